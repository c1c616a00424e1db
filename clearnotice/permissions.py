"""Who may do what: the actions that change letters, settings or accounts, the roles allowed each,
and the check every one of those actions makes at the moment it runs.

A page is drawn with the account its session signed in as, but a click can come minutes later:
by then an admin may have demoted or deactivated that account. So the core functions that act
(write text, approve, mark read, comment, resolve, consent, settings, accounts) call ``require``
inside their own transaction; it reads the account's row again, its active flag and its role,
and refuses with a message the person can read. Callers (pages, the command line, scripts)
cannot skip it. The reads that need a right (the audit and send logs) call ``require_to_read``,
which checks the same way without holding up the writes.

The command line acts as ``cli:<login>``, which is no account: it may check, export and merge
(none of which needs a role), and nothing listed here. The first admin of an empty installation
is created without an actor (``auth.create_first_admin``), since nobody exists to allow it.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ParamSpec, Protocol, TypeVar

from sqlalchemy import event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, SessionTransaction

from clearnotice import audit
from clearnotice.accounts import AuthError, Role, normalise_username
from clearnotice.db import DatabaseProblem
from clearnotice.schema import Letter, User

_LOG = logging.getLogger(__name__)


class Action(StrEnum):
    """What can be refused; the value is how a refusal names it ("... can no longer approve")."""

    EDIT = "change a letter"  # any text written: a new letter, a version, a working draft
    COMMENT = "comment"
    RESOLVE_COMMENT = "resolve or reopen another person's comment"  # the commenter always may
    APPROVE = "approve"
    MARK_READ = "mark a version read"  # a reviewer's reading: "in review", their next diff
    CONSENT = "send a letter's text to a service off this machine"
    READ_AUDIT_LOG = "read the audit log"
    READ_SEND_LOG = "read the send log"
    CHANGE_SETTINGS = "change settings"
    MANAGE_USERS = "manage accounts"
    END_SESSIONS = "sign another person out"  # everyone may sign themselves out
    RENAME_LETTER = "rename a letter"
    ARCHIVE_LETTER = "archive a letter or bring it back"
    DELETE_LETTER = "delete a letter"
    RESTORE_LETTER = "restore a deleted letter"
    DISCARD_MERGE = "discard a stopped mail merge"  # whoever started it always may


EVERYONE = frozenset(Role)
# Legal reviewers approve; admins run the installation but do not sign off letters.
ALLOWED: dict[Action, frozenset[Role]] = {
    Action.EDIT: EVERYONE,
    Action.COMMENT: EVERYONE,
    Action.RESOLVE_COMMENT: frozenset({Role.LEGAL, Role.ADMIN}),
    Action.APPROVE: frozenset({Role.LEGAL}),
    # A reading mark is the review's: it takes a letter out of draft and starts the reviewer's
    # next diff, so only those who approve make one (the Review page offers it to them alone).
    Action.MARK_READ: frozenset({Role.LEGAL}),
    Action.CONSENT: EVERYONE,
    Action.READ_AUDIT_LOG: frozenset({Role.LEGAL, Role.ADMIN}),
    # Legal proves what left the machine; editors send text but do not read who sent what.
    Action.READ_SEND_LOG: frozenset({Role.LEGAL, Role.ADMIN}),
    Action.CHANGE_SETTINGS: frozenset({Role.ADMIN}),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.END_SESSIONS: frozenset({Role.ADMIN}),
    # Letters are the editors' work: they name, shelve and throw them away; a legal reviewer
    # reads and approves but does not tidy other people's letters. Deleting only sets a letter
    # aside, and only an admin brings a deleted one back.
    Action.RENAME_LETTER: frozenset({Role.EDITOR, Role.ADMIN}),
    Action.ARCHIVE_LETTER: frozenset({Role.EDITOR, Role.ADMIN}),
    Action.DELETE_LETTER: frozenset({Role.EDITOR, Role.ADMIN}),
    Action.RESTORE_LETTER: frozenset({Role.ADMIN}),
    # A stopped merge's journal holds customers' letters: who started it may throw it away
    # (the owner, clearnotice.export.merge_stopped), and an admin tidies the server's.
    Action.DISCARD_MERGE: frozenset({Role.ADMIN}),
}


# The screens only some roles can use, by their menu name, and the action each is for. The menu
# shows a role only the screens it may use; the screen and every action on it still check.
SCREENS: dict[str, Action] = {
    "Users": Action.MANAGE_USERS,
    "Audit log": Action.READ_AUDIT_LOG,
    "Send log": Action.READ_SEND_LOG,
    "Settings": Action.CHANGE_SETTINGS,
}


def may_open(role: Role | str, screen: str) -> bool:
    """Whether the menu offers ``screen`` to ``role``: every screen not in SCREENS is for all."""
    action = SCREENS.get(screen)
    return action is None or allows(role, action)


class PermissionRefused(AuthError):
    """The account may not do this now; the message says why and can be shown as it is."""


def allows(role: Role | str, action: Action) -> bool:
    """Whether ``role`` may do ``action``: for drawing a screen, never for deciding an act."""
    return Role(role) in ALLOWED[action]


def require(
    s: Session,
    username: str,
    action: Action,
    *,
    owner: str | None = None,
    letter_id: int | None = None,
    logged: bool = True,
) -> User:
    """The account ``username`` as the database holds it now, if it may do ``action``;
    otherwise PermissionRefused, written to the audit log with ``letter_id``, the letter acted
    on (``keep_refusal``), unless not ``logged``. ``owner`` is whoever the thing acted on
    belongs to (a comment's author), who may act on it whatever their role.

    Call it inside the transaction that acts. The row is read FOR SHARE on PostgreSQL, and on
    SQLite the transaction takes the database's write lock first (``hold_writes``): either way
    a demotion or deactivation committed meanwhile waits until this action has committed, and
    one committed before is seen here. A read that only shows rows calls ``require_to_read``.
    """
    hold_writes(s)
    return _checked(s, username, action, owner, _Attempt(letter_id) if logged else None)


def require_to_read(
    s: Session, username: str, action: Action, *, letter_id: int | None = None
) -> User:
    """``require`` for a transaction that only reads (a log drawn on screen): the account, if
    it may do ``action`` in the rows this transaction reads next; PermissionRefused otherwise.

    What ``require`` guards is that a deactivated account writes nothing after its deactivation;
    a read writes nothing, so on SQLite it needs one view of the database, not the write lock
    (``hold_snapshot``): the check and the rows are of one moment, as if read before any
    deactivation committed later, and the read neither waits for a save nor holds one up. On
    PostgreSQL the row is read FOR SHARE, as ``require`` does. Nothing may be written after it in
    the same transaction: SQLite refuses a write from a read transaction that is out of date.
    """
    hold_snapshot(s)
    return _checked(s, username, action, None, _Attempt(letter_id))


@dataclass(frozen=True)
class _Attempt:
    """What a refusal's audit line names besides who and what: the letter acted on, if any."""

    letter_id: int | None


def _checked(
    s: Session, username: str, action: Action, owner: str | None, attempt: _Attempt | None
) -> User:
    """The account's row read now (FOR SHARE where the database has it), if it may ``action``;
    else PermissionRefused, kept for the audit log when ``attempt`` says what it was."""
    name = normalise_username(username)
    user = s.scalars(select(User).where(User.username == name).with_for_update(read=True)).first()
    refusal = _refusal(username, user, action, owner)
    if refusal is None:
        return user
    if attempt is not None:
        keep_refusal(s, username, attempt.letter_id, f"{action}: {refusal}")
    raise refusal


def _refusal(
    username: str, user: User | None, action: Action, owner: str | None
) -> PermissionRefused | None:
    """Why ``user`` (the row of ``username``, None when there is none) may not ``action`` now,
    or None when it may."""
    if user is None:
        return PermissionRefused(f"{username} is not an account here, so it cannot {action}.")
    if not user.active:
        return PermissionRefused(
            f"The account {user.username} is deactivated: it can no longer {action}."
        )
    role = Role(user.role)
    owns = owner is not None and normalise_username(owner) == user.username
    if role in ALLOWED[action] or owns:
        return None
    needed = " or ".join(r.label.lower() for r in Role if r in ALLOWED[action])
    article = "an" if needed[0] in "aeiou" else "a"
    return PermissionRefused(
        f"Only {article} {needed} can {action}; {user.username} is {role.label.lower()} now."
    )


# The refusals of a session's transaction, written to the audit log once it has ended.
_REFUSALS = "clearnotice.permissions.refusals"


def keep_refusal(s: Session, username: str, letter_id: int | None, detail: str) -> None:
    """Keep, for the audit log, that ``username`` was refused what ``detail`` says (on letter
    ``letter_id``): who tried what, and why it was refused; never what they sent (a comment, a
    letter's text), which ``detail`` must not hold.

    The refused action's own transaction ``s`` is rolled back by the raise, and an audit line
    written in it would go with it; on SQLite it holds the write lock, so another transaction
    cannot write meanwhile either. The line is written by ``_log_refusals`` once it has ended."""
    s.info.setdefault(_REFUSALS, []).append((username, letter_id, detail))


@event.listens_for(Session, "after_transaction_end")
def _log_refusals(session: Session, transaction: SessionTransaction) -> None:
    """Write the refusals kept in ``session``'s transaction, which has just ended (rolled back,
    or closed after a read), in a transaction of their own. A database that refuses the line
    (read-only, gone) is logged here and lets the refusal itself reach the person."""
    if transaction.parent is not None or not session.info.get(_REFUSALS):
        return
    _write_refusals(session.get_bind(), session.info.pop(_REFUSALS))


class _Store(Protocol):
    """What a refusal's line needs of clearnotice.letters.Store (which imports this module)."""

    def session(self) -> Session: ...


def record_refusal(store: _Store, username: str, letter_id: int | None, detail: str) -> None:
    """Write to the audit log, in a transaction of its own, that ``username`` was refused what
    ``detail`` says (never what they sent: see ``keep_refusal``); for a refusal that happened
    outside any transaction of the act, or whose transaction is gone."""
    with store.session() as s:
        bind = s.get_bind()
    _write_refusals(bind, [(username, letter_id, detail)])


def _write_refusals(bind: Engine, refusals: Iterable[tuple[str, int | None, str]]) -> None:
    """Write ``refusals`` (who, letter, what) in one transaction. A database that refuses the
    lines (read-only, gone) is logged here and lets the refusal itself reach the person."""
    try:
        with Session(bind) as s, s.begin():
            for username, letter_id, detail in refusals:
                if letter_id is not None and s.get(Letter, letter_id) is None:
                    # a mistyped number: the log's letter column names only letters there are
                    detail = f"{detail} (letter {letter_id}, which does not exist)"
                    letter_id = None
                audit.record(s, username, "refused", letter_id, detail)
    except (DatabaseProblem, SQLAlchemyError):
        _LOG.exception("a refused attempt could not be written to the audit log: %s", refusals)


P = ParamSpec("P")
R = TypeVar("R")
# Whether a ``logs_refusal`` act is running: the outermost one logs a refusal, so that a fix,
# which saves, logs its refusal once, as a fix.
_ACTING: ContextVar[bool] = ContextVar("clearnotice.permissions.acting", default=False)


def logs_refusal(
    what: str, letter_of: Callable[[dict[str, Any]], int | None] | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """An act (save, comment, fix, restore, settle a fork, settings, export) whose refusal is
    written to the audit log as ``refused``: who (its ``actor`` argument), the letter (its
    ``letter_id``, if it has one) and ``what`` was tried. A refusal is a ValueError other than
    the database's trouble; a PermissionRefused is kept already (``require``). An act named by
    a thing of a letter (a comment's id) finds the letter with ``letter_of``, given the act's
    arguments by name: its refusal is found by its letter like any other.

    The line never holds the refusal's message, which often quotes the letter ("the words
    'call us' are no longer there"), only its kind (the exception's class) or, where the
    exception carries one, its ``logged`` words, written to quote nothing (ApprovalRefused).
    The act's own transaction is rolled back by the refusal: the line is written in its own."""

    def wrap(act: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(act)
        if "actor" not in signature.parameters:  # at import: the line must name who
            raise TypeError(f"{act.__qualname__} has no actor whose refusal could be logged")

        @functools.wraps(act)
        def logged(*args: P.args, **kwargs: P.kwargs) -> R:
            with _outermost() as outermost:
                try:
                    return act(*args, **kwargs)
                except (DatabaseProblem, PermissionRefused):
                    raise
                except ValueError as refused:
                    if outermost:
                        arguments = signature.bind(*args, **kwargs).arguments
                        _record_act_refused(what, arguments, refused, letter_of)
                    raise

        return logged

    return wrap


@contextmanager
def not_an_act() -> Iterator[None]:
    """A block whose refusals are no refused attempts, for ``logs_refusal``: a save a page makes
    by itself while it is drawn (a working draft put back), which nobody clicked and which is
    refused again at every run of the page."""
    with _outermost():
        yield


@contextmanager
def _outermost() -> Iterator[bool]:
    """Whether this act is the outermost one running (a fix saves: the fix is the act)."""
    if _ACTING.get():
        yield False
        return
    token = _ACTING.set(True)
    try:
        yield True
    finally:
        _ACTING.reset(token)


def _record_act_refused(
    what: str,
    arguments: dict[str, Any],
    refused: ValueError,
    letter_of: Callable[[dict[str, Any]], int | None] | None,
) -> None:
    """The refused act's line, from its arguments: the store (``store``, or the Store itself
    for its methods), ``actor`` and ``letter_id`` (or the letter ``letter_of`` finds)."""
    store = arguments.get("store", arguments.get("self"))
    letter_id = letter_of(arguments) if letter_of else arguments.get("letter_id")
    kind = getattr(refused, "logged", None) or f"refused ({type(refused).__name__})"
    record_refusal(store, arguments["actor"], letter_id, f"{what}: {kind}")


def hold_writes(s: Session) -> None:
    """On SQLite, take the database's write lock for the rest of ``s``'s transaction, so that
    what it reads now stays true until it commits; nothing on other databases, which lock rows.

    SQLite ignores FOR SHARE and FOR UPDATE, and Python's sqlite3 begins a transaction only
    before its first INSERT, UPDATE or DELETE (Python docs, sqlite3, "Transaction control"): a
    check read before that ran outside any transaction, and a deactivation could commit between
    the check and the act. BEGIN IMMEDIATE takes the write lock at once (SQLite manual, "BEGIN
    TRANSACTION"); another writer waits for it (the busy timeout, clearnotice.db).
    """
    _begin_on_sqlite(s, "BEGIN IMMEDIATE")


def hold_snapshot(s: Session) -> None:
    """On SQLite, read the rest of ``s``'s transaction from one snapshot of the database,
    without its write lock; nothing on other databases. For transactions that only read.

    Without it, Python's sqlite3 runs each SELECT in a transaction of its own (see
    ``hold_writes``), so a check and the rows read after it could straddle a commit. A plain
    (DEFERRED) BEGIN makes the first read start one read transaction for all that follow (SQLite
    manual, "BEGIN TRANSACTION"); in WAL mode a reader and the writer do not wait for each other
    (SQLite manual, "Write-Ahead Logging", 2.2 Concurrency), which is what the database here
    runs in (clearnotice.db).
    """
    _begin_on_sqlite(s, "BEGIN")


def _begin_on_sqlite(s: Session, begin: str) -> None:
    """Open ``s``'s SQLite transaction with ``begin`` unless one is already open."""
    connection = s.connection()
    if connection.dialect.name != "sqlite":
        return
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql(begin)
