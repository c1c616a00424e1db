"""A letter as Markdown (the exact approved text) or as plain text for e-mail bodies."""

from __future__ import annotations

import unicodedata

from clearnotice.export.document import BULLET, HEADING, Document
from clearnotice.export.layouts import STANDARD, apply_layout

DRAFT_LINE = "DRAFT - NOT APPROVED FOR SENDING."


def render_markdown(document: Document, layout: str = STANDARD) -> str:
    """The letter's own Markdown, byte for byte when approved (the incident's facts filled
    in), so its SHA-256 matches the approval record's ``md_export_sha256``; a draft gets a
    DRAFT notice above it. The layout changes nothing: the
    approved text is exactly what legal approved."""
    markdown = document.markdown
    if markdown is None:
        raise ValueError("a letter with its placeholders filled has no Markdown of its own")
    if document.draft_reason is None:
        return markdown
    return f"> **{DRAFT_LINE}** {document.draft_reason}".rstrip() + "\n\n" + markdown


def render_text(document: Document, layout: str = STANDARD) -> str:
    """Plain text: headings underlined, bullets as '- ', numbered items with their numbers
    ("2. "), bold markers dropped."""
    document = apply_layout(document, layout)[0]
    out: list[str] = []
    if document.is_draft:
        out.append(f"{DRAFT_LINE} {document.draft_reason or ''}".rstrip())
    for index, part in enumerate(document.parts):
        text = part.plain
        if part.kind == HEADING:
            rule = "=" if index == 0 and part.level == 1 else "-"
            out.append(f"{text}\n{rule * _columns(text)}")
        elif part.kind == BULLET:
            # bullets of one list stay together, without blank lines between them
            item = f"- {text}" if part.number is None else f"{part.number}. {text}"
            previous = document.parts[index - 1] if index else None
            if previous is not None and previous.kind == BULLET:
                out[-1] += "\n" + item
            else:
                out.append(item)
        else:
            out.append(text)
    if document.is_draft:
        out.append(DRAFT_LINE)
    return "\n\n".join(out) + "\n"


def _columns(text: str) -> int:
    """How many columns ``text`` takes in a fixed-width font: two for a wide character (Chinese,
    Japanese, Korean: East Asian Width W or F, Unicode UAX #11), none for a combining mark or
    an invisible format character, one for any other."""
    total = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total
