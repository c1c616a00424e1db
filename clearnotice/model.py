"""The shapes every check, checker and view shares: findings and their severities."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters; ordered so that sorting puts errors first."""

    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.SUGGESTION: 2}


@dataclass(frozen=True)
class Finding:
    """One thing a check says about a span of the letter.

    Every producer (readability, guidance rules, grammar, translation QA) emits this one shape so
    every view can highlight it inline and list it. ``start``/``end`` are character offsets into
    the exact text that was checked; ``match`` is ``text[start:end]``. Frozen with tuple fields so
    findings can be cached and shared between sessions safely.
    """

    rule_id: str
    severity: Severity
    message: str
    start: int
    end: int
    match: str
    suggestions: tuple[str, ...] = ()
    source: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def shifted(self, offset: int) -> Finding:
        """The same finding with its span moved by ``offset`` characters."""
        return Finding(
            self.rule_id,
            self.severity,
            self.message,
            self.start + offset,
            self.end + offset,
            self.match,
            self.suggestions,
            self.source,
            self.extra,
        )

    def as_dict(self) -> dict:
        return {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "suggestions": list(self.suggestions),
            "source": self.source,
        }


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Findings in reading order, the more severe first where two start at the same place."""
    return sorted(findings, key=lambda f: (f.start, f.severity.rank, f.end, f.rule_id))


@dataclass(frozen=True)
class Mark:
    """A span of a letter's text that a view sets apart: a tracked change or a finding.

    ``kind`` is ``diffing.INSERT`` or ``diffing.DELETE`` for a change, else a finding's severity;
    ``note`` is what a pointer over it says. Where marks overlap, the first one given sets the
    kind and every note is kept, so callers list the more important first.
    """

    start: int
    end: int
    kind: str
    note: str = ""


def finding_marks(findings: list[Finding]) -> tuple[Mark, ...]:
    """``findings`` as marks, the most severe first so that it wins where two overlap."""
    ordered = sorted(findings, key=lambda f: f.severity.rank)
    return tuple(
        Mark(f.start, f.end, f.severity.value, f.message) for f in ordered if f.end > f.start
    )
