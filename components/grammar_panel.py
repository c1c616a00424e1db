"""The grammar tab of the Edit page: which checker ran and why, the findings inline and in a
list, one-click corrections saved as new versions, and a retry when LanguageTool failed.
"""

from __future__ import annotations

import time

import streamlit as st

from clearnotice import edits
from clearnotice.findings import FindingGroup, by_kind
from clearnotice.grammar import CheckerChoice, GrammarReport, Problem
from clearnotice.grammar.checker import CheckerFailure
from clearnotice.grammar.choice import (
    CHECKER_ENV,
    DESCRIPTIONS,
    KINDS,
    LOCAL,
    OFFLINE,
    PUBLIC_CONSENT,
    SERVER,
    TIMEOUT_ENV,
    URL_ENV,
    fixed_by_environment,
    save_choice,
)
from clearnotice.grammar.letter_check import configured_choice
from clearnotice.grammar.local_server import State, preflight
from clearnotice.grammar.offline import SUGGEST_ON_REQUEST
from clearnotice.grammar.service import pieces
from clearnotice.grammar.spelling import available_dictionaries, suggest
from clearnotice.letters import Letter, Store
from clearnotice.model import Finding, Severity
from clearnotice.outbound import preview
from clearnotice.permissions import Action, allows
from clearnotice.wording import plural, rule_label
from components import fix_undo
from components.auth import acting, current_account
from components.editor import EditorState, plain_editor_selected
from components.escaping import escape_markdown
from components.highlight import render_highlighted
from components.outbound_preview import show_outbound
from components.services import get_grammar_service
from components.session import current_actor

MAX_LISTED = 60
PANEL = "grammar"
MAX_BUTTONS = 3
_SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "suggestion": "Suggestion"}


def render(store: Store, letter: Letter, state: EditorState) -> GrammarReport:
    """Draw the grammar check of ``state.text`` (part of the editor's report)."""
    checked = state.findings.grammar
    for problem in checked.problems:
        st.error(escape_markdown(problem))
    _status(store, letter, checked.choice, checked.report, state)
    _findings(store, letter, state, checked.report)
    return checked.report


def _status(
    store: Store, letter: Letter, choice: CheckerChoice, report: GrammarReport, state: EditorState
) -> None:
    cached = report.pieces - report.rechecked
    st.markdown(f"**Checked by:** {escape_markdown(report.checker)}")
    st.caption(
        f"Why: {escape_markdown(report.reason)}. {report.rechecked} of {report.pieces} "
        "paragraphs checked now" + (f", {cached} unchanged ones from the cache." if cached else ".")
    )
    if not report.notice:
        return
    key = f"grammar-retry:{letter.id}"
    if report.problem is Problem.NEEDS_CONSENT:
        st.warning(report.notice)
        texts = [piece.text for piece in pieces(state.text)]
        show_outbound(preview(texts, state.text, report.language))
        if f"grammar-consent-error:{letter.id}" in st.session_state:
            st.error(escape_markdown(st.session_state.pop(f"grammar-consent-error:{letter.id}")))
        st.button(
            "Send this letter's text to the public LanguageTool API",
            key=f"grammar-consent:{letter.id}",
            on_click=_consent,
            args=(store, letter.id),
            help="Recorded on the letter and in the audit log. Choose another checker on the "
            "Settings page to keep the text on this machine.",
        )
        return
    if report.problem is Problem.STARTING:
        st.info(report.notice)
        st.button("Check again", key=key)
        return
    st.warning(report.notice)
    if not report.can_retry:
        return
    waiting = report.problem is Problem.RATE_LIMITED and (report.retry_in or 0) > 1
    st.button(
        f"Retry LanguageTool (possible in {report.retry_in:.0f} s)"
        if waiting
        else "Retry LanguageTool",
        key=key,
        disabled=waiting,
        on_click=get_grammar_service().retry,
        args=(choice,),
        help="Asks LanguageTool again now; until then the offline results are shown.",
    )


@acting("agree to send the text to a grammar service")
def _consent(store: Store, letter_id: int) -> None:
    try:
        store.record_consent(letter_id, PUBLIC_CONSENT, actor=current_actor())
    except ValueError as refused:  # PermissionRefused, or the letter was deleted meanwhile
        st.session_state[f"grammar-consent-error:{letter_id}"] = str(refused)


def _findings(store: Store, letter: Letter, state: EditorState, report: GrammarReport) -> None:
    """The findings by kind, each kind folded with its count; a correction's undo sits in its
    kind, which stays open."""
    groups = by_kind(report.findings)
    undone = fix_undo.place_of_last(PANEL, state)
    if undone and undone not in {f"kind:{g.rule_id}" for g in groups}:
        groups = (FindingGroup(undone.removeprefix("kind:"), Severity.SUGGESTION, ()), *groups)
    if not groups:
        st.success("No spelling or grammar problems found.")
        return
    st.markdown(f"**{plural(len(report.findings), 'spelling and grammar finding')}**")
    if plain_editor_selected():  # the live editor marks them in the text itself
        render_highlighted(state.text, list(report.findings))
    saved = state.text == state.version.text
    if not saved:
        st.caption("Corrections are offered once your latest typing is saved.")
    refused = fix_undo.refusal(PANEL, letter.id)
    if refused:
        st.error(refused)
    for group in groups:
        place = f"kind:{group.rule_id}"
        with st.expander(
            f"{rule_label(group.rule_id)} ({len(group.findings)})", expanded=place == undone
        ):
            fix_undo.undo_button(PANEL, store, letter, state, place)
            for n, finding in enumerate(group.findings[:MAX_LISTED]):
                _finding_row(store, letter, state, report.language, finding, place, n, saved)
            if len(group.findings) > MAX_LISTED:
                st.caption(f"{len(group.findings) - MAX_LISTED} more are marked in the text.")


def _finding_row(
    store: Store,
    letter: Letter,
    state: EditorState,
    language: str,
    finding: Finding,
    place: str,
    n: int,
    saved: bool,
) -> None:
    severity = _SEVERITY_LABEL.get(finding.severity.value, finding.severity.value)
    st.markdown(
        f"**{severity}** · “{escape_markdown(finding.match)}” — {escape_markdown(finding.message)}"
    )
    if not saved:
        return
    suggest_key = f"grammar-suggest:{letter.id}:{finding.start}:{finding.match}"
    options = list(finding.suggestions)
    if SUGGEST_ON_REQUEST in finding.extra:
        if suggest_key in st.session_state:
            options = list(st.session_state[suggest_key])
            if not options:
                st.caption("The dictionary has no suggestion for this word.")
        elif st.button("Suggest corrections", key=f"grammar-ask:{letter.id}:{place}:{n}"):
            # about a quarter of a second per word, so only when asked
            st.session_state[suggest_key] = suggest(finding.match, language)
            st.rerun()
    if not options:
        return
    columns = st.columns(min(len(options), MAX_BUTTONS))
    for column, option in zip(columns, options[:MAX_BUTTONS], strict=False):
        column.button(
            f"Use “{option}”" if option.strip() else "Remove it",
            key=f"grammar-fix:{letter.id}:{place}:{n}:{option}",
            on_click=fix_undo.apply,
            args=(PANEL, place, edits.apply_fix, store, state, finding, option),
        )


def public_api_warning() -> str:
    """Said wherever the public API can be chosen."""
    return (
        "With the public LanguageTool API, the text of every letter you check is sent over the "
        "internet to LanguageTool's public servers. Breach letters are confidential: choose it "
        "only if your organisation allows that. Each letter also asks before its text is sent."
    )


# the Settings page ---------------------------------------------------------------------------
def render_settings(store: Store) -> None:
    """Choose the grammar checker for everyone on this installation (admins only)."""
    st.header("Grammar and spelling")
    choice, problem = configured_choice(store)
    if problem:
        st.error(escape_markdown(problem))
    st.markdown(f"**In use:** {DESCRIPTIONS[choice.kind]} ({escape_markdown(choice.reason)}).")
    st.caption(
        f"A check waits at most {choice.timeout:g} s for LanguageTool ({TIMEOUT_ENV}); after "
        "that the offline results are shown with a notice and a Retry button, and editing goes "
        "on."
    )
    if fixed_by_environment():
        st.info(
            f"This deployment sets the checker with {CHECKER_ENV} / {URL_ENV}; change it there."
        )
        _explain(store, choice.kind, choice.url)
        return
    may_change = allows(current_account().role, Action.CHANGE_SETTINGS)
    if not may_change:
        st.caption("Only an admin can change the checker.")
    kind = st.radio(
        "Grammar checker",
        KINDS,
        index=KINDS.index(choice.kind),
        format_func=DESCRIPTIONS.__getitem__,
        key="settings-grammar-kind",
        disabled=not may_change,
    )
    url = _explain(store, kind, choice.url, editable=may_change)
    if may_change and st.button("Save grammar checker", type="primary"):
        try:
            save_choice(store, kind, actor=current_actor(), url=url)
        except ValueError as wrong:
            st.error(f"Not saved: {escape_markdown(str(wrong))}")
        else:
            st.success(f"Saved: {DESCRIPTIONS[kind]}.")


def _explain(store: Store, kind: str, url: str, editable: bool = False) -> str:
    """What the chosen kind needs and means; returns the server URL typed (if any)."""
    if kind == OFFLINE:
        names = ", ".join(sorted(available_dictionaries())) or "none"
        st.write(
            "Nothing leaves this machine. Spelling comes from the Hunspell dictionaries "
            f"installed here ({names}); grammar checks cover repeated words, a/an, a capital "
            "after a full stop and unclosed quotes or brackets. LanguageTool finds much more."
        )
    elif kind == LOCAL:
        _explain_local()
    elif kind == SERVER:
        st.write(
            "The recommended setup for teams: one LanguageTool server your organisation runs; "
            "the letters go only to it."
        )
        url = st.text_input(
            "Server address",
            value=url.removesuffix("v2/") if url else "",
            placeholder="http://languagetool.internal:8081",
            key="settings-grammar-url",
            disabled=not editable,
        )
        if st.button("Test the connection", key="settings-grammar-test"):
            _test_connection(url)
    else:
        st.warning(public_api_warning())
    return url


def _explain_local() -> None:
    st.write(
        "LanguageTool runs on this machine, started by language-tool-python. It needs Java 17 "
        "or newer, and the first start downloads the LanguageTool server (about 250 MB) from "
        "the internet."
    )
    checked = preflight()
    for problem in checked.problems:
        st.error(escape_markdown(problem))
    if checked.java_version:
        st.caption(f"Java {checked.java_version} found.")
    if checked.downloaded:
        st.caption("LanguageTool is already downloaded on this machine.")
    else:
        st.info(
            "LanguageTool is not downloaded yet. Where this machine has no internet access the "
            "download cannot happen: use your organisation's LanguageTool server instead."
        )
    local = get_grammar_service().local
    status = local.status()
    st.caption(f"Local server: {status.state.value}. {escape_markdown(status.message)}")
    if status.state in (State.NOT_STARTED, State.FAILED) and st.button(
        "Start the local LanguageTool now", key="settings-grammar-start"
    ):
        local.start()
        time.sleep(0.5)  # a failure without network shows at once; a real start takes longer
        st.rerun()


def _test_connection(url: str) -> None:
    service = get_grammar_service()
    try:
        client = service.client_for(url)
        languages = client.probe(timeout=5)
    except ValueError as wrong:
        st.error(escape_markdown(str(wrong)))
    except CheckerFailure as failure:
        st.error(escape_markdown(failure.message))
    else:
        known = plural(len(languages), "language")
        st.success(f"LanguageTool answers at {escape_markdown(client.address)}: {known}.")
