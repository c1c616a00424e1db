"""Where in a block each rule pattern can match, found with one scan for literal strings; the
same for the few patterns of translation QA's entity recogniser in each text it reads
(``Prefiltered``), which is why this reads patterns only and knows nothing of rules.

Python's ``re`` tries a pattern at every position of the text; with 130 case-insensitive
patterns of long alternations, that was three quarters of a review. Two facts read off each
pattern's parse tree make most of that work unnecessary (the idea behind RE2's and Google Code
Search's "prefilter"):

- literals every match contains one of (or its look-arounds find around it): a block holding
  none of them has no match;
- literals every match starts with one of: a match can only start where one of them is, so
  the pattern is tried at those positions alone.

One look-ahead scan of the block (folded to lower case) for all the literals of all the patterns
finds both (those of one character are read off the block's set of characters instead). A pattern
whose parse gives no such literals is run over the whole block as before, so the results are
those of ``finditer`` exactly (tests/core/test_prefilter.py compares them).

Reading the literals parses every pattern again (``re.compile`` keeps no parse tree), about a
second for the whole catalogue, so what a table of patterns gives is kept on disk
(:func:`literals_of_all`), keyed by the patterns and the code that reads them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from re import _parser

from clearnotice import caches
from clearnotice.regex import alternations, parse_literals
from clearnotice.regex.words import BOUNDED

# Part of the disk cache's key (with Python's version, whose parser gives the tree): changed
# code never reads literals an older version read.
_CODE = Path(__file__).read_bytes() + Path(parse_literals.__file__).read_bytes()


def _parse(pattern: re.Pattern[str]) -> Sequence | None:
    try:
        return _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # re's parser is private: on another Python, never filter the pattern
        return None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings at least one of which every match of ``pattern`` contains, or its
    look-arounds find in the text around it; None when there are none."""
    return literals_of(pattern)[0]


def start_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` starts with, or None."""
    return literals_of(pattern)[1]


def literals_of(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """Both of the above from one parse: parsing is most of what reading a pattern costs."""
    parsed = _parse(pattern)
    return (
        (None, None)
        if parsed is None
        else (parse_literals.needs(parsed), parse_literals.starts(parsed))
    )


Literals = tuple[frozenset[str] | None, frozenset[str] | None]


def literals_of_all(
    patterns: Sequence[re.Pattern[str]], folder: Path | None = None
) -> list[Literals]:
    """``literals_of`` of each pattern, read from the disk cache when this very pattern (its
    flags and source) was read before by this very code and Python (whose parser gives the
    tree), else worked out and kept (``caches.disk_map``, in ``folder`` or the cache folder)."""
    kept = caches.disk_map("prefilter", caches.fingerprint([sys.version, _CODE]), folder)
    found = [
        kept.get_or_make(
            f"{p.flags}:{p.pattern}", lambda p=p: [_sorted(lits) for lits in literals_of(p)]
        )
        for p in patterns
    ]
    kept.save()
    return [(_frozen(needs), _frozen(starts)) for needs, starts in found]


def _sorted(found: frozenset[str] | None) -> list[str] | None:
    return None if found is None else sorted(found)


def _frozen(found: list[str] | None) -> frozenset[str] | None:
    return None if found is None else frozenset(found)


def alternatives(pattern: re.Pattern[str]) -> list[str] | None:
    r"""The alternatives of a bounded alternation ``(?<![\w-])(?:A|B|...)(?![\w-])`` without
    capture groups, as written; None for any other pattern. An alternative that is itself a
    group of alternatives (``(?:A|(?:B|C))``, as a rule made of shared patterns writes it) gives
    those, in their order, which is how ``re`` tries them: a shared pattern of phone numbers,
    e-mail and web addresses is then placed by the phone numbers' digits, in a block with no
    "@" nor ".com"."""
    head, tail = BOUNDED
    source = pattern.pattern
    if pattern.groups or pattern.flags & re.VERBOSE:
        return None
    if not (source.startswith(head) and source.endswith(tail)):
        return None
    found = _flattened(source[len(head) : -len(tail)])
    return found if found is not None and len(found) > 1 else None


def _flattened(inner: str) -> list[str] | None:
    """The alternatives of ``inner``, each group of alternatives around a whole one opened;
    None when its brackets do not balance."""
    split = _split(inner)
    if split is None:
        return None
    parts, first_closes = split
    if len(parts) == 1:  # a group around it all is looked through, or it is one alternative
        whole_group = inner.startswith("(?:") and first_closes == len(inner) - 1
        return _flattened(inner[3:-1]) if whole_group else parts
    return [alternative for part in parts for alternative in _flattened(part) or [part]]


def _split(inner: str) -> tuple[list[str], int] | None:
    """``inner`` split at its top-level ``|``, with where the group it opens with closes (-1
    when it opens with none); None when its brackets do not balance."""
    parts, depth, start, i, in_class, first_closes = [], 0, 0, 0, False, -1
    while i < len(inner):
        ch = inner[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += inner[i + 1 : i + 2] == "^"
            i += inner[i + 1 : i + 2] == "]"  # a leading ] is literal inside a class
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:  # the head's group closes before the tail: no single alternation
                return None
            if depth == 0 and first_closes < 0 and inner.startswith("("):
                first_closes = i
        elif ch == "|" and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
        i += 1
    parts.append(inner[start:])
    return (parts, first_closes) if depth == 0 and not in_class else None


def _alternatives_read(pattern: re.Pattern[str]) -> list | None:
    """Each alternative of ``pattern`` with the literals one of which its every match holds
    and those one of which it starts with (None: no such literals), or None when the pattern
    is no bounded alternation."""
    found = alternatives(pattern)
    if found is None:
        return None
    read = []
    for source in found:
        try:
            parsed = _parser.parse(source, pattern.flags)
            needs, starts = parse_literals.needs(parsed), parse_literals.starts(parsed)
        except Exception:  # re's parser is private: on another Python, keep every alternative
            needs = starts = None
        read.append([source, _sorted(needs), _sorted(starts)])
    return read


def alternatives_of_all(
    patterns: Sequence[re.Pattern[str]], folder: Path | None = None
) -> list[list | None]:
    """``_alternatives_read`` of each pattern, kept on disk as ``literals_of_all`` keeps its
    literals (parsing each alternative of the catalogue's longest patterns again is slow)."""
    kept = caches.disk_map(
        "prefilter-alternatives", caches.fingerprint([sys.version, _CODE]), folder
    )
    found = [
        kept.get_or_make(f"{p.flags}:{p.pattern}", lambda p=p: [_alternatives_read(p)])[0]
        for p in patterns
    ]
    kept.save()
    return found


def _trie(literals: Sequence[str]) -> str:
    """One pattern matching any of ``literals``, branching a character at a time (``re`` tries
    the alternatives of a flat list one by one), the longest literal first.

    A literal ending inside another is an empty last alternative, ``(?:X|)``, not ``(?:X)?``:
    ``re`` tries both the same way (``X`` first, then nothing; ``X`` always takes a character),
    but runs the repeat's bookkeeping at every node of the second, and the scan was 9-17 %
    faster on the corpus with the first (issue 17; tests/core/test_prefilter.py checks that it
    finds the longest literal at each place of corpus blocks)."""
    root: dict = {}
    for literal in literals:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body}|)" if "" in node else body

    return branch(root)


# An anchored alternation placed at fewer places than this is tried there: finding the
# alternatives the block may hold, and where they start, costs about as much as trying a long
# alternation at a few places. On the bench's edited paragraph (warm, per ask), doing so made
# each of the 34 placed at 0-6 places slower (up to 3.3 us, 53 us in all), and 9 of the 14 at
# 8-48 places faster (90 us saved in all).
FEW_PLACES = 8


@dataclass(frozen=True)
class Plan:
    """For one block: the patterns that may match it, and where matches can start."""

    possible: frozenset[int]
    anchored: frozenset[int]  # the patterns every match of which starts with a literal
    # each literal of two characters or more found in the block: where it starts, ascending
    found: dict[str, list[int]]
    # the literals found, as a set: a set meets another by walking the smaller of the two (a
    # block holds a few hundred literals, a pattern starts with a handful)
    literals: frozenset[str]
    starting: Sequence[frozenset[str]]  # per pattern, the scanned literals its matches start with
    prefilter: Prefilter
    folded: str  # the block as the literals were looked for in it
    # where each one-character literal a pattern asked about is (``found`` holds longer ones)
    at_char: dict[str, list[int]] = field(default_factory=dict)

    def where(self, index: int) -> list[int] | None:
        """The positions (ascending) where a match of pattern ``index`` may start; None when
        it must be tried everywhere. Worked out for a pattern only when a rule asks: most of a
        block's literals start patterns that no rule asks about in that block."""
        if index not in self.anchored:
            return None
        # each position holds one longer literal (the longest found there) and one character,
        # and a pattern starting with a character is not also given the longer literals
        # starting with it (``Prefilter``), so none is repeated
        return self._places(self.starting[index] & self.literals, repeated=False)

    def narrowed_where(
        self, index: int, pattern: re.Pattern[str]
    ) -> tuple[re.Pattern[str] | None, list[int] | None]:
        """``pattern`` (number ``index``) as it can match in this block, with the positions
        (ascending) where its matches may start, None when it must be tried everywhere.

        A bounded alternation tried everywhere loses the alternatives whose literals the block
        lacks (they match nowhere in it, so what is left matches exactly what the whole does),
        None when none is left; when each alternative it keeps starts with a literal (not white
        space), a match can start only where one of those literals is, as for an anchored
        pattern. An anchored alternation at ``FEW_PLACES`` or more is placed so too, by the
        alternatives it may hold, but tried as it is: its narrowings, compiled, made real
        letters seen once slower (issue 17: on the bench's edited paragraph, a rule's 232
        alternatives placed at 48 places keep one, whose literal is nowhere). Any other pattern
        is tried where its own literals are (``where``)."""
        where = self.where(index)
        if where is None:
            narrowed, kept = self.prefilter.narrowing(index, pattern, self.literals)
        elif len(where) < FEW_PLACES:
            return pattern, where
        else:
            kept = self.prefilter.kept(index, self.literals)
            narrowed = pattern if kept is None or kept else None
        if narrowed is None:
            return None, None
        places = None if kept is None else self._alternatives_start(index, kept)
        return narrowed, where if places is None else places

    def _alternatives_start(self, index: int, kept: set[int]) -> list[int] | None:
        """Where the ``kept`` alternatives of pattern ``index`` may start; None when one of
        them may start anywhere, or when they are all of them and the pattern is anchored (its
        own literals place it as well, and are fewer to look up)."""
        starting = self.prefilter.alternative_starting[index]
        if len(kept) == len(starting) and index in self.anchored:
            return None
        wanted: set[str] = set()
        for alternative in kept:
            literals = starting[alternative]
            if literals is None:
                return None
            wanted.update(literals)
        # a place may start two alternatives' literals ("e" and "email")
        return self._places(self.literals.intersection(wanted), repeated=True)

    def _places(self, literals: Iterable[str], repeated: bool) -> list[int]:
        """Where ``literals`` (found in the block) start, ascending, each place once;
        ``repeated`` when two of them may start at one place."""
        lists = [self.found[lit] if len(lit) > 1 else self._char_at(lit) for lit in literals]
        if len(lists) == 1:
            return lists[0]
        places = chain.from_iterable(lists)
        return sorted(set(places) if repeated else places)

    def _char_at(self, char: str) -> list[int]:
        found = self.at_char.get(char)
        if found is None:
            found = self.at_char[char] = []
            at = self.folded.find(char)
            while at >= 0:
                found.append(at)
                at = self.folded.find(char, at + 1)
        return found


class Prefilter:
    """For a table of patterns, which of them can match a given text, and where."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], kept_on_disk: bool = True):
        """``kept_on_disk``: the literals read are kept in the disk cache (literals_of_all),
        for a table as long as the rule catalogue."""
        read = literals_of_all(patterns) if kept_on_disk else list(map(literals_of, patterns))
        starts = [start for _needs, start in read]
        # every match starts with a start literal, so it also contains one
        needs = [parse_literals.better(need, start) for need, start in read]
        self._always = frozenset(i for i, n in enumerate(needs) if n is None)
        # A pattern that may start with white space (",? not") would be tried at every space:
        # a bounded alternation of those is better narrowed (below) and run over the block.
        self._anchored = frozenset(i for i, s in enumerate(starts) if _placeable(s))
        # the alternatives of bounded alternations: the source of each, and the literals each
        # needs (keyed by pattern, then alternative)
        self._alternatives: dict[int, tuple[str, ...]] = {}
        self._every: dict[int, frozenset[int]] = {}  # alternatives needing no literal
        alt_needs: list[tuple[int, int, frozenset[str]]] = []
        # the literals each alternative starts with, when it cannot start with white space
        alt_starts: dict[int, list[frozenset[str] | None]] = {}
        read_alternatives = (
            alternatives_of_all(patterns) if kept_on_disk else map(_alternatives_read, patterns)
        )
        for i, found in enumerate(read_alternatives):
            if found is None:
                continue
            self._alternatives[i] = tuple(source for source, _lits, _starts in found)
            self._every[i] = frozenset(a for a, (_s, lits, _st) in enumerate(found) if lits is None)
            alt_needs += [
                (i, a, frozenset(lits)) for a, (_s, lits, _st) in enumerate(found) if lits
            ]
            alt_starts[i] = [_frozen(s) if _placeable(s) else None for _s, _l, s in found]
        literals = {lit for found in (*needs, *starts) if found for lit in found}
        literals.update(lit for _i, _a, lits in alt_needs for lit in lits)
        literals.update(lit for found in alt_starts.values() for s in found if s for lit in s)
        # The scan finds the longest literal starting at each position; the shorter ones that
        # start there are its prefixes, so each literal stands for its prefixes too.
        prefixes = {lit: [lit[:n] for n in range(len(lit) + 1) if lit[:n] in literals]
                    for lit in literals}  # fmt: skip
        needed_by, started_by = _index(needs), _index(starts)
        self._possible_with = {
            lit: frozenset(i for p in prefixes[lit] for i in needed_by.get(p, ()))
            for lit in literals
        }
        starting: list[set[str]] = [set() for _ in patterns]
        for lit in literals:
            for i in {i for p in prefixes[lit] for i in started_by.get(p, ())}:
                starting[i].add(lit)
        # A one-character literal is not scanned for: nearly every place in a text starts one
        # ("e", " "), so they were most of the scan's matches, each a step in Python. Which of
        # them a block holds is read off its set of characters, and where one is only when a
        # pattern starting with it is asked about; every place a character is starts each
        # longer literal that starts with it, so a pattern starting with the character keeps
        # only the longer literals that do not.
        self._chars = frozenset(lit for lit in literals if len(lit) == 1)
        for found in starting:
            chars = found & self._chars
            found -= {lit for lit in found if len(lit) > 1 and lit[0] in chars}
        self._starting = tuple(frozenset(found) for found in starting)
        # the same, per alternative of each bounded alternation (None: it may start with white
        # space, or match nothing): ``Plan.narrowed_where``
        alt_started_by: dict[str, list[tuple[int, int]]] = {}
        for i, found in alt_starts.items():
            for a, lits in enumerate(found):
                for lit in lits or ():
                    alt_started_by.setdefault(lit, []).append((i, a))
        alt_starting: dict[tuple[int, int], set[str]] = {}
        for lit in literals:
            for i, a in {ia for p in prefixes[lit] for ia in alt_started_by.get(p, ())}:
                alt_starting.setdefault((i, a), set()).add(lit)
        for found in alt_starting.values():
            chars = found & self._chars
            found -= {lit for lit in found if len(lit) > 1 and lit[0] in chars}
        self.alternative_starting: dict[int, tuple[frozenset[str] | None, ...]] = {
            i: tuple(
                None if lits is None else frozenset(alt_starting[i, a])
                for a, lits in enumerate(found)
            )
            for i, found in alt_starts.items()
        }
        needing: dict[str, list[tuple[int, int]]] = {}
        for i, a, lits in alt_needs:
            for lit in lits:
                needing.setdefault(lit, []).append((i, a))
        # per pattern: each literal, with the alternatives one of whose literals is a prefix
        # of it
        self._alternatives_with: dict[int, dict[str, set[int]]] = {}
        for lit in literals:
            for prefix in prefixes[lit]:
                for i, a in needing.get(prefix, ()):
                    self._alternatives_with.setdefault(i, {}).setdefault(lit, set()).add(a)
        self._alternative_literals = {
            i: frozenset(with_literal) for i, with_literal in self._alternatives_with.items()
        }
        # a look-ahead, so that literals overlapping each other are all found
        longer = sorted(lit for lit in literals if len(lit) > 1)
        self._scan = re.compile(f"(?=({_trie(longer)}))") if longer else None
        # Each narrowing's source, by the pattern and the literals of its alternatives a block
        # holds (which decide the alternatives it keeps): written out once, so that asking for
        # it again (each block holding the same wordings) neither joins hundreds of
        # alternatives again nor hashes the kilobytes they make (the same string object keeps
        # its hash).
        self._narrowed_sources: caches.Recent[tuple[int, frozenset[str]], str] = caches.Recent(
            "narrowed alternations' sources", 4096, of_text=False
        )

    def plan(self, text: str) -> Plan:
        """Which patterns may match ``text``, and where; every other one has no match."""
        folded = parse_literals.fold(text)
        found: dict[str, list[int]] = {}
        if self._scan is not None:
            for m in self._scan.finditer(folded):
                found.setdefault(m.group(1), []).append(m.start())
        literals = self._chars.intersection(folded).union(found)
        possible = self._always.union(*(self._possible_with[lit] for lit in literals))
        return Plan(possible, self._anchored, found, literals, self._starting, self, folded)

    def kept(self, index: int, found: frozenset[str]) -> set[int] | None:
        """The alternatives of pattern ``index`` a block where the ``found`` literals were
        found may hold (None: the pattern is no bounded alternation)."""
        if index not in self._alternatives:
            return None
        return self._kept(index, self._alternative_literals.get(index, frozenset()) & found)

    def _kept(self, index: int, held: frozenset[str]) -> set[int]:
        kept = set(self._every[index])
        with_literal = self._alternatives_with.get(index, {})
        for lit in held:
            kept.update(with_literal[lit])
        return kept

    def narrowing(
        self, index: int, pattern: re.Pattern[str], found: frozenset[str]
    ) -> tuple[re.Pattern[str] | None, set[int] | None]:
        """The narrowing of ``Plan.narrowed_where``, for a block where the ``found`` literals
        were found, with the alternatives it keeps (None: the pattern is no bounded alternation)."""
        sources = self._alternatives.get(index)
        if sources is None:
            return pattern, None
        held = self._alternative_literals.get(index, frozenset()) & found
        kept = self._kept(index, held)
        if len(kept) == len(sources):
            return pattern, kept
        if not kept:
            return None, kept
        # the literals held decide the alternatives kept, and are fewer
        source = self._narrowed_sources.get_or_make(
            (index, held), lambda: _narrowed_source(sources, kept)
        )
        return _NARROWED.get(source, pattern.flags) or pattern, kept


def _narrowed_source(sources: Sequence[str], kept: Iterable[int]) -> str:
    """The bounded alternation of the ``kept`` alternatives of ``sources``, in their order."""
    head, tail = BOUNDED
    return head + "|".join(sources[a] for a in sorted(kept)) + tail


class _Narrowed:
    """The narrowed alternations, each compiled only when asked for a second time.

    Compiling one costs about ten milliseconds (``re`` parses and compiles in Python, and the
    alternatives are long), more than the whole alternation takes on a block or two. A real
    letter's blocks ask for many narrowings that no other block asks for again (over 40
    unseen corpus letters, 250-330 new ones each time), so the first ask gets the whole
    pattern, which matches exactly what the narrowing would; a narrowing asked for again (the
    paragraph being typed in, a letter reviewed again) is compiled and kept. Both maps are
    ``caches.Recent``: bounded, and safe for the app's sessions asking at once (two that ask
    at once may both compile it, with equal results)."""

    def __init__(self, size: int = 4096):
        self._compiled: caches.Recent[tuple[str, int], re.Pattern[str]] = caches.Recent(
            "narrowed alternations, compiled", size, of_text=False
        )
        self._asked: caches.Recent[tuple[str, int], bool] = caches.Recent(
            "narrowed alternations, asked for once", size, of_text=False
        )

    def get(self, source: str, flags: int) -> re.Pattern[str] | None:
        """The compiled narrowing, or None on its first ask."""
        key = (source, flags)
        found = self._compiled.get(key)
        if found is None and self._asked.get(key) is None:
            self._asked.put(key, True)
            return None
        return found or self._compiled.get_or_make(key, lambda: alternations.compile(source, flags))

    def clear(self) -> None:
        self._compiled.clear()
        self._asked.clear()


_NARROWED = _Narrowed()


def _placeable(starts: frozenset[str] | None) -> bool:
    """Whether a pattern (or alternative) whose matches start with one of ``starts`` can be
    tried only where they are: not when it may start with white space, as every block has a
    space, nor when it may match nothing."""
    return starts is not None and not any(map(str.isspace, starts))


def _index(sets: Sequence[frozenset[str] | None]) -> dict[str, list[int]]:
    """Each literal of ``sets``: the indexes of the sets holding it."""
    holding: dict[str, list[int]] = {}
    for i, found in enumerate(sets):
        for lit in found or ():
            holding.setdefault(lit, []).append(i)
    return holding


# A pattern's matches in one text, as ``finditer`` yields them (Prefiltered.finder).
Finditer = Callable[[re.Pattern[str]], Iterable[re.Match[str]]]


class Prefiltered:
    """A few patterns run over many texts, each only where the prefilter lets it match: the
    translation entities' recogniser (clearnotice.translate.entities) ran every one of its
    patterns at every place of each new block, a quarter of a new letter's QA. What a pattern
    finds is what ``finditer`` over the whole text finds (tests/core/test_entity_prefilter.py).
    The literals of so few patterns are read again in each process (tens of milliseconds),
    not kept on disk, where the rule catalogue's would be written again for them."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        self._patterns = tuple(patterns)  # kept, so that their ids stay theirs
        # by id: a compiled pattern's hash reads all of its compiled code, every time
        self._index = {id(pattern): i for i, pattern in enumerate(self._patterns)}
        self._prefilter = Prefilter(self._patterns, kept_on_disk=False)

    def finder(self, text: str) -> Finditer:
        """For ``text``: given one of the patterns, its matches in ``text``, as ``finditer``
        yields them (a pattern placed by its start literals never matches empty)."""
        plan = self._prefilter.plan(text)

        def finditer(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
            index = self._index[id(pattern)]
            if index not in plan.possible:
                return ()
            if index in plan.anchored:
                starting = plan.starting[index] & plan.literals
                if sum(map(plan.folded.count, starting)) * _CHARACTERS_PER_PLACE < len(text):
                    return matches_at(pattern, text, plan.where(index))
            return pattern.finditer(text)

        return finditer


# A pattern is tried at its places only when they are fewer than one in this many characters
# (counted, not listed, as listing them is much of the cost): ``re`` trying one place costs
# about a fourteenth of Python's asking it to (on the bench's letter pairs, the time zones'
# abbreviations, placed at every "c", "e", "m" and "p", took 0.52 ms a letter so and 0.18 ms
# by ``finditer``).
_CHARACTERS_PER_PLACE = 16


def matches_at(
    pattern: re.Pattern[str], text: str, positions: Sequence[int]
) -> list[re.Match[str]]:
    """The non-empty matches ``pattern.finditer(text)`` yields, when its matches can start only
    at ``positions`` (ascending): tried there alone, each from where the last match ended. A
    list, not a generator: most (block, pattern) pairs are tried at a place or two and match
    nowhere, so a generator's set-up was much of their cost."""
    found = []
    end = 0
    match = pattern.match
    for position in positions:
        if position < end:
            continue
        matched = match(text, position)
        if matched is not None:
            end = matched.end()
            if end > position:
                found.append(matched)
            else:  # an empty match: finditer looks for the next one a character on
                end = position + 1
    return found
