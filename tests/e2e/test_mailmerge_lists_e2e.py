"""In a real browser: the Export page refuses a customer list whose quote never closes, and
holds a row that swallowed the next one, saying why, before any letter is made."""

from pathlib import Path

from clearnotice.accounts import Role
from clearnotice.approvals import approve
from tests.e2e.conftest import ensure_account, open_signed_in, wait_for_app, writer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _approved_letter(app_server) -> int:
    store = app_server.store()
    text = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    letter = store.create_letter("Merge lists e2e", text, actor=writer(store))
    ensure_account(store, "laura", Role.LEGAL)  # approving is checked against a real account
    approve(store, letter.id, "en", store.latest_version(letter.id).id, "laura")
    return letter.id


def _upload(page, name: str, data: bytes) -> None:
    chooser = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    chooser.set_input_files(files=[{"name": name, "mimeType": "text/csv", "buffer": data}])
    wait_for_app(page)


def test_a_broken_customer_list_is_refused_or_held_on_the_export_page(app_server, page):
    letter_id = _approved_letter(app_server)
    open_signed_in(app_server, page, path=f"Export?letter={letter_id}")
    page.get_by_role("tab", name="Mail merge").click()

    _upload(page, "issue.csv", b'id,customer_name,email\n1,"Ann,a@example.com\n2,Bo,b@x.net\n')
    alert = page.locator("[data-testid='stAlert']", has_text="never closes")
    alert.wait_for()
    assert "line 2: the quote before" in alert.inner_text()
    assert page.get_by_role("button", name="Merge").count() == 0

    swallowed = b'id,customer_name,email\n1,"Ann,a@x.net\n2,Bo",b@x.net\n3,Cy,c@x.net\n'
    _upload(page, "swallowed.csv", swallowed)
    held = page.locator("[data-testid='stMetric']", has_text="Held back")
    held.wait_for()
    assert held.locator("[data-testid='stMetricValue']").inner_text() == "1"
    page.get_by_text("Preview one customer's letter").click()
    reason = page.locator("[data-testid='stAlert']", has_text="a closing quote may be missing")
    reason.wait_for()
    assert "lines 2-3 of the file" in reason.inner_text()
    assert page.get_by_role("button", name="Merge 1 letters").is_visible()
