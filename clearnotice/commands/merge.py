"""``clearnotice merge LETTER_ID customers.csv --format pdf --out DIR``: one letter per customer
in their language, written to DIR/letter-<id>-<format>.zip with DIR/manifest.csv beside it.

Columns named like a placeholder fill it; ``--map placeholder=column`` and ``--set
placeholder=value`` cover the rest. ``--preview LINE`` prints the letter of the row on that line
of the list (the header is line 1) and writes nothing.
Text approved with exceptions (what legal overrode: clearnotice.approval_policy) is merged only
with ``--accept-exceptions``; without it that language's customers get the source language, and
the merge stops when the source language itself has exceptions. Accepted exceptions are listed
in the manifest on every row that got that text.
``--envelope us10`` or ``--envelope dl`` lays the letters out ready to post (sender, date,
recipient in the window, page numbers), dated ``--date`` (today by default).
Progress goes to standard error as it runs. A merge that stops midway (Ctrl-C, a crash) keeps
what it finished: ``clearnotice merge --resume DIR`` finishes it with the same options, without
writing a letter twice or losing one.
A master letter with per-state letters (clearnotice.variant_letters) sends each customer the
letter for their state; the summary has one line per letter with its rows and held rows.
``--scheduler tcp://host:8786`` renders the letters on that Dask cluster's workers, and
``--out`` may then be any fsspec URL every worker reaches (file://, s3://...); a URL without a
scheduler is written from this machine. The result is the same ZIP and manifest, letter for
letter; ``--resume`` finishes such a merge too (here, or on a cluster with ``--scheduler``).
Exit status: 0 every row merged, 1 some rows held (see the manifest), 2 nothing merged. A ZIP
or manifest already in DIR is replaced only with ``--force``; the audit log records the merge
once the ZIP is put together and before it takes its name (on a cluster too), and
before the manifest is written: a merge the database refuses to log (read-only, full) leaves
neither. A disk that fills or refuses a write midway stops the
merge with one line; what it finished is kept for ``--resume``, for 7 days after it was last
used: a merge that finishes in DIR removes the stopped merges there unused for longer
(clearnotice.export.merge_stopped.sweep_journals), and nothing else of DIR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path, PurePosixPath

from clearnotice.cli import UsageError
from clearnotice.commands.invocation import (
    ACCEPT_HINT,
    add_accept_exceptions,
    add_common_arguments,
    check_target,
    claim_of,
    cli_actor,
    open_store,
    record_id,
    write_file,
)
from clearnotice.export.approved import ExceptionsNotAccepted
from clearnotice.export.cluster_merge import (
    ClusterError,
    cluster_merge,
    connect,
    is_url,
    location,
)
from clearnotice.export.customer_list import CustomerList, ListError, read_customer_list
from clearnotice.export.file_names import merge_zip_name
from clearnotice.export.layouts import LAYOUTS, STANDARD
from clearnotice.export.mailmerge import (
    MANIFEST_NAME,
    MAX_WORKERS,
    MergeResult,
    NotLogged,
    merge,
    record_merge,
)
from clearnotice.export.merge_journal import PARTS, Disk, Files
from clearnotice.export.merge_plan import (
    Mapping,
    MergeError,
    MergePlan,
    UnmappedPlaceholders,
    plan_merge,
    plan_to_start,
    suggest_mapping,
)
from clearnotice.export.merge_rows import RowCheck, preview
from clearnotice.export.merge_stopped import KEEP, sweep_journals
from clearnotice.export.plaintext import render_text
from clearnotice.export.posting import ENVELOPES
from clearnotice.export.registry import merge_formats
from clearnotice.letters import Store
from clearnotice.placeholders import find_placeholders

HELD_SHOWN = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "letter_id", type=record_id, nargs="?", help="the letter's number (as in the app's URL)"
    )
    parser.add_argument("customers", type=Path, nargs="?", help="customer list, .csv or .xlsx")
    parser.add_argument("--format", choices=merge_formats(), default="pdf", dest="fmt")
    parser.add_argument(
        "--out", default=".", help="folder for the ZIP; with --scheduler also an fsspec URL"
    )
    parser.add_argument("--layout", choices=LAYOUTS, default=STANDARD)
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="PLACEHOLDER=COLUMN",
        help="fill a placeholder from a column (repeatable)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PLACEHOLDER=VALUE",
        help="fill a placeholder with the same value for everyone (repeatable)",
    )
    parser.add_argument("--language-column", help="column with each customer's language")
    parser.add_argument("--email-column", help="column with each customer's e-mail address")
    parser.add_argument("--id-column", help="column used in the letters' file names")
    parser.add_argument(
        "--drafts",
        action="store_true",
        help="merge unapproved text, every page marked DRAFT (a proof run)",
    )
    add_accept_exceptions(parser, "listed in the manifest on its rows")
    parser.add_argument(
        "--envelope", choices=ENVELOPES, help="lay letters out ready to post in this envelope"
    )
    parser.add_argument(
        "--date", type=_date, help="the letters' date, YYYY-MM-DD (with --envelope; today)"
    )
    parser.add_argument(
        "--resume",
        metavar="DIR",
        help="finish the merge that stopped in DIR, with the options it was started with",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="render on this Dask cluster (tcp://host:8786); needs the cluster extra",
    )
    parser.add_argument(
        "--preview",
        type=int,
        metavar="LINE",
        help="print only the letter of the row on line LINE of the list (the header is line 1)",
    )
    parser.add_argument(
        "--workers", type=_workers, help=f"processes that render letters (1 to {MAX_WORKERS})"
    )
    add_common_arguments(parser)


def run(args: argparse.Namespace) -> int:
    claim = claim_of(args)
    resume = args.resume is not None
    if resume:
        _restore(args)
    elif args.letter_id is None or args.customers is None:
        raise UsageError("give the letter's number and the customer list, or --resume DIR")
    store = open_store(args.database)
    remote = args.scheduler is not None or is_url(args.out)
    files, out = _output(args.out, remote)
    zip_path = str(PurePosixPath(out, merge_zip_name(args.letter_id, args.fmt)))
    manifest_path = str(PurePosixPath(out, MANIFEST_NAME))
    if args.preview is None:
        _check_out(files, out, (zip_path, manifest_path), args.force, remote)
    try:
        customers = read_customer_list(args.customers)
        mapping = _mapping(args, store, customers.columns)
        options = {
            "fmt": args.fmt,
            "layout": args.layout,
            "allow_drafts": args.drafts,
            "accept_exceptions": args.accept_exceptions,
            "envelope": args.envelope,
            "letter_date": args.date,
        }
        if args.preview is not None:  # a look at one row's letter: no merge is started
            plan = plan_merge(store, args.letter_id, mapping, **options)
            return _preview(plan, customers, args.preview)
        plan = plan_to_start(store, args.letter_id, mapping, actor=cli_actor(), **options)
        if not resume and not files.exists(zip_path + PARTS):
            _remember(args, files, out)  # (when a stopped merge is there, merge() says to resume)
        result = _merge(args, store, plan, customers, files, zip_path, remote, claim)
    except NotLogged as exc:
        _withdraw(files, out)
        print(f"clearnotice merge: not merged, the audit log refused it: {exc}", file=sys.stderr)
        return 2
    except ExceptionsNotAccepted as exc:
        print(f"clearnotice merge: {exc} {ACCEPT_HINT}", file=sys.stderr)
        return 2
    except UnmappedPlaceholders as exc:
        print(
            f"clearnotice merge: {exc}.{_unused_columns(exc, customers, mapping)}", file=sys.stderr
        )
        return 2
    except (ListError, MergeError, ValueError) as exc:
        print(f"clearnotice merge: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"clearnotice merge: {_unwritten(exc, files, zip_path, out)}", file=sys.stderr)
        return 2
    for language in plan.unaccepted:
        print(
            f"{plan.unavailable[language]} Its customers get the {plan.source_language} text. "
            + ACCEPT_HINT,
            file=sys.stderr,
        )
    if remote:
        with files.open(manifest_path, "wb") as manifest:
            manifest.write(result.manifest.encode("utf-8"))
    else:
        write_file(Path(manifest_path), result.manifest.encode("utf-8"), args.force)
    if files.exists(str(PurePosixPath(out, STARTED))):
        files.rm(str(PurePosixPath(out, STARTED)))
    if not remote:  # a journal on remote storage is its owner's to remove
        _sweep(store, Path(out))
    print(
        f"{result.counted()} in {result.seconds:.1f} s",
        file=sys.stderr,
    )
    for line in result.instead:
        print(line, file=sys.stderr)
    if customers.blank_rows:
        print(f"{customers.blank_rows} blank rows skipped", file=sys.stderr)
    for warning in customers.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if plan.variants:  # which per-state letter the rows went to, one line each
        for count in result.letters:
            print(count.line, file=sys.stderr)
    print(f"wrote {zip_path} and {manifest_path}", file=sys.stderr)
    _print_held(result.held_rows, customers)
    if result.merged == 0:
        return 2
    return 1 if result.held else 0


# The options a merge was started with, kept in its folder until it finishes, for --resume.
STARTED = ".clearnotice-merge.json"
_KEPT = (
    "letter_id", "customers", "fmt", "layout", "map", "set", "language_column", "email_column",
    "id_column", "drafts", "envelope", "date", "workers", "accept_exceptions",
)  # fmt: skip


def _merge(
    args: argparse.Namespace,
    store: Store,
    plan: MergePlan,
    customers: CustomerList,
    files: Files,
    zip_path: str,
    remote: bool,
    claim: str,
) -> MergeResult:
    """The merge on this machine's processes, or through ``cluster_merge`` on the cluster
    --scheduler names (or, without one, here, to the URL --out names), logged in the audit
    log; ``NotLogged`` when the log refuses it."""
    resume = args.resume is not None

    def record(result: MergeResult) -> None:
        record_merge(store, cli_actor(), plan, result, claim=claim)

    if not remote:
        return merge(
            plan,
            customers,
            Path(zip_path),
            progress=_progress_printer(),
            workers=args.workers,
            resume=resume,
            record=record,
            started_by=cli_actor(),
        )
    client = connect(args.scheduler) if args.scheduler else None
    try:
        result = cluster_merge(
            plan,
            customers,
            files.unstrip_protocol(zip_path),
            client=client,
            progress=_progress_printer(),
            resume=resume,
            record=record,
            started_by=cli_actor(),
        )
    finally:
        if client is not None:
            client.close()
    return result


def _output(out: str, remote: bool) -> tuple[Files, str]:
    """The file system and folder of --out: this machine's disk, or fsspec's for a cluster."""
    if not remote:
        return Disk(), str(Path(out))
    try:
        return location(out)
    except ClusterError as exc:
        raise UsageError(str(exc)) from None


def _sweep(store: Store, out: Path) -> None:
    """Remove the stopped merges in ``out`` unused for longer than KEEP, saying so: they hold
    customers' letters nobody resumed (merge_stopped)."""
    for name in sweep_journals(store, out):
        print(
            f"removed the stopped merge of {name} in {out}: unused for more than {KEEP.days} days",
            file=sys.stderr,
        )


def _remember(args: argparse.Namespace, files: Files, out: str) -> None:
    kept = {name: getattr(args, name) for name in _KEPT}
    kept["customers"] = str(Path(args.customers).resolve())
    kept["date"] = args.date.isoformat() if args.date else None
    files.makedirs(out, exist_ok=True)
    with files.open(str(PurePosixPath(out, STARTED)), "wb") as started:
        started.write(json.dumps(kept).encode("utf-8"))


def _restore(args: argparse.Namespace) -> None:
    """``args`` as the merge that stopped in --resume DIR was started."""
    files, folder = _output(args.resume, is_url(args.resume))
    try:
        with files.open(str(PurePosixPath(folder, STARTED)), "rb") as started:
            kept = json.loads(started.read().decode("utf-8"))
    except (OSError, ValueError):
        raise UsageError(f"there is no stopped merge in {args.resume} to resume") from None
    for name in _KEPT:
        setattr(args, name, kept.get(name))
    args.customers = Path(args.customers)
    args.date = dt.date.fromisoformat(args.date) if args.date else None
    args.out = args.resume


def _withdraw(files: Files, out: str) -> None:
    """Remove a merge's --resume options when the audit log refused to record it: the merge
    left no ZIP and no journal (``mailmerge.hand_over``), so there is nothing to resume. The
    manifest beside it is written only after the log, so there is none yet; the merge is run
    again once the database takes writes (its letters come out the same)."""
    started = str(PurePosixPath(out, STARTED))
    if files.exists(started):
        files.rm(started)


def _unwritten(problem: OSError, files: Files, zip_path: str, out: str) -> str:
    """What to say when the disk refused a write (a full disk, a folder that may not be
    written, a file size limit): what failed, what to do, and, once letters are kept in the
    merge's journal, that ``--resume`` finishes it without writing them again."""
    where = f"{problem.filename}: " if problem.filename else ""
    told = f"{where}{problem.strerror or problem}"
    if not files.exists(zip_path + PARTS):
        return (
            f"{told}. Free space there, let ClearNotice write there or choose another --out "
            "folder, then run the merge again."
        )
    return (
        f"{told}: the merge stopped and no ZIP was written. The letters finished are kept; free "
        f"space in {out} (or let ClearNotice write there), then finish it with "
        f"clearnotice merge --resume {out}"
    )


def _date(text: str) -> dt.date:
    """An argparse type: a date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _workers(text: str) -> int:
    """An argparse type: how many processes may render letters."""
    if not text.isdigit() or not 1 <= int(text) <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to {MAX_WORKERS}")
    return int(text)


def _check_out(
    files: Files, folder: str, targets: tuple[str, ...], force: bool, remote: bool
) -> None:
    """Refuse before any work when --out is a file, or would replace files without --force."""
    if not remote:
        if Path(folder).exists() and not Path(folder).is_dir():
            raise UsageError(f"--out {folder} is a file; give a folder for the ZIP and manifest")
        for path in targets:
            check_target(Path(path), force)
        return
    for path in targets:
        if files.exists(path) and not force:
            raise UsageError(f"{path} exists; add --force to replace it")


def _mapping(args: argparse.Namespace, store: Store, columns: list[str]) -> Mapping:
    """The suggested mapping for this letter's placeholders, overridden by the options. A
    letter there is not has none: planning the merge refuses it, in the audit log."""
    names: dict[str, None] = {}
    for version in store.versions(args.letter_id):
        names.update(dict.fromkeys(find_placeholders(version.text)))
    suggested = suggest_mapping(names, columns)
    mapped = dict(suggested.columns)
    for placeholder, column in _pairs(args.map, "--map"):
        if column not in columns:
            raise MergeError(f"--map {placeholder}={column}: the list has no column {column!r}")
        mapped[placeholder] = column
    values = dict(_pairs(args.set, "--set"))
    for placeholder in values:
        mapped.pop(placeholder, None)
    for option in ("language_column", "email_column", "id_column"):
        chosen = getattr(args, option)
        if chosen is not None and chosen not in columns:
            flag = "--" + option.replace("_", "-")
            raise MergeError(f"{flag} {chosen}: the list has no column {chosen!r}")
    return Mapping(
        columns=mapped,
        values=values,
        language_column=args.language_column or suggested.language_column,
        email_column=args.email_column or suggested.email_column,
        id_column=args.id_column or suggested.id_column,
        address_columns=suggested.address_columns,
    )


def _unused_columns(exc: UnmappedPlaceholders, customers: CustomerList, mapping: Mapping) -> str:
    """The list's columns that neither fill a placeholder nor serve as the language, e-mail,
    id or address: one of them may be meant for a placeholder named otherwise ("Nombre
    completo" for {{ customer_name }})."""
    used = {
        *mapping.columns.values(),
        *mapping.address_columns.values(),
        mapping.language_column,
        mapping.email_column,
        mapping.id_column,
    }
    unused = [column for column in customers.columns if column not in used]
    if not unused:
        return ""
    named = ", ".join(repr(column) for column in unused[:10])
    return (
        f" The list's columns no placeholder uses: {named}. Fill a placeholder from one with "
        f"--map {exc.names[0]}=COLUMN, or give it one value with --set {exc.names[0]}=VALUE."
    )


def _pairs(items: list[str], flag: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise MergeError(f"{flag} {item!r}: write it as placeholder=value")
        pairs.append((name.strip().strip("{} "), value))
    return pairs


def _preview(plan: MergePlan, customers: CustomerList, line: int) -> int:
    """The letter of the row on ``line``: a line of the CSV file (any of a row's lines when a
    quoted value breaks it over several), a workbook's sheet row; the header is line 1. The
    merge's messages name rows so; counting rows as their position + 2 took the row after a
    quoted line break for the one asked."""
    position = _row_on_line(customers, line)
    if position is None:
        raise MergeError(f"line {line} of the list is no customer's row")
    name = f"row {customers.line_label(customers.table.index[position])}"
    check, document = preview(plan, customers, position)
    for message in check.messages:
        print(f"{name}: {message}", file=sys.stderr)
    if document is None:
        print(f"{name} would be held: it gets no letter", file=sys.stderr)
        return 1
    sys.stdout.write(render_text(document))
    return 0


def _row_on_line(customers: CustomerList, line: int) -> int | None:
    """The position in the table of the row that spans ``line`` of the file, if any."""
    for position, index in enumerate(customers.table.index):
        first, last = customers.lines[index]
        if first <= line <= last:
            return position
    return None


def _row_name(check: RowCheck, customers: CustomerList) -> str:
    """The row as a spreadsheet counts rows ("row 3", the manifest's "row"), with its lines in
    the file when a quoted line break above it makes them differ: what ``--preview`` takes."""
    lines = customers.line_label(check.index)
    return f"row {check.sheet_row}" + ("" if lines == str(check.sheet_row) else f" (line {lines})")


def _progress_printer():
    shown = {"tenth": -1}

    def report(done: int, total: int, message: str) -> None:
        tenth = done * 10 // total if total else 10
        if tenth != shown["tenth"]:
            shown["tenth"] = tenth
            print(f"{done * 100 // max(total, 1):3d}%  {message}", file=sys.stderr)

    return report


def _print_held(held: tuple[RowCheck, ...], customers: CustomerList) -> None:
    for check in held[:HELD_SHOWN]:
        name = _row_name(check, customers)
        print(f"{name}: held: {' | '.join(check.problems)}", file=sys.stderr)
    if len(held) > HELD_SHOWN:
        print(f"... and {len(held) - HELD_SHOWN} more held rows: see the manifest", file=sys.stderr)
