"""What a running merge has finished, kept on disk so that a merge stopped midway resumes where
it stopped, without writing a letter twice or losing one.

Each rendered chunk of letters becomes a small ZIP of its own (a segment) holding the letters
and ``rows.json``, the rows it settles; it is written under a temporary name and renamed, so a
segment on disk is always whole. ``merge.json`` holds the merge's fingerprint (the list, the
approved texts, the options): a merge resumes only if nothing changed. When every row is done
the final ZIP is put together from the segments, in order, and the folder is removed.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

FINGERPRINT = "merge.json"
ROWS = "rows.json"
_SEGMENT = "segment-{:06d}.zip"


class JournalError(ValueError):
    """A merge that cannot start or resume as asked; the message says what to do."""


class Journal:
    """The segments folder of one merge."""

    def __init__(self, folder: Path):
        self.folder = folder

    @classmethod
    def open(cls, folder: Path, fingerprint: str, *, resume: bool) -> Journal:
        """The folder of a new merge, or with ``resume`` of the unfinished one already there."""
        if folder.exists():
            if not resume:
                raise JournalError(
                    f"an unfinished merge is in {folder}: resume it (clearnotice merge --resume "
                    f"{folder.parent}), or delete that folder to start again"
                )
            saved = folder / FINGERPRINT
            if not saved.exists() or saved.read_text(encoding="utf-8") != fingerprint:
                raise JournalError(
                    f"the list, the letter's approved text or the merge's options changed since "
                    f"the merge in {folder} started, so it cannot be resumed: delete that folder "
                    "to start again"
                )
            return cls(folder)
        if resume:
            raise JournalError(f"there is no unfinished merge to resume in {folder.parent}")
        folder.mkdir(parents=True)
        (folder / FINGERPRINT).write_text(fingerprint, encoding="utf-8")
        return cls(folder)

    def segments(self) -> list[Path]:
        return sorted(self.folder.glob(_SEGMENT.replace("{:06d}", "*")))

    def done(self) -> dict[int, tuple[str, str]]:
        """Every row a segment settled: its index -> (letter file, error or "")."""
        settled: dict[int, tuple[str, str]] = {}
        for segment in self.segments():
            with zipfile.ZipFile(segment) as archive:
                for index, file, error in json.loads(archive.read(ROWS)):
                    settled[index] = (file, error)
        return settled

    def write(self, rows: list[tuple[int, str, bytes, str]]) -> None:
        """One segment: (row index, letter file, its bytes, error) for each row of a chunk."""
        number = len(self.segments()) + 1
        path = self.folder / _SEGMENT.format(number)
        partial = path.with_name(path.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            for _index, file, data, error in rows:
                if not error:
                    archive.writestr(file, data)
            archive.writestr(ROWS, json.dumps([[i, f, e] for i, f, _d, e in rows]))
        os.replace(partial, path)

    def combine(self, archive: zipfile.ZipFile) -> None:
        """Copy every letter of every segment into ``archive``, in the order they were made."""
        for segment in self.segments():
            with zipfile.ZipFile(segment) as part:
                for info in part.infolist():
                    if info.filename != ROWS:
                        archive.writestr(info, part.read(info))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
