"""Where each letter stands on Draft → Review → Translate → Approve → Export, and each role's
next step (clearnotice.workflow), from the approval record and the review queue."""

from __future__ import annotations

import pytest

from clearnotice import comments
from clearnotice.accounts import Role
from clearnotice.approvals import mark_seen
from clearnotice.letter_lifecycle import archive
from clearnotice.review_queue import review_queue
from clearnotice.workflow import (
    APPROVE,
    DRAFT_STEP,
    EXPORT,
    REVIEW,
    TRANSLATE,
    NextStep,
    next_step,
    progress,
)
from tests.accounts import add_accounts
from tests.approving import approve_newest
from tests.queries import statements_reading

ENGLISH = "# Notice\n\nWe found it on March 3, 2026.\n"
SPANISH = "# Aviso\n\nLo descubrimos el 3 de marzo de 2026.\n"


@pytest.fixture
def people(store):
    add_accounts(store, ed=Role.EDITOR, lee=Role.LEGAL)
    return store


def _only(store):
    [letter] = progress(store)
    return letter


def _states(letter) -> list[tuple[str, int, str]]:
    return [(g.language, g.version, g.words) for g in letter.languages]


def _next(letter) -> dict[str, NextStep]:
    return {role.value: next_step(letter, role) for role in Role}


def _translate(store, letter_id: int) -> None:
    store.save_version(
        letter_id,
        SPANISH,
        base_version_id=None,
        actor="ed",
        language="es",
        source_version_id=store.latest_version(letter_id).id,
    )


def _edit_english(store, letter_id: int) -> None:
    store.start_new_draft(letter_id, "en", actor="ed")  # the approved text is locked
    newest = store.latest_version(letter_id)
    store.save_version(letter_id, ENGLISH + "\nCall us.\n", base_version_id=newest.id, actor="ed")


def test_a_new_letter_is_a_draft_the_editor_finishes_and_a_reviewer_may_review(people):
    people.create_letter("March", ENGLISH, actor="ed")
    letter = _only(people)
    assert (letter.step, _states(letter)) == (DRAFT_STEP, [("en", 1, "draft")])
    assert _next(letter) == {
        "editor": NextStep("Finish the draft", "Edit"),
        "legal": NextStep("Review English v1", "Review", "en"),
        "admin": NextStep("Finish the draft", "Edit"),
    }


def test_once_a_reviewer_has_read_it_the_letter_is_in_review_and_the_editor_answers(people):
    made = people.create_letter("March", ENGLISH, actor="ed")
    v1 = people.latest_version(made.id)
    mark_seen(people, made.id, "en", "lee", v1.id)
    letter = _only(people)
    assert (letter.step, _states(letter)) == (REVIEW, [("en", 1, "in review")])
    assert next_step(letter, Role.EDITOR) == NextStep("Wait for the legal review")
    comments.add_comment(people, made.id, v1.id, 1, "Which day?", actor="lee")
    assert next_step(_only(people), Role.EDITOR) == NextStep("Answer 1 open comment", "Edit")


def test_translations_wait_for_approval_then_everyone_exports(people):
    made = people.create_letter("March", ENGLISH, actor="ed")
    approve_newest(people, made.id, "lee")
    _translate(people, made.id)
    letter = _only(people)
    assert (letter.step, _states(letter)) == (
        APPROVE,
        [("en", 1, "approved"), ("es", 1, "in review")],
    )
    assert _next(letter)["legal"] == NextStep("Review Spanish v1", "Review", "es")
    assert _next(letter)["editor"] == NextStep("Wait for approval")
    approve_newest(people, made.id, "lee", language="es")
    letter = _only(people)
    assert letter.step == EXPORT
    assert set(_next(letter).values()) == {NextStep("Export", "Export")}


def test_an_edit_after_approval_is_stale_and_a_translation_of_the_old_english_is_redone(people):
    made = people.create_letter("March", ENGLISH, actor="ed")
    _translate(people, made.id)
    approve_newest(people, made.id, "lee")
    _edit_english(people, made.id)
    letter = _only(people)
    assert (letter.step, _states(letter)) == (REVIEW, [("en", 2, "stale"), ("es", 1, "draft")])
    assert _next(letter)["legal"] == NextStep("Review English v2", "Review", "en")

    approve_newest(people, made.id, "lee")
    letter = _only(people)
    assert (letter.step, _states(letter)[1]) == (TRANSLATE, ("es", 1, "draft"))
    assert _next(letter) == {
        "editor": NextStep("Translate Spanish again", "Translations", "es"),
        "legal": NextStep("Wait for the translation"),
        "admin": NextStep("Translate Spanish again", "Translations", "es"),
    }


def test_a_reviewer_with_several_languages_waiting_sees_the_first_and_a_count(people):
    made = people.create_letter("March", ENGLISH, actor="ed")
    _translate(people, made.id)
    assert next_step(_only(people), Role.LEGAL).words == "Review English v1 and 1 other language"


def test_archived_letters_are_not_on_the_path(people):
    kept = people.create_letter("Kept", ENGLISH, actor="ed")
    old = people.create_letter("Old", ENGLISH, actor="ed")
    archive(people, old.id, actor="ed")
    assert [p.letter.id for p in progress(people)] == [kept.id]


def test_the_first_screen_reads_the_approval_record_once_through_the_queue(people):
    """Given the review queue the first screen already drew, ``progress`` does not read the
    approvals again; what it says is what it says when it reads the queue itself."""
    for n in range(3):
        letter = people.create_letter(f"Letter {n}", ENGLISH, actor="ed")
    approve_newest(people, letter.id, "lee")
    queue = review_queue(people)
    with statements_reading(people, "approvals") as approval_reads:
        given = progress(people, queue)
    assert approval_reads == []

    def said(letters):
        return [(p.letter.id, p.languages, p.step, p.open_comments) for p in letters]

    assert said(given) == said(progress(people))
    assert [p.step for p in given] == [EXPORT, DRAFT_STEP, DRAFT_STEP]
