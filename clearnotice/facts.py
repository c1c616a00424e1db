"""The incident facts sheet: the facts of one incident, typed once, checked, and used by every
language and variant of its letter.

A translation that carries the wrong phone number starts with the phone typed twice. Here the
phone, the dates, the enrolment code and the rest are typed once per letter, into fields whose
kinds are checked (a date is a date, the deadline comes after the notice), and every language's
text names them by placeholder (``{{ phone }}``), so a change reaches every language at once.
The fields and their kinds are data (facts_sheet.yml). A customer's own values (name, address,
a personal code) never live here: they are columns of the customer list, and a list that names
a column like a fact is refused rather than let one customer's value stand for the incident's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from clearnotice import audit
from clearnotice.datafiles import Shape, Text, load
from clearnotice.permissions import Action, require
from clearnotice.placeholders import PLACEHOLDER, find_placeholders
from clearnotice.schema import Letter
from clearnotice.translate.dates import find_dates
from clearnotice.translate.entities import EMAIL_ADDRESS, WEB_ADDRESS, phone_key

if TYPE_CHECKING:
    from clearnotice.letters import Store

SHEET = Path(__file__).with_name("facts_sheet.yml")
MAX_VALUE = 500
Kind = Literal["text", "date", "phone", "email", "web", "count", "months", "code"]


class FactError(ValueError):
    """Some facts cannot be kept; ``problems`` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{_label(name)}: {why}" for name, why in problems.items()))


class _Field(Shape):
    name: Text
    label: Text
    kind: Kind


class _Order(Shape):
    earlier: Text
    later: Text
    why: Text


class _Sheet(Shape):
    fields: tuple[_Field, ...]
    order: tuple[_Order, ...] = ()


@dataclass(frozen=True)
class Field:
    name: str  # the placeholder that stands for it in a letter
    label: str
    kind: Kind


@lru_cache(maxsize=1)
def _sheet() -> _Sheet:
    return load(SHEET, _Sheet)


@lru_cache(maxsize=1)
def fields() -> tuple[Field, ...]:
    """The facts sheet's fields, in the order a form shows them."""
    return tuple(Field(f.name, f.label, f.kind) for f in _sheet().fields)


def check(values: Mapping[str, object]) -> dict[str, str]:
    """The facts as they will be kept (trimmed, blanks left out), or FactError naming every
    field that is wrong and why, all at once, so the form can mark them together."""
    kinds = {f.name: f.kind for f in fields()}
    kept: dict[str, str] = {}
    problems: dict[str, str] = {}
    for name, raw in values.items():
        if name not in kinds:
            problems[name] = "is not a field of the facts sheet"
            continue
        value = "" if raw is None else str(raw).strip()
        if not value:
            continue
        why = _problem(kinds[name], value)
        if why:
            problems[name] = why
        else:
            kept[name] = value
    for rule in _sheet().order:
        earlier, later = as_date(kept.get(rule.earlier)), as_date(kept.get(rule.later))
        if earlier and later and later < earlier and rule.later not in problems:
            problems[rule.later] = (
                f"comes before {_label(rule.earlier).lower()} ({kept[rule.earlier]}); {rule.why}"
            )
    if problems:
        raise FactError(problems)
    return kept


def facts_of(store: Store, letter_id: int) -> dict[str, str]:
    with store.session() as s:
        letter = s.get(Letter, letter_id)
        return dict(letter.facts or {}) if letter is not None else {}


def save_facts(
    store: Store, letter_id: int, values: Mapping[str, object], *, actor: str
) -> tuple[str, ...]:
    """Check and keep ``values`` as the letter's whole facts sheet; the names of the facts that
    changed (each is in the audit log with its old and new value). Refused (FactError) with
    nothing kept when any field is wrong; PermissionRefused when ``actor`` may not edit now."""
    kept = check(values)
    with store.session() as s, s.begin():
        require(s, actor, Action.EDIT)
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise ValueError(f"There is no letter {letter_id}.")
        before = dict(letter.facts or {})
        changed = changed_facts(before, kept)
        if changed:
            letter.facts = kept
            letter.updated_at = audit.now()
            detail = "; ".join(
                f"{name}: {before.get(name, '(blank)')} → {kept.get(name, '(blank)')}"
                for name in changed
            )
            audit.record(s, actor, "facts", letter_id, detail)
    return changed


def example_facts(sample_values: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A template's sample values that are incident facts (never a sample customer's name or
    address, which would then stand in every customer's letter), to start a facts sheet."""
    names = {f.name for f in fields()}
    return {name: value for name, value in sample_values if name in names}


def changed_facts(before: Mapping[str, str], after: Mapping[str, str]) -> tuple[str, ...]:
    """The fields whose value differs, in the sheet's order."""
    return tuple(f.name for f in fields() if before.get(f.name) != after.get(f.name))


def used_by(text: str, kept: Mapping[str, str]) -> dict[str, str]:
    """The facts ``text`` names by placeholder and their values now ("" when not typed yet):
    what an approval of ``text`` saw."""
    names = {f.name for f in fields()}
    return {n: kept.get(n, "") for n in find_placeholders(text) if n in names}


def changes_since(seen: Mapping[str, str], kept: Mapping[str, str]) -> list[str]:
    """One sentence per fact an approval saw that has changed since, saying from what to what."""
    return [
        f"The fact “{_label(name)}” changed since the approval: "
        f"{was or '(blank)'} → {kept.get(name) or '(blank)'}."
        for name, was in seen.items()
        if kept.get(name, "") != was
    ]


def with_facts(text: str, facts: Mapping[str, str]) -> str:
    """``text`` with every placeholder that names a kept fact replaced by it; the others (a
    customer's own values) stay for the mail merge to fill."""
    return PLACEHOLDER.sub(lambda m: facts.get(m.group(1), m.group(0)), text)


def merge_values(facts: Mapping[str, str], row: Mapping[str, str]) -> dict[str, str]:
    """The values one customer's letter is filled with: the incident's facts and the row's own.
    A column named like a kept fact is refused: whose phone number would the letter give?"""
    clash = sorted(name for name in row if name in facts)
    if clash:
        named = ", ".join(clash)
        raise FactError(
            {
                name: f"the customer list has a column {name!r}, which is a fact of this incident"
                f" ({named}); remove the column, or clear the fact to take it from each row"
                for name in clash
            }
        )
    return {**facts, **row}


def _label(name: str) -> str:
    return next((f.label for f in fields() if f.name == name), name)


_CODE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_PHONE_CHARACTERS = re.compile(r"\+?[\d\s().-]+")
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _problem(kind: Kind, value: str) -> str:
    """What is wrong with ``value`` as a ``kind``, or ""."""
    if "\n" in value or len(value) > MAX_VALUE:
        return f"must be one line of at most {MAX_VALUE} characters"
    if PLACEHOLDER.search(value):
        return "looks like a placeholder itself; type the fact"
    if kind == "date":
        return "" if as_date(value) else "is not a whole date (for example March 3, 2026)"
    if kind == "phone":
        # ITU-T E.164: at most fifteen digits; seven is the shortest subscriber number in use.
        digits = phone_key(value)
        if not _PHONE_CHARACTERS.fullmatch(value) or not 7 <= len(digits) <= 15:
            return "is not a phone number (digits, spaces, +, ( ), - and dots; 7 to 15 digits)"
    if kind == "email" and not EMAIL_ADDRESS.fullmatch(value):
        return "is not an e-mail address"
    if kind == "web" and not WEB_ADDRESS.fullmatch(value):
        return "is not a web address (for example www.example.com/help)"
    if kind == "count" and not (_COUNT.fullmatch(value) and int(value.replace(",", "")) > 0):
        return "is not a whole number above 0"
    if kind == "months" and not (value.isdigit() and 1 <= int(value) <= 120):
        return "is not a number of months from 1 to 120"
    if kind == "code" and not _CODE.fullmatch(value):
        return "may hold letters, digits and hyphens only"
    return ""


def as_date(value: str | None) -> date | None:
    """The calendar date ``value`` writes, when the whole of it is one full date (a date fact,
    such as the discovery date the deadline clocks count from)."""
    if not value:
        return None
    found = find_dates(value, "en")
    if len(found) != 1 or found[0].text.strip(" ,.") != value.strip(" ,."):
        return None
    d = found[0].value
    if not (d.year and d.day):
        return None
    try:
        return date(d.year, d.month, d.day)
    except ValueError:
        return None
