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


# What becomes a version, and when (clearnotice.working_draft): the Edit page's own hint.
_TO_SAVE = (
    "open the letter on the Edit page and click Save version (typing there becomes a version "
    "when you click it or leave the page through the menu)"
)


def nothing_to_translate(store: Store, english: Version, actor: str) -> str | None:
    """Why ``english`` cannot be translated, or None. A letter made blank and pasted into whose
    browser closed before the paste became a version (a closed tab, a reload) left its only
    version empty: translating it saved an empty translation that QA passed, "nothing to flag
    in 0 rows" (found on a walk through the app, 2026-12-01)."""
    if english.text.strip():
        return None
    said = f"English v{english.number} has no text to translate yet."
    if store.working_draft(english.letter_id, english.id, actor=actor) is not None:
        return f"{said} What you typed is kept as a working draft: {_TO_SAVE}, then come back."
    return f"{said} Write the letter on the Edit page first."


def typed_since(store: Store, english: Version, actor: str) -> str | None:
    """What to say when ``actor`` has typed on ``english`` since it was saved and that typing is
    not a version yet: it is not what a translation made now translates (a second tab, or the
    Edit page closed without leaving it through the menu)."""
    draft = store.working_draft(english.letter_id, english.id, actor=actor)
    if draft is None or draft.text == english.text:
        return None
    return (
        f"A translation made here translates English v{english.number}. What you typed on it "
        f"since is a working draft, not a version yet: to translate that, {_TO_SAVE}."
    )
