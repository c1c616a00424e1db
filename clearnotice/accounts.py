"""What an account is, as every module that checks one needs it: its roles, how its name is
compared and shown, and the refusals (a sign-in's among them) whose message the person sees.

Kept apart from auth.py (signing in, account changes) so that the permission check
(permissions.py), which auth.py's account changes call, depends only on this and the schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearnotice.schema import MAX_USERNAME, User


class Role(StrEnum):
    EDITOR = "editor"
    LEGAL = "legal"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"editor": "Editor", "legal": "Legal reviewer", "admin": "Admin"}[self.value]


class AuthError(ValueError):
    """A refusal whose message can be shown to the person as it is."""


class SignInRefused(AuthError):
    """A refused sign-in; ``retry_after`` is how long the client must wait first, if it must
    (``sign_in_limits``)."""

    def __init__(self, message: str, retry_after: timedelta | None = None):
        super().__init__(message)
        self.retry_after = retry_after


def normalise_username(username: str) -> str:
    """The name as stored: trimmed and lower-case, never cut (too long is refused instead)."""
    return (username or "").strip().lower()


def display_names_in(s: Session, usernames: Iterable[str]) -> dict[str, str]:
    """``auth.display_names`` read in the open session ``s``, for a message the core writes inside
    its own transaction (a refused save names who approved the text)."""
    wanted = {u for u in usernames if u}
    keys = {normalise_username(u) for u in wanted}
    keys = {k for k in keys if len(k) <= MAX_USERNAME and k.isprintable()}
    rows = s.execute(select(User.username, User.display_name).where(User.username.in_(keys)))
    found = {name: shown for name, shown in rows}
    return {u: found.get(normalise_username(u)) or _before_at(u) for u in wanted}


def display_name_in(s: Session, username: str | None) -> str:
    """One author's ``display_names_in``; "unknown" for a version without an author."""
    return display_names_in(s, [username]).get(username, "unknown") if username else "unknown"


def _before_at(username: str) -> str:
    local, at, domain = username.partition("@")
    return local if at and local and "." in domain else username
