"""The languages a letter can be translated into, and their conventions (names: the one
language table, clearnotice/languages.py)."""

from __future__ import annotations

from clearnotice.languages import normalise_language

SOURCE_LANGUAGE = "en"

# The languages whose conventions the review's own tables hold (dates, stopwords, number words,
# negation), and which Apertium here translates into. Any other language can still hold a
# human translation; its review reads dates, digits, amounts and sentence ends by CLDR's data
# (clearnotice/translate/dates.py, world_units.yml) and skips only what needs a table of its own.
REVIEWED_LANGUAGES = ("en", "es", "ca", "gl", "fr", "de", "it", "pt")

# Languages that write 1.234,5 rather than 1,234.5. Both conventions are accepted in them, as
# US Spanish and many organisations' house styles keep the English one.
DECIMAL_COMMA = frozenset({"es", "ca", "gl", "fr", "de", "it", "pt"})


def target_languages() -> list[str]:
    """Every language a letter may be translated into, in a stable order."""
    return [code for code in REVIEWED_LANGUAGES if code != SOURCE_LANGUAGE]


def translation_language(value: str) -> str | None:
    """The ISO 639-1 code of the language ``value`` names ("zh", "Vietnamese", "tl-PH") for a
    human translation, or None when it names none or names the letters' own (English)."""
    code = normalise_language(value)
    return code if code and code != SOURCE_LANGUAGE else None
