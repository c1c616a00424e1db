"""The one language table: codes and names a customer list, the translator and the views share."""

import pytest

from clearnotice.languages import (
    WIDELY_WRITTEN,
    language_name,
    normalise_language,
    three_letter_code,
)


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("es-MX", "es"),
        ("es_MX", "es"),
        (" Spanish ", "es"),
        ("vietnamese", "vi"),
        ("zh-Hant", "zh"),
        ("Spanish (Mexico)", "es"),
        ("Chinese (Traditional)", "zh"),
        ("spa", "es"),
        ("ger", "de"),
        ("deu", "de"),
        ("xx", None),
        ("Klingon", None),
        ("", None),
    ],
)
def test_normalise_language_takes_codes_regions_and_english_names(given, code):
    assert normalise_language(given) == code


@pytest.mark.parametrize(
    ("given", "among", "code"),
    [
        ("español", ["en", "es"], "es"),
        ("Español (México)", ["en", "es"], "es"),
        ("Tiếng Việt", ["en", "vi"], "vi"),
        ("DEUTSCH", ["de-AT"], "de"),
        ("français", ["en", "es"], None),  # not a language asked about, nor an English name
    ],
)
def test_a_language_named_in_itself_is_read_for_the_languages_asked_about(given, among, code):
    assert normalise_language(given, among) == code


@pytest.mark.parametrize(
    ("code", "name"),
    [("es", "Spanish"), ("pt-BR", "Portuguese"), ("el", "Modern Greek"), ("qq", "qq")],
)
def test_language_name_is_plain_english_or_the_code_itself(code, name):
    assert language_name(code) == name


@pytest.mark.parametrize(
    ("code", "three"), [("en", "eng"), ("es", "spa"), ("gl", "glg"), ("qq", None)]
)
def test_three_letter_code_is_iso_639_3(code, three):
    assert three_letter_code(code) == three


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("castellano", "es"),
        ("Castellano", "es"),
        ("Castilian", "es"),
        ("es-419", "es"),
        ("Latin American Spanish", "es"),
        ("Brazilian Portuguese", "pt"),
        ("Haitian Creole", "ht"),
        ("Punjabi", "pa"),
        ("Farsi", "fa"),
        ("Mandarin", "zh"),
        ("Cantonese", "zh"),
        ("Simplified Chinese", "zh"),
        ("Flemish", "nl"),
    ],
)
def test_the_names_a_customer_list_uses_for_a_language_are_read(given, code):
    """A list's language column said "castellano" or "Farsi": the customer got the letter in the
    source language, with a note calling the language unknown."""
    assert normalise_language(given) == code


@pytest.mark.parametrize(
    ("given", "among", "code"),
    [
        ("Deutsch", ["en", "de"], "de"),
        ("Français", ["en", "fr"], "fr"),
        ("Francais", ["en", "fr"], "fr"),
        ("Espanol", ["en", "es"], "es"),
        ("Português (Brasil)", ["en", "pt-BR"], "pt"),
        ("Portugues", ["en", "pt"], "pt"),
    ],
)
def test_a_language_named_in_itself_is_read_with_or_without_its_accents(given, among, code):
    """Lists typed on an English keyboard drop the accents: "Espanol", "Francais"."""
    assert normalise_language(given, among) == code


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("Tiếng Việt", "vi"),
        ("中文", "zh"),
        ("Kreyòl Ayisyen", "ht"),
        ("Filipino", "tl"),
        ("हिन्दी", "hi"),
        ("한국어", "ko"),
        ("Русский", "ru"),
    ],
)
def test_a_language_us_households_speak_is_read_in_its_own_name_with_no_letter_in_it(given, code):
    """A list's "Tiếng Việt" for a letter with no Vietnamese text is named as Vietnamese (so the
    fallback to the source language says which language was asked for), not as unknown."""
    assert normalise_language(given, WIDELY_WRITTEN) == code
