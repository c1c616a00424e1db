"""Per-state letters on the Review page (AppTest): built from the master with one click, each
listed with its changes and the rule and statute behind each, and opened for its own review."""

from __future__ import annotations

import re

import pytest

from tests.app.session import ROOT, open_as

MASTER = (ROOT / "tests" / "fixtures" / "master-six-states.md").read_text(encoding="utf-8")


@pytest.fixture
def master(people):
    return people.create_letter(
        "March *incident*", MASTER, actor="ed", jurisdictions=["CA", "MA", "IL", "NY", "MD", "TX"]
    )


def _button(at, label_start: str):
    return next(b for b in at.button if b.label.startswith(label_start))


def test_the_master_builds_its_state_letters_and_each_shows_why_it_differs(master):
    at = open_as("ed", "pages/3_Review.py", master.id)
    assert not at.exception
    _button(at, "Build the per-state letters").click()
    at.run()
    assert not at.exception
    shown = "\n".join(m.value for m in at.markdown)
    assert "**Letter for CA, IL, MD, NY, TX** · v1 · not approved" in shown
    assert "**Letter for MA** · v1 · not approved" in shown
    assert (
        "- Left out for Massachusetts\\: us\\_ma.no-nature (Mass. Gen. Laws ch. 93H, section 3(b))."
        in shown
    )
    diffs = "\n".join(h.value for h in at.html)
    assert "<del> The breach affected 1,250 customers.</del>" in diffs, re.findall(
        r"<del>.*?</del>", diffs
    )
    inserted = re.findall(r"<ins>.*?</ins>", diffs, re.S)
    assert any("For residents of Maryland:" in i for i in inserted), inserted

    _button(at, "Review the letter for MA").click()
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Review: March \\*incident\\* (for MA)"]
    assert any("built from the master letter “March \\*incident\\*”" in i.value for i in at.info)
