"""The web server: the Streamlit app (app.py and pages/) and the two small routes that set and
clear the sign-in cookie, which a page cannot do over its websocket.

Start it with ``streamlit run serve.py`` (``make run``): Streamlit finds ``app`` below and
serves it with uvicorn, reading ``.streamlit/config.toml`` as usual. ``streamlit run app.py``
still serves the pages, without the cookie: then a sign-in lasts as long as its tab.

The cookie is HttpOnly (no script reads it), SameSite=Strict (no other site's page or link
sends it), Secure when the browser's request came over https (behind a trusted proxy, as it
forwarded: ``client_address.browser_address``), and expires with the session's absolute
time-out; its value is sealed by ``clearnotice.sessions``, which decides everything else.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from streamlit.starlette import App

from clearnotice import client_address, sessions
from clearnotice.letters import Store
from clearnotice.translate import apertium_warm
from clearnotice.translate.apertium import Apertium

# A ticket and nothing else: a body longer than this is no sign-in.
MAX_BODY = 1024


@asynccontextmanager
async def lifespan(_app: App) -> AsyncIterator[dict]:
    """What the server holds from start to stop: the database, the cookie key, and Apertium's
    warm pipelines, started beside the app (in a thread: the pages are served meanwhile) and
    stopped with it. The checks are warmed the same way, so the first letter opened after a
    start is reviewed at once."""
    for name, warm_up in (("apertium", Apertium().warm_up), ("checks", _warm_up_checks)):
        threading.Thread(target=warm_up, name=f"{name}-warm-up", daemon=True).start()
    try:
        yield {"store": Store(), "cookie_key": sessions.cookie_key()}
    finally:
        apertium_warm.stop_all()


def _warm_up_checks() -> None:
    """Imported here, in the warming thread, so the server answers while the checks load."""
    from clearnotice import findings

    findings.warm_up()
    _freeze_what_lasts()


# new objects between young collections, once the checks are warm (Python's own: 700)
_YOUNG_OBJECTS = 10_000


def _freeze_what_lasts() -> None:
    """Leave what the process keeps to its end (the modules, the rules and their patterns) out
    of Python's garbage collections from now on. A full collection walks every object it
    tracks: after the warm-up about 190,000, 100-110 ms a time here (2026-11-29), a pause that
    lands in whichever rerun triggers it, mid-typing. Walking them never frees anything; what
    the requests make later is still collected. Garbage already in cycles is freed first, so
    none of it is kept for good.

    A young collection then runs after 10,000 new objects instead of Python's 700: a new
    letter's review made 6.3 of them (and 0.6 older ones), each walking the review's fresh
    lists of hits, about 1-2 ms of CPU a letter; with the frozen objects left out and this
    threshold, 0.07 a letter and 0.35 ms (issue 17, 2026-11-30, 40 bench letters and their
    edits at load 5-8). Memory stays bounded: at most 10,000 more objects wait for a collection
    than before, and the process's size over 200 more letters and edits was the same with and
    without (160 -> 227 MB in both: the bounded caches filling)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS)


async def exchange(request: Request) -> Response:
    """POST /auth/session with ``ticket``: the cookie of the session the ticket belongs to."""
    refusal = _cross_site(request)
    if refusal is not None:
        return refusal
    body = await request.body()
    ticket = parse_qs(body.decode("utf-8", "replace")).get("ticket", [""])[0]
    if len(body) > MAX_BODY:
        ticket = ""
    try:
        opened = await run_in_threadpool(sessions.exchange_ticket, _store(), ticket)
    except sessions.SessionRefused as refused:
        return PlainTextResponse(str(refused), status_code=400)
    response = Response(status_code=204)
    response.set_cookie(
        sessions.COOKIE_NAME,
        sessions.seal(opened.token, opened.expires_at, app.state["cookie_key"]),
        max_age=max(0, int((opened.expires_at - datetime.now(UTC)).total_seconds())),
        path="/",
        httponly=True,
        samesite="strict",
        secure=_browser_address(request).scheme == "https",
    )
    return response


async def sign_out(request: Request) -> Response:
    """POST /auth/sign-out: end this browser's session, if any, and clear its cookie."""
    refusal = _cross_site(request)
    if refusal is not None:
        return refusal
    token = sessions.unseal(request.cookies.get(sessions.COOKIE_NAME, ""), app.state["cookie_key"])
    if token is not None:
        await run_in_threadpool(sessions.end_session, _store(), token)
    response = Response(status_code=204)
    response.delete_cookie(
        sessions.COOKIE_NAME,
        path="/",
        httponly=True,
        samesite="strict",
        secure=_browser_address(request).scheme == "https",  # as the cookie it replaces
    )
    return response


def _cross_site(request: Request) -> Response | None:
    """A refusal for a post another site's page made: its Origin names another host than the
    one the browser used (behind a trusted proxy, the host it forwarded for). Browsers send
    Origin with every POST; a client that sends none is no browser page to protect."""
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != _browser_address(request).host:
        return PlainTextResponse("Sign-in requests come from ClearNotice's own pages.", 403)
    return None


def _browser_address(request: Request) -> client_address.BrowserAddress:
    """The scheme and host the browser used (``client_address.browser_address``): the
    request's own, or what a proxy named in CLEARNOTICE_TRUSTED_PROXIES forwarded for."""
    peer = request.client.host if request.client else None
    return client_address.browser_address(
        peer,
        request.url.scheme,
        request.headers.get("host"),
        request.headers.items(),
        client_address.trusted_proxies(),
    )


def _store() -> Store:
    return app.state["store"]


os.environ[sessions.COOKIE_ROUTES_ENV] = "1"  # the pages of this process may hand out tickets
ROUTES = [
    Route(sessions.SESSION_ROUTE, exchange, methods=["POST"]),
    Route(sessions.SIGN_OUT_ROUTE, sign_out, methods=["POST"]),
]
app = App("app.py", lifespan=lifespan, routes=ROUTES)
