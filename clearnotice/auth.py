"""Who may use ClearNotice and as what: local accounts, their roles, and signing in to them.

There is no default account: the first admin is created by whoever starts a fresh installation.
Accounts signed in through single sign-on have no password here; their role comes from an
e-mail-to-role mapping. What a password must be and how it is hashed is ``passwords``'s, what
a new account may be called ``account_names``'s, and how long a client waits after failed
sign-ins ``sign_in_limits``'s.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clearnotice import audit, passwords, sign_in_limits
from clearnotice.account_names import (
    check_new_username,
    checked_display_name,
    checked_email,
    new_username_problem,
)
from clearnotice.accounts import (
    AuthError,
    Role,
    SignInRefused,
    display_names_in,
    normalise_username,
)
from clearnotice.double_clicks import just_made
from clearnotice.permissions import Action, allows, hold_writes, require
from clearnotice.schema import MAX_CLIENT, MAX_USERNAME, EditorPresence, SignInSession, User
from clearnotice.sign_in_limits import UNIDENTIFIED

if TYPE_CHECKING:
    from clearnotice.letters import Store

# Who the audit log names for a failed sign-in with a name that is no account: the typed name
# may be a password typed into the wrong box, and it must not become an entry of "Who".
UNKNOWN_ACCOUNT = "unknown account"


@dataclass(frozen=True)
class Account:
    """A signed-in person as pages see them: detached from the database, safe to keep."""

    username: str
    name: str
    role: Role

    @property
    def can_approve(self) -> bool:
        """For drawing the Approve button; approve() itself checks the database again."""
        return allows(self.role, Action.APPROVE)

    @property
    def can_manage_users(self) -> bool:
        """For drawing the Users page; every change to an account checks the database again."""
        return allows(self.role, Action.MANAGE_USERS)


def has_users(store: Store) -> bool:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(User)) > 0


def create_first_admin(
    store: Store, username: str, password: str, display_name: str = ""
) -> Account:
    """The first account of a fresh installation; refused once any account exists."""
    with store.session() as s, s.begin():
        _lock_accounts(s)
        if s.scalar(select(func.count()).select_from(User)):
            raise AuthError("An admin already exists: sign in, or ask an admin for an account.")
        user = _add_user(s, username, password, Role.ADMIN, display_name, "", "first run")
        audit.record(s, user.username, "user", None, f"first admin {user.username} created")
        return account_of(user)


def create_user(
    store: Store,
    username: str,
    role: Role | str,
    *,
    actor: str,
    password: str | None = None,
    display_name: str = "",
    email: str = "",
) -> Account:
    """A new account. Without a password it can only sign in through single sign-on. The
    same account asked for again by the same admin within the repeat window is the one the
    first click made (``_just_added``)."""
    with store.session() as s, s.begin():
        _require_admin(s, actor)
        repeated = _just_added(s, username, Role(role), display_name, email, password, actor)
        if repeated is not None:
            return account_of(repeated)
        user = _add_user(s, username, password, Role(role), display_name, email, actor)
        audit.record(s, actor, "user", None, f"created {user.username} as {user.role}")
        return account_of(user)


def set_role(store: Store, username: str, role: Role | str, *, actor: str) -> None:
    role = Role(role)
    with store.session() as s, s.begin():
        _lock_admins(s)
        _require_admin(s, actor)
        user = _user(s, username)
        if user.role == Role.ADMIN and role != Role.ADMIN:
            _refuse_losing_last_admin(s, user)
        user.role = role.value
        audit.record(s, actor, "user", None, f"{user.username} is now {role}")


def set_active(store: Store, username: str, active: bool, *, actor: str) -> None:
    with store.session() as s, s.begin():
        _lock_admins(s)
        _require_admin(s, actor)
        user = _user(s, username)
        if not active and user.role == Role.ADMIN:
            _refuse_losing_last_admin(s, user)
        user.active = active
        if not active:  # signed out everywhere, so a later reactivation revives no session
            end_all_in(s, user.username)
        state = "reactivated" if active else "deactivated"
        audit.record(s, actor, "user", None, f"{user.username} {state}")


def end_all_in(s: Session, username: str) -> int:
    """End every sign-in session and ticket of ``username`` (clearnotice.sessions) inside the
    caller's transaction: when they sign out everywhere, are deactivated or get a new password.
    Their open editors' reports end with them (clearnotice.presence): a tab signed out edits
    nothing, and would otherwise be listed as editing for another minute. Returns how many
    sessions were open."""
    name = normalise_username(username)
    s.execute(delete(EditorPresence).where(EditorPresence.username == name))
    return s.execute(delete(SignInSession).where(SignInSession.username == name)).rowcount


def set_password(store: Store, username: str, password: str, *, actor: str) -> None:
    with store.session() as s, s.begin():
        _require_admin(s, actor)
        user = _user(s, username)
        passwords.check_password_rules(password, user.username)
        user.password_hash = passwords.hasher().hash(password)
        sign_in_limits.forget_failures(s, user.username)
        # A reset usually follows a leaked or forgotten password: a session opened with the old
        # one is ended.
        end_all_in(s, user.username)
        audit.record(s, actor, "user", None, f"password of {user.username} set")


def unlock(store: Store, username: str, *, actor: str) -> None:
    """Clear the failed sign-ins of ``username``, for someone an admin has spoken to."""
    name = normalise_username(username)
    with store.session() as s, s.begin():
        _require_admin(s, actor)
        sign_in_limits.forget_failures(s, name)
        audit.record(s, actor, "user", None, f"sign-in lock of {name} cleared")


def list_users(store: Store) -> list[User]:
    with store.session() as s:
        return list(s.scalars(select(User).order_by(User.username)))


def find_account(store: Store, username: str) -> Account | None:
    """The active account called ``username``, or None: what a session may act as."""
    with store.session() as s:
        user = _find_user(s, username)
        return account_of(user) if user is not None and user.active else None


def display_names(store: Store, usernames: Iterable[str]) -> dict[str, str]:
    """What a screen shows for each author in ``usernames``: the account's display name.

    Usernames are often e-mail addresses, and an address shown as an author reads as a link to
    write to rather than a person; an account without a display name shows the address's part
    before the "@". A name that is no account (``cli:<login>``) shows as it is.
    """
    with store.session() as s:
        return display_names_in(s, usernames)


def sign_in_in(
    s: Session,
    username: str,
    password: str,
    now: datetime,
    *,
    client: str = UNIDENTIFIED,
    hold: bool = False,
) -> Account | SignInRefused:
    """In the caller's transaction, the account if ``password`` is right; otherwise the refusal,
    counted against this ``client`` (``sign_in_limits.client_key``) and this name, and returned
    rather than raised so that the caller commits the count.

    Every attempt, good or bad, is in the audit log; failures with a name that is no account
    under UNKNOWN_ACCOUNT. A client that must wait is refused without even checking the
    password, so guessing meanwhile teaches nothing. An unknown name is counted and answered
    exactly like a known one, so neither the message nor the delays tell which names exist.

    ``hold`` keeps the account's row locked until the transaction ends (FOR UPDATE: the sign-in
    writes the row anyway), so that a password reset or a deactivation waits for whatever the
    caller does with the sign-in, such as opening a session, and then ends it.
    """
    name = normalise_username(username)
    if not name or not password:
        return SignInRefused("Enter your username and password.")
    client = client[:MAX_CLIENT]
    user = _find_user(s, name, hold=hold)
    who = user.username if user is not None else UNKNOWN_ACCOUNT
    key = user.username if user is not None else sign_in_limits.unknown_name_key(name)
    rows = sign_in_limits.counting_rows(s, client, key, now)
    refusal = sign_in_limits.refusal_while_waiting(rows, now)
    if refusal is not None:
        audit.record(s, who, "sign-in-failed", None, f"refused: {client} waits after failures")
        return refusal
    if passwords.password_matches(user, password):
        sign_in_limits.clear_after_success(s, rows)
        if passwords.hasher().check_needs_rehash(user.password_hash):
            user.password_hash = passwords.hasher().hash(password)
        user.last_sign_in_at = now
        audit.record(s, name, "sign-in", None, "password")
        return account_of(user)
    failures, refusal = sign_in_limits.count_failure(s, client, key, now)
    detail = f"failure {failures} in a row from {client}"
    audit.record(s, who, "sign-in-failed", None, detail)
    return refusal


def role_for_email(email: str, mapping: dict[str, str]) -> Role | None:
    """The role a single-sign-on e-mail gets: an exact entry, else a ``*@domain`` entry."""
    email = (email or "").strip().lower()
    if "@" not in email:
        return None
    lowered = {key.strip().lower(): value for key, value in mapping.items()}
    role = lowered.get(email) or lowered.get("*@" + email.rsplit("@", 1)[1])
    return Role(role) if role in set(Role) else None


def sso_sign_in(store: Store, email: str, name: str, mapping: dict[str, str]) -> Account:
    """The account of someone the identity provider vouched for, created on first sign-in.

    The mapping decides the role each time, so changing it takes effect at the next sign-in;
    an admin can still deactivate the account here. The last active admin stays admin whatever
    the mapping says, as on the Users page: nobody could manage accounts or settings otherwise.
    """
    role = role_for_email(email, mapping)
    username = normalise_username(email)
    if len(username) > MAX_USERNAME:
        raise SignInRefused(
            f"This e-mail address is longer than the {MAX_USERNAME} characters ClearNotice "
            "accepts as a name. Ask an admin."
        )
    with store.session() as s, s.begin():
        user = s.scalars(select(User).where(User.username == username)).first()
        if role is None:
            audit.record(s, username or "?", "sign-in-failed", None, "sso: e-mail has no role")
            refusal = SignInRefused(
                f"{email} signed in, but has no role in ClearNotice. Ask an admin to add it."
            )
        elif user is not None and not user.active:
            audit.record(s, username, "sign-in-failed", None, "sso: account deactivated")
            refusal = SignInRefused("This account is deactivated. Ask an admin.")
        elif user is None and (problem := new_username_problem(s, username)):
            audit.record(s, UNKNOWN_ACCOUNT, "sign-in-failed", None, f"sso: {problem}")
            refusal = SignInRefused(f"{problem} Ask an admin to add your account.")
        else:
            if user is None:
                user = User(
                    username=username,
                    display_name=(name or "")[:200],
                    email=username,
                    role=role.value,
                    password_hash=None,
                    active=True,
                    created_by="single sign-on",
                    created_at=audit.now(),
                )
                s.add(user)
            detail = f"single sign-on as {role}"
            if user.role == Role.ADMIN and role != Role.ADMIN:
                _lock_admins(s)
                if _is_last_admin(s, user):
                    detail = (
                        f"single sign-on as admin: the mapping says {role}, but the last active "
                        "admin stays admin"
                    )
                    role = Role.ADMIN
            user.role = role.value
            user.last_sign_in_at = audit.now()
            audit.record(s, username, "sign-in", None, detail)
            return account_of(user)
    raise refusal


def _add_user(
    s: Session,
    username: str,
    password: str | None,
    role: Role,
    display_name: str,
    email: str,
    actor: str,
) -> User:
    name = normalise_username(username)
    check_new_username(s, name)
    display_name = checked_display_name(display_name)
    email = checked_email(email)
    if s.scalars(select(User.id).where(User.username == name)).first() is not None:
        raise AuthError(f"There is already an account called {name}.")
    if password is not None:
        passwords.check_password_rules(password, name, display_name, email)
    user = User(
        username=name,
        display_name=display_name,
        email=email,
        role=role.value,
        password_hash=passwords.hasher().hash(password) if password is not None else None,
        active=True,
        created_by=actor[:200],
        created_at=audit.now(),
    )
    s.add(user)
    try:
        s.flush()
    except IntegrityError:
        # another admin saved this name after the look above (the unique index is the lock)
        raise AuthError(f"There is already an account called {name}.") from None
    return user


def _just_added(
    s: Session,
    username: str,
    role: Role,
    display_name: str,
    email: str,
    password: str | None,
    actor: str,
) -> User | None:
    """The account ``actor`` added a moment ago (``double_clicks``) with exactly these details,
    its password included: a double-clicked "Add account" sends the form twice, and the second
    was refused as "already an account" in place of the first's success. None otherwise."""
    user = _find_user(s, username)
    if user is None or user.created_by != actor[:200] or not just_made(user.created_at):
        return None
    asked = (role.value, (display_name or "").strip(), checked_email(email))
    if (user.role, user.display_name, user.email) != asked:
        return None
    if password is None:
        return user if user.password_hash is None else None
    return user if passwords.password_matches(user, password) else None


def _find_user(s: Session, username: str, *, hold: bool = False) -> User | None:
    """The account called ``username`` (its row locked FOR UPDATE until ``s`` commits when
    ``hold``); None, without asking the database, for a name no account can have (PostgreSQL
    refuses to even compare text holding a NUL)."""
    name = normalise_username(username)
    if len(name) > MAX_USERNAME or not name.isprintable():
        return None
    found = select(User).where(User.username == name)
    return s.scalars(found.with_for_update() if hold else found).first()


def _user(s: Session, username: str) -> User:
    user = _find_user(s, username)
    if user is None:
        raise AuthError(f"There is no account called {username}.")
    return user


def _require_admin(s: Session, actor: str) -> None:
    """Refuse a change to accounts unless ``actor`` is an active admin at this moment."""
    require(s, actor, Action.MANAGE_USERS)


def _lock_accounts(s: Session) -> None:
    """Make this transaction the only one adding accounts until it ends, so that two first
    runs at once do not both count no account and both make an admin. An empty table has no
    row to lock: PostgreSQL locks the table in a mode that conflicts with itself and with
    writes, not with reads (PostgreSQL manual 13.3.1, SHARE ROW EXCLUSIVE); SQLite takes the
    database's write lock (``hold_writes``)."""
    hold_writes(s)
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text(f"LOCK TABLE {User.__tablename__} IN SHARE ROW EXCLUSIVE MODE"))


def _lock_admins(s: Session) -> None:
    """Make this transaction the only one that may demote or deactivate an admin until it ends,
    so that ``_refuse_losing_last_admin`` counts admins nobody else is taking away meanwhile:
    two admins leaving at the same moment each counted two, and both went.

    Called first in the transaction, before ``require`` reads the actor's row for share: two
    admins each holding their own row for share would otherwise wait on each other. PostgreSQL
    locks the active admins' rows, in id order; a row another transaction changed is read again
    when it commits (READ COMMITTED, PostgreSQL manual 13.2.1), so a count made after the wait
    sees the admin that left. SQLite ignores FOR UPDATE, and ran the count outside any
    transaction: there the transaction takes the database's write lock (``hold_writes``).
    """
    hold_writes(s)
    s.execute(
        select(User.id)
        .where(User.role == Role.ADMIN, User.active)
        .order_by(User.id)
        .with_for_update()
    )


def _refuse_losing_last_admin(s: Session, user: User) -> None:
    """Refuse to take away the last active admin; the caller holds ``_lock_admins``."""
    if _is_last_admin(s, user):
        raise AuthError("This is the last active admin: make someone else admin first.")


def _is_last_admin(s: Session, user: User) -> bool:
    """Whether ``user`` is the only active admin; the caller holds ``_lock_admins``."""
    admins = s.scalar(
        select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)
    )
    return user.active and admins <= 1


def account_of(user: User) -> Account:
    """What a session may act as: the row detached from the database."""
    return Account(username=user.username, name=user.name, role=Role(user.role))


def prompt_first_admin(store: Store) -> int:
    """On a terminal, ask for the first admin when there is none (for ``make run``, through the
    command line: not ``python -m clearnotice.auth``, which would declare the tables twice).

    Without a terminal it does nothing: the app then asks in the browser.
    """
    if has_users(store):
        return 0
    if not sys.stdin.isatty():
        print("No accounts yet: the app will ask for the first admin in the browser.")
        return 0
    print("No accounts yet. Create the first admin (Ctrl+C to do it in the browser instead).")
    try:
        while True:
            username = input("Admin username: ")
            password = getpass.getpass(f"Password (at least {passwords.MIN_PASSWORD} characters): ")
            if password != getpass.getpass("Password again: "):
                print("The two passwords differ; try again.")
                continue
            try:
                account = create_first_admin(store, username, password)
            except AuthError as problem:
                print(problem)
                continue
            print(f"Admin {account.username} created. Sign in with it in the browser.")
            return 0
    except (KeyboardInterrupt, EOFError):
        print("\nSkipped: the app will ask for the first admin in the browser.")
        return 0
