"""Ten people saving at once on the default database (SQLite in a file, WAL), with people
reading logs and review pages meanwhile (issue 17 item 5: ten sessions, nothing lost).

Every act holds SQLite's write lock from its permission check (``permissions.require``), so
saves queue for one another within the busy timeout (clearnotice.db). A read that checks a
right (the audit and send logs) reads one snapshot instead (``permissions.require_to_read``):
it must neither wait for a save nor make one wait, and none may end in "database is locked".
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

from clearnotice import approvals, audit, audit_log, send_log
from clearnotice.accounts import Role
from clearnotice.letter_lifecycle import delete
from clearnotice.letters import Store
from clearnotice.outbound import OutboundGate, SendRefused
from tests.accounts import FIRST_ADMIN, add_accounts

SAVERS = 10
ROUNDS = 3
LETTER = "# Notice\n\nSomeone copied your records on 3 March.\n\nCall us on 555-0100.\n"


@pytest.fixture
def shared(sqlite_url: str):
    """A Store on a SQLite file with ten editors, a legal reviewer and the first admin."""
    store = Store(sqlite_url)
    add_accounts(store, lee=Role.LEGAL, **{f"ed{n}": Role.EDITOR for n in range(SAVERS)})
    yield store
    store.session_factory.kw["bind"].dispose()


def _typed(n: int, round_: int) -> str:
    return LETTER + f"\nEditor {n}, round {round_}: we will call you this week.\n"


def _save_rounds(store: Store, n: int, letter_id: int, start: threading.Barrier) -> None:
    """One person's typing: a working draft, then a named version of it, ROUNDS times."""
    actor = f"ed{n}"
    start.wait()
    for round_ in range(ROUNDS):
        base = store.latest_version(letter_id)
        text = _typed(n, round_)
        store.write_working_draft(letter_id, text, base_version_id=base.id, actor=actor)
        store.save_version(letter_id, text, base_version_id=base.id, actor=actor)


def _read_pages(store: Store, letter_ids: list[int], done: threading.Event) -> None:
    """What the Audit log, Send log and Review pages read, over and over until the saves end."""
    while not done.is_set():
        audit_log.read(store, FIRST_ADMIN)
        audit_log.actors(store, "lee")
        send_log.read(store, "lee")
        for letter_id in letter_ids:
            latest = store.latest_version(letter_id)
            store.versions(letter_id, latest.language)
            approvals.last_seen(store, letter_id, latest.language, "lee")


def _run(target, errors: list[BaseException], *args) -> threading.Thread:
    def guarded() -> None:
        try:
            target(*args)
        except BaseException as failure:  # noqa: BLE001 - collected, and the test fails on it
            errors.append(failure)

    thread = threading.Thread(target=guarded)
    thread.start()
    return thread


def test_ten_savers_and_readers_at_once_lose_nothing_and_never_find_the_database_locked(shared):
    letters = [shared.create_letter(f"Letter {n}", LETTER, actor=f"ed{n}") for n in range(SAVERS)]
    ids = [letter.id for letter in letters]
    errors: list[BaseException] = []
    start, done = threading.Barrier(SAVERS), threading.Event()
    readers = [_run(_read_pages, errors, shared, ids, done) for _ in range(3)]
    savers = [_run(_save_rounds, errors, shared, n, ids[n], start) for n in range(SAVERS)]
    for thread in savers:
        thread.join(timeout=120)
    done.set()
    for thread in readers:
        thread.join(timeout=60)
    assert errors == []
    for n, letter_id in enumerate(ids):
        versions = shared.versions(letter_id)
        assert [v.number for v in versions] == list(range(1, ROUNDS + 2))
        assert versions[-1].text == _typed(n, ROUNDS - 1)
        assert shared.working_drafts(letter_id, actor=f"ed{n}") == []
    with shared.session() as s:
        saves = [e for e in audit.events(s) if e.action == "edit"]
    assert len(saves) == SAVERS * ROUNDS


def _holding_the_write_lock(sqlite_url: str) -> sqlite3.Connection:
    """Another connection in the middle of a save: it holds the database's write lock."""
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


@pytest.mark.parametrize(
    "read",
    [
        lambda store: audit_log.read(store, FIRST_ADMIN),
        lambda store: audit_log.actors(store, FIRST_ADMIN),
        lambda store: send_log.read(store, "lee"),
    ],
    ids=["audit log", "audit log actors", "send log"],
)
def test_a_log_read_does_not_wait_for_a_save_in_progress(shared, sqlite_url, read):
    """Before ``require_to_read`` the check took the write lock too, so a log page waited for
    every save in progress (and, past the busy timeout, failed with "database is locked")."""
    holder = _holding_the_write_lock(sqlite_url)
    errors: list[BaseException] = []
    try:
        reading = _run(read, errors, shared)
        reading.join(timeout=5)  # far below the 15 s busy timeout a waiting read would spend
        assert not reading.is_alive(), "the read waited for the write lock"
    finally:
        holder.rollback()
        holder.close()
    reading.join(timeout=30)
    assert errors == []


def test_a_send_refused_at_its_check_does_not_wait_for_a_save_in_progress(shared, sqlite_url):
    """The outbound gate's check before text leaves the machine writes nothing: a refused send
    (here a deleted letter's open tab) is told at once, not after every save in progress."""
    letter = shared.create_letter("Notice", LETTER, actor="ed0")
    version = shared.latest_version(letter.id)
    shared.record_consent(letter.id, "LanguageTool", actor="ed0")
    delete(shared, letter.id, actor="ed0")
    gate = OutboundGate(
        shared, actor="ed0", letter_id=letter.id, version_id=version.id, text=LETTER
    )
    refusals: list[SendRefused] = []

    def send(store: Store) -> None:
        with pytest.raises(SendRefused, match="was deleted") as refused:
            gate.send("LanguageTool", [LETTER], "en", lambda sent: sent, lambda a, r: a)
        refusals.append(refused.value)

    test_a_log_read_does_not_wait_for_a_save_in_progress(shared, sqlite_url, send)
    assert len(refusals) == 1


def test_a_log_being_read_neither_holds_up_a_save_nor_sees_it_halfway(shared, monkeypatch):
    """The reader checks, then reads its rows from the same snapshot: a save committed between
    the two is in neither, and it committed without waiting for the reader."""
    letter = shared.create_letter("Letter", LETTER, actor="ed0")
    checked, go = threading.Event(), threading.Event()
    events = audit.events

    def slow_events(s, **wanted):
        checked.set()
        go.wait(timeout=10)
        return events(s, **wanted)

    monkeypatch.setattr(audit, "events", slow_events)
    errors: list[BaseException] = []
    seen: list[list] = []
    reading = _run(lambda: seen.append(audit_log.read(shared, FIRST_ADMIN)), errors)
    assert checked.wait(timeout=10)
    base = shared.latest_version(letter.id)
    saving = _run(
        lambda: shared.save_version(letter.id, LETTER + "\nMore.\n", base_version_id=base.id,
                                    actor="ed0"),
        errors,
    )  # fmt: skip
    saving.join(timeout=5)
    assert not saving.is_alive(), "the save waited for the reader"
    go.set()
    reading.join(timeout=30)
    assert errors == []
    assert "edit" not in [e.action for e in seen[0]]
    assert "edit" in [e.action for e in audit_log.read(shared, FIRST_ADMIN)]
