"""What the review and the readability analysis say about every real letter we keep, written
down once so that a change made for speed can be shown to change no result.

The snapshot (``review_snapshot.json`` beside this file) holds, for each letter of
tests/corpus/letters and of tests/fixtures (the sample letters, the same files as
../shared/samples), a digest of each part of the guidance review with
every jurisdiction selected (findings, checklist, tone...) and of the readability analysis, and
one of the rule files they came from. ``tests/core/test_review_unchanged.py`` compares today's
code with it, part by part. Written from main's code before the speed work of issue 17:

    python -m tests.core.review_snapshot --write

A rule file changed on purpose changes the review: write the snapshot again then (from the code
before any speed change), as ``clearnotice.rules_catalogue --write`` is run after a rule change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from pathlib import Path

from clearnotice import readability
from clearnotice.guidance import jurisdictions, review

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE / "review_snapshot.json"
ROOT = HERE.parents[1]
FOLDERS = (ROOT / "tests/corpus/letters", ROOT / "tests/fixtures")
NOT_LETTERS = ("README.md", "SAMPLES.md")
RULE_DATA = (ROOT / "clearnotice/rules", ROOT / "clearnotice/profiles")


def letters() -> dict[str, str]:
    """Every letter by a name saying where it is from (folder / file)."""
    found = {}
    for folder in FOLDERS:
        for path in sorted([*folder.glob("*.txt"), *folder.glob("*.md")]):
            if path.name not in NOT_LETTERS:
                found[f"{folder.name}/{path.name}"] = path.read_text(encoding="utf-8")
    return found


def checked(every: int) -> list[str]:
    """The names of the letters a corpus-wide test checks: every sample letter and every
    ``every``-th corpus letter, or every letter when ``CLEARNOTICE_EVERY_LETTER=1`` is set
    (the whole corpus takes minutes of the suite: run so after changing what such a test
    guards)."""
    names = sorted(letters())
    samples = [name for name in names if name.startswith("fixtures/")]
    corpus = [name for name in names if name not in samples]
    return samples + (corpus if os.environ.get("CLEARNOTICE_EVERY_LETTER") else corpus[::every])


def _digest(data: object) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def plain_data(value: object) -> object:
    """``value`` as ``dataclasses.asdict`` gives a dataclass, with a named tuple read the same
    way (a dict of its fields): so a result type made a named tuple for speed gives the same
    JSON, and the same digest, as the frozen dataclass it was."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: plain_data(item) for name, item in zip(value._fields, value, strict=True)}
    if isinstance(value, list | tuple):
        return [plain_data(item) for item in value]
    if isinstance(value, dict):
        return {key: plain_data(item) for key, item in value.items()}
    return value


def outcome(text: str) -> dict[str, str]:
    """A digest of each part of the review (all jurisdictions) and of the readability analysis
    of ``text``: a part that differs is named, the rest stays quiet."""
    codes = [p.code for p in jurisdictions()]
    parts = {f"review.{k}": v for k, v in review(text, codes).as_dict().items()}
    analysis = plain_data(readability.analyse(text))
    parts["readability.blocks"] = analysis.pop("blocks")
    parts["readability"] = analysis
    return {name: _digest(value) for name, value in parts.items()}


def rule_data() -> str:
    """A digest of the rule and profile files the snapshot was written with."""
    files = sorted(p for folder in RULE_DATA for p in folder.rglob("*.yml"))
    return _digest({str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in files})


def read() -> dict:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def write() -> None:
    data = {
        "rule_data": rule_data(),
        "letters": {name: outcome(text) for name, text in letters().items()},
    }
    SNAPSHOT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT} ({len(data['letters'])} letters)")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m tests.core.review_snapshot --write")
    write()
