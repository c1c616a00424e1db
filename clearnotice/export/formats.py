"""Exporting one letter: which version goes out (the approved one, or a draft marked DRAFT),
in which format, and the approval record as JSON. Every export is written to the audit log."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from clearnotice import approvals, audit
from clearnotice.export import fonts
from clearnotice.export.approved import ExportError, choose_version, get_letter, log_export
from clearnotice.export.document import Document
from clearnotice.export.docx import render_docx
from clearnotice.export.html import render_html
from clearnotice.export.layouts import STANDARD, apply_layout, style_for
from clearnotice.export.pdf import render_pdf
from clearnotice.export.plaintext import render_markdown, render_text
from clearnotice.letters import Store, Version

# format -> (file extension, media type, what it is)
FORMATS = {
    "pdf": ("pdf", "application/pdf", "PDF"),
    "docx": (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word (DOCX)",
    ),
    "html": ("html", "text/html; charset=utf-8", "Web page (HTML)"),
    "md": ("md", "text/markdown; charset=utf-8", "Markdown"),
    "txt": ("txt", "text/plain; charset=utf-8", "Plain text"),
    "json": ("json", "application/json", "Approval record (JSON)"),
}


@dataclass(frozen=True)
class Export:
    data: bytes
    filename: str
    media_type: str
    version: Version | None
    draft_reason: str | None
    notes: tuple[str, ...] = ()
    detail: str = ""  # what the audit log says was exported


def export_letter(store: Store, letter_id: int, *, actor: str, **options) -> Export:
    """Export one version of a letter (the approved one by default) and log it; ``options``
    are ``prepare_export``'s (fmt, language, version_id, layout)."""
    result = prepare_export(store, letter_id, actor=actor, **options)
    log_export(store, actor, letter_id, result.detail)
    return result


def prepare_export(
    store: Store,
    letter_id: int,
    *,
    fmt: str,
    actor: str,
    language: str | None = None,
    version_id: int | None = None,
    layout: str = STANDARD,
) -> Export:
    """What ``export_letter`` makes, not yet logged: for a caller that logs it once the file
    is safely written (the command line), so a failed write is never recorded as an export."""
    letter = get_letter(store, letter_id)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    style_for(layout)
    if fmt == "json":
        data = approval_record_json(store, letter_id, exported_by=actor).encode("utf-8")
        filename = f"{_slug(letter.title)}-approvals.json"
        return Export(data, filename, FORMATS[fmt][1], None, None, (), "approval record (json)")
    language = language or letter.source_language
    choice = choose_version(store, letter_id, language, version_id)
    version = choice.version
    document = Document.from_markdown(
        version.text, version.language, title=letter.title, draft_reason=choice.draft_reason
    )
    notes = list(apply_layout(document, layout)[1])
    left = document.placeholders()
    if left:
        notes.append(
            "This text still has placeholders ("
            + ", ".join(f"{{{{ {name} }}}}" for name in left)
            + "): fill them with a mail merge before sending it."
        )
    latest = store.latest_version(letter_id, version.language)
    if latest is not None and latest.number > version.number:
        notes.append(
            f"{version.language} v{latest.number} was saved after v{version.number}; "
            "it is not what this file holds."
        )
    data = _render(fmt, document, version.text, choice.draft_reason, layout)
    ext = FORMATS[fmt][0]
    mark = "-DRAFT" if choice.draft_reason else ""
    filename = f"{_slug(letter.title)}-{version.language}-v{version.number}{mark}.{ext}"
    state = "DRAFT" if choice.draft_reason else "approved"
    detail = f"{fmt} {version.language} v{version.number} ({state})"
    return Export(
        data, filename, FORMATS[fmt][1], version, choice.draft_reason, tuple(notes), detail
    )


def render(fmt: str, document: Document, layout: str = STANDARD) -> bytes:
    """``document`` in a letter format (pdf, docx, html, txt); used by mail merge too."""
    if fmt == "pdf":
        missing = fonts.missing_characters(document.plain)
        if missing:
            raise ExportError(
                f"no installed font can draw these characters: {missing} "
                f"({fonts.font_advice(missing)})"
            )
        return render_pdf(document, layout)
    if fmt == "docx":
        return render_docx(document, layout)
    if fmt == "html":
        return render_html(document, layout).encode("utf-8")
    if fmt == "txt":
        return render_text(apply_layout(document, layout)[0]).encode("utf-8")
    raise ExportError(f"{fmt!r} is not a letter format")


def _render(fmt: str, document: Document, markdown: str, draft: str | None, layout: str) -> bytes:
    if fmt == "md":
        return render_markdown(markdown, draft).encode("utf-8")
    return render(fmt, document, layout)


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


def approval_record_json(store: Store, letter_id: int, *, exported_by: str) -> str:
    record = approval_record(store, letter_id, exported_by=exported_by)
    return json.dumps(record, indent=2, ensure_ascii=False, default=_json_value) + "\n"


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def _slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "letter"
