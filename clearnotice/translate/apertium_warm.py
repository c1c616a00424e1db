"""Apertium kept warm: one long-lived pipeline per translation direction, so a letter does not
pay the 150 ms it takes Apertium to load its dictionaries on every call.

The pipeline is the pair's mode (``modes/<pair>.mode``) as Apertium's own command runs it, in
null-flush mode (``apertium-wblank-mode -z``): a NUL character ends each request and Apertium
answers it with the translation and a NUL, without closing. The ``apertium`` wrapper script's
``-z`` does not reach its text formatter, so the formatter steps (``apertium-destxt`` and
``apertium-retxt``, small programs that start in milliseconds) run per request around it, as
the wrapper runs them. One lock per pipeline keeps two sessions' requests from interleaving; a
pipeline that died is started again; all are stopped when the process exits. Anything unusual
raises ``WarmError``, and the caller translates with one process per call instead.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import select
import shutil
import subprocess
import threading
import time
from pathlib import Path

DATADIR = Path(os.environ.get("APERTIUM_DATADIR", "/usr/share/apertium"))  # as `apertium` reads it
NUL = b"\0"
_FORMATTER_TIMEOUT = 10.0
# Apertium answers as it reads: through a 355 KB request the longest wait for its next output
# was 0.2 s (measured on the eng-spa pair, 2026-11-30). A pipeline silent this long, neither
# reading nor answering, hangs: it is stopped then, not at the end of the whole timeout.
SILENCE = 10.0


class WarmError(RuntimeError):
    """The warm pipeline cannot answer this request; translate with a fresh process."""


class PipelineDied(WarmError):
    """The pipeline was gone when a request reached it (killed, or crashed since the last)."""


def _formatter(program: str, data: bytes) -> bytes:
    """Run one of Apertium's text formatters (``apertium-destxt``, ``apertium-retxt``)."""
    try:
        done = subprocess.run(
            [program], input=data, capture_output=True, timeout=_FORMATTER_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise WarmError(f"{program} failed: {exc}") from exc
    if done.returncode != 0:
        raise WarmError(f"{program} stopped with {done.returncode}")
    return done.stdout


def _write(fd: int, data: memoryview) -> int:
    """As much of ``data`` as the pipe takes now, without waiting; how much that was."""
    try:
        return os.write(fd, data[:65536])
    except BlockingIOError:
        return 0
    except OSError as exc:  # a broken pipe: the pipeline is gone
        raise PipelineDied(f"the pipeline would not take input: {exc}") from exc


class WarmPipeline:
    """One translation direction's pipeline, started on first use and kept running."""

    def __init__(self, mode: str, timeout: float):
        self.mode = mode
        self.timeout = timeout
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        """The running pipeline's process id (its process group), if it is running."""
        return self._process.pid if self._process and self._process.poll() is None else None

    def _start(self) -> subprocess.Popen[bytes]:
        mode_file = DATADIR / "modes" / f"{self.mode}.mode"
        if not mode_file.is_file() or shutil.which("apertium-wblank-mode") is None:
            raise WarmError(f"no mode file {mode_file} or no apertium-wblank-mode")
        script = subprocess.run(
            ["apertium-wblank-mode", "-z", str(mode_file)],
            capture_output=True,
            text=True,
            timeout=_FORMATTER_TIMEOUT,
            check=False,
        ).stdout
        if not script.strip():
            raise WarmError(f"apertium-wblank-mode gave no pipeline for {self.mode}")
        # $1 "-n": no marks on unknown words (apertium -u); $2: no tagger option
        return subprocess.Popen(
            ["bash", "-c", script, "apertium", "-n", ""],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so stop() ends every stage
        )

    def translate(self, text: str) -> str:
        """``text`` translated, as ``apertium -u <mode>`` would give it."""
        stream = _formatter("apertium-destxt", text.encode("utf-8"))
        if NUL in stream:
            raise WarmError("the text holds a NUL character")
        with self._lock:
            answer = self._answer(stream, retry=True)
        return _formatter("apertium-retxt", answer).decode("utf-8")

    def _answer(self, stream: bytes, *, retry: bool) -> bytes:
        """The pipeline's answer; one that died before answering (a kill lands unseen until
        the next request meets it) is started again once, so the request is still warm."""
        if self._process is None or self._process.poll() is not None:
            self._process = self._start()
        try:
            return self._exchange(self._process, stream)
        except PipelineDied:
            self._stop()
            if not retry:
                raise
        except WarmError:
            self._stop()  # half an answer may still be in the pipe: never reuse it
            raise
        return self._answer(stream, retry=False)

    def _exchange(self, process: subprocess.Popen[bytes], stream: bytes) -> bytes:
        """Write the request and read the answer at once, within the timeout and never silent
        for longer than ``SILENCE``. Apertium answers as it reads: written whole before
        reading, a request larger than the pipes' buffers (64 KB each, pipe(7)) left both sides
        waiting on a full pipe for good (a 355 KB letter), and a pipeline that stopped reading
        held its caller the same way."""
        assert process.stdin is not None and process.stdout is not None
        request = memoryview(stream + NUL)
        to_fd, from_fd = process.stdin.fileno(), process.stdout.fileno()
        os.set_blocking(to_fd, False)
        answer = bytearray()
        deadline = time.monotonic() + self.timeout
        while NUL not in answer:
            wait = max(0.0, min(deadline - time.monotonic(), SILENCE))
            writing = [to_fd] if request else []
            readable, writable, _ = select.select([from_fd], writing, [], wait)
            if not readable and not writable:
                waited = SILENCE if wait == SILENCE else self.timeout
                raise WarmError(f"no answer within {waited:g} s")
            if writable:
                request = request[_write(to_fd, request) :]
            if readable:
                chunk = os.read(from_fd, 65536)
                if not chunk:
                    raise PipelineDied("the pipeline stopped")
                answer += chunk
        head, _, rest = bytes(answer).partition(NUL)
        if request or rest.strip(NUL):
            raise WarmError("the pipeline answered other than what was asked")
        return head

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):  # it may have died already
            os.killpg(process.pid, 15)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()

    def stop(self) -> None:
        with self._lock:
            self._stop()


_pipelines: dict[str, WarmPipeline] = {}
_registry_lock = threading.Lock()


def pipeline(mode: str, timeout: float) -> WarmPipeline:
    """The process-wide warm pipeline of ``mode``."""
    with _registry_lock:
        found = _pipelines.get(mode)
        if found is None:
            found = _pipelines[mode] = WarmPipeline(mode, timeout)
        return found


@atexit.register
def stop_all() -> None:
    """Stop every warm pipeline (at exit, and in tests)."""
    with _registry_lock:
        for found in _pipelines.values():
            found.stop()
