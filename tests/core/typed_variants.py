"""Texts as they might also be typed, for the tests that compare a fast way of matching the
rule patterns with ``re``'s own (``test_prefilter``, ``test_alternations``): the fast ways fold
case and read digits themselves, so each text is also tried shouted, in title case, with the
characters Python's case-insensitive matching folds onto ASCII letters, and with Arabic-Indic
digits."""

from __future__ import annotations

from collections.abc import Iterable


def variants(text: str) -> list[str]:
    """``text`` as typed, then in each other way."""
    return [
        text,
        text.upper(),
        text.title(),
        text.replace("s", "ſ").replace("k", "\u212a").replace("I", "İ").replace("i", "ı"),
        text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    ]


def each_in_turn(texts: Iterable[str]) -> list[str]:
    """Each of ``texts`` as typed and in one other way, the next way for the next text: every
    way for every rule example made these tests minutes long, and each way is still tried on a
    share of them."""
    shown = []
    for i, text in enumerate(dict.fromkeys(texts)):
        typed, *others = variants(text)
        shown += [typed, others[i % len(others)]]
    return shown
