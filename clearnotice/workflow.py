"""Where each letter stands on the path Draft → Review → Translate → Approve → Export, and what
the signed-in person's role should do next, for the first screen.

Every language's state is the legal reviewer's queue's (``review_queue``, which reads the
approval record), so the first screen, the queue and the Review page never disagree. A letter
without translations goes from Review straight to Export: translating is a step only when a
translation exists.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clearnotice import comments
from clearnotice.accounts import Role
from clearnotice.approvals import is_draft
from clearnotice.languages import language_name
from clearnotice.letter_lifecycle import Shelf, letters_on
from clearnotice.letters import Letter, Store
from clearnotice.permissions import Action, allows
from clearnotice.review_queue import (
    APPROVED,
    DRAFT,
    NEEDS_REVIEW,
    STALE,
    WAITING,
    QueueRow,
    review_queue,
)
from clearnotice.wording import plural

DRAFT_STEP, REVIEW, TRANSLATE, APPROVE, EXPORT = STEPS = (
    "Draft",
    "Review",
    "Translate",
    "Approve",
    "Export",
)
# Who does each step, for the line under the path.
STEP_OWNERS = {
    DRAFT_STEP: "editors",
    REVIEW: "legal reviewers",
    TRANSLATE: "editors",
    APPROVE: "legal reviewers",
    EXPORT: "anyone",
}


@dataclass(frozen=True)
class LanguageState:
    language: str
    version: int  # its newest version
    state: str  # the queue's: waiting, stale, draft or approved
    words: str  # what the screen says: draft, in review, stale or approved
    why: str


@dataclass(frozen=True)
class LetterProgress:
    letter: Letter
    languages: tuple[LanguageState, ...]  # the source language first
    step: str  # one of STEPS
    open_comments: int


def progress(store: Store, queue: list[QueueRow] | None = None) -> list[LetterProgress]:
    """Every letter in use (not archived or deleted), most recently changed first. ``queue``:
    the review queue when the caller already has it (the first screen draws it too)."""
    by_letter = defaultdict(list)
    for row in review_queue(store) if queue is None else queue:
        by_letter[row.letter_id].append(row)
    open_threads = comments.open_counts(store)
    found = []
    for summary in letters_on(store, Shelf.IN_USE):
        letter = summary.letter
        rows = sorted(
            by_letter[letter.id], key=lambda r: (r.language != letter.source_language, r.language)
        )
        untouched = is_draft(
            store, letter.id, approved_any=any(r.state in (APPROVED, STALE) for r in rows)
        )
        languages = tuple(
            LanguageState(r.language, r.version, r.state, _words(r.state, untouched), r.why)
            for r in rows
        )
        found.append(
            LetterProgress(
                letter, languages, _step(languages, untouched), open_threads.get(letter.id, 0)
            )
        )
    return found


@dataclass(frozen=True)
class NextStep:
    """What to do next, and where: ``screen`` is the menu name of the page it is done on (None
    when the person waits for someone else), ``language`` the language to open there."""

    words: str
    screen: str | None = None
    language: str | None = None


def next_step(letter: LetterProgress, role: Role | str) -> NextStep:
    """What ``role`` should do next with the letter: a reviewer reviews what waits, an editor
    (or an admin, who may edit too) writes, translates or answers; anyone exports."""
    if letter.step == EXPORT:
        return NextStep("Export", "Export")
    if allows(role, Action.APPROVE):
        due = [g for g in letter.languages if g.state in NEEDS_REVIEW]
        if not due:
            return NextStep("Wait for the translation")
        first = due[0]
        more = f" and {plural(len(due) - 1, 'other language')}" if len(due) > 1 else ""
        words = f"Review {language_name(first.language)} v{first.version}{more}"
        return NextStep(words, "Review", first.language)
    if letter.step == TRANSLATE:
        outdated = [g.language for g in letter.languages if g.state == DRAFT]
        words = f"Translate {' and '.join(map(language_name, outdated))} again"
        return NextStep(words, "Translations", outdated[0])
    if letter.open_comments:  # a reviewer's questions come before anything else the editor does
        return NextStep(f"Answer {plural(letter.open_comments, 'open comment')}", "Edit")
    if letter.step == DRAFT_STEP:
        return NextStep("Finish the draft", "Edit")
    return NextStep("Wait for the legal review" if letter.step == REVIEW else "Wait for approval")


def _words(state: str, untouched: bool) -> str:
    if state == WAITING:
        return "draft" if untouched else "in review"
    return {STALE: "stale", DRAFT: "draft", APPROVED: "approved"}[state]


def _step(languages: tuple[LanguageState, ...], untouched: bool) -> str:
    source, *translations = languages
    if source.state != APPROVED:
        return DRAFT_STEP if untouched else REVIEW
    if any(g.state == DRAFT for g in translations):
        return TRANSLATE
    if any(g.state in NEEDS_REVIEW for g in translations):
        return APPROVE
    return EXPORT
