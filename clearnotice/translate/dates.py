"""Dates written out in each language, found with their spans and read into comparable values.

"March 3, 2026", "3 de marzo de 2026", "3 de març de 2026", "3. März 2026" and "2026-03-03" are
the same date; translation QA compares the values, not the words. A month name the language does
not have ("Marcha 3, 2026", Apertium's rendering of "March 3, 2026") is not read as a date, so
the source date shows as missing and QA points at what stands in its place.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from clearnotice import caches
from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.translate import cjk_numerals as cjk

# Month names, January first. Spellings from each language's standard orthography; the
# alternatives are common regional spellings ("setiembre" in Spanish, "Jänner" in Austria).
MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    "es": (
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        ("septiembre", "setiembre"),
        ("octubre",),
        ("noviembre",),
        ("diciembre",),
    ),
    "ca": (
        ("gener",),
        ("febrer",),
        ("març",),
        ("abril",),
        ("maig",),
        ("juny",),
        ("juliol",),
        ("agost",),
        ("setembre",),
        ("octubre",),
        ("novembre",),
        ("desembre",),
    ),
    "gl": (
        ("xaneiro",),
        ("febreiro",),
        ("marzo",),
        ("abril",),
        ("maio",),
        ("xuño",),
        ("xullo",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("decembro",),
    ),
    "fr": (
        ("janvier",),
        ("février",),
        ("mars",),
        ("avril",),
        ("mai",),
        ("juin",),
        ("juillet",),
        ("août",),
        ("septembre",),
        ("octobre",),
        ("novembre",),
        ("décembre",),
    ),
    "de": (
        ("januar", "jänner"),
        ("februar",),
        ("märz",),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("dezember",),
    ),
    "it": (
        ("gennaio",),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre",),
        ("ottobre",),
        ("novembre",),
        ("dicembre",),
    ),
    "pt": (
        ("janeiro",),
        ("fevereiro",),
        ("março",),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ),
}

# How each language orders an all-digit date such as 03/04/2026.
_MONTH_FIRST = frozenset({"en"})

_DAY = r"(?P<day>[0-3]?\d)"
YEARS = range(1900, 2100)  # the Gregorian years a date is read with; _YEAR spells them
_YEAR = r"(?P<year>(?:19|20)\d\d)"


@dataclass(frozen=True)
class DateValue:
    """A calendar date as written; ``year`` or ``day`` is 0 when the text leaves it out."""

    year: int
    month: int
    day: int

    def english(self) -> str:
        """The date as an English reader would say it, to explain a finding."""
        month = MONTHS["en"][self.month - 1][0].capitalize()
        if self.day and self.year:
            return f"{month} {self.day}, {self.year}"
        if self.day:
            return f"{month} {self.day}"
        return f"{month} {self.year}" if self.year else month


@cache
def written_date(day: dt.date, language: str) -> str:
    """``day`` written out the way ``language`` writes a date in a letter: the long form of the
    Unicode CLDR (through Babel), "March 3, 2026", "3 de marzo de 2026", "3. März 2026"; English
    for a language CLDR does not know. ``find_dates`` reads each of these back as ``day``."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    try:
        return format_date(day, format="long", locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return format_date(day, format="long", locale="en")


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: DateValue


# A name CLDR gives a month where it has none of its own ("M03" in a locale without month
# names, such as Haitian Creole in CLDR 43), and the East Asian names that are the month's
# number and 月 or 월 ("3月", "3월"), which _EAST_ASIAN reads with their day and year.
_NOT_A_NAME = re.compile(r"m\d\d|.*[月월]")


# Month names a language says with words where CLDR writes a digit: Vietnamese "tháng Ba" for
# "tháng 3" (March), "tháng Giêng" and "tháng Chạp" for the first and the last, "tháng Tư" for
# the fourth (Hoàng Phê, ed., Từ điển tiếng Việt, 1988: "giêng", "chạp", "tư"). May, "tháng
# Năm", is left out: "ngày tháng năm sinh" is "date of birth" (day, month, year); so is "tháng
# Một", as "một" is also "a" ("2 tháng một lần", once every two months).
_SPOKEN_MONTHS = {
    "vi": tuple(
        tuple(f"tháng {n}" for n in names)
        for names in (
            ("giêng",),
            ("hai",),
            ("ba",),
            ("tư", "bốn"),
            (),
            ("sáu",),
            ("bảy",),
            ("tám",),
            ("chín",),
            ("mười",),
            ("mười một",),
            ("mười hai", "chạp"),
        )
    )
}


@cache
def month_names(language: str) -> tuple[tuple[str, ...], ...]:
    """The names of each month in ``language``, January first, lower-case: MONTHS's, else the
    Unicode CLDR's (through Babel) as a date writes them and as they stand alone, wide and
    abbreviated (Russian "марта" and "март", Polish "marca", Vietnamese "tháng 3", Tagalog
    "Marso", Arabic "مارس"); () for a language CLDR gives no names for."""
    if language in MONTHS:
        return MONTHS[language]
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    try:
        tables = [
            get_month_names(width, context, locale=language.replace("-", "_"))
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
        ]
    except (UnknownLocaleError, ValueError):
        return ()
    spoken = _SPOKEN_MONTHS.get(language, ((),) * 12)
    months = tuple(
        tuple(dict.fromkeys(str(t[m]).casefold().rstrip(".") for t in tables if m in t))
        + spoken[m - 1]
        for m in range(1, 13)
    )
    if any(_NOT_A_NAME.fullmatch(n) for month in months for n in month):
        return ()
    return months


def _month_alternation(language: str) -> str:
    names = sorted((n for month in month_names(language) for n in month), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def _english_months() -> str:
    """English month names as a group: English capitalises them, and requiring it keeps "may"
    the verb out."""
    names = "|".join(
        f"(?-i:{n[0].upper()}){re.escape(n[1:])}"
        for month in MONTHS["en"]
        for n in sorted(month, key=len, reverse=True)
    )
    return f"(?P<month>{names})"


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The written-out date forms of ``language``, longest forms first."""
    months = f"(?P<month>{_month_alternation(language)})"
    if language == "en":
        months = _english_months()
        ordinal = r"(?:st|nd|rd|th)?"
        forms = [
            rf"\b{months}\.?\s+{_DAY}{ordinal}(?:,?\s+{_YEAR})?\b",
            rf"\b{_DAY}{ordinal}\s+(?:of\s+)?{months}\.?(?:,?\s+{_YEAR})?\b",
            rf"\b{months}\.?,?\s+{_YEAR}\b",
        ]
    elif language == "de":
        forms = [
            rf"\b{_DAY}\.\s*{months}(?:\s+{_YEAR})?\b",
            rf"\b{months}\s+{_YEAR}\b",
        ]
    elif language in ("fr", "it"):
        forms = [
            rf"\b{_DAY}(?:er|º|°)?\s+{months}(?:\s+{_YEAR})?\b",
            rf"\b{months}\s+{_YEAR}\b",
        ]
    elif language not in MONTHS:
        forms = _cldr_forms(months, language)
    else:  # es, ca, gl, pt: "3 de marzo de 2026", Catalan also "3 d'abril del 2026"
        of = r"(?:de\s+|d['’])"
        forms = [
            rf"\b{_DAY}(?:\.?[ºª])?\s+{of}{months}(?:,?\s+(?:de|del|do)\s+{_YEAR})?\b",
            _calque(months),
            rf"\b{months}\s+(?:de|del|do)\s+{_YEAR}\b",
        ]
    return tuple(re.compile(f, re.IGNORECASE) for f in forms)


# What may stand between a month and its year in the languages CLDR names the months of: a
# comma, or a short word for "year" or "of" (Vietnamese "tháng 3 năm 2024": CLDR's long date
# pattern for vi, "d MMMM 'năm' y"; "de" in Tagalog's Spanish-style dates). The year's own
# abbreviation comes after it ("2024 г.", "2024 r."), outside the date.
_TO_YEAR = r"(?:,?\s+(?:(?:[^\W\d_]{1,4}|(?:[^\W\d_]\.){2})\s+)?)"
# Thailand counts its years in the Buddhist era, 543 ahead of the Gregorian (CLDR's calendar
# data: the "buddhist" calendar's era starts in -542, and it is Thailand's preferred calendar,
# calendarPreference "TH": "buddhist gregorian"), written with its era's "พ.ศ." or without:
# "3 มีนาคม 2567" (or "พ.ศ. 2567") is March 3, 2024.
_ERA_OFFSET = {"th": 543}


def _year_pattern(language: str) -> str:
    """The year of a date in ``language``: Gregorian, or Buddhist-era too (_ERA_OFFSET)."""
    return r"(?P<year>(?:19|20|24|25)\d\d)" if language in _ERA_OFFSET else _YEAR


def gregorian_year(year: int, language: str) -> int:
    """``year`` as written in ``language``, in the Gregorian calendar (_ERA_OFFSET)."""
    offset = _ERA_OFFSET.get(language, 0)
    return year - offset if offset and year >= 2400 else year


def _cldr_forms(months: str, language: str) -> list[str]:
    """Dates in a language whose month names come from CLDR (month_names): the day first ("3
    марта 2024", "3 marca 2024", "ngày 3 tháng 3 năm 2024", "3 مارس 2024", "3 Marso 2024"), a
    month with its year, and the month first where CLDR's long date pattern puts it first
    ("Marso 3, 2024": fil and tl "MMMM d, y"), so "marca 12 klientów" is no date."""
    glued = _glued_to_month(language)
    year = _year_pattern(language)
    forms = [
        rf"(?<!\w){_DAY}\.?\s+(?:de\s+)?{glued}{months}\.?(?:{_TO_YEAR}{year})?(?!\w)",
        rf"(?<!\w){months}\.?{_TO_YEAR}{year}(?!\w)",
    ]
    if _month_first(language):
        forms.insert(1, rf"(?<!\w){months}\.?\s+{_DAY}(?:,?\s+{year})?(?!\w)")
    return forms


def _glued_to_month(language: str) -> str:
    """The pattern of a word CLDR's long date pattern glues to the front of the month's name,
    as a prefix: Hebrew "3 במרץ 2024", "d בMMMM y" ("in March"); "" for none."""
    from babel.dates import get_date_format

    pattern = get_date_format("long", locale=language.replace("-", "_")).pattern
    glued = re.search(r"d\s+([^\sM']+)MMMM", pattern)
    return f"(?:{re.escape(glued.group(1))})?" if glued else ""


def _month_first(language: str) -> bool:
    """Whether CLDR's long date pattern for ``language`` starts with the month."""
    from babel.dates import get_date_format

    return get_date_format("long", locale=language.replace("-", "_")).pattern.startswith("M")


def _calque(months: str) -> str:
    """The US calque "junio 30, 2026": read, as it is the same date. Spanish written in the
    United States uses it (the notices' readers), so it is Spanish here; Catalan, Galician and
    Portuguese put the day first only ("30 de xuño de 2026"), so ``written_in`` does not count
    it as theirs (Apertium writes "marzo 3, 2026" in Galician)."""
    return rf"\b{months}\s+{_DAY}(?:,?\s+{_YEAR})?\b"


# The languages whose readers take the calque "junio 30, 2026" as their own form.
_CALQUE_READ = frozenset({"es"})


SOURCE = "en"
# Chinese, Japanese and Korean write no space between words: a digit or an address touches the
# word after it ("12,000名", "help@acme.com으로"). Their characters are scanned as spaces, so a
# number, a phone or an address ends where the script changes (Unicode blocks: CJK Symbols and
# Punctuation, Hiragana, Katakana, CJK Unified Ideographs and Extension A, CJK Compatibility
# Ideographs, Hangul Jamo, Hangul Compatibility Jamo, Hangul Syllables).
EAST_ASIAN_SCRIPT = re.compile(
    "[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
# Chinese, Japanese and Korean write a date in digits, each followed by its unit: 2024年3月3日,
# 2024년 3월 3일 (CLDR's long date patterns: zh and ja "y年M月d日", ko "y년 MMMM d일"); a month
# with its year or its day alone too ("2024年3月", "3月3日"). Digits may be full-width (１２).
_EAST_ASIAN = re.compile(
    r"(?<!\d)(?:(?P<year>(?:19|20)\d\d)\s?[年년]\s?)?(?P<month>1[0-2]|0?[1-9])\s?[月월]"
    r"(?:\s?(?P<day>3[01]|[12]\d|0?[1-9])\s?[日일])?"
)
# The same with Chinese numerals, as a formal date writes them: 二〇二六年三月二十三日, 三月三日
# (the year digit by digit, the month and the day as numbers: clearnotice.translate.cjk_numerals),
# the day also with 号 as Chinese says it (三月三号).
_EAST_ASIAN_WORDS = re.compile(
    rf"(?:(?P<year>[{cjk.CHARACTERS}]{{4}})年\s?)?(?P<month>[{cjk.CHARACTERS}]{{1,3}})月"
    rf"(?:\s?(?P<day>[{cjk.CHARACTERS}]{{1,3}})[日号號])?"
)
_ISO = re.compile(rf"\b{_YEAR}-(?P<month>[01]?\d)-{_DAY}\b")
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b")


@lru_cache(maxsize=16)
def _month_numbers(language: str) -> dict[str, int]:
    return {name: i + 1 for i, month in enumerate(month_names(language)) for name in month}


def _month_number(written: str, language: str) -> int:
    """The month a date form found ``written`` as, in ``language``: by its lower case, or, when
    ``re`` matched it ignoring case through a letter beyond ASCII ("ſeptiembre", "APRİL",
    "MAYIS" for Turkish "mayıs": no name of the table in lower case), by the name it matches so."""
    names = _month_numbers(language)
    number = names.get(written.lower())
    if number is None:
        number = next(
            n for name, n in names.items() if re.fullmatch(re.escape(name), written, re.IGNORECASE)
        )
    return number


def _valid(value: DateValue) -> bool:
    return 1 <= value.month <= 12 and 0 <= value.day <= 31 and (value.day or value.year)


def find_dates(text: str, language: str) -> list[FoundDate]:
    """Every date in ``text`` written the way ``language`` writes dates, in reading order.

    A language other than English is also read with the English forms: a sentence left in
    English keeps its dates right, and that fault is reported once, as untranslated text.
    """
    return list(_dates_in(text, language))


@caches.of_text(4096)
def _dates_in(text: str, language: str) -> tuple[FoundDate, ...]:
    """find_dates' scan, cached per text: QA asks for a block's dates twice (its entities and
    its numbers in words, which leave out the numbers a date holds), and a scan with every
    date form of two languages was a sixth of a new letter's QA (cProfile)."""
    found: list[FoundDate] = []
    taken = DisjointSpans()  # each date against its neighbours only: thousands took seconds

    def add(start: int, end: int, value: DateValue) -> None:
        if _valid(value) and not taken.overlaps(start, end):
            taken.add(start, end)
            found.append(FoundDate(start, end, text[start:end], value))

    if language != SOURCE and ("月" in text or "월" in text):  # each form names its month so
        for m in _EAST_ASIAN.finditer(text):
            year = int(m["year"]) if m["year"] else 0
            add(m.start(), m.end(), DateValue(year, int(m["month"]), int(m["day"] or 0)))
        for m in _EAST_ASIAN_WORDS.finditer(text):
            year, month, day = (cjk.value(m[g]) if m[g] else 0 for g in ("year", "month", "day"))
            add(m.start(), m.end(), DateValue(year, month, day))
    scan = EAST_ASIAN_SCRIPT.sub(" ", text)  # "于2024-06-30结束" holds an ISO date
    for m in _ISO.finditer(scan):
        add(m.start(), m.end(), DateValue(int(m["year"]), int(m["month"]), int(m["day"])))
    month_first = language in _MONTH_FIRST
    for m in _NUMERIC.finditer(scan):
        a, b = int(m["a"]), int(m["b"])
        month, day = (a, b) if month_first else (b, a)
        add(m.start(), m.end(), DateValue(int(m["year"]), month, day))
    languages = [language] if language == SOURCE else [language, SOURCE]
    for lang in (lang for lang in languages if month_names(lang)):
        for pattern in _patterns(lang):
            for m in pattern.finditer(scan):
                groups = m.groupdict()
                month = _month_number(groups["month"], lang)
                day = int(groups["day"]) if groups.get("day") else 0
                year = gregorian_year(int(groups["year"]), lang) if groups.get("year") else 0
                add(m.start(), m.end(), DateValue(year, month, day))
    found.sort(key=lambda d: d.start)
    return tuple(found)


@cache
def _english_ranges() -> re.Pattern[str]:
    """Two days of one month in English, the month and year written once: "February 14-20,
    2026", "February 14 and 20, 2026", "February 14 to 20, 2026"."""
    return re.compile(
        rf"\b{_english_months()}\.?\s+{_DAY}(?:st|nd|rd|th)?\s*(?:[-–]|\s(?:and|to|through)\s)\s*"
        rf"(?P<second>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
        re.IGNORECASE,
    )


def range_ends(text: str) -> list[FoundDate]:
    """The second days of the English ranges in ``text`` that write the month once ("20, 2026"
    in "February 14-20, 2026"), which ``find_dates`` reads as numbers; the first day is a date
    without a year there, as written ("del 14 de febrero al 20 de febrero de 2026" names it so
    too)."""
    found = []
    for m in _english_ranges().finditer(text):
        value = DateValue(int(m["year"]), _month_number(m["month"], "en"), int(m["second"]))
        if _valid(value):
            found.append(
                FoundDate(m.start("second"), m.end(), text[m.start("second") : m.end()], value)
            )
    return found


def written_in(text: str, language: str) -> bool:
    """Whether the date ``text`` is written as ``language`` writes dates, or in digits: "3 de
    marzo de 2026" and "03/03/2026" are Spanish, "Mar. 3, 2026" is not (``find_dates`` also
    reads English forms in every language)."""
    text = "".join(_ascii_digit(ch) for ch in text)
    if not month_names(language) or _ISO.fullmatch(text) or _NUMERIC.fullmatch(text):
        return True
    if language != SOURCE and _EAST_ASIAN.fullmatch(text):
        return True
    calque = _calque(f"(?P<month>{_month_alternation(language)})")
    own = [p for p in _patterns(language) if language in _CALQUE_READ or p.pattern != calque]
    return any(p.fullmatch(text) for p in own)


def _ascii_digit(ch: str) -> str:
    """``ch`` as an ASCII digit when it is a decimal digit of any script ("٣", "३"), else
    ``ch``: a date in Persian or Hindi digits is written as its language writes dates."""
    digit = unicodedata.decimal(ch, None)
    return ch if digit is None else str(digit)


# The word that may stand before a residue's day ("Marcha" in "Marcha 3, 2026"), from the start
# of its letters: possessive, so a run of thousands of letters glued is not read from each one.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]++\.?\s+")


class Residues:
    """Where the dates a translated segment lost have their day and year standing without a
    month the language knows, each span given to one date only.

    Apertium turned "March 3, 2026" into "Marcha 3, 2026": no Spanish date, yet "3" and "2026"
    are there. ``take`` answers with the span from the word before the day to the year, if any,
    outside the spans ``taken`` by the segment's dates and by the residues taken before: the
    first of the form's matches, read in order as ``re.finditer`` reads them. The text's words
    are listed once, and a form is tried only where its day (or year) stands as a word, from
    where its last match ended: what is taken only grows, so a match passed over is never read
    again. Searched from the text's start for each lost date, a pasted run of dates lost, or a
    letter of thousands of different ones, grew as the square of its length."""

    def __init__(self, text: str, taken: Iterable[tuple[int, int]]) -> None:
        self._text = text
        self._taken = DisjointSpans.covering(taken)
        self._words: dict[str, list[int]] | None = None  # where each word starts
        self._word_before: dict[int, int] | None = None  # its start, by where the day stands
        self._read: dict[str, tuple[int, int]] = {}  # per form: words tried, where it ended

    def take(self, date: DateValue) -> tuple[int, int] | None:
        """The first span where ``date``'s day and year stand, none taken; taken from now on."""
        first = date.day if date.day and date.year else date.year or date.day
        day = rf"\b{first}\b"
        if date.day and date.year:
            day = rf"{day}[^\n\d]{{0,16}}\b{date.year}\b"
        day_on, form = re.compile(day), re.compile(rf"(?:[^\W\d_]+\.?\s+)?{day}")
        if self._words is None:  # \b3\b stands only where 3 is a whole word
            self._words = {}
            for m in re.finditer(r"\w+", self._text):
                self._words.setdefault(m.group(), []).append(m.start())
        places = self._words.get(str(first), [])
        tried, end = self._read.get(form.pattern, (0, 0))
        while tried < len(places):
            at = places[tried]
            tried += 1
            if at < end or not day_on.match(self._text, at):
                continue
            m = form.search(self._text, max(end, self._before(at)))
            assert m is not None  # it holds at ``at`` itself, and none starts before the word
            end = m.end()
            if not self._taken.overlaps(m.start(), end):
                self._read[form.pattern] = (tried, end)
                self._taken.add(m.start(), end)
                return m.start(), end
        self._read[form.pattern] = (tried, end)
        return None

    def _before(self, at: int) -> int:
        """Where the word before the day at ``at`` starts, if one stands there, else ``at``."""
        if self._word_before is None:
            self._word_before = {m.end(): m.start() for m in _WORD_BEFORE.finditer(self._text)}
        return self._word_before.get(at, at)


# A day as a whole word of digits, French "le 1er" and "1.º" too: where a range may begin.
_DAY_WORD = re.compile(r"\b(\d+)(?:er|º)?\b")
# What joins the first day of a range to the second when both share the month and year written
# once after the second: "entre el 14 y el 20 de febrero de 2026", "del 14 al 20 de febrero",
# "entre le 14 et le 20 février 2026", "vom 14. bis 20. Februar 2026", "dal 14 al 20 febbraio",
# "14-20 de febrero" (RAE, Diccionario panhispánico de dudas, "fecha": "del 14 al 20 de
# febrero" names the month once; Grevisse & Goosse and Duden write ranges the same way).
_RANGE_LINK = re.compile(
    r"(?:\.|er|º)?\s*(?:[-–]|(?:y|e|a|al|hasta|et|au|à|bis|und|zum|i|fins|ao|até)\s)"
    r"\s*(?:(?:el|le|la|il|lo|o|al|den|dem|zum)\s+)?",
    re.IGNORECASE,
)


class RangeFirstDays:
    """The days in a text that begin a range whose second day carries the month and year ("el
    14 y el 20 de febrero de 2026" holds February 14, 2026), among the dates found there, read
    once: looked for from the text's start for each lost date, a letter of thousands of
    dates lost grew as the square of its length."""

    def __init__(self, text: str, dates: list[FoundDate]) -> None:
        starts = {d.start: d.value for d in dates}
        # (day, month) -> (start, end, second day, year) of each such day, in reading order
        self._firsts: dict[tuple[str, int], list[tuple[int, int, int, int]]] = {}
        for m in _DAY_WORD.finditer(text):
            link = _RANGE_LINK.match(text, m.end())
            second = starts.get(link.end()) if link else None
            if second is not None:
                self._firsts.setdefault((m[1], second.month), []).append(
                    (m.start(), m.end(), second.day, second.year)
                )

    def where(self, date: DateValue) -> tuple[int, int] | None:
        """Where ``date``'s day stands as the first day of such a range; None when it does not."""
        if not date.day:
            return None
        for start, end, second_day, year in self._firsts.get((str(date.day), date.month), ()):
            if second_day > date.day and date.year in (0, year):
                return start, end
        return None
