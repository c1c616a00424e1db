"""What a new account may be called: a username that is one word and reads as nobody else's,
a display name on one line, an e-mail address of the usual form, each within its length.

How a stored name is compared and shown is ``accounts``'s; these checks run once, when an
account is made (by an admin or at a first single sign-on).
"""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from clearnotice.accounts import AuthError
from clearnotice.schema import MAX_USERNAME, User

MAX_DISPLAY_NAME = 200
# RFC 5321 §4.5.3.1: a local part of 64 octets, "@" and a domain of 255 make 320 at most.
MAX_EMAIL = 320
# Unicode Technical Standard #39 (Security Mechanisms), 5.2 "Restriction-Level Detection": a
# name is "Highly Restrictive" when its letters are of one script, or Latin with the scripts
# one East Asian language writes together. "аdmin" (a Cyrillic "а") mixes Cyrillic and Latin
# and reads as "admin". A letter's script is the first word of its Unicode name (LATIN,
# CYRILLIC, GREEK, CJK...): Python's unicodedata has no Script property.
_EAST_ASIAN_SETS = (
    frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"}),  # Japanese
    frozenset({"LATIN", "CJK", "BOPOMOFO"}),  # Chinese
    frozenset({"LATIN", "CJK", "HANGUL"}),  # Korean
)
# Letters of other scripts drawn like a Latin one, for a name written wholly in one of them
# ("ѕсоре" in Cyrillic reads as "scope"): Cyrillic and Greek lower-case letters that UTS #39's
# confusables.txt maps to Latin ones, picked by hand (not checked against the file here: it
# is not shipped, and the whole table is a fuller fix).
_LOOKS_LATIN = str.maketrans("аеорсухѕіјԁһӏαονρ", "aeopcyxsijdhlaovp")
# The audit log names a command-line action "cli:<login>" (commands/invocation.cli_actor); an
# account called so would take those entries for its own, under its display name.
COMMAND_LINE_PREFIX = "cli:"


def check_new_username(s: Session, name: str) -> None:
    """Refuse (AuthError) ``name`` for a new account, whoever makes it: an admin on the Users
    page or a first single sign-on, since an identity provider vouches that someone owns an
    address, not that it reads as nobody else's."""
    if not name or any(c.isspace() or not c.isprintable() for c in name):
        raise AuthError("A username must be one word (an e-mail address works).")
    _check_length("A username", name, MAX_USERNAME)
    if name.startswith(COMMAND_LINE_PREFIX):
        raise AuthError(
            f"A username must not start with {COMMAND_LINE_PREFIX!r}: the audit log names the "
            "command line's actions so."
        )
    _refuse_look_alike(s, name)


def new_username_problem(s: Session, name: str) -> str | None:
    """Why ``name`` cannot be a new account (``check_new_username``), or None when it can."""
    try:
        check_new_username(s, name)
    except AuthError as problem:
        return str(problem)
    return None


def checked_display_name(display_name: str) -> str:
    """The display name trimmed; AuthError when it is too long or not one printable line."""
    display_name = (display_name or "").strip()
    _check_length("A display name", display_name, MAX_DISPLAY_NAME)
    if not display_name.isprintable():
        raise AuthError("A display name must be one line of printable characters.")
    return display_name


def checked_email(email: str) -> str:
    """The address in its usual form, or "" for none; AuthError saying what is wrong with it.
    Only its form is checked: nothing is looked up on the network."""
    email = (email or "").strip()
    if not email:
        return ""
    _check_length("An e-mail address", email, MAX_EMAIL)
    try:
        checked = validate_email(email, check_deliverability=False)
    except EmailNotValidError as problem:
        raise AuthError(f"That e-mail address cannot be used: {problem}") from None
    return checked.normalized.lower()


def _refuse_look_alike(s: Session, name: str) -> None:
    """Refuse a new username a reader could take for another: one written with compatibility
    characters (full-width "ａｄｍｉｎ", the ligature "ﬁ"), one mixing scripts (``_scripts``), or
    one drawn like an existing account's name. An approval or an audit entry names its author
    by username, so a look-alike account could pass for the real one there."""
    plain = unicodedata.normalize("NFKC", name).lower()
    if plain != name:
        raise AuthError(f"Write the username with ordinary characters: {plain}.")
    scripts = _scripts(name)
    if len(scripts) > 1 and not any(scripts <= allowed for allowed in _EAST_ASIAN_SETS):
        listed = ", ".join(sorted(script.title() for script in scripts))
        raise AuthError(
            f"A username must not mix alphabets ({listed}): it could pass for another name."
        )
    drawn = _drawn_as(name)
    for other in s.scalars(select(User.username)):
        if other != name and _drawn_as(other) == drawn:
            raise AuthError(f"This username looks like the account {other}: choose another.")


def _scripts(name: str) -> set[str]:
    """The scripts of the letters of ``name`` (digits and punctuation have none)."""
    return {
        unicodedata.name(c, "UNKNOWN").split()[0]
        for c in name
        if unicodedata.category(c).startswith("L")
    }


def _drawn_as(name: str) -> str:
    """What ``name`` looks like on screen: its look-alike letters as the Latin ones."""
    return unicodedata.normalize("NFKC", name).lower().translate(_LOOKS_LATIN)


def _check_length(what: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise AuthError(f"{what} can have at most {limit} characters; this one has {len(value)}.")
