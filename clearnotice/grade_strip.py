"""The Edit page's score strip: the grade, its change since the last version and its distance
to the target, each said in words ("Grade 7.7 · up 0.8 since v3 · 0.7 above the target of 7").

A bare "↓ -0.3" beside a grade reads as "the grade fell" when it was the distance to the
target and the grade had risen; so every number here carries what it measures and which way
is better, and the screen only draws the parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from clearnotice.language_readability import readability_for
from clearnotice.letters import Store
from clearnotice.schema import Version

GOOD, BAD, NEUTRAL = "good", "bad", "neutral"


@dataclass(frozen=True)
class StripPart:
    label: str
    tone: str  # GOOD, BAD or NEUTRAL: a lower grade is better for a plain letter


@dataclass(frozen=True)
class GradeStrip:
    grade: StripPart
    change: StripPart | None  # None for a first version, or one with no text to score
    target: StripPart

    @property
    def parts(self) -> tuple[StripPart, ...]:
        return tuple(p for p in (self.grade, self.change, self.target) if p is not None)

    def __str__(self) -> str:
        return " · ".join(p.label for p in self.parts)


def _grade(text: str, language: str, target: float) -> float | None:
    detail = readability_for(text, language, target).detail
    return detail.grade if detail is not None and detail.counts.words else None


def earlier_version(store: Store, current: Version, text: str) -> Version | None:
    """The version the text on screen is measured against: ``current`` itself while the text
    typed since is unsaved, else the version of its language saved just before it."""
    if text != current.text:
        return current
    with store.session() as s:
        return s.scalars(
            select(Version)
            .where(
                Version.letter_id == current.letter_id,
                Version.language == current.language,
                Version.number < current.number,
            )
            .order_by(Version.number.desc())
            .limit(1)
        ).first()


def grade_strip(
    text: str, language: str, target: float, earlier: Version | None
) -> GradeStrip | None:
    """The strip for ``text``, or None where there is no grade: a language without an English
    grade (its own formulas are shown instead) or no text yet."""
    grade = _grade(text, language, target)
    if grade is None:
        return None
    distance = round(grade - target, 1)
    if distance > 0:
        where = StripPart(f"{distance:g} above the target of {target:g}", BAD)
    elif distance < 0:
        where = StripPart(f"{-distance:g} below the target of {target:g}", GOOD)
    else:
        where = StripPart(f"at the target of {target:g}", GOOD)
    change = _change(grade, earlier, target)
    return GradeStrip(StripPart(f"Grade {grade:g}", NEUTRAL), change, where)


def _change(grade: float, earlier: Version | None, target: float) -> StripPart | None:
    if earlier is None:
        return None
    before = _grade(earlier.text, earlier.language, target)
    if before is None:
        return None
    delta = round(grade - before, 1)
    if delta > 0:
        return StripPart(f"up {delta:g} since v{earlier.number}", BAD)
    if delta < 0:
        return StripPart(f"down {-delta:g} since v{earlier.number}", GOOD)
    return StripPart(f"same as v{earlier.number}", NEUTRAL)
