"""The legal reviewer's queue: every letter's languages, and where each stands in review.

One row per letter and language, for the home page of a legal reviewer. The state comes from
the same facts the approval uses (``approvals.approval_record``, ``translate.stale``), so the
queue never promises an approval the Review page would refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from clearnotice import approvals, comments
from clearnotice.auth import display_names
from clearnotice.letter_lifecycle import Shelf, letters_on
from clearnotice.letters import Letter, Store, Version
from clearnotice.translate.stale import staleness

# waiting: ready for review, not approved; stale: approved once, but that approval no longer
# holds (an edit or a newer source came since); draft: a translation of an older source, or of
# one it does not name, to be translated again before review; approved: the newest text is.
# Each row's why ends with its language's open review comments, in every state.
WAITING, STALE, DRAFT, APPROVED = "waiting", "stale", "draft", "approved"
NEEDS_REVIEW = (WAITING, STALE)
_ORDER = {WAITING: 0, STALE: 1, DRAFT: 2, APPROVED: 3}


@dataclass(frozen=True)
class QueueRow:
    letter_id: int
    title: str
    language: str
    version: int  # the newest version of that language
    state: str
    why: str


def review_queue(store: Store) -> list[QueueRow]:
    """Every letter's languages with their state, what needs review first (waiting, then
    stale), then the most recently changed letter first, its source language first. Archived
    and deleted letters wait for nobody."""
    rows = []
    person = _people(store)
    open_threads = comments.open_counts_by_language(store)
    for rank, summary in enumerate(letters_on(store, Shelf.IN_USE)):  # newest change first
        letter = summary.letter
        record = {row["language"]: row for row in approvals.approval_record(store, letter.id)}
        languages = sorted(summary.languages, key=lambda g: (g != letter.source_language, g))
        for language in languages:
            latest = store.latest_version(letter.id, language)
            state, why = _state(store, letter, latest, record.get(language), person)
            why += _open_comments(open_threads.get((letter.id, language), 0))
            rows.append(
                (rank, QueueRow(letter.id, letter.title, language, latest.number, state, why))
            )
    rows.sort(key=lambda ranked: (_ORDER[ranked[1].state], ranked[0]))
    return [row for _, row in rows]


def _state(
    store: Store,
    letter: Letter,
    latest: Version,
    row: dict | None,
    person: Callable[[str | None], str],
) -> tuple[str, str]:
    if row is not None and not row["stale"]:
        return APPROVED, f"v{row['version']} approved by {person(row['approved_by'])}."
    if row is not None:
        return STALE, " ".join(row["stale_because"])
    if latest.language != letter.source_language:
        state = staleness(store, latest)
        source = letter.source_language
        if state.unknown_source:
            return DRAFT, f"It does not say which {source} version it translates."
        if state.stale:
            return DRAFT, (
                f"It translates {source} v{state.translated_from.number}; the {source} text is "
                f"now v{state.latest_source.number}. Translate again before review."
            )
    return WAITING, f"v{latest.number} saved by {person(latest.author)}, not approved yet."


def _open_comments(count: int) -> str:
    """The open review comments a row's language has, whatever its state: they wait on
    someone (a version waiting with them open cannot be approved until each is resolved or
    carried over, and one written on an approved text is an objection to what goes out)."""
    if not count:
        return ""
    return f" {count} open review comment{'s' if count > 1 else ''}."


def _people(store: Store) -> Callable[[str | None], str]:
    """The name the screens show for an account (its display name, never its e-mail login),
    looked up once per account: a queue names the same few people on every row."""

    @cache
    def person(username: str | None) -> str:
        return display_names(store, [username])[username] if username else "unknown"

    return person
