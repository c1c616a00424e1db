"""Every export format says exactly what the approved text says.

Each awkward text is approved and exported through ``export_letter`` (what the Export page and
``clearnotice export`` call) in every letter format; the visible text is read back from the file
and compared, whitespace aside, with the text a reader of the approved Markdown sees, written
out by hand below.
"""

from __future__ import annotations

import io
from html.parser import HTMLParser

import docx
import pytest
from pypdf import PdfReader

from clearnotice.accounts import Role
from clearnotice.export.formats import ExportError, export_letter
from clearnotice.letters import Store
from tests.accounts import add_accounts
from tests.approving import approve_newest
from tests.core.test_export_pdf_rtl import visual_lines

# id, approved Markdown (one paragraph), the text a reader sees, the words in bold
CORPUS = [
    ("star code", "Call *611 from your phone.", "Call *611 from your phone.", []),
    ("multiplication", "5 * 3 = 15, and 2*3 = 6.", "5 * 3 = 15, and 2*3 = 6.", []),
    ("pin", "The card with the PIN ending in *7 is safe.", None, []),
    ("two star codes", "Dial *611 or *612 for help.", None, []),
    (
        "footnote star",
        "Credit monitoring* is free.\n*For 24 months from today.",
        "Credit monitoring* is free. *For 24 months from today.",
        [],
    ),
    ("snake_case", "Your account_id and user_name stayed private.", None, []),
    (
        "backslash escapes",
        r"Press \*, then \_, then \\ to go on.",
        "Press *, then _, then \\ to go on.",
        [],
    ),
    ("backslash path", r"Files in C:\Users\Public were copied.", None, []),
    (
        "backticks",
        "Type `reset` in the app; a lone ` stays.",
        "Type reset in the app; a lone ` stays.",
        [],
    ),
    (
        "html characters",
        "Tom & Jerry <b>not bold</b> said \"5 < 6\" & 'yes' > no.",
        None,
        [],
    ),
    ("web address", "Read https://example.com/_faq_/ or www.example.com/*help*.", None, []),
    ("braces", "Use {{ or }} as typed, and {{ 5 }} too.", None, []),
    ("emoji", "Questions? ☎ 1-800-555-0100 ✓ 😀", None, []),
    (
        "bold and italic",
        "We **reset every password** on *March 3*.",
        "We reset every password on March 3.",
        ["reset every password"],
    ),
    (
        "bold holding a star",
        r"**Call \*611** today.",
        "Call *611 today.",
        ["Call *611"],
    ),
    (
        "underscore bold",
        "__Important:__ keep this letter.",
        "Important: keep this letter.",
        ["Important:"],
    ),
]
# Right-to-left text: PDF's visual order is checked in test_export_pdf_rtl.py's way.
RTL = ("rtl", "Hebrew: שלום עולם. Arabic: مرحبا بالعالم.", None, [])
LETTER_FORMATS = ("html", "txt", "md", "docx", "pdf")


class _VisibleText(HTMLParser):
    """The text of an HTML page's body, and the text inside its <strong> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.bold: list[str] = []
        self._in_body = self._in_strong = False

    def handle_starttag(self, tag, attrs):
        self._in_body |= tag == "body"
        self._in_strong |= tag == "strong"

    def handle_endtag(self, tag):
        if tag == "strong":
            self._in_strong = False

    def handle_data(self, data):
        if self._in_body:
            self.text.append(data)
            if self._in_strong:
                self.bold.append(data)


def _html(data: bytes) -> _VisibleText:
    parser = _VisibleText()
    parser.feed(data.decode("utf-8"))
    return parser


def visible_text(fmt: str, data: bytes) -> str:
    if fmt == "html":
        return "".join(_html(data).text)
    if fmt in ("txt", "md"):
        return data.decode("utf-8")
    if fmt == "docx":
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def bold_text(fmt: str, data: bytes) -> list[str]:
    if fmt == "html":
        return _html(data).bold
    runs = [r for p in docx.Document(io.BytesIO(data)).paragraphs for r in p.runs]
    return [r.text for r in runs if r.bold]


def normalised(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> tuple[Store, dict[str, int]]:
    """Every corpus text as an approved letter of its own."""
    folder = tmp_path_factory.mktemp("fidelity")
    store = Store(f"sqlite:///{folder / 'clearnotice.sqlite3'}")
    add_accounts(store, lawyer=Role.LEGAL, editor=Role.EDITOR)
    ids = {}
    for case_id, markdown, _reads, _bold in [*CORPUS, RTL]:
        letter = store.create_letter(case_id, markdown, actor="editor")
        approve_newest(store, letter.id)
        ids[case_id] = letter.id
    return store, ids


def _export(letters, case_id: str, fmt: str) -> bytes:
    store, ids = letters
    # each text is a fragment, approved with a reason for its missing items: those exceptions
    exported = export_letter(store, ids[case_id], fmt=fmt, actor="tester", accept_exceptions=True)
    assert exported.draft_reason is None
    return exported.data


@pytest.mark.parametrize("fmt", LETTER_FORMATS)
@pytest.mark.parametrize(
    ("case_id", "markdown", "reads"),
    [case[:3] for case in CORPUS],
    ids=[case[0] for case in CORPUS],
)
def test_every_format_shows_exactly_the_approved_text(letters, case_id, markdown, reads, fmt):
    data = _export(letters, case_id, fmt)
    if fmt == "md":  # the approved Markdown itself, byte for byte
        assert data.decode("utf-8") == markdown
        return
    expected = markdown if reads is None else reads
    assert normalised(visible_text(fmt, data)) == normalised(expected)


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize(
    ("case_id", "bold"),
    [(case[0], case[3]) for case in CORPUS],
    ids=[case[0] for case in CORPUS],
)
def test_bold_is_bold_exactly_where_the_approved_text_marks_it(letters, case_id, bold, fmt):
    assert bold_text(fmt, _export(letters, case_id, fmt)) == bold


@pytest.mark.parametrize("fmt", ["html", "txt", "md", "docx"])
def test_right_to_left_text_survives_every_format_that_can_draw_it(letters, fmt):
    _case_id, markdown, _reads, _bold = RTL
    assert normalised(visible_text(fmt, _export(letters, "rtl", fmt))) == normalised(markdown)


def test_pdf_of_right_to_left_text_draws_each_run_in_visual_order(letters):
    """pypdf guesses the reading order of Hebrew and Arabic itself, so the PDF is read as drawn,
    left to right, where each right-to-left run reads backwards."""
    hebrew, arabic = "שלום עולם", "مرحبا بالعالم"
    expected = f"Hebrew: {hebrew[::-1]}. Arabic: {arabic[::-1]}."
    assert visual_lines(_export(letters, "rtl", "pdf")) == [expected]


def test_pdf_names_an_emoji_no_installed_font_can_draw(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'clearnotice.sqlite3'}")
    add_accounts(store, editor=Role.EDITOR)
    letter = store.create_letter("phone", "Call us 📞 today.", actor="editor")
    with pytest.raises(ExportError, match="no installed font can draw these characters: 📞"):
        export_letter(store, letter.id, fmt="pdf", actor="tester")
    for fmt in ("html", "txt", "docx"):
        data = export_letter(store, letter.id, fmt=fmt, actor="tester").data
        assert "Call us 📞 today." in visible_text(fmt, data)
