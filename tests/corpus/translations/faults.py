"""The published translation pairs of this folder, and faulty copies of them made by planting one
fault at a time: what translation QA is measured on (bench/bench_translation_qa.py) and held to
(tests/core/test_qa_sentences.py).

A fault is planted in the translation only, where the pair gives it something to change: a digit
of a number the English also holds, two close numbers changing places, the day of a date, a
digit of a phone, a character of a web address or code, an amount's currency, a sentence
dropped, two sentences merged, a negation removed from a sentence whose English denies, a
sentence left in English, a paragraph dropped, a number word changed, a bound turned round
("au moins 18" as "au plus 18") where the English bounds the same number, a name the English
gives mangled ("Smith Jane", "Equifex"). Each kind is planted at
most ``per_kind`` times per pair, in a fixed place, so every run plants the same faults. QA
"catches" a fault when the faulty copy has an error or a warning in the row (segment) the fault
sits in that the faithful pair does not have.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from clearnotice.model import Severity
from clearnotice.text import Block, blocks, split_sentences
from clearnotice.translate.entities import NUMBER, find_entities
from clearnotice.translate.names import names_given
from clearnotice.translate.qa import QAReport, check_translation

FOLDER = Path(__file__).resolve().parent
TUNE = "tune"
HELD_OUT = "held-out"


@dataclass(frozen=True)
class Pair:
    id: str
    language: str
    split: str
    english: str
    translation: str


def index_entries() -> list[dict[str, str]]:
    """The entries of index.yml, in order of addition."""
    return yaml.safe_load((FOLDER / "index.yml").read_text(encoding="utf-8"))["pairs"]


@lru_cache(maxsize=1)
def published_pairs() -> tuple[Pair, ...]:
    """Every pair of index.yml, in order of addition, with both texts read."""
    return tuple(
        Pair(
            p["id"],
            p["language"],
            p["split"],
            (FOLDER / p["english"]).read_text(encoding="utf-8"),
            (FOLDER / p["translation"]).read_text(encoding="utf-8"),
        )
        for p in index_entries()
    )


@dataclass(frozen=True)
class Fault:
    """A faulty copy of a pair's translation: what was planted, and where it stands in it."""

    kind: str
    text: str
    english_block: str  # the English of the row the fault sits in
    what: str


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _cut(text: str, start: int, end: int, trailing: str) -> str:
    """``text`` without ``start:end`` and the run of ``trailing`` right after it."""
    while end < len(text) and text[end] == trailing:
        end += 1
    return text[:start] + text[end:]


def _other_digit(digit: str) -> str:
    return str((int(digit) + 1) % 10)


def _paired_blocks(pair: Pair) -> Iterator[tuple[Block, Block]]:
    """English and translated blocks that stand at the same place (pairs keep their blocks one
    for one; a pair that does not is planted nowhere that needs the English)."""
    src, tgt = blocks(pair.english), blocks(pair.translation)
    if len(src) == len(tgt):
        yield from zip(src, tgt, strict=True)


def _in_block(pair: Pair, position: int) -> Block | None:
    """The English block paired with the translated block holding ``position``."""
    for s, t in _paired_blocks(pair):
        if t.start <= position <= t.end:
            return s
    return None


def _digit_change(pair: Pair, pattern: str, kind: str, in_english: bool = False) -> Iterator[Fault]:
    """Change the last digit of each match of ``pattern`` in the translation (when
    ``in_english``, only of a match the English block also holds)."""
    for m in re.finditer(pattern, pair.translation):
        english = _in_block(pair, m.start())
        if english is None:
            continue
        if in_english and not re.search(rf"(?<!\d){re.escape(m.group())}(?!\d)", english.text):
            continue
        i = max(k for k in range(m.start(), m.end()) if pair.translation[k].isdigit())
        yield Fault(
            kind,
            _replace(pair.translation, i, i + 1, _other_digit(pair.translation[i])),
            english.text,
            f"{m.group()!r}: its last digit changed",
        )


# A number standing alone (not part of a date, phone or code), and only one the English holds too.
_NUMBER = r"(?<![\d.,/:\-–])\d{1,6}(?![\d/:\-–]|[.,]\d)"
_DATE_DAY = r"\b\d{1,2}(?=(?:er|\.)?\s+(?:de\s+)?\w+\s+(?:de\s+)?\d{4}\b)"
_PHONE = r"(?:\b1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b"


def _numbers(pair: Pair) -> Iterator[Fault]:
    return _digit_change(pair, _NUMBER, "number", in_english=True)


def _swapped_numbers(pair: Pair) -> Iterator[Fault]:
    """Two close numbers of a translated sentence that change places ("3 de nuestras 12" as "12
    de nuestras 3"), where the English holds both: every number is still there. Numbers only,
    as QA reads them: a date's day and year changing places make no date."""
    for s, t in _paired_blocks(pair):
        for sentence in split_sentences(t.text, t.start):
            numbers = find_entities(sentence.text, pair.language)
            spans = [(e.start, e.end) for e in numbers if e.kind == NUMBER]
            found = [m for m in re.finditer(_NUMBER, sentence.text) if m.span() in spans]
            for a, b in zip(found, found[1:], strict=False):
                between = sentence.text[a.end() : b.start()]
                both_in_english = all(
                    re.search(rf"(?<!\d){re.escape(m.group())}(?!\d)", s.text) for m in (a, b)
                )
                if a.group() == b.group() or len(re.findall(r"\w+", between)) > 4:
                    continue
                if not both_in_english or re.fullmatch(r"\s*[/\-–]\s*", between):
                    continue
                start, end = sentence.start + a.start(), sentence.start + b.end()
                swapped = b.group() + between + a.group()
                yield Fault(
                    "numbers-swapped",
                    _replace(pair.translation, start, end, swapped),
                    s.text,
                    f"{a.group()!r} and {b.group()!r} changed places",
                )
                break


def _dates(pair: Pair) -> Iterator[Fault]:
    for m in re.finditer(_DATE_DAY, pair.translation):
        english = _in_block(pair, m.start())
        if english is None:
            continue
        day = int(m.group())
        new = str(day + 1 if day < 28 else day - 1)
        yield Fault(
            "date-day",
            _replace(pair.translation, m.start(), m.end(), new),
            english.text,
            f"the day {m.group()} became {new}",
        )


def _phones(pair: Pair) -> Iterator[Fault]:
    return _digit_change(pair, _PHONE, "phone")


def _web_or_code(pair: Pair) -> Iterator[Fault]:
    pattern = r"(?:https?://|www\.)[^\s)]+[^\s).,;]|\b[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+\b"
    for m in re.finditer(pattern, pair.translation):
        english = _in_block(pair, m.start())
        i = max(k for k in range(m.start(), m.end()) if pair.translation[k].isalnum())
        if english is None:
            continue
        c = pair.translation[i]
        new = _other_digit(c) if c.isdigit() else ("x" if c.lower() != "x" else "y")
        yield Fault(
            "web-or-code",
            _replace(pair.translation, i, i + 1, new),
            english.text,
            f"{m.group()!r}: one character changed",
        )


# A currency written after an amount's number, its scale word ("millions") and "de", "di" or
# an elided "d'" ("20 millions d'euros", "20 Millionen EUR", "25 €"), and the one it becomes.
_CURRENCY_AFTER = re.compile(
    r"\d[\d.,]*(?:\s\w+)?\s?(?:de\s|di\s|d['’])?(?P<cur>EUR\b|USD\b|euros?\b|Euro\b|dollars\b|dólares\b|€)"
)
_OTHER_CURRENCY = {
    "EUR": "USD",
    "USD": "EUR",
    "euros": "dollars",
    "euro": "dollar",
    "Euro": "Dollar",
    "dollars": "euros",
    "dólares": "euros",
    "€": "$",
}


def _amounts(pair: Pair) -> Iterator[Fault]:
    for m in re.finditer(r"\$(?=\s?\d)", pair.translation):
        english = _in_block(pair, m.start())
        if english is not None:
            yield Fault(
                "amount-currency",
                _replace(pair.translation, m.start(), m.end(), "€"),
                english.text,
                "an amount's $ became €",
            )
    for m in _CURRENCY_AFTER.finditer(pair.translation):
        english = _in_block(pair, m.start())
        if english is None:
            continue
        start, end = m.span("cur")
        new = _OTHER_CURRENCY[m.group("cur")]
        if pair.translation[start - 2 : start] in ("d'", "d’") and new[0] not in "aeiou":
            start, new = start - 2, "de " + new  # "d'euros" becomes "de dollars"
        yield Fault(
            "amount-currency",
            _replace(pair.translation, start, end, new),
            english.text,
            f"the currency of {m.group()!r} became {new!r}",
        )


def _sentence_blocks(pair: Pair) -> Iterator[tuple[Block, Block, tuple, tuple]]:
    """Paired blocks whose English and translation have as many sentences, two or more."""
    for s, t in _paired_blocks(pair):
        s_sent = split_sentences(s.text, s.start)
        t_sent = split_sentences(t.text, t.start)
        if len(s_sent) == len(t_sent) >= 2:
            yield s, t, s_sent, t_sent


def _dropped_sentences(pair: Pair) -> Iterator[Fault]:
    for s, _t, _s_sent, t_sent in _sentence_blocks(pair):
        gone = t_sent[len(t_sent) // 2]
        yield Fault(
            "sentence-dropped",
            _cut(pair.translation, gone.start, gone.end, " "),
            s.text,
            f"dropped {gone.text[:50]!r}",
        )


def _merged_sentences(pair: Pair) -> Iterator[Fault]:
    for s, _t, _s_sent, t_sent in _sentence_blocks(pair):
        first, second = t_sent[0], t_sent[1]
        stop = first.end - 1  # the full stop ending the first sentence
        if pair.translation[stop] != ".":
            continue
        rest = second.text[0].lower() + second.text[1:]
        merged = pair.translation[:stop] + ", y " + rest + pair.translation[second.end :]
        yield Fault("sentences-merged", merged, s.text, "the first two sentences joined")


# A sentence's negation, per language, and what removing it leaves ("n'était pas" -> "était").
_NEGATION = {
    "es": [(r"\bno\s+", "")],
    "fr": [(r"\bn['’]", ""), (r"\bne\s+", ""), (r"\s+(?:pas|plus|jamais)\b", "")],
    "de": [(r"\bnicht\s+", ""), (r"\bkein(?=e?[nmrs]?\b)", "ein")],
    "it": [(r"\bnon\s+", "")],
    "vi": [(r"\b(?:không|chẳng|chưa|đừng)\s+", "")],
    "tl": [(r"\b(?:hindi|huwag)\s+", "")],
    # "공유하지 않습니다" -> "공유합니다", "보내지 말고" -> "보내고", "가지 마세요" -> "가세요"
    "ko": [
        (r"하지\s+않습니다", "합니다"),
        (r"지\s+않", ""),
        (r"지\s+말고", "고"),
        (r"지\s+마(?=세요|십시오)", ""),
        (r"(?<!\w)(?:안|못)\s+", ""),
    ],
    # not the 不 of 不过 "but", 不但 "not only", 不同 "different" (negation.yml)
    "zh": [(r"不(?![过過但仅僅论論管断斷同少])|没有?|沒有?|[别別勿无無]", "")],
}
_ENGLISH_NEGATION = re.compile(r"\b(?:not|no|never|cannot|nor)\b|n['’]t\b", re.IGNORECASE)


def _negations(pair: Pair) -> Iterator[Fault]:
    removals = _NEGATION.get(pair.language, [])
    for s, t in _paired_blocks(pair):
        s_sent = split_sentences(s.text, s.start)
        t_sent = split_sentences(t.text, t.start)
        if len(s_sent) != len(t_sent):
            continue
        for es, ts in zip(s_sent, t_sent, strict=True):
            if not _ENGLISH_NEGATION.search(es.text) or "later than" in es.text:
                continue
            changed = ts.text
            for pattern, new in removals:
                changed = re.sub(pattern, new, changed, flags=re.IGNORECASE)
            if changed != ts.text:
                yield Fault(
                    "negation-removed",
                    _replace(pair.translation, ts.start, ts.end, changed),
                    s.text,
                    f"negation removed from {ts.text[:50]!r}",
                )


def _left_in_english(pair: Pair) -> Iterator[Fault]:
    for s, t in _paired_blocks(pair):
        s_sent = split_sentences(s.text, s.start)
        t_sent = split_sentences(t.text, t.start)
        if len(s_sent) != len(t_sent) or len(s.text.split()) < 4:
            continue
        k = len(t_sent) // 2
        yield Fault(
            "left-in-english",
            _replace(pair.translation, t_sent[k].start, t_sent[k].end, s_sent[k].text),
            s.text,
            f"left in English: {s_sent[k].text[:50]!r}",
        )


def _dropped_paragraph(pair: Pair) -> Iterator[Fault]:
    paired = [(s, t) for s, t in _paired_blocks(pair) if t.kind == "paragraph"]
    if len(paired) >= 2:
        s, t = paired[len(paired) // 2]
        yield Fault(
            "paragraph-dropped",
            _cut(pair.translation, t.start, t.end, "\n"),
            s.text,
            f"dropped the paragraph {t.text[:50]!r}",
        )


_NUMBER_WORDS = {
    "es": {"dos": "tres", "tres": "cuatro", "cuatro": "cinco"},
    "fr": {"deux": "trois", "trois": "quatre", "quatre": "cinq"},
    "de": {"zwei": "drei", "drei": "vier", "vier": "fünf"},
    "it": {"due": "tre", "tre": "quattro", "quattro": "cinque"},
}


def _number_words(pair: Pair) -> Iterator[Fault]:
    table = _NUMBER_WORDS.get(pair.language, {})
    if not table:
        return
    for m in re.finditer(r"\b(?:" + "|".join(table) + r")\b", pair.translation):
        english = _in_block(pair, m.start())
        if english is not None:
            new = table[m.group().lower()]
            yield Fault(
                "number-word",
                _replace(pair.translation, m.start(), m.end(), new),
                english.text,
                f"{m.group()!r} became {new!r}",
            )


# A bound word before a number and its opposite, per language; planted only where the English
# bounds the same number ("at least 18", "up to 500", "within 72 hours").
_BOUNDS = {
    "es": {
        "al menos": "como máximo",
        "más de": "menos de",
        "menos de": "más de",
        "hasta": "desde",
        "como máximo": "al menos",
        "dentro de": "después de",
    },
    "fr": {
        "au moins": "au plus",
        "plus de": "moins de",
        "moins de": "plus de",
        "jusqu'à": "à partir de",
        "jusqu’à": "à partir de",
        "au plus": "au moins",
        "dans un délai de": "après",
    },
    "de": {
        "mindestens": "höchstens",
        "höchstens": "mindestens",
        "mehr als": "weniger als",
        "weniger als": "mehr als",
        "bis zu": "mindestens",
        "innerhalb von": "nach",
    },
    "it": {
        "almeno": "al massimo",
        "al massimo": "almeno",
        "più di": "meno di",
        "meno di": "più di",
        "fino a": "almeno",
        "entro": "dopo",
    },
}
_ENGLISH_BOUND = (
    r"(?:at least|at most|more than|less than|fewer than|up to|no more than|no less than|"
    r"not more than|not less than|a maximum of|a minimum of|within|over|under)"
)


def _bounds(pair: Pair) -> Iterator[Fault]:
    table = _BOUNDS.get(pair.language, {})
    if not table:
        return
    words = "|".join(sorted((re.escape(w) for w in table), key=len, reverse=True))
    for m in re.finditer(rf"(?<!\w)({words})\s+(\d+)\b", pair.translation):
        english = _in_block(pair, m.start())
        bounded = rf"\b{_ENGLISH_BOUND}\s+(?:the\s+)?\$?{m.group(2)}\b"
        if english is None or not re.search(bounded, english.text, re.IGNORECASE):
            continue
        new = table[m.group(1).lower()]
        yield Fault(
            "bound-turned",
            _replace(pair.translation, m.start(1), m.end(1), new),
            english.text,
            f"{m.group(1)!r} became {new!r}",
        )


def _mangled_names(pair: Pair) -> Iterator[Fault]:
    """A name the English gives (clearnotice.translate.names), kept in a translated row,
    mangled as engines do, wherever the row writes it: a name of two words or more in another
    order ("Smith Jane"), a one-word name with a letter changed ("Equifax" as "Equifex")."""
    for s, t in _paired_blocks(pair):
        for name in names_given(pair.english):
            if name.text not in s.text:
                continue
            written = rf"(?<!\w){re.escape(name.text)}(?!\w)"
            if not re.search(written, t.text):
                continue
            words = name.text.split()
            if len(words) > 1:
                new = " ".join(reversed(words))
            else:
                k = len(name.text) - 2
                new = name.text[:k] + ("e" if name.text[k] != "e" else "a") + name.text[k + 1 :]
            yield Fault(
                "name-mangled",
                _replace(pair.translation, t.start, t.end, re.sub(written, new, t.text)),
                s.text,
                f"{name.text!r} became {new!r}",
            )


PLANTERS: dict[str, Callable[[Pair], Iterator[Fault]]] = {
    "number": _numbers,
    "numbers-swapped": _swapped_numbers,
    "date-day": _dates,
    "phone": _phones,
    "web-or-code": _web_or_code,
    "amount-currency": _amounts,
    "number-word": _number_words,
    "bound-turned": _bounds,
    "sentence-dropped": _dropped_sentences,
    "sentences-merged": _merged_sentences,
    "negation-removed": _negations,
    "left-in-english": _left_in_english,
    "paragraph-dropped": _dropped_paragraph,
    "name-mangled": _mangled_names,
}


def planted(pair: Pair, per_kind: int = 2) -> list[Fault]:
    """At most ``per_kind`` faults of each kind the pair gives a place to, each on its own."""
    out = []
    for planter in PLANTERS.values():
        for k, fault in enumerate(planter(pair)):
            if k == per_kind:
                break
            out.append(fault)
    return out


def _rules_by_row(report: QAReport) -> dict[str, Counter[str]]:
    """The errors and warnings of each row, keyed by the row's English."""
    rows: dict[str, Counter[str]] = {}
    for item in report.findings:
        if item.finding.severity not in (Severity.ERROR, Severity.WARNING):
            continue
        segment = report.segments[item.segment]
        key = segment.source.text if segment.source is not None else f"extra:{item.segment}"
        rows.setdefault(key, Counter())[item.finding.rule_id] += 1
    return rows


def caught(pair: Pair, fault: Fault) -> bool:
    """Whether QA reports, in the row the fault sits in, an error or warning that the faithful
    pair does not have there."""
    before = _rules_by_row(check_translation(pair.english, pair.translation, pair.language))
    after = _rules_by_row(check_translation(pair.english, fault.text, pair.language))
    row = fault.english_block
    return bool(after.get(row, Counter()) - before.get(row, Counter()))
