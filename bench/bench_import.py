"""Import speed: how long a draft holds the server, at the size limits and far past them.

Prints the median time to import (or refuse) .docx and Markdown drafts of growing size: the
limits in clearnotice/importing.py are checked while the file is read, so a 20,000-paragraph
.docx (57 s to open before the limits) is refused after reading its first thousand paragraphs.
The server is one Python process for every user, so this is also how long an import can slow
everyone else.
Run: .venv/bin/python bench/bench_import.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clearnotice.importing import (  # noqa: E402
    LIMITS,
    MAX_PARAGRAPHS,
    MAX_TABLE_CELLS,
    ImportProblem,
    import_draft,
)
from tests.hostile.documents import docx_with  # noqa: E402

RUNS = 5


def _time(data: bytes, name: str) -> tuple[float, str]:
    times, outcome = [], ""
    for _ in range(RUNS):
        started = time.perf_counter()
        try:
            draft = import_draft(data, name)
            outcome = f"accepted, {len(draft.text):,} characters"
        except ImportProblem as problem:
            outcome = "refused: " + str(problem).split(";")[0]
        times.append(time.perf_counter() - started)
    return statistics.median(times), outcome


def main() -> None:
    cases = [
        ("docx, 50 paragraphs (a letter)", docx_with(50), "letter.docx"),
        ("docx, at the paragraph limit", docx_with(MAX_PARAGRAPHS), "limit.docx"),
        ("docx, at the table-cell limit", docx_with(cells=MAX_TABLE_CELLS), "cells.docx"),
        ("docx, 20,000 paragraphs", docx_with(20_000), "huge.docx"),
        ("docx, 200,000 paragraphs", docx_with(200_000), "huger.docx"),
        ("markdown, at the paragraph limit", b"A line.\n\n" * MAX_PARAGRAPHS, "limit.md"),
        ("markdown, 20,000 paragraphs", b"A line.\n\n" * 20_000, "huge.md"),
    ]
    print(f"Limits: {LIMITS}. Median of {RUNS} runs.\n")
    print("| draft | file size | time | outcome |")
    print("|---|---:|---:|---|")
    for label, data, name in cases:
        seconds, outcome = _time(data, name)
        print(f"| {label} | {len(data) / 1000:,.0f} kB | {seconds * 1000:,.0f} ms | {outcome} |")


if __name__ == "__main__":
    main()
