"""The approval record legal keeps (clearnotice.export.approval_record): every approval and
every revocation (a new draft started over an approval, which then no longer holds), each with
who, when, which version and its fingerprint, in the order they happened; the latest approval
per language alone hid that an earlier text had once been approved, and by whom."""

from __future__ import annotations

import json

import pytest

from clearnotice.accounts import Role
from clearnotice.export.approval_record import render_approval_record
from tests.accounts import add_accounts
from tests.approving import approve_newest


@pytest.fixture
def letter(sqlite_url):
    from clearnotice.letters import Store

    store = Store(sqlite_url)
    add_accounts(store, ed=Role.EDITOR, lawyer=Role.LEGAL, lee=Role.LEGAL)
    return store, store.create_letter("March incident", "# Notice\n\nWe are sorry.\n", actor="ed")


def test_every_approval_and_revocation_is_listed_in_order(letter):
    store, made = letter
    first = approve_newest(store, made.id, actor="lawyer")
    store.start_new_draft(made.id, None, actor="ed")
    v1 = store.latest_version(made.id)
    store.save_version(
        made.id, "# Notice\n\nWe are truly sorry.\n", base_version_id=v1.id, actor="ed"
    )
    second = approve_newest(store, made.id, actor="lee")
    record = json.loads(render_approval_record(store, made.id, "lee"))
    history = record["history"]
    assert [(e["event"], e["language"], e["version"], e["by"]) for e in history] == [
        ("approved", "en", 1, "lawyer"),
        ("revoked", "en", 1, "ed"),
        ("approved", "en", 2, "lee"),
    ]
    assert [e["sha256"] for e in history] == [first.sha256, first.sha256, second.sha256]
    assert [e["at"] for e in history] == sorted(e["at"] for e in history)
    assert history[1]["approved_by"] == "lawyer"  # whose approval the new draft revoked
    assert [row["version"] for row in record["approvals"]] == [2]  # the latest, as before
