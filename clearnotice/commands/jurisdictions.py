"""``clearnotice jurisdictions``: every jurisdiction a notice can go to, with its code, name,
sources, the date they were last checked, its deadlines and how many rules it adds."""

from __future__ import annotations

import argparse
import json

from clearnotice.jurisdictions import describe, listing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    entries = listing()
    if args.format == "json":
        print(json.dumps([e.as_dict() for e in entries], indent=2, ensure_ascii=False))
        return 0
    group = None
    for entry in entries:
        if entry.group != group:
            group = entry.group
            print(f"\n{group}")
        facts = entry.profile.facts
        checked = facts.last_checked.isoformat() if facts.last_checked else "never"
        review = " · needs review" if facts.needs_review else ""
        rules = f"{entry.rules} rule{'s' if entry.rules != 1 else ''}"
        rules = rules if entry.rules else "no rules of its own"
        print(f"  {entry.code:6} {entry.profile.name} · {rules} · checked {checked}{review}")
        for source in facts.sources:
            print(f"         source: {source.cite} <{source.url}>")
        for deadline in facts.deadlines:
            print(f"         {describe(deadline)}")
    return 0
