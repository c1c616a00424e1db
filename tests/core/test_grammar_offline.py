"""The offline checker on real letters: Hunspell spelling (spylls with Debian's dictionaries)
and the basic grammar checks, with exact spans and nothing flagged on good letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice.grammar import CheckerChoice, GrammarService
from clearnotice.grammar import offline as rules
from clearnotice.grammar.offline import OfflineChecker, check_piece
from clearnotice.grammar.spelling import suggest
from clearnotice.model import Severity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

ENGLISH_LETTER = """# Notice of Data Breach

Dear {{ customer_name }},

We are writting to tell you about a security incident. On March 3, 2026, we found that a
criminal had broken into one of our billing computers and could see your adress.

## What we are doing

- We reset every employee pasword.
- We are offering you 24 months of free credit monitoring from Northway Credit Watch.

## What you can do

Enroll by June 30, 2026 at www.example.com/protect using the code **K7M-4QX-22P**. Call
1-800-555-0142 or email privacy@example.com if you have any questons.

Sincerely,

Dana Whitfield
"""
ENGLISH_TYPOS = {"writting", "adress", "pasword", "questons"}

SPANISH_LETTER = """# Aviso de violación de datos

Estimado/a {{ customer_name }}:

Le escribimos para informarle sobre un incidnete de seguridad que afectó parte de su
informacion personal. Lamentamos mucho lo ocurrido.

## Qué estamos haciendo

- Cambiamos las contraseñas de todos los empleados.
- Le ofrecemos 24 meses gratuitos de monitoreo de crédito de Northway Credit Watch.

## Qué puede hacer usted

Inscríbase antes del 30 de junio de 2026 en www.example.com/protect con el código
**K7M-4QX-22P**. Llámenos al 1-800-555-0142, de 8 a. m. a 8 p. m., o escriba a
privacy@example.com si tiene pregutnas.

Atentamente,

Dana Whitfield
"""
SPANISH_TYPOS = {"incidnete", "informacion", "pregutnas"}


@pytest.fixture(scope="module")
def service() -> GrammarService:
    return GrammarService()


def offline(service: GrammarService, text: str, language: str, vocabulary=()):
    return service.check(text, language, CheckerChoice(), vocabulary=vocabulary)


@pytest.mark.parametrize(
    ("letter", "language", "typos"),
    [(ENGLISH_LETTER, "en", ENGLISH_TYPOS), (SPANISH_LETTER, "es", SPANISH_TYPOS)],
    ids=["english", "spanish"],
)
def test_planted_misspellings_are_caught_and_nothing_else(service, letter, language, typos):
    report = offline(service, letter, language)
    assert {f.match for f in report.findings} == typos
    for f in report.findings:
        assert f.rule_id == rules.SPELLING and f.severity is Severity.ERROR
        assert letter[f.start : f.end] == f.match


@pytest.mark.parametrize(
    ("fixture", "language"),
    [("good-plain.md", "en"), ("good-plain.es.md", "es")],
    ids=["english", "spanish"],
)
def test_good_letters_have_no_findings(service, fixture, language):
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    report = offline(service, text, language)
    assert report.findings == (), [(f.rule_id, f.match) for f in report.findings]


def test_report_says_the_offline_checker_ran_and_why(service):
    report = offline(service, "Fine.", "en")
    assert report.checker.startswith("offline spelling (en_US Hunspell dictionary)")
    assert report.reason == "the default: no LanguageTool is configured"
    assert report.notice == "" and not report.used_languagetool


def test_spelling_suggestions_are_computed_only_on_request(service):
    report = offline(service, "We will recieve it.", "en")
    (finding,) = report.findings
    assert finding.suggestions == ()
    assert rules.SUGGEST_ON_REQUEST in finding.extra
    assert "receive" in suggest("recieve", "en")
    assert "información" in suggest("informacion", "es")


# one table per check: (id, text, language, rule expected or None, match, suggestion)
GRAMMAR_CASES = [
    ("repeat", "We found the the file.", "en", rules.REPEATED_WORD, "the the", "the"),
    ("repeat-across-line", "We found the\nthe file.", "en", rules.REPEATED_WORD, "the\nthe", "the"),
    ("repeat-spanish", "Le le escribimos hoy.", "es", rules.REPEATED_WORD, "Le le", "Le"),
    ("had-had", "We had had no warning.", "en", None, "", ""),
    ("repeat-after-comma", "We know, know it.", "en", None, "", ""),
    ("a-before-vowel", "This is a email from us.", "en", rules.A_AN, "a", "an"),
    ("an-before-consonant", "It was an mistake.", "en", rules.A_AN, "an", "a"),
    ("capital-article", "An person called.", "en", rules.A_AN, "An", "A"),
    ("an-hour", "It took an hour.", "en", None, "", ""),
    ("a-user", "A user and a one-time code.", "en", None, "", ""),
    ("an-fbi", "We told an FBI agent.", "en", None, "", ""),
    ("a-ssn", "Your number is a SSN.", "en", rules.A_AN, "a", "an"),
    ("a-url", "Visit a URL we send.", "en", None, "", ""),
    ("an-8", "It has an 8-digit code.", "en", None, "", ""),
    ("a-18", "Use a 18-month plan.", "en", rules.A_AN, "a", "an"),
    ("plan-a", "If Plan A is late, call us.", "en", None, "", ""),
    ("spanish-a", "Vamos a ir a el banco.", "es", None, "", ""),
    ("a-m", "Call from 8 a.m. to noon.", "en", None, "", ""),
    (
        "small-after-stop",
        "We shut it off. then we called.",
        "en",
        rules.CAPITAL_AFTER_STOP,
        "then",
        "Then",
    ),  # fmt: skip
    (
        "small-after-question",
        "Did it stop? yes, it did.",
        "en",
        rules.CAPITAL_AFTER_STOP,
        "yes",
        "Yes",
    ),  # fmt: skip
    ("after-abbreviation", "Use e.g. the code or call at 8 a.m. today.", "en", None, "", ""),
    ("after-ellipsis", "We waited... and then it stopped.", "en", None, "", ""),
    (
        "after-url",
        "Visit www.example.com/help. then call.",
        "en",
        rules.CAPITAL_AFTER_STOP,
        "then",
        "Then",
    ),  # fmt: skip
    ("spanish-a-m", "De 8 a. m. a 8 p. m. todos los días.", "es", None, "", ""),
    (
        "bold-after-stop",
        "It stopped. **your** data is safe.",
        "en",
        rules.CAPITAL_AFTER_STOP,
        "your",
        "Your",
    ),  # fmt: skip
    ("open-bracket", "We called (the bank today.", "en", rules.UNBALANCED_BRACKET, "(", ""),
    ("stray-close", "We called the bank] today.", "en", rules.UNBALANCED_BRACKET, "]", ""),
    ("enumerator", "Please a) call and b) write.", "en", None, "", ""),
    ("balanced", "We (and the bank) called [twice].", "en", None, "", ""),
    ("odd-quotes", 'He said "call us today.', "en", rules.UNBALANCED_QUOTE, '"', ""),
    ("curly-open", "He said “call us today.", "en", rules.UNBALANCED_QUOTE, "“", ""),
    ("guillemets", "Dijo «llame hoy» y colgó.", "es", None, "", ""),
    ("placeholder-braces", "Dear {{ customer_name }}, hello.", "en", None, "", ""),
    ("url-with-bracket", "See https://example.com/a_(b) now.", "en", None, "", ""),
]


@pytest.mark.parametrize(
    ("text", "language", "rule", "match", "suggestion"),
    [case[1:] for case in GRAMMAR_CASES],
    ids=[case[0] for case in GRAMMAR_CASES],
)
def test_basic_grammar_checks(text, language, rule, match, suggestion):
    found = [f for f in check_piece(text, language) if not f.rule_id.startswith("grammar.spell")]
    if rule is None:
        assert found == [], f"false positive: {[(f.rule_id, f.match) for f in found]}"
        return
    assert [(f.rule_id, f.match) for f in found] == [(rule, match)], "false negative"
    (finding,) = found
    assert text[finding.start : finding.end] == match
    assert finding.suggestions == ((suggestion,) if suggestion else ())


NEVER_FLAGGED = [
    ("placeholder", "Dear {{ custmer_nmae }}, hello."),
    ("url", "Visit https://examplle.com/protectt today."),
    ("bare-address", "Visit www.examplle.com/protectt today."),
    ("email", "Write to privasy@examplle.com today."),
    ("code", "Use the code K7M-4QX-22P or XQZT-9981 today."),
    ("numbers", "Call 1-800-555-0142 by 30/06/2026 about 1,250 records."),
    ("inline-code", "Type `enrol --now` in the box."),
    ("acronyms", "Your SSN and EIN were not involved."),
    ("name-run", "Please call Zorbla Quentix on Monday."),
]


@pytest.mark.parametrize("text", [t for _, t in NEVER_FLAGGED], ids=[i for i, _ in NEVER_FLAGGED])
def test_data_and_names_are_never_flagged(service, text):
    report = offline(service, text, "en")
    assert report.findings == (), [(f.rule_id, f.match) for f in report.findings]


def test_unknown_capitalised_word_mid_sentence_is_a_suggestion_not_an_error(service):
    report = offline(service, "Enroll with Zorbla by June.", "en")
    (finding,) = report.findings
    assert finding.rule_id == rules.SPELLING_NAME and finding.severity is Severity.SUGGESTION
    assert "organisation's vocabulary" in finding.message


def test_organisation_vocabulary_is_never_flagged(service):
    text = "Enroll with Zorbla by June. Zorbla will recieve it."
    report = offline(service, text, "en", vocabulary=["Zorbla"])
    assert [f.match for f in report.findings] == ["recieve"]


@pytest.mark.parametrize(
    "text",
    [
        "🔒 Our café, naïve résumé: we will recieve it 🎉 and the the rest.",
        "Re\u0301sume\u0301 👩‍💻 cafe\u0301: we will recieve it and the the rest.",
        "🇪🇸 **Note**: we will recieve it and the the rest.",
    ],
    ids=["emoji-and-accents", "combining-accent-and-zwj", "flag-and-bold"],
)
def test_offline_spans_are_exact_with_emoji_and_accents(service, text):
    report = offline(service, text, "en")
    assert [(f.rule_id, text[f.start : f.end]) for f in report.findings] == [
        (rules.SPELLING, "recieve"),
        (rules.REPEATED_WORD, "the the"),
    ]


def test_language_without_a_dictionary_still_gets_grammar_checks(service):
    report = offline(service, "Nous avons un problème. le the the.", "fr")
    assert "no spelling dictionary for 'fr'" in report.checker
    assert "hunspell-fr" in report.checker
    assert {f.rule_id for f in report.findings} == {
        rules.CAPITAL_AFTER_STOP,
        rules.REPEATED_WORD,
    }


def test_an_edit_rechecks_only_the_paragraph_that_changed(service):
    text = "First paragraph is fine.\n\nSecond one has a typo: recieve.\n\nThird is fine."
    service.cache.clear()
    assert offline(service, text, "en").rechecked == 3
    edited = text.replace("Third is fine.", "Third is finne.")
    report = offline(service, edited, "en")
    assert report.rechecked == 1 and report.pieces == 3
    assert [f.match for f in report.findings] == ["recieve", "finne"]


def test_cache_keeps_languages_apart(service):
    service.cache.clear()
    assert offline(service, "Hola, señores.", "es").findings == ()
    report = offline(service, "Hola, señores.", "en")
    assert report.rechecked == 1
    assert "Hola" in {f.match for f in report.findings}


def test_offline_checker_labels_its_dictionary():
    assert "es_ES" in OfflineChecker().label("es")


def test_a_misspelt_word_in_decomposed_unicode_is_flagged_whole(service):
    text = "Your re\u0301sumxe\u0301 is safe."
    (finding,) = offline(service, text, "en").findings
    assert text[finding.start : finding.end] == "re\u0301sumxe\u0301"


@pytest.mark.parametrize("part", ["a", "well", "teh"])
def test_a_word_of_many_hyphens_is_judged_by_its_parts(part):
    """Hunspell reads a hyphenated word as its parts in every way it can be broken at its
    hyphens: a pasted "a-a-a-..." of 50 characters took seconds, of 100 never ended. A word of
    many hyphens is spelt right when each part is, as one of a few is."""

    def spelling(count: int) -> list[tuple[str, str]]:
        word = "-".join([part] * count)
        text = f"We saw {word} today."
        return [(f.rule_id, f.match.replace(word, "WORD")) for f in check_piece(text, "en")]

    assert spelling(40) == spelling(2)
