"""A review put together from the blocks' kept windows (clearnotice.checks.block_parts) says
exactly what the rules say read over the whole letter, after any edit: every shared sample and
every fifteenth corpus letter (all of them took minutes of the suite; run with
``CLEARNOTICE_EVERY_LETTER=1`` after changing block_parts or a kind of rule), each block edited
in turn (a word added, a sentence taken out, a heading changed, a paragraph moved under another
heading), with the windows of the letter before the edit kept, as in the app."""

from __future__ import annotations

import pytest

from clearnotice import caches, guidance, skim
from clearnotice import text as segment
from clearnotice.checks import block_parts
from clearnotice.checks.block_parts import BlockwiseScan
from clearnotice.checks.must_not_say import MustNotSay
from clearnotice.checks.required import Required
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.structure import Structure
from clearnotice.vocabulary import load
from tests.core import review_snapshot

LETTERS = review_snapshot.letters()
CHECKED = review_snapshot.checked(every=15)
SAMPLES = [name for name in CHECKED if name.startswith("fixtures/")]
CODES = tuple(p.code for p in guidance.jurisdictions())
SETUP = guidance._setup(load())
ACTIVE = guidance._active_rules(guidance.normalise_jurisdictions(CODES))
BLOCKWISE = [a for a in ACTIVE if getattr(a.rule, "blockwise", False)]
ESSENTIALS = SETUP.catalogue.rules[guidance.FIRST_SCREEN_RULE].essentials


def _matchers() -> list:
    found = {}
    for entry in ACTIVE:
        rule = entry.rule
        if isinstance(rule, Required):
            found.update((id(m), m) for _, m in rule.parts)
            if rule.when is not None:
                found[id(rule.when)] = rule.when
        elif isinstance(rule, MustNotSay):
            found[id(rule.forbids)] = rule.forbids
        elif isinstance(rule, Structure):
            found.update((id(m), m) for _, m in rule.essentials)
    return list(found.values())


MATCHERS = _matchers()


def _edits(text: str) -> list[str]:
    """``text`` with each block changed in turn, the kind of change going round."""
    blocks = segment.blocks(text)
    edited = []
    for index, block in enumerate(blocks):
        if block.is_heading:
            new = "What You Can Do" if index % 2 else block.text + " today"
        elif index % 3 == 0:
            new = block.text + " now"
        elif index % 3 == 1:
            sentences = segment.split_sentences(block.text)
            cut = sentences[1].start if len(sentences) > 1 else 0
            new = block.text[cut:] if cut else "Please note: " + block.text
        else:  # the paragraph two blocks up, here: other words under this heading and lead-in
            new = blocks[index - 2].text if index >= 2 else block.text + " We are sorry."
        edited.append(text[: block.start] + new + text[block.end :])
    return edited


def _letter_wide(text: str) -> dict:
    """What the rules give read over the whole letter at once (no window)."""
    scan = LetterScan(text, SETUP.table)
    lines = skim.skim_lines(text)
    view = skim._SkimView(scan, lines)
    return {
        "findings": [a.rule.run(scan, a.level).findings for a in BLOCKWISE],
        "ranks": [m.rank_in(scan) for m in MATCHERS],
        "skim lines": lines,
        "essentials": [_best(m.rank_in(view, range(len(m.groups))), lines) for _, m in ESSENTIALS],
    }


def _best(ranks: dict, lines: tuple) -> int | None:
    """The piece that best conveys an essential: the lowest rank, then the earliest; never a
    title or heading (they name a section, they do not convey it)."""
    allowed = [
        (*rank, unit)
        for unit, rank in ranks.items()
        if lines[unit].kind not in (skim.TITLE, skim.HEADING)
    ]
    return min(allowed)[2] if allowed else None


def _by_blocks(text: str) -> dict:
    """The same, put together from the windows kept so far."""
    scan = BlockwiseScan(text, SETUP.table)
    preview = skim.preview(scan, ESSENTIALS)
    return {
        "findings": [tuple(scan.findings_per_block(a.rule, a.level)) for a in BLOCKWISE],
        "ranks": [scan.ranked_per_block(m) for m in MATCHERS],
        "skim lines": preview.lines,
        "essentials": [
            preview.lines.index(e.line) if e.line is not None else None for e in preview.essentials
        ],
    }


@pytest.mark.parametrize("name", CHECKED)
def test_every_block_edited_gives_what_the_whole_letter_read_at_once_gives(name: str) -> None:
    text = LETTERS[name]
    guidance.review(text, CODES)  # its windows kept, as when the letter was open before
    for block, after in enumerate(_edits(text)):
        got, expected = _by_blocks(after), _letter_wide(after)
        differ = [part for part in expected if got[part] != expected[part]]
        assert not differ, f"{name}, block {block} edited: {', '.join(differ)} differ"


@pytest.mark.parametrize("name", SAMPLES)
def test_every_block_edited_gives_the_review_of_a_letter_never_seen(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = LETTERS[name]
    guidance.review(text, CODES)
    for after in _edits(text):
        warm = guidance.review(after, CODES).as_dict()
        with monkeypatch.context() as fresh:  # no window nor report kept from before
            fresh.setattr(block_parts, "_windows", block_parts.Recent("fresh windows", 8192))
            fresh.setattr(guidance, "_recent", guidance.Recent("fresh reports", 8))
            assert guidance.review(after, CODES).as_dict() == warm


def test_a_paragraph_reads_its_own_heading_and_lead_in() -> None:
    """The same words under another heading, or after another lead-in, are another window: a
    key without them would hand one place's result to the other."""
    item = "Your name, your address and your date of birth."
    under = "# Notice\n\n## What Information Was Involved\n\n" + item + "\n"
    elsewhere = "# Notice\n\n## Our Address\n\n" + item + "\n"
    led = "# Notice\n\nThe records included:\n\n- names and Social Security numbers\n"
    unled = "# Notice\n\nWe are sorry.\n\n- names and Social Security numbers\n"
    for one, other in ((under, elsewhere), (led, unled)):
        guidance.review(one, CODES)
        assert _by_blocks(other) == _letter_wide(other)
        guidance.review(other, CODES)
        assert _by_blocks(one) == _letter_wide(one)


def test_an_edit_moves_the_previous_reviews_results_to_where_the_blocks_now_are() -> None:
    """An edit's review starts from what the review before it put together (``_Edit``): the
    blocks after the edited one move, the edited one is read in its window, and every rule and
    matcher gives what the whole letter read at once gives, not what the letter said before."""
    text = LETTERS["fixtures/jargon-heavy.md"]
    paragraph = segment.blocks(text)[2]
    shorter = "We are writing to tell you about a data breach."
    after = text[: paragraph.start] + shorter + text[paragraph.end :]
    before = _by_blocks(text)
    got = _by_blocks(after)
    edit = block_parts._last[0]._edit
    assert edit is not None and edit.changed == [2]  # put together from the review before
    assert got == _letter_wide(after)
    assert got["findings"] != before["findings"] and got["ranks"] != before["ranks"]
    # and back: the edited paragraph's first window again, every other block moved back
    assert _by_blocks(text) == _letter_wide(text) == before


def test_a_review_of_another_letter_between_two_versions_is_not_taken_for_the_letter() -> None:
    one, other = LETTERS["fixtures/jargon-heavy.md"], LETTERS["fixtures/good-plain.md"]
    _by_blocks(one)
    _by_blocks(other)
    assert block_parts._last[0]._edit is None
    edited = one.replace("We regret any inconvenience", "We are sorry for any inconvenience")
    _by_blocks(other)
    assert _by_blocks(edited) == _letter_wide(edited)
    assert block_parts._last[0]._edit is None


def test_a_checklist_item_kept_from_before_an_edit_shows_the_letter_as_edited() -> None:
    """An edit's review takes the review before's checklist items where they are made of the
    same (``BlockwiseScan.checklist_item``): an edit that moves the items' evidence, or changes
    its words, gives items with the new spans and words."""
    text = LETTERS["fixtures/good-plain.md"]
    caches.clear_all()  # a review kept from an earlier test would not be scanned
    first = guidance.review(text, CODES).checklist
    paragraph = next(b for b in segment.blocks(text) if b.kind == segment.PARAGRAPH)
    for added in (" We wrote this letter with care.", " We are sorry."):
        letter = text[: paragraph.end] + added + text[paragraph.end :]
        items = guidance.review(letter, CODES).checklist
        assert block_parts._last[0]._edit is not None  # put together from the review before
        shown = [e for item in items for e in item.evidence]
        assert shown and all(letter[e.start : e.end] == e.text for e in shown)
        assert [i.evidence for i in items] != [i.evidence for i in first]


def test_short_lines_under_a_lead_in_are_read_with_it_as_a_lists_items_are() -> None:
    """Lines typed without a marker under a lead-in that ends with a colon ("please contact:"
    then a name and a number) are read with it, in a window of their own as a list's bullets
    are; a finished sentence after them, and what follows it, are not."""
    text = (
        "We are sorry.\n\nIf you have questions, please contact:\n\nPrivacy Office\n\n"
        "0800 123 4567\n\nWe will write again.\n\n0800 123 4567"
    )
    assert LetterScan(text, SETUP.table).intro_of == [None, None, 1, 1, None, None]
    assert _by_blocks(text) == _letter_wide(text)
