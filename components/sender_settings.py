"""The Settings page's form for the sender of posted letters: the organisation's name, return
address, country and contacts. Anyone sees it; only an admin saves it (the core decides)."""

from __future__ import annotations

import streamlit as st

from clearnotice.auth import Account
from clearnotice.export.posting import Sender
from clearnotice.letters import Store
from clearnotice.permissions import Action, PermissionRefused, allows
from clearnotice.settings import get_sender, set_sender
from components.escaping import escape_markdown

FORM = "settings-sender"
RESULT = "settings-sender-result"  # (kind, message) of the last save


def render_sender_settings(store: Store, account: Account) -> None:
    st.header("Sender of posted letters")
    st.caption(
        "Printed at the top of every merged letter laid out for a window envelope, with the "
        "return address above the customer's in the window."
    )
    saved = get_sender(store)
    may_change = allows(account.role, Action.CHANGE_SETTINGS)
    with st.form(FORM, enter_to_submit=False):
        organisation = st.text_input("Organisation", saved.organisation, disabled=not may_change)
        address = st.text_area(
            f"Return address (one line each, at most {Sender.MAX_ADDRESS_LINES})",
            "\n".join(saved.address),
            disabled=not may_change,
        )
        country = st.text_input("Country (e.g. US, DE)", saved.country, disabled=not may_change)
        phone, email, web = st.columns(3)
        sender = Sender(
            organisation.strip(),
            tuple(line.strip() for line in address.splitlines() if line.strip()),
            country.strip(),
            phone.text_input("Phone", saved.phone, disabled=not may_change).strip(),
            email.text_input("E-mail", saved.email, disabled=not may_change).strip(),
            web.text_input("Web", saved.web, disabled=not may_change).strip(),
        )
        if st.form_submit_button("Save the sender", disabled=not may_change):
            try:
                set_sender(store, sender, account.username)
                st.session_state[RESULT] = ("success", "Saved the sender.")
            except (ValueError, PermissionRefused) as refused:
                st.session_state[RESULT] = ("error", str(refused))
    if not may_change:
        st.caption("Only an admin can change this.")
    kind, message = st.session_state.pop(RESULT, (None, None))
    if kind == "success":
        st.success(message)
    elif kind == "error":  # it quotes what was typed
        st.error(escape_markdown(message))
