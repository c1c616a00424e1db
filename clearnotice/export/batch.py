"""Rendering mail-merge letters in chunks: in this process, or in worker processes.

A worker is a fresh ``python -m clearnotice.export.batch`` talking over its stdin and stdout
(clearnotice/workers.py starts it and frames what goes through the pipes): it imports only the
format registry and the renderer it uses (not pandas, not the database, not the app that started
it, which multiprocessing's spawn would re-import in every worker), and the pipes bound memory,
since a worker cannot run ahead of the ZIP writer by more than one chunk. Chunks come back in
the order they were sent. A worker that dies has its chunk, and every later one, rendered here
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
from clearnotice.export.posting import Sender, post
from clearnotice.export.registry import letter_format
from clearnotice.workers import read_frame, start_module, write_frame

# (the text's key in Setup.texts: its language, "en@12" for a per-state letter's; placeholder
# values; recipient's address lines: empty without an envelope)
Task = tuple[str, dict[str, str], tuple[str, ...]]
Rendered = tuple[bytes, str]  # (file bytes, "") or (b"", what went wrong)


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


def render_chunks(
    setup: Setup, chunks: Iterable[list[Task]], workers: int
) -> Iterator[list[Rendered]]:
    """Each chunk's files, in order; ``workers`` processes, or this one when it is 1 or less."""
    if workers <= 1:
        for tasks in chunks:
            yield render_chunk(setup, tasks)
        return
    pool = [_Worker.start(setup) for _ in range(workers)]
    try:
        yield from _round_robin(setup, pool, iter(chunks))
    finally:
        for worker in pool:
            worker.stop()


def _round_robin(
    setup: Setup, pool: list[_Worker], chunks: Iterator[list[Task]]
) -> Iterator[list[Rendered]]:
    in_flight: deque[tuple[_Worker | None, list[Task]]] = deque()
    for worker in pool:
        tasks = next(chunks, None)
        if tasks is None:
            break
        in_flight.append((worker.send(tasks), tasks))
    while in_flight:
        worker, tasks = in_flight.popleft()
        result = worker.receive() if worker is not None else None
        if result is None:  # no worker, or it died: render here
            worker = None
            result = render_chunk(setup, tasks)
        following = next(chunks, None)
        if following is not None:
            in_flight.append((worker.send(following) if worker else None, following))
        yield result


class _Worker:
    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.alive = True

    @classmethod
    def start(cls, setup: Setup) -> _Worker:
        worker = cls(start_module("clearnotice.export.batch"))
        worker._write(setup)
        return worker

    def send(self, tasks: list[Task]) -> _Worker | None:
        """The worker, or None when it could not take the chunk."""
        return self if self._write(tasks) else None

    def receive(self) -> list[Rendered] | None:
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
    """The worker's loop: a Setup, then chunks until the pipe closes."""
    setup = read_frame(stdin)
    while True:
        try:
            tasks = read_frame(stdin)
        except EOFError:
            return
        write_frame(stdout, render_chunk(setup, tasks))


if __name__ == "__main__":
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the answers
    _serve(sys.stdin.buffer, answers)
