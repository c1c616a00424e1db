"""Approving a test's letter as setup: its newest version of a language, by a legal reviewer.

Most test letters are short fragments that miss the content a notice requires, so approve()
asks for a written reason; this one gives it.
"""

from __future__ import annotations

from clearnotice.approvals import approve
from clearnotice.letters import Store
from clearnotice.schema import Approval

FRAGMENT = "A short test text, not a whole letter."


def approve_newest(
    store: Store, letter_id: int, actor: str = "lawyer", language: str = "en"
) -> Approval:
    newest = store.latest_version(letter_id, language)
    return approve(store, letter_id, language, newest.id, actor, reason=FRAGMENT)
