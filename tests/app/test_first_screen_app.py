"""The first screen in AppTest: the workflow path, each letter's languages with their state and
the signed-in role's next step, template cards, and rename / archive / delete / restore."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from clearnotice import audit
from clearnotice.letter_lifecycle import Shelf, delete, letters_on
from clearnotice.schema import MAX_TITLE
from tests.app.session import open_as
from tests.approving import approve_newest

ENGLISH = "# Notice\n\nWe found it on March 3, 2026.\n"
SPANISH = "# Aviso\n\nLo descubrimos el 3 de marzo de 2026.\n"


def _texts(at: AppTest) -> str:
    return "\n".join(m.value for m in [*at.markdown, *at.caption])


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def _spanish_waiting(store) -> int:
    """A letter whose English is approved and whose Spanish waits for review."""
    letter = store.create_letter("March incident", ENGLISH, actor="ed")
    approve_newest(store, letter.id, "lee")
    store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="ed",
        language="es",
        source_version_id=store.latest_version(letter.id).id,
    )
    return letter.id


def test_the_first_screen_shows_the_path_each_language_and_each_roles_next_step(people):
    _spanish_waiting(people)
    people.create_letter("April incident", ENGLISH, actor="ed")

    editor = open_as("ed", "app.py")
    assert not editor.exception
    text = _texts(editor)
    assert "**Draft** → **Review** → **Translate** → **Approve** → **Export**" in text
    assert "English v1 · **approved**" in text and "Spanish v1 · **in review**" in text
    assert "English v1 · **draft**" in text  # April: no reviewer has read it
    assert "Draft → Review → Translate → :blue-background[**Approve**] → Export" in text
    assert "Next: Wait for approval" in text  # March, for the editor
    assert "Finish the draft" in _labels(editor)  # April
    assert {"Rename", "Archive", "Delete"} <= set(_labels(editor))

    reviewer = open_as("lee", "app.py")
    assert {"Review Spanish v1", "Review English v1"} <= set(_labels(reviewer))
    assert "Finish the draft" not in _labels(reviewer)
    assert not {"Rename", "Archive", "Delete"} & set(_labels(reviewer))  # not a reviewer's


def test_the_next_step_button_opens_the_page_it_names(people):
    letter_id = _spanish_waiting(people)
    reviewer = open_as("lee", "app.py")
    reviewer.button(key=f"next:{letter_id}").click().run()
    assert not reviewer.exception
    assert "Review: March incident" in [t.value for t in reviewer.title]


def test_an_editor_renames_and_archives_and_an_admin_restores_a_deleted_letter(people):
    letter = people.create_letter("NOTICE", ENGLISH, actor="ed")
    editor = open_as("ed", "app.py")
    editor.text_input(key=f"title:{letter.id}").input("Spring notice")
    editor.button(key=f"rename:{letter.id}").click().run()
    assert people.get_letter(letter.id).title == "Spring notice"
    assert "Renamed to “Spring notice”." in [s.value for s in editor.success]

    editor.button(key=f"archive:{letter.id}").click().run()
    assert [s.letter.id for s in letters_on(people, Shelf.ARCHIVED)] == [letter.id]
    assert f"next:{letter.id}" not in [b.key for b in editor.button]  # off the main list
    assert "Archived (1)" in [e.label for e in editor.expander]

    editor.button(key=f"delete-archived:{letter.id}").click().run()
    assert "Archived (1)" not in [e.label for e in editor.expander]
    assert not any(e.label.startswith("Deleted") for e in editor.expander)  # admins only

    admin = open_as("ada", "app.py")
    admin.button(key=f"restore:{letter.id}").click().run()
    assert "“Spring notice” is restored." in [s.value for s in admin.success]
    assert [s.letter.id for s in letters_on(people, Shelf.ARCHIVED)] == [letter.id]
    with people.session() as s:
        acts = [e.action for e in reversed(audit.events(s, letter_id=letter.id))]
    assert acts == ["create", "rename", "archive", "delete", "restore"]


def test_a_refused_rename_says_why_and_keeps_the_typed_title(people):
    letter = people.create_letter("Kept", ENGLISH, actor="ed")
    editor = open_as("ed", "app.py")
    editor.text_input(key=f"title:{letter.id}").input("   ")
    editor.button(key=f"rename:{letter.id}").click().run()
    assert not editor.exception
    [error] = editor.error
    assert "needs a title" in error.value
    assert people.get_letter(letter.id).title == "Kept"


def test_template_cards_show_each_description_and_jurisdictions_and_pick_the_template(people):
    editor = open_as("ed", "app.py")
    text = _texts(editor)
    assert "For California (CA)" in text and "For any jurisdiction" in text
    assert "the five headings California requires" in text
    editor.button(key="template:california").click().run()
    start_from = next(s for s in editor.selectbox if s.label == "Start from")
    assert start_from.value == "California notice (Cal. Civ. Code 1798.82)"


def test_a_deleted_letter_cannot_be_opened_from_a_link_or_the_picker(people):
    kept = people.create_letter("Kept", ENGLISH, actor="ed")
    gone = people.create_letter("Gone", ENGLISH, actor="ed")
    delete(people, gone.id, actor="ed")
    edit = open_as("ed", "pages/1_Edit.py", gone.id)
    assert not edit.exception
    assert any(f"There is no letter “{gone.id}”" in e.value for e in edit.error)
    picker = next(s for s in edit.sidebar.selectbox if s.label == "Letter")
    assert picker.options == [picker.format_func(kept.id)]


def test_a_new_letters_title_box_stops_where_the_title_would_be_cut(people):
    """The box took any length and the core kept the first 200 characters without a word; it
    now stops at what is kept, as the rename box does."""
    editor = open_as("ed", "app.py")
    [title] = [box for box in editor.text_input if box.label == "Title"]
    assert title.proto.max_chars == MAX_TITLE
