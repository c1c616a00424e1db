"""The guidance tab of the Edit page: the letter's jurisdictions, its overall score, conflicts
between jurisdictions, the checklist as a short list (what is missing, each opening to its
paragraph to insert; what is met folded away, each a click from its words in the editor), the
findings grouped by kind with their counts and one-click fixes, the tone scores and the skim
preview, folded.

Every fix (a suggested word, an inserted paragraph) is saved by the core (clearnotice.edits) as
a new version; its undo, which saves the version before it again as the newest, is drawn where
the fix was clicked, so nothing is lost and nothing needs a long scroll. The review is the
editor's report of what the text faces (clearnotice.findings), cached in the core, so this tab
costs little on a rerun.
"""

from __future__ import annotations

import streamlit as st

from clearnotice import edits, facts, fixes, guidance, jurisdictions
from clearnotice.checks.outcome import FOUND, MISSING, NOT_APPLICABLE, ChecklistItem
from clearnotice.export.customer_list import ListError, read_customer_list
from clearnotice.findings import FindingGroup, by_kind
from clearnotice.letters import Letter, Store
from clearnotice.model import Finding, Severity
from clearnotice.places import places_in
from clearnotice.skim import BOLD, HEADING, TITLE
from clearnotice.text import PARAGRAPH, Block, strip_inline_markup
from clearnotice.wording import plural, rule_label
from components import caret, deadlines_view, editor, fix_undo
from components.auth import acting
from components.editor import EditorState
from components.escaping import escape_markdown
from components.highlight import render_highlighted
from components.letter_html import letter_html, show
from components.session import current_actor

MAX_LISTED = 40
MAX_BUTTONS = 3
_SEVERITY_ICON = {
    Severity.ERROR: ":material/cancel:",
    Severity.WARNING: ":material/error:",
    Severity.SUGGESTION: ":material/lightbulb:",
}
_STATUS_ICON = {
    FOUND: ":material/check_circle:",
    "partial": ":material/error:",
    MISSING: ":material/cancel:",
    NOT_APPLICABLE: ":material/remove_circle_outline:",
}


PANEL = "guidance"


def _picker_key(letter_id: int) -> str:
    return f"guidance-jurisdictions:{letter_id}"


def render(store: Store, letter: Letter, state: EditorState) -> guidance.GuidanceReport | None:
    """Review ``state.text`` (the editor's text and its saved version) and draw the tab."""
    codes = _jurisdiction_picker(store, letter)
    discovered = facts.as_date(facts.facts_of(store, letter.id).get("discovery_date"))
    deadlines_view.render(letter.id, codes, discovered)
    report = state.findings.guidance
    if report is None:
        st.error(f"The guidance could not run: {state.findings.guidance_problem}")
        return None
    refused = fix_undo.refusal(PANEL, letter.id)
    if refused:
        st.error(refused)
    saved = state.text == state.version.text
    _score(report)
    _conflicts(report)
    st.subheader("Checklist")
    if not saved:
        st.caption("Paragraphs and fixes can be inserted once your latest typing is saved.")
    _checklist(store, letter, state, report, saved)
    st.subheader("Findings")
    _findings(store, letter, state, report, saved)
    _tone(report)
    _skim(report, state.version.language)
    return report


# --- jurisdictions ------------------------------------------------------------------------


def _jurisdiction_picker(store: Store, letter: Letter) -> tuple[str, ...]:
    key = _picker_key(letter.id)
    # grouped (US states and territories, US federal, other countries); typing filters by any
    # part of the label, so "Texas", "TX" or "US federal" finds it
    labels = {e.code: e.label for e in jurisdictions.listing()}
    if key not in st.session_state:
        st.session_state[key] = [c for c in (letter.jurisdictions or []) if c in labels]
    if st.session_state.pop(f"{key}:uploaded", False):
        _jurisdictions_from_list(store, letter.id, labels)
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
    with st.popover("Take them from a customer list"):
        st.file_uploader(
            "Customer list (.csv or .xlsx)",
            type=["csv", "xlsx"],
            key=f"{key}:list",
            on_change=_list_uploaded,
            args=(letter.id,),
            help="Adds the jurisdictions the list's state, province or country column names, "
            "read as the mail merge reads it. The list stays on this machine and is not kept.",
        )
        said = st.session_state.get(f"{key}:said")
        if said:
            st.caption(escape_markdown(said))
    return tuple(st.session_state[key])


def _list_uploaded(letter_id: int) -> None:
    """Only note the upload: a callback draws nothing where the reader's progress belongs, so
    the list is read in the page's run, before the picker it adds to."""
    st.session_state[f"{_picker_key(letter_id)}:uploaded"] = True


def _jurisdictions_from_list(store: Store, letter_id: int, labels: dict[str, str]) -> None:
    """Add the jurisdictions an uploaded customer list names, with the reader's progress shown
    while it reads (a 50,000-row workbook takes about 10 s: components/export_view.py), and say
    what was found and what could not be read."""
    key = _picker_key(letter_id)
    upload = st.session_state.get(f"{key}:list")
    if upload is None:
        return
    bar = st.progress(0.0, text="Reading the list…")
    try:
        customers = read_customer_list(
            upload.getvalue(), upload.name, progress=lambda share, said: bar.progress(share, said)
        )
    except ListError as problem:
        st.session_state[f"{key}:said"] = f"The list could not be read: {problem}"
        return
    finally:
        bar.empty()
    added, said = places_in(customers).added_to(st.session_state[key], labels)
    st.session_state[key] = [*st.session_state[key], *added]
    st.session_state[f"{key}:said"] = said
    _save_jurisdictions(store, letter_id)


@acting("change the letter's jurisdictions")
def _save_jurisdictions(store: Store, letter_id: int) -> None:
    key = _picker_key(letter_id)
    try:
        store.set_jurisdictions(letter_id, list(st.session_state[key]), actor=current_actor())
    except ValueError as refused:  # the account may no longer change letters
        st.session_state[f"{key}:said"] = f"Not saved: {refused}"


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
    """Per profile, one line each for what is missing (opening to its paragraph to insert),
    and what is met folded below; the undo of an inserted paragraph under its profile."""
    names = {p.code: p.name for p in guidance.jurisdictions()}
    for code in (guidance.BASE_PROFILE, *report.jurisdictions):
        items = report.items_for(code)
        if not items:
            continue
        met = [i for i in items if i.satisfied]
        name = escape_markdown(names.get(code, "Guidance"))
        st.markdown(f"**{name}**: {len(met)} of {len(items)} met")
        place = f"checklist:{code}"
        fix_undo.undo_button(PANEL, store, letter, state, place)
        for item in items:
            if not item.satisfied:
                _missing_item(store, letter, state, item, place, saved)
        if met:
            with st.expander(f"The {plural(len(met), 'item')} met"):
                for item in met:
                    _met_item(letter, item)


def _need(item: ChecklistItem) -> str:
    return "required" if item.required else "recommended"


def _met_item(letter: Letter, item: ChecklistItem) -> None:
    """A met item; clicking it puts the editor's caret on its words."""
    label = f"{_STATUS_ICON[item.status]} {escape_markdown(item.label)} · {_need(item)}"
    if item.status == NOT_APPLICABLE or not item.evidence:
        st.caption(escape_markdown(label))
        return
    first = item.evidence[0]
    st.button(
        label,
        key=f"guidance-goto:{letter.id}:{item.jurisdiction}:{item.rule_id}",
        type="tertiary",
        on_click=caret.ask,
        args=(letter.id, first.start, first.end),
        help=f"Go to “{first.text}” in the letter",
    )


def _missing_item(
    store: Store, letter: Letter, state: EditorState, item: ChecklistItem, place: str, saved: bool
) -> None:
    """A missing or partial item: one line that opens to why and the paragraph to insert."""
    label = f"{_STATUS_ICON[item.status]} {escape_markdown(item.label)} · {_need(item)}"
    with st.popover(label, width="stretch"):
        for evidence in item.evidence:
            part = f"{evidence.part}: " if evidence.part else ""
            st.caption(f"{escape_markdown(part)}“{escape_markdown(evidence.text)}”")
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
                on_click=fix_undo.apply,
                args=(PANEL, place, edits.insert_item, store, state, item),
                help="Added before the closing as a new version; fill in the [bracketed] parts.",
            )
        else:
            st.caption("It can be inserted once your latest typing is saved.")


# --- findings -----------------------------------------------------------------------------


def _findings(
    store: Store, letter: Letter, state: EditorState, report: guidance.GuidanceReport, saved: bool
) -> None:
    """The findings by kind, each kind folded with its count; a fix's undo sits in its kind,
    which stays open (and stays listed, when the fix was its last finding)."""
    groups = by_kind(report.findings)
    undone = fix_undo.place_of_last(PANEL, state)
    if undone and undone.startswith("kind:") and undone[5:] not in {g.rule_id for g in groups}:
        groups = (FindingGroup(undone[5:], Severity.SUGGESTION, ()), *groups)  # all fixed
    if not groups:
        st.success("No guidance findings.")
        return
    if editor.plain_editor_selected():  # the live editor marks them in the text itself
        with st.expander("The letter with findings marked (hover for the message)"):
            render_highlighted(state.text, [f for f in report.findings if f.end > f.start])
    for group in groups:
        place = f"kind:{group.rule_id}"
        icon = _SEVERITY_ICON[group.severity] if group.findings else _STATUS_ICON[FOUND]
        with st.expander(
            f"{rule_label(group.rule_id)} ({len(group.findings)})",
            icon=icon,
            expanded=place == undone,
        ):
            fix_undo.undo_button(PANEL, store, letter, state, place)
            if saved:
                _fix_all_button(store, letter, state, group, place)
            if group.findings:
                st.caption(escape_markdown(group.findings[0].source))
            for n, finding in enumerate(group.findings[:MAX_LISTED]):
                _finding(store, letter, state, finding, place, f"{group.rule_id}:{n}", saved)
            if len(group.findings) > MAX_LISTED:
                st.caption(f"{len(group.findings) - MAX_LISTED} more are marked in the letter.")


def _fix_all_button(
    store: Store, letter: Letter, state: EditorState, group: FindingGroup, place: str
) -> None:
    """One click for every finding of a kind, when each offers one replacement and none
    overlaps (``fixes.one_way``): a PDF's broken words, say, put right in one version that one
    undo takes back. The core checks it again when the click arrives (``edits.apply_all``)."""
    count = len(group.findings)
    if count < 2 or len(fixes.one_way(group.findings)) != count:
        return
    st.button(
        f"Fix all {count}",
        key=f"guidance-fix-all:{letter.id}:{group.rule_id}",
        help="Each one gets its suggestion, saved as one new version; undo takes them all back.",
        on_click=fix_undo.apply,
        args=(PANEL, place, edits.apply_all, store, state, group.findings),
    )


def _finding(
    store: Store,
    letter: Letter,
    state: EditorState,
    finding: Finding,
    place: str,
    n: str,
    saved: bool,
) -> None:
    quoted = f"“{escape_markdown(finding.match)}” — " if finding.match else ""
    st.markdown(f"{quoted}{escape_markdown(finding.message)}")
    if not (saved and finding.suggestions and finding.end > finding.start):
        return
    options = finding.suggestions[:MAX_BUTTONS]
    for column, option in zip(st.columns(len(options)), options, strict=True):
        column.button(
            f"Use “{option}”",
            key=f"guidance-fix:{letter.id}:{n}:{option}",
            on_click=fix_undo.apply,
            args=(PANEL, place, edits.apply_fix, store, state, finding, option),
        )


# --- tone and skim ------------------------------------------------------------------------


def _tone(report: guidance.GuidanceReport) -> None:
    scores = " · ".join(f"{t.name.capitalize()} {t.score}" for t in report.tone)
    with st.expander(f"Tone: {scores}"):
        for tone in report.tone:
            st.caption(f"**{tone.name.capitalize()} {tone.score}**: {tone.description}")
        st.markdown("**The words that moved each score**")
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


def _skim(report: guidance.GuidanceReport, language: str) -> None:
    skim = report.skim
    got = f"a skimmer gets {skim.got} of {len(skim.essentials)} essentials"
    with st.expander(f"Skim preview: {got}"):
        _skim_lines(skim, language)


def _skim_lines(skim, language: str) -> None:
    """The skim's lines as a skimmer reads them, a first sentence drawn as the letter in
    ``language`` reads (from the right in Hebrew or Arabic)."""
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
                show(letter_html((sentence,), language=language))
    st.markdown(f"A skimmer gets **{skim.got} of {len(skim.essentials)}** essentials:")
    for essential in skim.essentials:
        icon = _STATUS_ICON[FOUND if essential.got else MISSING]
        said = strip_inline_markup(essential.line.text) if essential.line else ""
        source = f" (from “{escape_markdown(said)}”)" if said else ""
        st.markdown(f"{icon} {essential.label}{source}")
