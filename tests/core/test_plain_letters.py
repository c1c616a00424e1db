"""A letter pasted as plain text (no Markdown) is read with the headings, lists and courtesy
lines a reader sees, by every part of the review: California's headings, readability, the
skim preview and the rules that grade sentences."""

from __future__ import annotations

from clearnotice import readability
from clearnotice.guidance import review
from clearnotice.skim import HEADING, TITLE, skim_lines
from clearnotice.text import COURTESY, blocks

SIGNATURE = (
    "Sincerely,\n"
    "Jane Doe\n"
    "Chief Executive Officer\n"
    "Office of the President and Board of Directors\n"
    "Acme Regional Health Cooperative Society\n"
    "1200 Main Street, Suite 400\n"
    "Springfield, IL 62701\n"
)

PLAIN_CA = (
    "Notice of Data Breach\n\n"
    "Dear Customer,\n"
    "1. What Happened?\n"
    "On March 3, 2025 a criminal used a stolen password to get into our billing system.\n"
    "2. What Information Was Involved.\n"
    "Your name, address and card number.\n"
    "3. What We Are Doing.\n"
    "We reset every password and now require a second step to sign in.\n"
    "4. What You Can Do.\n"
    "Watch your card statements and call your bank about any charge you do not know.\n"
    "5. For More Information.\n"
    "Call us at 1-800-555-0142, Monday to Friday, 9 a.m. to 5 p.m.\n\n" + SIGNATURE
)


def test_numbered_plain_headings_meet_californias_required_headings():
    report = review(PLAIN_CA, ["CA"])
    assert not [f for f in report.findings if f.rule_id == "us_ca.headings"]


def test_plain_headings_are_in_the_skim_preview():
    kinds = [(line.kind, line.text) for line in skim_lines(PLAIN_CA)]
    assert kinds[0] == (TITLE, "Notice of Data Breach")
    assert (HEADING, "1. What Happened?") in kinds
    assert not [text for _, text in kinds if text.startswith(("Dear", "Sincerely"))]


def test_headings_and_the_signature_are_not_graded_as_sentences():
    result = readability.analyse(PLAIN_CA)
    graded = {PLAIN_CA[s.start : s.end] for s in result.sentences if s.level != "ok"}
    assert not [s for s in graded if "Jane Doe" in s or "What" in s]
    signature = next(b for b in blocks(PLAIN_CA) if b.text.startswith("Sincerely"))
    assert signature.kind == COURTESY
    report = review(PLAIN_CA)
    long_ones = [f.match for f in report.findings if f.rule_id == "plain.long-sentence"]
    assert not [m for m in long_ones if "Jane Doe" in m]


def test_the_same_signature_inside_running_text_is_graded():
    letter = PLAIN_CA.replace("Sincerely,\n", "We wrote this with care and it was signed by ")
    report = review(letter)
    assert [f for f in report.findings if f.rule_id == "plain.long-sentence"]


def test_a_greeting_to_a_group_is_courtesy_up_to_its_longest_line():
    """A line greeting a group ("... customers,") is read as a salutation as long as the group
    word starts within 50 characters; a longer line is not tried, so the bound must hold."""
    from clearnotice.plain_layout import SALUTATION

    opening = "To all of our valued, trusted and loyal patients, "  # 50 characters
    longest = opening + "colleagues,"
    assert len(opening) == 50 and SALUTATION.match(longest)
    assert SALUTATION.match(longest + "\n")
    assert not SALUTATION.match("o" + longest)  # the group word past 50 characters
    assert blocks(f"{longest}\n\nWe are writing to you.")[0].kind == COURTESY


def test_one_line_blocks_with_markup_or_breaks_are_read_line_by_line():
    """A block holding a line break or markup is read line by line, without its markers, to
    tell a closing or an address from running text; a plain one-line block as it stands."""
    assert not readability.is_running_text("paragraph", "**Sincerely,**")
    assert not readability.is_running_text("paragraph", "Jane Doe\nChief Executive Officer")
    assert not readability.is_running_text("paragraph", "Jane Doe\u2028Chief Executive Officer")
    assert not readability.is_running_text("paragraph", "Sincerely,")
    assert readability.is_running_text("paragraph", "We reset every password.")


def test_lines_that_name_no_title_are_no_headings():
    """A short line with an address, a number or a field label is no heading, wherever in the
    line it is; a plain title is one."""
    for line in (
        "Call 1-800-555-0100 today",
        "Visit www.example.com",
        "Write to help@example.com",
        "12 ways we protect you",
        "Reference: AB-1",
        "[Company letterhead]",
        "Hours 9:30",
        "Date of incident: 3 May 2024",
        "Incident date(s): March 3, 2024",
        "Posted 1/31/2020",
        "Last updated: 03.05.2024",
    ):
        assert blocks(f"{line}\n\nWe are writing to you.")[0].kind != "heading", line
    assert blocks("What We Are Doing\n\nWe are writing to you.")[0].kind == "heading"
    titled = "Notice of a Privacy Incident – January 17, 2020\n\nWe are writing to you."
    assert blocks(titled)[0].kind == "heading"  # a title with its date, no field label


def test_a_line_that_ends_with_an_address_is_finished_so_a_heading_may_follow() -> None:
    """A web or e-mail address closes its line: the question under it heads its answer, as
    after a full stop; a line that wraps on in lower case is still one sentence."""
    for address in ("https://www.example.gov/guide", "www.example.com", "help@example.com"):
        text = f"Updates are on {address}\nQ: Do I need to change my password?\nA: Yes, today.\n"
        assert [b.kind for b in blocks(text)][:2] == ["paragraph", "heading"], address
    wrapped = "Updates are on www.example.com\nfor anyone who asks.\n"
    assert [b.kind for b in blocks(wrapped)] == ["paragraph"]
