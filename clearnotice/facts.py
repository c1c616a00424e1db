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

from clearnotice import audit, caches
from clearnotice.datafiles import Shape, Text, load
from clearnotice.letters import writable
from clearnotice.permissions import Action, require
from clearnotice.placeholders import PLACEHOLDER, find_placeholders
from clearnotice.schema import Letter
from clearnotice.translate.dates import YEARS, find_dates, written_date
from clearnotice.translate.entities import EMAIL_ADDRESS, WEB_ADDRESS, phone_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
    per_row: bool = False


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
    # A value that may differ per customer (a personal enrolment code): a customer-list column
    # of the same name fills it for that customer's letter instead of the fact.
    per_row: bool = False


@lru_cache(maxsize=1)
def _sheet() -> _Sheet:
    return load(SHEET, _Sheet)


@lru_cache(maxsize=1)
def fields() -> tuple[Field, ...]:
    """The facts sheet's fields, in the order a form shows them."""
    return tuple(Field(f.name, f.label, f.kind, f.per_row) for f in _sheet().fields)


@lru_cache(maxsize=1)
def per_row_fields() -> frozenset[str]:
    """The fields a customer list's column fills per customer (a personal enrolment code)."""
    return frozenset(f.name for f in fields() if f.per_row)


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
    """The facts letter ``letter_id`` uses (a variant's are its master's: see ``sheet_of``)."""
    with store.session() as s:
        return sheet_of(s, s.get(Letter, letter_id))


def sheet_of(session: Session, letter: Letter | None) -> dict[str, str]:
    """The facts ``letter`` uses: its own sheet, or for a per-state variant its master's. A
    variant is built from its master's text, so it names the same facts, typed once there."""
    owner = _owner(session, letter)
    return dict(owner.facts or {}) if owner is not None else {}


def _owner(session: Session, letter: Letter | None) -> Letter | None:
    """The letter whose facts sheet ``letter`` uses."""
    if letter is not None and letter.master_id is not None:
        return session.get(Letter, letter.master_id) or letter
    return letter


def facts_and_former(store: Store, letter_id: int) -> tuple[dict[str, str], dict[str, set[str]]]:
    """``facts_of`` the letter, and every value each fact had before it changed to the value
    kept now, read from the audit log ``save_facts`` writes: a text still showing one was
    written for the old fact (a translation that kept the old phone).

    Both are read in one session, as one snapshot: the findings report needs them on every
    edit, and each session is a round trip to the database. Nothing is kept between calls, so
    a change made in another tab or session shows at the very next one."""
    with store.session() as s:
        letter = s.get(Letter, letter_id)
        owner = _owner(s, letter)
        if owner is None:
            return {}, {}
        kept = sheet_of(s, letter)  # the master, if a variant, is already in the session
        found = audit.events(s, action="facts", letter_id=owner.id, limit=10_000)
        details = [event.detail for event in found]
    former: dict[str, set[str]] = {}
    for detail in details:
        for name, was, _ in _read_changes(detail):
            if was and was != kept.get(name):
                former.setdefault(name, set()).add(was)
    return kept, former


def save_facts(
    store: Store, letter_id: int, values: Mapping[str, object], *, actor: str
) -> tuple[str, ...]:
    """Check and keep ``values`` as the letter's whole facts sheet; the names of the facts that
    changed (each is in the audit log with its old and new value). Refused (FactError) with
    nothing kept when any field is wrong; PermissionRefused when ``actor`` may not edit now."""
    kept = check(values)
    with store.session() as s, s.begin():
        require(s, actor, Action.EDIT, letter_id=letter_id)
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise ValueError(f"There is no letter {letter_id}.")
        writable(s, letter_id)  # a deleted letter takes nothing until it is restored
        if letter.master_id is not None:
            raise ValueError(
                f"Letter {letter_id} is a per-state variant of letter {letter.master_id}: it "
                "uses its master's facts. Type them on the master's Facts tab."
            )
        before = dict(letter.facts or {})
        changed = changed_facts(before, kept)
        if changed:
            letter.facts = kept
            letter.updated_at = audit.now()
            detail = "; ".join(
                f"{name}: {before.get(name, BLANK)}{_TO}{kept.get(name, BLANK)}" for name in changed
            )
            audit.record(s, actor, "facts", letter_id, detail)
    return changed


BLANK = "(blank)"
_TO = " → "
_CHANGE = re.compile(rf"(\w+): (.*?){_TO}(.*)")


def _read_changes(detail: str) -> list[tuple[str, str, str]]:
    """(name, old value, new value) of each change a facts audit detail lists ("" for blank).
    A text fact may itself hold "; ", so a piece that names no field is part of the one before;
    the facts QA compares (phones, addresses, dates, codes) never hold it."""
    names = {f.name for f in fields()}
    changes = []
    for piece in detail.split("; "):
        m = _CHANGE.fullmatch(piece)
        if m and m.group(1) in names:
            was, now = (v if v != BLANK else "" for v in m.group(2, 3))
            changes.append((m.group(1), was, now))
    return changes


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


def not_typed(text: str, kept: Mapping[str, str]) -> tuple[str, ...]:
    """The labels of the incident's facts ``text`` names that nobody has typed yet: a file made
    now would show them as ``{{ name }}``. A per-row field is left out: a customer list fills it."""
    per_row = per_row_fields()
    named = used_by(text, kept)
    return tuple(_label(name) for name, value in named.items() if not value and name not in per_row)


def changes_since(seen: Mapping[str, str], kept: Mapping[str, str]) -> list[str]:
    """One sentence per fact an approval saw that has changed since, saying from what to what."""
    return [
        f"The fact “{_label(name)}” changed since the approval: "
        f"{was or '(blank)'} → {kept.get(name) or '(blank)'}."
        for name, was in seen.items()
        if kept.get(name, "") != was
    ]


def in_language(kept: Mapping[str, str], language: str) -> dict[str, str]:
    """The kept facts as a letter in ``language`` writes them (``written_in``)."""
    return {name: written_in(name, value, language) for name, value in kept.items()}


@caches.of_text(4096)
def written_in(name: str, value: str, language: str) -> str:
    """Fact ``name``'s ``value`` as a letter in ``language`` writes it: a date fact in that
    language's own form ("3 de marzo de 2026" for the "March 3, 2026" typed on the sheet, which
    translation QA reads as the same date); any other fact as typed."""
    day = as_date(value) if _kind(name) == "date" else None
    return written_date(day, language) if day else value


def merge_values(
    kept: Mapping[str, str], columns: Iterable[str], values: Mapping[str, str]
) -> dict[str, str]:
    """The values every customer's letter is filled with where no column fills a placeholder:
    the incident's facts, and the merge's own fixed values for placeholders that are no fact.

    ``columns`` are the placeholders a customer-list column fills. For a per-row field (a
    personal enrolment code) the column wins over the fact; a column for any other fact is
    refused (whose phone number would the letter give?), typed or not yet: a CRM list's "email"
    or "phone" column is each customer's own, and filled the e-mail address for questions with
    the customer's address (the second walk through the app, 2026-12-02). So is a fixed value
    that is not the fact's: a fact is typed once, on the Facts tab."""
    per_row = per_row_fields()
    mapped = set(columns)
    problems = {
        name: f"the customer list fills {{{{ {name} }}}} from a column, but it is a fact of this "
        f"incident ({kept[name]}); fill it with the fact, or change the fact on the Facts tab"
        for name in sorted(mapped & kept.keys() - per_row)
    }
    problems.update(
        {
            name: f"the customer list fills {{{{ {name} }}}} from a column, but it is the same "
            "in every letter (a list's column is each customer's own): type it on the Facts tab"
            for name in sorted(mapped & {f.name for f in fields()} - kept.keys() - per_row)
        }
    )
    problems.update(
        {
            name: f"the value typed for {{{{ {name} }}}}, {value}, is not the incident's fact "
            f"({kept[name]}); change the fact on the Facts tab"
            for name, value in values.items()
            if name in kept and value.strip() != kept[name]
        }
    )
    if problems:
        raise FactError(problems)
    return {**{n: v for n, v in kept.items() if n not in mapped}, **values}


def _label(name: str) -> str:
    return next((f.label for f in fields() if f.name == name), name)


def _kind(name: str) -> Kind | None:
    return next((f.kind for f in fields() if f.name == name), None)


_CODE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_PHONE_CHARACTERS = re.compile(r"\+?[\d\s().-]+")
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _problem(kind: Kind, value: str) -> str:
    """What is wrong with ``value`` as a ``kind``, or ""."""
    if "\n" in value or len(value) > MAX_VALUE:
        return f"must be one line of at most {MAX_VALUE} characters"
    if PLACEHOLDER.search(value):
        return "looks like a placeholder itself; type the fact"
    if kind == "date":
        if as_date(value):
            return ""
        for year in map(int, _FOUR_DIGITS.findall(value)):
            if year not in YEARS:  # a typed year's slip ("2205"), which no date is read with
                return f"year {year} is not one of {YEARS[0]}-{YEARS[-1]}: check the year"
        return "is not a whole date (for example March 3, 2026)"
    if kind == "phone":
        # ITU-T E.164: at most fifteen digits; seven is the shortest subscriber number in use.
        digits = phone_key(value)
        if not _PHONE_CHARACTERS.fullmatch(value) or not 7 <= len(digits) <= 15:
            return "is not a phone number (digits, spaces, +, ( ), - and dots; 7 to 15 digits)"
    if kind == "email" and not EMAIL_ADDRESS.fullmatch(value):
        return "is not an e-mail address"
    # A fact is a whole address, not prose, so its case says nothing: the shared recogniser takes
    # a bare country domain only in lower case, to keep "happened.In" in running text prose.
    if kind == "web" and not WEB_ADDRESS.fullmatch(value.lower()):
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
