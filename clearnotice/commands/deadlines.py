"""``clearnotice deadlines --discovered DATE -j CODE ...``: the notice deadlines of each
jurisdiction, for individuals and for regulators, with the days left; as text, JSON, CSV or
iCalendar. Every deadline is to be confirmed with counsel."""

from __future__ import annotations

import argparse
import datetime
import json
import sys

from clearnotice import deadlines
from clearnotice.cli import UsageError
from clearnotice.commands.jurisdiction_option import add_jurisdiction_option, jurisdiction_codes
from clearnotice.profile_facts import GIVEN_EVENTS


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-03") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--discovered", type=_date, required=True, metavar="DATE")
    add_jurisdiction_option(
        parser, "a jurisdiction (see clearnotice jurisdictions); repeat it or separate by commas"
    )
    for event in GIVEN_EVENTS:
        parser.add_argument(
            f"--{event.replace('_', '-')}",
            type=_date,
            metavar="DATE",
            dest=event,
            help=f"the date of the {deadlines.EVENTS[event]}, for laws that count from it",
        )
    parser.add_argument("--affected", type=int, metavar="N", help="residents affected")
    parser.add_argument("--today", type=_date, metavar="DATE", help="count days left from here")
    parser.add_argument("--format", choices=("text", "json", "csv", "ics"), default="text")


def run(args: argparse.Namespace) -> int:
    codes = jurisdiction_codes(args)
    if not codes:
        raise UsageError("name at least one jurisdiction with -j (see clearnotice jurisdictions)")
    if args.affected is not None and args.affected < 0:
        raise UsageError("--affected must be 0 or more")
    events = {e: getattr(args, e) for e in GIVEN_EVENTS if getattr(args, e) is not None}
    try:
        rows = deadlines.clocks(
            codes,
            args.discovered,
            today=args.today or datetime.date.today(),
            events=events,
            affected=args.affected,
        )
    except ValueError as problem:
        raise UsageError(str(problem)) from None
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False))
    elif args.format == "csv":
        sys.stdout.write(deadlines.to_csv(rows))
    elif args.format == "ics":
        stamp = datetime.datetime.now(datetime.UTC)
        sys.stdout.write(deadlines.to_icalendar(rows, stamp=stamp))
    else:
        print(render_text(rows))
    return 0


def render_text(rows: tuple[deadlines.Clock, ...]) -> str:
    out = []
    for row in rows:
        due = row.due.isoformat() if row.due else "-"
        when = row.when.upper() if row.overdue else row.when
        out.append(
            f"{row.jurisdiction:6} {row.to:11} {due:10}  {when}"
            f"\n       to {row.recipient}: {row.timing}; from {row.counted_from}"
            f"\n       source: {row.cite} <{row.url}> ({row.caution})"
        )
    return "\n".join(out) if out else "These jurisdictions set no deadlines."
