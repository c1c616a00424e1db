"""Nothing a letter's writer or a customer list types becomes active in an export: a Markdown
link to ``javascript:`` or ``data:``, raw HTML, a style block or an event handler stays text in
every format, and no export holds a link at all (a letter's web address is read, not clicked:
phishing notices link, genuine ones name the address)."""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from clearnotice.export.document import Document
from clearnotice.export.email_notice import render_eml
from clearnotice.export.registry import render
from tests.core.test_export_fidelity import normalised, visible_text

LETTER = (
    "# Notice <script>alert(1)</script>\n\n"
    "Dear {{ name }}, [reset your password](javascript:alert(document.cookie)) or "
    "[here](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
    '<a href="javascript:alert(2)">click</a> <img src=x onerror=alert(3)> '
    "<style>body{background:url(https://198.51.100.7/track)}</style> "
    "<iframe src=https://198.51.100.7/></iframe> <!-- hidden --> <b>bold?</b>\n"
)
CUSTOMER = '<svg onload=alert(4)>" style="x:expression(alert(5))'
# The elements our pages are drawn with (html.py); none runs, fetches or links anything.
OUR_ELEMENTS = {"html", "head", "meta", "title", "style", "body", "div", "p", "br", "ul", "li"}
OUR_ELEMENTS |= {"strong", "h1", "h2", "h3", "h4", "h5", "h6"}
OUR_ATTRIBUTES = {"lang", "dir", "charset", "name", "content", "class", "aria-hidden"}


class _Markup(HTMLParser):
    """The elements, attributes and comments an HTML page really has, as a browser reads them."""

    def __init__(self, page: str):
        super().__init__()
        self.elements: list[str] = []
        self.attributes: set[str] = set()
        self.comments: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_comment(self, data):
        self.comments.append(data)


def _assert_inert(page: str) -> None:
    markup = _Markup(page)
    assert set(markup.elements) <= OUR_ELEMENTS, set(markup.elements) - OUR_ELEMENTS
    assert markup.attributes <= OUR_ATTRIBUTES, markup.attributes - OUR_ATTRIBUTES
    assert markup.elements.count("style") == 1 and not markup.comments


def _letter() -> Document:
    return Document.from_markdown(LETTER, "en").fill({"name": CUSTOMER})


def test_the_html_export_runs_and_fetches_nothing_the_letter_holds():
    page = render("html", _letter()).decode("utf-8")
    _assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as typed


def test_the_e_mail_html_part_runs_nothing_the_letter_holds():
    _assert_inert(_eml_html(render_eml(_letter())))


def test_the_word_export_holds_no_link():
    with zipfile.ZipFile(io.BytesIO(render("docx", _letter()))) as package:
        rels = "".join(package.read(n).decode() for n in package.namelist() if n.endswith(".rels"))
        body = package.read("word/document.xml").decode()
    assert "hyperlink" not in rels and "TargetMode" not in rels
    assert "<w:hyperlink" not in body and "HYPERLINK" not in body


def test_the_pdf_export_holds_no_link_or_script():
    data = render("pdf", _letter())
    for page in PdfReader(io.BytesIO(data)).pages:
        annotations = [a.get_object() for a in page.get("/Annots", [])]
        assert not [a for a in annotations if a.get("/Subtype") == "/Link"]
    # the actions a PDF can run (ISO 32000-1, 12.6.4): none, in any object's dictionary
    for action in (b"/JavaScript", b"/JS", b"/URI", b"/Launch", b"/SubmitForm"):
        assert action not in data


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "txt"])
def test_the_customer_s_value_is_there_as_typed(fmt):
    seen = normalised(visible_text(fmt, render(fmt, _letter())))
    assert normalised(CUSTOMER) in seen


def _eml_html(message: bytes) -> str:
    parsed = email.message_from_bytes(message, policy=email.policy.default)
    return parsed.get_body(("html",)).get_content()
