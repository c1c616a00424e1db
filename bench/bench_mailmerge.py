"""Mail-merge speed and memory: 1,000 and 10,000 customers into PDF letters in a ZIP.

Each size is merged in a fresh Python process (so one run's caches and memory do not flatter
the next) as ``clearnotice merge`` runs: it opens the store, reads the list, plans and merges.
The store is made and the letter approved beforehand, in the parent process (approving loads
the review's checks, which a merge never runs). The letter: an approved English letter
(tests/fixtures/good-plain.md) and its approved Spanish translation. The customer list mixes
English, Spanish, Vietnamese, Chinese and German customers (names in Latin with accents,
Vietnamese and Chinese) and 1 % bad rows (empty names, formulas).
Reported: wall time; CPU time of this process and its workers (load from elsewhere on the
machine shows as wall time well above CPU time / workers); letters a second; the ZIP's size;
and the peak memory of the whole process tree (the merging process and its workers), sampled
every 0.5 s from /proc: PSS (each shared page counted once, split between the processes that
share it) and the plain sum of RSS (shared library pages counted in every process: an upper
bound). Sampling /proc more often slowed the merge itself noticeably.
Aims: 10,000 letters in <= 20 s on 2 cores, peak memory <= 500 MB (issue 16 item 3; issue 7
asked for 60 s). CPU s / letters is what a letter costs whatever else runs on the machine.
Run: .venv/bin/python bench/bench_mailmerge.py [--sizes 1000 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NAMES = [
    ("Maria Gonzalez", "es"),
    ("James O'Neill", "en"),
    ("Nguyễn Thị Lan", "vi"),
    ("陈伟", "zh"),
    ("Zoë Brontë-Müller", "de"),
    ("Siobhán Ní Bhriain", "en"),
    ("José Núñez", "es"),
]


def customer_csv(path: Path, rows: int) -> None:
    lines = ["customer_id,customer_name,email,language"]
    for n in range(rows):
        name, language = NAMES[n % len(NAMES)]
        if n % 100 == 99:
            name = "" if n % 200 == 199 else "=HYPERLINK(1)"  # 1 % of rows must be held
        lines.append(f'C-{n:05d},"{name} {n}",c{n}@example.net,{language}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class TreeMemory:
    """Peak memory of this process and all its descendants, sampled in a thread."""

    def __init__(self, every: float = 0.5):
        self.every = every
        self.peak_pss = self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pss = rss = 0
            for pid in _tree(os.getpid()):
                values = _rollup(pid)
                pss += values.get("Pss", 0)
                rss += values.get("Rss", 0)
            self.peak_pss, self.peak_rss = max(self.peak_pss, pss), max(self.peak_rss, rss)
            self._stop.wait(self.every)


def _tree(pid: int) -> list[int]:
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            found.extend(_tree(int(child)))
    return found


def _rollup(pid: int) -> dict[str, int]:
    """kB figures from /proc/<pid>/smaps_rollup."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    values = {}
    for line in lines[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            values[key] = int(parts[0])
    return values


def one_run(tmp: Path, letter_id: int, workers: int) -> dict:
    """Merge the customers of ``tmp``'s list, from ``tmp``'s store, in this process, as
    ``clearnotice merge`` does; the numbers as a dict."""
    os.environ["CLEARNOTICE_DATA_DIR"] = str(tmp)
    from clearnotice.export.customer_list import read_customer_list
    from clearnotice.export.mailmerge import merge
    from clearnotice.export.merge_plan import plan_merge, suggest_mapping
    from clearnotice.letters import Store

    with TreeMemory() as memory:
        started = time.perf_counter()
        store = Store(f"sqlite:///{tmp / 'bench.sqlite3'}")
        customers = read_customer_list(tmp / "customers.csv")
        mapping = suggest_mapping(["customer_name"], customers.columns)
        plan = plan_merge(store, letter_id, mapping)
        result = merge(plan, customers, tmp / "letters.zip", workers=workers)
        seconds = time.perf_counter() - started
    return {
        "rows": result.total,
        "merged": result.merged,
        "held": result.held,
        "seconds": seconds,
        "zip_mb": result.zip_path.stat().st_size / 2**20,
        "cpu_s": _cpu_seconds(),
        "pss_mb": memory.peak_pss / 1024,
        "rss_mb": memory.peak_rss / 1024,
    }


def bench_letter(tmp: Path, rows: int):
    """A store in ``tmp`` holding the approved bench letter, and a list of ``rows`` customers:
    the store, the letter's id and the list's path."""
    os.environ["CLEARNOTICE_DATA_DIR"] = str(tmp)
    from clearnotice.letters import Store

    store = Store(f"sqlite:///{tmp / 'bench.sqlite3'}")
    letter_id = approved_letter(store)
    list_path = tmp / "customers.csv"
    customer_csv(list_path, rows)
    return store, letter_id, list_path


def approved_letter(store) -> int:
    """A letter whose English (good-plain.md) and Spanish are approved, as in the tests."""
    from clearnotice.accounts import Role
    from clearnotice.approvals import approve
    from clearnotice.auth import create_first_admin, create_user

    # approving needs an active legal reviewer who did not write the text; writing it needs an
    # active account too
    create_first_admin(store, "bench-admin", "bench admin password")
    create_user(store, "bench-legal", Role.LEGAL, actor="bench-admin", password=None)
    create_user(store, "bench", Role.EDITOR, actor="bench-admin", password=None)
    english = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    spanish = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
    letter = store.create_letter("Bench", english, actor="bench")
    source = store.latest_version(letter.id)
    translation = store.save_version(
        letter.id,
        spanish,
        base_version_id=None,
        actor="bench",
        language="es",
        source_version_id=source.id,
    ).version
    approve(store, letter.id, "en", source.id, "bench-legal")
    approve(store, letter.id, "es", translation.id, "bench-legal")
    return letter.id


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: what the merge cost, whatever else
    the machine was doing meanwhile."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the letter's id
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_run(args.folder, args.one, args.workers)))
        return
    print(f"mail merge to PDF, {args.workers} worker processes, {os.cpu_count()} CPUs here")
    header = f"{'rows':>7} {'merged':>7} {'held':>5} {'seconds':>8} {'CPU s':>6} {'letters/s':>10} "
    header += f"{'CPU ms/letter':>14} "
    header += f"{'peak PSS MB':>12} {'peak RSS sum MB':>16} {'zip MB':>7}"
    print(header)
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            _store, letter_id, _list = bench_letter(Path(folder), size)
            command = [sys.executable, __file__, "--one", str(letter_id), "--folder", folder]
            command += ["--workers", str(args.workers)]
            done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{r['rows']:>7,} {r['merged']:>7,} {r['held']:>5,} {r['seconds']:>8.1f} "
            f"{r['cpu_s']:>6.1f} "
            f"{r['merged'] / r['seconds']:>10.0f} {1000 * r['cpu_s'] / r['merged']:>14.1f} "
            f"{r['pss_mb']:>12.0f} {r['rss_mb']:>16.0f} "
            f"{r['zip_mb']:>7.0f}"
        )
    print("aim: 10,000 rows in <= 20 s on 2 cores; peak memory of all processes <= 500 MB")


if __name__ == "__main__":
    main()
