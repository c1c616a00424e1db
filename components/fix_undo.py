"""A fix clicked in a panel of the Edit page and its undo, drawn together.

The core saves each fix as a new version (clearnotice.edits) and says how to take it back: save
the version before it again. The panel names the place of the fix's button (a kind of finding,
a checklist profile); the undo is drawn at that place, not at the top of a long tab, while the
fixed version is still the one on screen. A refused fix leaves its message for the panel.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from clearnotice import edits
from clearnotice.letters import Letter, Store
from components import editor
from components.auth import acting
from components.editor import EditorState
from components.session import current_actor

UNDO_LABEL = "Undo the last fix"


def _keys(panel: str, letter_id: int) -> tuple[str, str]:
    return f"{panel}-undo:{letter_id}", f"{panel}-message:{letter_id}"


@acting("apply a fix")
def apply(
    panel: str, place: str, change: Callable, store: Store, state: EditorState, *what
) -> None:
    """Apply ``change`` (an edits function) to the editor's text and keep its undo for
    ``place`` (a callback: the editor then shows the new version, having nothing unsaved)."""
    letter_id = state.version.letter_id
    undo, message = _keys(panel, letter_id)
    try:
        edit = change(store, letter_id, state.version, state.text, *what, current_actor())
    except edits.EditRefused as refused:
        st.session_state[message] = str(refused)
        return
    st.session_state[undo] = (place, edit)


def refusal(panel: str, letter_id: int) -> str | None:
    """Why the last fix was refused, once."""
    return st.session_state.pop(_keys(panel, letter_id)[1], None)


def place_of_last(panel: str, state: EditorState) -> str | None:
    """Where the last fix was clicked, while its version is still the one on screen."""
    kept = st.session_state.get(_keys(panel, state.version.letter_id)[0])
    if kept is None or state.version.id != kept[1].saved.version.id:
        return None
    return kept[0]


def undo_button(panel: str, store: Store, letter: Letter, state: EditorState, place: str) -> None:
    """The undo of the last fix, if it was clicked at ``place``."""
    if place_of_last(panel, state) != place:
        return
    edit: edits.Edit = st.session_state[_keys(panel, letter.id)[0]][1]
    st.button(
        UNDO_LABEL,
        key=f"{panel}-undo-button:{letter.id}",
        icon=":material/undo:",
        on_click=_restore,
        args=(panel, store, letter.id, edit.undo_to),
        help=edit.undo_help,
    )


@acting("undo a fix")
def _restore(panel: str, store: Store, letter_id: int, version) -> None:
    st.session_state.pop(_keys(panel, letter_id)[0], None)
    editor.restore(store, letter_id, version)
