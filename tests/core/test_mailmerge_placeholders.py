"""Placeholders: found once each in order, and a letter is never filled with one left open."""

from __future__ import annotations

import pytest

from clearnotice.export.document import Document
from clearnotice.placeholders import (
    UnfilledPlaceholderError,
    broken_placeholders,
    fill,
    find_placeholders,
)


def test_placeholders_are_found_once_each_in_order_of_first_use():
    text = "Dear {{ customer_name }}, {{company}} writes. Bye {{ customer_name }} {{  code  }}"
    assert find_placeholders(text) == ["customer_name", "company", "code"]


@pytest.mark.parametrize(
    "text",
    ["{ name }", "{{ two words }}", "{{ }}", "{{ 1st }}", "{{name"],
    ids=["single-braces", "space-inside", "empty", "digit-first", "unclosed"],
)
def test_text_that_is_not_a_placeholder_is_left_alone(text):
    assert find_placeholders(text) == []
    assert fill(text, {}) == text


def test_fill_replaces_every_occurrence():
    filled = fill("{{ a }} and {{a}}", {"a": "Ann"})
    assert filled == "Ann and Ann"


@pytest.mark.parametrize(
    "values",
    [{}, {"name": ""}, {"name": "   "}, {"name": None}],
    ids=["absent", "empty", "blank", "none"],
)
def test_missing_or_blank_value_refuses_the_whole_letter(values):
    with pytest.raises(UnfilledPlaceholderError) as caught:
        fill("Dear {{ name }}, code {{ code }}", {**values, "code": "K7M"})
    assert caught.value.missing == ["name"]
    assert "{{ name }}" in str(caught.value)


def test_every_missing_value_is_named_at_once():
    with pytest.raises(UnfilledPlaceholderError, match=r"2 placeholders: \{\{ a \}\}, \{\{ b \}\}"):
        fill("{{ a }} {{ b }} {{ c }}", {"c": "x"})


def test_a_value_is_inserted_as_is_and_never_expanded_again():
    assert fill("Hi {{ name }}", {"name": "$1 \\1 {x}"}) == "Hi $1 \\1 {x}"
    with pytest.raises(ValueError, match="looks like a placeholder"):
        fill("Hi {{ name }}", {"name": "{{ secret }}"})


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Dear {{ customer-name }},\nWe are sorry.", ["Dear {{ customer-name }},"]),
        ("Hi {{{ name }}} and {{ code }", ["Hi {{{ name }}} and {{ code }"]),
        ("Call {phone}.\nBye {{ name }}}", ["Call {phone}.", "Bye {{ name }}}"]),
        ("Hi {{ name }}, {{ code }}. A set {1, 2} and {'a': 1}.", []),
    ],
    ids=["hyphen", "braces-around-and-unclosed", "single-braces-and-extra-brace", "well-formed"],
)
def test_a_placeholder_typed_wrong_is_named_by_its_line(text, lines):
    assert broken_placeholders(text) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Dear «FirstName»,",
        "Estimado/a «Nombre»:",
        "Dear «first_name»,",
        "Dear <<First Name>>,",
        "Dear << name >>,",
        "Dear [First Name],",
        "Call [Company Name] at [Phone].",
        "Dear [FIRST_NAME],",
        "Dear [firstName],",
        "Dear {First Name},",
    ],
)
def test_another_tools_merge_field_is_named_by_its_line(line):
    """Word's «FirstName» and a template's [First Name] would reach every customer as typed."""
    assert broken_placeholders(f"Hello.\n{line}\nWe are sorry.") == [line]


@pytest.mark.parametrize(
    "text",
    [
        "Le llamamos «phishing» a este engaño.",
        "See note [1] and the words [sic] and [emphasis added].",
        "Read [our notice](https://example.com/notice) or [the FAQ][faq].",
        "A footnote[^1].\n\n[^1]: The note.",
        "Tick [X] to agree.",
        "Sets {1, 2} and {a: 1}; x << y and y >> z; a << b >> c.",
    ],
    ids=["spanish-quotes", "footnote-sic", "links", "markdown-footnote", "checkbox", "code-like"],
)
def test_ordinary_brackets_and_quotes_are_not_merge_fields(text):
    assert broken_placeholders(text) == []


@pytest.mark.parametrize(
    "markdown",
    ["Dear {{ customer_**name** }},\n", "Dear **{{ customer_name**}},\n"],
    ids=["bold-inside", "bold-over-its-start"],
)
def test_a_placeholder_that_bold_cuts_into_runs_is_still_filled(markdown):
    """The runs were filled one by one, so "Dear {{ customer_name }}," went out as typed."""
    filled = Document.from_markdown(markdown, "en").fill({"customer_name": "Ana"})
    assert filled.plain == "Dear Ana,"


def test_a_fact_that_bold_cuts_into_runs_is_still_filled():
    document = Document.from_markdown("Enroll by {{ enroll_**by** }}.\n", "en")
    assert document.with_facts({"enroll_by": "June 30, 2026"}).plain == "Enroll by June 30, 2026."
