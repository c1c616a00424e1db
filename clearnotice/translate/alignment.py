"""Pairing the blocks of a letter with the blocks of its translation, for side-by-side review.

Blocks come from clearnotice.text (headings, paragraphs, bullet items). A faithful translation
keeps them one for one; a translator may also drop, add, merge or split one. Pairs are found by
dynamic programming over both lists (as sentence aligners such as Gale and Church's do over
sentences): a pair costs more the more its kind, heading level, length and carried-over items
(numbers, codes, URLs...) differ, and leaving a block unpaired costs a fixed amount, so one
missing bullet shows as one missing row instead of shifting every row after it. Inside a
paired segment, sentences are paired the same way, by their lengths, so a dropped, added or
merged sentence shows where it is.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from clearnotice import caches
from clearnotice.text import PARAGRAPH, Block, Sentence, blocks, split_sentences, word_texts
from clearnotice.translate.entities import find_entities

_GAP = 2.2  # the cost of a block left without a partner
_KIND_MISMATCH = 2.5
_LEVEL_MISMATCH = 0.5
_BAND = 8


@dataclass(frozen=True)
class Segment:
    """One row of the review: a source block, its translation, or one of them alone."""

    index: int
    source: Block | None
    target: Block | None

    @property
    def paired(self) -> bool:
        return self.source is not None and self.target is not None


def _keys(block: Block, language: str) -> frozenset[str]:
    return frozenset(k for e in find_entities(block.text, language) for k in e.keys)


def _pair_cost(
    s: Block, t: Block, s_keys: frozenset[str], t_keys: frozenset[str], ratio: float = 1.0
) -> float:
    """What pairing ``s`` with ``t`` costs: their kinds, their lengths against the ``ratio`` of
    the whole translation's length to the English, and the items they share."""
    cost = 0.0
    if s.kind != t.kind:
        cost += _KIND_MISMATCH
    elif s.level != t.level:
        cost += _LEVEL_MISMATCH
    cost += abs(math.log((len(t.text) + 20) / (len(s.text) * ratio + 20)))
    if s_keys or t_keys:
        cost += 1.5 * (1 - len(s_keys & t_keys) / len(s_keys | t_keys))
    return cost


Move = tuple[int, int]  # how many source and target items one step takes
Step = tuple[int, int, Move]
# The first and last columns of the table visited in row ``i`` (none if the last comes first).
Columns = Callable[[int], tuple[int, int]]


def _diagonal_band(band: int, m: int) -> Columns:
    """The cells at most ``band`` off the diagonal of a table of ``m`` target items."""
    return lambda i: (max(0, i - band), min(m, i + band))


def best_path(
    n: int,
    m: int,
    step_cost: Callable[[int, int, Move], float],
    moves: tuple[Move, ...],
    columns: Columns | None = None,
) -> list[Step]:
    """The cheapest way through ``n`` source and ``m`` target items, by dynamic programming.

    ``step_cost(i, j, move)`` prices the step that ends after source item ``i`` and target item
    ``j``. Returns the steps in order as ``(i, j, move)``: items ``i - move[0] .. i`` are paired
    with ``j - move[1] .. j``. Only the ``columns`` of each row are visited (all by default),
    and only they are kept: a band of a long table is read in the time and memory of its
    cells. Of paths as cheap, the one whose steps come first in ``moves`` is kept."""
    return _table_path(n, m, step_cost, moves, columns)[1]


def _table_path(
    n: int,
    m: int,
    step_cost: Callable[[int, int, Move], float],
    moves: tuple[Move, ...],
    columns: Columns | None,
) -> tuple[float, list[Step]]:
    """best_path, with the path's cost (infinite, and no steps, when the columns hold none)."""
    inf = float("inf")
    lows: list[int] = []
    costs: list[list[float]] = []
    backs: list[list[Move | None]] = []
    for i in range(n + 1):
        low, high = (0, m) if columns is None else columns(i)
        row_cost: list[float] = [inf] * max(0, high - low + 1)
        row_back: list[Move | None] = [None] * len(row_cost)
        lows.append(low)
        costs.append(row_cost)
        backs.append(row_back)
        if i == 0 and low == 0 and row_cost:
            row_cost[0] = 0.0
        for j in range(low, high + 1):
            here = j - low
            for move in moves:
                pi, pj = i - move[0], j - move[1]
                if pi < 0 or pj < 0:
                    continue
                at = pj - lows[pi]
                if not 0 <= at < len(costs[pi]):
                    continue
                before = costs[pi][at]
                if before == inf:
                    continue
                total = before + step_cost(i, j, move)
                if total < row_cost[here]:
                    row_cost[here], row_back[here] = total, move
    at = m - lows[n]
    if not 0 <= at < len(costs[n]) or costs[n][at] == inf:
        return inf, []
    steps = []
    i, j = n, m
    while i or j:
        move = backs[i][j - lows[i]]
        steps.append((i, j, move))
        i, j = i - move[0], j - move[1]
    steps.reverse()
    return costs[n][m - lows[n]], steps


def cheapest_path(
    n: int,
    m: int,
    step_cost: Callable[[int, int, Move], float],
    moves: tuple[Move, ...],
    floor: dict[Move, float],
) -> list[Step]:
    """best_path over the whole table, found without visiting it all when that can be proved.

    ``floor[move]`` is what a ``move`` costs at least, wherever it is taken. A path through the
    cell ``(i, j)`` costs at least what its moves' floors add up to, which grows with how far
    the cell stands off the diagonal (_floor_rate): a path found in a narrow band along the
    table's slope (_slope_band) bounds the optimum from above, and every cell whose least cost
    is more is on no path as cheap. Those cells are skipped, with no effect on the path found:
    each cell of best_path's path is in the window, and its cheapest way in too. A pasted run
    translated as it is (the same sentences, the same lengths) then costs one narrow band.

    The floors tell little of a faithful translation's own lengths, so on a long paragraph of
    prose the window is most of the table (164 French sentences against 160: 25,005 cells of
    26,565, 1 s). Where it is more than EXACT_CELLS cells (a paragraph of some 200 sentences
    against a translation of other lengths or counts), the path kept is the cheapest in a band
    of SENTENCE_BAND items around the slope: the band's cells, not the square of the
    paragraph. It may differ from the whole table's path only in a paragraph that long, where a
    merge or a drop that leaves the sides more than SENTENCE_BAND sentences off the slope goes
    unseen (as _BAND bounds the pairing of blocks); each language's tune pairs joined into one
    paragraph (up to that French one) are paired as the whole table pairs them from a band of
    4 on."""
    if not n or not m:
        return best_path(n, m, step_cost, moves)
    narrow = _slope_band(n, m, 1)
    upper, steps = _table_path(n, m, step_cost, moves, narrow)
    window = _provable_window(n, m, floor, upper)
    if window is not None and all(_within(window(i), narrow(i)) for i in range(n + 1)):
        return steps
    if window is not None and _cells(n, window) <= EXACT_CELLS:
        return best_path(n, m, step_cost, moves, window)
    if window is None and (n + 1) * (m + 1) <= EXACT_CELLS:
        return best_path(n, m, step_cost, moves)
    return best_path(n, m, step_cost, moves, _slope_band(n, m, SENTENCE_BAND))


# The cells cheapest_path proves in at most (a paragraph of 200 sentences on each side, about
# 1.5 s), and the band it keeps to beyond them.
EXACT_CELLS = 40_000
SENTENCE_BAND = 8


def _slope_band(n: int, m: int, width: int) -> Columns:
    """The cells at most ``width`` items off the line from the table's first corner to its last,
    counted along the longer side: ``|i·m − j·n| ≤ width·max(n, m)``. With a width of 1 or more,
    each row's cells meet the next row's, so a path of single steps runs through."""
    reach = width * max(n, m)
    return lambda i: (max(0, -((reach - i * m) // n)), min(m, (i * m + reach) // n))


def _floor_rate(floor: dict[Move, float]) -> tuple[float, float]:
    """``(rate, drift)`` such that every move ``(a, b)`` costs at least
    ``rate·(a + b) + drift·|a − b|``: summed over a path's moves, at least ``rate`` per item
    and ``drift`` per item one side runs ahead of the other, wherever it does."""
    rate = min(cost / (a + b) for (a, b), cost in floor.items())
    drift = min(
        ((cost - rate * (a + b)) / abs(a - b) for (a, b), cost in floor.items() if a != b),
        default=0.0,
    )
    return max(0.0, rate), max(0.0, drift)


def _provable_window(n: int, m: int, floor: dict[Move, float], upper: float) -> Columns | None:
    """The cells on some path that may cost ``upper`` or less (None when any may): a path
    through ``(i, j)`` costs at least ``rate·(n + m) + drift·(|i − j| + |(n − m) − (i − j)|)``
    (_floor_rate). The bound is eased by a billionth so that sums rounded otherwise than the
    table's own keep every cell they should."""
    rate, drift = _floor_rate(floor)
    if drift <= 0 or math.isinf(upper):
        return None
    slack = (upper + 1e-9 * max(1.0, abs(upper)) - rate * (n + m)) / drift
    ahead = n - m
    extra = max(0, math.floor((slack - abs(ahead)) / 2))
    first, last = min(0, ahead) - extra, max(0, ahead) + extra  # i − j lies between
    return lambda i: (max(0, i - last), min(m, i - first))


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return inner[0] > inner[1] or outer[0] <= inner[0] and inner[1] <= outer[1]


def _cells(n: int, columns: Columns) -> int:
    return sum(max(0, high - low + 1) for low, high in map(columns, range(n + 1)))


def _length_ratio(src: list[Block], tgt: list[Block]) -> float:
    """How many characters of the translation an English character becomes, over the whole
    letter: French and Spanish run a fifth longer than English, so a paragraph's own
    translation is longer than the English paragraph before it, which raw lengths would pair
    with it instead. One block dropped or added moves the whole letter's ratio little."""
    s_chars = sum(len(b.text) for b in src)
    t_chars = sum(len(b.text) for b in tgt)
    return t_chars / s_chars if s_chars and t_chars else 1.0


# A translator may join two paragraphs in one, or part one in two (MassLegalHelp's Vietnamese
# "Who can get an interpreter?" joins "It does not matter what your native language is..." and
# "If it is difficult for you..."). Two paragraphs in a row and one paragraph are then one row;
# the join costs what a block left without a partner costs, and is taken only where both sides
# hold as many sentences and the joined paragraphs fit the translation better than either alone:
# a paragraph that is missing, whose neighbour's translation fits its own English by length,
# leaves its sentences without a counterpart and still shows as missing.
_JOINS = ((2, 1), (1, 2))


def _sentence_count(block: Block) -> int | None:
    """How many sentences a paragraph has, as a join of paragraphs counts them; None for a
    heading or a bullet, which no join takes."""
    return len(_sentences(block)) if block.kind == PARAGRAPH else None


def _joined_block(text: str, parts: tuple[Block, ...]) -> Block:
    """The paragraphs ``parts`` of ``text`` as one block (one is returned as it is)."""
    first, last = parts[0], parts[-1]
    return (
        first
        if len(parts) == 1
        else first._replace(end=last.end, text=text[first.start : last.end])
    )


def _line_of(text: str) -> Callable[[int], int]:
    """The line of ``text`` an offset is on, counting from 0: how many line ends come before
    it, found among them by bisection (counted from the start for each block, a pasted run of
    50,000 one-line paragraphs took seconds)."""
    ends = [m.start() for m in re.finditer("\n", text)]
    return lambda offset: bisect_left(ends, offset)


def _same_lines(source_text: str, target_text: str) -> list[int] | None:
    """Where each line of ``target_text`` starts, when it keeps the English's lines one for
    one (as many lines, blank where the English's are); else None."""
    s_lines, t_lines = source_text.split("\n"), target_text.split("\n")
    if len(s_lines) != len(t_lines):
        return None
    if any(bool(s.strip()) != bool(t.strip()) for s, t in zip(s_lines, t_lines, strict=True)):
        return None
    starts = [0]
    for line in t_lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _cut_like(
    source_text: str, target_text: str, src: tuple[Block, ...], tgt: tuple[Block, ...]
) -> tuple[Block, ...]:
    """The translation's blocks ``tgt``, each cut on the lines where an English block of
    ``src`` starts on a line of its own, when the translation keeps the English's lines one
    for one (Apertium's drafts do: clearnotice.translate.engine keeps what lies between
    blocks). Lines the English reads apart by their look alone, as headings in capitals
    ("NOTICE OF DATA BREACH" over "DATE", Bank of America's notice of the corpus), read as one
    paragraph in another language's mixed case, and QA called each "Not translated at all"
    (a walk through the app, 2026-12-01). A piece takes the kind of the English block on its
    line. A translation laid out otherwise is read as it is."""
    starts = _same_lines(source_text, target_text)
    if starts is None:
        return tgt
    source_line, target_line = _line_of(source_text), _line_of(target_text)
    own_line = {
        source_line(b.start): b
        for i, b in enumerate(src)
        if i == 0 or source_line(src[i - 1].end) < source_line(b.start)
    }
    cut: list[Block] = []
    for block in tgt:
        first, last = target_line(block.start), target_line(block.end)
        lines = [k for k in range(first + 1, last + 1) if k in own_line]
        if not lines:
            cut.append(block)
            continue
        edges = [block.start, *(starts[k] for k in lines), block.end]
        for k, start, end in zip([first, *lines], edges[:-1], edges[1:], strict=True):
            english = own_line.get(k, block)
            text = target_text[start:end].strip()
            start += target_text.index(text[:1], start) - start if text else 0
            cut.append(Block(english.kind, start, start + len(text), text, english.level))
    return tuple(cut)


@caches.of_text(64)
def align(source_text: str, target_text: str, target_language: str) -> tuple[Segment, ...]:
    """The rows of the side-by-side review, in letter order."""
    src = blocks(source_text)
    tgt = _cut_like(source_text, target_text, src, blocks(target_text))
    s_keys = [_keys(b, "en") for b in src]
    t_keys = [_keys(b, target_language) for b in tgt]
    ratio = _length_ratio(src, tgt)
    # what a join asks of each block at every step that may join it: is it a paragraph, and
    # how many sentences it has (None for any other block, which no join takes)
    s_counts = [_sentence_count(b) for b in src]
    t_counts = [_sentence_count(b) for b in tgt]

    def step_cost(i: int, j: int, move: Move) -> float:
        if move == (1, 1):
            return _pair_cost(src[i - 1], tgt[j - 1], s_keys[i - 1], t_keys[j - 1], ratio)
        if move in _JOINS:
            counts_s, counts_t = s_counts[i - move[0] : i], t_counts[j - move[1] : j]
            if None in counts_s or None in counts_t or sum(counts_s) != sum(counts_t):
                return math.inf
            parts_s, parts_t = src[i - move[0] : i], tgt[j - move[1] : j]
            keys_s = frozenset().union(*s_keys[i - move[0] : i])
            keys_t = frozenset().union(*t_keys[j - move[1] : j])
            joined_s = _joined_block(source_text, parts_s)
            joined_t = _joined_block(target_text, parts_t)
            pairing = _pair_cost(joined_s, joined_t, keys_s, keys_t, ratio)
            return pairing + _GAP
        return _GAP

    # Rows drift apart by at most the difference in block counts plus a few dropped-and-added
    # blocks; cells farther off the diagonal are never on a cheap path.
    band = _diagonal_band(abs(len(src) - len(tgt)) + _BAND, len(tgt))
    steps = best_path(len(src), len(tgt), step_cost, ((1, 1), (1, 0), (0, 1), *_JOINS), band)
    rows = [
        (
            _joined_block(source_text, src[i - di : i]) if di else None,
            _joined_block(target_text, tgt[j - dj : j]) if dj else None,
        )
        for i, j, (di, dj) in steps
    ]
    return tuple(Segment(k, s, t) for k, (s, t) in enumerate(rows))


# A block left without a partner is put where pairing the rest costs least; among paragraphs of
# like length and kind (four short paragraphs of an act's article in a row), its neighbour's
# translation may fit the missing English as well as its own, and the gap may stand one row
# off. Within this much of a pairing's cost (about the cost of a fifth more or fewer characters
# than the letter's ratio expects, log 1.25), the neighbour's pairing is in doubt too. Blocks
# shorter than GAP_SHIFT_MIN_CHARACTERS (bullets such as "your name") all cost about the same
# to pair, so a doubt there would stand beside every dropped item and tell nothing.
GAP_SHIFT_MARGIN = math.log(1.25)
GAP_SHIFT_MIN_CHARACTERS = 40


def _comparable(missing: Segment, segments: tuple[Segment, ...], k: int) -> bool:
    """Whether row ``k`` is a paired row whose English, like the ``missing`` one, is long enough
    for its length to tell (GAP_SHIFT_MIN_CHARACTERS)."""
    if not 0 <= k < len(segments) or not segments[k].paired:
        return False
    shortest = min(len(missing.source.text), len(segments[k].source.text))
    return shortest >= GAP_SHIFT_MIN_CHARACTERS


def doubtful_neighbours(source_text: str, target_text: str, target_language: str) -> dict[int, int]:
    """Rows beside a block left without a translation whose translation may as well be the
    missing block's: each such row's index, with the index of the row of the missing block."""
    segments = align(source_text, target_text, target_language)
    ratio = _length_ratio(blocks(source_text), blocks(target_text))
    doubtful = {}
    for seg in segments:
        if seg.target is not None:
            continue
        for k in (seg.index - 1, seg.index + 1):
            if _comparable(seg, segments, k):
                own, missing, target = segments[k].source, seg.source, segments[k].target
                t_keys = _keys(target, target_language)
                fits = _pair_cost(missing, target, _keys(missing, "en"), t_keys, ratio)
                if (
                    fits
                    <= _pair_cost(own, target, _keys(own, "en"), t_keys, ratio) + GAP_SHIFT_MARGIN
                ):
                    doubtful[k] = seg.index
    return doubtful


# Sentences inside one segment are paired as Gale and Church pair them ("A Program for Aligning
# Sentences in Bilingual Corpora", Computational Linguistics 19(1), 1993): the cost of a pairing
# is -log of its prior probability (their Table 5: one-to-one 0.89, one-to-none 0.0099,
# two-to-one 0.089) plus -log of how likely the two lengths are for a translation, with
# lengths in characters and s² = 6.8 (their section 4). Their c, the number of target characters
# an English character becomes, was 1 for their German and French; a notice's translation runs
# longer (Spanish and French about a fifth), so c is the letter's own ratio (see ``ratio`` below):
# with c = 1, a faithful translation whose every sentence is a fifth longer looks like sentences
# added and merged.
_SENTENCE_PRIOR = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099),
    (0, 1): -math.log(0.0099),
    (2, 1): -math.log(0.089),
    (1, 2): -math.log(0.089),
}
# Three or four sentences made one (or one made three or four): translators of notices join a
# run of short sentences with commas, and a published page may lose the space after a full stop
# ("courrier).Les"), which leaves two sentences as one. Gale and Church give no prior for these;
# each sentence joined beyond the second is taken to be as rare again as the second was against
# one-to-one (0.089 / 0.89), so a three-to-one pairing has prior 0.0089 and four-to-one 0.00089.
for _many in (3, 4):
    _SENTENCE_PRIOR[(_many, 1)] = _SENTENCE_PRIOR[(1, _many)] = -math.log(
        0.089 * (0.089 / 0.89) ** (_many - 2)
    )
_VARIANCE = 6.8
# Two sentences are one sentence's translation only if each shares a cognate with it: a number,
# or words whose first letters agree ("reset" and "restablecer", "problem" and "problème"), as
# Simard, Foster and Isabelle align sentences by cognates ("Using cognates to align sentences in
# bilingual corpora", 1992; they compare four letters, three here catch "reset"/"restablecer").
# A cognate counts for a sentence only where the translation holds it more often than the other
# sentences of the merge do: the "prot-" of "The Act protects personal information by limiting
# its:" is twice in the sentence before it ("the Protection of Privacy Act ... the protection of
# personal privacy"), and twice in a translation of that sentence alone, so it tells nothing of
# the second; a "72" said once by each of two sentences and twice in the translation tells of
# both. A merge with a sentence that no cognate tells of says no more than pairing the rest and
# dropping that sentence, and costs as much: its prior is raised to the one-to-one pairing's
# and the drop's together (Gale and Church's 0.89 × 0.0099), not to the drop's alone, which
# left it the likelier of two readings that say the same; the lengths then choose between them.
# The sentence is called dropped where the rest fits the translation's length better than all
# do, and merged where all fit better (a short faithful merge without a cognate, "Retrieving the
# data by making a payment." in "Nous avons récupéré les données en effectuant un paiement,
# ...", whose translation is too long for the other sentence alone).
# Cognates tell only between related languages written alike. Where the two blocks share no word
# cognate at all (Chinese, Korean, Russian), the sentence that says two or more joins them
# where each ended, by a comma or another clause mark (a Korean "학교에 보내지 말고, 의료인에게
# 연락하십시오." for "Do not send them to school. Contact your provider."), beyond the clause
# marks one of them has of its own: a merge is then weighed by its length and prior alone, as
# Gale and Church weigh it, while one with no more joins than its most-parted sentence needs on
# its own ("您的数据安全吗？" for two; a Chinese sentence with the four commas of a long English
# sentence of five, its short neighbour's "Either way," not said) costs as much as the drop.
_CLAUSE_JOINS = re.compile(r"[,;:，、；：،؛—–]")
_COGNATE_PREFIX = 3
_NO_COGNATE = _SENTENCE_PRIOR[(1, 1)] + _SENTENCE_PRIOR[(1, 0)] - _SENTENCE_PRIOR[(2, 1)]


@lru_cache(maxsize=65536)
def _length_cost(source_chars: int, target_chars: int, ratio: float = 1.0) -> float:
    """-log of how likely ``target_chars`` are as the translation of ``source_chars`` that a
    translation ``ratio`` times as long as its English would give (Gale and Church's δ, with the
    mean of both lengths in the variance so the cost is the same in either direction). Kept
    per lengths: a run of like sentences asks the same lengths at every cell."""
    if source_chars == 0 or target_chars == 0:
        return 0.0
    expected = source_chars * ratio
    mean = (expected + target_chars) / 2
    delta = (target_chars - expected) / math.sqrt(mean * _VARIANCE)
    two_tailed = 1 - math.erf(abs(delta) / math.sqrt(2))  # 2 × (1 − Φ(|δ|))
    return -math.log(max(two_tailed, 1e-12))


@caches.of_text(4096)
def _cognates(text: str) -> frozenset[str]:
    """The cognate keys of ``text``: numbers, and the accent-free first letters of long words.
    Kept per text: pairing a segment's sentences asks for each sentence's keys at every step
    that merges or splits it."""
    return frozenset(_cognate_counts(text))


@caches.of_text(4096)
def _cognate_counts(text: str) -> Counter[str]:
    """How often ``text`` holds each of its cognate keys (_cognates), kept per text alike."""
    keys = Counter(re.findall(r"\d+", text))
    for word in word_texts(text):
        if len(word) >= _COGNATE_PREFIX and not word.isdigit():
            bare = unicodedata.normalize("NFKD", word.casefold())
            keys["".join(c for c in bare if not unicodedata.combining(c))[:_COGNATE_PREFIX]] += 1
    return keys


def _told_of(part: Sentence, group: tuple[Sentence, ...], other: Sentence) -> bool:
    """Whether a cognate tells that ``other`` says ``part`` of the merged ``group``: ``other``
    holds one of ``part``'s more often than the rest of ``group`` holds it."""
    rest: Counter[str] = Counter()
    for sentence in group:
        if sentence is not part:
            rest.update(_cognate_counts(sentence.text))
    counts = _cognate_counts(other.text)
    return any(counts[key] > rest[key] for key in _cognates(part.text))


# Abbreviations a legal reference writes before its number: German "Art. 33 Abs. 1 Nr. 12"
# (Duden, "Abkürzungen": Art., Abs., Nr., Ziff., lit., Buchst., UAbs.), French "art. 26, al. 1,
# let. b" (Office québécois de la langue française, "abréviations": art., al., let., ch.),
# Spanish "art. 33, apdo. 1" (RAE, Diccionario panhispánico de dudas, apéndice 2: art., apdo.,
# párr.), Italian "art. 33, co. 1, lett. b" (Treccani, "abbreviazioni": art., co., lett., par.).
# clearnotice.text ends a sentence at such a full stop when a number follows, as it must for
# "... in 2026. 33 people"; inside a translated sentence the reference goes on, so QA joins the
# two pieces again before pairing sentences (an English "Article 26 paragraph 1" has no stop).
_REFERENCE_ABBREVIATIONS = frozenset(
    "art abs nr ziff lit buchst uabs al let ch apdo párr co lett par".split()
)


def _share_word_cognates(source: Block, target: Block) -> bool:
    """Whether the two blocks share a cognate other than a number, so that cognates can tell."""
    shared = _cognates(source.text) & _cognates(target.text)
    return any(not key.isdigit() for key in shared)


# Chinese and Japanese pages may end a question with the ASCII "?" or "!" instead of ？ and ！,
# and go on with no space ("您需要其它語言嗎?我們會提供免費翻譯服務。"). A sentence ends after a
# "?" or "!" whatever follows it (Unicode Standard Annex #29, "Unicode Text Segmentation",
# sentence boundary rules SB9-SB11: no space is needed after a Sentence_Terminal), while
# clearnotice.text ends one there only before a space; so a piece is cut again after a "?" or
# "!" followed at once by a Han, kana or Hangul letter (Unicode blocks 3040-30FF, 3400-9FFF,
# AC00-D7AF, F900-FAFF).
_STOP_BEFORE_CJK = re.compile(r"[?!]+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff])")


# A year's abbreviation ends the sentence it closes, its full stop written once: Russian and
# Bulgarian "г." (год), Ukrainian "р." (рік), Polish "r." (rok), "в 2024 г. Она затронула"
# (Lopatin, Русский орфографический словарь, "г."; Wielki słownik ortograficzny PWN, "r.";
# an abbreviation's full stop at the end of a sentence is not doubled: Rosenthal, Справочник по
# правописанию и литературной правке, "Точка"). clearnotice.text reads it as an abbreviation
# inside the sentence, so a piece is cut again after one that a year precedes and a capital
# follows.
_YEAR_ABBREVIATION = re.compile(r"(?<!\d)(?:19|20)\d\d\s?(?:гг?|р|r)\.(?=\s+[^\W\d_])")


def _stops_within(text: str) -> list[int]:
    """Where a sentence ends inside ``text`` that clearnotice.text reads as one sentence: after
    a Chinese or Japanese "?" (_STOP_BEFORE_CJK) or a year's abbreviation (_YEAR_ABBREVIATION)."""
    ends = [m.end() for m in _STOP_BEFORE_CJK.finditer(text)]
    for m in _YEAR_ABBREVIATION.finditer(text):
        following = text[m.end() :].lstrip()
        if following[:1].isupper():
            ends.append(m.end())
    return sorted(ends)


def _cut_within(piece: Sentence) -> list[Sentence]:
    """``piece`` cut where a sentence ends inside it (_stops_within)."""
    out: list[Sentence] = []
    at = 0
    for end in _stops_within(piece.text):
        text = piece.text[at:end]
        out.append(Sentence(piece.start + at, piece.start + end, text, piece.block))
        at = end + len(piece.text[end:]) - len(piece.text[end:].lstrip())
    out.append(Sentence(piece.start + at, piece.end, piece.text[at:], piece.block))
    return out


def _joins_reference(piece: Sentence, following: Sentence) -> bool:
    """Whether ``piece`` ends with a reference abbreviation whose number starts ``following``."""
    words_before = piece.text[:-1].split() if piece.text.endswith(".") else []
    if not words_before or not following.text[:1].isdigit():
        return False
    last = re.split(r"['’]", words_before[-1])[-1]  # French elides the article: "l'art."
    return last.casefold() in _REFERENCE_ABBREVIATIONS


@caches.of_text(4096)
def _sentences(block: Block) -> tuple[Sentence, ...]:
    """The sentences of ``block``, with a reference such as "art. 26, al. 1" kept whole, and
    ended after a Chinese "?" or a year's "г." (_stops_within). Kept per block: pairing a
    letter's blocks counts a paragraph's sentences at every step that joins it with the next,
    and pairing a segment's sentences splits it again."""
    pieces = [
        cut for piece in split_sentences(block.text, block.start) for cut in _cut_within(piece)
    ]
    joined: list[Sentence] = []
    for piece in pieces:
        if joined and _joins_reference(joined[-1], piece):
            first = joined.pop()
            text = block.text[first.start - block.start : piece.end - block.start]
            piece = Sentence(first.start, piece.end, text, piece.block)
        joined.append(piece)
    return tuple(joined)


@dataclass(frozen=True)
class SentencePair:
    """English sentences and the translation's sentences that say the same: one and one, one
    and none (dropped), none and one (added), two to four and one (merged) or one and two to
    four (split)."""

    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]


def align_sentences(source: Block, target: Block, ratio: float = 1.0) -> tuple[SentencePair, ...]:
    """The sentences of a paired segment, matched (offsets are the letters' own). ``ratio`` is
    how many characters of the translation an English character becomes in this letter."""
    src = _sentences(source)
    tgt = _sentences(target)
    # only a merge or a split asks, and one sentence on each side has neither
    cognates_tell = max(len(src), len(tgt)) > 1 and _share_word_cognates(source, target)
    # the characters of the first k sentences, so a step's lengths are a subtraction
    s_chars = [0, *itertools.accumulate(len(s.text) for s in src)]
    t_chars = [0, *itertools.accumulate(len(t.text) for t in tgt)]
    # the clause marks of each sentence, read once: a merge into a long sentence asks at
    # every cell of its column
    s_joins = [len(_CLAUSE_JOINS.findall(s.text)) for s in src]
    t_joins = [len(_CLAUSE_JOINS.findall(t.text)) for t in tgt]

    def step_cost(i: int, j: int, move: Move) -> float:
        di, dj = move
        cost = _SENTENCE_PRIOR[move] + _length_cost(
            s_chars[i] - s_chars[i - di], t_chars[j] - t_chars[j - dj], ratio
        )
        if min(move) == 1 and max(move) > 1:  # a merge or a split
            group_s, group_t = src[i - di : i], tgt[j - dj : j]
            one, many = (group_t, group_s) if len(group_s) > 1 else (group_s, group_t)
            if cognates_tell:
                cost += sum(_NO_COGNATE for part in many if not _told_of(part, many, one[0]))
            else:
                joins_one, joins_many = (
                    (t_joins[j - 1], s_joins[i - di : i])
                    if di > 1
                    else (s_joins[i - 1], t_joins[j - dj : j])
                )
                if joins_one - max(joins_many) < len(many) - 1:
                    cost += _NO_COGNATE
        return cost

    # a step costs its prior at least: its lengths' cost and a merge's want of cognates only add
    steps = cheapest_path(len(src), len(tgt), step_cost, tuple(_SENTENCE_PRIOR), _SENTENCE_PRIOR)
    return tuple(
        SentencePair(tuple(src[i - di : i]), tuple(tgt[j - dj : j])) for i, j, (di, dj) in steps
    )
