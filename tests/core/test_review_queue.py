"""The legal reviewer's queue (clearnotice.review_queue): each letter and language with its state,
what needs review first."""

from __future__ import annotations

from clearnotice.accounts import Role
from clearnotice.approvals import approve
from clearnotice.auth import create_user
from clearnotice.review_queue import APPROVED, DRAFT, STALE, WAITING, review_queue
from tests.accounts import FIRST_ADMIN, PASSWORD, add_accounts
from tests.approving import FRAGMENT
from tests.queries import statements_reading

ENGLISH = "# Notice\n\nWe found it on March 3, 2026.\n"
SPANISH = "# Aviso\n\nLo descubrimos el 3 de marzo de 2026.\n"


def _states(store) -> list[tuple[str, str, str]]:
    return [(row.title, row.language, row.state) for row in review_queue(store)]


def _translated(store, title: str):
    letter = store.create_letter(title, ENGLISH, actor="editor")
    english = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="editor",
        language="es",
        source_version_id=english.id,
    ).version
    return letter, english, spanish


def test_each_language_waits_until_approved_and_what_waits_comes_first(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL)
    letter, english, spanish = _translated(store, "March")
    assert _states(store) == [("March", "en", WAITING), ("March", "es", WAITING)]

    approve(store, letter.id, "en", english.id, "lawyer", reason=FRAGMENT)
    assert _states(store) == [("March", "es", WAITING), ("March", "en", APPROVED)]
    approve(store, letter.id, "es", spanish.id, "lawyer", reason=FRAGMENT)
    rows = review_queue(store)
    assert [(r.language, r.state, r.version) for r in rows] == [
        ("en", APPROVED, 1),
        ("es", APPROVED, 1),
    ]
    assert rows[1].why == "v1 approved by lawyer."


def test_an_edit_after_approval_makes_each_approved_language_stale_and_says_why(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL)
    letter, english, spanish = _translated(store, "March")
    approve(store, letter.id, "en", english.id, "lawyer", reason=FRAGMENT)
    approve(store, letter.id, "es", spanish.id, "lawyer", reason=FRAGMENT)
    store.start_new_draft(letter.id, "en", actor="editor")
    store.save_version(
        letter.id, ENGLISH.replace("3", "5"), base_version_id=english.id, actor="editor"
    )
    rows = {row.language: row for row in review_queue(store)}
    assert (rows["en"].state, rows["en"].version) == (STALE, 2)
    assert rows["en"].why == "The approval belongs to v1; v2 was saved since."
    assert rows["es"].state == STALE
    assert rows["es"].why == "It translates en v1; the en text is now v2."


def test_a_translation_of_an_older_source_is_a_draft_until_translated_again(store):
    add_accounts(store, editor=Role.EDITOR, lawyer=Role.LEGAL)
    letter, english, _ = _translated(store, "March")
    newer = store.save_version(
        letter.id, ENGLISH + "\nCall us.\n", base_version_id=english.id, actor="editor"
    ).version
    orphan = store.create_letter("April", ENGLISH, actor="editor")
    store.save_version(
        orphan.id, SPANISH, base_version_id=None, actor="editor", language="es"
    )  # names no English version
    rows = {(row.title, row.language): row for row in review_queue(store)}
    assert rows["March", "es"].state == DRAFT
    assert rows["March", "es"].why == (
        "It translates en v1; the en text is now v2. Translate again before review."
    )
    assert rows["April", "es"].state == DRAFT
    store.save_version(
        letter.id,
        SPANISH + "\nLlámenos.\n",
        base_version_id=store.latest_version(letter.id, "es").id,
        actor="editor",
        language="es",
        source_version_id=newer.id,
    )
    assert {(r.title, r.language): r.state for r in review_queue(store)}["March", "es"] == WAITING


def test_the_most_recently_changed_letter_comes_first_within_a_state(store):
    add_accounts(store, editor=Role.EDITOR)
    store.create_letter("Older", ENGLISH, actor="editor")
    store.create_letter("Newer", ENGLISH, actor="editor")
    assert [row.title for row in review_queue(store)] == ["Newer", "Older"]


def test_why_names_people_by_their_display_name_never_their_e_mail_login(store):
    add_accounts(store)  # the first admin, who adds the two people below
    for login, name, role in (
        ("ed@firm.example", "Ed Writer", Role.EDITOR),
        ("lou@firm.example", "Lou Counsel", Role.LEGAL),
    ):
        create_user(store, login, role, actor=FIRST_ADMIN, password=PASSWORD, display_name=name)
    letter = store.create_letter("Names", ENGLISH, actor="ed@firm.example")
    [waiting] = review_queue(store)
    assert waiting.why == "v1 saved by Ed Writer, not approved yet."
    version = store.latest_version(letter.id)
    approve(store, letter.id, "en", version.id, "lou@firm.example", reason=FRAGMENT)
    [approved] = review_queue(store)
    assert approved.why == "v1 approved by Lou Counsel."


def test_a_queue_looks_each_person_up_once_however_many_rows_name_them(store):
    add_accounts(store)
    create_user(store, "ed@firm.example", Role.EDITOR, actor=FIRST_ADMIN, password=PASSWORD)
    for n in range(4):
        store.create_letter(f"Letter {n}", ENGLISH, actor="ed@firm.example")
    with statements_reading(store, "users") as lookups:
        rows = review_queue(store)
    assert [row.why for row in rows] == ["v1 saved by ed, not approved yet."] * 4
    assert len(lookups) == 1
