"""Words of a translation that are not its language's: an English word left in a translated
sentence ("mailing" in Apertium's "Vuestro nombre y mailing alocución"), or two words an engine
ran together (Apertium's "Losentimos" for "We are sorry").

Neither fault changes a number or a date, and a sentence with one English word still reads as
the target language, so the other checks pass it; a reader meets it in the first line. Each is a
warning on its words, for the reviewer to judge (a word may be one readers know in English).

A word is judged only when the language's Hunspell dictionary (clearnotice/grammar/spelling.py)
does not know it: it is English when the English row holds it too, and run together when it
splits into two words the dictionary knows. Any other unknown word is let be: dictionaries lack
real words (enclitic forms such as "infórmelo", "reembolsos"), so flagging every one would bury
the faults. Names are left alone: a word capitalised inside a sentence, one of a run of
capitalised words in the English ("Acme Health Plan", "Bank of America"), a sentence another
check already reads as another language, and whatever a recogniser took as a URL, e-mail, phone,
code or placeholder. A language with no dictionary installed is not checked; words translations
use that a dictionary lacks are in known_words.yml, each with its source.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import yaml

from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.grammar import spelling
from clearnotice.model import Finding, Severity
from clearnotice.text import Block, split_sentences
from clearnotice.translate.entities import find_entities
from clearnotice.translate.language_id import reads_as
from clearnotice.translate.names import NAME_RUN

ENGLISH_WORD = "translation.english-word"
RUN_TOGETHER = "translation.run-together"
SOURCE = "translation QA: every word of the translation in the reader's language"
KNOWN_WORDS = Path(__file__).with_name("known_words.yml")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Inline code and a Markdown link's or image's address: no prose, whatever its letters.
_NOT_PROSE = re.compile(r"`[^`\n]*`|\]\([^)\n]*\)")
MIN_LETTERS = 3  # "ok", "vs": too short to judge
MIN_PART = 2  # each of two words run together: "lo" + "sentimos"
# ...and at most this long, longer than any word a dictionary holds: the longest German word
# in official use, a Mecklenburg-Vorpommern law's name of 1999
# ("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"), has 63 letters. A word
# of up to this many letters is cut at every letter, as before.
MAX_PART = 100
MAX_QUOTED = 60  # characters of a run of English quoted in its message


@cache
def _known_words() -> dict[str, frozenset[str]]:
    table = yaml.safe_load(KNOWN_WORDS.read_text(encoding="utf-8"))
    return {language: frozenset(w["word"] for w in words) for language, words in table.items()}


def findings(s_block: Block, t_block: Block, language: str, target_text: str) -> list[Finding]:
    """A warning on each English word (words side by side: one warning) and each pair of words
    run together in ``t_block``, a translation's row of ``target_text``."""
    speller = spelling.speller_for(language)
    if speller is None:
        return []
    english = s_block.text
    if english.split() == t_block.text.split():
        return []  # a row kept as it is: the untranslated check judges it whole (a name line)
    names = {w.lower() for run in NAME_RUN.findall(english) for w in _WORD.findall(run)}
    verdicts = []
    for start, end in _words_to_check(t_block, language):
        word = target_text[start:end]
        verdict = None if word.lower() in names else _verdict(word, english, speller, language)
        verdicts.append((start, end, verdict))
    found = []
    for kind, run in groupby(verdicts, key=itemgetter(2)):
        spans = list(run)
        if kind == ENGLISH_WORD:
            found.append(_english_finding(spans[0][0], spans[-1][1], target_text))
        elif kind is not None:
            found.extend(_run_together_finding(s, e, target_text, kind) for s, e, _ in spans)
    return found


def _verdict(word: str, english: str, speller: spelling.Speller, language: str) -> str | None:
    """ENGLISH_WORD, the two words ``word`` runs together ("Lo sentimos"), or None."""
    if speller.knows(word) or speller.knows(word.lower()):
        return None
    if word.lower() in _known_words().get(language, frozenset()):
        return None
    if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", english, re.IGNORECASE):
        return ENGLISH_WORD
    return _split(word, speller)


def _split(word: str, speller: spelling.Speller) -> str | None:
    """``word`` as two words the dictionary knows, or None. Each part is at most MAX_PART
    letters, so a word pasted or glued of thousands ("cuatrocuatro...") is not looked up at
    every letter, each time with a part as long as itself: that was the square of its length."""
    lowest, highest = max(MIN_PART, len(word) - MAX_PART), min(len(word) - MIN_PART, MAX_PART)
    for cut in range(lowest, highest + 1):
        first, second = word[:cut], word[cut:]
        if (speller.knows(first) or speller.knows(first.lower())) and speller.knows(second):
            return f"{first} {second}"
    return None


def _words_to_check(block: Block, language: str) -> list[tuple[int, int]]:
    """Each word of ``block`` to judge, as spans of the letter: not an acronym, not inside a
    recognised value or inline code, not capitalised inside a sentence, not in a sentence that
    reads as another language (that check reports the sentence whole)."""
    text = block.text
    sentences = split_sentences(text)
    taken = DisjointSpans.covering(
        [
            *((e.start, e.end) for e in find_entities(text, language)),
            *(m.span() for m in _NOT_PROSE.finditer(text)),
            *((s.start, s.end) for s in sentences if reads_as(s.text, language)),
        ]
    )
    openings = {s.start for s in sentences}
    spans = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word) < MIN_LETTERS or word.isupper():
            continue
        if word[0].isupper() and start not in openings:
            continue  # a name or a title's word: no dictionary holds them all
        if taken.overlaps(start, end):
            continue
        spans.append((block.start + start, block.start + end))
    return spans


def _english_finding(start: int, end: int, text: str) -> Finding:
    words = text[start:end]
    quoted = words if len(words) <= MAX_QUOTED else f"{words[:MAX_QUOTED]}…"
    message = f"“{quoted}” is English: translate it, unless your readers know it in English."
    return Finding(ENGLISH_WORD, Severity.WARNING, message, start, end, words, (), SOURCE)


def _run_together_finding(start: int, end: int, text: str, words: str) -> Finding:
    message = (
        f"“{text[start:end]}” is no word: two words run together? (“{words}”). An engine may "
        "have joined them."
    )
    return Finding(RUN_TOGETHER, Severity.WARNING, message, start, end, text[start:end], (), SOURCE)
