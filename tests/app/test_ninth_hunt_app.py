"""A ninth hunt, of what the last hunts noticed and left, on the pages: each test shows a fault
as a person met it (a traceback, an incident reference, a file kept that no log holds)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from clearnotice import comments, db
from clearnotice.accounts import Role
from clearnotice.letter_lifecycle import delete
from clearnotice.variant_letters import variant_letters
from components import variants_view
from components.auth import SESSION
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.app.export_page import EXPORT, approved_letter, with_list
from tests.app.session import ROOT, TIMEOUT, open_as, session_for
from tests.approving import approve_newest

CUSTOMERS = "name,email\nBo,bo@example.com\nCy,cy@example.com\n"


def _merge_page(database, tmp_path, monkeypatch):
    """The Export page of an approved letter with a customer list uploaded."""
    letter = approved_letter(database)
    return with_list(letter.id, CUSTOMERS, tmp_path, monkeypatch)


def _read_only(database, monkeypatch) -> None:
    """The app's database from now on read-only (a disk remounted, a replica): the page's
    store is the one for the configured URL (components.services)."""
    path = database.session_factory.kw["bind"].url.database
    monkeypatch.setenv(db.DATABASE_URL_ENV, f"sqlite:///file:{path}?mode=ro&uri=true")


def test_a_merge_the_audit_log_refuses_keeps_no_file_and_says_why(database, tmp_path, monkeypatch):
    """The merge's audit line was written outside the page's try: on a read-only database the
    ZIP stayed under data/merges, unlogged, and the person saw an incident reference."""
    at = _merge_page(database, tmp_path, monkeypatch)
    _read_only(database, monkeypatch)
    at.button(key="merge_go").click().run()
    assert not at.exception
    assert [p.name for p in (tmp_path / "merges").iterdir()] == []
    said = [e.value for e in at.error]
    assert any(s.startswith("Not merged") and "read-only" in s for s in said), said
    assert not [b for b in at.get("download_button") if b.key == "merge_zip"]


def test_one_rows_letter_the_audit_log_refuses_is_not_offered(database, tmp_path, monkeypatch):
    """The preview's file was kept for download before its audit line was written: a refused
    line left an unlogged letter on the page, under an incident reference."""
    at = _merge_page(database, tmp_path, monkeypatch)
    _read_only(database, monkeypatch)
    at.button(key="merge_preview_make").click().run()
    assert not at.exception
    said = [e.value for e in at.error]
    assert any(s.startswith("Not made") and "read-only" in s for s in said), said
    assert not [b for b in at.get("download_button") if b.key == "merge_preview_download"]


MASTER = (ROOT / "tests" / "fixtures" / "master-six-states.md").read_text(encoding="utf-8")
REVIEW = "pages/3_Review.py"


def _master(database):
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    return database.create_letter(
        "March incident", MASTER, actor="ed", jurisdictions=["CA", "MA", "IL", "NY", "MD", "TX"]
    )


def _build(at):
    next(b for b in at.button if b.key and b.key.startswith("variants-build:")).click().run()


def test_per_state_letters_of_a_master_deleted_meanwhile_say_so(database, monkeypatch):
    """A master deleted in another tab while its Review page ran (after the page's letter check)
    still got its per-state letters built, letters of a letter nobody sees; its Build button
    had no handling for a refusal. Now nothing is built and the page says why."""
    master = _master(database)
    at = open_as("ed", REVIEW, master.id)
    drawn = variants_view.report

    def deleted_meanwhile(store, letter_id):
        delete(database, letter_id, actor="ed")
        return drawn(store, letter_id)

    monkeypatch.setattr(variants_view, "report", deleted_meanwhile)
    _build(at)
    assert not at.exception
    said = [e.value for e in at.error]
    assert any("was deleted" in s for s in said), said
    assert [c.id for c in variant_letters(database, master.id)] == []


TRANSLATIONS = "pages/2_Translations.py"


def test_a_human_translation_of_an_english_older_than_the_newest_says_so(database):
    """ "It translates" kept the English picked when the page was drawn: after a new English
    draft (in another tab, by a colleague) it still named the older one and the translation
    was saved against it without a word; it is stale from its first moment."""
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")
    at = open_as("ed", TRANSLATIONS, letter.id)
    first = database.latest_version(letter.id)
    newer = database.save_version(
        letter.id, "# Notice\n\nWe are very sorry.\n", base_version_id=first.id, actor="ed"
    ).version
    key = f"human:{letter.id}:es"
    at.run()
    at.text_input(key=f"{key}:name").input("Ana")
    at.text_area(key=f"{key}:text").input("# Aviso\n\nLo sentimos.\n")
    at.button(key=f"{key}:save").click().run()
    assert not at.exception
    said = [w.value for w in at.warning]
    assert any(f"v{first.number}" in s and f"v{newer.number}" in s for s in said), said


def test_a_clashing_draft_shown_on_a_read_only_day_forks_when_saved_later(database, monkeypatch):
    """On a read-only database the editor showed a draft left on an older version as typed
    (its merge with the newer text clashed), but on the newest version: once the database took
    writes again, the next save replaced the newer version's words without a fork."""
    add_accounts(database, ed=Role.EDITOR, eve=Role.EDITOR)
    letter = database.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")
    first = database.latest_version(letter.id)
    database.write_working_draft(
        letter.id, "# Notice\n\nWe are truly sorry.\n", base_version_id=first.id, actor="ed"
    )
    database.save_version(  # a colleague's edit of the same paragraph
        letter.id, "# Notice\n\nWe apologise.\n", base_version_id=first.id, actor="eve"
    )
    path = database.session_factory.kw["bind"].url.database
    writable = f"sqlite:///{path}"
    token = session_for("ed")  # signed in while it took writes
    monkeypatch.setenv(db.DATABASE_URL_ENV, f"sqlite:///file:{path}?mode=ro&uri=true")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[SESSION] = token
    at.query_params["letter"] = str(letter.id)
    at.switch_page("pages/1_Edit.py").run()
    assert not at.exception
    assert at.text_area(key=f"editor:{letter.id}").value == "# Notice\n\nWe are truly sorry.\n"
    monkeypatch.setenv(db.DATABASE_URL_ENV, writable)  # the disk is back: the page reruns
    at.run()
    at.text_area(key=f"editor:{letter.id}").input("# Notice\n\nWe are truly sorry!\n").run()
    assert not at.exception
    assert database.latest_version(letter.id).text == "# Notice\n\nWe apologise.\n"
    assert len(database.open_forks(letter.id)) == 1


def test_a_comment_on_words_found_twice_goes_where_the_reviewer_chose(database):
    """The comment form took the first place the words were found: a comment on the second
    "must call" pointed at the first, in this version and every later one."""
    add_accounts(database, ed=Role.EDITOR, lee=Role.LEGAL)
    text = "# Notice\n\nYou must call us, and you must call your bank today.\n"
    letter = database.create_letter("March incident", text, actor="ed")
    at = open_as("lee", REVIEW, letter.id)
    key = f"new-comment:{letter.id}:en"
    at.selectbox(key=f"{key}:block").set_value(1)
    at.text_input(key=f"{key}:quote").input("must call").run()
    at.radio(key=f"{key}:occurrence").set_value(1)
    at.text_area(key=f"{key}:body").input("Only the bank.")
    at.button(key=f"{key}:add").click().run()
    assert not at.exception
    [comment] = comments.open_comments(database, letter.id)
    assert comment.quote_start == text.index("must call", text.index("must call") + 1)


def test_a_file_prepared_before_a_new_approval_is_not_offered_as_the_approved_one(database):
    """The Export tab kept a prepared file under "Approved" by what was asked, not by what it
    held: after legal approved a newer version it still offered the older version's file."""
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")
    approve_newest(database, letter.id)
    at = open_as("ed", EXPORT, letter.id)
    at.button(key="export_prepare").click().run()
    assert [b.label for b in at.get("download_button") if b.key == "export_download"]
    database.start_new_draft(letter.id, None, actor="ed")
    first = database.latest_version(letter.id)
    database.save_version(
        letter.id, "# Notice\n\nWe are very sorry.\n", base_version_id=first.id, actor="ed"
    )
    approve_newest(database, letter.id)
    at.run()
    assert not at.exception
    offered = [b.label for b in at.get("download_button") if b.key == "export_download"]
    assert not any("-v1" in label for label in offered), offered


def test_a_merge_made_before_a_new_approval_is_not_offered_after_it(
    database, tmp_path, monkeypatch
):
    """The finished merge was kept per letter: after legal approved a newer version (or the
    list or options changed) the page still offered the older merge's ZIP as this one."""
    at = _merge_page(database, tmp_path, monkeypatch)
    at.button(key="merge_go").click().run()
    assert [b for b in at.get("download_button") if b.key == "merge_zip"]
    letter = database.latest_version(1)
    database.start_new_draft(1, None, actor="ed")
    database.save_version(
        1, "Dear {{ name }},\n\nWe are sorry.\n", base_version_id=letter.id, actor="ed"
    )
    approve_newest(database, 1)
    at.run()
    assert not at.exception
    assert not [b for b in at.get("download_button") if b.key == "merge_zip"]


def test_an_approval_the_database_refuses_says_not_approved_and_why(database, monkeypatch):
    """A read-only database answered Approve with its words alone, not saying that nothing was
    approved (the refusal escaped the button's handler)."""
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")
    at = open_as("lawyer", REVIEW, letter.id)
    version = database.latest_version(letter.id)
    at.text_area(key=f"reason:{letter.id}:en:{version.id}").input("A short test text.")
    _read_only(database, monkeypatch)
    at.run()
    at.button(key=f"approve:{letter.id}:en").click().run()
    assert not at.exception
    said = [e.value for e in at.error]
    assert any(s.startswith("Not approved") and "read-only" in s for s in said), said


def test_acts_the_database_refuses_in_a_callback_say_why(database, monkeypatch):
    """A button's callback runs before the page and outside its error handling: a read-only
    database's refusal of Archive, of the self-approval switch or of Add account showed
    Streamlit's redacted "This app has encountered an error" instead of what was wrong."""
    add_accounts(database, ed=Role.EDITOR)
    letter = database.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")
    at = open_as(FIRST_ADMIN, "app.py")
    _read_only(database, monkeypatch)
    at.run()
    at.button(key=f"archive:{letter.id}").click().run()
    assert not at.exception
    assert any("read-only" in e.value for e in at.error), [e.value for e in at.error]
    at.switch_page("pages/9_Settings.py").run()
    at.toggle(key="settings-self-approval").set_value(True).run()
    assert not at.exception
    assert any("read-only" in e.value for e in at.error), [e.value for e in at.error]
    at.switch_page("pages/7_Users.py").run()
    at.text_input(key="admin-new-username").input("fay")
    at.checkbox(key="admin-new-sso").check()
    next(b for b in at.button if b.label == "Add account").click().run()
    assert not at.exception
    assert any("read-only" in e.value for e in at.error), [e.value for e in at.error]
