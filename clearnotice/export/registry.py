"""The closed set of export formats: each one's file extension, media type, label and renderer.

Adding a format is one renderer module and one line in ``FORMATS``; the Export page, the
``export`` and ``merge`` commands and mail merge's workers all read this table. Renderers are
named as ``module:function`` and imported on first use, so that a process which never renders
(the merge's coordinator, the command line's option parser) never pays for fpdf2, pypdf or
python-docx (about 0.6 s), and a worker imports only the renderer it uses.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from clearnotice.export import fonts
from clearnotice.export.document import Document
from clearnotice.export.layouts import STANDARD


class ExportError(ValueError):
    """An export that cannot be made; the message says why and what to do."""


@dataclass(frozen=True)
class Format:
    """What every format has: its option name, file extension, media type and label."""

    name: str
    extension: str
    media_type: str
    label: str
    renderer: str  # "module:function", imported on first use
    uses_layout: bool = True  # False: the layout choice does not change the file

    def _call(self, spec: str, *args):
        """Call the ``module:function`` named by ``spec``; text it returns is written as UTF-8."""
        module, _, function = spec.partition(":")
        data = getattr(importlib.import_module(module), function)(*args)
        return data.encode("utf-8") if isinstance(data, str) else data


@dataclass(frozen=True)
class LetterFormat(Format):
    """A format that renders one letter: ``renderer(document, layout)`` returns the file."""

    mergeable: bool = False  # mail merge may write it
    # The file carries its own glyphs (PDF), so every character needs an installed font; the
    # other formats leave fonts to the reader's program.
    embeds_fonts: bool = False
    # "module:function" rendering many letters in one go, ``(documents, layout) -> list[bytes]``;
    # raises when any letter fails, and mail merge then renders them one by one.
    book: str = ""

    def render(self, document: Document, layout: str = STANDARD) -> bytes:
        if self.embeds_fonts:
            missing = fonts.missing_characters(document.plain)
            if missing:
                raise ExportError(
                    f"no installed font can draw these characters: {missing} "
                    f"({fonts.font_advice(missing)})"
                )
        return self._call(self.renderer, document, layout)

    def render_book(self, documents: list[Document], layout: str) -> list[bytes]:
        """Every document's file, in order; one by one when the format has no book renderer."""
        if not self.book:
            return [self.render(document, layout) for document in documents]
        return self._call(self.book, documents, layout)


@dataclass(frozen=True)
class RecordFormat(Format):
    """A format that holds the letter's approval record, not a letter:
    ``renderer(store, letter_id, exported_by) -> bytes``."""

    uses_layout: bool = False
    stem: str = "approvals"  # the file is named <title>-<stem>.<extension>

    def render(self, store, letter_id: int, exported_by: str) -> bytes:
        return self._call(self.renderer, store, letter_id, exported_by)


_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

FORMATS: dict[str, LetterFormat | RecordFormat] = {
    f.name: f
    for f in (
        LetterFormat(
            "pdf", "pdf", "application/pdf", "PDF", "clearnotice.export.pdf:render_pdf",
            mergeable=True, embeds_fonts=True, book="clearnotice.export.pdf:render_book",
        ),
        LetterFormat(
            "docx", "docx", _DOCX_TYPE, "Word (DOCX)", "clearnotice.export.docx:render_docx",
            mergeable=True,
        ),
        LetterFormat(
            "eml", "eml", "message/rfc822", "E-mail (.eml)",
            "clearnotice.export.email_notice:render_eml", mergeable=True,
        ),
        LetterFormat(
            "html", "html", "text/html; charset=utf-8", "Web page (HTML)",
            "clearnotice.export.html:render_html",
        ),
        LetterFormat(
            "md", "md", "text/markdown; charset=utf-8", "Markdown",
            "clearnotice.export.plaintext:render_markdown", uses_layout=False,
        ),
        LetterFormat(
            "txt", "txt", "text/plain; charset=utf-8", "Plain text",
            "clearnotice.export.plaintext:render_text",
        ),
        RecordFormat(
            "json", "json", "application/json", "Approval record (JSON)",
            "clearnotice.export.approval_record:render_approval_record",
        ),
    )
}  # fmt: skip


def merge_formats() -> list[str]:
    """The formats mail merge may write."""
    return [name for name, f in FORMATS.items() if isinstance(f, LetterFormat) and f.mergeable]


def get_format(name: str) -> LetterFormat | RecordFormat:
    if name not in FORMATS:
        raise ExportError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[name]


def letter_format(name: str) -> LetterFormat:
    """The format ``name``, which must render letters (not the approval record)."""
    chosen = get_format(name)
    if not isinstance(chosen, LetterFormat):
        raise ExportError(f"{name!r} is not a letter format")
    return chosen


def render(name: str, document: Document, layout: str = STANDARD) -> bytes:
    """``document`` in the letter format ``name``; the Export page's and mail merge's way in."""
    return letter_format(name).render(document, layout)
