"""The sign-in gate every page passes, the account this browser session acts as, and the
admin's forms for accounts.

``st.session_state[SIGNED_IN]`` holds the username this session signed in as; nothing else
lets a page render. The gate reads the account again from the database on every run, so a
deactivated account or a changed role applies at once, and a username that is not an active
account opens nothing. Tests sign in by creating a real account and setting that key::

    create_user(store, "lee", Role.LEGAL, actor="test", password=...)
    at.session_state[SIGNED_IN] = "lee"

Single sign-on: with an ``[auth]`` section in ``.streamlit/secrets.toml`` (Streamlit's OIDC
settings; it needs the Authlib package) a "Sign in with single sign-on" button appears, and
``[clearnotice_roles]`` maps e-mails to roles, e.g. ``"lee@firm.example" = "legal"`` or
``"*@firm.example" = "editor"``. Local accounts keep working beside it.
"""

from __future__ import annotations

import secrets

import streamlit as st

from clearnotice.auth import (
    MIN_PASSWORD,
    Account,
    AuthError,
    Role,
    SignInRefused,
    client_key,
    create_first_admin,
    create_user,
    find_account,
    has_users,
    list_users,
    locked_accounts,
    record_sign_out,
    set_active,
    set_password,
    set_role,
    sign_in,
    sso_sign_in,
    unlock,
)
from clearnotice.letters import Store
from components.escaping import escape_markdown

SIGNED_IN = "clearnotice_signed_in"
_ACCOUNT = "clearnotice_account"  # this run's account, set by the gate
_SESSION_TOKEN = "clearnotice_session_token"  # names this browser session for the rate limit


def require_sign_in(store: Store) -> Account:
    """The signed-in account; otherwise draw the sign-in (or first admin) form and stop."""
    account = _session_account(store)
    if account is None and _sso_configured() and _sso_logged_in():
        account = _sso_account(store)
    if account is not None:
        st.session_state[SIGNED_IN] = account.username
        st.session_state[_ACCOUNT] = account
        _signed_in_box(store, account)
        return account
    st.session_state.pop(_ACCOUNT, None)
    st.title("ClearNotice")
    if not has_users(store):
        _first_admin_form(store)
    else:
        _sign_in_form(store)
    st.stop()
    raise AssertionError("unreachable: st.stop() ends the run")


def current_account() -> Account:
    """The account the gate let in on this run; pages call it after page_setup."""
    account = st.session_state.get(_ACCOUNT)
    if account is None:
        raise RuntimeError("no one is signed in: call page_setup() before current_account()")
    return account


def _session_account(store: Store) -> Account | None:
    username = st.session_state.get(SIGNED_IN)
    if not username:
        return None
    account = find_account(store, username)
    if account is None:  # deactivated or removed since: sign the session out
        st.session_state.pop(SIGNED_IN, None)
    return account


def _sign_in_form(store: Store) -> None:
    if _sso_configured():
        st.button("Sign in with single sign-on", type="primary", on_click=st.login)
        st.caption("Or with a ClearNotice account:")
    with st.form("sign-in"):
        username = st.text_input("Username", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        try:
            account = sign_in(store, username, password, client=_client())
        except SignInRefused as refused:
            st.error(str(refused))
            return
        st.session_state[SIGNED_IN] = account.username
        st.rerun()


def _client() -> str:
    """This browser for the sign-in rate limit: its IP address, which Streamlit gives only
    for a remote connection, else a random token kept for the session."""
    token = st.session_state.setdefault(_SESSION_TOKEN, secrets.token_urlsafe(12))
    return client_key(st.context.ip_address, token)


def _first_admin_form(store: Store) -> None:
    st.info(
        "This installation has no accounts yet. Create the first admin: it manages the other "
        "accounts (editors and legal reviewers) on the Users page. There is no default password."
    )
    with st.form("first-admin"):
        username = st.text_input("Admin username", autocomplete="username")
        name = st.text_input("Display name (optional)")
        password = st.text_input(
            f"Password (at least {MIN_PASSWORD} characters)",
            type="password",
            autocomplete="new-password",
        )
        again = st.text_input("Password again", type="password", autocomplete="new-password")
        submitted = st.form_submit_button("Create admin and sign in", type="primary")
    if not submitted:
        return
    if password != again:
        st.error("The two passwords differ.")
        return
    try:
        account = create_first_admin(store, username, password, name)
    except AuthError as problem:
        st.error(str(problem))
        return
    st.session_state[SIGNED_IN] = account.username
    st.rerun()


def _signed_in_box(store: Store, account: Account) -> None:
    with st.sidebar:
        st.caption(f"Signed in as **{escape_markdown(account.name)}** · {account.role.label}")
        if st.button("Sign out", key="sign-out"):
            record_sign_out(store, account.username)
            st.session_state.pop(SIGNED_IN, None)
            st.session_state.pop(_ACCOUNT, None)
            if _sso_configured() and _sso_logged_in():
                st.logout()
            st.rerun()


def _sso_configured() -> bool:
    return st.secrets.load_if_toml_exists() and "auth" in st.secrets


def _sso_logged_in() -> bool:
    return bool(st.user.get("is_logged_in"))


def _sso_account(store: Store) -> Account | None:
    try:
        mapping = dict(st.secrets.get("clearnotice_roles", {}))
        return sso_sign_in(store, st.user.get("email") or "", st.user.get("name") or "", mapping)
    except SignInRefused as refused:
        st.error(str(refused))
        st.button("Sign out of single sign-on", on_click=st.logout)
        st.stop()
        raise AssertionError("unreachable") from refused


def render_user_admin(store: Store, admin: Account) -> None:
    """The accounts table and the forms an admin uses to add and change accounts."""
    users = list_users(store)
    locks = locked_accounts(store)
    st.dataframe(
        [
            {
                "Username": u.username,
                "Name": u.display_name,
                "E-mail": u.email,
                "Role": Role(u.role).label,
                "Active": u.active,
                "Signs in with": "password" if u.password_hash else "single sign-on",
                "Last sign-in": u.last_sign_in_at.strftime("%Y-%m-%d %H:%M")
                if u.last_sign_in_at
                else "",
                "Locked until (UTC)": locks[u.username].strftime("%H:%M:%S")
                if u.username in locks
                else "",
            }
            for u in users
        ],
        hide_index=True,
        width="stretch",
    )
    add_tab, change_tab = st.tabs(["Add an account", "Change an account"])
    with add_tab:
        _add_user_form(store, admin)
    with change_tab:
        _change_user_form(store, admin, [u.username for u in users])
    if _sso_configured():
        mapping = dict(st.secrets.get("clearnotice_roles", {}))
        st.caption(
            "Single sign-on roles come from [clearnotice_roles] in secrets.toml: "
            + (", ".join(f"{k} → {v}" for k, v in mapping.items()) or "none mapped yet")
        )


_NEW = "admin-new-"  # prefix of the add-account form's widget keys
_NEW_NOTE = "admin-new-note"


def _add_user_form(store: Store, admin: Account) -> None:
    with st.form("add-user"):
        st.text_input("Username (an e-mail address works)", key=_NEW + "username")
        st.text_input("Display name", key=_NEW + "name")
        st.text_input("E-mail (optional)", key=_NEW + "email")
        st.selectbox("Role", list(Role), format_func=lambda r: r.label, key=_NEW + "role")
        st.checkbox("Signs in with single sign-on only (no password here)", key=_NEW + "sso")
        st.text_input(
            f"Password (at least {MIN_PASSWORD} characters)",
            type="password",
            key=_NEW + "password",
        )
        st.text_input("Password again", type="password", key=_NEW + "again")
        st.form_submit_button(
            "Add account", type="primary", on_click=_add_user, args=(store, admin.username)
        )
    note = st.session_state.pop(_NEW_NOTE, None)
    if note is not None:
        kind, message = note
        (st.error if kind == "error" else st.success)(message)


def _add_user(store: Store, actor: str) -> None:
    """Runs before the page, so the table already lists the new account; what was typed stays
    in the form when the account is refused, and only the passwords are cleared on success."""
    form = {name: st.session_state.get(_NEW + name) for name in ("username", "name", "email")}
    sso_only = st.session_state.get(_NEW + "sso", False)
    password = st.session_state.get(_NEW + "password", "")
    if not sso_only and password != st.session_state.get(_NEW + "again", ""):
        st.session_state[_NEW_NOTE] = ("error", "The two passwords differ.")
        return
    try:
        created = create_user(
            store,
            form["username"] or "",
            st.session_state.get(_NEW + "role", Role.EDITOR),
            actor=actor,
            password=None if sso_only else password,
            display_name=form["name"] or "",
            email=form["email"] or "",
        )
    except AuthError as problem:
        st.session_state[_NEW_NOTE] = ("error", str(problem))
        return
    for name in ("username", "name", "email", "password", "again"):
        st.session_state[_NEW + name] = ""
    st.session_state[_NEW_NOTE] = (
        "success",
        f"Added {escape_markdown(created.username)} as {created.role.label}.",
    )


def _change_user_form(store: Store, admin: Account, usernames: list[str]) -> None:
    username = st.selectbox("Account", usernames, key="admin-user")
    if username is None:
        return
    user = next(u for u in list_users(store) if u.username == username)
    role = st.selectbox(
        "Role",
        list(Role),
        index=list(Role).index(Role(user.role)),
        format_func=lambda r: r.label,
        key=f"admin-role:{username}",
    )
    password = st.text_input(
        f"New password (at least {MIN_PASSWORD} characters)",
        type="password",
        key=f"admin-password:{username}",
    )
    locks = locked_accounts(store)
    try:
        if username in locks and st.button(
            f"Unlock (locked after failed sign-ins until {locks[username]:%H:%M:%S} UTC)",
            key=f"admin-unlock:{username}",
        ):
            unlock(store, username, actor=admin.username)
            st.rerun()
        role_col, active_col, password_col = st.columns(3)
        if role_col.button("Save role", key=f"admin-save-role:{username}"):
            set_role(store, username, role, actor=admin.username)
            st.success(f"{escape_markdown(username)} is now {role.label}.")
        verb = "Deactivate" if user.active else "Reactivate"
        if active_col.button(verb, key=f"admin-active:{username}"):
            set_active(store, username, not user.active, actor=admin.username)
            st.rerun()
        if password_col.button("Set password", key=f"admin-set-password:{username}"):
            set_password(store, username, password, actor=admin.username)
            st.success(
                f"New password set for {escape_markdown(username)}; their sign-in lock is cleared."
            )
    except AuthError as problem:
        st.error(str(problem))
