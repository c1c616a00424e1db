"""The languages a letter can be translated into, with their names and conventions."""

from __future__ import annotations

SOURCE_LANGUAGE = "en"

# The languages the review checks know (dates, stopwords, number formats). Any other language
# can still hold a human translation; its review then skips the language-specific checks.
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "ca": "Catalan",
    "gl": "Galician",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
}

# Languages that write 1.234,5 rather than 1,234.5. Both conventions are accepted in them, as
# US Spanish and many organisations' house styles keep the English one.
DECIMAL_COMMA = frozenset({"es", "ca", "gl", "fr", "de", "it", "pt"})


def language_name(code: str) -> str:
    """``"Spanish"`` for ``"es"``; the code itself for a language this module does not know."""
    return LANGUAGE_NAMES.get(code, code)


def target_languages() -> list[str]:
    """Every language a letter may be translated into, in a stable order."""
    return [code for code in LANGUAGE_NAMES if code != SOURCE_LANGUAGE]
