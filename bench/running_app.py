"""The app served on a loopback port for the browser benchmarks, and a signed-in page on it.

bench_live_editor.py and bench_load.py both start ``streamlit run serve.py`` (as ``make run``
does) with a throwaway SQLite database, make accounts and sign pages in; this is where they do
it.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clearnotice import auth  # noqa: E402
from clearnotice.letters import Store  # noqa: E402

CHROMIUM = os.environ.get("CLEARNOTICE_CHROMIUM", "/usr/bin/chromium")
PASSWORD = "a long passphrase for timing 42"
ADMIN = "bench-admin"
# The live editor's text box: its name begins so (a regular expression, as the browser tests
# find it, since the hint after it changes with the page's version of the editor).
EDITOR_NAME = re.compile("^Letter text")


@dataclass(frozen=True)
class App:
    base: str  # http://127.0.0.1:PORT
    store: Store  # the app's database

    def account(self, username: str) -> str:
        """An editor's account named ``username`` (made once), for ``sign_in``."""
        if auth.find_account(self.store, username) is None:
            auth.create_user(self.store, username, auth.Role.EDITOR, actor=ADMIN, password=PASSWORD)
        return username


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app() -> Iterator[App]:
    """The app on a free loopback port with a new database, stopped at the end."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        url = f"sqlite:///{data / 'bench.sqlite3'}"
        port = _free_port()
        env = {**os.environ, "CLEARNOTICE_DATABASE_URL": url, "CLEARNOTICE_DATA_DIR": str(data)}
        env.pop("CLEARNOTICE_PLAIN_EDITOR", None)
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port)]
            + ["--server.address", "127.0.0.1", "--server.headless", "true"]
            + ["--browser.gatherUsageStats", "false"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_healthy(base)
            store = Store(url)
            if not auth.has_users(store):
                auth.create_first_admin(store, ADMIN, PASSWORD)
            yield App(base, store)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_healthy(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("streamlit did not start")


def wait_idle(page) -> None:
    """Until the page's script run is over (Streamlit's status widget is gone)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )


def open_letter(page, app: App, username: str, letter_id: int):
    """Sign ``page`` in as ``username`` on the letter's edit page; its text box, once idle."""
    page.goto(f"{app.base}/Edit?letter={letter_id}")
    form = page.get_by_role("textbox", name="Username")
    editor = page.get_by_role("textbox", name=EDITOR_NAME)
    form.or_(editor).first.wait_for()  # this browser's cookie may still hold a session
    if form.count():
        form.fill(username)
        page.get_by_role("textbox", name="Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
    editor.wait_for()
    wait_idle(page)
    return editor


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(q * len(ordered)) - 1)]
