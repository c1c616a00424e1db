"""Whether a translation still matches the English: a translation made from an older English
version is stale, and the reviewer sees what changed in the English since."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from clearnotice.letters import Store, Version


@dataclass(frozen=True)
class Staleness:
    stale: bool
    translated_from: Version | None  # the English version the translation was made from
    latest_source: Version | None
    diff: str  # unified diff of the English from ``translated_from`` to ``latest_source``

    @property
    def unknown_source(self) -> bool:
        """True when the translation does not say which English it translates."""
        return self.translated_from is None


def english_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), old_label, new_label, lineterm="", n=1
    )
    return "\n".join(lines)


def staleness(store: Store, translation: Version) -> Staleness:
    """Is ``translation`` older than the newest English of its letter, and what changed since."""
    latest = store.latest_version(translation.letter_id)
    source = (
        store.get_version(translation.source_version_id)
        if translation.source_version_id is not None
        else None
    )
    if source is None or latest is None:
        return Staleness(source is None, source, latest, "")
    if source.id == latest.id or source.sha256 == latest.sha256:
        return Staleness(False, source, latest, "")
    diff = english_diff(
        source.text, latest.text, f"English v{source.number}", f"English v{latest.number}"
    )
    return Staleness(True, source, latest, diff)
