"""Every act refused leaves a ``refused`` line in the audit log: who, which letter, what was
tried; never the letter's words. Only rights (``permissions.require``) and approvals were
logged: a comment, a save, a fix, a restore, a fork settled, a setting, an export or a merge
refused for any other reason left no trace."""

from __future__ import annotations

import pytest

from clearnotice import audit, comments, edits, working_draft
from clearnotice.accounts import Role
from clearnotice.export.formats import export_letter
from clearnotice.export.merge_plan import refuse_if_changed
from clearnotice.letter_lifecycle import delete
from clearnotice.letters import Store
from clearnotice.model import Finding, Severity
from clearnotice.permissions import PermissionRefused
from clearnotice.settings import set_setting
from tests.accounts import add_accounts
from tests.approving import approve_newest
from tests.cli_run import run_cli
from tests.core.test_cli_errors import refused
from tests.core.test_forks_double_click import _open_fork

SECRET = "Our secret plan"
LETTER = f"# Notice\n\n{SECRET} was copied on 3 March.\n\nCall us on 555-0100.\n"


@pytest.fixture
def letter(store):
    add_accounts(store, ida=Role.ADMIN, ed=Role.EDITOR)
    return store.create_letter("March", LETTER, actor="ed")


def _refusals(store) -> list[tuple[str, int | None, str]]:
    with store.session() as s:
        return [(e.actor, e.letter_id, e.detail) for e in audit.events(s, action="refused")]


def _comment(store, letter):
    version = store.latest_version(letter.id)
    comments.add_comment(store, letter.id, version.id, 1, "x", actor="ed", quote=SECRET + "!")


def _save(store, letter):
    base = store.latest_version(letter.id)
    store.save_version(letter.id, LETTER + SECRET + "\x00", base_version_id=base.id, actor="ed")


def _fix(store, letter):
    version = store.latest_version(letter.id)
    stale = Finding("plain.jargon", Severity.SUGGESTION, "m", 12, 27, SECRET[::-1])
    edits.apply_fix(store, letter.id, version, version.text, stale, "A plan", "ed")


def _restore(store, letter):
    other = store.create_letter("April", SECRET, actor="ed")
    older = store.latest_version(other.id)
    edits.restore(store, letter.id, older, store.latest_version(letter.id).id, "ed")


def _resolve(store, letter):
    version = store.latest_version(letter.id)
    thread = comments.add_comment(store, letter.id, version.id, 1, SECRET, actor="ed")
    delete(store, letter.id, actor="ed")
    comments.resolve(store, thread.id, actor="ed")


def _reply(store, letter):
    version = store.latest_version(letter.id)
    thread = comments.add_comment(store, letter.id, version.id, 1, SECRET, actor="ed")
    delete(store, letter.id, actor="ed")
    comments.reply(store, thread.id, SECRET, actor="ed")


def _consent(store, letter):
    delete(store, letter.id, actor="ed")
    store.record_consent(letter.id, "deepl", actor="ed")


def _setting(store, letter):
    set_setting(store, "", SECRET, actor="ida")


def _export(store, letter):
    export_letter(store, letter.id, fmt="no such format", actor="ed")


ACTS = {
    "comment": (_comment, "ed", True),
    "save a version": (_save, "ed", True),
    "apply a fix": (_fix, "ed", True),
    "restore a version": (_restore, "ed", True),
    "resolve or reopen a comment": (_resolve, "ed", True),  # found from the comment
    "reply to a comment": (_reply, "ed", True),
    "agree to send the text to a service": (_consent, "ed", True),
    "change settings": (_setting, "ida", False),
    "export": (_export, "ed", True),
}


@pytest.mark.parametrize("what", ACTS)
def test_a_refused_act_is_in_the_audit_log_without_the_letters_words(store, letter, what):
    act, actor, on_letter = ACTS[what]
    # each act's own refusal, a ValueError of its own kind
    with pytest.raises(ValueError):  # noqa: PT011
        act(store, letter)
    [(who, letter_id, detail)] = _refusals(store)
    assert (who, letter_id) == (actor, letter.id if on_letter else None)
    assert detail.startswith(f"{what}: refused")
    assert "secret" not in detail.lower() and "555" not in detail


@pytest.mark.parametrize("act", [comments.resolve, comments.reopen])
def test_a_comment_another_may_not_resolve_is_refused_on_its_letter(store, letter, act):
    """Resolving legal's comment is legal's or an admin's; an editor's attempt was logged with
    no letter, as the act names only the comment."""
    add_accounts(store, lawyer=Role.LEGAL)
    version = store.latest_version(letter.id)
    thread = comments.add_comment(store, letter.id, version.id, 1, SECRET, actor="lawyer")
    with pytest.raises(PermissionRefused):
        act(store, thread.id, actor="ed")
    [(who, letter_id, _detail)] = _refusals(store)
    assert (who, letter_id) == ("ed", letter.id)


@pytest.mark.writers("ana", "bea", "cy", "dee")
def test_a_refused_settling_of_a_fork_is_logged(store):
    letter, fork = _open_fork(store)
    conflict = fork.merged.conflicts[0]
    store.resolve_fork(fork.fork.id, [conflict.ours], actor="cy")
    with pytest.raises(ValueError, match="already joined by cy"):
        store.resolve_fork(fork.fork.id, [conflict.theirs], actor="dee")
    assert _refusals(store) == [("dee", None, "settle clashing edits: refused (ValueError)")]


def test_a_merge_clicked_on_texts_that_changed_since_is_refused_and_logged(store, letter):
    """The page refused it (the texts shown are not those a merge would use now) and logged
    nothing."""
    shown = {"en": "v1 approved by lee"}
    now = {"en": "v2 approved by lee"}
    assert refuse_if_changed(store, "ed", letter.id, shown, shown) == []
    assert _refusals(store) == []
    changed = refuse_if_changed(store, "ed", letter.id, shown, now)
    assert changed
    [(who, letter_id, detail)] = _refusals(store)
    assert (who, letter_id) == ("ed", letter.id)
    assert detail.startswith("merge: refused, the approved texts changed since the page showed")


def test_a_save_the_page_makes_by_itself_is_no_refused_attempt(store, letter):
    """Opening the editor saves the person's working drafts left on older versions
    (working_draft.resume): on a version approved since, that save is refused at every page
    run, and each refusal was logged as an attempt nobody made."""
    add_accounts(store, lawyer=Role.LEGAL)
    first = store.latest_version(letter.id)
    store.write_working_draft(letter.id, LETTER + "Typed.\n", base_version_id=first.id, actor="ed")
    store.save_version(letter.id, LETTER + "Another.\n", base_version_id=first.id, actor="ida")
    approve_newest(store, letter.id)
    for _page_run in range(3):
        with pytest.raises(ValueError, match="approved"):
            working_draft.resume(store, letter.id, actor="ed")
    assert _refusals(store) == []


@pytest.mark.parametrize("command", ["merge", "export"])
def test_a_command_refused_before_it_starts_is_audited_once(sqlite_url, tmp_path, command):
    """A deleted letter's merge or export on the command line was printed and left no trace;
    the page, which plans a merge at every redraw, logs no refusal for a plan it only shows."""
    store = Store(sqlite_url)
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = store.create_letter("March", LETTER, actor="ed")
    approve_newest(store, letter.id)
    delete(store, letter.id, actor="ed")
    customers = tmp_path / "customers.csv"
    customers.write_text("customer_id,customer_name\nC-1,Ada\n", encoding="utf-8")
    given = (str(customers),) if command == "merge" else ()
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(command, str(letter.id), *given, "--out", str(out), "--database", sqlite_url)
    assert refused(result, "was deleted")
    [(who, letter_id, detail)] = _refusals(store)
    assert who.startswith("cli:") and letter_id == letter.id
    assert detail.startswith(f"{command}: refused (")


@pytest.mark.parametrize("command", ["merge", "export"])
def test_a_command_on_a_letter_that_never_was_is_refused_and_logged_without_a_traceback(
    sqlite_url, tmp_path, command, caplog
):
    """A mistyped letter number: the audit log's letter column may name only a letter there
    is, so the line names the number in its words; the refusal was printed after a traceback
    of the log's foreign key, and left no line."""
    store = Store(sqlite_url)
    customers = tmp_path / "customers.csv"
    customers.write_text("customer_id,customer_name\nC-1,Ada\n", encoding="utf-8")
    given = (str(customers),) if command == "merge" else ()
    result = run_cli(command, "999", *given, "--out", str(tmp_path), "--database", sqlite_url)
    assert refused(result, "there is no letter 999")
    assert "Traceback" not in result.stderr
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    [(who, letter_id, detail)] = _refusals(store)
    assert who.startswith("cli:") and letter_id is None
    assert detail.startswith(f"{command}: refused (") and "letter 999" in detail
