"""Which jurisdiction a customer's address names, read from a customer list's place columns: a
state, province or territory by its code or name ("MA", "Massachusetts", "Quebec") and a country
by its ISO 3166 code or name ("CA" is Canada there, "France" falls under the GDPR).

A place that cannot be read for sure (a value that names nothing ClearNotice knows, two states
in one cell, a state and a country that disagree, the United States without a state) is a
problem in words, never a guess: the mail merge holds the row rather than send the wrong letter.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from clearnotice.export.customer_list import CustomerList
from clearnotice.guidance import jurisdictions
from clearnotice.wording import plural

# Columns of a customer list that name where a customer lives: a state, province or region (or
# a jurisdiction code of ClearNotice's own) first, then the country.
REGION_COLUMNS = ("state", "province", "region", "jurisdiction")
COUNTRY_COLUMNS = ("country",)
US = "US"  # a country whose notices go by state

# ISO 3166-1 alpha-2 -> the jurisdiction a notice to a resident of that country goes by.
_COUNTRIES = {"CA": "CAN", "GB": "UK", "AU": "AU", "PR": "PR", "GU": "GU", "VI": "VI"}
# The GDPR applies across the EU (Art. 3 GDPR) and the EEA (EEA Agreement, Annex XI, as amended
# by EEA Joint Committee Decision 154/2018); members from
# https://european-union.europa.eu/principles-countries-history/eu-countries_en
_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
_GDPR = frozenset(f"{_EU} IS LI NO".split())  # the EU, then the EEA's other three
_COUNTRY_ALIASES = {"uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB"}
_CANADIAN = frozenset({"QC"})  # the provinces ClearNotice has a profile for
_SEVERAL = re.compile(r"\s*(?:[,;/|&+]|\band\b)\s*", re.IGNORECASE)


class _Unreadable(ValueError):
    """A place value that names nothing for sure; the message says why."""


@dataclass(frozen=True)
class Place:
    """What a row says about where the customer lives: a jurisdiction code, "" for a place with
    no jurisdiction of its own (a country outside every profile), or the problem in words."""

    code: str = ""
    problem: str = ""


def read_place(row: dict[str, str]) -> Place:
    """The jurisdiction ``row``'s place columns name, or why they name none for sure."""
    columns = {str(name).strip().casefold(): name for name in row}
    regions = [_value(row, columns[c], c) for c in REGION_COLUMNS if c in columns]
    countries = [_value(row, columns[c], c) for c in COUNTRY_COLUMNS if c in columns]
    if not regions and not countries:
        return Place(problem="the list has no state or country column")
    region = next((v for v in regions if v[1]), None)
    country = next((v for v in countries if v[1]), None)
    if region is None and country is None:
        return Place(problem="the row gives no state or country")
    try:
        state = None if region is None else _region(*region)
        nation = None if country is None else _country(*country)
    except _Unreadable as problem:
        return Place(problem=str(problem))
    if state is None:
        if nation == US:
            return Place(problem=f"{country[0]} {country[1]!r} is the United States but no state")
        return Place(nation)
    if nation is not None and nation not in (state, _country_of(state)):
        return Place(problem=f"{region[0]} {region[1]!r} and {country[0]} {country[1]!r} disagree")
    return Place(state)


@dataclass(frozen=True)
class ListPlaces:
    """Where a customer list's rows live: each jurisdiction with its number of rows, the rows in
    countries outside every profile, and the rows whose place cannot be read, by the line the
    file shows them on, with why."""

    rows: Mapping[str, int]
    elsewhere: int
    unreadable: tuple[tuple[str, str], ...]

    @property
    def codes(self) -> list[str]:
        """The jurisdictions the list names, most rows first: what its per-state letters serve."""
        return [code for code, _ in Counter(self.rows).most_common()]

    @property
    def named(self) -> str:
        """The jurisdictions with their rows in words ("MA (2 rows), CA (1 row)"), or "none"."""
        return ", ".join(f"{c} ({plural(self.rows[c], 'row')})" for c in self.codes) or "none"

    def added_to(self, chosen: Sequence[str], known: Container[str]) -> tuple[list[str], str]:
        """The list's jurisdictions that ``chosen`` lacks and that have a profile (``known``),
        and what adding them says: what was added, what the list names, what it could not
        read."""
        added = [code for code in self.codes if code in known and code not in chosen]
        said = [
            f"Added {', '.join(added)}." if added else "No jurisdiction to add.",
            f"The list names {self.named}.",
        ]
        if self.unreadable:
            said.append(f"{self.unreadable_note[0].upper()}{self.unreadable_note[1:]}.")
        return added, " ".join(said)

    @property
    def unreadable_note(self) -> str:
        """The rows whose place cannot be read, in words, "" when none: the merge holds them."""
        if not self.unreadable:
            return ""
        line, why = self.unreadable[0]
        return (
            f"no place read for sure in {plural(len(self.unreadable), 'row')}, which the merge "
            f"will hold (the first at line {line}: {why})"
        )


def places_in(customers: CustomerList) -> ListPlaces:
    """The jurisdictions a customer list names, for building the per-state letters its mail
    merge needs: the same reading the merge gives each row (``read_place``), so the letters
    built are the letters the rows are sent."""
    found: Counter[str] = Counter()
    elsewhere = 0
    unreadable = []
    for index, row in enumerate(customers.table.to_dict("records")):
        place = read_place(row)
        if place.problem:
            unreadable.append((customers.line_label(index), place.problem))
        elif place.code:
            found[place.code] += 1
        else:
            elsewhere += 1
    return ListPlaces(dict(found), elsewhere, tuple(unreadable))


def _value(row: dict[str, str], name: str, column: str) -> tuple[str, str]:
    raw = row.get(name)
    return column, "" if raw is None else " ".join(str(raw).split())


def _region(column: str, value: str) -> str:
    code = _by_name().get(value.casefold())
    if code is not None:
        return code
    parts = [p for p in _SEVERAL.split(value) if p]
    if len(parts) > 1 and all(p.casefold() in _by_name() for p in parts):
        raise _Unreadable(f"{column} {value!r} names more than one place")
    raise _Unreadable(f"{column} {_shown(value)!r} is no state or country ClearNotice knows")


def _country(column: str, value: str) -> str:
    """The jurisdiction of a country: "" when it has none of its own, US for the United States."""
    alpha2 = _COUNTRY_ALIASES.get(value.casefold())
    if alpha2 is None:
        try:
            alpha2 = pycountry.countries.lookup(value).alpha_2
        except LookupError:
            raise _Unreadable(
                f"{column} {_shown(value)!r} is no country ClearNotice knows"
            ) from None
    if alpha2 == US:
        return US
    return _COUNTRIES.get(alpha2, "GDPR" if alpha2 in _GDPR else "")


def _country_of(code: str) -> str:
    if code in _CANADIAN:
        return "CAN"
    group = next((p.facts.group for p in jurisdictions() if p.code == code), None)
    return US if group in ("us-state", "us-federal") else code


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    """Every jurisdiction by its code, its name and its name without the law in brackets
    ("Canada (PIPEDA)" is also "Canada"), folded."""
    names = {}
    for profile in jurisdictions():
        for name in (profile.code, profile.name, profile.name.split(" (")[0]):
            names[name.casefold()] = profile.code
    return names


def _shown(value: str) -> str:
    return textwrap.shorten(value, 40, placeholder="…")
