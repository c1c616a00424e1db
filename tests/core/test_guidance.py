"""The guidance engine's behaviour: loading rules, profiles, vocabulary, tone, conflicts, the
skim preview, per-block caching and applying fixes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clearnotice import fixes, guidance
from clearnotice.checks import scan as scan_module
from clearnotice.checks.loader import RuleError, load_catalogue
from clearnotice.checks.outcome import MISSING
from clearnotice.model import Severity
from clearnotice.vocabulary import VOCABULARY_ENV, VocabularyError, load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
JARGON = (FIXTURES / "jargon-heavy.md").read_text(encoding="utf-8")

MINIMAL_RULE = """\
kind: existence
level: warning
message: "'{match}' is a test word."
source: a test
tokens: [foo]
examples:
  flag: [foo]
  pass: [bar]
"""


def _rules_dir(tmp_path: Path, text: str, name: str = "pack/rule.yml") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "patterns.yml").write_text("day: 'monday|tuesday'\n", encoding="utf-8")
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return tmp_path


# --- loading rule files -------------------------------------------------------------------


def test_a_valid_rule_file_loads_with_its_id_from_the_path(tmp_path):
    catalogue = load_catalogue(_rules_dir(tmp_path, MINIMAL_RULE, "tone/stock-words.yml"))
    assert list(catalogue.rules) == ["tone.stock-words"]
    assert catalogue.rules["tone.stock-words"].info.level == Severity.WARNING


@pytest.mark.parametrize(
    ("change", "key", "why"),
    [
        pytest.param("tokens: [foo]\ncolour: red", "colour", "unknown key", id="unknown-key"),
        pytest.param("tokens: ['foo(']", "tokens[0]", "bad pattern", id="bad-regex"),
        pytest.param("tokens: ['{:week:}']", "tokens[0]", "unknown shared pattern", id="bad-macro"),
        pytest.param("tokens: [foo]\nscope: nowhere", "scope", "not one of", id="bad-choice"),
        pytest.param("tokens: 7", "tokens", "expected list", id="wrong-type"),
    ],
)
def test_a_bad_rule_file_is_rejected_naming_the_file_and_the_key(tmp_path, change, key, why):
    text = MINIMAL_RULE.replace("tokens: [foo]", change)
    with pytest.raises(RuleError) as caught:
        load_catalogue(_rules_dir(tmp_path, text))
    message = str(caught.value)
    assert "pack/rule.yml" in message and f"key '{key}'" in message and why in message


def test_a_rule_without_a_source_or_with_an_unknown_kind_is_rejected(tmp_path):
    no_source = MINIMAL_RULE.replace("source: a test\n", "")
    with pytest.raises(RuleError, match="key 'source': is required"):
        load_catalogue(_rules_dir(tmp_path / "a", no_source))
    with pytest.raises(RuleError, match="unknown kind 'spelling'"):
        load_catalogue(_rules_dir(tmp_path / "b", MINIMAL_RULE.replace("existence", "spelling")))


def test_borrowing_the_evidence_of_a_rule_that_does_not_exist_is_rejected(tmp_path):
    text = """\
kind: required
level: error
item: Something
message: Say something.
source: a test
suggestion: Something.
evidence: {like: content.nothing}
examples: {flag: [a], pass: [b]}
"""
    with pytest.raises(RuleError, match=r"key 'evidence.like': no rule content.nothing"):
        load_catalogue(_rules_dir(tmp_path, text))


def test_shared_patterns_and_loose_spaces_let_one_rule_match_wrapped_and_bold_text(tmp_path):
    text = MINIMAL_RULE.replace("tokens: [foo]", "tokens: ['see you on {:day:}']")
    catalogue = load_catalogue(_rules_dir(tmp_path, text))
    rule = catalogue.rules["pack.rule"]
    scan = scan_module.LetterScan("We will see you\non **Monday**.", catalogue.table)
    [finding] = rule.run(scan, Severity.WARNING).findings
    assert finding.match == "see you\non **Monday"


# --- jurisdictions and profiles -----------------------------------------------------------


def test_every_jurisdiction_of_the_brief_has_a_profile():
    codes = {p.code for p in guidance.jurisdictions()}
    assert {"CA", "HIPAA", "GDPR", "NY", "MA", "IL", "TX", "UK", "CAN", "QC", "AU"} <= codes


def test_jurisdiction_codes_are_case_insensitive_and_unknown_ones_are_named():
    assert guidance.normalise_jurisdictions(["ca", "MA", "ca"]) == ("CA", "MA")
    with pytest.raises(ValueError, match="unknown jurisdiction 'ZZ'.*known: AK"):
        guidance.review(GOOD, ["ZZ"])


def test_each_jurisdiction_adds_its_own_checklist_items():
    report = guidance.review(GOOD, ["CA", "HIPAA"])
    assert {i.jurisdiction for i in report.checklist} == {"guidance", "CA", "HIPAA"}
    ca = report.items_for("CA")
    assert ca[0].rule_id == "us_ca.business-contact"  # in the statute's order
    notice_date = next(i for i in ca if i.rule_id == "us_ca.notice-date")
    assert notice_date.status == "missing" and notice_date.required


def test_massachusetts_does_not_ask_for_what_it_forbids_and_flags_it_when_said():
    report = guidance.review(GOOD, ["MA"])
    asked = {i.rule_id for i in report.checklist}
    assert "content.what-happened" not in asked and "content.how-it-happened" not in asked
    forbidden = [f for f in report.findings if f.rule_id == "us_ma.no-nature"]
    assert forbidden and all(f.severity == Severity.ERROR for f in forbidden)
    assert any("broken into" in f.match for f in forbidden)


def test_the_number_of_residents_is_flagged_in_massachusetts_and_illinois_only():
    text = GOOD.replace(
        "We shut off that access",
        "About 1,200 Illinois residents were affected. We shut off that access",
    )
    flagged = {f.rule_id for f in guidance.review(text, ["MA", "IL"]).findings}
    assert {"us_ma.no-resident-count", "us_il.no-resident-count"} <= flagged
    assert not {
        r for r in (f.rule_id for f in guidance.review(text, ["CA"]).findings) if "count" in r
    }


# --- conflicts ----------------------------------------------------------------------------


def test_california_and_massachusetts_together_are_called_out_with_per_state_variants():
    report = guidance.review(GOOD, ["CA", "MA"])
    [conflict] = [c for c in report.conflicts if c.requires == "CA"]
    assert conflict.forbids == "MA"
    assert conflict.required_rule == "us_ca.general-description"
    assert conflict.forbidding_rule == "us_ma.no-nature"
    assert "per-state variants" in conflict.suggestion
    assert "1798.82" in conflict.message and "93H" in conflict.message


@pytest.mark.parametrize("codes", [["CA", "IL"], ["CA", "NY"], ["MA"], []], ids=str)
def test_jurisdictions_that_do_not_contradict_each_other_have_no_conflict(codes):
    assert guidance.review(GOOD, codes).conflicts == ()


# --- vocabulary ---------------------------------------------------------------------------


def _vocabulary_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vocabulary.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_accepted_product_name_is_never_flagged(tmp_path):
    text = GOOD.replace("We reset every", "We installed SecureCo Endpoint Guard and reset every")
    jargon = [f.match for f in guidance.review(text).findings if f.rule_id == "plain.jargon"]
    assert jargon == ["Endpoint"]
    vocabulary = load(_vocabulary_file(tmp_path, "accept: [SecureCo Endpoint Guard]\n"))
    kept = [f for f in guidance.review(text, vocabulary=vocabulary).findings]
    assert not [f for f in kept if f.rule_id == "plain.jargon"]


def test_an_organisations_rejected_word_is_flagged_with_its_message_and_suggestion(tmp_path):
    path = _vocabulary_file(
        tmp_path,
        "reject:\n  - term: security incident\n    message: Call it a data breach.\n"
        "    suggest: [data breach]\n",
    )
    report = guidance.review(GOOD, vocabulary=load(path))
    [finding] = [f for f in report.findings if f.rule_id == "vocabulary.reject"]
    assert finding.match == "security incident"
    assert finding.message == "Call it a data breach." and finding.suggestions == ("data breach",)


def test_the_vocabulary_file_named_in_the_environment_is_used(tmp_path, monkeypatch):
    path = _vocabulary_file(tmp_path, "reject: [billing computers]\n")
    monkeypatch.setenv(VOCABULARY_ENV, str(path))
    assert any(f.rule_id == "vocabulary.reject" for f in guidance.review(GOOD).findings)


def test_statutory_terms_are_never_flagged_even_if_an_organisation_rejects_a_word_in_them(
    tmp_path,
):
    path = _vocabulary_file(tmp_path, "reject:\n  - term: freeze\n    suggest: [lock]\n")
    text = "You can place a security freeze on your file. You can also freeze your card."
    matches = [
        f.start
        for f in guidance.review(text, vocabulary=load(path)).findings
        if f.rule_id == "vocabulary.reject"
    ]
    assert matches == [text.index("freeze your card")]


def test_a_broken_vocabulary_file_gets_a_message_naming_it(tmp_path):
    path = _vocabulary_file(tmp_path, "reject: [{word: x}]\n")
    with pytest.raises(
        VocabularyError, match=r"vocabulary.yml: key 'reject\[0\]\.word': unknown key"
    ):
        load(path)
    with pytest.raises(VocabularyError, match="cannot read"):
        load(tmp_path / "missing.yml")


# --- tone ---------------------------------------------------------------------------------


def _tone(report, name):
    return next(t for t in report.tone if t.name == name)


def test_tone_scores_name_the_words_that_moved_them():
    good, jargon = guidance.review(GOOD), guidance.review(JARGON)
    plainness = _tone(jargon, "plainness")
    assert plainness.score < _tone(good, "plainness").score
    assert {"exfiltrated", "threat actor"} <= {m.words for m in plainness.moved_by if m.delta < 0}
    warmth = _tone(good, "warmth")
    assert ("sorry", 15) in {(m.words, m.delta) for m in warmth.moved_by}
    assert _tone(jargon, "warmth").score < warmth.score


def test_alarm_lowers_calm_and_says_why():
    text = GOOD.replace(
        "We are sorry this happened",
        "This is URGENT. ACT NOW OR LOSE EVERYTHING! We are sorry this happened",
    )
    calm = _tone(guidance.review(text), "calm")
    assert calm.score <= 70
    words = {m.words for m in calm.moved_by}
    assert "urgent" in words and "!" in words


def test_removing_a_cliche_raises_warmth_by_its_weight():
    with_cliche = GOOD.replace("Sincerely,", "Rest assured.\n\nSincerely,")
    before = _tone(guidance.review(with_cliche), "warmth").score
    assert _tone(guidance.review(GOOD), "warmth").score - before == 6


# --- skim ---------------------------------------------------------------------------------


def test_skim_preview_shows_title_headings_bold_and_first_sentences():
    preview = guidance.review(GOOD).skim
    kinds = {(line.kind, line.text) for line in preview.lines}
    assert ("title", "Notice of Data Breach") in kinds
    assert ("heading", "What happened") in kinds
    assert ("bold", "not") in kinds  # bold inside a first sentence shows with that sentence
    assert ("first sentence", "The records included:") in kinds
    assert not any(line.text.startswith("Dear") for line in preview.lines)


def test_skim_preview_says_which_essentials_a_skimmer_gets():
    got = {e.label: e.got for e in guidance.review(GOOD).skim.essentials}
    # the data types sit in bullets under "The records included:", which a skimmer skips
    assert got == {
        "what happened": True,
        "what information": False,
        "what to do": True,
        "whom to call": True,
    }
    better = GOOD.replace(
        "The records included:", "The records included your name, address and e-mail address:"
    )
    assert all(e.got for e in guidance.review(better).skim.essentials)


def test_enrolling_tells_a_skimmer_what_to_do_but_is_no_checklist_step():
    """The first screen's "what to do" counts enrolling in the monitoring offered; the
    checklist's reader steps do not (tests/corpus/GUIDE.md: that is credit monitoring)."""
    letter = (
        "# Notice of Data Breach\n\nOn April 2 a criminal got into our order system and copied "
        "names and card numbers.\n\n## What you can do\n\n- Enroll in your free credit "
        "monitoring at www.example.com/protect using code K7M-4QX.\n- Call us at "
        "1-800-555-0100.\n"
    )
    report = guidance.review(letter)
    skimmed = {e.label: e.got for e in report.skim.essentials}
    assert skimmed["what to do"] is True
    steps = next(i for i in report.checklist if i.rule_id == "content.reader-actions")
    assert steps.status == MISSING
    told_as_past = letter.replace(
        "Enroll in your free credit monitoring at www.example.com/protect using code K7M-4QX.",
        "The details customers gave when they signed up at www.example.com were copied.",
    )
    assert not {e.label: e.got for e in guidance.review(told_as_past).skim.essentials}["what to do"]


# --- scores and shape ---------------------------------------------------------------------


def test_overall_score_ranks_the_good_letter_above_the_jargon_one_above_the_evasive_one():
    evasive = (FIXTURES / "evasive-missing.md").read_text(encoding="utf-8")
    scores = [guidance.review(t).overall for t in (GOOD, JARGON, evasive)]
    assert scores[0] > 90 and scores[0] > scores[1] > scores[2]


def test_letter_wide_findings_have_an_empty_span_and_say_so():
    apology = next(f for f in guidance.review(JARGON).findings if f.rule_id == "tone.apology")
    assert (apology.start, apology.end, apology.match) == (0, 0, "")
    assert ("scope", "letter") in apology.extra


def test_every_finding_points_at_the_text_it_matched():
    for text in (GOOD, JARGON):
        for f in guidance.review(text, ["CA", "MA", "GDPR"]).findings:
            assert text[f.start : f.end] == f.match


def test_the_report_serialises_to_json():
    data = json.loads(json.dumps(guidance.review(JARGON, ["CA"]).as_dict()))
    assert data["passes"] is False
    assert {"findings", "checklist", "tone", "conflicts", "skim", "score"} <= set(data)


def test_an_empty_letter_is_reviewed_without_error():
    report = guidance.review("")
    assert report.findings == () or all(f.start == 0 for f in report.findings)
    assert all(i.status == "missing" for i in report.checklist)


# --- caching ------------------------------------------------------------------------------


def test_after_a_one_paragraph_edit_only_that_paragraph_is_scanned_again():
    guidance.review(GOOD)
    before = scan_module._scan_block.cache_info()
    edited = GOOD.replace(
        "We shut off that access the same day.", "We cut off that access at once."
    )
    guidance.review(edited)
    after = scan_module._scan_block.cache_info()
    assert after.misses - before.misses == 1


# --- fixes --------------------------------------------------------------------------------


def test_applying_a_jargon_suggestion_replaces_exactly_its_words():
    finding = next(f for f in guidance.review(JARGON).findings if f.match == "threat actor")
    fixed = fixes.apply_suggestion(JARGON, finding, finding.suggestions[0])
    assert "an unauthorized criminal leveraged" in fixed
    assert "threat actor" not in [f.match for f in guidance.review(fixed).findings]


def test_a_suggestion_for_text_that_has_changed_is_refused():
    finding = next(f for f in guidance.review(JARGON).findings if f.match == "threat actor")
    changed = "New first line.\n" + JARGON
    with pytest.raises(fixes.StaleFindingError, match="no longer reads 'threat actor'"):
        fixes.apply_suggestion(changed, finding, "criminal")


def test_a_missing_items_paragraph_goes_before_the_closing():
    text = "Dear Ana,\n\nSomething happened.\n\nSincerely,\n\nDana"
    result = fixes.insert_paragraph(text, "Call us at 1-800-555-0100.")
    assert (
        result
        == "Dear Ana,\n\nSomething happened.\n\nCall us at 1-800-555-0100.\n\nSincerely,\n\nDana"
    )
    assert fixes.insert_paragraph("No closing here.", "Added.") == "No closing here.\n\nAdded.\n"


def test_no_shipped_rule_flags_or_rewrites_a_statutory_term():
    text = (
        "# NOTICE OF DATA BREACH\n\n"
        "You can place a security freeze or a fraud alert on your credit file, and you can "
        "ask for a police report. Identity theft protection is free.\n"
    )
    terms = ("NOTICE OF DATA BREACH", "security freeze", "fraud alert", "police report")
    spans = [(text.index(t), text.index(t) + len(t)) for t in terms]
    for finding in guidance.review(text, ["CA", "MA", "IL", "NY", "HIPAA", "GDPR"]).findings:
        for start, end in spans:
            inside = start <= finding.start and finding.end <= end and finding.end > finding.start
            rewrites = finding.suggestions and finding.start < end and start < finding.end
            assert not (inside or rewrites), (finding.rule_id, finding.match)


def test_a_pattern_table_reads_its_patterns_literals_only_when_a_block_is_scanned() -> None:
    """The rule catalogue's own table only feeds the review's: building its prefilter with it
    was a second of every process's first review, for nothing."""
    table = scan_module.PatternTable.of([re.compile("credit", re.IGNORECASE)])
    assert "prefilter" not in vars(table)
    assert [
        h.start for h in scan_module.LetterScan("Free credit.", table).hits(table.patterns[0])
    ] == [5]
    assert "prefilter" in vars(table)
