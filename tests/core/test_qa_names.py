"""Translation QA keeps the names the English gives: a person's or an organisation's name
translated, reordered or shortened is caught (clearnotice.translate.names), and what
translations rightly do with a name passes: a case ending, another script, the glossary's own
name of the organisation, a legal form kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.text import blocks
from clearnotice.translate import fact_check
from clearnotice.translate.apertium import Apertium
from clearnotice.translate.glossary import load_file
from clearnotice.translate.names import RULE, names_given
from clearnotice.translate.qa import changes_facts, check_translation

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

SIGNED = "We are sorry for this.\n\nSincerely,\n\n{signer}\nPrivacy Office, {company}"


def _name_findings(english: str, translation: str, language: str = "es") -> list[tuple]:
    report = check_translation(english, translation, language)
    return [
        (f.segment, f.finding.severity.name, f.finding.message)
        for f in report.findings
        if f.finding.rule_id == RULE
    ]


def _signed(signer: str, company: str) -> str:
    return SIGNED.format(signer=signer, company=company)


def _in_spanish(signer: str, company: str) -> str:
    return f"Lamentamos lo ocurrido.\n\nAtentamente,\n\n{signer}\nOficina de Privacidad, {company}"


ENGLISH = _signed("Jane Q. Smith", "Green Bank, N.A.")


def test_a_faithful_translation_keeps_every_name_and_has_no_finding():
    assert _name_findings(ENGLISH, _in_spanish("Jane Q. Smith", "Green Bank, N.A.")) == []


@pytest.mark.parametrize(
    ("signer", "company", "lost"),
    [
        # Apertium's order of a name it does not know as one
        ("Smith de Jane Q.", "Green Bank, N.A.", "its words stand in another order"),
        # the middle initial dropped
        ("Jane Smith", "Green Bank, N.A.", "“Q.” is not there"),
        # a name whose words are words, translated
        ("Jane Q. Smith", "Banco Verde, N.A.", "“Green Bank” is not there"),
    ],
)
def test_a_person_or_an_organisation_named_otherwise_is_an_error_that_changes_a_fact(
    signer, company, lost
):
    report = check_translation(ENGLISH, _in_spanish(signer, company), "es")
    found = [f.finding for f in report.findings if f.finding.rule_id == RULE]
    assert len(found) == 1
    assert found[0].severity.name == "ERROR" and lost in found[0].message
    assert changes_facts(found[0])


def test_a_person_translated_word_by_word_is_caught_in_the_signature():
    english = _signed("Mark Baker", "Acme Inc.")
    assert _name_findings(english, _in_spanish("Marca Panadero", "Acme Inc.")) == [
        (
            2,
            "ERROR",
            "The English names Mark Baker here; in the translation “Mark Baker” is not there "
            "(translated or dropped?). A person's name is never translated, reordered or "
            "shortened.",
        )
    ]


def test_a_legal_form_is_kept_or_left_out_and_the_name_before_it_is_what_counts():
    english = _signed("Jane Smith", "Acme Inc.")
    assert _name_findings(english, _in_spanish("Jane Smith", "Acme Inc.")) == []
    assert _name_findings(english, _in_spanish("Jane Smith", "Acme")) == []


def test_a_declined_name_passes_where_the_language_declines_names_and_only_there():
    english = "Dear Mr. Nowak, Acme Inc. sends this letter."
    polish = "Szanowny Panie Nowaku, ten list wysyła Acme Inc."
    assert _name_findings(english, polish, "pl") == []
    german = "Sehr geehrter Herr Nowak, dies ist Acmes Brief."
    assert _name_findings(english, german, "de") == []
    # Spanish does not decline a name: "Nowaku" is another name there
    spanish = "Estimado Sr. Nowaku, Acme Inc. le envía esta carta."
    assert [severity for _, severity, _ in _name_findings(english, spanish, "es")] == ["ERROR"]


def test_a_name_in_another_script_is_not_judged():
    english = _signed("Jane Smith", "Acme Inc.")
    russian = "Сожалеем об этом.\n\nС уважением,\n\nДжейн Смит\nОтдел конфиденциальности, Акме"
    assert _name_findings(english, russian, "ru") == []


def test_the_glossary_may_give_the_organisations_own_name_in_the_language(tmp_path):
    english = "Call Green Bank, N.A. today."
    translation = "Llame hoy al Banco Verde, N.A."
    assert [s for _, s, _ in _name_findings(english, translation)] == ["ERROR"]
    path = tmp_path / "es.yml"
    path.write_text(
        "language: es\nterms:\n  - term: Green Bank\n    approved: [Banco Verde]\n"
        "    source: the bank's own Spanish pages\n",
        encoding="utf-8",
    )
    from clearnotice.translate.qa import _checked

    report = _checked(english, translation, "es", (), load_file(path))
    assert [f for f in report.findings if f.finding.rule_id == RULE] == []


def test_a_coined_name_lost_is_a_warning_and_ordinary_capitalised_words_are_not_names():
    english = "Enroll with Northway Credit Watch. Or report it to the Federal Trade Commission."
    assert [n.text for n in names_given(english)] == ["Northway Credit Watch"]
    translation = (
        "Inscríbase en Northway Crédito Reloj. O denúncielo a la Comisión Federal de Comercio."
    )
    assert _name_findings(english, translation) == [
        (
            0,
            "WARNING",
            "The English names Northway Credit Watch here; in the translation “Credit Watch” is "
            "not there (translated or dropped?). A name is not translated, unless the "
            "organisation has an official name in this language.",
        )
    ]


def test_a_name_of_the_facts_sheet_is_one_finding_not_two():
    english = _signed("Jane Smith", "Acme Health Inc.")
    facts = fact_check.known_facts({"company_name": "Acme Health"})
    report = check_translation(english, _in_spanish("Jane Smith", "Salud Acme Inc."), "es", facts)
    rules = [f.finding.rule_id for f in report.findings if f.finding.severity.name == "ERROR"]
    assert rules == [fact_check.RULE]


@pytest.fixture(scope="module")
def apertium() -> Apertium:
    engine = Apertium()
    if not engine.supports("en", "es"):
        pytest.skip("Apertium with the eng-spa pair is not installed")
    return engine


def test_apertiums_spanish_of_the_sample_letter_has_its_organisation_flagged(apertium):
    english = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    spanish = "\n\n".join(apertium.translate_batch([b.text for b in blocks(english)], "en", "es"))
    found = _name_findings(english, spanish)
    # "Example Outfitters Inc." became "Ejemplo Outfitters Inc."; "Northway Credit Watch"
    # lost its ordinary words
    assert [severity for _, severity, _ in found] == ["WARNING", "ERROR"]
    assert "“Example” is not there" in found[1][2]


def test_apertiums_reordered_signer_and_greeting_are_errors(apertium):
    # Apertium writes "Jane querida Smith," and, under a closing, "Smith de Jane"
    english = "Dear Jane Smith,\n\nWe are sorry.\n\nSincerely,\nJane Smith\nPrivacy Officer"
    spanish = "\n\n".join(apertium.translate_batch([b.text for b in blocks(english)], "en", "es"))
    found = _name_findings(english, spanish)
    assert found and all(severity == "ERROR" for _, severity, _ in found)
    assert {segment for segment, _, _ in found} == {0, 2}


def test_an_organisation_is_the_capitalised_name_its_legal_form_ends():
    english = (
        "Contact your State AG or the Federal Deposit Insurance Corporation. Deutsche Bank "
        "GmbH and Acme, Inc. wrote. Jane Q. Smith of Rose Hill Clinic LLC. Call Bank of "
        "America, N.A. now."
    )
    assert sorted((n.text, n.kind) for n in names_given(english)) == [
        ("Acme", "organisation"),
        ("Bank of America", "organisation"),
        ("Deutsche Bank", "organisation"),
        ("Rose Hill Clinic", "organisation"),
    ]
