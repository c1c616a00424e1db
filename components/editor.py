"""The letter editor: every committed edit is saved at once as a new version.

``st.text_area`` sends its value on blur or Ctrl+Enter. The text the user typed is kept in a
session key of our own (not only in the widget, which Streamlit drops on a page switch) and in
the database, so a page switch, a reload or a restart never loses it.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from clearnotice.letters import Letter, Store, Version
from components.session import current_actor

EDITOR_HEIGHT = 520


@dataclass(frozen=True)
class EditorState:
    text: str
    version: Version


def _keys(letter_id: int) -> tuple[str, str, str]:
    return f"editor:{letter_id}", f"base:{letter_id}", f"conflict:{letter_id}"


def _save(store: Store, letter_id: int) -> None:
    widget, base, conflict = _keys(letter_id)
    result = store.save_version(
        letter_id,
        st.session_state[widget],
        base_version_id=st.session_state.get(base),
        actor=current_actor(),
    )
    st.session_state[base] = result.version.id
    if result.conflict_with is not None:
        st.session_state[conflict] = result.conflict_with.id


def render(store: Store, letter: Letter) -> EditorState:
    """Draw the editor for ``letter``; returns the text on screen and its saved version."""
    widget, base, conflict = _keys(letter.id)
    latest = store.latest_version(letter.id)
    if widget not in st.session_state or base not in st.session_state:
        st.session_state[widget] = latest.text
        st.session_state[base] = latest.id
    elif st.session_state[base] != latest.id and st.session_state[widget] == _text_of(
        store, st.session_state[base]
    ):
        # another tab saved a newer version and this one has nothing unsaved: follow it
        st.session_state[widget] = latest.text
        st.session_state[base] = latest.id
    st.text_area(
        "Letter text (Markdown: # headings, - bullets, **bold**)",
        key=widget,
        height=EDITOR_HEIGHT,
        on_change=_save,
        args=(store, letter.id),
        help="Saved as a new version each time you click outside the box or press Ctrl+Enter.",
    )
    _show_conflict(store, letter.id)
    version = store.get_version(st.session_state[base])
    st.caption(
        f"Saved as version {version.number} by {version.author or 'unknown'} "
        f"at {version.created_at:%Y-%m-%d %H:%M} UTC · SHA-256 {version.sha256[:12]}…"
    )
    return EditorState(st.session_state[widget], version)


def _text_of(store: Store, version_id: int) -> str | None:
    version = store.get_version(version_id)
    return version.text if version else None


def _show_conflict(store: Store, letter_id: int) -> None:
    _, base, conflict = _keys(letter_id)
    if conflict not in st.session_state:
        return
    theirs = store.get_version(st.session_state[conflict])
    with st.container(border=True):
        st.warning(
            f"While you were editing, {theirs.author or 'someone'} saved version {theirs.number}. "
            "Your text was saved as a new version too; both are kept. Compare them below and "
            "keep the one you want."
        )
        with st.expander(f"Their version {theirs.number}"):
            st.text(theirs.text)
        left, right = st.columns(2)
        if left.button("Keep mine", key=f"keep-mine:{letter_id}"):
            del st.session_state[conflict]
            st.rerun()
        right.button(
            f"Use their version {theirs.number}",
            key=f"keep-theirs:{letter_id}",
            on_click=restore,
            args=(store, letter_id, theirs),
        )


def render_history(store: Store, letter: Letter) -> None:
    """Every version of the source text; restoring one saves it again as the newest (undo)."""
    versions = store.versions(letter.id, letter.source_language)
    _, base, _ = _keys(letter.id)
    with st.expander(f"History ({len(versions)} versions)"):
        for v in reversed(versions):
            cols = st.columns([4, 1])
            cols[0].markdown(
                f"**v{v.number}** · {v.created_at:%Y-%m-%d %H:%M} · {v.author or 'unknown'} · "
                f"`{v.origin}`"
            )
            if v.id != st.session_state.get(base):
                cols[1].button(
                    "Restore", key=f"restore:{v.id}", on_click=restore, args=(store, letter.id, v)
                )


def restore(store: Store, letter_id: int, version: Version) -> None:
    """Save an older text again as the newest version and show it (a callback: it runs before
    the editor is drawn, so the editor can take the restored text)."""
    widget, base, conflict = _keys(letter_id)
    result = store.save_version(
        letter_id,
        version.text,
        base_version_id=st.session_state.get(base),
        actor=current_actor(),
        origin=f"restore:v{version.number}",
    )
    st.session_state[widget] = version.text
    st.session_state[base] = result.version.id
    st.session_state.pop(conflict, None)
