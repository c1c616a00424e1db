"""Language codes and names: the one table every part of ClearNotice reads.

Codes are ISO 639-1 (two letters), names are English, both from pycountry's copy of the ISO 639
tables, maintained upstream rather than typed here; a language's name in itself ("español")
comes from CLDR through Babel. Translation-specific conventions (which
languages the review checks know, decimal commas) stay in clearnotice/translate/languages.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError
from babel.core import LOCALE_ALIASES

# Languages whose script runs right to left: CLDR's layout data, characterOrder "right-to-left"
# (common/main/<language>.xml); "iw" is Hebrew's withdrawn ISO 639 code, still sent by Java and
# old Android.
RTL_LANGUAGES = frozenset({"ar", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi"})
# ISO 639's names carry qualifiers a reader does not need: "Modern Greek (1453-)".
_QUALIFIER = re.compile(r"\s*\([^)]*\d[^)]*\)$")
# A region or script after a language's name, as lists write it: "Spanish (Mexico)", and as
# CRM exports do: "Spanish - Latin America", "Chinese, Traditional".
_REGION = re.compile(r"\s*\([^)]*\)$|\s+[-–—]\s+.*$|\s*,\s+.*$")
# Names a customer list gives a language that neither ISO 639's nor CLDR's English names hold.
# "Castilian" is ISO 639-2's second name for Spanish
# (https://www.loc.gov/standards/iso639-2/php/code_list.php) and "castellano" the same word in
# Spanish (https://dle.rae.es/castellano); "Farsi" is Persian's name in itself, written in Latin
# letters (https://en.wikipedia.org/wiki/Persian_language); Mandarin (cmn) and Cantonese (yue)
# are individual languages of the macrolanguage Chinese, zh (https://iso639-3.sil.org/code/zho).
_ALSO_CALLED = {
    "castilian": "es",
    "castellano": "es",
    "farsi": "fa",
    "mandarin": "zh",
    "mandarin chinese": "zh",
    "cantonese": "zh",
}


# Languages whose name in itself is worth reading even when no letter is in them, so a list's
# "Deutsch" for a letter without German is named as German, not as an unknown language: the
# forty languages Babel gives a default locale (babel.core.LOCALE_ALIASES), and those of the
# languages most spoken at home in the US that it lacks (US Census Bureau, "Language Use in the
# United States: 2019", ACS-50, table 1: Chinese, Tagalog, Vietnamese, Haitian Creole, Hindi,
# Urdu, Gujarati, Bengali, Punjabi). Their own names load in about 0.2 s, once, and only for a
# value nothing else reads.
WIDELY_WRITTEN = (*LOCALE_ALIASES, "zh", "tl", "vi", "ht", "hi", "ur", "gu", "bn", "pa")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Code → name, and casefolded name or three-letter code → code, for every language with a
    two-letter code. ISO 639-2's codes ("spa", and "ger" beside "deu") are how some systems
    write a customer's language (https://www.loc.gov/standards/iso639-2/)."""
    by_code = {
        lang.alpha_2: _QUALIFIER.sub("", lang.name)
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2")
    }
    by_name = {name.casefold(): code for code, name in by_code.items()}
    for lang in pycountry.languages:
        if hasattr(lang, "alpha_2"):
            for three in (lang.alpha_3, getattr(lang, "bibliographic", lang.alpha_3)):
                by_name.setdefault(three.casefold(), lang.alpha_2)
    return by_code, by_name


@lru_cache(maxsize=1)
def _other_names() -> dict[str, str]:
    """Casefolded names ISO 639 lacks → code: CLDR's English names ("Haitian Creole",
    "Punjabi", "Brazilian Portuguese") and ``_ALSO_CALLED``. Read only for a value ISO's names
    miss: CLDR's English locale costs each merging process 4 MB."""
    by_code = _tables()[0]
    names = {
        name.casefold(): tag.split("_", 1)[0]
        for tag, name in Locale("en").languages.items()
        if tag.split("_", 1)[0] in by_code
    }
    return {**names, **_ALSO_CALLED}


def is_right_to_left(language: str) -> bool:
    """Whether text in ``language`` (a tag: "ar", "he-IL", "fa_IR") runs right to left: the
    letter's direction in its exports, and translation QA's warning about numbers set in it."""
    return re.split(r"[-_]", language, maxsplit=1)[0].lower() in RTL_LANGUAGES


def normalise_language(value: str, among: Iterable[str] = ()) -> str | None:
    """The ISO 639-1 code for ``value`` ("es", "ES", "es-MX", "es_MX", "Spanish", "Spanish
    (Mexico)", "Spanish - Latin America", "spa", "castellano"), or None. A language's name in
    itself ("español", "Tiếng Việt", "Espanol" as an English keyboard types it, or a regional
    form's: "français canadien") is read for the languages ``among`` (a letter's): reading
    every language's own name would load all of CLDR, about 0.5 s and 120 MB here."""
    by_code, by_name = _tables()
    # NFKC: full-width letters and parentheses ("中文（台灣）", as a Chinese keyboard types
    # them) read as their plain forms (Unicode Standard Annex #15)
    cleaned = unicodedata.normalize("NFKC", value).strip().replace("_", "-")
    primary = cleaned.split("-", 1)[0].casefold()
    if primary in by_code:
        return primary
    name = _REGION.sub("", cleaned).casefold()
    found = by_name.get(cleaned.casefold()) or by_name.get(name)
    if found or not name:
        return found
    found = _other_names().get(cleaned.casefold()) or _other_names().get(name)
    if found:
        return found
    codes = (normalise_language(code) for code in among)
    bare = _unaccented(name)
    whole = _unaccented(cleaned.casefold())
    return next((code for code in codes if code and {bare, whole} & _own_names(code)), None)


@lru_cache(maxsize=64)
def _own_names(code: str) -> frozenset[str]:
    """The language's names in itself, casefolded and without accents: its own ("espanol" for
    "es") and those of its regional forms ("espanol latinoamericano" for es-419, "francais
    canadien" for fr-CA); empty when CLDR lacks them."""
    try:
        locale = Locale.parse(code)
        names = [locale.get_language_name(code) or ""]
    except (UnknownLocaleError, ValueError, AttributeError):
        return frozenset()
    names += [name for tag, name in locale.languages.items() if tag.split("_", 1)[0] == code]
    return frozenset(_unaccented(name.casefold()) for name in names if name)


def _unaccented(text: str) -> str:
    """``text`` without its combining marks: "français" reads "francais"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def three_letter_code(code: str) -> str | None:
    """ISO 639-3's code for a two-letter one (``"spa"`` for ``"es"``), or None."""
    found = pycountry.languages.get(alpha_2=code.split("-", 1)[0].casefold())
    return found.alpha_3 if found else None


def language_name(code: str) -> str:
    """``"Spanish"`` for ``"es"`` or ``"es-MX"``; the code itself for one ISO 639-1 lacks."""
    return _tables()[0].get(code.split("-", 1)[0].casefold(), code)
