"""A letter as HTML: one self-contained page for export (inline CSS, no scripts, nothing
fetched), and the same body as a fragment for the review's screens, with its marks.

Every piece of text is escaped, so a customer's name or a letter's text can never inject markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from clearnotice import diffing
from clearnotice.diffing import Change
from clearnotice.export import isolates
from clearnotice.export.document import (
    BULLET,
    HEADING,
    LTR,
    RTL,
    Document,
    Part,
    Run,
    item_numbers,
    language_direction,
    marked_parts,
    outline_ranks,
)
from clearnotice.export.layouts import STANDARD, Style, apply_layout, document_title, style_for
from clearnotice.model import Mark
from clearnotice.text import Block, blocks

_CSS = """
body {{ font-family: "DejaVu Sans", Arial, "Noto Sans", "WenQuanYi Micro Hei", sans-serif;
  font-size: {body}pt; line-height: 1.4; max-width: 42em; margin: 2em auto; padding: 0 1em;
  color: #111; overflow-wrap: anywhere; }}
h1 {{ font-size: {title}pt; }}
h2, h3, h4, h5, h6 {{ font-size: {heading}pt; margin-top: 1.2em; {band} }}
ul, ol {{ padding-inline-start: 1.4em; }}
.draft {{ color: #be1414; font-weight: bold; border: 2px solid #be1414; padding: .5em; }}
.draft-mark {{ position: fixed; top: 40%; left: 0; right: 0; text-align: center;
  font-size: 120pt; font-weight: bold; color: rgba(190, 20, 20, .12); transform: rotate(-30deg);
  pointer-events: none; z-index: -1; }}
"""


def render_html(document: Document, layout: str = STANDARD) -> str:
    """One letter as a complete HTML page."""
    style = style_for(layout)
    document, _notes = apply_layout(document, layout)
    body: list[str] = []
    if document.is_draft:
        reason = escape(document.draft_reason or "")
        body.append(f'<p class="draft">DRAFT - not approved for sending. {reason}</p>')
        body.append('<div class="draft-mark" aria-hidden="true">DRAFT</div>')
    if document.parts:
        ranks = outline_ranks(document.parts)
        body.append(body_html(document.parts, document.direction, ranks, document.language))
    title = escape(document_title(document))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(document.language)}" dir="{document.direction}">\n'
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_css(style)}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def body_html(
    parts: Sequence[Part], direction: str = LTR, ranks: Sequence[int] = (), language: str = ""
) -> str:
    """The parts as headings, lists and paragraphs, every character of text escaped. A part
    that reads the other way than the page (``direction``), like a Hebrew paragraph in an
    English letter, says so: the PDF sets it against the other margin too. ``ranks`` are the
    headings' (``outline_ranks``); without them each is an h2 but a first title, as the
    review's screens style them. Numbered items are an ``<ol>``, each ``<li>`` with the number
    it was typed with, bullets a ``<ul>``: a screen reader says "list, 3 items" and the step's
    number (WCAG 2.1 SC 1.3.1, technique H48). Given the letter's ``language``, a phone, an
    address or a number in a part that reads right to left is a ``<bdi dir="ltr">``, which
    reads in its own order there (clearnotice.export.isolates)."""
    body: list[str] = []
    items: list[str] = []
    ranks = ranks or [1 if i == 0 and p.level == 1 else 2 for i, p in enumerate(parts)]
    for index, part in enumerate(parts):
        turn = _turned(part, direction)
        isolating = language if language and part.direction(direction) == RTL else ""
        ordered = part.number is not None
        if items and (part.kind != BULLET or ordered != (parts[index - 1].number is not None)):
            body.append(_list(items, parts[index - 1]))
            items = []
        if part.kind == BULLET:
            value = f' value="{part.number}"' if ordered else ""
            items.append(f"<li{value}{turn}>{_inline(part, isolating)}</li>")
        elif part.kind == HEADING:
            tag = f"h{ranks[index]}"
            body.append(f"<{tag}{turn}>{_inline(part, isolating)}</{tag}>")
        else:
            body.append(f"<p{turn}>{_inline(part, isolating)}</p>")
    if items:
        body.append(_list(items, parts[-1]))
    return "\n".join(body)


def _list(items: list[str], last: Part) -> str:
    """List items as the list they make: ordered when its items were typed with numbers."""
    tag = "ol" if last.number is not None else "ul"
    return f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>"


# The app's own pages: English, read left to right (Streamlit's ``<html lang="en">``).
_PAGE_LANGUAGE = "en"


def parts_fragment(parts: Sequence[Part], language: str = "") -> str:
    """Parts as an HTML fragment for the review's screens, which are English and read left to
    right: a letter whose ``language`` reads right to left is a ``<div dir="rtl">``, so its
    paragraphs and lists read from the right, and its phones, addresses, codes and numbers are
    isolated as the HTML export isolates them (``body_html``); a line that reads the other way
    says so. A letter in another language than the page's says which (``lang``), so a screen
    reader reads it in that language's voice (WCAG 2.2, 3.1.2 Language of Parts)."""
    direction = language_direction(language)
    body = body_html(parts, direction, language=language)
    said = f' dir="{direction}"' if direction != LTR else ""
    if language and language != _PAGE_LANGUAGE:
        said += f' lang="{escape(language)}"'
    return f"<div{said}>{body}</div>" if said else body


def letter_fragment(
    blocks: Sequence[Block],
    marks: Sequence[Mark] = (),
    numbers: Sequence[int | None] = (),
    language: str = "",
) -> str:
    """Blocks of a letter in ``language`` as an HTML fragment for the review's screens
    (``parts_fragment``): headings, bold and bullets drawn as such, numbered items with the
    numbers they were typed with (``numbers``: ``document.item_numbers``, as the exports number
    them), never the user's own markup (a ``<script>``, an image or a link in the text shows as
    typed), and each mark (``marks``: offsets into the text the blocks were read from) as
    ``<ins>``, ``<del>`` or a ``<mark>`` titled with its note."""
    return parts_fragment(marked_parts(blocks, marks, numbers), language)


def text_fragment(text: str, marks: Sequence[Mark] = (), language: str = "") -> str:
    """A whole letter's ``text`` as ``letter_fragment`` draws it, its items numbered as typed."""
    read = blocks(text)
    return letter_fragment(read, marks, item_numbers(text, read), language)


def changes_fragment(
    changes: Sequence[Change], show_inserts: bool = True, language: str = ""
) -> str:
    """Track changes drawn as the letter in ``language`` reads, deletions struck through and,
    when ``show_inserts``, insertions underlined."""
    return text_fragment(*diffing.interleaved(changes, show_inserts), language)


def _css(style: Style) -> str:
    band = "background: #e4e8f0; padding: .2em .4em;" if style.banded_headings else ""
    return _CSS.format(
        body=style.body_pt, title=style.title_pt, heading=style.heading_pt, band=band
    )


def _turned(part: Part, direction: str) -> str:
    """The ``dir`` attribute of a part that reads against the page's direction, else none."""
    own = part.direction(direction)
    return "" if own == direction else f' dir="{own}"'


def _inline(part: Part, isolating: str = "") -> str:
    """The part's lines, each piece of a line that must read left to right isolated when
    ``isolating`` names the letter's language."""
    return "<br>\n".join(_line(line, isolating) for line in part.lines)


def _line(line: Sequence[Run], isolating: str) -> str:
    drawn = []
    for runs, ltr in isolates.isolated(line, isolating) if isolating else [(line, False)]:
        html = "".join(_run(run) for run in runs)
        drawn.append(f'<bdi dir="ltr">{html}</bdi>' if ltr else html)
    return "".join(drawn)


def _run(run: Run) -> str:
    text = escape(run.text)
    html = f"<strong>{text}</strong>" if run.bold else text
    if run.mark == diffing.INSERT:
        return f"<ins>{html}</ins>"
    if run.mark == diffing.DELETE:
        return f"<del>{html}</del>"
    if run.mark:
        return f'<mark class="{escape(run.mark)}" title="{escape(run.note)}">{html}</mark>'
    return html
