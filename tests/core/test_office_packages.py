"""The checks made on an Office file's zip before any reader opens it: the count of its parts,
read from the zip's end record (ZIP64's too), and a document type declaration in any part."""

from __future__ import annotations

import io
import zipfile

import pytest

from clearnotice.office_packages import MAX_PARTS, refusal


def _zip(entries: int, body: bytes = b"<w:document/>") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        package.writestr("word/document.xml", body)
        for n in range(entries):
            package.writestr(f"pad/{n}", b"")
    return out.getvalue()


def test_a_package_of_usual_size_and_plain_xml_is_let_through():
    assert refusal(_zip(20)) is None


@pytest.mark.parametrize(
    "entries",
    [MAX_PARTS + 1, 70_000],  # 70,000 entries take a ZIP64 end record (more than 65,535)
    ids=["end-record", "zip64-end-record"],
)
def test_a_package_padded_with_entries_is_refused_naming_their_count(entries):
    why = refusal(_zip(entries))
    assert why is not None and f"{entries + 2:,} parts" in why


def test_a_document_type_declaration_is_refused_naming_its_part():
    body = b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY p "x">]><w:document/>'
    why = refusal(_zip(0, body))
    assert why is not None and "word/document.xml" in why


@pytest.mark.parametrize("data", [b"", b"plain text, no zip", b"PK\x05\x06 cut short"])
def test_what_is_no_zip_is_left_to_its_reader(data):
    assert refusal(data) is None
