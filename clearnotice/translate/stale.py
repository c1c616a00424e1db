"""Whether a translation still matches the English: a translation made from an older English
version is stale, and the reviewer sees what changed in the English since, word by word. An
English changed only in its spacing (a double space, a line's trailing spaces, a blank line
more, Windows line ends, a paragraph wrapped otherwise) leaves its translations current."""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice.diffing import Change, word_diff
from clearnotice.letters import Store, Version
from clearnotice.text import blocks


@dataclass(frozen=True)
class Staleness:
    stale: bool
    translated_from: Version | None  # the English version the translation was made from
    latest_source: Version | None
    # the English's track changes from ``translated_from`` to ``latest_source``
    changes: tuple[Change, ...]

    @property
    def unknown_source(self) -> bool:
        """True when the translation does not say which English it translates."""
        return self.translated_from is None


def staleness(store: Store, translation: Version) -> Staleness:
    """Is ``translation`` older than the newest English of its letter, and what changed since."""
    latest = store.latest_version(translation.letter_id)
    source = (
        store.get_version(translation.source_version_id)
        if translation.source_version_id is not None
        else None
    )
    if source is None or latest is None:
        return Staleness(source is None, source, latest, ())
    if source.sha256 == latest.sha256 or _words(source.text) == _words(latest.text):
        return Staleness(False, source, latest, ())
    return Staleness(True, source, latest, word_diff(source.text, latest.text))


def _words(text: str) -> list[tuple[str, int, str]]:
    """What a translation is made from: each block's kind, level and words, their spacing
    aside. A stale translation blocks approval (approval_policy), and the track changes of a
    re-spaced English show nothing for the reviewer to redo; a paragraph split in two still
    counts, as its translation must be split too."""
    return [(b.kind, b.level, " ".join(b.text.split())) for b in blocks(text.replace("\r\n", "\n"))]
