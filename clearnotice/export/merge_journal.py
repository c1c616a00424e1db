"""What a running merge has finished, kept on disk so that a merge stopped midway resumes where
it stopped, without writing a letter twice or losing one.

Each rendered chunk of letters becomes a small ZIP of its own (a segment) holding the letters
and ``rows.json``, the rows it settles; it is written under a temporary name and renamed, so a
segment on disk is always whole. ``merge.json`` holds the merge's fingerprint (the list, the
approved texts, the options): a merge resumes only if nothing changed. When every row is done
the final ZIP is put together from the segments, in order, and the folder is removed.

The folder is on this machine's disk, or, for a merge on a cluster (``cluster_merge``), on any
fsspec file system every worker reaches: each worker writes the segments of its own chunks.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import json
import os
import posixpath
import re
import secrets
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Protocol

FINGERPRINT = "merge.json"
ROWS = "rows.json"
LOCK = "merge.lock"  # held by the process merging now (Journal.held)
STARTED = "started.json"  # who started the merge, for which letter (merge_stopped lists it)
# A segment's number orders it; the token after it is the writer's own, so a chunk a stopped
# merge's worker finishes late can never replace one the resumed merge wrote under that number.
_SEGMENT = "segment-{:06d}-{}.zip"
_NUMBER = re.compile(r"segment-(\d+)-[0-9a-f]+\.zip$")
PARTS = ".parts"  # the journal of <name>.zip is the folder <name>.zip.parts beside it


class JournalError(ValueError):
    """A merge that cannot start or resume as asked; the message says what to do."""


class Files(Protocol):
    """The file operations a journal uses, as fsspec's file systems name them."""

    def exists(self, path: str) -> bool: ...
    def makedirs(self, path: str, exist_ok: bool = False) -> None: ...
    def open(self, path: str, mode: str = "rb") -> IO[bytes]: ...
    def glob(self, pattern: str) -> list[str]: ...
    def mv(self, source: str, target: str) -> None: ...
    def rm(self, path: str, recursive: bool = False) -> None: ...


class Disk:
    """Those operations on this machine's disk, so a local merge needs no fsspec (it comes with
    the ``cluster`` extra)."""

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def makedirs(self, path: str, exist_ok: bool = False) -> None:
        os.makedirs(path, exist_ok=exist_ok)

    def open(self, path: str, mode: str = "rb") -> IO[bytes]:
        return open(path, mode)  # noqa: SIM115 (the caller closes it)

    def glob(self, pattern: str) -> list[str]:
        return glob.glob(pattern)

    def mv(self, source: str, target: str) -> None:
        os.replace(source, target)

    def rm(self, path: str, recursive: bool = False) -> None:
        if recursive:
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)


class Journal:
    """The segments folder of one merge."""

    def __init__(self, folder: str | Path, files: Files | None = None):
        self.folder = str(folder)
        self.files = files or Disk()

    @classmethod
    def open(
        cls,
        folder: str | Path,
        fingerprint: str,
        *,
        resume: bool,
        files: Files | None = None,
        started: dict[str, object] | None = None,
    ) -> Journal:
        """The folder of a new merge, or with ``resume`` of the unfinished one already there.
        ``started`` (who, for which letter) is kept with a new one, for the list of stopped
        merges and the audit line of its removal."""
        journal = cls(folder, files)
        where = posixpath.dirname(journal.folder.rstrip("/")) or "."
        if journal.files.exists(journal.folder):
            if not resume:
                raise JournalError(
                    f"an unfinished merge is in {journal.folder}: resume it (clearnotice merge "
                    f"--resume {where}), or delete that folder to start again"
                )
            if journal._read(FINGERPRINT) != fingerprint:
                raise JournalError(
                    f"the list, the letter's approved text or the merge's options changed since "
                    f"the merge in {journal.folder} started, so it cannot be resumed: delete that "
                    "folder to start again"
                )
            return journal
        if resume:
            raise JournalError(f"there is no unfinished merge to resume in {where}")
        journal.files.makedirs(journal.folder, exist_ok=True)
        with journal.files.open(journal._path(STARTED), "wb") as out:
            out.write(json.dumps(started or {}).encode("utf-8"))
        with journal.files.open(journal._path(FINGERPRINT), "wb") as out:
            out.write(fingerprint.encode("utf-8"))
        return journal

    def started(self) -> dict[str, object]:
        """What ``open`` kept of who started the merge; empty for a journal older than that."""
        return json.loads(self._read(STARTED) or "{}")

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """The journal for this merge alone while it runs. Two people merging one list with the
        same options share its journal (the Export page names a merge by what it merges, so a
        second click resumes a stopped one): the second resumed the running merge, and the
        first to finish removed the folder under the other. An exclusive ``flock`` on a file
        in the folder, released when the merge ends or its process dies, refuses the second.
        A cluster's file system has no such lock; its merges start from one command line.

        Holding it marks the journal used now (the lock file's time): a stopped merge is kept
        for resuming for a time counted from its last use (``merge_stopped.KEEP``), and is
        never removed while it is held."""
        if not isinstance(self.files, Disk):
            yield
            return
        name = posixpath.basename(self.folder.removesuffix(PARTS))
        removed = f"the stopped merge of {name} was just removed: merge again"
        try:
            lock = open(self._path(LOCK), "ab")  # noqa: SIM115 (closed below, lock and all)
        except FileNotFoundError:  # removed (discarded, swept) since it was opened
            raise JournalError(removed) from None
        with lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise JournalError(
                    f"{name} is being merged now, by someone else or in another tab: wait for "
                    "that merge to finish"
                ) from None
            if not os.path.exists(self._path(FINGERPRINT)):  # removed while the lock was taken
                raise JournalError(removed)
            os.utime(self._path(LOCK))
            yield

    def busy(self) -> bool:
        """Whether a merge holds the journal now (``held``); asked without marking it used."""
        try:
            lock = os.open(self._path(LOCK), os.O_RDONLY)
        except FileNotFoundError:  # no merge has held it (or it is being removed)
            return False
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(lock)  # (closing releases a lock taken)
        return False

    def last_used(self) -> float:
        """When the merge last ran or wrote a segment (seconds since the epoch), on this disk."""
        times = [0.0]
        for entry in os.scandir(self.folder):
            with contextlib.suppress(FileNotFoundError):  # a segment's ".part", renamed just now
                times.append(entry.stat().st_mtime)
        return max(times)

    def _path(self, name: str) -> str:
        return posixpath.join(self.folder, name)

    def _read(self, name: str) -> str | None:
        if not self.files.exists(self._path(name)):
            return None
        with self.files.open(self._path(name), "rb") as saved:
            return saved.read().decode("utf-8")

    def segments(self) -> list[str]:
        """The segments on disk, in the order their chunks were handed out."""
        found = self.files.glob(self._path("segment-*.zip"))
        return sorted((p for p in found if _NUMBER.search(p)), key=lambda p: (_number(p), p))

    def numbers(self) -> set[int]:
        """The numbers of the segments on disk."""
        return {_number(path) for path in self.segments()}

    def next_number(self) -> int:
        """The number after every segment on disk: a resumed merge's chunks follow them."""
        return max(self.numbers(), default=0) + 1

    def done(self) -> dict[int, tuple[str, str]]:
        """Every row a segment settled: its index -> (letter file, error or "")."""
        settled: dict[int, tuple[str, str]] = {}
        for segment in self.segments():
            with self.files.open(segment, "rb") as raw, zipfile.ZipFile(raw) as archive:
                for index, file, error in json.loads(archive.read(ROWS)):
                    settled[index] = (file, error)
        return settled

    def write(self, rows: list[tuple[int, str, bytes, str]], number: int | None = None) -> None:
        """One segment: (row index, letter file, its bytes, error) for each row of a chunk.
        ``number`` places it among the others (workers of a cluster write theirs at once);
        by default it follows every segment on disk."""
        path = self._path(_SEGMENT.format(number or self.next_number(), secrets.token_hex(4)))
        partial = path + ".part"
        try:
            with (
                self.files.open(partial, "wb") as raw,
                zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive,
            ):
                for _index, file, data, error in rows:
                    if not error:
                        archive.writestr(file, data)
                archive.writestr(ROWS, json.dumps([[i, f, e] for i, f, _d, e in rows]))
        except BaseException:  # a full disk, a stop: the chunk is rendered again on resuming
            self._discard(partial)
            raise
        self.files.mv(partial, path)

    def assemble(
        self, manifest_name: str, manifest: bytes, then: Callable[[], None] = lambda: None
    ) -> str:
        """Put the merge's ZIP together beside the folder (every segment's letters in order,
        then the manifest) and remove the folder; returns the ZIP's path. Half a ZIP never
        passes for a merge: it is written under a temporary name and renamed. ``then`` runs
        once it is written whole and before the rename (the merge's audit line, as
        ``commands.invocation.write_file`` logs an export): if it raises, or the process is
        killed before the rename, no ZIP is left and the folder is kept."""
        target = self.folder.removesuffix(PARTS)
        partial = target + ".part"
        try:
            with (
                self.files.open(partial, "wb") as raw,
                zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive,
            ):
                self._combine(archive)
                archive.writestr(manifest_name, manifest, zipfile.ZIP_DEFLATED)
            then()
        except BaseException:
            self._discard(partial)
            raise
        self.files.mv(partial, target)
        self.remove()
        return target

    def remove(self) -> None:
        """Remove the folder and every segment in it."""
        self.files.rm(self.folder, recursive=True)

    def _discard(self, partial: str) -> None:
        """Remove a file left half-written; one that cannot be removed (the disk failing) is
        left, under its temporary name, which no merge takes for a finished one."""
        try:
            if self.files.exists(partial):
                self.files.rm(partial)
        except OSError:
            pass

    def _combine(self, archive: zipfile.ZipFile) -> None:
        """Copy every letter of every segment into ``archive``, in the order they were made,
        each once (a chunk finished late by a stopped merge's worker may hold it again)."""
        copied = {ROWS}
        for segment in self.segments():
            with self.files.open(segment, "rb") as raw, zipfile.ZipFile(raw) as part:
                for info in part.infolist():
                    if info.filename not in copied:
                        copied.add(info.filename)
                        archive.writestr(info, part.read(info))


def _number(path: str) -> int:
    return int(_NUMBER.search(path).group(1))
