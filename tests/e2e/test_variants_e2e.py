"""In a real browser: the legal reviewer opens a master's per-state letters on the Review page,
sees why the Massachusetts letter differs, opens it and approves it."""

from __future__ import annotations

from pathlib import Path

from clearnotice import approvals
from clearnotice.accounts import Role
from clearnotice.variant_letters import sync
from tests.e2e.conftest import ensure_account, open_signed_in, wait_for_app

ROOT = Path(__file__).resolve().parents[2]
MASTER = (ROOT / "tests" / "fixtures" / "master-six-states.md").read_text(encoding="utf-8")


def test_the_reviewer_reads_why_a_state_letter_differs_and_approves_it(app_server, page):
    store = app_server.store()
    ensure_account(store, "eddie", Role.EDITOR)
    master = store.create_letter(
        "Six-state notice",
        MASTER,
        actor="eddie",
        jurisdictions=["CA", "MA", "IL", "NY", "MD", "TX"],
    )
    massachusetts = sync(store, master.id, actor="eddie").for_jurisdiction("MA").letter

    open_signed_in(app_server, page, "laura", Role.LEGAL, f"Review?letter={master.id}")
    page.get_by_text("Letter for MA · v1 · not approved").wait_for()
    page.get_by_text("Left out for Massachusetts: us_ma.no-nature").first.wait_for()
    page.get_by_role("button", name="Review the letter for MA").click()
    page.get_by_role("heading", name="Review: Six-state notice (for MA)").wait_for()
    page.get_by_text("built from the master letter").wait_for()
    wait_for_app(page)  # the master's own approval button is gone once the run ends

    # (a tab's hidden panel holds its own copy of the button: the one on screen is clicked)
    page.locator("button:visible", has_text="Approve en v1").first.click()
    page.get_by_text("v1 approved by laura").wait_for()
    [row] = approvals.approval_record(store, massachusetts.id)
    assert (row["version"], row["approved_by"], row["stale"]) == (1, "laura", False)
