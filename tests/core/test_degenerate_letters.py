"""Letters with no words, or only a marker (what the live editor saves mid-typing: Enter, Enter,
``## ``), go through every stage of the pipeline without a traceback: the guidance report,
readability, the skim preview, the checks, export and ``clearnotice check``."""

from __future__ import annotations

import argparse

import pytest

from clearnotice import readability, text
from clearnotice.commands import check
from clearnotice.export.document import Document
from clearnotice.export.formats import render
from clearnotice.grammar.offline import check_piece
from clearnotice.guidance import review
from clearnotice.skim import skim_lines

DEGENERATE = {
    "empty": "",
    "hash": "#",
    "heading marker": "# ",
    "level-2 heading marker": "## ",
    "heading marker after blank lines": "\n\n## ",
    "heading of closing hashes": "## ##",
    "bullet marker": "- ",
    "numbered marker": "1. ",
    "bold markers": "**",
    "bold of spaces": "**  **",
    "quote marker": "> ",
    "only whitespace": "  \n\t\n   ",
    "only emoji": "😀 🎉",
    "heading of only markup": "## **  **",
    "heading of a code span": "# ` `",
    "heading opening with punctuation": "# ?! Next steps",
    "bold emoji": "**😀**",
    "marker between paragraphs": "Dear Sam,\n\n## \n\nWe lost your data.",
}
LETTERS = list(DEGENERATE.values())
IDS = list(DEGENERATE)
# Our fonts have no colour emoji; export refuses them with a message (tested in test_export).
DRAWABLE = [(k, v) for k, v in DEGENERATE.items() if "emoji" not in k]


@pytest.mark.parametrize("letter", LETTERS, ids=IDS)
def test_no_block_has_an_empty_or_inverted_span(letter):
    for block in text.blocks(letter):
        assert block.start < block.end, block
        assert letter[block.start : block.end] == block.text


@pytest.mark.parametrize("letter", LETTERS, ids=IDS)
def test_guidance_report_and_skim_preview_are_made(letter):
    report = review(letter, jurisdictions=("CA", "HIPAA", "GDPR"))
    assert 0 <= report.score.overall <= 100
    for line in report.skim.lines:
        assert text.words(line.text), f"a skimmed piece without words: {line}"
    assert skim_lines(letter) == report.skim.lines


def test_a_heading_opening_with_punctuation_is_skimmed_and_judged():
    report = review("# ?! What happened\n\nOn March 3 a criminal copied files.\n")
    assert [line.text for line in report.skim.lines][0] == "?! What happened"


@pytest.mark.parametrize("letter", LETTERS, ids=IDS)
def test_readability_and_grammar_take_it(letter):
    result = readability.analyse(letter)
    readability.hard_sentence_findings(result, letter)
    for block in text.blocks(letter):
        check_piece(block.text, "en")


@pytest.mark.parametrize(("name", "letter"), DRAWABLE, ids=[k for k, _ in DRAWABLE])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_it_exports(name, letter, fmt):
    assert render(fmt, Document.from_markdown(letter, "en"))


@pytest.mark.parametrize("letter", LETTERS, ids=IDS)
def test_clearnotice_check_answers_with_a_status(letter, tmp_path, capsys):
    path = tmp_path / "letter.md"
    path.write_text(letter, encoding="utf-8")
    parser = argparse.ArgumentParser(prog="clearnotice check")
    check.add_arguments(parser)
    status = check.run(parser.parse_args([str(path), "--format", "json"]))
    out, err = capsys.readouterr()
    if not letter.strip():  # nothing to check: refused as a usage error, in one line
        assert status == check.EXIT_USAGE
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        return
    assert status in (check.EXIT_PASS, check.EXIT_FAIL)
    assert out.strip().startswith("{")
