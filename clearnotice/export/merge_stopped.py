"""Stopped merges on this server: kept for resuming for ``KEEP`` after their last use, listed,
discarded by the person who started them or an admin, and swept once older; every removal is
in the audit log.

A merge the Export page started and that stopped midway (a reload, a second click, the server
restarted) leaves its journal (``merge_journal``) under ``data/merges``: the letters it
finished, that is customers' personal data. Merging the same list with the same options again
resumes it, so it is kept a while; but a merge nobody resumes was kept for ever. A finished
merge removes its journal itself (``Journal.assemble``); its ZIP, every customer's letter, is
removed ``KEEP`` after it was made, and the page offers its download until then.

The command line merges into a folder the person chose (``--out``): its ZIP and manifest there
are theirs, kept as long as they keep any file, and never swept; a stopped merge's journal
there is ClearNotice's working copy, which only ``--resume`` reads, so it goes after ``KEEP`` as
the page's do (``sweep_journals``, when a merge into that folder finishes).

A journal is removed only while its lock is held (``Journal.held``), so never under a merge
running now: that is the safe moment, whenever the sweep is asked (the Export page asks each
time it draws the mail merge).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from clearnotice import audit
from clearnotice.accounts import Role, normalise_username
from clearnotice.db import data_dir
from clearnotice.export.merge_journal import FINGERPRINT, PARTS, Journal, JournalError
from clearnotice.letters import Store
from clearnotice.permissions import Action, allows, require

# A week after its last use: a merge stopped on a Friday still resumes on Monday, and the
# letters it holds are kept no longer than that needs (GDPR Art. 5(1)(e), storage limitation:
# https://eur-lex.europa.eu/eli/reg/2016/679/oj).
KEEP = dt.timedelta(days=7)
SWEEPER = "clearnotice (retention)"  # the audit log's actor for what is swept as too old
REMOVED = "discard-merge"  # the audit log's action for a merge's letters removed from the server


def merges_folder() -> Path:
    """Where the Export page writes its merges' ZIPs and journals."""
    return data_dir() / "merges"


def page_zip(letter_id: int, fmt: str, fingerprint: str) -> Path:
    """The ZIP of the Export page's merge of a letter, a list and options (``fingerprint``):
    always the same file. A second click on "Merge", a reload or another page ends the run
    midway; named by the second it started, the next click began another merge beside the
    stopped one, whose letters were left on the server. The same file's journal resumes it."""
    return merges_folder() / f"letter-{letter_id}-{fmt}-{fingerprint[:16]}.zip"


# ``page_zip``'s names, and a ZIP half-written under its temporary name (``Journal.assemble``)
_PAGE_ZIP = re.compile(r"letter-(\d+)-[a-z]+-[0-9a-f]{16}\.zip(?:\.part)?")


@dataclass(frozen=True)
class Stopped:
    """One stopped (or running) merge's journal, as the page lists it."""

    journal: Journal
    name: str  # the ZIP it becomes
    started_by: str  # "" for a journal kept before who started it was
    letter_id: int | None
    rows_done: int
    last_used: dt.datetime
    running: bool

    @property
    def kept_until(self) -> dt.datetime:
        return self.last_used + KEEP

    def describe(self) -> str:
        """The merge in a few words, for the page and the audit line."""
        who = f", started by {self.started_by}" if self.started_by else ""
        return f"{self.name} ({self.rows_done} rows done{who})"


def stopped_merges(folder: Path, letter_id: int | None = None) -> list[Stopped]:
    """The merges with a journal in ``folder`` (of ``letter_id`` alone, if given), oldest use
    first; one running now is listed as running."""
    found = [_stopped(path) for path in sorted(folder.glob(f"*{PARTS}"))]
    kept = [s for s in found if s and (letter_id is None or s.letter_id == letter_id)]
    return sorted(kept, key=lambda s: s.last_used)


def _stopped(path: Path) -> Stopped | None:
    """``path``'s journal, or None when it is none (or was removed while being read)."""
    if not (path / FINGERPRINT).is_file():
        return None
    journal = Journal(path)
    try:
        started = journal.started()
        running = journal.busy()
        rows_done = len(journal.done()) if not running else 0
        last_used = dt.datetime.fromtimestamp(journal.last_used(), dt.UTC)
    except (OSError, ValueError):  # removed meanwhile, or a segment being written
        return None
    name = path.name.removesuffix(PARTS)
    return Stopped(
        journal,
        name,
        str(started.get("by", "")),
        _letter_of(started, name),
        rows_done,
        last_used,
        running,
    )


def _letter_of(started: dict[str, object], name: str) -> int | None:
    """The letter a journal merges: as kept when it started, else as the page named its ZIP
    (a journal kept before who started it was)."""
    kept = started.get("letter_id")
    if isinstance(kept, int):
        return kept
    named = _PAGE_ZIP.fullmatch(name)
    return int(named.group(1)) if named else None


def may_discard(stopped: Stopped, username: str, role: Role | str) -> bool:
    """Whether the page offers ``username`` to discard ``stopped`` (``discard`` checks again)."""
    mine = _same(stopped.started_by, username)
    return not stopped.running and (allows(role, Action.DISCARD_MERGE) or mine)


def discard(store: Store, actor: str, stopped: Stopped) -> None:
    """Remove a stopped merge for ``actor``, who started it or is an admin (``require``, whose
    refusal is in the audit log), and log it; a merge running now is refused (``JournalError``)."""
    with store.session() as session, session.begin():
        require(
            session, actor, Action.DISCARD_MERGE,
            owner=stopped.started_by or None, letter_id=stopped.letter_id,
        )  # fmt: skip
        audit.record(
            session, actor, REMOVED, stopped.letter_id, f"stopped mail merge discarded: "
            f"{stopped.describe()}"
        )  # fmt: skip
        _remove(stopped.journal)  # inside the transaction: a removal that fails logs nothing


def sweep(store: Store, folder: Path, now: dt.datetime | None = None) -> list[str]:
    """Remove every stopped merge in ``folder`` unused for longer than ``KEEP``, and every ZIP
    of the Export page's merges made longer ago, each with an audit line; returns their names.
    A merge running now is left alone, however old its journal, and so is a file the page did
    not name."""
    now = now or dt.datetime.now(dt.UTC)
    swept = sweep_journals(store, folder, now)
    if not folder.is_dir():
        return swept
    return swept + [path.name for path in sorted(folder.iterdir()) if _zip_swept(store, path, now)]


def sweep_journals(store: Store, folder: Path, now: dt.datetime | None = None) -> list[str]:
    """Remove every stopped merge in ``folder`` unused for longer than ``KEEP``, each with an
    audit line, and return the names of the ZIPs they were for; nothing else in ``folder`` is
    touched (a folder the person chose holds their own files). A merge running now is left."""
    now = now or dt.datetime.now(dt.UTC)
    if not folder.is_dir():
        return []
    return [s.name for s in stopped_merges(folder) if _swept(store, s, now)]


def _swept(store: Store, stopped: Stopped, now: dt.datetime) -> bool:
    """Remove ``stopped`` and log it, if it is not running and is past its time."""
    if stopped.running or stopped.kept_until > now:
        return False
    try:
        with store.session() as session, session.begin():
            audit.record(
                session, SWEEPER, REMOVED, stopped.letter_id,
                f"stopped mail merge removed, unused for more than {KEEP.days} days: "
                f"{stopped.describe()}",
            )  # fmt: skip
            _remove(stopped.journal)
    except JournalError:  # resumed since it was listed: kept, and nothing logged
        return False
    return True


def _zip_swept(store: Store, path: Path, now: dt.datetime) -> bool:
    """Remove the page's finished merge ZIP at ``path`` and log it, if made before ``KEEP``."""
    named = _PAGE_ZIP.fullmatch(path.name)
    if named is None or not path.is_file():
        return False
    made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    if made + KEEP > now:
        return False
    with store.session() as session, session.begin():
        audit.record(
            session, SWEEPER, REMOVED, int(named.group(1)),
            f"finished mail merge's ZIP removed, more than {KEEP.days} days after it was made: "
            f"{path.name}",
        )  # fmt: skip
        path.unlink(missing_ok=True)
    return True


def _remove(journal: Journal) -> None:
    """Remove ``journal`` while holding its lock, so never under a merge running now."""
    with journal.held():
        journal.remove()


def _same(started_by: str, username: str) -> bool:
    return bool(started_by) and normalise_username(started_by) == normalise_username(username)
