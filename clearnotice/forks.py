"""Where two edits of one letter went apart, and whether they have been joined again.

Two tabs that start from the same version and save different texts fork the letter. The store
merges the two (clearnotice.merging): a clean merge becomes the newest version at once; a merge
with clashing paragraphs keeps the later text aside as a branch version, which is never the
letter's newest text, and leaves the fork open until a person settles each clash. While a fork
is open the letter's text is not final: approvals refuse it (clearnotice.approvals).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from clearnotice.double_clicks import just_made
from clearnotice.merging import MergeResult
from clearnotice.schema import OPEN, Fork, Version

JOINED = "joined"  # ``settled_id`` holds both sides' words: merged, or settled by a person
REPLACED = "replaced"  # the branch was edited again: ``settled_id`` is the newer branch


@dataclass(frozen=True)
class OpenFork:
    """An unsettled fork with its three texts and their merge, as the conflict view needs them."""

    fork: Fork
    base: Version | None
    ours: Version  # the text kept aside
    theirs: Version
    merged: MergeResult


def branch_ids(letter_id: int) -> Select:
    """Ids of every branch version of the letter: never its newest text, settled or not."""
    return select(Fork.branch_id).where(Fork.letter_id == letter_id, Fork.branch_id.is_not(None))


def open_forks(s: Session, letter_id: int, language: str) -> list[Fork]:
    """The letter's unsettled forks in ``language``, oldest first."""
    return list(
        s.scalars(
            select(Fork)
            .where(Fork.letter_id == letter_id, Fork.language == language, Fork.status == OPEN)
            .order_by(Fork.id)
        )
    )


def fork_of_branch(s: Session, version_id: int | None) -> Fork | None:
    """The fork whose kept-aside text is ``version_id``, if that version is a branch."""
    if version_id is None:
        return None
    return s.scalars(select(Fork).where(Fork.branch_id == version_id)).first()


def repeated_settling(s: Session, fork: Fork, text: str, actor: str) -> Version | None:
    """The version ``actor`` settled ``fork`` with a moment ago (``double_clicks``), when it
    holds ``text``: a double-clicked "Save the merged letter" runs its act twice, and the
    second click said the versions were "already joined" by the person who had just joined
    them, under their saved letter. None otherwise."""
    if fork.status != JOINED or fork.settled_by != actor or fork.settled_id is None:
        return None
    version = s.get(Version, fork.settled_id)
    if version is None or version.text != text or not just_made(version.created_at):
        return None
    return version


def settle(fork: Fork, status: str, version_id: int, actor: str) -> None:
    fork.status = status
    fork.settled_id = version_id
    fork.settled_by = actor
