"""``clearnotice first-admin``: ask at the terminal for the first admin of an empty install.

``make run`` calls it before starting the app; without a terminal it only says that the app
will ask in the browser, so it never blocks a script.
"""

from __future__ import annotations

import argparse

from clearnotice.auth import prompt_first_admin
from clearnotice.commands.invocation import open_store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the database comes from CLEARNOTICE_DATABASE_URL like the app's."""


def run(args: argparse.Namespace) -> int:
    return prompt_first_admin(open_store(None))
