"""Spans of a text that never overlap, kept by start, and the questions asked of them: does a
new span touch one, does one hold it? Asked once per candidate by the recogniser (entities taken,
in the order their patterns rank), by the grammar check (findings on protected text, the markup
LanguageTool is told of) and by translation QA's words to judge (what values, code and
other-language sentences cover); compared with every span in turn, a text of thousands of
numbers took seconds."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class DisjointSpans:
    """Non-overlapping ``(start, end)`` spans. Kept by start, their ends are in order too, so a
    span overlaps one exactly when the last span starting before its end ends after its start."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    @classmethod
    def covering(cls, spans: Iterable[tuple[int, int]]) -> DisjointSpans:
        """The text ``spans`` cover, which may overlap (a sentence and the numbers in it): a
        span with a start before its end overlaps it exactly when it overlaps one of them, so
        spans that overlap or touch are joined into one."""
        joined: list[list[int]] = []
        for start, end in sorted(spans):
            if joined and start <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        return cls((start, end) for start, end in joined)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start

    def encloses(self, start: int, end: int) -> bool:
        """Does one span hold all of ``start``..``end``? Only the last span starting at or before
        ``start`` can (the spans are disjoint; a covering's do not even touch)."""
        at = bisect_right(self._starts, start)
        return at > 0 and self._ends[at - 1] >= end

    def add(self, start: int, end: int) -> None:
        """Keep a span that overlaps none kept (the caller asked ``overlaps``)."""
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
