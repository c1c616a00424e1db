"""Speed work changes no result (issue 17): every sample letter and every fourth corpus letter
(all of them with ``CLEARNOTICE_EVERY_LETTER=1``, after a speed change) gets the review and the
readability analysis main gave before it (tests/core/review_snapshot.py), and a letter reviewed
again after an edit gets what a process that never saw it would give."""

from __future__ import annotations

import pytest

from clearnotice import caches, readability
from clearnotice.guidance import jurisdictions, review
from tests.core import review_snapshot

SNAPSHOT = review_snapshot.read()
LETTERS = review_snapshot.letters()


def test_the_snapshot_was_written_from_these_rule_files() -> None:
    assert SNAPSHOT["rule_data"] == review_snapshot.rule_data(), (
        "a rule or profile file changed since tests/core/review_snapshot.json was written: "
        "write it again (python -m tests.core.review_snapshot --write) from the code before "
        "the speed change, then run this test on today's code"
    )


def test_the_snapshot_holds_every_letter() -> None:
    assert sorted(SNAPSHOT["letters"]) == sorted(LETTERS)


# Every fourth corpus letter: all 2,418 were the suite's largest file.
@pytest.mark.parametrize("name", review_snapshot.checked(every=4))
def test_review_and_readability_are_as_main_gave_them(name: str) -> None:
    expected = SNAPSHOT["letters"][name]
    got = review_snapshot.outcome(LETTERS[name])
    differ = [part for part in expected if got.get(part) != expected[part]]
    assert not differ, f"{name}: {', '.join(differ)} differ from main's"


def _forget_everything() -> None:
    """Empty every cache that holds what was worked out about a letter or a paragraph."""
    caches.clear_all()


def _edits(text: str) -> list[str]:
    """``text`` with one paragraph changed, a paragraph added, one removed, one split in two."""
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    changed = list(paragraphs)
    changed[middle] = changed[middle].replace(" ", " really ", 1) + " We are sorry."
    added = [*paragraphs[:middle], "We have reported this to the police.", *paragraphs[middle:]]
    removed = paragraphs[:middle] + paragraphs[middle + 1 :]
    split = list(paragraphs)
    split[middle] = split[middle].replace(". ", ".\n\n", 1)
    return ["\n\n".join(p) for p in (changed, added, removed, split)]


@pytest.mark.parametrize(
    "name", ["letters/acer-letter-2016.txt", "fixtures/good-plain.md", "fixtures/jargon-heavy.md"]
)
def test_a_review_after_an_edit_is_the_review_of_a_new_letter(name: str) -> None:
    codes = [p.code for p in jurisdictions()]
    text = LETTERS[name]
    review(text, codes)
    readability.analyse(text)
    for after in _edits(text):
        warm = (review(after, codes).as_dict(), readability.analyse(after))
        _forget_everything()
        cold = (review(after, codes).as_dict(), readability.analyse(after))
        assert warm == cold
        review(text, codes)  # the next edit starts from the letter seen again
        readability.analyse(text)
