"""``clearnotice export LETTER_ID --language es --format pdf --out FILE``: one letter version
in one format, the approved one unless another is named; anything unapproved carries DRAFT.

Text approved with exceptions (what legal overrode: clearnotice.approval_policy) is written
only with ``--accept-exceptions``; without it nothing is written and the exceptions are listed.
Exit status: 0 written (a draft too, with a warning), 1 written but a draft while
``--require-approved`` was given, 2 nothing written (the message says why). The audit log
records the export before the file is handed over: the file is written under a temporary name,
the export logged, then the file renamed into place, so a database that refuses the log line (a
read-only or full disk) leaves no file, and a failed write no file either.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from clearnotice.commands.invocation import (
    ACCEPT_HINT,
    add_accept_exceptions,
    add_common_arguments,
    claim_of,
    cli_actor,
    open_store,
    record_id,
    write_file,
)
from clearnotice.db import DatabaseProblem
from clearnotice.export.approved import ExceptionsNotAccepted, log_export
from clearnotice.export.formats import prepare_export
from clearnotice.export.layouts import LAYOUTS, STANDARD
from clearnotice.export.registry import FORMATS, ExportError
from clearnotice.letters import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "letter_id", type=record_id, help="the letter's number (as in the app's URL)"
    )
    parser.add_argument(
        "--language", help="language code of the text to export (default: the source language)"
    )
    parser.add_argument("--format", choices=list(FORMATS), default="pdf", dest="fmt")
    parser.add_argument(
        "--out",
        help="file to write, '-' for standard output, or a folder (default: the current folder)",
    )
    parser.add_argument(
        "--version",
        type=record_id,
        dest="version_number",
        help="export this version number of that language (default: the approved one)",
    )
    parser.add_argument("--layout", choices=LAYOUTS, default=STANDARD)
    parser.add_argument(
        "--require-approved",
        action="store_true",
        help="exit with status 1 when the exported text is not approved",
    )
    add_accept_exceptions(parser, "listed when refused")
    add_common_arguments(parser)


def run(args: argparse.Namespace) -> int:
    claim = claim_of(args)
    store = open_store(args.database)
    try:
        version_id = _version_id(store, args)
        result = prepare_export(
            store,
            args.letter_id,
            fmt=args.fmt,
            actor=cli_actor(),
            language=args.language,
            version_id=version_id,
            layout=args.layout,
            accept_exceptions=args.accept_exceptions,
        )
    except ExceptionsNotAccepted as exc:
        print(f"clearnotice export: {exc} {ACCEPT_HINT}", file=sys.stderr)
        return 2
    except (ExportError, ValueError) as exc:
        print(f"clearnotice export: {exc}", file=sys.stderr)
        return 2
    target = _target(args.out, result.filename)
    log = partial(log_export, store, cli_actor(), args.letter_id, result.detail + claim)
    try:
        _hand_over(target, result.data, args.force, log)
    except DatabaseProblem as exc:
        print(f"clearnotice export: not exported, the audit log refused it: {exc}", file=sys.stderr)
        return 2
    if target is not None:
        print(f"wrote {target}", file=sys.stderr)
    if result.draft_reason:
        print(f"DRAFT: {result.draft_reason}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    return 1 if result.draft_reason and args.require_approved else 0


def _version_id(store: Store, args: argparse.Namespace) -> int | None:
    if args.version_number is None:
        return None
    letter = store.get_letter(args.letter_id)
    if letter is None:
        raise ExportError(f"there is no letter {args.letter_id}")
    language = args.language or letter.source_language
    for version in store.versions(args.letter_id, language):
        if version.number == args.version_number:
            return version.id
    raise ExportError(f"letter {args.letter_id} has no {language} version {args.version_number}")


def _target(out: str | None, filename: str) -> Path | None:
    if out == "-":
        return None
    if out is None:
        return Path(filename)
    path = Path(out)
    return path / filename if path.is_dir() else path


def _hand_over(target: Path | None, data: bytes, force: bool, log: Callable[[], None]) -> None:
    """Write ``data`` to ``target`` (standard output when None) with ``log`` run before it is
    handed over: a file is staged, logged, then renamed into place (``write_file``), so an
    export the audit log does not hold never reaches anyone, and one it holds is whole; a device
    is logged once its write went through, so a failed write is never logged as an export.
    Standard output cannot be staged: it is written after the log."""
    if target is None:
        log()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_file(target, data, force, then=log)
