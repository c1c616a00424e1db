"""Strict CSV: a file's bytes decoded to text, and the text split into records that know the
physical lines they came from.

Python's csv module (even with ``strict=True``) lets a quote that never closes swallow every
later row into one value, so a customer's letter could carry the next customers' data. Here the
grammar is RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) read strictly: a quote that never
closes refuses the file, a quote that closes in the middle of a value is reported on its record,
and every record carries its first and last physical line so messages can name them. A quote
inside an unquoted value is kept as typed, as Excel and LibreOffice read it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

DELIMITERS = (",", ";", "\t", "|")
# Longest marks first: the UTF-32-LE mark starts like the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A UTF-8 multi-byte sequence: a file holding one is UTF-8 text, and an invalid byte in it is
# damage, not another encoding.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
# The unrolled form of "anything but a lone quote": linear even when the quote never closes.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class CsvError(ValueError):
    """Text that cannot be split into records with certainty; the message names the line."""


@dataclass(frozen=True)
class Decoded:
    text: str
    warning: str = ""  # said to the user when the encoding was a guess


def decode(data: bytes) -> Decoded:
    """UTF-8 (with or without a BOM) or BOM-marked UTF-16/32; a file with no UTF-8 in it at all
    is read as Windows-1252, the "CSV" of Excel on Windows, with a warning. Anything else, and
    UTF-8 with a damaged byte (read as Windows-1252 it would print "ZoÃ«"), is refused.

    UTF-16 is decoded, not refused, when it starts with a byte-order mark: the mark names the
    encoding without doubt, and Excel's "Unicode text" export is exactly that (tab-separated
    UTF-16 with a BOM), so refusing it would turn away a common, correct list. Without a mark
    the byte order is a guess, and the file's NUL bytes get it refused with binary files.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_refuse_nul(_strict(data, encoding, encoding.upper())))
    _refuse_nul(data.decode("latin-1"))  # byte for byte, so the line is right in any encoding
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(data):
            raise CsvError(
                f"line {_line_of(data, exc.start, 'utf-8')} is not valid UTF-8 (byte "
                f"0x{data[exc.start]:02x}), while the rest of the file is: the file is damaged "
                "or mixes encodings. Save it again as CSV UTF-8."
            ) from exc
    return Decoded(
        _strict(data, "cp1252", "Windows-1252"),
        "the list is not UTF-8, so it was read as Windows-1252 (Western European): check that "
        "accented names look right, or save the list as CSV UTF-8.",
    )


def _refuse_nul(text: str) -> str:
    """A NUL is never in a text list: it is a binary file, or UTF-16 saved without its BOM."""
    at = text.find("\x00")
    if at >= 0:
        raise CsvError(
            f"line {line_breaks(text[:at]) + 1} holds a NUL byte: this is not a text CSV file "
            "(a binary file, or UTF-16 without a byte-order mark). Save the list as CSV UTF-8."
        )
    return text


def _strict(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CsvError(
            f"line {_line_of(data, exc.start, encoding)} cannot be read as {label} text "
            f"(byte 0x{data[exc.start]:02x}). Save the list as CSV UTF-8."
        ) from exc


def _line_of(data: bytes, position: int, encoding: str) -> int:
    return data[:position].decode(encoding, errors="replace").count("\n") + 1


@dataclass
class Record:
    """One record's values, the physical lines it spans, and what was wrong with its quoting."""

    values: list[str]
    first_line: int
    last_line: int
    problems: list[str] = field(default_factory=list)
    # (column position, first line, last line) of each quoted value holding line breaks
    multiline: list[tuple[int, int, int]] = field(default_factory=list)


def line_breaks(text: str) -> int:
    return len(_LINE_BREAK.findall(text))


def split_lines(text: str) -> list[str]:
    return _LINE_BREAK.split(text)


# Excel's hint on a list's first line, naming its delimiter ("sep=;"): Excel honours it and shows
# no row for it (https://github.com/SheetJS/sheetjs/issues/1144), and lists saved for Excel in a
# locale whose delimiter is not the comma carry it. A spreadsheet that reads the line as a value
# (LibreOffice shows it as a cell) saves it again with a delimiter for each empty cell after it
# ("sep=;;;"), or in quotes when it holds the delimiter ('"sep=,",,').
_EXCEL_SEPARATOR = re.compile(r'(?P<quote>"?)sep=([,;\t|])(?P=quote)\2*(?:\r\n|\r|\n)')


def excel_separator(text: str) -> tuple[str | None, int]:
    """The delimiter a first line "sep=;" names and the characters that line takes, else
    (None, 0)."""
    found = _EXCEL_SEPARATOR.match(text)
    return (found.group(2), found.end()) if found else (None, 0)


def header_delimiter(text: str) -> str | None:
    """The delimiter that splits the first record into the most values; None for one column."""
    counts = {d: len(next(records(text, d)).values) for d in DELIMITERS}
    best = max(DELIMITERS, key=counts.__getitem__)
    return best if counts[best] > 1 else None


def records(text: str, delimiter: str | None, first_line: int = 1):
    """Every record of ``text`` in order, blank ones included. ``delimiter`` None: one column;
    ``first_line`` is the file's line number of the text's first line."""
    unquoted = re.compile(r"[^\r\n]*" if delimiter is None else rf"[^{re.escape(delimiter)}\r\n]*")
    position, line, end = 0, first_line, len(text)
    while position < end:
        record = Record([], line, line)
        while True:
            if text.startswith('"', position):
                value, position = _quoted(text, position, delimiter, record, line)
                breaks = line_breaks(value)
                if breaks:
                    record.multiline.append((len(record.values), line, line + breaks))
                    line += breaks
            else:
                match = unquoted.match(text, position)
                value, position = match.group(), match.end()
            record.values.append(value)
            if delimiter is not None and text.startswith(delimiter, position):
                position += len(delimiter)
                continue
            break
        record.last_line = line
        newline = _LINE_BREAK.match(text, position)
        if newline:
            position, line = newline.end(), line + 1
        yield record


def _quoted(
    text: str, position: int, delimiter: str | None, record: Record, line: int
) -> tuple[str, int]:
    match = _QUOTED.match(text, position)
    if match is None:
        opened = text[position + 1 : position + 31].split("\n", 1)[0]
        raise CsvError(
            f"line {line}: the quote before {opened!r} never closes, so every line after it "
            "would become part of one value. Close the quote or remove it, then load the "
            "list again."
        )
    value, position = match.group(1).replace('""', '"'), match.end()
    stops = "\r\n" + (delimiter or "")
    if position < len(text) and text[position] not in stops:
        # A quote that closes mid-value ("Ann"x): keep what follows, but never trust the row.
        rest = re.compile(rf"[^{re.escape(stops)}]*").match(text, position)
        record.problems.append(
            f"line {line + line_breaks(value)}: a quoted value is followed by "
            f"{rest.group()[:30]!r} before the next "
            f"{delimiter_name(delimiter) if delimiter else 'line'}: the quotes are wrong."
        )
        value, position = value + rest.group(), rest.end()
    return value, position


def delimiter_name(delimiter: str) -> str:
    """A delimiter as a message shows it: "tab", or the character in quotes."""
    return "tab" if delimiter == "\t" else repr(delimiter)
