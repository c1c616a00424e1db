"""A customer workbook padded with tens of thousands of empty zip entries: zipfile reads every
entry's header before openpyxl sees a cell, so a 36 MB upload of 400,000 empty entries held one
customer and cost 6.6 s and 440 MB of memory (measured on the 2-core test machine; 100,000
entries: 1.4 s, 106 MB). A real workbook has tens of parts; a few such uploads at once would
exhaust the server's memory."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from clearnotice.export.customer_list import ListError, read_customer_list

PADDING = 20_000  # entries; a limit of some thousands leaves any real workbook room


def _padded_workbook(entries: int) -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["customer_id", "customer_name"])
    book.active.append(["C-101", "Ann Archer"])
    plain = io.BytesIO()
    book.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as padded:
        for item in source.infolist():
            padded.writestr(item.filename, source.read(item))
        for n in range(entries):
            padded.writestr(f"xl/pad/{n}", b"")
    return out.getvalue()


def test_a_workbook_with_its_usual_parts_is_read():
    assert len(read_customer_list(_padded_workbook(0), "customers.xlsx")) == 1


def test_a_workbook_padded_with_empty_entries_is_refused():
    with pytest.raises(ListError):
        read_customer_list(_padded_workbook(PADDING), "customers.xlsx")
