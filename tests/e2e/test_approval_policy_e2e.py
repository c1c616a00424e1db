"""In a real browser, a legal reviewer and an editor: the flawed Spanish sample cannot be approved
whatever reason is typed; a translation whose only findings are glossary findings is approved
with a reason, which the editor then finds on the Export page and in the merge manifest."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from clearnotice import approvals
from clearnotice.accounts import Role
from tests.approving import EXCEPTION_REASON, GLOSSARY_ONLY_SPANISH
from tests.e2e.conftest import choose, ensure_account, open_signed_in, wait_for_app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
FLAWED = (FIXTURES / "flawed-translation.es.md").read_text(encoding="utf-8")
CUSTOMERS = b"customer_id,customer_name,language\nC-1,Maria Gonzalez,es\nC-2,James O'Neill,en\n"
# The first run of the Review page in a fresh server loads the QA's language models.
FIRST_RUN = 90_000
REASON_BOX = "Why approve despite the open errors? (recorded with the approval)"


def _approve_spanish(reviewer, version: int, reason: str) -> None:
    # a budget, not a speed: after a new version the page first checks it (QA, grammar)
    reviewer.get_by_role("tab", name=re.compile(r"^es ·")).click(timeout=FIRST_RUN)
    box = reviewer.get_by_role("textbox", name=REASON_BOX)
    box.wait_for(timeout=FIRST_RUN)
    box.fill(reason)
    reviewer.get_by_role("button", name=f"Approve es v{version}").click()
    wait_for_app(reviewer)


def test_facts_changed_block_approval_and_a_glossary_exception_reaches_export_and_merge(
    app_server,
    two_people,  # noqa: F811 (the fixture imported above)
):
    store = app_server.store()
    ensure_account(store, "eddie", Role.EDITOR)
    ensure_account(store, "rita", Role.LEGAL)
    letter = store.create_letter("Policy e2e", ENGLISH, actor="eddie")
    english = store.latest_version(letter.id)
    approvals.approve(store, letter.id, "en", english.id, "rita")
    flawed = store.save_version(
        letter.id, FLAWED, base_version_id=None, actor="eddie", language="es",
        origin="human:Ana", source_version_id=english.id,
    ).version  # fmt: skip
    editor, reviewer = two_people

    open_signed_in(app_server, reviewer, "rita", Role.LEGAL, f"Review?letter={letter.id}")
    _approve_spanish(reviewer, 1, "Counsel has read it and accepts it.")
    refusal = reviewer.locator("[data-testid='stAlert']", has_text="whatever the reason")
    refusal.wait_for()
    assert "1-800-555-0124" in refusal.inner_text()
    assert approvals.approved_version(store, letter.id, "es") is None

    store.save_version(
        letter.id, GLOSSARY_ONLY_SPANISH, base_version_id=flawed.id, actor="eddie",
        language="es", origin="human:Ana", source_version_id=english.id,
    )  # fmt: skip
    reviewer.get_by_role("link", name="Letters").click()
    wait_for_app(reviewer)
    reviewer.get_by_role("link", name="Review").click()
    wait_for_app(reviewer)
    _approve_spanish(reviewer, 2, EXCEPTION_REASON)
    reviewer.get_by_role("tab", name="es · approved with exceptions").click()
    reviewer.get_by_text("es v2 is approved with exceptions").wait_for()
    assert approvals.approved_version(store, letter.id, "es").number == 2

    open_signed_in(app_server, editor, "eddie", Role.EDITOR, f"Export?letter={letter.id}")
    choose(editor, "Language", re.compile(r"\(es\) · approved with exceptions"))
    wait_for_app(editor)
    shown = editor.locator("[data-testid='stAlert']", has_text="es v2 is approved with exceptions")
    shown.wait_for()
    assert EXCEPTION_REASON in shown.inner_text()
    assert editor.get_by_text("is the approved text").count() == 0

    editor.get_by_role("tab", name="Mail merge").click()
    editor.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "customers.csv", "mimeType": "text/csv", "buffer": CUSTOMERS}]
    )
    wait_for_app(editor)
    editor.get_by_role("button", name="Merge 2 letters").click()
    with editor.expect_download() as download:
        editor.get_by_role("button", name="Download the manifest (CSV)").click()
    manifest = Path(download.value.path()).read_text(encoding="utf-8")
    rows = {row["customer_id"]: row for row in csv.DictReader(io.StringIO(manifest))}
    assert rows["C-1"]["letter_language"] == "es"
    assert EXCEPTION_REASON in rows["C-1"]["approval_exceptions"]
    assert rows["C-2"]["approval_exceptions"] == ""
