"""Mail merge by state (issue 15, item 4): each customer gets the approved text of the letter for
the state they live in, the master only where no per-state letter applies; a row whose state's
letter is not approved, or whose state cannot be read, is held with its reason (SQLite and
PostgreSQL)."""

from __future__ import annotations

import csv
import io
import zipfile

import docx
import pytest

from clearnotice.accounts import Role
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.mailmerge import MANIFEST_NAME, merge
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.export.merge_rows import HELD, MERGED, UNCLEAR, check_rows, letter_counts
from clearnotice.letters import Store
from tests.accounts import add_accounts
from tests.approving import approve_newest
from tests.cli_run import run_cli
from tests.state_letters import COUNT, CUSTOMERS, state_letters


@pytest.fixture
def letters(store):
    add_accounts(store, lawyer=Role.LEGAL)
    return state_letters(store)


def _plan(store, letters, customers):
    mapping = suggest_mapping(["customer_name"], customers.columns)
    # the master and the Massachusetts letter are test letters approved with a written reason
    return plan_merge(store, letters.master, mapping, fmt="docx", accept_exceptions=True)


def _text(archive: zipfile.ZipFile, name: str) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(archive.read(name))).paragraphs)


def test_each_customer_gets_the_letter_for_their_state_or_is_held_saying_why(
    store, letters, tmp_path
):
    customers = read_customer_list(CUSTOMERS.encode(), "customers.csv")
    result = merge(_plan(store, letters, customers), customers, tmp_path / "merge.zip")

    with zipfile.ZipFile(result.zip_path) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read(MANIFEST_NAME).decode())))
        massachusetts, california, ohio, unclear = rows
        assert [r["outcome"] for r in rows] == [MERGED, HELD, MERGED, HELD]
        # Massachusetts: its own approved letter, without the count its law forbids
        assert massachusetts["letter"] == "the letter for MA"
        assert massachusetts["letter_id"] == str(letters.massachusetts)
        assert "MA: the letter for MA" in massachusetts["notes"]
        ma_text = _text(archive, massachusetts["letter_file"])
        assert "Dear Ana Ames," in ma_text and COUNT not in ma_text
        # Ohio: no per-state letter serves it, so the master, as written
        assert (ohio["letter"], ohio["letter_id"]) == ("the master letter", str(letters.master))
        assert "OH: no per-state letter, the master letter" in ohio["notes"]
        assert COUNT in _text(archive, ohio["letter_file"])
        files = [n for n in archive.namelist() if n != MANIFEST_NAME]
    assert len(files) == 2
    # California's letter exists but is not approved: held, never the master in its place
    assert california["letter_id"] == str(letters.shared) and not california["letter_file"]
    assert "the letter for CA, IL, TX has no approved text" in california["problems"]
    assert "the master letter is never sent in its place" in california["problems"]
    # two states in one cell: no letter can be chosen
    assert unclear["letter"] == "" and "'MA, TX' names more than one place" in unclear["problems"]


def test_the_summary_counts_the_rows_of_each_letter(store, letters):
    customers = read_customer_list(
        (CUSTOMERS + "C-5,Ed Eto,Massachusetts\nC-6,Flo Fox,TX\n").encode(), "customers.csv"
    )
    plan = _plan(store, letters, customers)
    counts = letter_counts(plan, check_rows(plan, customers))
    assert [(c.name, c.letter_id, c.rows, c.held) for c in counts] == [
        ("the master letter", letters.master, 1, 0),
        ("the letter for CA, IL, TX", letters.shared, 2, 2),
        ("the letter for MA", letters.massachusetts, 2, 0),
        (UNCLEAR, None, 1, 1),
    ]
    assert counts[1].line == f"the letter for CA, IL, TX (letter {letters.shared}): 2 rows, 2 held"


def test_approving_the_states_letter_releases_its_rows(store, letters):
    approve_newest(store, letters.shared)
    customers = read_customer_list(CUSTOMERS.encode(), "customers.csv")
    plan = _plan(store, letters, customers)
    california = list(check_rows(plan, customers))[1]
    assert (california.outcome, california.letter_id) == (MERGED, letters.shared)
    assert california.text_key == f"en@{letters.shared}"


def test_the_merge_command_prints_one_line_per_letter(sqlite_url, tmp_path):
    store = Store(sqlite_url)
    add_accounts(store, lawyer=Role.LEGAL)
    letters = state_letters(store)
    listed = tmp_path / "customers.csv"
    listed.write_text(CUSTOMERS, encoding="utf-8")
    argv = [str(letters.master), str(listed), "--format", "docx", "--out", str(tmp_path / "out")]
    result = run_cli("merge", *argv, "--accept-exceptions", "--database", sqlite_url)
    assert result.returncode == 1, result.stderr  # some rows held
    lines = result.stderr.splitlines()
    for line in (
        f"the master letter (letter {letters.master}): 1 row, 0 held",
        f"the letter for CA, IL, TX (letter {letters.shared}): 1 row, 1 held",
        f"the letter for MA (letter {letters.massachusetts}): 1 row, 0 held",
        f"{UNCLEAR}: 1 row, 1 held",
    ):
        assert line in lines, result.stderr


def _spanish(store, letter_id: int, text: str) -> None:
    source = store.latest_version(letter_id)
    store.save_version(
        letter_id,
        text,
        base_version_id=None,
        actor="editor",
        language="es",
        source_version_id=source.id,
    )


def test_a_customer_gets_their_states_letter_in_their_language_never_the_masters_translation(
    store, letters
):
    _spanish(store, letters.master, "Estimado/a {{ customer_name }}: la carta maestra.")
    customers = read_customer_list(
        b"customer_id,customer_name,state,language\nC-1,Ana,MA,es\nC-2,Cy,OH,es\n", "list.csv"
    )
    mapping = suggest_mapping(["customer_name"], customers.columns)

    def checks():
        # a proof run: the Spanish drafts count as the approved text would
        plan = plan_merge(store, letters.master, mapping, allow_drafts=True, accept_exceptions=True)
        return list(check_rows(plan, customers))

    massachusetts, ohio = checks()
    # the Massachusetts letter has no Spanish: its English, not the master's Spanish
    assert massachusetts.text_key == f"en@{letters.massachusetts}"
    assert any("no approved Spanish (es) text" in n for n in massachusetts.notes)
    assert ohio.text_key == "es"
    _spanish(
        store, letters.massachusetts, "Estimado/a {{ customer_name }}: carta de Massachusetts."
    )
    massachusetts, _ = checks()
    assert massachusetts.text_key == f"es@{letters.massachusetts}"
