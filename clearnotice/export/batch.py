"""Rendering mail-merge letters in chunks, each written as a segment of the merge's journal
(``merge_journal``): in this process, or in worker processes.

A worker is a fresh ``python -m clearnotice.export.batch`` talking over its stdin and stdout
(clearnotice/workers.py starts it and frames what goes through the pipes): it imports only the
format registry and the renderer it uses (not pandas, not the database, not the app that started
it, which multiprocessing's spawn would re-import in every worker). It writes its chunks'
letters to the journal itself and sends back only each row's error, so the letters never pass
through the merging process (13 MB a chunk of 500 PDF letters, pickled by the worker and read
and unpickled by the merge, raised the peak memory of both by as much). The pipes bound work in
flight: a worker cannot run ahead of the merge by more than one chunk. Chunks come back in the
order they were sent. A worker that dies has its chunk, and every later one, rendered here
instead.
"""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from clearnotice.export.document import Document
from clearnotice.export.merge_journal import Journal
from clearnotice.export.posting import Sender, post
from clearnotice.export.registry import letter_format
from clearnotice.workers import read_frame, start_module, write_frame

# (the text's key in Setup.texts: its language, "en@12" for a per-state letter's; placeholder
# values; recipient's address lines: empty without an envelope)
Task = tuple[str, dict[str, str], tuple[str, ...]]
Rendered = tuple[bytes, str]  # (file bytes, "") or (b"", what went wrong)
Job = tuple[int, str, Task]  # a row's index, its letter's file name, what the renderer needs
Numbered = tuple[int, list[Job]]  # a chunk's segment number in the journal, and its rows


@dataclass(frozen=True)
class Setup:
    """What every chunk needs: the letter text per language, the format and the layout; for
    letters ready to post, the envelope, the sender and the letter's date."""

    texts: dict[str, Document]
    fmt: str
    layout: str
    envelope: str | None = None
    sender: Sender | None = None
    day: dt.date | None = None

    def letter(self, language: str, values: dict[str, str], recipient: tuple[str, ...] = ()):
        """The ``Document`` one customer gets."""
        document = self.texts[language].fill(values)
        if self.sender is None:
            return document
        return post(document, self.envelope, self.sender, self.day, recipient)


def render_chunk(setup: Setup, tasks: list[Task]) -> list[Rendered]:
    """One file per task, in order; a letter that fails is reported, never dropped."""
    chosen = letter_format(setup.fmt)
    documents = [setup.letter(*task) for task in tasks]
    try:
        return [(data, "") for data in chosen.render_book(documents, setup.layout)]
    except Exception:  # one bad letter must not sink its chunk: render them one by one
        return [_guarded(chosen.render, d, setup.layout) for d in documents]


def _guarded(render: Callable[[Document, str], bytes], document: Document, layout: str):
    try:
        return render(document, layout), ""
    except Exception as exc:  # reported on the row in the manifest
        return b"", str(exc) or type(exc).__name__


def write_segment(setup: Setup, journal: Journal, number: int, jobs: list[Job]) -> list[str]:
    """Render one chunk and write it as segment ``number`` of ``journal``; each row's error
    (or "") is returned, never the letters."""
    rendered = render_chunk(setup, [task for _index, _file, task in jobs])
    rows = [
        (index, file, data, error)
        for (index, file, _task), (data, error) in zip(jobs, rendered, strict=True)
    ]
    journal.write(rows, number)
    return [error for _data, error in rendered]


def write_segments(
    setup: Setup, journal: Journal, chunks: Iterable[Numbered], workers: int
) -> Iterator[list[str]]:
    """Each chunk written to ``journal``, its rows' errors yielded in the order the chunks
    came; ``workers`` processes, or this one when it is 1 or less."""
    if workers <= 1:
        for number, jobs in chunks:
            yield write_segment(setup, journal, number, jobs)
        return
    pool = [_Worker.start(setup, journal) for _ in range(workers)]
    try:
        yield from _round_robin(setup, journal, pool, iter(chunks))
    finally:
        for worker in pool:
            worker.stop()


def _round_robin(
    setup: Setup, journal: Journal, pool: list[_Worker], chunks: Iterator[Numbered]
) -> Iterator[list[str]]:
    in_flight: deque[tuple[_Worker | None, Numbered]] = deque()
    for worker in pool:
        chunk = next(chunks, None)
        if chunk is None:
            break
        in_flight.append((worker.send(chunk), chunk))
    while in_flight:
        worker, chunk = in_flight.popleft()
        result = worker.receive() if worker is not None else None
        if result is None:  # no worker, or it died: render here
            worker = None
            result = write_segment(setup, journal, *chunk)
        following = next(chunks, None)
        if following is not None:
            in_flight.append((worker.send(following) if worker else None, following))
        yield result


class _Worker:
    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.alive = True

    @classmethod
    def start(cls, setup: Setup, journal: Journal) -> _Worker:
        worker = cls(start_module("clearnotice.export.batch"))
        worker._write((setup, journal))
        return worker

    def send(self, chunk: Numbered) -> _Worker | None:
        """The worker, or None when it could not take the chunk."""
        return self if self._write(chunk) else None

    def receive(self) -> list[str] | None:
        if not self.alive:
            return None
        try:
            return read_frame(self.process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            self.alive = False
            return None

    def stop(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            self.process.stdout.close()

    def _write(self, item: object) -> bool:
        if not self.alive:
            return False
        try:
            write_frame(self.process.stdin, item)
            return True
        except OSError:
            self.alive = False
            return False


def _serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The worker's loop: a Setup and the journal, then chunks until the pipe closes."""
    setup, journal = read_frame(stdin)
    while True:
        try:
            number, jobs = read_frame(stdin)
        except EOFError:
            return
        write_frame(stdout, write_segment(setup, journal, number, jobs))


if __name__ == "__main__":
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the answers
    _serve(sys.stdin.buffer, answers)
