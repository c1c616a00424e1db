"""Where a panel of the Edit page asks the editor to put its caret: a chart bar or a checklist
item names a span of the letter, and the live editor selects it on its next draw.

A request is taken once (``take``), so a later rerun does not pull the caret back; its number
changes with every click, so clicking the same bar twice moves the caret twice.
"""

from __future__ import annotations

import streamlit as st

_COUNTER = "caret-requests"


def _key(letter_id: int) -> str:
    return f"caret-request:{letter_id}"


def ask(letter_id: int, start: int, end: int) -> None:
    """Ask for the caret on ``start``-``end`` of the letter's text (a callback's work)."""
    number = st.session_state.get(_COUNTER, 0) + 1
    st.session_state[_COUNTER] = number
    st.session_state[_key(letter_id)] = (start, end, number)


def take(letter_id: int) -> tuple[int, int, int] | None:
    """The span asked for since the last draw, with its request number, if any."""
    return st.session_state.pop(_key(letter_id), None)
