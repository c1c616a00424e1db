"""The approval record export: who approved which version of each language, when, and the
SHA-256 of its exact text, as JSON."""

from __future__ import annotations

import json
from datetime import date, datetime

from clearnotice import approvals, audit
from clearnotice.export.approved import get_letter
from clearnotice.letters import Store


def approval_record(store: Store, letter_id: int, *, exported_by: str) -> dict:
    """Who approved which version of each language, when, and the SHA-256 of its exact text."""
    letter = get_letter(store, letter_id)
    return {
        "letter_id": letter.id,
        "title": letter.title,
        "source_language": letter.source_language,
        "exported_at": audit.now().isoformat(),
        "exported_by": exported_by,
        "sha256_of": "the UTF-8 bytes of the approved Markdown text (the .md export)",
        "approvals": approvals.approval_record(store, letter_id),
    }


def render_approval_record(store: Store, letter_id: int, exported_by: str) -> str:
    record = approval_record(store, letter_id, exported_by=exported_by)
    return json.dumps(record, indent=2, ensure_ascii=False, default=_json_value) + "\n"


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")
