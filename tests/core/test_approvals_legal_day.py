"""Approvals on a lawyer's real day: an English re-spaced after its translation was approved, a
version approved meanwhile in another tab."""

from __future__ import annotations

import pytest

from clearnotice.accounts import Role
from clearnotice.approvals import (
    ApprovalRefused,
    approval_record,
    approvals,
    approve,
    letter_status,
)
from clearnotice.review_queue import APPROVED, review_queue
from tests.accounts import add_accounts
from tests.approving import FRAGMENT

pytestmark = pytest.mark.writers("ed")

ENGLISH = "# Notice\n\nWe found it on March 3, 2026.\n"
SPANISH = "# Aviso\n\nLo descubrimos el 3 de marzo de 2026.\n"


@pytest.fixture
def translated(store):
    add_accounts(store, lawyer=Role.LEGAL, lee=Role.LEGAL)
    letter = store.create_letter("March", ENGLISH, actor="ed")
    english = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id, SPANISH, base_version_id=None, actor="ed", language="es",
        source_version_id=english.id,
    ).version  # fmt: skip
    return letter, english, spanish


def test_an_english_changed_only_in_its_spacing_leaves_the_approved_translation_current(
    store, translated
):
    letter, english, spanish = translated
    approve(store, letter.id, "es", spanish.id, "lawyer", reason=FRAGMENT)
    respaced = store.save_version(
        letter.id, ENGLISH.replace("We found", "We  found"), base_version_id=english.id,
        actor="ed",
    ).version  # fmt: skip
    approve(store, letter.id, "en", respaced.id, "lawyer", reason=FRAGMENT)
    spanish_row = next(r for r in approval_record(store, letter.id) if r["language"] == "es")
    # translate.stale: a re-spaced English leaves its translations current, so approve() lets
    # the Spanish be approved again, and the record must not call it stale for ever after
    assert spanish_row["stale_because"] == []
    assert letter_status(store, letter.id) == "approved"
    assert {r.language: r.state for r in review_queue(store)}["es"] == APPROVED


def test_a_version_one_approved_meanwhile_in_another_tab_is_not_approved_over_again(
    store, translated
):
    letter, english, _ = translated
    approve(store, letter.id, "en", english.id, "lee", reason="Lee's reason.")
    # Lee's other tab was drawn before she approved: its click must not put a second approval
    # of hers, with that tab's reason, over the first in the record
    with pytest.raises(ApprovalRefused, match="You approved en v1 already"):
        approve(store, letter.id, "en", english.id, "lee", reason="Another reason.")
    [row] = approval_record(store, letter.id)
    assert (row["approved_by"], row["reason"]) == ("lee", "Lee's reason.")
    assert len(approvals(store, letter.id)) == 1
    approve(store, letter.id, "en", english.id, "lawyer", reason=FRAGMENT)  # another reviewer


def test_a_double_clicked_approve_is_one_approval_and_says_what_the_first_click_did(
    store, translated
):
    """The second click of a double click comes with the same reason within moments: it is the
    first click repeated, returned as it was, not refused as "approved in another tab"."""
    letter, english, _ = translated
    first = approve(store, letter.id, "en", english.id, "lee", reason="Lee's reason.")
    again = approve(store, letter.id, "en", english.id, "lee", reason="Lee's reason.")
    assert again.id == first.id
    assert len(approvals(store, letter.id)) == 1


def test_a_translation_of_an_english_approved_since_only_re_spaced_can_be_approved(
    store, translated
):
    letter, english, spanish = translated
    respaced = store.save_version(
        letter.id, ENGLISH.replace("We found", "We  found"), base_version_id=english.id,
        actor="ed",
    ).version  # fmt: skip
    approve(store, letter.id, "en", respaced.id, "lawyer", reason=FRAGMENT)
    # it translates v1's words, which v2 (approved) has: current by translate.stale's rule,
    # and it was refused as made from "an older text" than the approved English
    approve(store, letter.id, "es", spanish.id, "lawyer", reason=FRAGMENT)
    assert [r["stale"] for r in approval_record(store, letter.id)] == [False, False]
