"""Readability speed: our full analysis beside textstat's own metrics on the same unseen text.

Prints, for letters of 150, 450, 2,000 and 10,000 words, the median time of
- the full analysis of a letter never seen before (every block new),
- the same after an edit to one paragraph (only that block is new),
- textstat's six classic metrics alone on the same unseen text.
textstat caches per text string, so every run gets a fresh variant of the letter.
Aims (warm process): 450 words new <= 50 ms; after a one-paragraph edit <= 10 ms; linear cost;
the full analysis no slower than textstat's metrics (ratio <= 1.0, issue 17). The two are timed
in turn on texts of the same kind, so a busy machine slows both alike.
Run: .venv/bin/python bench/bench_readability.py
"""

from __future__ import annotations

import itertools
import statistics
import time
from pathlib import Path

from textstat.backend import metrics

from clearnotice import readability

SAMPLE = (Path(__file__).resolve().parents[1] / "tests/fixtures/good-plain.md").read_text()
RUNS = 15
# A short letter takes about a millisecond, where a busy machine's noise moves a median of 15
# by a tenth or more: each size gets at least RUNS runs and about WORDS_PER_SIZE words in all.
WORDS_PER_SIZE = 45_000
# Serial numbers of five digits or more: a line that ends in a four-digit number ends as a
# dateline or a dated title does (" 2024"), so from the thousandth line on every line of every
# letter was tried as one, which a real letter's lines seldom are.
_counter = itertools.count(10_000)


def letter_of(words: int) -> str:
    """A letter of about ``words`` words, every line made unique by a serial number, so that no
    block is in any cache."""
    lines = [line for line in SAMPLE.splitlines() if line.strip()]
    out, count = [], 0
    while count < words:
        for line in lines:
            out.append(f"{line} case {next(_counter)}")
            count += len(line.split()) + 2
            if count >= words:
                break
    return "\n\n".join(out)


def ms(fn, item) -> float:
    start = time.thread_time()
    fn(item)
    return (time.thread_time() - start) * 1000


def textstat_six(text: str) -> None:
    lang = "en_US"
    metrics.flesch_reading_ease(text, lang)
    metrics.flesch_kincaid_grade(text, lang)
    metrics.gunning_fog(text, lang)
    metrics.smog_index(text, lang)
    metrics.coleman_liau_index(text)
    metrics.automated_readability_index(text)


def edited(text: str) -> str:
    """The same letter with one paragraph changed."""
    marker = "We shut off that access the same day."
    changed = text.replace(marker, f"We shut off that access within {next(_counter)} minutes.", 1)
    assert changed != text, "the benchmark letter lost its edit marker"
    return changed


def after_edit_ms(base: str) -> float:
    """Time to re-analyse ``base`` after one paragraph changed, as in the editor."""
    readability.analyse(base)
    changed = edited(base)
    start = time.thread_time()
    readability.analyse(changed)
    return (time.thread_time() - start) * 1000


def main() -> None:
    readability.analyse(letter_of(450))  # warm: dictionary load, imports
    textstat_six(letter_of(450))
    print(
        f"{'words':>7} | {'full, new':>10} | {'after edit':>10} | {'textstat 6':>10} | "
        f"{'ratio':>5} | per 1k words"
    )
    print("-" * 74)
    for size in (150, 450, 2_000, 10_000):
        ours, theirs = [], []
        for _ in range(max(RUNS, WORDS_PER_SIZE // size)):  # in turn, each on a text never seen
            ours.append(ms(readability.analyse, letter_of(size)))
            theirs.append(ms(textstat_six, letter_of(size)))
        new_ms, stat_ms = statistics.median(ours), statistics.median(theirs)
        edit_ms = statistics.median(after_edit_ms(letter_of(size)) for _ in range(RUNS))
        print(
            f"{size:>7} | {new_ms:>7.1f} ms | {edit_ms:>7.1f} ms | {stat_ms:>7.1f} ms | "
            f"{new_ms / stat_ms:>5.2f} | {new_ms / size * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
