"""Exporting one letter: which version goes out (the approved one, or a draft marked DRAFT),
in which format, and the approval record as JSON. Every export is written to the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from clearnotice.approval_policy import describe_all
from clearnotice.export.approved import choose_version, document_of, get_letter, log_export
from clearnotice.export.file_names import file_stem
from clearnotice.export.layouts import STANDARD, apply_layout, style_for
from clearnotice.export.registry import (
    FORMATS,
    ExportError,
    LetterFormat,
    RecordFormat,
    get_format,
    render,
)
from clearnotice.letters import Letter, Store, Version
from clearnotice.permissions import logs_refusal

__all__ = ["FORMATS", "Export", "ExportError", "choose_version", "export_letter", "render"]


@dataclass(frozen=True)
class Export:
    data: bytes
    filename: str
    media_type: str
    version: Version | None
    draft_reason: str | None
    notes: tuple[str, ...] = ()
    detail: str = ""  # what the audit log says was exported


@logs_refusal("export")
def export_letter(store: Store, letter_id: int, *, actor: str, **options) -> Export:
    """Export one version of a letter (the approved one by default) and log it; ``options``
    are ``prepare_export``'s (fmt, language, version_id, layout, accept_exceptions)."""
    result = prepare_export(store, letter_id, actor=actor, **options)
    log_export(store, actor, letter_id, result.detail)
    return result


@logs_refusal("export")
def prepare_export(
    store: Store,
    letter_id: int,
    *,
    fmt: str,
    actor: str,
    language: str | None = None,
    version_id: int | None = None,
    layout: str = STANDARD,
    accept_exceptions: bool = False,
) -> Export:
    """What ``export_letter`` makes, not yet logged: for a caller that logs it once the file
    is safely written (the command line), so a failed write is never recorded as an export.
    A refusal is in the audit log, once (inside export_letter, as its refusal).

    Approved text whose approval has exceptions is refused (ExceptionsNotAccepted, listing
    them) unless ``accept_exceptions``: whoever sends it must have seen what was overridden.
    """
    letter = get_letter(store, letter_id)
    chosen = get_format(fmt)
    style_for(layout)
    if isinstance(chosen, RecordFormat):  # what was approved stays readable after a deletion
        data = chosen.render(store, letter_id, actor)
        filename = f"{file_stem(letter.title.lower())}-{chosen.stem}.{chosen.extension}"
        detail = f"approval record ({chosen.name})"
        return Export(data, filename, chosen.media_type, None, None, (), detail)
    if letter.deleted_at is not None:  # set aside: nothing of it goes out until restored
        raise ExportError(
            f"“{letter.title}” was deleted, so it is not exported. An admin can restore it from "
            "the Deleted list on the first screen."
        )
    return _letter_export(store, letter, chosen, language, version_id, layout, accept_exceptions)


def _letter_export(
    store: Store,
    letter: Letter,
    chosen: LetterFormat,
    language: str | None,
    version_id: int | None,
    layout: str,
    accept_exceptions: bool,
) -> Export:
    language = language or letter.source_language
    choice = choose_version(store, letter.id, language, version_id)
    choice.refuse_unaccepted(accept_exceptions)
    version = choice.version
    document = document_of(store, letter, choice)
    notes = list(apply_layout(document, layout)[1])
    left = document.placeholders()
    if left:
        notes.append(
            "This text still has placeholders ("
            + ", ".join(f"{{{{ {name} }}}}" for name in left)
            + "): fill them with a mail merge before sending it."
        )
    latest = store.latest_version(letter.id, version.language)
    if latest is not None and latest.number > version.number:
        notes.append(
            f"{version.language} v{latest.number} was saved after v{version.number}; "
            "it is not what this file holds."
        )
    data = chosen.render(document, layout)
    mark = "-DRAFT" if choice.draft_reason else ""
    stem = file_stem(letter.title.lower())
    filename = f"{stem}-{version.language}-v{version.number}{mark}.{chosen.extension}"
    state = "DRAFT" if choice.draft_reason else "approved"
    if choice.exceptions:
        state = f"approved with exceptions, accepted: {describe_all(choice.exceptions)}"
    detail = f"{chosen.name} {version.language} v{version.number} ({state})"
    return Export(
        data, filename, chosen.media_type, version, choice.draft_reason, tuple(notes), detail
    )
