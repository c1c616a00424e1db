"""A double-clicked "Save the merged letter": the second click runs the same settling again,
and was told "already joined by" the very person who had just joined them, under their saved
letter. The same settling by the same person a moment later returns the first's version."""

from __future__ import annotations

import pytest

from tests.core.test_store import THREE_PARAGRAPHS, _forked

pytestmark = pytest.mark.writers("ana", "bea", "cy", "dee")


def _open_fork(store):
    ours = THREE_PARAGRAPHS.replace("March 3", "early March")
    theirs = THREE_PARAGRAPHS.replace("March 3", "March 4")
    letter = _forked(store, ours, theirs)[0]
    [fork] = store.open_forks(letter.id)
    return letter, fork


def test_the_same_settling_clicked_twice_saves_once_and_says_nothing(store):
    letter, fork = _open_fork(store)
    chosen = [fork.merged.conflicts[0].ours]
    first = store.resolve_fork(fork.fork.id, chosen, actor="cy")
    again = store.resolve_fork(fork.fork.id, chosen, actor="cy")
    assert again.version.id == first.version.id and not again.created
    assert store.latest_version(letter.id).id == first.version.id


def test_another_persons_or_another_choice_is_still_refused(store):
    _letter, fork = _open_fork(store)
    conflict = fork.merged.conflicts[0]
    store.resolve_fork(fork.fork.id, [conflict.ours], actor="cy")
    with pytest.raises(ValueError, match="already joined by cy"):
        store.resolve_fork(fork.fork.id, [conflict.ours], actor="dee")
    with pytest.raises(ValueError, match="already joined by cy"):
        store.resolve_fork(fork.fork.id, [conflict.theirs], actor="cy")
