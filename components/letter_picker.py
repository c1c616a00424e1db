"""Which letter a page works on: the one in the URL, or one the user picks."""

from __future__ import annotations

import streamlit as st

from clearnotice.letters import Letter, Store
from components.session import select_letter, selected_letter_id


def pick_letter(store: Store) -> Letter | None:
    """The open letter, or a picker when none is open. ``None`` when there are no letters."""
    summaries = store.list_letters()
    if not summaries:
        st.info("There are no letters yet. Create one on the home page.")
        st.page_link("app.py", label="Go to the home page")
        return None
    by_id = {s.letter.id: s.letter for s in summaries}
    current = selected_letter_id()
    if current not in by_id:
        current = summaries[0].letter.id
    chosen = st.sidebar.selectbox(
        "Letter",
        list(by_id),
        index=list(by_id).index(current),
        format_func=lambda i: f"{by_id[i].title} (#{i})",
    )
    if chosen != selected_letter_id() or st.query_params.get("letter") != str(chosen):
        select_letter(chosen)
    return by_id[chosen]
