"""``clearnotice export LETTER_ID --language es --format pdf --out FILE``: one letter version
in one format, the approved one unless another is named; anything unapproved carries DRAFT.

Exit status: 0 written (a draft too, with a warning), 1 written but a draft while
``--require-approved`` was given, 2 nothing written (the message says why).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from clearnotice.export.formats import FORMATS, ExportError, export_letter
from clearnotice.export.layouts import LAYOUTS, STANDARD
from clearnotice.letters import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("letter_id", type=int, help="the letter's number (as in the app's URL)")
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
        type=int,
        dest="version_number",
        help="export this version number of that language (default: the approved one)",
    )
    parser.add_argument("--layout", choices=LAYOUTS, default=STANDARD)
    parser.add_argument(
        "--require-approved",
        action="store_true",
        help="exit with status 1 when the exported text is not approved",
    )
    add_common_arguments(parser)


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database", help="database URL (default: CLEARNOTICE_DATABASE_URL or the local file)"
    )
    parser.add_argument(
        "--actor", help="name recorded in the audit log (default: cli:<your login name>)"
    )


def actor_of(args: argparse.Namespace) -> str:
    return args.actor or f"cli:{getpass.getuser()}"


def run(args: argparse.Namespace) -> int:
    store = Store(args.database)
    try:
        version_id = _version_id(store, args)
        result = export_letter(
            store,
            args.letter_id,
            fmt=args.fmt,
            actor=actor_of(args),
            language=args.language,
            version_id=version_id,
            layout=args.layout,
        )
    except (ExportError, ValueError) as exc:
        print(f"clearnotice export: {exc}", file=sys.stderr)
        return 2
    target = _target(args.out, result.filename)
    if target is None:
        sys.stdout.buffer.write(result.data)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(result.data)
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
