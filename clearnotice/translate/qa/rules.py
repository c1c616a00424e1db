"""What every translation QA check makes: a finding of a rule in the translation's text, and
the rule each kind of value a letter carries (entities) is reported under."""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice.model import Finding, Severity
from clearnotice.translate import entities as ent

SOURCE = "translation QA: what the English says must reach the reader unchanged"

KIND_LABEL = {
    ent.PLACEHOLDER_KIND: ("placeholder", "translation.placeholder"),
    ent.EMAIL: ("e-mail address", "translation.email"),
    ent.URL: ("web address", "translation.url"),
    ent.PHONE: ("phone number", "translation.phone"),
    ent.CODE: ("code", "translation.code"),
    ent.AMOUNT: ("amount", "translation.amount"),
    ent.NUMBER: ("number", "translation.number"),
    ent.DATE: ("date", "translation.date"),
    ent.TIME: ("time", "translation.time"),
    ent.WEEKDAY: ("day of the week", "translation.weekday"),
    ent.TIMEZONE: ("time zone", "translation.time"),
    ent.PERCENT: ("percentage", "translation.percent"),
}


@dataclass(frozen=True)
class SegmentFinding:
    segment: int
    finding: Finding


def finding(
    rule_id: str,
    message: str,
    start: int,
    end: int,
    text: str,
    severity: Severity = Severity.ERROR,
    source: str = SOURCE,
    suggestions: tuple[str, ...] = (),
    source_sentence: str = "",
    match: str | None = None,
) -> Finding:
    """A finding on ``text[start:end]``; ``match`` is that text when the caller holds it already:
    the findings of the values missing from a segment all stand on the whole segment, and a copy
    each made a pasted run of 40,000 amounts hold 9.6 GB."""
    extra = (("source_sentence", source_sentence),) if source_sentence else ()
    if match is None:
        match = text[start:end]
    return Finding(rule_id, severity, message, start, end, match, suggestions, source, extra)
