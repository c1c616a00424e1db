"""A translation is a version of its letter; the reviewer's marks and the stale warning."""

from __future__ import annotations

import pytest

from clearnotice.accounts import Role
from clearnotice.auth import set_active
from clearnotice.diffing import DELETE, EQUAL, INSERT
from clearnotice.letter_lifecycle import delete
from clearnotice.permissions import PermissionRefused
from clearnotice.translate.review import OK, QUERIED, current_marks, mark_segment, pair_fingerprint
from clearnotice.translate.stale import staleness
from tests.accounts import FIRST_ADMIN, add_accounts

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("ana")

ENGLISH = "# Notice\n\nWe found it on March 3, 2026.\n\n- your name\n"
SPANISH = "# Aviso\n\nLo descubrimos el 3 de marzo de 2026.\n\n- su nombre\n"


def _letter_with_translation(store):
    add_accounts(store, legal=Role.LEGAL)
    letter = store.create_letter("Incident", ENGLISH, actor="ana")
    english = store.latest_version(letter.id)
    saved = store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="ana",
        language="es",
        origin="human:Lucía Pérez",
        source_version_id=english.id,
    )
    return letter, english, saved.version


def test_a_translation_is_a_version_that_names_the_english_it_translates(store):
    letter, english, spanish = _letter_with_translation(store)
    assert spanish.language == "es" and spanish.source_version_id == english.id
    assert spanish.origin == "human:Lucía Pérez"
    assert store.latest_version(letter.id).id == english.id  # the English is unchanged


def test_a_translation_of_the_newest_english_is_not_stale(store):
    _, _, spanish = _letter_with_translation(store)
    assert not staleness(store, spanish).stale


def test_a_translation_of_an_older_english_is_stale_with_the_diff_since(store):
    letter, english, spanish = _letter_with_translation(store)
    store.save_version(
        letter.id,
        ENGLISH.replace("March 3", "March 4"),
        base_version_id=english.id,
        actor="ana",
    )
    result = staleness(store, spanish)
    assert result.stale
    edits = [(c.op, c.text) for c in result.changes if c.op != EQUAL]
    assert edits == [(DELETE, "3"), (INSERT, "4")]  # the word that changed, not the whole line
    assert (result.translated_from.number, result.latest_source.number) == (1, 2)


def test_a_translation_that_names_no_english_cannot_be_shown_current(store):
    letter = store.create_letter("Incident", ENGLISH, actor="ana")
    orphan = store.save_version(
        letter.id, SPANISH, base_version_id=None, actor="ana", language="es"
    ).version
    result = staleness(store, orphan)
    assert result.stale and result.unknown_source


def test_marks_follow_the_exact_segment_texts_and_the_newest_counts(store):
    letter, _, spanish = _letter_with_translation(store)
    common = dict(version_id=spanish.id, segment_index=1, reviewer="legal")
    pair = ("We found it on March 3, 2026.", "Lo descubrimos el 3 de marzo de 2026.")
    mark_segment(store, letter.id, "es", **common, source_segment=pair[0],
                 target_segment=pair[1], status=QUERIED, comment="Check the date")  # fmt: skip
    mark_segment(store, letter.id, "es", **common, source_segment=pair[0],
                 target_segment=pair[1], status=OK)  # fmt: skip
    marks = current_marks(store, letter.id, "es")
    assert marks[pair_fingerprint(*pair)].status == OK
    # a changed translation of the segment has no mark yet
    assert pair_fingerprint(pair[0], "Lo descubrimos el 4 de marzo de 2026.") not in marks


def test_a_query_without_a_comment_is_refused(store):
    letter, _, spanish = _letter_with_translation(store)
    with pytest.raises(ValueError, match="comment"):
        mark_segment(store, letter.id, "es", version_id=spanish.id, segment_index=0,
                     source_segment="Notice", target_segment="Aviso", status=QUERIED,
                     comment="  ", reviewer="legal")  # fmt: skip


def test_a_deactivated_reviewers_open_tab_cannot_mark_a_segment(store):
    """A mark says a person read the pair and found it right: only an account may give it."""
    letter, _, spanish = _letter_with_translation(store)
    set_active(store, "legal", False, actor=FIRST_ADMIN)
    for reviewer in ("legal", "nobody"):
        with pytest.raises(PermissionRefused, match="can no longer comment|not an account"):
            mark_segment(store, letter.id, "es", version_id=spanish.id, segment_index=0,
                         source_segment="Notice", target_segment="Aviso", status=OK,
                         reviewer=reviewer)  # fmt: skip
    assert current_marks(store, letter.id, "es") == {}


def test_a_deleted_letters_open_tab_cannot_mark_a_segment(store):
    """A mark is written into the letter like a comment: a deleted letter takes none."""
    letter, _, spanish = _letter_with_translation(store)
    delete(store, letter.id, actor=FIRST_ADMIN)
    with pytest.raises(ValueError, match="was deleted"):
        mark_segment(store, letter.id, "es", version_id=spanish.id, segment_index=0,
                     source_segment="Notice", target_segment="Aviso", status=OK,
                     reviewer="legal")  # fmt: skip
    assert current_marks(store, letter.id, "es") == {}


def test_a_mark_names_a_version_of_its_own_letter_and_language(store):
    """The page names the version by id: another letter's, or the English, would tie the mark to
    a text the reviewer did not read beside this translation."""
    letter, english, spanish = _letter_with_translation(store)
    other = store.create_letter("Another customer", ENGLISH, actor="ana")
    other_english = store.latest_version(other.id)
    for wrong in (other_english.id, english.id, 10_000):
        with pytest.raises(ValueError, match="not this letter's es translation"):
            mark_segment(store, letter.id, "es", version_id=wrong, segment_index=0,
                         source_segment="Notice", target_segment="Aviso", status=OK,
                         reviewer="legal")  # fmt: skip
    assert current_marks(store, letter.id, "es") == {}
