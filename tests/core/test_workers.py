"""Worker processes (clearnotice/workers.py) and imports read in them: the same answers as in this
process, a time-out or a crash told as one message, the worker replaced, no worker at all when
none can start. Every call here runs in a real worker process."""

from __future__ import annotations

import fcntl
import os
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from clearnotice import importing
from clearnotice.importing import (
    MAX_PARAGRAPHS,
    MAX_TABLE_CELLS,
    ImportProblem,
    import_draft,
    import_draft_in_worker,
)
from clearnotice.workers import TookTooLong, WorkerStopped, run_apart
from tests.hostile.area_imports import CASES
from tests.hostile.documents import docx_with

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
# The largest .docx the limits accept: it reads in some 0.4 s, far past a tiny limit.
LARGEST = docx_with(MAX_PARAGRAPHS - 1, cells=MAX_TABLE_CELLS)


def _answer(read, data: bytes, name: str):
    try:
        return read(data, name)
    except ImportProblem as problem:
        return ("refused", str(problem))


def _is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_worker_reads_every_hostile_draft_as_this_process_does(case):
    name, data, _ = case.payload
    assert _answer(import_draft_in_worker, data, name) == _answer(import_draft, data, name)


def test_a_worker_is_kept_for_the_next_call():
    assert run_apart(30, os.getpid) == run_apart(30, os.getpid) != os.getpid()


def test_an_exception_raised_in_the_worker_is_raised_here_as_it_was():
    with pytest.raises(ZeroDivisionError):
        run_apart(30, divmod, 1, 0)


def test_a_read_past_the_limit_is_one_message_and_its_worker_is_replaced(monkeypatch):
    worker = run_apart(30, os.getpid)
    monkeypatch.setattr(importing, "MAX_READ_SECONDS", 0.001)
    with pytest.raises(ImportProblem) as caught:
        import_draft_in_worker(LARGEST, "C:\\drafts\\big.docx")
    assert str(caught.value).startswith("This file, “big.docx”, took too long to read")
    assert _is_gone(worker)
    monkeypatch.undo()
    assert import_draft_in_worker(LARGEST, "big.docx") == import_draft(LARGEST, "big.docx")
    assert run_apart(30, os.getpid) != worker


def test_a_call_past_its_limit_is_stopped_not_waited_for():
    worker = run_apart(30, os.getpid)
    with pytest.raises(TookTooLong):
        run_apart(0.2, time.sleep, 600)
    assert _is_gone(worker)


def test_a_crashed_worker_is_reported_and_replaced():
    worker = run_apart(30, os.getpid)
    with pytest.raises(WorkerStopped):
        run_apart(30, os._exit, 3)  # a stand-in for a reader that crashes its process
    assert _is_gone(worker)
    assert run_apart(30, os.getpid) not in (worker, os.getpid())


def test_a_reader_that_dies_mid_import_is_one_message_naming_the_file():
    """The worker is frozen, given the draft, then killed: as a reader crashing on it would."""
    worker = run_apart(30, os.getpid)
    os.kill(worker, signal.SIGSTOP)
    answers = []
    reading = threading.Thread(
        target=lambda: answers.append(_answer(import_draft_in_worker, LARGEST, "big.docx"))
    )
    reading.start()
    _wait_until_sent_to(worker)
    os.kill(worker, signal.SIGKILL)
    reading.join()
    assert answers == [("refused", answers[0][1])]
    assert answers[0][1].startswith("This file, “big.docx”, stopped the reader")


def _wait_until_sent_to(pid: int) -> None:
    """Until bytes wait in the worker's stdin: the call is past choosing its worker."""
    pipe = os.open(f"/proc/{pid}/fd/0", os.O_RDONLY | os.O_NONBLOCK)  # the same pipe, read end
    try:
        for _ in range(3000):
            waiting = fcntl.ioctl(pipe, termios.FIONREAD, struct.pack("i", 0))
            if struct.unpack("i", waiting)[0]:
                return
            time.sleep(0.01)
        raise AssertionError("the draft never reached the worker")
    finally:
        os.close(pipe)


def test_a_worker_killed_while_idle_is_replaced_before_the_next_call():
    worker = run_apart(30, os.getpid)
    os.kill(worker, signal.SIGKILL)
    os.waitid(os.P_PID, worker, os.WEXITED | os.WNOWAIT)  # dead, left for the pool to reap
    assert run_apart(30, os.getpid) != worker


def test_qa_runs_in_this_process_when_no_worker_can_start(tmp_path):
    """A machine where no process can be started: the command reads its files itself."""
    english = FIXTURES / "good-plain.md"
    script = (
        "import sys; from clearnotice.cli import main\n"
        f"sys.executable = {str(tmp_path / 'no-such-python')!r}  # Popen fails: no process\n"
        f"sys.exit(main(['qa', {str(english)!r}, {str(english)!r}, '--language', 'es']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert "no worker process could start" in done.stderr
    assert done.returncode in (0, 1), done.stderr
    assert "segments of the Spanish translation" in done.stdout
