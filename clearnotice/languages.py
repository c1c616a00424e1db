"""Language codes and names: the one table every part of ClearNotice reads.

Codes are ISO 639-1 (two letters), names are English, both from pycountry's copy of the ISO 639
tables, maintained upstream rather than typed here. Translation-specific conventions (which
languages the review checks know, decimal commas) stay in clearnotice/translate/languages.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

# ISO 639's names carry qualifiers a reader does not need: "Modern Greek (1453-)".
_QUALIFIER = re.compile(r"\s*\([^)]*\d[^)]*\)$")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Code → name, and casefolded name → code, for every language with a two-letter code."""
    by_code = {
        lang.alpha_2: _QUALIFIER.sub("", lang.name)
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2")
    }
    by_name = {name.casefold(): code for code, name in by_code.items()}
    return by_code, by_name


def normalise_language(value: str) -> str | None:
    """The ISO 639-1 code for ``value`` ("es", "ES", "es-MX", "es_MX", "Spanish"), or None."""
    by_code, by_name = _tables()
    cleaned = value.strip().replace("_", "-")
    primary = cleaned.split("-", 1)[0].casefold()
    if primary in by_code:
        return primary
    return by_name.get(cleaned.casefold())


def three_letter_code(code: str) -> str | None:
    """ISO 639-3's code for a two-letter one (``"spa"`` for ``"es"``), or None."""
    found = pycountry.languages.get(alpha_2=code.split("-", 1)[0].casefold())
    return found.alpha_3 if found else None


def language_name(code: str) -> str:
    """``"Spanish"`` for ``"es"`` or ``"es-MX"``; the code itself for one ISO 639-1 lacks."""
    return _tables()[0].get(code.split("-", 1)[0].casefold(), code)
