"""Every table ClearNotice stores, in one place: the schema the migrations build.

Modules own what they do with their rows (letters.py saves versions, approvals.py approves);
this module owns only what the rows are. It imports nothing of ClearNotice's, so every module
can import it and the engine (db.py, migrate.py) needs nothing else to know the whole schema.
A change here needs a migration: ``python -m clearnotice.migrate revision "what changes"``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """The declarative base of every ClearNotice table."""


def now() -> datetime:
    """The time every row is stamped with: aware, in UTC."""
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """A stamp read back: SQLite hands back naive datetimes for timezone-aware columns; they
    were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# Waiting for a person: a review comment not yet resolved, a fork not yet settled.
OPEN = "open"
MAX_TITLE = 200
MAX_SESSION = 64
MAX_USERNAME = 200
MAX_CLIENT = 100
MAX_KEY = 120


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(MAX_TITLE))
    source_language: Mapped[str] = mapped_column(String(12), default="en")
    jurisdictions: Mapped[list] = mapped_column(JSON, default=list)
    # Services the user chose that send the text off this machine: {service: {by, at}}.
    consents: Mapped[dict] = mapped_column(JSON, default=dict)
    # The incident facts sheet (clearnotice.facts): {field name: value}, typed once per letter.
    facts: Mapped[dict] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    # A per-state variant (clearnotice.variant_letters): the master letter it is built from; its
    # own jurisdictions are the group it serves. None for a letter written by people. A plain
    # number like Version.parent_id: adding a foreign key would make SQLite rebuild "letters".
    master_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # Set aside, never removed (clearnotice.letter_lifecycle): an archived letter leaves the main
    # list; a deleted one is seen only by admins, who may restore it. None while in use.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("letter_id", "language", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    # The version this one was edited from (for a merge: the newest one it was merged with).
    parent_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # For a translation: the source-language version it translates.
    source_version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # How the text came to be: "typed", "template:<name>", "import:<file>", "machine:<provider>",
    # "human:<translator>", "fix:<rule id>".
    origin: Mapped[str] = mapped_column(String(300), default="typed")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Approval(Base):
    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    version_id: Mapped[int] = mapped_column(Integer, ForeignKey("versions.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    # Why the reviewer approved despite open error-level findings; empty when there were none.
    reason: Mapped[str] = mapped_column(Text, default="")
    # What the approval overrode, one dict per open finding or carried comment (kind, ref,
    # words, reason: clearnotice.approval_policy.Override); empty for a clean approval.
    exceptions: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    # The facts the approved text names by placeholder, as they stood (clearnotice.facts): a
    # changed fact makes the approval stale, since the letter sent would no longer be the one read.
    facts: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")


class Draft(Base):
    """A new draft started over an approved version: the approval no longer locks it, and the
    version saved next will need approving again (clearnotice.drafts)."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    approval_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("approvals.id", ondelete="CASCADE"), unique=True
    )
    started_by: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class WorkingDraft(Base):
    """Text typed on a version and not yet made a version of its own (clearnotice.working_draft):
    one row per letter, language, base version and author, overwritten in place at every pause
    in typing, so typing is kept without a new version each time."""

    __tablename__ = "working_drafts"
    __table_args__ = (UniqueConstraint("letter_id", "language", "base_version_id", "author"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    base_version_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("versions.id", ondelete="CASCADE")
    )
    author: Mapped[str] = mapped_column(String(MAX_USERNAME))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    # when this typing began (the row's first write): "typing not saved since ..." on the Review
    # and Export pages; None on rows written before it was kept, whose updated_at stands in
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ReviewMark(Base):
    """The newest version of one language a reviewer has read: the base of their next diff."""

    __tablename__ = "review_marks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    reviewer: Mapped[str] = mapped_column(String(200))
    version_id: Mapped[int] = mapped_column(Integer, ForeignKey("versions.id", ondelete="CASCADE"))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Comment(Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    version_id: Mapped[int] = mapped_column(Integer, ForeignKey("versions.id", ondelete="CASCADE"))
    # The paragraph (text.blocks index) in that version, and its text to find it again later.
    block: Mapped[int] = mapped_column(Integer)
    anchor: Mapped[str] = mapped_column(Text)
    # The words the comment is about: ``quote`` is text[quote_start:quote_end] of that version.
    # None and "" for a comment on the paragraph as a whole, and for a reply (its thread's
    # anchor holds).
    quote_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quote_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quote: Mapped[str] = mapped_column(Text, default="")
    # A reply names the comment that opened its thread; the thread is open or resolved as one.
    parent_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    status: Mapped[str] = mapped_column(String(12), default=OPEN, index=True)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Fork(Base):
    __tablename__ = "forks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    # The version both edits started from; None when the later save named none it knew.
    base_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("versions.id", ondelete="CASCADE"), nullable=True
    )
    # The newest version the later save found: the other person's words.
    theirs_id: Mapped[int] = mapped_column(Integer, ForeignKey("versions.id", ondelete="CASCADE"))
    # The later save's text, kept aside because it clashed; None when it merged at once.
    branch_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("versions.id", ondelete="CASCADE"), nullable=True, unique=True
    )
    status: Mapped[str] = mapped_column(String(8), default=OPEN)
    settled_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    settled_by: Mapped[str] = mapped_column(String(200), default="")


class EditorPresence(Base):
    __tablename__ = "editor_presence"
    __table_args__ = (UniqueConstraint("letter_id", "language", "session_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    session_id: Mapped[str] = mapped_column(String(MAX_SESSION))
    username: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200), default="")
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class SegmentMark(Base):
    __tablename__ = "translation_segment_marks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(12))
    # the translation version the reviewer was reading, for the record
    version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    segment_index: Mapped[int] = mapped_column(Integer)
    pair_sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(12))
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class CachedSegment(Base):
    __tablename__ = "translation_cache"
    __table_args__ = (
        UniqueConstraint("engine", "source_language", "target_language", "segment_sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engine: Mapped[str] = mapped_column(String(40))
    source_language: Mapped[str] = mapped_column(String(12))
    target_language: Mapped[str] = mapped_column(String(12))
    segment_sha256: Mapped[str] = mapped_column(String(64))
    translation: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(MAX_USERNAME), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    role: Mapped[str] = mapped_column(String(20))
    # None for single-sign-on accounts: they cannot sign in with a password at all.
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    @property
    def name(self) -> str:
        """What the app shows and records: the display name, else the username."""
        return self.display_name or self.username


class SignInThrottle(Base):
    """Consecutive failed sign-ins from one client for one name, and until when it waits.

    ``username`` is the account's name, or for a name that is no account a digest of it
    (``throttle_key``), so what someone typed is not kept in clear.
    """

    __tablename__ = "sign_in_delays"

    client: Mapped[str] = mapped_column(String(MAX_CLIENT), primary_key=True)
    username: Mapped[str] = mapped_column(String(MAX_USERNAME), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_failure_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class SignInSession(Base):
    """One sign-in (sessions.py). Only SHA-256 digests of its ticket and token are kept, so a
    copy of this table signs nobody in; a row exists only while the session may be used.
    """

    __tablename__ = "sign_in_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(MAX_USERNAME), index=True)
    # The token the page holds, renewed when the ticket moves the session into a cookie.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The one-time ticket until it is exchanged for the cookie; None once it has been.
    ticket_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(MAX_KEY), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40), index=True)
    letter_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="SET NULL"), nullable=True, index=True
    )
    detail: Mapped[str] = mapped_column(Text, default="")


class SendRecord(Base):
    __tablename__ = "send_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(80))
    letter_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("letters.id", ondelete="SET NULL"), nullable=True, index=True
    )
    version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    characters: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
