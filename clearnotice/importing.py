"""Turning an uploaded draft (.md, .markdown, .txt, or a Word file: .docx, .docm, .dotx or .dotm)
into the Markdown text of a letter; the Word file's paragraphs are read in word_text.py and its
styles in word_styles.py, and what the text leaves out is named in word_notes.py.

Screens and commands call ``import_draft_in_worker``: the reading runs in a worker process with a
time limit (clearnotice/workers.py), so a heavy file never stalls the other users of the server.
Nothing is saved here: the caller creates the letter only after an import succeeded, so a bad
file never leaves half a letter behind. Every refusal is an ``ImportProblem`` whose message can
be shown to the user as it is.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PureWindowsPath

from clearnotice import office_packages, word_notes, word_styles, word_text
from clearnotice.file_signatures import ZIP, what_file
from clearnotice.grammar.spelling import speller_for
from clearnotice.schema import MAX_TITLE
from clearnotice.syllables import cmu_syllables
from clearnotice.text import CONTROL_CHARACTERS, HEADING, blocks, strip_inline_markup, words
from clearnotice.wording import one_line, plural
from clearnotice.workers import TookTooLong, WorkerStopped, run_apart

TEXT_EXTENSIONS = (".md", ".markdown", ".txt")
# Word's files, each read as a document (``_OTHER_WORD_FILES``): a document, a macro-enabled
# document, a template and a macro-enabled template.
WORD_EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm")
# The one list of the files the import reads: the pages' file pickers take these
# (st.file_uploader(type=...), which wants them without their dot) and name them to the user.
UPLOAD_TYPES = tuple(ext.lstrip(".") for ext in (*TEXT_EXTENSIONS, *WORD_EXTENSIONS))
ACCEPTED_NAMES = ", ".join(f".{ext}" for ext in UPLOAD_TYPES[:-1]) + f" or .{UPLOAD_TYPES[-1]}"

# A breach letter is a few kilobytes (the samples in tests/fixtures are 2-4 KB). 1 MB of text is
# some 150,000 words, far beyond any letter, yet small enough to analyse at once.
MAX_TEXT_BYTES = 1_000_000
# A .docx also carries styles, fonts and often a pasted logo, so it may be larger on disk.
MAX_DOCX_BYTES = 5_000_000
# A .docx is a zip: refuse one that would unpack to more than this (a "zip bomb").
MAX_DOCX_UNPACKED_BYTES = 50_000_000
# What a letter may hold. A breach letter is one to four pages: 20-60 paragraphs and 2,000-10,000
# characters (the samples in tests/fixtures). These limits are ten to twenty times that, and a
# letter at them is analysed in a few seconds; a 20,000-paragraph .docx took 57 s to open and held
# the server (one Python process for every user) all that time. They are checked while the file
# is read, which stops at the first paragraph past a limit (bench/bench_import.py times it).
MAX_PARAGRAPHS = 1_000
MAX_CHARACTERS = 100_000
MAX_TABLE_CELLS = 500
# The largest draft the limits accept reads in about 0.4 s here (bench/bench_import.py); the time
# limit leaves room for a busy machine and a worker's start (about 0.6 s), and stops a file that
# the limits let through but that is slow for another reason.
MAX_READ_SECONDS = 15.0
LIMITS = (
    f"at most {MAX_PARAGRAPHS:,} paragraphs, {MAX_CHARACTERS:,} characters and "
    f"{MAX_TABLE_CELLS:,} table cells"
)

_OTHER_FORMATS = {
    ".doc": "Old Word (.doc) files cannot be read. Open it in Word and save it as .docx.",
    ".rtf": "RTF files cannot be read. Save it as .docx or as plain text (.txt).",
    ".odt": "OpenDocument (.odt) files cannot be read. Save it as .docx.",
    ".pdf": "PDF files cannot be read. Import the .docx it was made from, or paste the text.",
}
# Characters a text file may hold besides printable ones.
_LINE_BREAKS = re.compile(r"\r\n|[\r\f\v\u2028\u2029]")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY = "word/document.xml"  # the body part, as Word and LibreOffice name it


class ImportProblem(ValueError):
    """A file that cannot become a letter; ``str(problem)`` is the message for the user."""


@dataclass(frozen=True)
class ImportedDraft:
    """The text of an imported draft, ready to be saved as a letter's first version."""

    title: str
    text: str
    warnings: tuple[str, ...]
    file_name: str

    @property
    def origin(self) -> str:
        """The version origin to record, e.g. ``import:draft.docx``."""
        return f"import:{self.file_name}"


def import_draft(data: bytes, file_name: str) -> ImportedDraft:
    """Read an uploaded file into Markdown letter text, or raise ``ImportProblem``."""
    name = _clean_file_name(file_name)
    extension = _extension(name)
    if extension in TEXT_EXTENSIONS:
        text, warnings = _read_text_file(data, name)
    elif extension in WORD_EXTENSIONS:
        text, warnings = _read_docx(data, name)
    elif extension in _OTHER_FORMATS:
        raise ImportProblem(f"“{name}”: {_OTHER_FORMATS[extension]}")
    else:
        what = f"a {extension} file" if extension else "a file without an extension"
        raise ImportProblem(f"“{name}” is {what}. Import accepts {ACCEPTED_NAMES}.")
    text = undo_typesetting(_normalise_lines(text)).strip("\n")
    if len(text) > MAX_CHARACTERS:
        raise _too_big(name, f"{MAX_CHARACTERS:,} characters")
    if not words(text):  # blank, or only markup such as "# " or "**": nothing to write from
        raise ImportProblem(f"“{name}” has no text in it.")
    if len(blocks(text)) > MAX_PARAGRAPHS:
        raise _too_big(name, f"{MAX_PARAGRAPHS:,} paragraphs")
    return ImportedDraft(_title(text, name), text + "\n", tuple(warnings), name)


def import_draft_in_worker(data: bytes, file_name: str) -> ImportedDraft:
    """``import_draft`` in a worker process, stopped after ``MAX_READ_SECONDS``: a time-out or
    a crash of the reader is an ``ImportProblem`` too, and the server's other users never wait."""
    name, seconds = _clean_file_name(file_name), MAX_READ_SECONDS
    try:
        return run_apart(seconds, import_draft, data, file_name)
    except TookTooLong:
        raise ImportProblem(
            f"This file, “{name}”, took too long to read (more than {seconds:g} s), so reading "
            "it was stopped. A letter reads in under a second: import the letter on its own, "
            "or save it again as .docx or as plain text."
        ) from None
    except WorkerStopped:
        raise ImportProblem(
            f"This file, “{name}”, stopped the reader before it was read, so it was not "
            "imported. Save it again as .docx or as plain text and import it again."
        ) from None


# plain text ---------------------------------------------------------------------------------
def _read_text_file(data: bytes, name: str) -> tuple[str, list[str]]:
    if not data.strip():
        raise ImportProblem(f"“{name}” is empty.")
    if len(data) > MAX_TEXT_BYTES:
        raise ImportProblem(
            f"“{name}” is {_megabytes(len(data))}; a text draft may be at most "
            f"{_megabytes(MAX_TEXT_BYTES)}. A letter is a few kilobytes."
        )
    text, warnings = decode_text(data, name)
    if len(text) > MAX_CHARACTERS:
        raise _too_big(name, f"{MAX_CHARACTERS:,} characters")
    return text, warnings


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """A text file's bytes as text, and what to tell about how they were read (``_decode``);
    ImportProblem for a binary file or one holding control characters. The import and
    ``clearnotice check`` read a text file alike: a letter one accepts, the other reads."""
    text, warnings = _decode(data, name)
    _refuse_control_characters(text, name)
    return text, warnings


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode by byte-order mark, then UTF-8, then Windows-1252 with a warning saying so."""
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                raise ImportProblem(
                    f"“{name}” says it is {label} text but is not valid {label}. "
                    "Save it again as UTF-8 text."
                ) from None
    what = what_file(data)
    if what:
        raise ImportProblem(f"“{name}” is {what}, not text.")
    if b"\x00" in data:
        raise ImportProblem(
            f"“{name}” is not a text file: it contains NUL bytes, as binary files (and text "
            "saved as UTF-16 without a byte-order mark) do. Save it as UTF-8 text."
        )
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five byte values undefined, so Python refuses those; a text of
    # another legacy encoding either fails here or shows up as control characters below.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportProblem(
            f"“{name}” is neither UTF-8 nor Windows-1252 text, so its letters cannot be read "
            "safely. Save it as UTF-8 text and import it again."
        ) from None
    return text, [
        f"“{name}” is not UTF-8, so it was read as Windows-1252 (Western European). "
        "Check that accented letters such as é, ñ and ü came through correctly."
    ]


def _refuse_control_characters(text: str, name: str) -> None:
    found = CONTROL_CHARACTERS.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise ImportProblem(
            f"“{name}” is not plain text: it holds the control character "
            f"U+{ord(found.group()):04X} on line {line}. Save it as UTF-8 text."
        )


# .docx ---------------------------------------------------------------------------------------
def _read_docx(data: bytes, name: str) -> tuple[str, list[str]]:
    if not data:
        raise ImportProblem(f"“{name}” is empty.")
    if len(data) > MAX_DOCX_BYTES:
        raise ImportProblem(
            f"“{name}” is {_megabytes(len(data))}; a .docx draft may be at most "
            f"{_megabytes(MAX_DOCX_BYTES)}. Remove large pictures and try again."
        )
    why = office_packages.refusal(data)
    if why:
        raise ImportProblem(f"“{name}” {why}. Open it in Word, save it and import it again.")
    package = _open_zip(data, name)
    with package:
        names = set(package.namelist())
        if "[Content_Types].xml" not in names:
            raise ImportProblem(f"“{name}” is a zip archive, not a Word document.")
        unpacked = sum(info.file_size for info in package.infolist())
        if unpacked > MAX_DOCX_UNPACKED_BYTES:
            raise ImportProblem(
                f"“{name}” would unpack to {_megabytes(unpacked)}, more than a letter ever "
                f"needs (limit {_megabytes(MAX_DOCX_UNPACKED_BYTES)})."
            )
        if _BODY in names:
            _measure_docx(package, name)
        kind = _other_word_file(package)
        if kind:
            data = _as_document(package, kind)
    from docx import Document  # python-docx is slow to import; only .docx imports need it

    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors...
        raise ImportProblem(
            f"“{name}” could not be read as a Word document ({type(error).__name__}). "
            "Open it in Word, save it as .docx and import it again."
        ) from None
    text, warnings = _docx_to_markdown(document)
    return text, ([_other_word_note(kind, name)] if kind else []) + warnings


# The content type of the main part of Word's other kinds of file, which python-docx refuses
# to open: a template (ECMA-376 Part 1, 11.3.10), and the macro-enabled document and template
# Word writes (Microsoft's [MS-OFFMACRO], 2.1.1.1 "Main Document"). Their text is a document's,
# and their macros a part (vbaProject.bin) ClearNotice never reads: they are read as documents.
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_WORD_FILES = {
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": (
        "a Word template",
        ".dotx",
        "its text was read as a document's",
    ),
    b"application/vnd.ms-word.document.macroEnabled.main+xml": (
        "a macro-enabled Word document",
        ".docm",
        "its text was read, its macros left out (they never run here)",
    ),
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml": (
        "a macro-enabled Word template",
        ".dotm",
        "its text was read, its macros left out (they never run here)",
    ),
}


def _other_word_note(kind: bytes, name: str) -> str:
    """The note on a Word file of another kind than a document, and on its name when the name
    says another kind ("with a .docx name")."""
    what, extension, read = _OTHER_WORD_FILES[kind]
    named = "" if _extension(name) == extension else f" with a {_extension(name)} name"
    return f"“{name}” is {what} ({extension}){named}: {read}."


def _other_word_file(package: zipfile.ZipFile) -> bytes | None:
    """The main part's content type if the package is another kind of Word file, else None."""
    types = package.read("[Content_Types].xml")
    return next((kind for kind in _OTHER_WORD_FILES if kind in types), None)


def _as_document(package: zipfile.ZipFile, kind: bytes) -> bytes:
    """The package again, its main part typed as a document's, for python-docx to open."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as document:
        for part in package.infolist():
            content = package.read(part)
            if part.filename == "[Content_Types].xml":
                content = content.replace(kind, _DOCUMENT_TYPE)
            document.writestr(part, content)
    return out.getvalue()


def _open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    what = what_file(data)
    if what and not data.startswith(ZIP):
        raise ImportProblem(f"“{name}” is {what}, not a .docx file.")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportProblem(
            f"“{name}” is not a Word .docx file (a .docx is a zip package; this is not). "
            "If it is text, rename it to .txt."
        ) from None


def _measure_docx(package: zipfile.ZipFile, name: str) -> None:
    """Refuse a document past a limit before python-docx builds it, reading its XML only up to
    the first paragraph, cell or character too many."""
    from lxml import etree

    paragraphs = cells = characters = counted = depth_in_cells = 0
    paragraph, cell, run_text = (f"{_W}{tag}" for tag in ("p", "tc", "t"))
    try:
        with package.open(_BODY) as xml:
            # no entities, no network: the file is untrusted
            events = etree.iterparse(
                xml,
                events=("start", "end"),
                tag=(paragraph, cell, run_text),
                resolve_entities=False,
                no_network=True,
            )
            for event, element in events:
                if element.tag == cell:  # a table cell's text counts, its paragraphs do not
                    cells += event == "start"
                    depth_in_cells += 1 if event == "start" else -1
                elif event == "start":
                    continue
                elif element.tag == run_text:
                    characters += len(element.text or "")
                elif characters > counted:  # a paragraph with text; empty ones only space
                    paragraphs += depth_in_cells == 0
                    counted = characters
                    element.clear()
                if characters > MAX_CHARACTERS:
                    raise _too_big(name, f"{MAX_CHARACTERS:,} characters")
                if paragraphs > MAX_PARAGRAPHS:
                    raise _too_big(name, f"{MAX_PARAGRAPHS:,} paragraphs")
                if cells > MAX_TABLE_CELLS:
                    raise _too_big(name, f"{MAX_TABLE_CELLS:,} table cells")
    except (etree.XMLSyntaxError, zipfile.BadZipFile, EOFError, OSError) as error:
        raise ImportProblem(
            f"“{name}” could not be read as a Word document ({type(error).__name__}). "
            "Open it in Word, save it as .docx and import it again."
        ) from None


def _too_big(name: str, limit: str) -> ImportProblem:
    return ImportProblem(
        f"“{name}” holds more than {limit}; a letter may hold {LIMITS}. "
        "Import the letter on its own, without appendices or customer lists."
    )


def _docx_to_markdown(document) -> tuple[str, list[str]]:
    reading = _Reading(document)
    parts, tables = _read_body(document, reading)
    unended = reading.text.unended()
    if unended:  # a field that never ends hid all that follows it: read it again as text
        reading = _Reading(document, unended)
        parts, tables = _read_body(document, reading)
    warnings = word_notes.notes(document, reading.text.gathered)
    if tables:
        warnings.append(
            f"Turned into plain lines: {plural(tables, 'table')}, one row per paragraph with "
            "cells separated by “|”. Check that they still read well."
        )
    return "\n\n".join(parts), warnings


def _read_body(document, reading: _Reading) -> tuple[list[str], int]:
    """The body's paragraphs and table rows as Markdown blocks, and how many tables it has."""
    from docx.table import Table

    parts: list[str] = []
    tables = 0
    for item in _block_items(document.element.body, document._body):
        if isinstance(item, Table):
            tables += 1 + len(item._tbl.findall(f".//{_W}tbl"))  # and those inside its cells
            parts.extend(_table_lines(item, reading))
        else:
            line = _paragraph_markdown(item, reading)
            if line.strip():
                parts.append(line)
    left = _bold_markdown(reading.text.carried())
    return parts + ([left] if left else []), tables


class _Reading:
    """One document's reading: its styles, its lists' numbers, and its paragraphs' text with
    what that text left out (clearnotice/word_text.py). ``unended`` are the fields a first
    reading found never ending, read this time as no field."""

    def __init__(self, document, unended: list | None = None):
        self.styles = word_styles.Styles(document.styles.element)
        self.numbering = word_text.Numbering(_numbering_element(document), document.styles.element)
        gathered = word_text.Gathered(unended=[f.instruction.strip() for f in unended or ()])
        begins = tuple(f.begin for f in unended or ())
        self.text = word_text.ParagraphText(self.styles, gathered, begins)


def _numbering_element(document):
    """The document's numbering part's XML (w:numbering), or None when it has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        return None


def _block_items(parent, owner):
    """The paragraphs and tables Word shows in ``parent`` (the body or a table cell)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in _shown_children(parent, (f"{_W}p", f"{_W}tbl")):
        yield Paragraph(child, owner) if child.tag == f"{_W}p" else Table(child, owner)


def _shown_children(parent, tags: tuple[str, ...]):
    """The children of ``parent`` with one of ``tags``, in order, those inside a content
    control or custom XML included: python-docx reads only an element's own children, so a
    paragraph in a content control, or a table's rows in a repeating section, were lost."""
    for child in parent.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in word_text.WRAPPERS:
            yield from _shown_children(child, tags)


def _paragraph_markdown(paragraph, reading: _Reading) -> str:
    if word_text.mark_deleted(paragraph._p):
        reading.text.carry(paragraph)  # its list number and style are the next paragraph's
        return ""
    marker, level = _list_marker(paragraph, reading)  # counted even when empty, as Word does
    pieces = reading.text.pieces(paragraph)
    text = "".join(piece for piece, _bold in pieces)
    if not text.strip():
        return ""
    heading = reading.styles.heading_level(paragraph)
    if heading is not None:
        number = f"{marker} " if marker and marker != "-" else ""
        return "#" * heading + " " + number + one_line(text)
    body = _bold_markdown(pieces)
    typed = _TYPED_BULLET.match(body)
    if not marker and typed:
        marker, level, body = "-", 0, body[typed.end() :]
    if marker:
        return "  " * level + marker + " " + one_line(body)
    return body


# A bullet typed in a symbol font and followed by a tab or a space, as Word's bullet library
# writes one when the list's numbering is lost (clearnotice/word_text.LIST_SIGNS).
_TYPED_BULLET = re.compile(rf"^[{word_text.LIST_SIGNS}][ \t]+")


def _list_marker(paragraph, reading: _Reading) -> tuple[str, int]:
    """The marker Word shows before the paragraph ("1.", "(a)", "-" for a bullet) and its
    nesting level (0 for the top), or ("", 0) for no list item. The list is the paragraph's
    numbering properties (w:numPr, ECMA-376 Part 1, 17.3.1.19) or its style's; a list style's
    name ("List Bullet 2") gives the level, which Word's styles set by their list's indent
    rather than by a level, and makes a bullet when no numbering is given."""
    listed = re.fullmatch(
        r"List (?:Bullet|Number)(?: (\d))?", reading.styles.paragraph_name(paragraph)
    )
    named_level = int(listed.group(1)) - 1 if listed and listed.group(1) else 0
    numbered = _numbering_properties(paragraph, reading.styles)
    if numbered is not None:
        list_id, level = numbered
        if list_id == "0":  # numbering taken off (ECMA-376 Part 1, 17.9)
            return "", 0
        return reading.numbering.marker(list_id, level), level or named_level
    return ("-", named_level) if listed else ("", 0)


def _numbering_properties(paragraph, styles: word_styles.Styles) -> tuple[str, int] | None:
    """The list id and level of the paragraph's numbering, its own or its style's (the first a
    style or a style it is based on gives), or None."""
    list_id = level = None
    sources = [paragraph._p.pPr, *(s.find(f"{_W}pPr") for s in styles.paragraph_styles(paragraph))]
    for p_pr in sources:
        found = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        if found is None:
            continue
        list_id = list_id or _value(found, "numId")
        level = level if level is not None else _value(found, "ilvl")
    if list_id is None:
        return None
    return list_id, word_text.read_number(level)


def _value(parent, tag: str) -> str | None:
    found = parent.find(f"{_W}{tag}")
    return found.get(f"{_W}val") if found is not None else None


def _bold_markdown(pieces: list[tuple[str, bool]]) -> str:
    """The paragraph's text pieces, bold ones in ``**``."""
    merged: list[list] = []
    for text, bold in pieces:
        bold = bold and bool(text.strip())
        if merged and (merged[-1][1] == bold or not text.strip()):
            merged[-1][0] += text
        else:
            merged.append([text, bold])
    out = []
    for text, bold in merged:
        if bold:
            # "** word**" is not bold in Markdown: keep the spaces outside the markers.
            core = text.strip()
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(text)
    return "".join(out).strip()


def _table_lines(table, reading: _Reading, cells_by: str = " | ") -> list[str]:
    """A line per row, its cells separated by ``cells_by``. A table inside a cell is read into
    that cell's value, its cells separated by commas and its rows by semicolons: it was left out,
    and the text it held with it (a bureau's phone number). A merged cell is one w:tc, and the
    cells a vertical merge goes on into are empty (w:vMerge, ECMA-376 Part 1, 17.4), so each is read
    once, in the row it starts."""
    from docx.table import Table

    lines = []
    for row in _shown_children(table._tbl, (f"{_W}tr",)):
        cells = []
        for cell in _shown_children(row, (f"{_W}tc",)):
            shown = [
                "; ".join(_table_lines(item, reading, ", "))
                if isinstance(item, Table)
                else _cell_line(item, reading)
                for item in _block_items(cell, table)
            ]
            value = ", ".join(text for text in shown if text.strip())
            if value:
                cells.append(value)
        if cells:
            lines.append(cells_by.join(cells))
    return lines


def _cell_line(paragraph, reading: _Reading) -> str:
    """A table cell's paragraph on one line, after its list number if it has one ("1. Call
    us"): a bullet is left out, the cells' commas part the items."""
    if word_text.mark_deleted(paragraph._p):
        reading.text.carry(paragraph)
        return ""
    marker, _level = _list_marker(paragraph, reading)
    text = one_line("".join(piece for piece, _bold in reading.text.pieces(paragraph)))
    return f"{marker} {text}" if text and marker and marker != "-" else text


# shared --------------------------------------------------------------------------------------
def _normalise_lines(text: str) -> str:
    return _LINE_BREAKS.sub("\n", text)


# What a PDF's typesetting leaves in text copied out of it, undone at import so that what is
# saved is what a reader sees, and every finding's offsets point at the saved words.
# A soft hyphen (U+00AD) is a place a word may break, shown only where it does (The Unicode
# Standard 15.0, 23.2 "Layout Controls", Hyphenation): copied, it sits inside the word, or at a
# line's end where the word broke, and the word is one either way.
_SOFT_HYPHEN = "\u00ad"
# The Latin ligatures of the Alphabetic Presentation Forms block (U+FB00-FB06: ff fi fl ffi ffl
# and two st), each replaced by its compatibility decomposition, the letters it joins (NFKC).
# A web page's hyphen (U+2010) and non-breaking hyphen (U+2011) are the writer's "-" (The Unicode
# Standard 15.0, 6.2 "Dashes and Hyphens"); a zero-width space (U+200B) and a word joiner
# (U+2060) show nothing, and a byte order mark inside the text (U+FEFF) is an old word joiner.
# Not the zero-width joiner and non-joiner (U+200C, U+200D), which shape Persian and Indic words.
_TYPESETTING = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_TYPESETTING.update({0x2010: "-", 0x2011: "-", 0x200B: "", 0x2060: "", 0xFEFF: ""})
# Every character above, and the soft hyphen: what the review flags in pasted text
# (clearnotice/checks/typesetting.py).
TYPESET_CHARACTERS = _SOFT_HYPHEN + "".join(map(chr, _TYPESETTING))
# A word broken at a line's end by a hyphen, and the rest of the word's line: the two parts,
# anything glued after the second ("ty." of "identi-" / "ty. We"), then the spaces before the
# next word, where the line break goes once the word is whole.
_LINE_END_HYPHEN = re.compile(
    r"(?<![\w-])(?P<first>[^\W\d_]+)(?P<hyphen>[-\u00ad])\n[ \t]*"
    r"(?P<second>[^\W_]+)(?P<rest>\S*)(?P<gap>[ \t]+)?"
)
_BROKEN_AT_LINE_END = re.compile("[-\u00ad]\n")


def undo_typesetting(text: str) -> str:
    """``text`` (its line breaks LF) as the writer typed it before a PDF or a web page set it:
    ligatures spelled out, hyphens as typed, unseen characters dropped, then a word hyphenated
    at a line's end whole again on the first line, its hyphen kept where it belongs to the word
    (``_keeps_hyphen``), and soft hyphens dropped."""
    text = text.translate(_TYPESETTING)
    if _BROKEN_AT_LINE_END.search(text):
        text = _LINE_END_HYPHEN.sub(_rejoined, text)
    return text.replace(_SOFT_HYPHEN, "")


# Prefixes a writer hyphenates before a capital ("mid-March", "non-English", "un-American"):
# The Chicago Manual of Style, 17th ed., 7.89, section 3, "Prefixes" (hyphenated before a
# capitalized word or a numeral); "e-" and "self-"/"all-" compounds from its sections 1 and 3.
_PREFIXES = frozenset(
    "all ante anti bi bio co counter cyber de e ex extra hyper infra inter intra macro mega meta "
    "micro mid mini multi neo non over pan post pre pro proto pseudo re self semi sub super "
    "supra trans ultra un under".split()
)


def _rejoined(broken: re.Match[str]) -> str:
    """A word broken at a line's end, whole on the first line, the line breaking after it; or a
    dash between two clauses (``_between_clauses``), the line break read as the space it is."""
    first, second = broken["first"], broken["second"]
    if broken["hyphen"] == _SOFT_HYPHEN and not _goes_on(first, second):
        return broken.group()  # the soft hyphen is dropped with the others
    hyphen = broken["hyphen"] == "-" and _keeps_hyphen(first, second)
    word = f"{first}-{second}" if hyphen else first + second
    if hyphen and _between_clauses(first, second):
        word = f"{first}- {second}"
    line_goes_on = broken["gap"] is not None and broken.end() < len(broken.string)
    after = broken.string[broken.end() : broken.end() + 1]
    return word + broken["rest"] + ("\n" if line_goes_on and after != "\n" else broken["gap"] or "")


def _goes_on(first: str, second: str) -> bool:
    """Whether ``second`` goes on the word ``first`` a soft hyphen broke at a line's end: in
    lower case, or in capitals after capitals ("IDENTI" / "TY"). A capital after lower case or
    a number starts a new word: the soft hyphen was typed after the last one."""
    return second[0].islower() or (first.isupper() and second.isupper())


def _between_clauses(first: str, second: str) -> bool:
    """Whether a hyphen at a line's end, between ``first`` and ``second``, is a dash between
    two clauses ("our customers-" / "We are sorry"): a lower-case word that is no prefix
    (``_PREFIXES``) before a capital. A capital after a capital is a double-barrelled name
    ("Smith-" / "Jones"), after a prefix a compound ("mid-" / "March")."""
    return first.islower() and second[0].isupper() and first.lower() not in _PREFIXES


def _keeps_hyphen(first: str, second: str) -> bool:
    """Whether a hyphen at a line's end belongs to the word: before a number or a capital
    ("COVID-" / "19", "Smith-" / "Jones"), in a word the CMU Pronouncing Dictionary lists with
    it ("follow-up", "e-mail"), or where the joined parts make no word a dictionary knows
    ("two-" / "factor"). Only a joined word a dictionary knows ("identi-" / "ty") loses it."""
    if not second[0].islower():
        return True
    if f"{first}-{second}".lower() in cmu_syllables():
        return True
    return not _known_word(first + second)


def _known_word(word: str) -> bool:
    """Whether ``word`` is in the CMU Pronouncing Dictionary or in an installed Hunspell
    dictionary of English or of a language letters are written in (Spanish, French, German):
    a newer word ("ransomware") or another language's ("información"). Each is loaded only
    when the one before does not know the word."""
    if word.lower() in cmu_syllables():
        return True
    spellers = (speller_for(language) for language in ("en", "es", "fr", "de"))
    return any(speller is not None and speller.knows(word) for speller in spellers)


def _title(text: str, name: str) -> str:
    for block in blocks(text):
        if block.kind == HEADING:
            title = one_line(strip_inline_markup(block.text))
            if title:
                return _sentence_case(title)[:MAX_TITLE]
    stem = PureWindowsPath(name).stem
    return _sentence_case(one_line(re.sub(r"[_\-.]+", " ", stem)) or "Imported letter")[:MAX_TITLE]


def _sentence_case(title: str) -> str:
    """A title shouted in capitals ("NOTICE OF DATA BREACH", as letters' first lines often are)
    in sentence case ("Notice of data breach"); any other title as it was typed. A word without
    a vowel stays in capitals: it is an abbreviation ("SSN", "HHS")."""
    if not title.isupper():
        return title
    kept = [
        w if w.isupper() and not set(w) & set("AEIOUY") else w.lower() for w in title.split(" ")
    ]
    sentence = " ".join(kept)
    return sentence[:1].upper() + sentence[1:]


def _clean_file_name(file_name: str) -> str:
    """The bare file name, without any folders or control characters a browser may send."""
    base = PureWindowsPath(file_name or "").name  # splits on both / and \
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip()
    return base[:200] or "upload"


def _extension(name: str) -> str:
    return PureWindowsPath(name).suffix.lower()


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
