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


# How a content matcher reads (clearnotice.checks.matcher, loader): what a rule author must know
# beyond the patterns. The measures are the accuracy bench's on the tune split, round 30.
MATCHER_NOTES = (
    "## How a content matcher reads a letter",
    "",
    "A `required` rule's `evidence` (and `parts`, `when`, section cues) is a list of groups,",
    "any one of which is enough. A sentence satisfies a group when every `all` pattern matches",
    "in it, every `near` pattern matches close by (the same paragraph or bullet, the heading it",
    "sits under, or the lead-in of its list), and no `none` pattern matches anywhere in the",
    "sentence. A matcher-wide `not` rules a sentence out whichever group it satisfies.",
    "",
    '- `none` reads the whole sentence, not the clause that holds the match: in "We have not',
    '  seen any misuse, but we have added two-factor log-in", a `none` of `not` rules the',
    "  sentence out. Write a denial's `none` with what it denies (`not (?:yet )?(?:added|made)`).",
    "  Measured on tune: scoping `none` to the clause of the match (cut at `;`, a dash,",
    "  `, but`, `, and we`...) kept 9 of the 1,647 sentences a `none` ruled out, and changed",
    "  no letter's result; scoping it to six words around the match lowered macro-F1 from",
    "  0.948 to 0.947 (six items fell), as many `none` patterns are written to read the",
    "  sentence.",
    "- Every `all`, `near`, `none` and `not` pattern is bounded at words: it never matches inside",
    "  a longer word (`free` never matches `freeze`). A pattern with a branch that must start or",
    "  end in white space (`we (?:will|have) `) could then never match next to a word, and the",
    "  loader refuses it: end it on the word (`we (?:will|have)`, or `we will(?= \\w)` to ask for",
    "  a word after it).",
)


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
        *MATCHER_NOTES,
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
