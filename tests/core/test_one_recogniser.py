"""One recogniser for e-mail and web addresses: what translation QA and grammar protect as an
address is what the checklist accepts as a way to reach the organisation."""

from __future__ import annotations

import pytest

from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.guidance import review
from clearnotice.translate.entities import EMAIL, URL, find_entities

ADDRESSES = (
    "help@acme-health.com",
    "privacy@acme.co.uk",
    "ayuda@acme.es",
    "acme.ca/breach",
    "acme.com.au/notice",
    "www.acme.ie/help",
    "https://acme.example/notice?ref=letter",
    "support.acme.io",
    "acme.sg",
    "acme.co.za/help",
    "Acme.No/varsel",
)


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_address_the_recogniser_reads_is_contact_for_the_checklist(address):
    sentence = f"If you have questions, write to us at {address} and we will answer."
    kinds = {e.kind for e in find_entities(sentence, "en")}
    assert kinds & {EMAIL, URL}, kinds
    contact = next(i for i in review(sentence).checklist if i.rule_id == "content.contact")
    assert contact.satisfied, address


def test_prose_with_a_missing_space_is_no_address_for_either():
    sentence = "It happened.We are sorry for any questions this raises."
    assert not [e for e in find_entities(sentence, "en") if e.kind in (EMAIL, URL)]
    contact = next(i for i in review(sentence).checklist if i.rule_id == "content.contact")
    assert not contact.satisfied


def test_disjoint_spans_tell_an_overlap_by_its_neighbours_alone():
    """The one lookup the recogniser and the grammar check share (clearnotice.disjoint_spans),
    against the plain comparison with every span."""
    kept = [(2, 5), (8, 9), (12, 20)]
    spans = DisjointSpans(kept)
    for start in range(0, 22):
        for end in range(start + 1, 23):
            plain = any(a < end and start < b for a, b in kept)
            assert spans.overlaps(start, end) == plain, (start, end)


@pytest.mark.parametrize(
    "spans",
    [
        [(2, 5), (4, 9), (12, 20)],  # overlapping
        [(2, 5), (5, 9), (9, 9), (14, 14)],  # touching, and empty ones
        [(0, 20), (3, 4), (6, 6), (8, 12)],  # nested: a sentence and its numbers
        [(7, 9), (1, 3), (2, 8), (15, 16), (15, 18)],  # out of order, one start twice
    ],
)
def test_the_spans_a_covering_is_made_of_may_overlap(spans):
    """What translation QA's word check asks (unknown_words): do a word's letters fall in any
    of spans that overlap each other, asked once per word against their joined cover."""
    covering = DisjointSpans.covering(spans)
    for start in range(0, 22):
        for end in range(start + 1, 23):
            plain = any(a < end and start < b for a, b in spans)
            assert covering.overlaps(start, end) == plain, (start, end)


@pytest.mark.parametrize(
    "spans",
    [
        [(2, 5), (8, 9), (12, 20)],
        [(2, 5), (5, 9), (9, 9), (14, 14)],  # touching, and empty ones
        [(0, 20), (3, 4), (6, 6), (8, 12)],  # nested
    ],
)
def test_a_covering_holds_a_span_when_one_of_its_spans_does(spans):
    """What the grammar check asks of a code span's fences (languagetool._markup): is the range
    inside a span read as a word? Only a range across two touching spans differs, and markup
    never lies across two spans."""
    covering = DisjointSpans.covering(spans)
    for start in range(0, 22):
        for end in range(start, 23):
            plain = any(a <= start and end <= b for a, b in spans)
            across = any(b == c and a <= start < b < end <= d for a, b in spans for c, d in spans)
            assert covering.encloses(start, end) == (plain or across), (start, end)
