"""Letters and their versions: every committed edit is a new, immutable version.

A letter has one source language and any number of translations; each language has its own
numbered chain of versions. A translation version records the source version it was made from,
so a translation older than the English it claims to translate can be shown as stale.
Saving never overwrites: a save based on an older version than the newest one is merged with
the newer text paragraph by paragraph (clearnotice.merging). A clean merge is saved as the newest
version, with both people's words; when paragraphs clash, the save is kept aside as a branch
version (clearnotice.forks) that is not the letter's text until a person settles each clash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    delete,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from clearnotice import audit, double_clicks, drafts, forks, migrate
from clearnotice.db import make_engine
from clearnotice.merging import merge
from clearnotice.permissions import Action, logs_refusal, require
from clearnotice.schema import MAX_TITLE, Letter, Version, WorkingDraft
from clearnotice.wording import plural

# Every write of a letter's text (a new letter, a version of any origin, a working draft, the
# jurisdictions that rebuild its variants) checks, inside its own transaction, that the actor is
# an account that may change letters now (permissions.require, Action.EDIT). A page is drawn
# minutes before its typing arrives, and the Edit page's editor reruns as a fragment without the
# sign-in gate, so a deactivated person's open tab would otherwise keep writing. No writer is
# exempt: the command line (``cli:<login>``) saves no letter, and variant sync writes as the
# person who saved the master, who is checked again for each variant. An actor is thus always an
# account's name, which fits the author columns (schema.MAX_USERNAME): nothing is cut to fit.


def _check_text(text: str) -> str:
    """Refuse what no database stores alike: PostgreSQL rejects NUL, SQLite would keep it."""
    if "\x00" in text:
        raise ValueError("The text contains a NUL character, which a letter cannot hold.")
    return text


def fingerprint(text: str) -> str:
    """SHA-256 of the exact UTF-8 bytes of ``text``: what an approval and an export must match."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SaveResult:
    """What a save did.

    ``merged_with``: the newer version another session saved meanwhile, whose changes were
    merged into ``version`` with this one's. ``conflict_with``: that newer version when some
    paragraphs clashed; ``version`` is then the branch kept aside, and ``fork_id`` names the
    fork a person must settle (``Store.resolve_fork``).
    """

    version: Version
    created: bool
    conflict_with: Version | None = None
    merged_with: Version | None = None
    fork_id: int | None = None


@dataclass(frozen=True)
class LetterSummary:
    letter: Letter
    latest: Version | None
    languages: tuple[str, ...]


class Store:
    """Every read and write of letters and versions, each in its own short transaction."""

    def __init__(self, url: str | None = None, session_factory: sessionmaker | None = None):
        self.session_factory = session_factory or migrate.session_factory(make_engine(url))

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
        master_id: int | None = None,
    ) -> Letter:
        """A letter and its first version, written together or not at all; ``master_id`` for a
        per-state variant (clearnotice.variant_letters). PermissionRefused when ``actor`` may not
        change letters now. The same letter asked for again by the same person within
        ``double_clicks.REPEAT_WINDOW`` is a double-clicked "Create letter": the first is
        returned and no second letter is made."""
        title = (title or "").strip()[:MAX_TITLE] or "Untitled letter"
        _check_text(text)
        with self.session() as s, s.begin():
            require(s, actor, Action.EDIT)
            wanted = (title, source_language, master_id, sorted(jurisdictions or []), text)
            repeated = _just_created(s, actor, wanted)
            if repeated is not None:
                return repeated
            letter = Letter(
                title=title,
                source_language=source_language,
                created_by=actor,
                jurisdictions=list(jurisdictions or []),
                consents={},
                master_id=master_id,
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

    def set_jurisdictions(self, letter_id: int, codes: list[str], *, actor: str) -> None:
        self._update_letter(letter_id, actor, "jurisdictions", jurisdictions=list(codes))
        self._refresh_variants(letter_id, actor)

    @logs_refusal("agree to send the text to a service")
    def record_consent(self, letter_id: int, service: str, *, actor: str) -> None:
        """Record that ``actor`` chose a service that sends this letter's text off the machine;
        PermissionRefused when ``actor`` is no longer an active account, ValueError when the
        letter was deleted."""
        with self.session() as s, s.begin():
            require(s, actor, Action.CONSENT, letter_id=letter_id)
            letter = writable(s, letter_id)
            consents = dict(letter.consents or {})
            consents[service] = {"by": actor, "at": audit.now().isoformat()}
            letter.consents = consents
            audit.record(s, actor, "consent", letter_id, f"text may be sent to {service}")

    def _update_letter(self, letter_id: int, actor: str, action: str, **values) -> None:
        """Set ``values`` on the letter; refused like a save for a deleted letter, whose
        jurisdictions would otherwise rebuild its variants, letters still in use."""
        with self.session() as s, s.begin():
            require(s, actor, Action.EDIT, letter_id=letter_id)
            letter = writable(s, letter_id)
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

    @logs_refusal("save a version")
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
        new_draft: bool = False,
    ) -> SaveResult:
        """Save ``text`` as the next version, unless it equals the newest one.

        ``base_version_id`` is the version the user's text was edited from (None: from nothing).
        When someone else saved a newer version meanwhile, the two edits are merged: cleanly,
        into the newest version; else this text is saved aside as a branch (nothing typed is
        lost) and the newer version is returned as ``conflict_with``. A base that is not a
        version of this letter and language (a browser's local copy names its base, and a browser
        can send any number) counts as unknown: nothing in common is known. A save by a name that
        is no account, or by an account that may no longer change letters, is refused
        (PermissionRefused), whatever its origin.
        While the newest version is approved, any save that would make a new one is refused
        (drafts.VersionLocked), unless a new draft was started over the approval, or
        ``new_draft`` says the caller's own act is that explicit choice (a whole new translation
        asked for on the Translations page): it is then started and recorded with the save.
        """
        _check_text(text)
        return self._save(
            letter_id, text, base_version_id, actor, language, origin, source_version_id, None,
            new_draft=new_draft,
        )  # fmt: skip

    # working drafts: typing not yet a version (when it becomes one: clearnotice.working_draft)
    def working_draft(
        self, letter_id: int, base_version_id: int, *, actor: str, language: str | None = None
    ) -> WorkingDraft | None:
        """``actor``'s text typed on version ``base_version_id`` and not yet a version, if any."""
        found = self.working_drafts(
            letter_id, actor=actor, language=language, base_version_id=base_version_id
        )
        return found[0] if found else None

    def working_drafts(
        self,
        letter_id: int,
        *,
        actor: str,
        language: str | None = None,
        base_version_id: int | None = None,
    ) -> list[WorkingDraft]:
        """``actor``'s working drafts of the letter (on ``base_version_id`` only, if given),
        oldest base version first."""
        with self.session() as s:
            language = language or _letter(s, letter_id).source_language
            mine = _drafts_of(letter_id, language, actor, base_version_id)
            query = select(WorkingDraft).where(*mine).order_by(WorkingDraft.base_version_id)
            return list(s.scalars(query))

    @logs_refusal("save typing")
    def write_working_draft(
        self,
        letter_id: int,
        text: str,
        *,
        base_version_id: int,
        actor: str,
        language: str | None = None,
        now: datetime | None = None,
    ) -> WorkingDraft:
        """Write ``text`` over ``actor``'s working draft on ``base_version_id``; no version is
        made. Refused (ValueError) like a save: an actor that may not change letters now, a text
        no database stores alike, a base that is not a version of this letter and language, a
        locked newest version."""
        _check_text(text)
        for _attempt in range(2):
            try:
                with self.session() as s, s.begin():
                    require(s, actor, Action.EDIT, letter_id=letter_id)
                    language = language or writable(s, letter_id).source_language
                    base = s.get(Version, base_version_id)
                    if not belongs(base, letter_id, language):
                        raise ValueError("The text was typed on a version this letter lacks.")
                    drafts.refuse_if_locked(s, latest_in(s, letter_id, language))
                    mine = _drafts_of(letter_id, language, actor, base.id)
                    draft = s.scalars(select(WorkingDraft).where(*mine)).first()
                    when = now or audit.now()
                    if draft is None:
                        draft = WorkingDraft(letter_id=letter_id, language=language,
                                             base_version_id=base.id, author=actor,
                                             started_at=when)  # fmt: skip
                        s.add(draft)
                    draft.text, draft.updated_at = text, when
                    return draft
            except IntegrityError:
                continue  # the same person's other tab made the row a moment ago: write over it
        raise RuntimeError("could not keep the working draft: the database kept refusing it")

    def lock(self, letter_id: int, language: str | None = None) -> drafts.Lock | None:
        """The approval state of the newest version of ``language`` (the source language by
        default): None when never approved; ``.locked`` while no new draft was started."""
        with self.session() as s:
            language = language or _letter(s, letter_id).source_language
            return drafts.lock_of(s, latest_in(s, letter_id, language))

    @logs_refusal("start a new draft")
    def start_new_draft(self, letter_id: int, language: str | None, *, actor: str) -> drafts.Lock:
        """Unlock the approved newest version of ``language`` for editing; the approval is
        kept, shown as needing renewal, and the next version saved needs approving again.
        Refused (PermissionRefused) for an account that may not change letters now, and
        (ValueError) for a deleted letter."""
        with self.session() as s, s.begin():
            require(s, actor, Action.EDIT, letter_id=letter_id)
            letter = writable(s, letter_id)
            language = language or letter.source_language
            return drafts.start(s, latest_in(s, letter_id, language), actor)

    def open_forks(self, letter_id: int, language: str | None = None) -> list[forks.OpenFork]:
        """The letter's forks waiting for a person, each with its three texts and their merge."""
        with self.session() as s:
            language = language or _letter(s, letter_id).source_language
            return [_with_texts(s, fork) for fork in forks.open_forks(s, letter_id, language)]

    @logs_refusal("settle clashing edits")
    def resolve_fork(self, fork_id: int, choices: list[str], *, actor: str) -> SaveResult:
        """Settle an open fork: its merge with ``choices`` (one text per clashing paragraph, in
        order) is saved as the newest version, holding both sides. Should the letter have moved
        on since, that text is merged in turn with the newer one, like any save."""
        with self.session() as s:
            fork = s.get(forks.Fork, fork_id)
            if fork is None:
                raise KeyError(f"no fork {fork_id}")
            if fork.status == forks.REPLACED:
                raise ValueError(
                    "A newer edit of the kept-aside text replaced it; nothing was saved. "
                    "Choose again for the paragraphs shown now."
                )
            opened = _with_texts(s, fork)
            text = _check_text(opened.merged.resolve(choices))
            if fork.status != forks.OPEN:
                repeated = forks.repeated_settling(s, fork, text, actor)
                if repeated is not None:  # a double-clicked Save: the first click's version
                    return SaveResult(repeated, created=False)
                raise ValueError(
                    f"These versions were already joined by {fork.settled_by or 'someone'}; "
                    "nothing was saved. Reopen the letter to see its newest text."
                )
        origin = f"resolve:v{opened.ours.number}+v{opened.theirs.number}"
        return self._save(
            fork.letter_id, text, fork.theirs_id, actor, fork.language, origin, None, fork_id
        )

    def _save(
        self, letter_id, text, base_version_id, actor, language, origin, source_version_id, fork_id,
        *, new_draft=False,
    ) -> SaveResult:  # fmt: skip
        for _attempt in range(3):
            try:
                result = self._save_once(
                    letter_id, text, base_version_id, actor, language, origin, source_version_id,
                    fork_id, new_draft,
                )  # fmt: skip
            except IntegrityError:
                continue  # another session took this number a moment ago: number again
            if result.created and result.conflict_with is None:
                self._refresh_variants(letter_id, actor, result.version.language)
            return result
        raise RuntimeError("could not save: the database kept refusing the version number")

    def _refresh_variants(self, letter_id: int, actor: str, language: str | None = None) -> None:
        """A master letter's newest text or jurisdictions flow into its per-state variants."""
        with self.session() as s:
            letter = _letter(s, letter_id)
            if language not in (None, letter.source_language):
                return
            query = select(Letter.id).where(Letter.master_id == letter_id).limit(1)
            if s.scalars(query).first() is None:
                return
        # Imported here, where a master with variants is saved: building variants needs the
        # guidance engine and the customer-list reader, which a store's other users (a command
        # that exports, the import worker) should not load at start.
        from clearnotice import variant_letters

        variant_letters.sync(self, letter_id, actor=actor)

    def _save_once(
        self, letter_id, text, base_version_id, actor, language, origin, source_version_id, fork_id,
        new_draft,
    ) -> SaveResult:  # fmt: skip
        with self.session() as s, s.begin():
            require(s, actor, Action.EDIT, letter_id=letter_id)
            letter = writable(s, letter_id)
            language = language or letter.source_language
            _refuse_foreign_source(s, letter, source_version_id)
            # The number is read before the newest version: a version another session commits
            # after this read takes the same number, and the insert fails and is retried.
            number = _next_number(s, letter_id, language)
            latest = latest_in(s, letter_id, language)
            base = s.get(Version, base_version_id) if base_version_id is not None else None
            if not belongs(base, letter_id, language):
                base_version_id = None
            else:  # this save holds the actor's newest text on that base: their draft is done
                mine = _drafts_of(letter_id, language, actor, base_version_id)
                s.execute(delete(WorkingDraft).where(*mine))
            # The fork this save settles: the one being resolved, or the one whose branch the
            # text was edited from. Its merge starts from what both sides had in common.
            if fork_id is not None:
                fork = s.get(forks.Fork, fork_id)
                if fork.status != forks.OPEN:  # settled in another tab a moment ago
                    raise ValueError("These versions were already joined by someone else.")
                ancestor_id = fork.theirs_id
            else:
                fork = forks.fork_of_branch(s, base_version_id)
                ancestor_id = fork.base_id if fork is not None else base_version_id
            if fork is not None and fork.status != forks.OPEN:
                fork = None
            if (
                latest is not None
                and latest.text == text
                and (source_version_id is None or latest.source_version_id == source_version_id)
            ):
                if fork is not None:
                    forks.settle(fork, forks.JOINED, latest.id, actor)
                return SaveResult(latest, created=False)
            if new_draft and drafts.lock_of(s, latest) is not None:
                drafts.start(s, latest, actor)
            drafts.refuse_if_locked(s, latest)
            letter.updated_at = audit.now()
            if latest is None or ancestor_id == latest.id:
                version = self._add(s, letter_id, language, number, text, base_version_id,
                                    source_version_id, origin, actor)  # fmt: skip
                if fork is not None:
                    forks.settle(fork, forks.JOINED, version.id, actor)
                action = "merge" if fork_id is not None else _action(origin)
                audit.record(s, actor, action, letter_id, f"{language} v{number} ({origin})")
                return SaveResult(version, created=True)
            ancestor = s.get(Version, ancestor_id) if ancestor_id is not None else None
            merged = merge(ancestor.text if ancestor else "", text, latest.text)
            if merged.clean:
                return self._save_merged(
                    s, latest, ancestor, merged.text, fork, number, origin, source_version_id,
                    actor,
                )  # fmt: skip
            branch = self._add(s, letter_id, language, number, text, base_version_id,
                               source_version_id, origin, actor)  # fmt: skip
            opened = forks.Fork(
                letter_id=letter_id,
                language=language,
                base_id=ancestor.id if ancestor else None,
                theirs_id=latest.id,
                branch_id=branch.id,
                status=forks.OPEN,
                created_at=audit.now(),
            )
            s.add(opened)
            if fork is not None:
                forks.settle(fork, forks.REPLACED, branch.id, actor)
            s.flush()
            audit.record(
                s, actor, _action(origin), letter_id,
                f"{language} v{number} ({origin}); kept aside: "
                f"{plural(len(merged.conflicts), 'paragraph')} clashing with v{latest.number}, "
                f"edited by {latest.author}; "
                "waiting for a person to merge them",
            )  # fmt: skip
            return SaveResult(branch, True, conflict_with=latest, fork_id=opened.id)

    def _save_merged(
        self, s, latest, ancestor, text, fork, number, origin, source_version_id, actor
    ) -> SaveResult:
        """A text merged cleanly with the newer ``latest``: the newest version, both kept."""
        if text == latest.text:  # this side's changes were all in the newer text already
            if fork is not None:
                forks.settle(fork, forks.JOINED, latest.id, actor)
            return SaveResult(latest, created=False, merged_with=latest)
        origin = f"merge:{origin}"
        version = self._add(s, latest.letter_id, latest.language, number, text, latest.id,
                            source_version_id, origin, actor)  # fmt: skip
        if fork is None:
            fork = forks.Fork(
                letter_id=latest.letter_id,
                language=latest.language,
                base_id=ancestor.id if ancestor else None,
                theirs_id=latest.id,
                created_at=audit.now(),
            )
            s.add(fork)
        forks.settle(fork, forks.JOINED, version.id, actor)
        since = f"v{ancestor.number}" if ancestor else "a text of its own"
        audit.record(
            s, actor, "merge", latest.letter_id,
            f"{latest.language} v{number} ({origin}): an edit of {since} merged with "
            f"v{latest.number}, edited by {latest.author}; both kept",
        )  # fmt: skip
        return SaveResult(version, created=True, merged_with=latest)

    @staticmethod
    def _add(s, letter_id, language, number, text, parent_id, source_version_id, origin, actor):
        version = _new_version(
            letter_id, language, number, text, parent_id, source_version_id, origin, actor
        )
        s.add(version)
        s.flush()
        return version


def _letter(s: Session, letter_id: int) -> Letter:
    letter = s.get(Letter, letter_id)
    if letter is None:
        raise KeyError(f"no letter {letter_id}")
    return letter


def _just_created(s: Session, actor: str, wanted: tuple) -> Letter | None:
    """``actor``'s newest letter when it was made within the repeat window and is ``wanted``
    (its title, language, master, jurisdictions and first text), else None."""
    last = s.scalars(
        select(Letter).where(Letter.created_by == actor).order_by(Letter.id.desc()).limit(1)
    ).first()
    if last is None or last.deleted_at is not None or not double_clicks.just_made(last.created_at):
        return None
    first = s.scalars(
        select(Version).where(Version.letter_id == last.id).order_by(Version.id).limit(1)
    ).first()
    text = first.text if first else None
    made = (last.title, last.source_language, last.master_id, sorted(last.jurisdictions), text)
    return last if made == wanted else None


def belongs(version: Version | None, letter_id: int, language: str | None = None) -> bool:
    """Whether ``version`` is one of letter ``letter_id``'s (in ``language``, when given). Pages
    and commands name versions by id, from a screen's state, a kept undo or a typed option; each
    act that takes one asks this first, so a stale or wrong id never puts another customer's text,
    or a translation, where this letter's is meant."""
    return (
        version is not None
        and version.letter_id == letter_id
        and (language is None or version.language == language)
    )


def writable(s: Session, letter_id: int) -> Letter:
    """The letter, when anything may be written into it (text, comments, consents, reading
    marks): a deleted letter takes none (its tab may still be open, or a link to it kept), so
    nothing is saved into a letter nobody sees."""
    letter = _letter(s, letter_id)
    if letter.deleted_at is not None:
        raise ValueError(
            f"“{letter.title}” was deleted, so nothing was saved. An admin can restore it from "
            "the Deleted list on the first screen; your text is still on screen."
        )
    return letter


def _refuse_foreign_source(s: Session, letter: Letter, source_version_id: int | None) -> None:
    """ValueError unless ``source_version_id`` (what a translation was made from, named by id
    by the page) is a version of this letter's source language: another letter's would make the
    translation's staleness and approval checks compare it with another customer's text."""
    if source_version_id is None:
        return
    source = s.get(Version, source_version_id)
    if not belongs(source, letter.id, letter.source_language):
        raise ValueError(
            f"Version {source_version_id} is not one of this letter's {letter.source_language} "
            "versions, so a translation cannot say it was made from it."
        )


def latest_in(s: Session, letter_id: int, language: str) -> Version | None:
    """The newest version of ``language`` within an open session (for other table modules).

    A branch kept aside by a fork is never the newest text: its words are not merged yet."""
    return s.scalars(
        select(Version)
        .where(
            Version.letter_id == letter_id,
            Version.language == language,
            Version.id.not_in(forks.branch_ids(letter_id)),
        )
        .order_by(Version.number.desc())
        .limit(1)
    ).first()


def _drafts_of(
    letter_id: int, language: str, actor: str, base_version_id: int | None = None
) -> list[ColumnElement[bool]]:
    """What picks out ``actor``'s working drafts of the letter in ``language`` (typed on
    ``base_version_id``, if given): conditions for a select or a delete."""
    conditions = [
        WorkingDraft.letter_id == letter_id,
        WorkingDraft.language == language,
        WorkingDraft.author == actor,
    ]
    if base_version_id is not None:
        conditions.append(WorkingDraft.base_version_id == base_version_id)
    return conditions


def _with_texts(s: Session, fork: forks.Fork) -> forks.OpenFork:
    base = s.get(Version, fork.base_id) if fork.base_id is not None else None
    ours, theirs = s.get(Version, fork.branch_id), s.get(Version, fork.theirs_id)
    merged = merge(base.text if base else "", ours.text, theirs.text)
    return forks.OpenFork(fork, base, ours, theirs, merged)


def _next_number(s: Session, letter_id: int, language: str) -> int:
    """One more than any version of ``language``, branches included."""
    highest = s.scalar(
        select(func.max(Version.number)).where(
            Version.letter_id == letter_id, Version.language == language
        )
    )
    return (highest or 0) + 1


def _action(origin: str) -> str:
    return "translate" if origin.startswith(("machine", "human")) else "edit"


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
