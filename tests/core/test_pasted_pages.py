"""Text pasted from a PDF's pages, a web page and a mail program, with what they print around a
letter: a running header and footer on every page, a cookie banner and its buttons, a quoted
reply's blank lines. The letter inside is read as it is without them."""

from __future__ import annotations

import pytest

from clearnotice import plain_layout as layout
from clearnotice.text import (
    BULLET,
    COURTESY,
    HEADING,
    PARAGRAPH,
    blocks,
    keep_reading,
    sentences,
)

# a page's worth of text: a running header repeats a page apart
PAGE_BODY = (
    "We are writing to tell you about an incident that may affect your personal information.\n"
    "\n"
    "What Happened\n"
    + "On March 3, 2024, we found that someone had entered our billing system without leave. " * 12
    + "\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks(text)]


def _headings(text: str) -> list[str]:
    return [b.text for b in blocks(text) if b.kind == HEADING]


def test_a_running_header_repeated_on_each_page_heads_the_letter_once():
    header = "Acme Bank – Notice of Data Incident"
    text = (
        f"{header}\n\n{PAGE_BODY}\nPage 1 of 2\n\f{header}\n\nWhat You Can Do\n"
        "Reset your password and watch your statements.\n\nPage 2 of 2\n"
    )
    assert _headings(text) == [header, "What Happened", "What You Can Do"]
    assert (PARAGRAPH, header) in _kinds(text)


@pytest.mark.parametrize(
    "marking", ["Confidential", "CONFIDENTIAL", "Private & Confidential", "Strictly Confidential"]
)
def test_a_protective_marking_on_each_page_is_no_heading(marking):
    text = (
        f"{marking}\nNotice of Data Breach\n\n{PAGE_BODY}\n{marking}\n\nWhat You Can Do\nCall us.\n"
    )
    assert _headings(text) == ["Notice of Data Breach", "What Happened", "What You Can Do"]


def test_a_repeated_running_footer_under_a_paragraph_stands_alone():
    """Its first copy is read as it stands, as a running header's first copy is the title."""
    footer = "Acme Bank plc, registered in England"
    text = (
        f"{PAGE_BODY}{footer}\n\nWhat You Can Do\n"
        + "Reset your password now and watch your statements for a year. " * 16
        + f"\n{footer}\nWe are sorry for this.\n"
    )
    assert (PARAGRAPH, footer) in _kinds(text)
    assert (PARAGRAPH, "We are sorry for this.") in _kinds(text)
    assert _headings(text)[-1] == "What You Can Do"


def test_a_repeated_line_edited_past_a_headings_length_is_no_page_furniture():
    """A line repeated a page apart is a running footer only while it is short enough to be
    one; once both copies are edited past a heading's length, it is running text said twice
    (what ``echoes`` keeps per line is kept by the line's text)."""
    footer = "Acme Bank plc, registered in England"
    lines = [footer, PAGE_BODY, footer]
    assert layout.echoes(lines) == [False, False, True]
    longer = footer + " and Wales under number 123, with its office at 1 High Street, London"
    assert layout.echoes([longer, PAGE_BODY, longer]) == [False, False, False]
    assert layout.echoes(lines) == [False, False, True]


def test_a_title_said_again_under_it_is_still_a_heading():
    """A web page's title over its own heading, or a letter's title over its address block and
    again under it: no page's furniture, which repeats a page apart."""
    title = "Notice of Data Security Incident"
    text = f"July 28, 2021\n\n{title}\n\nJuly 28, 2021\n\nAcme Inc.\n\n{title}\n\n{PAGE_BODY}"
    assert _headings(text) == [title, title, "What Happened"]


def test_an_edit_that_adds_a_second_copy_of_a_heading_reads_as_a_whole_reading():
    """Whether a line repeats one above depends on lines far above it: an edit there reads the
    letter again as a whole, never an old reading of the lines below."""
    before = f"Summary\n\n{PAGE_BODY}\nSecurity Update\n\nCall us today.\n"
    after = "Security Update\n\n" + before
    keep_reading(before, None)
    keep_reading(after, before)
    assert "Security Update" in _headings(before)
    assert _headings(after).count("Security Update") == 1


@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies to give you the best experience on our website.",
        "This website uses cookies to improve your experience. Accept all",
        "By continuing to use this site you agree to our use of cookies. Accept all Reject all",
    ],
)
def test_a_cookie_banner_does_not_run_into_the_letter(banner):
    text = f"{banner}\nOn March 3, 2024, we found that someone had entered our billing system.\n"
    assert _kinds(text) == [
        (PARAGRAPH, banner),
        (PARAGRAPH, "On March 3, 2024, we found that someone had entered our billing system."),
    ]


@pytest.mark.parametrize(
    "button",
    ["Accept all", "Accept All Cookies", "Reject all", "Cookie settings", "Manage preferences"],
)
def test_a_cookie_banners_buttons_are_no_headings(button):
    text = f"We use cookies on this site.\n{button}\nNotice of Data Breach\n{PAGE_BODY}"
    assert _headings(text) == ["Notice of Data Breach", "What Happened"]


def test_cookies_in_a_sentence_of_the_letter_stay_in_its_paragraph():
    text = (
        "The attackers copied the session cookies of some of our customers\n"
        "and used them to sign in as those customers.\n"
    )
    assert _kinds(text) == [(PARAGRAPH, text.strip())]


@pytest.mark.parametrize("quote", [">", "> ", ">>", "> >"])
def test_a_quoted_replys_blank_line_is_a_blank_line(quote):
    """Outlook and other mail programs quote a reply with ">" at each line's start, and a blank
    line of it as ">" alone."""
    text = (
        f"What Happened\n{quote}\nWe found a problem on our server. It was fixed.\n{quote}\n"
        f"What You Can Do\n{quote}\nReset your password.\n"
    )
    assert _kinds(text) == [
        (HEADING, "What Happened"),
        (PARAGRAPH, "We found a problem on our server. It was fixed."),
        (HEADING, "What You Can Do"),
        (PARAGRAPH, "Reset your password."),
    ]


def test_a_list_item_is_no_quoted_blank_line():
    assert _kinds("We did this:\n- Reset passwords.\n") == [
        (PARAGRAPH, "We did this:"),
        (BULLET, "Reset passwords."),
    ]


@pytest.mark.parametrize(
    "sign",
    ["\uf0b7", "\uf0a7", "\uf0d8", "\uf0fc"],
    ids=["symbol-bullet", "wingdings-square", "wingdings-arrow", "wingdings-tick"],
)
def test_a_bullet_copied_out_of_a_pdf_starts_an_item(sign):
    """Word sets its bullets in the Symbol and Wingdings fonts, whose characters a PDF's text
    gives as the Private Use Area's U+F020-U+F0FF (the font's code plus F000)."""
    text = (
        f"We have taken these steps:\n{sign} Reset all passwords.\n{sign}\tAdded a sign-in step.\n"
    )
    assert _kinds(text) == [
        (PARAGRAPH, "We have taken these steps:"),
        (BULLET, "Reset all passwords."),
        (BULLET, "Added a sign-in step."),
    ]
    alone = f"We have taken these steps:\n{sign}\nReset all passwords.\n"
    assert _kinds(alone)[1] == (BULLET, "Reset all passwords.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous avons corrigé la faille. «\u00a0Nous sommes désolés\u00a0», a dit la directrice.",
            [
                "Nous avons corrigé la faille.",
                "«\u00a0Nous sommes désolés\u00a0», a dit la directrice.",
            ],
        ),
        (
            "Elle a dit : « C'est fini. » Puis elle est partie.",
            ["Elle a dit : « C'est fini. »", "Puis elle est partie."],
        ),
        (
            "Wir haben die Lücke geschlossen. „Es tut uns leid“, sagte die Leiterin.",
            ["Wir haben die Lücke geschlossen.", "„Es tut uns leid“, sagte die Leiterin."],
        ),
        (
            "Sie sagte: „Es ist vorbei.“ Dann ging sie.",
            ["Sie sagte: „Es ist vorbei.“", "Dann ging sie."],
        ),
        (
            "Wir haben die Lücke geschlossen. »Es tut uns leid«, sagte sie.",
            ["Wir haben die Lücke geschlossen.", "»Es tut uns leid«, sagte sie."],
        ),
    ],
    ids=["fr-opening", "fr-closing", "de-opening", "de-closing", "de-chevrons"],
)
def test_french_and_german_quotation_marks_start_and_end_sentences(text, expected):
    """French quotes with « » (a no-break space inside, Imprimerie nationale's "Lexique des
    règles typographiques"), German with „ “ or » « (Duden, "Anführungszeichen")."""
    assert [s.text for s in sentences(text)] == expected


BODY = "We found that someone had entered our billing system and copied some files.\n"


@pytest.mark.parametrize(
    "furniture",
    ["- 2 -", "– 2 –", "Page | 2", "2 | P a g e", "2 | Page", "Page 2 of 3"],
)
def test_a_page_number_between_two_pages_stands_alone(furniture):
    text = f"{BODY}{furniture}\n{BODY}"
    assert _kinds(text) == [
        (PARAGRAPH, BODY.strip()),
        (PARAGRAPH, furniture),
        (PARAGRAPH, BODY.strip()),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this page",
        "Share",
        "Print",
        "Print this page",
        "Facebook Twitter LinkedIn Email",
        "Share on Facebook | Share on X | Email",
        "Home > News > Notice of Data Breach",
        "Home / Newsroom / Notice of Data Breach",
        "You are here: Home › Notice of Data Breach",
    ],
)
def test_a_web_pages_links_over_its_title_stand_alone(furniture):
    text = f"{furniture}\nNotice of Data Breach\n{BODY}"
    assert _kinds(text) == [
        (PARAGRAPH, furniture),
        (HEADING, "Notice of Data Breach"),
        (PARAGRAPH, BODY.strip()),
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Sent from my iPhone",
        "Sent from my Android device",
        "Get Outlook for iOS",
        "Get Outlook for Android",
    ],
)
def test_a_mail_programs_footer_is_no_heading(footer):
    assert _headings(f"{BODY}\n{footer}\n") == []


@pytest.mark.parametrize(
    "greeting",
    [
        "Madame, Monsieur,",
        "Bonjour Madame Dupont,",
        "Mesdames, Messieurs,",
        "Guten Tag Frau Müller,",
        "Hallo Herr Meier,",
        "Buenos días:",
        "Buenas tardes, señora García:",
    ],
)
def test_a_french_german_or_spanish_greeting_is_the_letters_frame(greeting):
    assert _kinds(f"{greeting}\n\n{BODY}")[0] == (COURTESY, greeting)


@pytest.mark.parametrize(
    "line",
    ["Monsieur Dupont, notre directeur, a déclaré que", "Bonjour à tous les clients de la banque"],
)
def test_a_line_of_running_text_led_by_such_a_word_is_no_greeting(line):
    text = f"{line}\nnous avons corrigé la faille.\n"
    assert _kinds(text) == [(PARAGRAPH, text.strip())]


def test_outlooks_rule_over_a_replys_header_is_a_blank_line():
    """Outlook draws a line of underscores over a forwarded or replied message's header, a
    thematic break in Markdown (CommonMark 0.31.2, 4.1): each header field stands alone."""
    text = (
        "________________________________\nFrom: Acme Bank <notices@acme.example>\n"
        "Sent: Monday, March 4, 2024 9:12 AM\nTo: Jane Doe\nSubject: Notice of Data Breach\n\n"
        f"Dear Customer,\n\n{BODY}"
    )
    assert _kinds(text)[:3] == [
        (PARAGRAPH, "From: Acme Bank <notices@acme.example>"),
        (PARAGRAPH, "Sent: Monday, March 4, 2024 9:12 AM"),
        (PARAGRAPH, "To: Jane Doe"),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "(continued on next page)",
        "Continued on next page",
        "Continued on the next page...",
        "(Continued from previous page)",
        "Continued overleaf",
        "Please turn over",
        "PTO",
        "(continued)",
    ],
)
def test_a_pdfs_continued_line_between_pages_stands_alone(furniture):
    text = f"{BODY}{furniture}\n{BODY}"
    assert _kinds(text) == [
        (PARAGRAPH, BODY.strip()),
        (PARAGRAPH, furniture),
        (PARAGRAPH, BODY.strip()),
    ]
    assert _headings(f"{BODY}{furniture}\n\nWhat You Can Do\n{BODY}") == ["What You Can Do"]


def test_a_heading_continued_on_the_next_page_is_still_a_heading():
    text = f"What Happened\n{BODY}\nWhat Happened (continued)\n{BODY}"
    assert _headings(text) == ["What Happened", "What Happened (continued)"]


@pytest.mark.parametrize(
    ("quoted", "question"),
    [
        ("La directrice a dit : « Nous sommes désolés. »", "Que s'est-il passé ?"),
        ("La directrice a dit : « Nous sommes désolés.\u00a0»", "Que s'est-il passé ?"),
        ("Die Leiterin sagte: „Es tut uns leid.“", "Was ist passiert?"),
        ("Die Leiterin sagte: »Es tut uns leid.«", "Was ist passiert?"),
    ],
    ids=["fr", "fr-no-break-space", "de", "de-chevrons"],
)
def test_a_quotation_closed_after_its_full_stop_ends_the_line_before_a_heading(quoted, question):
    text = f"{quoted}\n{question}\nWir haben eine Lücke gefunden.\n"
    assert _kinds(text) == [
        (PARAGRAPH, quoted),
        (HEADING, question),
        (PARAGRAPH, "Wir haben eine Lücke gefunden."),
    ]
