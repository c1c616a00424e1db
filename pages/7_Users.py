"""Accounts and roles: only an admin adds, changes and deactivates accounts."""

import streamlit as st

from components.auth import current_account, render_user_admin
from components.services import get_store
from components.session import page_setup

page_setup("Users")
account = current_account()
st.title("Users")
if not account.can_manage_users:
    st.error("Only an admin manages accounts. Ask one if you need a change.")
    st.stop()
st.caption(
    "Editors write letters, legal reviewers comment and approve, admins manage accounts. "
    "Deactivating an account signs it out at once; its history stays in the audit log."
)
render_user_admin(get_store(), account)
