"""The notes a Word import gives with the letter's text (clearnotice/importing.py): what the
text leaves out of the file, quoted so the writer sees it (text boxes, SmartArt, footnotes,
comments, page headers and footers, equations), what it reads in a way to check (tracked
changes, fields, placeholder text), and what reading the paragraphs changed or left out
(clearnotice/word_text.Gathered). Nothing the writer typed is lost without a word."""

from __future__ import annotations

from clearnotice.text import CONTROL_CHARACTERS
from clearnotice.word_text import MC, Gathered, W
from clearnotice.wording import excerpt, one_line, plural


def notes(document, gathered: Gathered) -> list[str]:
    """Every note on a python-docx ``document`` whose paragraphs' reading gathered
    ``gathered``, in the order the writer checks them: the body, the page margins, the text."""
    return _left_out(document) + _page_margins(document) + _gathered_notes(gathered)


_TRACKED_CHANGES = tuple(f".//{W}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo"))
# A paragraph mark inserted, deleted or moved (ECMA-376 Part 1, 17.13.5): an empty change in
# the paragraph's mark properties.
_TRACKED_MARKS = tuple(f".//{W}pPr/{W}rPr/{W}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo"))


def _gathered_notes(gathered: Gathered) -> list[str]:
    """The notes on what the paragraphs' reading changed or left out (clearnotice/word_text)."""
    notes = []
    if gathered.merge_fields:
        made = ", ".join(
            f"«{name}» as {{{{ {placeholder} }}}}"
            for name, placeholder in gathered.merge_fields.items()
        )
        notes.append(
            f"Word's merge fields became placeholders: {made}. Match each to a column of the "
            "customer list when you merge."
        )
    hidden = [one_line(text) for text in gathered.hidden if text.strip()]
    if hidden:
        notes.append(
            f"Left out: text formatted as hidden, which Word neither shows nor prints"
            f"{_quoted(hidden)}. Copy into the letter what a reader needs from it."
        )
    struck = [one_line(text) for text in gathered.struck if text.strip()]
    if struck:
        notes.append(
            f"Read as letter text, though struck through in Word{_quoted(struck)}. Delete it "
            "if it was marked to be cut."
        )
    if gathered.conditions:
        names = {name: None for merged, _ in gathered.conditions for name in merged}
        on = f" on {', '.join(f'«{name}»' for name in names)}" if names else ""
        shown = [one_line(result) for _, result in gathered.conditions]
        notes.append(
            f"Read as the text Word showed when the file was saved: "
            f"{plural(len(shown), 'condition')} (IF field){on} that Word fills in customer "
            f"by customer{_quoted(shown)}. Write each customer's version as a variant."
        )
    if gathered.unended:
        notes.append(
            f"Read as text: what follows a field that begins but never ends"
            f"{_quoted(gathered.unended)}, as in a file cut short or damaged. Check the text "
            "there, or open the file in Word, save it and import it again."
        )
    for font, count in gathered.symbols.items():
        notes.append(
            f"Left out: {plural(count, 'symbol')} of the {font.title()} font, which "
            "stand for no letter or sign of plain text. Type what they meant where they were."
        )
    return notes


def _left_out(document) -> list[str]:
    """What the letter's text leaves out of the body, or reads in a way to check, in words."""
    body = document.element.body
    warnings = []
    boxes = [one_line(_xml_text(box)) for box in _shown(body, "txbxContent")]
    diagrams = [_diagram_lines(document, ids) for ids in _shown(body, "relIds", _DIAGRAM)]
    pictures = len(_shown(body, "drawing")) + len(_shown(body, "pict"))
    pictures -= len(boxes) + len(diagrams)
    if pictures > 0:
        warnings.append(
            f"Left out: {plural(pictures, 'picture')}; pictures are not part of the letter text."
        )
    if boxes:
        warnings.append(
            f"Left out: the text of {plural(len(boxes), 'text box', 'text boxes')}"
            f"{_quoted(boxes)}. Copy it into the letter if it matters."
        )
    if diagrams:
        lines = [line for diagram in diagrams for line in diagram]
        warnings.append(
            f"Left out: the text of {plural(len(diagrams), 'SmartArt diagram')}"
            f"{_quoted(lines)}. Copy it into the letter if it matters."
        )
    # A footnote's or endnote's text lives in its own part (ECMA-376 Part 1, 17.11); the body
    # holds only its reference mark.
    notes = len(body.findall(f".//{W}footnoteReference")) + len(
        body.findall(f".//{W}endnoteReference")
    )
    if notes:
        texts = _part_texts(document, ("footnotes", "endnotes"))
        warnings.append(
            f"The text of {plural(notes, 'footnote or endnote', 'footnotes or endnotes')} was "
            f"left out{_quoted(texts)}. Copy it into the letter if it matters."
        )
    warnings += _objects_left_out(body)
    warnings += _comments_left_out(document) + _chunks_left_out(document)
    warnings += _unfilled_controls(body)
    changes = sum(1 for path in _TRACKED_CHANGES for change in body.iterfind(path) if len(change))
    changes += sum(1 for path in _TRACKED_MARKS for _mark in body.iterfind(path))
    if changes:
        warnings.append(
            f"{plural(changes, 'tracked change')} read as accepted (insertions kept, deletions "
            "left out). Check the text, or accept or reject them in Word and import it again."
        )
    return warnings


# Markup compatibility (ECMA-376 Part 3, 10.2): Word writes a text box or a shape twice, as a
# drawing for Word 2010 and later (mc:Choice) and as VML for older readers (mc:Fallback).
_FALLBACK = f"{MC}Fallback"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _shown(body, tag: str, namespace: str = W) -> list:
    """The ``tag`` elements of the body, each once: not their copies for older readers."""
    return [
        element
        for element in body.iter(f"{namespace}{tag}")
        if next(element.iterancestors(_FALLBACK), None) is None
    ]


# SmartArt (ECMA-376 Part 1, 21.4): a drawing in the body names the diagram's parts (its
# dgm:relIds), and the diagram's text is in its data part, each shape's in a point (dgm:pt, its
# dgm:t paragraphs of a:t runs). Points of another type than a node (the document itself, a
# connection, a presentation point) hold no text the diagram shows.
_DIAGRAM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _diagram_lines(document, ids) -> list[str]:
    """The text of a SmartArt diagram's shapes, a line each, from the data part its
    dgm:relIds names (r:dm); none when the part is missing or no XML."""
    rel = document.part.rels.get(ids.get(f"{{{_RELATIONSHIPS}}}dm") or "")
    if rel is None or rel.is_external:
        return []
    root = _part_root(rel.target_part)
    points = root.iter(f"{_DIAGRAM}pt") if len(root) else ()
    lines = [
        _shape_text(shape)
        for point in points
        if point.get("type", "node") == "node"
        for shape in point.iterchildren(f"{_DIAGRAM}t")
    ]
    return [line for line in lines if line]


def _shape_text(text_body) -> str:
    """A DrawingML text body's text (a SmartArt shape's dgm:t) on one line: its paragraphs'
    (a:p) runs' text (a:t)."""
    paragraphs = text_body.iterchildren(f"{_DRAWING}p")
    return one_line(
        " ".join("".join(t.text or "" for t in p.iter(f"{_DRAWING}t")) for p in paragraphs)
    )


def _xml_text(element) -> str:
    """The text inside ``element``, a line per paragraph in it."""
    paragraphs = list(element.iter(f"{W}p")) or [element]
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs)


def _part_texts(document, kinds: tuple[str, ...]) -> list[str]:
    """The text of each note in the document's parts of ``kinds`` ("footnotes", "comments"),
    a line each; not a footnote's separator lines (w:type, ECMA-376 Part 1, 17.11)."""
    texts = []
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in {f"{_RELATIONSHIPS}/{k}" for k in kinds}:
            continue
        for note in _part_root(rel.target_part):
            text = one_line(_xml_text(note))
            if text and note.get(f"{W}type") is None:
                texts.append(text)
    return texts


def _part_root(part):
    """A part's XML root: python-docx parses some parts (comments), not others (footnotes)."""
    from lxml import etree

    if hasattr(part, "element"):
        return part.element
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # the file is untrusted
    try:
        return etree.fromstring(part.blob, parser)
    except etree.XMLSyntaxError:
        return ()


# Office Math (ECMA-376 Part 1, 22.1): an equation's text is in m:t, not in w:t.
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def _objects_left_out(body) -> list[str]:
    """Equations and embedded objects (a spreadsheet placed in the letter, w:object, ECMA-376
    Part 1, 17.3.3), which hold text the letter's text cannot: named, an equation quoted."""
    notes = []
    equations = [
        one_line("".join(t.text or "" for t in equation.iter(f"{_MATH}t")))
        for equation in body.iter(f"{_MATH}oMath")
        if next(equation.iterancestors(f"{_MATH}oMath"), None) is None
    ]
    if equations:
        notes.append(
            f"Left out: {plural(len(equations), 'equation')}{_quoted(equations)}. Write it out "
            "in words if a reader needs it."
        )
    objects = len(_shown(body, "object"))
    if objects:
        notes.append(
            f"Left out: {plural(objects, 'embedded object')} (a spreadsheet or another file "
            "placed in the document). Copy into the letter what a reader needs from it."
        )
    return notes


def _unfilled_controls(body) -> list[str]:
    """Content controls that still show their placeholder text ("Click or tap here to enter
    text.", w:showingPlcHdr, ECMA-376 Part 1, 17.5.2): Word shows and prints it, so it is
    read, and named, since the writer never filled the control in."""
    controls = [
        one_line(_xml_text(control))
        for control in body.iter(f"{W}sdt")
        if control.find(f"{W}sdtPr/{W}showingPlcHdr") is not None
    ]
    if not controls:
        return []
    return [
        f"{plural(len(controls), 'content control')} still "
        f"{'shows its' if len(controls) == 1 else 'show their'} placeholder text"
        f"{_quoted(controls)}. Replace it with the letter's words."
    ]


def _comments_left_out(document) -> list[str]:
    """Comments (ECMA-376 Part 1, 17.13.4) are the writers' notes to each other, not letter
    text: named and quoted, so a question left in one is seen."""
    comments = _part_texts(document, ("comments",))
    if not comments:
        return []
    return [
        f"Left out: {plural(len(comments), 'comment')}{_quoted(comments)}; comments are "
        "notes between writers, not letter text."
    ]


def _chunks_left_out(document) -> list[str]:
    """Parts of another file (HTML, RTF, another .docx) a program placed in the body for Word
    to merge in when it opens the document (w:altChunk, ECMA-376 Part 1, 17.17.2): Word
    makes them the document's own text once saved, python-docx never reads them."""
    chunks = list(document.element.body.iter(f"{W}altChunk"))
    if not chunks:
        return []
    texts = [_chunk_text(document, chunk) for chunk in chunks]
    return [
        f"Left out: {plural(len(chunks), 'part')} Word merges in from another file when it "
        f"opens the document{_quoted(texts)}. Open the file in Word, save it and import it again."
    ]


def _chunk_text(document, chunk) -> str:
    """A merged-in part's text on one line, when it is HTML or plain text; else ""."""
    from lxml import etree

    rel = document.part.rels.get(chunk.get(f"{{{_RELATIONSHIPS}}}id") or "")
    if rel is None or rel.is_external:
        return ""
    part = rel.target_part
    text = ""
    if part.content_type == "text/plain":
        text = part.blob.decode("utf-8", "replace")
    elif part.content_type in ("text/html", "application/xhtml+xml"):
        root = etree.fromstring(part.blob, etree.HTMLParser(no_network=True))
        text = " ".join(root.itertext()) if root is not None else ""
    return one_line(CONTROL_CHARACTERS.sub("", text).replace("\ufffd", ""))  # bytes no text holds


# A section's page headers and footers live in parts of their own (ECMA-376 Part 1, 17.10),
# related to the body by these relationship types.
_MARGIN_PARTS = tuple(
    f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"
    for kind in ("header", "footer")
)


def _page_margins(document) -> list[str]:
    """A warning quoting the text of the page headers and footers, which the letter leaves out:
    its layouts print their own letterhead and page numbers, and a header repeated on every
    page is no paragraph of the letter. A phone number or an address in a footer, though, may
    be the only one the letter gives, so the reader is shown what was there."""
    lines: dict[str, None] = {}
    for rel in document.part.rels.values():
        if rel.reltype in _MARGIN_PARTS and not rel.is_external:
            for paragraph in rel.target_part.element.iter(f"{W}p"):
                text = one_line("".join(t.text or "" for t in paragraph.iter(f"{W}t")))
                if text:
                    lines[text] = None
    if not lines:
        return []
    return [
        f"Left out: the text of the page headers and footers{_quoted(list(lines))}. Copy "
        "into the letter what a reader needs from it, such as a phone number or an address."
    ]


def _quoted(lines: list[str]) -> str:
    """The first four of ``lines`` with text, each once, quoted and cut short, with how many
    more, in brackets after a space, as a note names them; "" when none has text."""
    lines = [line for line in dict.fromkeys(lines) if line]
    if not lines:
        return ""
    quoted = ", ".join(f"“{excerpt(line, 60)}”" for line in lines[:4])
    more = f" and {plural(len(lines) - 4, 'line')} more" if len(lines) > 4 else ""
    return f" ({quoted}{more})"
