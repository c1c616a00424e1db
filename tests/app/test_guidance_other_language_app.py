"""A letter written in another language than English on the Edit page's Guidance tab: the
guidance's rules read English, so the tab says so, in words, and names what to do instead. It
said "The guidance could not run:" with nothing after the colon, as if a rule file were broken."""

from __future__ import annotations

from tests.app.session import open_as

EDIT = "pages/1_Edit.py"
HEBREW = "# הודעה\n\nהתקשרו אלינו בטלפון 1-800-555-0100 היום. אנו מצטערים.\n"


def test_a_hebrew_letter_s_guidance_tab_says_the_rules_read_english(people):
    letter = people.create_letter("הודעה", HEBREW, actor="ed", source_language="he")
    at = open_as("ed", EDIT, letter.id, tab="Guidance")
    assert not at.exception
    assert not [e.value for e in at.error if "could not run" in e.value]
    [said] = [i.value for i in at.info if "English" in i.value]
    assert "Hebrew" in said and "not checked" in said
