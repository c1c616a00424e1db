"""The Edit page as the legal reviewer's desk left it: an approved version is shown read-only
until someone starts a new draft, and comment threads sit beside the text."""

from __future__ import annotations

import pytest

from clearnotice import approvals, audit, comments
from clearnotice.accounts import Role
from clearnotice.text import blocks
from components import comments_column
from tests.accounts import add_accounts
from tests.app.session import ROOT, open_as

LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")
PARAGRAPH = next(i for i, b in enumerate(blocks(LETTER)) if b.text.startswith("On March 3"))
QUOTE = "a criminal"


@pytest.fixture
def people(database):
    add_accounts(database, ed=Role.EDITOR, lee=Role.LEGAL)
    return database


@pytest.fixture
def letter(people):
    return people.create_letter("March incident", LETTER, actor="ed")


def _button(at, label):
    return next(b for b in at.button if b.label == label)


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_an_approved_version_is_read_only_until_a_new_draft_is_started(people, letter):
    v1 = people.latest_version(letter.id)
    approvals.approve(people, letter.id, "en", v1.id, "lee")
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    assert not at.exception
    assert any("approved by lee" in s.value and "read-only" in s.value for s in at.success)
    [shown] = [t for t in at.text_area if t.key == f"locked:{v1.id}"]
    assert shown.disabled and shown.value == LETTER
    assert "`**bold**`" in shown.label  # the asterisks to type, not bold
    assert f"editor:{letter.id}" not in [t.key for t in at.text_area]
    assert "Restore" not in [b.label for b in at.button]

    _button(at, "Start a new draft").click().run()
    assert any(
        w.value.startswith("Approval needed again") and "needs renewing" in w.value
        for w in at.warning
    )
    assert "`**bold**`" in at.text_area(key=f"editor:{letter.id}").label
    at.text_area(key=f"editor:{letter.id}").input(LETTER + "\nWe are sorry.\n").run()
    assert people.latest_version(letter.id).number == 2
    assert approvals.approval_record(people, letter.id)[0]["stale"]
    assert any("Approval needed again: The approval belongs to v1" in w.value for w in at.warning)
    with people.session() as s:
        assert [e.actor for e in audit.events(s, action="new-draft")] == ["ed"]


def test_an_edit_that_arrives_after_the_approval_is_refused_and_kept_on_screen(people, letter):
    at = open_as("ed", "pages/1_Edit.py", letter.id)
    approvals.approve(people, letter.id, "en", people.latest_version(letter.id).id, "lee")
    typed = LETTER + "\nTyped while legal approved.\n"
    at.text_area(key=f"editor:{letter.id}").input(typed).run()
    assert people.latest_version(letter.id).number == 1  # nothing was saved
    assert any("Start a new draft to change it" in e.value for e in at.error)
    assert typed.strip() in [t.value.strip() for t in at.text]  # kept, shown as text

    _button(at, "Start a new draft").click().run()
    assert at.text_area(key=f"editor:{letter.id}").value == typed  # back in the editor


def test_a_comment_on_words_sits_beside_the_text_with_replies_until_resolved(people, letter):
    at = open_as("lee", "pages/1_Edit.py", letter.id, tab="Comments")
    form = comments_column.form_key(letter.id, "en")
    at.selectbox(key=f"{form}:block").select(PARAGRAPH)
    at.text_input(key=f"{form}:quote").input(QUOTE)
    at.text_area(key=f"{form}:body").input("Say *who*, if we know.")
    _button(at, "Add comment").click().run()
    [thread] = comments.open_comments(people, letter.id)
    assert thread.quote == QUOTE
    shown = _markdown(at)
    assert f"¶{PARAGRAPH + 1} · “{QUOTE}”" in shown
    assert r"Say \*who\*, if we know." in shown  # escaped, not rendered as emphasis

    editor = open_as("ed", "pages/1_Edit.py", letter.id, tab="Comments")
    editor.text_area(key=f"reply:{thread.id}").input("We do not know yet.")
    _button(editor, "Reply").click().run()
    assert "**ed**: We do not know yet." in _markdown(editor)
    _button(editor, "Resolve").click().run()  # an editor may not close the reviewer's thread
    assert any("resolve or reopen another person's comment" in e.value for e in editor.error)

    _button(at.run(), "Resolve").click().run()
    assert comments.open_comments(people, letter.id) == []
    assert "We do not know yet." not in _markdown(at)


def test_a_comment_whose_words_were_deleted_says_so(people, letter):
    v1 = people.latest_version(letter.id)
    comments.add_comment(people, letter.id, v1.id, PARAGRAPH, "Who?", actor="lee", quote=QUOTE)
    people.save_version(
        letter.id, LETTER.replace(QUOTE, "someone"), base_version_id=v1.id, actor="ed"
    )
    at = open_as("ed", "pages/1_Edit.py", letter.id, tab="Comments")
    assert comments.REMOVED in [c.value for c in at.caption]
    assert f"“{QUOTE}”" in _markdown(at)  # what it was about, without pointing at other words


def test_a_refused_comment_keeps_what_was_typed(people, letter):
    at = open_as("lee", "pages/1_Edit.py", letter.id, tab="Comments")
    form = comments_column.form_key(letter.id, "en")
    at.text_input(key=f"{form}:quote").input("words that are not there")
    at.text_area(key=f"{form}:body").input("A remark.")
    _button(at, "Add comment").click().run()
    assert any("does not contain" in e.value for e in at.error)
    assert at.text_area(key=f"{form}:body").value == "A remark."
    assert comments.open_comments(people, letter.id) == []


def test_the_letter_list_counts_open_comments(people, letter):
    v1 = people.latest_version(letter.id)
    for body in ("One.", "Two."):
        comments.add_comment(people, letter.id, v1.id, PARAGRAPH, body, actor="lee")
    home = open_as("ed", "app.py")
    assert any(c.value.endswith(" · 2 open comments") for c in home.caption)
    assert "Answer 2 open comments" in [b.label for b in home.button]
    edit = open_as("ed", "pages/1_Edit.py", letter.id)
    picker = next(s for s in edit.sidebar.selectbox if s.label == "Letter")
    assert picker.format_func(letter.id).endswith("· 2 open comments")
