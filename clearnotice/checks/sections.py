"""A letter's sections as context for its sentences: what a sentence means can come from the
heading it sits under.

Real notices put each part of the message under a heading that names it (California's model
form: "What Happened", "What Information Was Involved", "What We Are Doing", "What You Can Do",
"For More Information", Cal. Civ. Code 1798.82(d)(1); and their variants, "How did this
happen?", "Steps we have taken"). Under "What we are doing", "we have strengthened our
defences" is a lasting change even though no word of it names what was strengthened. A section
cue lets a required item count such a sentence: a body sentence under a heading like
``heading`` that also says ``says`` (a weak cue: the heading supplies the rest) and none of
``none``. The heading alone is never evidence: a heading over an empty or off-topic section
counts for nothing.

In a rule file::

    sections:
      - heading: '{:heading_doing:}'       # the whole heading, without "1." or "Q:" or "?"
        says: ['\\b(?:we|our)\\b', 'strengthen|enhanc|improv']
        none: ['notif']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clearnotice import caches
from clearnotice import text as segment
from clearnotice.checks.scan import LetterScan
from clearnotice.plain_layout import heading_words

KEYS = frozenset({"heading", "says", "none"})


@caches.of_text(4096)  # a letter's headings are read by several rules, review after review
def heading_matches(pattern: re.Pattern[str], heading: str) -> bool:
    """Whether ``pattern`` is the whole of ``heading``'s own words: "1. What Happened?" is
    "What Happened", and "Notice of what happened to our systems" is not."""
    return pattern.fullmatch(heading_words(segment.strip_inline_markup(heading))) is not None


@dataclass(frozen=True)
class SectionCue:
    heading: re.Pattern[str]
    says: tuple[re.Pattern[str], ...]  # every one must match in the sentence
    none: tuple[re.Pattern[str], ...] = ()  # words that must not be in the sentence

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns matched in sentences (the heading is matched whole, on its own)."""
        return (*self.says, *self.none)

    def sentences(self, scan: LetterScan, exclude: tuple[re.Pattern[str], ...] = ()) -> set[int]:
        """The body sentences under a matching heading that say the cue and none of ``none``
        or ``exclude`` (the item's own exclusions: a possibility, a denial)."""
        headings = {
            index
            for index, block in enumerate(scan.blocks)
            if block.is_heading and heading_matches(self.heading, block.text)
        }
        candidates = {
            sentence
            for block, heading in enumerate(scan.heading_of)
            if heading in headings and not scan.blocks[block].is_heading
            for sentence in scan.block_sentences[block]
        }
        for pattern in self.says:
            if not candidates:
                break
            candidates = scan.narrow(pattern, candidates)
        for pattern in (*self.none, *exclude):
            if not candidates:
                break
            candidates -= scan.narrow(pattern, candidates)
        return candidates


def build_cues(spec, key: str) -> tuple[SectionCue, ...]:
    """The ``sections`` of a rule file, validated with the loader's one error format."""
    raw = spec.get(key, list)
    if not raw:
        raise spec.error(key, "needs at least one section cue")
    cues = []
    for i, cue in enumerate(raw):
        where = f"{key}[{i}]"
        if not isinstance(cue, dict):
            raise spec.error(where, "a section cue is a mapping with 'heading' and 'says'")
        unknown = set(cue) - KEYS
        if unknown:
            allowed = ", ".join(sorted(KEYS))
            raise spec.error(f"{where}.{sorted(unknown)[0]}", f"unknown key (allowed: {allowed})")
        heading = cue.get("heading")
        if not isinstance(heading, str) or not heading.strip():
            raise spec.error(f"{where}.heading", "expected the pattern of a heading")
        listed = {name: cue.get(name) or [] for name in ("says", "none")}
        for name, values in listed.items():
            values = [values] if isinstance(values, str) else values
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise spec.error(f"{where}.{name}", "expected a pattern or a list of patterns")
            listed[name] = values
        if not listed["says"]:
            raise spec.error(
                f"{where}.says", "a heading is never evidence: give what the sentence must say"
            )
        cues.append(
            SectionCue(
                spec.pattern(heading, f"{where}.heading"),
                tuple(
                    spec.pattern(p, f"{where}.says[{n}]", whole_words=True)
                    for n, p in enumerate(listed["says"])
                ),
                tuple(
                    spec.pattern(p, f"{where}.none[{n}]", whole_words=True)
                    for n, p in enumerate(listed["none"])
                ),
            )
        )
    return tuple(cues)
