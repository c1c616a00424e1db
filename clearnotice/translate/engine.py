"""Translating a letter segment by segment with any engine: caching, limits, progress, failure.

A letter is translated block by block (clearnotice.text.blocks: headings, paragraphs, bullet
items), and each block's translation is put back in place of the block's content, so Markdown
markers, blank lines and the order of the letter never pass through an engine. Protected spans
(placeholders, codes, URLs...) become tokens first (clearnotice.translate.protect).

Each segment's translation is cached as soon as it arrives. When an engine fails halfway (a
timeout, a rate limit, a bad key) the result says so with a message for the user, keeps what was
translated, and saves nothing: the translation the user had stays as it was, and the next try
asks the engine only for the segments still missing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from clearnotice import text as segmentation
from clearnotice.languages import language_name
from clearnotice.translate.protect import Protected, fingerprint, is_token, protect, restore
from clearnotice.wording import plural

TIMEOUT = "timeout"
RATE_LIMIT = "rate-limit"
BAD_KEY = "bad-key"
UNAVAILABLE = "unavailable"
UNSUPPORTED = "unsupported"
NOT_ALLOWED = "not-allowed"  # no recorded consent to send this letter's text to the service
FAILED = "failed"
UNCHANGED = "unchanged"  # the engine gave the text back as it was sent
# Failures another try may get past: the rest of the letter is translated from where it stopped.
_WORTH_ANOTHER_TRY = frozenset({TIMEOUT, RATE_LIMIT, UNAVAILABLE, FAILED})


class TranslationError(Exception):
    """An engine could not translate. ``str(error)`` is a message for the user; it never holds
    an API key or the letter's text."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


class Engine(Protocol):
    """A translation engine: Apertium, or an online provider."""

    name: str  # "apertium", "deepl"...; also the version origin's name (the cache's: cache_name)
    label: str  # for people: "Apertium (offline)"
    sends_text_out: bool  # True when the text leaves this machine
    batch_size: int  # segments per call of translate_batch
    max_bytes: int  # the most UTF-8 bytes one segment may have in one call
    # what else makes its translations differ (installed data, a server's address); an engine
    # without one is taken to have a single version
    version: str

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        """Translations of ``segments``, in order; raises TranslationError."""
        ...


class SegmentStore(Protocol):
    """Where translated segments are kept between runs (clearnotice.translate.cache)."""

    def get_many(
        self, engine: str, source: str, target: str, segments: Sequence[str]
    ) -> dict[str, str]: ...

    def put_many(self, engine: str, source: str, target: str, pairs: dict[str, str]) -> None: ...


Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SegmentsOutcome:
    """Translations of a list of segments; ``None`` where the engine failed before reaching it."""

    translations: tuple[str | None, ...]
    error: TranslationError | None
    lost: tuple[str, ...]  # protected spans the engine dropped
    from_cache: int

    @property
    def complete(self) -> bool:
        return self.error is None and all(t is not None for t in self.translations)

    @property
    def done(self) -> int:
        return sum(t is not None for t in self.translations)

    def why_stopped(self) -> str:
        """What to tell the person of a run that stopped: the engine's message, that nothing was
        saved, and, where trying again carries on (a time-out, a limit, a service down), how
        much of it is kept for that. A letter given back unchanged, a pair or key the service
        refuses, or no consent, comes out the same on every try: no "try again" then."""
        kept = "nothing was saved, and the translation you had is unchanged."
        if self.error is None or self.error.kind not in _WORTH_ANOTHER_TRY:
            return f"{self.error.message if self.error else ''} {kept.capitalize()}".strip()
        segments = plural(len(self.translations), "segment")
        return (
            f"{self.error.message} Translated and kept: {self.done} of {segments}; {kept} "
            "Try again to continue where it stopped."
        )


@dataclass(frozen=True)
class LetterOutcome:
    """A translated letter, or as much of it as the engine managed and why it stopped."""

    text: str | None  # the whole translated letter; None unless every segment was translated
    segments: SegmentsOutcome

    @property
    def complete(self) -> bool:
        return self.text is not None


def cache_name(engine: Engine) -> str:
    """The name ``engine``'s translations are cached under: its name and a digest of its
    version and of the protection, so an upgraded Apertium, another LibreTranslate server or a
    change in what is kept from the engine never serves a translation made before it."""
    version = getattr(engine, "version", "")
    digest = hashlib.sha256(f"{version}\n{fingerprint()}".encode()).hexdigest()
    return f"{engine.name}:{digest[:12]}"


def segment_key(segment: str) -> str:
    return hashlib.sha256(segment.encode("utf-8")).hexdigest()


def _fits(piece: str, max_bytes: int) -> bool:
    return len(piece.encode("utf-8")) <= max_bytes


_NON_SPACE = re.compile(r"\S+")


def _word_spans(text: str, start: int, end: int, max_bytes: int) -> list[tuple[int, int]]:
    """Spans of a sentence too long for one call: its words, a word too long itself cut
    between characters."""
    spans: list[tuple[int, int]] = []
    for word in _NON_SPACE.finditer(text, start, end):
        left, right = word.span()
        while not _fits(text[left:right], max_bytes):
            cut = left + max_bytes
            while not _fits(text[left:cut], max_bytes):
                cut -= 1
            spans.append((left, cut))
            left = cut
        spans.append((left, right))
    return spans


def _chunk_spans(segment: str, max_bytes: int) -> list[tuple[int, int]]:
    """Where ``segment`` is cut into pieces of at most ``max_bytes``, between sentences where
    it can. Spans, not copies, so what stood between two pieces (a space, a line break, or
    nothing inside a word) is put back between their translations."""
    if _fits(segment, max_bytes):
        return [(0, len(segment))]
    units: list[tuple[int, int]] = []
    for sentence in segmentation.split_sentences(segment):
        words = _word_spans(segment, sentence.start, sentence.end, max_bytes)
        if words and _fits(segment[words[0][0] : words[-1][1]], max_bytes):
            units.append((words[0][0], words[-1][1]))
        else:
            units.extend(words)
    packed: list[tuple[int, int]] = []
    for start, end in units:
        if packed and _fits(segment[packed[-1][0] : end], max_bytes):
            packed[-1] = (packed[-1][0], end)
        else:
            packed.append((start, end))
    return packed


def _chunks(segment: str, max_bytes: int) -> list[str]:
    """``segment`` in pieces of at most ``max_bytes``, cut between sentences where it can."""
    return [segment[start:end] for start, end in _chunk_spans(segment, max_bytes)]


def _joined(answers: list[str], text: str, spans: list[tuple[int, int]]) -> str:
    """The answers to ``text``'s pieces, with what stood between the pieces between them."""
    joints = [text[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    return answers[0] + "".join(j + a for j, a in zip(joints, answers[1:], strict=True))


def outgoing(segment: str, source: str, max_bytes: int) -> tuple[Protected, list[str]]:
    """``segment`` protected, and the pieces of it that go to the engine, one per call."""
    protected = protect(segment, source)
    return protected, _chunks(protected.text, max_bytes)


# A Markdown table row, "| Item | Status |", and what stands between its cells.
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")
_CELL_EDGE = re.compile(r"([ \t]*(?<!\\)\|[ \t]*)")
# The row under a table's header, "--- | :---:" (GitHub Flavored Markdown, "Tables": the outer
# pipes may be left out, so only this row tells "Item | Status" is a table's).
_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")


def _parts(block_text: str, row: bool = False) -> list[str]:
    """``block_text`` cut where an engine must not carry words across: a table row (``row``,
    or between outer pipes) into its cells and the pipes around them (odd positions, kept as
    they are), else the text whole. Apertium translated "| Item | Status |" as one sentence,
    "| Estado | de elemento |": each column under the other's heading."""
    if "\n" in block_text or not (row or _TABLE_ROW.fullmatch(block_text)):
        return [block_text]
    return _CELL_EDGE.split(block_text)


def _table_rows(letter: str, blocks: Sequence[segmentation.Block]) -> set[int]:
    """Which of ``blocks`` are rows of a table: a delimiter row, the line with a pipe right
    above it (the header) and each line with a pipe right below it, up to a blank line."""
    rows: set[int] = set()
    for i, block in enumerate(blocks):
        if i == 0 or not _DELIMITER_ROW.fullmatch(block.text):
            continue
        if "|" not in blocks[i - 1].text or not _next_line(letter, blocks, i - 1):
            continue
        rows.update((i - 1, i))
        below = i + 1
        while below < len(blocks) and "|" in blocks[below].text:
            if not _next_line(letter, blocks, below - 1):
                break
            rows.add(below)
            below += 1
    return rows


# A fenced code block's fence line, "```" or "~~~" with an info string (CommonMark 0.31,
# "Fenced code blocks"): what stands between two is a command or a sample, kept as written.
_FENCE_LINE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})[^`\n]*")


def _code_blocks(blocks: Sequence[segmentation.Block]) -> set[int]:
    """Which of ``blocks`` hold a fenced code block, or part of one (a blank line inside it
    ends a block)."""
    code: set[int] = set()
    inside = False
    for i, block in enumerate(blocks):
        fences = sum(bool(_FENCE_LINE.fullmatch(line)) for line in block.text.split("\n"))
        if inside or fences:
            code.add(i)
        inside ^= fences % 2 == 1
    return code


def _next_line(letter: str, blocks: Sequence[segmentation.Block], i: int) -> bool:
    """Whether block ``i + 1`` starts on the line after block ``i`` ends."""
    return letter.count("\n", blocks[i].end, blocks[i + 1].start) == 1


def _translatable(cut: list[str]) -> list[str]:
    """The parts of a block (``_parts``) that go to an engine: a whole block, or a table cell
    with a word (a cell of a number or the "---" under a heading is its own translation)."""
    if len(cut) == 1:
        return cut
    return [p for p in cut[::2] if _WORD.search(p)]


def _segments(
    letter: str,
) -> tuple[tuple[segmentation.Block, ...], list[list[str]], list[str]]:
    """The letter's blocks, each block's parts, and every text of them an engine translates."""
    blocks = segmentation.blocks(letter)
    rows, code = _table_rows(letter, blocks), _code_blocks(blocks)
    cuts = [
        ["", b.text, ""] if i in code else _parts(b.text, i in rows) for i, b in enumerate(blocks)
    ]
    return blocks, cuts, [t for cut in cuts for t in _translatable(cut)]


def outgoing_calls(letter: str, engine: Engine, source: str) -> list[str]:
    """Every text ``translate_letter`` would hand ``engine`` for ``letter``, in order, each
    distinct segment once (before the cache spares those translated before)."""
    unique = dict.fromkeys(s for s in _segments(letter)[2] if s.strip())
    return [piece for s in unique for piece in outgoing(s, source, engine.max_bytes)[1]]


def translate_segments(
    segments: Sequence[str],
    engine: Engine,
    source: str,
    target: str,
    cache: SegmentStore | None = None,
    progress: Progress | None = None,
) -> SegmentsOutcome:
    """Translate each distinct segment once, from the cache where it can."""
    unique = list(dict.fromkeys(s for s in segments if s.strip()))
    known = cache.get_many(cache_name(engine), source, target, unique) if cache else {}
    from_cache = len(known)
    todo = [s for s in unique if s not in known]
    total = len(unique)
    if progress:
        progress(from_cache, total)
    run = _Run()
    for start in range(0, len(todo), max(1, engine.batch_size)):
        try:
            fresh, held = _translate_batch(
                todo[start : start + engine.batch_size], engine, source, target, run
            )
        except TranslationError as failure:
            run.error = failure
            break
        known.update(fresh)
        known.update(held)
        if cache:
            cache.put_many(cache_name(engine), source, target, fresh)
        if progress:
            progress(len(known), total)
    _settle_unchanged(run, engine, target, known, cache, source)
    translations = tuple(
        (known.get(s) if s.strip() else s) for s in segments
    )  # a blank segment is its own translation
    return SegmentsOutcome(translations, run.error, tuple(run.lost), from_cache)


# A run whose every answer is the text sent, with at least this many words in it, is taken for
# no translation at all: a name or a reference code alone comes back as it went.
_UNCHANGED_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class _Run:
    """What one ``translate_segments`` run learned beyond the translations themselves."""

    error: TranslationError | None = None
    lost: list[str] = field(default_factory=list)
    held: dict[str, str] = field(default_factory=dict)  # answers that were the text sent
    held_words: int = 0
    changed: bool = False  # some answer differed from its text: the engine translates


def _translate_batch(
    batch: list[str], engine: Engine, source: str, target: str, run: _Run
) -> tuple[dict[str, str], dict[str, str]]:
    """One call of the engine: the translations it changed, and those it gave back as sent
    (held in ``run`` until the run shows whether the engine translated at all)."""
    plans = []
    calls: list[str] = []
    for segment in batch:
        protected = protect(segment, source)
        spans = _chunk_spans(protected.text, engine.max_bytes)
        plans.append((segment, protected, spans, len(calls)))
        calls.extend(protected.text[start:end] for start, end in spans)
    answers = _all_answered(engine, calls, engine.translate_batch(calls, source, target))
    fresh: dict[str, str] = {}
    held: dict[str, str] = {}
    for segment, protected, spans, first in plans:
        sent, answered = calls[first : first + len(spans)], answers[first : first + len(spans)]
        translated, dropped = restore(_joined(answered, protected.text, spans), protected)
        run.lost.extend(dropped)
        if [a.strip() for a in answered] == [c.strip() for c in sent]:
            held[segment] = translated
            run.held_words += sum(not is_token(w) for w in _WORD.findall(protected.text))
        else:
            fresh[segment] = translated
            run.changed = True
    run.held.update(held)
    return fresh, held


def _settle_unchanged(
    run: _Run,
    engine: Engine,
    target: str,
    known: dict[str, str],
    cache: SegmentStore | None,
    source: str,
) -> None:
    """Keep the answers that came back as sent when the engine translated something else in
    the run; else, past a few words, the engine did not translate (a service echoing its input,
    a letter already in the target language): an error, and nothing kept, so the English is
    never saved, or cached, as the translation. The message says what the engine did, not what
    the caller keeps: a letter's translation is not saved, a back-translation not shown."""
    if not run.held:
        return
    if run.changed or run.held_words < _UNCHANGED_WORDS:
        if cache:
            cache.put_many(cache_name(engine), source, target, run.held)
        return
    for segment in run.held:
        known.pop(segment, None)
    if run.error is None:
        run.error = TranslationError(
            UNCHANGED,
            f"{engine.label} gave the text back unchanged: it may already be in "
            f"{language_name(target)}, or {engine.label} did not translate it.",
        )


def _all_answered(engine: Engine, calls: list[str], answers: list[str]) -> list[str]:
    """``answers`` when there is one for each text sent; else TranslationError: answers that
    no longer line up with their texts would put a paragraph's translation under another, or
    leave one out of the letter."""
    if len(answers) != len(calls):
        raise TranslationError(
            FAILED,
            f"{engine.label} answered {len(answers)} of the {len(calls)} texts sent, so its "
            "answers were not used.",
        )
    return answers


def translate_letter(
    letter: str,
    engine: Engine,
    source: str,
    target: str,
    cache: SegmentStore | None = None,
    progress: Progress | None = None,
) -> LetterOutcome:
    """The letter with each block's content translated in place and all else kept as it is."""
    blocks, cuts, segments = _segments(letter)
    outcome = translate_segments(segments, engine, source, target, cache, progress)
    if not outcome.complete:
        return LetterOutcome(None, outcome)
    by_text = dict(zip(segments, outcome.translations, strict=True))
    pieces = []
    position = 0
    for block, cut in zip(blocks, cuts, strict=True):
        pieces.append(letter[position : block.start])
        pieces.append(_put_together(cut, by_text))
        position = block.end
    pieces.append(letter[position:])
    return LetterOutcome("".join(pieces), outcome)


def _put_together(cut: list[str], by_text: dict[str, str | None]) -> str:
    """A block's translation from its parts' (``_parts``), in their places."""
    if len(cut) == 1:
        return by_text[cut[0]] or ""
    return "".join((by_text.get(p) or p) if i % 2 == 0 else p for i, p in enumerate(cut))
