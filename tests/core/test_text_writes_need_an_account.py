"""Rights end when revoked, for typing too: every write of a letter's text (a new letter, an
import, a version of any origin, a working draft, the jurisdictions that rebuild its per-state
letters, the variants themselves) reads the acting account again as it writes. The Edit page's
editor reruns without the sign-in gate, so a deactivated person's open tab keeps sending text;
none of it may land (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clearnotice import audit
from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.permissions import PermissionRefused
from clearnotice.schema import AuditEvent, Letter, Version, WorkingDraft
from clearnotice.variant_letters import sync
from clearnotice.working_draft import Event, keep, resume
from tests.accounts import FIRST_ADMIN, add_accounts

MASTER = (Path(__file__).resolve().parents[1] / "fixtures" / "master-six-states.md").read_text()
# Two jurisdictions whose letters differ (Massachusetts leaves out the nature and the count), so
# a sync builds two per-state letters.
STATES = ["CA", "MA"]
EDITED = MASTER + "\nP.S. Call us any day.\n"


@pytest.fixture
def letter(store):
    """A master letter by ``ed``, an editor; ``lee`` is a legal reviewer and ``ida`` a second
    admin: every role may change letters."""
    add_accounts(store, ed=Role.EDITOR, lee=Role.LEGAL, ida=Role.ADMIN)
    return store.create_letter("March incident", MASTER, actor="ed", jurisdictions=STATES)


def _create(origin: str):
    return lambda store, letter, actor: store.create_letter(
        "Another", MASTER, actor=actor, origin=origin
    )


def _save(origin: str, language: str = "en", **options):
    def save(store, letter, actor):
        english = store.latest_version(letter.id)
        newest = store.latest_version(letter.id, language)
        store.save_version(
            letter.id, EDITED, base_version_id=newest.id if newest else None, actor=actor,
            language=language, origin=origin,
            source_version_id=english.id if language != "en" else None, **options,
        )  # fmt: skip

    return save


def _draft(store, letter, actor):
    base = store.latest_version(letter.id)
    store.write_working_draft(letter.id, EDITED, base_version_id=base.id, actor=actor)


def _kept(event: Event):
    def typed(store, letter, actor):
        base = store.latest_version(letter.id)
        keep(store, letter.id, EDITED, base_version_id=base.id, actor=actor, event=event)

    return typed


def _jurisdictions(store, letter, actor):
    store.set_jurisdictions(letter.id, ["CA", "MA", "TX"], actor=actor)


def _sync(store, letter, actor):
    sync(store, letter.id, actor=actor)


WRITES = {
    "new letter": _create("typed"),
    "from a template": _create("template:credit-card"),
    "import": _create("import:draft.docx"),
    "typed version": _save("typed"),
    "machine translation": _save("machine:apertium", "es"),
    "human translation": _save("human:Ana", "es", new_draft=True),
    "working draft": _draft,
    "a pause in typing": _kept(Event.TYPED),
    "save version": _kept(Event.SAVED),
    "recovered browser copy": _kept(Event.RECOVERED),
    "jurisdictions": _jurisdictions,
    "per-state letters": _sync,
}


def _stored(store) -> tuple:
    """Everything a write of text could change: letters, versions, drafts, audit events (but
    the refusals the log keeps of the attempts: tests/core/test_permissions.py)."""
    with store.session() as s:
        letters = s.execute(select(Letter.id, Letter.title, Letter.jurisdictions)).all()
        versions = s.execute(select(Version.id, Version.text, Version.author)).all()
        drafts = s.execute(select(WorkingDraft.id, WorkingDraft.text, WorkingDraft.author)).all()
        counted = select(func.count()).select_from(AuditEvent)
        events = s.scalar(counted.where(AuditEvent.action != "refused"))
    return sorted(map(tuple, letters)), sorted(versions), sorted(drafts), events


@pytest.mark.parametrize("write", WRITES)
@pytest.mark.parametrize("actor", ["ed", "stranger"], ids=["deactivated", "no account"])
def test_a_deactivated_account_or_a_stranger_writes_no_text(store, letter, write, actor):
    if actor == "ed":
        set_active(store, "ed", False, actor=FIRST_ADMIN)
    before = _stored(store)
    with pytest.raises(PermissionRefused, match=f"{actor}.*change a letter"):
        WRITES[write](store, letter, actor)
    assert _stored(store) == before


@pytest.mark.parametrize("write", WRITES)
@pytest.mark.parametrize("actor", ["ed", "lee", "ida"], ids=["editor", "legal", "admin"])
def test_every_active_role_writes_text(store, letter, write, actor):
    letters, versions, drafts, events = before = _stored(store)
    WRITES[write](store, letter, actor)
    after = _stored(store)
    assert after != before
    new_versions, new_drafts = set(after[1]) - set(versions), set(after[2]) - set(drafts)
    assert {author for *_, author in new_versions | new_drafts} <= {actor}


def test_a_draft_left_behind_is_not_saved_once_its_author_is_deactivated(store, letter):
    """Reopening the letter saves a draft typed on an older version; not as a deactivated
    account: the draft stays as it was, for an admin to find, and no version is made."""
    first = store.latest_version(letter.id)
    keep(store, letter.id, EDITED, base_version_id=first.id, actor="ed", event=Event.TYPED)
    store.save_version(
        letter.id, MASTER.replace("Monday to Friday", "every day"), base_version_id=first.id,
        actor="lee",
    )  # fmt: skip
    set_active(store, "ed", False, actor=FIRST_ADMIN)
    before = _stored(store)
    with pytest.raises(PermissionRefused, match="ed is deactivated"):
        resume(store, letter.id, actor="ed")
    assert _stored(store) == before


def test_typing_after_the_deactivation_keeps_nothing_and_says_why(store, letter):
    """The editor's pause after a deactivation: neither draft nor version, and a message the
    person can read (the editor shows it as "Not saved: ...")."""
    base = store.latest_version(letter.id)
    now = audit.now()
    keep(store, letter.id, MASTER + "Typed.", base_version_id=base.id, actor="ed",
         event=Event.TYPED, now=now)  # fmt: skip
    set_active(store, "ed", False, actor=FIRST_ADMIN)
    for event, later in ((Event.TYPED, 1), (Event.PAUSED, 61), (Event.LEFT, 62)):
        with pytest.raises(PermissionRefused) as refused:
            keep(store, letter.id, MASTER + "Typed. More.", base_version_id=base.id,
                 actor="ed", event=event, now=now + timedelta(seconds=later))  # fmt: skip
        assert str(refused.value) == (
            "The account ed is deactivated: it can no longer change a letter."
        )
    [draft] = store.working_drafts(letter.id, actor="ed")
    assert draft.text == MASTER + "Typed."
    assert [v.number for v in store.versions(letter.id)] == [1]
