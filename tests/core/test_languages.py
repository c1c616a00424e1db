"""The one language table: codes and names a customer list, the translator and the views share."""

import pytest

from clearnotice.languages import language_name, normalise_language, three_letter_code


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
