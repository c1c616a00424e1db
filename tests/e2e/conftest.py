"""The app served as `make run` serves it (`streamlit run serve.py`: the pages and the sign-in
cookie's routes) and driven by Debian's Chromium through Playwright.

No browser is ever downloaded: Playwright launches /usr/bin/chromium. Without it the browser
tests skip, except under CI=true, where a missing browser fails the run.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from clearnotice.schema import WorkingDraft

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CLEARNOTICE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT = 60
# How often a condition waited on in the page (``page.wait_for_function``) is checked, in ms.
# Playwright's default checks it on every animation frame, 60 times a second: a 10 s wait cost
# Chromium and Playwright 0.83 s of CPU so, 0.19 s at this interval (2026-12-02, an idle Edit
# page). What is waited for takes a server run, or is timed in the page: 100 ms later is little.
POLL_MS = 100
PASSWORD = "browser test password"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunningApp:
    url: str
    database_url: str
    data_dir: Path

    def store(self):
        from clearnotice.letters import Store

        return Store(self.database_url)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM}: install Debian's chromium package"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


def start_app(port: int, data: Path, database_url: str) -> subprocess.Popen:
    """`streamlit run serve.py` on loopback ``port`` with ``database_url``, logging to
    ``data``/streamlit.log; returns once it answers its health check."""
    env = {
        **os.environ,
        "CLEARNOTICE_DATABASE_URL": database_url,
        "CLEARNOTICE_DATA_DIR": str(data),
    }
    with open(data / "streamlit.log", "a") as log:  # the process keeps its own handle
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "serve.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/_stcore/health", timeout=2
            ) as response:
                if response.status == 200:
                    return process
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("streamlit did not start:\n" + (data / "streamlit.log").read_text())
        time.sleep(0.3)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory) -> RunningApp:
    """`streamlit run serve.py` on a free loopback port with its own database."""
    data = tmp_path_factory.mktemp("app-data")
    port = _free_port()
    url = f"sqlite:///{data / 'e2e.sqlite3'}"
    process = start_app(port, data, url)
    base = f"http://127.0.0.1:{port}"
    yield RunningApp(base, url, data)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# Counts the app's script runs in the page, from the state Streamlit's frontend writes on its
# root element (``data-test-script-state`` of ``[data-testid=stApp]``: "running" while a run
# goes, "notRunning" once it is done): a wait can then tell a rerun that has not begun yet
# from one that is over. Installed before the page's own scripts, on every page of a context.
COUNT_RUNS = """
window.__cnRuns = { started: 0, finished: 0, state: null };
new MutationObserver(() => {
  const app = document.querySelector("[data-testid='stApp']");
  const state = app ? app.getAttribute("data-test-script-state") : null;
  const runs = window.__cnRuns;
  if (state === runs.state) return;
  if (state === "running") runs.started += 1;
  else if (runs.state === "running") runs.finished += 1;
  runs.state = state;
}).observe(document, {
  subtree: true, childList: true, attributes: true,
  attributeFilter: ["data-test-script-state"],
});
"""


def _context(browser, height: int):
    """A browser context whose pages count the app's script runs (``COUNT_RUNS``)."""
    context = browser.new_context(viewport={"width": 1280, "height": height})
    context.add_init_script(COUNT_RUNS)
    return context


@pytest.fixture
def page(browser):
    context = _context(browser, 800)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture
def two_people(browser):
    """Two separate browser contexts: two people, two cookie jars, two Streamlit sessions."""
    contexts = [_context(browser, 900) for _ in range(2)]
    pages = [context.new_page() for context in contexts]
    for page in pages:
        page.set_default_timeout(20_000)
    yield pages
    for context in contexts:
        context.close()


# No run going (the root's script state, and the status widget it shows), and when a count of
# runs is given, a run started since that count and every run started has finished.
_RUN_OVER = """(after) => {
  const app = document.querySelector("[data-testid='stApp']");
  const state = app ? app.getAttribute("data-test-script-state") : "running";
  if (state === "running" || state === "rerunRequested") return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  const runs = window.__cnRuns;
  return after === null || (runs.started > after && runs.finished >= runs.started);
}"""


def runs(page) -> int:
    """How many script runs this page has started (``COUNT_RUNS``): read it before a click or
    key that reruns the app, and hand it to ``wait_for_app``."""
    return page.evaluate("() => window.__cnRuns.started")


def wait_for_app(page, after: int | None = None, timeout: float = START_TIMEOUT * 1000) -> None:
    """Wait until Streamlit has finished running the script for the current view. With
    ``after`` (``runs`` read before the click or key that reruns the app), until a run started
    since has finished too: a box's blur or a tab's click reaches the server a moment later, and
    until the server starts that rerun the page reads as finished, as it was before the click.
    The wait is a new server's first run's (``START_TIMEOUT``): a run that reviews a letter took
    over 30 s on a 2-core machine shared with other suites (the facts test's sign-in and tab
    click, twice), while it takes about a second on a quiet one; a run that never ends still
    fails."""
    page.wait_for_selector("[data-testid='stApp']")
    page.wait_for_function(_RUN_OVER, arg=after, timeout=timeout, polling=POLL_MS)


def rerun_by(page, action) -> None:
    """Do ``action()`` (a click or key that reruns the app) and wait until that rerun is over."""
    before = runs(page)
    action()
    wait_for_app(page, after=before)


def ensure_account(store, username: str, role) -> None:
    """A real account for ``username`` on the app's database (the first one made an admin)."""
    from clearnotice.auth import create_first_admin, create_user, find_account, has_users

    if not has_users(store):
        create_first_admin(store, "e2e-admin", PASSWORD)
    if find_account(store, username) is None:  # else made by an earlier test on this server
        create_user(store, username, role, actor="e2e-admin", password=PASSWORD)


def writer(store, username: str = "e2e-editor") -> str:
    """``username`` as an editor account (made when missing), for a test that writes a letter
    as it: every write of a letter's text checks its actor (clearnotice.letters)."""
    from clearnotice.accounts import Role

    ensure_account(store, username, Role.EDITOR)
    return username


def sign_in(
    app_server: RunningApp, page, username: str = "e2e-editor", role=None, path: str = ""
) -> None:
    """Open ``path`` signed in as ``username`` (an editor unless ``role``): through the sign-in
    form, or at once when this browser's cookie still holds a session (a reload, a new tab)."""
    from clearnotice.accounts import Role

    ensure_account(app_server.store(), username, role or Role.EDITOR)
    page.goto(f"{app_server.url}/{path.lstrip('/')}")
    wait_for_app(page)
    signed_in = page.get_by_text("Signed in as")
    form = page.get_by_role("textbox", name="Username")
    signed_in.or_(form).first.wait_for(timeout=START_TIMEOUT * 1000)  # a first run is slow
    if form.count() == 0:
        return
    form.fill(username)
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    # the reload on the cookie the ticket was exchanged for: a wait, generous for a busy machine
    with page.expect_navigation(timeout=START_TIMEOUT * 1000):
        page.get_by_role("button", name="Sign in").click()
    signed_in.wait_for()
    wait_for_app(page)


def open_signed_in(
    app_server: RunningApp, page, username: str = "e2e-editor", role=None, path: str = ""
) -> None:
    """Open ``path`` signed in as ``username`` (an editor unless ``role``), for a test whose
    subject is not the sign-in form (that is ``sign_in``'s): a browser without a cookie gets
    one the way the form gets it, a session's ticket exchanged at the server's cookie route
    (``POST /auth/session``, serve.py), without loading the form's page first. Each page load
    of Streamlit's frontend costs Chromium over a second of CPU, about a quarter of a test
    that opens the editor once (measured 2026-12-02: 5.3 s through the form, 3.8 s so)."""
    from clearnotice import sessions
    from clearnotice.accounts import Role

    store = app_server.store()
    ensure_account(store, username, role or Role.EDITOR)
    jar = page.context.cookies(app_server.url)
    if not any(cookie["name"] == sessions.COOKIE_NAME for cookie in jar):
        ticket = sessions.open_session(store, username).ticket
        answer = page.request.post(f"{app_server.url}/auth/session", form={"ticket": ticket})
        assert answer.status == 204, answer.text()
    page.goto(f"{app_server.url}/{path.lstrip('/')}")
    wait_for_app(page)
    page.get_by_text("Signed in as").wait_for(timeout=START_TIMEOUT * 1000)  # a first run is slow
    wait_for_app(page)


def choose(page, box_label: str, option: re.Pattern | str) -> None:
    """Pick ``option`` in the select box labelled ``box_label``."""
    box = page.locator("[data-testid='stSelectbox']:visible", has_text=box_label)
    open_until_shown(page, box, page.get_by_role("option", name=option).first).click()


def open_until_shown(page, opener, wanted):
    """Click ``opener`` (a select box, a popover's button) until ``wanted`` shows, and return it.
    A rerun that lands while a menu is open (a sign-in's last step, the rerun after the last
    action) closes it, so the menu is opened again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(10):
        opener.click()
        try:
            wanted.wait_for(timeout=3_000)
        except PlaywrightTimeout:
            wait_for_app(page)
            continue
        return wanted
    raise AssertionError(f"{opener} never showed {wanted}")


def held_texts(store, letter_id: int) -> set[str]:
    """What the database keeps of the letter's editing: its newest version's text and every
    working draft typed on a version (clearnotice.working_draft)."""
    with store.session() as s:
        drafts = s.scalars(select(WorkingDraft.text).where(WorkingDraft.letter_id == letter_id))
        return {store.latest_version(letter_id).text, *drafts}


def open_expanders(page) -> None:
    """Open every closed expander on the page. A rerun can replace an expander while it is being
    clicked (a loaded CI run saw its summary detached for 20 s): then wait until the page is idle
    and look again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    closed = page.locator("[data-testid='stExpander'] details:not([open]) > summary")
    for _ in range(5):
        try:
            for summary in closed.all():
                if summary.is_visible():
                    summary.click(timeout=5_000)
            return
        except PlaywrightTimeout:
            wait_for_app(page)
    raise AssertionError("the page's expanders kept changing while they were being opened")


def visit(page, link: str, tabs: tuple[str, ...] = ()) -> None:
    """Go to a page through the sidebar (a reload would start a new, signed-out session), open
    its expanders and the named tabs (some tabs are inside an expander)."""
    page.locator("[data-testid='stSidebar']").get_by_role("link", name=link, exact=True).click()
    path = "" if link == "Letters" else link.replace(" ", "_")  # the home page is app.py
    page.wait_for_url(re.compile(rf"/{path}(\?|$)"))
    wait_for_app(page)
    for name in tabs:
        tab = page.get_by_role("tab", name=name).first
        for _ in range(120):  # a page's first run on a cold, busy server takes a while
            open_expanders(page)
            if tab.is_visible():
                break
            page.wait_for_timeout(500)
        tab.click()
    open_expanders(page)
    wait_for_app(page)


def cut_connection(page) -> dict:
    """Route the app's websocket through a local stand-in that passes every message on until
    ``cut["on"]`` is set, then drops what the browser sends: the server never hears of what is
    typed after that, as when the connection is lost. A new connection (a reload) starts uncut.
    Call it before the page opens the app."""
    cut = {"on": False}

    def route(ws) -> None:
        cut["on"] = False
        server = ws.connect_to_server()
        ws.on_message(lambda message: None if cut["on"] else server.send(message))
        server.on_message(ws.send)

    page.route_web_socket(re.compile(r"/_stcore/stream"), route)
    return cut


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


STRIP = ".st-key-score-strip"  # the Edit page's score strip: "Grade 7.7 · up 0.8 since v3 · ..."
STRIP_GRADE_JS = (
    "() => document.querySelector('.st-key-score-strip')?.innerText.match(/Grade (-?[\\d.]+)/)?.[1]"
)


def shown_grade(page) -> float:
    """The grade the Edit page's score strip shows, once it shows one (on a busy machine the
    page can be idle a moment before the strip is drawn)."""
    return float(page.wait_for_function(STRIP_GRADE_JS, polling=POLL_MS).json_value())
