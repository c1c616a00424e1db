"""No-break spaces hold in every format: French puts one before ":" and in "10 000 €", and a
line broken there leaves the colon or the euro sign alone at the start of the next line."""

from __future__ import annotations

import io

from pypdf import PdfReader

from clearnotice.export.document import Document
from clearnotice.export.pdf import render_pdf
from clearnotice.export.plaintext import render_text

NBSP, NARROW = "\u00a0", "\u202f"


def test_a_bullet_and_a_heading_keep_their_no_break_spaces():
    markdown = f"## Article{NBSP}5\n\n- Montant{NBSP}: 10{NARROW}000{NBSP}€\n\nFin."
    document = Document.from_markdown(markdown, "fr")
    assert [part.plain for part in document.parts[:2]] == [
        f"Article{NBSP}5",
        f"Montant{NBSP}: 10{NARROW}000{NBSP}€",
    ]
    assert f"- Montant{NBSP}: 10{NARROW}000{NBSP}€" in render_text(document)


def test_a_pdf_line_never_breaks_at_a_no_break_space():
    starts: set[str] = set()
    for filler in range(1, 12):  # the lines then end at every point of the sentence
        sentence = f"Le montant{NBSP}: 10{NARROW}000{NBSP}€ remboursé{NBSP}! {'x' * filler} "
        data = render_pdf(Document.from_markdown("Madame,\n\n" + sentence * 12, "fr"))
        lines = PdfReader(io.BytesIO(data)).pages[0].extract_text().splitlines()
        starts |= {line.split()[0] for line in lines if line.split()}
    assert "Le" in starts and not starts & {":", "!", "€", "000"}
