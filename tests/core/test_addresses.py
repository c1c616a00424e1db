"""E-mail and web addresses are recognised once: what grammar leaves alone is what translation
QA and the outbound gate carry over unchanged."""

import pytest

from clearnotice.grammar.protected import protected_spans
from clearnotice.translate.entities import EMAIL, URL, find_entities

TEXTS = [
    "Visit example.com/protect.",
    "Write to help@example.co.uk, or see www.example.org.",
    "Our Mexican site is ejemplo.mx/ayuda and our Dutch one voorbeeld.nl.",
    "Files are at ftp://files.example.net/notice.pdf today.",
    "See “example.ie/faq”.",
    "It happened.We found it on March 3.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_grammar_and_translation_see_the_same_addresses(text):
    addresses = [(e.start, e.end) for e in find_entities(text, "en") if e.kind in (EMAIL, URL)]
    assert list(protected_spans(text)) == addresses


def test_a_missing_space_after_a_full_stop_is_not_an_address():
    assert protected_spans("It happened.We found it.") == ()
