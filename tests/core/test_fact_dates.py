"""A date fact is written the way the letter's language writes dates, wherever facts fill a
text (exports, the facts preview, merged letters: ``Document.with_facts``, ``facts.written_in``),
and translation QA reads that form as the fact's date: the right date passes, the old one is
still caught."""

from __future__ import annotations

import pytest

from clearnotice.export.document import Document
from clearnotice.translate.dates import find_dates
from clearnotice.translate.fact_check import known_facts, text_findings
from clearnotice.translate.languages import REVIEWED_LANGUAGES

# March 3, 2026 in each language the app translates into, as the Unicode CLDR's long date
# format writes it (cldr.unicode.org, "Date/Time Patterns", format "long"; Babel carries CLDR)
MARCH_3 = {
    "en": "March 3, 2026",
    "es": "3 de marzo de 2026",
    "ca": "3 de març del 2026",
    "gl": "3 de marzo de 2026",
    "fr": "3 mars 2026",
    "de": "3. März 2026",
    "it": "3 marzo 2026",
    "pt": "3 de março de 2026",
}
MARCH_10 = {"es": "10 de marzo de 2026", "fr": "10 mars 2026", "de": "10. März 2026"}
TEXT = "# Notice\n\nEnrol by {{ enrollment_deadline }} with code {{ enrollment_code }}.\n"


def test_every_language_the_app_offers_has_its_form_checked_here():
    assert set(MARCH_3) == set(REVIEWED_LANGUAGES)


@pytest.mark.parametrize("language", list(MARCH_3))
def test_a_date_fact_fills_a_letter_in_its_languages_form_and_qa_reads_it(language):
    kept = {"enrollment_deadline": "March 3, 2026", "enrollment_code": "AB-12"}
    filled = Document.from_markdown(TEXT, language).with_facts(kept)
    assert MARCH_3[language] in filled.plain
    assert "AB-12" in filled.plain  # other facts as typed
    assert MARCH_3[language] in filled.markdown  # a Markdown export says the same
    [found] = find_dates(filled.plain, language)
    assert (found.value.year, found.value.month, found.value.day) == (2026, 3, 3)
    known = known_facts(kept, {"enrollment_deadline": ["March 10, 2026"]})
    assert text_findings(filled.plain, language, known) == ()


@pytest.mark.parametrize("language", list(MARCH_10))
def test_a_translation_keeping_the_old_date_in_its_own_form_is_still_caught(language):
    known = known_facts(
        {"enrollment_deadline": "March 3, 2026"}, {"enrollment_deadline": ["March 10, 2026"]}
    )
    [finding] = text_findings(f"Enrol by {MARCH_10[language]}.", language, known)
    assert finding.match == MARCH_10[language]
    assert finding.suggestions == ("{{ enrollment_deadline }}",)


def test_a_date_fact_typed_as_digits_is_written_out_and_other_kinds_are_not():
    kept = {"enrollment_deadline": "2026-03-03", "monitoring_months": "24"}
    text = "By {{ enrollment_deadline }}, for {{ monitoring_months }} months."
    filled = Document.from_markdown(text, "de").with_facts(kept)
    assert filled.plain == "By 3. März 2026, for 24 months."


def test_a_list_of_thousands_of_dates_is_read_once():
    """Each date found was checked against every one found before it (a pasted list of 12,000
    dates took seconds, a 1 MB one many minutes): the list's dates are those of its lines."""
    line = "March 3, 2026; 4 May 2025; 2024-06-30.\n"
    one = [(d.text, d.value) for d in find_dates(line, "en")]
    many = [(d.text, d.value) for d in find_dates(line * 4000, "en")]
    assert one and many == one * 4000
