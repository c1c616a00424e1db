"""Per-state letters from one master: the fewest variants that satisfy every jurisdiction a
notice goes to, each difference from the master explained by the rule and statute behind it.

Two things make a state's letter differ from the master, both read from the jurisdiction data:

- what its law forbids (a ``must_not_say`` rule of its packs: Massachusetts, the nature of the
  breach and the number affected; Illinois, the number affected). The master's sentences that
  break the rule are left out; a paragraph left empty goes, and so does a heading left with
  nothing under it.
- what its law asks for beyond the master, as a paragraph of its own (the profile's
  ``addendum``: "For residents of Maryland: ..."), put before the sign-off.

Leaving a sentence out can break another state's requirement (Rhode Island asks for the number
Massachusetts forbids), so a jurisdiction shares a variant only when, reviewed alone, the variant
still has every item the master had for it. Among the ways to leave sentences out, the fewest
that serve every jurisdiction are chosen; addenda never split a group, as a letter may carry
several states' paragraphs. ``plan(master, codes)`` is pure: storing each variant as a letter of
its own, for review and approval, is clearnotice.variant_letters.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from clearnotice.checks.loader import load_catalogue
from clearnotice.checks.must_not_say import MustNotSay
from clearnotice.guidance import citation, load_profiles, normalise_jurisdictions, review
from clearnotice.text import COURTESY, blocks, sentences

REMOVED, ADDED = "removed", "added"
AS_WRITTEN = "The master letter as written: nothing in it conflicts with this law."
# Above this many distinct ways to leave sentences out, the fewest is searched greedily.
_EXACT_SEARCH = 10
_BLANK_LINES = re.compile(r"\n{3,}")

Span = tuple[int, int]


@dataclass(frozen=True)
class Difference:
    """One way a variant differs from the master, and the law that makes it."""

    change: str  # REMOVED or ADDED
    text: str
    rule_id: str  # the must-not-say rule, or "<code>.addendum"
    cite: str
    because: tuple[str, ...]  # the jurisdictions whose law asks for it
    unclear: bool = False  # read in a summary, or a detail left for counsel

    @property
    def summary(self) -> str:
        """What it is and why: "Left out for Illinois: us_il.no-resident-count (815 ILCS ...)."."""
        profiles = load_profiles()
        names = ", ".join(profiles[c].name for c in self.because)
        what = "Left out" if self.change == REMOVED else "Added"
        unclear = " (confirm with counsel)" if self.unclear else ""
        return f"{what} for {names}: {self.rule_id} ({self.cite}){unclear}."

    def reason(self, code: str) -> str:
        """Why a reader in ``code`` gets this difference, in one sentence."""
        if code in self.because:
            return self.summary
        shared = (
            "as its own rules still pass without it"
            if self.change == REMOVED
            else "which carries the paragraph too"
        )
        name = load_profiles()[code].name
        return f"{self.summary[:-1]}; {name} shares this letter, {shared}."

    def as_dict(self) -> dict:
        return {
            "change": self.change,
            "text": self.text,
            "rule_id": self.rule_id,
            "cite": self.cite,
            "because": list(self.because),
            "unclear": self.unclear,
        }


@dataclass(frozen=True)
class Variant:
    """The letter for a group of jurisdictions whose requirements do not conflict."""

    jurisdictions: tuple[str, ...]
    text: str
    differences: tuple[Difference, ...]

    @property
    def key(self) -> str:
        return "-".join(self.jurisdictions)

    @property
    def name(self) -> str:
        return f"for {', '.join(self.jurisdictions)}"

    def reasons(self, code: str | None = None) -> list[str]:
        """Why each difference is there; for ``code``, also whether it is that law's own."""
        if not self.differences:
            return [AS_WRITTEN]
        return [d.summary if code is None else d.reason(code) for d in self.differences]


@dataclass(frozen=True)
class VariantPlan:
    master: str
    variants: tuple[Variant, ...]

    def variant_for(self, code: str) -> Variant:
        return next(v for v in self.variants if code in v.jurisdictions)

    def as_dict(self) -> dict:
        """The JSON map: each variant, and for each jurisdiction its variant and the reasons."""
        return {
            "variants": [
                {
                    "key": v.key,
                    "jurisdictions": list(v.jurisdictions),
                    "differences": [d.as_dict() for d in v.differences],
                }
                for v in self.variants
            ],
            "jurisdictions": {
                code: {"variant": v.key, "reasons": v.reasons(code)}
                for v in self.variants
                for code in v.jurisdictions
            },
        }


def plan(master: str, codes: list[str] | tuple[str, ...]) -> VariantPlan:
    """The fewest variants of ``master`` that serve every jurisdiction in ``codes`` (ValueError
    for an unknown code, as the review raises)."""
    codes = normalise_jurisdictions(codes)
    if not codes:
        return VariantPlan(master, ())
    forbidden = {code: _forbidden(master, code) for code in codes}
    candidates = sorted({frozenset(f) for f in forbidden.values()} | {frozenset()}, key=len)
    serves = {
        c: {code for code in codes if forbidden[code].keys() <= c and _keeps(master, c, code)}
        for c in candidates
    }
    for code in codes:  # a law broken by leaving out what it forbids: that is its letter still
        if not any(code in served for served in serves.values()):
            serves[frozenset(forbidden[code])].add(code)
    chosen = _fewest(candidates, serves, set(codes))
    groups: dict[frozenset[Span], list[str]] = {c: [] for c in chosen}
    for code in codes:
        best = min((c for c in chosen if code in serves[c]), key=lambda c: (len(c), sorted(c)))
        groups[best].append(code)
    variants = [
        _variant(master, removal, tuple(group), forbidden)
        for removal, group in groups.items()
        if group
    ]
    return VariantPlan(master, tuple(sorted(variants, key=lambda v: v.key)))


def _forbidden(master: str, code: str) -> dict[Span, str]:
    """The master's sentences ``code``'s own must-not-say rules flag, with the rule."""
    catalogue = load_catalogue()
    packs = set(load_profiles()[code].packs)
    found = {}
    for finding in review(master, [code]).findings:
        rule = catalogue.rules.get(finding.rule_id)
        if isinstance(rule, MustNotSay) and rule.info.pack in packs:
            found.setdefault((finding.start, finding.end), finding.rule_id)
    return found


def _keeps(master: str, removal: frozenset[Span], code: str) -> bool:
    """Whether the master without ``removal`` still has every item the master had for ``code``
    (the guidance's included, as that jurisdiction switches them on or off)."""
    if not removal:
        return True
    before = {(i.rule_id, i.jurisdiction) for i in review(master, [code]).checklist if i.satisfied}
    after = review(without(master, removal), [code]).checklist
    return before <= {(i.rule_id, i.jurisdiction) for i in after if i.satisfied}


def _fewest(
    candidates: list[frozenset[Span]], serves: dict, codes: set[str]
) -> list[frozenset[Span]]:
    """The fewest candidates whose jurisdictions cover ``codes``; fewer removals first."""
    if len(candidates) <= _EXACT_SEARCH:
        for size in range(1, len(candidates) + 1):
            for combo in itertools.combinations(candidates, size):
                if codes <= set().union(*(serves[c] for c in combo)):
                    return list(combo)
    chosen, left = [], set(codes)
    while left:
        best = max(candidates, key=lambda c: (len(serves[c] & left), -len(c)))
        chosen.append(best)
        left -= serves[best]
    return chosen


def _variant(
    master: str, removal: frozenset[Span], group: tuple[str, ...], forbidden: dict
) -> Variant:
    catalogue = load_catalogue()
    profiles = load_profiles()
    differences = []
    for span in sorted(removal):
        because = tuple(c for c in sorted(forbidden) if span in forbidden[c])
        rules = sorted({forbidden[c][span] for c in because})
        cites = "; ".join(citation(catalogue.rules[r].info.source) for r in rules)
        differences.append(
            Difference(REMOVED, master[span[0] : span[1]], ", ".join(rules), cites, because)
        )
    addenda = [(c, profiles[c].facts.addendum) for c in group if profiles[c].facts.addendum]
    for code, addendum in sorted(addenda, key=lambda a: profiles[a[0]].name):
        differences.append(
            Difference(
                ADDED, addendum.text, f"{code}.addendum", addendum.cite, (code,), addendum.unclear
            )
        )
    text = without(master, removal)
    added = [d.text for d in differences if d.change == ADDED]
    return Variant(group, with_paragraphs(text, added) if added else text, tuple(differences))


def without(text: str, spans: frozenset[Span] | set[Span]) -> str:
    """``text`` without the sentences at ``spans``; a paragraph or bullet left empty goes, and
    a heading with nothing left under it."""
    found = blocks(text)
    emptied: set[int] = set()
    cuts: list[Span] = []
    by_block: dict[int, list] = {}
    for s in sentences(text):
        by_block.setdefault(s.block, []).append(s)
    for index, inside in by_block.items():
        gone = [s for s in inside if (s.start, s.end) in spans]
        if gone and len(gone) == len(inside):
            emptied.add(index)
        else:
            cuts.extend(_sentence_cut(text, s.start, s.end) for s in gone)
    for index, block in enumerate(found):
        if block.is_heading:
            section = _section(found, index)
            if section and all(j in emptied for j in section):
                emptied.add(index)
    cuts.extend(_line_cut(text, found[i].start, found[i].end) for i in emptied)
    result = text
    for start, end in sorted(cuts, reverse=True):
        result = result[:start] + result[end:]
    return _BLANK_LINES.sub("\n\n", result)


def _section(found, index: int) -> list[int]:
    """The blocks under heading ``index``, up to the next heading of its level or higher."""
    level = found[index].level
    under = range(index + 1, len(found))
    return list(
        itertools.takewhile(lambda j: not (found[j].is_heading and found[j].level <= level), under)
    )


def with_paragraphs(text: str, paragraphs: list[str]) -> str:
    """``text`` with ``paragraphs`` before its sign-off and signature (at the end without one)."""
    found = blocks(text)
    tail = len(found)
    while tail > 1 and found[tail - 1].kind == COURTESY:
        tail -= 1
    inserted = "\n\n".join(paragraphs)
    if tail == len(found):
        return f"{text.rstrip()}\n\n{inserted}\n"
    at = text.rfind("\n", 0, found[tail].start) + 1
    return f"{text[:at]}{inserted}\n\n{text[at:]}"


def _sentence_cut(text: str, start: int, end: int) -> Span:
    """A sentence and the spaces that separate it from its neighbour on the same line."""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after < len(text) and text[after] not in "\r\n":
        return start, after
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start, end


def _line_cut(text: str, start: int, end: int) -> Span:
    """The whole lines a block stands on, its Markdown marker and line break included."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last + 1
