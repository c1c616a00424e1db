"""Approved versions are locked: the newest version of a language that legal approved takes no
edit until someone starts a new draft over it, knowing that the approval will be needed again.

Without the lock one stray keystroke in the editor made a new version and the approval quietly
stopped applying to the letter's text. The lock is a rule of the save itself (``Store._save_once``
calls ``refuse_if_locked`` inside its transaction), so a typed save, a fix, a restore, a local
copy put back after a reload or a settled fork are all refused alike, whoever calls. Starting a
new draft makes no version: it records who unlocked which approval and when (a ``Draft`` row
and the audit log); the next save then makes the version that needs approving again. Approving
the newest version again locks it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearnotice import audit
from clearnotice.accounts import display_name_in
from clearnotice.schema import Approval, Draft, Version


class VersionLocked(ValueError):
    """A save refused because the newest version is approved; the message says what to do."""


@dataclass(frozen=True)
class Lock:
    """A language's newest ``version``, its latest ``approval``, and the new ``draft`` started
    over that approval, if any: without one the version is locked."""

    version: Version
    approval: Approval
    draft: Draft | None

    @property
    def locked(self) -> bool:
        return self.draft is None


def lock_of(s: Session, newest: Version | None) -> Lock | None:
    """The approval state of ``newest`` (a language's newest version); None when it was never
    approved, and may be edited as it is."""
    if newest is None:
        return None
    approval = s.scalars(
        select(Approval)
        .where(Approval.version_id == newest.id)
        .order_by(Approval.approved_at.desc(), Approval.id.desc())
        .limit(1)
    ).first()
    if approval is None:
        return None
    return Lock(newest, approval, draft_over(s, approval))


def draft_over(s: Session, approval: Approval) -> Draft | None:
    """The new draft started over ``approval``, if any: with one, the approval no longer locks
    its version, and approving that version again renews it."""
    return s.scalars(select(Draft).where(Draft.approval_id == approval.id)).first()


def refuse_if_locked(s: Session, newest: Version | None) -> None:
    """VersionLocked when ``newest`` is approved and no new draft was started over it."""
    lock = lock_of(s, newest)
    if lock is not None and lock.locked:
        approval = lock.approval
        raise VersionLocked(
            f"{newest.language} v{newest.number} was approved by "
            f"{display_name_in(s, approval.approved_by)} on "
            f"{approval.approved_at:%Y-%m-%d %H:%M} UTC and is locked: nothing was saved. "
            "Start a new draft to change it; the new text will need approving again."
        )


def start(s: Session, newest: Version | None, actor: str) -> Lock:
    """Unlock ``newest`` for a new draft, recorded in ``s``; ValueError when it was never
    approved. A draft already started is returned as it is."""
    lock = lock_of(s, newest)
    if lock is None:
        raise ValueError("This text was never approved: it can be edited as it is.")
    if not lock.locked:  # started a moment ago, in another tab or by someone else
        return lock
    draft = Draft(approval_id=lock.approval.id, started_by=actor[:200], started_at=audit.now())
    s.add(draft)
    audit.record(
        s,
        actor,
        "new-draft",
        newest.letter_id,
        f"{newest.language} v{newest.number}, approved by {lock.approval.approved_by}: "
        "a new draft was started; the next version needs approving again",
    )
    return Lock(newest, lock.approval, draft)
