"""Who else has a letter open: heartbeats within the last minute, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clearnotice import audit
from clearnotice.auth import set_active
from clearnotice.permissions import PermissionRefused
from clearnotice.presence import HEARTBEAT, WINDOW, heartbeat, leave, others
from clearnotice.sessions import end_sessions
from tests.accounts import FIRST_ADMIN

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("ana", "bea", "cy")


def _beat(store, letter_id, session_id, username, name="", now=None, language="en"):
    return heartbeat(
        store, letter_id, language, session_id=session_id, username=username, name=name, now=now
    )


def test_others_who_reported_within_the_window_are_listed_by_name(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    assert _beat(store, letter.id, "tab-ana", "ana", "Ana Ruiz", now) == []
    _beat(store, letter.id, "tab-bea", "bea", "Bea <b>Bold</b>", now)
    [other] = _beat(store, letter.id, "tab-ana", "ana", "Ana Ruiz", now + timedelta(seconds=5))
    assert (other.username, other.name, other.same_person) == ("bea", "Bea <b>Bold</b>", False)


def test_an_editor_silent_for_longer_than_the_window_is_gone(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    _beat(store, letter.id, "tab-bea", "bea", now=now)
    later = now + WINDOW + timedelta(seconds=1)
    assert _beat(store, letter.id, "tab-ana", "ana", now=later) == []


def test_each_person_is_listed_once_and_ones_own_other_tab_is_marked(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    for session_id, username in [("b1", "bea"), ("b2", "bea"), ("a2", "ana")]:
        _beat(store, letter.id, session_id, username, now=now)
    others = _beat(store, letter.id, "a1", "ana", now=now)
    assert [(e.username, e.same_person) for e in others] == [("bea", False), ("ana", True)]


def test_presence_is_per_letter_and_language(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    other = store.create_letter("Other", "Text.", actor="ana")
    now = audit.now()
    _beat(store, other.id, "tab-bea", "bea", now=now)
    _beat(store, letter.id, "tab-cy", "cy", now=now, language="es")
    assert _beat(store, letter.id, "tab-ana", "ana", now=now) == []


def test_a_deactivated_account_is_no_longer_listed_as_editing(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    _beat(store, letter.id, "tab-bea", "bea", now=now)
    set_active(store, "bea", False, actor=FIRST_ADMIN)
    assert others(store, letter.id, "en", session_id="tab-ana", username="ana", now=now) == []


def test_a_deactivated_or_unknown_account_records_no_presence(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    set_active(store, "bea", False, actor=FIRST_ADMIN)
    now = audit.now()
    for username in ("bea", "nobody"):
        with pytest.raises(PermissionRefused):
            _beat(store, letter.id, f"tab-{username}", username, now=now)
    set_active(store, "bea", True, actor=FIRST_ADMIN)  # back: listed only once it reports again
    assert _beat(store, letter.id, "tab-ana", "ana", now=now) == []


def test_a_tab_the_app_knows_closed_is_gone_at_once(store):
    """A closed tab was "Also editing: you (in another tab)" until its last report was a minute
    old; the server knows sooner (its connection to the tab ended)."""
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    _beat(store, letter.id, "tab-bea", "bea", now=now)
    _beat(store, letter.id, "tab-ana-2", "ana", now=now)
    seen = heartbeat(
        store, letter.id, "en", session_id="tab-ana", username="ana", now=now,
        closed=lambda session_id: session_id == "tab-ana-2",
    )  # fmt: skip
    assert [e.username for e in seen] == ["bea"]
    # ended, not only hidden: an asker who cannot tell (another server) no longer sees it either
    again = others(store, letter.id, "en", session_id="tab-ana", username="ana")
    assert [e.username for e in again] == ["bea"]


def test_a_tab_that_leaves_the_letter_ends_its_presence(store):
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    _beat(store, letter.id, "tab-bea", "bea", now=now)
    leave(store, letter.id, "en", session_id="tab-bea")
    assert _beat(store, letter.id, "tab-ana", "ana", now=now) == []


def test_a_tab_that_opens_another_letter_is_no_longer_on_the_first(store):
    """The Edit page switches letters in place (no other page opens, so no ``leave``): the tab's
    report on the new letter ends its presence on the one before."""
    letter = store.create_letter("Letter", "Text.", actor="ana")
    other = store.create_letter("Other", "Text.", actor="ana")
    now = audit.now()
    _beat(store, letter.id, "tab-bea", "bea", now=now)
    _beat(store, other.id, "tab-bea", "bea", now=now + timedelta(seconds=1))
    assert _beat(store, letter.id, "tab-ana", "ana", now=now + timedelta(seconds=2)) == []
    assert [e.username for e in _beat(store, other.id, "tab-ana", "ana", now=now)] == ["bea"]


@pytest.mark.parametrize("actor", ["bea", FIRST_ADMIN])
def test_signing_out_everywhere_ends_ones_presence_at_once(store, actor):
    """Bea's own "Sign out" (every browser and tab) or an admin's: no tab of hers is editing."""
    letter = store.create_letter("Letter", "Text.", actor="ana")
    now = audit.now()
    _beat(store, letter.id, "tab-bea", "bea", now=now)
    _beat(store, letter.id, "tab-cy", "cy", now=now)
    end_sessions(store, "bea", actor=actor)
    assert [e.username for e in _beat(store, letter.id, "tab-ana", "ana", now=now)] == ["cy"]


def test_a_heartbeat_missed_is_tolerated_but_not_a_third():
    """A report late behind a busy server keeps a tab listed; a closed tab the app cannot know
    of (another server's) is gone after its third missed report."""
    assert 2 * HEARTBEAT < WINDOW <= 3 * HEARTBEAT
