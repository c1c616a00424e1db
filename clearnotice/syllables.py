"""The syllables of each word of the CMU Pronouncing Dictionary, kept on disk in a compact form.

textstat counts an English word's syllables as the stressed phones (those ending in a stress
digit) of the word's first pronunciation in NLTK's ``cmudict``, and Pyphen's hyphenation for a
word not in it. Reading the dictionary through NLTK's corpus reader takes about a second, on
the first analysis of every new process, to build 126,000 lists of phones of which only that
count is used. So the counts are worked out once and kept as one JSON map of word to count
(``caches.on_disk``), keyed by the dictionary file and this module, which a new process reads
in a few hundredths of a second.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from clearnotice import caches
from clearnotice.offline_data import ensure_cmudict

CORPUS = "corpora/cmudict/cmudict"  # the file NLTK's cmudict reader reads
_CODE = Path(__file__).read_bytes()  # part of the key: changed code never reads an old file


@lru_cache(maxsize=1)
def cmu_syllables() -> dict[str, int]:
    """Each dictionary word (lower case): the syllables of its first pronunciation."""
    import nltk

    ensure_cmudict()
    with nltk.data.find(CORPUS).open() as corpus:
        key = caches.fingerprint([_CODE, corpus.read()])
    return caches.on_disk("cmudict-syllables", key, _counted)


def _counted() -> dict[str, int]:
    """What textstat's ``count_syllables`` takes from each entry: the phones of the first
    pronunciation that carry a stress digit."""
    import nltk

    return {
        word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        for word, pronunciations in nltk.corpus.cmudict.dict().items()
        if pronunciations
    }
