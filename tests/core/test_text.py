"""Segmentation of Markdown letters into blocks, sentences and words, with exact offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clearnotice.text import (
    BULLET,
    COURTESY,
    HEADING,
    PARAGRAPH,
    block_at,
    block_pieces,
    blocks,
    sentences,
    strip_inline_markup,
    words,
)

FIXTURES = Path(__file__).parents[1] / "fixtures"
LETTERS = sorted(FIXTURES.glob("*.md"))

TRICKY = (
    "NOTICE OF DATA BREACH\r\n\r\n"
    "## What happened ##\r\n"
    "On March 3 at 9 a.m. we found that Acme Inc. had lost files. The U.S. Postal Service\r\n"
    "was not involved.\r\n\r\n"
    "**What you can do:**\r\n"
    "- Call us at **1-800-555-0142**. We answer 24 hours a day.\r\n"
    "  Or write to us.\r\n"
    "* Freeze your credit\r\n"
    "1. ¿Preguntas? ¡Llámenos!\r\n"
)


def _sentence_texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


# offsets ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [*(p.read_text(encoding="utf-8") for p in LETTERS), TRICKY],
    ids=[*(p.name for p in LETTERS), "tricky-crlf"],
)
def test_every_offset_maps_back_to_the_exact_text(text):
    for block in blocks(text):
        assert text[block.start : block.end] == block.text
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        for word in words(sentence.text, sentence.start):
            assert text[word.start : word.end] == word.text


@pytest.mark.parametrize("path", LETTERS, ids=[p.name for p in LETTERS])
def test_sample_letters_have_as_many_headings_and_bullets_as_marked_lines(path):
    # Counted independently, line by line: the samples mark every heading and bullet plainly,
    # with "#" or as a title in capitals on a line of its own.
    text = path.read_text(encoding="utf-8")
    kinds = [b.kind for b in blocks(text)]
    assert kinds.count(HEADING) == len(re.findall(r"(?m)^(?:#{1,6} |[A-Z][A-Z ]{3,}$)", text))
    assert kinds.count(BULLET) == len(re.findall(r"(?m)^ *- ", text))  # nested ones too


def test_crlf_text_segments_like_the_same_text_with_lf():
    lf = TRICKY.replace("\r\n", "\n")
    assert [(b.kind, b.text.replace("\r\n", "\n")) for b in blocks(TRICKY)] == [
        (b.kind, b.text) for b in blocks(lf)
    ]
    assert [s.text.replace("\r\n", "\n") for s in sentences(TRICKY)] == _sentence_texts(lf)


def test_tricky_letter_splits_into_the_hand_counted_sentences():
    assert [s.text.replace("\r\n", " ") for s in sentences(TRICKY)] == [
        "NOTICE OF DATA BREACH",
        "What happened",
        "On March 3 at 9 a.m. we found that Acme Inc. had lost files.",
        "The U.S. Postal Service was not involved.",
        "What you can do:",
        "Call us at **1-800-555-0142**.",
        "We answer 24 hours a day.",
        "Or write to us.",
        "Freeze your credit",
        "¿Preguntas?",
        "¡Llámenos!",
    ]


# headings --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "title", "level"),
    [
        ("# Notice of Data Breach", "Notice of Data Breach", 1),
        ("## What happened ##", "What happened", 2),
        ("###### Deep", "Deep", 6),
        ("**What Happened**", "What Happened", 3),
        ("  **What You Can Do:**  ", "What You Can Do:", 3),
        ("NOTICE OF DATA BREACH", "NOTICE OF DATA BREACH", 1),
        ("**¿Qué pasó?**", "¿Qué pasó?", 3),
    ],
    ids=["atx-1", "atx-closed", "atx-6", "bold-line", "bold-line-colon", "shouted", "bold-es"],
)
def test_heading_lines_are_headings_never_glued_to_the_next_sentence(line, title, level):
    text = f"{line}\nOn March 3 we found that a criminal copied files."
    first, second = blocks(text)
    assert (first.kind, first.text, first.level) == (HEADING, title, level)
    assert second.kind == PARAGRAPH
    assert _sentence_texts(text) == [title, "On March 3 we found that a criminal copied files."]


@pytest.mark.parametrize(
    "line",
    [
        "#hashtag needs a space to be a heading",
        "####### seven hashes are too many",
        "WE FOUND THE PROBLEM.",
        "FAQ",
        "**Important:** read this now.",
        "**Bold** and **bold** again.",
    ],
    ids=["no-space", "seven-hashes", "shouted-sentence", "short-caps", "bold-lead",
         "two-bold-spans"],
)  # fmt: skip
def test_lines_that_only_look_like_headings_stay_paragraphs(line):
    assert [b.kind for b in blocks(line)] == [PARAGRAPH]


def test_bold_heading_right_after_a_paragraph_line_is_not_glued_to_the_next_sentence():
    text = "We are sorry.\n**What Happened**\nOn March 3 we found it."
    assert _sentence_texts(text) == ["We are sorry.", "What Happened", "On March 3 we found it."]


# bullets and paragraphs ------------------------------------------------------------------------
@pytest.mark.parametrize("marker", ["-", "*", "+", "•", "1.", "2)", "3.)", "b)", "c.)"], ids=str)
def test_each_bullet_item_is_its_own_sentence_even_without_a_full_stop(marker):
    text = f"You can:\n{marker} call us\n{marker} write to us\n{marker} visit a branch"
    assert [b.kind for b in blocks(text)] == [PARAGRAPH, BULLET, BULLET, BULLET]
    assert _sentence_texts(text) == ["You can:", "call us", "write to us", "visit a branch"]


def test_bullet_content_excludes_its_marker_and_keeps_its_indented_continuation():
    text = "- Call us today.\n  We answer at night too.\n- Write"
    first, second = blocks(text)
    assert first.text == "Call us today.\n  We answer at night too."
    assert second.text == "Write"
    assert _sentence_texts(text) == ["Call us today.", "We answer at night too.", "Write"]


# A list pasted from a PDF or an e-mail is hard-wrapped: a bullet's line that stops mid-phrase
# goes on in the line under it, with no marker and no indent, as Markdown's lazy continuation
# reads it (CommonMark 0.31, 5.2 "List items", laziness).
_WRAPPED_ITEM = "We reset every employee password and\nnow require a second step to sign in."


@pytest.mark.parametrize("marker", ["•", "·", "-", "*", "1)", "a)", "1.", "(b)"], ids=str)
def test_a_hard_wrapped_bullet_goes_on_in_the_line_under_it(marker):
    text = f"We have taken these steps:\n{marker} {_WRAPPED_ITEM}\n{marker} We hired experts."
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We have taken these steps:"),
        (BULLET, _WRAPPED_ITEM),
        (BULLET, "We hired experts."),
    ]
    assert _sentence_texts(text)[1] == _WRAPPED_ITEM


WRAPPED_BULLETS = [
    ("• We reset every employee password and\nnow require a second step.", "ends on 'and'"),
    ("• We reset every employee password\nand now require a second step.", "goes on lower-case"),
    ("• We reset every password,\nThe Help Desk, and every laptop.", "ends on a comma"),
    ("• The attack started on September\n26, 2017 and stopped a day later.", "a date split"),
    ("• We hired a firm\nthat reviews e-mail\nsystems every week.", "over three lines"),
    ("• Your name and the\nWhat Happened page you saw.", "a heading's words mid-phrase"),
    ("• The files were open from January 13 –\nFebruary 12, 2023.", "ends on a dash"),
    ("• The Contoso Health Institute\n(CHI) reset every password.", "an aside goes on"),
]


@pytest.mark.parametrize(("item", "why"), WRAPPED_BULLETS, ids=[w for _, w in WRAPPED_BULLETS])
def test_each_wrapped_bullet_is_one_bullet(item, why):
    text = f"We are writing to you.\n\n{item}\n\nWe are sorry."
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We are writing to you."),
        (BULLET, item.removeprefix("• ")),
        (PARAGRAPH, "We are sorry."),
    ], why


@pytest.mark.parametrize("sign", ["•", "·", "▪", "◦", "• "])
def test_a_bullets_sign_alone_on_its_line_starts_the_item_on_the_line_below(sign):
    text = (
        f"We have taken these steps:\n{sign}\nWe reset every password.\n{sign}\nWe hired experts."
    )
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We have taken these steps:"),
        (BULLET, "We reset every password."),
        (BULLET, "We hired experts."),
    ]


def test_a_sign_alone_over_a_blank_line_or_a_markdown_marker_alone_starts_no_item():
    for text in ("•\n\nWe reset every password.", "-\nWe reset every password."):
        assert [b.kind for b in blocks(f"We acted.\n\n{text}")] == [PARAGRAPH, PARAGRAPH], text


# What a bullet never swallows: a line under a finished bullet line that is a new item, a
# heading, a paragraph of its own, a sign-off or what a blank line parts from it
NOT_WRAPPED_BULLETS = [
    ("• Freeze your credit.\n• Watch your statements.", [BULLET, BULLET]),
    ("• Freeze your credit.\nWe are sorry for the worry.", [BULLET, PARAGRAPH]),
    ("• Freeze your credit\nWe are sorry for the worry.", [BULLET, PARAGRAPH]),
    ("• Freeze your credit and\n\nwatch your statements.", [BULLET, PARAGRAPH]),
    ("• Freeze your credit.\nWhat We Are Doing\nWe hired experts.", [BULLET, HEADING, PARAGRAPH]),
    ("• Freeze your credit.\n## What We Are Doing", [BULLET, HEADING]),
    ("• Freeze your credit.\n**What We Are Doing**", [BULLET, HEADING]),
    ("• Freeze your credit.\nSincerely,\nJane Doe", [BULLET, COURTESY]),
    ("• Freeze your credit and\n- watch your statements.", [BULLET, BULLET]),
]


@pytest.mark.parametrize(
    ("text", "kinds"), NOT_WRAPPED_BULLETS, ids=[t for t, _ in NOT_WRAPPED_BULLETS]
)
def test_a_bullet_never_swallows_a_new_item_a_heading_a_paragraph_or_a_sign_off(text, kinds):
    assert [b.kind for b in blocks(f"We are writing to you.\n\n{text}")][1:] == kinds


def test_soft_wrapped_lines_form_one_paragraph_and_one_sentence():
    text = "We found that a criminal\ncopied files from our\nbilling computer.\n\nWe are sorry."
    assert [b.kind for b in blocks(text)] == [PARAGRAPH, PARAGRAPH]
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    "text", ["", "   \n\n\t\n", "- \n\n#  "], ids=["empty", "blank", "markers"]
)
def test_text_without_words_has_no_sentences(text):
    assert sentences(text) == ()


# sentences -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We called at 9 a.m. on Monday. Then at 5 p.m. on Tuesday.", 2),
        ("Acme Inc. sent it. Acme Ltd. did not.", 2),
        ("The U.S. Postal Service and the U.K. office were told. Nobody else was.", 2),
        ("Contact us (e.g. by phone) or i.e. by mail. We help.", 2),
        ("Dr. Smith and Mrs. Jones called. St. Louis was quiet.", 2),
        ("See No. 5 in the list. Thanks.", 2),
        ("La Sra. López llamó a la Dra. Ruiz. Fue grave.", 2),
        ("Ver núm. 5 del aviso. Gracias.", 2),
        ("Call us Mon.-Fri. 9 to 5 or Sat. 10 to 2. We can help.", 2),
        ("The office closes on Sat. Call on Monday instead.", 2),
        ("Lines are open 9 a.m. to 5 p.m. We can help.", 2),
        ("Open until 6 p.m. Eastern Time, or 5 p.m. ET on Fridays. Call.", 2),
        ("We open at 9 a.m. Monday to Friday and 10 a.m. Saturdays. Call.", 2),
        ("Call 1-800-555-0142. Visit www.example.com/help. Thanks.", 3),
        ('He said "stop." Then he left.', 2),
        ("We will call you... if needed. Then stop.", 2),
        ("Wait!!! Really?! Yes.", 3),
        ("Our I.T. Department found it. Then N.H.S. Digital was told. We help.", 3),
        ("Call the H.R. Team or the I.T. Service Desk. We help.", 2),
    ],
    ids=[
        "am-pm", "inc-ltd", "us-uk", "eg-ie", "titles", "no-number", "sra-dra", "num",
        "weekday-before-hours", "weekday-ends-sentence",
        "clock-ends-sentence", "clock-before-time-zone", "clock-before-weekday",
        "phone-url", "quote", "ellipsis", "repeated-marks", "initialisms",
        "initialisms-before-names",
    ],
)  # fmt: skip
def test_abbreviations_and_numbers_do_not_end_a_sentence(text, expected):
    assert len(sentences(text)) == expected, _sentence_texts(text)


@pytest.mark.parametrize(
    ("run", "why"),
    [
        ("A. ", "initials"),
        ("Mr. ", "abbreviations"),
        ("5 p.m. ET ", "clock abbreviations"),
        ("3. März ", "German ordinal days"),
        ("No. 1 ", "numbers"),
        (
            "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j. ",
            "initialisms",
        ),
    ],
)
def test_a_sentence_of_many_abbreviations_is_read_once(run, why):
    """Each full stop was judged by the whole sentence so far, copied (180,000 characters of
    initials took seconds, a 1 MB import minutes); only its end tells an abbreviation, so a long
    run splits as a short one does."""

    def split(count: int) -> list[str]:
        text = f"We wrote to {run * count}Smith. Then we called."
        return [s.text.replace(run * count, "RUN") for s in sentences(text)]

    assert split(180_000 // len(run)) == split(3), why


# A footnote's mark glued to a sentence's end, as a PDF's text is pasted ("...request.1 When"):
# the sentence ends there and keeps its mark; a number with a full stop inside it does not end
# one (an amount, a section, a version, a date in figures)
FOOTNOTE_MARKS = [
    ("We answered the request.1 When you call, have your code ready.", "a digit"),
    ("We answered the request.12 When you call, have your code ready.", "two digits"),
    ("We answered the request.¹ When you call, have your code ready.", "a superscript"),
    ("We answered the request.[2] When you call, have your code ready.", "a bracketed number"),
    ("We answered “the request.”3 When you call, have your code ready.", "after a quote"),
    ("Was it our request?4 When you call, have your code ready.", "after a question mark"),
]


@pytest.mark.parametrize(("text", "why"), FOOTNOTE_MARKS, ids=[w for _, w in FOOTNOTE_MARKS])
def test_a_footnote_mark_after_a_full_stop_ends_the_sentence_and_stays_with_it(text, why):
    first, second = _sentence_texts(text)
    assert second == "When you call, have your code ready.", why
    assert text.startswith(first) and first[-1] in "0123456789¹]", why


NOT_FOOTNOTE_MARKS = [
    "The attack exposed 3.5 Million records of our customers.",
    "Please update to v2.1 The new version closes the gap.",
    "Under Section 1798.82 The law asks us to write to you.",
    "It started on 12.3.2024 The day after, we found it.",
    "See Appendix A.1 The table there lists every file.",
    "We paid $1,200.50 To cover the cost of the review.",
    "Call us on No.1 The Help Line for more information.",
    "Our I.T.2 Team found it late at night.",
    "We answered the request.1 when you called us.",
    "Our file 8422770v.1 September 4, 2020 is attached.",
]


@pytest.mark.parametrize("text", NOT_FOOTNOTE_MARKS)
def test_a_number_with_a_full_stop_inside_it_is_no_footnote_mark(text):
    assert _sentence_texts(text) == [text]


def test_a_line_ending_on_a_footnote_mark_ends_its_sentence_so_a_heading_may_follow():
    text = "We answered the request.1\nWhat We Are Doing\nWe hired experts."
    assert [b.kind for b in blocks(text)] == [PARAGRAPH, HEADING, PARAGRAPH]


def test_spanish_questions_and_exclamations_are_sentences_of_their_own():
    text = "¿Qué pasó? El 3 de marzo encontramos el problema. ¡Lo sentimos! Hola.\n¿Preguntas?"
    assert _sentence_texts(text) == [
        "¿Qué pasó?",
        "El 3 de marzo encontramos el problema.",
        "¡Lo sentimos!",
        "Hola.",
        "¿Preguntas?",
    ]


def test_the_answer_no_ends_a_sentence():
    text = "Was your card involved? No. Your card was safe."
    assert _sentence_texts(text) == ["Was your card involved?", "No.", "Your card was safe."]


# words and inline markup -----------------------------------------------------------------------
def test_words_skip_inline_markup_and_keep_contractions_phone_numbers_and_hyphens():
    text = "Don't **panic**: call 1-800-555-0142 by e-mail_now"
    assert [w.text for w in words(text, 100)] == [
        "Don't",
        "panic",
        "call",
        "1-800-555-0142",
        "by",
        "e-mail",
        "now",
    ]
    assert words(text, 100)[1].start == 100 + text.index("panic")


def test_strip_inline_markup_removes_bold_and_code_markers():
    assert strip_inline_markup("**Not** `code` __it__ *em*") == "Not code it em"


def test_block_at_finds_the_block_holding_a_position():
    text = "# Title\n\nFirst paragraph.\n\n- bullet"
    assert block_at(text, text.index("Title") + 2) == 0
    assert block_at(text, text.index("paragraph")) == 1
    assert block_at(text, text.index("bullet")) == 2
    assert block_at(text, text.index("\n\n") + 1) is None


def test_a_full_stop_after_a_closing_bracket_ends_the_sentence_even_after_p_m():
    text = "Call us (9 a.m. to 5 p.m.). You can also write to us."
    assert [s.text for s in sentences(text)] == [
        "Call us (9 a.m. to 5 p.m.).",
        "You can also write to us.",
    ]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("", ()),
        ("One line", ("One line",)),
        (
            "# T\n\nPara\nline 2\n\n- a\n- b\n\nEnd",
            ("# T\n", "\nPara\nline 2\n", "\n- a\n", "- b\n", "\nEnd"),
        ),
        ("A\r\n\r\nB\r\n", ("A\r\n", "\r\nB\r\n")),
        ("\n\nA\n\n\n", ("\n\nA\n\n\n",)),
        # a PDF's page break, and a web page's line separator, end a line as str.splitlines does
        (
            "We found a flaw.\x0cWhat we are doing\nWe fixed it.",
            ("We found a flaw.\x0c", "What we are doing\n", "We fixed it."),
        ),
        (
            "We found a flaw.\u2028What happened\u2028We fixed it.",
            (
                "We found a flaw.\u2028",
                "What happened\u2028",
                "We fixed it.",
            ),
        ),
    ],
    ids=["empty", "one-line", "markdown", "crlf", "blank-lines-around", "form-feed", "u2028"],
)
def test_block_pieces_cut_between_blocks_and_join_back_exactly(text, pieces):
    assert block_pieces(text) == pieces
    assert "".join(block_pieces(text)) == text


# plain text as pasted: structure by layout ------------------------------------------------------
PLAIN_HEADINGS = [
    ("What Happened", "title case"),
    ("What Information Was Involved", "title case with minor words"),
    ("NOTICE OF DATA BREACH", "capitals"),
    ("What happened?", "a question"),
    ("What data has been stolen and how do I know if I’ve been impacted?", "a long question"),
    ("1. What happened?", "numbered question"),
    ("  1. What Information Was Involved", "numbered title"),
    ("Q: How do I reset my password?", "Q and A"),
    ("What We Are Doing.", "title with a full stop"),
    ("What Happened:", "title with a colon"),
    ("Our responsibility to you", "sentence case without a full stop"),
    ("Customer update", "two words"),
    ("Subject: Notice of Data Security Incident", "a subject line"),
    ("What happened:", "a question word and a colon over running text"),
    ("Background", "one word over running text"),
    ("Background:", "one word and a colon over running text"),
    ("1. What happened", "numbered, in sentence case, led by a question word"),
    ("2) How we are helping", "numbered with a bracket, led by a question word"),
    ("Am I impacted by this?", "a question ending on 'this'"),
    ("IMPORTANT!", "a banner in capitals"),
    ("November 3 data security incident", "a title led by a date"),
    ("June 3 Update", "a dated update"),
    ("2024-05-02 09:30 UTC: Payments incident - card data exposed", "a status page's update"),
    ("Cyber incident: What You Need to Know", "a title with a label and a colon"),
    ("Payroll system breach: Questions and Answers", "a colon title over its FAQ"),
    ("Website outage: FAQ", "a colon title with an acronym"),
    (
        "Notice to Our Customers and Staff About a Recent Payroll System Incident – 12 March 2025",
        "a long title that ends with its date",
    ),
    ("Data breach: Questions From Our Customers, June 2023", "a colon title and a month"),
    ("By the Numbers", "a title led by 'By', no byline"),
    ("What Happened (Updated)", "a title with its bracket closed"),
    ("Sent to the Wrong Address: What We Know", "a title led by 'Sent to'"),
    ("WHAT YOU CAN DO.", "a section's name in capitals with a full stop"),
    ("NEXT STEPS.", "a section's words in capitals with a full stop"),
    ("Incident Update – 3 May", "a title ending on the month May, no verb"),
    ("What we are doing to fix this", "a question word's heading ending on 'this'"),
    ("Why we are telling you this", "a 'why' heading ending on 'this'"),
    ("What We Are Doing About This", "a Title Case heading ending on 'This'"),
    ("What this means for you", "a heading ending on 'you'"),
    ("What you can do about it", "a heading ending on 'it'"),
]


@pytest.mark.parametrize(("line", "why"), PLAIN_HEADINGS, ids=[w for _, w in PLAIN_HEADINGS])
def test_a_short_line_on_its_own_that_reads_as_a_heading_is_one(line, why):
    text = f"We are writing to you.\n{line}\nOn March 3 we found that a criminal copied files."
    kinds = [(b.kind, b.text) for b in blocks(text)]
    assert kinds == [
        (PARAGRAPH, "We are writing to you."),
        (HEADING, line.strip()),
        (PARAGRAPH, "On March 3 we found that a criminal copied files."),
    ], why


NOT_HEADINGS = [
    ("We found that a criminal had copied the\nfiles of some customers.", "wrapped sentence"),
    ("The criminal copied names and\nAddresses of customers.", "ends on 'and'"),
    ("We are sorry that this happened to\nyou, and we will help.", "next line runs on"),
    ("Our team found the problem\nquickly and fixed it.", "next line starts lower case"),
    (
        "We are writing to tell you about this\nIncident at Contoso Bank, which affected you.",
        "a sentence cut after 'this', not led by a question word",
    ),
    ("What we are doing to fix this\nproblem is set out below.", "'this' going on in lower case"),
    ("You can do the following:", "a lead-in in sentence case"),
    ("Oct 21, 2019 20:15 (BST) Attack detected", "a row of a timeline"),
    (
        "May 3, 2024 Incident detected\nMay 4, 2024 Incident contained",
        "timeline rows naming the incident",
    ),
    ("May 4 incident contained\n\nWe are sorry.", "a last row of a timeline"),
    ("Date: {{ notice_date }}", "a field"),
    ("123 Main Street", "an address"),
    ("Call 1-800-555-0142", "a phone number"),
    ("Visit www.example.com/help", "a web address"),
    ("| file | what it is |", "a table row"),
    ("WE FOUND THE PROBLEM.", "a shouted sentence"),
    ("WE ARE SORRY FOR THIS.", "a shouted apology"),
    ("Thank you for your patience!", "an exclamation"),
    ("What you can do:\n- Freeze your credit.", "a lead-in to a list"),
    ("1. Change your password today", "a numbered step"),
    ("Note:\n- Freeze your credit.", "one word leading into a list"),
    ("Dear Customer,", "a salutation"),
    ("Sincerely,", "a sign-off"),
    ("Acme\nJane Doe", "one word over a name"),
    ("Thursday, September 3, 2020\n\nWe learned of it on July 8.", "a dateline with its weekday"),
    ("Oak Ridge, TN, July 1, 2024\n\nWe are writing to you.", "a dateline with its place"),
    ("Wednesday 3rd June 2026\n\nWe are writing to you.", "a day-first dateline"),
    ("Last updated 9 April 2025\nWe are writing to you.", "a page's update stamp"),
    ("Posted on March 30, 2022\nWe are writing to you.", "a page's posting stamp"),
    ("September, 2011\n\nWe are writing to you.", "a month and year as dateline"),
    ("Incident reference: ABC 4471\nWe are writing to you.", "a field naming the incident"),
    ("Incident type: Ransomware\nWe are writing to you.", "a one-word field value"),
    ("The Honorable Jane Roe, Attorney General\n\nWe are writing.", "an honorific's name"),
    ("Ms. Jane Roe\n\nWe are writing to you.", "a name after its title"),
    ("By Dr. Jane Roe\n\nWe are writing to you.", "a byline with an honorific"),
    ("By Jane Roe, Chief Executive\n\nWe are writing.", "a byline with a role"),
    ("Sent to all staff on 3 May 2024\n\nWe are writing to you.", "a message's sent stamp"),
    ("Page 2 of 3\nWe are sorry for this.", "a PDF's page number"),
    ("Page 2\n\nWe are sorry for this.", "a page number alone"),
    ("Emailed to parents on May 3, 2024\n\nWe are writing.", "an e-mail's stamp"),
    (
        "Our auditors found a flaw in two older systems (namely\nPayroll and Rota). We fixed it.",
        "a sentence cut inside a bracket",
    ),
    (
        "The payroll provider of our parent company, Acme Ltd (formerly\nAcme Pay) told us.",
        "a cut bracket after a company's name",
    ),
]


def test_a_line_led_by_a_question_word_heads_the_list_under_it():
    text = "We are writing to you.\n\nWhat information was involved\n- Your name\n- Your address"
    assert [b.text for b in blocks(text) if b.is_heading] == ["What information was involved"]


@pytest.mark.parametrize(("text", "why"), NOT_HEADINGS, ids=[w for _, w in NOT_HEADINGS])
def test_lines_of_running_text_are_no_headings(text, why):
    assert not [b for b in blocks(f"We are writing to you.\n{text}") if b.is_heading], why


def test_a_title_under_a_dateline_is_a_heading():
    text = "Thursday, September 3, 2020\nA Notice to Our Patients\nWe learned of it on July 8."
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "Thursday, September 3, 2020"),
        (HEADING, "A Notice to Our Patients"),
        (PARAGRAPH, "We learned of it on July 8."),
    ]


def test_a_line_after_an_unfinished_line_is_never_a_heading():
    text = "Because your information may have been in files that\nWhat Happened\nwe copied."
    assert [b.kind for b in blocks(text)] == [PARAGRAPH]


def test_salutation_sign_off_and_signature_are_courtesy_not_paragraphs():
    text = (
        "Dear Valued Customer,\n"
        "On March 3 we found that a criminal copied files.\n\n"
        "Sincerely,\n"
        "Jane Doe\n"
        "Chief Executive Officer\n\n"
        "Acme Health"
    )
    kinds = [(b.kind, b.text) for b in blocks(text)]
    assert kinds == [
        (COURTESY, "Dear Valued Customer,"),
        (PARAGRAPH, "On March 3 we found that a criminal copied files."),
        (COURTESY, "Sincerely,\nJane Doe\nChief Executive Officer"),
        (COURTESY, "Acme Health"),
    ]


@pytest.mark.parametrize(
    "line",
    ["Dear Customer,", "Hello Jane,", "South Park Families and Staff:", "Estimado cliente:",
     "To whom it may concern:", "To every one of our members", "To the parents of our students",
     "To Our Valued Customers", "To all of our staff:", "Dear John Q. Public,",
     "Dear Parent or Guardian of Jane R. Doe", "Dear Mr. Smith:", "Dear Dr. A. B. Jones,"],
)  # fmt: skip
def test_salutations_in_their_forms_are_courtesy(line):
    assert [b.kind for b in blocks(f"{line}\nWe found a problem.")] == [COURTESY, PARAGRAPH]


def test_a_line_led_by_dear_that_runs_on_into_a_sentence_is_no_salutation():
    for line in ("Dear customers. We are writing to you.", "Dear Jo, we are sorry. We know."):
        assert COURTESY not in [b.kind for b in blocks(f"{line}\nWe found a problem.")], line


UNDER_A_LEAD_IN = [
    ("Full name\nDate of Birth\nMobile number", "stacked lines of data kinds"),
    ("The files are from July 2016 to March 2019\n\nSome held a phone number", "parted lines"),
    ("Case 1: You are not affected by the attack", "a case with its label"),
]


@pytest.mark.parametrize(("items", "why"), UNDER_A_LEAD_IN, ids=[w for _, w in UNDER_A_LEAD_IN])
def test_short_lines_under_a_lead_in_are_its_items_not_headings(items, why):
    """Running text that ends with a colon leads into what follows: short lines under it, with
    no marker, are its items until a paragraph finishes a sentence; the title after them, a
    question or one made of headings' words, heads its section again."""
    text = f"We found that the following may have been disclosed:\n\n{items}\n\n"
    after = "We are sorry.\n\nWhat We Are Doing\n\nWe act.\n\nAn Unrelated Title\n\nWe act."
    found = [b.text for b in blocks(text + after) if b.is_heading]
    assert found == ["What We Are Doing", "An Unrelated Title"], why


@pytest.mark.parametrize("title", ["What happened?", "What We Are Doing", "For More Information"])
def test_a_section_title_right_under_a_lead_in_still_heads_its_section(title):
    text = f"Here are the answers to your questions:\n\n{title}\n\nWe were attacked."
    assert [b.text for b in blocks(text) if b.is_heading] == [title]


@pytest.mark.parametrize(
    "line", ["To protect our customers", "To help the residents", "Together with our members"]
)
def test_a_line_led_by_to_and_a_verb_is_no_salutation(line):
    assert COURTESY not in [b.kind for b in blocks(f"We wrote.\n{line}\nWe found a problem.")]


@pytest.mark.parametrize(
    "letter",
    [
        "Atentamente,\nDana Whitfield\nDirectora Ejecutiva, Ejemplo Outfitters Inc.",
        "Sincerament,\nCap de\nWhitfield de la Dana Oficial Executiu, Exemple Outfitters Inc.",
        "Cordialement,\nDana Whitfield\nDirectrice générale",
        "Mit freundlichen Grüßen\nDana Whitfield",
    ],
    ids=["es", "ca machine translated", "fr", "de"],
)
def test_a_translated_sign_off_and_signature_are_courtesy_as_in_english(letter):
    assert [b.kind for b in blocks(letter)] == [COURTESY]


def test_a_name_and_role_ending_the_letter_without_a_sign_off_are_its_signature():
    text = "We are sorry for the worry this causes.\nMaria Okafor\nHead of Patient Services"
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We are sorry for the worry this causes."),
        (COURTESY, "Maria Okafor\nHead of Patient Services"),
    ]
    # typed on Windows, the lines are the same signature
    assert [b.kind for b in blocks(text.replace("\n", "\r\n"))] == [PARAGRAPH, COURTESY]
    # one such line, or lines with running text after them, still head what follows
    for head in ("We are sorry.\nNext Steps", "We are sorry.\nNext Steps\nOur Plan\nWe act."):
        assert COURTESY not in [b.kind for b in blocks(head)]


def test_an_e_mails_signature_separator_starts_its_signature():
    """A mail program sets "-- " over the signature (RFC 3676 4.3): the lines under it are the
    sender's name and role, not running text to grade."""
    text = "We found a flaw.\n\n-- \nJane Doe\nChief Executive, Contoso Bank"
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We found a flaw."),
        (COURTESY, "-- \nJane Doe\nChief Executive, Contoso Bank"),
    ]


def test_a_long_line_after_a_sign_off_ends_the_signature():
    text = "Thank you,\nJane Doe\nIf you have questions about this letter, please call us today."
    assert [b.kind for b in blocks(text)] == [COURTESY, PARAGRAPH]


@pytest.mark.parametrize(
    "marker", ["•", "·", "-", "*", "1)", "a)", "(b)", "▪", "–"],
)  # fmt: skip
def test_lists_typed_with_any_usual_marker_are_bullets(marker):
    text = f"You can:\n{marker} freeze your credit\n{marker} watch your statements"
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "You can:"),
        (BULLET, "freeze your credit"),
        (BULLET, "watch your statements"),
    ]


def test_a_second_level_list_pasted_from_word_is_a_list():
    """Word pastes its second level's hollow bullet as the letter "o" and a tab; "o" before a
    space is the word ("...su nombre" / "o su dirección")."""
    text = "You can:\no\tfreeze your credit\no\twatch your statements"
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "You can:"),
        (BULLET, "freeze your credit"),
        (BULLET, "watch your statements"),
    ]
    spanish = "Se copió su nombre\no su dirección."
    assert [b.kind for b in blocks(spanish)] == [PARAGRAPH]


# Under a list item's line that ends no sentence, without a blank line: a sentence, a heading
# or a short item is no wrap of the item, though the line above it is long.
NOT_ITEM_WRAPS = [
    "• We reset every employee password and now require a second step\nWe are sorry for this.",
    "• We reset every employee password and now require a second step\nWhat You Can Do\nCall us.",
    "• Your name\n• Your address\nWhat we are doing\nWe reset every password.",
]


@pytest.mark.parametrize("text", NOT_ITEM_WRAPS)
def test_a_line_under_an_item_that_opens_a_sentence_or_names_a_section_is_no_wrap(text):
    last_item = text.rsplit("• ", 1)[1].split("\n", 1)[0]
    assert [b.text for b in blocks(f"We found:\n{text}") if b.kind == BULLET][-1] == last_item


def test_a_numbered_list_of_steps_stays_a_list():
    text = "To protect yourself:\n1. Freeze your credit.\n2. Watch your statements."
    assert [b.kind for b in blocks(text)] == [PARAGRAPH, BULLET, BULLET]


@pytest.mark.parametrize("number", ["(555) 123-4567", "(02) 9876 5432", "(800) 555.0199"])
def test_a_phone_number_with_its_area_code_in_brackets_is_no_list_item(number):
    text = f"For more information, contact:\n\nPrivacy Office\n{number}"
    assert [(b.kind, b.text) for b in blocks(text)][-1] == (PARAGRAPH, f"Privacy Office\n{number}")


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["right-under", "past-a-blank-line"])
def test_a_name_and_role_under_a_lead_in_are_its_items_not_a_speaker_nor_a_heading(gap):
    """Under "please contact:" a name and a role are the person to ask, as the lines of a list
    typed without markers are its items (a speaker's name stands beside a quotation)."""
    for name in ("Jane Smith\nData Protection Officer", "Jane Smith, Data Protection Officer"):
        text = f"If you have questions, please contact:{gap}{name}\n0800 123 4567"
        assert {b.kind for b in blocks(text)} == {PARAGRAPH}, name


FIRST_LINES = [
    ("Questions?", 2), ("Need help?", 2), ("Contact us", 2), ("How to reach us", 2),
    ("For More Information", 2), ("What happened?", 2),
    ("Notice of Data Breach", 1), ("Important Information About Your Account", 1),
    ("Data Security Incident", 1), ("Update on the incident?", 1),
]  # fmt: skip


@pytest.mark.parametrize(("line", "level"), FIRST_LINES, ids=[line for line, _ in FIRST_LINES])
def test_a_first_line_naming_a_section_heads_it_and_a_title_heads_nothing(line, level):
    """The first line of a letter is its title (level 1), unless it names a section of the
    letter ("Questions?" over the number to call), which heads the lines under it (level 2)."""
    first = blocks(f"{line}\n\nCall us on 0800 123 4567 if you are worried.")[0]
    assert (first.kind, first.level) == (HEADING, level)


@pytest.mark.parametrize("word", ["Questions", "Enquiries", "Contact", "Support"])
def test_a_section_word_over_contact_details_heads_them(word):
    for details in ("0800 123 4567", "help@example.org", "(555) 123-4567"):
        text = f"We are sorry.\n\n{word}\n\n{details}"
        assert [b.kind for b in blocks(text)] == [PARAGRAPH, HEADING, PARAGRAPH], details


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        ("Acme\n\n0800 123 4567", "a name, no section's"),
        ("Timeline:\n\n2019-10-22 18:40 Attack", "a row"),
    ],
    ids=["name", "row"],
)
def test_one_word_over_a_number_that_names_no_section_or_over_a_row_heads_nothing(lines, why):
    assert HEADING not in [b.kind for b in blocks(f"We are sorry.\n\n{lines}")], why


def test_an_address_block_heads_nothing():
    text = "Jane Doe\nAccounts Office\n12 High Street\nSpringfield, IL 62701\n\nDear Jane,\nText."
    assert not [b for b in blocks(text) if b.is_heading]


def test_the_notice_title_over_an_address_block_is_still_its_heading():
    text = (
        "NOTICE OF DATA BREACH\n[date]\nJane Doe\n12 High Street\nSpringfield, IL 62701\n\n"
        "Dear Jane,\nText."
    )
    assert [b.text for b in blocks(text) if b.is_heading] == ["NOTICE OF DATA BREACH"]
    plain_block = text.replace("NOTICE OF DATA BREACH", "Acme Bank")
    assert not [b for b in blocks(plain_block) if b.is_heading]


def test_each_row_of_a_timeline_or_table_is_its_own_paragraph():
    text = (
        "Timeline:\n"
        "Oct 21, 2019 20:15 (BST) Attack started\n"
        "2019-10-22 18:40 Attack detected and stopped\n"
        "Equifax | 1-800-685-1111"
    )
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "Timeline:"),
        (PARAGRAPH, "Oct 21, 2019 20:15 (BST) Attack started"),
        (PARAGRAPH, "2019-10-22 18:40 Attack detected and stopped"),
        (PARAGRAPH, "Equifax | 1-800-685-1111"),
    ]


def test_a_pdfs_page_number_between_sentences_stands_alone():
    """Under a long finished sentence too, which no hard wrap carries on into the next line."""
    text = (
        "We found a flaw in our billing system last week and fixed it.\nPage 2 of 3\nWe are sorry."
    )
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We found a flaw in our billing system last week and fixed it."),
        (PARAGRAPH, "Page 2 of 3"),
        (PARAGRAPH, "We are sorry."),
    ]


@pytest.mark.parametrize("link", ["Skip to content", "Skip to main content", "Back to top"])
def test_a_web_pages_skip_link_stands_alone_so_the_title_under_it_is_read(link):
    text = f"{link}\nNotice of Data Breach\nWe found a flaw in our billing system."
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, link),
        (HEADING, "Notice of Data Breach"),
        (PARAGRAPH, "We found a flaw in our billing system."),
    ]


def test_each_row_of_a_table_pasted_with_tabs_is_its_own_paragraph():
    """Word and a spreadsheet paste a table's cells with a tab between them: each row says one
    thing, as a row with bars does."""
    text = "What was held:\nSystem\tWhat it held\nPayroll\tYour bank details\n\nWe are sorry."
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "What was held:"),
        (PARAGRAPH, "System\tWhat it held"),
        (PARAGRAPH, "Payroll\tYour bank details"),
        (PARAGRAPH, "We are sorry."),
    ]


def test_an_e_mails_header_lines_stand_alone_and_its_subject_heads_it():
    """A letter copied from Outlook keeps the header of the message (From:, Sent:, To:, Cc:, the
    fields of RFC 5322 3.6 and Outlook's "Sent:"): each field stands alone, as a row does, and
    the subject under them is the notice's title, not one run-on sentence with them."""
    text = (
        "From: Jane Doe <jane@contoso.com>\nSent: Monday, March 3, 2024 10:15 AM\n"
        "To: All Staff\nSubject: Notice of Data Breach\n\nDear colleagues,\n\nWe found a flaw."
    )
    read = [(b.kind, b.text) for b in blocks(text)]
    assert read[:4] == [
        (PARAGRAPH, "From: Jane Doe <jane@contoso.com>"),
        (PARAGRAPH, "Sent: Monday, March 3, 2024 10:15 AM"),
        (PARAGRAPH, "To: All Staff"),
        (HEADING, "Subject: Notice of Data Breach"),
    ]


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", "\u2060"], ids=["zwsp", "bom", "joiner"])
def test_a_zero_width_character_after_a_full_stop_still_ends_the_sentence(mark):
    """Web pages and PDFs leave zero-width characters in copied text, unseen: a sentence that
    ends before one is ended, and the heading under it read."""
    text = f"We found a flaw.{mark}\nWhat we are doing\nWe fixed it."
    assert [b.kind for b in blocks(text)] == [PARAGRAPH, HEADING, PARAGRAPH]


# A date that goes on a sentence wrapped over lines (as letters pasted from PDFs wrap) is no
# row of a timeline and no line of a heading: the paragraph reads on.
WRAPPED_DATES = [
    "Our server was hacked on\nSeptember 26, 2017. The attack was stopped.",
    "We learned that a third party gained access on or around\nJan 12, 2020. We acted at once.",
    "On or around\nJanuary 12, 2020 a third party gained access to a database.",
    "Our server was hacked on September\n26, 2017. The attack was stopped.",
    "We are sorry. On March\n3rd, 2021 a criminal used a stolen password.",
    "It happened between\n3/4/2021 and 3/9/2021, when we found it.",
    "It happened between the dates of January 13, 2023 –\nFebruary 12, 2023, when we found it.",
]


@pytest.mark.parametrize("text", WRAPPED_DATES)
def test_a_date_inside_a_wrapped_sentence_goes_on_its_paragraph(text):
    assert [(b.kind, b.text) for b in blocks(f"# Notice\n\n{text}")[1:]] == [(PARAGRAPH, text)]


# A letter's first sentence hard-wrapped, as a PDF or an e-mail sets it: its first line, cut
# before a name or a date, is no title or heading, and the date under it no timeline's row
WRAPPED_FIRST_LINES = [
    "We were notified by Contoso Payroll\nCorporation in a letter dated March 20,\n2020, that an "
    "unknown person had\noffered to sell access to their client\ndatabase.",
    "Please read this notice carefully because it explains what\nContoso Bank is doing about "
    "the incident and what you can\ndo.",
    "We are contacting you because\nNorthwind Traders found that a criminal copied files.",
    "The Northwind Health Tracking Program (NHTP) of the Contoso Health Institute\n(CHI) became "
    "aware on August 4, 2016 that a database was open.",
    "We were notified by Contoso Payroll Corporation in a letter dated\nMarch 20, 2020, that on "
    "February 19, 2020, they were contacted by the\nDepartment of Homeland Security about a "
    "possible breach.",
]


@pytest.mark.parametrize("text", WRAPPED_FIRST_LINES)
def test_a_first_line_wrapped_mid_sentence_is_no_title(text):
    assert [(b.kind, b.text) for b in blocks(text)] == [(PARAGRAPH, text)]
    assert [(b.kind, b.text) for b in blocks(f"# Notice\n\n{text}")][1:] == [(PARAGRAPH, text)]


# A sentence on two lines, cut inside an organisation's name: no third line shows the width it
# was wrapped at, but no heading ends on a name's first words over a line led by its last word
# ("Corporation", "Hospital"). A heading over a line led by a name that does not end so stays
# one.
WRAPPED_NAMES_ON_TWO_LINES = [
    "We were notified last week by Contoso Payroll\nCorporation that a criminal copied our files.",
    "A criminal got into the systems of the Mercy\nHospital and copied patient records.",
]


@pytest.mark.parametrize("text", WRAPPED_NAMES_ON_TWO_LINES)
def test_a_two_line_sentence_cut_inside_a_name_is_no_heading(text):
    assert [(b.kind, b.text) for b in blocks(text)] == [(PARAGRAPH, text)]
    assert [(b.kind, b.text) for b in blocks(f"We are writing.\n\n{text}")][1:] == [
        (PARAGRAPH, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Update for customers of Contoso Bank\nContoso Bank found a flaw in its systems.",
        "A message to the patients of Mercy\nOur Hospital found a flaw in its systems.",
    ],
)
def test_a_heading_over_a_sentence_led_by_a_name_stays_a_heading(text):
    assert [b.kind for b in blocks(f"We are writing.\n\n{text}")] == [PARAGRAPH, HEADING, PARAGRAPH]


# A heading in sentence case over the running text it heads, however long its lines are
SENTENCE_CASE_HEADINGS = [
    "Our responsibility to you\nOn March 3 we found that a criminal had copied files from our "
    "billing server.",
    "How we are protecting our customers from here\nOn March 3 we found that a criminal had "
    "copied files from our billing server and its backups.",
    "What we are doing to fix the problem\nWe are sorry.",
]


@pytest.mark.parametrize("text", SENTENCE_CASE_HEADINGS)
def test_a_heading_in_sentence_case_over_its_running_text_stays_a_heading(text):
    assert [b.kind for b in blocks(f"We are writing to you.\n\n{text}")] == [
        PARAGRAPH,
        HEADING,
        PARAGRAPH,
    ]


def test_a_dateline_under_a_rule_of_dashes_stands_alone():
    text = "-----Original Message-----\nMarch 3, 2024\nWe are writing to you."
    assert [b.text for b in blocks(text)][1] == "March 3, 2024"


def test_a_row_under_a_finished_sentence_or_a_row_stands_alone():
    text = "We found the attack.\nOct 21, 2019 Attack started\nOct 22, 2019 Attack stopped"
    assert [b.text for b in blocks(text)] == [
        "We found the attack.",
        "Oct 21, 2019 Attack started",
        "Oct 22, 2019 Attack stopped",
    ]


# A label over a blank line heads the running text under it as it heads the line right below
LABELS_OVER_A_BLANK_LINE = ["Summary:", "Background:", "Background", "Update:", "What happened:"]


@pytest.mark.parametrize("label", LABELS_OVER_A_BLANK_LINE)
def test_a_label_over_a_blank_line_and_running_text_is_a_heading(label):
    text = f"We are writing to you.\n\n{label}\n\nOn March 3 a criminal copied our files.\n"
    assert [(b.kind, b.text) for b in blocks(text)] == [
        (PARAGRAPH, "We are writing to you."),
        (HEADING, label),
        (PARAGRAPH, "On March 3 a criminal copied our files."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Note:\n\n- Freeze your credit.\n- Watch your statements.",  # it leads into a list
        "What you can do:\n\n- Freeze your credit.",
        "Acme\n\nJane Doe",  # a word over a name
        "Background",  # nothing under it
        "Summary.\n\nOn March 3 a criminal copied our files.",  # a full stop: a word as a sentence
    ],
)
def test_a_label_over_a_blank_line_and_no_running_text_is_no_heading(text):
    label = text.split("\n")[0]
    found = blocks(f"We are writing to you.\n\n{text}\n")
    assert label not in [b.text for b in found if b.is_heading]


QUOTE = "“We acted at once, and we are sorry for the worry this causes.”"
ROLE = "Chief Executive, Acme Health Ltd"
# A speaker's name beside their words or their role, as a press statement sets it
SPEAKERS = [
    (f"Jane Smith\n{ROLE}\n\n{QUOTE}", "name and role over the quotation"),
    (f"{QUOTE}\n\nJane Smith\n{ROLE}", "name and role under the quotation"),
    (f"Jane Smith\n\n{QUOTE}", "a name alone over the quotation"),
    (f"{QUOTE}\nDr Jane A. Smith", "a name with an honorific and an initial under it"),
    (f"Seán O’Brien\n\n{ROLE}\n\n{QUOTE}", "name, blank line, role"),
    (f"Maria de la Cruz\nHead of Patient Services\n\n{QUOTE}", "a surname's particles"),
    (f"Jane Smith, Chief Executive of Acme Health:\n\n{QUOTE}", "name and role on one line"),
    ("Kwame Mensah\nSpokesperson\n\nThe hospital has written to every patient.", "no quote"),
]


@pytest.mark.parametrize(("text", "why"), SPEAKERS, ids=[w for _, w in SPEAKERS])
def test_a_speakers_name_and_role_are_no_headings(text, why):
    found = blocks(f"Acme Health confirmed that a criminal copied patient records.\n\n{text}\n")
    assert not [b.text for b in found if b.is_heading], why
    names = [b.text for b in found if b.kind == COURTESY]
    assert names and all(n.split()[0] in text for n in names), why
    assert QUOTE not in names and QUOTE.strip("“”") not in " ".join(names), why


# Short Title Case lines beside a quotation or a role that are headings, not names
HEADINGS_BESIDE_A_SPEAKER = [
    "Our Response", "What Happened", "Next Steps", "In Brief", "Looking Ahead", "Moving Forward",
    "Customer Update", "Key Facts", "Contact Us", "Incident Summary", "Data Breach",
    "A Message From Our Chief Executive", "Statement From Jane Smith", "Final Thoughts",
    "Executive Summary", "Notes to Editors", "Media Enquiries",
]  # fmt: skip


@pytest.mark.parametrize("line", HEADINGS_BESIDE_A_SPEAKER)
def test_a_heading_beside_a_quotation_or_a_role_stays_a_heading(line):
    for text in (f"{line}\n\n{QUOTE}", f"{line}\nChief Executive Officer\n\nWe wrote to you."):
        found = blocks(f"We found the problem.\n\n{text}\n")
        assert found[1] == (HEADING, *found[1][1:]) and found[1].text == line, text


def test_a_quoted_sentence_alone_on_its_line_is_no_heading():
    text = "We found the problem.\n\n“We are sorry.”\n\nJane Smith"
    assert [b.kind for b in blocks(text)][:2] == [PARAGRAPH, PARAGRAPH]


def test_a_sentence_that_names_its_speaker_stays_running_text():
    for line in (
        "Jane Smith, our chief executive, said:",
        "Jane Smith, Chief Executive of Acme Health (formerly Acme Care) said:",
    ):
        found = blocks(f"We found the problem.\n\n{line}\n\n{QUOTE}\n")
        assert [b.kind for b in found] == [PARAGRAPH, PARAGRAPH, PARAGRAPH], line


# Layout the letters' headings take (tests/corpus/GUIDE.md, headings): the sender's name at the
# head of a letter is courtesy, a title may wrap or be set in parts by bars, a label with a
# colon heads the text under it, and an FAQ may set its questions as bullets over their answers
_ANSWER = "\n\nOn March 3 a criminal copied files from our server. We are sorry.\n"
_OPENING = "We are writing to you about an incident.\n\n"
LAYOUT_HEADINGS = [
    ("Blackbaud: Database\nSecurity Incident", ["Blackbaud: Database", "Security Incident"]),
    ("Payroll Provider: Data\nSecurity Incident", ["Payroll Provider: Data", "Security Incident"]),
    ("Important Information\nAbout a Security Incident", None),
    ("Notice of Potential Data Breach of\nContoso Online Billing System", None),
    ("Notice to Our Customers and\nStaff About a Payroll Incident", None),
    ("Update | 12 May 2024", None),
    ("FAQ | What happened?", None),
    ("Cyber Incident | Customer Update", None),
    ("Next steps:", None),
    ("What you can do:", None),
    ("What we are doing:", None),
    ("Our response:", None),
    ("Further information:", None),
    ("Steps we have taken:", None),
    ("How to contact us:", None),
    ("• What happened?", None),
    ("- Was my card number taken?", None),
    ("* Who can I call about this?", None),
    (
        "- Is my card safe?\nYes. Card numbers were never held on our server.",
        ["- Is my card safe?"],
    ),
    (
        "- Is my card safe?\n-\nYes. Card numbers were never held on our server.",
        ["- Is my card safe?"],
    ),
    ("- Who can I call about this?\n-", ["- Who can I call about this?"]),
    ("Heritage High School Closure\n\n15 July 2019", ["Heritage High School Closure"]),
    ("Notice of Data Breach\n\nJuly 28, 2021", ["Notice of Data Breach"]),
    ("Important Information About Your Account\n\nDear Customer,", None),
]


@pytest.mark.parametrize(
    ("lines", "expected"), LAYOUT_HEADINGS, ids=[t for t, _ in LAYOUT_HEADINGS]
)
def test_titles_labels_and_faq_questions_in_their_layouts_are_headings(lines, expected):
    found = blocks(f"{_OPENING}{lines}{_ANSWER}")
    expected = expected or [lines.split("\n")[0]] + (
        [lines.split("\n")[1]] if lines.count("\n") == 1 else []
    )
    assert [b.text for b in found if b.is_heading] == expected


LAYOUT_NOT_HEADINGS = [
    ("Acme Health Partners LLC\n\nJuly 28, 2021", "a company's legal form over the date"),
    ("Neff Pharmacy Management, Inc.\n\nJuly 28, 2021", "'Inc.' after a comma"),
    ("Northwind Traders Ltd\n\nDear Customer,", "'Ltd' over the salutation"),
    ("Contoso plc", "'plc' over running text"),
    ("Smith & Jones, P.C.", "a professional corporation"),
    ("Beispiel GmbH", "a German company"),
    ("Fabrikam Corp.", "'Corp.'"),
    ("Riverside Dental Group\n\nDear Patient,", "an organisation over the salutation"),
    ("Mercy Hospital\n\n3 March 2024", "an organisation over the date"),
    ("Riverside Dental Clinic\n\n12 High Street\nSpringfield\nIL 62701", "over an address"),
    ("Acme Corp\nPatient Services", "a company and its department"),
    ("Written by\nJane A. Smith", "a byline's lead over the name"),
    ("Name | Yes\nAddress | No", "table rows with bars"),
    ("- Is my card safe?\n-\n- Was my name taken?", "questions listed past a bare marker"),
    ("Equifax | 1-800-685-1111", "a table row with a phone number"),
    ("You can do the following:", "a lead-in in sentence case"),
    ("Here is what happened:", "a clause led by 'here'"),
    ("This is what we know:", "a clause led by 'this'"),
    ("From what we know so far:", "a lead-in led by a preposition"),
    ("For example:", "a lead-in"),
    ("The information included:", "a lead-in ending on its verb"),
    ("Next steps:\n\n- Freeze your credit.\n- Watch statements.", "a label over a list"),
    ("• Freeze your credit.", "a bullet that asks nothing"),
    ("• Was my data taken?\n• Is my card safe?", "questions listed one under another"),
    ("• What you can do\n• What we are doing", "bullets naming parts, no question"),
    ("• Was my data taken?\n• Is my card safe?\nWe will answer below.", "listed, text under"),
]


@pytest.mark.parametrize(
    ("lines", "why"), LAYOUT_NOT_HEADINGS, ids=[w for _, w in LAYOUT_NOT_HEADINGS]
)
def test_letterheads_table_rows_lead_ins_and_list_items_are_no_headings(lines, why):
    found = blocks(f"{lines}{_ANSWER}")
    assert not [b.text for b in found if b.is_heading], why
    found = blocks(f"{_OPENING}{lines}{_ANSWER}")
    assert not [b.text for b in found if b.is_heading], why


@pytest.mark.parametrize("run", ["| ", ", "])
def test_a_line_of_many_separators_is_read_once_for_a_date_at_its_end(run):
    """A heading's date at its end ("Notice of an Incident – January 17, 2020") was looked for
    after every separator of a run, each read to the run's end and back (3,000 bars took
    seconds, a 1 MB import far longer): it starts where its run of separators does."""

    def kinds(count: int) -> list[str]:
        title = f"Notice of a Privacy Incident{run * count}January 17, 2020"
        return [b.kind for b in blocks(f"{title}\n\n{run * count}\n\nWe found it.")]

    assert kinds(1500) == kinds(1)
