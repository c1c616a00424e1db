"""Mail merge: a customer list (CSV or XLSX) into one letter per customer, in a ZIP with a
manifest of every row's outcome.

The plan (``merge_plan``: which approved text each language and each per-state letter goes out
in) and each row's check (``merge_rows``: merged or held, its language, its letter, its
messages) come first; this module renders the rows that merge and writes the manifest, in which
no row is missing, held or not.
Letters are rendered in batches (``pdf.PdfBook``), in worker processes for long lists, and
written to disk as they come (``merge_journal``: a stopped merge resumes from there), so 10,000
letters never sit in memory together. With an envelope the letters are laid out ready to post;
the ``eml`` format writes e-mail notices instead.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from clearnotice.approval_policy import describe_all
from clearnotice.csv_safety import neutralise_formula
from clearnotice.db import DatabaseProblem
from clearnotice.export.approved import log_export
from clearnotice.export.batch import Job, Numbered, Task, write_segments
from clearnotice.export.customer_list import CustomerList
from clearnotice.export.merge_journal import PARTS, Journal
from clearnotice.export.merge_plan import MergePlan, plan_setup
from clearnotice.export.merge_rows import (
    MERGED,
    LetterCount,
    RowCheck,
    check_rows,
    instead_lines,
    letter_counts,
)
from clearnotice.letters import Store
from clearnotice.wording import plural

# Letters per task: one fpdf2 document, its fonts read and subset once (about 0.15 s of CPU
# here); 200 a chunk cost 1.8 ms a letter to render, 500 1.2 ms (bench_mailmerge.py)
CHUNK = 500
PARALLEL_FROM = 2 * CHUNK  # shorter lists merge in this process: starting workers costs ~1 s
MAX_WORKERS = 4
MANIFEST_NAME = "manifest.csv"

Progress = Callable[[int, int, str], None]


class NotLogged(ValueError):
    """The audit log refused to record a finished merge (the database's words): no ZIP and no
    manifest were handed over."""


Record = Callable[["MergeResult"], None]


# merging --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeResult:
    zip_path: Path
    manifest: str  # the manifest CSV, also inside the ZIP
    total: int
    merged: int
    held: int
    seconds: float
    held_rows: tuple[RowCheck, ...] = ()
    letters: tuple[LetterCount, ...] = ()  # the rows each letter went to (letter_counts)
    instead: tuple[str, ...] = ()  # who got the source language instead (instead_lines)

    def counted(self) -> str:
        """What the merge made, in words that agree with each count: "1 letter, 1 row held, of
        2 rows" (the page said "1 rows held back"); the page, the command and the audit log
        say it alike."""
        return (
            f"{plural(self.merged, 'letter')}, {plural(self.held, 'row')} held, "
            f"of {plural(self.total, 'row')}"
        )


def merge(
    plan: MergePlan,
    customers: CustomerList,
    zip_path: Path,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    resume: bool = False,
    record: Record = lambda result: None,
    started_by: str = "",
) -> MergeResult:
    """Write one letter per mergeable row and the manifest into ``zip_path``; ``record`` (the
    audit line, ``record_merge``) runs before the ZIP takes its name (``hand_over``).
    ``started_by`` is kept with a new merge's journal: who may discard it if it stops
    (``merge_stopped``).

    Rows are checked as the renderers ask for work, so checking and rendering overlap. Each
    rendered chunk is kept in ``<zip_path>.parts`` (``merge_journal``) as it is done, and the
    ZIP is put together from them at the end; ``resume`` finishes a merge that stopped midway,
    rendering only the rows no chunk holds yet. Raises ``JournalError`` when there is an
    unfinished merge and ``resume`` is not asked for, or nothing to resume, or when the merge
    is running now (``Journal.held``: two people merging one list with the same options).
    """
    started = time.perf_counter()
    zip_path = Path(zip_path)
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(
        zip_path.with_name(zip_path.name + PARTS),
        fingerprint(plan, customers),
        resume=resume,
        started=who_started(plan, started_by),
    )
    with journal.held():
        settled = journal.done()
        total = len(customers)
        report = progress or (lambda done, total, message: None)
        first = f"Resuming: {len(settled)} rows were done" if settled else "Checking the rows"
        report(0, total, first)
        checks: list[RowCheck] = []
        if workers is None:
            workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if total - len(settled) < PARALLEL_FROM:
            workers = 1
        for done in _render(plan, customers, journal, settled, checks, workers):
            report(done, total, f"{done} of {total} rows done")
        manifest = manifest_csv(customers, checks)
        result = finished(plan, zip_path, manifest, checks, started, report)
        hand_over(journal, result, record)
    return result


def _render(
    plan: MergePlan,
    customers: CustomerList,
    journal: Journal,
    settled: dict[int, tuple[str, str]],
    checks: list[RowCheck],
    workers: int,
) -> Iterator[int]:
    """Check the rows into ``checks`` and write the letters of those not ``settled`` to
    ``journal``, yielding how many rows are done as each chunk is."""
    sent: deque[list[RowCheck]] = deque()  # chunks handed to the renderers, oldest first
    numbers = itertools.count(journal.next_number())  # each chunk's segment in the journal

    def chunks() -> Iterator[Numbered]:
        for chunk in pending_chunks(plan, customers, settled, checks):
            sent.append(chunk)
            yield next(numbers), jobs_of(chunk)

    for errors in write_segments(plan_setup(plan), journal, chunks(), workers):
        for check, error in zip(sent.popleft(), errors, strict=True):
            settle(check, error)
        yield len(checks) - sum(len(c) for c in sent)


def hand_over(journal: Journal, result: MergeResult, record: Record) -> None:
    """Rename the ZIP into place only once ``record`` logged it: a ZIP on disk is always in the
    audit log, even when the process is killed between the two (the journal is then kept,
    for the merge to resume). A log the database refuses withdraws the merge whole, its
    journal too: nothing is handed over and nothing waits to be resumed. A local merge and a
    cluster's (``cluster_merge``) hand over the same way."""
    try:
        journal.assemble(MANIFEST_NAME, result.manifest.encode("utf-8"), lambda: record(result))
    except DatabaseProblem as problem:
        journal.remove()
        raise NotLogged(str(problem)) from problem


# shared with cluster_merge: the same chunks give the same letters -----------------------------
def pending_chunks(
    plan: MergePlan,
    customers: CustomerList,
    settled: dict[int, tuple[str, str]],
    checks: list[RowCheck],
) -> Iterator[list[RowCheck]]:
    """The rows still to render, in the chunks every merge renders them in, local or on a
    cluster: a PDF letter carries its chunk's font subset, so only the same chunks give the
    same bytes. Every row's check is appended to ``checks`` as it is made; a row ``settled``
    (rendered before the merge stopped) is settled from the journal instead."""
    ready: dict[str, list[RowCheck]] = {}
    for check in check_rows(plan, customers):
        checks.append(check)
        if check.outcome != MERGED:
            continue
        if check.index in settled:
            settle(check, settled[check.index][1])
            continue
        batch = ready.setdefault(check.batch, [])
        batch.append(check)
        if len(batch) == CHUNK:
            yield ready.pop(check.batch)
    yield from ready.values()


def task_of(check: RowCheck) -> Task:
    """What the renderers need of a row: which text (a language, of the master letter or of
    the customer's per-state letter), the row's values and its recipient."""
    return (check.text_key, check.values, check.recipient)


def jobs_of(chunk: list[RowCheck]) -> list[Job]:
    """What a worker needs of a chunk's rows to render them and write them to the journal."""
    return [(check.index, check.file, task_of(check)) for check in chunk]


def finished(
    plan: MergePlan,
    zip_path: Path | str,
    manifest: str,
    checks: list[RowCheck],
    started: float,
    report: Progress,
) -> MergeResult:
    """The result of a merge whose ZIP is written, reported as the last progress step."""
    held_rows = tuple(c for c in checks if c.outcome != MERGED)
    total = len(checks)
    merged = total - len(held_rows)
    report(total, total, f"{merged} letters, {len(held_rows)} rows held")
    seconds = time.perf_counter() - started
    letters = tuple(letter_counts(plan, checks))
    instead = tuple(instead_lines(checks))
    return MergeResult(
        zip_path, manifest, total, merged, len(held_rows), seconds, held_rows, letters, instead
    )


def settle(check: RowCheck, error: str) -> None:
    if error:
        check.file = ""
        check.hold(f"could not render the letter: {error}")


def who_started(plan: MergePlan, by: str) -> dict[str, object]:
    """What a new merge's journal keeps of who started it, for which letter."""
    return {"by": by, "letter_id": plan.letter_id}


def fingerprint(plan: MergePlan, customers: CustomerList) -> str:
    """What makes two runs the same merge: the list, the texts and every option."""
    digest = hashlib.sha256(customers.table.to_csv().encode("utf-8"))
    for letter in plan.letters():
        digest.update(f"{letter.letter_id}:{sorted(letter.unavailable.items())}".encode())
        for language, text in sorted(letter.texts.items()):
            digest.update(f"{language}:{text.version_number}:{text.document.draft_reason}".encode())
    options = (plan.letter_id, plan.fmt, plan.layout, plan.envelope, plan.sender, plan.letter_date)
    digest.update(repr((options, plan.mapping, sorted(plan.unavailable.items()))).encode())
    return digest.hexdigest()


def record_merge(
    store: Store, actor: str, plan: MergePlan, result: MergeResult, *, claim: str = ""
) -> None:
    """Write the merge to the audit log: how many letters went into which file; ``claim`` is
    what the command line's --actor said, kept as words beside the actor."""
    log_export(
        store,
        actor,
        plan.letter_id,
        f"mail merge ({plan.fmt}): {result.counted()}{claim}",
    )


MANIFEST_FIELDS = (
    "row",
    "lines",  # the physical lines of the CSV file the row was read from
    "outcome",
    "letter_file",
    "letter",  # the master or the per-state letter the row got (its reason is in the notes)
    "letter_id",
    "requested_language",
    "letter_language",
    "letter_version",
    "approval_exceptions",  # what the approval of the letter's text overrode, and why
    "problems",
    "notes",
)


def manifest_csv(customers: CustomerList, checks: list[RowCheck]) -> str:
    """Every row with its outcome, then its own columns; every cell safe to open in a
    spreadsheet (a value starting like a formula gets a leading apostrophe)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    table = customers.table
    # the list's own columns follow; one named like an outcome column gets " (list)" added
    columns = [f"{c} (list)" if c in MANIFEST_FIELDS else c for c in table.columns]
    writer.writerow([neutralise_formula(c) for c in (*MANIFEST_FIELDS, *columns)])
    for check, row in zip(checks, table.itertuples(index=False, name=None), strict=True):
        cells = (
            check.sheet_row,
            customers.line_label(check.index),
            check.outcome,
            check.file,
            check.letter_name,
            check.letter_id,
            check.requested_language,
            check.language if check.outcome == MERGED else "",
            check.version_number if check.outcome == MERGED else "",
            describe_all(check.exceptions) if check.outcome == MERGED else "",
            " | ".join(check.problems),
            " | ".join(check.notes),
            *row,
        )
        writer.writerow([neutralise_formula("" if c is None else str(c)) for c in cells])
    return buffer.getvalue()
