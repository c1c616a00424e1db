"""Track changes between two versions of a letter: what was deleted and inserted, word by word.

Lines are compared first and only the lines that changed are compared word by word, so a long
letter with a few edits stays fast and a moved paragraph does not smear into its neighbours; a
paragraph moved whole is marked as moved at both ends, and its words are not counted as edits.
Joining the "equal" and "delete" pieces gives back the old text exactly, "equal" and "insert"
the new one: nothing is dropped from what the reviewer sees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from clearnotice.model import Mark
from clearnotice.text import block_at, words
from clearnotice.wording import plural

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
# Pairs of equal tokens a word diff may visit before it leaves the most frequent out of its
# search (see _too_many_pairs): a paragraph of 1,000 words has about a million.
MAX_EQUAL_PAIRS = 1_000_000
# Between two words: runs of spaces, or single other characters (punctuation, Markdown marks).
_GAP = re.compile(r"\s+|\S")
# What summary says of an edit that changed no word: "0 words inserted, 0 words deleted" read as
# nothing changed when a full stop became a comma.
NOTHING = "nothing changed"
PUNCTUATION_ONLY = "punctuation changed"
SPACING_ONLY = "only the spacing changed"


# The mark a moved paragraph's new place is drawn with (``interleaved``); its old place stays a
# deletion, titled with where it went.
MOVED = "moved"


@dataclass(frozen=True)
class Change:
    op: str  # EQUAL, INSERT or DELETE
    text: str
    # For one end of a paragraph moved whole: where its other end is, as a pointer says it
    # ("moved here from paragraph 3"); a DELETE and an INSERT all the same, so both texts
    # still come back whole.
    moved: str = ""


def tokens(text: str) -> list[str]:
    """Words, whitespace runs and single punctuation marks; joined they give ``text`` back."""
    out: list[str] = []
    position = 0
    for word in words(text):
        out.extend(_GAP.findall(text[position : word.start]))
        out.append(word.text)
        position = word.end
    out.extend(_GAP.findall(text[position:]))
    return out


def word_diff(old: str, new: str) -> tuple[Change, ...]:
    """The changes that turn ``old`` into ``new``, as a reviewer reads them."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    changes: list[Change] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    opcodes = matcher.get_opcodes()
    moves = _moves(old, new, old_lines, new_lines, opcodes)
    for index, (op, a1, a2, b1, b2) in enumerate(opcodes):
        before, after = "".join(old_lines[a1:a2]), "".join(new_lines[b1:b2])
        if op == "equal":
            changes.append(Change(EQUAL, before))
        elif op == "replace":
            changes.extend(_words(before, after))
        elif op == "delete":
            changes.append(Change(DELETE, before, moves.get(index, "")))
        else:
            changes.append(Change(INSERT, after, moves.get(index, "")))
    return tuple(_merge(_absorb_lone_spaces(changes)))


def _moves(
    old: str, new: str, old_lines: list[str], new_lines: list[str], opcodes: list[tuple]
) -> dict[int, str]:
    """The line diff's deletions and insertions that are one paragraph (or several) moved
    whole: a deleted run of lines whose words, blank lines aside, an inserted run has too. Each
    gets the note its end is drawn with. Found by the runs' texts in a dict, so a letter of
    many paragraphs costs one pass (the diff's bounds, tests/core/test_diffing_bounds.py)."""
    deleted: dict[str, int] = {}
    for index, (op, a1, a2, _b1, _b2) in enumerate(opcodes):
        if op == "delete" and (key := _paragraphs_key(old_lines[a1:a2])):
            deleted.setdefault(key, index)
    notes: dict[int, str] = {}
    for index, (op, _a1, _a2, b1, b2) in enumerate(opcodes):
        key = _paragraphs_key(new_lines[b1:b2]) if op == "insert" else ""
        gone = deleted.pop(key, None) if key else None
        if gone is None:
            continue
        was = _paragraph_number(old, old_lines, opcodes[gone][1])
        now = _paragraph_number(new, new_lines, b1)
        notes[gone] = f"Moved from here to paragraph {now}, unchanged"
        notes[index] = f"Moved here from paragraph {was}, unchanged"
    return notes


def _paragraphs_key(lines: list[str]) -> str:
    """The words of whole paragraphs, blank lines aside; "" for a run with no words."""
    return "\n".join(line.strip() for line in lines if line.strip())


def _paragraph_number(text: str, lines: list[str], line: int) -> int:
    """The number (from 1) of the paragraph at the first non-blank line from ``line``."""
    while line < len(lines) - 1 and not lines[line].strip():
        line += 1
    offset = sum(len(each) for each in lines[:line])
    return (block_at(text, offset) or 0) + 1


def has_changes(changes: tuple[Change, ...]) -> bool:
    return any(c.op != EQUAL for c in changes)


def counts(changes: tuple[Change, ...]) -> tuple[int, int]:
    """Words inserted and words deleted: the size of an edit at a glance."""
    inserted = sum(len(words(c.text)) for c in changes if c.op == INSERT and not c.moved)
    deleted = sum(len(words(c.text)) for c in changes if c.op == DELETE and not c.moved)
    return inserted, deleted


def moved_paragraphs(changes: tuple[Change, ...]) -> int:
    """How many runs of paragraphs were moved whole (each counted at its new place)."""
    return sum(1 for c in changes if c.moved and c.op == INSERT)


def summary(changes: tuple[Change, ...]) -> str:
    """The size of an edit as a reviewer reads it: words inserted and deleted, or, when no word
    changed, whether punctuation (quote marks, a full stop) or only the spacing did."""
    inserted, deleted = counts(changes)
    moved = moved_paragraphs(changes)
    said = f"{plural(moved, 'paragraph')} moved" if moved else ""
    if inserted or deleted:
        edited = f"{plural(inserted, 'word')} inserted, {plural(deleted, 'word')} deleted"
        return f"{edited}; {said}" if said else edited
    if said:
        return said
    edits = [c.text for c in changes if c.op != EQUAL]
    if not edits:
        return NOTHING
    return SPACING_ONLY if all(text.isspace() for text in edits) else PUNCTUATION_ONLY


def span_after(changes: tuple[Change, ...], start: int, end: int) -> tuple[int, int] | None:
    """Where the words ``old[start:end]`` are in the new text of ``changes`` (``word_diff(old,
    new)``): from the first to the last of its characters the edit kept, with what replaced the
    ones it changed. None when the edit kept none of its words (only spaces or punctuation, or
    nothing): the words were removed. A span of no word (an emoji, "§", a dash) is where it was
    while the edit kept all of it, and removed once it changed any."""
    first = last = None
    kept_a_word = replaced = had_a_word = changed = False
    old_at = new_at = 0

    def cover(lo: int, hi: int) -> None:
        nonlocal first, last
        first = lo if first is None else min(first, lo)
        last = hi if last is None else max(last, hi)

    for change in changes:
        size = len(change.text)
        if change.op == INSERT:
            if replaced:  # the new words in place of deleted ones of the span
                cover(new_at, new_at + size)
            new_at += size
            continue
        lo, hi = max(start, old_at), min(end, old_at + size)
        replaced = change.op == DELETE and lo < hi
        if lo < hi:
            has_words = bool(words(change.text[lo - old_at : hi - old_at]))
            had_a_word = had_a_word or has_words
            changed = changed or change.op == DELETE
        if change.op == EQUAL and lo < hi:
            cover(new_at + lo - old_at, new_at + hi - old_at)
            kept_a_word = kept_a_word or has_words
        old_at += size
        if change.op == EQUAL:
            new_at += size
    kept = kept_a_word or (not had_a_word and not changed and first is not None)
    return (first, last) if kept else None


def changed_lines(changes: tuple[Change, ...]) -> list[tuple[Change, ...] | None]:
    """Only the lines that changed, each as its own changes; ``None`` where unchanged lines
    were left out. For a reviewer who wants to see where a long letter moved, not reread it."""
    lines: list[list[Change]] = [[]]
    for change in changes:
        for piece in change.text.splitlines(keepends=True):
            lines[-1].append(Change(change.op, piece))
            if piece.endswith(("\n", "\r")):
                lines.append([])
    out: list[tuple[Change, ...] | None] = []
    for line in lines:
        if any(c.op != EQUAL for c in line):
            out.append(tuple(line))
        elif line and (not out or out[-1] is not None):
            out.append(None)
    return out


def interleaved(
    changes: Sequence[Change], show_inserts: bool = True
) -> tuple[str, tuple[Mark, ...]]:
    """The old and the new text in one, as track changes read, with a mark on every deletion
    and, when ``show_inserts``, every insertion: what the review draws as the letter reads."""
    text: list[str] = []
    marks: list[Mark] = []
    position = 0
    for change in changes:
        if change.op == DELETE or (change.op == INSERT and show_inserts):
            kind = MOVED if change.op == INSERT and change.moved else change.op
            marks.append(Mark(position, position + len(change.text), kind, change.moved))
        text.append(change.text)
        position += len(change.text)
    return "".join(text), tuple(marks)


def _words(old: str, new: str) -> list[Change]:
    a, b = tokens(old), tokens(new)
    out = []
    matcher = SequenceMatcher(None, a, b, autojunk=_too_many_pairs(a, b))
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(Change(EQUAL, "".join(a[a1:a2])))
            continue
        if a2 > a1:
            out.append(Change(DELETE, "".join(a[a1:a2])))
        if b2 > b1:
            out.append(Change(INSERT, "".join(b[b1:b2])))
    return out


def _too_many_pairs(a: list[str], b: list[str]) -> bool:
    """Whether comparing ``a`` and ``b`` word by word would take seconds: difflib visits every
    pair of equal tokens, and a long paragraph's spaces and commas make millions (a 10,000-word
    paragraph with 30 edits took about 106 s of CPU, 2026-11-30; 1,000 words 0.7 s). Above the bound
    difflib's "autojunk" leaves such tokens out of the search for matches (they are still
    compared, and the diff still gives back both texts): 0.25 s for the 10,000 words."""
    in_b = Counter(b)
    return sum(in_b[token] for token in a) > MAX_EQUAL_PAIRS


def _absorb_lone_spaces(changes: list[Change]) -> list[Change]:
    """A single space kept between two edits makes "d̶e̶l̶ ins d̶e̶l̶ ins" confetti; treat it as
    deleted and inserted so the edit reads as one phrase replaced by another."""
    out = []
    for i, change in enumerate(changes):
        between_edits = 0 < i < len(changes) - 1 and EQUAL not in (
            changes[i - 1].op,
            changes[i + 1].op,
        )
        if change.op == EQUAL and between_edits and change.text.isspace():
            out.extend([Change(DELETE, change.text), Change(INSERT, change.text)])
        else:
            out.append(change)
    return out


def _merge(changes: list[Change]) -> list[Change]:
    """Within each run of edits, all deletions first and then all insertions, each joined."""
    out: list[Change] = []
    run: dict[str, list[str]] = {DELETE: [], INSERT: []}

    def flush() -> None:
        for op in (DELETE, INSERT):
            if run[op]:
                out.append(Change(op, "".join(run[op])))
                run[op] = []

    for change in changes:
        if not change.text:
            continue
        if change.moved:  # one end of a move stays whole, apart from the edits beside it
            flush()
            out.append(change)
        elif change.op == EQUAL:
            flush()
            if out and out[-1].op == EQUAL:
                out[-1] = Change(EQUAL, out[-1].text + change.text)
            else:
                out.append(change)
        else:
            run[change.op].append(change.text)
    flush()
    return out
