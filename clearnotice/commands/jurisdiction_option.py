"""The ``--jurisdiction``/``-j`` option that ``check`` and ``deadlines`` share: repeatable, and
each value may hold several codes separated by commas."""

from __future__ import annotations

import argparse


def add_jurisdiction_option(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument(
        "--jurisdiction", "-j", action="append", default=[], metavar="CODE", help=help
    )


def jurisdiction_codes(args: argparse.Namespace) -> list[str]:
    """The codes given, split at commas, empty ones dropped."""
    return [c for value in args.jurisdiction for c in value.split(",") if c.strip()]
