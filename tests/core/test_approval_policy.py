"""The approval policy, whoever calls approve(): fact-changing translation errors block outright,
other open errors need a reason, a translation of an outdated English is refused, open review
comments are resolved or carried one by one, and every override is kept as an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.approval_policy import NEEDS_REASON, ApprovalRefused
from clearnotice.approvals import approval_record, approve, approved_version
from clearnotice.comments import add_comment, resolve
from tests.accounts import add_accounts
from tests.approving import EXCEPTION_REASON, GLOSSARY_ONLY_SPANISH

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("translator")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
FLAWED = (FIXTURES / "flawed-translation.es.md").read_text(encoding="utf-8")
GLOSSARY_ONLY = GLOSSARY_ONLY_SPANISH
REASON = EXCEPTION_REASON


@pytest.fixture
def letter(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL, lee=Role.LEGAL)
    return store.create_letter("March incident", ENGLISH, actor="editor")


def _translate(store, letter, text, source_id=None):
    english = store.latest_version(letter.id)
    return store.save_version(
        letter.id, text, base_version_id=None, actor="translator", language="es",
        origin="human:Ana", source_version_id=english.id if source_id is None else source_id,
    ).version  # fmt: skip


def _nothing_approved(store, letter) -> bool:
    with store.session() as s:
        logged = audit.events(s, action="approve")
    return approved_version(store, letter.id, "es") is None and not logged


def test_the_flawed_sample_cannot_be_approved_whatever_the_reason(store, letter):
    spanish = _translate(store, letter, FLAWED)
    for reason in ("", REASON):
        with pytest.raises(ApprovalRefused, match="cannot be approved, whatever the reason") as e:
            approve(store, letter.id, "es", spanish.id, "lawyer", reason)
        for fault in ("1-800-555-0124", "K7M-4QX-22P", "julio", "still in English"):
            assert fault in str(e.value)
    assert _nothing_approved(store, letter)


@pytest.mark.parametrize(
    ("spanish", "rule"),
    [
        pytest.param(
            SPANISH.replace("Nunca le pediremos", "Le pediremos"),
            "translation.negation",
            id="negation-dropped",
        ),
        pytest.param(
            SPANISH.replace(" Cortamos ese acceso el mismo día.", ""),
            "translation.sentence-dropped",
            id="sentence-dropped",
        ),
    ],
)
def test_a_meaning_changed_inside_a_segment_blocks_approval(store, letter, spanish, rule):
    version = _translate(store, letter, spanish)
    with pytest.raises(ApprovalRefused, match=rule):
        approve(store, letter.id, "es", version.id, "lawyer", REASON)
    assert _nothing_approved(store, letter)


def test_a_glossary_finding_is_approved_with_a_reason_kept_as_its_exceptions(store, letter):
    spanish = _translate(store, letter, GLOSSARY_ONLY)
    with pytest.raises(ApprovalRefused, match=NEEDS_REASON):
        approve(store, letter.id, "es", spanish.id, "lawyer")
    approval = approve(store, letter.id, "es", spanish.id, "lawyer", REASON)
    assert [(e["kind"], e["ref"], e["reason"]) for e in approval.exceptions] == [
        ("finding", "translation.glossary", REASON),
        ("finding", "translation.glossary", REASON),
    ]
    assert "vigilancia de crédito" in approval.exceptions[0]["words"]
    [row] = approval_record(store, letter.id)
    assert row["exceptions"] == approval.exceptions
    with store.session() as s:
        [event] = audit.events(s, action="approve")
    assert "approved with exceptions: Glossary “" in event.detail


def test_a_faithful_translation_is_approved_without_exceptions(store, letter):
    approval = approve(store, letter.id, "es", _translate(store, letter, SPANISH).id, "lawyer")
    assert approval.exceptions == [] and approval.reason == ""
    assert approval_record(store, letter.id)[0]["exceptions"] == []


def test_a_reason_given_where_nothing_needs_one_is_not_recorded(store, letter):
    """The reason is what an approval overrode its open errors with: on a version that faces
    none it would tell a later reader that something was overridden (a reason typed for an
    earlier version reached a clean one's approval), so the record keeps none."""
    approval = approve(
        store, letter.id, "es", _translate(store, letter, SPANISH).id, "lawyer", REASON
    )
    assert approval.exceptions == [] and approval.reason == ""
    assert approval_record(store, letter.id)[0]["reason"] == ""


# which English a translation was made from -----------------------------------------------------
def _edit_english(store, letter):
    first = store.latest_version(letter.id)
    text = ENGLISH.replace("We are sorry this happened", "We are truly sorry this happened")
    return store.save_version(letter.id, text, base_version_id=first.id, actor="editor").version


def test_a_translation_of_an_older_english_is_refused_naming_both_versions(store, letter):
    spanish = _translate(store, letter, SPANISH)
    _edit_english(store, letter)
    with pytest.raises(ApprovalRefused, match="made from English v1, but the newest English is v2"):
        approve(store, letter.id, "es", spanish.id, "lawyer", REASON)
    assert _nothing_approved(store, letter)


def test_a_translation_of_an_english_whose_approval_is_outdated_waits_for_it(store, letter):
    first = store.latest_version(letter.id)
    approve(store, letter.id, "en", first.id, "lawyer")
    store.start_new_draft(letter.id, "en", actor="editor")
    second = _edit_english(store, letter)
    spanish = _translate(store, letter, SPANISH)
    with pytest.raises(
        ApprovalRefused, match="English approval is of v1.*approve English v2 first"
    ):
        approve(store, letter.id, "es", spanish.id, "lee")
    approve(store, letter.id, "en", second.id, "lawyer")
    assert approve(store, letter.id, "es", spanish.id, "lee").version_id == spanish.id


def test_a_translation_that_does_not_say_which_english_it_translates_is_refused(store, letter):
    spanish = store.save_version(
        letter.id, SPANISH, base_version_id=None, actor="translator", language="es"
    ).version
    with pytest.raises(ApprovalRefused, match="does not record which English version"):
        approve(store, letter.id, "es", spanish.id, "lawyer", REASON)


# open review comments ------------------------------------------------------------------------
def test_open_comments_are_resolved_or_carried_one_by_one_with_a_reason(store, letter):
    spanish = _translate(store, letter, SPANISH)
    kept = add_comment(store, letter.id, spanish.id, 0, "Is 'Aviso' formal enough?", actor="lee")
    done = add_comment(store, letter.id, spanish.id, 1, "Check the greeting.", actor="lee")
    english = store.latest_version(letter.id)
    add_comment(store, letter.id, english.id, 0, "An English point.", actor="lee")
    with pytest.raises(ApprovalRefused, match=f"#{kept.id} by lee: “Is 'Aviso'.*#{done.id}"):
        approve(store, letter.id, "es", spanish.id, "lawyer")
    resolve(store, done.id, actor="lee")
    for carried in ({kept.id: "  "}, {}):
        with pytest.raises(ApprovalRefused, match=f"#{kept.id} by lee"):
            approve(store, letter.id, "es", spanish.id, "lawyer", carried=carried)
    with pytest.raises(ApprovalRefused, match=f"Comment #{done.id} is not an open"):
        approve(store, letter.id, "es", spanish.id, "lawyer", carried={kept.id: "x", done.id: "y"})
    assert _nothing_approved(store, letter)
    approval = approve(
        store, letter.id, "es", spanish.id, "lawyer", carried={kept.id: "Marketing decides."}
    )
    assert approval.exceptions == [
        {
            "kind": "comment",
            "ref": str(kept.id),
            "words": "Is 'Aviso' formal enough?",
            "reason": "Marketing decides.",
        }
    ]


def test_a_comment_written_while_the_approval_is_weighed_stops_it(store, letter, monkeypatch):
    """What a version faces is worked out before the approval's transaction (its checks take
    seconds): a comment written meanwhile was neither resolved nor carried, and the approval
    went through as if it did not exist."""
    from clearnotice import approvals

    english = store.latest_version(letter.id)
    weigh = approvals._assess

    def weigh_while_lee_writes(store, letter_id, version_id):
        assessment = weigh(store, letter_id, version_id)
        add_comment(store, letter_id, english.id, 0, "Hold on: wrong date.", actor="lee")
        return assessment

    monkeypatch.setattr(approvals, "_assess", weigh_while_lee_writes)
    with pytest.raises(ApprovalRefused, match="Hold on: wrong date"):
        approve(store, letter.id, "en", english.id, "lawyer")
    assert approved_version(store, letter.id, "en") is None


def _weighed_while(monkeypatch, happens):
    """approve()'s weighing (``_assess``, seconds of checks before its transaction) run as it
    is, with ``happens`` done by someone else as the first one ends."""
    from clearnotice import approvals

    weigh = approvals._assess
    waiting = [happens]

    def weigh_then(store, letter_id, version_id):
        assessment = weigh(store, letter_id, version_id)
        while waiting:
            waiting.pop()()
        return assessment

    monkeypatch.setattr(approvals, "_assess", weigh_then)


def test_an_english_saved_while_its_translation_is_weighed_stops_the_approval(
    store, letter, monkeypatch
):
    """The translation was weighed against English v1; v2 saved meanwhile was never compared,
    and the Spanish went out approved as the translation of an English it no longer matches."""
    spanish = _translate(store, letter, SPANISH)
    _weighed_while(monkeypatch, lambda: _edit_english(store, letter))
    with pytest.raises(ApprovalRefused, match="The English changed while you approved"):
        approve(store, letter.id, "es", spanish.id, "lawyer", REASON)
    assert _nothing_approved(store, letter)


def test_an_english_approved_anew_while_its_translation_is_weighed_stops_the_approval(
    store, letter, monkeypatch
):
    """Weighed against the approval of English v1; a newer English approved meanwhile (over a
    new draft) is what the translation must now translate."""
    first = store.latest_version(letter.id)
    approve(store, letter.id, "en", first.id, "lawyer")
    spanish = _translate(store, letter, SPANISH)

    def english_replaced():
        store.start_new_draft(letter.id, "en", actor="editor")
        approve(store, letter.id, "en", _edit_english(store, letter).id, "lee")

    _weighed_while(monkeypatch, english_replaced)
    with pytest.raises(ApprovalRefused, match="The English changed while you approved"):
        approve(store, letter.id, "es", spanish.id, "lawyer", REASON)
    assert approved_version(store, letter.id, "es") is None
