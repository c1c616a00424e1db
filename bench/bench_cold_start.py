"""Cold start: how long a fresh process takes to import the guidance and review its first letter.

Every restart of the app (each browser test starts it anew, and so does every deploy) pays this
once, on its first user's first page. Each run is a new Python process that imports
``clearnotice.guidance`` and reviews the benchmark letter of ``bench_guidance.py`` with every
jurisdiction, then reviews it a second time (warm). The table gives the median and the range of
the runs; ``--root`` times another checkout (e.g. a ``git worktree`` of main) in turn with this
one, so both are measured under the same load.

    .venv/bin/python bench/bench_cold_start.py [--runs 5] [--root /path/to/other/checkout]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: the timings of the import, the first review and the second one.
CHILD = """
import json, sys, time
started = time.perf_counter()
from clearnotice.guidance import review
imported = time.perf_counter()
sys.path.insert(0, "bench")
from bench_guidance import JURISDICTIONS, variant
letter = variant(0)
before = time.perf_counter()
review(letter, JURISDICTIONS)
first = time.perf_counter()
review(variant(1), JURISDICTIONS)
second = time.perf_counter()
print(json.dumps([imported - started, first - before, second - first]))
"""


def one_run(root: Path) -> list[float]:
    """Seconds to import, to review the first letter and a second one, in a new process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, help="another checkout to time in turn with this one")
    args = parser.parse_args()
    roots = [ROOT] + ([args.root.resolve()] if args.root else [])
    times: dict[Path, list[list[float]]] = {root: [] for root in roots}
    for _ in range(args.runs):
        for root in roots:  # in turn, so both see the same load
            times[root].append(one_run(root))
    print(f"{args.runs} fresh processes per checkout, every jurisdiction")
    print("| checkout | import s | first review s | import + first review s | second review s |")
    print("|---|---:|---:|---:|---:|")
    for root, runs in times.items():
        columns = list(zip(*runs, strict=True))
        total = [imported + first for imported, first, _ in runs]

        def cell(values) -> str:
            return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"

        print(
            f"| {root} | {cell(columns[0])} | {cell(columns[1])} | {cell(total)} | "
            f"{statistics.median(columns[2]) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
