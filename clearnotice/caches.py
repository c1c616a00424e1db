"""The core's in-memory caches: one kind, bounded and safe when sessions share it.

Streamlit serves every session from one process, in threads, so a cache the core keeps is
shared by every user at once. Each cache is a :class:`Recent`: a bounded map, least recently used
out first, whose every change happens under its lock (a hand-rolled dict evicting
``next(iter(d))`` raises when two threads evict together). Every cache registers itself,
so :func:`all_caches` lists them in one place and benchmarks can empty them all. Pure functions
of one argument use ``functools.lru_cache``, which is thread-safe already.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")

# Weak, so a cache made for one service object goes when the object goes.
_ALL: weakref.WeakSet[Recent] = weakref.WeakSet()


class Recent(Generic[Key, Value]):
    """A bounded, thread-safe map of recent results."""

    def __init__(self, name: str, max_entries: int):
        self.name = name
        self.max_entries = max_entries
        self._entries: OrderedDict[Key, Value] = OrderedDict()
        self._lock = threading.Lock()
        _ALL.add(self)

    def get(self, key: Key) -> Value | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: Key, value: Value) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def get_or_make(self, key: Key, make: Callable[[], Value]) -> Value:
        """The value for ``key``, made (outside the lock, as making may be slow) when missing.
        Two sessions missing at once both make it; the results are equal, so either may stay."""
        found = self.get(key)
        if found is None:
            found = make()
            self.put(key, found)
        return found

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def all_caches() -> list[Recent]:
    """Every cache the core holds now, by name."""
    return sorted(_ALL, key=lambda cache: cache.name)
