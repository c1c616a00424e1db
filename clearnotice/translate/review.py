"""The reviewer's mark on each segment of a translation: ok, or queried with a comment.

A mark belongs to the exact pair of texts it was given on (a fingerprint of the English segment
and of its translation), so it survives a new version that leaves that segment alone and falls
away, by itself, from a segment whose English or translation changed since. Marks are never
overwritten: a new mark is a new row, and the newest counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearnotice import audit
from clearnotice.letters import Store, Version, belongs, writable
from clearnotice.permissions import Action, require
from clearnotice.schema import SegmentMark

OK = "ok"
QUERIED = "queried"
STATUSES = (OK, QUERIED)
MAX_COMMENT = 4000


@dataclass(frozen=True)
class Mark:
    status: str
    comment: str
    reviewer: str
    at: datetime
    version_id: int | None


def pair_fingerprint(source_segment: str, target_segment: str) -> str:
    """What a mark is tied to: the English segment and its translation, exactly."""
    joined = f"{source_segment}\x1f{target_segment}".encode()
    return hashlib.sha256(joined).hexdigest()


def mark_segment(
    store: Store,
    letter_id: int,
    language: str,
    *,
    version_id: int,
    segment_index: int,
    source_segment: str,
    target_segment: str,
    status: str,
    comment: str = "",
    reviewer: str,
) -> Mark:
    """Record the reviewer's mark; a query needs a comment saying what is wrong. Refused
    (PermissionRefused) for a name that is no active account now, and (ValueError) on a deleted
    letter or a version that is not this letter's ``language`` translation."""
    if status not in STATUSES:
        raise ValueError(f"a mark is one of {', '.join(STATUSES)}, not {status!r}")
    comment = (comment or "").strip()[:MAX_COMMENT]
    if status == QUERIED and not comment:
        raise ValueError("Say what is wrong with this segment: a query needs a comment.")
    row = SegmentMark(
        letter_id=letter_id,
        language=language,
        version_id=version_id,
        segment_index=segment_index,
        pair_sha256=pair_fingerprint(source_segment, target_segment),
        status=status,
        comment=comment,
        reviewer=reviewer,
        created_at=audit.now(),
    )
    with store.session() as s, s.begin():
        # A mark is a reviewer's comment on the pair, checked like one when it is given: the
        # page may have been drawn before the account was deactivated (clearnotice.permissions).
        require(s, reviewer, Action.COMMENT, letter_id=letter_id)
        writable(s, letter_id)
        _refuse_foreign(s, letter_id, language, version_id)
        s.add(row)
        detail = f"{language} segment {segment_index + 1}: {status}"
        if comment:
            detail += f" - {comment}"
        audit.record(s, reviewer, "comment", letter_id, detail)
    return Mark(row.status, row.comment, row.reviewer, row.created_at, row.version_id)


def _refuse_foreign(s: Session, letter_id: int, language: str, version_id: int) -> None:
    """ValueError unless ``version_id`` (named by the page) is this letter's ``language`` text:
    a mark tied to another letter's version, or to the English, would say the reviewer read a
    pair they never saw."""
    version = s.get(Version, version_id)
    if not belongs(version, letter_id, language):
        raise ValueError(
            f"Version {version_id} is not this letter's {language} translation, so the mark was "
            "not saved. Open the translation again."
        )


def current_marks(store: Store, letter_id: int, language: str) -> dict[str, Mark]:
    """The newest mark for each pair of texts in this letter's ``language`` translation."""
    with store.session() as s:
        rows = s.scalars(
            select(SegmentMark)
            .where(SegmentMark.letter_id == letter_id, SegmentMark.language == language)
            .order_by(SegmentMark.id)
        )
        return {
            r.pair_sha256: Mark(r.status, r.comment, r.reviewer, r.created_at, r.version_id)
            for r in rows
        }
