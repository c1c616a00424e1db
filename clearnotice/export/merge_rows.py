"""Checking each row of a customer list against a merge plan: merged or held, in which
language and which letter, and every message the row's customer or the sender should see.

Each row is checked on its own and gets its own message; a bad row is held back and the rest
still merge. A row's values are cleaned and refused when they start like a formula; its
language, its state's letter, its address and its salutation are checked here, once, for the
preview, the merge and the cluster merge alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from clearnotice import caches, facts, placeholders
from clearnotice.approval_policy import Override
from clearnotice.chinese_script import SCRIPT_NAMES
from clearnotice.csv_safety import looks_like_formula
from clearnotice.export import fonts, posting
from clearnotice.export.customer_list import CustomerList, RowNote
from clearnotice.export.document import Document
from clearnotice.export.file_names import file_stem
from clearnotice.export.merge_dates import as_written, holds_dates, named_as_date, serial_problem
from clearnotice.export.merge_plan import (
    EMAIL,
    LanguageText,
    LetterTexts,
    MergeError,
    MergePlan,
    plan_setup,
    unprintable,
)
from clearnotice.export.registry import FORMATS
from clearnotice.languages import WIDELY_WRITTEN, language_name, normalise_language
from clearnotice.placeholders import UnfilledPlaceholderError
from clearnotice.text import COURTESY
from clearnotice.translate.entities import EMAIL_ADDRESS
from clearnotice.variant_letters import MASTER
from clearnotice.wording import plural

MERGED, HELD = "merged", "held"
# A leading + or - is how phone numbers and amounts are written, and harmless as text.
_SIGNED_NUMBER = re.compile(r"^[+-][\d\s().,/-]*$")
# A number as Excel shows it in scientific notation, one digit before the point and a signed
# exponent of two digits or more ("1.23457E+15"): it does so for a number of 12 digits or more
# in a General cell, keeps 15 significant digits at most, and saves a CSV file as it shows it
# (https://learn.microsoft.com/en-us/office/troubleshoot/excel/last-digits-changed-to-zeros).
_SCIENTIFIC = re.compile(r"[+-]?\d(?:[.,]\d+)?E[+-]\d{2,}", re.IGNORECASE)


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
    # the language the row asked for ("vi", or the value itself when no language is named so)
    # when the letter has no approved text in it and the row gets its source language
    instead_of: str = ""
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
            problem = _unusable(column, raw, name)
            if problem:
                check.hold(problem)
                continue
            value = as_written(_clean(raw), language)
            _note_direction(check, column, raw, value)
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


def _unusable(column: str, raw: str, name: str) -> str | None:
    """Why the list's value ``raw`` in ``column`` must not fill {{ name }}, or None."""
    if _is_formula(raw):
        return (
            f"{column} starts like a spreadsheet formula ({_excerpt(raw)}); it was not used. "
            "Correct the value in the list."
        )
    value = _clean(raw)
    if not value:
        return f"{column} is empty: the letter needs it for {{{{ {name} }}}}."
    if _SCIENTIFIC.fullmatch(value):
        return (
            f"{column} {value!r} is a number a spreadsheet wrote in scientific notation: its "
            "last digits are lost. Format the column as text, type the whole number and save "
            "the list again."
        )
    return None


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
    for part, column in plan.mapping.address_columns.items():
        _note_direction(check, column, row.get(column, ""), parts[part])
    if not name.strip():
        if check.outcome == MERGED:  # else an empty name value is held already
            check.hold(
                "the letter's salutation names no customer ({{ placeholder }}), so the "
                "address has no name line."
            )
        return
    home = plan.sender.country
    lines = posting.address_lines(name, parts, home)
    envelope = posting.envelope_for(plan.envelope)
    _add(check, posting.check_address(parts, lines, envelope, _width, check.language, home))
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
    # cleaned as a value is: a zero-width space or a direction mark copied with the language
    # from a web page made "es" unknown, and its customer got the source language
    raw = _clean(row.get(column, "")) if column else ""
    check.requested_language = raw
    if not column:
        others = [language for language in letter.texts if language != source]
        if others:
            check.notes.append(
                f"no language column was chosen, though the letter is approved in "
                f"{', '.join(others)} too; {_fallback(source)}"
            )
        return source
    if not raw:
        check.notes.append(f"{column} is empty; {_fallback(source)}")
        return source
    wanted = _match_language(raw, (*letter.texts, *letter.unavailable))
    if wanted is None:
        code = _language_code(raw, (*WIDELY_WRITTEN, *letter.texts, *letter.unavailable))
        if code is None:
            check.notes.append(f"unknown language {_excerpt(raw)!r}; {_fallback(source)}")
            check.instead_of = repr(_excerpt(raw))
            return source
        script = _script(raw)
        wanted = f"{code}-{script}" if script else code
    if wanted in letter.texts:
        _note_other_script(letter.texts[wanted], wanted, raw, check)
        return wanted
    why = letter.unavailable.get(wanted, _untranslated(letter, wanted))
    check.notes.append(
        f"no approved {language_name(wanted)} ({wanted}) text ({why}); {_fallback(source)}"
    )
    check.instead_of = f"{language_name(wanted)} ({wanted})"
    return source


def _note_other_script(text: LanguageText, language: str, raw: str, check: RowCheck) -> None:
    """Say so when the row asks for one script ("zh-Hant") and gets a text whose tag names
    none ("zh") but whose characters are the other's: it still goes out, as the nearest the
    letter has, and whoever runs the merge decides."""
    asked = _script(raw)
    written = text.written_script
    if asked is None or written is None or asked == written or _script(language) is not None:
        return
    check.notes.append(
        f"{_excerpt(raw)!r} asks for {SCRIPT_NAMES[asked]} characters, but the letter's "
        f"{language_name(language)} ({language}) text is written in {SCRIPT_NAMES[written]} "
        f"ones; it goes out as it is: approve a {language}-{asked} translation for these readers"
    )


def _untranslated(letter: LetterTexts, wanted: str) -> str:
    """Why ``letter`` has no text in ``wanted``: no translation into it, or only one in
    another script ("zh-Hans" for "zh-Hant")."""
    code = normalise_language(wanted)
    others = [language for language in letter.texts if normalise_language(language) == code]
    if others:
        return f"the letter's {', '.join(others)} text is in another script"
    return "the letter has no translation into it"


def _fallback(source: str) -> str:
    return f"the letter is in {language_name(source)} ({source}), its source language."


# A list names its customers' languages in a few ways, each read once here: looking a value
# such as "Português (Brasil)" up among the languages' own names on every row was about a fifth
# of checking a 100,000-row list (profiled on this session's bench of check_rows).
@caches.of_text(1024)
def _match_language(raw: str, languages: tuple[str, ...]) -> str | None:
    """The letter language ``raw`` names: an exact code first ("es-MX"), then its base ("es"),
    written as a code, in English or in the language itself ("español"). A value that names a
    script ("zh-TW", "Traditional Chinese", "繁體中文") matches no text known to be in another:
    a reader of Traditional Chinese is not sent Simplified as if it were what they asked for."""
    languages = tuple(dict.fromkeys(languages))
    wanted = raw.strip().replace("_", "-").casefold()
    for language in languages:
        if language.casefold() == wanted:
            return language
    code = _language_code(raw, languages)
    same = [language for language in languages if code and normalise_language(language) == code]
    script = _script(raw)
    fitting = [
        language for language in same if script is None or _script(language) in (script, None)
    ]
    exact = [language for language in fitting if script and _script(language) == script]
    return next(iter(exact or fitting), None)


@caches.of_text(1024)
def _language_code(raw: str, among: tuple[str, ...]) -> str | None:
    """The ISO 639-1 code ``raw`` names, a script's name in it aside ("简体中文" is "中文")."""
    code = normalise_language(raw, among)
    if code is None and _script(raw):
        code = normalise_language(_script_pattern().sub("", raw).strip(" ,()"), among)
    return code


# A language tag with a script or a region ("zh_Hant", "zh_TW"; BCP 47's subtags), and one
# without ("zh")
_TAG = re.compile(r"[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})+")
_BARE_TAG = re.compile(r"[A-Za-z]{2,3}")
# The scripts a list names a language's by, beside its tag: Chinese's two, whose names in
# English and in Chinese come from CLDR (through Babel) in _script_names. ("Latin" is left out:
# "Spanish (Latin America)" names a region, not a script.)
_SCRIPTS = ("Hans", "Hant")


@cache
def _script_names() -> dict[str, str]:
    """Each script's name, casefolded, in English ("traditional") and in both Chinese scripts
    ("繁體", "简体") -> its ISO 15924 code."""
    names = {}
    for locale in ("en", "zh_Hans", "zh_Hant"):
        for script in _SCRIPTS:
            names[Locale.parse(locale).scripts[script].casefold()] = script
    return names


@cache
def _script_pattern() -> re.Pattern[str]:
    """Any script's name: an English one as a word, a Chinese one anywhere in its text. Made
    on first use: CLDR's names cost a merging process megabytes, and a list of codes needs
    none."""
    words = [
        rf"\b{re.escape(name)}\b" if name.isascii() else re.escape(name) for name in _script_names()
    ]
    return re.compile("|".join(words), re.IGNORECASE)


@cache
def _script(value: str) -> str | None:
    """The script ``value`` names for its language: by its tag's script or region ("zh-Hant",
    "zh-TW": Babel fills in a region's script from CLDR's likely subtags), by a script's name
    ("Traditional Chinese", "中文 (繁體)"), by a region's name as a tag's region ("Chinese
    (Taiwan)", "中文（香港）"), or by Cantonese; None when it names none ("zh", "Chinese")."""
    value = unicodedata.normalize("NFKC", value).strip()  # "（台灣）" is "(台灣)"
    tag = value.replace("-", "_")
    if _BARE_TAG.fullmatch(tag):
        return None
    if _TAG.fullmatch(tag):
        return _tag_script(tag)
    named = _script_pattern().search(value)
    if named:
        return _script_names()[named.group().casefold()]
    return _region_script(value) or _spoken_script(value)


def _tag_script(tag: str) -> str | None:
    """The script of a language tag ("zh_TW"), from CLDR through Babel."""
    try:
        return Locale.parse(tag).script
    except (ValueError, UnknownLocaleError):
        return None


# A region after a language's name and a dash or a comma: "Chinese - Taiwan", "Chinese, Taiwan".
_REGION_AFTER = re.compile(r"\s[-–—]\s+(.+)$|,\s*(.+)$")


def _region(value: str) -> tuple[int, str] | None:
    """Where the region after the language's name in ``value`` (stripped) starts, and the
    region: in brackets at its end ("Chinese (Taiwan)") or after a dash or a comma, whichever
    comes first. The brackets are found from the end: a pattern tried them from every "(" and
    split each run of spaces in them every way (1,000 spaces took seconds, 16,000 "(" as long)."""
    found = _REGION_AFTER.search(value)
    after = (found.start(), next(group for group in found.groups() if group)) if found else None
    return min(filter(None, (after, _bracketed(value))), default=None)


def _bracketed(value: str) -> tuple[int, str] | None:
    """The region in brackets at the end of ``value``: from the first "(" after the ")" before
    the last, without the white space around it (or its last white space, if only that)."""
    if not value.endswith(")"):
        return None
    close = len(value) - 1
    start = value.find("(", value.rfind(")", 0, close) + 1, close)
    if start < 0 or start + 1 == close:  # no "(", or "()": no region
        return None
    inside = value[start + 1 : close]
    return start, inside.strip() or inside[-1]


def _region_script(value: str) -> str | None:
    """The script of the language ``value`` names in the region it names, as a tag of the two
    ("Chinese (Hong Kong)" as zh_HK)."""
    found = _region(value)
    if found is None:
        return None
    territory = _territory(found[1].casefold())
    code = normalise_language(value, WIDELY_WRITTEN) if territory else None
    return _tag_script(f"{code}_{territory}") if territory and code else None


# Regions' names lists write that CLDR's names do not hold: "Macau" is the Portuguese spelling
# of Macao, an official language there (Basic Law of the Macao SAR, article 9:
# https://bo.io.gov.mo/bo/i/1999/leibasica/index_uk.asp), and 臺灣 is Taiwan's standard form of
# 台灣 (Ministry of Education, Standard Form of National Characters).
_REGION_ALSO = {"macau": "MO", "臺灣": "TW"}


@cache
def _territory(region: str) -> str | None:
    """The territory code ``region`` (casefolded) names: a code ("tw"), a name in English or in
    Chinese, or a part of only one name ("hong kong" of "Hong Kong SAR China", CLDR's)."""
    names = _territory_names()
    if region.upper() in names.values():
        return region.upper()
    if region in names:
        return names[region]
    within = {code for name, code in names.items() if len(region) > 1 and region in name}
    return within.pop() if len(within) == 1 else _REGION_ALSO.get(region)


@cache
def _territory_names() -> dict[str, str]:
    """Each territory's name, casefolded, in English and in both Chinese scripts -> its code."""
    names = {}
    for locale in ("en", "zh_Hans", "zh_Hant"):
        for code, name in Locale.parse(locale).territories.items():
            if code.isalpha():  # not a continent's number ("419")
                names[name.casefold()] = code
    return names


# Cantonese (yue) is a language of its own that lists give in place of Chinese; CLDR's likely
# subtags write it in Traditional characters (yue_Hant_HK). Mandarin (cmn) has none there.
_SPOKEN = ("yue",)


def _spoken_script(value: str) -> str | None:
    """The script CLDR writes the language of ``_SPOKEN`` that ``value`` names in, else None."""
    found = _region(value)
    name = value[: found[0] if found else None].strip().casefold()
    likely = get_global("likely_subtags")
    for tag in _SPOKEN:
        if Locale("en").languages.get(tag, "").casefold() == name:
            return str(likely[tag]).split("_")[1]
    return None


def _check_script(plan: MergePlan, check: RowCheck, text: LanguageText) -> None:
    if not FORMATS[plan.fmt].embeds_fonts:
        return  # Word picks a font for every script on the reader's machine
    values = " ".join(check.values.values())
    problem = unprintable(values)
    if problem:
        check.hold(problem)
    elif text.needs_fallback_font or fonts.needs_fallback(values):
        check.batch = "fallback"


def _is_formula(raw: str) -> bool:
    """Whether ``raw`` starts like a formula, as typed, trimmed, or once the invisible
    characters the letter drops are gone (a zero-width space before "=HYPERLINK(" hid it from
    the check, and the letter carried the formula)."""
    stripped = raw.strip()
    visible = _clean(raw)
    return any(looks_like_formula(v) for v in (raw, stripped, visible)) and not (
        _SIGNED_NUMBER.match(stripped) or _SIGNED_NUMBER.match(visible)
    )


# The zero-width non-joiner and joiner spell words: Persian writes many names with a ZWNJ
# inside them, and Indic scripts choose a letter's form with either (The Unicode Standard,
# 23.2 Layout Controls: https://www.unicode.org/versions/latest/ch23.pdf).
_JOINERS = frozenset("\u200c\u200d")


def _clean(raw: str) -> str:
    """One line of text: control and invisible format characters dropped (a joiner kept
    between two visible characters, where it spells the word), every run of white space one
    space."""
    if not raw.isprintable():  # (printable text has no control or format character)
        raw = "".join(_kept(raw, at) for at in range(len(raw)))
    return " ".join(raw.split())


def _kept(raw: str, at: int) -> str:
    """The character of ``raw`` at ``at`` as a clean value has it: itself, or a space."""
    char = raw[at]
    if unicodedata.category(char) not in ("Cc", "Cf"):
        return char
    inside = 0 < at < len(raw) - 1 and _visible(raw[at - 1]) and _visible(raw[at + 1])
    return char if char in _JOINERS and inside else " "


# The explicit directional formatting characters: marks, embeddings, overrides and isolates
# (UAX #9, Unicode Bidirectional Algorithm, 2.1-2.6: https://www.unicode.org/reports/tr9/).
# They change the order a value's characters show in, so dropping them can change what a reader
# sees: "Ann\u202eevil" shows as "Annlive" in the list and prints as "Ann evil".
_DIRECTION = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _note_direction(check: RowCheck, column: str, raw: str, value: str) -> None:
    """A note on the row when ``_clean`` dropped direction marks from ``raw`` (its column's
    value), naming them and what the letter prints instead."""
    if raw.isprintable():  # (a direction mark is a format character, never printable)
        return
    found = sorted({char for char in raw if char in _DIRECTION})
    if found:
        named = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in found)
        check.notes.append(
            f"{column} holds direction marks ({named}), which change the order its characters "
            f"show in; the letter prints it without them, as {_excerpt(value)!r}: check that it "
            "reads as it should."
        )


def _visible(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


def _excerpt(value: str, limit: int = 40) -> str:
    value = _clean(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _file_name(plan: MergePlan, check: RowCheck, row: dict[str, str]) -> str:
    ident = row.get(plan.mapping.id_column, "") if plan.mapping.id_column else ""
    ident = file_stem(ident, fallback="")
    stem = f"{check.sheet_row:06d}" + (f"-{ident}" if ident else "")
    return f"letters/{stem}-{check.language}.{FORMATS[plan.fmt].extension}"


def row_notes(plan: MergePlan, customers: CustomerList) -> dict[int, tuple[RowNote, ...]]:
    """The list's notes on each row, plus a hold on every row whose customer id another row
    has too (which of two rows is the right customer is for a person to decide), on every row
    of an e-mail merge whose address another customer has, and on every row that repeats an
    earlier one in every column (the customer gets one letter, not two); a note on rows that
    look like one customer under two ids.
    Rows are named by their lines in the file, which a quoted line break moves down."""
    notes = dict(customers.notes)
    repeated = list(_repeated_rows(customers))
    copies = {index for index, _note in repeated}
    shared = [*_shared_ids(plan, customers), *_shared_addresses(plan, customers, copies)]
    held = copies | {index for index, _note in shared}
    told = [*_one_customer_twice(plan, customers, held), *_serial_dates(plan, customers)]
    for index, note in [*shared, *repeated, *told]:
        notes[index] = (*notes.get(index, ()), note)
    return notes


# The rows a shared id's message names: every row named made each held row's message as long
# as the list (10,000 rows of one id: 59,000 characters each, in the page's table and the
# manifest); the manifest lists every row with its id all the same.
ROWS_NAMED = 10
Key = TypeVar("Key", bound=Hashable)  # what a group of rows shares: an id, an address


def _rows_named(customers: CustomerList, indexes: list[int]) -> str:
    """The lines of the rows at ``indexes``, the first ``ROWS_NAMED`` of them: "2, 4-5"."""
    shown = ", ".join(customers.line_label(i) for i in indexes[:ROWS_NAMED])
    if len(indexes) > ROWS_NAMED:
        shown += f" and {len(indexes) - ROWS_NAMED:,} more"
    return shown


def _each_shared(
    customers: CustomerList,
    groups: dict[Key, list[int]],
    note_for: Callable[[Key, list[int], str], RowNote],
) -> Iterator[tuple[int, RowNote]]:
    """Every row of each of ``groups`` that holds two rows or more, with the note the group's
    rows share: ``note_for(key, indexes, the rows named)``."""
    for key, indexes in groups.items():
        if len(indexes) >= 2:
            note = note_for(key, indexes, _rows_named(customers, indexes))
            yield from ((index, note) for index in indexes)


def _shared_ids(plan: MergePlan, customers: CustomerList) -> Iterator[tuple[int, RowNote]]:
    column = plan.mapping.id_column
    if not column:
        return
    rows: dict[str, list[int]] = {}
    for index, value in customers.table[column].items():
        key = _clean(value).casefold()
        if key:
            rows.setdefault(key, []).append(int(index))

    def note_for(_key: str, indexes: list[int], shown: str) -> RowNote:
        value = _excerpt(customers.table.at[indexes[0], column])
        return RowNote(
            f"{column} {value!r} is on rows {shown}: every copy is held until the list has "
            "one row per customer.",
            hold=True,
        )

    yield from _each_shared(customers, rows, note_for)


def _shared_addresses(
    plan: MergePlan, customers: CustomerList, copies: set[int]
) -> Iterator[tuple[int, RowNote]]:
    """A hold on every row of an e-mail merge whose address another customer's row has (a
    row that repeats another whole is that customer, held on its own): a notice carries its
    customer's personal data, and an address copied into the row below sent it to another
    person's mailbox. Customers who do share one are merged from lists of their own."""
    column = plan.mapping.email_column
    if plan.fmt != EMAIL or not column:
        return
    rows: dict[str, list[int]] = {}
    for index, value in customers.table[column].items():
        key = value.strip().casefold()
        if key and int(index) not in copies:
            rows.setdefault(key, []).append(int(index))

    def note_for(address: str, _indexes: list[int], shown: str) -> RowNote:
        return RowNote(
            f"{column} {_excerpt(address)!r} is on rows {shown}: a notice carries its "
            "customer's personal data, so it goes to an address only one customer has. Correct "
            "the address (copied from another row?); customers who do share one are merged "
            "from lists of their own.",
            hold=True,
        )

    yield from _each_shared(customers, rows, note_for)


def _one_customer_twice(
    plan: MergePlan, customers: CustomerList, held: set[int]
) -> Iterator[tuple[int, RowNote]]:
    """A note on rows with the same salutation name and the same address (postal when the
    list has one, else e-mail) that are not held already: one person under two customer ids,
    or listed twice with a detail changed, gets a letter for each row. Not held: two accounts
    may each need their own letter, which is for a person to decide. Names alone do not tell
    (two people share one), nor does an address alone (a household does)."""
    mapping = plan.mapping
    source = plan.texts.get(plan.source_language)
    # a salutation filled with one value for everyone ("Dear Customer") names no column
    salutation = _salutation_placeholders(source) if source else []
    table = customers.table
    names = [column for name in salutation if (column := mapping.columns.get(name))]
    places = list(mapping.address_columns.values()) or [mapping.email_column or ""]
    names, places = ([c for c in columns if c in table.columns] for columns in (names, places))
    if not names or not places:
        return
    cells = (table[column].tolist() for column in [*names, *places])
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, *values in zip(table.index.tolist(), *cells, strict=True):
        key = tuple(_comparable(value) for value in values)
        # a name and an address to compare: two rows without an address are not one place
        if int(index) not in held and all(key[: len(names)]) and any(key[len(names) :]):
            groups.setdefault(key, []).append(int(index))
    under = f" under different {mapping.id_column} values" if mapping.id_column else ""

    def note_for(_key: tuple[str, ...], _indexes: list[int], shown: str) -> RowNote:
        return RowNote(
            f"rows {shown} have the same {', '.join(names)} and {', '.join(places)}{under}: "
            "that customer gets a letter for each row. If they are one customer, keep one row.",
            hold=False,
        )

    yield from _each_shared(customers, groups, note_for)


def _comparable(value: str) -> str:
    """A cell as two rows for one customer write it alike: its words of letters and digits,
    lower case ("1 Main St." and "1 main st"); what ``_clean`` takes out (marks of direction,
    joiners) is no word, so it is not cleaned first (a third of a 100,000-row list's notes)."""
    return " ".join(_WORD.findall(value.casefold()))


_WORD = re.compile(r"\w+")


def _serial_dates(plan: MergePlan, customers: CustomerList) -> Iterator[tuple[int, RowNote]]:
    """A hold on every row whose value for a placeholder, in a column that holds dates (by
    its name, the placeholder's or its values), is a date as a spreadsheet stores it (45292):
    the letter printed the number (``merge_dates``)."""
    table = customers.table
    for name, column in plan.mapping.columns.items():
        if column not in table.columns:
            continue
        values = table[column]
        if not (named_as_date(column, name) or holds_dates(v.strip() for v in values)):
            continue
        for index, value in values.items():
            problem = serial_problem(column, value.strip(), customers.date_system)
            if problem:
                yield int(index), RowNote(problem, hold=True)


def _repeated_rows(customers: CustomerList) -> Iterator[tuple[int, RowNote]]:
    """Each row after the first of rows alike in every column, white space and capitals
    aside: a customer listed twice."""
    first: dict[tuple[str, ...], int] = {}
    table = customers.table
    cells = (table[column].tolist() for column in table.columns)
    for index, *values in zip(table.index.tolist(), *cells, strict=True):
        key = tuple(" ".join(value.split()).casefold() for value in values)
        seen = first.setdefault(key, int(index))
        if seen != index:
            yield (
                int(index),
                RowNote(
                    f"this row is the same as row {customers.line_label(seen)} in every column: "
                    "the customer gets one letter, for that row.",
                    hold=True,
                ),
            )


def check_rows(plan: MergePlan, customers: CustomerList) -> Iterator[RowCheck]:
    table = customers.table
    notes = row_notes(plan, customers)
    for index, row in zip(table.index, table.to_dict("records"), strict=True):
        yield check_row(plan, int(index), row, notes.get(int(index), ()))


# preview: the row and its letter ------------------------------------------------------------------
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


# the source language in place of the one asked -----------------------------------------------
def instead_lines(checks: Iterable[RowCheck]) -> list[str]:
    """How many merged rows get the source language instead of the language their row asks
    for, by the language asked, one line per language they get: a merge that says only
    "5 letters" leaves that to the manifest's notes, and nobody learns that the Vietnamese
    customers were sent English."""
    asked: dict[str, Counter[str]] = {}
    for check in checks:
        if check.outcome == MERGED and check.instead_of:
            asked.setdefault(check.language, Counter())[check.instead_of] += 1
    return [
        f"{plural(counts.total(), 'customer')} {_gets(counts.total())} {language_name(got)} "
        f"({got}), the letter's source language, instead of the language "
        f"{'the row' if counts.total() == 1 else 'their row'} asks for: "
        + ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
        + ". The manifest's notes say why for each."
        for got, counts in asked.items()
    ]


def _gets(customers: int) -> str:
    """The verb for ``customers``: "1 customer gets", "3 customers get"."""
    return "gets" if customers == 1 else "get"


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
