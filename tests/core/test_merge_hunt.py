"""The mail merge hunted as a bad day would run it: lists as real programs and people write
them, and values that would put a wrong letter in the post."""

from __future__ import annotations

import pytest

from clearnotice.export.customer_list import ListError, read_customer_list


# a list's shape --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        b'"Customer list, March 2026",,\n,,\ncustomer_id,customer_name,language\nC-1,Ana,es\n'
        b"C-2,Bo,en\n",
        b"Customer list March 2026;;\r\n;;\r\ncustomer_id;customer_name;language\r\nC-1;Ana;es\r\n",
    ],
    ids=["comma", "semicolon"],
)
def test_a_title_above_a_csv_header_saved_by_a_spreadsheet_is_refused_naming_the_header(data):
    """Excel saves a title typed in A1 of a three-column sheet as "title,,": the header then
    had the title as its only name, and the real header merged as a customer."""
    with pytest.raises(ListError, match="line 3 looks like the header"):
        read_customer_list(data, "l.csv")
