"""``clearnotice``: the command line over the same core the app uses.

Each subcommand lives in ``clearnotice/commands/<name>.py`` with ``add_arguments(parser)`` and
``run(args) -> int``; it is imported only when used, so ``clearnotice check`` never pays for
the PDF or database code of ``clearnotice merge``.
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
}


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clearnotice", description=__doc__.splitlines()[0])
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
    return _module(args.command).run(args)


def _module(command: str):
    return importlib.import_module(f"clearnotice.commands.{command.replace('-', '_')}")


if __name__ == "__main__":
    sys.exit(main())
