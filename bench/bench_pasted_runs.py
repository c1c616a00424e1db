"""Pasted runs: how long each place a user's text reaches takes on long runs of one short unit.

A pattern or a loop that reads a run again from each of its characters grows as the square (or
the cube) of the run: 3,000 characters then take seconds, and a 1 MB import (the limit) holds a
page for minutes. Prints seconds per pipeline, kind of run and length; a row whose time grows
much more than four times from one length to the next is the one to look at. Each kind stops at
the first length over ``--stop`` seconds. A measurement, never a pass/fail test.

    .venv/bin/python bench/bench_pasted_runs.py
    .venv/bin/python bench/bench_pasted_runs.py --lengths 10000,40000,160000 --stop 20
    .venv/bin/python bench/bench_pasted_runs.py --pipeline "translation QA"
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clearnotice.export.document import Document  # noqa: E402
from clearnotice.export.html import render_html  # noqa: E402
from clearnotice.grammar.offline import check_piece  # noqa: E402
from clearnotice.grammar.service import pieces  # noqa: E402
from clearnotice.guidance import jurisdictions, review  # noqa: E402
from clearnotice.importing import ImportProblem, import_draft  # noqa: E402
from clearnotice.personal_data import find_personal_data  # noqa: E402
from clearnotice.readability import analyse  # noqa: E402
from clearnotice.translate.qa import check_translation  # noqa: E402

# What a paste or an import may hold: runs of a letter, of a short unit with punctuation, of
# numbers, of sentences ("1. ": a paragraph of thousands, whose sentences QA pairs), of markup,
# of white space, of lines, of paragraphs of one line ("a\n\n"), of another script's digits and
# letters, of headings in capitals ("WHAT HAPPENED\n\n", each of which translation QA asks
# whether it is a heading left in English).
UNITS = (
    "a", "a.", "a-", "A. ", "Mr. ", "1 ", "1,", "1.", "1. ", "3", "٣", "$1, ", "March 3, ",
    "word ", "- ", "#", "**", "**a", "((", "(", "[a](", "{{", "| ", ", ", "\t", "\u00a0", "\n",
    "\n\n", "a\n\n", "-\n", "a-\n", "!?.;\n", "a@", "\\", "中", "WHAT HAPPENED\n\n",
)  # fmt: skip

# A translation whose every digit is the next one ("1 " as "2 "): each number and date is lost
# and an extra one stands in its place, so QA tells what each became.
_NEXT_DIGIT = str.maketrans("0123456789", "1234567890")
# The same in Spanish words ("1 " as "dos "): each number word is read for a word before it that
# makes it a name ("thứ hai"), which was looked for from the text's start, the square of a run.
_NEXT_IN_WORDS = str.maketrans(
    dict(
        zip(
            "0123456789",
            "uno dos tres cuatro cinco seis siete ocho nueve cero".split(),
            strict=True,
        )
    )
)


def _pipelines() -> dict[str, Callable[[str], object]]:
    codes = [p.code for p in jurisdictions()]

    def imported(text: str) -> None:
        with contextlib.suppress(ImportProblem):  # too long, or no words: read all the same
            import_draft(text.encode(), "pasted.md")

    def grammar(text: str) -> None:
        for piece in pieces(text):
            check_piece(piece.text, "en")

    return {
        "review": lambda text: review(text, codes),
        "readability": analyse,
        "import .md": imported,
        "grammar": grammar,
        "translation QA": lambda text: check_translation(text, text, "es"),
        "translation QA, digits changed": lambda text: check_translation(
            text, text.translate(_NEXT_DIGIT), "es"
        ),
        "translation QA, digits as other numbers in words": lambda text: check_translation(
            text, text.translate(_NEXT_IN_WORDS), "es"
        ),
        "personal data": find_personal_data,
        "export .html": lambda text: render_html(Document.from_markdown(text, "en")),
    }


def _run(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="10000,40000,160000")
    parser.add_argument("--stop", type=float, default=20.0)
    parser.add_argument("--pipeline", default="", help="only the pipelines whose name has this")
    args = parser.parse_args()
    lengths = [int(n) for n in args.lengths.split(",")]
    print("| pipeline | run of | " + " | ".join(f"{n:,}" for n in lengths) + " |")
    print("|---|---|" + "---|" * len(lengths))
    for name, pipeline in _pipelines().items():
        if args.pipeline not in name:
            continue
        pipeline("A short letter. We found it on March 3, 2026.\n\nCall 1-800-555-0100.")
        for unit in UNITS:
            cells = []
            for length in lengths:
                started = time.perf_counter()
                pipeline(_run(unit, length))
                cells.append(f"{time.perf_counter() - started:.2f}")
                if float(cells[-1]) > args.stop:
                    break
            cells += ["-"] * (len(lengths) - len(cells))
            print(f"| {name} | {unit!r} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
