"""The guidance tab of the Edit page: the letter's jurisdictions, its overall score, conflicts
between jurisdictions, the checklist with evidence (or a paragraph to insert), the findings by
severity with one-click fixes, the tone scores with the words that moved them, and the skim
preview.

Every fix (a suggested word, an inserted paragraph) is saved by the core (clearnotice.edits) as
a new version with origin ``fix:<rule id>``; undo saves the version before it again as the
newest, so nothing is lost. The review is the editor's report of what the text faces
(clearnotice.findings), cached in the core, so this tab costs little on a rerun.
"""

from __future__ import annotations

import streamlit as st

from clearnotice import edits, facts, guidance, jurisdictions
from clearnotice.checks.outcome import FOUND, MISSING, NOT_APPLICABLE, ChecklistItem
from clearnotice.letters import Letter, Store
from clearnotice.model import Finding, Severity
from clearnotice.skim import BOLD, HEADING, TITLE
from clearnotice.text import PARAGRAPH, Block, strip_inline_markup
from clearnotice.wording import plural, rule_label
from components import deadlines_view, editor
from components.editor import EditorState
from components.escaping import escape_markdown
from components.highlight import render_highlighted
from components.letter_html import letter_html, show
from components.session import current_actor

MAX_LISTED = 40
MAX_BUTTONS = 3
_LABEL = {
    Severity.ERROR: "Errors",
    Severity.WARNING: "Warnings",
    Severity.SUGGESTION: "Suggestions",
}
_STATUS_ICON = {
    FOUND: ":material/check_circle:",
    "partial": ":material/error:",
    MISSING: ":material/cancel:",
    NOT_APPLICABLE: ":material/remove_circle_outline:",
}


def _keys(letter_id: int) -> tuple[str, str, str]:
    return (
        f"guidance-jurisdictions:{letter_id}",
        f"guidance-message:{letter_id}",
        f"guidance-undo:{letter_id}",
    )


def render(store: Store, letter: Letter, state: EditorState) -> guidance.GuidanceReport | None:
    """Review ``state.text`` (the editor's text and its saved version) and draw the tab."""
    codes = _jurisdiction_picker(store, letter)
    discovered = facts.as_date(facts.facts_of(store, letter.id).get("discovery_date"))
    deadlines_view.render(letter.id, codes, discovered)
    report = state.findings.guidance
    if report is None:
        st.error(f"The guidance could not run: {state.findings.guidance_problem}")
        return None
    _, message, _ = _keys(letter.id)
    if message in st.session_state:
        st.error(st.session_state.pop(message))
    saved = state.text == state.version.text
    _undo(store, letter, state)
    _score(report)
    _conflicts(report)
    st.subheader("Checklist")
    if not saved:
        st.caption("Paragraphs and fixes can be inserted once your latest typing is saved.")
    _checklist(store, letter, state, report, saved)
    st.subheader("Findings")
    _findings(store, letter, state, report, saved)
    st.subheader("Tone")
    _tone(report)
    st.subheader("Skim preview")
    _skim(report)
    return report


# --- jurisdictions ------------------------------------------------------------------------


def _jurisdiction_picker(store: Store, letter: Letter) -> tuple[str, ...]:
    key, _, _ = _keys(letter.id)
    # grouped (US states and territories, US federal, other countries); typing filters by any
    # part of the label, so "Texas", "TX" or "US federal" finds it
    labels = {e.code: e.label for e in jurisdictions.listing()}
    if key not in st.session_state:
        st.session_state[key] = [c for c in (letter.jurisdictions or []) if c in labels]
    st.multiselect(
        "Jurisdictions",
        list(labels),
        key=key,
        format_func=labels.__getitem__,
        on_change=_save_jurisdictions,
        args=(store, letter.id),
        placeholder="Type a state, country or code",
        help="The laws this letter must meet, besides the guidance. Saved with the letter.",
    )
    return tuple(st.session_state[key])


def _save_jurisdictions(store: Store, letter_id: int) -> None:
    key, _, _ = _keys(letter_id)
    store.set_jurisdictions(letter_id, list(st.session_state[key]), actor=current_actor())


# --- score and conflicts ------------------------------------------------------------------


def _score(report: guidance.GuidanceReport) -> None:
    s = report.score
    st.metric(
        "Guidance score (0-100)",
        s.overall,
        help="Half content (the share of the checklist met), a quarter language (100 less "
        "points for findings), a quarter tone (the mean of the four tone scores).",
    )
    st.caption(f"Content {s.content} · Language {s.language} · Tone {s.tone}")
    errors, missing = len(report.errors), len(report.missing_required)
    if report.passes:
        st.success("No error and no required item missing.")
    else:
        st.error(f"{plural(errors, 'error')} and {plural(missing, 'required item')} missing.")


def _conflicts(report: guidance.GuidanceReport) -> None:
    for c in report.conflicts:
        st.warning(f"**Conflict {c.requires} / {c.forbids}.** {c.message} {c.suggestion}")


# --- checklist ----------------------------------------------------------------------------


def _checklist(
    store: Store, letter: Letter, state: EditorState, report: guidance.GuidanceReport, saved: bool
) -> None:
    names = {p.code: p.name for p in guidance.jurisdictions()}
    for code in (guidance.BASE_PROFILE, *report.jurisdictions):
        items = report.items_for(code)
        if not items:
            continue
        met = sum(i.satisfied for i in items)
        with st.expander(f"{names.get(code, 'Guidance')}: {met} of {len(items)}", expanded=True):
            for item in items:
                _item(store, letter, state, item, saved)


def _item(
    store: Store, letter: Letter, state: EditorState, item: ChecklistItem, saved: bool
) -> None:
    need = "required" if item.required else "recommended"
    st.markdown(f"{_STATUS_ICON[item.status]} **{escape_markdown(item.label)}** · {need}")
    for evidence in item.evidence:
        line = state.text.count("\n", 0, evidence.start) + 1
        part = f"{evidence.part}: " if evidence.part else ""
        st.caption(f"{escape_markdown(part)}line {line}: “{escape_markdown(evidence.text)}”")
    if item.status == NOT_APPLICABLE:
        st.caption("Not applicable to what this letter says.")
    if item.satisfied:
        return
    gap = f" Missing: {', '.join(item.missing_parts)}." if item.missing_parts else ""
    st.caption(
        f"{escape_markdown(item.message)}{escape_markdown(gap)} "
        f"Source: {escape_markdown(item.source)}"
    )
    st.code(item.suggestion, language="markdown", wrap_lines=True)
    if saved:
        st.button(
            "Insert this paragraph",
            key=f"guidance-insert:{letter.id}:{item.jurisdiction}:{item.rule_id}",
            on_click=_fix,
            args=(edits.insert_item, store, letter.id, state, item),
            help="Added before the closing as a new version; fill in the [bracketed] parts.",
        )


# --- findings -----------------------------------------------------------------------------


def _findings(
    store: Store, letter: Letter, state: EditorState, report: guidance.GuidanceReport, saved: bool
) -> None:
    findings = list(report.findings)
    if not findings:
        st.success("No guidance findings.")
        return
    if editor.plain_editor_selected():  # the live editor marks them in the text itself
        with st.expander("The letter with findings marked (hover for the message)"):
            render_highlighted(state.text, [f for f in findings if f.end > f.start])
    for severity in Severity:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        with st.expander(
            f"{_LABEL[severity]} ({len(group)})", expanded=severity != Severity.SUGGESTION
        ):
            for n, finding in enumerate(group[:MAX_LISTED]):
                _finding(store, letter, state, finding, f"{severity.value}:{n}", saved)
            if len(group) > MAX_LISTED:
                st.caption(f"{len(group) - MAX_LISTED} more are marked in the letter above.")


def _finding(
    store: Store, letter: Letter, state: EditorState, finding: Finding, n: str, saved: bool
) -> None:
    with st.container(border=True):
        quoted = f"“{escape_markdown(finding.match)}” — " if finding.match else ""
        st.markdown(f"{quoted}{escape_markdown(finding.message)}")
        st.caption(f"{rule_label(finding.rule_id)} · {escape_markdown(finding.source)}")
        if not (saved and finding.suggestions and finding.end > finding.start):
            return
        options = finding.suggestions[:MAX_BUTTONS]
        for column, option in zip(st.columns(len(options)), options, strict=True):
            column.button(
                f"Use “{option}”",
                key=f"guidance-fix:{letter.id}:{n}:{option}",
                on_click=_fix,
                args=(edits.apply_fix, store, letter.id, state, finding, option),
            )


def _fix(change, store: Store, letter_id: int, state: EditorState, *what) -> None:
    """Apply ``change`` (an edits function) and remember how to undo it; the editor shows the
    new version because it had nothing unsaved."""
    _, message, undo = _keys(letter_id)
    try:
        edit = change(store, letter_id, state.version, state.text, *what, current_actor())
    except edits.EditRefused as refused:
        st.session_state[message] = str(refused)
        return
    st.session_state[undo] = edit


def _undo(store: Store, letter: Letter, state: EditorState) -> None:
    """Offer to undo the last fix while it is still the version on screen."""
    _, _, undo = _keys(letter.id)
    edit: edits.Edit | None = st.session_state.get(undo)
    if edit is None or state.version.id != edit.saved.version.id:
        return
    st.button(
        f"Undo the last fix ({edit.label})",
        key=f"guidance-undo-button:{letter.id}",
        on_click=_restore,
        args=(store, letter.id, edit.undo_to),
        help=edit.undo_help,
    )


def _restore(store: Store, letter_id: int, version) -> None:
    _, _, undo = _keys(letter_id)
    st.session_state.pop(undo, None)
    editor.restore(store, letter_id, version)


# --- tone and skim ------------------------------------------------------------------------


def _tone(report: guidance.GuidanceReport) -> None:
    columns = st.columns(2)  # two by two: the tab is too narrow for four labels in a row
    for n, tone in enumerate(report.tone):
        columns[n % 2].metric(tone.name.capitalize(), tone.score, help=tone.description)
    with st.expander("The words that moved each score"):
        for tone in report.tone:
            if not tone.moved_by:
                st.markdown(f"**{tone.name.capitalize()}:** nothing moved it.")
                continue
            moves = ", ".join(
                f"{m.delta:+d} “{escape_markdown(m.words)}”"
                + (f" ×{m.count}" if m.count > 1 else "")
                for m in tone.moved_by
            )
            st.markdown(f"**{tone.name.capitalize()}:** {moves}")


def _skim(report: guidance.GuidanceReport) -> None:
    skim = report.skim
    st.caption(
        "What a reader who only skims sees: the title, headings, bold text and the first "
        "sentence of each section."
    )
    with st.container(border=True):
        for line in skim.lines:
            text = escape_markdown(line.text)
            if line.kind == TITLE:
                st.markdown(f"#### {text}")
            elif line.kind == HEADING:
                st.markdown(f"**{text}**")
            elif line.kind == BOLD:
                st.markdown(f"… **{text}** …")
            else:  # a first sentence, with its own bold
                sentence = Block(PARAGRAPH, line.start, line.end, line.text)
                show(letter_html((sentence,)))
    st.markdown(f"A skimmer gets **{skim.got} of {len(skim.essentials)}** essentials:")
    for essential in skim.essentials:
        icon = _STATUS_ICON[FOUND if essential.got else MISSING]
        said = strip_inline_markup(essential.line.text) if essential.line else ""
        source = f" (from “{escape_markdown(said)}”)" if said else ""
        st.markdown(f"{icon} {essential.label}{source}")
