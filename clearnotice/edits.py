"""Changing a letter by a click: a finding's fix, a checklist item's paragraph, an older version
restored. Each is saved as a new version whose origin says what made it (``fix:<rule id>``,
``restore:v<number>``) and comes back with the version that undoes it, so the live editor, the
guidance tab and the grammar tab apply, save and offer undo the same way.

Text the user typed and has not saved yet is saved first, as their own version: the history
then shows the fix as a version of its own, and undoing the fix keeps the typing.
"""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice import fixes
from clearnotice.checks.outcome import ChecklistItem
from clearnotice.letters import SaveResult, Store, Version, belongs
from clearnotice.model import Finding
from clearnotice.permissions import logs_refusal

STALE = "That fix was not applied: the text changed under it. Nothing was replaced."


class EditRefused(ValueError):
    """Nothing was changed; the message says why in words the user reads. ``typed`` is the save
    of the user's typing when that went through before the fix was refused: the screen follows
    it."""

    def __init__(self, message: str, typed: SaveResult | None = None):
        super().__init__(message)
        self.typed = typed


@dataclass(frozen=True)
class Edit:
    """What a click saved (``saved.version`` is the text to show now) and how to take it back:
    saving ``undo_to`` again as the newest version. ``label`` names the change for the undo
    button: the rule whose fix it was, or the version restored."""

    saved: SaveResult
    undo_to: Version
    label: str

    @property
    def undo_help(self) -> str:
        return f"Saves version {self.undo_to.number} again as the newest version."


@logs_refusal("apply a fix")
def apply_fix(
    store: Store,
    letter_id: int,
    version: Version,
    text: str,
    finding: Finding,
    replacement: str,
    actor: str,
) -> Edit:
    """Replace ``finding``'s words in ``text`` (``actor``'s edit of ``version``) with
    ``replacement``, only if its span still holds them and ``version`` is this letter's."""
    try:
        fixed = fixes.apply_suggestion(text, finding, replacement)
    except fixes.StaleFindingError:
        raise EditRefused(STALE) from None
    return _save_fix(store, letter_id, version, text, fixed, finding.rule_id, actor)


@logs_refusal("apply a fix")
def apply_all(
    store: Store,
    letter_id: int,
    version: Version,
    text: str,
    findings: tuple[Finding, ...],
    actor: str,
) -> Edit:
    """Replace every one of ``findings`` (one rule's, each with one replacement: see
    ``fixes.one_way``) in ``text`` in one new version, undone by one click; refused whole when
    any of their spans no longer holds its words."""
    rules = {f.rule_id for f in findings}
    if len(rules) != 1 or len(fixes.one_way(findings)) != len(findings):
        raise EditRefused("Not applied: these findings cannot all be fixed by one click.")
    try:
        fixed = fixes.apply_all(text, findings)
    except fixes.StaleFindingError:
        raise EditRefused(STALE) from None
    return _save_fix(store, letter_id, version, text, fixed, rules.pop(), actor)


@logs_refusal("apply a fix")
def insert_item(
    store: Store, letter_id: int, version: Version, text: str, item: ChecklistItem, actor: str
) -> Edit:
    """Add a missing checklist item's suggested paragraph, before the closing."""
    fixed = fixes.insert_paragraph(text, item.suggestion)
    return _save_fix(store, letter_id, version, text, fixed, item.rule_id, actor)


@logs_refusal("restore a version")
def restore(
    store: Store,
    letter_id: int,
    older: Version,
    base_version_id: int | None,
    actor: str,
    text: str | None = None,
) -> Edit:
    """Save ``older``'s text again as the newest version; undone by saving the version the
    user had (``base_version_id``) again. ``text``, what the user had on screen, is saved
    first when it differs from that version (their working draft): undoing keeps the typing.
    Refused (EditRefused) when ``older`` or the user's version is not a version of this letter,
    or ``older`` is of another language than the user's version."""
    before = _version(store, base_version_id)
    _refuse_foreign(letter_id, older, "Not restored", before.language if before else None)
    if before is not None:
        _refuse_foreign(letter_id, before, "Not restored")
    if before is not None and text is not None:
        before = _save_typed(
            store, letter_id, before, text, actor, "the older version was not restored"
        )
    base_version_id = before.id if before is not None else base_version_id
    origin = f"restore:v{older.number}"
    saved = _saved(store, letter_id, older.text, base_version_id, actor, origin, older.language)
    return Edit(saved, before or older, f"v{older.number}")


def _refuse_foreign(
    letter_id: int, version: Version | None, not_done: str, language: str | None = None
) -> None:
    """EditRefused, saying ``not_done``, when ``version`` is not a version of letter
    ``letter_id`` (or not of ``language``, when given). Every click names its versions by id,
    from a screen's state or a kept undo: a wrong one must never put another customer's letter,
    or a translation, over this text, nor start a language this letter lacks."""
    if not belongs(version, letter_id):
        which = f"version {version.id}" if version is not None else "that version"
        raise EditRefused(f"{not_done}: {which} is not a version of this letter.")
    if language is not None and version.language != language:
        raise EditRefused(
            f"{not_done}: v{version.number} is the {version.language} text, and this is the "
            f"{language} text."
        )


def _save_fix(
    store: Store, letter_id: int, version: Version, text: str, fixed: str, rule_id: str, actor: str
) -> Edit:
    _refuse_foreign(letter_id, version, "Not applied")
    before = _save_typed(store, letter_id, version, text, actor, "the fix was not applied")
    saved = _saved(store, letter_id, fixed, before.id, actor, f"fix:{rule_id}", before.language)
    return Edit(saved, before, rule_id)


def _save_typed(
    store: Store, letter_id: int, version: Version, text: str, actor: str, not_done: str
) -> Version:
    """``text``, typed on ``version`` and not a version yet, saved as one before a click changes
    it; the version the click then builds on. EditRefused when the save merged it with someone
    else's edit: the text moved under the click, which is ``not_done``."""
    if text == version.text:
        return version
    typed = _saved(store, letter_id, text, version.id, actor, "typed", version.language)
    if typed.merged_with is not None or typed.conflict_with is not None:
        raise EditRefused(
            f"Your typing was saved, together with an edit someone else made meanwhile; "
            f"{not_done}, as the text moved under it. Choose it again.",
            typed,
        )
    return typed.version


def _saved(
    store: Store,
    letter_id: int,
    text: str,
    base_version_id: int | None,
    actor: str,
    origin: str,
    language: str,
) -> SaveResult:
    """``text`` saved as a version of ``language``: the language of the version it was made on,
    never the letter's source language by default (a translation's fix stays a translation)."""
    try:
        return store.save_version(
            letter_id,
            text,
            base_version_id=base_version_id,
            actor=actor,
            origin=origin,
            language=language,
        )
    except ValueError as refused:  # the text cannot be stored, or the account may not edit
        raise EditRefused(f"Not saved: {refused}") from None


def _version(store: Store, version_id: int | None) -> Version | None:
    return store.get_version(version_id) if version_id is not None else None
