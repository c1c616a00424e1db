"""What translation QA holds as errors for one pair, for the tables of sentence pairs that test
it language by language (a fault is an error; a faithful pair has none)."""

from __future__ import annotations

from clearnotice.model import Severity
from clearnotice.translate.qa import check_translation


def qa_errors(english: str, translation: str, language: str) -> list[str]:
    """The rule ids of QA's errors on ``translation`` of ``english`` into ``language``."""
    report = check_translation(english, translation, language)
    return [f.finding.rule_id for f in report.findings if f.finding.severity is Severity.ERROR]


def check_row(english: str, translation: str, language: str, expected: str | None) -> None:
    """One row of such a table: no error for a faithful pair (``expected`` None), else the
    error ``expected`` among QA's errors."""
    errors = qa_errors(english, translation, language)
    if expected is None:
        assert errors == [], errors
    else:
        assert expected in errors, errors
