"""The expectations of tests/fixtures/SAMPLES.md hold for the three English sample letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.guidance import review

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
JARGON_OR_CLICHE = ("plain.jargon", "tone.cliches", "tone.minimising", "tone.seriously")


def _review(name: str):
    return review((FIXTURES / name).read_text(encoding="utf-8"))


def _status(report, rule_id: str) -> str:
    return next(i.status for i in report.checklist if i.rule_id == rule_id)


def _matches(report, rule_id: str) -> list[str]:
    return [f.match.lower() for f in report.findings if f.rule_id == rule_id]


def test_good_plain_has_every_required_item_with_evidence() -> None:
    report = _review("good-plain.md")
    assert report.checklist and not report.missing_required
    for item in report.checklist:
        assert item.status == "found", item.label
        for evidence in item.evidence:
            assert report.text[evidence.start : evidence.end] == evidence.text


def test_good_plain_has_no_jargon_or_cliche_hit_and_reads_at_grade_six_to_eight() -> None:
    report = _review("good-plain.md")
    assert not [f for f in report.findings if f.rule_id in JARGON_OR_CLICHE]
    assert 6 <= report.grade <= 8
    assert report.passes


def test_good_plain_evidence_is_the_sentence_a_reader_would_point_at() -> None:
    report = _review("good-plain.md")
    evidence = {i.rule_id: " ".join(e.text for e in i.evidence) for i in report.checklist}
    assert "January 28, 2026 to March 3, 2026" in evidence["content.breach-date"]
    assert "On March 3, 2026, we found" in evidence["content.discovery-date"]
    assert "1-800-555-0142" in evidence["content.contact"]
    assert "FBI" in evidence["content.law-enforcement"]
    assert "24 months of free credit monitoring" in evidence["content.credit-monitoring"]
    assert "K7M-4QX-22P" in evidence["content.credit-monitoring"]


def test_jargon_heavy_is_hard_to_read_and_full_of_jargon_and_cliches() -> None:
    report = _review("jargon-heavy.md")
    assert report.grade > 12
    jargon = _matches(report, "plain.jargon")
    for term in ("threat actor", "lateral movement", "exfiltrated", "endpoint", "telemetry"):
        assert term in jargon, term
    assert len(jargon) >= 10
    cliches = _matches(report, "tone.minimising") + _matches(report, "tone.cliches")
    assert "out of an abundance of caution" in cliches
    assert "sophisticated cyberattack" in cliches
    assert any("no evidence of" in c for c in cliches)
    assert any("regret any inconvenience" in c for c in cliches)
    assert _matches(report, "tone.seriously")


def test_jargon_heavy_uses_passive_voice() -> None:
    passive = _matches(_review("jargon-heavy.md"), "plain.passive")
    assert any("remediated" in p for p in passive)
    assert any("determined" in p for p in passive)


@pytest.mark.parametrize(
    "rule_id",
    ["content.credit-monitoring", "content.contact"],
    ids=["credit-monitoring", "contact"],
)
def test_jargon_heavy_lacks_credit_monitoring_with_enrolment_and_contact_details(rule_id) -> None:
    assert _status(_review("jargon-heavy.md"), rule_id) == "missing"


@pytest.mark.parametrize(
    "rule_id",
    [
        "content.what-happened",
        "content.breach-date",
        "content.discovery-date",
        "content.information-involved",
        "content.law-enforcement",
        "content.credit-monitoring",
        "content.contact",
    ],
)
def test_evasive_letter_misses_what_the_samples_readme_lists(rule_id) -> None:
    assert _status(_review("evasive-missing.md"), rule_id) == "missing"


def test_evasive_letter_has_its_cliches_flagged() -> None:
    report = _review("evasive-missing.md")
    hits = " | ".join(f.match.lower() for f in report.findings if f.rule_id.startswith("tone."))
    for phrase in (
        "out of an abundance of caution",
        "we take the security of your information seriously",
        "remain vigilant",
        "thank you for your continued loyalty",
        "no reason to believe",
    ):
        assert phrase in hits, phrase
    assert not report.passes
