"""Typing kept as a working draft, and when it becomes a named version.

Every pause in typing used to save a version: seven versions in two minutes, and a history too
long to read (issue 18). Now what the live editor sends goes into one working draft per letter,
language, base version and author, overwritten in place: a reload shows it and nothing typed is
lost. ``makes_version`` decides when the text becomes a named version, which is saved through
``Store.save_version`` like any other save, so merges, forks and the approval lock still apply;
that save drops the author's draft on its base in the same transaction. A fix or a restore saves
the typing as a version first (clearnotice.edits), so it ends the draft too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from clearnotice import audit
from clearnotice.db import DatabaseProblem
from clearnotice.languages import language_name
from clearnotice.merging import merge
from clearnotice.permissions import not_an_act
from clearnotice.schema import Version, WorkingDraft, aware

if TYPE_CHECKING:
    from clearnotice.letters import SaveResult, Store

# Issue 18, "What to build" point 3: a named version is made on a pause longer than a minute.
PAUSE = timedelta(minutes=1)
# A letter can hold a handful of stale drafts (bases left behind); resuming promotes at most this
# many, oldest base first, which bounds the work of one page load.
MAX_RESUMED = 20


class Event(StrEnum):
    """What brought the editor's text to the server."""

    TYPED = "typed"  # a short pause in typing (or two seconds of it)
    PAUSED = "paused"  # the browser says typing stopped PAUSE ago
    LEFT = "left"  # the user left the page
    SAVED = "saved"  # the "Save version" button, or the plain text area's blur or Ctrl+Enter
    RECOVERED = "recovered"  # a browser's local copy put back after a reload or a restart


def makes_version(
    event: Event, *, quiet_for: timedelta, moved_on: bool = False, shared: bool = False
) -> bool:
    """Whether the text becomes a named version now, rather than stay the working draft.

    ``quiet_for``: the time since the working draft was last written, the pause before this
    event (zero when there is no draft). ``moved_on``: a newer version than the one the text
    was typed on exists; the text is saved at once so the merge (or the clash) shows now, not a
    minute later. ``shared``: another editor has the letter open: people see and merge each
    other's words only as versions, so while they share it every typed text is one, as before.
    """
    if event is Event.TYPED:
        return moved_on or shared or quiet_for > PAUSE
    if event is Event.PAUSED:
        return quiet_for >= PAUSE
    return True  # leaving, saving and a recovered copy always keep a named version


def keep(
    store: Store,
    letter_id: int,
    text: str,
    *,
    base_version_id: int,
    actor: str,
    event: Event,
    shared: bool = False,
    language: str | None = None,
    now: datetime | None = None,
) -> SaveResult | None:
    """Keep ``text``, ``actor``'s edit of version ``base_version_id``: as a named version when
    ``makes_version`` says so (its SaveResult is returned), else as the working draft (None).
    ValueError, as for any save, when the text cannot be stored, the version is locked or the
    database refuses the write (clearnotice.db.DatabaseProblem, a read-only or full disk, a
    dropped connection): nothing was written, and the caller keeps the text on screen."""
    now = now or audit.now()
    draft = store.working_draft(letter_id, base_version_id, actor=actor, language=language)
    if event in (Event.PAUSED, Event.LEFT) and draft is None:
        return None  # nothing typed since the version: nothing to save, nothing to merge
    latest = store.latest_version(letter_id, language)
    quiet_for = now - aware(draft.updated_at) if draft is not None else timedelta(0)
    moved_on = latest is not None and latest.id != base_version_id
    if makes_version(event, quiet_for=quiet_for, moved_on=moved_on, shared=shared):
        origin = "restored" if event is Event.RECOVERED else "typed"
        return store.save_version(
            letter_id,
            text,
            base_version_id=base_version_id,
            actor=actor,
            language=language,
            origin=origin,
        )
    if draft is None or draft.text != text:  # the same text again does not restart the pause
        store.write_working_draft(
            letter_id, text, base_version_id=base_version_id, actor=actor, language=language,
            now=now,
        )  # fmt: skip
    return None


def resume(
    store: Store, letter_id: int, *, actor: str, language: str | None = None
) -> WorkingDraft | None:
    """``actor``'s working draft on the newest version, to show when the editor opens. Drafts
    left on older versions (typed while someone else saved, the tab then closed) are saved as
    versions first, oldest base first, so their words merge with the newer text or are kept
    aside as a fork: never left behind unseen. While the database refuses writes (a read-only
    or full disk) the newest draft is returned unsaved instead (``_unsaved_view``)."""
    for _ in range(MAX_RESUMED):
        latest = store.latest_version(letter_id, language)
        drafts = store.working_drafts(letter_id, actor=actor, language=language)
        stale = [d for d in drafts if latest is None or d.base_version_id != latest.id]
        if not stale:
            return drafts[0] if drafts else None
        oldest = stale[0]
        try:
            with not_an_act():  # the editor's own save as it opens: a refusal is no attempt
                store.save_version(
                    letter_id,
                    oldest.text,
                    base_version_id=oldest.base_version_id,
                    actor=actor,
                    language=oldest.language,
                )
        except DatabaseProblem:  # a read-only or full disk: show the typing, save it later
            return _unsaved_view(store, drafts[-1], latest)
    return None


@dataclass(frozen=True)
class Typing:
    """Typing on a letter not yet saved as a version: whose, on which version, since when."""

    author: str  # a username
    language: str
    version_number: int  # the version it was typed on
    since: datetime  # when this typing began: no version holds it since


def unsaved_typing(store: Store, letter_id: int, language: str | None = None) -> list[Typing]:
    """Everyone's typing on the letter (in ``language``, or any) that no version holds yet,
    earliest first: legal reviewing a version, or anyone exporting it, should know newer words
    are being typed, though nothing stops them (the approval policy decides what may be
    approved). A draft whose text is its version's again (typed, then undone) is none."""
    with store.session() as s:
        query = (
            select(WorkingDraft, Version.number)
            .join(Version, Version.id == WorkingDraft.base_version_id)
            .where(WorkingDraft.letter_id == letter_id, WorkingDraft.text != Version.text)
        )
        if language is not None:
            query = query.where(WorkingDraft.language == language)
        rows = s.execute(query).all()
    found = [
        Typing(draft.author, draft.language, number, aware(draft.started_at or draft.updated_at))
        for draft, number in rows
    ]
    return sorted(found, key=lambda typing: (typing.since, typing.author))


def unsaved_notice(typings: list[Typing], names: dict[str, str]) -> str | None:
    """What the Review and Export pages say of ``typings`` (``unsaved_typing``), each typist by
    their name in ``names`` (display names; not escaped); None when there is none."""
    if not typings:
        return None
    each = "; ".join(
        f"{names.get(t.author, t.author)} on {language_name(t.language)} v{t.version_number} "
        f"since {t.since:%Y-%m-%d %H:%M} UTC"
        for t in typings
    )
    return (
        f"Typing not saved as a version yet: {each}. What is approved or exported now is the "
        "saved text, without those words."
    )


def _unsaved_view(store: Store, draft: WorkingDraft, latest: Version | None) -> WorkingDraft:
    """``draft`` as the editor would show it once saved, when the database refuses the save:
    merged with the newest version as a save merges it (clearnotice.merging), on that version.
    The editor opens on the newest version, so a draft left on an older one must carry the
    newer words too; a draft whose merge clashes is shown as it was typed. Nothing is written:
    the stored draft stays, to become a version when the database takes writes again."""
    if latest is None or draft.base_version_id == latest.id:
        return draft
    base = store.get_version(draft.base_version_id)
    merged = merge(base.text if base else "", draft.text, latest.text)
    if not merged.clean:
        return draft
    return WorkingDraft(
        letter_id=draft.letter_id,
        language=draft.language,
        base_version_id=latest.id,
        author=draft.author,
        text=merged.text,
        updated_at=draft.updated_at,
    )
