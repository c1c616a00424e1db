"""The live letter editor: a text box that sends its text after a short pause in typing, shows
the findings as highlights in the text itself and offers each finding's fix on click.

Built with Streamlit's Components v2 from the HTML, CSS and JavaScript in components/live_editor/
(no build step). The browser sends three things back: ``edit`` (a state value: the text after a
pause, or every two seconds of continuous typing, with a sequence number so every send counts as
a change, and ``restored_from`` when it is a local copy put back after a reload or a restart),
``fix`` (a trigger: the text it was applied to, the span and the chosen replacement),
``suggest`` (a trigger: a word whose spelling corrections, slow to compute, the user asked for)
and ``pause`` (a trigger: typing stopped ``pause_seconds`` ago, so the text may become a version).
Python counts code points and JavaScript counts UTF-16 code units, and the text box turns CR LF
into LF, so every offset crossing over is converted (clearnotice/offsets.py); otherwise an emoji
or a Windows line break in a letter would shift every highlight after it.

Until the server confirms a text (it comes back in the data as saved: kept as a working draft or
a version), the browser keeps it in
localStorage under the letter, the language and the version it was typed on, so a crash, a
reload or leaving the page loses nothing typed; the next mount puts it back with a notice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from clearnotice import browser_counting
from clearnotice.grammar.offline import SUGGEST_ON_REQUEST
from clearnotice.model import Finding, Severity
from clearnotice.offsets import Utf16Offsets, normalise_newlines, to_browser
from clearnotice.wording import rule_label

ASSETS = Path(__file__).with_name("live_editor")
MAX_SUGGESTIONS = 3
# Sentence-level findings are drawn as a background (Hemingway's yellow and red); every other
# finding is drawn as an underline in its severity's colour.
SENTENCE_KINDS = {
    "readability.very-hard-sentence": "very-hard",
    "readability.hard-sentence": "hard",
    "plain.long-sentence": "hard",
}


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


_component = st.components.v2.component(
    "clearnotice_live_editor",
    html=_asset("editor.html"),
    css=_asset("editor.css"),
    # one module: the grade counted at each keystroke (grade.js), then the editor that shows it
    js=_asset("grade.js") + _asset("editor.js"),
)


@dataclass(frozen=True)
class Fix:
    """A fix chosen in the browser: replace ``text[start:end]`` (code points) with
    ``replacement``. ``text`` is what the box held when the fix was clicked, typing included."""

    text: str
    start: int
    end: int
    replacement: str
    rule_id: str

    @property
    def finding(self) -> Finding:
        """The finding the fix is for, as far as applying it needs: its rule and its words."""
        words = self.text[self.start : self.end]
        return Finding(self.rule_id, Severity.SUGGESTION, "", self.start, self.end, words)


def finding_payload(text: str, findings: Iterable[Finding]) -> tuple[list[dict], dict]:
    """The findings of ``text`` as the browser draws them on its copy of the text, and each
    rule's name and source once (not once per finding: a long letter has hundreds). Spans
    outside the text are left out: a finding computed on another text must never mark the wrong
    words. The browser reads each finding's words from its own copy of the text."""
    shown = to_browser(text)
    marks, rules = [], {}
    for f in findings:
        if not 0 <= f.start < f.end <= len(text):
            continue
        rules.setdefault(f.rule_id, [rule_label(f.rule_id), f.source])
        marks.append(
            {
                "rule_id": f.rule_id,
                "kind": SENTENCE_KINDS.get(f.rule_id, f.severity.value),
                "severity": f.severity.value,
                "message": f.message,
                "start": shown(f.start),
                "end": shown(f.end),
                "suggestions": list(f.suggestions[:MAX_SUGGESTIONS]),
                # slow to compute (a spelling dictionary): the browser asks for them on a click
                "on_request": SUGGEST_ON_REQUEST in f.extra and not f.suggestions,
            }
        )
    return marks, rules


@dataclass(frozen=True)
class Edit:
    """Text the browser sent. ``restored_from`` is set when it is a local copy put back after a
    reload or a restart: the version it was typed on, so a save made meanwhile by someone else
    shows as a conflict instead of being overwritten."""

    text: str
    restored_from: int | None = None


def read_edit(key: str) -> Edit | None:
    """The last text the browser sent for the editor under ``key``, if well formed."""
    edit = (st.session_state.get(key) or {}).get("edit")
    if not isinstance(edit, dict) or not isinstance(edit.get("text"), str):
        return None
    base = edit.get("restored_from")
    if not isinstance(base, int) or isinstance(base, bool):
        base = None
    return Edit(edit["text"], base)


def read_request(key: str) -> str | None:
    """The word the browser just asked corrections for, if well formed."""
    request = (st.session_state.get(key) or {}).get("suggest")
    if not isinstance(request, dict) or not isinstance(request.get("word"), str):
        return None
    return request["word"]


def read_pause(key: str) -> bool:
    """Whether the browser just said typing stopped (a trigger: true for this run only)."""
    return isinstance((st.session_state.get(key) or {}).get("pause"), dict)


def read_fix(key: str) -> Fix | None:
    """The fix the browser just asked for, offsets in code points; None if malformed or if its
    span does not hold the text the finding was about."""
    fix = (st.session_state.get(key) or {}).get("fix")
    if not isinstance(fix, dict):
        return None
    text, replacement, rule_id = fix.get("text"), fix.get("replacement"), fix.get("rule_id")
    start, end, match = fix.get("start"), fix.get("end"), fix.get("match")
    if not all(isinstance(v, str) for v in (text, replacement, rule_id, match)):
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return None
    offsets = Utf16Offsets(text)
    start, end = offsets.to_python(start), offsets.to_python(end)
    if start is None or end is None or start > end or text[start:end] != match:
        return None
    return Fix(text, start, end, replacement, rule_id)


def render(
    *,
    key: str,
    text: str,
    findings: Iterable[Finding],
    revision: int,
    saved: bool,
    version_id: int,
    label: str,
    hint: str,
    height: int,
    storage_key: str,
    on_edit: Callable[[], None],
    on_fix: Callable[[], None],
    on_suggest: Callable[[], None],
    reveal: tuple[int, int, int] | None = None,
    on_pause: Callable[[], None],
    pause_seconds: float,
) -> None:
    """Draw the editor showing ``text`` with ``findings`` (offsets into ``text``; the browser
    gets both with newlines normalised and offsets in UTF-16).

    ``revision`` changes whenever the server replaces the text (a restore, a fix, another tab's
    save): only then does the browser take ``text`` over what is in the box; otherwise ``text``
    is an echo of what the browser sent, and the caret, selection and undo history stay put.
    ``saved`` says whether ``text`` is what the database holds (else the page says why not), as
    version ``version_id``: the browser keeps its local copy until then. ``storage_key`` names
    the letter and language for that copy and for the caret kept across a page switch.
    ``on_edit``, ``on_fix`` and ``on_suggest`` run (as callbacks, before the rerun) when the
    browser sends an edit, a fix or a request for corrections; they read them with
    ``read_edit(key)``, ``read_fix(key)`` and ``read_request(key)``. ``reveal`` (start, end in
    ``text``, and a number that changes with each request) puts the caret on that span.
    ``on_pause`` runs when typing stopped ``pause_seconds`` ago (``read_pause(key)``).
    """
    marks, rules = finding_payload(text, findings)
    shown = to_browser(text)
    asked = None
    if reveal is not None and 0 <= reveal[0] <= reveal[1] <= len(text):
        asked = {"start": shown(reveal[0]), "end": shown(reveal[1]), "seq": reveal[2]}
    _component(
        key=key,
        data={
            "text": normalise_newlines(text),
            "counting": browser_counting.payload(text),
            "findings": marks,
            "rules": rules,
            "revision": revision,
            "saved": saved,
            "version_id": version_id,
            "label": label,
            "hint": hint,
            "height": height,
            "storage_key": storage_key,
            "reveal": asked,
            "pause_ms": round(pause_seconds * 1000),
        },
        on_edit_change=on_edit,
        on_fix_change=on_fix,
        on_suggest_change=on_suggest,
        on_pause_change=on_pause,
    )
