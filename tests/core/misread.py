"""One test for a whole table of sentences that a check must take and must leave: each sentence
it reads wrong is named in the failure, so grouping the sentences loses nothing a test per
sentence told, and saves pytest's own few milliseconds per test (thousands of them)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def misread(
    takes: Callable[[str], bool],
    taken: Iterable[str],
    left: Iterable[str],
    missed: str = "missed",
    took: str = "took",
) -> str:
    """Every sentence of ``taken`` that ``takes`` does not take and every one of ``left`` that
    it does, each after the word saying which (``missed``, ``took``); empty when none."""
    wrong = [f"{missed} {text!r}" for text in taken if not takes(text)]
    wrong += [f"{took} {text!r}" for text in left if takes(text)]
    return "; ".join(wrong)
