"""The home page's "Waiting for your review" for a legal reviewer: each letter and language
with its state (from ``clearnotice.review_queue``), and a way straight to its review."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from clearnotice.auth import Account
from clearnotice.languages import language_name
from clearnotice.review_queue import NEEDS_REVIEW, QueueRow
from components.session import open_letter


def render_review_queue(rows: list[QueueRow], account: Account) -> None:
    """Nothing for those who cannot approve; for a reviewer, the queue (``review_queue``), what
    needs them first."""
    if not account.can_approve:
        return
    if not rows:
        return
    st.subheader("Waiting for your review")
    waiting = [row for row in rows if row.state in NEEDS_REVIEW]
    if not waiting:
        st.success("Nothing waits for your review: every language is approved or a draft.")
    table = pd.DataFrame(
        [
            {
                "Letter": row.title,  # a cell is shown as text, never as Markdown
                "Language": f"{language_name(row.language)} ({row.language})",
                "Version": row.version,
                "State": row.state,
                "Why": row.why,
            }
            for row in rows
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")
    if not waiting:
        return
    choice = st.selectbox(
        "Review next",
        range(len(waiting)),
        format_func=lambda i: f"{waiting[i].title} · {waiting[i].language} · {waiting[i].state}",
        key="queue-choice",
    )
    if st.button("Open its review", type="primary", key="queue-open"):
        row = waiting[choice]
        open_letter(row.letter_id, "pages/3_Review.py", row.language)
