"""``clearnotice variants LETTER_ID --jurisdictions CA,MA,IL --out DIR``: the per-state letters
of a master (clearnotice.variants) as files, one Markdown file per variant, and ``variants.json``
mapping each jurisdiction to its variant with the reasons (rule and statute) for every difference.
``--from-list customers.csv`` takes the jurisdictions from where the list's customers live
(its state, province or country column, read as the mail merge reads it).

It reads the letter's newest text and writes files only; the app stores the variants as letters
for review. The files are in the audit log as an export by ``cli:<login>``, written before any
file takes its place, and a deleted letter gives none, as ``clearnotice export``. Exit status: 0
every variant passes its own jurisdictions' review, 1 written but one does not (the JSON says
which), 2 nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from clearnotice import guidance
from clearnotice.cli import UsageError
from clearnotice.commands.invocation import (
    add_common_arguments,
    check_target,
    claim_of,
    cli_actor,
    open_store,
    record_id,
    write_file,
)
from clearnotice.export.approved import log_export
from clearnotice.export.customer_list import ListError, read_customer_list
from clearnotice.places import places_in
from clearnotice.variants import plan
from clearnotice.wording import plural

MAP_FILE = "variants.json"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("letter_id", type=record_id, help="the master letter's number")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--jurisdictions",
        metavar="CODES",
        help="codes separated by commas (default: the letter's own jurisdictions)",
    )
    where.add_argument(
        "--from-list",
        metavar="FILE",
        help="a customer list (.csv or .xlsx): the jurisdictions its state or country column names",
    )
    parser.add_argument("--out", required=True, help="folder to write the variants into")
    add_common_arguments(parser)


def run(args: argparse.Namespace) -> int:
    claim = claim_of(args)
    store = open_store(args.database)
    letter = store.get_letter(args.letter_id)
    if letter is None:
        raise UsageError(f"there is no letter {args.letter_id}")
    if letter.deleted_at is not None:  # as an export: nothing of it goes out until restored
        raise UsageError(
            f"“{letter.title}” was deleted, so no variants are written. An admin can restore it "
            "from the Deleted list on the first screen."
        )
    codes = letter.jurisdictions
    if args.jurisdictions is not None:
        codes = [c for c in args.jurisdictions.split(",") if c.strip()]
    if args.from_list is not None:
        codes = _codes_from_list(Path(args.from_list))
    if not codes:
        raise UsageError(
            f"the list {args.from_list} names no state or country ClearNotice has a profile for"
            if args.from_list is not None
            else "no jurisdictions: give --jurisdictions CA,MA,... or set them on the letter"
        )
    source = store.latest_version(letter.id)
    try:
        built = plan(source.text, codes)
    except ValueError as problem:
        raise UsageError(str(problem)) from None
    folder = Path(args.out)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; give a folder")
    mapping = built.as_dict()
    failing = []
    files = {}
    for variant, entry in zip(built.variants, mapping["variants"], strict=True):
        name = f"letter-{letter.id}-{variant.key}.md"
        passes = guidance.review(variant.text, variant.jurisdictions).passes
        entry.update(file=name, passes=passes)
        if not passes:
            failing.append(variant.key)
        files[folder / name] = variant.text.encode("utf-8")
    document = json.dumps(mapping, indent=2, ensure_ascii=False) + "\n"
    files[folder / MAP_FILE] = document.encode("utf-8")
    keys = ", ".join(variant.key for variant in built.variants)
    detail = f"variants {keys} of {source.language} v{source.number} to {folder}{claim}"
    _write_logged(files, args.force, partial(log_export, store, cli_actor(), letter.id, detail))
    print(f"wrote {len(built.variants)} variant(s) and {MAP_FILE} to {folder}", file=sys.stderr)
    for key in failing:
        print(f"variant {key} does not pass its own jurisdictions' review", file=sys.stderr)
    return 1 if failing else 0


def _write_logged(files: dict[Path, bytes], force: bool, log: Callable[[], None]) -> None:
    """Write ``files``, none of them unless each may be written (``check_target``), and the
    audit log's line (``log``) written before any takes its place, as an export's: a letter's
    text that leaves the database is logged with who took it, and a log that refuses the line
    leaves no file."""
    for path in files:
        check_target(path, force)
    for index, (path, data) in enumerate(files.items()):
        write_file(path, data, force, log if index == 0 else lambda: None)


def _codes_from_list(path: Path) -> list[str]:
    """The jurisdictions the customer list at ``path`` names, said on standard error with their
    rows; rows whose place cannot be read are counted and the first is named, since the mail
    merge will hold them."""
    try:
        customers = read_customer_list(path)
    except (ListError, OSError) as problem:
        raise UsageError(f"cannot read the customer list {path}: {problem}") from None
    found = places_in(customers)
    print(f"the list names {plural(len(found.codes), 'jurisdiction')}: {found.named}",
          file=sys.stderr)  # fmt: skip
    if found.elsewhere:
        print(f"the master serves {plural(found.elsewhere, 'row')} in countries with no profile",
              file=sys.stderr)  # fmt: skip
    if found.unreadable:
        print(found.unreadable_note, file=sys.stderr)
    return found.codes
