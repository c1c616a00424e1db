"""The comments on a letter's language: each open thread with the words it is about, where they
are now in the text, its replies, and a form to add one. Drawn beside the letter on the Edit page
and under each language on the Review page: one place where comments are read and written.

The core (clearnotice.comments) finds the words again after edits, and decides who may reply,
resolve or reopen; this column draws its threads and forwards the clicks. Every word a person
typed (quotes, comments, names) is escaped before it goes through Markdown.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from clearnotice import comments
from clearnotice.letters import Letter, Store, Version
from clearnotice.schema import Comment
from clearnotice.text import blocks, plain_excerpt
from components.auth import acting
from components.escaping import escape_markdown
from components.session import author_name, current_actor, typing_box

EXCERPT = 60


def render(store: Store, letter: Letter, text: str, version_id: int, language: str) -> None:
    """The threads on ``language`` placed in ``text`` (the text on screen, an edit of
    ``version_id``), and the form that comments on that version."""
    show_resolved = st.toggle("Show resolved", key=f"comments-resolved:{letter.id}:{language}")
    status = None if show_resolved else comments.OPEN
    found = comments.threads(store, letter.id, language, text, status=status)
    open_ones = sum(t.comment.status == comments.OPEN for t in found)
    st.markdown(f"**Comments** · {open_ones} open")
    for thread in found:
        _thread(store, thread)
    _add_form(store, letter.id, version_id, language)


def _thread(store: Store, thread: comments.Thread) -> None:
    comment, place = thread.comment, thread.place
    with st.container(border=True):
        if place.removed:
            st.caption(comments.REMOVED)
        about = comment.quote or plain_excerpt(comment.anchor, EXCERPT)
        where = "" if place.removed else f"¶{place.block + 1} · "
        st.markdown(f"{where}“{escape_markdown(plain_excerpt(place.words or about, EXCERPT))}”")
        if place.edited and not place.removed:
            st.caption(f"Edited since; it said “{escape_markdown(plain_excerpt(about, EXCERPT))}”.")
        for said in (comment, *thread.replies):
            who = escape_markdown(author_name(said.author))
            st.markdown(f"**{who}**: {escape_markdown(said.body, keep_lines=True)}")
        if comment.status != comments.OPEN:
            st.caption(f"Resolved by {escape_markdown(author_name(comment.resolved_by))}.")
        key = f"reply:{comment.id}"
        st.text_area("Reply", **typing_box(key, comment.letter_id), height=68,
                     label_visibility="collapsed", placeholder="Reply…")  # fmt: skip
        left, right = st.columns(2)
        left.button("Reply", key=f"{key}:send", on_click=_reply, args=(store, comment.id))
        if comment.status == comments.OPEN:
            right.button("Resolve", key=f"{key}:resolve", on_click=_set,
                         args=(store, comment.id, comments.resolve))  # fmt: skip
        else:
            right.button("Reopen", key=f"{key}:reopen", on_click=_set,
                         args=(store, comment.id, comments.reopen))  # fmt: skip
        _show_error(key)


def form_key(letter_id: int, language: str) -> str:
    """The new-comment form's keys start with this: stable while versions are saved, so a
    comment being typed is never wiped by someone else's save."""
    return f"new-comment:{letter_id}:{language}"


def _add_form(store: Store, letter_id: int, version_id: int, language: str) -> None:
    """Comment on a paragraph of the saved version, or on words in it."""
    version = store.get_version(version_id)
    paragraphs = blocks(version.text)
    if not paragraphs:
        return
    key = form_key(letter_id, language)
    with st.expander("Add a comment"):
        st.selectbox(
            "Paragraph",
            range(len(paragraphs)),
            format_func=lambda i: f"¶{i + 1} {plain_excerpt(paragraphs[i].text, 40)}",
            key=f"{key}:block",
        )
        st.text_input(
            "The words it is about (optional)",
            **typing_box(f"{key}:quote"),
            max_chars=comments.MAX_QUOTE,
        )
        _which_one(key, paragraphs)
        st.text_area("Comment", **typing_box(f"{key}:body", letter_id))
        st.button("Add comment", key=f"{key}:add", on_click=_add, args=(store, key, version))
        _show_error(key)


def _which_one(key: str, paragraphs: list) -> None:
    """Where the quoted words are in the paragraph more than once, which one the comment is
    about (the core refuses to guess: anchored on the first, a comment on the second pointed
    at the wrong words in every later version)."""
    paragraph = paragraphs[st.session_state.get(f"{key}:block") or 0].text
    try:
        places = comments.quote_places(paragraph, st.session_state.get(f"{key}:quote", ""))
    except ValueError:  # a quote past the cap: the Add button says so
        places = []
    if len(places) < 2:
        st.session_state.pop(f"{key}:occurrence", None)
        return
    st.radio(
        "These words are in the paragraph more than once: which one?",
        range(len(places)),
        format_func=lambda i: escape_markdown(places[i]),
        key=f"{key}:occurrence",
    )


@acting("comment")
def _add(store: Store, key: str, version: Version) -> None:
    try:
        comments.add_comment(
            store,
            version.letter_id,
            version.id,
            st.session_state.get(f"{key}:block") or 0,
            st.session_state.get(f"{key}:body", ""),
            actor=current_actor(),
            quote=st.session_state.get(f"{key}:quote", ""),
            occurrence=st.session_state.get(f"{key}:occurrence"),
        )
    except ValueError as refused:  # what was typed stays in the boxes
        st.session_state[f"{key}:error"] = str(refused)
        return
    st.session_state.pop(f"{key}:error", None)
    st.session_state.pop(f"{key}:occurrence", None)
    st.session_state[f"{key}:body"] = st.session_state[f"{key}:quote"] = ""


@acting("reply to a comment")
def _reply(store: Store, comment_id: int) -> None:
    key = f"reply:{comment_id}"
    try:
        comments.reply(store, comment_id, st.session_state.get(key, ""), actor=current_actor())
    except ValueError as refused:
        st.session_state[f"{key}:error"] = str(refused)
        return
    st.session_state.pop(f"{key}:error", None)
    st.session_state[key] = ""


@acting("resolve or reopen a comment")
def _set(store: Store, comment_id: int, act: Callable[..., Comment]) -> None:
    """Resolve or reopen the thread (``act``: comments.resolve or comments.reopen); the core
    checks who may."""
    key = f"reply:{comment_id}"
    try:
        act(store, comment_id, actor=current_actor())
    except ValueError as refused:
        st.session_state[f"{key}:error"] = str(refused)
        return
    st.session_state.pop(f"{key}:error", None)


def _show_error(key: str) -> None:
    error = st.session_state.get(f"{key}:error")
    if error:
        st.error(escape_markdown(error))
