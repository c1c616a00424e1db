"""A month's name that the date forms match ignoring case through a letter beyond ASCII (``re``
matches "s" with the long s "ſ", "i" with the dotted capital "İ" and the dotless "ı", "k" with
the Kelvin sign) is read as that month: its lower case is no name in the table ("apri̇l" for
"APRİL"), and looking it up there made QA of such a translation fail with a KeyError."""

from __future__ import annotations

import pytest

from clearnotice.translate.dates import DateValue, find_dates, range_ends


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("3 de ſeptiembre de 2026", "es", DateValue(2026, 9, 3)),
        ("APR\u0130L 3, 2026", "en", DateValue(2026, 4, 3)),
        ("3. O\u212atober 2026", "de", DateValue(2026, 10, 3)),
        ("3 MAYIS 2024", "tr", DateValue(2024, 5, 3)),
        ("3 mayis 2024", "tr", DateValue(2024, 5, 3)),
    ],
)
def test_a_month_matched_through_a_case_beyond_ascii_is_read(text, language, value) -> None:
    (found,) = find_dates(text, language)
    assert (found.text, found.value) == (text, value)


def test_an_english_range_whose_month_is_matched_so_is_read() -> None:
    (end,) = range_ends("Open APR\u0130L 14-20, 2026.")
    assert (end.text, end.value) == ("20, 2026", DateValue(2026, 4, 20))
