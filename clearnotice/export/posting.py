"""Letters ready to post: the window envelopes, the sender, the letter date and the recipient's
address block, and the checks on a row's address and salutation before a letter is printed.

A merge chooses an envelope (or none: the letter as the Export page shows it). The sender comes
from the organisation settings (``clearnotice.settings.SENDER``); each row's address from the
list's address columns. What is checked here decides whether a row is held (the letter would not
reach the customer: a missing line, an address that does not fit the window) or merges with a
note (a salutation that reads oddly, a country where the letter's language is not spoken).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from clearnotice.languages import language_name, normalise_language
from clearnotice.translate.dates import written_date

POINTS_PER_INCH = 72.0
POINTS_PER_MM = 72 / 25.4
ADDRESS_PT = 10.0  # recipient lines
RETURN_PT = 7.0  # the one-line return address above them
SENDER_PT = 9.0
LINE = 1.2  # leading of the address block, as a multiple of the type size


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in points, measured from the page's top-left corner."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Envelope:
    """Where a window envelope shows the page: the page size, the return-address line and the
    recipient block inside the window, and where the letter's text may start below it."""

    name: str
    label: str
    page: str  # fpdf2 page format
    return_line: Box
    recipient: Box
    body_top: float  # the date, then the letter, start here on the first page
    max_lines: int

    def fits(self, lines: int) -> bool:
        return lines <= self.max_lines


def _inches(*values: float) -> list[float]:
    return [v * POINTS_PER_INCH for v in values]


def _mm(*values: float) -> list[float]:
    return [v * POINTS_PER_MM for v in values]


# US #10 window envelope (4 1/8 x 9 1/2 in, US Letter folded in thirds): the industry-standard
# window is 4 1/2 x 1 1/8 in, 7/8 in from the left and 1/2 in from the bottom, so with the sheet's
# top against the envelope's top the window shows 2 1/2 to 3 5/8 in from the top of the page.
# USPS DMM 602.4.3: at least 1/4 in between the address and the window's left, right and bottom
# edges. So: a return line at the window's top, then 4 recipient lines in a 4 in wide block.
_US10 = Envelope(
    "us10",
    "US #10 window envelope (US Letter)",
    "letter",
    Box(*_inches(1.125, 2.5 + 0.06), 4.0 * POINTS_PER_INCH, RETURN_PT * LINE),
    Box(*_inches(1.125, 2.5 + 0.2), 4.0 * POINTS_PER_INCH, ADDRESS_PT * LINE * 4),
    3.9 * POINTS_PER_INCH,
    4,
)
# DL, C5/6 and C5 window envelopes (ISO 269 sizes, DIN 680 windows) take an A4 letter laid out
# by DIN 676 form B: the address field is 85 x 45 mm, 20 mm from the left edge and 45 mm from the
# top; its first 5 mm hold the return address, then 12.7 mm for postal notes, then 27.3 mm for at
# most 6 recipient lines (DIN 5008:2020). Text starts 5 mm inside the field.
_DL = Envelope(
    "dl",
    "DL / C5 window envelope (A4, DIN 676 form B)",
    "a4",
    Box(*_mm(25, 45.5), 75 * POINTS_PER_MM, 5 * POINTS_PER_MM),
    Box(*_mm(25, 62.7), 75 * POINTS_PER_MM, 27.3 * POINTS_PER_MM),
    103.4 * POINTS_PER_MM,  # DIN 5008 form B: the text after the information block
    6,
)
ENVELOPES = {e.name: e for e in (_US10, _DL)}


def envelope_for(name: str) -> Envelope:
    if name not in ENVELOPES:
        raise ValueError(f"unknown envelope {name!r}; choose one of {', '.join(ENVELOPES)}")
    return ENVELOPES[name]


# the sender ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sender:
    """The organisation the letters come from, as the Settings page stores it."""

    organisation: str = ""
    address: tuple[str, ...] = ()  # street, city and postal code lines
    country: str = ""  # ISO 3166 alpha-2
    phone: str = ""
    email: str = ""
    web: str = ""

    MAX_ADDRESS_LINES = 4

    def problems(self) -> list[str]:
        """What stops this sender from going on a letter; empty when it can."""
        found = []
        if not self.organisation.strip():
            found.append("the organisation's name is empty")
        if not any(line.strip() for line in self.address):
            found.append("the return address is empty")
        if len(self.address) > self.MAX_ADDRESS_LINES:
            found.append(f"the return address has more than {self.MAX_ADDRESS_LINES} lines")
        if self.country and country_code(self.country) is None:
            found.append(f"{self.country!r} is not a country")
        return found

    @property
    def block(self) -> tuple[str, ...]:
        """The sender block at the top of the first page."""
        contact = [v for v in (self.phone, self.email, self.web) if v.strip()]
        return (self.organisation, *self.address, *([" · ".join(contact)] if contact else ()))

    @property
    def return_line(self) -> str:
        """The one line in small type above the recipient (DIN 676: "Rücksendeangabe")."""
        return " · ".join((self.organisation, *self.address))

    def as_json(self) -> dict:
        return {
            "organisation": self.organisation,
            "address": list(self.address),
            "country": self.country,
            "phone": self.phone,
            "email": self.email,
            "web": self.web,
        }

    @classmethod
    def from_json(cls, value: dict | None) -> Sender:
        value = value or {}
        return cls(
            str(value.get("organisation", "")),
            tuple(str(line) for line in value.get("address", ()) if str(line).strip()),
            str(value.get("country", "")),
            str(value.get("phone", "")),
            str(value.get("email", "")),
            str(value.get("web", "")),
        )


# what a letter carries to the page -----------------------------------------------------------
@dataclass(frozen=True)
class Posting:
    """The parts of a sent letter around its text, set on a ``Document`` by mail merge: for a
    window envelope the address block as ``recipient``; for an e-mail (``envelope`` None) the
    customer's name and e-mail address."""

    envelope: str | None
    sender: tuple[str, ...]
    return_line: str
    date: str
    recipient: tuple[str, ...]
    sender_email: str = ""
    day: dt.date | None = None


# page numbers: "Page 1 of 2" in the letter's language; other languages get "1 / 2"
PAGE_OF = {
    "en": "Page {page} of {pages}",
    "es": "Página {page} de {pages}",
    "de": "Seite {page} von {pages}",
    "fr": "Page {page} sur {pages}",
    "it": "Pagina {page} di {pages}",
    "pt": "Página {page} de {pages}",
    "vi": "Trang {page} / {pages}",
}


def post(document, envelope: str | None, sender: Sender, day: dt.date, recipient: tuple[str, ...]):
    """``document`` (a ``Document``) with its sender, date and recipient for ``envelope``, or
    for an e-mail when ``envelope`` is None."""
    date = written_date(day, document.language)
    posting = Posting(
        envelope, sender.block, sender.return_line, date, recipient, sender.email, day
    )
    return replace(document, posting=posting)


def page_label(language: str, page: int, pages: int) -> str:
    pattern = PAGE_OF.get(language.split("-")[0].casefold(), "{page} / {pages}")
    return pattern.format(page=page, pages=pages)


# addresses -----------------------------------------------------------------------------------
# Columns a customer list names its address with, in the order the lines are written.
STREET_COLUMNS = ("address", "address1", "address_1", "address_line_1", "street", "street1")
STREET2_COLUMNS = ("address2", "address_2", "address_line_2", "street2", "apartment", "unit")
CITY_COLUMNS = ("city", "town", "locality")
STATE_COLUMNS = ("state", "region", "province", "county")
POSTAL_COLUMNS = ("postal_code", "postcode", "zip", "zip_code", "plz")
COUNTRY_COLUMNS = ("country", "country_code")
ADDRESS_PARTS = {
    "street": STREET_COLUMNS,
    "street2": STREET2_COLUMNS,
    "city": CITY_COLUMNS,
    "state": STATE_COLUMNS,
    "postal_code": POSTAL_COLUMNS,
    "country": COUNTRY_COLUMNS,
}
# Countries that write "City, ST 12345" (USPS Publication 28; Canada Post the same order);
# elsewhere, as in most of Europe, the postal code comes before the city (UPU S42).
_CITY_FIRST = frozenset({"US", "CA", "AU", "GB"})


@cache
def country_code(value: str) -> str | None:
    """The ISO 3166 alpha-2 code ``value`` names ("DE", "DEU", "Germany"), or None."""
    value = value.strip()
    if not value:
        return None
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        return None


def address_lines(name: str, parts: dict[str, str], sender_country: str) -> tuple[str, ...]:
    """The recipient block: name, street lines, the city line, and the country in capitals on
    the last line when it is not the sender's (UPU S42)."""
    country = country_code(parts.get("country", "")) or ""
    city, state, postal = (parts.get(k, "") for k in ("city", "state", "postal_code"))
    if country in _CITY_FIRST or not country:
        city_line = " ".join(v for v in (f"{city}," if city and (state or postal) else city,
                                         state, postal) if v)  # fmt: skip
    else:
        city_line = " ".join(v for v in (postal, city) if v)
    lines = [name, parts.get("street", ""), parts.get("street2", ""), city_line]
    if country and country != (country_code(sender_country) or ""):
        lines.append(pycountry.countries.get(alpha_2=country).name.upper())
    return tuple(line for line in lines if line.strip())


@dataclass(frozen=True)
class Check:
    """One finding on a row: ``hold`` when the letter must not go out as it is."""

    message: str
    hold: bool


def check_address(
    parts: dict[str, str],
    lines: tuple[str, ...],
    envelope: Envelope,
    width_of,
    language: str,
    home: str = "",
) -> list[Check]:
    """Missing lines, a postal code short of its digits and an address that does not fit the
    window hold the row; a country where the letter's language is not spoken is a note.
    ``width_of(text, size)`` measures a line in points with the PDF's font; ``home`` is the
    sender's country, where an address without one is."""
    found: list[Check] = []
    if not parts.get("street", "").strip():
        found.append(Check("the address has no street line: the letter cannot be posted.", True))
    if not (parts.get("city", "").strip() or parts.get("postal_code", "").strip()):
        found.append(Check("the address has no city or postal code.", True))
    raw_country = parts.get("country", "").strip()
    country = country_code(raw_country) if raw_country else None
    if raw_country and country is None:
        found.append(Check(f"the country {raw_country!r} is not one we know.", True))
    found += _short_postal_code(parts.get("postal_code", ""), country or country_code(home))
    if not envelope.fits(len(lines)):
        found.append(
            Check(
                f"the address has {len(lines)} lines; the {envelope.label} window shows "
                f"{envelope.max_lines}.",
                True,
            )
        )
    for line in lines:
        if width_of(line, ADDRESS_PT) > envelope.recipient.width:
            found.append(Check(f"the address line {line!r} is too long for the window.", True))
    if country and not _spoken_in(language, country):
        found.append(
            Check(
                f"the letter is in {language_name(language)} but the address is in "
                f"{pycountry.countries.get(alpha_2=country).name}.",
                False,
            )
        )
    return found


# Countries whose postal codes are five digits, some starting with 0: a spreadsheet that reads
# the code as a number drops the zero ("02134" becomes 2134). USPS Publication 28, Postal
# Addressing Standards, for the ZIP Code and ZIP+4 (https://pe.usps.com/text/pub28/welcome.htm);
# the UPU's postcode lengths by country for Germany, France, Spain, Italy and Mexico
# (https://address.post/, "Addressing Solutions").
FIVE_DIGIT_POSTCODES = frozenset({"US", "DE", "FR", "ES", "IT", "MX"})
_DIGITS_AND_PLUS_FOUR = re.compile(r"(\d{1,4})(-\d{4})?")


def _short_postal_code(code: str, country: str | None) -> list[Check]:
    """A hold on a postal code of fewer than five digits where codes have five: the letter
    would carry a code no post office routes."""
    found = _DIGITS_AND_PLUS_FOUR.fullmatch(code.strip())
    if country not in FIVE_DIGIT_POSTCODES or found is None:
        return []
    digits = found.group(1)
    meant = digits.zfill(5) + (found.group(2) or "")
    return [
        Check(
            f"the postal code {code.strip()!r} has {len(digits)} digits where "
            f"{pycountry.countries.get(alpha_2=country).name} writes 5: a spreadsheet read it "
            f"as a number and dropped its leading zero ({meant}?). Format the column as text "
            "and correct the code in the list.",
            True,
        )
    ]


def _spoken_in(language: str, country: str) -> bool:
    """Whether CLDR lists ``language`` among the languages used in ``country``."""
    from babel.languages import get_territory_language_info

    code = (normalise_language(language) or language).split("-")[0]
    spoken = {key.split("_")[0] for key in get_territory_language_info(country)}
    return not spoken or code in spoken


# salutations ---------------------------------------------------------------------------------
# What may follow a comma in a person's name ("Wei Chen, Jr.")
_SUFFIXES = frozenset("jr sr ii iii iv phd md esq".split())
# Legal forms that end a company's name (English, German, French, Dutch, Australian); short
# ones that are also surnames ("Sá", "Co") are left out.
_COMPANY_ENDINGS = frozenset(
    "inc llc ltd limited corp corporation company plc llp gmbh sarl bv nv pty".split()
)


def check_salutation(name: str) -> list[Check]:
    """A name that would read oddly after "Dear": "Chen, Wei" (last name first), initials
    only, or a company. Each is a note on the row, with what to check."""
    name = name.strip()
    found = []
    last, comma, first = name.partition(",")
    if comma and first.replace(".", "").strip().casefold() not in _SUFFIXES:
        found.append(
            Check(
                f"the name {name!r} looks like 'Last, First': the letter would say "
                f"'Dear {name},'. Write it as {first.strip()} {last.strip()!s} if that is "
                "the customer's name.",
                False,
            )
        )
    words = name.replace(".", ". ").replace(",", " ").split()
    if words and all(len(word.rstrip(".")) == 1 for word in words):
        found.append(Check(f"the name {name!r} is only initials.", False))
    if words and words[-1].replace(".", "").casefold() in _COMPANY_ENDINGS:
        found.append(Check(f"the name {name!r} looks like a company, not a person.", False))
    return found
