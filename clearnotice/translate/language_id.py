"""Telling which language a sentence is in, from its function words, offline and at once.

Enough to catch English left in a translation: a sentence of a Spanish letter with "your",
"and", "about" and no Spanish function word was not translated. Each language counts only the
words of its list that no other language here shares (stopwords.yml).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from clearnotice import caches
from clearnotice.datafiles import load
from clearnotice.text import word_texts
from clearnotice.translate.languages import SOURCE_LANGUAGE

_STOPWORDS = Path(__file__).with_name("stopwords.yml")
# A sentence is judged only with at least this many function words of the winning language;
# below it, names and numbers can decide nothing.
MIN_EVIDENCE = 3


# A passage inside a letter (a line offering help in Spanish) is in another language when it
# has this many words, not one function word of the letter's language and this many of another.
MIN_PASSAGE_WORDS = 5
MIN_PASSAGE_EVIDENCE = 2


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return {
        lang: frozenset(str(w).lower() for w in ws)
        for lang, ws in load(_STOPWORDS, dict[str, tuple[str, ...]]).items()
    }


@lru_cache(maxsize=1)
def _exclusive_words() -> dict[str, frozenset[str]]:
    lists = _lists()
    return {
        lang: ws - frozenset().union(*(other for o, other in lists.items() if o != lang))
        for lang, ws in lists.items()
    }


def known_languages() -> frozenset[str]:
    return frozenset(_exclusive_words())


def own_function_words(language: str) -> frozenset[str]:
    """The function words of ``language`` that no other language here shares ("of", "your" in
    English): one of them in a line is that language's syntax, not a name's."""
    return _exclusive_words().get(language, frozenset())


@lru_cache(maxsize=1)
def _language_of_word() -> dict[str, str]:
    # each word is in one language's exclusive list at most
    return {w: lang for lang, ws in _exclusive_words().items() for w in ws}


def _lowered(text: str) -> list[str]:
    if text.isascii():  # lower-casing ASCII moves no word boundary: one call for the lot
        return word_texts(text.lower())
    return list(map(str.lower, word_texts(text)))


def _scores_of(lowered: list[str]) -> dict[str, int]:
    """How many of each language's own function words the words ``lowered`` hold."""
    found = Counter(map(_language_of_word().get, lowered))
    return {lang: found[lang] for lang in _exclusive_words()}


@caches.of_text(4096)
def reads_as(text: str, expected: str) -> str | None:
    """The language ``text`` plainly reads as when that is not ``expected``; else None.

    Plainly: at least MIN_EVIDENCE function words of that language, and more than twice as
    many as of ``expected``. Cached per text: QA's checks of one translated sentence (its
    language, negation, conditions, prices, unknown words) each ask it.
    """
    return _plainly(_scores_of(_lowered(text)), expected)


def _plainly(counts: dict[str, int], expected: str) -> str | None:
    best = max(counts, key=counts.get)
    if best == expected or counts[best] < MIN_EVIDENCE:
        return None
    if counts[best] <= 2 * counts.get(expected, 0):
        return None
    return best


@lru_cache(maxsize=16)
def _others_own_words(expected: str) -> frozenset[str]:
    """The words that only one language uses, of every language but ``expected``."""
    own = _exclusive_words()
    return frozenset().union(*(words for lang, words in own.items() if lang != expected))


@lru_cache(maxsize=16)
def _own_longer_words(language: str) -> frozenset[str]:
    """The function words of ``language`` that a passage's words are compared with: one letter
    is no evidence ("a", "y", "i")."""
    return frozenset(w for w in _lists()[language] if len(w) > 1)


@lru_cache(maxsize=16)
def first_evidence(expected: str) -> tuple[frozenset[str], frozenset[str]]:
    """The two sets ``passage_language`` first tests a passage's lower-case words against: the
    words only another language uses, and ``expected``'s own function words of two letters or
    more. A passage with a word of the second and none of the first is in ``expected``
    (``passage_language`` gives None), so a caller that looks up each of its words anyway can
    say so without this module's own pass over them (readability, which looks up every word's
    facts); any other passage still needs ``passage_language``."""
    own = _own_longer_words(expected) if expected in _lists() else frozenset()
    return _others_own_words(expected), own


@caches.of_text(4096)
def passage_language(text: str, expected: str) -> str | None:
    """The language a passage of a letter is written in when it is not ``expected``, else None.

    A whole paragraph in another language reads plainly so (``reads_as``). A short one, such as
    "Para obtener esta carta en español, llame al número gratuito.", has too few words only its
    language uses; it still counts as foreign with MIN_PASSAGE_WORDS words, no function word of
    ``expected`` at all and MIN_PASSAGE_EVIDENCE of another language (shared ones included).
    """
    lowered = _lowered(text)  # words are found once: this runs on every paragraph
    # Without one word only another language uses, no other language plainly wins: one set
    # test instead of counting every word, as most paragraphs of a letter need.
    if not _others_own_words(expected).isdisjoint(lowered):
        plainly = _plainly(_scores_of(lowered), expected)
        if plainly is not None:
            return plainly
    lists = _lists()
    # one function word of ``expected`` (of two letters or more) keeps the passage in it: a
    # set test over the words, before they are counted
    if expected not in lists or not _own_longer_words(expected).isdisjoint(lowered):
        return None
    found = [w for w in lowered if len(w) > 1]
    if len(found) < MIN_PASSAGE_WORDS:
        return None
    counts = {
        lang: sum(map(ws.__contains__, found)) for lang, ws in lists.items() if lang != expected
    }
    best = max(counts, key=counts.get)
    return best if counts[best] >= MIN_PASSAGE_EVIDENCE else None


# A sentence of a language not written in Latin letters (Chinese, Russian, Arabic...) that is
# all Latin letters, with this many words and English's own syntax among them, was left in
# English: names, addresses and codes kept in Latin letters stand inside the language's own
# script, or carry no English function word ("Acme Health, Inc."). A whole segment the same as
# its English needs two ("What happened", a heading left as it was).
MIN_LATIN_WORDS = 3
MIN_LATIN_WORDS_KEPT = 2


@lru_cache(maxsize=64)
def latin_script(language: str) -> bool | None:
    """Whether ``language`` is written in Latin letters, by the script CLDR's likely subtags
    give it ("zh" is zh_Hans_CN, "ru" ru_Cyrl_RU, "vi" vi_Latn_VN); None when CLDR does not
    say."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language.replace("-", "_"))
    parts = str(likely).split("_") if likely else []
    return parts[1] == "Latn" if len(parts) > 2 else None


def _latin(word: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in word)


def left_in_latin(text: str, language: str, fewest: int = MIN_LATIN_WORDS) -> bool:
    """Whether ``text``, a sentence of a translation into ``language``, a language written in
    another script, is in Latin letters and English syntax, with ``fewest`` words or more:
    left untranslated."""
    if latin_script(language) is not False:
        return False
    lettered = [w for w in _lowered(text) if any(ch.isalpha() for ch in w)]
    if len(lettered) < fewest or not all(map(_latin, lettered)):
        return False
    return not own_function_words(SOURCE_LANGUAGE).isdisjoint(lettered)
