"""Per-state letters on the Review page: for a master, each stored variant with its changes from
the master, the rule and statute behind each, its approval, and a button to review it; for a
variant, which master it comes from. Reports come from the core (clearnotice.variant_letters);
this draws them, escaped, and forwards the clicks."""

from __future__ import annotations

import streamlit as st

from clearnotice.auth import Account
from clearnotice.letters import Letter, Store
from clearnotice.variant_letters import sync
from clearnotice.variant_review import report
from components.escaping import escape_markdown
from components.letter_html import changes_html, show
from components.session import select_letter


def render(store: Store, letter: Letter, account: Account) -> None:
    if letter.master_id is not None:
        _render_variant_note(store, letter)
        return
    with st.expander("Per-state letters (variants)", expanded=True):
        if not letter.jurisdictions:
            st.caption("Choose the letter's jurisdictions on the Edit page to build state letters.")
            return
        reports = report(store, letter.id)
        label = "Rebuild the per-state letters" if reports else "Build the per-state letters"
        if st.button(label, key=f"variants-build:{letter.id}"):
            try:
                sync(store, letter.id, actor=account.username)
            except ValueError as refused:  # the master deleted meanwhile, a database refusing
                st.error(f"Not built: {escape_markdown(str(refused))}")
                return
            st.rerun()
        if not reports:
            st.caption(
                "One letter per group of jurisdictions whose laws do not conflict: built from "
                "this master, each reviewed and approved on its own."
            )
            return
        for entry in reports:
            _render_entry(entry)


def _render_entry(entry) -> None:
    codes = ", ".join(entry.letter.jurisdictions)
    row = entry.approval
    if row is None:
        state = "not approved"
    elif row["stale"]:
        state = "approval outdated"
    else:
        state = f"approved v{row['version']}"
    st.markdown(f"**Letter for {escape_markdown(codes)}** · v{entry.version.number} · {state}")
    for reason in entry.reasons:
        st.markdown(f"- {escape_markdown(reason)}")
    show(changes_html(entry.changes, language=entry.letter.source_language))
    if st.button(f"Review the letter for {codes}", key=f"variant-open:{entry.letter.id}"):
        select_letter(entry.letter.id)
        st.rerun()


def _render_variant_note(store: Store, letter: Letter) -> None:
    master = store.get_letter(letter.master_id)
    title = escape_markdown(master.title) if master else f"letter {letter.master_id}"
    st.info(
        f"This is the letter for {escape_markdown(', '.join(letter.jurisdictions))}, built from "
        f"the master letter “{title}”. Edit the master: each of its edits flows in here as a "
        "new version, and an approval of an older version shows as outdated."
    )
    if master is not None and st.button("Back to the master", key=f"variant-master:{letter.id}"):
        select_letter(master.id)
        st.rerun()
