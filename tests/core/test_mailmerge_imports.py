"""What a mail merge loads: the merging process never the review's checks, a worker never the
database. Each is run in a fresh Python process, as ``clearnotice merge`` and its workers run,
and that process names the modules it ended with; memory itself is measured by
bench/bench_mailmerge.py, not here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
REVIEW = (
    "clearnotice.findings",
    "clearnotice.guidance",
    "clearnotice.checks",
    "clearnotice.grammar",
    "clearnotice.translate.qa",
    "textstat",
)
DATABASE = ("sqlalchemy", "clearnotice.schema", "clearnotice.facts", "pandas")

MERGE = """
import json, sys
from pathlib import Path
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.mailmerge import merge
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.letters import Store

url, letter_id, customers, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
customers = read_customer_list(Path(customers))
mapping = suggest_mapping(["customer_name"], customers.columns)
result = merge(plan_merge(Store(url), letter_id, mapping), customers, out, workers=1)
print(json.dumps([result.merged, sorted(sys.modules)]))
"""

RENDER = """
import json, sys
from clearnotice.export import batch
from clearnotice.export.document import Document

setup = batch.Setup({"en": Document.from_markdown(sys.argv[1], "en")}, "pdf", "standard")
rendered = batch.render_chunk(setup, [("en", {"customer_name": "Ana Diaz"}, ())] * 3)
print(json.dumps([[bool(data) and not error for data, error in rendered], sorted(sys.modules)]))
"""


def _run(script: str, *args: str) -> list:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)]


def test_a_merge_never_loads_the_review_checks(
    sqlite_url: str, approved_letter_id: int, tmp_path: Path
) -> None:
    merged, modules = _run(
        MERGE,
        sqlite_url,
        str(approved_letter_id),
        str(FIXTURES / "customers.csv"),
        str(tmp_path / "letters.zip"),
    )
    assert merged > 0
    assert _loaded(modules, REVIEW) == []


def test_a_merge_worker_never_loads_the_database() -> None:
    letter = "Dear {{ customer_name }},\n\nWe are writing about your account.\n"
    rendered, modules = _run(RENDER, letter)
    assert rendered == [True, True, True]
    assert _loaded(modules, DATABASE) == []
