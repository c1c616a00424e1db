"""``clearnotice qa SOURCE TARGET --language es``: the QA a translation vendor runs: findings as
text or JSON, exit 0 clean, 1 on an error, 2 on a file or option it cannot use.

The command runs in the test's process (tests.cli_run): a fresh process for each call re-read
and re-compiled the rules, most of this file's time in the suite. One test, the missing
--language (the cheapest call), still runs the real program as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run_cli, run_program

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ENGLISH = FIXTURES / "good-plain.md"


def test_a_faithful_translation_passes():
    done = run_cli("qa", ENGLISH, FIXTURES / "good-plain.es.md", "--language", "es")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().startswith("PASS: 0 errors")


def test_the_flawed_sample_fails_with_its_four_faults_as_lines():
    done = run_cli("qa", ENGLISH, FIXTURES / "flawed-translation.es.md", "--language", "es")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "flawed-translation.es.md:35:20: error translation.phone:" in lines[-2]
    rules = {line.split()[2].rstrip(":") for line in lines[:-1]}
    assert rules == {
        "translation.phone",
        "translation.date",
        "translation.code",
        "translation.untranslated",
    }
    assert lines[-1].startswith("FAIL: 4 errors")


def test_json_names_the_rule_span_english_sentence_and_whether_facts_changed(tmp_path):
    (tmp_path / "en.md").write_text(
        "We found the problem on Monday. We reset every password the same day. "
        "We are sorry for the worry this causes.\n",
        encoding="utf-8",
    )
    (tmp_path / "es.md").write_text(
        "Encontramos el problema el lunes. Lamentamos la preocupación que esto le causa.\n",
        encoding="utf-8",
    )
    done = run_cli(
        "qa", tmp_path / "en.md", tmp_path / "es.md", "--language", "es", "--format", "json"
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    (finding,) = report["findings"]
    assert finding["rule_id"] == "translation.sentence-dropped"
    assert finding["source_sentence"] == "We reset every password the same day."
    assert finding["changes_facts"] is True
    assert (finding["line"], finding["column"]) == (1, 34)
    assert report["passes"] is False


def test_warnings_alone_exit_zero(tmp_path):
    (tmp_path / "en.txt").write_text("Your password was **not** involved.\n", encoding="utf-8")
    (tmp_path / "es.txt").write_text("Su contraseña no se vio afectada.\n", encoding="utf-8")
    done = run_cli("qa", tmp_path / "en.txt", tmp_path / "es.txt", "-l", "Spanish")
    assert done.returncode == 0, done.stdout
    assert "warning translation.emphasis" in done.stdout


@pytest.mark.parametrize(
    ("make", "language", "message"),
    [
        (lambda d: d / "missing.md", "es", "no such file"),
        (lambda d: _write(d / "letter.docx", b"PK\x03\x04"), "es", "reads .md, .markdown, .txt"),
        (lambda d: _write(d / "image.md", b"\x89PNG\r\n\x1a\n...."), "es", "a PNG image, not text"),
        (lambda d: _write(d / "empty.md", b"   \n"), "es", "is empty"),
        (lambda d: FIXTURES / "good-plain.es.md", "klingon", "no language ClearNotice knows"),
        (lambda d: FIXTURES / "good-plain.es.md", "English", "the letters' own language"),
    ],
    ids=["missing", "docx", "image", "empty", "unknown-language", "english"],
)
def test_files_and_options_it_cannot_use_exit_2_with_one_message(tmp_path, make, language, message):
    done = run_cli("qa", ENGLISH, make(tmp_path), "--language", language)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("chinese", "code"),
    [("2026年3月3日，我们发现了这个问题。", 0), ("2026年3月4日，我们发现了这个问题。", 1)],
    ids=["faithful", "date-changed"],
)
def test_a_human_translation_in_a_language_no_engine_here_knows_is_checked(tmp_path, chinese, code):
    # QA knows any language now; the command refused all but Apertium's
    (tmp_path / "en.txt").write_text("On March 3, 2026, we found the problem.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text(f"{chinese}\n", encoding="utf-8")
    done = run_cli("qa", tmp_path / "en.txt", tmp_path / "zh.txt", "--language", "Chinese")
    assert done.returncode == code, done.stdout + done.stderr
    assert ("error translation.date" in done.stdout) == bool(code)


def test_a_missing_language_option_is_a_usage_error():
    done = run_program("qa", ENGLISH, FIXTURES / "good-plain.es.md")
    assert done.returncode == 2
    assert "--language" in done.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
