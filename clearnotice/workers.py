"""Worker processes: CPU-heavy work (reading an uploaded .docx) done outside the server's process,
with a wall-clock limit, so one user's heavy file never stalls everyone else.

Streamlit serves every session as a thread of one Python process, and parsing holds the GIL:
while one user's 1,000-paragraph .docx is read, every other user's page waits
(bench/bench_isolation.py measures it). ``run_apart`` sends a call to a small shared pool of
worker processes instead, and the calling thread only waits on a pipe.

A worker is a fresh ``python -m clearnotice.workers`` talking pickled frames over its stdin and
stdout, as the mail-merge workers (clearnotice/export/batch.py) do, not a multiprocessing pool:
under Streamlit ``sys.modules["__main__"]`` is the page script, which multiprocessing's spawn
and forkserver would run again in every worker. A call past its limit, or a worker that dies,
has its worker killed; the next call starts a new one. When no process can be started at all
(a locked-down machine), the call runs in this process, so the command line keeps working.
Pipes are waited on with ``select``: Linux and macOS, as the app's Debian setup.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

# Two workers: two users can import at once on the two cores this runs on; a third waits for
# one of them rather than slowing both.
WORKERS = 2
_FRAME = struct.Struct("!Q")
_ROOT = str(Path(__file__).resolve().parents[1])
_log = logging.getLogger(__name__)
T = TypeVar("T")


class WorkerFailure(Exception):
    """The call did not finish in its worker; its worker was killed."""


class TookTooLong(WorkerFailure):
    """The call ran past its limit."""


class WorkerStopped(WorkerFailure):
    """The worker died during the call (a crash of the code it ran, or killed from outside)."""


def run_apart(seconds: float, function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` in a worker process, stopped after ``seconds``; its result, or the
    exception it raised, raised here. ``function`` and its arguments must be picklable (a
    module-level function). Raises ``TookTooLong`` or ``WorkerStopped``; runs the call in this
    process when no worker process can be started."""
    return _pool.run(seconds, function, args)


def start_module(module: str) -> subprocess.Popen:
    """``python -m module`` with this checkout first on its path, talking over pipes: it
    imports only what it needs, never the app that started it."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [_ROOT, os.environ.get("PYTHONPATH")])),
    }
    return subprocess.Popen(
        [sys.executable, "-m", module], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )


def write_frame(stream: BinaryIO, item: object) -> None:
    data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(data)))
    stream.write(data)
    stream.flush()


def read_frame(stream: BinaryIO) -> object:
    header = stream.read(_FRAME.size)
    if len(header) < _FRAME.size:
        raise EOFError("the worker stopped")
    size = _FRAME.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the worker stopped mid-answer")
    return pickle.loads(data)  # our own worker's answer, over a private pipe


class _Worker:
    def __init__(self) -> None:
        self.process = start_module("clearnotice.workers")

    def call(self, seconds: float, function: Callable, args: tuple) -> tuple[bool, Any]:
        """(True, result) or (False, the exception ``function`` raised)."""
        deadline = time.monotonic() + seconds
        try:
            write_frame(self.process.stdin, (function, args))
        except OSError:
            raise WorkerStopped("the worker stopped before the call") from None
        while True:  # select may wake early on a signal: wait out the rest
            left = deadline - time.monotonic()
            if left <= 0:
                raise TookTooLong(f"no answer within {seconds:g} s")
            ready, _, _ = select.select([self.process.stdout], [], [], left)
            if ready:
                break
        try:
            return read_frame(self.process.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            raise WorkerStopped(f"the worker stopped ({self.process.poll()})") from None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdin.close()
        self.process.stdout.close()


class _Pool:
    """At most ``size`` workers, started on first need and kept for the next call."""

    def __init__(self, size: int):
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()

    def run(self, seconds: float, function: Callable, args: tuple) -> Any:
        with self._slots:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            if worker is not None and worker.process.poll() is not None:
                worker.kill()  # died while idle (killed from outside): not this call's fault
                worker = None
            if worker is None:
                try:
                    worker = _Worker()
                except OSError as error:
                    name = getattr(function, "__qualname__", function)
                    _log.warning("no worker process could start (%s): %s runs here", error, name)
                    return function(*args)
            try:
                finished, value = worker.call(seconds, function, args)
            except BaseException:  # a time-out, a dead worker, or this thread interrupted
                worker.kill()
                raise
            with self._lock:
                self._idle.append(worker)
        if finished:
            return value
        raise value


_pool = _Pool(WORKERS)


def _serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The worker's loop: a call, its answer, until the pipe closes."""
    while True:
        try:
            function, args = read_frame(stdin)
        except EOFError:
            return
        try:
            answer = (True, function(*args))
        except Exception as error:  # sent back to be raised in the caller, as in-process
            answer = (False, error)
        try:
            write_frame(stdout, answer)
        except (pickle.PicklingError, TypeError, AttributeError) as error:
            write_frame(stdout, (False, RuntimeError(f"unpicklable answer: {error!r}")))


if __name__ == "__main__":
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the answers
    _serve(sys.stdin.buffer, answers)
