"""Letters, versions, translations and the audit log, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from clearnotice import audit
from clearnotice.letter_lifecycle import LifecycleRefused, rename
from clearnotice.letters import MAX_TITLE, Store, fingerprint
from clearnotice.permissions import PermissionRefused
from clearnotice.schema import MAX_USERNAME
from tests.accounts import FIRST_ADMIN, add_writers

# Every write of text checks its actor (clearnotice.letters): the names these tests write as.
pytestmark = pytest.mark.writers("ana", "bea", "cy", "dee", "al", "zoe", "tr")

ORIGINAL = "# Notice of Data Breach\n\nOn March 3 we found that a criminal copied files.\n"


class SimulatedCrash(Exception):
    """Raised from inside a transaction to stand for a crash or a lost connection."""


def _engine(store: Store):
    return store.session_factory.kw["bind"]


@contextmanager
def _crash_on(store: Store, statement_start: str) -> Iterator[None]:
    """Make the database statement starting with ``statement_start`` fail, as a crash would."""

    def fail(_conn, _cursor, statement, _params, _context, _many):
        if statement.lstrip().upper().startswith(statement_start.upper()):
            raise SimulatedCrash(statement_start)

    event.listen(_engine(store), "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(_engine(store), "before_cursor_execute", fail)


def _actions(store: Store, letter_id: int) -> list[str]:
    with store.session() as s:
        return [e.action for e in reversed(audit.events(s, letter_id=letter_id))]


def _all_events(store: Store) -> list[audit.AuditEvent]:
    with store.session() as s:
        return list(reversed(audit.events(s)))


# creating letters ------------------------------------------------------------------------------
def test_new_letter_is_saved_with_its_first_version_and_an_audit_event(store):
    letter = store.create_letter(
        "Spring breach", ORIGINAL, actor="ana", jurisdictions=["US-CA"], origin="template:us"
    )
    stored = store.get_letter(letter.id)
    first = store.latest_version(letter.id)
    assert (stored.title, stored.source_language, stored.jurisdictions) == (
        "Spring breach",
        "en",
        ["US-CA"],
    )
    assert (first.number, first.text, first.author, first.origin) == (
        1,
        ORIGINAL,
        "ana",
        "template:us",
    )
    assert first.sha256 == hashlib.sha256(ORIGINAL.encode("utf-8")).hexdigest()
    assert _actions(store, letter.id) == ["create"]


def test_imported_letter_is_audited_as_an_import(store):
    letter = store.create_letter("Draft", ORIGINAL, actor="ana", origin="import:draft.docx")
    assert _actions(store, letter.id) == ["import"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [("   ", "Untitled letter"), ("  Spaced  ", "Spaced"), ("é" * 500, "é" * MAX_TITLE)],
    ids=["blank", "padded", "too-long"],
)
def test_titles_are_trimmed_to_fit_the_column(store, title, expected):
    letter = store.create_letter(title, ORIGINAL, actor="ana")
    assert store.get_letter(letter.id).title == expected


def test_a_crash_while_creating_a_letter_leaves_nothing_behind(store):
    # The audit row is the last write of create_letter: the letter and its version were
    # already sent to the database when it fails.
    accounts_made = [e.id for e in _all_events(store)]
    with _crash_on(store, "INSERT INTO audit_events"), pytest.raises(SimulatedCrash):
        store.create_letter("Half-made", ORIGINAL, actor="ana")
    assert store.list_letters() == []
    assert [e.id for e in _all_events(store)] == accounts_made


def test_a_crash_while_saving_leaves_the_letter_as_it_was(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    before = store.get_letter(letter.id).updated_at
    first = store.latest_version(letter.id)
    with _crash_on(store, "INSERT INTO audit_events"), pytest.raises(SimulatedCrash):
        store.save_version(letter.id, "New text", base_version_id=first.id, actor="ana")
    assert [v.text for v in store.versions(letter.id)] == [ORIGINAL]
    assert store.get_letter(letter.id).updated_at == before
    assert _actions(store, letter.id) == ["create"]


# versions -------------------------------------------------------------------------------------
def test_fingerprint_is_the_sha256_of_the_utf8_text():
    # FIPS 180-2, appendix B.1: SHA-256("abc").
    assert fingerprint("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert fingerprint("año") == hashlib.sha256("año".encode()).hexdigest()
    assert fingerprint("año") != fingerprint("ano")


def test_every_changed_save_is_a_new_numbered_fingerprinted_version(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    base = store.latest_version(letter.id)
    texts = [ORIGINAL + "We are sorry.\n", ORIGINAL + "We are very sorry.\n"]
    for text in texts:
        result = store.save_version(letter.id, text, base_version_id=base.id, actor="ana")
        assert result.created and result.conflict_with is None
        assert result.version.parent_id == base.id
        base = result.version
    versions = store.versions(letter.id)
    assert [(v.number, v.text) for v in versions] == list(enumerate([ORIGINAL, *texts], 1))
    assert [v.sha256 for v in versions] == [fingerprint(v.text) for v in versions]
    assert len({v.sha256 for v in versions}) == 3
    assert _actions(store, letter.id) == ["create", "edit", "edit"]


def test_saving_the_same_text_again_creates_nothing(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    first = store.latest_version(letter.id)
    before = store.get_letter(letter.id).updated_at
    result = store.save_version(letter.id, ORIGINAL, base_version_id=first.id, actor="bea")
    assert not result.created
    assert result.version.id == first.id
    assert len(store.versions(letter.id)) == 1
    assert store.get_letter(letter.id).updated_at == before
    assert _actions(store, letter.id) == ["create"]


@pytest.mark.parametrize(
    "text",
    [
        "Línea uno\r\nAño, señor Núñez — “comillas” ¿sí? ¡no! 🙂\ttab\n",
        "  leading and trailing spaces  \n\n\n",
        "x" * 200_000,
    ],
    ids=["unicode-crlf-emoji", "whitespace", "long"],
)
def test_text_comes_back_exactly_as_saved(store, text):
    letter = store.create_letter("Letter", "start", actor="ana")
    first = store.latest_version(letter.id)
    saved = store.save_version(letter.id, text, base_version_id=first.id, actor="ana")
    again = store.get_version(saved.version.id)
    assert again.text == text
    assert again.sha256 == fingerprint(text)


def test_a_second_session_clashing_with_a_newer_save_is_kept_aside_not_made_the_letter(
    store, database_url
):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    other_server = Store(database_url)  # a second tab, or a second app process
    try:
        seen_by_ana = store.latest_version(letter.id)
        seen_by_bea = other_server.latest_version(letter.id)
        ana = store.save_version(
            letter.id, ORIGINAL + "Ana's edit.\n", base_version_id=seen_by_ana.id, actor="ana"
        )
        bea = other_server.save_version(
            letter.id, ORIGINAL + "Bea's edit.\n", base_version_id=seen_by_bea.id, actor="bea"
        )
    finally:
        _engine(other_server).dispose()
    assert ana.conflict_with is None
    assert bea.created
    assert bea.conflict_with.id == ana.version.id
    assert [v.text for v in store.versions(letter.id)] == [
        ORIGINAL,
        ORIGINAL + "Ana's edit.\n",
        ORIGINAL + "Bea's edit.\n",
    ]
    assert store.latest_version(letter.id).id == ana.version.id  # Bea's text is not the letter
    [fork] = store.open_forks(letter.id)
    assert fork.fork.id == bea.fork_id
    assert (fork.base.id, fork.ours.id, fork.theirs.id) == (
        seen_by_ana.id,
        bea.version.id,
        ana.version.id,
    )
    with store.session() as s:
        newest = audit.events(s, letter_id=letter.id, limit=1)[0]
    assert "kept aside: 1 paragraph clashing with v2, edited by ana" in newest.detail


def _forked(store: Store, ours: str, theirs: str):
    """A letter Ana and Bea both edited from v1: Ana saved ``theirs`` first, then Bea ``ours``."""
    letter = store.create_letter("Letter", THREE_PARAGRAPHS, actor="ana")
    first = store.latest_version(letter.id)
    ana = store.save_version(letter.id, theirs, base_version_id=first.id, actor="ana")
    bea = store.save_version(letter.id, ours, base_version_id=first.id, actor="bea")
    return letter, first, ana, bea


THREE_PARAGRAPHS = "# Notice\n\nOn March 3 we found it.\n\nWe are sorry.\n\nCall us.\n"


def test_edits_to_different_paragraphs_are_merged_into_the_newest_version(store):
    ours = THREE_PARAGRAPHS.replace("Call us.", "Call us at 555-0100.")
    theirs = THREE_PARAGRAPHS.replace("March 3", "March 4")
    letter, first, ana, bea = _forked(store, ours, theirs)
    assert bea.created and bea.conflict_with is None and bea.merged_with.id == ana.version.id
    latest = store.latest_version(letter.id)
    assert latest.id == bea.version.id
    assert latest.text == THREE_PARAGRAPHS.replace("March 3", "March 4").replace(
        "Call us.", "Call us at 555-0100."
    )
    assert (latest.origin, latest.author, latest.parent_id) == (
        "merge:typed",
        "bea",
        ana.version.id,
    )
    assert store.open_forks(letter.id) == []
    with store.session() as s:
        newest = audit.events(s, letter_id=letter.id, limit=1)[0]
    assert "an edit of v1 merged with v2, edited by ana; both kept" in newest.detail


def test_a_resolved_fork_makes_the_chosen_paragraphs_the_newest_version(store):
    ours = THREE_PARAGRAPHS.replace("March 3", "early March").replace("Call us.", "Call us now.")
    theirs = THREE_PARAGRAPHS.replace("March 3", "March 4").replace("# Notice", "# Our notice")
    letter, first, ana, bea = _forked(store, ours, theirs)
    [fork] = store.open_forks(letter.id)
    [conflict] = fork.merged.conflicts
    assert (conflict.ours, conflict.theirs) == (
        "\nOn early March we found it.\n",
        "\nOn March 4 we found it.\n",
    )
    resolved = store.resolve_fork(
        fork.fork.id, ["On March 4 (early March) we found it."], actor="cy"
    )
    latest = store.latest_version(letter.id)
    assert latest.id == resolved.version.id
    assert latest.text == (
        "# Our notice\n\nOn March 4 (early March) we found it.\n\nWe are sorry.\n\nCall us now.\n"
    )
    assert latest.origin == f"resolve:v{bea.version.number}+v{ana.version.number}"
    assert store.open_forks(letter.id) == []
    with pytest.raises(ValueError, match="already joined by cy"):
        store.resolve_fork(fork.fork.id, [conflict.ours], actor="dee")


def test_editing_a_kept_aside_branch_again_keeps_one_open_fork_until_it_merges(store):
    ours = THREE_PARAGRAPHS.replace("March 3", "early March")
    theirs = THREE_PARAGRAPHS.replace("March 3", "March 4")
    letter, first, ana, bea = _forked(store, ours, theirs)
    again = store.save_version(
        letter.id, ours + "\nP.S.\n", base_version_id=bea.version.id, actor="bea"
    )
    assert again.conflict_with.id == ana.version.id
    [fork] = store.open_forks(letter.id)
    assert fork.ours.id == again.version.id and fork.base.id == first.id
    assert store.latest_version(letter.id).id == ana.version.id
    agreed = store.save_version(
        letter.id, theirs + "\nP.S.\n", base_version_id=again.version.id, actor="bea"
    )
    assert agreed.merged_with.id == ana.version.id
    assert store.latest_version(letter.id).text == theirs + "\nP.S.\n"
    assert store.open_forks(letter.id) == []


def test_a_resolution_is_merged_with_an_edit_saved_while_it_was_being_made(store):
    ours = THREE_PARAGRAPHS.replace("March 3", "early March")
    theirs = THREE_PARAGRAPHS.replace("March 3", "March 4")
    letter, first, ana, bea = _forked(store, ours, theirs)
    [fork] = store.open_forks(letter.id)
    later = store.save_version(
        letter.id, theirs.replace("Call us.", "Call us today."), base_version_id=ana.version.id,
        actor="ana",
    ).version  # fmt: skip
    resolved = store.resolve_fork(fork.fork.id, [fork.merged.conflicts[0].ours], actor="bea")
    assert resolved.merged_with.id == later.id
    assert store.latest_version(letter.id).text == ours.replace("Call us.", "Call us today.")
    assert store.open_forks(letter.id) == []


def test_a_save_that_names_no_base_is_kept_aside_rather_than_replace_the_letter(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    first = store.latest_version(letter.id)
    result = store.save_version(letter.id, "A text of its own.", base_version_id=None, actor="bea")
    assert result.conflict_with.id == first.id
    assert store.latest_version(letter.id).id == first.id
    assert len(store.open_forks(letter.id)) == 1


def test_two_sessions_making_the_same_edit_do_not_conflict(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    first = store.latest_version(letter.id)
    store.save_version(letter.id, "Same fix.", base_version_id=first.id, actor="ana")
    bea = store.save_version(letter.id, "Same fix.", base_version_id=first.id, actor="bea")
    assert not bea.created and bea.conflict_with is None
    assert len(store.versions(letter.id)) == 2


def test_a_save_racing_another_for_the_same_number_is_renumbered_not_lost(
    store, database_url, backend
):
    if backend == "sqlite":
        pytest.skip(
            "on SQLite a save holds the database's write lock from its permission check on "
            "(permissions.hold_writes): no other save commits between its read and its insert"
        )
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    first = store.latest_version(letter.id)
    other_server = Store(database_url)
    raced = []

    def bea_saves_first(_conn, _cursor, statement, _params, _context, _many):
        # Right after Ana's save has read the newest version, Bea's save commits number 2.
        if (
            not raced
            and statement.lstrip().upper().startswith("SELECT")
            and "versions" in statement
        ):
            raced.append(
                other_server.save_version(
                    letter.id, "Bea's text", base_version_id=first.id, actor="bea"
                )
            )

    event.listen(_engine(store), "after_cursor_execute", bea_saves_first)
    try:
        ana = store.save_version(letter.id, "Ana's text", base_version_id=first.id, actor="ana")
    finally:
        event.remove(_engine(store), "after_cursor_execute", bea_saves_first)
        _engine(other_server).dispose()
    assert raced, "the competing save never ran"
    assert raced[0].version.number == 2
    assert ana.version.number == 3
    assert ana.conflict_with.id == raced[0].version.id
    assert [v.text for v in store.versions(letter.id)] == [ORIGINAL, "Bea's text", "Ana's text"]


# translations ----------------------------------------------------------------------------------
def test_a_translation_is_a_version_in_its_language_pointing_at_its_source(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    english = store.latest_version(letter.id)
    result = store.save_version(
        letter.id,
        "# Aviso de filtración de datos\n",
        base_version_id=None,
        actor="ana",
        language="es",
        origin="machine:apertium",
        source_version_id=english.id,
    )
    spanish = result.version
    assert (spanish.language, spanish.number, spanish.source_version_id) == ("es", 1, english.id)
    assert result.conflict_with is None
    assert store.latest_version(letter.id).id == english.id
    assert store.latest_version(letter.id, "es").id == spanish.id
    assert [v.id for v in store.versions(letter.id, "es")] == [spanish.id]
    assert store.list_letters()[0].languages == ("en", "es")
    assert _actions(store, letter.id) == ["create", "translate"]


@pytest.mark.parametrize("source", ["another letter's English", "its own Spanish"])
def test_a_translation_made_from_no_english_of_its_own_letter_is_refused(store, source):
    """The source version is named by id (the page's choice): one of another letter made the
    staleness and approval checks compare this translation with another customer's text."""
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    other = store.create_letter("Other", "Another customer's letter.\n", actor="ana")
    spanish = store.save_version(
        letter.id, "Hola.\n", base_version_id=None, actor="ana", language="es",
        source_version_id=store.latest_version(letter.id).id,
    ).version  # fmt: skip
    wrong = store.latest_version(other.id) if source.startswith("another") else spanish
    with pytest.raises(ValueError, match="not one of this letter's en versions"):
        store.save_version(
            letter.id, "Hola otra vez.\n", base_version_id=spanish.id, actor="ana",
            language="es", source_version_id=wrong.id,
        )  # fmt: skip
    assert [v.id for v in store.versions(letter.id, "es")] == [spanish.id]


def test_unchanged_translation_checked_against_a_newer_source_is_a_new_version(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    en1 = store.latest_version(letter.id)
    es1 = store.save_version(
        letter.id, "Texto.", base_version_id=None, actor="tr", language="es",
        origin="human:tr", source_version_id=en1.id,
    ).version  # fmt: skip
    en2 = store.save_version(letter.id, ORIGINAL + "P.S.\n", base_version_id=en1.id, actor="ana")
    same_source = store.save_version(
        letter.id, "Texto.", base_version_id=es1.id, actor="tr", language="es",
        origin="human:tr", source_version_id=en1.id,
    )  # fmt: skip
    newer_source = store.save_version(
        letter.id, "Texto.", base_version_id=es1.id, actor="tr", language="es",
        origin="human:tr", source_version_id=en2.version.id,
    )  # fmt: skip
    assert not same_source.created
    assert newer_source.created
    assert newer_source.version.number == 2
    assert newer_source.version.source_version_id == en2.version.id


# letters --------------------------------------------------------------------------------------
def test_letters_are_listed_most_recently_changed_first(store):
    a = store.create_letter("A", "a", actor="ana")
    b = store.create_letter("B", "b", actor="ana")
    c = store.create_letter("C", "c", actor="ana")
    assert [s.letter.id for s in store.list_letters()] == [c.id, b.id, a.id]
    a1 = store.latest_version(a.id)
    store.save_version(a.id, "a, edited", base_version_id=a1.id, actor="ana")
    rename(store, b.id, "B renamed", actor="ana")
    summaries = store.list_letters()
    assert [s.letter.id for s in summaries] == [b.id, a.id, c.id]
    assert [(s.letter.title, s.latest.number, s.latest.text) for s in summaries] == [
        ("B renamed", 1, "b"),
        ("A", 2, "a, edited"),
        ("C", 1, "c"),
    ]


def test_rename_jurisdictions_and_consent_are_stored_and_audited(store):
    letter = store.create_letter("Draft", ORIGINAL, actor="ana")
    rename(store, letter.id, "  Spring notice  ", actor="ana")
    store.set_jurisdictions(letter.id, ["US-CA", "US-MA"], actor="bea")
    store.record_consent(letter.id, "libretranslate", actor="cy")
    stored = store.get_letter(letter.id)
    assert stored.title == "Spring notice"
    assert stored.jurisdictions == ["US-CA", "US-MA"]
    assert set(stored.consents) == {"libretranslate"}
    assert stored.consents["libretranslate"]["by"] == "cy"
    with store.session() as s:
        events = list(reversed(audit.events(s, letter_id=letter.id)))
    assert [(e.action, e.actor) for e in events] == [
        ("create", "ana"),
        ("rename", "ana"),
        ("jurisdictions", "bea"),
        ("consent", "cy"),
    ]
    assert "libretranslate" in events[-1].detail


@pytest.mark.parametrize(
    "change",
    [
        lambda st, lid: st.set_jurisdictions(lid, ["US-CA"], actor="ana"),
        lambda st, lid: st.save_version(lid, "x", base_version_id=None, actor="ana"),
    ],
    ids=["jurisdictions", "save"],
)
def test_changing_an_unknown_letter_raises_key_error(store, change):
    with pytest.raises(KeyError):
        change(store, 999)


@pytest.mark.parametrize(
    "change",
    [
        lambda st, lid: st.record_consent(lid, "libretranslate", actor="ana"),
        lambda st, lid: st.latest_version(lid),
    ],
    ids=["consent", "latest-version"],
)
def test_reading_or_consenting_for_an_unknown_letter_raises_key_error(store, change):
    with pytest.raises(KeyError):
        change(store, 999)


def test_renaming_to_a_blank_title_is_refused(store):
    letter = store.create_letter("Spring notice", ORIGINAL, actor="ana")
    with pytest.raises(LifecycleRefused, match="needs a title"):
        rename(store, letter.id, "   ", actor="ana")
    assert store.get_letter(letter.id).title == "Spring notice"


def test_text_with_a_nul_character_is_refused_alike_on_every_backend(store):
    with pytest.raises(ValueError, match="NUL"):
        store.create_letter("Letter", "Dear\x00 customer", actor="ana")


def test_a_name_longer_than_any_account_writes_nothing_not_even_as_its_first_part(store):
    add_writers(store, "a" * MAX_USERNAME)
    with pytest.raises(PermissionRefused, match="is not an account"):
        store.create_letter("Letter", ORIGINAL, actor="a" * (MAX_USERNAME + 50))
    assert store.list_letters() == []


# audit export ---------------------------------------------------------------------------------
@pytest.mark.parametrize("start", ["=", "+", "-", "@"], ids=["equals", "plus", "minus", "at"])
def test_audit_csv_makes_formula_cells_inert(store, start):
    formula = f'{start}HYPERLINK("http://evil.example","x")'
    add_writers(store, start + "ana")  # a username may start like a formula
    letter = store.create_letter(formula, ORIGINAL, actor=start + "ana")
    rename(store, letter.id, "Plain title", actor="bea")
    with store.session() as s:
        rows = list(csv.DictReader(io.StringIO(audit.to_csv(audit.events(s)))))
    created, renamed = rows[1], rows[0]
    assert created["actor"] == "'" + start + "ana"
    assert created["detail"].startswith("'" + formula)
    assert renamed["actor"] == "bea"
    assert renamed["detail"].startswith("'" + formula)  # "old title -> new title"
    assert created["letter_id"] == str(letter.id)


def test_a_base_from_another_letter_is_unknown_so_the_save_is_kept_as_a_conflict(store):
    # a browser's local copy names the version it was typed on; any number can arrive
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    other = store.create_letter("Another customer's letter", "Other text.", actor="bea")
    foreign = store.latest_version(other.id)
    result = store.save_version(
        letter.id, ORIGINAL + "Mine.", base_version_id=foreign.id, actor="ana"
    )
    assert result.created
    assert result.version.parent_id is None
    assert result.conflict_with.id == store.versions(letter.id)[0].id


def test_a_base_that_does_not_exist_is_unknown_so_the_save_is_kept_as_a_conflict(store):
    letter = store.create_letter("Letter", ORIGINAL, actor="ana")
    result = store.save_version(letter.id, ORIGINAL + "Mine.", base_version_id=10**9, actor="ana")
    assert result.created and result.version.parent_id is None
    assert result.conflict_with is not None


def test_the_audit_log_names_each_actor_once_in_order(store):
    from clearnotice import audit

    store.create_letter("One", "Hello.", actor="zoe")
    store.create_letter("Two", "Hello.", actor="al")
    store.create_letter("Three", "Hello.", actor="zoe")
    with store.session() as s:
        assert audit.actors(s) == sorted([FIRST_ADMIN, "al", "zoe"])  # the admin made accounts
