"""Zip archives and large Word documents built fast, for the import tests, hostile cases and bench.

python-docx takes seconds to add 20,000 paragraphs one by one; here it makes a real document
with one paragraph and one table row, and the body's XML is repeated to the size asked.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from docx import Document

_BODY = "word/document.xml"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def zip_of(members: dict[str, bytes]) -> bytes:
    """A zip archive (a .docx is one) holding ``members``: name to content."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, body in members.items():
            package.writestr(name, body)
    return out.getvalue()


def docx_with(paragraphs: int = 1, *, text: str = "We are sorry.", cells: int = 0) -> bytes:
    """A .docx whose body holds ``paragraphs`` paragraphs of ``text`` and a one-row table of
    ``cells`` cells (none when 0)."""
    document = Document()
    document.add_paragraph("PARAGRAPH")
    out = io.BytesIO()
    document.save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    xml = source.read(_BODY).decode("utf-8")
    start = xml.index("<w:p>") if "<w:p>" in xml else xml.index("<w:p ")
    end = xml.index("</w:p>", start) + len("</w:p>")
    paragraph = xml[start:end].replace("PARAGRAPH", escape(text))
    table = ""
    if cells:
        cell = f"<w:tc><w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:tc>"
        table = f"<w:tbl><w:tr>{cell * cells}</w:tr></w:tbl>"
    body = xml[:start] + paragraph * paragraphs + table + xml[end:]
    assert _W in body  # the namespace the paragraphs use is declared
    return zip_of(
        {
            item.filename: body.encode("utf-8") if item.filename == _BODY else source.read(item)
            for item in source.infolist()
        }
    )
