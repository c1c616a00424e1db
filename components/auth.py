"""The sign-in gate every page passes, the account this browser session acts as, and the
admin's forms for accounts.

A sign-in opens a session on the server (``clearnotice.sessions``); nothing else lets a page
render. Its token comes from the browser's HttpOnly cookie, so a reload or a new tab stays
signed in, or, until the cookie is set (and in AppTest, which has no cookies), from
``st.session_state[SESSION]``. The gate resumes the session on every run, reading the session
and the account again, so a sign-out elsewhere, an admin's revocation, a time-out, a
deactivated account or a changed role applies at once. Tests sign in by opening a real
session::

    create_user(store, "lee", Role.LEGAL, actor="test", password=...)
    at.session_state[SESSION] = open_session(store, "lee").token

Single sign-on: with an ``[auth]`` section in ``.streamlit/secrets.toml`` (Streamlit's OIDC
settings; it needs the Authlib package) a "Sign in with single sign-on" button appears, and
``[clearnotice_roles]`` maps e-mails to roles, e.g. ``"lee@firm.example" = "legal"`` or
``"*@firm.example" = "editor"``. Local accounts keep working beside it. A single sign-on opens
a session like a password does, so signing out everywhere, an admin's revocation and time-outs
end it too; the provider's own sign-in is then ended in that browser (``st.logout``), or its
cookie would sign the person straight back in.
"""

from __future__ import annotations

import functools
import json
import secrets
import time
from collections.abc import Callable
from typing import Any, ParamSpec

import streamlit as st

from clearnotice.accounts import AuthError, Role, SignInRefused
from clearnotice.auth import (
    Account,
    create_first_admin,
    create_user,
    has_users,
    list_users,
    set_active,
    set_password,
    set_role,
    sso_sign_in,
    unlock,
)
from clearnotice.client_address import client_address, trusted_proxies
from clearnotice.db import DatabaseProblem
from clearnotice.letters import Store
from clearnotice.passwords import MIN_PASSWORD
from clearnotice.sessions import (
    COOKIE_NAME,
    SESSION_ROUTE,
    SIGN_OUT_ROUTE,
    TICKET_LIFETIME,
    NewSession,
    cookie_routes_served,
    end_sessions,
    hand_over,
    open_session,
    open_sessions,
    record_ended_attempt,
    resume,
    sign_in_session,
    unseal,
)
from clearnotice.sign_in_limits import client_key, locked_accounts
from clearnotice.wording import plural
from components.escaping import escape_markdown
from components.services import get_cookie_key, get_store

SESSION = "clearnotice_session"  # the token of this page's sign-in session, until the cookie
_TICKET = "clearnotice_ticket"  # (ticket, monotonic deadline, page drawn since) for the cookie
_CLEAR_COOKIE = "clearnotice_clear_cookie"  # "Sign out", or a dead cookie: the browser drops it
_ACCOUNT = "clearnotice_account"  # this run's account, set by the gate
_SESSION_TOKEN = "clearnotice_session_token"  # names this browser session for the rate limit
_SSO_ENDED = "clearnotice_sso_ended"  # a session here ended: single sign-on is asked again
# (username, {name: file}): files a page prepared for one account (the Export page's), dropped
# when the session ends or another account's cookie takes over the tab (``prepared_files``)
PREPARED_FILES = "clearnotice_prepared_files"
P = ParamSpec("P")


def require_sign_in(store: Store) -> Account:
    """The signed-in account; otherwise draw the sign-in (or first admin) form and stop."""
    account = _resumed(store)
    if account is None and _sso_configured() and _sso_logged_in():
        if st.session_state.get(_SSO_ENDED):
            st.logout()  # else the provider's cookie would sign them straight back in
            st.stop()
        _start_session(store, _sso_account(store))
    if account is not None:
        st.session_state[_ACCOUNT] = account
        _signed_in_box(store, account)
        ticket, until, drawn = st.session_state.get(_TICKET, (None, 0.0, True))
        # Drawn again on every run until exchanged, in case a run is cut short before the
        # browser has it. The first run draws nothing else: the browser reloads on its cookie
        # at once, and draws the page once. Where nothing exchanges it (AppTest, ``streamlit
        # run app.py``) the next run draws the page on the session this page holds.
        if ticket is not None and time.monotonic() < until:
            _post_from_browser(SESSION_ROUTE, {"ticket": ticket}, then_reload=True)
            if not drawn:
                st.session_state[_TICKET] = (ticket, until, True)
                st.caption("Signing in…")
                st.stop()
        return account
    st.session_state.pop(_ACCOUNT, None)
    st.session_state.pop(PREPARED_FILES, None)
    if st.session_state.pop(_CLEAR_COOKIE, False):
        _post_from_browser(SIGN_OUT_ROUTE, {}, then_reload=False)
    st.title("ClearNotice")
    if not has_users(store):
        _first_admin_form(store)
    else:
        _sign_in_form(store)
    st.stop()
    raise AssertionError("unreachable: st.stop() ends the run")


def acting(what: str) -> Callable[[Callable[P, None]], Callable[P, None]]:
    """A widget's callback that acts (on_click, on_change, the live editor's on_edit...: it
    saves, approves, comments), run only while ``still_signed_in``; else not, and the attempt
    to do ``what`` (words for the audit log) is logged as refused. Streamlit runs a callback
    before the page script, so before its sign-in gate; the core checks the account, not the
    session, so a person signed out everywhere, given a new password or timed out, whose
    account is still active, kept acting from a tab left open."""

    def wrap(callback: Callable[P, None]) -> Callable[P, None]:
        @functools.wraps(callback)
        def checked(*args: P.args, **kwargs: P.kwargs) -> None:
            drawn = st.session_state.get(_ACCOUNT)
            if still_signed_in(get_store()):
                callback(*args, **kwargs)
            elif drawn is not None:  # a database refusing the line is in the server's log
                record_ended_attempt(get_store(), drawn.username, what)

        return checked

    return wrap


def still_signed_in(store: Store) -> bool:
    """Whether this browser's sign-in session is live now (``sessions.resume``) and acts as the
    account the page was drawn for; its role as it is now is kept for what runs next. For a
    run the gate does not guard: a widget's callback (``acting``), a fragment's own rerun.
    When not, nothing may act, and the next full run of the page asks for a sign-in (the
    browser's cookie may now be someone else's, who is not who the page was drawn for)."""
    drawn = st.session_state.get(_ACCOUNT)
    account = _resumed(store)
    if account is None or drawn is None or account.username != drawn.username:
        st.session_state.pop(_ACCOUNT, None)
        st.session_state.pop(PREPARED_FILES, None)
        return False
    st.session_state[_ACCOUNT] = account
    return True


def _resumed(store: Store) -> Account | None:
    """The account this browser's session acts as now, or None (``_session_account``); an ended
    session ends the identity provider's sign-in in this browser too."""
    account, ended = _session_account(store)
    if ended:  # signed out or revoked: the identity provider's sign-in ends with the session
        st.session_state[_SSO_ENDED] = True
    return account


def prepared_files() -> dict[str, Any]:
    """The files a page prepared for the signed-in account, kept across its reruns (a prepared
    export, a finished merge); an empty set for anyone else. The gate drops them when the
    session ends, and a tab whose cookie now signs in someone else (a shared computer, without
    a run in between) does not offer them the first person's files."""
    username = current_account().username
    owner, files = st.session_state.get(PREPARED_FILES, (None, {}))
    if owner != username:
        files = {}
        st.session_state[PREPARED_FILES] = (username, files)
    return files


def offer_download(label: str, what: str, data: bytes | Callable[[], bytes], **options) -> None:
    """A download button for ``data`` (``st.download_button``'s ``options``: file_name, mime,
    key...), handed over at the click only while this page's session lives (``_handed_over``).
    The click reruns nothing (on_click="ignore"): a rerun registers the button's file anew and
    drops the one the click asked for ("A click that still holds the old id fails until the
    browser receives the new delta", streamlit 1.67 MediaFileManager.remove_deferred), and a
    download changes nothing a rerun would show."""
    st.download_button(label, _handed_over(what, data), on_click="ignore", **options)


def _handed_over(what: str, data: bytes | Callable[[], bytes]) -> Callable[[], bytes]:
    """``data`` for ``st.download_button``, made into the file only when the button is clicked
    and only while this page's sign-in session is live (``sessions.hand_over``: else nothing,
    and ``what`` is logged as refused). Streamlit runs a callable ``data`` at the click, on a
    thread of its own outside any page run (st.download_button's ``data``; streamlit 1.67
    MediaFileManager.execute_deferred); bytes given as they are were served at any click, even
    after a sign-out everywhere or a deactivation. The browser is told the download failed."""
    store, token, username = get_store(), _session_token(), current_account().username
    make = data if callable(data) else (lambda: data)
    return functools.partial(hand_over, store, token, username, what, make)


def _session_token() -> str | None:
    """The token of the session this run was let in on: the page's, else the cookie's."""
    token = st.session_state.get(SESSION)
    cookie = st.context.cookies.get(COOKIE_NAME)
    return token or (unseal(cookie, get_cookie_key()) if cookie else None)


def current_account() -> Account:
    """The account the gate let in on this run; pages call it after page_setup."""
    account = st.session_state.get(_ACCOUNT)
    if account is None:
        raise RuntimeError("no one is signed in: call page_setup() before current_account()")
    return account


def _session_account(store: Store) -> tuple[Account | None, bool]:
    """The account of this page's session, else of the browser's cookie, and whether a session
    either named has ended (signed out, revoked, timed out). A session that ended is forgotten
    here too."""
    token = st.session_state.get(SESSION)
    account = resume(store, token) if token else None
    ended = token is not None and account is None
    if account is None:
        st.session_state.pop(SESSION, None)
        st.session_state.pop(_TICKET, None)
        cookie = st.context.cookies.get(COOKIE_NAME)
        token = unseal(cookie, get_cookie_key()) if cookie else None
        account = resume(store, token) if token else None
        if token is not None and account is None:
            ended = True
            # dropped with the sign-in form: a dead cookie left behind would end the next
            # single sign-on at once, as a session ended here
            st.session_state[_CLEAR_COOKIE] = True
    return account, ended


def _start_session(store: Store, account: Account) -> None:
    """Open a session for ``account``, who has just proved who they are (single sign-on, the
    first admin's form), and keep it (``_keep_session``)."""
    _keep_session(open_session(store, account.username))


def _keep_session(opened: NewSession) -> None:
    """Keep a session just opened for this page, and have the browser move it into its cookie
    on the next run, where a web server takes it there (serve.py); under ``streamlit run
    app.py`` the session stays this tab's."""
    st.session_state[SESSION] = opened.token
    if cookie_routes_served():
        deadline = time.monotonic() + TICKET_LIFETIME.total_seconds()
        st.session_state[_TICKET] = (opened.ticket, deadline, False)
    st.rerun()


def _post_from_browser(route: str, fields: dict[str, str], *, then_reload: bool) -> None:
    """Have the browser post ``fields`` to one of the web server's routes (serve.py), whose
    answer sets or clears the HttpOnly cookie no page script can touch; reload on success.
    Where nothing serves the route (``streamlit run app.py``) the post fails and nothing
    changes: the page keeps its session until the tab closes."""
    reload = "window.location.reload();" if then_reload else ""
    st.html(
        f"""<script>
fetch({json.dumps(route)}, {{method: "POST", credentials: "same-origin",
  body: new URLSearchParams({json.dumps(fields)})}})
  .then((answer) => {{ if (answer.ok) {{ {reload} }} }});
</script>""",
        unsafe_allow_javascript=True,
    )


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
            # the password checked and the session opened in one transaction, so that a reset
            # or a deactivation cannot land between them
            _, opened = sign_in_session(store, username, password, client=_client())
        except AuthError as refused:  # a refusal, or a setting to fix (trusted proxies)
            st.error(escape_markdown(str(refused)))
            return
        _keep_session(opened)


def _client() -> str:
    """This browser for the sign-in rate limit: its IP address (behind a reverse proxy named in
    CLEARNOTICE_TRUSTED_PROXIES, the one the proxy forwarded for), else a random token kept
    for the session."""
    token = st.session_state.setdefault(_SESSION_TOKEN, secrets.token_urlsafe(12))
    forwarded_for = st.context.headers.get_all("X-Forwarded-For")
    address = client_address(st.context.ip_address, forwarded_for, trusted_proxies())
    return client_key(address, token)


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
        st.error(escape_markdown(str(problem)))
        return
    _start_session(store, account)


def _signed_in_box(store: Store, account: Account) -> None:
    with st.sidebar:
        st.caption(f"Signed in as **{escape_markdown(account.name)}** · {account.role.label}")
        if st.button("Sign out", key="sign-out", help="Signs you out in every browser and tab"):
            end_sessions(store, account.username, actor=account.username)
            st.session_state.pop(SESSION, None)
            st.session_state.pop(_ACCOUNT, None)
            st.session_state[_CLEAR_COOKIE] = True
            if _sso_configured() and _sso_logged_in():
                st.logout()
            st.rerun()


def _sso_configured() -> bool:
    return st.secrets.load_if_toml_exists() and "auth" in st.secrets


def _sso_logged_in() -> bool:
    return bool(st.user.get("is_logged_in"))


def _sso_account(store: Store) -> Account:
    try:
        mapping = dict(st.secrets.get("clearnotice_roles", {}))
        return sso_sign_in(store, st.user.get("email") or "", st.user.get("name") or "", mapping)
    except SignInRefused as refused:
        st.error(escape_markdown(str(refused)))
        st.button("Sign out of single sign-on", on_click=st.logout)
        st.stop()
        raise AssertionError("unreachable") from refused


def render_user_admin(store: Store, admin: Account) -> None:
    """The accounts table and the forms an admin uses to add and change accounts."""
    users = list_users(store)
    locks = locked_accounts(store)
    signed_in = open_sessions(store)
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
                "Open sessions": signed_in.get(u.username, 0),
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
    _show_note(_NEW_NOTE)


def _show_note(key: str) -> None:
    """Show once what a form's callback left under ``key``: ("error" or "success", message),
    the message escaped already (a refusal may quote what was typed)."""
    note = st.session_state.pop(key, None)
    if note is not None:
        kind, message = note
        (st.error if kind == "error" else st.success)(message)


@acting("add an account")
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
    except (AuthError, DatabaseProblem) as problem:  # a callback: said here or not at all
        st.session_state[_NEW_NOTE] = ("error", escape_markdown(str(problem)))
        return
    for name in ("username", "name", "email", "password", "again"):
        st.session_state[_NEW + name] = ""
    st.session_state[_NEW_NOTE] = (
        "success",
        f"Added {escape_markdown(created.username)} as {created.role.label}.",
    )


_CHANGE_NOTE = "admin-change-note"


def _change_user_form(store: Store, admin: Account, usernames: list[str]) -> None:
    """Each button acts in its callback, before the page runs again, so the accounts table
    above is drawn with the change made (drawn before a button acting in the page, it showed the
    role, sessions and lock from before the click)."""
    username = st.selectbox("Account", usernames, key="admin-user")
    if username is None:
        return
    user = next(u for u in list_users(store) if u.username == username)
    st.selectbox(
        "Role",
        list(Role),
        index=list(Role).index(Role(user.role)),
        format_func=lambda r: r.label,
        key=f"admin-role:{username}",
    )
    st.text_input(
        f"New password (at least {MIN_PASSWORD} characters)",
        type="password",
        key=f"admin-password:{username}",
    )
    locks = locked_accounts(store)
    acts = (store, admin.username, username)
    if username in locks:
        until = f"{locks[username]:%H:%M:%S}"
        label = f"Unlock (locked after failed sign-ins until {until} UTC)"
        _change_button(st, label, f"admin-unlock:{username}", (*acts, _unlocked))
    role_col, active_col, password_col, sessions_col = st.columns(4)
    _change_button(role_col, "Save role", f"admin-save-role:{username}", (*acts, _role_saved))
    active = ("Deactivate", _deactivated) if user.active else ("Reactivate", _reactivated)
    _change_button(active_col, active[0], f"admin-active:{username}", (*acts, active[1]))
    _change_button(
        password_col, "Set password", f"admin-set-password:{username}", (*acts, _password_set)
    )
    _change_button(
        sessions_col,
        "Sign out everywhere",
        f"admin-end-sessions:{username}",
        (*acts, _signed_out),
        help="Ends every sign-in of this account, in every browser and tab",
    )
    _show_note(_CHANGE_NOTE)


def _change_button(where: Any, label: str, key: str, args: tuple, help: str | None = None) -> None:
    """A button in ``where`` (the page or a column) whose click is ``_change_account(*args)``."""
    where.button(label, key=key, help=help, on_click=_change_account, args=args)


# A change to one account, made by ``actor``: it returns what to tell the admin, or None when
# the table shows it well enough (an account deactivated, reactivated or unlocked).
Change = Callable[[Store, str, str], str | None]


@acting("change an account")
def _change_account(store: Store, actor: str, username: str, change: Change) -> None:
    """Makes ``change`` before the page runs; its message or refusal is shown under the buttons."""
    try:
        message = change(store, actor, username)
    except (AuthError, DatabaseProblem) as problem:  # a callback: said here or not at all
        st.session_state[_CHANGE_NOTE] = ("error", escape_markdown(str(problem)))
        return
    if message is not None:
        st.session_state[_CHANGE_NOTE] = ("success", message)


def _role_saved(store: Store, actor: str, username: str) -> str:
    role = Role(st.session_state[f"admin-role:{username}"])
    set_role(store, username, role, actor=actor)
    return f"{escape_markdown(username)} is now {role.label}."


def _deactivated(store: Store, actor: str, username: str) -> None:
    set_active(store, username, False, actor=actor)


def _reactivated(store: Store, actor: str, username: str) -> None:
    set_active(store, username, True, actor=actor)


def _unlocked(store: Store, actor: str, username: str) -> None:
    unlock(store, username, actor=actor)


def _password_set(store: Store, actor: str, username: str) -> str:
    typed = f"admin-password:{username}"
    set_password(store, username, st.session_state.get(typed, ""), actor=actor)
    st.session_state[typed] = ""  # set: no password left standing in the box
    return (
        f"New password set for {escape_markdown(username)}; their sign-in lock is "
        "cleared and they are signed out everywhere."
    )


def _signed_out(store: Store, actor: str, username: str) -> str:
    ended = end_sessions(store, username, actor=actor)
    return f"{escape_markdown(username)} is signed out ({plural(ended, 'session')} ended)."
