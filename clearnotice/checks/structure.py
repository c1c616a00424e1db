"""Structure: the shape the guidance asks for and a skimming reader needs.

One rule file per expectation, ``expect`` naming which:

- ``title``: the letter opens with a title (optionally a set one, "Notice of Data Breach");
- ``headings``: enough headings for a long letter, or a set list of them;
- ``bullets``: steps for the reader are bullet points, not buried in paragraphs;
- ``section_length``: a section (what happened) stays within a couple of paragraphs;
- ``first_screen``: the essentials are reachable within the first screen of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice import text as segment
from clearnotice.checks.matcher import Matcher
from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding, letter_finding
from clearnotice.checks.required import body_sentences
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.sections import heading_matches
from clearnotice.model import Severity
from clearnotice.regex.words import word_pattern
from clearnotice.wording import plural

EXPECTATIONS = ("title", "headings", "bullets", "section_length", "first_screen")
KEYS = frozenset(
    {"expect", "title", "suggest", "headings", "min", "min_words", "actions", "heading", "max"}
    | {"max_words", "essentials", "words"}
)


@dataclass(frozen=True)
class _Steps:
    """The ``bullets`` expectation's findings before it counts them: each step for the reader
    that opens a sentence of a paragraph. A step's sentence, its block's kind and what stands
    before it in the sentence are all its block's own, so a whole letter's scan keeps these
    block by block and an edit asks again only the edited blocks
    (``block_parts.BlockwiseScan.findings_per_block``, as for the blockwise rules)."""

    info: RuleInfo
    actions: re.Pattern[str]

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.actions,)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        for hit in scan.hits(self.actions):
            s = scan.sentences[hit.sentence]
            if scan.blocks[s.block].kind == segment.PARAGRAPH and scan.at_sentence_start(hit):
                message = fill_message(self.info.message)
                found.append(finding(self.info, level, scan.text, s.start, s.end, message))
        return Outcome(tuple(found))


@dataclass(frozen=True)
class Structure:
    info: RuleInfo
    expect: str
    title: re.Pattern[str] | None = None
    suggest: str = ""
    headings: tuple[tuple[str, re.Pattern[str]], ...] = ()
    minimum: int = 0
    min_words: int = 0
    steps: _Steps | None = None
    heading: re.Pattern[str] | None = None
    maximum: int = 0
    max_words: int = 0
    essentials: tuple[tuple[str, Matcher], ...] = ()
    words: int = 0

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        found = [
            self.title,
            self.heading,
            *(self.steps.patterns() if self.steps else ()),
            *(p for _, p in self.headings),
        ]
        for _, matcher in self.essentials:
            found.extend(matcher.patterns())
        return tuple(p for p in found if p is not None)

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        return Outcome(tuple(getattr(self, f"_{self.expect}")(scan, level)))

    def _message(self, **values: object) -> str:
        return fill_message(self.info.message, **values)

    def _title(self, scan: LetterScan, level: Severity) -> list:
        title = scan.title
        if title is None:
            return [letter_finding(self.info, level, self._message(match="(none)"))]
        if self.title is not None and not heading_matches(self.title, title.text):
            message = self._message(match=title.text)
            suggestions = (self.suggest,) if self.suggest else ()
            return [
                finding(self.info, level, scan.text, title.start, title.end, message, suggestions)
            ]
        return []

    def _words(self, scan: LetterScan) -> int:
        return sum(s.words for s in scan.sentences)

    def _headings(self, scan: LetterScan, level: Severity) -> list:
        texts = scan.heading_texts()
        if self.headings:  # read off the headings alone: an edit of none keeps the answer
            missing = scan.read_off(self, texts, lambda: self._missing_headings(texts))
            if missing:
                listed = ", ".join(f'"{m}"' for m in missing)
                return [letter_finding(self.info, level, self._message(missing=listed))]
            return []
        if len(texts) < self.minimum and self._words(scan) >= self.min_words:
            message = self._message(count=plural(len(texts), "heading"), limit=self.minimum)
            return [letter_finding(self.info, level, message)]
        return []

    def _missing_headings(self, texts: tuple[str, ...]) -> list[str]:
        """The set headings none of ``texts`` is."""
        return [
            label for label, p in self.headings if not any(heading_matches(p, t) for t in texts)
        ]

    def _bullets(self, scan: LetterScan, level: Severity) -> list:
        buried = scan.findings_per_block(self.steps, level)
        return list(buried) if len(buried) >= self.minimum else []

    def _section_length(self, scan: LetterScan, level: Severity) -> list:
        result = []
        for index, block in enumerate(scan.blocks):
            if not (block.is_heading and heading_matches(self.heading, block.text)):
                continue
            paragraphs = words = 0
            previous_kind = None
            for later in range(index + 1, len(scan.blocks)):
                other = scan.blocks[later]
                if other.is_heading:
                    break
                if not (other.kind == segment.BULLET and previous_kind == segment.BULLET):
                    paragraphs += 1  # a list counts as one paragraph
                previous_kind = other.kind
                words += sum(scan.sentences[i].words for i in scan.block_sentences[later])
            if paragraphs > self.maximum or (self.max_words and words > self.max_words):
                message = self._message(
                    match=block.text, count=paragraphs, limit=self.maximum, words=words
                )
                result.append(finding(self.info, level, scan.text, block.start, block.end, message))
        return result

    def _first_screen(self, scan: LetterScan, level: Severity) -> list:
        cutoff = scan.offset_after_words(self.words)
        late = [
            label
            for which, (label, matcher) in enumerate(self.essentials)
            if self._late(scan, which, matcher, cutoff)
        ]
        if not late:
            return []
        listed = ", ".join(late)
        return [letter_finding(self.info, level, self._message(missing=listed, words=self.words))]

    def _late(self, scan: LetterScan, which: int, matcher: Matcher, cutoff: int) -> bool:
        """Whether the letter conveys an essential only after the first screen. A sentence
        conveying it that the screen reaches settles it: one noted by the review before an
        edit, in a block whose window the edit left as it was, still conveys it (what a
        sentence conveys is read off its window alone) and is tried first, so an edit
        elsewhere does not put the essential's matcher together again."""
        seen = scan.carried_sentence(self, which)
        if seen is not None and _reachable(scan, seen, cutoff):
            return False
        found = body_sentences(scan, matcher)
        reached = next((i for i in found if _reachable(scan, i, cutoff)), None)
        if reached is not None:
            scan.note_sentence(self, which, reached)
        return bool(found) and reached is None


def _reachable(scan: LetterScan, sentence: int, cutoff: int) -> bool:
    """Said within the first screen, or under a heading the reader sees in it."""
    s = scan.sentences[sentence]
    heading = scan.heading_of[s.block]
    return s.start <= cutoff or (heading is not None and scan.blocks[heading].start <= cutoff)


def _essential(wanted: object) -> object:
    """An essential's matcher: a rule id names the content rule whose sentences convey it; a
    mapping is a matcher of its own, which may borrow a rule's with ``like`` and add wordings
    that convey it to a skimmer though the checklist item leaves them out."""
    return {"like": wanted} if isinstance(wanted, str) else wanted


def build(info: RuleInfo, spec) -> Structure:
    expect = spec.choice("expect", EXPECTATIONS, "title")
    if expect == "title":
        title = spec.get("title", str, None)
        return Structure(
            info,
            expect,
            title=spec.pattern(title, "title") if title else None,
            suggest=spec.get("suggest", str, ""),
        )
    if expect == "headings":
        listed = spec.strings("headings")
        return Structure(
            info,
            expect,
            headings=tuple(
                (h, spec.pattern(word_pattern(h), f"headings[{i}]")) for i, h in enumerate(listed)
            ),
            minimum=spec.get("min", int, 0 if listed else 2),
            min_words=spec.get("min_words", int, 0),
        )
    if expect == "bullets":
        return Structure(
            info,
            expect,
            steps=_Steps(info, spec.pattern(spec.get("actions"), "actions")),
            minimum=spec.get("min", int, 1),
        )
    if expect == "section_length":
        return Structure(
            info,
            expect,
            heading=spec.pattern(spec.get("heading"), "heading"),
            maximum=spec.get("max", int),
            max_words=spec.get("max_words", int, 0),
        )
    essentials = spec.get("essentials", dict)
    if not essentials:
        raise spec.error("essentials", "name at least one 'label: rule id'")
    return Structure(
        info,
        expect,
        essentials=tuple(
            (str(label), spec.matcher(f"essentials.{label}", _essential(wanted)))
            for label, wanted in essentials.items()
        ),
        words=spec.get("words", int),
    )
