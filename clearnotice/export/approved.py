"""Which version of a letter may go out: the approved one, or anything else marked as a draft
with the reason in words; an approval with exceptions is used only when the caller accepts them.
The text goes out with the incident's facts filled in (``document_of``), and an approval stops
holding when a fact its text names has changed since. Every export and mail merge is written to
the audit log from here."""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice import approvals, audit, facts
from clearnotice.approval_policy import Override, exceptions_of, not_accepted
from clearnotice.export.document import Document
from clearnotice.export.registry import ExportError
from clearnotice.letters import Letter, Store, Version, belongs, fingerprint


@dataclass(frozen=True)
class Choice:
    """The version an export uses, why it is a draft (None when it is approved), and what its
    approval overrode (empty for a draft or a clean approval)."""

    version: Version
    draft_reason: str | None
    exceptions: tuple[Override, ...] = ()

    def refuse_unaccepted(self, accepted: bool) -> None:
        """ExceptionsNotAccepted when the approval has exceptions nobody accepted for this use."""
        if self.exceptions and not accepted:
            name = f"{self.version.language} v{self.version.number}"
            raise ExceptionsNotAccepted(not_accepted(name, self.exceptions))


class ExceptionsNotAccepted(ExportError):
    """The approved text has exceptions the caller did not accept; the message lists them."""


def choose_version(
    store: Store, letter_id: int, language: str, version_id: int | None = None
) -> Choice:
    """The approved version of ``language``, unless a version is asked for (its own language
    then counts); anything else is a draft, with the reason in words.

    An approval keeps holding when someone saves a newer draft: the approved text is still the
    one legal read. It stops holding when the stored text no longer matches the approved
    fingerprint, and, for a translation, when it translates another source version than the
    approved one (the reader would get different facts from the English).
    """
    letter = get_letter(store, letter_id)
    version = None
    if version_id is not None:
        version = store.get_version(version_id)
        if not belongs(version, letter_id):
            raise ExportError(f"letter {letter_id} has no version with id {version_id}")
        language = version.language
    approved = approvals.approved_version(store, letter_id, language)
    broken = None if approved is None else _why_approval_fails(store, letter, approved)
    if version is None:
        version = approved if approved is not None and broken is None else None
        version = version or store.latest_version(letter_id, language)
        if version is None:
            raise ExportError(f"letter {letter_id} has no {language} text")
    name = f"{version.language} v{version.number}"
    if approved is not None and approved.id == version.id:
        if broken is None:
            overrides = exceptions_of(approvals.latest_approval(store, letter_id, language))
            return Choice(version, None, overrides)
        return Choice(version, f"The approval of {name} no longer holds: {broken}")
    if approved is not None:
        return Choice(version, f"{name} is not the approved version (v{approved.number} is).")
    return Choice(version, f"{name} has not been approved.")


def document_of(store: Store, letter: Letter, choice: Choice) -> Document:
    """The chosen text as a letter, with the incident's facts filled in (a variant's are its
    master's); a customer's own values stay placeholders for the mail merge."""
    version = choice.version
    document = Document.from_markdown(
        version.text, version.language, title=letter.title, draft_reason=choice.draft_reason
    )
    return document.with_facts(facts.facts_of(store, letter.id))


def facts_not_typed(store: Store, letter: Letter, choice: Choice) -> tuple[str, ...]:
    """The incident's facts the chosen text names that are not typed yet (``facts.not_typed``):
    an approved letter exported before its facts were typed would say "{{ discovery_date }}"."""
    return facts.not_typed(choice.version.text, facts.facts_of(store, letter.id))


def _why_approval_fails(store: Store, letter: Letter, approved: Version) -> str | None:
    record = {row["version_id"]: row for row in approvals.approval_record(store, letter.id)}
    row = record.get(approved.id)
    if row is not None and row["sha256"] != fingerprint(approved.text):
        return "its stored text no longer matches the approved fingerprint."
    approval = approvals.latest_approval(store, letter.id, approved.language)
    changed = facts.changes_since(approval.facts or {}, facts.facts_of(store, letter.id))
    if changed:  # the letter would now say what nobody approved
        return " ".join(changed)
    if approved.language == letter.source_language or approved.source_version_id is None:
        return None
    source = approvals.approved_version(store, letter.id, letter.source_language)
    if source is None or source.id != approved.source_version_id:
        translated = store.get_version(approved.source_version_id)
        number = translated.number if translated else "?"
        now = f"v{source.number}" if source else "not approved"
        return (
            f"it translates {letter.source_language} v{number}, but the approved "
            f"{letter.source_language} text is {now}."
        )
    return None


def get_letter(store: Store, letter_id: int) -> Letter:
    letter = store.get_letter(letter_id)
    if letter is None:
        raise ExportError(f"there is no letter {letter_id}")
    return letter


def log_export(store: Store, actor: str, letter_id: int, detail: str) -> None:
    """Write an export (or a mail merge) to the audit log."""
    with store.session() as session, session.begin():
        audit.record(session, actor, "export", letter_id, detail)
