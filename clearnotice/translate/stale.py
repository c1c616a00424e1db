"""Whether a translation still matches the English: a translation made from an older English
version is stale, and the reviewer sees what changed in the English since, word by word."""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice.diffing import Change, word_diff
from clearnotice.letters import Store, Version


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
    if source.id == latest.id or source.sha256 == latest.sha256:
        return Staleness(False, source, latest, ())
    return Staleness(True, source, latest, word_diff(source.text, latest.text))
