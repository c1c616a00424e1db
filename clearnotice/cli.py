"""``clearnotice``: the command line over the same core the app uses.

Each subcommand lives in ``clearnotice/commands/<name>.py`` with ``add_arguments(parser)`` and
``run(args) -> int``; it is imported only when used, so ``clearnotice check`` never pays for
the PDF or database code of ``clearnotice merge``.

A usage or environment problem (a bad option, a database that cannot be opened, a file that
cannot be written) is one line on standard error and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "check": "review a letter against the guidance and jurisdictions (exit 1 when it fails)",
    "export": "export a letter version as PDF, DOCX, HTML, Markdown, text or approval JSON",
    "merge": "mail-merge a customer list into one letter per customer, in their language",
    "qa": "check a translation against its English, sentence by sentence (exit 1 on an error)",
    "first-admin": "create the first admin account at the terminal when there is none",
    "jurisdictions": "list every jurisdiction: code, name, sources, last checked, deadlines",
    "deadlines": "notice deadlines per jurisdiction from the discovery date (confirm with counsel)",
    "variants": "per-state letters from one master, with a map of jurisdiction to letter and why",
}
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (it prints the whole usage block otherwise)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = _Parser(prog="clearnotice", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = next((a for a in argv if a in COMMANDS), None)
    for name, summary in COMMANDS.items():
        command_parser = sub.add_parser(name, help=summary, description=summary)
        if name == chosen:
            _module(name).add_arguments(command_parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    try:
        return _module(args.command).run(args)
    except Exception as problem:
        message = _environment_problem(problem)
        if message is None:
            raise
    print(f"clearnotice {args.command}: {message}", file=sys.stderr)
    return EXIT_USAGE


class UsageError(Exception):
    """A problem with how a command was called or with what it needs (a file that is there
    already, a database that cannot be opened): one line for the person, exit status 2."""


def _environment_problem(problem: Exception) -> str | None:
    """The line to print for a usage or environment problem; None for a bug, which keeps its
    traceback."""
    if isinstance(problem, UsageError):
        return str(problem)
    if isinstance(problem, OSError):  # the machine: a full disk, a missing permission
        where = f"{problem.filename}: " if problem.filename else ""
        return f"{where}{problem.strerror or problem}"
    # Only the commands that use a database load it; `check` need not pay for it.
    store = sys.modules.get("clearnotice.db")
    if store is not None and isinstance(problem, store.DatabaseProblem):
        return str(problem)  # what is wrong and what to do, without the URL
    database = sys.modules.get("sqlalchemy.exc")
    if database is not None and isinstance(problem, database.DBAPIError):
        return f"the database failed: {first_line(problem.orig)}"
    return None


def first_line(problem: object) -> str:
    """The gist of a driver's message, which often runs over several lines."""
    lines = str(problem or "").strip().splitlines()
    return lines[0] if lines else "it did not answer"


def _module(command: str):
    return importlib.import_module(f"clearnotice.commands.{command.replace('-', '_')}")


if __name__ == "__main__":
    # Through the module, not this __main__ copy, so its UsageError is the one commands raise.
    from clearnotice.cli import main as module_main

    sys.exit(module_main())
