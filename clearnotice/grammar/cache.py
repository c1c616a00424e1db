"""Findings remembered per paragraph and language, so an edit re-checks only what changed.

The key is (checker, language, exact paragraph text); the value is that paragraph's findings
with offsets relative to the paragraph, so a paragraph that moves keeps its entry. Shared by
every session of the process (findings are frozen), bounded, least recently used out first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from clearnotice.model import Finding

DEFAULT_MAX_ENTRIES = 20_000


class ParagraphCache:
    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES):
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str, str], tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, checker: str, language: str, text: str) -> tuple[Finding, ...] | None:
        key = (checker, language, text)
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, checker: str, language: str, text: str, findings: tuple[Finding, ...]) -> None:
        with self._lock:
            self._entries[(checker, language, text)] = findings
            self._entries.move_to_end((checker, language, text))
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
