"""Every letter template, filled with its own sample values, passes its jurisdictions' required
items with no error-level finding; the set of templates covers what the brief asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearnotice import guidance
from clearnotice.placeholders import fill, find_placeholders
from clearnotice.templates import jurisdiction_names, load_templates, read_templates
from clearnotice.text import blocks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEMPLATES = load_templates()
BY_SLUG = {t.slug: t for t in TEMPLATES}


def _filled(template) -> str:
    return fill(template.body, dict(template.sample_values))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.slug)
def test_template_has_a_sample_value_for_every_placeholder(template):
    assert set(find_placeholders(template.body)) <= dict(template.sample_values).keys()


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.slug)
def test_template_card_says_what_it_is_for_and_where(template):
    assert len(template.description.split()) >= 10, template.slug  # a sentence, not a label
    names = jurisdiction_names(template)
    assert len(names) == len(template.jurisdictions)
    assert all(code in name for code, name in zip(template.jurisdictions, names, strict=True))


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


def _shelf(tmp_path, **files: str):
    for slug, text in files.items():
        (tmp_path / f"{slug}.md").write_text(text, encoding="utf-8")
    return read_templates(tmp_path)


GOOD = "---\nname: Good\njurisdictions: [CA]\n---\n# Notice\n\nDear {{ name }},\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# Notice\n\nNo front matter.\n", "missing the '---' front matter"),
        ("---\nname: Bad\njurisdictions: [ZZ]\n---\nText\n", "unknown jurisdiction 'ZZ'"),
        ("---\n- a list\n---\nText\n", "expected a mapping of 'key: value' lines"),
        ("---\nname: [unclosed\n---\nText\n", "not valid YAML on line"),
        (
            "---\nname: Bad\nplaceholders: [a, b]\n---\nText\n",
            "key 'placeholders': expected a mapping",
        ),
    ],
    ids=["no front matter", "unknown jurisdiction", "not a mapping", "bad yaml", "placeholders"],
)
def test_a_broken_template_is_left_out_with_its_problem_and_the_others_stay(
    tmp_path, text, problem
):
    shelf = _shelf(tmp_path, bad=text, good=GOOD)
    assert [t.slug for t in shelf.templates] == ["good"]
    [message] = shelf.problems
    assert message.startswith("template bad: ")
    assert problem in message
    with pytest.raises(ValueError):
        load_templates(tmp_path)


def test_a_stored_unknown_jurisdiction_is_an_error_finding_not_a_crash():
    text = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    report = guidance.review_letter(text, ["CA", "ZZ"])
    assert report.jurisdictions == ("CA",)
    [unknown] = [f for f in report.errors if f.rule_id == guidance.UNKNOWN_JURISDICTION_RULE]
    assert "'ZZ'" in unknown.message
    assert not report.passes
