"""The list of jurisdictions a notice can go to, as the ``clearnotice jurisdictions`` command
and the Edit page's picker show it: grouped (US states and territories, US federal, other
countries), each with its sources, the date they were last read, its deadlines and its rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice.checks.loader import load_catalogue
from clearnotice.guidance import Profile, jurisdictions
from clearnotice.profile_facts import EVENTS, GROUPS, Deadline


@dataclass(frozen=True)
class Entry:
    """One jurisdiction as listed."""

    profile: Profile
    rules: int

    @property
    def code(self) -> str:
        return self.profile.code

    @property
    def group(self) -> str:
        return GROUPS.get(self.profile.facts.group or "", "Ungrouped")

    @property
    def label(self) -> str:
        """What the picker shows, and what a search there matches: group, name and code."""
        return f"{self.group} › {self.profile.name} ({self.code})"

    def as_dict(self) -> dict:
        facts = self.profile.facts
        return {
            "code": self.code,
            "name": self.profile.name,
            "group": self.group,
            "sources": [{"cite": s.cite, "url": str(s.url)} for s in facts.sources],
            "last_checked": facts.last_checked.isoformat() if facts.last_checked else None,
            "deadlines": [describe(d) for d in facts.deadlines],
            "regulator": facts.regulator.model_dump() if facts.regulator else None,
            "addendum": facts.addendum.model_dump() if facts.addendum else None,
            "rules": self.rules,
            "no_content_rules": facts.no_content_rules,
            "needs_review": facts.needs_review,
            "note": facts.note,
        }


def describe(deadline: Deadline) -> str:
    """A deadline in one line: "individuals (Affected residents): at most 30 days after
    discovery of the breach [Cal. Civ. Code 1798.82(a)]"."""
    threshold = f", from {deadline.threshold:,} residents" if deadline.threshold else ""
    unclear = " (the law is unclear here)" if deadline.unclear else ""
    days = ""
    if deadline.days is not None:
        days = f" ({deadline.days} {deadline.counting} days from {EVENTS[deadline.start]})"
    return (
        f"{deadline.to} ({deadline.recipient}): {deadline.timing}{days}{threshold}{unclear} "
        f"[{deadline.cite}]"
    )


def listing() -> list[Entry]:
    """Every jurisdiction, by group in the order of GROUPS, then by name."""
    catalogue = load_catalogue()
    order = {key: n for n, key in enumerate(GROUPS)}
    entries = [
        Entry(p, sum(len(catalogue.pack(pack)) for pack in p.packs)) for p in jurisdictions()
    ]
    return sorted(
        entries, key=lambda e: (order.get(e.profile.facts.group or "", len(order)), e.profile.name)
    )
