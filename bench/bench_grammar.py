"""Offline grammar and spelling speed, as the Edit page meets it.

Prints the median time of
- checking a 450-word letter never seen before (no paragraph in the cache; dictionaries loaded
  and the words looked up before, as in a running app),
- the same with the word look-up memo emptied before each run (every word looked up afresh),
- the same for a 450-word Spanish letter,
- re-checking after one paragraph changed (only that paragraph is checked again),
- re-checking an unchanged letter,
- one spelling suggestion, which the page computes only when the user asks for it.
Aims: a new 450-word letter <= 50 ms; after a one-paragraph edit <= 10 ms.
Run: .venv/bin/python bench/bench_grammar.py
"""

from __future__ import annotations

import itertools
import statistics
import time
from pathlib import Path

from clearnotice import caches
from clearnotice.grammar import CheckerChoice, GrammarService
from clearnotice.grammar.spelling import speller_for, suggest

FIXTURES = Path(__file__).resolve().parents[1] / "tests/fixtures"
RUNS = 21
_serial = itertools.count()
OFFLINE = CheckerChoice()


def letter_of(sample: str, words: int) -> str:
    """About ``words`` words of ``sample``'s paragraphs, each made unique with a serial number
    (digits are never spell-checked), so no paragraph is in the cache."""
    paragraphs = [p for p in sample.split("\n\n") if p.strip()]
    out, count = [], 0
    for paragraph in itertools.cycle(paragraphs):
        out.append(f"{paragraph} {next(_serial)}")
        count += len(paragraph.split()) + 1
        if count >= words:
            return "\n\n".join(out)
    raise AssertionError("unreachable")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main() -> None:
    english = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    spanish = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
    service = GrammarService()
    load_ms = timed(lambda: (speller_for("en"), speller_for("es")))
    # warm: imports, and the letters' words looked up once, as after a first check in the app
    service.check(letter_of(english, 450), "en", OFFLINE)
    service.check(letter_of(spanish, 450), "es", OFFLINE)

    new_en = [
        timed(lambda: service.check(letter_of(english, 450), "en", OFFLINE)) for _ in range(RUNS)
    ]
    new_es = [
        timed(lambda: service.check(letter_of(spanish, 450), "es", OFFLINE)) for _ in range(RUNS)
    ]

    def fresh_words() -> float:
        caches.clear_all()  # the words looked up, with every other reading of a text
        text = letter_of(english, 450)
        return timed(lambda: service.check(text, "en", OFFLINE))

    cold = [fresh_words() for _ in range(RUNS)]

    def after_edit() -> float:
        base = letter_of(english, 450)
        service.check(base, "en", OFFLINE)
        marker = "We shut off that access the same day."
        changed = base.replace(
            marker, f"We shut off that access within {next(_serial)} minutes.", 1
        )
        assert changed != base, "the benchmark letter lost its edit marker"
        report = None

        def run() -> None:
            nonlocal report
            report = service.check(changed, "en", OFFLINE)

        ms = timed(run)
        assert report.rechecked == 1, report.rechecked
        return ms

    edits = [after_edit() for _ in range(RUNS)]
    same_text = letter_of(english, 450)
    service.check(same_text, "en", OFFLINE)
    unchanged = [timed(lambda: service.check(same_text, "en", OFFLINE)) for _ in range(RUNS)]
    words = ["recieve", "adress", "pasword", "questons", "incidnete"]
    suggestions = [timed(lambda w=w: suggest(w + "x", "en")) for w in words]

    rows = [
        ("dictionaries loaded (once per process: en_US + es_ES)", load_ms, None),
        ("new 450-word English letter", median(new_en), 50),
        ("new 450-word English letter, word memo emptied", median(cold), 50),
        ("new 450-word Spanish letter", median(new_es), 50),
        ("re-check after one paragraph changed", median(edits), 10),
        ("re-check of an unchanged letter", median(unchanged), 10),
        ("one spelling suggestion (only on request)", median(suggestions), None),
    ]
    print(f"{'offline grammar check':<58} {'median ms':>10} {'aim ms':>7}  ")
    print("-" * 82)
    for label, ms, aim in rows:
        verdict = "" if aim is None else ("ok" if ms <= aim else "SLOW")
        print(f"{label:<58} {ms:>10.1f} {aim if aim else '':>7}  {verdict}")
    print(f"\n{RUNS} runs each; letters of {len(letter_of(english, 450).split())} words.")


if __name__ == "__main__":
    main()
