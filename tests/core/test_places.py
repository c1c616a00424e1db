"""Which jurisdiction a customer list's state and country columns name, and what is too unclear
to name one."""

from __future__ import annotations

import pytest

from clearnotice.export.customer_list import read_customer_list
from clearnotice.places import places_in, read_place


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ({"State": " ma "}, "MA"),
        ({"state": "Massachusetts", "country": "United States"}, "MA"),
        ({"province": "Quebec", "country": "CA"}, "QC"),  # "CA" is Canada as a country
        ({"state": "CA", "country": "USA"}, "CA"),  # and California as a state
        ({"country": "Canada"}, "CAN"),
        ({"country": "UK"}, "UK"),
        ({"country": "France"}, "GDPR"),
        ({"country": "Norway"}, "GDPR"),  # the EEA
        ({"country": "Japan"}, ""),  # a country with no jurisdiction of its own
        ({"state": "", "country": "Australia"}, "AU"),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else v,
)
def test_a_place_names_its_jurisdiction(row, code):
    place = read_place(row)
    assert (place.code, place.problem) == (code, "")


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"state": "Ontario"}, "state 'Ontario' is no state or country ClearNotice knows"),
        ({"state": "NY/NJ"}, "state 'NY/NJ' names more than one place"),
        ({"state": "Texas", "country": "Canada"}, "state 'Texas' and country 'Canada' disagree"),
        ({"country": "United States"}, "is the United States but no state"),
        ({"country": "Atlantis"}, "country 'Atlantis' is no country ClearNotice knows"),
        ({"state": '=HYPERLINK("x")'}, "is no state or country ClearNotice knows"),
        ({"state": "", "country": " "}, "the row gives no state or country"),
        ({"name": "Ana"}, "the list has no state or country column"),
    ],
    ids=[
        "unknown-state",
        "two-states",
        "disagree",
        "us-without-state",
        "unknown-country",
        "formula",
        "blank",
        "no-column",
    ],  # fmt: skip
)
def test_an_unclear_place_says_why(row, problem):
    place = read_place(row)
    assert place.code == "" and problem in place.problem


def test_a_lists_places_count_each_jurisdiction_and_name_the_unreadable_rows():
    customers = read_customer_list(
        b'state,country\nMA,US\nMassachusetts,\n,Germany\n,Japan\n"MA, TX",\n', "list.csv"
    )
    found = places_in(customers)
    assert found.rows == {"MA": 2, "GDPR": 1} and found.codes == ["MA", "GDPR"]
    assert found.elsewhere == 1
    assert [line for line, _ in found.unreadable] == ["6"]  # the fifth row, under the header
    assert found.unreadable_note.startswith("no place read for sure in 1 row, which the merge")


def test_adding_a_lists_places_adds_only_new_known_ones_and_says_so():
    customers = read_customer_list(b"state\nMA\nMA\nTX\nCA\nOZ\n", "list.csv")
    found = places_in(customers)
    added, said = found.added_to(["CA"], known={"CA", "MA"})
    assert added == ["MA"]  # CA is chosen already; TX has no profile here
    assert said.startswith("Added MA. The list names MA (2 rows), ")
    assert "CA (1 row)" in said and "TX (1 row)" in said
    assert "No place read for sure in 1 row" in said  # OZ
    assert found.added_to(["CA", "MA"], known={"CA", "MA"})[1].startswith("No jurisdiction to add.")
