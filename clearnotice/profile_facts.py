"""The legal facts a jurisdiction's profile holds besides its rules: the sources it rests on, when
they were last read, its notice deadlines and the regulator a notice names.

These are the shapes of those keys in ``profiles/*.yml`` (read through clearnotice.datafiles);
the deadline clocks (clearnotice.deadlines), the ``clearnotice jurisdictions`` listing and the
Edit page's picker all read them from the loaded profiles, so a fact lives in one file.
"""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field, HttpUrl, NonNegativeInt, PositiveInt

from clearnotice.datafiles import Shape, Text

# The Edit page groups the picker by these, in this order.
GROUPS = {
    "us-state": "US states and territories",
    "us-federal": "US federal",
    "international": "Other countries",
}

# The events a deadline can count from. The discovery date is always known; the others are
# given when they differ from it (a law that counts from "determining that a breach occurred"
# is counted from the discovery date until someone says otherwise, and the table says so).
EVENTS = {
    "discovery": "discovery of the breach",
    "determination": "determination that a breach occurred",
    "notice_to_individuals": "notice to individuals",
    "end_of_year": "end of the calendar year of discovery",
}
GIVEN_EVENTS = ("determination", "notice_to_individuals")


class Source(Shape):
    """A statute, regulation or official guidance, cited by section, and where it was read."""

    cite: Text
    url: HttpUrl


class Deadline(Shape):
    """One notice a law requires: to whom, how soon, counted from what, above what number."""

    to: Literal["individuals", "regulator"]
    recipient: Text
    timing: Text  # the law's standard in our words: "without unreasonable delay, at most 30 days"
    days: NonNegativeInt | None = None  # None: no fixed number; 0: the same day as the event
    counting: Literal["calendar", "business"] = "calendar"
    start: Literal[tuple(EVENTS)] = Field("discovery", alias="from")  # type: ignore[valid-type]
    threshold: PositiveInt | None = None  # applies only from this many residents affected
    unclear: bool = False  # the law's wording leaves the deadline open to reading
    cite: Text


class Regulator(Shape):
    """The regulator the notice must name, with the contact details a reader can use."""

    name: Text
    address: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""
    in_notice: bool = False  # the notice to individuals must give these details
    cite: str = ""


class Addendum(Shape):
    """A paragraph this jurisdiction's residents get beyond the master letter ("For residents of
    Maryland: ..."), in our words, with the section that asks for it. Per-state variants of a
    letter (clearnotice.variants) insert it; ``unclear`` when the source read was a summary or
    left a detail (a phone number) for counsel to fill in."""

    text: Text
    cite: Text
    unclear: bool = False


class ProfileFacts(Shape):
    """What a jurisdiction's profile says about the law itself (empty for the guidance)."""

    group: Literal[tuple(GROUPS)] | None = None  # type: ignore[valid-type]
    sources: tuple[Source, ...] = ()
    last_checked: datetime.date | None = None
    deadlines: tuple[Deadline, ...] = ()
    regulator: Regulator | None = None
    addendum: Addendum | None = None
    no_content_rules: bool = False  # the law sets no content for the notice: the guidance applies
    needs_review: bool = False  # what the notice must say could not be confirmed from a source
    note: str = ""
