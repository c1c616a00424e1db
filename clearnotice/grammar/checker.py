"""What every grammar checker provides, and the ways a checker can fail.

A checker looks at pieces of a letter (paragraphs, headings, bullet items) and returns findings
whose offsets are relative to each piece; the letter check (``letter_check``) moves them to the
letter, caches them per piece and falls back to the offline checker when a checker fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from clearnotice.model import Finding


class Problem(StrEnum):
    """Why a checker gave no results; each has its own message and retry policy."""

    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    SERVER_ERROR = "server-error"
    TOO_LARGE = "too-large"
    RATE_LIMITED = "rate-limited"
    REJECTED = "rejected"
    UNSUPPORTED_LANGUAGE = "unsupported-language"
    STARTING = "starting"
    CANNOT_START = "cannot-start"
    NEEDS_CONSENT = "needs-consent"


class CheckerFailure(Exception):
    """A checker could not check the text. ``message`` is written for the person editing."""

    def __init__(self, problem: Problem, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.problem = problem
        self.message = message
        # seconds to wait before asking again (a 429's Retry-After, or our own back-off)
        self.retry_after = retry_after


class GrammarChecker(Protocol):
    """Anything that finds spelling and grammar problems in pieces of text."""

    @property
    def cache_key(self) -> str:
        """Identifies the checker in the paragraph cache (two servers may disagree)."""
        ...

    def label(self, language: str) -> str:
        """What ran, for the page: "LanguageTool 6.8 at http://…", "offline spelling …"."""
        ...

    def check(
        self, pieces: Sequence[str], language: str, *, timeout: float
    ) -> list[tuple[Finding, ...]]:
        """Findings for each piece, in order, offsets relative to the piece.

        Raises ``CheckerFailure`` when it cannot answer within ``timeout`` seconds.
        """
        ...
