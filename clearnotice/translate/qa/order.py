"""Two close numbers of a sentence that changed places in its translation."""

from __future__ import annotations

import re

from clearnotice.model import Finding
from clearnotice.regex.ending import Ending
from clearnotice.text import words
from clearnotice.translate import entities as ent
from clearnotice.translate.alignment import SentencePair
from clearnotice.translate.languages import SOURCE_LANGUAGE
from clearnotice.translate.qa.matching import by_key, only
from clearnotice.translate.qa.rules import finding

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
_REFERENCE_WORD = Ending(
    re.compile(
        r"(?:\b(?:articles?|art|paragraphs?|para|subparagraphs?|points?|recitals?|sections?|"
        r"subsections?|chapters?|annex(?:es)?|titles?|parts?|letters?|items?|clauses?|rules?|"
        r"regulations?|directives?|no|nos|numbers?)\.?|§)\s*\(?$",
        re.IGNORECASE,
    )
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
    m = _REFERENCE_WORD.search(text, number.start)
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
    positions = by_key(translated)
    for k, e in enumerate(english):
        hit = only(positions, e.keys)
        if hit is None:
            return None
        where[k] = hit
    return where


def order_findings(pair: SentencePair, language: str, target_text: str) -> list[Finding]:
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
                finding(
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
