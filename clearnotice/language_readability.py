"""Readability of a letter in its own language: the one entry point (``readability_for``) that
every screen, report and command calls, whatever the language.

An English formula says nothing about a Spanish text: its syllable and sentence weights were
fitted to English readers. So each language gets the formulas built and validated for it, and a
language without one gets the plain statement "no validated formula for this language" instead
of a number. English keeps its full breakdown (per sentence, per paragraph, hard sentences:
clearnotice.readability) in ``detail``. Counts come from our own segmentation
(clearnotice.text), as for English: a heading or a bullet item is a sentence of its own. The
language is always explicit (never textstat's process-wide ``set_lang``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from clearnotice import caches
from clearnotice import readability as english
from clearnotice import text as segment
from clearnotice.placeholders import PLACEHOLDER

NO_FORMULA = "no validated formula for this language"


@dataclass(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int
    letters: int
    polysyllables: int  # three or more syllables
    monosyllables: int
    long_words: int  # more than six letters


@dataclass(frozen=True)
class Score:
    formula: str
    value: float
    meaning: str  # the band the value falls in, as the formula's authors name it
    scale: str  # how to read the number
    source: str


@dataclass(frozen=True)
class LanguageReadability:
    language: str
    scores: tuple[Score, ...]
    counts: Counts | None
    message: str  # NO_FORMULA, a note on a short text, or ""
    detail: english.Readability | None = None  # English only: sentences, paragraphs, target

    @property
    def has_formula(self) -> bool:
        return bool(self.scores)


# --- syllables ---------------------------------------------------------------------------

_ES_STRONG = set("aeoáéó")
_ES_ACCENTED_WEAK = set("íú")
_ES_VOWELS = set("aeiouáéíóúü")


def spanish_syllables(word: str) -> int:
    """Syllables of a Spanish word by the rules of the Ortografía de la lengua española (RAE,
    2010, §1.4): a weak vowel (i, u, ü) next to another vowel forms a diphthong, unless it bears
    the accent; two strong vowels (a, e, o) are in hiatus. A final "y" after a vowel (hoy,
    muy) is part of the diphthong; "y" alone is a syllable."""
    w = word.lower()
    if w == "y":
        return 1
    count = 0
    previous = ""
    for ch in w:
        if ch not in _ES_VOWELS:
            previous = ""
            continue
        if (
            not previous
            or (previous in _ES_STRONG and ch in _ES_STRONG)
            or (ch in _ES_ACCENTED_WEAK or previous in _ES_ACCENTED_WEAK)
        ):
            count += 1
        previous = ch
    return max(1, count)


_DE_VOWEL_GROUP = re.compile(r"[aeiouyäöü]+")


def german_syllables(word: str) -> int:
    """Syllables of a German word as its vowel groups: German spells a syllable's nucleus as
    one vowel, a long vowel (aa, ee, ie...) or a diphthong (ei, au, eu, äu)."""
    return max(1, len(_DE_VOWEL_GROUP.findall(word.lower())))


# --- counting ------------------------------------------------------------------------------


def _counts(text: str, syllables: Callable[[str], int] | None) -> Counts:
    # a placeholder is a name filled in later, not words of the letter
    plain = PLACEHOLDER.sub(lambda m: "x" * len(m.group()), text)
    n_sentences = n_words = n_syll = n_letters = poly = mono = long_words = 0
    # what is not running text (a salutation, a closing, an address) is no sentence to grade
    running = (b for b in segment.blocks(plain) if english.is_running_text(b.kind, b.text))
    for sentence in (s for b in running for s in segment.split_sentences(b.text, b.start)):
        found = [w.text for w in segment.words(sentence.text) if not set(w.text) <= {"x"}]
        if not found:
            continue
        n_sentences += 1
        for w in found:
            n_words += 1
            letters = sum(ch.isalpha() for ch in w)
            n_letters += letters
            long_words += letters > 6
            if syllables is not None:
                s = syllables(w)
                n_syll += s
                poly += s >= 3
                mono += s == 1
    return Counts(n_sentences, n_words, n_syll, n_letters, poly, mono, long_words)


# --- formulas ------------------------------------------------------------------------------


def _band(value: float, bands: tuple[tuple[float, str], ...]) -> str:
    """The label of the first band whose lower bound ``value`` reaches."""
    for lower, label in bands:
        if value >= lower:
            return label
    return bands[-1][1]


def fernandez_huerta(c: Counts) -> Score:
    value = 206.84 - 60 * c.syllables / c.words - 1.02 * c.words / c.sentences
    bands = (
        (90, "very easy"),
        (80, "easy"),
        (70, "fairly easy"),
        (60, "normal for adults"),
        (50, "fairly difficult"),
        (30, "difficult"),
        (float("-inf"), "very difficult"),
    )
    return Score(
        "Fernández-Huerta",
        round(value, 1),
        _band(value, bands),
        "0-100, higher is easier; 60-70 is normal for adults",
        "Fernández Huerta (1959), 'Medidas sencillas de lecturabilidad', Consigna 214:29-32, "
        "with the correction by G. Law (2011), 'Error in the Fernandez Huerta Readability "
        "Formula': 206.84 - 60 syllables/word - 1.02 words/sentence",
    )


def szigriszt_pazos(c: Counts) -> Score:
    value = 206.835 - 62.3 * c.syllables / c.words - c.words / c.sentences
    bands = (
        (80, "very easy"),
        (65, "quite easy"),
        (55, "normal"),
        (40, "somewhat difficult"),
        (float("-inf"), "very difficult"),
    )
    return Score(
        "Szigriszt-Pazos (INFLESZ scale)",
        round(value, 1),
        _band(value, bands),
        "0-100, higher is easier; 55-65 is normal",
        "Szigriszt Pazos (1993), Sistemas predictivos de legibilidad del mensaje escrito: "
        "fórmula de perspicuidad (thesis, Universidad Complutense); read on the INFLESZ scale "
        "of Barrio-Cantalejo et al. (2008), Anales del Sistema Sanitario de Navarra 31(2)",
    )


def wiener_sachtextformel(c: Counts) -> Score:
    ms = 100 * c.polysyllables / c.words
    sl = c.words / c.sentences
    iw = 100 * c.long_words / c.words
    es = 100 * c.monosyllables / c.words
    value = 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875
    return Score(
        "Wiener Sachtextformel (1st)",
        round(value, 1),
        f"about school grade {max(4, min(15, round(value)))}",
        "a school grade from 4 (easy) to 15 (very hard)",
        "Bamberger & Vanecek (1984), Lesen - Verstehen - Lernen - Schreiben: "
        "0.1935 MS + 0.1672 SL + 0.1297 IW - 0.0327 ES - 0.875",
    )


def gulpease(c: Counts) -> Score:
    value = 89 + (300 * c.sentences - 10 * c.letters) / c.words
    bands = (
        (80, "easy even with elementary schooling"),
        (60, "easy with middle schooling"),
        (40, "easy with high schooling"),
        (float("-inf"), "hard even with high schooling"),
    )
    return Score(
        "Gulpease",
        round(value, 1),
        _band(value, bands),
        "0-100, higher is easier",
        "Lucisano & Piemontese (1988), 'GULPEASE: una formula per la predizione della "
        "difficoltà dei testi in lingua italiana', Scuola e città 3:110-124",
    )


# language -> (syllable counter or None when the formulas need none, formulas)
_FORMULAS: dict[str, tuple[Callable[[str], int] | None, tuple[Callable[[Counts], Score], ...]]] = {
    "es": (spanish_syllables, (fernandez_huerta, szigriszt_pazos)),
    "de": (german_syllables, (wiener_sachtextformel,)),
    "it": (None, (gulpease,)),
}


def has_formula(language: str) -> bool:
    return language == "en" or language in _FORMULAS


# Flesch's own reading of his scale (Flesch 1949, The Art of Readable Writing).
_FLESCH_BANDS = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "standard"),
    (50, "fairly difficult"),
    (30, "difficult"),
    (float("-inf"), "very confusing"),
)


def _english(text: str, target_grade: float) -> LanguageReadability:
    result = english.analyse(text, target_grade=target_grade)
    c = result.counts
    counts = Counts(c.sentences, c.words, c.syllables, c.letters, c.polysyllables, 0, 0)
    if not c.words:
        return LanguageReadability("en", (), counts, "There is no text to score yet.", result)
    s = result.scores
    scores = (
        Score(
            "Flesch reading ease",
            s.flesch_reading_ease,
            _band(s.flesch_reading_ease, _FLESCH_BANDS),
            "0-100, higher is easier; 60-70 is standard (plain) English",
            "Flesch (1948), J. Applied Psychology 32(3):221-233",
        ),
        Score(
            "Flesch-Kincaid grade",
            s.flesch_kincaid_grade,
            f"US school grade {s.flesch_kincaid_grade:g}",
            "a US school grade; 6-8 is plain",
            "Kincaid et al. (1975), Naval Technical Training Command RBR 8-75",
        ),
    )
    return LanguageReadability("en", scores, counts, " ".join(result.notes), result)


@caches.of_text(128)
def readability_for(
    text: str, language: str, target_grade: float = english.DEFAULT_TARGET_GRADE
) -> LanguageReadability:
    """The readability of ``text`` by the formulas made for ``language``, or NO_FORMULA.
    ``target_grade`` is the US school grade an English letter aims at (its ``detail`` measures
    the distance); other languages' formulas have bands of their own instead."""
    if language == "en":
        return _english(text, target_grade)
    if language not in _FORMULAS:
        return LanguageReadability(language, (), None, NO_FORMULA)
    syllables, formulas = _FORMULAS[language]
    counts = _counts(text, syllables)
    if counts.words == 0:
        return LanguageReadability(language, (), counts, "There is no text to score yet.")
    note = "Under 100 words, every formula is a rough guide only." if counts.words < 100 else ""
    return LanguageReadability(language, tuple(f(counts) for f in formulas), counts, note)
