"""Two people on one letter: who else has it open, and the paragraphs their edits clashed on.

A fork (clearnotice.forks) is drawn from the database, so every editor of the letter sees it
and a reload keeps it: each clashing paragraph with the text kept aside and the letter's text
side by side (the text before both edits below them), and a choice per paragraph: one side, or a
combined text typed here. Saving asks the store to settle the fork; what is typed is kept in a
session key of its own until then, so a page switch does not lose it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import streamlit as st
from streamlit.runtime import Runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

from clearnotice import presence
from clearnotice.forks import OpenFork
from clearnotice.letters import Letter, SaveResult, Store, Version
from clearnotice.permissions import PermissionRefused
from clearnotice.wording import plural
from components.auth import acting, current_account, still_signed_in
from components.escaping import escape_markdown
from components.session import author_name, typing_box, when_leaving

OURS, THEIRS, TYPED = "ours", "theirs", "typed"
SESSION_ID = "editor-presence-session"
# This server process. A tab reports its presence as this, its Streamlit session and a key of its
# own, so that a server asks its runtime about its own tabs only (another server's sessions are
# none of its runtime's), and two sessions with one id (AppTest gives every session the same)
# are still two tabs.
_SERVER = uuid.uuid4().hex[:8]


def tab_id() -> str:
    """This tab's name in presence reports (clearnotice.presence), at most MAX_SESSION long."""
    own = st.session_state.setdefault(SESSION_ID, uuid.uuid4().hex[:12])
    return f"{_SERVER}:{get_script_run_ctx().session_id}:{own}"


def tab_closed(tab: str) -> bool:
    """Whether this server saw ``tab``'s connection close: Streamlit's runtime drops a session
    from its active ones when its websocket closes (a tab or browser closed, a reload), before
    it forgets the session two minutes later. False for another server's tab, which it cannot
    know; a tab that reconnects reports itself again at its next heartbeat."""
    server, _, rest = tab.partition(":")
    session = rest.rpartition(":")[0]
    return (
        server == _SERVER and Runtime.exists() and not Runtime.instance().is_active_session(session)
    )


def render_presence(store: Store, letter: Letter) -> None:
    """ "Also editing: …" under the title, kept current while the page stays open; this tab's
    presence ends as it opens another page."""
    tab, language = tab_id(), letter.source_language
    when_leaving(
        "Edit",
        "presence",
        lambda: presence.leave(store, letter.id, language, session_id=tab),
    )
    _presence(store, letter.id, language)


@st.fragment(run_every=presence.HEARTBEAT)
def _presence(store: Store, letter_id: int, language: str) -> None:
    if not still_signed_in(store):  # a fragment's own rerun passes no sign-in gate
        st.rerun(scope="app")  # the page's own run asks for a sign-in
    account = current_account()
    try:
        others = presence.heartbeat(
            store,
            letter_id,
            language,
            session_id=tab_id(),
            username=account.username,
            name=account.name,
            closed=tab_closed,
        )
    except PermissionRefused:  # deactivated since the gate let this run in (a fragment's own
        st.rerun()  # reruns pass no gate): the page's next full run asks for a sign-in
    if others:
        names = ["you (in another tab)" if e.same_person else e.name for e in others]
        st.caption(
            f"Also editing: {escape_markdown(', '.join(names))}. Edits to different paragraphs are "
            "merged; where you both change the same one, you will be asked to choose."
        )


def render_forks(store: Store, letter: Letter, on_saved: Callable[[SaveResult], None]) -> None:
    """Every unsettled fork of the letter's text, to settle paragraph by paragraph."""
    for opened in store.open_forks(letter.id):
        _fork(store, opened, on_saved)


def _fork(store: Store, opened: OpenFork, on_saved: Callable[[SaveResult], None]) -> None:
    ours, theirs, fork_id = opened.ours, opened.theirs, opened.fork.id
    conflicts = opened.merged.conflicts
    with st.container(border=True):
        st.warning(
            f"{_who(ours)} and {_who(theirs)} changed the same paragraphs at once; both are kept. "
            f"The letter's text stays v{theirs.number} until each clashing paragraph below is "
            f"settled ({plural(len(conflicts), 'paragraph')}), and it cannot be approved before."
        )
        for index, conflict in enumerate(conflicts):
            st.markdown(f"**Paragraph {conflict.paragraph}**")
            left, right = st.columns(2)
            with left:
                st.caption(f"Kept aside: v{ours.number} by {_who(ours)}")
                st.code(_body(conflict.ours) or "(deleted)", language=None, wrap_lines=True)
            with right:
                st.caption(f"The letter now: v{theirs.number} by {_who(theirs)}")
                st.code(_body(conflict.theirs) or "(deleted)", language=None, wrap_lines=True)
            before = _body(conflict.base) or "(nothing: the paragraph is new on both sides)"
            st.caption(f"Before both edits: {escape_markdown(before)}")
            labels = {
                OURS: f"Keep v{ours.number}",
                THEIRS: f"Keep v{theirs.number}",
                TYPED: "Write a combined text",
            }
            choice = st.radio(
                "Keep",
                list(labels),
                format_func=labels.get,
                horizontal=True,
                key=_key("choice", fork_id, index),
                persist_state="session",  # kept, as the text typed is, through other pages
            )
            if choice == TYPED:
                _typed_box(fork_id, index, _body(conflict.ours))
        st.button(
            "Save the merged letter",
            type="primary",
            key=_key("save", fork_id),
            on_click=_resolve,
            args=(store, opened, on_saved),
        )
        error = st.session_state.pop(_key("error", fork_id), None)
        if error:
            st.error(f"Not saved: {error} What you chose and typed is still here.")


def _typed_box(fork_id: int, index: int, start: str) -> None:
    """A combined text, begun from ``start`` and kept through runs that do not draw it."""
    box = typing_box(_key("typed", fork_id, index), start=start)
    st.text_area("Combined text for this paragraph", **box)


@acting("settle clashing edits")
def _resolve(store: Store, opened: OpenFork, on_saved: Callable[[SaveResult], None]) -> None:
    fork_id = opened.fork.id
    choices = []
    for index, conflict in enumerate(opened.merged.conflicts):
        choice = st.session_state.get(_key("choice", fork_id, index), OURS)
        if choice == TYPED:
            typed = st.session_state.get(_key("typed", fork_id, index))
            choices.append(_body(conflict.ours) if typed is None else typed)
        else:
            choices.append(conflict.ours if choice == OURS else conflict.theirs)
    try:
        result = store.resolve_fork(fork_id, choices, actor=current_account().username)
    except ValueError as refused:
        st.session_state[_key("error", fork_id)] = str(refused)
        return
    for key in [k for k in st.session_state if str(k).startswith(f"fork:{fork_id}:")]:
        del st.session_state[key]
    on_saved(result)


def _key(kind: str, fork_id: int, index: int | None = None) -> str:
    return f"fork:{fork_id}:{kind}" + ("" if index is None else f":{index}")


def _who(version: Version) -> str:
    return escape_markdown(author_name(version.author))


def _body(text: str) -> str:
    """A paragraph as a person reads it: without the blank lines around it."""
    return text.strip("\r\n")
