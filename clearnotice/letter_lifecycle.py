"""Renaming, archiving and deleting a letter, and bringing it back: who may, and which shelf a
letter is on.

Nothing is ever removed: archiving and deleting stamp the letter (``archived_at``,
``deleted_at``), so its versions, approvals and audit trail stay as they were and an admin can
restore it. Each act checks the acting account inside its own transaction
(``permissions.require``) and writes its audit event in that same transaction.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from clearnotice import audit
from clearnotice.letters import LetterSummary, Store
from clearnotice.permissions import Action, require
from clearnotice.schema import MAX_TITLE, Letter


class Shelf(StrEnum):
    """Where a letter is listed: in use on the first screen, archived below it, or deleted (seen
    only by admins, who may restore it)."""

    IN_USE = "in use"
    ARCHIVED = "archived"
    DELETED = "deleted"


class LifecycleRefused(ValueError):
    """The letter is not on a shelf this act applies to; the message can be shown as it is."""


def shelf_of(letter: Letter) -> Shelf:
    """A deleted letter is deleted whether or not it was archived first."""
    if letter.deleted_at is not None:
        return Shelf.DELETED
    if letter.archived_at is not None:
        return Shelf.ARCHIVED
    return Shelf.IN_USE


def letters_on(store: Store, *shelves: Shelf) -> list[LetterSummary]:
    """The letters on any of ``shelves``, most recently changed first (``Store.list_letters``)."""
    return [summary for summary in store.list_letters() if shelf_of(summary.letter) in shelves]


def letters_to_open(store: Store) -> list[LetterSummary]:
    """The letters a page may open: in use or archived. A deleted letter is seen only on the
    first screen's Deleted section, by admins, until one restores it."""
    return letters_on(store, Shelf.IN_USE, Shelf.ARCHIVED)


def rename(store: Store, letter_id: int, title: str, *, actor: str) -> Letter:
    """Give the letter a new title (trimmed, at most MAX_TITLE characters)."""
    title = " ".join((title or "").split())[:MAX_TITLE]
    if not title:
        raise LifecycleRefused("A letter needs a title: type one to rename it.")
    with store.session() as s, s.begin():
        require(s, actor, Action.RENAME_LETTER, letter_id=letter_id)
        letter = _letter(s, letter_id, Shelf.IN_USE, Shelf.ARCHIVED, doing="renamed")
        before, letter.title, letter.updated_at = letter.title, title, audit.now()
        audit.record(s, actor, "rename", letter_id, f"{before} -> {title}")
        return letter


def archive(store: Store, letter_id: int, *, actor: str) -> Letter:
    """Take the letter off the main list; it stays readable under "Archived"."""
    return _stamp(store, letter_id, actor, Action.ARCHIVE_LETTER, "archive", archived_at=True)


def unarchive(store: Store, letter_id: int, *, actor: str) -> Letter:
    """Put an archived letter back on the main list."""
    return _stamp(store, letter_id, actor, Action.ARCHIVE_LETTER, "unarchive", archived_at=False)


def delete(store: Store, letter_id: int, *, actor: str) -> Letter:
    """Set the letter aside where only admins see it; nothing of it is removed."""
    return _stamp(store, letter_id, actor, Action.DELETE_LETTER, "delete", deleted_at=True)


def restore(store: Store, letter_id: int, *, actor: str) -> Letter:
    """Bring a deleted letter back to the shelf it was deleted from (in use or archived)."""
    return _stamp(store, letter_id, actor, Action.RESTORE_LETTER, "restore", deleted_at=False)


# Which shelves each act applies to, and the word a refusal uses for it.
_FROM = {
    "archive": ((Shelf.IN_USE,), "archived"),
    "unarchive": ((Shelf.ARCHIVED,), "brought back from the archive"),
    "delete": ((Shelf.IN_USE, Shelf.ARCHIVED), "deleted"),
    "restore": ((Shelf.DELETED,), "restored"),
}


def _stamp(
    store: Store, letter_id: int, actor: str, action: Action, event: str, **stamps: bool
) -> Letter:
    shelves, doing = _FROM[event]
    with store.session() as s, s.begin():
        require(s, actor, action, letter_id=letter_id)
        letter = _letter(s, letter_id, *shelves, doing=doing)
        moment = audit.now()
        for column, on in stamps.items():
            setattr(letter, column, moment if on else None)
        letter.updated_at = moment
        audit.record(s, actor, event, letter_id, letter.title)
        return letter


def _letter(s: Session, letter_id: int, *shelves: Shelf, doing: str) -> Letter:
    letter = s.get(Letter, letter_id)
    if letter is None:
        raise LifecycleRefused(f"There is no letter #{letter_id}: it cannot be {doing}.")
    shelf = shelf_of(letter)
    if shelf not in shelves:
        raise LifecycleRefused(f"“{letter.title}” is {shelf}, so it cannot be {doing}.")
    return letter
