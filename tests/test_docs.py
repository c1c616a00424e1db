"""Docs that cannot go stale: RULES.md is what the rule files render to, and every path the
README's "Where to change things" table names exists."""

from __future__ import annotations

import re
from pathlib import Path

from clearnotice import rules_catalogue

ROOT = Path(__file__).resolve().parents[1]


def test_rules_catalogue_is_current():
    written = rules_catalogue.CATALOGUE_FILE.read_text(encoding="utf-8")
    assert written == rules_catalogue.render(), (
        "RULES.md is out of date: run `python -m clearnotice.rules_catalogue --write`"
    )


def test_rules_catalogue_lists_every_rule_file():
    listed = set(re.findall(r"^\| `([\w.-]+)` \|", rules_catalogue.render(), re.MULTILINE))
    rules = ROOT / "clearnotice" / "rules"
    files = {
        ".".join(p.relative_to(rules).with_suffix("").parts)
        for p in rules.rglob("*.yml")
        if p.parent != rules  # top-level files are shared data, not rules
    }
    assert files <= listed, f"rule files missing from the catalogue: {sorted(files - listed)}"


def _where_to_change_paths() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Where to change things", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    paths = []
    for row in rows[1:]:  # the first row is the header
        where = row.rsplit("|", 2)[-2]
        paths += [p for p in re.findall(r"`([^`\s]+)`", where) if "/" in p or "." in p]
    return paths


def test_where_to_change_things_names_only_paths_that_exist():
    paths = _where_to_change_paths()
    assert len(paths) > 20, "the README's table was not found or lost its rows"
    missing = []
    for path in paths:
        pattern = re.sub(r"<[^>]+>", "*", path)
        if not list(ROOT.glob(pattern.rstrip("/"))):
            missing.append(path)
    assert not missing, f"README names paths that do not exist: {missing}"
