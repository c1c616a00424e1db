"""Matching each value of the English with a value of its translation that may be the same
(their keys meet): the earliest one not yet taken, as reading the translation in order takes
it, or the only one there is. Values are indexed by key, never compared each with every other:
that grew as the square of a pasted run of numbers."""

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
    positions = by_key(targets)
    first = dict.fromkeys(positions, 0)  # per key, where its values not yet taken may begin
    taken = [False] * len(targets)
    lost = []
    for s in sources:
        best = None
        for key in s.keys & positions.keys():
            row, j = positions[key], first[key]
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


def by_key(values: list[ent.Entity]) -> dict[str, list[int]]:
    """Each key to the positions of the values that have it, in order."""
    positions: dict[str, list[int]] = {}
    for i, value in enumerate(values):
        for key in value.keys:
            positions.setdefault(key, []).append(i)
    return positions


def only(positions: dict[str, list[int]], keys: frozenset[str]) -> int | None:
    """The position of the one value having any of ``keys`` (``positions`` from by_key), None
    if none or more than one. It stops at the second: comparing every value with every other
    made a sentence of 3,000 numbers take seconds (a 1 MB pair, many minutes)."""
    found = None
    for key in keys:
        for i in positions.get(key, ()):
            if found is None:
                found = i
            elif i != found:
                return None
    return found
