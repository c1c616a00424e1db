"""Isolation: how much one user's heavy import slows another user's page, with the reading done in
this process and in a worker process (clearnotice/workers.py).

Streamlit serves every session as a thread of one process. Here one thread imports the largest
.docx the limits accept, over and over, as a user importing it would; meanwhile another thread
analyses the readability of a small letter (a new variant each time: textstat caches per text),
as the Edit page does on each edit. Prints that analysis's latency (p50, p90, worst) with
nothing else running, with the import in this process (``import_draft``) and with it in a
worker (``import_draft_in_worker``, what the screens call), and how many imports finished.
The machine's other load shows in every row alike.
Run: .venv/bin/python bench/bench_isolation.py
"""

from __future__ import annotations

import itertools
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clearnotice import readability  # noqa: E402
from clearnotice.importing import (  # noqa: E402
    MAX_PARAGRAPHS,
    MAX_TABLE_CELLS,
    import_draft,
    import_draft_in_worker,
)
from tests.hostile.documents import docx_with  # noqa: E402

SAMPLES = 100
PAUSE = 0.02  # a user types, pauses, the page reruns: not a busy loop
LARGEST = docx_with(MAX_PARAGRAPHS - 1, cells=MAX_TABLE_CELLS)
LETTER = (ROOT / "tests/fixtures/good-plain.md").read_text(encoding="utf-8")
_serial = itertools.count()


def _small_letter() -> str:
    """The sample letter (about 450 words) with a new number on each line: never in a cache."""
    n = next(_serial)
    return "\n".join(f"{line} case {n}" if line.strip() else line for line in LETTER.splitlines())


def _latencies() -> list[float]:
    """From when each analysis was due to its end: the wait for the GIL after a pause counts,
    as it does for a user whose page reruns while another user's import runs."""
    times = []
    for _ in range(SAMPLES):
        text = _small_letter()
        due = time.perf_counter() + PAUSE
        time.sleep(PAUSE)
        readability.analyse(text)
        times.append(time.perf_counter() - due)
    return times


def _while_importing(read: Callable[[bytes, str], object] | None) -> tuple[list[float], int]:
    """The small analysis's latencies while another thread imports with ``read`` in a loop."""
    stop, imports = threading.Event(), [0]

    def heavy_user() -> None:
        while not stop.is_set():
            read(LARGEST, "largest.docx")
            imports[0] += 1

    worker = threading.Thread(target=heavy_user) if read else None
    if worker:
        worker.start()
        time.sleep(0.5)  # the import under way
    try:
        return _latencies(), imports[0]
    finally:
        stop.set()
        if worker:
            worker.join()


def _ms(times: list[float], q: int) -> str:
    return f"{statistics.quantiles(times, n=10)[q - 1] * 1000:,.1f} ms"


def main() -> None:
    readability.analyse(_small_letter())  # textstat's dictionary, loaded once
    import_draft_in_worker(LARGEST, "largest.docx")  # a warm worker, as after the first import
    started = time.perf_counter()
    import_draft(LARGEST, "largest.docx")
    once = time.perf_counter() - started
    print(
        f"The largest accepted .docx ({len(LARGEST) / 1000:,.0f} kB, {MAX_PARAGRAPHS - 1:,} "
        f"paragraphs and {MAX_TABLE_CELLS} table cells) reads in {once * 1000:,.0f} ms. "
        f"{SAMPLES} analyses of a 450-word letter per row.\n"
    )
    print("| another user meanwhile | readability p50 | p90 | worst | imports finished |")
    print("|---|---:|---:|---:|---:|")
    for label, read in (
        ("nothing", None),
        ("imports the largest .docx in this process", import_draft),
        ("imports it in a worker process", import_draft_in_worker),
    ):
        times, imports = _while_importing(read)
        worst = f"{max(times) * 1000:,.1f} ms"
        print(f"| {label} | {_ms(times, 5)} | {_ms(times, 9)} | {worst} | {imports} |")


if __name__ == "__main__":
    main()
