"""``clearnotice check``: findings and checklist as text or JSON, and an exit status a CI job
can use (0 passes, 1 an error or a missing required item, 2 the input cannot be used)."""

from __future__ import annotations

import argparse
import io
import json
import os
import threading
from pathlib import Path

import pytest

from clearnotice.commands import check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="clearnotice check")
    check.add_arguments(parser)
    status = check.run(parser.parse_args(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_good_letter_passes_with_exit_zero(capsys):
    status, out, _ = _run([str(FIXTURES / "good-plain.md")], capsys)
    assert status == 0
    assert "PASS: 0 errors, 0 required items missing" in out
    assert '[x] What happened: line 9: "On March 3, 2026' in out


def test_an_evasive_letter_fails_and_lists_what_is_missing_with_a_suggestion(capsys):
    status, out, _ = _run([str(FIXTURES / "evasive-missing.md")], capsys)
    assert status == 1
    assert "[ ] Contact details (phone, e-mail or web): MISSING" in out
    assert "suggested: If you have questions, call us toll-free at [phone number]" in out
    assert (
        "evasive-missing.md:3:244: warning tone.minimising: 'Out of an abundance of caution'" in out
    )


def test_findings_carry_line_and_column_and_the_suggested_words(capsys):
    _, out, _ = _run([str(FIXTURES / "jargon-heavy.md")], capsys)
    line = next(x for x in out.splitlines() if "'threat actor'" in x)
    assert line.startswith("jargon-heavy.md:7:") and "(try: criminal / attacker)" in line


def test_json_output_has_findings_checklist_and_conflicts(capsys):
    status, out, _ = _run(
        [str(FIXTURES / "good-plain.md"), "--jurisdiction", "CA,ma", "--format", "json"], capsys
    )
    data = json.loads(out)
    assert status == 1  # Massachusetts forbids describing the breach, and CA wants a date line
    assert data["jurisdictions"] == ["CA", "MA"]
    assert any(f["rule_id"] == "us_ma.no-nature" for f in data["findings"])
    assert data["conflicts"][0]["suggestion"].startswith("Send per-state variants")
    assert {i["jurisdiction"] for i in data["checklist"]} == {"guidance", "CA", "MA"}


def test_the_jurisdiction_option_can_be_repeated(capsys):
    _, out, _ = _run([str(FIXTURES / "good-plain.md"), "-j", "HIPAA", "-j", "GDPR"], capsys)
    assert "Checklist: HIPAA" in out and "Checklist: GDPR Art. 34" in out


def test_a_letter_can_come_from_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO((FIXTURES / "jargon-heavy.md").read_text()))
    status, out, _ = _run(["-"], capsys)
    assert status == 1
    assert out.splitlines()[0].startswith("<stdin>:1:1: ")


@pytest.mark.parametrize(
    ("make", "argv_tail", "message"),
    [
        pytest.param(None, ["-j", "ZZ"], "unknown jurisdiction 'ZZ'", id="unknown-jurisdiction"),
        pytest.param("missing", [], "no such file", id="missing-file"),
        pytest.param("binary", [], "not a text file", id="binary"),
    ],
)
def test_unusable_input_exits_two_with_a_clear_message(tmp_path, capsys, make, argv_tail, message):
    path = FIXTURES / "good-plain.md"
    if make == "missing":
        path = tmp_path / "nowhere.md"
    elif make == "binary":
        path = tmp_path / "letter.md"
        path.write_bytes(b"\x00\x01\x02 notice" * 50)
    status, out, err = _run([str(path), *argv_tail], capsys)
    assert status == 2 and out == ""
    assert message in err


@pytest.mark.parametrize(
    ("path", "message"),
    [("/dev/null", "/dev/null: the letter is empty"), ("/", "/: is a folder")],
    ids=["dev-null", "folder"],
)
def test_a_device_or_a_folder_is_named_for_what_it_is(capsys, path, message):
    """`clearnotice check /dev/null` said "no such file"."""
    status, out, err = _run([path], capsys)
    assert status == 2 and out == ""
    assert message in err


def test_a_pipe_is_read_as_it_streams(tmp_path, capsys):
    """A shell's <(...) is a pipe: it was "no such file"."""
    fifo = tmp_path / "letter.md"
    os.mkfifo(fifo)
    letter = (FIXTURES / "good-plain.md").read_text()
    writer = threading.Thread(target=fifo.write_text, args=(letter,), daemon=True)
    writer.start()
    status, out, _ = _run([str(fifo)], capsys)
    writer.join(timeout=5)  # a reader that never opened the pipe leaves the writer blocked
    assert status == 0
    assert "PASS" in out


def test_an_empty_pipe_is_an_empty_letter(tmp_path, capsys):
    fifo = tmp_path / "letter.md"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=("",), daemon=True)
    writer.start()
    status, _, err = _run([str(fifo)], capsys)
    writer.join(timeout=5)  # a reader that never opened the pipe leaves the writer blocked
    assert status == 2
    assert "the letter is empty" in err


def test_a_file_that_cannot_be_read_says_why(tmp_path, capsys, monkeypatch):
    """The tests run as root, which reads any file: the refusal is the operating system's."""
    path = tmp_path / "letter.md"
    path.write_text("Dear Ana,")

    opened = Path.open

    def refused(self, *args, **kwargs):
        """The letter alone is refused: the rules the check loads on first use still read."""
        if self == path:
            raise PermissionError(13, "Permission denied")
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)
    status, _, err = _run([str(path)], capsys)
    assert status == 2
    assert err.strip() == f"clearnotice check: {path}: cannot be read (Permission denied)"


# .txt, .md and .docx alike, with the evidence of each item ------------------------------------
PLAIN_LETTER = (
    "Notice of Data Breach\n\n"
    "Dear Customer,\n"
    "What Happened\n"
    "On March 3, 2026 a criminal used a stolen password to get into our billing system and "
    "copied customer records.\n"
    "What You Can Do\n"
    "We are offering free credit monitoring for two years.\n"
    "Questions? Call us at 1-800-555-0142.\n\n"
    "Sincerely,\n"
    "Jane Doe\n"
)


def _docx_of(paragraphs: list[tuple[str, str | None]]) -> bytes:
    from docx import Document

    document = Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_letter_is_checked_like_the_same_letter_in_markdown(tmp_path, capsys):
    docx = tmp_path / "notice.docx"
    docx.write_bytes(
        _docx_of(
            [
                ("Notice of Data Breach", "Title"),
                ("What Happened", "Heading 1"),
                ("On March 3, 2026 a criminal used a stolen password to get into our billing "
                 "system and copied customer records.", None),
                ("Questions? Call us at 1-800-555-0142.", None),
            ]
        )
    )  # fmt: skip
    markdown = tmp_path / "notice.md"
    markdown.write_text(
        "# Notice of Data Breach\n\n## What Happened\n\nOn March 3, 2026 a criminal used a stolen "
        "password to get into our billing system and copied customer records.\n\n"
        "Questions? Call us at 1-800-555-0142.\n",
        encoding="utf-8",
    )
    _, from_docx, _ = _run([str(docx), "--format", "json"], capsys)
    _, from_markdown, _ = _run([str(markdown), "--format", "json"], capsys)
    statuses = [(i["rule_id"], i["status"]) for i in json.loads(from_docx)["checklist"]]
    assert statuses == [(i["rule_id"], i["status"]) for i in json.loads(from_markdown)["checklist"]]
    assert ("content.what-happened", "found") in statuses


def test_a_plain_text_letter_gets_its_headings_and_shows_the_evidence_of_each_item(
    tmp_path, capsys
):
    path = tmp_path / "notice.txt"
    path.write_text(PLAIN_LETTER, encoding="utf-8")
    _, out, _ = _run([str(path)], capsys)
    assert '[x] What happened: line 5: "On March 3, 2026 a criminal used a stolen password' in out
    assert (
        "[ ] Free credit monitoring and identity-theft protection, and how to enrol: PARTIAL" in out
    )
    assert 'offer: line 7: "We are offering free credit monitoring for two years."' in out
    assert "plain.long-sentence" not in out  # the signature is no sentence to grade


def test_a_file_that_is_not_a_docx_inside_exits_two_with_one_line(tmp_path, capsys):
    path = tmp_path / "notice.docx"
    path.write_bytes(b"just some text, not a Word file")
    status, out, err = _run([str(path)], capsys)
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "notice.docx" in err


@pytest.mark.parametrize(
    ("encoded", "note"),
    [
        pytest.param("utf-16", "", id="utf-16-with-its-mark"),
        pytest.param("cp1252", "read as Windows-1252", id="windows-1252"),
    ],
)
def test_a_letter_is_read_as_the_app_imports_it(tmp_path, capsys, encoded, note):
    """Notepad's "Unicode" (UTF-16 with a byte-order mark) and an older Windows file were
    refused as "not UTF-8 text", while the app imports both; the CLI now reads them alike,
    with the app's note on a guessed encoding."""
    letter = (FIXTURES / "good-plain.md").read_text(encoding="utf-8") + "\nCafé Olé, Zürich.\n"
    reference = tmp_path / "reference.txt"
    reference.write_text(letter, encoding="utf-8")
    path = tmp_path / "letter.txt"
    path.write_bytes(letter.replace("\n", "\r\n").encode(encoded))
    status, out, err = _run([str(path)], capsys)
    assert status == 0, err
    assert "PASS" in out
    assert note in err and "not UTF-8 text" not in err
    assert out.replace("letter.txt", "reference.txt") == _run([str(reference)], capsys)[1]
