"""App-wide settings: one key/value table that pages and services read and the Settings page sets.

Values are JSON (strings, numbers, booleans, lists, dicts). Each row remembers who changed it and
when, so a deployment can see who switched, say, the grammar checker to a public service.
Environment variables still win over these rows where a module says so (deployments configure
by environment); this table holds what users choose in the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clearnotice import audit
from clearnotice.permissions import Action, logs_refusal, require
from clearnotice.schema import MAX_KEY, Setting

if TYPE_CHECKING:  # letters imports db, whose session factory imports this module
    from clearnotice.export.posting import Sender
    from clearnotice.letters import Store

# Whether the author of a version may approve it. Off by default: the four-eyes principle of
# separating who writes from who signs off. One-person teams may switch it on (an admin; the
# change and every approval it allows are in the audit log).
SELF_APPROVAL = "approvals.self_approval"
# The organisation letters are posted from: its name, return address, country and contacts
# (clearnotice.export.posting.Sender), printed on every merged letter with an envelope.
SENDER = "posting.sender"


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    """The stored value of ``key``, or ``default`` when nobody has set it."""
    with store.session() as s:
        return setting_in(s, key, default)


def setting_in(s: Session, key: str, default: Any = None) -> Any:
    """``get_setting`` within a transaction that acts on the value it reads."""
    row = s.get(Setting, key)
    return default if row is None else row.value


@logs_refusal("change settings")
def set_setting(store: Store, key: str, value: Any, actor: str) -> None:
    """Store ``value`` under ``key``, replacing what was there, and note who changed it.
    Only an admin changes settings (PermissionRefused otherwise)."""
    if not key or len(key) > MAX_KEY:
        raise ValueError(f"a setting key must be 1 to {MAX_KEY} characters, not {key!r}")
    with store.session() as s, s.begin():
        require(s, actor, Action.CHANGE_SETTINGS)
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value, updated_by=actor, updated_at=audit.now()))
        else:
            row.value = value
            row.updated_by = actor
            row.updated_at = audit.now()
        audit.record(s, actor, "settings", None, f"{key} = {value!r}")


def all_settings(store: Store) -> dict[str, Any]:
    """Every stored setting, for a settings page or a support dump."""
    with store.session() as s:
        return {row.key: row.value for row in s.scalars(select(Setting).order_by(Setting.key))}


def get_sender(store: Store) -> Sender:
    """The sender printed on posted letters; empty fields when nobody has set it."""
    from clearnotice.export.posting import Sender

    return Sender.from_json(get_setting(store, SENDER))


def set_sender(store: Store, sender: Sender, actor: str) -> None:
    """Store the sender; refuses (ValueError, every problem named) a sender that cannot go on a
    letter, and anyone but an admin (PermissionRefused)."""
    problems = sender.problems()
    if problems:
        raise ValueError("The sender was not saved: " + "; ".join(problems) + ".")
    set_setting(store, SENDER, sender.as_json(), actor)
