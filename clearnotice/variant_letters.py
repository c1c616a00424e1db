"""Per-state variants stored as letters of their own, so each is reviewed and approved like any
letter: its jurisdictions are the group it serves, its ``master_id`` the letter it is built from.

``sync`` builds the variants of the master's newest text for the master's jurisdictions
(clearnotice.variants) and saves each as the next version of its letter, creating the letter the
first time. A master saved again is synced again (letters.Store does so on every save of a
master that has variants), so an edit of the master flows into every variant as a new version,
and an approval of a variant's older version shows as stale (clearnotice.approvals); what a
reviewer sees of each is clearnotice.variant_review. A variant's
own text is the master's: edit the master, not the variant.

``router`` tells the mail merge which letter each customer row gets: the variant serving the
state or country it names (clearnotice.places), else the master; none when the master has
variants and the row's place cannot be read for sure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select

from clearnotice.schema import Letter, Version

# The guidance, the variant planner and the reading of places (which loads the guidance's
# profiles) are imported where they are used: a mail merge of a letter with no per-state letters
# reaches this module but never needs them, and their import (the review's checks) cost the
# merging process about 60 MB.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from clearnotice.variants import Variant


class Store(Protocol):
    """What variants need of the store (clearnotice.letters.Store, which syncs variants on
    every save of a master, so this module cannot import it back)."""

    def session(self) -> Session: ...
    def get_letter(self, letter_id: int) -> Letter | None: ...
    def latest_version(self, letter_id: int, language: str | None = None) -> Version | None: ...
    def create_letter(self, title: str, text: str, *, actor: str, **details: Any) -> Letter: ...
    def save_version(self, letter_id: int, text: str, **details: Any) -> Any: ...


@dataclass(frozen=True)
class StoredVariant:
    """A variant, the letter that holds it and its newest version."""

    variant: Variant
    letter: Letter
    version: Version
    changed: bool  # this sync saved a new version of it


@dataclass(frozen=True)
class Synced:
    master: Letter
    master_version: Version
    variants: tuple[StoredVariant, ...]
    # Variants whose group no longer exists (the master's jurisdictions changed): kept, with
    # their approvals, but no jurisdiction is served by them any more.
    retired: tuple[Letter, ...]

    def for_jurisdiction(self, code: str) -> StoredVariant | None:
        return next((v for v in self.variants if code in v.variant.jurisdictions), None)


def variant_letters(store: Store, master_id: int) -> list[Letter]:
    """The letters built from ``master_id``, oldest first."""
    with store.session() as s:
        query = select(Letter).where(Letter.master_id == master_id).order_by(Letter.id)
        return list(s.scalars(query))


def known(codes: list[str]) -> list[str]:
    """The codes ClearNotice has a profile for: a stored code it no longer knows (the guidance
    reports it as an error on the letter) has no per-state letter of its own."""
    from clearnotice.guidance import jurisdictions

    profiles = {p.code for p in jurisdictions()}
    return [c for c in codes if c in profiles]


def sync(store: Store, master_id: int, *, actor: str) -> Synced:
    """Build the variants of the master's newest text and save each one that changed."""
    master = store.get_letter(master_id)
    if master is None:
        raise KeyError(f"no letter {master_id}")
    if master.deleted_at is not None:  # deleted in another tab while its page was open
        raise ValueError(
            f"“{master.title}” was deleted, so no per-state letters were built. An admin can "
            "restore it from the Deleted list on the first screen."
        )
    if master.master_id is not None:
        raise ValueError(
            f"Letter {master_id} is itself a variant of letter {master.master_id}: "
            "build variants from the master."
        )
    from clearnotice.variants import plan

    newest = store.latest_version(master_id)
    built = plan(newest.text, known(master.jurisdictions))
    existing = {tuple(sorted(c.jurisdictions)): c for c in variant_letters(store, master_id)}
    origin = f"variant:letter {master_id} v{newest.number}"
    stored = []
    for variant in built.variants:
        letter = existing.pop(variant.jurisdictions, None)
        if letter is None:
            letter = store.create_letter(
                f"{master.title} ({variant.name})",
                variant.text,
                actor=actor,
                source_language=master.source_language,
                origin=origin,
                jurisdictions=list(variant.jurisdictions),
                master_id=master_id,
            )
            stored.append(StoredVariant(variant, letter, store.latest_version(letter.id), True))
            continue
        if letter.deleted_at is not None:  # set aside: it takes no text (letters.writable)
            continue
        before = store.latest_version(letter.id)
        # The master's edit is the choice to change the variant: a variant approved before
        # gets its new text as a new draft, and its approval shows as stale.
        saved = store.save_version(
            letter.id,
            variant.text,
            base_version_id=before.id,
            actor=actor,
            origin=origin,
            new_draft=True,
        )
        stored.append(StoredVariant(variant, letter, saved.version, saved.created))
    return Synced(master, newest, tuple(stored), tuple(existing.values()))


MASTER = "the master letter"  # how the merge's manifest and summaries name it


@dataclass(frozen=True)
class Route:
    """The letter a customer gets, and why, for the mail-merge manifest; ``letter_id`` None when
    the row is held because where the customer lives cannot be read for sure."""

    letter_id: int | None
    jurisdiction: str  # "" when the row names no place a profile knows
    reason: str


@dataclass(frozen=True)
class Router:
    """Which letter each customer row of a master's mail merge gets, read once per merge."""

    master_id: int
    # the letters serving the master's jurisdictions now (retired ones serve no one; a deleted
    # one holds its customers)
    variants: tuple[Letter, ...]

    def route(self, row: dict[str, str]) -> Route:
        """The variant serving the state or country the row names, else the master letter;
        when the master has variants and the row's place is unreadable or ambiguous, or its
        variant was deleted, no letter: the master would break that state's law if the customer
        lives there."""
        if not self.variants:
            return Route(self.master_id, "", f"{MASTER}: it has no per-state letters")
        from clearnotice.places import read_place

        place = read_place(row)
        if place.problem:
            return Route(None, "", f"{place.problem}: the letter depends on the state")
        served = next((v for v in self.variants if place.code in v.jurisdictions), None)
        if served is not None and served.deleted_at is not None:
            # neither the set-aside letter nor the master, which lacks this state's content
            reason = f"{name_of(served)} was deleted: restore it to send these customers a letter"
            return Route(None, place.code, f"{place.code}: {reason}")
        if served is not None:
            return Route(served.id, place.code, f"{place.code}: {name_of(served)}")
        where = place.code or "a country with no jurisdiction of its own"
        return Route(self.master_id, place.code, f"{where}: no per-state letter, {MASTER}")


def router(store: Store, master_id: int) -> Router:
    """The routing of ``master_id``'s mail merge: its variants for its jurisdictions now."""
    stored = variant_letters(store, master_id)
    if not stored:
        return Router(master_id, ())
    from clearnotice.variants import plan

    master = store.get_letter(master_id)
    groups = {
        v.jurisdictions
        for v in plan(store.latest_version(master_id).text, known(master.jurisdictions)).variants
    }
    return Router(master_id, tuple(v for v in stored if tuple(sorted(v.jurisdictions)) in groups))


def name_of(letter: Letter) -> str:
    """How the manifest and the summaries name a variant: "the letter for CA, TX"."""
    return f"the letter for {', '.join(letter.jurisdictions)}"
