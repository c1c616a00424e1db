"""Ten people editing at once: ten Chromium sessions type into ten letters on one server.

Starts the app on a loopback port (bench/running_app.py), makes ten editors' accounts and ten
letters, and opens one browser with ten contexts (ten separate sessions, as ten people). They
sign in one after another; then all ten type the same jargon-heavy sentences into the middle of
their own letter at once, one character every 40 ms, with a pause after each sentence. For every
sentence the browser records (the stopwatch of bench_live_editor.py) the time from each
keystroke to the editor's own grade and from the last keystroke to the server's findings for the
final text. At the end the text each letter opens with again (the typist's working draft, else
the newest version) is compared with what was typed into it: nothing may be lost.

Bounded: ten sessions, a fixed text, a time limit on every wait; loopback only.

Run: .venv/bin/python bench/bench_load.py [sessions, default 10]
"""

from __future__ import annotations

import asyncio
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.async_api import TimeoutError as PlaywrightTimeout  # noqa: E402

from bench.bench_live_editor import WATCH_JS, letter_of  # noqa: E402
from bench.running_app import CHROMIUM, EDITOR_NAME, PASSWORD, App, percentile, running_app  # noqa: E402
from clearnotice import readability, working_draft  # noqa: E402

SENTENCES = (
    " Notwithstanding the aforementioned considerations, the investigation determined that "
    "credentials were compromised.",
    " We are sorry, and we will call you this week.",
    " Subsequently, unauthorized exfiltration of personally identifiable information occurred.",
)
KEY_DELAY_MS = 40
PAUSE_MS = 1_500  # a person reading the scores before the next sentence
TIMEOUT_MS = 180_000


async def _open(browser, app: App, n: int):
    """Session ``n``: its own context (a person), signed in on its own new letter."""
    username = app.account(f"editor{n}")
    text = letter_of(450)
    letter = app.store.create_letter(f"Load {n}", text, actor=username)
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    await page.goto(f"{app.base}/Edit?letter={letter.id}")
    await page.get_by_role("textbox", name="Username").fill(username)
    await page.get_by_role("textbox", name="Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    editor = page.get_by_role("textbox", name=EDITOR_NAME)
    await editor.wait_for()
    return context, page, editor, letter.id, text


def _kept(app: App, letter_id: int, username: str) -> str:
    """The text the editor opens the letter with for ``username`` now: their working draft
    (typing is kept as one between named versions), else the newest version."""
    draft = working_draft.resume(app.store, letter_id, actor=username)
    return draft.text if draft is not None else app.store.latest_version(letter_id).text


async def _type(page, editor, text: str) -> tuple[str, list[float], list[float]]:
    """Types the sentences into the middle of the letter: the text typed, and the times."""
    caret = text.find("\n\n", text.find("\n\n") + 2)
    await editor.focus()
    await editor.evaluate("(e, at) => e.setSelectionRange(at, at)", caret)
    typed = text
    keys, server = [], []
    for sentence in SENTENCES:
        typed = typed[:caret] + sentence + typed[caret:]
        caret += len(sentence)
        await page.evaluate(WATCH_JS, f"{readability.analyse(typed).grade:g}")
        await page.keyboard.type(sentence, delay=KEY_DELAY_MS)
        try:
            await page.wait_for_function("() => window.__cnWatch.server !== null")
        except PlaywrightTimeout:
            server.append(math.inf)  # no findings within the time limit: counted, not hidden
            continue
        watch = await page.evaluate("() => window.__cnWatch")
        keys += watch["keys"]
        server.append(watch["server"] - watch["lastKey"])
        await page.wait_for_timeout(PAUSE_MS)
    return typed, keys, server


async def _run(sessions: int) -> None:
    from playwright.async_api import async_playwright

    with running_app() as app:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
            )
            # signing in is not what is measured: the sessions open one after another
            sessions_open = [await _open(browser, app, n) for n in range(sessions)]
            started = time.monotonic()
            typing = await asyncio.gather(
                *(_type(page, editor, text) for _, page, editor, _, text in sessions_open)
            )
            took = time.monotonic() - started
            await browser.close()
        keys = [k for _, ks, _ in typing for k in ks]
        server = [s for _, _, ss in typing for s in ss]
        lost = [
            n
            for n, ((_, _, _, letter_id, _), (typed, _, _)) in enumerate(
                zip(sessions_open, typing, strict=True)
            )
            if _kept(app, letter_id, f"editor{n}") != typed
        ]
    print(f"{sessions} sessions typing at once, {len(SENTENCES)} sentences each ({took:.0f} s)")
    print(f"{'':34}{'p50':>9}{'p90':>10}{'max':>10}")
    for name, values in (
        ("keystroke -> grade in the editor", keys),
        ("last keystroke -> server findings", server),
    ):
        print(
            f"{name:34}{percentile(values, 0.5):>6.0f} ms{percentile(values, 0.9):>7.0f} ms"
            f"{max(values):>7.0f} ms"
        )
    late = sum(math.isinf(s) for s in server)
    print(f"sentences whose findings never came within {TIMEOUT_MS // 1000} s: {late}")
    saved = sessions - len(lost)
    print(
        f"typed text saved exactly: {saved} of {sessions} letters"
        + (f"; lost: {lost}" if lost else "")
    )


if __name__ == "__main__":
    asyncio.run(_run(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
