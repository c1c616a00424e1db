"""Required content: an element the letter must contain, shown in the checklist with the
sentence that satisfies it, or "missing" with a paragraph the user can insert.

An element can have several ``parts`` that must all be present (an offer of free credit
monitoring *and* how to enrol); with only some, it is "partial" and names what is missing.
``when`` makes an element apply only if the letter says something (credit bureaus' numbers only
when Social Security numbers were exposed). ``sections`` lets a single-part element also count a
sentence whose meaning comes from the heading it sits under (clearnotice.checks.sections), when
no sentence says it in words of its own. When neither finds a single-part element, its learned
sentence model may (clearnotice.checks.sentence_model): the evidence is then marked as read
from the sentence's overall wording. An element whose evidence borrows another's with ``like``
(a state's copy of a general item) asks, after its own, the section cues of the rule it borrows,
not its model: a legal requirement is met by what the letter says, not by a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice.checks import sentence_model
from clearnotice.checks.matcher import Matcher, best_of
from clearnotice.checks.outcome import (
    FOUND,
    MISSING,
    NOT_APPLICABLE,
    PARTIAL,
    ChecklistItem,
    Evidence,
    Outcome,
    RuleInfo,
)
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.sections import SectionCue, build_cues
from clearnotice.model import Severity

KEYS = frozenset({"item", "evidence", "parts", "when", "suggestion", "sections"})


def body_sentences(scan: LetterScan, matcher: Matcher) -> list[int]:
    """The sentences of running text (not headings) that satisfy ``matcher``."""
    return [i for i in matcher.sentences(scan) if not scan.is_heading(i)]


def _in_body(scan: LetterScan):
    """Whether a sentence of ``scan`` is running text: a heading names a section, it never says
    the element."""
    return lambda sentence: not scan.is_heading(sentence)


def _best_in_body(scan: LetterScan, matcher: Matcher) -> int | None:
    """The matcher's best sentence in the running text (``best_of`` its ranks), read once per
    dict of ranks: several items share a matcher, and an edit's review carries most matchers'
    ranks over unchanged (``LetterScan.from_ranks``)."""
    ranks = matcher.ranked(scan)
    return scan.from_ranks(ranks, lambda: best_of(ranks, _in_body(scan)))


@dataclass(frozen=True)
class Required:
    info: RuleInfo
    label: str
    parts: tuple[tuple[str, Matcher], ...]  # one part named "" for a single-part element
    when: Matcher | None
    suggestion: str
    sections: tuple[SectionCue, ...] = ()
    # The rules a single-part element borrows with 'like' (a state's copy of a general item):
    # where its own wordings find nothing, their section cues are asked in turn, so the copy
    # finds what the general item finds under its heading. Not their sentence models: a state's
    # requirement is the law's, met by words or a heading that say it; the model's reading of a
    # sentence's overall wording is the general checklist's guess (it took "We discovered it on
    # March 3, 2026." for what happened in the Massachusetts template).
    borrowed: tuple[Required, ...] = ()

    @property
    def evidence(self) -> Matcher | None:
        """The matcher of a single-part element, which other rules may borrow with ``like``."""
        return self.parts[0][1] if len(self.parts) == 1 else None

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        found = [p for _, m in self.parts for p in m.patterns()]
        found.extend(p for cue in self.sections for p in cue.patterns())
        return (*found, *(self.when.patterns() if self.when else ()))

    def _in_section(self, scan: LetterScan, exclude: tuple[re.Pattern[str], ...]) -> int | None:
        """The earliest sentence a section cue finds, judged by the matcher's exclusions too."""
        found = set().union(*(cue.sentences(scan, exclude) for cue in self.sections))
        return min(found, default=None)

    def rule_sentence(self, scan: LetterScan, matcher: Matcher) -> int | None:
        """The body sentence the part's wordings find, else one a section cue finds: what the
        rules alone read, before the sentence model's fallback (clearnotice.checks.sentence_model)
        is asked."""
        found = _best_in_body(scan, matcher)
        if found is None and self.sections:
            found = self._in_section(scan, matcher.exclude)
        return found

    def fallback(
        self, scan: LetterScan, exclude: tuple[re.Pattern[str], ...]
    ) -> tuple[int, str] | None:
        """The sentence that carries the single-part element when its wordings found none, and
        the part its evidence is shown as: one a section cue finds (its own or a borrowed
        rule's; shown as the wordings'), else the one its own sentence model reads
        (``WORDING_PART``); all judged by ``exclude``, the element's own exclusions."""
        found = self._cued(scan, exclude)
        if found is not None:
            return found, ""
        found = sentence_model.carrier(self.info.id, scan, exclude)
        return None if found is None else (found, sentence_model.WORDING_PART)

    def _cued(self, scan: LetterScan, exclude: tuple[re.Pattern[str], ...]) -> int | None:
        """The sentence a section cue finds: this element's, else a borrowed rule's."""
        found = self._in_section(scan, exclude) if self.sections else None
        if found is None:
            found = next((hit for r in self.borrowed if (hit := r._cued(scan, exclude))), None)
        return found

    def evaluate(self, scan: LetterScan, level: Severity, jurisdiction: str = "") -> ChecklistItem:
        evidence: list[tuple[str, int, int, str]] = []  # each part's sentence: Evidence's fields
        missing: list[str] = []
        if self.when is not None and _best_in_body(scan, self.when) is None:
            status = NOT_APPLICABLE
        else:
            for name, matcher in self.parts:
                found = _best_in_body(scan, matcher)
                if found is None and len(self.parts) == 1:
                    found, name = self.fallback(scan, matcher.exclude) or (None, name)
                if found is not None:
                    s = scan.sentences[found]
                    evidence.append((name, s.start, s.end, scan.text[s.start : s.end]))
                else:
                    missing.append(name)
            status = FOUND if not missing else PARTIAL if evidence else MISSING

        def item() -> ChecklistItem:
            return ChecklistItem(
                rule_id=self.info.id,
                label=self.label,
                level=level,
                status=status,
                evidence=tuple(Evidence(*fields) for fields in evidence),
                missing_parts=tuple(missing) if len(self.parts) > 1 else (),
                suggestion=self.suggestion,
                message=self.info.message,
                source=self.info.source,
                jurisdiction=jurisdiction,
            )

        # A scan that keeps the items of the review before (an edit's: block_parts) hands back
        # the equal item made then, as most are after an edit: a frozen dataclass of ten fields
        # and its evidence cost more to make again (about 4 us each, 60 a review).
        made_of = (level, jurisdiction, status, tuple(evidence), tuple(missing))
        return scan.checklist_item(self, made_of, item)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        return Outcome(item=self.evaluate(scan, level))


def build(info: RuleInfo, spec) -> Required:
    if ("evidence" in spec.data) == ("parts" in spec.data):
        raise spec.error("evidence", "give either 'evidence' or 'parts', not both or neither")
    if "parts" in spec.data:
        raw = spec.get("parts", dict)
        if len(raw) < 2:
            raise spec.error("parts", "use 'evidence' for a single part")
        parts = tuple(
            (str(name), spec.matcher(f"parts.{name}", value)) for name, value in raw.items()
        )
    else:
        parts = (("", spec.matcher("evidence")),)
    sections = build_cues(spec, "sections") if "sections" in spec.data else ()
    if sections and len(parts) > 1:
        raise spec.error("sections", "section cues need a single 'evidence', not 'parts'")
    return Required(
        info,
        spec.get("item"),
        parts,
        spec.matcher("when") if "when" in spec.data else None,
        spec.get("suggestion").strip(),
        sections,
        tuple(r for r in spec.borrowed.get("evidence", ()) if isinstance(r, Required)),
    )
