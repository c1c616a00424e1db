"""RULES.md, generated from the rule files and profiles, so the catalogue a newcomer reads is
the rules the engine runs.

A test compares RULES.md with what this module renders and fails when a rule file changed
without the catalogue (sqlite-utils keeps its docs honest the same way). Regenerate with
``python -m clearnotice.rules_catalogue --write``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clearnotice.checks.loader import RULES_DIR, load_catalogue
from clearnotice.guidance import BASE_PROFILE, load_profiles

CATALOGUE_FILE = Path(__file__).resolve().parents[1] / "RULES.md"


def _cell(text: str) -> str:
    """One table cell: a single line with the table's own separator escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def render() -> str:
    """The whole catalogue as Markdown: jurisdictions, then every pack's rules."""
    catalogue = load_catalogue()
    profiles = load_profiles()
    out = [
        "# Rules catalogue",
        "",
        "Generated from `clearnotice/rules/` and `clearnotice/profiles/` by",
        "`python -m clearnotice.rules_catalogue --write`; a test fails when it is out of date.",
        "Each rule is one YAML file: the id `pack.name` is its path under `clearnotice/rules/`.",
        "",
        "## Jurisdictions and the packs they apply",
        "",
        "| code | name | packs | source |",
        "|---|---|---|---|",
    ]
    for code, profile in sorted(profiles.items(), key=lambda item: item[0] != BASE_PROFILE):
        packs = ", ".join(f"`{pack}`" for pack in profile.packs)
        out.append(f"| {code} | {_cell(profile.name)} | {packs} | {_cell(profile.source)} |")
    for pack in catalogue.packs:
        rules = sorted(catalogue.pack(pack), key=lambda rule: rule.info.id)
        out += [
            "",
            f"## Pack `{pack}` ({len(rules)} rules, `clearnotice/rules/{pack}/`)",
            "",
            "| rule | kind | level | says | source |",
            "|---|---|---|---|---|",
        ]
        for rule in rules:
            info = rule.info
            out.append(
                f"| `{info.id}` | {info.kind} | {info.level.value} | {_cell(info.message)} "
                f"| {_cell(info.source)} |"
            )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {CATALOGUE_FILE.name}")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        CATALOGUE_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {CATALOGUE_FILE} ({len(text.splitlines())} lines) from {RULES_DIR}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
