"""Personal data in a letter's text: names, postal addresses, e-mail addresses, phone numbers,
account and card numbers, codes and merge fields, found with their spans.

What must not leave this machine in clear when text goes to an online service
(``clearnotice.outbound``). E-mails, phones, codes and placeholders come from the one recogniser
translation already uses (``clearnotice.translate.entities``); this module adds what only
matters here: names, addresses and account numbers. One scan, most specific first, and a
character belongs to one span only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from clearnotice import plain_layout as layout
from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.translate.entities import CODE, EMAIL, PHONE, PLACEHOLDER_KIND, find_entities

NAME = "name"
ADDRESS = "address"
ACCOUNT = "account"
# The entity kinds of clearnotice.translate.entities that are personal data (URLs, dates and
# amounts are not: they name the organisation's pages and the incident, not the customer).
_ENTITY_KINDS = (PLACEHOLDER_KIND, EMAIL, PHONE, CODE)
KIND_LABELS = {
    PLACEHOLDER_KIND: "merge field",
    NAME: "name",
    ADDRESS: "postal address",
    EMAIL: "e-mail address",
    PHONE: "phone number",
    ACCOUNT: "account or card number",
    CODE: "code",
}

_UPPER = "A-ZÁÉÍÓÚÜÑÀÈÌÒÙÇ"
# a capitalised word (Unicode letters follow), or an initial before one ("Jane Q. Smith")
_WORD = rf"[{_UPPER}](?:\.(?=[ \t]+[{_UPPER}])|[\w'’-]*)"
_NAME_WORDS = rf"{_WORD}(?:[ \t]+(?:(?:de|del|la|van|von|da|di|y)[ \t]+)?{_WORD}){{0,3}}"

# Accounts. IBAN: ISO 13616-1, two letters, two check digits, up to 30 letters and digits,
# printed in groups of four; valid when the rearranged number mod 97 is 1 (ISO 7064 MOD 97-10).
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
# Card numbers: 13 to 19 digits (ISO/IEC 7812-1), printed in groups joined by spaces or hyphens,
# and valid by the Luhn check digit (ISO/IEC 7812-1, Annex B).
_CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
# Any other run of eight or more digits: bank account numbers (a UK account has 8 digits, a US
# one commonly 8 to 17), member and policy numbers. Shorter runs are years, counts and amounts.
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d{8,}(?![\w])")

# Addresses. US street suffixes: USPS Publication 28, Appendix C1 (the common ones).
_US_SUFFIX = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    "Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Plz"
)
_US_STREET = re.compile(
    rf"\b\d{{1,6}}(?:-\d{{1,4}})?[ \t]+(?:[NSEW]\.?[ \t]+)?"
    rf"(?:(?:[A-Z][\w'.-]*|\d+(?:st|nd|rd|th))[ \t]+){{1,4}}(?:{_US_SUFFIX})\b\.?"
    r"(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ \t]*#?[\w-]+)?"
)
_PO_BOX = re.compile(r"\b(?:P\.? ?O\.?|Post Office)[ \t]+Box[ \t]+\d+\b", re.IGNORECASE)
# "Springfield, IL 62704-1234": city, USPS two-letter state abbreviation, ZIP or ZIP+4
# (USPS Publication 28, sections 22 and 23).
_US_CITY_ZIP = re.compile(rf"\b{_NAME_WORDS},?[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?\b")
# UK postcodes: outward code and inward code (gov.uk "Bulk Data Transfer: additional validation
# for postcodes", the simplified form of its pattern).
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}\b")
# Spanish street lines ("Calle Mayor 12, 3º B") and postcodes with the town ("28013 Madrid"):
# five digits whose first two are the province, 01 to 52 (Correos, "Códigos postales").
_ES_STREET = re.compile(
    r"\b(?:Calle|C/|Avenida|Avda\.?|Av\.|Plaza|Pza\.?|Paseo|Camino|Carretera|Ctra\.?|Ronda|"
    rf"Travesía|Rambla|Carrer)[ \t]+(?:(?:de|del|la|los|las|d')[ \t]*)*{_NAME_WORDS}"
    r",?[ \t]*(?:n\.?º[ \t]*)?\d{1,4}[A-Za-z]?(?:,?[ \t]*\d{1,2}[ºª]?[ \t]*[A-Z]?\b)?"
)
_ES_POSTCODE = re.compile(rf"\b(?:0[1-9]|[1-4]\d|5[0-2])\d{{3}}[ \t]+{_NAME_WORDS}")

# Names. Greetings and titles after which a capitalised word is a person's name.
_GREETING = (
    r"Dear|Hello|Hi|Estimad[oa]s?|Querid[oa]s?|Hola|Apreciad[oa]|Distinguid[oa]|Benvolgut|"
    r"Benvolguda"
)
# English, Spanish, German and French ones: a translated letter greets its reader by title
# and surname ("Sehr geehrter Herr Schmidt,", "Bonjour Madame Dupont,")
_TITLE = r"Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sr|Sra|Srta|Don|Doña|Dña|Herr|Frau|Monsieur|Madame|Mme|Mlle"
_SALUTATION = re.compile(
    rf"\b(?:{_GREETING})[ \t]+(?:(?:{_TITLE})\.?[ \t]+)?(?P<name>{_NAME_WORDS})"
    r"(?=[ \t]*[,:;!\n]|$)",
    re.MULTILINE,
)
_TITLED = re.compile(rf"\b(?:{_TITLE})\.?[ \t]+(?P<name>{_NAME_WORDS})")
# A closing on a line of its own (clearnotice/rules/closings.yml), perhaps in Markdown emphasis:
# the signer's name is on the line under it
_CLOSINGS = layout.closing_alternatives(r"[ \t]+", r"\n")
_CLOSING = re.compile(
    rf"^[ \t]*[*_]*(?:{_CLOSINGS})[,.!]?[*_]*[ \t]*\n",
    re.MULTILINE | re.IGNORECASE,
)
_SIGNATURE_NAME = re.compile(rf"\s*[*_]*(?P<name>{_NAME_WORDS})[*_]*[ \t]*(?:[,\n]|$)")
# Capitalised words after a greeting that address a role, not a person.
_NOT_NAMES = frozenset(
    "customer customers client clients member members patient patients sir madam madame "
    "friend friends colleague colleagues resident residents valued user users team all "
    "account holder holders cliente clientes señor señora señores miembro miembros "
    "paciente pacientes usuario usuaria usuarios amigo amiga the our el la los las "
    "nuestro nuestra equipo".split()
)


@dataclass(frozen=True)
class PersonalSpan:
    kind: str
    start: int
    end: int
    text: str


def iban_valid(candidate: str) -> bool:
    """ISO 13616-1 check: move the first four characters to the end, letters to numbers
    (A=10 ... Z=35), and the whole must leave 1 when divided by 97 (ISO 7064 MOD 97-10)."""
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34:  # Norway's 15 to Saint Lucia's 32, with room (SWIFT registry)
        return False
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def luhn_valid(number: str) -> bool:
    """The Luhn check digit (ISO/IEC 7812-1, Annex B): every second digit from the right is
    doubled (minus 9 when above 9) and the sum must end in 0."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for n, digit in enumerate(reversed(digits)):
        if n % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _is_name(words: str) -> bool:
    """Whether capitalised words are a person's: not a role ("Valued Customer") nor a closing
    under a closing ("Thank you." over "Sincerely,")."""
    return words.split()[0].lower() not in _NOT_NAMES and not layout.is_sign_off(words)


def names_in(text: str, language: str = "en") -> tuple[str, ...]:
    """The people named in a whole letter (greeting, titles, signature), each once. A letter
    greeting no one by name and signed by a team has none, known without reading its other
    personal data (the names' places are read first: translation QA asks this of every new
    letter)."""
    if next(_named_places(text), None) is None:
        return ()
    return tuple(
        dict.fromkeys(s.text for s in find_personal_data(text, language) if s.kind == NAME)
    )


def _named_places(text: str) -> Iterator[tuple[int, int]]:
    """Where the greeting, a title or the signature names a person in ``text``, in that order
    of search. The patterns read lines by their LF; CR LF (Windows, Outlook) and a lone CR end
    a line too: as LF each (CR LF as two), the text keeps its length and so the spans."""
    lined = text.replace("\r", "\n")
    for pattern in (_SALUTATION, _TITLED):
        for m in pattern.finditer(lined):
            if _is_name(m.group("name")):
                yield m.start("name"), m.end("name")
    for closing in _CLOSING.finditer(lined):
        line = _SIGNATURE_NAME.match(lined, closing.end())
        if line and _is_name(line.group("name")):
            yield line.start("name"), line.end("name")


def find_personal_data(
    text: str, language: str = "en", names: tuple[str, ...] = ()
) -> tuple[PersonalSpan, ...]:
    """Every piece of personal data in ``text``, in reading order, none overlapping.

    ``names`` (``names_in`` the whole letter) are found wherever they occur: a letter goes out
    paragraph by paragraph, and the signature's name is a name in a paragraph of its own too."""
    found: list[PersonalSpan] = []
    taken = DisjointSpans()

    def add(kind: str, start: int, end: int) -> None:
        if start < end and not taken.overlaps(start, end):
            taken.add(start, end)
            found.append(PersonalSpan(kind, start, end, text[start:end]))

    for m in _IBAN.finditer(text):
        if iban_valid(m.group()):
            add(ACCOUNT, m.start(), m.end())
    for m in _CARD.finditer(text):
        if luhn_valid(m.group()):
            add(ACCOUNT, m.start(), m.end())
    for m in _DIGIT_RUN.finditer(text):
        add(ACCOUNT, m.start(), m.end())
    for entity in find_entities(text, language):
        if entity.kind in _ENTITY_KINDS:
            add(entity.kind, entity.start, entity.end)
    for pattern in (_US_STREET, _PO_BOX, _US_CITY_ZIP, _ES_STREET, _ES_POSTCODE, _UK_POSTCODE):
        for m in pattern.finditer(text):
            add(ADDRESS, m.start(), m.end())
    for start, end in _named_places(text):
        add(NAME, start, end)
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            add(NAME, m.start(), m.end())
    found.sort(key=lambda s: s.start)
    return tuple(found)
