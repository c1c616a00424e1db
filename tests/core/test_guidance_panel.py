"""The guidance tab of the Edit page in Streamlit's AppTest: score, checklist, jurisdictions
saved with the letter, conflicts, one-click fixes saved as versions, and undo."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from clearnotice.auth import create_first_admin
from clearnotice.letters import Store
from components.fix_undo import UNDO_LABEL
from tests.app.session import PASSWORD, ROOT, open_as

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EDITOR = "ed"


@pytest.fixture
def store(tmp_path, monkeypatch) -> Store:
    url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    monkeypatch.setenv("CLEARNOTICE_DATABASE_URL", url)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("CLEARNOTICE_PLAIN_EDITOR", "1")  # AppTest cannot drive the live editor
    database = Store(url)
    create_first_admin(database, EDITOR, PASSWORD)
    return database


def _letter(store: Store, name: str) -> int:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return store.create_letter(name, text, actor=EDITOR).id


def _edit_page(letter_id: int):
    return open_as(EDITOR, "pages/1_Edit.py", letter_id, tab="Guidance")


def _button(at, label: str):
    return next(b for b in at.button if b.label == label)


def test_the_guidance_tab_shows_the_score_and_what_is_missing(store):
    at = _edit_page(_letter(store, "jargon-heavy.md"))
    assert not at.exception
    score = next(m for m in at.metric if m.label.startswith("Guidance score"))
    assert 0 < int(score.value) < 80
    # a missing item is one line that opens to its paragraph; a met one goes to its words
    missing = [p.proto.popover.label for p in at.get("popover")]
    assert ":material/cancel: Contact details (phone, e-mail or web) · required" in missing
    met = [b.label for b in at.button]
    assert ":material/check_circle: What happened · required" in met
    assert not any("What happened" in label for label in missing)
    assert any("required items missing" in e.value for e in at.error)


def test_choosing_jurisdictions_saves_them_with_the_letter_and_shows_the_conflict(store):
    letter_id = _letter(store, "good-plain.md")
    at = _edit_page(letter_id)
    picker = next(m for m in at.multiselect if m.label == "Jurisdictions")
    picker.set_value(["CA", "MA"]).run()
    assert store.get_letter(letter_id).jurisdictions == ["CA", "MA"]
    assert any("per-state variants" in w.value for w in at.warning)
    assert any(m.value.startswith("**California") and " met" in m.value for m in at.markdown)


def test_a_suggested_word_is_applied_as_a_new_version_and_can_be_undone(store):
    letter_id = _letter(store, "jargon-heavy.md")
    at = _edit_page(letter_id)
    _button(at, "Use “criminal”").click().run()
    fixed = store.latest_version(letter_id)
    assert fixed.origin == "fix:plain.jargon"
    assert "unauthorized criminal leveraged" in fixed.text
    _button(at, UNDO_LABEL).click().run()
    restored = store.latest_version(letter_id)
    assert restored.number == fixed.number + 1
    assert restored.text == (FIXTURES / "jargon-heavy.md").read_text(encoding="utf-8")


def test_a_missing_items_paragraph_is_inserted_before_the_closing(store):
    letter_id = _letter(store, "evasive-missing.md")
    at = _edit_page(letter_id)
    insert = next(b for b in at.button if b.key and b.key.endswith(":guidance:content.contact"))
    insert.click().run()
    latest = store.latest_version(letter_id)
    assert latest.origin == "fix:content.contact"
    before, _, after = latest.text.partition("If you have questions, call us toll-free")
    assert "Thank you for your continued loyalty." in before and "Sincerely," in after


def test_the_picker_lists_every_jurisdiction_grouped_and_shows_its_deadline_clocks(store):
    letter_id = _letter(store, "good-plain.md")
    at = _edit_page(letter_id)
    picker = next(m for m in at.multiselect if m.label == "Jurisdictions")
    options = picker.options  # what the reader sees and types into: group, name and code
    assert "US states and territories › Texas (TX)" in options
    assert "US federal › HIPAA (US health information) (HIPAA)" in options
    assert "Other countries › Australia (Notifiable Data Breaches) (AU)" in options
    groups = [o.split(" › ")[0] for o in options]
    assert groups == sorted(
        groups, key=["US states and territories", "US federal", "Other countries"].index
    )
    picker.set_value(["CA", "TX"]).run()
    assert store.get_letter(letter_id).jurisdictions == ["CA", "TX"]
    discovered = next(d for d in at.date_input if d.label.startswith("Date the breach"))
    discovered.set_value(datetime.date(2020, 3, 3)).run()  # long past: every dated row is overdue
    marked = [m.value for m in at.markdown if m.value.startswith(":red[")]
    assert any("California" in m and "2020-04-02" in m and "overdue by" in m for m in marked)
    captions = " ".join(c.value for c in at.caption)
    # shown escaped: the source's "&" is not Markdown
    assert r"Tex. Bus. \& Com. Code 521.053(b)" in captions and "confirm with counsel" in captions


def test_the_skim_preview_shows_a_first_sentence_with_its_bold_not_its_asterisks(store):
    text = (
        "# Notice\n\n## What happened\n\nA criminal copied **your card number** on May 2. Sorry.\n"
    )
    at = _edit_page(store.create_letter("Skim", text, actor=EDITOR).id)
    assert not at.exception
    # the skim line is the first sentence alone, its bold drawn as bold (the Facts tab's
    # preview shows the whole letter too)
    sentences = [h.value for h in at.html if "A criminal copied" in h.value]
    assert any(
        "<p>A criminal copied <strong>your card number</strong> on May 2.</p>" in s
        for s in sentences
    )
    assert not any("**your card number**" in s for s in sentences)
    quoted = [m.value for m in at.markdown if "A criminal copied" in m.value]  # the essentials
    assert quoted and all("“A criminal copied your card number on May 2.”" in q for q in quoted)
