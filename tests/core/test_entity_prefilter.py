"""The translation entities' recogniser runs each pattern only where the literals read off it
(clearnotice.regex.parse_literals) say it can match, and finds exactly what it finds running
every pattern over the whole text: the same spans, kinds, texts and keys, on the sample
letters, the tune translation pairs, the rule examples and hostile strings, in the languages
whose patterns differ."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clearnotice import text as segment
from clearnotice.checks.loader import load_catalogue
from clearnotice.regex.prefilter import Prefiltered
from clearnotice.translate import entities
from tests.corpus.translations.faults import TUNE, published_pairs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# Strings where a wrong literal would show: addresses in every form the patterns read, and
# what looks like them but is not; digits of other scripts, full-width forms, bidi controls,
# right-to-left and East Asian text; amounts, times and zones in several languages.
HOSTILE = (
    "." * 300,
    "a." * 200 + "com",
    "a-" * 300 + "@",
    "write to @ or to user@ or to @example.com or to a@b",
    "mail x@y.z, x@@y.com, first.last+tag@sub.example.co.uk.",
    "see http://example.com:8080/path/to?x=1&y=2#frag, https://[::1]:443/ and ftp://host/file",
    "www.example.com/protect. www.priv.gc.ca.Your office; NCSC.GOV.UK; acme.com.au/notice",
    "Acme.No/varsel acme.sg health.gov.sg happened.In data.It us.No example.COM/x",
    "visit bücher.de, münchen.example.com/straße, пример.рф, 例子.中国, xn--bcher-kva.de",
    "call +34 900 123 456, (800) 555-0142, 1-800-555-0142, 1.200.000 pessoas, 00 44 20 7946 0958",
    "٠١٢٣٤٥٦٧٨٩ ۱۲۳ ١٬٢٣٤٫٥٦ ٪٥٠ ০১২ ४२ ๑๒๓ ١٢:٣٠",
    "１２３４５ ＄１２ ５０％ ２０２６年３月１日 ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ ＡＢ１２３４５",
    "\u202bاتصل على 1-800-555-0142\u202c \u2067www.example.com\u2069 \u200f50\u200f%",
    "مساءً 5 عند الساعة ٥ مساءً، بعد الظهر 3:30 ، 20 دولار، 1.2 مليون",
    "下午5点 오후 5시 午後5時30分 1.2万美元 3万人 1만 2천 원",
    "东部时间 米国東部時間 미 동부 시간 星期一 月曜日 월요일 周一",
    "5 giờ chiều, 5 вечера, 9 a.m. to 5 p.m. ET, 11:59 p. m., 23 h 59, 17h, 21h30, 23.59 Uhr",
    "hora del Este, heure de l'Est, ora della costa orientale, Ostküstenzeit, HNE, 8 PST, EST",
    "$1,234.56, US$ 5, €20, 20 €, £3, 17 millions de dollars, 20 Millionen EUR, 1,2 mil personas",
    "de segunda a sexta, sábados, miércoles, Montags, 50 per cent, 50 %, 12 por ciento",
    "code K7M-4QX-22P, ABC12, {{ first_name }}, {{bad, }}, 1st 2nd 3rd 4th 1.º 2ª 3°",
    "9 a.m.a.m.a.m. p.m.p.m. " + "1." * 100 + " " + "1-" * 100 + " " + "1 " * 100,
)
# The languages whose patterns differ (week days, scale words, the world's times) or that
# read numbers with a decimal comma.
LANGUAGES = ("en", "es", "pt", "de", "fr", "zh", "ja", "ko", "ar", "vi")


def _plain_finder(text: str):
    return lambda pattern: pattern.finditer(text)


def _prefiltered(text: str, language: str) -> tuple[entities.Entity, ...]:
    return entities.entities_in(text, language, entities._scanner(language).finder)


def _plain(text: str, language: str) -> tuple[entities.Entity, ...]:
    return entities.entities_in(text, language, _plain_finder)


def _pieces(text: str) -> list[str]:
    """``text`` and each of its blocks, as QA reads them."""
    return [text, *(block.text for block in segment.blocks(text))]


def _texts() -> list[tuple[str, tuple[str, ...]]]:
    """Each text with the languages it is read in: the sample letters and the tune pairs in
    their own language and in English; the rule examples and hostile strings in every
    language of LANGUAGES."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for path in sorted(FIXTURES.glob("*.md")):
        language = "es" if path.name.endswith(".es.md") else "en"
        found += [(p, (language,)) for p in _pieces(path.read_text(encoding="utf-8"))]
    for pair in published_pairs():
        if pair.split != TUNE:
            continue  # a held-out pair is never read to tune
        found += [(p, ("en",)) for p in _pieces(pair.english)]
        found += [(p, (pair.language, "en")) for p in _pieces(pair.translation)]
    examples = {
        text
        for rule in load_catalogue().rules.values()
        for text in (*rule.info.flag_examples, *rule.info.pass_examples)
    }
    found += [(text, LANGUAGES) for text in sorted(examples)]
    found += [(text, LANGUAGES) for text in HOSTILE]
    return found


TEXTS = _texts()


def test_the_prefiltered_recogniser_finds_what_every_pattern_everywhere_finds() -> None:
    differences = []
    for text, languages in TEXTS:
        for language in languages:
            if _prefiltered(text, language) != _plain(text, language):
                differences.append((language, text[:80]))
    assert not differences, f"{len(differences)} differ, e.g. {differences[:3]}"


def test_the_texts_hold_every_kind_of_entity() -> None:
    """The comparison above is worth something only where there is something to find."""
    kinds = {e.kind for text, languages in TEXTS for e in _plain(text, languages[0])}
    assert kinds >= {
        entities.PLACEHOLDER_KIND,
        entities.EMAIL,
        entities.URL,
        entities.DATE,
        entities.TIME,
        entities.WEEKDAY,
        entities.TIMEZONE,
        entities.PERCENT,
        entities.PHONE,
        entities.CODE,
        entities.AMOUNT,
        entities.NUMBER,
    }


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("No address here, nor a number.", ("EMAIL_ADDRESS", "WEB_ADDRESS", "_NUMBER")),
        ("Write to help@acme.com today.", ("_SCALED_AMOUNT", "_EAST_ASIAN_ZONE", "PLACEHOLDER")),
    ],
)
def test_a_pattern_whose_literals_a_text_lacks_is_not_run_on_it(text, ruled_out) -> None:
    find = entities._scanner("en").finder(text)
    for name in ruled_out:
        assert find(getattr(entities, name)) == (), name


def test_a_pattern_is_tried_only_where_its_matches_can_start() -> None:
    """Numbers start at digits: in a long text with two, the number pattern is tried at those
    two places alone, and finds what ``finditer`` finds."""
    number = re.compile(r"(?<![\w.,])\d+")
    text = "a" * 200 + " 12 " + "b" * 200
    found = Prefiltered([number]).finder(text)(number)
    assert isinstance(found, list)  # tried at its places, not a finditer over the text
    assert [m.span() for m in found] == [m.span() for m in number.finditer(text)] == [(201, 203)]
