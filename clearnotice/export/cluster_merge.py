"""Mail merge past one machine (issue 16 items 4 and 5): the chunks of a merge rendered by the
workers of a Dask distributed cluster, each writing its chunk's letters, as a journal segment
(``merge_journal``), to a folder or fsspec URL every worker reaches; then the ZIP and manifest
put together exactly as a local merge does.

The rows are checked here and cut into the very chunks a local merge makes
(``mailmerge.pending_chunks``): a PDF letter carries its chunk's font subset, so only the same
chunks give the same bytes, and checking a row costs little beside rendering it. Only the chunks'
values go to the workers, and only each row's error comes back: the letters never pass through
this machine until the ZIP is put together. Progress is reported as chunks finish, and a merge
stopped midway resumes from the segments already written, like a local one.

With no cluster the same code runs here, chunk after chunk; that is how ``memory://`` URLs are
tested (a memory file system lives in one process). Needs the ``cluster`` extra: dask,
distributed, fsspec.
"""

from __future__ import annotations

import contextlib
import itertools
import posixpath
import socket
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from clearnotice.export.batch import Setup, write_segment
from clearnotice.export.customer_list import CustomerList
from clearnotice.export.mailmerge import (
    MergeResult,
    Progress,
    Record,
    fingerprint,
    finished,
    hand_over,
    jobs_of,
    manifest_csv,
    pending_chunks,
    settle,
    who_started,
)
from clearnotice.export.merge_journal import PARTS, Files, Journal
from clearnotice.export.merge_plan import MergeError, MergePlan, plan_setup
from clearnotice.export.merge_rows import RowCheck

if TYPE_CHECKING:
    from distributed import Client

CONNECT_SECONDS = 10
WORKERS_SECONDS = 60  # for a worker to join, or to take the letter's setup
STALL_SECONDS = 600  # with no chunk finished: a chunk takes seconds, a stuck cluster for ever
CHUNKS_PER_WORKER = 2  # in flight at once: one rendering, one waiting, so no worker idles
NEEDS_EXTRA = (
    "a merge on a cluster or to a URL needs the cluster extra: pip install 'clearnotice[cluster]'"
)


class ClusterError(MergeError):
    """A cluster or output the merge cannot use; the message says which and why."""


def is_url(out: str) -> bool:
    """Whether ``--out`` names an fsspec URL (file://, memory://, s3://...) rather than a path."""
    return "://" in out


def location(url: str) -> tuple[Files, str]:
    """The fsspec file system and the path within it of a folder or URL."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise ClusterError(NEEDS_EXTRA) from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as exc:  # an unknown protocol, or its package missing
        raise ClusterError(f"cannot write to {url}: {exc}") from None


def connect(address: str) -> Client:
    """A client of the scheduler at ``address`` (tcp://host:8786). The address is tried with a
    plain connection first: a Client that fails to connect prints tracebacks as it is
    collected, and a bad address must give one line."""
    try:
        from distributed import Client
        from distributed.comm.addressing import parse_address, parse_host_port
    except ImportError:
        raise ClusterError(NEEDS_EXTRA) from None
    unreachable = f"cannot reach the Dask scheduler at {address}"
    try:
        scheme, where = parse_address(address)
        if scheme in ("tcp", "tls", "ws", "wss"):
            host, port = parse_host_port(where)
            socket.create_connection((host, port), timeout=CONNECT_SECONDS).close()
        return Client(address, timeout=f"{CONNECT_SECONDS}s")
    except (OSError, ValueError, TypeError) as exc:
        raise ClusterError(f"{unreachable}: {exc}") from None


def cluster_merge(
    plan: MergePlan,
    customers: CustomerList,
    zip_url: str,
    *,
    client: Client | None = None,
    progress: Progress | None = None,
    resume: bool = False,
    record: Record = lambda result: None,
    started_by: str = "",
) -> MergeResult:
    """Write one letter per mergeable row and the manifest into the ZIP at ``zip_url`` (a path
    or fsspec URL), the chunks rendered on ``client``'s cluster, or here without one.

    The journal is ``<zip_url>.parts``, beside the ZIP, where every worker can write; ``resume``
    finishes a merge that stopped midway. ``record`` (the audit line) runs once the ZIP is
    written whole and before it takes its name, as in a local merge (``mailmerge.hand_over``):
    renamed first, a merge killed or refused by the log in between left a ZIP no log line
    named. ``started_by`` is kept with a new journal, as in a local merge. Raises
    ``JournalError`` as ``mailmerge.merge`` does, ``NotLogged`` when the log refuses the merge,
    and ``ClusterError`` when this machine cannot read what the workers wrote."""
    started = time.perf_counter()
    files, zip_path = location(zip_url)
    files.makedirs(posixpath.dirname(zip_path) or ".", exist_ok=True)
    journal = Journal.open(
        zip_path + PARTS,
        fingerprint(plan, customers),
        resume=resume,
        files=files,
        started=who_started(plan, started_by),
    )
    settled = journal.done()
    total = len(customers)
    report = progress or (lambda done, total, message: None)
    report(0, total, f"Resuming: {len(settled)} rows were done" if settled else "Checking the rows")
    checks: list[RowCheck] = []
    numbered = zip(
        itertools.count(journal.next_number()),
        pending_chunks(plan, customers, settled, checks),
        strict=False,
    )
    written: list[int] = []
    # closed on the way out, so a merge stopped midway (Ctrl-C) cancels its chunks at once
    with contextlib.closing(_on_cluster(client, plan_setup(plan), journal, numbered)) as runs:
        for number, chunk, errors, waiting in runs:
            for check, error in zip(chunk, errors, strict=True):
                settle(check, error)
            written.append(number)
            done = len(checks) - waiting
            report(done, total, f"{done} of {total} rows done")
    _check_visible(journal, written, zip_url)
    manifest = manifest_csv(customers, checks)
    result = finished(plan, zip_path, manifest, checks, started, report)
    hand_over(journal, result, record)
    return result


def _on_cluster(
    client: Client | None,
    setup: Setup,
    journal: Journal,
    numbered: Iterator[tuple[int, list[RowCheck]]],
) -> Iterator[tuple[int, list[RowCheck], list[str], int]]:
    """Each chunk as it finishes: (its segment number, its rows, their errors, rows still
    waiting for a worker). A few chunks per worker are in flight at a time, so the rows are
    checked as the cluster takes them and a stopped merge leaves little unfinished.

    Dask waits for workers without end: a cluster with none, or whose workers stopped taking
    chunks, would leave the merge silent for ever, so both waits are bounded and say why."""
    if client is None:
        for number, chunk in numbered:
            yield number, chunk, write_segment(setup, journal, number, jobs_of(chunk)), 0
        return
    from distributed import wait

    try:
        client.wait_for_workers(1, timeout=WORKERS_SECONDS)
    except TimeoutError:
        raise ClusterError(
            f"the Dask scheduler has no workers (none joined in {WORKERS_SECONDS} s)"
        ) from None
    # A key of its own (hash=False): the same setup scattered again by a resumed merge would
    # otherwise share the stopped merge's key, which the scheduler may be releasing just then,
    # cancelling the new chunks that need it.
    shared = client.scatter(setup, broadcast=True, hash=False, timeout=WORKERS_SECONDS)
    workers = max(1, _workers(client))
    in_flight: dict[object, tuple[int, list[RowCheck]]] = {}

    def submit(number: int, chunk: list[RowCheck]) -> None:
        future = client.submit(write_segment, shared, journal, number, jobs_of(chunk), pure=False)
        in_flight[future] = (number, chunk)

    try:
        for number, chunk in itertools.islice(numbered, workers * CHUNKS_PER_WORKER):
            submit(number, chunk)
        while in_flight:
            try:
                finished_now = wait(
                    list(in_flight), timeout=STALL_SECONDS, return_when="FIRST_COMPLETED"
                ).done
            except TimeoutError:
                raise ClusterError(
                    f"no chunk of letters finished on the cluster in {STALL_SECONDS} s "
                    f"({_workers(client)} workers): "
                    "stopped; --resume goes on from the chunks written"
                ) from None
            for future in finished_now:
                number, chunk = in_flight.pop(future)
                errors = future.result()  # a worker's exception is raised here
                following = next(numbered, None)
                if following is not None:
                    submit(*following)
                yield number, chunk, errors, sum(len(c) for _n, c in in_flight.values())
    finally:
        client.cancel(list(in_flight))


def _workers(client: Client) -> int:
    """How many workers the scheduler has now."""
    return len(client.scheduler_info().get("workers", {}))


def _check_visible(journal: Journal, written: list[int], url: str) -> None:
    """Every segment the workers wrote must be readable here, or the ZIP would lack letters."""
    missing = sorted(set(written) - journal.numbers())
    if missing:
        raise ClusterError(
            f"the workers wrote {len(missing)} chunks of letters where this machine cannot read "
            f"them ({url}): give --out a folder or URL that this machine and every worker reach "
            "(memory:// lives in one process)"
        )
