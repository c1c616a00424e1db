"""Every jurisdiction's profile carries its proof: a group, sources with addresses, the date they
were last read, and deadlines that cite a section; the listing groups them for the picker."""

from __future__ import annotations

import pytest

from clearnotice import guidance
from clearnotice.checks.loader import RuleError
from clearnotice.jurisdictions import listing
from clearnotice.profile_facts import GROUPS

PROFILES = guidance.jurisdictions()


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.code)
def test_every_jurisdiction_has_a_group_sources_with_addresses_and_a_last_checked_date(profile):
    facts = profile.facts
    assert facts.group in GROUPS, f"{profile.code}: no group"
    assert facts.sources, f"{profile.code}: no source"
    assert all(s.url.scheme in ("http", "https") for s in facts.sources), profile.code
    assert facts.last_checked is not None, f"{profile.code}: no last_checked date"


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.code)
def test_a_jurisdiction_without_rules_says_why(profile):
    if not profile.packs:
        assert profile.facts.no_content_rules or profile.facts.needs_review, profile.code
        assert profile.facts.note, f"{profile.code}: needs a note saying what is not confirmed"


def test_a_deadline_the_law_leaves_open_is_marked_unclear_not_given_a_date():
    minnesota = next(p for p in PROFILES if p.code == "MN")
    assert all(d.unclear and d.days is None for d in minnesota.facts.deadlines)


def test_a_profile_missing_its_last_checked_date_fails_the_meta_test(tmp_path):
    # the meta-test above asserts on the loaded value; a profile without it loads as None
    (tmp_path / "guidance.yml").write_text("code: guidance\nname: G\npacks: [plain]\n")
    (tmp_path / "ZZ.yml").write_text(
        "code: ZZ\nname: Nowhere\ngroup: us-state\npacks: []\n"
        "sources: [{cite: Z. Code 1, url: 'https://example.org/z'}]\n"
    )
    loaded = guidance.load_profiles.__wrapped__(tmp_path)
    assert loaded["ZZ"].facts.last_checked is None


def test_a_source_without_an_address_is_refused_with_the_file_and_key(tmp_path):
    (tmp_path / "guidance.yml").write_text("code: guidance\nname: G\npacks: [plain]\n")
    (tmp_path / "ZZ.yml").write_text(
        "code: ZZ\nname: Nowhere\npacks: []\nsources: [{cite: Z. Code 1, url: not an address}]\n"
    )
    with pytest.raises(RuleError, match=r"ZZ\.yml: key 'sources\[0\]\.url'"):
        guidance.load_profiles.__wrapped__(tmp_path)


def test_the_listing_holds_every_us_state_territory_and_the_other_countries_in_groups():
    entries = listing()
    groups = [e.group for e in entries]
    assert groups == sorted(groups, key=list(GROUPS.values()).index)  # grouped, in order
    codes = {e.code for e in entries}
    assert {"CA", "TX", "DC", "HIPAA", "GDPR", "UK", "CAN", "QC", "AU"} <= codes
    ca = next(e for e in entries if e.code == "CA")
    assert ca.label == "US states and territories › California (CA)"
    assert ca.as_dict()["rules"] == 11


US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()


def test_every_state_dc_and_territory_is_listed_with_the_countries_and_federal_law():
    entries = {e.code: e for e in listing()}
    us = {c for c, e in entries.items() if e.profile.facts.group == "us-state"}
    assert set(US_STATES) | {"DC", "PR", "GU", "VI"} == us
    assert {"UK", "CAN", "QC", "AU", "HIPAA", "GDPR"} <= set(entries)
    assert len(entries) >= 60


@pytest.mark.parametrize("profile", [p for p in PROFILES if p.facts.addendum], ids=lambda p: p.code)
def test_an_addendum_names_its_residents_and_cites_a_section(profile):
    addendum = profile.facts.addendum
    residents = addendum.text.removeprefix("For residents of ").removeprefix("the ")
    assert residents.startswith(f"{profile.name}:"), profile.code
    assert any(ch.isdigit() for ch in addendum.cite), profile.code
