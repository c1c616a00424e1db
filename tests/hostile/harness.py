"""The hostile-input suite's shape: inputs a careless or malicious user could give, each with the
outcome it must get.

An area (imports, customer lists, the command line, screens) is a module named ``area_*.py`` in
this folder with a ``NAME``, a tuple of ``CASES`` and an ``attempt(case, workdir)`` that feeds one
case to the real code and says what the user was told. ``attempt`` catches only the errors the
code is meant to raise for bad input; anything else escapes and shows as a traceback. Where the
code answers "accepted", ``attempt`` checks the result too (every customer's letter holds only
that customer's data, the imported text is the file's text), and reports ``wrong`` when it is not:
a silent wrong result is as bad as a crash. ``test_hostile.py`` runs every case as a test and
``bench/bench_hostile.py`` prints the table of outcomes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ACCEPTED = "accepted"  # taken as it is, and the result checked
WARNED = "warned"  # taken, with a warning the user sees
HELD = "held"  # part of the input set aside with a reason (a customer row), the rest taken
REFUSED = "refused"  # nothing taken, with one clear message
WRONG = "wrong"  # taken, but the result is not what the input says: never expected
OUTCOMES = (ACCEPTED, WARNED, HELD, REFUSED)


@dataclass(frozen=True)
class Case:
    id: str
    expect: str
    payload: Any
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    kind: str
    message: str = ""
    details: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Area:
    name: str
    cases: tuple[Case, ...]
    attempt: Callable[[Case, Path], Outcome]


def areas() -> list[Area]:
    """Every ``area_*`` module of this folder, in name order."""
    package = importlib.import_module(__package__)
    found: list[Area] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("area_"):
            module: ModuleType = importlib.import_module(f"{__package__}.{info.name}")
            found.append(Area(module.NAME, tuple(module.CASES), module.attempt))
    return found
