"""One pass of every rule pattern over a letter, cached per block, and the lookups rules run on.

Every check kind works from the same facts: where each pattern matched, which sentence each
match is in, and which heading or list lead-in a sentence sits under. Those facts are computed
per block (heading, bullet, paragraph) and cached by the block's text, so after an edit to one
paragraph only that paragraph is scanned again; everything after the scan is set arithmetic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cached_property
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from clearnotice import caches, inline_markup
from clearnotice import plain_layout as layout
from clearnotice import text as segment
from clearnotice.model import Finding, Severity
from clearnotice.regex.prefilter import Prefilter, matches_at
from clearnotice.translate.language_id import passage_language
from clearnotice.translate.languages import SOURCE_LANGUAGE


class PatternTable:
    """Every distinct pattern the active rules use, each with its index in the table.

    Compared by identity so it can key a cache. Lookups go by the pattern object's identity:
    hashing a compiled pattern hashes its whole source, which for a shared pattern is long.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]):
        given = list(patterns)  # kept alive, so no id below is ever reused by another object
        canonical: dict[re.Pattern[str], int] = {}
        self.index: dict[int, int] = {}
        for pattern in given:
            self.index[id(pattern)] = canonical.setdefault(pattern, len(canonical))
        self.patterns: tuple[re.Pattern[str], ...] = tuple(canonical)
        self._given = given
        # by id, with the owner kept so its id is never another's
        self._owned: dict[int, tuple[object, tuple[frozenset[int], ...]]] = {}

    @classmethod
    def of(cls, patterns: Iterable[re.Pattern[str]]) -> PatternTable:
        return cls(patterns)

    @cached_property
    def prefilter(self) -> Prefilter:
        """Built when a block is first scanned with this table, not with the table: the rule
        catalogue's own table only feeds the review's (clearnotice.guidance), which adds the
        signals' and vocabulary's patterns, and its prefilter, never used, was a second of
        every process's first review (two threads may both build it: the results are equal)."""
        return Prefilter(self.patterns)

    def indexes_of(
        self, owner: object, patterns: Callable[[], tuple[Iterable[re.Pattern[str]], ...]]
    ) -> tuple[frozenset[int], ...]:
        """The indexes of each of ``owner``'s sets of ``patterns`` (a rule's, a matcher's
        groups'), worked out the first time: a review asks them of each new block, about a
        hundred times, and the owners are the rules the table was made for, so they are few."""
        found = self._owned.get(id(owner))
        if found is None:
            sets = tuple(frozenset(self.index[id(p)] for p in ps) for ps in patterns())
            found = self._owned[id(owner)] = (owner, sets)
        return found[1]


class Hit(NamedTuple):
    start: int
    end: int
    sentence: int
    group: str | None  # the first capture group, for rules that name what they matched


class Sentence(NamedTuple):
    start: int
    end: int
    block: int
    words: int


_SENTENCE = itemgetter(2)  # of a hit, in a block or a Hit: its sentence
_HEADINGS = "heading texts"  # the memo's key of ``LetterScan.heading_texts``
_NONE: frozenset[int] = frozenset()
_NO_HITS: tuple[Hit, ...] = ()
_NO_CANDIDATES: tuple = ()


def _sentences_of(hits: Sequence[tuple]) -> frozenset[int]:
    """The sentences ``hits`` are in. Most patterns asked of a block match nowhere: the empty
    set is then not built anew."""
    return frozenset(map(_SENTENCE, hits)) if hits else _NONE


class _BlockScan:
    """One block's sentences, and each pattern's matches in it, matched the first time a rule
    asks for them (a rule that finds nothing to look at never matches its other patterns).
    Cached with the block, so what one review matched the next one reuses."""

    def __init__(self, table: PatternTable, content: str):
        self._table = table
        # markup blanked (same length, so offsets hold): "were **not** involved" still matches
        self.masked = inline_markup.mask(content)
        found = segment.split_sentences(content)
        # the starts of the sentences after the first: how many of them a match is at or after
        # is the index of its sentence (a match before the first sentence goes with it)
        self._later_starts = [s.start for s in found[1:]]
        # start, end, word count; relative to the block
        self.sentences = tuple((s.start, s.end, len(segment.word_texts(s.text))) for s in found)
        self._hits: dict[int, tuple[tuple[int, int, int, str | None], ...]] = {}
        self._sentence_sets: dict[int, frozenset[int]] = {}
        self._hit_counts: dict[int, dict[int, int]] = {}
        self.plan = table.prefilter.plan(self.masked)

    def hits(self, index: int) -> tuple[tuple[int, int, int, str | None], ...]:
        if index not in self.plan.possible:
            return ()
        found = self._hits.get(index)
        if found is None:
            pattern = self._table.patterns[index]
            pattern, where = self.plan.narrowed_where(index, pattern)
            if pattern is None:  # no alternative of it can match in the block
                self._hits[index] = ()
                return ()
            found_matches = (  # no empty match
                list(filter(re.Match.group, pattern.finditer(self.masked)))
                if where is None
                else matches_at(pattern, self.masked, where)
            )
            if not found_matches:  # as most patterns asked of a block are
                self._hits[index] = ()
                return ()
            # Built with map and zip, not a Python step per match: a new letter has thousands.
            starts = list(map(re.Match.start, found_matches))
            found = self._hits[index] = tuple(
                zip(
                    starts,
                    map(re.Match.end, found_matches),
                    map(bisect_right, repeat(self._later_starts), starts),
                    map(re.Match.group, found_matches, repeat(1))
                    if pattern.groups
                    else repeat(None),
                    strict=False,  # repeat(...) is endless; the matches set the length
                )
            )
        return found

    def sentences_with(self, index: int) -> frozenset[int]:
        """The block's sentences (numbered from 0 in the block) pattern ``index`` matches in."""
        found = self._sentence_sets.get(index)
        if found is None:
            found = self._sentence_sets[index] = _sentences_of(self.hits(index))
        return found

    def hit_counts(self, index: int) -> dict[int, int]:
        """How many matches of pattern ``index`` each of the block's sentences holds."""
        found = self._hit_counts.get(index)
        if found is None:
            found = self._hit_counts[index] = {}
            for hit in self.hits(index):
                found[hit[2]] = found.get(hit[2], 0) + 1
        return found


@caches.of_text(16384)
def _scan_block(table: PatternTable, content: str) -> _BlockScan:
    return _BlockScan(table, content)


class LetterScan:
    """The facts about one letter that rules query. Built once per review."""

    def __init__(
        self, text: str, table: PatternTable, blocks: tuple[segment.Block, ...] | None = None
    ):
        self.text = text
        self.table = table
        # ``blocks``: some of the letter's blocks only (a window, clearnotice.checks.block_parts)
        self.blocks = segment.blocks(text) if blocks is None else blocks
        self.sentences: list[Sentence] = []
        self.block_sentences: list[range] = []
        self._scanned: list[tuple[int, int, _BlockScan]] = []  # block start, first sentence
        for index, block in enumerate(self.blocks):
            scanned = _scan_block(table, block.text)
            first = len(self.sentences)
            offset = block.start
            self.sentences.extend(
                Sentence(offset + start, offset + end, index, count)
                for start, end, count in scanned.sentences
            )
            self.block_sentences.append(range(first, len(self.sentences)))
            self._scanned.append((offset, first, scanned))
        self._possible = [scanned.plan.possible for _offset, _first, scanned in self._scanned]
        self._block_starts = [block.start for block in self.blocks]
        self._candidates: dict[int, Sequence[tuple[int, int, _BlockScan]]] = {}
        self._heading_sentence = [self.blocks[s.block].is_heading for s in self.sentences]
        # A paragraph in another language (a line offering help in Spanish) is not judged by
        # the English rules.
        self.foreign = [passage_language(b.text, SOURCE_LANGUAGE) is not None for b in self.blocks]
        self.heading_of = self._headings()
        self.intro_of = self._intros()
        self._hits: dict[int, Sequence[Hit]] = {}
        self._context: dict[int, frozenset[int]] = {}
        self._sets: dict[int, frozenset[int]] = {}
        self._memo: dict[str, object] = {}
        # what was read off a value for its owner (``read_off``), by the owner's id, with both
        # kept, so that an id is never another object's
        self._read: dict[int, tuple[object, object, object]] = {}

    # --- structure --------------------------------------------------------------------------

    def _headings(self) -> list[int | None]:
        """For each block, the heading it sits under; the letter's title heads nothing."""
        result: list[int | None] = []
        current = None
        for index, block in enumerate(self.blocks):
            result.append(current)
            is_title = index == 0 and block.level == 1
            if block.is_heading and not is_title:
                current = index
        return result

    def _intros(self) -> list[int | None]:
        """For each bullet, the paragraph ending in a colon that leads into its list; and so for
        the paragraphs of short lines under that lead-in, its items typed without a marker
        ("If you have questions, please contact:" then "Privacy Office" / "1-800-555-0100")."""
        result: list[int | None] = []
        lead = None
        for block in self.blocks:
            if block.kind == segment.BULLET or (
                lead is not None
                and block.kind == segment.PARAGRAPH
                and layout.is_detail_lines(block.text)
            ):
                result.append(lead)
                continue
            result.append(None)
            ends_in_colon = block.text.rstrip("* ").endswith(":")
            lead = len(result) - 1 if block.kind == segment.PARAGRAPH and ends_in_colon else None
        return result

    def checklist_item(self, rule: object, made_of: tuple, make: Callable[[], object]) -> object:
        """The checklist item ``rule`` makes of ``made_of`` (what it holds besides the rule's
        own words): made here; a whole letter's scan built block by block may hand back the
        equal one its previous review made (``block_parts.BlockwiseScan``)."""
        return make()

    def is_heading(self, sentence: int) -> bool:
        return self._heading_sentence[sentence]

    @property
    def title(self) -> segment.Block | None:
        first = self.blocks[0] if self.blocks else None
        return first if first is not None and first.is_heading else None

    # --- pattern lookups --------------------------------------------------------------------

    def hits(self, pattern: re.Pattern[str]) -> Sequence[Hit]:
        """Every match of ``pattern`` in the letter, in reading order. Most patterns asked of a
        letter match nowhere in it: they share one empty tuple, not a list each that the next
        review (an edit's) would pay to free."""
        index = self.table.index[id(pattern)]
        found = self._hits.get(index)
        if found is None:
            found = self._hits[index] = [
                Hit(offset + s, offset + e, first + i, g)
                for offset, first, scanned in self._candidates_of(index)
                for s, e, i, g in scanned.hits(index)
            ] or _NO_HITS
        return found

    def hit_counts(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """How many matches of ``pattern`` each block holds, with the block their sentences are
        in (its own; for a block without sentences, that of the sentence after it, as
        ``hits`` numbers them): only blocks with a match. A count over the letter needs no
        ``Hit`` per match, and a letter-wide count ("you" against "we") asks this on every
        edit of patterns matching dozens of times."""
        index = self.table.index[id(pattern)]
        sentences = self.sentences
        return [
            (sentences[first].block, len(found))
            for _offset, first, scanned in self._candidates_of(index)
            if (found := scanned.hits(index))
        ]

    def _candidates_of(self, index: int) -> Sequence[tuple[int, int, _BlockScan]]:
        """The blocks pattern ``index`` may match (the prefilter ruled the others out). Worked
        out per pattern asked about: a review asks about a tenth of the patterns a letter's
        blocks may match, and an edit's review fewer still. None, for about a third of them:
        one shared empty tuple (``hits``)."""
        found = self._candidates.get(index)
        if found is None:
            found = self._candidates[index] = [
                entry
                for entry, possible in zip(self._scanned, self._possible, strict=True)
                if index in possible
            ] or _NO_CANDIDATES
        return found

    def may_match(self, block: int) -> frozenset[int]:
        """The indexes (in the table) of the patterns the prefilter lets match in ``block``."""
        return self._scanned[block][2].plan.possible

    def spread(self, pattern: re.Pattern[str]) -> int:
        """How many blocks ``pattern`` may match, by the prefilter: 0 when it matches none."""
        return len(self._candidates_of(self.table.index[id(pattern)]))

    def sentences_with(self, pattern: re.Pattern[str]) -> frozenset[int]:
        index = self.table.index[id(pattern)]
        found = self._sets.get(index)
        if found is None:
            found = self._sets[index] = _sentences_of(self.hits(pattern))
        return found

    def sentences_in(self, pattern: re.Pattern[str], block: int) -> frozenset[int]:
        """Those of ``block``'s sentences that ``pattern`` matches in. Only that block is
        matched: a window's matcher keeps only its block's sentences, so the heading's and the
        lead-in's need not be matched, narrowed and ranked only to be dropped."""
        index = self.table.index[id(pattern)]
        known = self._sets.get(index)
        if known is not None:
            return known.intersection(self.block_sentences[block])
        _offset, first, scanned = self._scanned[block]
        own = scanned.sentences_with(index)
        return frozenset(map(first.__add__, own)) if first and own else own

    def narrow(self, pattern: re.Pattern[str], sentences: Iterable[int]) -> set[int]:
        """Those of ``sentences`` that ``pattern`` matches in. Only their blocks are matched: a
        rule narrowing down a few candidate sentences never matches the rest of the letter."""
        index = self.table.index[id(pattern)]
        known = self._sets.get(index)
        if known is not None:
            return set(known.intersection(sentences))
        result = set()
        for sentence in sentences:
            _offset, first, scanned = self._scanned[self.sentences[sentence].block]
            if sentence - first in scanned.sentences_with(index):
                result.add(sentence)
        return result

    def hit_count(self, pattern: re.Pattern[str], sentence: int) -> int:
        """How many matches of ``pattern`` ``sentence`` holds (only its block is matched)."""
        _offset, first, scanned = self._scanned[self.sentences[sentence].block]
        return scanned.hit_counts(self.table.index[id(pattern)]).get(sentence - first, 0)

    def context(self, sentence: int) -> frozenset[int]:
        """The sentences a supporting word may sit in: the same block, the heading the block
        is under, and the lead-in of the list the block belongs to."""
        found = self._context.get(sentence)
        if found is None:
            block = self.sentences[sentence].block
            indices = set(self.block_sentences[block])
            for other in (self.heading_of[block], self.intro_of[block]):
                if other is not None:
                    indices.update(self.block_sentences[other])
            found = self._context[sentence] = frozenset(indices)
        return found

    def at_sentence_start(self, hit: Hit) -> bool:
        """Whether only white space, quotes or markup stand before ``hit`` in its sentence (so
        a suggestion replacing the first word needs a capital)."""
        start = self.sentences[hit.sentence].start
        return not self.read(start, hit.start).strip(" \"'“‘(")

    def block_at(self, position: int) -> int:
        """The index of the block ``position`` (an offset in the letter) is in."""
        return max(bisect_right(self._block_starts, position) - 1, 0)

    def read(self, start: int, end: int) -> str:
        """The letter's text from ``start`` to ``end`` (inside one block) as the rules match
        it: inline markup blanked, read with the whole block around it."""
        offset, _first, scanned = self._scanned[self.block_at(start)]
        return scanned.masked[start - offset : end - offset]

    def from_ranks(self, ranks: dict[int, tuple[int, int]], read: Callable[[], object]) -> object:
        """What ``read`` reads off a matcher's ``ranks`` (``Matcher.ranked``) and off whether
        those sentences are headings, and nothing else: ``read_off`` with the dict as its own
        owner, so it is read once per dict and, in a whole letter's scan built block by block,
        carried over by an edit that handed the same dict on (``block_parts._carried_ranks``:
        only when those sentences are as they were)."""
        return self.read_off(ranks, ranks, read)

    def heading_texts(self) -> tuple[str, ...]:
        """The texts of the letter's headings, its title left out, in reading order: what the
        structure rules read of its headings. A whole letter's scan built block by block may
        hand back the very tuple of its previous review (``block_parts.BlockwiseScan``)."""
        found = self._memo.get(_HEADINGS)
        if found is None:
            title = self.title
            found = self._memo[_HEADINGS] = tuple(
                b.text for b in self.blocks if b.kind == segment.HEADING and b is not title
            )
        return found

    def read_off(self, owner: object, source: Hashable, read: Callable[[], object]) -> object:
        """What ``read`` reads off ``source`` (a value this scan handed out: ``heading_texts``,
        a matcher's ranks) for ``owner``, and nothing else: read once while ``source`` is the
        same object. A whole letter's scan built block by block may hand back what its previous
        review read (``_read_before``)."""
        kept = self._read.get(id(owner))
        if kept is None or kept[1] is not source:
            before = self._read_before(owner)
            if before is None or before[0] is not owner or before[1] is not source:
                before = (owner, source, read())
            kept = self._read[id(owner)] = before
        return kept[2]

    def _read_before(self, owner: object) -> tuple[object, object, object] | None:
        """What the previous review of this letter read for ``owner`` (owner, source, value),
        when this scan is an edit of it: None here."""
        return None

    def carried_sentence(self, owner: object, which: int) -> int | None:
        """A sentence ``owner`` noted (``note_sentence``) in the previous review of this letter,
        where it is now, when the edit between left its block's window as it was: None here (a
        whole letter's scan built block by block may know one)."""
        return None

    def note_sentence(self, owner: object, which: int, sentence: int) -> None:
        """Note that ``sentence`` has what ``owner`` looks for under ``which``, judged from its
        window alone (its block, the heading above and the lead-in of its list), so that the
        review of an edit leaving that window as it was may start from it."""

    def findings_per_block(self, rule, level: Severity) -> list[Finding]:
        """What ``rule.run(self, level)`` finds (``rule``: a check whose findings each stay
        within one block). A whole letter's scan built block by block keeps them block by
        block, so that an edit asks only the edited blocks again (``block_parts``)."""
        return list(rule.run(self, level).findings)

    def memo(self, key: str, compute: Callable[[], object]) -> object:
        """A fact several rules need (the readability analysis), computed once per letter."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def offset_after_words(self, count: int) -> int:
        """The character offset where the letter's ``count``-th word ends (its end if shorter)."""
        seen = 0
        for s in self.sentences:
            if seen + s.words >= count:
                return s.end
            seen += s.words
        return len(self.text)
