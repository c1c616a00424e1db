"""What an account is, as every module that checks one needs it: its roles, how its name is
compared, and the refusal whose message the person sees.

Kept apart from auth.py (signing in, passwords, account changes) so that the permission check
(permissions.py), which auth.py's account changes call, depends only on this and the schema.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    EDITOR = "editor"
    LEGAL = "legal"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"editor": "Editor", "legal": "Legal reviewer", "admin": "Admin"}[self.value]


class AuthError(ValueError):
    """A refusal whose message can be shown to the person as it is."""


def normalise_username(username: str) -> str:
    """The name as stored: trimmed and lower-case, never cut (too long is refused instead)."""
    return (username or "").strip().lower()
