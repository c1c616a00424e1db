"""What makes an Office file (a .docx draft, an .xlsx customer list) unsafe to open at all,
checked on its zip before python-docx or openpyxl reads a part.

Both formats are Open Packaging Conventions packages (ECMA-376 Part 2): a zip of XML parts.
Word and Excel write some tens of parts, and never a document type declaration.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

# A real .docx or .xlsx has tens of parts; zipfile reads every entry's header before a reader
# sees one part, so 400,000 empty entries cost 6.6 s and 440 MB to read one customer.
MAX_PARTS = 5_000
# What a package may unpack to, all parts together. A customer list is at most 100,000 rows
# (customer_list.MAX_ROWS) in a 50 MB file: a 20-column row is about 1.5 KB of sheet and
# shared-string XML, so such a list unpacks to about 150 MB. A zip bomb's sheet of zeros packs
# 1,000 to 1 under deflate, 50 MB to 50 GB, and openpyxl would parse it all.
MAX_UNPACKED = 512 * 2**20
_CHUNK = 2**20
_XML_PARTS = (".xml", ".rels")


def refusal(data: bytes) -> str | None:
    """Why the package ``data`` must not be read, as words that follow "it", or None (also for
    a file that is no zip: its reader names it).

    A document type declaration is refused, as ECMA-376 Part 2 (requirement M1.18) asks of a
    package reader: the readers parse without entities, so a declared entity's text, and what
    follows it in the run, vanished without a word ("Dear customer. &p; Sincerely." became
    "Dear customer.")."""
    parts = _entries(data)
    if parts is not None and parts > MAX_PARTS:
        return f"holds {parts:,} parts, where a Word or Excel file holds some tens"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            too_large = _unpacks_too_large(package)
            if too_large:
                return too_large
            for part in package.infolist():
                if part.filename.lower().endswith(_XML_PARTS) and _declares_a_type(package, part):
                    return (
                        f"declares a document type in {part.filename}, which Word and Excel "
                        "never write and Office files may not hold"
                    )
    except zipfile.BadZipFile:
        return None
    return None


def _unpacks_too_large(package: zipfile.ZipFile) -> str | None:
    """Why the parts unpack to too much, or None: first from the sizes the zip's directory
    states, then by unpacking every part and counting, since the directory can lie (a part
    whose data unpacks otherwise than stated fails its check, and is refused too)."""
    stated = sum(part.file_size for part in package.infolist())
    if stated > MAX_UNPACKED:
        return _unpacks_to(stated)
    unpacked = 0
    try:
        for part in package.infolist():
            with package.open(part) as stream:
                while chunk := stream.read(_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > MAX_UNPACKED:
                        return _unpacks_to(unpacked, counted=True)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as damaged:
        return f"is damaged ({damaged}), so it cannot be read safely"
    return None


def _unpacks_to(size: int, counted: bool = False) -> str:
    more = "more than " if counted else ""
    return (
        f"unpacks to {more}{size / 2**20:,.0f} MB, where ClearNotice reads at most "
        f"{MAX_UNPACKED // 2**20} MB of a Word or Excel file"
    )


def _entries(data: bytes) -> int | None:
    """How many entries the zip's end record says it holds, read without parsing its directory
    (which is what costs); None when there is no end record. PKWARE's APPNOTE.TXT, 4.3.14-4.3.16:
    the end record (signature PK 5 6) is within the last 65,557 bytes, its total at offset 10;
    0xFFFF there sends to the ZIP64 end record (PK 6 6, its total at offset 32), whose place the
    ZIP64 locator (PK 6 7, 20 bytes before the end record) gives at its offset 8."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or len(data) < end + 22:
        return None
    total = int.from_bytes(data[end + 10 : end + 12], "little")
    locator = end - 20
    if total != 0xFFFF or locator < 0 or data[locator : locator + 4] != b"PK\x06\x07":
        return total
    record = int.from_bytes(data[locator + 8 : locator + 16], "little")
    if data[record : record + 4] != b"PK\x06\x06":
        return None
    return int.from_bytes(data[record + 32 : record + 40], "little")


def _declares_a_type(package: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether ``part`` opens with a <!DOCTYPE>: read up to its first element only."""
    with package.open(part) as xml:
        events = etree.iterparse(
            xml, events=("start",), resolve_entities=False, no_network=True, load_dtd=False
        )
        try:
            for _event, element in events:
                return bool(element.getroottree().docinfo.doctype)
        except etree.XMLSyntaxError:
            return False  # not well-formed: its reader refuses it in its own words
    return False
