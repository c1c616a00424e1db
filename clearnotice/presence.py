"""Who has a letter open in the editor right now, so two people know before they fork it.

Each open editor reports itself (a heartbeat) every ``HEARTBEAT``; anyone seen within ``WINDOW``
counts as still there. A presence ends as soon as the app can know it is over: the tab leaves the
letter (``leave``) or reports on another one (``heartbeat``), its person signs out everywhere or
loses the account (``auth.end_all_in``), or the server that served it says its connection closed
(``closed``, asked at every heartbeat of another tab). Only what no server can tell (a tab of
another server, a server stopped, a network cut) waits for its report to grow older than
``WINDOW``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from clearnotice import audit
from clearnotice.db import DatabaseProblem
from clearnotice.permissions import Action, require
from clearnotice.schema import MAX_SESSION, EditorPresence, User

if TYPE_CHECKING:
    from clearnotice.letters import Store

HEARTBEAT = timedelta(seconds=20)  # how often an open editor reports itself
# A report missed twice still counts the tab as open: a fragment's rerun waits behind its
# session's other work, and with ten people typing at once a server took 16 s at p90 to answer
# (README, bench_load.py); a person typing shown as gone invites a second to fork the letter.
# A third missed report is a tab gone: 60 s, no longer, for what no server can tell.
WINDOW = 3 * HEARTBEAT
FORGET = timedelta(hours=1)  # reports older than this are deleted, keeping the table small


@dataclass(frozen=True)
class Editor:
    """Another open editor of the letter: its person, and whether it is the asker's own tab."""

    username: str
    name: str
    same_person: bool


def heartbeat(
    store: Store,
    letter_id: int,
    language: str,
    *,
    session_id: str,
    username: str,
    name: str = "",
    now: datetime | None = None,
    closed: Callable[[str], bool] = lambda _session_id: False,
) -> list[Editor]:
    """Record that ``session_id`` has the letter open, and return the other sessions that
    reported within ``WINDOW`` (one entry per person, the asker's other tabs included) and are
    not ``closed`` (see ``others``).

    PermissionRefused when ``username`` is no active account now (deactivated since its page was
    drawn): a presence is a write like any other, checked in the transaction that makes it. A
    report the database refuses (busy, read-only, full) is skipped: the next one comes on the
    next rerun, and a missed one must not cost the person the page they are typing in."""
    now = now or audit.now()
    session_id = session_id[:MAX_SESSION]
    with suppress(DatabaseProblem):  # the reads below say whether it answers at all
        _report(store, letter_id, language, session_id, username, name, now)
    return others(
        store, letter_id, language, session_id=session_id, username=username, now=now,
        closed=closed,
    )  # fmt: skip


def _report(
    store: Store, letter_id: int, language: str, session_id: str, username: str, name: str,
    now: datetime,
) -> None:  # fmt: skip
    for _attempt in range(2):
        try:
            with store.session() as s, s.begin():
                require(s, username, Action.EDIT, logged=False)  # a heartbeat, no act
                s.execute(delete(EditorPresence).where(EditorPresence.last_seen < now - FORGET))
                mine = s.scalars(
                    select(EditorPresence).where(
                        EditorPresence.letter_id == letter_id,
                        EditorPresence.language == language,
                        EditorPresence.session_id == session_id,
                    )
                ).first()
                if mine is None:
                    mine = EditorPresence(
                        letter_id=letter_id, language=language, session_id=session_id
                    )
                    s.add(mine)
                mine.username, mine.name, mine.last_seen = username[:200], name[:200], now
                # A tab edits one letter at a time: the Edit page switches letters in place,
                # opening no other page, so its report on the letter before ends here.
                s.execute(
                    delete(EditorPresence).where(
                        EditorPresence.session_id == session_id,
                        (EditorPresence.letter_id != letter_id)
                        | (EditorPresence.language != language),
                    )
                )
            break
        except IntegrityError:
            continue  # the same session's previous rerun inserted its row a moment ago


def others(
    store: Store,
    letter_id: int,
    language: str,
    *,
    session_id: str,
    username: str,
    now: datetime | None = None,
    closed: Callable[[str], bool] = lambda _session_id: False,
) -> list[Editor]:
    """The sessions other than ``session_id`` that reported within ``WINDOW`` (one entry per
    person, ``username``'s other tabs included), of accounts active now. A session ``closed``
    says is over (its server saw the tab's connection close) is ended here, for every asker."""
    now = now or audit.now()
    session_id = session_id[:MAX_SESSION]
    with store.session() as s:
        rows = list(
            s.scalars(
                select(EditorPresence)
                .join(User, User.username == EditorPresence.username)
                .where(
                    User.active,
                    EditorPresence.letter_id == letter_id,
                    EditorPresence.language == language,
                    EditorPresence.session_id != session_id,
                    EditorPresence.last_seen >= now - WINDOW,
                )
                .order_by(EditorPresence.last_seen.desc())
            )
        )
    gone = {row.session_id for row in rows if closed(row.session_id)}
    if gone:
        _end(store, letter_id, language, gone)
    seen: dict[str, Editor] = {}
    for row in rows:
        if row.session_id not in gone:
            seen.setdefault(
                row.username,
                Editor(row.username, row.name or row.username, row.username == username),
            )
    return sorted(seen.values(), key=lambda e: (e.same_person, e.name.lower()))


def leave(store: Store, letter_id: int, language: str, *, session_id: str) -> None:
    """End ``session_id``'s presence on the letter at once: its tab went to another page."""
    _end(store, letter_id, language, {session_id[:MAX_SESSION]})


def _end(store: Store, letter_id: int, language: str, session_ids: set[str]) -> None:
    """Delete these sessions' reports on the letter. One the database refuses (read-only,
    busy) is left to grow older than ``WINDOW``: an ended presence must not cost a page."""
    with suppress(DatabaseProblem), store.session() as s, s.begin():
        s.execute(
            delete(EditorPresence).where(
                EditorPresence.letter_id == letter_id,
                EditorPresence.language == language,
                EditorPresence.session_id.in_(session_ids),
            )
        )
