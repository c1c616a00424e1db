"""``clearnotice jurisdictions`` and ``clearnotice deadlines`` run as commands, in the test's
process (tests.cli_run): a fresh process for each call re-read and re-compiled the rules, most
of this file's time in the suite."""

from __future__ import annotations

import json

import icalendar

from tests.cli_run import run_cli


def test_jurisdictions_as_json_lists_each_with_sources_and_a_last_checked_date():
    result = run_cli("jurisdictions", "--format", "json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    codes = {j["code"] for j in listed}
    assert {"CA", "TX", "HIPAA", "GDPR", "UK", "CAN", "QC", "AU"} <= codes
    assert all(j["sources"] and j["last_checked"] for j in listed)
    texas = next(j for j in listed if j["code"] == "TX")
    assert any("521.053(b)" in d for d in texas["deadlines"])


def test_deadlines_as_json_from_a_discovery_date():
    result = run_cli(
        "deadlines",
        "--discovered",
        "2026-03-03",
        "-j",
        "CA",
        "-j",
        "TX",
        "--today",
        "2026-04-05",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    ca = next(r for r in rows if r["jurisdiction"] == "CA" and r["to"] == "individuals")
    assert ca["due"] == "2026-04-02" and ca["status"] == "overdue"
    assert ca["caution"] == "confirm with counsel"


def test_deadlines_as_text_mark_overdue_and_as_ics_parse():
    text = run_cli("deadlines", "--discovered", "2026-03-03", "-j", "CA", "--today", "2026-04-05")
    assert "OVERDUE BY 3 DAYS" in text.stdout
    ics = run_cli("deadlines", "--discovered", "2026-03-03", "-j", "ca,tx", "--format", "ics")
    assert icalendar.Calendar.from_ical(ics.stdout).walk("VEVENT")


def test_bad_input_is_one_line_and_exit_two():
    no_code = run_cli("deadlines", "--discovered", "2026-03-03")
    assert no_code.returncode == 2 and "at least one jurisdiction" in no_code.stderr
    unknown = run_cli("deadlines", "--discovered", "2026-03-03", "-j", "ZZ")
    assert unknown.returncode == 2 and "unknown jurisdiction 'ZZ'" in unknown.stderr
    bad_date = run_cli("deadlines", "--discovered", "March 3", "-j", "CA")
    assert bad_date.returncode == 2 and "not a date like 2026-03-03" in bad_date.stderr
    assert "Traceback" not in no_code.stderr + unknown.stderr + bad_date.stderr
