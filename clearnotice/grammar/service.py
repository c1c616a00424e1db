"""Checking a whole letter: paragraph by paragraph, cached, with the offline checker standing
in whenever LanguageTool is slow, down, refusing, or not allowed to see the text.

One ``GrammarService`` per process holds the paragraph cache, one client per LanguageTool
server (so a 429 slows every session down) and the local server; pages share it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from clearnotice import text as segmentation
from clearnotice.grammar.cache import ParagraphCache
from clearnotice.grammar.checker import CheckerFailure, GrammarChecker, Problem
from clearnotice.grammar.choice import (
    LOCAL,
    OFFLINE,
    PUBLIC,
    PUBLIC_CONSENT,
    SERVER,
    CheckerChoice,
)
from clearnotice.grammar.languagetool import (
    MAX_REQUEST_CHARS,
    PUBLIC_API_URL,
    LanguageToolClient,
)
from clearnotice.grammar.local_server import LocalLanguageTool, State
from clearnotice.grammar.offline import OfflineChecker
from clearnotice.grammar.protected import Protected, holds_digit
from clearnotice.model import Finding, sort_findings
from clearnotice.offsets import utf16_length
from clearnotice.outbound import OutboundGate, SendRefused, restore_findings


@dataclass(frozen=True)
class Piece:
    """A paragraph, heading or bullet item (or a part of a very long one) and where it starts."""

    start: int
    text: str


@dataclass(frozen=True)
class GrammarReport:
    """What the grammar check found and which checker found it, with why."""

    findings: tuple[Finding, ...]
    language: str
    checker: str  # "LanguageTool 6.8 at http://…" or "offline spelling (en_US …) …"
    reason: str  # why this checker ran
    notice: str = ""  # what went wrong with the chosen checker, for the person editing
    problem: Problem | None = None
    retry_in: float | None = None  # seconds until LanguageTool is asked again by itself
    used_languagetool: bool = False
    rechecked: int = 0  # pieces checked now; the others came from the cache
    pieces: int = 0

    @property
    def can_retry(self) -> bool:
        # consent, a language the server lacks or a refused request need a change, not a retry
        return self.problem is not None and self.problem not in (
            Problem.NEEDS_CONSENT,
            Problem.UNSUPPORTED_LANGUAGE,
            Problem.REJECTED,
        )


def pieces(text: str) -> list[Piece]:
    """The letter's blocks; one longer than a LanguageTool request is cut between sentences."""
    result = []
    for block in segmentation.blocks(text):
        if utf16_length(block.text) < MAX_REQUEST_CHARS:
            result.append(Piece(block.start, block.text))
            continue
        start = end = block.start
        for sentence in segmentation.split_sentences(block.text, block.start):
            if utf16_length(text[start : sentence.end]) >= MAX_REQUEST_CHARS and end > start:
                result.extend(_hard_cut(text, start, end))
                start = sentence.start
            end = sentence.end
        result.extend(_hard_cut(text, start, end))
    return result


def _hard_cut(text: str, start: int, end: int) -> list[Piece]:
    """A single "sentence" too long for one request (a pasted table): cut at spaces."""
    out = []
    while utf16_length(text[start:end]) >= MAX_REQUEST_CHARS:
        cut = text.rfind(" ", start, start + MAX_REQUEST_CHARS // 2)
        cut = cut if cut > start else start + MAX_REQUEST_CHARS // 2
        out.append(Piece(start, text[start:cut]))
        start = cut
    if end > start:
        out.append(Piece(start, text[start:end]))
    return out


class Vocabulary:
    """The organisation's words (company and product names): never flagged by any checker."""

    def __init__(self, terms: Iterable[str] = ()):
        self.exact: set[str] = set()
        for term in terms:
            self.exact.update(w.text for w in segmentation.words(term))
        self.folded = {w.casefold() for w in self.exact}

    def covers(self, match: str) -> bool:
        found = segmentation.words(match)
        return bool(found) and all(
            w.text in self.exact or (w.text.isupper() and w.text.casefold() in self.folded)
            for w in found
        )


class GrammarService:
    def __init__(
        self,
        cache: ParagraphCache | None = None,
        local: LocalLanguageTool | None = None,
        public_url: str = PUBLIC_API_URL,
    ):
        self.cache = cache or ParagraphCache()
        self.public_url = public_url
        self.offline = OfflineChecker()
        self.local = local or LocalLanguageTool()
        self._clients: dict[tuple[str, bool], LanguageToolClient] = {}
        self._lock = threading.Lock()

    def client_for(self, url: str, *, public: bool = False) -> LanguageToolClient:
        probe = LanguageToolClient(url, public=public)
        with self._lock:
            return self._clients.setdefault((probe.url, public), probe)

    def check(
        self,
        text: str,
        language: str,
        choice: CheckerChoice,
        *,
        vocabulary: Iterable[str] = (),
        consented: bool = False,
        gate: OutboundGate | None = None,
    ) -> GrammarReport:
        """Check ``text`` with the chosen checker, or offline when it cannot answer in time.

        ``consented`` says whether this letter's text may go to the public API (recorded with
        ``Store.record_consent``); without it nothing is sent there. What does go there goes
        through ``gate``: personal data replaced, the call logged, the findings moved back.
        """
        parts = pieces(text)
        words = Vocabulary(vocabulary)
        failure: CheckerFailure | None = None
        if choice.kind != OFFLINE:
            try:
                client = self._languagetool(choice, consented)
                checker = _ThroughGate(client, gate) if client.public else client
                findings, rechecked = self._run(checker, parts, language, choice.timeout)
                return GrammarReport(
                    _finish(text, findings, words),
                    language,
                    client.label(language),
                    choice.reason,
                    used_languagetool=True,
                    rechecked=rechecked,
                    pieces=len(parts),
                )
            except CheckerFailure as error:
                failure = error
        findings, rechecked = self._run(self.offline, parts, language, 0)
        return GrammarReport(
            _finish(text, findings, words),
            language,
            self.offline.label(language),
            choice.reason if failure is None else "the chosen LanguageTool could not answer",
            notice=failure.message if failure else "",
            problem=failure.problem if failure else None,
            retry_in=failure.retry_after if failure else None,
            rechecked=rechecked,
            pieces=len(parts),
        )

    def retry(self, choice: CheckerChoice) -> None:
        """Ask LanguageTool again at the next check (the Retry button)."""
        if choice.kind == LOCAL:
            if self.local.status().state == State.FAILED:
                self.local.start()
            url = self.local.status().url
        elif choice.kind == PUBLIC:
            url = self.public_url
        else:
            url = choice.url
        if url:
            self.client_for(url, public=choice.kind == PUBLIC).reset()

    def _languagetool(self, choice: CheckerChoice, consented: bool) -> LanguageToolClient:
        if choice.kind == SERVER:
            if not choice.url:
                raise CheckerFailure(
                    Problem.REJECTED,
                    "Our organisation's LanguageTool server is chosen, but no address is set: "
                    "add it on the Settings page.",
                )
            return self.client_for(choice.url)
        if choice.kind == PUBLIC:
            if not consented:
                raise CheckerFailure(
                    Problem.NEEDS_CONSENT,
                    "The public LanguageTool API is chosen, but nobody has agreed to send this "
                    "letter's text off this machine. Until then it is checked offline.",
                )
            return self.client_for(self.public_url, public=True)
        status = self.local.start()
        if status.state == State.READY:
            return self.client_for(status.url)
        problem = Problem.STARTING if status.state == State.STARTING else Problem.CANNOT_START
        raise CheckerFailure(problem, status.message)

    def _run(
        self, checker: GrammarChecker, parts: list[Piece], language: str, timeout: float
    ) -> tuple[list[Finding], int]:
        known: dict[int, tuple[Finding, ...]] = {}
        missing: list[int] = []
        for n, piece in enumerate(parts):
            found = self.cache.get(checker.cache_key, language, piece.text)
            if found is None:
                missing.append(n)
            else:
                known[n] = found
        if missing:
            texts = [parts[n].text for n in missing]
            for n, found in zip(
                missing, checker.check(texts, language, timeout=timeout), strict=True
            ):
                self.cache.put(checker.cache_key, language, parts[n].text, found)
                known[n] = found
        findings = [f.shifted(parts[n].start) for n in sorted(known) for f in known[n]]
        return findings, len(missing)


class _ThroughGate:
    """The public LanguageTool API as a checker whose every request passes the outbound gate:
    the server sees placeholders for personal data, and its offsets, which count those
    placeholders, are moved back onto the letter's own text."""

    def __init__(self, client: LanguageToolClient, gate: OutboundGate | None):
        self.client = client
        self.gate = gate
        self.cache_key = client.cache_key  # findings are cached on the original paragraphs

    def check(
        self, texts: Sequence[str], language: str, *, timeout: float
    ) -> list[tuple[Finding, ...]]:
        if self.gate is None:
            raise CheckerFailure(
                Problem.NEEDS_CONSENT,
                "Nothing was sent to the public LanguageTool API: this check keeps no send log.",
            )
        try:
            return self.gate.send(
                PUBLIC_CONSENT,
                texts,
                language,
                lambda sent: self.client.check(sent, language, timeout=timeout),
                restore_findings,
            )
        except SendRefused as refused:
            raise CheckerFailure(Problem.NEEDS_CONSENT, str(refused)) from None


def _finish(text: str, findings: list[Finding], vocabulary: Vocabulary) -> tuple[Finding, ...]:
    """Findings on data (placeholders, addresses, codes) or on the organisation's own words go."""
    protected = Protected(text)
    kept = [
        f
        for f in findings
        if not protected.overlaps(f.start, f.end)
        and not vocabulary.covers(f.match)
        and not _is_code(f.match)
    ]
    return tuple(sort_findings(kept))


def _is_code(match: str) -> bool:
    found = segmentation.words(match)
    return bool(found) and all(holds_digit(w.text) for w in found)
