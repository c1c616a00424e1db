"""The hostile-input table: every case of tests/hostile/, what it expects and what it got.

Not a speed benchmark: a report of outcomes, printed on demand beside the others. A case that
raises shows as TRACEBACK with the exception, so the table says at a glance what the suite's
assertions say one by one.
Run: .venv/bin/python bench/bench_hostile.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile.harness import areas  # noqa: E402


def _cell(text: str, width: int = 70) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> int:
    rows = []
    tally: Counter[str] = Counter()
    started = time.perf_counter()
    for area in areas():
        for case in area.cases:
            with tempfile.TemporaryDirectory() as folder:
                try:
                    outcome = area.attempt(case, Path(folder))
                    got, message = outcome.kind, outcome.message
                except Exception as error:  # the table reports it; the tests fail on it
                    got, message = "TRACEBACK", f"{type(error).__name__}: {error}"
            verdict = "ok" if got == case.expect else "MISMATCH"
            tally[verdict] += 1
            rows.append((area.name, case.id, case.expect, got, verdict, message))
    print("| area | case | expected | got | | message |")
    print("|---|---|---|---|---|---|")
    for area_name, case_id, expect, got, verdict, message in rows:
        print(f"| {area_name} | {case_id} | {expect} | {got} | {verdict} | {_cell(message)} |")
    elapsed = time.perf_counter() - started
    ok, mismatched = tally["ok"], tally["MISMATCH"]
    print(f"\n{len(rows)} cases: {ok} as expected, {mismatched} not ({elapsed:.1f} s)")
    return 0 if mismatched == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
