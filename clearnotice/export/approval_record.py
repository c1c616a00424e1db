"""The approval record export: who approved which version of each language, when, and the
SHA-256 of its exact text and of its Markdown export, as JSON; then its history, every approval
and every revocation in the order they happened (legal answers for each, not only the last)."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

from clearnotice import approvals, audit
from clearnotice.export.approved import Choice, document_of, get_letter
from clearnotice.letters import Letter, Store


def approval_record(store: Store, letter_id: int, *, exported_by: str) -> dict:
    """Who approved which version of each language, when, and the SHA-256 of its exact text;
    ``history``: every approval and revocation, oldest first (``approvals.approval_history``)."""
    letter = get_letter(store, letter_id)
    return {
        "letter_id": letter.id,
        "title": letter.title,
        "source_language": letter.source_language,
        "exported_at": audit.now().isoformat(),
        "exported_by": exported_by,
        "sha256_of": (
            "sha256: the UTF-8 bytes of the approved Markdown text, its placeholders as typed; "
            "md_export_sha256: those of its .md export, the incident's facts filled in (the "
            "same when it names none), while the approval holds"
        ),
        "approvals": [
            {**row, "md_export_sha256": _md_export_sha256(store, letter, row["version_id"])}
            for row in approvals.approval_record(store, letter_id)
        ],
        "history": approvals.approval_history(store, letter_id),
    }


def _md_export_sha256(store: Store, letter: Letter, version_id: int) -> str:
    """The SHA-256 of the approved version's .md export: the export fills the incident's facts
    into the approved text, so a letter naming one differs from the approved bytes."""
    version = store.get_version(version_id)
    markdown = document_of(store, letter, Choice(version, None)).markdown or ""
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()


def render_approval_record(store: Store, letter_id: int, exported_by: str) -> str:
    record = approval_record(store, letter_id, exported_by=exported_by)
    return json.dumps(record, indent=2, ensure_ascii=False, default=_json_value) + "\n"


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")
