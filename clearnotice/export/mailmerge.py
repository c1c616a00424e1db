"""Mail merge: a customer list (CSV or XLSX) into one letter per customer, in a ZIP with a
manifest of every row's outcome.

Each row is checked on its own and gets its own message; a bad row is held back and the rest
still merge, and no row is dropped without a line in the manifest. Each customer gets the
approved text in their language, or the approved source-language text with a note saying so.
Text approved with exceptions is used only when the merge accepts them, and then every row it
goes to carries the exceptions in the manifest.
A master letter with per-state letters sends each customer the one for their state (or country),
the master only where none applies; a row whose state's letter is not approved, or whose state
is unclear, is held, since the master could break that state's law. The manifest names the
letter each row got.
Letters are rendered in batches (``pdf.PdfBook``), in worker processes for long lists, and
written to disk as they come (``merge_journal``: a stopped merge resumes from there), so 10,000
letters never sit in memory together. With an envelope the letters are laid out ready to post,
and each row's address and salutation are checked (``posting``); the ``eml`` format writes
e-mail notices instead.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import os
import re
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from clearnotice import facts, placeholders
from clearnotice.approval_policy import Override, describe_all
from clearnotice.csv_safety import looks_like_formula, neutralise_formula
from clearnotice.export import fonts, posting
from clearnotice.export.approved import ExceptionsNotAccepted, choose_version, log_export
from clearnotice.export.batch import Job, Numbered, Setup, Task, write_segments
from clearnotice.export.customer_list import CustomerList, RowNote
from clearnotice.export.document import Document
from clearnotice.export.layouts import STANDARD, style_for
from clearnotice.export.merge_journal import PARTS, Journal
from clearnotice.export.registry import FORMATS, merge_formats
from clearnotice.languages import language_name, normalise_language
from clearnotice.letters import Letter, Store
from clearnotice.placeholders import UnfilledPlaceholderError
from clearnotice.settings import get_sender
from clearnotice.text import COURTESY
from clearnotice.translate.entities import EMAIL_ADDRESS
from clearnotice.variant_letters import MASTER, Router, name_of, router
from clearnotice.wording import plural

MERGED, HELD = "merged", "held"
EMAIL = "eml"  # the merge format of e-mail notices
# Letters per task: one fpdf2 document, its fonts read and subset once (about 0.15 s of CPU
# here); 200 a chunk cost 1.8 ms a letter to render, 500 1.2 ms (bench_mailmerge.py)
CHUNK = 500
PARALLEL_FROM = 2 * CHUNK  # shorter lists merge in this process: starting workers costs ~1 s
MAX_WORKERS = 4
MANIFEST_NAME = "manifest.csv"

LANGUAGE_COLUMNS = ("language", "lang", "locale", "preferred_language", "language_code")
EMAIL_COLUMNS = ("email", "e_mail", "email_address", "mail")
ID_COLUMNS = ("customer_id", "id", "customer", "account", "account_id", "customer_number")
# Pragmatic, not RFC 5322: one @, no spaces, a dot in the domain. Mail servers judge the rest.
# A leading + or - is how phone numbers and amounts are written, and harmless as text.
_SIGNED_NUMBER = re.compile(r"^[+-][\d\s().,/-]*$")

Progress = Callable[[int, int, str], None]


class MergeError(ValueError):
    """A merge that cannot start; the message says what to change."""


# mapping columns to placeholders --------------------------------------------------------------
@dataclass(frozen=True)
class Mapping:
    """Which column fills each placeholder, fixed values for the rest, and the special columns."""

    columns: dict[str, str] = field(default_factory=dict)  # placeholder -> column
    values: dict[str, str] = field(default_factory=dict)  # placeholder -> the same for everyone
    language_column: str | None = None
    email_column: str | None = None
    id_column: str | None = None
    # the recipient's postal address: "street", "city", ... (posting.ADDRESS_PARTS) -> column
    address_columns: dict[str, str] = field(default_factory=dict)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.casefold()).strip("_")


def suggest_mapping(placeholders: Iterable[str], columns: Iterable[str]) -> Mapping:
    """Columns named like a placeholder fill it; language, e-mail and id columns by their name."""
    by_key = {_key(c): c for c in columns}

    def first(candidates: Iterable[str]) -> str | None:
        return next((by_key[k] for k in candidates if k in by_key), None)

    return Mapping(
        columns={p: by_key[_key(p)] for p in placeholders if _key(p) in by_key},
        language_column=first(LANGUAGE_COLUMNS),
        email_column=first(EMAIL_COLUMNS),
        id_column=first(ID_COLUMNS),
        address_columns={
            part: column
            for part, names in posting.ADDRESS_PARTS.items()
            if (column := first(names)) is not None
        },
    )


# the plan: which text each language gets -------------------------------------------------------
@dataclass(frozen=True)
class LanguageText:
    document: Document
    version_number: int
    needs_fallback_font: bool = False  # e.g. Chinese: its letters are rendered in their own batch
    exceptions: tuple[Override, ...] = ()  # what its approval overrode, accepted for this merge


@dataclass(frozen=True)
class LetterTexts:
    """One letter a customer can get (the master or one of its per-state variants): the text of
    each language it may go out in, and why its other languages cannot."""

    letter_id: int
    name: str  # "the master letter", "the letter for MA"
    source_language: str
    texts: dict[str, LanguageText]
    unavailable: dict[str, str]


@dataclass(frozen=True)
class MergePlan:
    letter_id: int
    title: str
    source_language: str
    texts: dict[str, LanguageText]  # language -> approved (or, for a proof, draft) text
    unavailable: dict[str, str]  # language the letter has -> why it cannot be used
    mapping: Mapping
    fmt: str = "pdf"
    layout: str = STANDARD
    unaccepted: tuple[str, ...] = ()  # languages left out: approved with exceptions not accepted
    # letters ready to post: the window envelope, the sender (from the settings), the date
    envelope: str | None = None
    sender: posting.Sender | None = None
    letter_date: dt.date | None = None
    # the master's per-state letters (clearnotice.variant_letters): which one each row gets,
    # and their texts by letter id
    router: Router | None = None
    variants: dict[int, LetterTexts] = field(default_factory=dict)

    @property
    def master(self) -> LetterTexts:
        return LetterTexts(
            self.letter_id, MASTER, self.source_language, self.texts, self.unavailable
        )

    def letters(self) -> list[LetterTexts]:
        """The master, then each per-state letter."""
        return [self.master, *self.variants.values()]

    def text_key(self, letter_id: int, language: str) -> str:
        """The name the renderers know a text by: its language, and for a per-state letter
        its letter id too ("en@12")."""
        return language if letter_id == self.letter_id else f"{language}@{letter_id}"

    @property
    def placeholders(self) -> list[str]:
        names: dict[str, None] = {}
        for letter in self.letters():
            for text in letter.texts.values():
                names.update(dict.fromkeys(text.document.placeholders()))
        return list(names)


def plan_merge(
    store: Store,
    letter_id: int,
    mapping: Mapping,
    *,
    fmt: str = "pdf",
    layout: str = STANDARD,
    allow_drafts: bool = False,
    accept_exceptions: bool = False,
    envelope: str | None = None,
    letter_date: dt.date | None = None,
) -> MergePlan:
    """Find the approved text of every language of the letter and check the mapping covers
    every placeholder, the incident's facts (clearnotice.facts) filling those no column maps.
    ``allow_drafts`` merges unapproved text marked DRAFT, for a proof run;
    text approved with exceptions is left out (its customers get the source language) unless
    ``accept_exceptions``. ``envelope`` lays the letters out ready to post in that window
    envelope, dated ``letter_date`` (today when not given), from the sender the Settings page
    holds."""
    letter = store.get_letter(letter_id)
    if letter is None:
        raise MergeError(f"there is no letter {letter_id}")
    try:  # the incident's facts fill what no column does; a customer's own values come per row
        kept = facts.facts_of(store, letter_id)
        values = facts.merge_values(kept, mapping.columns, mapping.values)
    except facts.FactError as clash:
        raise MergeError(str(clash)) from None
    mapping = replace(mapping, values=values)
    if fmt not in merge_formats():
        raise MergeError(f"mail merge writes {' or '.join(merge_formats())}, not {fmt!r}")
    style_for(layout)
    sender = _sender_for(store, mapping, fmt, envelope)
    texts, unavailable, unaccepted = _approved_texts(
        store, letter, fmt, allow_drafts, accept_exceptions
    )
    if letter.source_language in unaccepted:
        raise ExceptionsNotAccepted(unavailable[letter.source_language])  # nothing to fall back to
    if letter.source_language not in texts:
        raise MergeError(
            f"{unavailable[letter.source_language]} Approve the {letter.source_language} text "
            "on the Review page first, or merge drafts (marked DRAFT) for a proof."
        )
    plan = MergePlan(
        letter_id,
        letter.title,
        letter.source_language,
        texts,
        unavailable,
        mapping,
        fmt,
        layout,
        tuple(unaccepted),
        envelope,
        sender,
        (letter_date or dt.date.today()) if sender else None,
        *_variants(store, letter_id, fmt, allow_drafts, accept_exceptions),
    )
    unmapped = [
        name
        for name in plan.placeholders
        if name not in mapping.columns and name not in mapping.values
    ]
    if unmapped:
        raise MergeError(
            "these placeholders have no column and no value: "
            + ", ".join(f"{{{{ {n} }}}}" for n in unmapped)
        )
    return plan


def _approved_texts(
    store: Store, letter: Letter, fmt: str, allow_drafts: bool, accept_exceptions: bool
) -> tuple[dict[str, LanguageText], dict[str, str], list[str]]:
    """The text each language of ``letter`` may go out in, why the others cannot, and the
    languages left out for their unaccepted exceptions."""
    texts: dict[str, LanguageText] = {}
    unavailable: dict[str, str] = {}
    unaccepted: list[str] = []
    languages = dict.fromkeys(
        [letter.source_language, *(v.language for v in store.versions(letter.id))]
    )
    for language in languages:
        choice = choose_version(store, letter.id, language)
        if choice.draft_reason is not None and not allow_drafts:
            unavailable[language] = choice.draft_reason
            continue
        try:
            choice.refuse_unaccepted(accept_exceptions)
        except ExceptionsNotAccepted as refused:
            unavailable[language] = str(refused)
            unaccepted.append(language)
            continue
        document = Document.from_markdown(
            choice.version.text, language, title=letter.title, draft_reason=choice.draft_reason
        )
        unusable = _unprintable(document.plain) if FORMATS[fmt].embeds_fonts else None
        if unusable:
            unavailable[language] = unusable
            continue
        texts[language] = LanguageText(
            document, choice.version.number, fonts.needs_fallback(document.plain), choice.exceptions
        )
    return texts, unavailable, unaccepted


def _variants(
    store: Store, master_id: int, fmt: str, allow_drafts: bool, accept_exceptions: bool
) -> tuple[Router, dict[int, LetterTexts]]:
    """Who gets which per-state letter, and the text each may go out in, by letter id."""
    routes = router(store, master_id)
    variants = {}
    for letter in routes.variants:
        texts, unavailable, _ = _approved_texts(store, letter, fmt, allow_drafts, accept_exceptions)
        variants[letter.id] = LetterTexts(
            letter.id, name_of(letter), letter.source_language, texts, unavailable
        )
    return routes, variants


def _sender_for(
    store: Store, mapping: Mapping, fmt: str, envelope: str | None
) -> posting.Sender | None:
    """The sender of posted letters and e-mails, once the merge can address them."""
    if fmt == EMAIL:
        if envelope is not None:
            raise MergeError("e-mails go in no envelope: choose pdf for posted letters")
        sender = _configured_sender(store)
        if not sender.email.strip():
            raise MergeError(
                "e-mail notices need the sender's e-mail address: an admin sets it on the "
                "Settings page."
            )
        if not mapping.email_column:
            raise MergeError("e-mail notices need the customers' e-mail column")
        return sender
    if envelope is None:
        return None
    try:
        posting.envelope_for(envelope)
    except ValueError as exc:
        raise MergeError(str(exc)) from None
    if fmt != "pdf":
        raise MergeError("letters for window envelopes are laid out as PDF: choose pdf")
    sender = _configured_sender(store)
    if "street" not in mapping.address_columns:
        raise MergeError("posted letters need the recipient's address: choose its street column")
    return sender


def _configured_sender(store: Store) -> posting.Sender:
    sender = get_sender(store)
    problems = sender.problems()
    if problems:
        raise MergeError(
            "the sender of the letters is not set up (" + "; ".join(problems) + "): an admin "
            "sets it on the Settings page."
        )
    return sender


# checking each row ----------------------------------------------------------------------------
@dataclass
class RowCheck:
    """One row's outcome: merged or held, the language it went out in, and every message."""

    index: int  # position in the list, from 0
    outcome: str = MERGED
    letter_id: int | None = None  # the master or the per-state letter; None: the state is unclear
    letter_name: str = ""  # "the master letter", "the letter for MA"
    text_key: str = ""  # the text the renderers fill for it (MergePlan.text_key)
    requested_language: str = ""
    language: str = ""
    version_number: int | None = None
    exceptions: tuple[Override, ...] = ()  # what the approval of its text overrode
    file: str = ""
    problems: list[str] = field(default_factory=list)  # why it is held
    notes: list[str] = field(default_factory=list)  # what the reader should know; still merges
    values: dict[str, str] = field(default_factory=dict)
    recipient: tuple[str, ...] = ()  # the address block, when the letters are posted
    # Letters that need a fallback font (Chinese, ...) are rendered in batches of their own, so
    # the others never carry that font's subset or pay for making it.
    batch: str = ""

    @property
    def sheet_row(self) -> int:
        """The row number a spreadsheet shows for it (the header is row 1)."""
        return self.index + 2

    def hold(self, message: str) -> None:
        self.outcome = HELD
        self.problems.append(message)

    @property
    def messages(self) -> list[str]:
        return [*self.problems, *self.notes]


def check_row(
    plan: MergePlan, index: int, row: dict[str, str], notes: Iterable[RowNote] = ()
) -> RowCheck:
    """Validate one customer row and work out its language and values; ``notes`` are what the
    list as a whole says about the row (its shape, a customer id it shares)."""
    check = RowCheck(index)
    for note in notes:
        if note.hold:
            check.hold(note.message)
        else:
            check.notes.append(note.message)
    mapping = plan.mapping
    letter = _letter_for(plan, row, check)
    language = _language_for(letter, mapping.language_column, row, check)
    text = letter.texts[language]
    check.language, check.version_number = language, text.version_number
    check.text_key = plan.text_key(letter.letter_id, language)
    check.exceptions = text.exceptions
    needed = text.document.placeholders()
    for name in needed:
        if name in mapping.columns:
            column = mapping.columns[name]
            raw = row.get(column, "")
            if _is_formula(raw):
                check.hold(
                    f"{column} starts like a spreadsheet formula ({_excerpt(raw)}); it was not "
                    "used. Correct the value in the list."
                )
                continue
            value = _clean(raw)
            if not value:
                check.hold(f"{column} is empty: the letter needs it for {{{{ {name} }}}}.")
                continue
        else:  # the same for everyone: a fact (its date in the letter's language) or a value
            value = _clean(facts.written_in(name, mapping.values[name], language))
        check.values[name] = value
    if mapping.email_column:
        email = row.get(mapping.email_column, "").strip()
        if not email and plan.fmt == EMAIL:
            check.hold(f"{mapping.email_column} is empty: the notice cannot be e-mailed.")
        elif not email:
            check.notes.append(f"{mapping.email_column} is empty.")
        elif _is_formula(email) or not EMAIL_ADDRESS.fullmatch(email):
            check.hold(f"{mapping.email_column} {_excerpt(email)!r} is not a valid e-mail address.")
    salutation = [check.values.get(name, "") for name in _salutation_placeholders(text)]
    for name in salutation:
        _add(check, posting.check_salutation(name))
    if plan.envelope is not None:
        _check_address(plan, row, check, " ".join(salutation))
    elif plan.fmt == EMAIL and mapping.email_column:
        check.recipient = (" ".join(salutation), row.get(mapping.email_column, "").strip())
    if check.outcome == MERGED:
        _check_script(plan, check, text)
    if check.outcome == MERGED:
        try:  # what Document.fill checks first, without building the letter the renderer builds
            placeholders.fill(text.document.plain, check.values)
        except (UnfilledPlaceholderError, ValueError) as exc:
            check.hold(str(exc))
    if check.outcome == MERGED:
        check.file = _file_name(plan, check, row)
    return check


def _add(check: RowCheck, found: Iterable[posting.Check]) -> None:
    for item in found:
        if item.hold:
            check.hold(item.message)
        else:
            check.notes.append(item.message)


def _salutation_placeholders(text: LanguageText) -> list[str]:
    """The placeholders of the letter's salutation ("Dear {{ customer_name }},"): its first
    courtesy part."""
    first = next((p for p in text.document.parts if p.kind == COURTESY), None)
    return placeholders.find_placeholders(first.plain) if first is not None else []


def _check_address(plan: MergePlan, row: dict[str, str], check: RowCheck, name: str) -> None:
    """The recipient's address block for the envelope's window, held when it would not reach
    the customer."""
    parts = {
        part: _clean(row.get(column, "")) for part, column in plan.mapping.address_columns.items()
    }
    if not name.strip():
        if check.outcome == MERGED:  # else an empty name value is held already
            check.hold(
                "the letter's salutation names no customer ({{ placeholder }}), so the "
                "address has no name line."
            )
        return
    lines = posting.address_lines(name, parts, plan.sender.country)
    envelope = posting.envelope_for(plan.envelope)
    _add(check, posting.check_address(parts, lines, envelope, _width, check.language))
    check.recipient = lines


def _width(text: str, size: float) -> float:
    """``text``'s width in points in the PDF's body font."""
    return fonts.load(fonts.BODY).width(fonts.prepare(text)) / 1000 * size


def _letter_for(plan: MergePlan, row: dict[str, str], check: RowCheck) -> LetterTexts:
    """The letter the row's customer gets: the per-state letter for where they live, else the
    master. The row is held when where they live is unclear, or when their state's letter has
    no approved text: the master is never sent in its place. A held row's other values are
    still checked, against the master."""
    route = plan.router.route(row) if plan.router else None
    if route is None or not plan.variants:
        check.letter_id, check.letter_name = plan.letter_id, MASTER
        return plan.master
    check.letter_id = route.letter_id
    if route.letter_id is None:
        check.hold(route.reason)
        return plan.master
    letter = plan.variants.get(route.letter_id, plan.master)
    check.letter_name = letter.name
    check.notes.append(route.reason)
    if letter.source_language in letter.texts:
        return letter
    why = letter.unavailable[letter.source_language]
    check.hold(
        f"{letter.name} has no approved text: {why} Approve it on the Review page; "
        f"{MASTER} is never sent in its place."
    )
    return plan.master


def _language_for(
    letter: LetterTexts, column: str | None, row: dict[str, str], check: RowCheck
) -> str:
    """The language of ``letter`` the row asks for, else its source language, with a note."""
    source = letter.source_language
    raw = row.get(column, "").strip() if column else ""
    check.requested_language = raw
    if not column:
        return source
    if not raw:
        check.notes.append(f"{column} is empty; {_fallback(source)}")
        return source
    wanted = _match_language(raw, [*letter.texts, *letter.unavailable])
    if wanted is None:
        code = normalise_language(raw)
        if code is None:
            check.notes.append(f"unknown language {_excerpt(raw)!r}; {_fallback(source)}")
            return source
        wanted = code
    if wanted in letter.texts:
        return wanted
    why = letter.unavailable.get(wanted, "the letter has no translation into it")
    check.notes.append(
        f"no approved {language_name(wanted)} ({wanted}) text ({why}); {_fallback(source)}"
    )
    return source


def _fallback(source: str) -> str:
    return f"the letter is in {language_name(source)} ({source}), its source language."


def _match_language(raw: str, languages: Iterable[str]) -> str | None:
    """The letter language ``raw`` names: an exact code first ("es-MX"), then its base ("es")."""
    languages = list(dict.fromkeys(languages))
    wanted = raw.strip().replace("_", "-").casefold()
    for language in languages:
        if language.casefold() == wanted:
            return language
    code = normalise_language(raw)
    for language in languages:
        if code is not None and normalise_language(language) == code:
            return language
    return None


def _check_script(plan: MergePlan, check: RowCheck, text: LanguageText) -> None:
    if not FORMATS[plan.fmt].embeds_fonts:
        return  # Word picks a font for every script on the reader's machine
    values = " ".join(check.values.values())
    problem = _unprintable(values)
    if problem:
        check.hold(problem)
    elif text.needs_fallback_font or fonts.needs_fallback(values):
        check.batch = "fallback"


def _unprintable(text: str) -> str | None:
    """Why the PDF renderer cannot print ``text``, or None when it can."""
    shaped = fonts.unshaped_in_pdf(text)
    if shaped:
        return (
            f"the PDF layout cannot yet set {', '.join(shaped)} script correctly; "
            "merge as DOCX instead."
        )
    missing = fonts.missing_characters(text)
    if missing:
        return f"no installed font can print {missing!r}: {fonts.font_advice(missing)}."
    return None


def _is_formula(raw: str) -> bool:
    stripped = raw.strip()
    return (looks_like_formula(raw) or looks_like_formula(stripped)) and not _SIGNED_NUMBER.match(
        stripped
    )


def _clean(raw: str) -> str:
    """One line of text: control and invisible format characters dropped, every run of white
    space one space."""
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf") else c for c in raw)
    return " ".join(text.split())


def _excerpt(value: str, limit: int = 40) -> str:
    value = _clean(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _file_name(plan: MergePlan, check: RowCheck, row: dict[str, str]) -> str:
    ident = row.get(plan.mapping.id_column, "") if plan.mapping.id_column else ""
    ident = re.sub(r"[^A-Za-z0-9._-]+", "_", ident).strip("._")[:40]
    stem = f"{check.sheet_row:06d}" + (f"-{ident}" if ident else "")
    return f"letters/{stem}-{check.language}.{FORMATS[plan.fmt].extension}"


def row_notes(plan: MergePlan, customers: CustomerList) -> dict[int, tuple[RowNote, ...]]:
    """The list's notes on each row, plus a hold on every row whose customer id another row
    has too: which of two rows is the right customer is for a person to decide."""
    notes = dict(customers.notes)
    column = plan.mapping.id_column
    if not column:
        return notes
    rows: dict[str, list[int]] = {}
    for index, value in customers.table[column].items():
        key = _clean(value).casefold()
        if key:
            rows.setdefault(key, []).append(int(index))
    for indexes in rows.values():
        if len(indexes) < 2:
            continue
        value = _excerpt(customers.table.at[indexes[0], column])
        shown = ", ".join(str(i + 2) for i in indexes)
        note = RowNote(
            f"{column} {value!r} is on rows {shown}: every copy is held until the list has "
            "one row per customer.",
            hold=True,
        )
        for index in indexes:
            notes[index] = (*notes.get(index, ()), note)
    return notes


def check_rows(plan: MergePlan, customers: CustomerList) -> Iterator[RowCheck]:
    table = customers.table
    notes = row_notes(plan, customers)
    for index, row in zip(table.index, table.to_dict("records"), strict=True):
        yield check_row(plan, int(index), row, notes.get(int(index), ()))


# preview --------------------------------------------------------------------------------------
def preview(
    plan: MergePlan, customers: CustomerList, position: int
) -> tuple[RowCheck, Document | None]:
    """The check of the row at ``position`` (0 = first) and the letter it would get, if any."""
    table = customers.table
    if not 0 <= position < len(table):
        raise MergeError(f"the list has {len(table)} rows; there is no row {position + 1}")
    index = int(table.index[position])
    notes = row_notes(plan, customers).get(index, ())
    check = check_row(plan, index, table.iloc[position].to_dict(), notes)
    if check.outcome != MERGED:
        return check, None
    return check, plan_setup(plan).letter(check.text_key, check.values, check.recipient)


def plan_setup(plan: MergePlan) -> Setup:
    """What the renderers need of the plan."""
    texts = {
        plan.text_key(letter.letter_id, language): text.document
        for letter in plan.letters()
        for language, text in letter.texts.items()
    }
    return Setup(texts, plan.fmt, plan.layout, plan.envelope, plan.sender, plan.letter_date)


# which letter the rows get --------------------------------------------------------------------
UNCLEAR = "no letter: where the customer lives is unclear"


@dataclass(frozen=True)
class LetterCount:
    """How many rows of a merge go to one letter (the master or a per-state one), and how many
    of those are held back."""

    name: str
    letter_id: int | None  # None: the rows whose state could not be read
    rows: int
    held: int

    @property
    def line(self) -> str:
        """One line of the summary: "the letter for MA (letter 12): 3 rows, 1 held"."""
        letter = f" (letter {self.letter_id})" if self.letter_id is not None else ""
        return f"{self.name}{letter}: {plural(self.rows, 'row')}, {self.held} held"


def letter_counts(plan: MergePlan, checks: Iterable[RowCheck]) -> list[LetterCount]:
    """Per letter of the plan, the rows that go to it; then the rows no letter could be chosen
    for, if any."""
    rows: Counter[int | None] = Counter()
    held: Counter[int | None] = Counter()
    for check in checks:
        rows[check.letter_id] += 1
        held[check.letter_id] += check.outcome != MERGED
    counts = [
        LetterCount(letter.name, letter.letter_id, rows[letter.letter_id], held[letter.letter_id])
        for letter in plan.letters()
    ]
    if rows[None]:
        counts.append(LetterCount(UNCLEAR, None, rows[None], held[None]))
    return counts


# merging --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeResult:
    zip_path: Path
    manifest: str  # the manifest CSV, also inside the ZIP
    total: int
    merged: int
    held: int
    seconds: float
    held_rows: tuple[RowCheck, ...] = ()
    letters: tuple[LetterCount, ...] = ()  # the rows each letter went to (letter_counts)


def merge(
    plan: MergePlan,
    customers: CustomerList,
    zip_path: Path,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    resume: bool = False,
) -> MergeResult:
    """Write one letter per mergeable row and the manifest into ``zip_path``.

    Rows are checked as the renderers ask for work, so checking and rendering overlap. Each
    rendered chunk is kept in ``<zip_path>.parts`` (``merge_journal``) as it is done, and the
    ZIP is put together from them at the end; ``resume`` finishes a merge that stopped midway,
    rendering only the rows no chunk holds yet. Raises ``JournalError`` when there is an
    unfinished merge and ``resume`` is not asked for, or nothing to resume.
    """
    started = time.perf_counter()
    zip_path = Path(zip_path)
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(
        zip_path.with_name(zip_path.name + PARTS), fingerprint(plan, customers), resume=resume
    )
    settled = journal.done()
    total = len(customers)
    report = progress or (lambda done, total, message: None)
    report(0, total, f"Resuming: {len(settled)} rows were done" if settled else "Checking the rows")
    checks: list[RowCheck] = []
    sent: deque[list[RowCheck]] = deque()  # chunks handed to the renderers, oldest first
    numbers = itertools.count(journal.next_number())  # each chunk's segment in the journal

    def chunks() -> Iterator[Numbered]:
        for chunk in pending_chunks(plan, customers, settled, checks):
            sent.append(chunk)
            yield next(numbers), jobs_of(chunk)

    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if total - len(settled) < PARALLEL_FROM:
        workers = 1
    for errors in write_segments(plan_setup(plan), journal, chunks(), workers):
        for check, error in zip(sent.popleft(), errors, strict=True):
            settle(check, error)
        done = len(checks) - sum(len(c) for c in sent)
        report(done, total, f"{done} of {total} rows done")
    manifest = manifest_csv(customers, checks)
    journal.assemble(MANIFEST_NAME, manifest.encode("utf-8"))
    return finished(plan, zip_path, manifest, checks, started, report)


# shared with cluster_merge: the same chunks give the same letters -----------------------------
def pending_chunks(
    plan: MergePlan,
    customers: CustomerList,
    settled: dict[int, tuple[str, str]],
    checks: list[RowCheck],
) -> Iterator[list[RowCheck]]:
    """The rows still to render, in the chunks every merge renders them in, local or on a
    cluster: a PDF letter carries its chunk's font subset, so only the same chunks give the
    same bytes. Every row's check is appended to ``checks`` as it is made; a row ``settled``
    (rendered before the merge stopped) is settled from the journal instead."""
    ready: dict[str, list[RowCheck]] = {}
    for check in check_rows(plan, customers):
        checks.append(check)
        if check.outcome != MERGED:
            continue
        if check.index in settled:
            settle(check, settled[check.index][1])
            continue
        batch = ready.setdefault(check.batch, [])
        batch.append(check)
        if len(batch) == CHUNK:
            yield ready.pop(check.batch)
    yield from ready.values()


def task_of(check: RowCheck) -> Task:
    """What the renderers need of a row: which text (a language, of the master letter or of
    the customer's per-state letter), the row's values and its recipient."""
    return (check.text_key, check.values, check.recipient)


def jobs_of(chunk: list[RowCheck]) -> list[Job]:
    """What a worker needs of a chunk's rows to render them and write them to the journal."""
    return [(check.index, check.file, task_of(check)) for check in chunk]


def finished(
    plan: MergePlan,
    zip_path: Path | str,
    manifest: str,
    checks: list[RowCheck],
    started: float,
    report: Progress,
) -> MergeResult:
    """The result of a merge whose ZIP is written, reported as the last progress step."""
    held_rows = tuple(c for c in checks if c.outcome != MERGED)
    total = len(checks)
    merged = total - len(held_rows)
    report(total, total, f"{merged} letters, {len(held_rows)} rows held")
    seconds = time.perf_counter() - started
    letters = tuple(letter_counts(plan, checks))
    return MergeResult(
        zip_path, manifest, total, merged, len(held_rows), seconds, held_rows, letters
    )


def settle(check: RowCheck, error: str) -> None:
    if error:
        check.file = ""
        check.hold(f"could not render the letter: {error}")


def fingerprint(plan: MergePlan, customers: CustomerList) -> str:
    """What makes two runs the same merge: the list, the texts and every option."""
    digest = hashlib.sha256(customers.table.to_csv().encode("utf-8"))
    for letter in plan.letters():
        digest.update(f"{letter.letter_id}:{sorted(letter.unavailable.items())}".encode())
        for language, text in sorted(letter.texts.items()):
            digest.update(f"{language}:{text.version_number}:{text.document.draft_reason}".encode())
    options = (plan.letter_id, plan.fmt, plan.layout, plan.envelope, plan.sender, plan.letter_date)
    digest.update(repr((options, plan.mapping, sorted(plan.unavailable.items()))).encode())
    return digest.hexdigest()


def record_merge(
    store: Store, actor: str, plan: MergePlan, result: MergeResult, *, claim: str = ""
) -> None:
    """Write the merge to the audit log: how many letters went into which file; ``claim`` is
    what the command line's --actor said, kept as words beside the actor."""
    log_export(
        store,
        actor,
        plan.letter_id,
        f"mail merge ({plan.fmt}): {result.merged} letters, {result.held} rows held, "
        f"of {result.total} rows{claim}",
    )


MANIFEST_FIELDS = (
    "row",
    "lines",  # the physical lines of the CSV file the row was read from
    "outcome",
    "letter_file",
    "letter",  # the master or the per-state letter the row got (its reason is in the notes)
    "letter_id",
    "requested_language",
    "letter_language",
    "letter_version",
    "approval_exceptions",  # what the approval of the letter's text overrode, and why
    "problems",
    "notes",
)


def manifest_csv(customers: CustomerList, checks: list[RowCheck]) -> str:
    """Every row with its outcome, then its own columns; every cell safe to open in a
    spreadsheet (a value starting like a formula gets a leading apostrophe)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    table = customers.table
    # the list's own columns follow; one named like an outcome column gets " (list)" added
    columns = [f"{c} (list)" if c in MANIFEST_FIELDS else c for c in table.columns]
    writer.writerow([neutralise_formula(c) for c in (*MANIFEST_FIELDS, *columns)])
    for check, row in zip(checks, table.itertuples(index=False, name=None), strict=True):
        cells = (
            check.sheet_row,
            customers.line_label(check.index),
            check.outcome,
            check.file,
            check.letter_name,
            check.letter_id,
            check.requested_language,
            check.language if check.outcome == MERGED else "",
            check.version_number if check.outcome == MERGED else "",
            describe_all(check.exceptions) if check.outcome == MERGED else "",
            " | ".join(check.problems),
            " | ".join(check.notes),
            *row,
        )
        writer.writerow([neutralise_formula("" if c is None else str(c)) for c in cells])
    return buffer.getvalue()
