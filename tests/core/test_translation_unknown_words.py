"""Words of a translation that are not its language's (by Hunspell's es_ES here, Debian's
hunspell-es): an English word left in a translated sentence, or two words an engine ran together.
Names, values, code and words the dictionary merely lacks are left alone, and a faithful
published translation raises none."""

from __future__ import annotations

import pytest

from clearnotice.grammar import spelling
from clearnotice.translate.languages import target_languages
from clearnotice.translate.qa import check_translation
from clearnotice.translate.unknown_words import ENGLISH_WORD, RUN_TOGETHER
from tests.corpus.translations.faults import TUNE, published_pairs

RULES = (ENGLISH_WORD, RUN_TOGETHER)


def _flagged(english: str, spanish: str) -> list[tuple[str, str]]:
    report = check_translation(english, spanish, "es")
    return [
        (f.finding.rule_id, f.finding.match) for f in report.findings if f.finding.rule_id in RULES
    ]


@pytest.mark.parametrize(
    ("english", "spanish", "flagged"),
    [
        # Apertium's own output for these (apertium eng-spa, Debian's data)
        ("We are sorry.", "Losentimos .", [(RUN_TOGETHER, "Losentimos")]),
        (
            "- Your name and mailing address",
            "- Vuestro nombre y mailing alocución",
            [(ENGLISH_WORD, "mailing")],
        ),
        (
            "- Enroll in your free credit monitoring by June 30, 2026.",
            "- Enroll En vuestro control de crédito libre por junio 30, 2026.",
            [(ENGLISH_WORD, "Enroll")],
        ),
        (
            "Contact our help desk if your login was affected.",
            "Contacte con nuestro servicio de ayuda si su login se vio afectado.",
            [(ENGLISH_WORD, "login")],
        ),
        # a translator's slip: a clause left in English is one warning, not one per word
        (
            "Check your statements and report any charge you do not recognize.",
            "Revise sus extractos y avise de cualquier cargo que you do not recognize.",
            [(ENGLISH_WORD, "you do not recognize")],
        ),
    ],
)
def test_a_word_left_in_english_or_garbled_is_a_warning_on_it(english, spanish, flagged):
    assert _flagged(english, spanish) == flagged


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("Sincerely,\n\nDana Whitfield", "Atentamente,\n\nDana Whitfield"),
        (
            "We offer Northway Credit Watch for free.",
            "Le ofrecemos Northway Credit Watch sin coste.",
        ),
        (
            "Visit www.example.com/protect or write to privacy@example.com.",
            "Visite www.example.com/protect o escriba a privacy@example.com.",
        ),
        ("Use the code `K7M-4QX-22P` at signup.", "Use el código `K7M-4QX-22P` al registrarse."),
        ("Read [our notice](/privacy-policy).", "Lea [nuestro aviso](/privacy-policy)."),
        ("Dear {{ customer_name }},", "Estimado/a {{ customer_name }}:"),
        ("We were the target of a cyberattack.", "Fuimos objeto de un ciberataque."),
        ("The FBI and the FTC were told.", "Se informó al FBI y a la FTC."),
        ("Acme Health Plan\n\nWe found a problem.", "Acme Health Plan\n\nEncontramos un problema."),
        ("Bank of America found a problem.", "Bank of America encontró un problema."),
        # words Hunspell's es_ES lacks, neither English nor two words run together
        ("Report it to both bureaus.", "Infórmelo a ambas agencias."),
        (
            "We set aside $5 million for refunds.",
            "Reservamos 5 millones de dólares para reembolsos.",
        ),
        # a sentence left in English is the wrong-language check's, reported whole
        ("Tell your bank about any charge.", "Tell your bank about any charge you do not know."),
    ],
)
def test_names_values_code_and_words_a_dictionary_lacks_but_a_source_gives_pass(english, spanish):
    assert _flagged(english, spanish) == []


def test_a_language_without_a_dictionary_is_not_checked():
    bare = [code for code in target_languages() if spelling.speller_for(code) is None]
    if not bare:
        pytest.skip("every target language has a Hunspell dictionary installed here")
    report = check_translation("We are sorry.", "Losentimos .", bare[0])
    assert not [f for f in report.findings if f.finding.rule_id in RULES]


@pytest.mark.parametrize(
    "pair",
    [p for p in published_pairs() if p.split == TUNE and p.language == "es"],
    ids=lambda p: p.id,
)
def test_a_faithful_published_translation_raises_none(pair):
    assert _flagged(pair.english, pair.translation) == []


def test_a_long_word_of_capitals_in_the_english_is_read_once():
    """A name in the English ("Bank of America") was looked for from every capital of a word,
    each reading the word to its end (6,000 capitals took seconds, a 1 MB pair far longer): a
    long word is read as a short one is, and the word left in English is still told."""

    def flagged(count: int) -> list[tuple[str, str]]:
        word = "A" * count
        return [
            (rule, match.replace(word, "WORD"))
            for rule, match in _flagged(
                f"We are sorry. {word} Bank of America",
                f"Lo sentimos. {word} Bank of America we are sorry",
            )
        ]

    assert flagged(6000) == flagged(2)


def test_a_paragraph_of_many_numbers_and_words_is_read_once():
    """Each word was compared with every number, code and other-language sentence of its
    paragraph (a pasted run of 4,000 numbers and words took most of a second, 16,000 many
    seconds): it is looked up among them, and the word left in English is still told."""

    def flagged(count: int) -> list[tuple[str, str]]:
        run = "1 palabra " * count
        return _flagged("We are sorry.", f"{run}we are sorry")

    assert flagged(16_000) == flagged(2) == [(ENGLISH_WORD, "sorry")]
