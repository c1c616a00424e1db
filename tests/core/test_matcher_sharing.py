"""Equal content matchers are one object, so a review works out each one's sentences once (a
review keeps a matcher's sentences by the object: a copy would be matched again)."""

from __future__ import annotations

import dataclasses

from clearnotice.checks.loader import load_catalogue
from clearnotice.checks.matcher import Matcher


def _matchers(value: object) -> list[Matcher]:
    """Every matcher held by ``value``: a rule, or a tuple or dataclass inside one."""
    if isinstance(value, Matcher):
        return [value]
    if isinstance(value, tuple | list):
        return [m for item in value for m in _matchers(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [m for f in dataclasses.fields(value) for m in _matchers(getattr(value, f.name))]
    return []


def test_equal_matchers_of_the_catalogue_are_one_object() -> None:
    found = [m for rule in load_catalogue().rules.values() for m in _matchers(rule)]
    assert len(found) > 50  # every rule with content to find was walked
    objects = {id(m): m for m in found}
    assert len(objects) == len(set(objects.values()))
    # and rules do borrow each other's matchers: the sharing is what makes them one
    assert len(objects) < len(found)
