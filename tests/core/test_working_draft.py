"""Typing is kept as a working draft, overwritten in place, and becomes a named version only on a
pause of a minute, on leaving, on "Save version", a recovered copy, a fix or a restore (issue 18,
point 3); conflicts between two people are still caught, and nothing typed is lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from clearnotice import edits
from clearnotice.accounts import Role
from clearnotice.drafts import VersionLocked
from clearnotice.letters import Store
from clearnotice.model import Finding, Severity
from clearnotice.schema import WorkingDraft, aware
from clearnotice.working_draft import (
    PAUSE,
    Event,
    keep,
    makes_version,
    resume,
    unsaved_typing,
)
from tests.accounts import add_accounts
from tests.approving import approve_newest

START = "# Notice\n\nOn March 3 we found it.\n\nWe are sorry.\n\nCall us.\n"


@pytest.fixture
def letter(store):
    add_accounts(store, ana=Role.EDITOR, bea=Role.EDITOR, lawyer=Role.LEGAL)
    return store.create_letter("Shared", START, actor="ana")


def _typed(store, letter, text, *, at, actor="ana", event=Event.TYPED, base=None, shared=False):
    base = base or store.versions(letter.id)[0].id
    first = aware(store.versions(letter.id)[0].created_at)  # SQLite reads it back naive
    return keep(
        store, letter.id, text, base_version_id=base, actor=actor, event=event, shared=shared,
        now=first + at,
    )  # fmt: skip


def _rows(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(WorkingDraft))


@pytest.mark.parametrize(
    ("event", "quiet", "moved_on", "shared", "expected"),
    [
        (Event.TYPED, timedelta(seconds=5), False, False, False),
        (Event.TYPED, PAUSE, False, False, False),  # "longer than a minute"
        (Event.TYPED, PAUSE + timedelta(seconds=1), False, False, True),
        (Event.TYPED, timedelta(0), True, False, True),  # someone saved a newer version
        (Event.TYPED, timedelta(0), False, True, True),  # someone else has it open
        (Event.PAUSED, timedelta(seconds=59), False, False, False),
        (Event.PAUSED, PAUSE, False, False, True),
        (Event.LEFT, timedelta(0), False, False, True),
        (Event.SAVED, timedelta(0), False, False, True),
        (Event.RECOVERED, timedelta(0), False, False, True),
    ],
)
def test_when_the_text_becomes_a_named_version(event, quiet, moved_on, shared, expected):
    decided = makes_version(event, quiet_for=quiet, moved_on=moved_on, shared=shared)
    assert decided is expected


def test_typing_overwrites_one_working_draft_in_place_and_makes_no_version(store, letter):
    texts = [START + "More" + "." * n for n in range(1, 8)]  # seven pauses in two minutes
    for n, text in enumerate(texts):
        assert _typed(store, letter, text, at=timedelta(seconds=15 * n)) is None
    assert [v.number for v in store.versions(letter.id)] == [1]
    assert _rows(store) == 1
    [draft] = store.working_drafts(letter.id, actor="ana")
    assert (draft.text, draft.base_version_id) == (texts[-1], store.versions(letter.id)[0].id)


def test_a_pause_longer_than_a_minute_makes_a_version_of_the_text(store, letter):
    _typed(store, letter, START + "One.", at=timedelta(0))
    assert _typed(store, letter, START + "One.", at=PAUSE / 2, event=Event.PAUSED) is None
    saved = _typed(store, letter, START + "One.", at=PAUSE * 1.1, event=Event.PAUSED)
    assert (saved.version.number, saved.version.text) == (2, START + "One.")
    assert _rows(store) == 0, "the version holds the draft's text: the draft is done"
    # typing resumed after a long pause, with no browser to say so (a closed tab): a version
    v2 = saved.version.id
    _typed(store, letter, START + "One. Two.", at=PAUSE * 2, base=v2)
    later = _typed(store, letter, START + "One. Two. Three.", at=PAUSE * 3.5, base=v2)
    assert later.version.text == START + "One. Two. Three."


@pytest.mark.parametrize("event", [Event.PAUSED, Event.LEFT])
def test_a_pause_or_leaving_with_nothing_typed_makes_nothing(store, letter, event):
    v1 = store.versions(letter.id)[0]
    store.save_version(letter.id, START + "Theirs.", base_version_id=v1.id, actor="bea")
    assert _typed(store, letter, START, at=PAUSE * 5, event=event) is None
    assert len(store.versions(letter.id)) == 2, "no merge of a text nobody changed"


@pytest.mark.parametrize("event", [Event.LEFT, Event.SAVED])
def test_leaving_or_save_version_makes_a_version_at_once(store, letter, event):
    _typed(store, letter, START + "Typed.", at=timedelta(0))
    saved = _typed(store, letter, START + "Typed.", at=timedelta(seconds=1), event=event)
    assert (saved.version.number, saved.version.origin) == (2, "typed")
    assert _rows(store) == 0


def test_two_people_typing_keep_a_draft_each_and_their_clash_is_still_caught(store, letter):
    _typed(store, letter, START.replace("March 3", "March 4"), at=timedelta(0))
    bea_text = START.replace("March 3", "early March")
    _typed(store, letter, bea_text, at=timedelta(seconds=1), actor="bea")
    assert _rows(store) == 2, "one person's draft never overwrites another's"
    ana = _typed(
        store,
        letter,
        START.replace("March 3", "March 4"),
        at=timedelta(seconds=2),
        event=Event.SAVED,
    )
    # bea types on: the letter moved on under her draft, so it is saved now and clashes
    clash = _typed(store, letter, bea_text + "More.", at=timedelta(seconds=3), actor="bea")
    assert clash.conflict_with.id == ana.version.id
    [fork] = store.open_forks(letter.id)
    assert fork.ours.text == bea_text + "More."
    assert store.latest_version(letter.id).id == ana.version.id
    assert _rows(store) == 0


def test_a_draft_left_on_an_older_version_is_merged_when_its_author_comes_back(store, letter):
    v1 = store.versions(letter.id)[0]
    _typed(store, letter, START.replace("Call us.", "Call us at 555-0100."), at=timedelta(0))
    store.save_version(
        letter.id, START.replace("March 3", "March 4"), base_version_id=v1.id, actor="bea"
    )
    assert resume(store, letter.id, actor="ana") is None
    merged = START.replace("March 3", "March 4").replace("Call us.", "Call us at 555-0100.")
    assert store.latest_version(letter.id).text == merged
    assert _rows(store) == 0


def test_a_reload_finds_the_draft_on_the_newest_version(store, letter):
    _typed(store, letter, START + "Kept.", at=timedelta(0))
    assert resume(store, letter.id, actor="ana").text == START + "Kept."
    assert resume(store, letter.id, actor="bea") is None


def test_a_fix_saves_the_typing_first_and_ends_the_draft(store, letter):
    v1 = store.versions(letter.id)[0]
    typed = START + "We will exfiltrate nothing."
    _typed(store, letter, typed, at=timedelta(0))
    start = typed.index("exfiltrate")
    finding = Finding("plain.jargon", Severity.WARNING, "", start, start + 10, "exfiltrate")
    edit = edits.apply_fix(store, letter.id, v1, typed, finding, "copy", "ana")
    assert [v.text for v in store.versions(letter.id)][1:] == [
        typed,
        typed.replace("exfiltrate", "copy"),
    ]
    assert edit.undo_to.text == typed
    assert _rows(store) == 0


def test_restoring_an_older_version_saves_the_typing_first(store, letter):
    v1 = store.versions(letter.id)[0]
    v2 = store.save_version(letter.id, START + "Two.", base_version_id=v1.id, actor="ana").version
    typed = START + "Two. And typed."
    _typed(store, letter, typed, at=timedelta(0), base=v2.id)
    edit = edits.restore(store, letter.id, v1, v2.id, "ana", text=typed)
    assert [v.text for v in store.versions(letter.id)] == [START, START + "Two.", typed, START]
    assert edit.undo_to.text == typed, "undoing the restore brings the typing back"
    assert _rows(store) == 0


def test_nothing_typed_is_lost_whatever_the_order_of_events(store, letter):
    """Each text typed is, right after it was kept, the author's draft or the newest version."""
    base = store.versions(letter.id)[0].id
    events = [Event.TYPED, Event.TYPED, Event.PAUSED, Event.TYPED, Event.SAVED, Event.TYPED,
              Event.LEFT, Event.TYPED, Event.TYPED]  # fmt: skip
    for n, event in enumerate(events):
        text = START + f"Edit {n}."
        saved = _typed(store, letter, text, at=timedelta(seconds=40 * n), base=base, event=event)
        if saved is not None:
            base = saved.version.id
        held = {d.text for d in store.working_drafts(letter.id, actor="ana")}
        assert text in held | {store.latest_version(letter.id).text}
    assert len(store.versions(letter.id)) < len(events)


def test_a_draft_is_refused_like_a_save_while_the_version_is_approved(store, letter):
    approve_newest(store, letter.id)
    with pytest.raises(VersionLocked):
        _typed(store, letter, START + "Late.", at=timedelta(0))
    with pytest.raises(ValueError, match="NUL"):
        store.write_working_draft(
            letter.id, "a\x00b", base_version_id=store.versions(letter.id)[0].id, actor="ana"
        )
    assert _rows(store) == 0


def test_someone_else_having_the_letter_open_makes_every_typed_text_a_version(store, letter):
    saved = _typed(store, letter, START + "Shared.", at=timedelta(0), shared=True)
    assert saved.version.number == 2


def test_a_read_only_database_still_shows_a_draft_left_on_an_older_version(tmp_path):
    """The draft cannot become a version while the database refuses writes; the editor still
    opens on it, merged with the newer text as the save would merge it, and nothing is lost."""
    path = tmp_path / "clearnotice.sqlite3"
    writable = Store(f"sqlite:///{path}")
    add_accounts(writable, ana=Role.EDITOR, bea=Role.EDITOR)
    letter = writable.create_letter("Shared", START, actor="ana")
    _typed(writable, letter, START.replace("Call us.", "Call us at 555-0100."), at=timedelta(0))
    v1 = writable.versions(letter.id)[0]
    later = START.replace("March 3", "March 4")
    writable.save_version(letter.id, later, base_version_id=v1.id, actor="bea")
    writable.session_factory.kw["bind"].dispose()
    read_only = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    shown = resume(read_only, letter.id, actor="ana")
    assert shown.text == later.replace("Call us.", "Call us at 555-0100.")
    assert shown.base_version_id == read_only.latest_version(letter.id).id
    assert _rows(read_only) == 1  # still kept, to become a version once the database is back


def test_unsaved_typing_says_who_typed_on_which_version_and_since_when(store, letter):
    """Legal approved, and anyone exported, a version while newer words were being typed, and no
    page said so (a bad day's tour)."""
    assert unsaved_typing(store, letter.id) == []
    _typed(store, letter, START + "Bea's words.\n", at=timedelta(seconds=5), actor="bea")
    _typed(store, letter, START + "Ana's.\n", at=timedelta(seconds=10))
    _typed(store, letter, START + "Ana's words.\n", at=timedelta(seconds=40))
    first = aware(store.versions(letter.id)[0].created_at)
    found = unsaved_typing(store, letter.id)
    assert [(t.author, t.language, t.version_number) for t in found] == [
        ("bea", "en", 1),
        ("ana", "en", 1),
    ]
    # since the typing began, not its last pause
    assert [t.since for t in found] == [first + timedelta(seconds=5), first + timedelta(seconds=10)]
    assert unsaved_typing(store, letter.id, "es") == []


def test_typing_that_is_back_to_its_version_or_became_one_is_not_unsaved(store, letter):
    _typed(store, letter, START, at=timedelta(seconds=5))  # typed, then undone
    _typed(store, letter, START + "Bea's.\n", at=timedelta(seconds=5), actor="bea")
    _typed(
        store, letter, START + "Bea's.\n", at=timedelta(seconds=9), actor="bea", event=Event.SAVED
    )
    assert unsaved_typing(store, letter.id) == []
