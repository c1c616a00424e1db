"""A letter written in another language than English: the guidance's rules read English, so the
Guidance tab says so and what to do instead (it said "The guidance could not run:" with nothing
after the colon), and the letter, never checked, is not approved as clean: the approval asks why,
as for a guidance that could not run."""

from __future__ import annotations

from clearnotice.findings import GUIDANCE_NOT_RUN_RULE, latest_findings
from tests.app.session import open_as

EDIT = "pages/1_Edit.py"
HEBREW = "# הודעה\n\nהתקשרו אלינו בטלפון 1-800-555-0100 היום. אנו מצטערים.\n"


def test_a_hebrew_letter_s_guidance_tab_says_the_rules_read_english(people):
    letter = people.create_letter("הודעה", HEBREW, actor="ed", source_language="he")
    at = open_as("ed", EDIT, letter.id, tab="Guidance")
    assert not at.exception
    [said] = [e.value for e in at.error if "could not run" in e.value]
    assert "English only" in said and "written in Hebrew" in said


def test_a_hebrew_letter_is_not_approved_as_clean(people):
    letter = people.create_letter("הודעה", HEBREW, actor="ed", source_language="he")
    faced = latest_findings(people, letter.id, "he")
    assert faced.blocks_approval
    [not_run] = [f for f in faced.open_errors if f.rule_id == GUIDANCE_NOT_RUN_RULE]
    assert "written in Hebrew" in not_run.message
