"""Word packages built part by part for the import's tests: a body of raw WordprocessingML in the
package python-docx saves (its styles, settings and numbering), plus the parts Word adds
(comments, footnotes, its own numbering), related and typed as Word relates and types them."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
)
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
MAIN_DOCUMENT = f"{_WML}.document.main+xml"
# Each extra part Word writes: its relationship type and its content type (ECMA-376 Part 1, 15.2).
PART_KINDS = {
    "comments": (f"{_RELS}/comments", f"{_WML}.comments+xml"),
    "footnotes": (f"{_RELS}/footnotes", f"{_WML}.footnotes+xml"),
    "endnotes": (f"{_RELS}/endnotes", f"{_WML}.endnotes+xml"),
    "numbering": (f"{_RELS}/numbering", f"{_WML}.numbering+xml"),
    "aFChunk": (f"{_RELS}/aFChunk", "text/html"),
    "styles": (f"{_RELS}/styles", f"{_WML}.styles+xml"),
    "diagramData": (
        f"{_RELS}/diagramData",
        "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
    ),
}


def run(text: str, props: str = "") -> str:
    """A w:r holding ``text`` (its spaces kept) and the run properties ``props``."""
    shown = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{shown}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*inner: str, props: str = "") -> str:
    shown = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{shown}{''.join(inner)}</w:p>"


def part_xml(root: str, inner: str) -> str:
    """A part's XML: ``root`` (w:comments, w:numbering...) declaring Word's namespaces."""
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return f"{declaration}<{root} {_NAMESPACES}>{inner}</{root}>"


def package(
    body: str,
    parts: dict[str, tuple[str, str]] | None = None,
    main_type: str = MAIN_DOCUMENT,
) -> bytes:
    """A .docx whose body is ``body`` and which holds ``parts``: kind (a key of PART_KINDS) to
    (part name under word/, its content). ``main_type`` is the body's content type, which a
    template or a macro-enabled document states otherwise."""
    out = io.BytesIO()
    Document().save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    members = {item.filename: source.read(item) for item in source.infolist()}
    document = members["word/document.xml"].decode()
    section = re.search(r"<w:sectPr\b.*</w:sectPr>", document, re.S).group()
    members["word/document.xml"] = part_xml(
        "w:document", f"<w:body>{body}{section}</w:body>"
    ).encode()
    types = members["[Content_Types].xml"].decode().replace(MAIN_DOCUMENT, main_type)
    rels = members["word/_rels/document.xml.rels"].decode()
    for number, (kind, (name, content)) in enumerate((parts or {}).items()):
        rel_type, content_type = PART_KINDS[kind]
        rels = re.sub(rf'<Relationship Id="rId\d+" Type="{re.escape(rel_type)}"[^>]*/>', "", rels)
        types = re.sub(rf'<Override PartName="/word/{re.escape(name)}"[^>]*/>', "", types)
        relation = f'<Relationship Id="rIdX{number}" Type="{rel_type}" Target="{name}"/>'
        rels = rels.replace("</Relationships>", relation + "</Relationships>")
        typed = f'<Override PartName="/word/{name}" ContentType="{content_type}"/>'
        types = types.replace("</Types>", typed + "</Types>")
        members[f"word/{name}"] = content.encode()
    members["[Content_Types].xml"] = types.encode()
    members["word/_rels/document.xml.rels"] = rels.encode()
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in members.items():
            target.writestr(name, content)
    return packed.getvalue()
