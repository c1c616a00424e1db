"""What a review keeps that does not depend on the letter (the jurisdiction codes as known, the
conflicts between two jurisdictions' rules) is kept with the profiles it was read against:
profiles read again are read again, never answered from what older ones gave."""

from __future__ import annotations

import dataclasses

import pytest

from clearnotice import guidance

LETTER = "# Notice of Data Breach\n\nWe are writing to tell you about a data breach.\n"


def _renamed(code: str, name: str) -> dict[str, guidance.Profile]:
    """The profiles, with ``code``'s name changed: another object, as profiles read again are."""
    profiles = dict(guidance.load_profiles())
    profiles[code] = dataclasses.replace(profiles[code], name=name)
    return profiles


def test_codes_are_normalised_again_for_another_selection():
    assert guidance.normalise_jurisdictions(["ca", "MA"]) == ("CA", "MA")
    assert guidance.normalise_jurisdictions(["ca"]) == ("CA",)
    assert guidance.normalise_jurisdictions(["ma", "ca", "NY"]) == ("CA", "MA", "NY")


def test_codes_are_normalised_again_against_other_profiles(monkeypatch):
    assert guidance.normalise_jurisdictions(["ny", "ca"]) == ("CA", "NY")
    without_ny = {c: p for c, p in guidance.load_profiles().items() if c != "NY"}
    monkeypatch.setattr(guidance, "load_profiles", lambda: without_ny)
    with pytest.raises(ValueError, match="unknown jurisdiction 'ny'"):
        guidance.normalise_jurisdictions(["ny", "ca"])
    assert guidance.normalise_jurisdictions(["ca"]) == ("CA",)


def test_an_unknown_code_is_an_error_every_time():
    for _ in range(2):
        with pytest.raises(ValueError, match="unknown jurisdiction 'ZZ'"):
            guidance.normalise_jurisdictions(["CA", "ZZ"])


def test_conflicts_are_written_with_the_profiles_of_the_review(monkeypatch):
    before = guidance.review(LETTER, ["CA", "MA"]).conflicts
    assert before and all("Massachusetts" in c.message for c in before)
    renamed = _renamed("MA", "The Commonwealth")
    monkeypatch.setattr(guidance, "load_profiles", lambda folder=None: renamed)
    after = guidance.review(LETTER + "\nThank you.\n", ["CA", "MA"]).conflicts
    assert [c.required_rule for c in after] == [c.required_rule for c in before]
    assert all("The Commonwealth" in c.message and "Massachusetts" not in c.message for c in after)
