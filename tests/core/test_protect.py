"""What protect keeps away from an engine, and how it comes back."""

from __future__ import annotations

import pytest

from clearnotice.translate.protect import protect, restore


@pytest.mark.parametrize(
    "field",
    ["«FirstName»", "«first_name»", "<<name>>", "<<First Name>>", "[First Name]", "{First Name}"],
)
def test_another_programs_merge_field_is_kept_from_the_engine(field):
    """Apertium made "<<name>>" into "<<nombre>>" and "[First Name]" into "[Primer Nombre]":
    the Word or mailing tool that fills the letter would no longer know the field."""
    segment = f"Dear {field}, your case is open."
    protected = protect(segment)
    assert field not in protected.text
    restored, lost = restore(protected.text.replace("Dear", "Estimado"), protected)
    assert restored == f"Estimado {field}, your case is open." and lost == ()


@pytest.mark.parametrize(
    "text", ["A footnote [1] and [sic].", "El «phishing» es un riesgo.", "See [the site](x)."]
)
def test_what_only_looks_like_a_field_is_still_translated(text):
    assert protect(text).originals == ()
