"""Translation speed: Apertium on a 450-word letter, and translation QA of a translated letter.

Prints the median time of
- Apertium English -> Spanish of a letter never seen before (all segments in one request), with
  the warm pipeline (after the first letter) and with one new Apertium process per call,
- the same letter again, every segment from the database cache,
- Apertium Spanish -> English back-translation of the translation's segments,
- translation QA (alignment and every check) of a new 450-word translation, and a second view
  of the same translation (served from the QA cache),
- Spanish readability (Fernández-Huerta, Szigriszt-Pazos) of the translation.
Every run gets a fresh variant of the letter (serial numbers in each block), so no cache helps
the "new" rows. Aims: QA <= 20 ms; the second view far below that.
Run: .venv/bin/python bench/bench_translation.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

from clearnotice import text as segmentation
from clearnotice.language_readability import readability_for
from clearnotice.letters import Store
from clearnotice.translate.apertium import Apertium
from clearnotice.translate.cache import SegmentCache
from clearnotice.translate.engine import translate_letter, translate_segments
from clearnotice.translate.qa import check_translation

FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
RUNS = 9
WORDS = 450
_serial = itertools.count(1)


def _numbered(text: str, serial: int) -> str:
    """``text`` with a serial number added to every block, so that no cache knows it."""
    out, position = [], 0
    for block in segmentation.blocks(text):
        out.append(text[position : block.end])
        out.append(f" {serial}")
        position = block.end
    out.append(text[position:])
    return "".join(out)


def letter_pair() -> tuple[str, str]:
    """An English letter of about WORDS words and its Spanish translation, never seen before.

    The samples match line for line, so the same lines of each make a letter and its
    translation."""
    english_lines, spanish_lines = [], []
    while len(segmentation.words("\n".join(english_lines))) < WORDS:
        serial = next(_serial)
        english_lines.extend(_numbered(ENGLISH, serial).splitlines())
        spanish_lines.extend(_numbered(SPANISH, serial).splitlines())
    count = words = 0
    while words < WORDS:
        words += len(segmentation.words(english_lines[count]))
        count += 1
    return "\n".join(english_lines[:count]) + "\n", "\n".join(spanish_lines[:count]) + "\n"


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        prepared = fn()
        start = time.perf_counter()
        prepared()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    apertium = Apertium()
    if not apertium.supports("en", "es"):
        sys.exit("Apertium with eng-spa is not installed: apt-get install apertium-eng-spa")
    english, _ = letter_pair()
    words = len(segmentation.words(english))
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        cache = SegmentCache(Store(f"sqlite:///{folder}/bench.sqlite3").session_factory)
        translate_letter(english, apertium, "en", "es")  # warm: process start, disk cache

        def new_translation():
            letter = letter_pair()[0]
            return lambda: translate_letter(letter, apertium, "en", "es", cache=cache)

        rows.append(("Apertium en→es, new letter, warm (aim <= 60 ms)", median_ms(new_translation)))
        cold = Apertium(warm=False)

        def new_translation_cold():
            letter = letter_pair()[0]
            return lambda: translate_letter(letter, cold, "en", "es", cache=cache)

        rows.append(("Apertium en→es, new letter, one process", median_ms(new_translation_cold)))

        def cached_translation():
            letter = letter_pair()[0]
            translate_letter(letter, apertium, "en", "es", cache=cache)
            return lambda: translate_letter(letter, apertium, "en", "es", cache=cache)

        rows.append(("Apertium en→es, same letter again (cache)", median_ms(cached_translation)))

        def back_translation():
            spanish = letter_pair()[1]
            segments = [b.text for b in segmentation.blocks(spanish)]
            return lambda: translate_segments(segments, apertium, "es", "en")

        rows.append(("Apertium es→en back-translation, new", median_ms(back_translation)))

    def new_qa():
        english_text, spanish_text = letter_pair()
        return lambda: check_translation(english_text, spanish_text, "es")

    rows.append(("QA of a translated letter, new (aim <= 20 ms)", median_ms(new_qa)))

    def second_view():
        english_text, spanish_text = letter_pair()
        check_translation(english_text, spanish_text, "es")
        return lambda: check_translation(english_text, spanish_text, "es")

    rows.append(("QA, second view of the same translation", median_ms(second_view)))

    def spanish_readability():
        spanish_text = letter_pair()[1]
        return lambda: readability_for(spanish_text, "es")

    rows.append(("Spanish readability of the translation, new", median_ms(spanish_readability)))

    print(f"Translation benchmark: {words}-word letter, median of {RUNS} runs\n")
    width = max(len(name) for name, _ in rows)
    print(f"| {'what':<{width}} | median ms |")
    print(f"| {'-' * width} | --------: |")
    for name, ms in rows:
        print(f"| {name:<{width}} | {ms:9.2f} |")


if __name__ == "__main__":
    main()
