"""Every letter template, filled with its own sample values, passes its jurisdictions' required
items with no error-level finding; the set of templates covers what the brief asks for."""

from __future__ import annotations

import pytest

from clearnotice import guidance
from clearnotice.placeholders import fill, find_placeholders
from clearnotice.templates import load_templates
from clearnotice.text import blocks

TEMPLATES = load_templates()
BY_SLUG = {t.slug: t for t in TEMPLATES}


def _filled(template) -> str:
    return fill(template.body, dict(template.sample_values))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.slug)
def test_template_has_a_sample_value_for_every_placeholder(template):
    assert set(find_placeholders(template.body)) <= dict(template.sample_values).keys()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.slug)
def test_filled_template_passes_its_jurisdictions_with_no_error(template):
    report = guidance.review(_filled(template), template.jurisdictions)
    assert not report.errors, [(f.rule_id, f.match) for f in report.errors]
    missing = [
        (i.jurisdiction, i.label) for i in report.checklist if i.required and not i.satisfied
    ]
    assert not missing
    for code in template.jurisdictions:
        assert report.items_for(code), f"{template.slug} has no {code} checklist"


def test_the_templates_the_brief_asks_for_are_there():
    assert {
        "us-general",
        "california",
        "hipaa",
        "gdpr",
        "massachusetts",
        "email-short",
        "website",
    } <= set(BY_SLUG)
    assert BY_SLUG["california"].jurisdictions == ("CA",)
    assert BY_SLUG["hipaa"].jurisdictions == ("HIPAA",)
    assert BY_SLUG["gdpr"].jurisdictions == ("GDPR",)
    assert BY_SLUG["massachusetts"].jurisdictions == ("MA",)


def test_california_template_has_the_title_and_the_five_headings_in_order():
    headings = [b.text for b in blocks(_filled(BY_SLUG["california"])) if b.is_heading]
    assert headings == [
        "Notice of Data Breach",
        "What Happened",
        "What Information Was Involved",
        "What We Are Doing",
        "What You Can Do",
        "For More Information",
    ]


def test_massachusetts_template_says_nothing_a_california_letter_must_say_about_the_breach():
    report = guidance.review(_filled(BY_SLUG["massachusetts"]), ["CA"])
    item = next(i for i in report.checklist if i.rule_id == "us_ca.general-description")
    assert item.status == "missing"


def test_the_california_letter_sent_to_massachusetts_too_breaks_its_rule_and_says_so():
    report = guidance.review(_filled(BY_SLUG["california"]), ["CA", "MA"])
    assert any(f.rule_id == "us_ma.no-nature" for f in report.errors)
    assert any(c.requires == "CA" and c.forbids == "MA" for c in report.conflicts)
