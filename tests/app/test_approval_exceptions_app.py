"""An approval with exceptions as the Review and Export pages show it, and an open comment
carried over from the Review page, in Streamlit's AppTest."""

from __future__ import annotations

from clearnotice import approvals, comments
from clearnotice.accounts import Role
from tests.accounts import add_accounts
from tests.app.session import ROOT, open_as
from tests.approving import EXCEPTION_REASON, letter_approved_with_exceptions

ENGLISH = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")


def _texts(elements) -> str:
    return "\n".join(e.value for e in elements)


def test_review_and_export_show_the_exceptions_and_never_call_it_the_approved_text(database):
    add_accounts(database, lawyer=Role.LEGAL)
    letter_id = letter_approved_with_exceptions(database)
    review = open_as("lawyer", "pages/3_Review.py", letter_id)
    assert not review.exception
    labels = [t.label for t in review.tabs]
    assert labels == ["en (source) · approved", "es · approved with exceptions"]
    warned = _texts(review.warning)
    assert "es v1 is approved with exceptions" in warned and EXCEPTION_REASON in warned
    assert "Glossary “" in warned
    # only the English, approved cleanly, is shown as a plain approval
    assert sum("v1 approved by lawyer" in s.value for s in review.success) == 1

    export = open_as("lawyer", "pages/4_Export.py", letter_id)
    export.selectbox(key=f"export_lang:{letter_id}").set_value("es").run()
    assert not export.exception
    assert "es v1 is approved with exceptions" in _texts(export.warning)
    assert EXCEPTION_REASON in _texts(export.warning)
    assert "approved text" not in _texts(export.success)


def test_an_open_comment_is_carried_over_from_the_review_page_with_its_reason(database):
    add_accounts(database, editor=Role.EDITOR, lawyer=Role.LEGAL)
    letter = database.create_letter("March incident", ENGLISH, actor="editor")
    english = database.latest_version(letter.id)
    comment = comments.add_comment(
        database, letter.id, english.id, 0, "Should the title say 'Notice'?", actor="lawyer"
    )
    at = open_as("lawyer", "pages/3_Review.py", letter.id)
    at.button(key=f"approve:{letter.id}:en").click().run()
    assert f"#{comment.id} by lawyer" in _texts(at.error)
    assert approvals.approved_version(database, letter.id, "en") is None
    at.text_input(key=f"carry:{letter.id}:en:{comment.id}").input("The regulator's own title.")
    at.button(key=f"approve:{letter.id}:en").click().run()
    assert any(s.value.startswith("Approved with exceptions") for s in at.success)
    [row] = approvals.approval_record(database, letter.id)
    assert row["exceptions"][0]["reason"] == "The regulator's own title."
