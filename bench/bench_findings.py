"""Benchmark of the findings report per edit (``clearnotice.findings.letter_findings``), the work
the live editor's server does after each pause, beside its two parts that are no check: the
incident's facts read from the database (``fact_check.known_for``) and the people the letter
names (``personal_data.names_in``, which the outbound gate reads).

A 450-word letter (bench_guidance's) in a real SQLite store, every jurisdiction, the offline
grammar checker, and a facts sheet as typed, or whose phone changed once (then every edit is
scanned for the old phone); each run edits one paragraph. CPU time of
this thread (``time.thread_time``), median of ``--runs``, in a warm process.

    .venv/bin/python bench/bench_findings.py [--runs 150] [--rounds 3] [--against CHECKOUT]

``--against`` times another checkout's ``clearnotice`` as well (main's, say: ``git worktree add
--detach /tmp/wt-main main``): each round runs a process per checkout, in turn, so a load that
comes and goes (the machine is shared) weighs on both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The checkout whose clearnotice is timed: this one, or --against's in the second process.
CODE = Path(os.environ.get("BENCH_FINDINGS_CODE") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(CODE))

from bench.bench_guidance import JURISDICTIONS, edited, variant  # noqa: E402
from clearnotice import facts  # noqa: E402
from clearnotice.accounts import Role  # noqa: E402
from clearnotice.auth import create_first_admin, create_user  # noqa: E402
from clearnotice.findings import letter_findings  # noqa: E402
from clearnotice.grammar import GrammarService  # noqa: E402
from clearnotice.letters import Store  # noqa: E402
from clearnotice.personal_data import names_in  # noqa: E402
from clearnotice.translate import fact_check  # noqa: E402

FACTS = {"phone": "1-800-555-0142", "email": "privacy@example.com", "notice_date": "March 20, 2026"}
PASSWORD = "a long enough bench password"


def _cpu_ms(work) -> float:
    start = time.thread_time()
    work()
    return (time.thread_time() - start) * 1000


SCENARIOS = (("facts as typed", False), ("phone changed", True))
PARTS = ("report", "facts", "names")


def measure(runs: int, changed: bool, first: int) -> dict[str, list[float]]:
    """CPU milliseconds of each part for ``runs`` one-paragraph edits (numbered from ``first``,
    so no edit was seen before); ``changed``: the phone on the facts sheet changed once."""
    service = GrammarService()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'findings.sqlite3'}")
        create_first_admin(store, "admin", PASSWORD)
        create_user(store, "ed", Role.EDITOR, actor="admin", password=PASSWORD)
        text = variant(1)
        letter = store.create_letter("Bench", text, actor="ed", jurisdictions=list(JURISDICTIONS))
        facts.save_facts(store, letter.id, FACTS, actor="ed")
        if changed:
            facts.save_facts(store, letter.id, {**FACTS, "phone": "1-888-555-0199"}, actor="ed")
        version = store.latest_version(letter.id)
        letter_findings(store, letter.id, version, grammar=service, actor="ed")  # as opened
        times: dict[str, list[float]] = {part: [] for part in PARTS}
        for n in range(first, first + runs):
            edit = edited(text, n)
            times["report"].append(
                _cpu_ms(
                    lambda e=edit: letter_findings(
                        store, letter.id, version, e, grammar=service, actor="ed"
                    )
                )
            )
            times["facts"].append(_cpu_ms(lambda: fact_check.known_for(store, letter.id)))
            # A text no report has scanned yet: what the outbound gate pays for the names.
            times["names"].append(_cpu_ms(lambda e=edit: names_in(e + "\n", "en")))
        store.session_factory.kw["bind"].dispose()
    return times


def _one_round(runs: int, first: int) -> None:
    """One process's round: a warm-up, then each scenario; raw times as JSON on stdout."""
    measure(10, True, first + 10_000_000)
    print(
        json.dumps(
            {
                sheet: measure(runs, changed, first + k * 1_000_000)
                for k, (sheet, changed) in enumerate(SCENARIOS)
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=150, help="edits per scenario and code")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", help="another checkout whose clearnotice to time as well")
    parser.add_argument("--round", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.round is not None:
        _one_round(args.runs, args.round * args.runs)
        return
    checkouts = [CODE] + ([Path(args.against).resolve()] if args.against else [])
    pooled = {(c, sheet): {p: [] for p in PARTS} for c in checkouts for sheet, _ in SCENARIOS}
    per_round = -(-args.runs // args.rounds)
    for n in range(args.rounds):  # the checkouts in turn, so a busy minute hits both alike
        for code in checkouts:
            env = {**os.environ, "BENCH_FINDINGS_CODE": str(code)}
            command = [sys.executable, __file__, "--runs", str(per_round), "--round", str(n)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            for sheet, times in json.loads(done.stdout).items():
                for part in PARTS:
                    pooled[code, sheet][part].extend(times[part])
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    print(
        f"Findings report per one-paragraph edit, 450 words: median CPU of "
        f"{per_round * args.rounds} edits, {args.rounds} rounds, checkouts in turn"
    )
    print(f"{'code, facts sheet':<38}{'report':>12}{'known_for':>15}{'names_in':>15}")
    for (code, sheet), times in pooled.items():
        report, known, names = (statistics.median(times[p]) for p in PARTS)
        print(f"{code.name + ', ' + sheet:<38}{report:>9.2f} ms{known:>12.2f} ms{names:>12.2f} ms")


if __name__ == "__main__":
    main()
