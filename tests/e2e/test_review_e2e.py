"""In a real browser, two people at once: an editor changes the letter, the legal reviewer signs
in elsewhere, sees exactly that change as track changes and approves the new version."""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path

from clearnotice import approvals
from clearnotice.accounts import Role
from clearnotice.auth import UNKNOWN_ACCOUNT
from tests.e2e.conftest import ensure_account, sign_in, wait_for_app

ROOT = Path(__file__).resolve().parents[2]
# Complete by the guidance, so the reviewer approves it without having to give a reason.
LETTER = (ROOT / "tests" / "fixtures" / "good-plain.md").read_text(encoding="utf-8")


def _wait_for(condition, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the app did not save in time")
        time.sleep(0.2)


def test_editor_edits_and_reviewer_sees_the_change_and_approves(app_server, two_people):
    store = app_server.store()
    ensure_account(store, "eddie", Role.EDITOR)
    letter = store.create_letter("Two-person review", LETTER, actor="eddie")
    editor, reviewer = two_people

    sign_in(app_server, reviewer, "laura", Role.LEGAL, f"Review?letter={letter.id}")
    reviewer.get_by_role("button", name="I have read en v1").click()
    reviewer.get_by_text("You have read v1").wait_for()

    sign_in(app_server, editor, "eddie", Role.EDITOR, f"Edit?letter={letter.id}")
    assert editor.get_by_role("button", name=re.compile("^Approve")).count() == 0
    box = editor.get_by_role("textbox", name=re.compile("Letter text"))
    box.fill(LETTER.replace("On March 3, 2026", "On March 5, 2026"))
    editor.get_by_role("heading", name="Two-person review").click()  # blur: the text is sent
    editor.get_by_role("button", name="Save version").click()  # typing is a draft until then
    _wait_for(lambda: store.latest_version(letter.id).number == 2)

    # The reviewer comes back to the Review page through the navigation, still signed in.
    reviewer.get_by_role("link", name="Letters").click()
    wait_for_app(reviewer)
    reviewer.get_by_role("link", name="Review").click()
    reviewer.get_by_text("en v2 · saved by eddie").wait_for()
    diff = reviewer.locator(".cn-diff").first
    diff.wait_for()
    assert diff.locator("del").all_inner_texts() == ["3"]
    assert diff.locator("ins").all_inner_texts() == ["5"]
    # the letter as it reads (headings, bullets), wrapped: nothing cut off at the right edge
    assert diff.locator("h2").first.inner_text() == "What happened"
    assert diff.locator("li").count() >= 3 and "## " not in diff.inner_text()
    assert diff.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert "1 word inserted, 1 word deleted" in reviewer.get_by_text("Since v1").inner_text()

    reviewer.get_by_role("button", name="Approve en v2").click()
    reviewer.get_by_text("v2 approved by laura").wait_for()
    [row] = approvals.approval_record(store, letter.id)
    assert (row["version"], row["approved_by"], row["stale"]) == (2, "laura", False)
    assert row["sha256"] == store.latest_version(letter.id).sha256


def test_a_formula_typed_as_a_username_is_inert_in_the_audit_csv(app_server, two_people):
    attacker, reviewer = two_people
    # An account exists, so the app shows the sign-in form even when this test runs alone.
    ensure_account(app_server.store(), "laura", Role.LEGAL)
    attacker.goto(app_server.url)
    wait_for_app(attacker)
    attacker.get_by_role("textbox", name="Username").fill('=HYPERLINK("http://127.0.0.1/x","y")')
    attacker.get_by_role("textbox", name="Password").fill("whatever it is")
    attacker.get_by_role("button", name="Sign in").click()
    attacker.get_by_text("Wrong username or password.").wait_for()

    sign_in(app_server, reviewer, "laura", Role.LEGAL, "Audit_log")
    reviewer.get_by_text("events, newest first").wait_for()
    with reviewer.expect_download() as download_info:
        reviewer.get_by_role("button", name="Download these events as CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download_info.value.path()).read_text("utf-8"))))
    # A name that is no account is not recorded at all: the typed text is nowhere in the log.
    failed = [row for row in rows if row[2] == "sign-in-failed"]
    assert failed and failed[0][1] == UNKNOWN_ACCOUNT
    assert not any("hyperlink" in cell.lower() for row in rows for cell in row)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
