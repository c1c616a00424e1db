"""Translation QA: every segment of a translation checked against its English, as Xbench does.

Per aligned segment: placeholders, e-mails, URLs, phone numbers, codes, amounts, percentages,
numbers, dates, times and days of the week must carry over (dates by value, in the target
language's own form: "3 de marzo de 2026" is March 3, 2026; times by the minute: "11:59 p.m." is
"23 h 59"); a keyword the reader must type ("Text HELP to 12345") must stay as it is; text must
not be left untranslated or in the wrong language; glossary terms must use the approved
translation; a segment far longer or shorter than the letter's norm is questioned; a segment
with no partner is missing or extra. Inside each segment, sentence by sentence: a sentence
dropped, added, merged or split; a negation dropped or added, or fewer denials than the English;
a "free" not said; bold moved or lost; two close numbers that changed places ("3 of our 12" as
"12 de nuestras 3"). Numbers written as words ("three", "tres") count as the digits they name.
A weekday of the translation must agree with the full date it names ("martes 4 de marzo de 2025").
Each finding is a clearnotice.model.Finding whose span points into the translation's text, with
the index of its segment (the row of the side-by-side review).
"""

from __future__ import annotations

import datetime
import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from clearnotice import inline_markup
from clearnotice.languages import is_right_to_left, language_name
from clearnotice.model import Finding, Severity, sort_findings
from clearnotice.text import HEADING, Block, Sentence, split_sentences, words
from clearnotice.translate import entities as ent
from clearnotice.translate import fact_check, unknown_words
from clearnotice.translate.alignment import (
    Segment,
    SentencePair,
    align,
    align_sentences,
    doubtful_neighbours,
)
from clearnotice.translate.dates import (
    DateValue,
    FoundDate,
    month_names,
    range_start,
    residue_of,
    written_date,
    written_in,
)
from clearnotice.translate.glossary import Glossary, glossary_for
from clearnotice.translate.language_id import (
    MIN_LATIN_WORDS_KEPT,
    left_in_latin,
    own_function_words,
    reads_as,
)
from clearnotice.translate.languages import REVIEWED_LANGUAGES, SOURCE_LANGUAGE
from clearnotice.translate.negation import (
    denied_conditions,
    free_as_negated_cost,
    polarity,
    price_lost,
)
from clearnotice.translate.weekday_dates import calendar_says, corrected, wrong_weekdays

SOURCE = "translation QA: what the English says must reach the reader unchanged"
GLOSSARY_SOURCE = "approved glossary"
LANGUAGE_SOURCE = "guidance: write to customers in their own language"
# Length: the ratio of a segment's length to its English is compared with the median ratio of
# the letter; below half or above double is questioned, for segments of 40 characters or more
# (short headings vary too much to judge).
LENGTH_MIN_SOURCE = 40
LENGTH_FACTOR = 2.0
# Text left as it was: at least this many words, so names and signatures are not flagged.
# (A segment identical to its English is reported when it reads as English, or as prose: see
# _prose.)
UNTRANSLATED_MIN_WORDS = 3
# The rule of a row left in English (QAReport.untranslated lists those rows).
UNTRANSLATED = "translation.untranslated"
# What a back-translation column says of such a row in place of a machine's reading of it.
UNTRANSLATED_BACK = "Still in English: no back-translation."

# A bidi override, LEFT-TO-RIGHT OVERRIDE U+202D or RIGHT-TO-LEFT OVERRIDE U+202E, shows the
# characters after it in the order it forces, not the order they are stored in (Unicode
# Standard Annex #9, "Explicit Directional Overrides"): "\u202e0002" is shown as "2000", so QA
# and the reader would read two numbers ("Trojan Source", CVE-2021-42574). A translation needs
# none: the marks U+200E and U+200F, and the isolates, place a number in right-to-left text.
OVERRIDE = "translation.bidi-override"
_OVERRIDES = re.compile("[\u202d\u202e]")

_KIND_LABEL = {
    ent.PLACEHOLDER_KIND: ("placeholder", "translation.placeholder"),
    ent.EMAIL: ("e-mail address", "translation.email"),
    ent.URL: ("web address", "translation.url"),
    ent.PHONE: ("phone number", "translation.phone"),
    ent.CODE: ("code", "translation.code"),
    ent.AMOUNT: ("amount", "translation.amount"),
    ent.NUMBER: ("number", "translation.number"),
    ent.DATE: ("date", "translation.date"),
    ent.TIME: ("time", "translation.time"),
    ent.WEEKDAY: ("day of the week", "translation.weekday"),
    ent.TIMEZONE: ("time zone", "translation.time"),
    ent.PERCENT: ("percentage", "translation.percent"),
}
_COMPARED = (
    ent.PLACEHOLDER_KIND,
    ent.EMAIL,
    ent.URL,
    ent.PHONE,
    ent.CODE,
    ent.DATE,
    ent.TIME,
    ent.TIMEZONE,
    ent.WEEKDAY,
    ent.PERCENT,
    ent.AMOUNT,
    ent.NUMBER,
)

# Kinds a translation may say in words QA does not read, so one missing is only questioned.
_SAID_OTHERWISE = (ent.WEEKDAY, ent.TIMEZONE)


# Findings that change what the letter says (a number, a date, a way to reach us, a sentence, a
# denial): a later approval step refuses a translation that still has one.
CHANGES_FACTS = frozenset(
    {rule for _, rule in _KIND_LABEL.values()}
    | {
        "translation.date-swapped",
        "translation.missing-segment",
        "translation.extra-segment",
        "translation.sentence-dropped",
        "translation.sentence-added",
        UNTRANSLATED,
        "translation.wrong-language",
        "translation.negation",
        "translation.keyword",
        "translation.condition",
        OVERRIDE,
        fact_check.RULE,
    }
)


def changes_facts(finding: Finding) -> bool:
    """Whether ``finding`` says the translation changed a fact of the English."""
    return finding.rule_id in CHANGES_FACTS


@dataclass(frozen=True)
class SegmentFinding:
    segment: int
    finding: Finding


@dataclass(frozen=True)
class QAReport:
    segments: tuple[Segment, ...]
    findings: tuple[SegmentFinding, ...]
    language: str

    def for_segment(self, index: int) -> list[Finding]:
        return [f.finding for f in self.findings if f.segment == index]

    @property
    def errors(self) -> int:
        return sum(f.finding.severity is Severity.ERROR for f in self.findings)

    @property
    def untranslated(self) -> frozenset[int]:
        """The rows still in English: a back-translation of English as if it were the target
        language garbles it ("We are sorry" through Apertium spa->en reads "We Plough sorry"),
        so a page says what they are instead."""
        return frozenset(f.segment for f in self.findings if f.finding.rule_id == UNTRANSLATED)


def _finding(
    rule_id: str,
    message: str,
    start: int,
    end: int,
    text: str,
    severity: Severity = Severity.ERROR,
    source: str = SOURCE,
    suggestions: tuple[str, ...] = (),
    source_sentence: str = "",
) -> Finding:
    extra = (("source_sentence", source_sentence),) if source_sentence else ()
    return Finding(
        rule_id, severity, message, start, end, text[start:end], suggestions, source, extra
    )


def _date_words(entity: ent.Entity) -> str:
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    return DateValue(year, month, day).english()


def _compare_entities(
    s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Findings for what the English segment holds and its translation lost or changed."""
    s_all = ent.find_entities(s_block.text, SOURCE_LANGUAGE)
    t_all = ent.find_entities(t_block.text, language)
    offset = t_block.start
    whole = (t_block.start, t_block.end)
    findings: list[Finding] = []
    consumed: set[int] = set()  # target entities explained by an earlier finding
    # where target dates stand, and date residues already explained
    date_spans = [(t.start, t.end) for t in t_all if t.kind == ent.DATE]
    for kind in _COMPARED:
        noun, rule = _KIND_LABEL[kind]
        sources = [e for e in s_all if e.kind == kind]
        targets = [e for e in t_all if e.kind == kind and id(e) not in consumed]
        lost = []
        for s in sources:
            match = next((t for t in targets if t.keys & s.keys), None)
            if match is None:
                lost.append(s)
            else:
                targets.remove(match)
        extra = list(targets)
        if kind == ent.NUMBER:
            lost, extra, changed = _spelled_numbers(lost, extra, s_block.text, t_block, language)
            findings.extend(
                _finding(
                    rule,
                    f"The number {s.text} became {t.text} ({next(iter(t.keys))}).",
                    offset + t.start,
                    offset + t.end,
                    target_text,
                    suggestions=(s.text,),
                )
                for s, t in changed
            )
        for s in lost:
            shown = _date_words(s) if kind == ent.DATE else s.text
            if kind == ent.DATE and _first_of_range(s, t_block.text, t_all, consumed):
                continue
            if kind == ent.TIME and _hour_of_range(s, t_all, consumed, t_block.text, language):
                continue
            morning = _bare_afternoon(s, t_all, consumed) if kind == ent.TIME else None
            if morning is not None:
                findings.append(
                    _finding(
                        rule,
                        f"The time {s.text} is written as a bare {morning.text}, which reads "
                        "as the morning's: give the hour on the 24-hour clock or say "
                        "afternoon.",
                        offset + morning.start,
                        offset + morning.end,
                        target_text,
                        suggestions=(s.text,),
                    )
                )
                continue
            if kind == ent.PERCENT and _percent_in_words(s, t_block.text, language):
                continue
            bare = _bare_percent(s, t_all, consumed) if kind == ent.PERCENT else None
            if bare is not None:
                findings.append(
                    _finding(
                        rule,
                        f"The percentage {s.text} became the number {bare.text}: the "
                        "translation no longer says it is a percentage.",
                        offset + bare.start,
                        offset + bare.end,
                        target_text,
                        suggestions=(s.text,),
                    )
                )
                continue
            if extra:
                t = next((x for x in extra if _swapped(s, x)), extra[0])
                extra.remove(t)
                said = f"{t.text} ({_date_words(t)})" if kind == ent.DATE else t.text
                if kind == ent.DATE and _swapped(s, t):
                    findings.append(_swapped_date(s, t, offset, language, target_text))
                    continue
                findings.append(
                    _finding(
                        rule,
                        f"The {noun} {shown} became {said}.",
                        offset + t.start,
                        offset + t.end,
                        target_text,
                        suggestions=(s.text,) if kind != ent.DATE else (),
                    )
                )
                continue
            if kind == ent.DATE:
                where = residue_of(_value(s), t_block.text, date_spans)
                if where is not None:
                    a, b = where
                    date_spans.append(where)
                    for t in t_all:  # the day and year standing there are this date, not extras
                        if t.kind == ent.NUMBER and a <= t.start and t.end <= b:
                            consumed.add(id(t))
                    findings.append(
                        _date_residue(shown, offset + a, offset + b, language, target_text)
                    )
                    continue
            findings.append(
                _finding(
                    rule,
                    f"The {noun} {shown} is missing from the translation.",
                    *whole,
                    target_text,
                    # days may stand as a span of days ("Monday to Friday" as "días hábiles"),
                    # and a zone in a language's words QA does not know
                    severity=Severity.WARNING if kind in _SAID_OTHERWISE else Severity.ERROR,
                    suggestions=(s.text,) if kind != ent.DATE else (),
                )
            )
        for t in extra:
            findings.append(
                _finding(
                    rule,
                    f"The {noun} {t.text} is not in the English.",
                    offset + t.start,
                    offset + t.end,
                    target_text,
                )
            )
    findings.extend(_english_dates(t_all, t_block, language, target_text))
    findings.extend(_english_grouping(t_all, t_block, language, target_text))
    return findings


# A number grouped in thousands by commas ("1,000", "25,000", "1,250.50") reads in
# French, German, Italian, Portuguese, Catalan and Galician as a decimal ("1,000" is one): their
# decimal sign is the comma (Imprimerie nationale, Lexique des règles typographiques; DIN 5008;
# Treccani, "virgola"; Academia das Ciências de Lisboa; Institut d'Estudis Catalans; Real
# Academia Galega). Spanish is left alone: it is written with the decimal point in Mexico,
# Central America and the United States, the letters' readers (RAE and ASALE, Ortografía de la
# lengua española, 2010, on the decimal sign, which accepts both). A decimal part after a point
# changes nothing: the first comma is still read as the decimal sign.
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]|\.\d)")
_COMMA_MISREAD = frozenset({"fr", "de", "it", "pt", "ca", "gl"})


def _group_sign(language: str) -> str | None:
    """What ``language`` groups thousands with when its reader takes a comma for the decimal
    sign (_COMMA_MISREAD, and any other language whose decimal sign is the comma in the
    Unicode CLDR: Russian, Polish, Ukrainian, Vietnamese), as CLDR writes it ("12 000",
    "12.000"); None for a language that reads "1,000" as a thousand."""
    if language in _COMMA_MISREAD:
        return "\u202f" if language == "fr" else "."
    if language in REVIEWED_LANGUAGES or not ent.decimal_comma(language):
        return None
    from babel.numbers import get_group_symbol

    return get_group_symbol(language.replace("-", "_"))


def _own_grouping(number: str, group: str) -> str:
    """``number``, grouped the English way, with ``group`` between its thousands and a comma
    before its decimals ("1,250.50" as "1.250,50")."""
    whole, _, decimals = number.partition(".")
    return whole.replace(",", group) + ("," + decimals if decimals else "")


def _english_grouping(
    t_all: tuple[ent.Entity, ...], t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Numbers and amounts of a translation grouped the English way, where its reader takes
    the comma for a decimal sign (_COMMA_GROUPED): a warning, with the language's own form."""
    group = _group_sign(language)
    if group is None:
        return []
    found = []
    for t in t_all:
        if t.kind not in (ent.NUMBER, ent.AMOUNT):
            continue
        for m in _COMMA_GROUPED.finditer(t.text):
            start = t_block.start + t.start + m.start()
            found.append(
                _finding(
                    "translation.number",
                    f"{m.group()} is grouped the English way: a {language_name(language)} "
                    "reader takes its comma for a decimal sign. Group the thousands as "
                    f"{language_name(language)} does.",
                    start,
                    start + len(m.group()),
                    target_text,
                    severity=Severity.WARNING,
                    suggestions=(_own_grouping(m.group(), group),),
                )
            )
    return found


# A weekday of the translation that disagrees with its own full date (weekday_dates): a
# machine that changed the date and not its weekday, or a translator who put one right and not
# the other. An error, as a date's are; not one that changes the English's facts by itself (a
# changed date or weekday is told as such already), since the English may say the same.
WEEKDAY_DATE = "translation.weekday-date"


def _weekday_findings(
    s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """The weekdays of a translated segment that disagree with the date beside them, each with
    the day that date falls on in their place."""
    english = {(w.written, w.date) for w in wrong_weekdays(s_block.text, SOURCE_LANGUAGE)}
    findings = []
    for wrong in wrong_weekdays(t_block.text, language):
        same = (wrong.written, wrong.date) in english
        findings.append(
            _finding(
                WEEKDAY_DATE,
                f"{calendar_says(wrong)}: this day of the week and its date disagree. "
                + (
                    "The English says the same: correct it there, then here."
                    if same
                    else "Check which of the two the English means."
                ),
                t_block.start + wrong.start,
                t_block.start + wrong.end,
                target_text,
                suggestions=(corrected(t_block.text, wrong, language),),
            )
        )
    return findings


def _keyword_findings(s_block: Block, t_block: Block, target_text: str) -> list[Finding]:
    """Keywords of the English that the translation does not write as they are."""
    return [
        _finding(
            "translation.keyword",
            f"The English tells the reader to type or text '{word}': keep it as it is, or the "
            "instruction no longer works.",
            t_block.start,
            t_block.end,
            target_text,
            suggestions=(word,),
        )
        for word in dict.fromkeys(ent.keywords(s_block.text))
        if not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", t_block.text)
    ]


def _override_findings(t_block: Block, target_text: str) -> list[Finding]:
    """Bidi overrides in a translated segment (OVERRIDE): what they cover is not shown as QA
    reads it."""
    return [
        _finding(
            OVERRIDE,
            "A bidi override here shows the characters after it in another order than they are "
            "written, so the reader may not see the number or address QA read. Remove it; a "
            "right-to-left mark (U+200F) places a number without reordering it.",
            t_block.start + m.start(),
            t_block.start + m.end(),
            target_text,
        )
        for m in _OVERRIDES.finditer(t_block.text)
    ]


# A phone number in a right-to-left translation: the spaces and brackets between its digit groups
# take the paragraph's direction (Unicode Standard Annex #9, rule N1), so "+1 (800) 555-0100" may
# be shown as "555-0100 (800) +1". Digits joined by single separators ("1-800-555-0100") are one
# number to the algorithm (rule W4) and read in order. An isolate or a left-to-right mark right
# before it (LRI U+2066, FSI U+2068, LRM U+200E; rule W7) sets it apart.
BIDI_ISOLATE = "translation.bidi-isolate"
_ONE_NUMBER = re.compile(r"\d+(?:[-./,:]\d+)*")
_SET_APART = ("\u2066", "\u2068", "\u200e")


def _isolate_findings(t_block: Block, language: str, target_text: str) -> list[Finding]:
    """Phone numbers a right-to-left translation (BIDI_ISOLATE) holds with nothing setting them
    apart. The PDF, Word and HTML exports set every phone number apart themselves
    (clearnotice.export.isolates), so those are right either way; the plain-text and Markdown
    exports, and an e-mail notice's text, hand over the approved characters as typed, and
    adding invisible characters there would change what legal approved and what a reader
    copies into a phone. So the translator decides, warned: the number may be shown reversed
    wherever the text goes as it is."""
    if not is_right_to_left(language):
        return []
    text = t_block.text
    return [
        _finding(
            BIDI_ISOLATE,
            f"In {language_name(language)} text the phone number {e.text} may be shown with "
            "its digit groups in reverse order: the PDF, Word and HTML exports set it apart, "
            "but plain text, Markdown and an e-mail's text show it as typed. Put it between "
            "the isolates U+2066 and U+2069 (or a mark U+200E before it).",
            t_block.start + e.start,
            t_block.start + e.end,
            target_text,
            severity=Severity.WARNING,
            suggestions=(f"\u2066{e.text}\u2069",),
        )
        for e in ent.find_entities(text, language)
        if e.kind == ent.PHONE
        and not _ONE_NUMBER.fullmatch(e.text)
        and not text[: e.start].endswith(_SET_APART)
    ]


def _english_dates(
    t_all: tuple[ent.Entity, ...], t_block: Block, language: str, target_text: str
) -> list[Finding]:
    """Dates a translated segment keeps in their English form ("Mar. 3, 2026" in Spanish, where
    "mar." is also Tuesday): the value is right, the reader may not read it so. A segment left
    in English is reported as such instead."""
    if language == SOURCE_LANGUAGE or reads_as(t_block.text, language):
        return []
    return [
        _finding(
            "translation.date",
            f"The date {t.text} is written the English way: write it as a "
            f"{language_name(language)} date.",
            t_block.start + t.start,
            t_block.start + t.end,
            target_text,
            severity=Severity.WARNING,
            suggestions=_written(_value(t), language),
        )
        for t in t_all
        if t.kind == ent.DATE and not written_in(t.text, language)
    ]


def _written(value: DateValue, language: str) -> tuple[str, ...]:
    """``value`` as ``language`` writes a full date, when the date names its day and year."""
    if not (value.day and value.year):
        return ()
    return (written_date(datetime.date(value.year, value.month, value.day), language),)


def _date_residue(shown: str, start: int, end: int, language: str, target_text: str) -> Finding:
    """A date whose day and year stand at ``start``-``end`` with no month QA reads: an error in
    a language whose month names it knows ("Marcha 3, 2026" is no Spanish date); only
    questioned in one it knows none of (CLDR has none for Haitian Creole: "3 mas 2024")."""
    if month_names(language):
        return _finding(
            "translation.date",
            f"The date {shown} is not written as a {language_name(language)} date here.",
            start,
            end,
            target_text,
        )
    return _finding(
        "translation.date",
        f"QA does not know the {language_name(language)} names of the months: check that this "
        f"is the date {shown}.",
        start,
        end,
        target_text,
        severity=Severity.WARNING,
    )


def _first_of_range(
    date: ent.Entity, text: str, t_all: tuple[ent.Entity, ...], consumed: set[int]
) -> bool:
    """Whether the translation writes ``date`` as the first day of a range that names the month
    and year once ("entre el 14 y el 20 de febrero de 2026" for "between February 14 and
    February 20, 2026"); the day standing there is then this date, not an extra number."""
    found = [FoundDate(t.start, t.end, t.text, _value(t)) for t in t_all if t.kind == ent.DATE]
    where = range_start(_value(date), text, found)
    if where is None:
        return False
    for t in t_all:
        if t.kind == ent.NUMBER and (t.start, t.end) == where:
            consumed.add(id(t))
    return True


def _hour_of_range(
    time: ent.Entity,
    t_all: tuple[ent.Entity, ...],
    consumed: set[int],
    text: str,
    language: str,
) -> bool:
    """Whether the translation writes ``time``, a full hour, as a bare number: beside a time
    that carries the unit for both ("de 9 a 17 h", "von 9 bis 17 Uhr" for "from 9 a.m. to 5
    p.m."), or with words for the half of the day ("las 9 de la mañana", "5 de la tarde"). The
    number standing there is then this time, not an extra number. It is read on the 24-hour
    clock: a bare "5" for "5 p.m." ("de 9 a. m. a 5") is five in the morning, unless words for
    the afternoon follow it (entities.afternoon_at)."""
    if any(not key.endswith(":00") for key in time.keys):
        return False
    hours = {int(key[:2]) for key in time.keys}
    for t in t_all:
        if t.kind != ent.NUMBER or id(t) in consumed:
            continue
        afternoon = ent.afternoon_at(text, t.end, language)
        read = {str(h) for h in hours} | {str(h - 12) for h in hours if h > 12 and afternoon}
        if t.keys & read:
            consumed.add(id(t))
            return True
    return False


def _bare_afternoon(
    time: ent.Entity, t_all: tuple[ent.Entity, ...], consumed: set[int]
) -> ent.Entity | None:
    """The bare number of the translation that is ``time``, an afternoon's full hour, on the
    12-hour clock without its "p.m." ("5" for "5 p.m."), taken from the extra numbers; None if
    none is. _hour_of_range has already taken one the words around it make right."""
    hours = {str(int(key[:2]) - 12) for key in time.keys if key.endswith(":00") and key > "12"}
    for t in t_all:
        if t.kind == ent.NUMBER and id(t) not in consumed and t.keys & hours:
            consumed.add(id(t))
            return t
    return None


def _bare_percent(
    percent: ent.Entity, t_all: tuple[ent.Entity, ...], consumed: set[int]
) -> ent.Entity | None:
    """The number of the translation that is ``percent`` without its "%" ("12 de nuestros
    clientes" for "12% of our customers"), taken from the extra numbers; None if none is."""
    values = {k.removesuffix("%") for k in percent.keys}
    for t in t_all:
        if t.kind == ent.NUMBER and id(t) not in consumed and t.keys & values:
            consumed.add(id(t))
            return t
    return None


def _percent_in_words(percent: ent.Entity, text: str, language: str) -> bool:
    """Whether the translation writes ``percent`` with its number in words ("doce por
    ciento" for "12%")."""
    return any(
        f"{value}%" in percent.keys and re.match(ent.PERCENT_AFTER, text[w.end :], re.IGNORECASE)
        for w in ent.number_words(text, language)
        for value in w.keys
    )


def _spelled_numbers(
    lost: list[ent.Entity], extra: list[ent.Entity], s_text: str, t_block: Block, language: str
) -> tuple[list[ent.Entity], list[ent.Entity], list[tuple[ent.Entity, ent.Entity]]]:
    """Digits on one side that the other side writes in words ("3" and "tres") are the same
    number. Returns the digits still lost, those still extra, and the numbers the translation
    writes as a different number in words, as (English, translation) pairs. A word that is also
    something else ("un" is "a") explains a number but is never called a changed one."""
    s_words = list(ent.number_words(s_text, SOURCE_LANGUAGE))
    t_words = list(ent.number_words(t_block.text, language))

    def explained(entity: ent.Entity, pool: list[ent.Entity]) -> bool:
        hit = next((w for w in pool if w.keys & entity.keys), None)
        if hit is not None:
            pool.remove(hit)
        return hit is not None

    lost = [s for s in lost if not explained(s, t_words)]
    extra = [t for t in extra if not explained(t, s_words)]
    s_words = [w for w in s_words if not explained(w, t_words)]
    s_clear = {w.start for w in ent.number_words(s_text, SOURCE_LANGUAGE, ambiguous=False)}
    t_clear = {w.start for w in ent.number_words(t_block.text, language, ambiguous=False)}
    spare = [w for w in t_words if w.start in t_clear]
    changed = []
    for s in [*lost[len(extra) :], *(w for w in s_words if w.start in s_clear)]:
        if not spare:
            break
        changed.append((s, spare.pop(0)))
        if s in lost:
            lost.remove(s)
    said = {s.start for s, _ in changed}
    lost += [w for w in s_words if w.start in s_clear and w.start not in said and _counts(w)]
    return lost, extra, changed


# A number in words from ten up ("ninety days") names a deadline or a count that a translation
# keeps, in words or digits; the small ones ("two ways", "both") a translator may fold into the
# sentence ("tanto ... como"), so only these are missed when nothing stands for them.
SPELLED_MISSED_FROM = 10


def _counts(word: ent.Entity) -> bool:
    return any(int(k) >= SPELLED_MISSED_FROM for k in word.keys)


def _swapped(s: ent.Entity, t: ent.Entity) -> bool:
    """A date whose day and month changed places (March 4 read as April 3)."""
    if s.kind != ent.DATE or t.kind != ent.DATE:
        return False
    a, b = _value(s), _value(t)
    return a.day != a.month and (a.year, a.month, a.day) == (b.year, b.day, b.month)


def _swapped_date(
    s: ent.Entity, t: ent.Entity, offset: int, language: str, target_text: str
) -> Finding:
    return _finding(
        "translation.date-swapped",
        f"The date {_date_words(s)} reads as {_date_words(t)} to a {language_name(language)} "
        "reader: its day and month changed places. Write the month as a word.",
        offset + t.start,
        offset + t.end,
        target_text,
    )


def _value(entity: ent.Entity) -> DateValue:
    year, month, day = (int(p) for p in next(iter(entity.keys)).split("-"))
    return DateValue(year, month, day)


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _prose(text: str, language: str) -> bool:
    """Whether ``text`` is prose rather than a name, title or address: at least
    UNTRANSLATED_MIN_WORDS words once its e-mails, web addresses, phones and codes are set
    aside, and at least half of them in lower case ("What is a privacy breach?" is prose;
    "Doctors' Center Hospital" or "Chief Privacy Officer" is not). A heading or a short line is
    prose too, though it has too few function words for reads_as to tell its language."""
    rest = list(text)
    for e in ent.find_entities(text, language):
        rest[e.start : e.end] = " " * (e.end - e.start)
    found = words("".join(rest))
    lower = sum(w.text[0].islower() for w in found)
    return len(found) >= UNTRANSLATED_MIN_WORDS and 2 * lower >= len(found)


# A title in title case keeps its short function words in lower case ("Step 1: Preliminary
# Assessment and Containment"; The Chicago Manual of Style, 8.159: articles, conjunctions and
# prepositions stay lower case); a longer word in lower case makes the line prose, which _prose
# judges.
TITLE_SMALL_WORD = 4
# A heading of two words may be left in English too ("What Happened"), but only when both are
# the English's ordinary words (_english_heading_kept), as a name of two is common.
HEADING_MIN_WORDS = 2


def _capitalised(found: list[str]) -> bool:
    """Whether ``found`` is written as a heading: all in capitals, or every word capitalised
    but the short function words."""
    if all(w.isupper() for w in found):
        return True
    return all(w[0].isupper() or len(w) <= TITLE_SMALL_WORD for w in found)


def _english_heading_kept(
    s_block: Block, t_block: Block, source_text: str, target_text: str
) -> bool:
    """Whether ``t_block``, the same as its English, is a heading left in English, in capitals
    ("HIPAA WEBSITE SUBSTITUTE NOTICE") or in title case ("Guard Your Personal Information"),
    rather than a name kept as it is ("MASS GENERAL BRIGHAM HEALTH PLAN", "Doctors' Center
    Hospital"). Capitals hide what _prose reads from case, so the rest of both texts tells: at
    least half of its words are words the English uses in lower case elsewhere (ordinary words,
    not a name's), and at least half appear nowhere else in the translation (a name it keeps
    recurs in its own text, an English heading does not); both, of a heading of two words. A
    heading by its markup ("# Notice of Data Breach") with an English function word is English
    syntax, whatever words the letter repeats, and needs only the second."""
    found = [w.text for w in words(t_block.text) if any(c.isalpha() for c in w.text)]
    if len(found) < HEADING_MIN_WORDS or not _capitalised(found):
        return False
    english_rest = source_text[: s_block.start] + "\n" + source_text[s_block.end :]
    lower_case = {w.text for w in words(english_rest) if w.text.islower()}
    translation_rest = target_text[: t_block.start] + "\n" + target_text[t_block.end :]
    elsewhere = {w.text.casefold() for w in words(translation_rest)}
    ordinary = sum(w.lower() in lower_case for w in found)
    absent = sum(w.casefold() not in elsewhere for w in found)
    # half of a heading's words, or all of a two-word one ("What Happened"; "Acme Health" has a
    # name's word the English never writes in lower case)
    needed = len(found) if len(found) < UNTRANSLATED_MIN_WORDS else (len(found) + 1) // 2
    if absent < needed:
        return False
    return ordinary >= needed or _english_syntax(s_block, found)


def _english_syntax(s_block: Block, found: list[str]) -> bool:
    """Whether ``s_block`` is a heading by its markup whose words join with an English function
    word ("Notice of Data Breach", "What You Can Do"): a title, where a name is only listed."""
    english = own_function_words(SOURCE_LANGUAGE)
    return s_block.kind == HEADING and any(w.casefold() in english for w in found)


def _bare_line(text: str) -> str:
    """``text`` compared as a line that may end a list item (";", ".") or stand as a title."""
    return _normalised(text).rstrip(".;,: ")


def _translated_elsewhere(seg: Segment, segments: tuple[Segment, ...]) -> bool:
    """Whether the English of ``seg`` stands again elsewhere in the letter and is translated
    there ("Step 1: Preliminary Assessment and Containment" as a heading and again in a list of
    the steps): then, left in English here, it is no name the translation keeps as it is."""
    line = _bare_line(seg.source.text)
    return any(
        other.paired
        and other.index != seg.index
        and _bare_line(other.source.text) == line
        and _bare_line(other.target.text) != line
        for other in segments
    )


def _language_findings(
    seg: Segment, segments: tuple[Segment, ...], language: str, source_text: str, target_text: str
) -> list[Finding]:
    """English left as it was, or sentences that read as another language."""
    s_block, t_block = seg.source, seg.target
    if _normalised(s_block.text) == _normalised(t_block.text):
        if (
            reads_as(t_block.text, language)
            or left_in_latin(t_block.text, language, MIN_LATIN_WORDS_KEPT)
            or _prose(t_block.text, language)
            or _english_heading_kept(s_block, t_block, source_text, target_text)
            or _translated_elsewhere(seg, segments)
        ):
            return [
                _finding(
                    UNTRANSLATED,
                    "This segment is still in English: it was not translated.",
                    t_block.start,
                    t_block.end,
                    target_text,
                    source=LANGUAGE_SOURCE,
                )
            ]
        return []
    findings = []
    for sentence in split_sentences(t_block.text, t_block.start):
        if left_in_latin(sentence.text, language):
            findings.append(
                _finding(
                    "translation.wrong-language",
                    f"This sentence is in Latin letters and reads as English, not "
                    f"{language_name(language)}: it was left untranslated.",
                    sentence.start,
                    sentence.end,
                    target_text,
                    source=LANGUAGE_SOURCE,
                )
            )
            continue
        found = reads_as(sentence.text, language)
        if found:
            findings.append(
                _finding(
                    "translation.wrong-language",
                    f"This sentence reads as {language_name(found)}, not "
                    f"{language_name(language)}.",
                    sentence.start,
                    sentence.end,
                    target_text,
                    source=LANGUAGE_SOURCE,
                )
            )
    return findings


def _sentence_findings(
    s_block: Block, t_block: Block, language: str, target_text: str, ratio: float = 1.0
) -> list[Finding]:
    """Sentence by sentence inside one segment: what was dropped, added, merged or split, and
    the negations and bold that did not carry over. ``ratio`` is the letter's length ratio
    (_letter_ratio), against which the sentences' lengths are compared."""
    unstopped = _unstopped(s_block, t_block)
    pairs = unstopped or align_sentences(s_block, t_block, ratio)
    findings: list[Finding] = []
    for k, pair in enumerate(pairs):
        if not unstopped:
            findings.extend(_pairing(pair, pairs[:k], t_block, target_text))
        if pair.source and pair.target:
            findings.extend(_negation_findings(pair, language, target_text))
            findings.extend(_price_findings(pair, language, target_text))
            findings.extend(_order_findings(pair, language, target_text))
            findings.extend(_condition_findings(pair, language, target_text))
            findings.extend(_bound_findings(pair, language, target_text))
            findings.extend(_part_findings(pair, language, target_text))
            findings.extend(_unit_findings(pair, language, target_text))
            findings.extend(_end_findings(pair, language, target_text))
    findings.extend(_emphasis_findings(pairs, s_block, t_block, language, target_text))
    return findings


# Thai and Lao end a sentence with a space, not a stop, and put one between phrases as well
# (The Unicode Standard, ch. 16, "Thai": no space between words, a space where a phrase or a
# sentence ends), so their sentences cannot be told from the text: such a block is compared
# with its English whole, and neither a merge nor a split is told.
_UNSTOPPED_SCRIPTS = ("THAI", "LAO")


def _unstopped(s_block: Block, t_block: Block) -> tuple[SentencePair, ...]:
    """The block pair as one sentence pair where the translation is written in Thai or Lao
    with no stop in it (_UNSTOPPED_SCRIPTS), or () for any other."""
    letters = [ch for ch in t_block.text if ch.isalpha()]
    written = sum(unicodedata.name(ch, "").startswith(_UNSTOPPED_SCRIPTS) for ch in letters)
    target = split_sentences(t_block.text, t_block.start)
    if not letters or written * 2 <= len(letters) or len(target) != 1:
        return ()
    return (SentencePair(split_sentences(s_block.text, s_block.start), target),)


def _joined(sentences: tuple[Sentence, ...]) -> str:
    return " ".join(s.text for s in sentences)


def _span(sentences: tuple[Sentence, ...]) -> tuple[int, int]:
    return sentences[0].start, sentences[-1].end


_COUNTED = {2: "Two", 3: "Three", 4: "Four"}


def _pairing(
    pair: SentencePair, before: tuple[SentencePair, ...], t_block: Block, target_text: str
) -> list[Finding]:
    english = _joined(pair.source)
    shown = _shorten(english)
    if not pair.target:
        # point just after the translation's previous sentence, where the missing one belongs
        ends = [p.target[-1].end for p in before if p.target]
        at = ends[-1] if ends else t_block.start
        return [
            _finding(
                "translation.sentence-dropped",
                f"The English sentence '{shown}' is not in the translation.",
                at,
                at,
                target_text,
                source_sentence=english,
            )
        ]
    if not pair.source:
        return [
            _finding(
                "translation.sentence-added",
                "This sentence has no counterpart in the English: check what it adds.",
                *_span(pair.target),
                target_text,
            )
        ]
    if len(pair.source) > 1:
        return [
            _finding(
                "translation.sentence-merged",
                f"{_COUNTED[len(pair.source)]} English sentences became one here ('{shown}'): "
                "check that nothing of any was lost.",
                *_span(pair.target),
                target_text,
                severity=Severity.WARNING,
                source_sentence=english,
            )
        ]
    if len(pair.target) > 1:
        return [
            _finding(
                "translation.sentence-split",
                f"One English sentence became {_COUNTED[len(pair.target)].lower()} here "
                f"('{shown}'): check that the others add nothing.",
                *_span(pair.target),
                target_text,
                severity=Severity.WARNING,
                source_sentence=english,
            )
        ]
    return []


# Two numbers of one English sentence whose translations changed places: "3 of our 12 offices"
# as "12 de nuestras 3 oficinas", "between 8 and 5" as "entre las 5 y las 8". Every number is
# still there, so only their order tells. A translator moves a whole phrase and its number
# ("not later than 72 hours ... pursuant to Article 55" puts the article first in the Spanish,
# French and Italian GDPR), so only numbers this close in the English are held to their order:
# a count and what it counts, the two ends of a range. Numbers joined by "/" or "-" are one
# reference ("Regulation (EU) 2018/1725") whose parts a page may write either way round, and a
# number after a word that names a part of a text is a reference too, whose parts each language
# orders its own way ("paragraph 1 of Article 33" is "Art. 33 Abs. 1" in German, "article 33,
# paragraphe 1" in French: the EU's Interinstitutional Style Guide, 2.2, on citing acts).
ORDER_MAX_WORDS_BETWEEN = 4
_ORDERED_KINDS = (ent.NUMBER, ent.TIME)
_REFERENCE_WORD = re.compile(
    r"(?:\b(?:articles?|art|paragraphs?|para|subparagraphs?|points?|recitals?|sections?|"
    r"subsections?|chapters?|annex(?:es)?|titles?|parts?|letters?|items?|clauses?|rules?|"
    r"regulations?|directives?|no|nos|numbers?)\.?|§)\s*\(?$",
    re.IGNORECASE,
)


def _ordered_values(text: str, language: str) -> list[ent.Entity]:
    """The numbers and times of ``text`` in reading order, numbers in words among them (but
    words that are also something else, such as "un", which no digit answers for sure)."""
    found = [e for e in ent.find_entities(text, language) if e.kind in _ORDERED_KINDS]
    found += ent.number_words(text, language, ambiguous=False)
    return sorted(found, key=lambda e: e.start)


def _cited(text: str, number: ent.Entity) -> str | None:
    """The word naming a part of a text that ``number`` follows ("Article" for "Article 55"),
    in lower case and singular, or None."""
    m = _REFERENCE_WORD.search(text[: number.start])
    return m.group().strip(" (.").casefold().removesuffix("s") if m else None


def _own_order(text: str, a: ent.Entity, b: ent.Entity) -> bool:
    """Whether two numbers of a reference may be written in another order in a translation:
    they name different parts ("paragraph 1 of Article 33"); two of one part ("paragraph 1
    ... or paragraph 2") are listed in the order the English lists them."""
    first, second = _cited(text, a), _cited(text, b)
    return (first or second) is not None and first != second


def _one_reference(text: str, a: ent.Entity, b: ent.Entity) -> bool:
    return text[a.end : b.start].strip() in {"/", "-", "–"}


def _matched_order(
    english: list[ent.Entity], translated: list[ent.Entity]
) -> dict[int, int] | None:
    """Where each English number stands in the translation, by position; None unless every
    number is there once and no value repeats (a repeated value cannot tell its places). A
    number of the translation that answers none is left aside: a range's first day written
    bare ("entre el 1 y el 9 de febrero")."""
    if len({frozenset(e.keys) for e in english}) < len(english):
        return None
    where = {}
    for k, e in enumerate(english):
        hits = [j for j, t in enumerate(translated) if t.keys & e.keys]
        if len(hits) != 1:
            return None
        where[k] = hits[0]
    return where


def _order_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """Two close numbers of a sentence that changed places in its translation (see
    ORDER_MAX_WORDS_BETWEEN), which keeps the numbers but not what each one counts."""
    if len(pair.source) != 1 or len(pair.target) != 1:
        return []
    english, translated = pair.source[0], pair.target[0]
    s_values = _ordered_values(english.text, SOURCE_LANGUAGE)
    t_values = _ordered_values(translated.text, language)
    where = _matched_order(s_values, t_values)
    if where is None:
        return []
    for k in range(len(s_values) - 1):
        a, b = s_values[k], s_values[k + 1]
        between = english.text[a.end : b.start]
        if (
            len(words(between)) > ORDER_MAX_WORDS_BETWEEN
            or _one_reference(english.text, a, b)
            or _own_order(english.text, a, b)
        ):
            continue
        ta, tb = t_values[where[k]], t_values[where[k + 1]]
        if where[k] > where[k + 1] and not _one_reference(translated.text, tb, ta):
            return [
                _finding(
                    "translation.number",
                    f"The numbers {a.text} and {b.text} changed places here: the translation "
                    f"has {tb.text} before {ta.text}, so each may now count the other's thing.",
                    translated.start + tb.start,
                    translated.start + ta.end,
                    target_text,
                    source_sentence=english.text,
                )
            ]
    return []


def _negation_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    english = _joined(pair.source)
    said = polarity(english, SOURCE_LANGUAGE)
    heard = [(t, polarity(t.text, language)) for t in pair.target]
    if said is None or any(p is None for _, p in heard):
        return []  # no negation words for this language
    if any(reads_as(t.text, language) for t in pair.target):
        return []  # a sentence in another language is reported as such
    translated = _joined(pair.target)
    whole = polarity(translated, language)
    # A weaker denial the English lacks may stand for one of its negations ("not possible ...
    # without delay" as "imposible ... sin dilación", not "posible ... sin dilación"), and so may
    # a denied cost for a "free" the translation does not repeat ("at no cost" as "gratuito").
    stand_ins = max(0, whole.weak - said.weak)
    if free_as_negated_cost(english, translated, language):
        stand_ins += max(0, whole.free - said.free)
    if said.negated and not whole.negated and stand_ins == 0:
        a, b = said.negations[0]
        return [
            _finding(
                "translation.negation",
                f"The English says '{english[a:b]}' here; the translation has no negation, so "
                "it may say the opposite.",
                *_span(pair.target),
                target_text,
                source_sentence=english,
            )
        ]
    if whole.negated and whole.denials + stand_ins < said.denials:
        return [_fewer_denials(said.denials, whole.denials, pair, target_text, english)]
    # Added: a negation where the English denies nothing, unless it denies a cost for a "free"
    # the English says and the translation does not ("is free" as "no tienes que pagar nada");
    # "gratuito, pero no debe pagar el envío" keeps its "free" and adds a denial.
    free_denied = free_as_negated_cost(english, translated, language) and said.free > whole.free
    if not said.denies and not free_denied:
        for sentence, p in heard:
            if p.negated:
                a, b = p.negations[0]
                return [
                    _finding(
                        "translation.negation",
                        "The translation denies something here that the English does not: it "
                        "may say the opposite.",
                        sentence.start + a,
                        sentence.start + b,
                        target_text,
                        source_sentence=english,
                    )
                ]
    return []


# What a number does in its sentence, as the words beside it tell (entities.cited_part,
# unit_of, bound): a reading of ``text`` around an entity in a language, or None.
Role = Callable[[str, ent.Entity, str], str | None]
# How a changed role is told: from the English entity and its translation, and their roles.
Told = Callable[[ent.Entity, ent.Entity, str, str], str]


def _values(text: str, language: str, kinds: tuple[str, ...], *, clear: bool) -> list[ent.Entity]:
    """The entities of ``kinds`` in ``text`` and its numbers in words (only the words that are
    nothing else, when ``clear``); with dates, the dates it names by words ("that date"), and
    with times, unless ``clear``, the hours it writes as bare numbers ("las 5 de la tarde")."""
    found = [e for e in ent.find_entities(text, language) if e.kind in kinds]
    named = ent.dates_named(text, language) if ent.DATE in kinds else ()
    hours = ent.bare_hours(text, language) if ent.TIME in kinds and not clear else ()
    spelled = ent.number_words(text, language, ambiguous=not clear)
    return [*found, *named, *hours, *spelled]


def _twins(
    english: str, translated: str, language: str, kinds: tuple[str, ...]
) -> list[tuple[ent.Entity, ent.Entity]]:
    """Each value of ``english`` with the one value of ``translated`` that answers it; a value
    standing twice on either side is left alone, as which is which cannot be told."""
    said = _values(english, SOURCE_LANGUAGE, kinds, clear=True)
    heard = _values(translated, language, kinds, clear=False)
    said_by, heard_by = _by_key(said), _by_key(heard)
    pairs = []
    for s in said:
        twin = _only(heard_by, s.keys)
        if twin is not None and _only(said_by, s.keys) is not None:
            pairs.append((s, heard[twin]))
    return pairs


def _by_key(values: list[ent.Entity]) -> dict[str, list[int]]:
    """Each key to the positions of the values that have it."""
    positions: dict[str, list[int]] = {}
    for i, value in enumerate(values):
        for key in value.keys:
            positions.setdefault(key, []).append(i)
    return positions


def _only(positions: dict[str, list[int]], keys: frozenset[str]) -> int | None:
    """The position of the one value having any of ``keys``, None if none or more than one.
    It stops at the second: comparing every value with every other made a sentence of 3,000
    numbers take seconds (a 1 MB pair, many minutes)."""
    found = None
    for key in keys:
        for i in positions.get(key, ()):
            if found is None:
                found = i
            elif i != found:
                return None
    return found


def _at(pair: SentencePair, entity: ent.Entity) -> tuple[int, int]:
    """Where ``entity``, found in the pair's translated sentences joined by one space, stands in
    the letter: exactly in a single sentence, else the sentences' whole span."""
    if len(pair.target) != 1:
        return _span(pair.target)
    start = pair.target[0].start + entity.start
    return start, start + len(entity.text)


def _role_findings(
    pair: SentencePair,
    language: str,
    target_text: str,
    kinds: tuple[str, ...],
    role: Role,
    told: Told,
) -> list[Finding]:
    """Values of the English whose translation plays another ``role`` in its sentence. A role
    the translation leaves unsaid is not told: it may be in words QA does not read."""
    english, translated = _joined(pair.source), _joined(pair.target)
    found = []
    for s, t in _twins(english, translated, language, kinds):
        said, heard = role(english, s, SOURCE_LANGUAGE), role(translated, t, language)
        if said is not None and heard is not None and said != heard:
            rule = _KIND_LABEL[s.kind if s.kind in _KIND_LABEL else ent.NUMBER][1]
            found.append(
                _finding(
                    rule,
                    told(s, t, said, heard),
                    *_at(pair, t),
                    target_text,
                    source_sentence=english,
                )
            )
    return found


def _part_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A number of a legal reference that names another part in the translation ("Article
    33(3)" as "artículo 3, apartado 33": 33 is an article in the English, a paragraph in the
    translation), told by the words before each number (entities.cited_part)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER,),
        ent.cited_part,
        lambda s, t, part, other: (
            f"{s.text} numbers the {part} in the English and the {other} in the translation: "
            "the reference points elsewhere."
        ),
    )


def _unit_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A number whose unit of time changed ("24 months" as "24 años", "$25 per month" as "25 $
    al año"): the number is kept, what it counts is not (entities.unit_of)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER, ent.AMOUNT),
        ent.unit_of,
        lambda s, t, unit, other: (
            f"The English counts {s.text} in {unit}s here; the translation counts {t.text} in "
            f"{other}s."
        ),
    )


def _end_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A count from the other end in the translation ("the last 4 digits" as "les 4 premiers
    chiffres"): the number is kept, the part of the thing it names is not (entities.end_of)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER,),
        ent.end_of,
        lambda s, t, end, other: (
            f"The English says the {end} {s.text} here; the translation says the {other} "
            f"{t.text}: another part is named."
        ),
    )


def _bound_words(side: str, entity: ent.Entity) -> str:
    """How a bound of ``entity`` is told: "at least"/"at most", "from"/"by" for a date."""
    if entity.kind in (ent.DATE, ent.TIME):
        return "from" if side == ent.AT_LEAST else "by"
    return side


def _bound_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A number, date or time the English bounds one way and the translation the other ("at
    least 18" as "menos de 18", "by June 30" as "après le 30 juin"): the value is the same, the
    limit it sets is turned round (entities.bound)."""
    return _role_findings(
        pair,
        language,
        target_text,
        (ent.NUMBER, ent.AMOUNT, ent.PERCENT, ent.DATE, ent.TIME),
        ent.bound,
        lambda s, t, side, other: (
            f"The English says {_bound_words(side, s)} {s.text} here; the translation says "
            f"{_bound_words(other, t)} {t.text}: the limit is turned round."
        ),
    )


def _condition_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A condition turned round: the English has an "unless" (or an "if ... not") and the
    translation a plain "if" ("Unless you enroll" as "Si vous vous inscrivez"), or the other
    way round. Only where one side says "unless": an "if ... not" the other side lost is a
    negation QA reports as such (negation.denied_conditions)."""
    english, translated = _joined(pair.source), _joined(pair.target)
    said = denied_conditions(english, SOURCE_LANGUAGE)
    heard = denied_conditions(translated, language)
    if said is None or heard is None or not (said[0] or heard[0]):
        return []
    if sum(said) == sum(heard) or any(reads_as(t.text, language) for t in pair.target):
        return []
    if sum(said) > sum(heard):
        message = (
            "The English's condition here denies ('unless', or 'if ... not'); the "
            "translation's denies nothing, so it may say the opposite."
        )
    else:
        message = (
            "The translation's condition here denies ('unless', or 'if ... not') where the "
            "English's does not: it may say the opposite."
        )
    return [
        _finding(
            "translation.condition",
            message,
            *_span(pair.target),
            target_text,
            source_sentence=english,
        )
    ]


def _price_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
    """A "free" of the English that the translation does not say ("crédito libre"): a warning,
    as a translator may say it in words QA does not know."""
    english = _joined(pair.source)
    if any(reads_as(t.text, language) for t in pair.target):
        return []  # a sentence in another language is reported as such
    if not price_lost(english, _joined(pair.target), language):
        return []
    return [
        _finding(
            "translation.free",
            "The English says this is free; the translation has no word for free of charge "
            "here (a word for free as in unrestricted, such as 'libre', says nothing of the "
            "price): check that it still says there is no cost.",
            *_span(pair.target),
            target_text,
            severity=Severity.WARNING,
            source_sentence=english,
        )
    ]


def _fewer_denials(
    said: int, heard: int, pair: SentencePair, target_text: str, english: str
) -> Finding:
    """A translation that still denies, but fewer things than its English ("not ... never" as
    one "no"): a warning, as a translator may say one of them in other words ("Don't make it
    easy" as "Compliquez la tâche")."""
    return _finding(
        "translation.fewer-negations",
        f"The English denies {said} things here and the translation only {heard}: check that no "
        "negation was lost.",
        *_span(pair.target),
        target_text,
        severity=Severity.WARNING,
        source_sentence=english,
    )


def _bold_runs(block: Block, sentences: tuple[Sentence, ...]) -> list[inline_markup.Span]:
    """The bold runs of ``block`` that start in ``sentences``, with offsets into the letter."""
    runs = [
        inline_markup.Span(block.start + r.start, block.start + r.end, r.text, strong=True)
        for r in inline_markup.strong_runs(block.text)
    ]
    return [r for r in runs if any(s.start <= r.start < s.end for s in sentences)]


def _same_emphasis(s_run: inline_markup.Span, t_run: inline_markup.Span, language: str) -> bool:
    """Whether two bold runs stress the same thing: the numbers, codes and negation the English
    bold holds are in the translation's bold too."""
    if not _keys(s_run.text, SOURCE_LANGUAGE) <= _keys(t_run.text, language):
        return False
    said, heard = polarity(s_run.text, SOURCE_LANGUAGE), polarity(t_run.text, language)
    return said is None or heard is None or not said.negated or heard.denies


def _keys(text: str, language: str) -> frozenset[str]:
    """The values of what ``text`` holds to carry over, numbers in words included."""
    found = (*ent.find_entities(text, language), *ent.number_words(text, language))
    return frozenset(k for e in found for k in e.keys)


def _emphasis_findings(
    pairs: tuple[SentencePair, ...], s_block: Block, t_block: Block, language: str, target_text: str
) -> list[Finding]:
    both = [p for p in pairs if p.source and p.target]
    runs = [(p, _bold_runs(s_block, p.source), _bold_runs(t_block, p.target)) for p in both]
    lost_somewhere = any(len(s) > len(t) for _, s, t in runs)
    gained_somewhere = any(len(t) > len(s) for _, s, t in runs)
    findings = []
    target_keys = _keys(t_block.text, language)
    for pair, s_runs, t_runs in runs:
        # bold around a number or code the translation lost is reported with that loss
        lost = [r for r in s_runs[len(t_runs) :] if _keys(r.text, SOURCE_LANGUAGE) <= target_keys]
        if lost and not gained_somewhere:
            shown = ", ".join(f"'{r.text}'" for r in lost)
            findings.append(
                _finding(
                    "translation.emphasis",
                    f"The English puts {shown} in bold; the translation lost that bold here.",
                    *_span(pair.target),
                    target_text,
                    severity=Severity.WARNING,
                    source_sentence=_joined(pair.source),
                )
            )
        for r in t_runs[len(s_runs) :]:
            where = "in another sentence" if lost_somewhere else "nowhere"
            findings.append(
                _finding(
                    "translation.emphasis",
                    f"This bold moved: the English has it {where} here.",
                    r.start,
                    r.end,
                    target_text,
                    severity=Severity.WARNING,
                )
            )
        for s_run, t_run in zip(s_runs, t_runs, strict=False):
            if not _same_emphasis(s_run, t_run, language):
                findings.append(
                    _finding(
                        "translation.emphasis",
                        f"The English puts '{s_run.text}' in bold; here the bold moved to "
                        f"'{t_run.text}'.",
                        t_run.start,
                        t_run.end,
                        target_text,
                        severity=Severity.WARNING,
                        source_sentence=_joined(pair.source),
                    )
                )
    return findings


def _glossary_findings(
    s_block: Block, t_block: Block, glossary: Glossary | None, target_text: str
) -> list[Finding]:
    if glossary is None:
        return []
    findings = []
    for term in glossary.terms:
        if term.in_source(s_block.text) and not term.approved_in(t_block.text):
            findings.append(
                _finding(
                    "translation.glossary",
                    f"'{term.term}' must be translated as '{term.approved[0]}' "
                    "(approved glossary).",
                    t_block.start,
                    t_block.end,
                    target_text,
                    source=f"{GLOSSARY_SOURCE}: {term.source}",
                    suggestions=(term.approved[0],),
                )
            )
    return findings


def _segment_ratios(segments: tuple[Segment, ...]) -> dict[int, float]:
    """The length of each paired segment's translation against its English, for segments long
    enough to judge (LENGTH_MIN_SOURCE)."""
    return {
        seg.index: len(seg.target.text) / len(seg.source.text)
        for seg in segments
        if seg.paired and len(seg.source.text) >= LENGTH_MIN_SOURCE
    }


# The fewest segments whose median length ratio is trusted as the letter's own: with fewer, a
# dropped or added sentence moves the ratio it is then measured against (one paragraph missing a
# third of its sentences would read as a translation two thirds as long, and the drop as a merge).
RATIO_MIN_SEGMENTS = 3


def _letter_ratio(ratios: dict[int, float]) -> float | None:
    """How many characters of the translation an English character becomes in this letter: the
    median of its segments' ``ratios`` (_segment_ratios), which one segment with a sentence
    dropped or added does not move; None for a letter with too few segments to tell."""
    if len(ratios) < RATIO_MIN_SEGMENTS:
        return None
    return statistics.median(ratios.values())


# Gale and Church's c, how many characters of a translation an English character becomes, is 1
# for the English, French and German they measured ("A Program for Aligning Sentences in
# Bilingual Corpora", Computational Linguistics 19:1, 1993), and QA takes it so for a letter too
# short to measure its own. Chinese, Japanese and Korean write a syllable or a word in one
# character (The Unicode Standard, ch. 18 "East Asia": Han ideographs, kana and Hangul
# syllables), so theirs is far below 1: 0.28 and 0.39 in the two Chinese tune pairs of
# tests/corpus/translations, 0.49 in the Korean one (Japanese, with no pair yet, is given the
# Han figure). A segment whose translation is mostly in those scripts is measured against them.
_HAN_RATIO = 0.33
_HANGUL_RATIO = 0.49
_SYLLABIC = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def _unmeasured_ratio(seg: Segment) -> float:
    """Gale and Church's c for a segment of a letter whose own ratio is unknown: 1, or the
    figure of Han or Hangul where most of its translation's letters are in those scripts."""
    names = (
        [unicodedata.name(ch, "") for ch in seg.target.text if ch.isalpha()] if seg.target else []
    )
    syllabic = [n for n in names if n.startswith(_SYLLABIC)]
    if not names or len(syllabic) * 2 <= len(names):
        return 1.0
    hangul = sum(n.startswith("HANGUL") for n in syllabic)
    return _HANGUL_RATIO if hangul * 2 > len(syllabic) else _HAN_RATIO


def _length_findings(
    segments: tuple[Segment, ...], ratios: dict[int, float], norm: float | None, target_text: str
) -> list[SegmentFinding]:
    """Segments much longer or shorter than the letter's ``norm`` (_letter_ratio) would have
    them; nothing is told without a norm."""
    if norm is None:
        return []
    out = []
    for seg in segments:
        ratio = ratios.get(seg.index)
        if ratio is None or norm / LENGTH_FACTOR <= ratio <= norm * LENGTH_FACTOR:
            continue
        what = "much shorter" if ratio < norm else "much longer"
        out.append(
            SegmentFinding(
                seg.index,
                _finding(
                    "translation.length",
                    f"This segment is {what} than the English compared with the rest of the "
                    f"letter ({ratio:.1f}× the English; the letter's norm is {norm:.1f}×). "
                    "Check that nothing was left out or added.",
                    seg.target.start,
                    seg.target.end,
                    target_text,
                    severity=Severity.WARNING,
                ),
            )
        )
    return out


def _unpaired(seg: Segment, segments: tuple[Segment, ...], target_text: str) -> Finding:
    if seg.target is not None:
        return _finding(
            "translation.extra-segment",
            "This segment has no counterpart in the English.",
            seg.target.start,
            seg.target.end,
            target_text,
        )
    # point just after the translation's previous segment, where the missing one belongs
    before = [s.target.end for s in segments[: seg.index] if s.target is not None]
    at = before[-1] if before else 0
    return _finding(
        "translation.missing-segment",
        f"Not translated at all: the English {seg.source.kind} "
        f"'{_shorten(seg.source.text)}' has no counterpart.",
        at,
        at,
        target_text,
    )


def _doubtful_pairings(
    source_text: str, target_text: str, language: str, segments: tuple[Segment, ...]
) -> list[SegmentFinding]:
    """Rows beside a missing block whose translation may be the missing block's
    (alignment.doubtful_neighbours): the block missing may be this row's, not the one shown."""
    out = []
    for k, missing in doubtful_neighbours(source_text, target_text, language).items():
        seg = segments[k]
        out.append(
            SegmentFinding(
                k,
                _finding(
                    "translation.pairing",
                    "This translation may belong to the English "
                    f"'{_shorten(segments[missing].source.text)}' instead, which has none: the "
                    "block missing from the translation may be this row's. Check that this "
                    "translation says what its English says.",
                    seg.target.start,
                    seg.target.end,
                    target_text,
                    severity=Severity.WARNING,
                ),
            )
        )
    return out


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


SegmentCheck = Callable[[Block, Block, str, str], list[Finding]]


def check_translation(
    source_text: str,
    target_text: str,
    language: str,
    facts: tuple[fact_check.KnownFact, ...] = (),
) -> QAReport:
    """QA of ``target_text`` (in ``language``) against the English ``source_text`` and, when
    given, the incident's ``facts`` (clearnotice.translate.fact_check), by the language's
    glossary as its file says it now (glossary_for).

    Cached by its arguments and that glossary: a second view of the same translation costs
    nothing, and an edited glossary term is judged by at once.
    """
    return _checked(source_text, target_text, language, facts, glossary_for(language))


@lru_cache(maxsize=128)
def _checked(
    source_text: str,
    target_text: str,
    language: str,
    facts: tuple[fact_check.KnownFact, ...],
    glossary: Glossary | None,
) -> QAReport:
    """check_translation's work, by ``glossary``."""
    segments = align(source_text, target_text, language)
    ratios = _segment_ratios(segments)
    norm = _letter_ratio(ratios)
    found: list[SegmentFinding] = []
    for seg in segments:
        if seg.target is not None and facts:
            english = seg.source or Block("", 0, 0, "")
            found.extend(
                SegmentFinding(seg.index, f)
                for f in fact_check.segment_findings(
                    english, seg.target, language, facts, target_text
                )
            )
        if not seg.paired:
            found.append(SegmentFinding(seg.index, _unpaired(seg, segments, target_text)))
            continue
        by_language = _language_findings(seg, segments, language, source_text, target_text)
        # a row still in English is to be translated: its glossary terms, and its weekdays read
        # as the other language's, are no further faults (the engine's "unchanged" letter)
        untranslated = any(f.rule_id == UNTRANSLATED for f in by_language)
        per_segment = by_language + (
            []
            if untranslated
            else _compare_entities(seg.source, seg.target, language, target_text)
            + _keyword_findings(seg.source, seg.target, target_text)
            + _weekday_findings(seg.source, seg.target, language, target_text)
            + _override_findings(seg.target, target_text)
            + _isolate_findings(seg.target, language, target_text)
            + _glossary_findings(seg.source, seg.target, glossary, target_text)
            + _sentence_findings(
                seg.source,
                seg.target,
                language,
                target_text,
                _unmeasured_ratio(seg) if norm is None else norm,
            )
            + unknown_words.findings(seg.source, seg.target, language, target_text)
        )
        found.extend(SegmentFinding(seg.index, f) for f in sort_findings(per_segment))
    found.extend(_length_findings(segments, ratios, norm, target_text))
    found.extend(_doubtful_pairings(source_text, target_text, language, segments))
    found.sort(key=lambda f: (f.segment, f.finding.start, f.finding.severity.rank))
    return QAReport(segments, tuple(found), language)
