"""Findings remembered per paragraph and language, so an edit re-checks only what changed.

The key is (checker, language, exact paragraph text); the value is that paragraph's findings
with offsets relative to the paragraph, so a paragraph that moves keeps its entry. Shared by
every session of the process (findings are frozen), bounded, least recently used out first.
"""

from __future__ import annotations

from clearnotice.caches import Recent
from clearnotice.model import Finding

DEFAULT_MAX_ENTRIES = 20_000


class ParagraphCache:
    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES):
        self._entries: Recent[tuple[str, str, str], tuple[Finding, ...]] = Recent(
            "grammar findings per paragraph", max_entries
        )

    def get(self, checker: str, language: str, text: str) -> tuple[Finding, ...] | None:
        return self._entries.get((checker, language, text))

    def put(self, checker: str, language: str, text: str, findings: tuple[Finding, ...]) -> None:
        self._entries.put((checker, language, text), findings)

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
