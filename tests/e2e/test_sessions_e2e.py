"""In a real browser: a sign-in survives a reload and a new tab, lives in an HttpOnly,
SameSite=Strict cookie, and a sign-out in one tab ends it in the other."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from clearnotice.accounts import Role
from clearnotice.sessions import COOKIE_NAME, DEFAULT_ABSOLUTE, end_sessions
from tests.e2e.conftest import sign_in, wait_for_app

USERNAME = "e2e-sessions"


def _shows_signed_in(page) -> bool:
    """Whether the page, once its script has run, shows someone signed in or the form."""
    wait_for_app(page)
    signed_in = page.get_by_text("Signed in as")
    form = page.get_by_role("textbox", name="Username")
    signed_in.or_(form).first.wait_for()
    return form.count() == 0


@contextlib.contextmanager
def _signed_in(app_server, browser) -> Iterator[tuple]:
    """A browser context of its own (one person), and a page in it signed in."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(20_000)
    try:
        page = context.new_page()
        sign_in(app_server, page, USERNAME, Role.LEGAL)
        yield context, page
    finally:
        context.close()


def test_a_sign_in_survives_reload_and_new_tab_and_sign_out_ends_it_in_both(app_server, browser):
    with _signed_in(app_server, browser) as (context, first):
        [cookie] = [c for c in context.cookies() if c["name"] == COOKIE_NAME]
        assert cookie["httpOnly"] is True
        assert cookie["sameSite"] == "Strict"
        assert cookie["secure"] is False  # served over plain http on loopback here
        lifetime = cookie["expires"] - time.time()
        assert DEFAULT_ABSOLUTE.total_seconds() - 600 < lifetime <= DEFAULT_ABSOLUTE.total_seconds()
        assert COOKIE_NAME not in first.evaluate("document.cookie"), "scripts cannot read it"

        first.reload()
        assert _shows_signed_in(first), "a reload keeps the sign-in"

        second = context.new_page()
        second.goto(f"{app_server.url}/Audit_log")
        assert _shows_signed_in(second), "a new tab is signed in too"
        second.get_by_role("textbox", name="Detail contains").wait_for()  # the page drawn
        wait_for_app(second)

        with second.expect_response(lambda r: r.url.endswith("/auth/sign-out")) as answer:
            second.get_by_role("button", name="Sign out").click()
        assert answer.value.status == 204
        assert not _shows_signed_in(second)
        assert [c for c in context.cookies() if c["name"] == COOKIE_NAME] == []

        first.reload()
        assert not _shows_signed_in(first), "signing out in one tab signed the other out"


def test_a_revoked_sign_in_is_gone_on_reload_and_its_cookie_is_dropped(app_server, browser):
    with _signed_in(app_server, browser) as (context, page):
        assert [c for c in context.cookies() if c["name"] == COOKIE_NAME]
        end_sessions(app_server.store(), USERNAME, actor=USERNAME)  # as "Sign out" elsewhere
        with page.expect_response(lambda r: r.url.endswith("/auth/sign-out")):
            page.reload()
        assert not _shows_signed_in(page)
        assert [c for c in context.cookies() if c["name"] == COOKIE_NAME] == []
