"""What a file is, told by its first bytes, so a refusal can say "this is a PNG image" when
someone picks the wrong file, rather than only that it is not text."""

from __future__ import annotations

ZIP = b"PK\x03\x04"  # a .docx and an .xlsx are zip packages too

# Each format's published magic number: PNG (RFC 2083, 3.1), JPEG (JFIF start-of-image marker),
# GIF (GIF89a specification), PDF (ISO 32000-1, 7.5.2), ZIP (PKWARE APPNOTE, 4.3.7), OLE2
# compound files of Office 97-2003 (MS-CFB, 2.2), RTF (RTF 1.9.1 specification).
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (ZIP, "a zip archive (a .docx is one: was it renamed?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office 97-2003 file (.doc or .xls)"),
    (b"{\\rtf", "an RTF document"),
)


def what_file(data: bytes) -> str | None:
    """What ``data`` is by its signature, e.g. "a PNG image"; None when no signature matches."""
    return next((what for signature, what in SIGNATURES if data.startswith(signature)), None)
