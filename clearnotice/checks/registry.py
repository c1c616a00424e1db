"""The closed set of check kinds: a rule file's ``kind`` picks one of these modules.

Adding a kind of check is one module (with ``KEYS`` and ``build``) and one line here.
"""

from __future__ import annotations

from types import ModuleType

from clearnotice.checks import (
    conditional,
    existence,
    must_not_say,
    occurrence,
    ratio,
    readability,
    required,
    structure,
    substitution,
    typesetting,
    weekday_date,
)

KINDS: dict[str, ModuleType] = {
    "existence": existence,
    "substitution": substitution,
    "occurrence": occurrence,
    "ratio": ratio,
    "conditional": conditional,
    "readability": readability,
    "required": required,
    "must_not_say": must_not_say,
    "structure": structure,
    "typesetting": typesetting,
    "weekday_date": weekday_date,
}
