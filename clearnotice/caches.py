"""The core's in-memory caches: one kind, bounded and safe when sessions share it.

Streamlit serves every session from one process, in threads, so a cache the core keeps is
shared by every user at once. Each cache is a :class:`Recent`: a bounded map, least recently used
out first, whose every change happens under its lock (a hand-rolled dict evicting
``next(iter(d))`` raises when two threads evict together). Pure functions of what a text says (a
letter, a paragraph, a line, a word) keep their results with :func:`of_text`, a
``functools.lru_cache``, which is thread-safe already. Both register themselves, so
:func:`clear_all` empties every result worked out from a text in one place (a benchmark's fresh
letter, a test that must see a letter read anew), not by a list of caches kept beside each.

What is slow to work out and the same in every process (what the prefilter reads off the rule
patterns, the syllables of the pronouncing dictionary) is also kept on disk by :func:`on_disk`,
so a restarted app does not work it out again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")

# Weak, so a cache made for one service object goes when the object goes.
_ALL: weakref.WeakSet[Recent] = weakref.WeakSet()


class Recent(Generic[Key, Value]):
    """A bounded, thread-safe map of recent results.

    ``of_text=False`` marks a cache of what the program's rules and files give whatever letter
    is read (a review's set-up, the conflicts of a selection's rules, a narrowing compiled for a
    wording): a warm process keeps those for every letter, so :func:`clear_all` keeps them."""

    def __init__(self, name: str, max_entries: int, *, of_text: bool = True):
        self.name = name
        self.max_entries = max_entries
        self.of_text = of_text
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


# The lru_caches of of_text; weak, as a speller's own goes with the speller.
_OF_TEXT: weakref.WeakSet[Callable] = weakref.WeakSet()


def of_text(maxsize: int) -> Callable[[Callable], Callable]:
    """``functools.lru_cache(maxsize)`` for a pure function of what a text says, registered so
    :func:`clear_all` empties it too. Not for what is read from the program's own files (rules,
    word lists): those are the same for every letter, and reading them again proves nothing."""

    def kept(function: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(function)
        _OF_TEXT.add(cached)
        return cached

    return kept


def clear_all() -> None:
    """Empty every cache the core holds of what it worked out from a text: a reading after it
    works everything out afresh (a test that must see a letter scanned, not taken from an
    earlier test's review; a benchmark's new letter). What the rules give every letter (a
    ``Recent`` made with ``of_text=False``) stays, as in a warm process."""
    for cache in all_caches():
        if cache.of_text:
            cache.clear()
    for function in list(_OF_TEXT):
        function.cache_clear()


# --- kept on disk --------------------------------------------------------------------------

CACHE_DIR_ENV = "CLEARNOTICE_CACHE_DIR"
_KEPT_PER_KIND = 4  # files of one kind kept: a few checkouts or rule versions side by side


def cache_dir() -> Path:
    """Where results kept on disk live: $CLEARNOTICE_CACHE_DIR, else the user's cache folder
    (``$XDG_CACHE_HOME/clearnotice``, by default ``~/.cache/clearnotice``)."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "clearnotice"


def fingerprint(parts: Iterable[str | bytes]) -> str:
    """A key that changes when any of ``parts`` does (each part is framed by its length, so
    moving text from one part to the next changes it too)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:32]


def on_disk(kind: str, key: str, make: Callable[[], Any], folder: Path | None = None) -> Any:
    """The JSON value ``make()`` returns, kept in ``<folder>/<kind>-<key>.json``.

    The key must name everything the value depends on (the inputs and the code that reads
    them, see :func:`fingerprint`), so a stored value is never stale: a changed input is a new
    file. A file that cannot be read or written is worked out again, as if there were no cache.
    """
    found = read_stored(kind, key, folder)
    if found is None:
        found = make()
        store(kind, key, found, folder)
    return found


def read_stored(kind: str, key: str, folder: Path | None = None) -> Any:
    """What :func:`store` kept under ``kind`` and ``key``, or None."""
    try:
        return json.loads(((folder or cache_dir()) / f"{kind}-{key}.json").read_bytes())
    except (OSError, ValueError):
        return None


def store(kind: str, key: str, value: Any, folder: Path | None = None) -> None:
    """Keep ``value`` (JSON) under ``kind`` and ``key``. The file is written whole and renamed
    into place, so two processes starting together never read half of one; a folder that
    cannot be written (a read-only home) keeps nothing."""
    folder = folder or cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=folder, suffix=".tmp", delete=False) as out:
            json.dump(value, out, separators=(",", ":"))
        os.replace(out.name, folder / f"{kind}-{key}.json")
        _forget_old(folder, kind)
    except OSError:
        pass


def _forget_old(folder: Path, kind: str) -> None:
    """Remove all but the newest files of ``kind`` (older rules, other checkouts)."""
    kept = sorted(folder.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[_KEPT_PER_KIND:]:
        old.unlink(missing_ok=True)


class DiskMap:
    """A map of names to JSON values kept on disk under ``kind`` and ``key`` (:func:`store`),
    for values worked out one name at a time: what is missing is worked out and added, and
    :meth:`save` writes the entries this process used, so a name no longer used is dropped.

    Get one with :func:`disk_map`: every part of the process shares it, and its lock.
    """

    def __init__(self, kind: str, key: str, folder: Path | None):
        self.kind, self.key, self.folder = kind, key, folder
        self._lock = threading.Lock()
        stored = read_stored(kind, key, folder)
        self._stored: dict[str, Any] = stored if isinstance(stored, dict) else {}
        self._used: dict[str, Any] = {}
        self._new = False

    def get_or_make(self, name: str, make: Callable[[], Any]) -> Any:
        with self._lock:
            found = self._used.get(name, self._stored.get(name))
        if found is None:
            found = make()
            with self._lock:
                self._new = True
        with self._lock:
            self._used[name] = found
        return found

    def save(self) -> None:
        """Write the entries used so far, if any was new."""
        with self._lock:
            if not self._new:
                return
            self._new = False
            value = dict(self._used)
        store(self.kind, self.key, value, self.folder)


_maps: dict[tuple[str, str, Path | None], DiskMap] = {}
_maps_lock = threading.Lock()


def disk_map(kind: str, key: str, folder: Path | None = None) -> DiskMap:
    """The process's one :class:`DiskMap` of ``kind`` and ``key`` (in ``folder``, else the
    cache folder)."""
    with _maps_lock:
        if (kind, key, folder) not in _maps:
            _maps[kind, key, folder] = DiskMap(kind, key, folder)
        return _maps[kind, key, folder]
