"""What a translation must carry over unchanged: placeholders, e-mails, URLs, dates, times,
days of the week, phone numbers, codes, percentages, amounts and numbers, found with their spans
and read into comparable keys.

One scan finds them all, most specific first, and a character belongs to one entity only: the
digits of a phone number are not also numbers, nor the digits of a date. Translation QA compares
the keys of a source segment with those of its translation; the protection of spans before
machine translation uses the same patterns, so what QA checks is what the engine was told to
leave alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path

from clearnotice import caches
from clearnotice.datafiles import Shape, TextList, load
from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.placeholders import PLACEHOLDER
from clearnotice.regex.ending import Ending
from clearnotice.regex.prefilter import Finditer, Prefiltered
from clearnotice.translate import cjk_numerals as cjk
from clearnotice.translate.dates import EAST_ASIAN_SCRIPT, find_dates, range_ends
from clearnotice.translate.languages import DECIMAL_COMMA

PLACEHOLDER_KIND = "placeholder"
EMAIL = "email"
URL = "url"
DATE = "date"
TIME = "time"
WEEKDAY = "weekday"
TIMEZONE = "timezone"
PERCENT = "percent"
PHONE = "phone"
CODE = "code"
AMOUNT = "amount"
NUMBER = "number"
NUMBER_WORD = "number-word"

# Kinds that no translation engine may touch: they are replaced by tokens before translating.
PROTECTED_KINDS = (PLACEHOLDER_KIND, EMAIL, URL, PHONE, CODE)

# A word the reader must type or text as it is: a text-message keyword ("Text HELP to 12345",
# "Reply STOP to cancel": short-code programmes answer such keywords, STOP and HELP by rule,
# CTIA Short Code Monitoring Handbook, 2.1) or a word to enter on a form ('Type "YES" to
# confirm'). A translated keyword ("AYUDA", "PARÓN") is a word the programme does not know, so
# the instruction no longer works. The keyword follows a verb of typing or texting, quoted or in
# capitals; in capitals it must end its clause or be followed by what it is sent to or for, so
# that "send IRS forms" names no keyword.
_KEYWORD = re.compile(
    r"\b(?:text|txt|reply|respond|send|enter|type|key\s+in)(?:\s+(?:with|back))?"
    r"(?:\s+the\s+(?:word|keyword))?\s+"
    r"(?:[\"“«]\s?(?P<quoted>[^\"”»\n]{1,30}?)\s?[\"”»]"
    r"|(?-i:(?P<capitals>[A-Z][A-Z0-9]+))(?=\s*(?:[.,;:!?)]|$|(?:to|for|or|and|at)\b)))",
    re.IGNORECASE,
)


def keywords(english: str) -> list[str]:
    """The words ``english`` tells its reader to type or text as they are (_KEYWORD)."""
    return [english[start:end] for start, end in keyword_spans(english)]


def keyword_spans(english: str) -> list[tuple[int, int]]:
    """Where each keyword of ``english`` stands: translation QA asks the translation to keep
    it, and the engine is never given it to translate."""
    return [
        m.span("quoted") if m["quoted"] else m.span("capitals") for m in _KEYWORD.finditer(english)
    ]


# The part before the "@" is at most 64 characters (RFC 5321, 4.5.3.1.1): unbounded, it was
# read to the end of a run from every word in it, and a pasted "a-a-a-..." of 24,000 characters
# took most of a second, a 1 MB import many minutes.
EMAIL_ADDRESS = re.compile(
    r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
# Generic top-level domains a bare address ("example.com/protect") may end in, in any case. A
# fixed list, so that a missing space after a full stop ("happened.We") is still read as prose.
_GENERIC_TLDS = "com|org|net|gov|edu|mil|int|info|biz|cat|gal|app|dev"
# The country domains: every ISO 3166-1 alpha-2 code (RFC 1591 takes a country's domain from
# ISO 3166-1; the list as pycountry 26.2.16 gives it, which test_addresses checks), with .uk,
# .eu and .ac, which ISO reserves for them and IANA's root zone delegates.
COUNTRY_TLDS = (
    "ac|ad|ae|af|ag|ai|al|am|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bl|bm|bn|bo|"
    "bq|br|bs|bt|bv|bw|by|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|"
    "dm|do|dz|ec|ee|eg|eh|er|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gb|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|"
    "gr|gs|gt|gu|gw|gy|hk|hm|hn|hr|ht|hu|id|ie|il|im|in|io|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|ki|"
    "km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|me|mf|mg|mh|mk|ml|mm|mn|mo|"
    "mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|"
    "pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sj|sk|sl|sm|sn|so|sr|ss|"
    "st|sv|sx|sy|sz|tc|td|tf|tg|th|tj|tk|tl|tm|tn|to|tr|tt|tv|tw|tz|ua|ug|uk|um|us|uy|uz|va|vc|"
    "ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw"
)
# Many country codes are words once capitalised ("happened.In", "data.It", "us.No"), so a bare
# address ends in one only where prose does not: written in lower case, as addresses are
# ("acme.sg", "acme.co.za", "health.gov.sg"), or before a path ("Acme.No/notice"); after a
# generic domain ("acme.com.au", "NCSC.GOV.UK"), in lower case or in capitals.
# A host starts a run of host characters, never inside one (after a letter, digit or hyphen,
# or after one of those and a dot): tried from every label of "a.a.a.a..." or "a-a-a-...", the
# rest of the run was read again from each, and a pasted run of 6,000 characters took seconds
# (quadratic backtracking). A match from inside a run is part of the one from its start, which
# is tried, but for a run that opens with hyphens ("-acme.com"), which names no host.
_HOST = r"\b(?<![a-z0-9-])(?<![a-z0-9-]\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*"
_PATH = r"(?:/[^\s<>\"'`]*)?"
_LOWER_COUNTRY = rf"(?-i:{COUNTRY_TLDS})\b"
_COUNTRY_AFTER_GENERIC = rf"(?:\.(?-i:{COUNTRY_TLDS}|{COUNTRY_TLDS.upper()})\b)?"
# A page that lost the space after an address's full stop glues the next sentence on
# ("www.priv.gc.ca.Your provincial office"): a label written as a capitalised word that ends the
# run of text is that sentence's first word, not part of the address (labels are written in
# lower case, or all in capitals as "NCSC.GOV.UK").
_ADDRESS_CHARACTERS = r"(?:[^\s<>\"'`.]|\.(?!(?-i:[A-Z][a-z]+)(?:[\s<>\"'`]|$)))+"
WEB_ADDRESS = re.compile(
    rf"(?:(?:https?|ftp)://|www\.){_ADDRESS_CHARACTERS}"
    rf"|{_HOST}\.(?:{_GENERIC_TLDS})\b{_COUNTRY_AFTER_GENERIC}{_PATH}"
    rf"|{_HOST}\.(?:{_LOWER_COUNTRY}(?!\.(?-i:[a-z0-9]))|(?:{COUNTRY_TLDS})(?=/)){_PATH}",
    re.IGNORECASE,
)
# Punctuation that ends the sentence around an address, not the address itself.
ADDRESS_TRAILING = ".,;:!?)]}*\"'”’»"
# Digit groups joined by spaces, dots, hyphens or a bracketed area code: 1-800-555-0142,
# (800) 555-0142, +34 900 123 456. Seven to fifteen digits (ITU-T E.164 allows fifteen).
_PHONE = re.compile(
    r"(?<![\w.+/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}"
    r"(?![\w/-]|[.,]\d)"
)
# A number grouped in thousands by full stops, as the languages with a decimal comma write
# "1.200.000" (DIN 5008 writes a point between thousands in amounts; Duden, "Zahlen"): a lead
# of one or two digits, then groups of three. A reader reads it as a number, so QA does too,
# which no longer calls "1.200.000 pessoas" a phone number; a phone written with full stops in
# groups all of three after so short a lead is left to be read as the number it looks like.
_THOUSANDS_GROUPED = re.compile(r"\d{1,2}(?:\.\d{3}){2,}")
# Times of day: the English 12-hour clock ("11:59 p.m.", "9 a.m."; Spanish writes "11:59 p. m.":
# RAE, Diccionario panhispánico de dudas, "a. m."), the 24-hour clock of the other languages with
# a colon ("23:59", "23:59 Uhr", "23.59 Uhr") or an "h" ("23 h 59", "17 h", "17h": Office
# québécois de la langue française, "heure"; Duden, "Uhrzeit"; Brazil's "21h30": Manual de
# Redação da Presidência da República, 3rd ed., 2018, "horas"). Each is read as the minutes it
# names on a 24-hour clock, so "11:59 p.m." and "23 h 59" are one time and "11:59 a. m." another.
_TIME_12 = re.compile(
    r"(?<![\w.:,])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
_TIME_24 = re.compile(
    r"(?<![\w.:,])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)(?:\s?(?:h|Uhr)\b)?"
    r"|\.(?P<dm>[0-5]\d)\s?Uhr\b|\s?(?:h|Uhr)(?:\s?(?P<hm>[0-5]\d)\b|\b))"
)


# The time zones of the United States, which a notice gives its phone hours in ("9 a.m. to 5
# p.m. Eastern Time"): the hours carry over only with their zone. The four zones of the
# mainland (49 CFR Part 71: Eastern, Central, Mountain, Pacific), by their English names and
# abbreviations (ET, EST, EDT, ...), are read in every language, as translations often keep
# them; an abbreviation only after a time, as "CT" is also Connecticut. A local name needs its
# article ("heure de l'Est", not "l'heure est venue"), but for the adjectives ("hora central").
# Each language's own names: Spanish "hora del Este", "hora del Centro", "hora de la Montaña",
# "hora del Pacífico" (as the US government's Spanish pages write them, USAGov en Español);
# French "heure de l'Est", "du Centre", "des Rocheuses", "du Pacifique" and HNE, HAE... (Office
# québécois de la langue française, "heure normale de l'Est"); Italian "ora della costa
# orientale", "ora del Pacifico"; Portuguese "horário do Leste", "horário do Pacífico";
# German mostly keeps the English names, and its compounds "Ostküstenzeit", "Pazifikzeit" are
# read too.
_ZONE_WORDS = {
    "eastern": r"Eastern|Este|Est|oriental[e]?|costa\s+orientale|Leste|Ostküsten",
    "central": r"Central[e]?|Centro|Centre|Zentral",
    "mountain": r"Mountain|Montañas?(?:\s+Rocosas)?|Rocheuses|Montagne\s+Rocciose|Montanhas",
    "pacific": r"Pacific|Pacífico|Pacifique|Pacifico|Pazifik",
}
_ZONE_NAME = re.compile(
    r"\b(?P<en>Eastern|Central|Mountain|Pacific)\s+(?:Standard\s+|Daylight\s+)?[Tt]ime\b"
    r"|\b(?:hora|horário|heure|ora|tiempo)\s+(?:estándar\s+|normale\s+|avancée\s+|de\s+verano\s+)?"
    r"(?P<art>del\s+|de\s+la\s+|de\s+las\s+|de\s+l['’]|du\s+|des\s+|della\s+|delle\s+|do\s+|das\s+)?"
    r"(?P<local>[A-Za-zÀ-ÿ]+(?:\s+(?:orientale|Rocosas|Rocciose))?)"
    r"|\b(?P<de>Ostküsten|Zentral|Pazifik)-?[Zz]eit\b",
    re.IGNORECASE,
)
# Chinese, Japanese and Korean name a zone by its part of the country and a word for its time,
# with no space ("东部时间") or with one in Korean ("동부 시간"), after "the United States" or
# "North America" or not: CLDR's metazone names, zh "北美东部时间", zh_Hant "東部時間", "山區時間",
# ja "米国東部時間", "米国山岳部時間", "米国東部標準時", ko "미 동부 시간", "미 산악 표준시".
_EAST_ASIAN_ZONE = re.compile(
    r"(?P<part>东部|東部|동부|中部|중부|山区|山區|山地|山岳部|山岳|산악|산지|太平洋|태평양)\s?"
    r"(?:标准|標準|夏令|夏|표준|하계\s?표준)?\s?(?:时间|時間|時|시간|시)"
)
_EAST_ASIAN_PART = {
    "东部": "eastern", "東部": "eastern", "동부": "eastern",
    "中部": "central", "중부": "central",
    "山区": "mountain", "山區": "mountain", "山地": "mountain", "山岳部": "mountain",
    "山岳": "mountain", "산악": "mountain", "산지": "mountain",
    "太平洋": "pacific", "태평양": "pacific",
}  # fmt: skip
# Vietnamese and Arabic name a zone after their word for its time, CLDR's metazone names: vi
# "Giờ miền Đông", "Giờ chuẩn miền Trung", "Giờ mùa hè miền núi", "Giờ Thái Bình Dương"; ar
# "التوقيت الشرقي لأمريكا الشمالية", "التوقيت الرسمي المركزي", "التوقيت الجبلي", "توقيت المحيط
# الهادي", with "ب" (at) joined before it ("بالتوقيت الشرقي", "بتوقيت المحيط الهادي") and a
# word between as letters write it ("بتوقيت الساحل الشرقي", east coast time).
_WORLD_ZONE = re.compile(
    r"\bgiờ\s+(?:chuẩn\s+|mùa\s+hè\s+)?(?P<vi>miền\s+Đông|miền\s+Trung|miền\s+núi"
    r"|Thái\s+Bình\s+Dương)(?!\w)"
    r"|(?<!\w)[وب]?(?:ال)?توقيت\s+(?:(?:ال)?(?:رسمي|صيفي)\s+)?(?:ال\w+\s+)?"
    r"(?P<ar>الشرقي|المركزي|الجبلي|المحيط\s+الهاد[يئ])(?!\w)",
    re.IGNORECASE,
)
_WORLD_ZONE_WORDS = {
    "miền đông": "eastern", "miền trung": "central", "miền núi": "mountain",
    "thái bình dương": "pacific", "الشرقي": "eastern", "المركزي": "central",
    "الجبلي": "mountain", "المحيط الهادي": "pacific", "المحيط الهادئ": "pacific",
}  # fmt: skip
_ZONE_ADJECTIVES = frozenset({"oriental", "orientale", "central", "centrale"})
_ZONE_ABBREVIATION = re.compile(r"\b(?P<z>E|C|M|P)[SD]?T\b|\bH[NA](?P<fz>E|C|R|P)\b")
_AFTER_A_TIME = re.compile(r"(?:\d|[ap]\.?\s?m\.?|\bh|Uhr)\s*[,(]?\s*$", re.IGNORECASE)
_ZONE_OF_LETTER = {"E": "eastern", "C": "central", "M": "mountain", "R": "mountain", "P": "pacific"}


def _zone_key(word: str) -> str | None:
    """The zone a name's word names (_ZONE_WORDS), or None."""
    for zone, pattern in _ZONE_WORDS.items():
        if re.fullmatch(pattern, word.strip(), re.IGNORECASE):
            return zone
    return None


def _time_zones(text: str, finditer: Finditer) -> list[tuple[int, int, str]]:
    """The US time zones ``text`` names, as (start, end, zone); ``finditer`` finds a
    pattern's matches in it (_scanner)."""
    found = []
    for m in finditer(_ZONE_NAME):
        word = m["en"] or m["local"] or m["de"]
        if m["local"] and not m["art"] and word.casefold() not in _ZONE_ADJECTIVES:
            continue
        zone = _zone_key(word)
        if zone is not None:
            found.append((m.start(), m.end(), zone))
    for m in finditer(_ZONE_ABBREVIATION):
        if _AFTER_A_TIME.search(text[: m.start()]):
            found.append((m.start(), m.end(), _ZONE_OF_LETTER[m["z"] or m["fz"]]))
    for m in finditer(_WORLD_ZONE):
        words = " ".join((m["vi"] or m["ar"]).casefold().split())
        found.append((m.start(), m.end(), _WORLD_ZONE_WORDS[words]))
    return found


@cache
def day_names(language: str) -> dict[int, str]:
    """The days of the week as ``language`` names them, Monday 0: the Unicode CLDR's wide
    names, through Babel ("Monday", "lunes", "segunda-feira"); {} for a language CLDR does not
    know."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    try:
        return {day: str(name) for day, name in get_day_names("wide", locale=language).items()}
    except (UnknownLocaleError, ValueError):
        return {}


def weekday_pattern(language: str) -> re.Pattern[str]:
    """The pattern of a day of the week named in ``language`` (_weekdays)."""
    return _weekdays(language)[0]


@lru_cache(maxsize=16)
def _weekdays(language: str) -> tuple[re.Pattern[str], dict[str, int], bool]:
    """The days of the week as ``language`` names them (day_names), a plural or adverbial "s"
    allowed ("montags", "sábados"), and each name's day, Monday 0. English capitalises them
    ("may" stays a verb). Names in East Asian script ("星期一", "月曜日", "월요일"; with CLDR's
    abbreviated names of two characters or more, "周一") stand between other words with no
    space, so they are read with no word boundary, in the text's own characters: the third
    value says so."""
    from babel.dates import get_day_names

    names: dict[int, str] = dict(day_names(language))
    east_asian = any(EAST_ASIAN_SCRIPT.search(str(n)) for n in names.values())
    if east_asian:
        short = get_day_names("abbreviated", locale=language)
        names.update({day + 7: n for day, n in short.items() if len(str(n)) > 1})
    days = {str(name).casefold(): day % 7 for day, name in names.items()}
    spelled = sorted((str(name) for name in names.values()), key=len, reverse=True)
    if east_asian:
        return re.compile("|".join(re.escape(n) for n in spelled) or "(?!)"), days, True
    if language in _ORDINAL_WEEKDAYS:  # case matters in part of each name only
        body = "|".join(_capital_ordinal(n) for n in spelled)
        return re.compile(rf"(?<![\w-])(?:{body or '(?!)'})(?i:s)?(?![\w-])"), days, False
    # every other language's pattern as it was before Vietnamese needed case in part of a
    # name: one flag for the whole of it (none in English, whose days are capitalised)
    body = "|".join(re.escape(n) for n in spelled) or "(?!)"
    flags = 0 if language == "en" else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{body})s?(?![\w-])", flags), days, False


# Languages whose weekdays are ordinals, capitalised only as days: Vietnamese "thứ Hai" is
# Monday and "bước thứ hai" the second step ("thứ" before a number makes its ordinal; CLDR's
# day names are "Thứ Hai" ... "Thứ Bảy", and "Chủ Nhật" for Sunday).
_ORDINAL_WEEKDAYS = frozenset({"vi"})


def _capital_ordinal(name: str) -> str:
    """The pattern of weekday ``name`` of an _ORDINAL_WEEKDAYS language: its first word in
    either case, the number after it capitalised as ``name`` has it ("thứ Hai", not "thứ
    hai")."""
    first, _, rest = name.partition(" ")
    if not rest or first.casefold() != "thứ":
        return f"(?i:{re.escape(name)})"
    return rf"(?i:{re.escape(first)})\s+{re.escape(rest)}"


# Portuguese names the working days by their order with or without "-feira" ("de segunda a
# sexta"; Priberam, "segunda": "o mesmo que segunda-feira"), but "segunda" alone is also
# "second": a short name is a day only in a range or list of days, beside another day's name.
_PT_SHORT_DAYS = {"segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_PT_DAY = r"(segunda|terça|quarta|quinta|sexta|sábado|domingo)(?:-feira)?"
_PT_DAY_RANGE = re.compile(rf"(?<![\w-]){_PT_DAY}s?\s+(?:a|à|e|ou)\s+{_PT_DAY}s?(?![\w-])", re.I)


# Vietnamese writes a weekday's ordinal in lower case or in digits as often ("từ thứ hai đến
# thứ sáu", "thứ 2 đến thứ 6": thứ 2 is Monday, thứ 7 Saturday), which say "the second" too: so
# read, as Portuguese's short names are, only in a range or a list of days, or before a date
# ("thứ hai, ngày 2 tháng 3").
_VI_SHORT_DAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_VI_SHORT_DAYS.update({str(day + 2): day for day in range(6)})
_VI_DAY = r"(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))"
_VI_DAY_RANGE = re.compile(
    rf"(?<![\w-]){_VI_DAY}\s*(?:đến|tới|và|hoặc|[-–])\s*{_VI_DAY}(?![\w-])"
    rf"|(?<![\w-]){_VI_DAY}(?=\s*,?\s*ngày\s)",
    re.IGNORECASE,
)


def _short_weekdays(text: str, language: str, finditer: Finditer) -> list[tuple[int, int, int]]:
    """The days named by their short Portuguese or Vietnamese names in a range or a list ("de
    segunda a sexta", "thứ 2 đến thứ 6"): each one's start, end and day (Monday 0); the full
    names are _weekdays'. ``finditer`` finds a pattern's matches in ``text`` (_scanner)."""
    if language == "vi":
        return [
            (m.start(group), m.end(group), _VI_SHORT_DAYS[m.group(group).split()[-1].casefold()])
            for m in finditer(_VI_DAY_RANGE)
            for group in (1, 2, 3)
            if m.group(group)
        ]
    if language != "pt":
        return []
    found = []
    for m in finditer(_PT_DAY_RANGE):
        for group in (1, 2):
            name = m.group(group).casefold()
            full = text[m.end(group) : m.end(group) + 6].casefold() == "-feira"
            if name in _PT_SHORT_DAYS and not full:
                found.append((m.start(group), m.end(group), _PT_SHORT_DAYS[name]))
    return found


def _time_keys(hour: int, minute: int, half: str | None) -> frozenset[str]:
    """The 24-hour times a written time may be: one with "a.m." or "p.m." (``half`` "a" or
    "p") or with a 24-hour unit ("h", "Uhr": ``half`` "24"); a bare "5:00" may be either half
    of the day, as a US house style writes it for 5 p.m."""
    if half == "24":
        hours = {hour}
    elif half is not None:
        hours = {hour % 12 + (12 if half.lower() == "p" else 0)}
    elif 1 <= hour <= 12:
        hours = {hour, hour % 12 + 12} - {24}
    else:
        hours = {hour}
    return frozenset(f"{h:02d}:{minute:02d}" for h in hours)


_CODE = re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b|\b[A-Z0-9]{5,}\b")
_CURRENCY_WORDS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "dólar": "USD",
    "dólares": "USD",
    "dòlar": "USD",
    "dòlars": "USD",
    "dollari": "USD",
    "dólares estadounidenses": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "libras": "GBP",
}
_NUMBER_TEXT = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?"
_CURRENCY_BEFORE = r"(?:US\$|\$|€|£|\b(?:USD|EUR|GBP))"
_CURRENCY_AFTER = (
    r"(?:\bUS\$|\$|€|£|\b(?:USD|EUR|GBP|dollars?|d[óò]lar(?:e?s)?|dollari|euros?|pounds?|libras)\b)"
)
# An amount whose currency comes after it starts where its digits do ("(?<!\d)"): tried from
# inside a run of digits, it read the rest of the run again from each one (4,000 digits took
# seconds), and what it finds from inside is part of what it finds from the run's start.
_AMOUNT = re.compile(
    rf"{_CURRENCY_BEFORE}\s?(?P<a>{_NUMBER_TEXT})"
    rf"|(?<!\d)(?P<b>{_NUMBER_TEXT})\s?(?P<cur>{_CURRENCY_AFTER})",
    re.IGNORECASE,
)
# "Per cent" as each language writes it after a number (Merriam-Webster, "percent"; RAE,
# Diccionario panhispánico de dudas, "por ciento"; Duden, "Prozent"; Treccani, "per cento";
# Institut d'Estudis Catalans, "per cent"; Academia das Ciências de Lisboa, "por cento"; Real
# Academia Galega, "por cento"; Le Robert, "pour cent"). French and German put a space before
# "%" (Imprimerie nationale, Lexique des règles typographiques; DIN 5008).
PERCENT_AFTER = (
    r"\s?(?:%|(?:per\s?cent|percent|por\s+ciento|pour\s?cent|prozent|per\s+cento|"
    r"por\s+cento)\b)"
)
_PERCENT = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER_TEXT}){PERCENT_AFTER}", re.IGNORECASE)


# Powers of ten of the scale words an amount may carry ("$17 million", "20 Millionen EUR").
# "Billion" is a thousand million in English (the short scale: Merriam-Webster, "billion") but
# a million million in French and German, as "billón" is in Spanish (the long scale: RAE,
# Diccionario de la lengua española, "billón"; Duden, "Billion"); "milliard", "Milliarde" and
# "miliardo" are a thousand million. Portuguese "milhão", Catalan "milió" and Galician "millón"
# are a million as the others' are ("US$ 1 milhão"; Priberam, "milhão"; DIEC2, "milió"; RAG,
# "millón").
_SCALE_POWERS = {
    **dict.fromkeys(("million", "millions", "millón", "millon", "millones"), 6),
    **dict.fromkeys(("millionen", "milione", "milioni"), 6),
    **dict.fromkeys(("milhão", "milhões", "milió", "milions", "millóns"), 6),
    **dict.fromkeys(("milliard", "milliards", "milliarde", "milliarden"), 9),
    **dict.fromkeys(("miliardo", "miliardi"), 9),
    **dict.fromkeys(("billón", "billon", "billones"), 12),
}
_SHORT_SCALE = ("billion", "billions")
_SCALE = "|".join(sorted((*_SCALE_POWERS, *_SHORT_SCALE), key=len, reverse=True))
# The scale word joins the number and the currency; "de", "d'", "di" or "of" may stand between
# the scale and a currency written after it ("17 millions de dollars", "20 milioni di Euro").
_SCALED_AMOUNT = re.compile(
    rf"{_CURRENCY_BEFORE}\s?(?P<a>{_NUMBER_TEXT})\s(?P<scale>{_SCALE})\b"
    rf"|(?<!\d)(?P<b>{_NUMBER_TEXT})\s(?P<scale_b>{_SCALE})\s?(?:(?:de|di|of)\s|d['’])?"
    rf"(?P<cur>{_CURRENCY_AFTER})",
    re.IGNORECASE,
)


def _scaled_keys(number: str, scale: str, currency: str, language: str) -> frozenset[str]:
    """The keys of an amount with a scale word: its currency and full value ("EUR 20000000")."""
    scale = scale.casefold()
    power = (9 if language == "en" else 12) if scale in _SHORT_SCALE else _SCALE_POWERS[scale]
    return frozenset(
        f"{currency} {_canonical(Decimal(k).scaleb(power))}" for k in number_keys(number, language)
    )


# A count with a scale word and no currency is one number too ("1.2 million people" is
# 1200000, and "1,2 mil personas", a thousand times fewer, is not). The thousands are
# per language, as "mil" is a thousand in Spanish, Portuguese, Catalan and Galician (RAE,
# Diccionario de la lengua española, "mil") but a million in informal English; "mil millones"
# and "mil milhões" are a thousand million (RAE, "millardo"; Academia das Ciências de Lisboa,
# "milhão"), German abbreviates "Mio." and "Mrd." (Duden, "Abkürzungen"), and Brazil's
# "bilhão" is a thousand million (Academia Brasileira de Letras, VOLP, "bilhão").
_THOUSANDS: dict[str, dict[str, int]] = {
    "en": {"thousand": 3},
    "es": {"mil millones": 9, "mil": 3},
    "pt": {"mil milhões": 9, "mil": 3, "milhão": 6, "milhões": 6, "bilhão": 9, "bilhões": 9},
    "ca": {"mil milions": 9, "mil": 3, "milió": 6, "milions": 6},
    "gl": {"mil millóns": 9, "mil": 3, "millón": 6, "millóns": 6},
    "fr": {"mille": 3, "millier": 3, "milliers": 3},
    "de": {"tausend": 3, "mio.": 6, "mrd.": 9},
    "it": {"mila": 3, "mille": 3},
}


@lru_cache(maxsize=16)
def _scaled_number(language: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of a number and its scale word in ``language``, and each word's power of
    ten ("billion" as the language counts it: _scaled_keys)."""
    powers = {**_SCALE_POWERS, **_THOUSANDS.get(language, {})}
    powers.update(dict.fromkeys(_SHORT_SCALE, 9 if language == "en" else 12))
    body = "|".join(re.escape(w) for w in sorted(powers, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER_TEXT})\s(?P<scale>{body})(?!\w)", re.I)
    return pattern, powers


def _scaled_number_keys(number: str, power: int, language: str) -> frozenset[str]:
    return frozenset(_canonical(Decimal(k).scaleb(power)) for k in number_keys(number, language))


_NUMBER = re.compile(
    rf"(?<![\w.,]){_NUMBER_TEXT}(?:st|nd|rd|th|\.?[ºª°]|er)?(?!\w)",
)
_ORDINAL_TAIL = re.compile(r"(?:st|nd|rd|th|\.?[ºª°]|er)$")


@dataclass(frozen=True)
class Entity:
    """One thing to carry over. ``keys`` are the values it may stand for: ``1.000`` in Spanish
    may be a thousand or, in a US house style, one; a source entity matches a target entity
    when their keys meet."""

    kind: str
    start: int
    end: int
    text: str
    keys: frozenset[str]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def phone_key(text: str) -> str:
    """Digits only, without an international prefix: +1 800 555 0142 equals (800) 555-0142."""
    digits = _digits(text)
    if text.lstrip().startswith("00"):
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]  # the North American country code
    return digits


def url_key(text: str) -> str:
    lowered = text.lower()
    lowered = re.sub(r"^https?://", "", lowered)
    return lowered.rstrip("/")


@cache
def decimal_comma(language: str) -> bool:
    """Whether ``language`` writes 1.234,5 or 1 234,5 rather than 1,234.5: DECIMAL_COMMA, or a
    language whose decimal sign is the comma in the Unicode CLDR (through Babel: Russian,
    Polish, Vietnamese, Ukrainian...)."""
    if language in DECIMAL_COMMA:
        return True
    from babel.core import UnknownLocaleError
    from babel.numbers import get_decimal_symbol

    try:
        return get_decimal_symbol(language.replace("-", "_")) == ","
    except (UnknownLocaleError, ValueError):
        return False


@caches.of_text(4096)
def number_keys(text: str, language: str) -> frozenset[str]:
    """The values a written number may stand for in ``language``, as canonical decimals."""
    body = _ORDINAL_TAIL.sub("", text.strip())
    conventions = [(",", ".")]
    if decimal_comma(language):
        conventions.append((".\u00a0\u202f ", ","))
    keys = set()
    for group, decimal in conventions:
        grouped = rf"\d{{1,3}}(?:[{re.escape(group)}]\d{{3}})+(?:{re.escape(decimal)}\d+)?"
        plain = rf"\d+(?:{re.escape(decimal)}\d+)?"
        if re.fullmatch(grouped, body) or re.fullmatch(plain, body):
            canonical = re.sub(f"[{re.escape(group)}]", "", body).replace(decimal, ".")
            try:
                keys.add(_canonical(Decimal(canonical)))
            except InvalidOperation:
                continue
    return frozenset(keys)


def _canonical(value: Decimal) -> str:
    normal = value.normalize()
    return format(normal, "f") if normal == normal.to_integral() else str(normal)


# The Bidi_Control characters (Unicode PropList.txt): the marks U+061C, U+200E and U+200F and
# the embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069. Invisible, they are
# read past, so a mark inside a number neither hides it nor makes two numbers of it.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Arabic's own signs in numbers (Unicode, Arabic block): U+066B the decimal separator, U+066C
# the thousands separator, U+066A the percent sign; and the Arabic comma U+060C.
_ARABIC_SIGNS = {"\u066b": ".", "\u066c": ",", "\u066a": "%", "\u060c": ","}
# The hyphens a typesetter puts in a phone number, a code or a date to keep it on one line or
# to match its digits' width (Unicode, General Punctuation: U+2010 hyphen, U+2011 non-breaking
# hyphen, U+2012 figure dash, "for use within numbers"): read as the hyphen-minus they look
# like. An en dash stays a dash: it joins ranges ("8–20 h").
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2012": "-"}
_SIGNS = {**_ARABIC_SIGNS, **_HYPHENS}
# Characters that show nothing and are dropped with the bidi controls: the zero-width space
# U+200B, the word joiner U+2060 and U+FEFF, a byte order mark pasted mid-text (Unicode,
# chapter 23.2, "Layout Controls"). The zero-width (non-)joiners stay: they shape Persian and
# Indic words.
_UNSEEN = _BIDI_CONTROLS | frozenset("\u200b\u2060\ufeff")
# The full-width forms of ASCII, U+FF01-U+FF5E, are U+0021-U+007E shifted by 0xFEE0 (Unicode,
# Halfwidth and Fullwidth Forms block; NFKC maps them so): "１２" is 12, "＄" is "$".
_FULL_WIDTH = range(0xFF01, 0xFF5F)
_FULL_WIDTH_SHIFT = 0xFEE0
# What _plain drops or changes: a bidi control or an invisible character (_UNSEEN), an Arabic
# sign or a typeset hyphen (_SIGNS), a full-width form, a digit
# beyond ASCII (``\d`` is Unicode's decimal digits, as unicodedata.decimal reads them). A text
# holding none of it is its own plain form (tests/core/test_entity_plain_text.py checks this
# against every code point).
_UNPLAIN = re.compile(
    "[" + re.escape("".join(sorted(_UNSEEN)) + "".join(_SIGNS)) + "\uff01-\uff5e]|(?![0-9])\\d"
)


def _plain_character(ch: str) -> str:
    """``ch`` as the ASCII character it stands for in a number or an address: a digit of any
    script (Unicode's decimal digits, Nd: Arabic-Indic "٣", Persian "۳", full-width "３"),
    Arabic's signs, a typeset hyphen, a full-width form; else ``ch``."""
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    if ord(ch) in _FULL_WIDTH:
        return chr(ord(ch) - _FULL_WIDTH_SHIFT)
    return _SIGNS.get(ch, ch)


def _plain(text: str) -> tuple[str, list[int]]:
    """``text`` without its bidi controls and invisible characters (_UNSEEN) and with its
    digits and signs in ASCII
    (_plain_character), and where each of its characters stands in ``text``."""
    kept = [i for i, ch in enumerate(text) if ch not in _UNSEEN]
    # an ASCII character stands for itself: only the others are looked up
    plain = (text[i] if text[i].isascii() else _plain_character(text[i]) for i in kept)
    return "".join(plain), kept


# Their numbers count in myriads: 万 (萬, Korean 만) is 10,000, 億 (亿, 억) 100,000,000, 兆 (조)
# a million million, and 千 (천) a thousand (Unicode Unihan, kPrimaryNumeric; CLDR's compact
# decimal formats write 12,000 as "1.2万" in zh and ja and "1.2만" in ko). "1万2000" and "1만
# 2천" are 12,000, the sum of their parts.
_MYRIAD_POWERS = {"千": 3, "천": 3, "万": 4, "萬": 4, "만": 4, "億": 8, "亿": 8, "억": 8, "兆": 12}
_MYRIAD_POWERS["조"] = 12
_MYRIAD_UNIT = f"[{''.join(_MYRIAD_POWERS)}]"
_MYRIAD_PART = re.compile(rf"(\d+(?:\.\d+)?)\s?({_MYRIAD_UNIT})?")
_MYRIADS = re.compile(rf"(?<![\d.,])(?:\d+(?:\.\d+)?\s?{_MYRIAD_UNIT}\s?)+(?:\d+(?![\d.,]))?")


def _myriad_keys(written: str) -> frozenset[str]:
    """The value of a number written with myriads ("1.2万", "1만 2천"): _MYRIAD_POWERS."""
    total = Decimal(0)
    for number, unit in _MYRIAD_PART.findall(written):
        total += Decimal(number).scaleb(_MYRIAD_POWERS[unit] if unit else 0)
    return frozenset({_canonical(total)})


_WORLD_UNITS = Path(__file__).with_name("world_units.yml")


class _WorldUnits(Shape):
    currencies: dict[str, TextList]
    qualifiers: TextList
    percent: TextList
    morning_before: TextList
    afternoon_before: TextList
    morning_after: TextList
    afternoon_after: TextList
    hour_units: TextList
    clock_units: TextList
    minute_units: TextList


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _world_units() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """The amounts and percentages with the words of world_units.yml after the number: the
    pattern of an amount, of its currency's words alone (after a number in myriads, "1.2万美元"),
    each currency word's code, the pattern of a percentage. No word boundary after the word:
    Korean glues its particle to it ("1,250.50달러를")."""
    units = load(_WORLD_UNITS, _WorldUnits)
    codes = {w.casefold(): code for code, words in units.currencies.items() for w in words}
    qualifier = f"(?:{_alternation(units.qualifiers)})"
    currency = rf"\s?(?:{qualifier}\s?)?(?P<cur>{_alternation(tuple(codes))})(?:\s?{qualifier})?"
    amount = re.compile(rf"(?<![\d.,])(?P<b>{_NUMBER_TEXT}){currency}", re.IGNORECASE)
    percent = re.compile(
        rf"(?<![\d.,])(?P<n>{_NUMBER_TEXT})\s?(?:{_alternation(units.percent)})", re.IGNORECASE
    )
    return amount, re.compile(currency, re.IGNORECASE), codes, percent


@cache
def _world_times() -> tuple[re.Pattern[str], ...]:
    """Times of day written with the day-period and hour words of world_units.yml: the period
    before the hour ("下午5点", "오후 5시", "午後5時30分"), after it ("5 giờ chiều", "5 вечера",
    "5 مساءً"), or an hour with a unit that is no count and no period ("17時", "9시", "9点30分").
    Groups: h, m or m2, and a or p, the period's half of the day."""
    u = load(_WORLD_UNITS, _WorldUnits)
    minutes = rf"\s?(?P<m2>[0-5]?\d)\s?(?:{_alternation(u.minute_units)})"
    clock = (
        rf"(?P<h>[01]?\d|2[0-3])(?:\s?:\s?(?P<m>[0-5]\d)|\s?(?:{_alternation(u.hour_units)})"
        rf"(?:{minutes})?)"
    )
    minute_next = rf"\s?[0-5]?\d\s?(?:{_alternation(u.minute_units)})"
    alone = (
        rf"(?P<h>[01]?\d|2[0-3])\s?(?:(?:{_alternation(u.clock_units)})(?![間간])"
        rf"|[点點](?=\s?[钟鐘]|{minute_next}))(?:\s?[钟鐘])?(?:{minutes})?"
    )
    before = (
        rf"(?:(?P<a>{_alternation(u.morning_before)})|(?P<p>{_alternation(u.afternoon_before)}))"
    )
    after = rf"(?:(?P<a>{_alternation(u.morning_after)})|(?P<p>{_alternation(u.afternoon_after)}))"
    bare = rf"(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s?(?:(?:{_alternation(u.hour_units)})\s?)?"
    return (
        re.compile(rf"{before}\s?(?<![\d.,]){clock}", re.IGNORECASE),
        re.compile(rf"(?<![\d.,:]){bare}{after}", re.IGNORECASE),
        re.compile(rf"(?<![\d.,:]){alone}", re.IGNORECASE),
    )


def _world_time_keys(m: re.Match[str]) -> frozenset[str]:
    """The 24-hour times a _world_times match may be."""
    groups = m.groupdict()
    half = "a" if groups.get("a") else "p" if groups.get("p") else None
    minute = int(groups.get("m") or groups.get("m2") or 0)
    return _time_keys(int(m["h"]), minute, half)


def _glued(spaced: str, start: int) -> bool:
    """Whether a number at ``start`` is glued to a word before it ("AB12"), East Asian script
    read as spaces (find_entities), where a number touches the word before it ("了12")."""
    return start > 0 and spaced[start - 1].isalnum()


@caches.of_text(4096)
def find_entities(text: str, language: str) -> tuple[Entity, ...]:
    """Every entity in ``text`` (written in ``language``), in reading order, none overlapping.

    Digits of any script, full-width forms, typeset hyphens and bidi controls and invisible
    characters are read as plain ASCII
    (_plain), East Asian script as spaces (EAST_ASIAN_SCRIPT); the spans found are the
    text's own. Cached per text: a block is scanned once however often alignment and QA look
    at it."""
    return entities_in(text, language, _scanner(language).finder)


def entities_in(text: str, language: str, finder: Callable[[str], Finditer]) -> tuple[Entity, ...]:
    """find_entities' reading, uncached, with ``finder(read)(pattern)`` the matches of each
    of its patterns in the text it reads: the prefiltered scanner's (_scanner), or plain
    ``finditer`` (tests/core/test_entity_prefilter.py compares the two)."""
    if text.isascii() or not (_UNPLAIN.search(text) or EAST_ASIAN_SCRIPT.search(text)):
        # read as written: its plain form, with nothing blanked, is itself (most letters in
        # the Latin or Cyrillic alphabets: made plain character by character, a new letter's
        # blocks took about a millisecond)
        return _entities(text, text, language, finder)
    plain, where = _plain(text)
    spaced = EAST_ASIAN_SCRIPT.sub(" ", plain)
    return tuple(_placed(e, text, where) for e in _entities(plain, spaced, language, finder))


def _placed(entity: Entity, text: str, where: list[int]) -> Entity:
    """``entity``, found in the plain form of ``text`` (_plain), with its span in ``text``."""
    start, end = where[entity.start], where[entity.end - 1] + 1
    return Entity(entity.kind, start, end, text[start:end], entity.keys)


@lru_cache(maxsize=16)
def _scanner(language: str) -> Prefiltered:
    """find_entities' patterns for ``language``, each run only where the literals its matches
    need are (Prefiltered): a block with no "@" is not searched for e-mail addresses, numbers
    are tried only at digits. Every pattern find_entities runs is here."""
    amounts, _currency, _codes, percents = _world_units()
    return Prefiltered(
        (
            PLACEHOLDER, EMAIL_ADDRESS, WEB_ADDRESS, _MYRIADS, _PHONE, amounts, *_world_times(),
            percents, _PERCENT, _PT_DAY_RANGE, _VI_DAY_RANGE, _weekdays(language)[0], _ZONE_NAME,
            _ZONE_ABBREVIATION, _WORLD_ZONE, _EAST_ASIAN_ZONE, _TIME_12, _TIME_24, _CODE,
            _SCALED_AMOUNT, _AMOUNT, _scaled_number(language)[0], _NUMBER,
        )
    )  # fmt: skip


def _entities(
    plain: str, text: str, language: str, finder: Callable[[str], Finditer]
) -> tuple[Entity, ...]:
    """find_entities' scan: dates and myriads in ``plain``, all else in ``text``, its copy
    with East Asian script as spaces; ``finder`` as entities_in's."""
    found: list[Entity] = []
    taken = DisjointSpans()
    in_text = finder(text)
    in_plain = in_text if plain == text else finder(plain)

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    def add(kind: str, start: int, end: int, keys: frozenset[str]) -> None:
        if start < end and keys and free(start, end):
            taken.add(start, end)
            found.append(Entity(kind, start, end, text[start:end], keys))

    for m in in_text(PLACEHOLDER):
        add(PLACEHOLDER_KIND, m.start(), m.end(), frozenset({m.group(1)}))
    for m in in_text(EMAIL_ADDRESS):
        add(EMAIL, m.start(), m.end(), frozenset({m.group().lower()}))
    for m in in_text(WEB_ADDRESS):
        value = m.group().rstrip(ADDRESS_TRAILING)
        if "." in value and free(m.start(), m.start() + len(value)):
            add(URL, m.start(), m.start() + len(value), frozenset({url_key(value)}))
    for d in [*find_dates(plain, language), *(range_ends(text) if language == "en" else ())]:
        v = d.value
        add(DATE, d.start, d.end, frozenset({f"{v.year:04d}-{v.month:02d}-{v.day:02d}"}))
    amounts, currency, codes, percents = _world_units()
    for m in in_plain(_MYRIADS):
        written = m.group().rstrip()
        keys = _myriad_keys(written)
        paid = currency.match(plain, m.start() + len(written))
        if paid:  # "1.2万美元" is USD 12000
            code = codes[paid["cur"].casefold()]
            add(AMOUNT, m.start(), paid.end(), frozenset(f"{code} {k}" for k in keys))
        else:
            add(NUMBER, m.start(), m.start() + len(written), keys)
    for m in in_text(_PHONE):
        digits = _digits(m.group())
        spaced_only = not re.search(r"[-.()+]", m.group())
        if decimal_comma(language) and _THOUSANDS_GROUPED.fullmatch(m.group()):
            continue  # "1.200.000 pessoas" is a number
        if 7 <= len(digits) <= 15 and not (spaced_only and len(digits) < 9):
            add(PHONE, m.start(), m.end(), frozenset({phone_key(m.group())}))
    for m in in_plain(amounts):
        if not _glued(text, m.start()):
            code = codes[m["cur"].casefold()]
            add(
                AMOUNT,
                m.start(),
                m.end(),
                frozenset(f"{code} {k}" for k in number_keys(m["b"], language)),
            )
    for pattern in _world_times() if language != "en" else ():
        for m in in_plain(pattern):
            if m.group().strip() != m["h"] and not _glued(text, m.start("h")):
                add(TIME, m.start(), m.end(), _world_time_keys(m))
    for m in in_plain(percents):
        if not _glued(text, m.start()):
            keys = frozenset(f"{k}%" for k in number_keys(m["n"], language))
            add(PERCENT, m.start(), m.end(), keys)
    for m in in_text(_PERCENT):
        add(PERCENT, m.start(), m.end(), frozenset(f"{k}%" for k in number_keys(m["n"], language)))
    for start, end, day in _short_weekdays(text, language, in_text):
        add(WEEKDAY, start, end, frozenset({f"weekday {day}"}))
    pattern, days, east_asian = _weekdays(language)
    for m in (in_plain if east_asian else in_text)(pattern):
        name = m.group().casefold()
        day = days[name] if name in days else days[name[:-1]]
        add(WEEKDAY, m.start(), m.end(), frozenset({f"weekday {day}"}))
    for start, end, zone in _time_zones(text, in_text):
        add(TIMEZONE, start, end, frozenset({f"zone {zone}"}))
    for m in in_plain(_EAST_ASIAN_ZONE):  # its script is blank in ``text``
        add(TIMEZONE, m.start(), m.end(), frozenset({f"zone {_EAST_ASIAN_PART[m['part']]}"}))
    for m in in_text(_TIME_12):
        keys = _time_keys(int(m["h"]), int(m["m"] or 0), m["half"])
        add(TIME, m.start(), m.end(), keys)
    for m in in_text(_TIME_24):
        minute = m["m"] or m["dm"] or m["hm"] or "0"
        unit = m["m"] is None or m.group().rstrip().endswith(("h", "Uhr"))
        hour = int(m["h"])
        if 1 <= hour < 12 and afternoon_at(text, m.end(), language):
            hour += 12  # "5 Uhr nachmittags" is 17 Uhr
        add(TIME, m.start(), m.end(), _time_keys(hour, int(minute), "24" if unit else None))
    for m in in_text(_CODE):
        token = m.group()
        if any(c.isdigit() for c in token) and any(c.isalpha() for c in token):
            add(CODE, m.start(), m.end(), frozenset({token}))
    for m in in_text(_SCALED_AMOUNT):
        symbol = m.group("cur") or re.match(_CURRENCY_BEFORE, m.group(), re.I).group()
        currency = _CURRENCY_WORDS.get(symbol.lower().strip())
        if currency:
            number = m.group("a") or m.group("b")
            scale = m.group("scale") or m.group("scale_b")
            add(AMOUNT, m.start(), m.end(), _scaled_keys(number, scale, currency, language))
    for m in in_text(_AMOUNT):
        number = m.group("a") or m.group("b")
        symbol = m.group("cur") or re.match(_CURRENCY_BEFORE, m.group(), re.I).group()
        currency = _CURRENCY_WORDS.get(symbol.lower().strip())
        if currency:
            keys = frozenset(f"{currency} {k}" for k in number_keys(number, language))
            add(AMOUNT, m.start(), m.end(), keys)
    scaled, powers = _scaled_number(language)
    for m in in_text(scaled):
        power = powers[m["scale"].casefold()]
        add(NUMBER, m.start(), m.end(), _scaled_number_keys(m["n"], power, language))
    for m in in_text(_NUMBER):
        keys = number_keys(m.group(), language)
        if keys:
            add(NUMBER, m.start(), m.end(), keys)
            continue
        # "in 2026 100 customers" is two numbers, not one grouped by a space
        for part in re.finditer(r"\S+", m.group()):
            start = m.start() + part.start()
            add(NUMBER, start, start + len(part.group()), number_keys(part.group(), language))
    found.sort(key=lambda e: e.start)
    return tuple(found)


_NUMBER_WORDS = Path(__file__).with_name("number_words.yml")


class _NumberWords(Shape):
    words: dict[str, int]
    ambiguous: TextList = ()
    tens_then_unit: tuple[str, ...] = ()
    unit_then_tens: tuple[str, ...] = ()
    unit_then_ten: tuple[str, ...] = ()
    at_least: TextList = ()
    at_most: TextList = ()
    or_more: TextList = ()
    or_less: TextList = ()
    until_date: TextList = ()
    from_date: TextList = ()
    leading: TextList = ()
    first: TextList = ()
    last: TextList = ()
    afternoon: TextList = ()
    hour_article: TextList = ()
    that_date: TextList = ()
    cited_as: dict[str, TextList] = {}
    units: dict[str, TextList] = {}
    named_after: TextList = ()
    named_before: TextList = ()
    counters: TextList = ()
    not_numbers: TextList = ()


@lru_cache(maxsize=1)
def _number_word_data() -> dict[str, _NumberWords]:
    """number_words.yml, read once: QA asks for a language's table for every sentence, and
    parsing the file each time was nearly all of a translation's check (1.2 s a letter)."""
    return load(_NUMBER_WORDS, dict[str, _NumberWords])


# Devanagari writes its vowels and nasals as marks, which are no word characters (\w), so a
# number word is bounded by them too: चार (four) is not read inside विचार (thought) or समाचार
# (news). The Unicode Standard, ch. 12 "Devanagari": the signs U+0900-U+0903, U+093A-U+094F,
# U+0951-U+0957 and U+0962-U+0963.
_INDIC_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"


@lru_cache(maxsize=1)
def _number_word_tables() -> dict[str, tuple[re.Pattern[str], dict[str, int], frozenset[str]]]:
    """Per language: one pattern for a number word or a ten-and-unit compound, the values of
    the words, and the ambiguous words (number_words.yml)."""
    tables = {}
    for lang, data in _number_word_data().items():
        values = {w.casefold(): v for w, v in data.words.items()}
        names = sorted(values, key=len, reverse=True)
        word = "|".join(re.escape(n) for n in names)
        tens = "|".join(re.escape(n) for n in names if values[n] >= 20 and values[n] % 10 == 0)
        units = "|".join(re.escape(n) for n in names if 1 <= values[n] <= 9)
        joins = [(f"(?:{tens})", j, f"(?:{units})") for j in data.tens_then_unit]
        joins += [(f"(?:{units})", j, f"(?:{tens})") for j in data.unit_then_tens]
        ten = "|".join(re.escape(n) for n in names if values[n] == 10)
        joins += [(f"(?:{units})", j, f"(?:{ten})") for j in data.unit_then_ten]
        forms = [rf"(?P<a{i}>{a}){re.escape(j)}(?P<b{i}>{b})" for i, (a, j, b) in enumerate(joins)]
        pattern = re.compile(
            rf"(?<![\w{_INDIC_MARKS}-])(?:{'|'.join([*forms, word])})(?![\w{_INDIC_MARKS}-])", re.I
        )
        ambiguous = frozenset(w.casefold() for w in data.ambiguous)
        tables[lang] = (pattern, values, ambiguous)
    return tables


# The languages written with Chinese numerals (Japanese with kanji numerals as Chinese is).
_CJK_NUMERAL_LANGUAGES = frozenset({"zh", "ja"})


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _cjk_numerals(text: str, data: _NumberWords) -> list[tuple[re.Match[str], bool]]:
    """The Chinese or Japanese numerals of ``text`` with whether each is clearly a count (a
    counter follows it), leaving out numerals that are part of a digit number ("3万", which
    find_entities reads as 30,000) and those standing in a word that is no number (number_words.yml,
    ``not_numbers``)."""
    inside = [
        (m.start(), m.end())
        for word in data.not_numbers
        for m in re.finditer(re.escape(word), text)
    ]
    counter = re.compile("|".join(sorted(data.counters, key=len, reverse=True)) or "(?!)")
    found = []
    for m in cjk.NUMERAL.finditer(text):
        glued = m.start() and unicodedata.decimal(text[m.start() - 1], None) is not None
        if glued or _within(inside, m.start(), m.end()):
            continue
        found.append((m, counter.match(text, m.end()) is not None))
    return found


def _word_numbers(
    text: str, pattern: re.Pattern[str], values: dict[str, int], unclear: frozenset[str]
) -> list[tuple[re.Match[str], int, bool]]:
    """The numbers ``text`` writes in the words of ``pattern``, each with its value and whether
    it is nothing else (not one of ``unclear``)."""
    found = []
    for m in pattern.finditer(text):
        spoken = m.group().casefold()
        parts = [v.casefold() for k, v in m.groupdict().items() if v]
        # a compound is the sum of the ten and the unit it names
        value = sum(values[p] for p in parts) if parts else values[spoken]
        found.append((m, value, spoken not in unclear))
    return found


@dataclass(frozen=True)
class _Naming:
    """A language's words that make a number word part of a name or an ordinal: ``before``
    ends right before the number word (read back only as far as its words reach: looking for
    them from the text's start read a run of number words as the square of its length,
    "cuatro cuatro ..." of 20,000 characters took seconds), ``after`` starts right after it."""

    before: Ending
    after: re.Pattern[str]

    def names(self, text: str, start: int, end: int) -> bool:
        """Whether the number word at ``text[start:end]`` is part of a name or an ordinal."""
        return self.before.before(text, start) or self.after.match(text, end) is not None


@lru_cache(maxsize=1)
def _name_patterns() -> dict[str, _Naming]:
    """Per language: the words right before and right after a number word that make it part of
    a name or an ordinal ("Thứ Hai", 星期三, 三月; number_words.yml); the words before are words
    as written (escaped)."""
    patterns = {}
    for lang, data in _number_word_data().items():
        # Chinese and Japanese put no space between words, so no word boundary is looked for
        edge_before, edge_after = (
            ("", "") if lang in _CJK_NUMERAL_LANGUAGES else (r"(?<!\w)", r"(?!\w)")
        )
        before = "|".join(re.escape(w) for w in data.named_after) or "(?!)"
        after = "|".join(data.named_before) or "(?!)"
        patterns[lang] = _Naming(
            Ending(re.compile(rf"{edge_before}(?:{before})\s*$", re.IGNORECASE)),
            re.compile(rf"\s*(?:{after}){edge_after}", re.IGNORECASE),
        )
    return patterns


def number_words(text: str, language: str, *, ambiguous: bool = True) -> tuple[Entity, ...]:
    """Numbers written as words ("three", "veinticuatro", "vingt-quatre", "九十"), kind
    NUMBER_WORD, with the same keys as the digits they stand for. ``ambiguous=False`` leaves
    out words that are also something else ("un" is also "a"). A number word that is part of a
    date, of a day's or a month's name or of an ordinal ("Thứ Hai", 星期三, 三月, 第一) is no
    number. None for a language without a table."""
    return tuple(word for word, clear in _read_number_words(text, language) if ambiguous or clear)


@caches.of_text(1024)
def _read_number_words(text: str, language: str) -> tuple[tuple[Entity, bool], ...]:
    """number_words' scan, each word with whether it is nothing else, cached per text: QA asks
    for a sentence's words with and without the ambiguous ones, and one scan answers both."""
    base = language.split("-")[0]
    data = _number_word_data().get(base)
    if data is None:
        return ()
    if base in _CJK_NUMERAL_LANGUAGES:
        read = [(m, cjk.value(m.group()), clear) for m, clear in _cjk_numerals(text, data)]
    else:
        read = _word_numbers(text, *_number_word_tables()[base])
    naming = _name_patterns()[base]
    dated = [(d.start, d.end) for d in find_dates(text, language)]
    found = []
    for m, value, clear in read:
        if naming.names(text, m.start(), m.end()) or _within(dated, m.start(), m.end()):
            continue
        word = Entity(NUMBER_WORD, m.start(), m.end(), m.group(), frozenset({str(value)}))
        found.append((word, clear))
    return tuple(found)


AT_LEAST = "at least"
AT_MOST = "at most"


def _words_before(phrases: tuple[str, ...], leading: tuple[str, ...] = ()) -> Ending:
    """``phrases`` ending the text before a point, or followed by one of ``leading`` ("after
    the first"): read only as far back as such words reach, not from the text's start."""
    body = "|".join(sorted(phrases, key=len, reverse=True)) or "(?!)"
    between = rf"(?:\s+(?:{'|'.join(leading)}))?" if leading else ""
    return Ending(re.compile(rf"(?<!\w)(?:{body}){between}\s*$", re.IGNORECASE))


def _words_after(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """``phrases`` right after a point, matched there (``match(text, point)``), not in a copy
    of the rest of the text."""
    body = "|".join(sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bound_tables() -> dict[str, tuple[tuple[Ending | re.Pattern[str], str, bool], ...]]:
    """Per language: the patterns of the words that bound a number or a date
    (number_words.yml), each with the side it bounds and whether it bounds a date; all stand
    before what they bound (an Ending) but "or more" and "or less", after it."""
    return {
        lang: (
            (_words_before(data.at_least, data.leading), AT_LEAST, False),
            (_words_before(data.at_most, data.leading), AT_MOST, False),
            (_words_after(data.or_more), AT_LEAST, False),
            (_words_after(data.or_less), AT_MOST, False),
            (_words_before(data.from_date), AT_LEAST, True),
            (_words_before(data.until_date), AT_MOST, True),
        )
        for lang, data in _number_word_data().items()
    }


def bound(text: str, entity: Entity, language: str) -> str | None:
    """AT_LEAST or AT_MOST when words beside ``entity`` in ``text`` bound it ("at least 18",
    "up to $500", "18 or older"; a date or time "starting March 1", "by June 30", "before 8
    p.m."), None when none does or the language has no such words."""
    dated = entity.kind in (DATE, TIME)
    for pattern, side, for_dates in _bound_tables().get(language, ()):
        if for_dates == dated and (
            pattern.before(text, entity.start)
            if isinstance(pattern, Ending)
            else pattern.match(text, entity.end)
        ):
            return side
    return None


FIRST = "first"
LAST = "last"


@lru_cache(maxsize=1)
def _end_tables() -> dict[str, tuple[tuple[Ending, re.Pattern[str], str], ...]]:
    """Per language: for the first and the last, the patterns of their words right before a
    count and right after it (number_words.yml)."""
    return {
        lang: tuple(
            (_words_before(words), _words_after(words), end)
            for words, end in ((data.first, FIRST), (data.last, LAST))
            if words
        )
        for lang, data in _number_word_data().items()
    }


def end_of(text: str, entity: Entity, language: str) -> str | None:
    """FIRST or LAST when words beside the count ``entity`` say which end it counts from ("the
    last 4 digits", "les 4 premiers chiffres"), None when none do."""
    for before_words, after_words, end in _end_tables().get(language, ()):
        if before_words.before(text, entity.start) or after_words.match(text, entity.end):
            return end
    return None


@lru_cache(maxsize=1)
def _afternoon_patterns() -> dict[str, re.Pattern[str]]:
    """Per language: the words after an hour that set it after noon (number_words.yml)."""
    return {
        lang: re.compile(rf"\s*(?:{'|'.join(data.afternoon)})(?!\w)", re.IGNORECASE)
        for lang, data in _number_word_data().items()
        if data.afternoon
    }


def afternoon_at(text: str, end: int, language: str) -> bool:
    """Whether words that set an hour after noon ("de la tarde", "nachmittags") follow the hour
    ending at ``end`` in ``text``."""
    pattern = _afternoon_patterns().get(language)
    return pattern is not None and pattern.match(text, end) is not None


@lru_cache(maxsize=1)
def _bare_hour_patterns() -> dict[str, re.Pattern[str]]:
    """Per language: a whole hour after its article ("las 5", "le 17"; number_words.yml)."""
    return {
        lang: re.compile(
            rf"(?<!\w)(?:{'|'.join(data.hour_article)})\s+(?P<h>[01]?\d|2[0-3])(?![\w:.,]\d|\w)",
            re.IGNORECASE,
        )
        for lang, data in _number_word_data().items()
        if data.hour_article
    }


def bare_hours(text: str, language: str) -> tuple[Entity, ...]:
    """The hours ``text`` writes as a bare number after their article ("las 5 de la tarde",
    "dopo le 17"), as TIME entities: on the 24-hour clock, or either half of the day for an
    hour up to 12 with no words for the afternoon after it."""
    pattern = _bare_hour_patterns().get(language)
    if pattern is None:
        return ()
    found = []
    for m in pattern.finditer(text):
        afternoon = afternoon_at(text, m.end(), language)
        hour = int(m["h"]) + (12 if afternoon and 1 <= int(m["h"]) < 12 else 0)
        keys = _time_keys(hour, 0, "24" if afternoon or hour > 12 else None)
        found.append(Entity(TIME, m.start("h"), m.end(), m["h"], keys))
    return tuple(found)


# The key of a date named by words ("that date"): one date, the one the letter gave before.
THAT_DATE = "that date"


@lru_cache(maxsize=1)
def _that_date_patterns() -> dict[str, re.Pattern[str]]:
    """Per language: the words that name a date already given (number_words.yml)."""
    return {
        lang: re.compile(rf"(?<!\w)(?:{'|'.join(data.that_date)})(?!\w)", re.IGNORECASE)
        for lang, data in _number_word_data().items()
        if data.that_date
    }


def dates_named(text: str, language: str) -> tuple[Entity, ...]:
    """The dates ``text`` names by words rather than writes ("after that date", "prima di tale
    data"), as DATE entities with one key, THAT_DATE: a bound on one is read as on a date."""
    pattern = _that_date_patterns().get(language)
    if pattern is None:
        return ()
    return tuple(
        Entity(DATE, m.start(), m.end(), m.group(), frozenset({THAT_DATE}))
        for m in pattern.finditer(text)
    )


@cache
def _keyed_patterns(field: str, ending: str) -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """Per language: for each key of number_words.yml's ``field`` (a part of a legal text, a
    unit of time), the pattern of its words, whole, then ``ending``."""
    return {
        lang: tuple(
            (re.compile(rf"(?<!\w)(?:{'|'.join(words)}){ending}", re.IGNORECASE), key)
            for key, words in getattr(data, field).items()
        )
        for lang, data in _number_word_data().items()
    }


def cited_part(text: str, entity: Entity, language: str) -> str | None:
    """The part of a legal text whose number ``entity`` is ("article" for "Article 33",
    "paragraph" for "apartado 3"), None when no such word stands right before it."""
    any_part, parts = _cited_parts().get(language, (None, ()))
    if any_part is None or not any_part.before(text, entity.start):
        return None
    return next((part for words, part in parts if words.before(text, entity.start)), None)


@lru_cache(maxsize=1)
def _cited_parts() -> dict[str, tuple[Ending, tuple[tuple[Ending, str], ...]]]:
    """Per language: the words of any part of a legal text right before a number, then each
    part with its own ("artículo ", "Abs. "), each read back from the number only as far as
    its words reach. A number most often follows none: it is asked once, not once per part."""
    ending = r"\.?\s*$"
    found = {}
    for lang, data in _number_word_data().items():
        words = "|".join(w for part_words in data.cited_as.values() for w in part_words)
        any_part = Ending(re.compile(rf"(?<!\w)(?:{words or '(?!)'}){ending}", re.IGNORECASE))
        parts = tuple((Ending(p), part) for p, part in _keyed_patterns("cited_as", ending)[lang])
        found[lang] = (any_part, parts)
    return found


# A number's unit stands right after it or a few words on ("24 months", "10 business days",
# "10 jours ouvrables", "$25 per month", "25 $ al mes"); not past another number.
UNIT_WINDOW_WORDS = 3
_UNIT_STOP = re.compile(r"\d|[.;:!?]")  # where a number's words end: another, or its clause


def unit_of(text: str, entity: Entity, language: str) -> str | None:
    """The unit of time the number ``entity`` counts in ``text`` ("month" for "24 months" and
    "$25 per month"), the first within UNIT_WINDOW_WORDS words after it; None if none."""
    stop = _UNIT_STOP.search(text, entity.end)
    rest = text[entity.end : stop.start() if stop else len(text)]
    window = " ".join(rest.split()[:UNIT_WINDOW_WORDS])
    hits = [
        (m.start(), unit)
        for p, unit in _keyed_patterns("units", r"(?!\w)").get(language, ())
        for m in p.finditer(window)
    ]
    return min(hits)[1] if hits else None
