"""The Edit page's history previews a Hebrew version from the right, its phone number read left
to right, as the review's screens and the exports draw it (clearnotice.export.isolates): the
version and its changes were drawn left to right, "+1 (800) 555-0100" in a Hebrew sentence
shown as "555-0100 (800) 1+" (UAX #9, N1). (The guidance panel's skim preview passes the
letter's language too, but the guidance runs on English letters only, so no Hebrew reaches it
here.)"""

from __future__ import annotations

import re

import pytest

from tests.app.session import open_as

EDIT = "pages/1_Edit.py"
PHONE = "+1 (800) 555-0100"
HEBREW = f"# הודעה\n\nהתקשרו אלינו בטלפון {PHONE} היום. אנו מצטערים.\n"
ISOLATED = f'<bdi dir="ltr">{PHONE}</bdi>'


@pytest.fixture
def letter(people):
    letter = people.create_letter("הודעה", HEBREW, actor="ed", source_language="he")
    first = people.latest_version(letter.id, "he")
    people.save_version(letter.id, HEBREW + "\nכתבו אלינו.\n", base_version_id=first.id,
                        actor="ed")  # fmt: skip
    return letter


def _rtl(html: str) -> bool:
    """The letter inside its box is one right-to-left block."""
    return re.search(r'<div class="cn-letter[^"]*"><div dir="rtl" lang="he">', html) is not None


def test_the_history_previews_a_hebrew_version_from_the_right(people, letter):
    at = open_as("ed", EDIT, letter.id)
    first = people.versions(letter.id, "he")[0]
    at.selectbox(key=f"history-look:{letter.id}").select(first.id).run()
    assert not at.exception
    [preview] = [h.value for h in at.html if "cn-diff" not in h.value and PHONE in h.value]
    assert _rtl(preview) and ISOLATED in preview
    [changes] = [h.value for h in at.html if "cn-diff" in h.value]
    assert '<div dir="rtl" lang="he">' in changes and "<ins>" in changes
