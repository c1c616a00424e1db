"""A zip bomb in a customer list or a draft: an Office package whose parts unpack to far more
than any Word or Excel file, refused from its directory's sizes or, where the directory lies,
by counting what its parts unpack to, before a reader parses one part."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from clearnotice import office_packages
from clearnotice.export.customer_list import ListError, read_customer_list
from clearnotice.office_packages import refusal

SHEET = b"<worksheet><sheetData>" + b"<row/>" * 400_000 + b"</sheetData></worksheet>"


def _package(sheet: bytes = SHEET) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        package.writestr("xl/worksheets/sheet1.xml", sheet)
    return out.getvalue()


def _stating(data: bytes, size: int) -> bytes:
    """``data`` with its directory stating ``size`` bytes for the sheet (a lie)."""
    at = data.rfind(b"PK\x01\x02")  # the sheet's directory entry, the last
    return data[: at + 24] + struct.pack("<I", size) + data[at + 28 :]


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(office_packages, "MAX_UNPACKED", len(SHEET) // 2)


def test_a_package_unpacking_to_more_than_the_cap_is_refused_with_its_size(small_cap):
    assert "unpacks to" in refusal(_package())


def test_a_directory_understating_a_part_is_caught_while_reading(small_cap):
    said = refusal(_stating(_package(), 100))
    assert said is not None and said.startswith("is damaged"), said


def test_a_package_within_the_cap_is_let_through():
    assert refusal(_package(b"<worksheet/>")) is None


def test_a_customer_list_bomb_is_refused_in_plain_words(small_cap):
    with pytest.raises(ListError, match="unpacks to"):
        read_customer_list(_package(), "customers.xlsx")
