"""What the commands that use the database share: who runs them (the audit log's actor), the
``--database``, ``--actor``, ``--out``, ``--force`` and ``--accept-exceptions`` options, opening
the database, and writing a file without losing one.

A problem with how a command was called or with its surroundings (a bad URL, an unreachable
server, a file that is there already) is a ``UsageError`` (see ``clearnotice.cli``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from clearnotice.cli import UsageError
from clearnotice.db import DatabaseProblem, database_url
from clearnotice.letters import Store

# Ids are PostgreSQL "integer" columns: 4 bytes, at most 2147483647 (PostgreSQL manual, §8.1.1
# Integer Types). A larger number names no row, and SQLite cannot even bind one above 2^63 - 1.
MAX_ID = 2**31 - 1
ACCEPT_HINT = "To use it, run again with --accept-exceptions."


def add_accept_exceptions(parser: argparse.ArgumentParser, what: str) -> None:
    """``--accept-exceptions``: use text approved with exceptions, ``what`` saying how."""
    parser.add_argument(
        "--accept-exceptions",
        action="store_true",
        help=f"use text approved with exceptions (what legal overrode): {what}",
    )


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database", help="database URL (default: CLEARNOTICE_DATABASE_URL or the local file)"
    )
    parser.add_argument(
        "--actor",
        help="who you say you act for; the audit log records it as your claim beside your "
        "login name (cli:<login name>), which is what it names as the actor",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace files that --out would overwrite"
    )


def record_id(text: str) -> int:
    """An argparse type for a letter's or a version's number."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not a number from 1 to {MAX_ID}")
    return number


def cli_actor() -> str:
    """The actor the audit log names: the operating system's user, whatever --actor says."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor the user database
        login = f"uid {os.getuid()}"
    return f"cli:{login}"


def claim_of(args: argparse.Namespace) -> str:
    """What --actor said, as words for the audit detail ("" without it)."""
    claimed = (args.actor or "").strip()
    if not claimed:
        return ""
    if not claimed.isprintable():
        raise UsageError("--actor must be one line of printable characters")
    return f" [--actor claims: {claimed}]"


def open_store(url: str | None) -> Store:
    """The store at ``url`` (default: the configured one), or UsageError saying why not: the
    URL as it can be printed (without its password), then what is wrong (clearnotice.db)."""
    shown = "(the configured one)"
    try:
        url = url or database_url()
        shown = _shown(url)
        return Store(url)
    except DatabaseProblem as problem:
        raise UsageError(f"cannot open the database {shown}: {problem}") from None
    except OSError as problem:
        raise UsageError(f"cannot open the database {shown}: {problem.strerror}") from None


def check_target(path: Path, force: bool) -> None:
    """Refuse to replace a file or folder at ``path`` unless ``force``; a device or a pipe
    (/dev/null, a FIFO) is written to, not replaced, and needs no --force."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise UsageError(f"{path} is a folder; give a file name")
    if stat.S_ISREG(mode) and not force:
        raise UsageError(f"{path} exists; add --force to replace it")


def write_file(
    path: Path, data: bytes, force: bool, then: Callable[[], None] = lambda: None
) -> None:
    """Write ``data`` to ``path`` whole or not at all: a regular file goes to a temporary file
    beside it, renamed over ``path`` once complete, so a full disk leaves the old one intact.
    ``then`` runs once the data is written whole and before it takes ``path``'s place (an
    export's audit line): if it raises, no file is left. A device or a named pipe cannot be
    staged: it is written to, then ``then`` runs, so a failed write never reaches it."""
    check_target(path, force)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        path.write_bytes(data)
        then()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        then()
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _shown(url: str) -> str:
    """The URL as it can be printed: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return repr(url)
