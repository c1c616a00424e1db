"""The pages on a bad day, in AppTest: what a person typed survives a letter deleted under
them and is shown to them, and what they typed anywhere reads exactly as typed."""

from __future__ import annotations

import io
import time

import openpyxl

from clearnotice import presence
from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.db import DATA_DIR_ENV
from clearnotice.grammar.choice import SERVER
from clearnotice.letter_lifecycle import archive, delete
from clearnotice.translate.review import MAX_COMMENT as SEGMENT_COMMENT
from components import comments_column
from tests.accounts import FIRST_ADMIN, add_accounts
from tests.app.session import EDIT_TABS, open_as
from tests.approving import approve_newest

LETTER = "# Notice\n\nWe are sorry.\n"
EDIT = "pages/1_Edit.py"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _letter(database):
    add_accounts(database, ed=Role.EDITOR)
    return database.create_letter("March incident", LETTER, actor="ed")


def test_text_typed_on_a_letter_deleted_meanwhile_is_shown_with_why(database):
    letter = _letter(database)
    at = open_as("ed", EDIT, letter.id)
    delete(database, letter.id, actor="ed")  # in another tab, or by a colleague
    typed = LETTER + "Call us on 0800 123 456 *any* day.\n"
    at.text_area(key=f"editor:{letter.id}").input(typed).run()
    assert not at.exception
    assert any("was deleted" in e.value for e in at.error)
    assert typed.strip() in [c.value.strip() for c in at.code]  # st.code drops the last "\n"


MARKUP = "[x](javascript:alert(1)) *b* $$x$$ :smile: ~~s~~"


def _raw(texts: list[str]) -> list[str]:
    """The texts in which the customer's markup would take effect: unescaped."""
    return [t for t in texts if "[x](javascript" in t or "~~s~~" in t or " *b* " in t]


def test_customer_values_quoted_in_the_merge_messages_read_as_typed(database):
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", "Dear {{ name }},\n\nSorry.\n", actor="ed")
    approve_newest(database, letter.id)
    at = open_as("ed", "pages/4_Export.py", letter.id)
    customers = f"name,email\nBo,{MARKUP}\n=cmd {MARKUP},bo@example.com\n"
    upload = at.file_uploader(key=f"merge_upload:{letter.id}")
    upload.set_value(("customers.csv", customers.encode(), "text/csv")).run()
    assert not at.exception
    said = [e.value for e in [*at.error, *at.warning, *at.info]]
    assert any("javascript" in s for s in said), said  # the held row is explained
    assert _raw(said) == []


def test_a_refused_username_reads_as_typed(database):
    add_accounts(database, ed=Role.EDITOR)
    taken = "[x](javascript:alert(1))"
    at = open_as(FIRST_ADMIN, "pages/7_Users.py")
    # the second time it is taken (under another display name: the same details again within
    # seconds are a double click, which adds the account once and says so)
    for name in ("First", "Second"):
        at.text_input(key="admin-new-username").input(taken)
        at.text_input(key="admin-new-name").input(name)
        at.checkbox(key="admin-new-sso").check()
        next(b for b in at.button if b.label == "Add account").click().run()
    assert not at.exception
    said = [e.value for e in at.error]
    assert any("already an account" in s for s in said), said
    assert _raw(said) == []


def test_a_refused_sender_reads_as_typed(database):
    add_accounts(database)
    at = open_as(FIRST_ADMIN, "pages/9_Settings.py")
    next(t for t in at.text_input if t.label.startswith("Country")).input(MARKUP)
    next(b for b in at.button if b.label == "Save the sender").click().run()
    assert not at.exception
    said = [e.value for e in at.error]
    assert any("not a country" in s for s in said), said
    assert _raw(said) == []


def test_the_name_of_a_translators_file_reads_as_typed(database):
    letter = _letter(database)
    at = open_as("ed", "pages/2_Translations.py", letter.id)
    upload = next(u for u in at.get("file_uploader") if "human" in u.id)
    name = "[x](javascript:alert(1)) ~~s~~.txt"
    upload.set_value((name, "Señor cliente, lo sentimos.".encode("cp1252"), "text/plain")).run()
    assert not at.exception
    said = [c.value for c in at.caption]
    assert any("Windows-1252" in s for s in said), said
    assert _raw(said) == []


def test_a_comment_being_typed_survives_a_look_at_another_tab(database):
    letter = _letter(database)
    at = open_as("ed", EDIT, letter.id, tab="Comments")
    key = f"new-comment:{letter.id}:en"
    at.text_area(key=f"{key}:body").input("Say when it happened.")
    at.text_input(key=f"{key}:quote").input("sorry").run()
    for tab in ("Guidance", "Comments"):
        at.session_state[EDIT_TABS] = tab
        at.run()
    assert not at.exception
    assert at.text_area(key=f"{key}:body").value == "Say when it happened."
    assert at.text_input(key=f"{key}:quote").value == "sorry"


def test_a_comment_being_typed_survives_a_visit_to_another_page(database):
    letter = _letter(database)
    at = open_as("ed", "pages/3_Review.py", letter.id)
    body = f"new-comment:{letter.id}:en:body"
    at.text_area(key=body).input("Name the date.").run()
    at.switch_page(EDIT).run()
    at.switch_page("pages/3_Review.py").run()
    assert not at.exception
    assert at.text_area(key=body).value == "Name the date."


def test_a_refused_grammar_server_address_reads_as_typed(database):
    add_accounts(database)
    at = open_as(FIRST_ADMIN, "pages/9_Settings.py")
    at.radio(key="settings-grammar-kind").set_value(SERVER).run()
    at.text_input(key="settings-grammar-url").input(MARKUP).run()
    for label in ("Test the connection", "Save grammar checker"):
        next(b for b in at.button if b.label == label).click().run()
        assert not at.exception
        said = [e.value for e in at.error]
        assert any("not a LanguageTool server address" in s for s in said), said
        assert _raw(said) == []


def test_a_blank_title_takes_the_templates_name(database):
    add_accounts(database, ed=Role.EDITOR)
    at = open_as("ed", "app.py")
    next(t for t in at.text_input if t.label == "Title").input("   ")
    start_from = next(s for s in at.selectbox if s.label == "Start from")
    start_from.set_value(start_from.options[1])
    next(b for b in at.button if b.label == "Create letter").click().run()
    assert not at.exception
    [summary] = database.list_letters()
    assert summary.letter.title == start_from.options[1]


def test_a_link_to_no_letter_says_so_whatever_it_holds(database):
    letter = _letter(database)
    for asked in ("9" * 30, "²", "-1"):
        at = open_as("ed", EDIT, letter.id)
        at.query_params["letter"] = asked
        at.run()
        assert not at.exception
        assert [e.value for e in at.error] != [], asked
        assert not any("Something went wrong" in e.value for e in at.error), asked


def test_a_link_to_no_letter_when_there_are_none_says_so_once(database):
    deleted = _letter(database)
    delete(database, deleted.id, actor="ed")
    for asked, why in ((str(deleted.id), "it was deleted"), ("7", "no letters yet")):
        at = open_as("ed", EDIT, int(asked))
        assert not at.exception
        said = [m.value for m in [*at.error, *at.warning, *at.info]]
        assert len(said) == 1 and f"There is no letter “{asked}”" in said[0], said
        assert why in said[0], said


def test_a_colleague_deactivated_meanwhile_is_no_longer_shown_editing(database):
    letter = _letter(database)
    add_accounts(database, bea=Role.EDITOR)
    ed = open_as("ed", EDIT, letter.id)
    open_as("bea", EDIT, letter.id)
    set_active(database, "bea", False, actor=FIRST_ADMIN)
    ed.run()
    assert not ed.exception
    assert not any(c.value.startswith("Also editing") for c in ed.caption)


def test_a_heartbeat_after_a_deactivation_asks_for_a_sign_in(database, monkeypatch):
    """The deactivation lands between the page's sign-in gate and the presence heartbeat (a
    fragment rerun every 20 s has no gate at all): the heartbeat is refused, nothing is
    recorded, and the page asks for a sign-in instead of showing an incident."""
    letter = _letter(database)
    at = open_as("ed", EDIT, letter.id)
    beat = presence.heartbeat

    def deactivated_first(store, *args, **kwargs):
        set_active(store, "ed", False, actor=FIRST_ADMIN)
        return beat(store, *args, **kwargs)

    monkeypatch.setattr(presence, "heartbeat", deactivated_first)
    at.run()
    assert not at.exception
    assert not any("Something went wrong" in e.value for e in at.error)
    assert any(t.label == "Username" for t in at.text_input)  # the sign-in form


def _workbook(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_customer_workbook_is_read_with_its_progress_shown(database):
    """A 50,000-row workbook takes about 10 s to read: the page shows how far it has got."""
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", "Dear {{ name }},\n\nSorry.\n", actor="ed")
    approve_newest(database, letter.id)
    at = open_as("ed", "pages/4_Export.py", letter.id)
    data = _workbook([["name", "email"], *([f"N{n}", f"n{n}@example.com"] for n in range(500))])
    upload = at.file_uploader(key=f"merge_upload:{letter.id}")
    upload.set_value(("customers.xlsx", data, XLSX)).run()
    assert not at.exception
    [bar] = at.get("progress")
    assert (bar.proto.value, bar.proto.text) == (100, "Read 500 rows.")


def _cards(at) -> list[str]:
    """The letters drawn as cards on the first screen, by their Open buttons' keys."""
    return [b.key for b in at.button if b.key and b.key.startswith("open:")]


def test_five_hundred_letters_are_drawn_a_batch_at_a_time_and_found_by_title(database):
    """500 letters drew 500 cards of five widgets each: every run of the first screen (a
    click, a tab) took 8 to 10 s. A batch is drawn, "Show more" draws the next, and any
    letter is found by its title."""
    add_accounts(database, ed=Role.EDITOR)
    for n in range(500):
        database.create_letter(f"Letter {n:03d}", LETTER, actor="ed")
    at = open_as("ed", "app.py")
    assert not at.exception
    first = _cards(at)
    assert 0 < len(first) <= 25
    next(b for b in at.button if b.label.startswith("Show more")).click().run()
    assert len(_cards(at)) == 2 * len(first)
    next(t for t in at.text_input if t.label == "Find a letter").input("letter 007").run()
    assert [b.key for b in at.button if b.key == "open:8"] == ["open:8"]  # letter 007 is #8
    assert len(_cards(at)) == 1


def test_a_merge_clicked_again_goes_to_the_same_file(database, tmp_path, monkeypatch):
    """A second click on "Merge" (or a reload, another page) ends the run of the first midway,
    and the next click began another merge into a new time-stamped file: the stopped one's
    rendered letters were left on the server, never finished nor deleted. The same list and
    options now go to one file, where a stopped merge is resumed (its journal)."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    add_accounts(database, ed=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", "Dear {{ name }},\n\nSorry.\n", actor="ed")
    approve_newest(database, letter.id)
    at = open_as("ed", "pages/4_Export.py", letter.id)
    customers = "name,email\nBo,bo@example.com\nCy,cy@example.com\n"
    upload = at.file_uploader(key=f"merge_upload:{letter.id}")
    upload.set_value(("customers.csv", customers.encode(), "text/csv")).run()
    for _ in range(2):
        at.button(key="merge_go").click().run()
        time.sleep(1.1)  # the file was named by the second it started
    assert not at.exception
    assert len(list((tmp_path / "merges").glob("*.zip"))) == 1
    assert list((tmp_path / "merges").glob("*.parts")) == []


def test_a_comment_typed_on_a_letter_deleted_meanwhile_is_shown_with_why(database):
    letter = _letter(database)
    add_accounts(database, lee=Role.LEGAL)
    at = open_as("lee", "pages/3_Review.py", letter.id)
    form = comments_column.form_key(letter.id, "en")
    at.text_area(key=f"{form}:body").input("Which *files* exactly?")
    delete(database, letter.id, actor="ed")  # by a colleague, while the comment is typed
    at.button(key=f"{form}:add").click().run()
    assert not at.exception
    assert any("was deleted" in e.value for e in at.error)
    assert "Which *files* exactly?" in [c.value for c in at.code]


def test_many_archived_letters_are_drawn_a_batch_at_a_time(database):
    add_accounts(database, ed=Role.EDITOR)
    for n in range(60):
        letter = database.create_letter(f"Old letter {n:02d}", LETTER, actor="ed")
        archive(database, letter.id, actor="ed")
    at = open_as("ed", "app.py")
    assert not at.exception
    opened = [b for b in at.button if b.key and b.key.startswith("open-archived:")]
    assert 0 < len(opened) <= 25
    more = next(b for b in at.button if b.key == "letters-more:archived")
    more.click().run()
    assert len([b for b in at.button if b.key and b.key.startswith("open-archived:")]) == 2 * len(
        opened
    )


def test_a_segment_comment_box_stops_where_the_recorded_comment_does(database):
    """mark_segment keeps the first MAX_COMMENT characters of a comment: typed longer, its end
    was dropped without a word."""
    letter = _letter(database)
    source = database.latest_version(letter.id)
    database.save_version(
        letter.id, "# Aviso\n\nLo sentimos.\n", base_version_id=None, actor="ed", language="es",
        source_version_id=source.id,
    )  # fmt: skip
    at = open_as("ed", "pages/2_Translations.py", letter.id)
    at.query_params["lang"] = "es"
    at.run()
    assert not at.exception
    boxes = [t for t in at.text_input if t.label == "Comment (needed for a query)"]
    assert boxes and all(t.proto.max_chars == SEGMENT_COMMENT for t in boxes)
