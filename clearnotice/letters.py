"""Letters and their versions: every committed edit is a new, immutable version.

A letter has one source language and any number of translations; each language has its own
numbered chain of versions. A translation version records the source version it was made from,
so a translation older than the English it claims to translate can be shown as stale.
Saving never overwrites: a save based on an older version than the newest one is still kept,
and reported as a conflict so the user can compare both texts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from clearnotice import audit
from clearnotice.db import Base, make_engine, make_session_factory

MAX_TITLE = 200
MAX_NAME = 200  # actors and authors, as the columns hold them


def _check_text(text: str) -> str:
    """Refuse what no database stores alike: PostgreSQL rejects NUL, SQLite would keep it."""
    if "\x00" in text:
        raise ValueError("The text contains a NUL character, which a letter cannot hold.")
    return text


def fingerprint(text: str) -> str:
    """SHA-256 of the exact UTF-8 bytes of ``text``: what an approval and an export must match."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(MAX_TITLE))
    source_language: Mapped[str] = mapped_column(String(12), default="en")
    jurisdictions: Mapped[list] = mapped_column(JSON, default=list)
    # Services the user chose that send the text off this machine: {service: {by, at}}.
    consents: Mapped[dict] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=audit.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=audit.now)


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
    # The version this one was edited from; a save whose parent is not the newest is a conflict.
    parent_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # For a translation: the source-language version it translates.
    source_version_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # How the text came to be: "typed", "template:<name>", "import:<file>", "machine:<provider>",
    # "human:<translator>", "fix:<rule id>".
    origin: Mapped[str] = mapped_column(String(300), default="typed")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=audit.now)


@dataclass(frozen=True)
class SaveResult:
    """What a save did. ``conflict_with`` is the newer version another session saved meanwhile;
    both texts are kept, and the caller shows the user the two side by side."""

    version: Version
    created: bool
    conflict_with: Version | None = None


@dataclass(frozen=True)
class LetterSummary:
    letter: Letter
    latest: Version | None
    languages: tuple[str, ...]


class Store:
    """Every read and write of letters and versions, each in its own short transaction."""

    def __init__(self, url: str | None = None, session_factory: sessionmaker | None = None):
        self.session_factory = session_factory or make_session_factory(make_engine(url))

    def session(self) -> Session:
        return self.session_factory()

    # letters -------------------------------------------------------------------------------
    def create_letter(
        self,
        title: str,
        text: str,
        *,
        actor: str,
        source_language: str = "en",
        origin: str = "typed",
        jurisdictions: list[str] | None = None,
    ) -> Letter:
        """A letter and its first version, written together or not at all."""
        title = (title or "").strip()[:MAX_TITLE] or "Untitled letter"
        actor = actor[:MAX_NAME]
        _check_text(text)
        with self.session() as s, s.begin():
            letter = Letter(
                title=title,
                source_language=source_language,
                created_by=actor,
                jurisdictions=list(jurisdictions or []),
                consents={},
            )
            s.add(letter)
            s.flush()
            s.add(_new_version(letter.id, source_language, 1, text, None, None, origin, actor))
            action = "import" if origin.startswith("import") else "create"
            audit.record(s, actor, action, letter.id, f"{title} ({origin})")
        return letter

    def get_letter(self, letter_id: int) -> Letter | None:
        with self.session() as s:
            return s.get(Letter, letter_id)

    def list_letters(self) -> list[LetterSummary]:
        with self.session() as s:
            letters = list(s.scalars(select(Letter).order_by(Letter.updated_at.desc())))
            summaries = []
            for letter in letters:
                langs = tuple(
                    s.scalars(
                        select(Version.language).where(Version.letter_id == letter.id).distinct()
                    )
                )
                latest = latest_in(s, letter.id, letter.source_language)
                summaries.append(LetterSummary(letter, latest, tuple(sorted(langs))))
            return summaries

    def rename(self, letter_id: int, title: str, *, actor: str) -> None:
        title = (title or "").strip()[:MAX_TITLE]
        if not title:
            raise ValueError("A letter needs a title.")
        self._update_letter(letter_id, actor, "rename", title=title)

    def set_jurisdictions(self, letter_id: int, codes: list[str], *, actor: str) -> None:
        self._update_letter(letter_id, actor, "jurisdictions", jurisdictions=list(codes))

    def record_consent(self, letter_id: int, service: str, *, actor: str) -> None:
        """Record that ``actor`` chose a service that sends this letter's text off the machine."""
        with self.session() as s, s.begin():
            letter = _letter(s, letter_id)
            consents = dict(letter.consents or {})
            consents[service] = {"by": actor, "at": audit.now().isoformat()}
            letter.consents = consents
            audit.record(s, actor, "consent", letter_id, f"text may be sent to {service}")

    def _update_letter(self, letter_id: int, actor: str, action: str, **values) -> None:
        with self.session() as s, s.begin():
            letter = _letter(s, letter_id)
            for key, value in values.items():
                setattr(letter, key, value)
            letter.updated_at = audit.now()
            audit.record(s, actor, action, letter_id, str(values))

    # versions ------------------------------------------------------------------------------
    def latest_version(self, letter_id: int, language: str | None = None) -> Version | None:
        with self.session() as s:
            if language is None:
                language = _letter(s, letter_id).source_language
            return latest_in(s, letter_id, language)

    def get_version(self, version_id: int) -> Version | None:
        with self.session() as s:
            return s.get(Version, version_id)

    def versions(self, letter_id: int, language: str | None = None) -> list[Version]:
        """Versions oldest first; all languages unless ``language`` is given."""
        with self.session() as s:
            query = select(Version).where(Version.letter_id == letter_id)
            if language is not None:
                query = query.where(Version.language == language)
            return list(s.scalars(query.order_by(Version.language, Version.number)))

    def save_version(
        self,
        letter_id: int,
        text: str,
        *,
        base_version_id: int | None,
        actor: str,
        language: str | None = None,
        origin: str = "typed",
        source_version_id: int | None = None,
    ) -> SaveResult:
        """Save ``text`` as the next version, unless it equals the newest one.

        ``base_version_id`` is the version the user's text was edited from. When someone else
        saved a newer version meanwhile, this text is still saved (nothing typed is lost) and
        the newer version is returned as ``conflict_with``. A base that is not a version of this
        letter and language (a browser's local copy names its base, and a browser can send any
        number) counts as unknown: the text is saved with no parent and reported as a conflict.
        """
        _check_text(text)
        actor = actor[:MAX_NAME]
        for _attempt in range(3):
            try:
                return self._save_once(
                    letter_id, text, base_version_id, actor, language, origin, source_version_id
                )
            except IntegrityError:
                continue  # another session took this number a moment ago: number again
        raise RuntimeError("could not save: the database kept refusing the version number")

    def _save_once(
        self, letter_id, text, base_version_id, actor, language, origin, source_version_id
    ) -> SaveResult:
        with self.session() as s, s.begin():
            letter = _letter(s, letter_id)
            language = language or letter.source_language
            latest = latest_in(s, letter_id, language)
            base = s.get(Version, base_version_id) if base_version_id is not None else None
            if base is None or (base.letter_id, base.language) != (letter_id, language):
                base_version_id = None
            if (
                latest is not None
                and latest.text == text
                and (source_version_id is None or latest.source_version_id == source_version_id)
            ):
                return SaveResult(latest, created=False)
            conflict = latest if latest is not None and latest.id != base_version_id else None
            number = (latest.number + 1) if latest else 1
            version = _new_version(
                letter_id, language, number, text, base_version_id, source_version_id, origin, actor
            )
            s.add(version)
            letter.updated_at = audit.now()
            s.flush()
            action = "translate" if origin.startswith(("machine", "human")) else "edit"
            detail = f"{language} v{number} ({origin})"
            if conflict is not None:
                detail += f"; saved alongside v{conflict.number}, edited by {conflict.author}"
            audit.record(s, actor, action, letter_id, detail)
            return SaveResult(version, created=True, conflict_with=conflict)


def _letter(s: Session, letter_id: int) -> Letter:
    letter = s.get(Letter, letter_id)
    if letter is None:
        raise KeyError(f"no letter {letter_id}")
    return letter


def latest_in(s: Session, letter_id: int, language: str) -> Version | None:
    """The newest version of ``language`` within an open session (for other table modules)."""
    return s.scalars(
        select(Version)
        .where(Version.letter_id == letter_id, Version.language == language)
        .order_by(Version.number.desc())
        .limit(1)
    ).first()


def _new_version(
    letter_id, language, number, text, parent_id, source_version_id, origin, author
) -> Version:
    return Version(
        letter_id=letter_id,
        language=language,
        number=number,
        text=text,
        sha256=fingerprint(text),
        parent_id=parent_id,
        source_version_id=source_version_id,
        origin=origin[:300],
        author=author,
        created_at=audit.now(),
    )
