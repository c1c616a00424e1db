"""What one version of a letter faces, in one report: the editor, the tabs and approval read it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy

from clearnotice.facts import save_facts
from clearnotice.findings import GUIDANCE_NOT_RUN_RULE, by_kind, latest_findings, letter_findings
from clearnotice.grammar import GrammarService
from clearnotice.guidance import UNKNOWN_JURISDICTION_RULE
from clearnotice.letters import Store
from clearnotice.model import Finding, Severity
from clearnotice.translate import fact_check
from clearnotice.translate.entities import find_entities
from clearnotice.vocabulary import VOCABULARY_ENV

# Every write of text checks its actor: the names these tests write as, as editors.
pytestmark = pytest.mark.writers("ed", "translator")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOOD = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
GOOD_ES = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
FLAWED_ES = (FIXTURES / "flawed-translation.es.md").read_text(encoding="utf-8")
JARGON = (FIXTURES / "jargon-heavy.md").read_text(encoding="utf-8")
HARD = (
    "Notwithstanding the aforementioned circumstances, the organisation's comprehensive "
    "investigation, conducted in conjunction with independent forensic specialists and "
    "appropriate regulatory authorities, subsequently determined that unauthorised "
    "exfiltration of personally identifiable information had occurred.\n"
)


def _letter(store, text, jurisdictions=()):
    letter = store.create_letter("March incident", text, actor="ed")
    if jurisdictions:
        with store.session() as s, s.begin():  # as a stored letter may hold them
            s.get(type(letter), letter.id).jurisdictions = list(jurisdictions)
    return letter, store.latest_version(letter.id)


def _translate(store, letter, english, text):
    return store.save_version(
        letter.id,
        text,
        base_version_id=None,
        actor="translator",
        language="es",
        origin="human:Ana",
        source_version_id=english.id,
    ).version


def test_a_letter_that_meets_the_guidance_has_nothing_that_blocks_approval(store):
    letter, version = _letter(store, GOOD)
    faced = letter_findings(store, letter.id, version)
    assert faced.guidance is not None and faced.guidance.passes
    assert faced.open_errors == () and faced.missing_required == ()
    assert not faced.blocks_approval
    assert faced.translation is None and faced.grammar is None


def test_the_source_text_faces_readability_and_the_guidance_of_its_jurisdictions(store):
    letter, version = _letter(store, JARGON + "\n" + HARD, ["CA"])
    faced = letter_findings(store, letter.id, version)
    kinds = {f.rule_id.split(".")[0] for f in faced.findings}
    assert "readability" in kinds and "plain" in kinds
    assert faced.guidance.jurisdictions == ("CA",)
    assert any(i.jurisdiction == "CA" for i in faced.checklist)
    assert set(faced.readability) <= set(faced.findings)


def test_missing_required_content_blocks_approval(store):
    letter, version = _letter(store, "# Notice\n\nWe are sorry. Someone copied your records.\n")
    faced = letter_findings(store, letter.id, version)
    assert faced.missing_required
    assert faced.blocks_approval


def test_an_edit_is_checked_not_the_stored_text(store):
    letter, version = _letter(store, GOOD)
    # in the body: a line after the sign-off is the signature block, which is not graded
    edited = GOOD.replace("\n\n", "\n\nWe leveraged best-in-class solutions.\n\n", 1)
    faced = letter_findings(store, letter.id, version, edited)
    assert faced.text == edited
    assert any("leverage" in f.match.lower() for f in faced.findings)
    assert not any(
        "leverage" in f.match.lower() for f in letter_findings(store, letter.id, version).findings
    )


def test_a_stored_jurisdiction_without_rules_is_an_open_error(store):
    letter, version = _letter(store, GOOD, ["ATLANTIS"])
    faced = letter_findings(store, letter.id, version)
    assert [f.rule_id for f in faced.open_errors] == [UNKNOWN_JURISDICTION_RULE]
    assert faced.blocks_approval


def test_a_guidance_that_cannot_run_is_said_and_is_an_open_error(store, tmp_path, monkeypatch):
    broken = tmp_path / "vocabulary.yml"
    broken.write_text("reject: [{word: x}]\n", encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(broken))
    letter, version = _letter(store, GOOD)
    faced = letter_findings(store, letter.id, version)
    assert faced.guidance is None and faced.guidance_problem
    [error] = faced.open_errors
    assert error.rule_id == GUIDANCE_NOT_RUN_RULE and error.severity is Severity.ERROR
    assert faced.guidance_problem in error.message


def test_a_translation_faces_the_qa_against_the_source_it_translates(store):
    letter, english = _letter(store, GOOD)
    spanish = _translate(store, letter, english, FLAWED_ES)
    # the English moves on: the QA still compares with the version that was translated
    store.save_version(
        letter.id, GOOD + "\nWe are sorry.\n", base_version_id=english.id, actor="ed"
    )
    faced = latest_findings(store, letter.id, "es")
    assert faced.version_id == spanish.id and faced.language == "es"
    assert faced.guidance is None and faced.readability == ()
    assert faced.translation is not None and faced.translation.errors
    assert faced.open_errors and all(f.severity is Severity.ERROR for f in faced.open_errors)
    assert faced.blocks_approval


def test_a_faithful_translation_has_no_open_error(store):
    letter, english = _letter(store, GOOD)
    _translate(store, letter, english, GOOD_ES)
    assert not latest_findings(store, letter.id, "es").blocks_approval


def test_grammar_is_checked_when_asked_and_never_blocks_approval(store):
    text = GOOD + "\nWe will recieve your letter.\n"
    letter, version = _letter(store, text)
    faced = letter_findings(store, letter.id, version, grammar=GrammarService(), actor="ed")
    [typo] = [f for f in faced.grammar.report.findings if f.match == "recieve"]
    assert typo in faced.findings
    assert typo not in faced.open_errors


def test_the_editor_gets_the_corrections_of_the_words_asked_for(store):
    text = GOOD + "\nWe will recieve your letter.\n"
    letter, version = _letter(store, text)
    faced = letter_findings(store, letter.id, version, grammar=GrammarService(), actor="ed")
    [before] = [f for f in faced.marked() if f.match == "recieve"]
    [after] = [f for f in faced.marked({"recieve"}) if f.match == "recieve"]
    assert before.suggestions == ()
    assert "receive" in after.suggestions


def test_findings_group_by_kind_most_serious_then_most_frequent_each_in_letter_order():
    def found(rule_id, severity, start):
        return Finding(rule_id, severity, "", start, start + 1, "x")

    findings = [
        found("plain.wordy", Severity.SUGGESTION, 9),
        found("plain.jargon", Severity.WARNING, 7),
        found("plain.wordy", Severity.SUGGESTION, 1),
        found("content.what-happened", Severity.ERROR, 0),
        found("plain.jargon", Severity.WARNING, 3),
        found("tone.hedging", Severity.WARNING, 5),
    ]
    groups = by_kind(findings)
    assert [(g.rule_id, len(g.findings)) for g in groups] == [
        ("content.what-happened", 1),
        ("plain.jargon", 2),
        ("tone.hedging", 1),
        ("plain.wordy", 2),
    ]
    assert [f.start for f in groups[1].findings] == [3, 7]
    assert sum(len(g.findings) for g in groups) == len(findings)


def test_a_facts_change_in_another_tab_shows_in_the_next_report(store, database_url):
    """The facts are read afresh for every report: a phone changed on the Facts tab of another
    session (another Store on the same database) makes the old phone in the text an error at
    the very next edit, and writing the new phone clears it."""
    text = "Call us on 1-800-555-0142 with any question.\n"
    letter, version = _letter(store, text)
    save_facts(store, letter.id, {"phone": "1-800-555-0142"}, actor="ed")
    assert letter_findings(store, letter.id, version).facts == ()
    other_tab = Store(database_url)
    save_facts(other_tab, letter.id, {"phone": "1-888-555-0199"}, actor="ed")
    other_tab.session_factory.kw["bind"].dispose()
    [stale] = letter_findings(store, letter.id, version).facts
    assert stale.match == "1-800-555-0142" and "1-888-555-0199" in stale.message
    fixed = text.replace("1-800-555-0142", "1-888-555-0199")
    assert letter_findings(store, letter.id, version, fixed).facts == ()


def test_the_facts_a_report_needs_are_read_in_one_round_trip(store):
    """Per edit the facts sheet and its audit log are one session, one connection: each more
    is a round trip the live editor waits for."""
    letter, _ = _letter(store, "Call us on 1-800-555-0142.\n")
    save_facts(store, letter.id, {"phone": "1-800-555-0142"}, actor="ed")
    save_facts(store, letter.id, {"phone": "1-888-555-0199"}, actor="ed")
    engine = store.session_factory.kw["bind"]
    checkouts = []
    sqlalchemy.event.listen(engine, "checkout", lambda *_: checkouts.append(1))
    [known] = [k for k in fact_check.known_for(store, letter.id) if k.name == "phone"]
    assert (known.value, len(checkouts)) == ("1-888-555-0199", 1)
    assert known.former and not known.former & known.keys


def test_while_no_fact_has_changed_an_edit_is_not_scanned_for_former_values():
    """A text read on its own is only wrong by a fact's former value: with none, the report of
    an edit recognises no entity, and finds what a full scan would (nothing)."""
    known = fact_check.known_facts({"phone": "1-800-555-0142", "email": "help@example.com"})
    text = "Call 1-888-555-0199 or write to privacy@example.com by June 30, 2026.\n"
    before = find_entities.cache_info().misses
    assert fact_check.text_findings(text, "en", known) == ()
    assert find_entities.cache_info().misses == before
    former = fact_check.known_facts({"phone": "1-800-555-0142"}, {"phone": ["1-888-555-0199"]})
    [found] = fact_check.text_findings(text, "en", former)
    assert found.match == "1-888-555-0199"
