"""A stopped merge's journal holds customers' letters: it is kept for resuming for a stated
time, listed, discarded by who started it or an admin, and swept once older, every removal in
the audit log. It was left on the server for ever."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from clearnotice import audit, cli
from clearnotice.accounts import Role
from clearnotice.export.mailmerge import fingerprint, merge
from clearnotice.export.merge_journal import PARTS, STARTED, JournalError
from clearnotice.export.merge_stopped import (
    KEEP,
    SWEEPER,
    discard,
    may_discard,
    page_zip,
    stopped_merges,
    sweep,
)
from clearnotice.letters import Store
from clearnotice.permissions import ALLOWED, Action, PermissionRefused
from tests.accounts import add_accounts
from tests.core.test_mailmerge import CUSTOMERS, sample_plan


class Stopped(BaseException):
    """The merge stopped where its ZIP was about to be handed over (a reload, a restart)."""


def _stop(record) -> None:
    raise Stopped


@pytest.fixture
def stopped(sqlite_url, approved_letter_id, tmp_path):
    """A merge ``editor`` started and that stopped with every letter in its journal."""
    store = Store(sqlite_url)
    add_accounts(store, bo=Role.EDITOR)
    plan, customers = sample_plan(store, approved_letter_id)
    target = tmp_path / "merges" / "merge.zip"
    with pytest.raises(Stopped):
        merge(plan, customers, target, workers=1, record=_stop, started_by="editor")
    return store, plan, customers, target


def _logged(store: Store) -> list[tuple[str, str]]:
    """What the audit log says was removed: under its own action, not as an export."""
    with store.session() as session:
        assert audit.events(session, action="export") == []
        return [(e.actor, e.detail) for e in audit.events(session, action="discard-merge")]


def _refused(store: Store) -> list[tuple[str, str]]:
    with store.session() as session:
        return [(e.actor, e.detail) for e in audit.events(session, action="refused")]


def test_a_finished_merge_leaves_no_journal(stopped):
    store, plan, customers, target = stopped
    merge(plan, customers, target, workers=1, resume=True)
    assert target.exists() and stopped_merges(target.parent) == []


def test_a_stopped_merge_is_listed_with_who_started_it_and_until_when(stopped):
    _store, plan, _customers, target = stopped
    [listed] = stopped_merges(target.parent, plan.letter_id)
    assert (listed.name, listed.started_by) == ("merge.zip", "editor")
    assert listed.letter_id == plan.letter_id
    assert listed.rows_done == 5 and not listed.running
    assert listed.kept_until - listed.last_used == KEEP
    assert stopped_merges(target.parent, plan.letter_id + 1) == []


def test_a_stopped_merge_resumes_inside_the_window(stopped):
    store, plan, customers, target = stopped
    almost = dt.datetime.now(dt.UTC) + KEEP - dt.timedelta(hours=1)
    assert sweep(store, target.parent, now=almost) == []
    result = merge(plan, customers, target, workers=1, resume=True)
    assert result.merged == 5 and target.exists()
    assert not target.with_name(target.name + PARTS).exists()


def test_a_stopped_merge_unused_past_the_window_is_swept_and_logged(stopped):
    store, plan, customers, target = stopped
    later = dt.datetime.now(dt.UTC) + KEEP + dt.timedelta(hours=1)
    assert sweep(store, target.parent, now=later) == ["merge.zip"]
    assert not target.with_name(target.name + PARTS).exists()
    [(actor, detail)] = _logged(store)
    assert actor == SWEEPER and "merge.zip" in detail and "started by editor" in detail
    with pytest.raises(JournalError, match="no unfinished merge"):
        merge(plan, customers, target, workers=1, resume=True)


def test_a_merge_running_now_is_never_swept_or_discarded(stopped):
    store, _plan, _customers, target = stopped
    [listed] = stopped_merges(target.parent)
    later = dt.datetime.now(dt.UTC) + 10 * KEEP
    with listed.journal.held():
        assert [s.running for s in stopped_merges(target.parent)] == [True]
        assert sweep(store, target.parent, now=later) == []
        with pytest.raises(JournalError, match="being merged now"):
            discard(store, "admin", listed)
    assert target.with_name(target.name + PARTS).exists() and _logged(store) == []


def test_listing_a_stopped_merge_does_not_renew_its_time(stopped):
    _store, _plan, _customers, target = stopped
    first = stopped_merges(target.parent)[0].last_used
    assert stopped_merges(target.parent)[0].last_used == first


@pytest.mark.parametrize(
    ("actor", "role", "allowed"),
    [
        ("editor", Role.EDITOR, True),  # who started it
        ("admin", Role.ADMIN, True),
        ("bo", Role.EDITOR, False),  # another editor
        ("lawyer", Role.LEGAL, False),
    ],
)
def test_only_who_started_a_stopped_merge_or_an_admin_may_discard_it(stopped, actor, role, allowed):
    store, _plan, _customers, target = stopped
    [listed] = stopped_merges(target.parent)
    assert may_discard(listed, actor, role) is allowed
    if not allowed:
        with pytest.raises(PermissionRefused, match="Only an admin can discard"):
            discard(store, actor, listed)
        assert stopped_merges(target.parent) and _logged(store) == []
        [(refused_actor, why)] = _refused(store)  # the refused attempt is in the log too
        assert refused_actor == actor and why.startswith(f"{Action.DISCARD_MERGE}: Only")
        return
    discard(store, actor, listed)
    assert stopped_merges(target.parent) == []
    [(logged_actor, detail)] = _logged(store)
    assert logged_actor == actor and detail.startswith("stopped mail merge discarded: merge.zip")


def test_a_finished_merges_zip_on_the_server_is_removed_after_the_same_time(stopped):
    """The Export page's ZIP of a finished merge holds every customer's letter too; it was
    kept for ever. A ZIP the page did not name (put there by hand) is left alone."""
    store, plan, customers, target = stopped
    name = page_zip(plan.letter_id, plan.fmt, fingerprint(plan, customers)).name
    merge(plan, customers, target.with_name(name), workers=1)
    (target.parent / "kept-by-hand.zip").write_bytes(b"PK")
    kept = dt.datetime.now(dt.UTC) + KEEP - dt.timedelta(hours=1)
    assert sweep(store, target.parent, now=kept) == []
    later = dt.datetime.now(dt.UTC) + KEEP + dt.timedelta(hours=1)
    assert sorted(sweep(store, target.parent, now=later)) == sorted([name, "merge.zip"])
    assert sorted(p.name for p in target.parent.iterdir()) == ["kept-by-hand.zip"]
    logged = dict(
        (detail.split(": ", 1)[1].split(" ")[0], actor) for actor, detail in _logged(store)
    )
    assert logged == {name: SWEEPER, "merge.zip": SWEEPER}


def test_a_journal_kept_before_who_started_it_was_is_listed_for_its_letter_and_admins(stopped):
    """A merge stopped before this change kept no started.json: the page's name of its ZIP
    says its letter, and only an admin may discard it."""
    _store, plan, _customers, target = stopped
    older = target.with_name(f"letter-{plan.letter_id}-pdf-{'0' * 16}.zip{PARTS}")
    target.with_name(target.name + PARTS).rename(older)
    (older / STARTED).unlink()
    [listed] = stopped_merges(target.parent, plan.letter_id)
    assert listed.started_by == "" and may_discard(listed, "admin", Role.ADMIN)
    assert not may_discard(listed, "editor", Role.EDITOR)


def test_who_may_discard_a_stopped_merge_is_in_the_permissions_table(stopped):
    """The rule lived inside ``discard``; the table of who may do what did not know it."""
    _store, _plan, _customers, target = stopped
    [listed] = stopped_merges(target.parent)
    assert ALLOWED[Action.DISCARD_MERGE] == frozenset({Role.ADMIN})  # and who started it
    assert may_discard(listed, "editor", Role.EDITOR) and not may_discard(listed, "bo", Role.LEGAL)


def test_a_command_line_merge_removes_only_stale_journals_from_its_folder(stopped, sqlite_url):
    """The command line merges into a folder the person chose: its stopped merges' journals,
    customers' letters no one resumed, were kept for ever there. The person's own files (ZIPs
    and manifests written before, a ZIP downloaded from the page) are theirs and are kept."""
    store, plan, _customers, target = stopped
    folder = target.parent
    theirs = {
        "letter-99-pdf.zip": b"PK an earlier merge",
        "customers-march.csv": b"customer_id,customer_name\n",
        f"letter-{plan.letter_id}-pdf-{'0' * 16}.zip": b"PK downloaded from the page",
    }
    for name, data in theirs.items():
        (folder / name).write_bytes(data)
    long_ago = time.time() - (KEEP + dt.timedelta(days=1)).total_seconds()
    for path in folder.rglob("*"):
        os.utime(path, (long_ago, long_ago))
    argv = [
        "merge", str(plan.letter_id), str(CUSTOMERS), "--out", str(folder),
        "--database", sqlite_url, "--workers", "1",
    ]  # fmt: skip
    assert cli.main(argv) in (0, 1)
    assert stopped_merges(folder) == []
    assert {name: (folder / name).read_bytes() for name in theirs} == theirs
    with store.session() as session:  # besides the merge's own export line
        [removed] = audit.events(session, action="discard-merge")
    assert removed.actor == SWEEPER and removed.detail.startswith("stopped mail merge removed")
