"""In a real browser: a tab closed on a letter stops counting as "Also editing" as soon as the
server sees its connection close, not a minute after its last report."""

from __future__ import annotations

import time

from clearnotice.presence import HEARTBEAT, WINDOW
from tests.e2e.conftest import open_signed_in, wait_for_app, writer

ALSO = "Also editing: you (in another tab)"


def test_a_closed_tab_is_no_longer_also_editing_by_the_next_heartbeat(app_server, browser):
    store = app_server.store()
    letter = store.create_letter("Presence", "# Notice\n\nWe are sorry.\n", actor=writer(store))
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(20_000)
    try:
        first = context.new_page()
        open_signed_in(app_server, first, path=f"Edit?letter={letter.id}")
        second = context.new_page()  # the same person: the cookie signs it in
        second.goto(f"{app_server.url}/Edit?letter={letter.id}")
        wait_for_app(second)
        second.get_by_text(ALSO).wait_for(timeout=60_000)
        first.close()
        closed = time.monotonic()
        # before: gone only once the closed tab's last report was WINDOW (60 s) old
        second.get_by_text(ALSO).wait_for(state="detached", timeout=WINDOW.total_seconds() * 1000)
        took = time.monotonic() - closed
        assert took < HEARTBEAT.total_seconds() + 15, f"still shown {took:.0f} s after closing"
    finally:
        context.close()
