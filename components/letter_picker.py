"""Which letter a page works on: the one in the URL, or one the user picks."""

from __future__ import annotations

import streamlit as st

from clearnotice import comments
from clearnotice.letter_lifecycle import Shelf, letters_on, letters_to_open
from clearnotice.letters import Letter, Store
from components.escaping import escape_markdown
from components.session import LETTER_PARAM, select_letter, selected_letter_id, typed_on


def pick_letter(store: Store) -> Letter | None:
    """The open letter, or a picker when none is open. ``None`` when there are no letters, or
    when the URL names a letter that does not exist or was deleted (the page says so and offers
    the picker)."""
    summaries = letters_to_open(store)
    asked = st.query_params.get(LETTER_PARAM)
    if not summaries:
        _no_letters(store, asked)
        return None
    by_id = {s.letter.id: s.letter for s in summaries}
    current = selected_letter_id()
    if asked is not None and current not in by_id:
        # A mistyped or old link must not open another letter: say so and let the user pick.
        st.error(_missing(store, asked, ". Pick one in the sidebar."))
        _left_behind(asked)
        current = None
    elif current not in by_id:
        current = summaries[0].letter.id
    open_threads = comments.open_counts(store)
    chosen = st.sidebar.selectbox(
        "Letter",
        list(by_id),
        index=list(by_id).index(current) if current is not None else None,
        placeholder="Choose a letter",
        format_func=lambda i: f"{by_id[i].title} (#{i}){_open_comments(open_threads.get(i, 0))}",
    )
    if chosen is None:
        return None
    if chosen != selected_letter_id() or st.query_params.get("letter") != str(chosen):
        select_letter(chosen)
    return by_id[chosen]


def _no_letters(store: Store, asked: str | None) -> None:
    """One message when there is no letter to open: a link's letter is named in it, not in an
    error box above a second note (a stale link after the last letter was deleted)."""
    if asked is None:
        st.info("There are no letters yet. Create one on the home page.")
    else:
        st.error(
            _missing(store, asked, ", and there are no letters yet: create one on the home page.")
        )
        _left_behind(asked)
    st.page_link("app.py", label="Go to the home page")


def _missing(store: Store, asked: str, otherwise: str) -> str:
    """Why the letter ``asked`` in the URL cannot be opened: one deleted while its page was open
    is said to be deleted, so a person whose typing was refused knows why and whom to ask; any
    other ends with ``otherwise``, what the person can do instead."""
    said = f"There is no letter “{escape_markdown(asked[:40])}”"
    # compared as text: a link may hold any digits, more than the database's integers take
    if asked in {str(s.letter.id) for s in letters_on(store, Shelf.DELETED)}:
        return f"{said}: it was deleted. An admin can restore it from the first screen."
    return f"{said}{otherwise}"


def _left_behind(asked: str) -> None:
    """What was typed on the letter ``asked`` (a comment, a reason, a pasted translation) that
    no act took when the letter went (deleted meanwhile): shown to copy, never dropped unseen,
    as the editor's text is (editor.render_left_behind)."""
    typed = typed_on(asked)
    if typed:
        st.warning(
            "What you typed on this letter was not saved. It is below: copy it with the button "
            "at each box's top right before you leave this page."
        )
    for text in typed:
        st.code(text, language=None, wrap_lines=True)


def _open_comments(count: int) -> str:
    return f" · {count} open comment{'s' if count != 1 else ''}" if count else ""
