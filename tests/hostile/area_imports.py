"""Hostile drafts given to the import (clearnotice/importing.py): empty, huge, binary, disguised,
badly encoded, zip bombs, markup only, far past the size limits. An accepted draft must hold
exactly the file's text; anything else is refused with one message naming the file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from clearnotice.importing import MAX_CHARACTERS, MAX_TEXT_BYTES, ImportProblem, import_draft
from tests.hostile.documents import docx_with, zip_of
from tests.hostile.harness import ACCEPTED, REFUSED, WARNED, WRONG, Case, Outcome

NAME = "imports"

_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"
_LETTER = "# Notice of Data Breach\n\nWe are writing to tell you about a breach.\n"


def _docx_with_body(xml: bytes) -> bytes:
    """A real .docx whose body part is replaced by ``xml``."""
    source = zipfile.ZipFile(io.BytesIO(docx_with(1)))
    return zip_of(
        {
            i.filename: xml if i.filename == "word/document.xml" else source.read(i)
            for i in source.infolist()
        }
    )


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>"
)


def _docx_plus(members: dict[str, bytes], *, links: bytes = b"") -> bytes:
    """A real one-paragraph .docx with ``members`` added to its package, and ``links`` (XML
    ``Relationship`` elements) added to the body's relationships."""
    source = zipfile.ZipFile(io.BytesIO(docx_with(1)))
    parts = {item.filename: source.read(item) for item in source.infolist()}
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", links + b"</Relationships>")
    return zip_of({**parts, **members})


_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# Relationships naming what lies outside the package: a file of the server beside it, and one
# by its file: address (ECMA-376 Part 2, 9.3: TargetMode "External" points outside).
_OUTSIDE = b'<Relationship Id="rId90" Type="' + _REL + b'image" Target="../../../../etc/passwd"/>'
_EXTERNAL = (
    b'<Relationship Id="rId91" Type="' + _REL + b'image" Target="file:///etc/passwd" '
    b'TargetMode="External"/>'
)


def _case(id: str, expect: str, name: str, data: bytes, text: str | None = None, note=""):
    """``text``: what an accepted draft must hold (its Markdown, without the final newline)."""
    return Case(id, expect, (name, data, text), note)


CASES = (
    _case("empty-md", REFUSED, "a.md", b""),
    _case("empty-docx", REFUSED, "a.docx", b""),
    _case("whitespace-only", REFUSED, "a.txt", b" \r\n\t\n  "),
    _case("bom-only", REFUSED, "a.md", b"\xef\xbb\xbf\n"),
    _case("heading-marker-only", REFUSED, "a.md", b"# ", note="the crash of issue 11 point 1"),
    _case("markup-only", REFUSED, "a.md", b"## **  **\n\n- \n\n> "),
    _case("emoji-only", REFUSED, "a.md", "😀🎉".encode(), note="no word to write a letter from"),
    _case("huge-text-file", REFUSED, "a.txt", b"word " * (MAX_TEXT_BYTES // 5 + 1)),
    _case("too-many-characters", REFUSED, "a.md", b"a" * (MAX_CHARACTERS + 1)),
    _case("very-long-line", ACCEPTED, "a.md", b"x" * 90_000, "x" * 90_000),
    _case("20000-paragraphs-md", REFUSED, "a.md", b"Line.\n\n" * 20_000),
    _case("20000-paragraphs-docx", REFUSED, "a.docx", docx_with(20_000)),
    _case("table-cells-docx", REFUSED, "a.docx", docx_with(cells=2_000)),
    _case("characters-docx", REFUSED, "a.docx", docx_with(3, text="y" * 50_000)),
    _case("binary-noise", REFUSED, "a.txt", bytes(range(256)) * 4),
    _case("png-renamed-docx", REFUSED, "photo.docx", _PNG),
    _case("png-renamed-md", REFUSED, "photo.md", _PNG),
    _case("pdf-renamed-txt", REFUSED, "a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    _case(
        "zip-bomb",
        REFUSED,
        "bomb.docx",
        zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * 60_000_000}),
    ),
    _case("zip-not-docx", REFUSED, "a.docx", zip_of({"notes.txt": b"hello"})),
    _case("docx-garbage-body", REFUSED, "a.docx", _docx_with_body(b"<w:document><not xml")),
    _case("docx-entity-expansion", REFUSED, "a.docx", _docx_with_body(_LAUGHS)),
    _case(
        "docx-entries-outside-the-package",
        ACCEPTED,
        "a.docx",
        _docx_plus({"../../evil.txt": b"x", "/etc/evil.txt": b"x", "C:\\evil.txt": b"x"}),
        "We are sorry.",
        "nothing is unpacked to disk: the names are never paths",
    ),
    _case(
        "docx-20000-tiny-entries",
        REFUSED,
        "a.docx",
        _docx_plus({f"customXml/n{n}.xml": b"" for n in range(20_000)}),
        note="Word writes some tens of parts; the count is read from the zip's end record",
    ),
    _case(
        "docx-relationship-outside",
        REFUSED,
        "a.docx",
        _docx_plus({}, links=_OUTSIDE),
        note="python-docx looks for the part inside the package only, and finds none",
    ),
    _case(
        "docx-external-relationship",
        ACCEPTED,
        "a.docx",
        _docx_plus({}, links=_EXTERNAL),
        "We are sorry.",
        "an external target is never fetched",
    ),
    _case("docx-not-a-zip", REFUSED, "a.docx", b"PK\x03\x04 truncated"),
    _case("docx-letter", ACCEPTED, "a.docx", docx_with(2), "We are sorry.\n\nWe are sorry."),
    _case("utf16-with-bom", ACCEPTED, "a.txt", b"\xff\xfe" + _LETTER.encode("utf-16-le"), _LETTER),
    _case(
        "utf16-be-with-bom", ACCEPTED, "a.txt", b"\xfe\xff" + _LETTER.encode("utf-16-be"), _LETTER
    ),
    _case("utf16-without-bom", REFUSED, "a.txt", _LETTER.encode("utf-16-le")),
    _case("latin1", WARNED, "a.txt", "Señor Müller, café".encode("latin-1")),
    _case("undecodable", REFUSED, "a.txt", b"Dear \x81\x8d\x8f\x90 customer"),
    _case("nul-bytes", REFUSED, "a.txt", b"Dear customer\x00\x00"),
    _case("control-character", REFUSED, "a.md", b"Dear customer\x07, we lost data."),
    _case("c1-control-character", REFUSED, "a.md", "Dear customer\x85 hi".encode()),
    _case(
        "html-script",
        ACCEPTED,
        "a.md",
        b"We are sorry. <script>alert(1)</script> <img src=x onerror=alert(1)>",
        "We are sorry. <script>alert(1)</script> <img src=x onerror=alert(1)>",
        "kept as text; every view escapes it",
    ),
    _case(
        "image-link",
        ACCEPTED,
        "a.md",
        b"See ![x](http://198.51.100.7/pixel.png) here.",
        "See ![x](http://198.51.100.7/pixel.png) here.",
    ),
    _case(
        "spreadsheet-formulas",
        ACCEPTED,
        "a.txt",
        b'=HYPERLINK("http://198.51.100.7","click")\n\n+1+1\n\n@SUM(A1)',
        '=HYPERLINK("http://198.51.100.7","click")\n\n+1+1\n\n@SUM(A1)',
    ),
    _case(
        "right-to-left",
        ACCEPTED,
        "a.md",
        "# إشعار\n\nنأسف لإبلاغكم بحدوث اختراق.\n\nשלום עולם.".encode(),
        "# إشعار\n\nنأسف لإبلاغكم بحدوث اختراق.\n\nשלום עולם.",
    ),
    _case(
        "bidi-override",
        ACCEPTED,
        "a.md",
        "Call \u202e0000-555\u202c today.".encode(),
        "Call \u202e0000-555\u202c today.",
        "format characters are text, not controls",
    ),
    _case(
        "emoji-in-text",
        ACCEPTED,
        "a.md",
        "We are sorry 😔 about this.".encode(),
        "We are sorry 😔 about this.",
    ),
    _case("crlf-lines", ACCEPTED, "a.md", b"One.\r\n\r\nTwo.\r\n", "One.\n\nTwo."),
    _case("path-in-name", ACCEPTED, "../../etc/passwd.md", b"Hello there.", "Hello there."),
    _case("old-word-doc", REFUSED, "a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    _case("pdf-extension", REFUSED, "a.pdf", b"%PDF-1.7"),
    _case("no-extension", REFUSED, "letter", b"Hello."),
    _case("executable", REFUSED, "setup.exe", b"MZ\x90\x00"),
)


def attempt(case: Case, workdir: Path) -> Outcome:
    name, data, expected = case.payload
    try:
        draft = import_draft(data, name)
    except ImportProblem as problem:
        return Outcome(REFUSED, str(problem))
    if draft.warnings:
        return Outcome(WARNED, " ".join(draft.warnings))
    if expected is not None and draft.text != expected.rstrip("\n") + "\n":
        return Outcome(WRONG, f"imported {draft.text[:80]!r}, the file holds {expected[:80]!r}")
    return Outcome(ACCEPTED, f"{len(draft.text):,} characters, title “{draft.title}”")
