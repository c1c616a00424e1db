"""A book of merged PDF letters is split by rebuilding each letter from the first of its shape
(``pdf.PdfBook.split``): those letters must be the very files pypdf writes for each of them,
and read the same as the letter laid out on its own, whatever the name's length does to the
lines and pages below it."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from clearnotice.export.document import Document
from clearnotice.export.pdf import PdfBook, render_book, render_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
LONG = "Maximiliana Esperanza Concepción de la Santísima Trinidad Fernández-Villaverde "
# short and long names, a repeat (the same shape again), and one long enough that the
# salutation's lines push the closing, and the signature with it, onto another page
NAMES = ["Ada Lovelace", "Bo", LONG, "Ada Lovelace", LONG * 80, "Zoë Brontë-Müller"]


def letters(names: list[str]) -> list[Document]:
    text = Document.from_markdown(ENGLISH, "en", title="Notice")
    return [text.fill({"customer_name": name}) for name in names]


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def book(names: list[str]) -> PdfBook:
    made = PdfBook()
    for document in letters(names):
        made.add(document)
    return made


def test_a_booked_letter_reads_as_the_same_letter_laid_out_alone():
    booked = render_book(letters(NAMES))
    alone = [render_pdf(document) for document in letters(NAMES)]
    booked_pages = [pages_text(data) for data in booked]
    assert booked_pages == [pages_text(data) for data in alone]
    # the long name moved the signature to another page than the short names'
    signed = [next(n for n, text in enumerate(p) if "Dana Whitfield" in text) for p in booked_pages]
    assert signed[0] < signed[4]
    assert LONG.split()[0] in booked_pages[2][0]


def test_rebuilt_letters_are_the_files_pypdf_writes_for_each():
    rebuilt = list(book(NAMES).split())
    by_pypdf = list(book(NAMES).split(every_page=True))
    assert len(rebuilt) == len(NAMES)
    assert rebuilt == by_pypdf
    assert rebuilt[0] == rebuilt[3]  # the same name, the same file
    assert rebuilt[1] != rebuilt[5]


def test_a_name_with_the_page_count_alias_is_printed_as_written():
    data = render_book(letters(["{nb} Smith", "Ada"]))[0]
    assert "Dear {nb} Smith," in "".join(pages_text(data))


def test_each_merged_letter_says_its_own_language_to_screen_readers():
    english = Document.from_markdown(ENGLISH, "en", title="Notice")
    spanish = Document.from_markdown("Estimado cliente:\n\nSus datos están a salvo.", "es")
    files = render_book(
        [english, spanish, english.fill({"customer_name": "Bo"}), spanish], "standard"
    )
    # a letter split from the book had no /Lang at all, so a reader read Spanish as English
    assert [PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] for data in files] == [
        "en",
        "es",
        "en",
        "es",
    ]
