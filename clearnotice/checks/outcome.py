"""What every rule shares (its identity and proof) and what a rule can produce: findings and
checklist items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice.model import Finding, Severity

FOUND = "found"
PARTIAL = "partial"
MISSING = "missing"
NOT_APPLICABLE = "not applicable"

# A letter-wide finding (a missing apology, too much "we") has no words of its own to point at:
# it gets an empty span at the start of the letter and this marker, so views list it without
# highlighting anything.
LETTER_SCOPE = (("scope", "letter"),)


@dataclass(frozen=True)
class RuleInfo:
    """The part of a rule file every kind has."""

    id: str
    kind: str
    level: Severity
    message: str
    source: str
    flag_examples: tuple[str, ...]
    pass_examples: tuple[str, ...]
    tone: tuple[tuple[str, int], ...] = ()
    note: str = ""
    path: str = ""

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class Evidence:
    """The sentence (span in the letter) that satisfies one part of a checklist item."""

    part: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ChecklistItem:
    """One element a letter must (level error) or should (warning) contain."""

    rule_id: str
    label: str
    level: Severity
    status: str
    evidence: tuple[Evidence, ...]
    missing_parts: tuple[str, ...]
    suggestion: str
    message: str
    source: str
    jurisdiction: str = ""

    @property
    def required(self) -> bool:
        return self.level == Severity.ERROR

    @property
    def satisfied(self) -> bool:
        return self.status in (FOUND, NOT_APPLICABLE)

    def as_dict(self) -> dict:
        return {
            "rule_id": self.rule_id,
            "jurisdiction": self.jurisdiction,
            "label": self.label,
            "level": self.level.value,
            "required": self.required,
            "status": self.status,
            "evidence": [
                {"part": e.part, "start": e.start, "end": e.end, "text": e.text}
                for e in self.evidence
            ],
            "missing_parts": list(self.missing_parts),
            "suggestion": self.suggestion,
            "message": self.message,
            "source": self.source,
        }


@dataclass(frozen=True)
class Outcome:
    findings: tuple[Finding, ...] = ()
    item: ChecklistItem | None = None


def fill_message(template: str, **values: object) -> str:
    """``template`` with ``{name}`` replaced for the given names only (other braces stay)."""
    return re.sub(
        r"\{(\w+)\}",
        lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0),
        template,
    )


def finding(
    info: RuleInfo,
    level: Severity,
    text: str,
    start: int,
    end: int,
    message: str,
    suggestions: tuple[str, ...] = (),
    extra: tuple[tuple[str, str], ...] = (),
) -> Finding:
    return Finding(
        rule_id=info.id,
        severity=level,
        message=message,
        start=start,
        end=end,
        match=text[start:end],
        suggestions=suggestions,
        source=info.source,
        extra=extra,
    )


def letter_finding(info: RuleInfo, level: Severity, message: str) -> Finding:
    return Finding(info.id, level, message, 0, 0, "", (), info.source, LETTER_SCOPE)
