"""E-mail and web addresses are recognised once: what grammar leaves alone is what translation
QA and the outbound gate carry over unchanged."""

import pycountry
import pytest

from clearnotice.grammar.protected import protected_spans
from clearnotice.translate.entities import (
    AMOUNT,
    COUNTRY_TLDS,
    EMAIL,
    EMAIL_ADDRESS,
    URL,
    WEB_ADDRESS,
    find_entities,
)

TEXTS = [
    "Visit example.com/protect.",
    "Write to help@example.co.uk, or see www.example.org.",
    "Our Mexican site is ejemplo.mx/ayuda and our Dutch one voorbeeld.nl.",
    "Files are at ftp://files.example.net/notice.pdf today.",
    "See “example.ie/faq”.",
    "It happened.We found it on March 3.",
    "Visit www.priv.gc.ca.Your provincial office can also help.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_grammar_and_translation_see_the_same_addresses(text):
    addresses = [(e.start, e.end) for e in find_entities(text, "en") if e.kind in (EMAIL, URL)]
    assert list(protected_spans(text)) == addresses


def test_a_missing_space_after_a_full_stop_is_not_an_address():
    assert protected_spans("It happened.We found it.") == ()


def test_a_sentence_glued_to_an_address_is_not_part_of_it():
    text = "Visit www.priv.gc.ca.Your provincial office can also help, as can www.example.org."
    urls = [e.text for e in find_entities(text, "en") if e.kind == URL]
    assert urls == ["www.priv.gc.ca", "www.example.org"]


COUNTRY_ADDRESSES = [
    "acme.sg", "acme.com.sg", "health.gov.sg", "acme.co.za", "acme.hk/notice", "Acme.No/varsel",
    "acme.no", "acme.pl", "acme.nl", "acme.com.my", "acme.bm", "acme.bs", "acme.gg", "acme.je",
    "acme.co.in", "acme.co.jp", "acme.com.au", "shop.acme.sg/help", "NCSC.GOV.UK",
]  # fmt: skip


@pytest.mark.parametrize("address", COUNTRY_ADDRESSES)
def test_an_address_under_any_countrys_domain_is_one_address(address):
    text = f"If you have questions, visit {address}."
    assert [e.text for e in find_entities(text, "en") if e.kind == URL] == [address]
    assert [text[a:b] for a, b in protected_spans(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "It happened.In May we found it.",
        "We lost some data.It was not encrypted.",
        "We told all of us.No one else knew.",
        "We are sorry.Is there more we can do?",
        "Thank you for your patience.So many of you have written.",
    ],
)
def test_a_capitalised_word_after_a_missing_space_is_prose_not_a_country_domain(text):
    assert protected_spans(text) == ()
    assert not [e for e in find_entities(text, "en") if e.kind in (EMAIL, URL)]


def test_the_country_domains_are_the_iso_3166_codes_and_those_iso_reserves_for_them():
    iso = {country.alpha_2.lower() for country in pycountry.countries}
    assert set(COUNTRY_TLDS.split("|")) == iso | {"uk", "eu", "ac"}


def test_a_host_is_tried_from_the_start_of_its_run_only():
    """What keeps a pasted run such as "a.a.a.a..." or "a-a-a-..." linear: tried from inside
    it, the rest of the run was read again from every label (6,000 characters took seconds). A
    match from inside a run is part of the one from its start, so nothing is lost."""
    assert WEB_ADDRESS.match("help.acme.com", len("help.")) is None
    assert WEB_ADDRESS.match("my-acme.com", len("my-")) is None
    assert [m.group() for m in WEB_ADDRESS.finditer("See my-acme.com.")] == ["my-acme.com"]
    assert [m.group() for m in WEB_ADDRESS.finditer("See help.acme.com.")] == ["help.acme.com"]
    assert [m.group() for m in WEB_ADDRESS.finditer("...acme.com")] == ["acme.com"]


@pytest.mark.parametrize("run", ["a.", "a-", "1-", "1 ", "$1, "])
def test_a_long_run_of_labels_holds_no_address_and_the_one_after_it_is_found(run):
    text = run * 3000 + " Visit acme.com for help."
    assert [e.text for e in find_entities(text, "en") if e.kind == URL] == ["acme.com"]


@pytest.mark.parametrize("digit", ["3", "٣", "３"])
def test_a_long_run_of_digits_is_read_once_and_the_amount_after_it_is_found(digit):
    """An amount written before its currency ("25 dollars") was tried from every digit of a
    run, each reading the rest of it (4,000 digits took seconds, a 1 MB import many minutes):
    it starts where its digits do, as a number read from inside its digits is part of the one
    from their start."""
    text = digit * 4000 + " Pay 25 dollars or $30 now."
    amounts = [e.text for e in find_entities(text, "en") if e.kind == AMOUNT]
    assert amounts == ["25 dollars", "$30"]


def test_an_e_mail_address_has_at_most_64_characters_before_its_at_sign():
    """RFC 5321, 4.5.3.1.1; what keeps a pasted "a-a-a-..." linear for the e-mail pattern."""
    assert EMAIL_ADDRESS.fullmatch("a" * 64 + "@acme.com")
    assert not EMAIL_ADDRESS.fullmatch("a" * 65 + "@acme.com")
