"""Page layouts for exported letters: type sizes, and the California notice format.

California, Civ. Code 1798.82(d)(1): the notice "shall be titled 'Notice of Data Breach'", shall
present its information under the headings "What Happened", "What Information Was Involved",
"What We Are Doing", "What You Can Do" and "For More Information"; "the title and headings in the
notification shall be clearly and conspicuously displayed"; "the text of the notice ... shall be
no smaller than 10-point type". Every layout here keeps body text at 11 pt, above that floor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from clearnotice.export.document import HEADING, Document, Part, Run
from clearnotice.plain_layout import heading_words

STANDARD = "standard"
CALIFORNIA = "california"
LAYOUTS = (STANDARD, CALIFORNIA)

CALIFORNIA_TITLE = "Notice of Data Breach"
CALIFORNIA_HEADINGS = (
    "What Happened",
    "What Information Was Involved",
    "What We Are Doing",
    "What You Can Do",
    "For More Information",
)
# Cal. Civ. Code 1798.82(d)(1)(C): no smaller than 10-point type.
MIN_BODY_PT = 10


@dataclass(frozen=True)
class Style:
    """Type sizes in points, and whether headings get a shaded band to stand out."""

    body_pt: float = 11
    heading_pt: float = 13
    title_pt: float = 16
    banded_headings: bool = False


STYLES = {
    STANDARD: Style(),
    CALIFORNIA: Style(body_pt=11, heading_pt=14, title_pt=18, banded_headings=True),
}


def style_for(layout: str) -> Style:
    if layout not in STYLES:
        raise ValueError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    return STYLES[layout]


def apply_layout(document: Document, layout: str) -> tuple[Document, list[str]]:
    """The document as ``layout`` wants it, and notes on what the layout changed or misses.

    The California layout puts the statutory title first when an English letter lacks it, and
    lists the statutory headings the letter does not have (it never renames the writer's own).
    Translations keep their translated title and headings: their wording is the translator's.
    """
    style_for(layout)
    if layout != CALIFORNIA or not document.language.startswith("en"):
        return document, []
    notes = []
    parts = document.parts
    first = parts[0] if parts else None
    if not (first and first.kind == HEADING and _same(first.plain, CALIFORNIA_TITLE)):
        parts = (Part(HEADING, ((Run(CALIFORNIA_TITLE, bold=True),),), level=1), *parts)
        notes.append(f"Added the title '{CALIFORNIA_TITLE}' (Cal. Civ. Code 1798.82(d)(1)).")
    present = {_key(p.plain) for p in parts if p.kind == HEADING}
    missing = [h for h in CALIFORNIA_HEADINGS if _key(h) not in present]
    if missing:
        notes.append(
            "California requires these headings, which the letter lacks: " + ", ".join(missing)
        )
    return replace(document, parts=parts), notes


def title_part(document: Document) -> Part | None:
    """The letter's title: its first part when that is a top-level heading."""
    first = document.parts[0] if document.parts else None
    return first if first is not None and first.kind == HEADING and first.level == 1 else None


def document_title(document: Document) -> str:
    """The title a file gives its letter (HTML's <title>, Word's and PDF's title property): the
    one it was given, else its title heading, else "Letter". A screen reader announces it first
    (WCAG 2.1 SC 2.4.2): an untitled export was announced as "Letter" though it had a title."""
    heading = title_part(document)
    return document.title or (" ".join(heading.plain.split()) if heading else "") or "Letter"


def _key(heading: str) -> str:
    return heading_words(heading).casefold()


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)
