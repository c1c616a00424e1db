"""Per-state variants stored as letters: each approved on its own, and an edit of the master flows
into every variant it changes, leaving their approvals stale (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.accounts import Role
from clearnotice.approvals import approval_record, approve
from clearnotice.letter_lifecycle import delete
from clearnotice.variant_letters import router, sync, variant_letters
from tests.accounts import add_accounts

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("editor")

MASTER = (Path(__file__).resolve().parents[1] / "fixtures" / "master-six-states.md").read_text()
SIX = ["CA", "MA", "IL", "NY", "MD", "TX"]


@pytest.fixture
def master(store):
    return store.create_letter("March incident", MASTER, actor="editor", jurisdictions=SIX)


def test_each_variant_is_a_letter_of_its_own_for_its_group(store, master):
    synced = sync(store, master.id, actor="editor")
    letters = variant_letters(store, master.id)
    assert [sorted(v.jurisdictions) for v in letters] == [["CA", "IL", "MD", "NY", "TX"], ["MA"]]
    assert all(v.master_id == master.id for v in letters)
    massachusetts = synced.for_jurisdiction("MA")
    assert massachusetts.letter.title == "March incident (for MA)"
    assert store.latest_version(massachusetts.letter.id).text == massachusetts.variant.text
    assert store.latest_version(massachusetts.letter.id).origin == f"variant:letter {master.id} v1"
    # syncing again with nothing changed saves nothing
    again = sync(store, master.id, actor="editor")
    assert (
        not any(v.changed for v in again.variants) and len(variant_letters(store, master.id)) == 2
    )


def _approve_massachusetts_then_edit(store, master, old: str, new: str):
    """Build the variants, approve the Massachusetts letter, then edit the master."""
    add_accounts(store, lawyer=Role.LEGAL)
    massachusetts = sync(store, master.id, actor="editor").for_jurisdiction("MA")
    approved = store.latest_version(massachusetts.letter.id)
    approve(store, massachusetts.letter.id, "en", approved.id, "lawyer")
    newest = store.latest_version(master.id)
    edited = newest.text.replace(old, new)
    store.save_version(master.id, edited, base_version_id=newest.id, actor="editor")
    return massachusetts


def test_an_edit_of_the_master_flows_in_and_leaves_the_variants_approval_stale(store, master):
    massachusetts = _approve_massachusetts_then_edit(store, master, "Monday to Friday", "every day")

    assert "every day" in store.latest_version(massachusetts.letter.id).text
    [row] = approval_record(store, massachusetts.letter.id)
    assert row["stale"] is True and row["latest_version"] == 2


def test_an_edit_only_in_what_a_variant_leaves_out_keeps_its_approval(store, master):
    # the nature of the breach, which the Massachusetts letter leaves out
    massachusetts = _approve_massachusetts_then_edit(store, master, "computers", "servers")

    [row] = approval_record(store, massachusetts.letter.id)
    assert row["stale"] is False
    shared = variant_letters(store, master.id)[0]
    assert "billing servers" in store.latest_version(shared.id).text


def test_new_jurisdictions_regroup_and_retire_a_variant_no_longer_needed(store, master):
    sync(store, master.id, actor="editor")
    store.set_jurisdictions(master.id, ["CA", "MA", "RI"], actor="editor")
    synced = sync(store, master.id, actor="editor")
    assert sorted(v.variant.key for v in synced.variants) == ["CA-RI", "MA"]
    assert [sorted(r.jurisdictions) for r in synced.retired] == [["CA", "IL", "MD", "NY", "TX"]]


def test_a_variant_cannot_have_variants_of_its_own(store, master):
    variant = sync(store, master.id, actor="editor").variants[0].letter
    with pytest.raises(ValueError, match="is itself a variant"):
        sync(store, variant.id, actor="editor")


def test_a_customer_row_is_routed_to_the_letter_for_the_state_it_names(store, master):
    sync(store, master.id, actor="editor")
    shared, massachusetts = variant_letters(store, master.id)
    routes = router(store, master.id)
    assert routes.route({"name": "Ana", "State": "ma"}).letter_id == massachusetts.id
    by_name = routes.route({"state": "", "country": "Massachusetts"})
    assert by_name.letter_id is None and "no country ClearNotice knows" in by_name.reason
    by_name = routes.route({"state": "Massachusetts", "country": "United States"})
    assert (by_name.letter_id, by_name.jurisdiction) == (massachusetts.id, "MA")
    texas = routes.route({"state": "TX"})
    assert texas.letter_id == shared.id and "the letter for CA, IL, MD, NY, TX" in texas.reason
    ohio = routes.route({"state": "OH"})  # not a jurisdiction of the master
    assert ohio.letter_id == master.id and "no per-state letter" in ohio.reason


def test_a_row_whose_state_is_unclear_gets_no_letter(store, master):
    # what makes a place unclear: tests/core/test_places.py
    sync(store, master.id, actor="editor")
    route = router(store, master.id).route({"state": "MA, TX"})
    assert route.letter_id is None
    assert (
        route.reason == "state 'MA, TX' names more than one place: the letter depends on the state"
    )


def test_a_retired_variant_serves_no_one(store, master):
    sync(store, master.id, actor="editor")
    store.set_jurisdictions(master.id, ["CA", "MA", "RI"], actor="editor")  # syncs again
    routes = router(store, master.id)
    assert sorted(tuple(v.jurisdictions) for v in routes.variants) == [("CA", "RI"), ("MA",)]
    # Texas was served by the retired letter for CA, IL, MD, NY, TX: now by the master
    assert routes.route({"state": "TX"}).letter_id == master.id


def test_a_master_without_variants_goes_to_everyone_whatever_the_state(store, master):
    assert router(store, master.id).route({"state": "Atlantis"}).letter_id == master.id


def test_a_deleted_variant_takes_no_new_text_and_its_master_still_saves(store, master):
    """A master's save flows into its variants: one set aside (deleted) refused the text, and
    the master's save, already made, was reported as "nothing was saved", the variants after
    it left unsynced."""
    massachusetts = sync(store, master.id, actor="editor").for_jurisdiction("MA")
    before = store.latest_version(massachusetts.letter.id)
    delete(store, massachusetts.letter.id, actor="editor")
    newest = store.latest_version(master.id)
    edited = newest.text.replace("Monday to Friday", "every day")
    saved = store.save_version(master.id, edited, base_version_id=newest.id, actor="editor")
    assert saved.created and saved.version.number == 2
    assert store.latest_version(massachusetts.letter.id).id == before.id
    assert not any(v.changed for v in sync(store, master.id, actor="editor").variants)


def test_a_deleted_variants_customers_are_held_not_sent_a_deleted_or_master_letter(store, master):
    """The customers of a state whose letter was set aside get neither that letter (nobody
    sees or approves it now) nor the master (it lacks what that state's law asks): held, with
    why, until the letter is restored."""
    massachusetts = sync(store, master.id, actor="editor").for_jurisdiction("MA")
    delete(store, massachusetts.letter.id, actor="editor")
    route = router(store, master.id).route({"state": "MA"})
    assert (route.letter_id, route.jurisdiction) == (None, "MA")
    assert "the letter for MA was deleted" in route.reason and "restore" in route.reason
    assert router(store, master.id).route({"state": "TX"}).letter_id not in (None, master.id)
