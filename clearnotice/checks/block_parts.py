"""What each block of a letter gives its review, kept per block, so that after an edit only the
blocks the edit changed are reviewed again.

A rule whose findings in a block come from that block alone (``blockwise``: existence,
substitution, must-not-say, a count per sentence), and a matcher's sentences (a matcher reads a
sentence's block, the heading above it and the lead-in of its list: ``LetterScan.context``), are
worked out on a *window*: a small letter of just those blocks, the block last. What a window
gives is kept with offsets and sentence numbers relative to its block, keyed by the kind, level
and text of every block in it and the pattern table, which is all a window is made of: the same
paragraph under the same heading and lead-in, in this letter or another, reuses it, and the
review shifts it into place. The skim preview keeps its part of each block with the window too
(clearnotice.skim). What depends on the whole letter (a rule counting over it, the structure,
tone) is still worked out on the whole letter's scan.

An edit's review starts from the review before it (``_Edit``): the blocks the edit left alone
are the same windows, so what each rule and matcher gave over them there is moved to where they
now are, and only the edited blocks' windows are asked; a checklist item made of the same
evidence as before is the item made then.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

from clearnotice import text as segment
from clearnotice.caches import Recent
from clearnotice.checks.loader import Rule
from clearnotice.checks.matcher import Matcher
from clearnotice.checks.scan import LetterScan, PatternTable
from clearnotice.model import Finding, Severity

# A block as a window sees it: its kind, heading level and text (its place in the letter is
# what the review shifts).
BlockKey = tuple[str, int, str]
# The block, the heading above it, the lead-in of the list it is in.
WindowKey = tuple[BlockKey, BlockKey | None, BlockKey | None]
Rank = tuple[int, int]  # as Matcher.ranked gives it
_SEPARATOR = "\n\n"
# Up to this many blocks not seen in their context (an edited paragraph, a paragraph split in
# two) are read each in its window; more (a new letter, a changed heading over a section) are
# read with the whole letter at once, which costs less than a window each, and kept per block.
FEW = 2


class Window:
    """One block with the blocks it is read with, as a letter of its own; what each rule and
    matcher finds in the block, worked out when first asked or kept from a review of a whole
    letter holding the block in this context (the same either way, and for every letter holding
    this window, so two sessions filling it at once store equal values)."""

    def __init__(self, table: PatternTable, key: WindowKey):
        self.table = table
        self.key = key
        self._scan: LetterScan | None = None  # built when a rule first asks
        self._may_match: frozenset[int] | None = None
        # by id, with the rule or matcher kept so its id is never another's
        self._findings: dict[tuple[int, Severity], tuple[object, tuple[Finding, ...]]] = {}
        self._ranks: dict[int, tuple[object, tuple[tuple[int, Rank], ...]]] = {}
        self._memo: dict[Hashable, object] = {}

    @property
    def scan(self) -> LetterScan:
        """The window as a letter: its heading, its lead-in, then the block."""
        if self._scan is None:
            block, heading, intro = self.key
            parts = [p for p in (heading, intro) if p is not None] + [block]
            blocks, start = [], 0
            for kind, level, content in parts:
                blocks.append(segment.Block(kind, start, start + len(content), content, level))
                start += len(content) + len(_SEPARATOR)
            last = len(blocks) - 1
            scan = _WindowScan(
                _SEPARATOR.join(content for _, _, content in parts), self.table, tuple(blocks)
            )
            scan.window = self
            scan.heading_of = [
                0 if heading is not None and i == last else None for i in range(last + 1)
            ]
            scan.intro_of = [
                last - 1 if intro is not None and i == last else None for i in range(last + 1)
            ]
            self._scan = scan
        return self._scan

    @property
    def block(self) -> segment.Block:
        """The window's block, at its place in the window."""
        return self.scan.blocks[-1]

    @property
    def may_match(self) -> frozenset[int]:
        """The patterns the prefilter lets match in the block."""
        if self._may_match is None:
            self._may_match = self.scan.may_match(len(self.scan.blocks) - 1)
        return self._may_match

    def memo(self, key: Hashable, make: Callable[[], object]) -> object:
        """What another module works out from this window alone (the skim preview's part of
        the block), kept with it; ``key`` names everything else it depends on."""
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = make()
        return found

    def knows(self, key: Hashable) -> bool:
        """Whether ``memo`` holds ``key`` already."""
        return key in self._memo

    def findings(self, rule: Rule, level: Severity) -> tuple[Finding, ...]:
        """``rule``'s findings in the block, offsets relative to the block."""
        kept = self._findings.get((id(rule), level))
        if kept is None:
            # it finds only where one of its patterns matches (a count of words has none)
            uses = self.table.indexes_of(rule, lambda: (rule.patterns(),))[0]
            start = self.block.start
            found = (
                tuple(
                    f.shifted(-start)
                    for f in rule.run(self.scan, level).findings
                    if f.start >= start
                )
                if not uses or uses & self.may_match
                else ()
            )
            kept = self._findings[id(rule), level] = (rule, found)
        return kept[1]

    def groups(self, matcher: Matcher) -> list[int]:
        """The groups of ``matcher`` a sentence of the block may satisfy: each of a group's
        ``all`` patterns must match in the sentence, so the prefilter must let it match in the
        block."""
        needs = self.table.indexes_of(matcher, lambda: tuple(g.all for g in matcher.groups))
        # in one pass of C: a new block asks this of every matcher, hundreds of groups in all
        return list(compress(range(len(needs)), map(self.may_match.issuperset, needs)))

    def ranks(self, matcher: Matcher) -> tuple[tuple[int, Rank], ...]:
        """The block's sentences (numbered from 0 in the block) ``matcher`` is satisfied in."""
        kept = self._ranks.get(id(matcher))
        if kept is None:
            groups = self.groups(matcher)
            found = self._ranks_in_block(matcher, groups) if groups else ()
            kept = self._ranks[id(matcher)] = (matcher, found)
        return kept[1]

    def _ranks_in_block(self, matcher: Matcher, groups: list[int]) -> tuple[tuple[int, Rank], ...]:
        """``matcher``'s ranks in the block's own sentences, worked out on them alone."""
        scan = self.scan
        last = len(scan.blocks) - 1
        first = scan.block_sentences[last].start
        ranked = matcher.rank_in(scan, groups, last)
        return tuple((sentence - first, rank) for sentence, rank in sorted(ranked.items()))


class _WindowScan(LetterScan):
    """A window's scan, whose matchers (a must-not-say rule's, run on the window) answer with
    the window's kept ranks: only the block's sentences, which are all a window's rule keeps."""

    window: Window

    def sentences_with(self, pattern: re.Pattern[str]) -> frozenset[int]:
        """``LetterScan.sentences_with``, from each block's own sentences (kept with the
        block, so the heading's and lead-in's serve every window under them) instead of the
        window's hits: a matcher asks this of about a hundred patterns an edit, and the hits
        themselves are not wanted."""
        index = self.table.index[id(pattern)]
        found = self._sets.get(index)
        if found is None:
            found: frozenset[int] = frozenset()
            for (_offset, first, scanned), possible in zip(
                self._scanned, self._possible, strict=True
            ):
                if index in possible:
                    own = scanned.sentences_with(index)
                    if own:
                        found = found.union(map(first.__add__, own)) if first else found | own
            self._sets[index] = found
        return found

    def ranked_per_block(self, matcher: Matcher) -> dict[int, Rank]:
        first = self.block_sentences[-1].start
        return {first + sentence: rank for sentence, rank in self.window.ranks(matcher)}


# A letter has about 25 blocks: some 150 letters (or versions of them being typed).
_windows: Recent[tuple[PatternTable, WindowKey], Window] = Recent(
    "review windows: a block with its heading and list lead-in", 4096
)


def _key(block: segment.Block | None) -> BlockKey | None:
    return None if block is None else (block.kind, block.level, block.text)


class BlockwiseScan(LetterScan):
    """The whole letter's scan, whose blockwise rules' findings and matchers' ranks are put
    together from its blocks' windows."""

    def __init__(self, text: str, table: PatternTable):
        previous = _last[0]  # an edit of the last letter reads only its change's layout
        segment.keep_reading(text, None if previous is None else previous.text)
        super().__init__(text, table)
        self._windows = []
        for index, block in enumerate(self.blocks):
            heading, intro = self.heading_of[index], self.intro_of[index]
            key = (
                _key(block),
                _key(None if heading is None else self.blocks[heading]),
                _key(None if intro is None else self.blocks[intro]),
            )
            self._windows.append(
                _windows.get_or_make((table, key), lambda key=key: Window(table, key))
            )
        # what this review put together, by id, with the matcher or rule kept so its id is
        # never another's (the next review may read these: ``_Edit``)
        self._ranked: dict[int, tuple[Matcher, dict[int, Rank]]] = {}
        self._found: dict[tuple[int, Severity], tuple[Rule, list[Finding]]] = {}
        self._items: dict[tuple, tuple[Rule, object]] = {}  # checklist items, by what they hold
        # sentences rules noted: ``note_sentence``
        self._noted: dict[tuple[int, int], tuple[object, int]] = {}
        # What each window keeps, looked into by ``dict.get`` mapped over these in one pass of
        # C: a review asks about 140 rules and matchers of each of its 25 or so windows.
        self._kept_findings = [w._findings for w in self._windows]
        self._kept_ranks = [w._ranks for w in self._windows]
        self._edit = _edit_of(_last[0], self)
        _last[0] = self

    @property
    def windows(self) -> list[Window]:
        """Each block's window, in reading order."""
        return self._windows

    def findings_per_block(self, rule: Rule, level: Severity) -> list[Finding]:
        """What ``rule.run(self, level)`` finds, in the same order."""
        key = (id(rule), level)
        kept = self._found.get(key)
        if kept is None:
            kept = self._found[key] = (rule, self._findings_of(rule, level, key))
        return kept[1]

    def _findings_of(self, rule: Rule, level: Severity, key: tuple) -> list[Finding]:
        before = self._edit.found.get(key) if self._edit is not None else None
        if before is not None and before[0] is rule:
            return self._carried_findings(before[1], rule, level)
        kept = list(map(dict.get, self._kept_findings, repeat(key)))
        missing = kept.count(None)
        if missing > FEW:  # a new letter: read as a whole, then kept block by block
            found = list(rule.run(self, level).findings)
            self._keep(kept, key, rule, found)
            return found
        if missing:  # the edited blocks, read each in its window
            for index in [i for i, known in enumerate(kept) if known is None]:
                kept[index] = (rule, self._windows[index].findings(rule, level))
        # only the blocks with findings, as few are: picked in C, in reading order
        own = list(map(itemgetter(1), kept))
        return [
            f.shifted(start) if start else f
            for start, found in zip(
                compress(self._block_starts, own), compress(own, own), strict=True
            )
            for f in found
        ]

    def _keep(self, kept: list, key: tuple, rule: Rule, found: list[Finding]) -> None:
        """Keep ``rule``'s findings in the whole letter with the windows that lack them
        (``kept`` is None for those)."""
        per_block: list[list[Finding]] = [[] for _ in self.blocks]
        for f in found:  # each in one block, never before the first
            per_block[bisect_right(self._block_starts, f.start) - 1].append(f)
        none = (rule, ())  # most blocks have none: one tuple for them all, not one each
        for block, window, known, own in zip(
            self.blocks, self._windows, kept, per_block, strict=True
        ):
            if known is None:
                window._findings[key] = (
                    (rule, tuple(f.shifted(-block.start) for f in own)) if own else none
                )

    def ranked_per_block(self, matcher: Matcher) -> dict[int, Rank]:
        """What ``matcher.rank_in(self)`` gives (``Matcher.ranked`` asks this)."""
        key = id(matcher)
        done = self._ranked.get(key)
        if done is not None:
            return done[1]
        found = self._ranks_of(matcher, key)
        # kept only once whole: the next review, an edit of this letter, may read it meanwhile
        self._ranked[key] = (matcher, found)
        return found

    def _ranks_of(self, matcher: Matcher, key: int) -> dict[int, Rank]:
        before = self._edit.ranked.get(key) if self._edit is not None else None
        if before is not None and before[0] is matcher:
            return self._carried_ranks(before[1], matcher)
        kept = list(map(dict.get, self._kept_ranks, repeat(key)))
        missing = kept.count(None)
        if missing > FEW:  # a new letter: read as a whole, then kept block by block
            found = matcher.rank_in(self)
            per_block: list[list[tuple[int, Rank]]] = [[] for _ in self.blocks]
            for sentence, rank in sorted(found.items()):
                block = self.sentences[sentence].block
                per_block[block].append((sentence - self.block_sentences[block].start, rank))
            none = (matcher, ())  # most blocks have none: one tuple for them all, not one each
            for window, known, own in zip(self._windows, kept, per_block, strict=True):
                if known is None:
                    window._ranks[key] = (matcher, tuple(own)) if own else none
            return found
        if missing:  # the edited blocks, read each in its window
            for index in [i for i, known in enumerate(kept) if known is None]:
                kept[index] = (matcher, self._windows[index].ranks(matcher))
        found = {}
        # only the blocks the matcher is satisfied in, as few are: picked in C
        own = list(map(itemgetter(1), kept))
        for sentences, ranks in zip(
            compress(self.block_sentences, own), compress(own, own), strict=True
        ):
            start = sentences.start
            for sentence, rank in ranks:
                found[start + sentence] = rank
        return found

    def heading_texts(self) -> tuple[str, ...]:
        """``LetterScan.heading_texts``; the previous review's tuple itself when this is an edit
        that changed no heading, nor made one (``_edit_of``): every other block is as it was
        then, so the headings, the title among them, are too."""
        edit = self._edit
        if edit is not None and edit.heading_texts is not None:
            return edit.heading_texts
        return super().heading_texts()

    def _read_before(self, owner: object) -> tuple[object, object, object] | None:
        """``LetterScan._read_before``: what the review before this edit read for ``owner``.
        ``read_off`` takes it only off the very source it was read from: the heading texts an
        edit of no heading hands on (``heading_texts``), a matcher's ranks ``_carried_ranks``
        hands on only when every sentence is numbered as before and none of the dict's is in
        an edited block (so those sentences are the same, headings or not)."""
        return self._edit.read.get(id(owner)) if self._edit is not None else None

    def carried_sentence(self, owner: object, which: int) -> int | None:
        """``LetterScan.carried_sentence``: the sentence the previous review noted, moved to
        where its block now is, when this is an edit that left that block's window (the block,
        the heading above it, the lead-in of its list) as it was."""
        key = (id(owner), which)
        kept = self._noted.get(key)
        if kept is not None:
            return kept[1]
        edit = self._edit
        before = edit.noted.get(key) if edit is not None else None
        if before is None or before[0] is not owner:
            return None
        block = edit.sentences[before[1]].block
        if block in edit.edited:
            return None
        moved = before[1] - edit.block_sentences[block].start + self.block_sentences[block].start
        self._noted[key] = (owner, moved)  # noted again, for the edit after this one
        return moved

    def note_sentence(self, owner: object, which: int, sentence: int) -> None:
        self._noted[id(owner), which] = (owner, sentence)

    def checklist_item(self, rule: Rule, made_of: tuple, make: Callable[[], object]) -> object:
        """The checklist item ``rule`` makes of ``made_of`` (everything the item holds besides
        the rule's own words): the previous review's, when it made the same one."""
        key = (id(rule), made_of)
        kept = self._edit.items.get(key) if self._edit is not None else None
        if kept is None or kept[0] is not rule:
            kept = (rule, make())
        self._items[key] = kept
        return kept[1]

    # --- an edit of the previous review's letter ------------------------------------------
    # The blocks the edit left alone are the same windows as in the previous review, so what
    # they gave it is carried over, moved to where the blocks now are, and only the edited
    # blocks' windows are asked: an edit no longer looks into every window for every rule.

    def _carried_ranks(self, before: dict[int, Rank], matcher: Matcher) -> dict[int, Rank]:
        """``ranked_per_block``, from the previous review's ``before``."""
        edit = self._edit
        own = [(block, self._windows[block].ranks(matcher)) for block in edit.changed]
        if (
            edit.same_sentences
            and edit.edited_sentences.isdisjoint(before)
            and not any(ranks for _block, ranks in own)
        ):
            # as for most matchers after an edit within a sentence: satisfied nowhere in the
            # edited blocks, before or now, and every other sentence numbered as before (the
            # ranks are read, never changed, by the matcher, so the same dict serves both)
            return before
        moved = {}
        for sentence, rank in before.items():
            block = edit.sentences[sentence].block
            if block not in edit.edited:
                first = self.block_sentences[block].start
                moved[sentence - edit.block_sentences[block].start + first] = rank
        for block, ranks in own:
            first = self.block_sentences[block].start
            for sentence, rank in ranks:
                moved[first + sentence] = rank
        return dict(sorted(moved.items()))  # in reading order, as the windows give them

    def _carried_findings(
        self, before: list[Finding], rule: Rule, level: Severity
    ) -> list[Finding]:
        """``findings_per_block``, from the previous review's ``before``: block by block in
        reading order, each block's findings in their order there."""
        edit = self._edit
        per_block: dict[int, list[Finding]] = {}
        for f in before:  # each in one block, never before the first
            block = bisect_right(edit.block_starts, f.start) - 1
            if block not in edit.edited:
                shift = self._block_starts[block] - edit.block_starts[block]
                per_block.setdefault(block, []).append(f.shifted(shift) if shift else f)
        for block in edit.changed:
            start = self._block_starts[block]
            own = self._windows[block].findings(rule, level)
            if own:
                per_block[block] = [f.shifted(start) if start else f for f in own]
        return [f for block in sorted(per_block) for f in per_block[block]]


class _Edit(NamedTuple):
    """What an edit's review takes from the review of the letter before the edit: what that
    review put together (ranks, findings, checklist items and what rules read off its values,
    filled as it runs), where its blocks and sentences were, and which blocks the edit changed. Not
    the scan itself, which would hold its own previous one."""

    ranked: dict[int, tuple[Matcher, dict[int, Rank]]]
    found: dict[tuple[int, Severity], tuple[Rule, list[Finding]]]
    items: dict[tuple, tuple[Rule, object]]
    read: dict[int, tuple[object, object, object]]
    noted: dict[tuple[int, int], tuple[object, int]]
    sentences: list
    block_sentences: list[range]
    block_starts: list[int]
    changed: list[int]  # in reading order
    edited: frozenset[int]
    # the sentences of the edited blocks before the edit, and whether the edit left every
    # sentence numbered as before (the edited blocks have as many as before)
    edited_sentences: frozenset[int]
    same_sentences: bool
    # the previous review's heading texts, when the edit changed no heading and made none
    heading_texts: tuple[str, ...] | None


# The scan of the last review in this process: the next review, when it is an edit of that
# letter (the same windows but for a few blocks), starts from what that review put together.
# Another session's letter in between only means the next edit is put together from windows.
_last: list[BlockwiseScan | None] = [None]


def _edit_of(previous: BlockwiseScan | None, scan: BlockwiseScan) -> _Edit | None:
    """How ``scan`` is ``previous``'s letter with at most ``FEW`` blocks edited in place (as
    many blocks, every other one in the same window, the same pattern table); None when it
    is another letter."""
    if (
        previous is None
        or previous.table is not scan.table
        or len(previous.windows) != len(scan.windows)
    ):
        return None
    changed = [
        i for i, (a, b) in enumerate(zip(previous.windows, scan.windows, strict=True)) if a is not b
    ]
    if len(changed) > FEW:
        return None
    headings_kept = not any(
        letter.blocks[i].kind == segment.HEADING for i in changed for letter in (previous, scan)
    )
    return _Edit(
        previous._ranked,
        previous._found,
        previous._items,
        previous._read,
        previous._noted,
        previous.sentences,
        previous.block_sentences,
        previous._block_starts,
        changed,
        frozenset(changed),
        frozenset(i for block in changed for i in previous.block_sentences[block]),
        previous.block_sentences == scan.block_sentences,
        previous.heading_texts() if headings_kept else None,
    )
