"""Mail merge on a Dask LocalCluster (issue 16 item 4): 100,000 customers into PDF letters,
rendered by the cluster's worker processes through ``clearnotice.export.cluster_merge``, with
the progress it reports as chunks finish.

The letter and the customer list are bench_mailmerge.py's (English and Spanish approved; 1 % bad
rows). Printed: a progress line at every tenth of the rows, then a table: rows, letters, rows
held, wall seconds, letters a second, chunks, the ZIP's size. On a real cluster start
``dask scheduler`` and ``dask worker`` instead and pass --scheduler (README: "Mail merge on a
cluster"). Needs the cluster extra. Not part of the test suite.
Run: .venv/bin/python bench/bench_cluster_merge.py [--rows 100000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_mailmerge import bench_letter  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="a running cluster's address instead of a local one")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from clearnotice.export.cluster_merge import cluster_merge
    from clearnotice.export.customer_list import read_customer_list
    from clearnotice.export.mailmerge import CHUNK
    from clearnotice.export.merge_plan import plan_merge, suggest_mapping

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store, letter_id, list_path = bench_letter(tmp, args.rows)
        customers = read_customer_list(list_path)
        plan = plan_merge(store, letter_id, suggest_mapping(["customer_name"], customers.columns))
        cluster = None
        if args.scheduler is None:
            cluster = LocalCluster(
                n_workers=args.workers,
                processes=True,
                threads_per_worker=1,
                dashboard_address=None,
                env={"PYTHONPATH": str(ROOT)},
            )
        client = Client(args.scheduler or cluster)
        shown = {"tenth": -1}
        started = time.perf_counter()

        def progress(done: int, total: int, message: str) -> None:
            tenth = done * 10 // max(total, 1)
            if tenth != shown["tenth"]:
                shown["tenth"] = tenth
                print(f"{time.perf_counter() - started:7.1f} s  {message}", flush=True)

        try:
            result = cluster_merge(
                plan, customers, f"file://{tmp}/letters.zip", client=client, progress=progress
            )
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        seconds = time.perf_counter() - started
        size = (tmp / "letters.zip").stat().st_size / 2**20
    workers = args.scheduler or f"LocalCluster, {args.workers} worker processes"
    print(f"\nmail merge to PDF on {workers}, {os.cpu_count()} CPUs here")
    print(f"{'rows':>8} {'letters':>8} {'held':>6} {'seconds':>8} {'letters/s':>10} "
          f"{'chunks':>7} {'zip MB':>7}")  # fmt: skip
    print(
        f"{result.total:>8,} {result.merged:>8,} {result.held:>6,} {seconds:>8.1f} "
        f"{result.merged / seconds:>10.0f} {-(-result.merged // CHUNK):>7,} {size:>7.0f}"
    )


if __name__ == "__main__":
    main()
