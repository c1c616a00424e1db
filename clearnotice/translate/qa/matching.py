"""Matching each value of the English with a value of its translation that may be the same
(their keys meet): the earliest one not yet taken, as reading the translation in order takes
it."""

from __future__ import annotations

from clearnotice.translate import entities as ent


def earliest_twins(
    sources: list[ent.Entity], targets: list[ent.Entity]
) -> tuple[list[ent.Entity], list[ent.Entity]]:
    """Each English value matched with the earliest translation value not yet taken that it
    may be (their keys meet). Returns the English values left with none (lost) and the
    translation's values none took (extra), each in order. The translation's values are
    indexed by key and each key's list is read once, front to back: looking through every
    remaining value for each English one, and removing it from a list, grew as the square of
    a pasted run of numbers."""
    by_key: dict[str, list[int]] = {}
    for i, t in enumerate(targets):
        for key in t.keys:
            by_key.setdefault(key, []).append(i)
    first = dict.fromkeys(by_key, 0)  # per key, where its values not yet taken may begin
    taken = [False] * len(targets)
    lost = []
    for s in sources:
        best = None
        for key in s.keys & by_key.keys():
            row, j = by_key[key], first[key]
            while j < len(row) and taken[row[j]]:
                j += 1
            first[key] = j
            if j < len(row) and (best is None or row[j] < best):
                best = row[j]
        if best is None:
            lost.append(s)
        else:
            taken[best] = True
    return lost, [t for t, used in zip(targets, taken, strict=True) if not used]
