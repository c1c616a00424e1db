"""Run a ``clearnotice`` command for a test: in this process (``run_cli``), or as a real program
(``run_program``) where the test is about being a process. Both return what
``subprocess.run(..., capture_output=True, text=True)`` returns.

In this process a command costs what it does, not a fresh interpreter's imports, rule catalogue
and pattern compiles again (2 to 7 seconds of CPU a call on a loaded machine). A usage or
environment problem is an exit status as it would be for the program (argparse's
``SystemExit`` included); any other exception is a bug and propagates with its traceback, where
the program would have printed it on standard error.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from unittest.mock import patch

from clearnotice import cli

ROOT = Path(__file__).resolve().parents[1]


def run_cli(
    *argv: str | os.PathLike[str],
    cwd: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``clearnotice ARGV`` run by ``clearnotice.cli.main`` in this process: in ``cwd``, with
    the variables of ``env`` added to the environment and an empty standard input (as
    ``stdin=DEVNULL``), all put back afterwards."""
    args = [str(a) for a in argv]
    out, err = _stream(), _stream()
    with _surroundings(cwd, env), redirect_stdout(out), redirect_stderr(err), _logging_to(err):
        try:
            code = cli.main(args)
        except SystemExit as stop:  # argparse's usage errors and --help
            code = _exit_status(stop.code, err)
    return subprocess.CompletedProcess(["clearnotice", *args], code, _text(out), _text(err))


def run_program(
    *argv: str | os.PathLike[str],
    cwd: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m clearnotice.cli ARGV`` as a process of its own, standard input /dev/null."""
    return subprocess.run(
        [sys.executable, "-m", "clearnotice.cli", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


@contextmanager
def _surroundings(
    cwd: str | os.PathLike[str] | None, env: Mapping[str, str] | None
) -> Iterator[None]:
    here, saved_stdin = os.getcwd(), sys.stdin
    with patch.dict(os.environ, env or {}):  # the environment as it was, on the way out
        try:
            if cwd is not None:
                os.chdir(cwd)
            sys.stdin = io.StringIO()
            yield
        finally:
            sys.stdin = saved_stdin
            os.chdir(here)


@contextmanager
def _logging_to(err: io.TextIOWrapper) -> Iterator[None]:
    """Warnings and errors logged, on standard error as a program prints them. The program
    configures no logging, so Python's last resort prints them; here pytest's own handlers
    would take them, and a logged traceback would never reach the captured standard error."""
    handler = logging.StreamHandler(err)
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    try:
        yield
    finally:
        logging.getLogger().removeHandler(handler)


def _stream() -> io.TextIOWrapper:
    """A standard stream as a program has: text over bytes, for commands that write bytes to
    ``sys.stdout.buffer`` (an export to ``--out -``), in the order written."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    """What ``text=True`` reads from a pipe: decoded, with universal newlines."""
    stream.flush()
    return io.TextIOWrapper(io.BytesIO(stream.buffer.getvalue()), encoding="utf-8").read()


def _exit_status(code: object, err: io.TextIOWrapper) -> int:
    """The status ``sys.exit(code)`` gives a process: None is 0; other non-numbers are printed
    on standard error and give 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1
