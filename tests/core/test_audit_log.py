"""Reading the audit log: filters by day and words, and the right to read checked as it reads."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from clearnotice import audit_log
from clearnotice.accounts import Role
from clearnotice.auth import set_active, set_role
from clearnotice.db import DatabaseProblem
from clearnotice.letters import Store
from clearnotice.permissions import PermissionRefused
from clearnotice.schema import AuditEvent
from tests.accounts import add_accounts


@pytest.fixture
def logged(store):
    add_accounts(store, lee=Role.LEGAL, ed=Role.EDITOR)
    first = store.create_letter("Ünïcode incident", "Hello.", actor="ed")
    store.create_letter("Second", "Hello.", actor="ed")
    # The first letter's creation happened three days ago.
    with store.session() as s, s.begin():
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.letter_id == first.id, AuditEvent.action == "create")
            .values(at=datetime.now(UTC) - timedelta(days=3))
        )
    return store


def test_days_are_inclusive_and_words_match_whatever_their_case(logged):
    today = datetime.now(UTC).date()
    created = audit_log.AuditFilter(action="create")
    assert len(audit_log.read(logged, "lee", created)) == 2
    recent = audit_log.AuditFilter(action="create", since=today - timedelta(days=1))
    assert len(audit_log.read(logged, "lee", recent)) == 1
    older = audit_log.AuditFilter(action="create", until=today - timedelta(days=3))
    [event] = audit_log.read(logged, "lee", older)
    assert event.detail.startswith("Ünïcode incident")
    words = audit_log.AuditFilter(action="create", contains="ÜNÏCODE")
    assert [e.letter_id for e in audit_log.read(logged, "lee", words)] == [event.letter_id]


def test_only_legal_and_admins_read_and_a_demotion_counts_at_once(logged):
    assert "ed" in audit_log.actors(logged, "admin")
    with pytest.raises(PermissionRefused, match="Only a legal reviewer or admin"):
        audit_log.read(logged, "ed")
    set_role(logged, "lee", Role.EDITOR, actor="admin")
    with pytest.raises(PermissionRefused):
        audit_log.actors(logged, "lee")
    add_accounts(logged, kim=Role.LEGAL)
    set_active(logged, "kim", False, actor="admin")
    with pytest.raises(PermissionRefused, match="deactivated"):
        audit_log.csv_handed_out(logged, "kim")
    assert not audit_log.read(logged, "admin", audit_log.AuditFilter(action="export"))


def test_a_download_is_itself_logged_with_the_events_its_csv_holds(logged):
    created = audit_log.AuditFilter(action="create")
    text = audit_log.csv_handed_out(logged, "lee", created)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["action"] for row in rows] == ["create", "create"]
    [event] = audit_log.read(logged, "lee", audit_log.AuditFilter(action="export"))
    assert (event.actor, event.detail) == ("lee", "audit log CSV, 2 events")


def test_a_download_the_log_cannot_record_hands_out_no_csv(sqlite_url):
    """The CSV comes only with its log line: a read-only database gives neither, so no
    download goes unlogged (the page's button asks for it on the click)."""
    add_accounts(Store(sqlite_url), lee=Role.LEGAL)
    path = sqlite_url.removeprefix("sqlite:///")
    read_only = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(DatabaseProblem, match="read-only"):
        audit_log.csv_handed_out(read_only, "lee")
    exports = audit_log.AuditFilter(action="export")
    assert not audit_log.read(Store(sqlite_url), "lee", exports)
