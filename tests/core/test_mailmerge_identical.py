"""Mail merge renders faster (issue 16 item 3) but writes the very same files: every letter of
these chunks must keep the bytes it had before the speed work (commit cf6d327, with this
file's inputs), which
``tests/fixtures/merge_golden.json`` records as SHA-256 digests. Split letters carry no
timestamp, so the whole file is compared. The digests were written again once, when each split
letter got its language (/Lang) in its catalog, and once more when each letter's catalog asked
for its title in the title bar (/DisplayDocTitle) and a DRAFT proof's diagonal mark became
outlines instead of text (s34-a11y: every page's content stream but the proofs' stayed byte for
byte the same); the test passed unchanged up to each of those commits, so nothing else in the
files moved.

The chunks cover what the layout cache must get right: names that wrap the salutation onto a
second line and push the rest of the letter (and its page break) down, the same name twice, a
right-to-left name shaped by HarfBuzz, a Chinese name drawn from the fallback font, the
California layout and a DRAFT proof.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from clearnotice.export.batch import Setup, render_chunk
from clearnotice.export.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = FIXTURES / "merge_golden.json"
# With a paragraph added before "What you can do", the sign-off falls mid-page: the letters
# are then laid out as they were before the closing was kept together (issue 16 item 2).
ADDED = "We are adding this paragraph so that the letter runs well onto a second page. " * 6
ENGLISH = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
ENGLISH = ENGLISH.replace("## What you can do", ADDED + "\n\n## What you can do")
SPANISH = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
SPANISH = SPANISH.replace("## Qué puede hacer", ADDED + "\n\n## Qué puede hacer")
LONG = "Maximiliana Esperanza Concepción de la Santísima Trinidad Fernández-Villaverde " * 2

NAMES = {
    "latin": [
        ("en", "Ada Lovelace"),
        ("es", "José Núñez"),
        ("en", LONG),
        ("en", "Ada Lovelace"),
        ("es", LONG + LONG),
        ("en", "Nguyễn Thị Lan"),
        ("en", "James O'Neill"),
        ("en", "محمد علي"),
        ("es", "Zoë Brontë-Müller"),
    ],
    "fallback": [("en", "陈伟"), ("es", "Ada"), ("en", "王小明 Wang")],
}


def chunk(name: str, layout: str = "standard", draft: str | None = None) -> list[bytes]:
    texts = {
        "en": Document.from_markdown(ENGLISH, "en", title="Notice", draft_reason=draft),
        "es": Document.from_markdown(SPANISH, "es", title="Notice", draft_reason=draft),
    }
    tasks = [(language, {"customer_name": value}) for language, value in NAMES[name]]
    rendered = render_chunk(Setup(texts, "pdf", layout), tasks)
    assert [error for _data, error in rendered] == [""] * len(tasks)
    return [data for data, _error in rendered]


CASES = {
    "latin-standard": lambda: chunk("latin"),
    "latin-california": lambda: chunk("latin", "california"),
    "latin-draft": lambda: chunk("latin", draft="Not approved yet."),
    "fallback-standard": lambda: chunk("fallback"),
}


def digests(case: str) -> list[str]:
    return [hashlib.sha256(data).hexdigest() for data in CASES[case]()]


@pytest.mark.parametrize("case", list(CASES))
def test_merged_letters_keep_the_bytes_they_had_before_the_speed_work(case):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))["letters"][case]
    assert digests(case) == expected


if __name__ == "__main__":  # how the fixture was written (made_at: on which code)
    made_at = (
        "cf6d327, then /Lang in each letter's catalog (s32-export), then /DisplayDocTitle and the "
        "DRAFT mark as outlines (s34-a11y)"
    )
    print(json.dumps({"made_at": made_at, "letters": {c: digests(c) for c in CASES}}, indent=1))
