"""What a password must be and how it is kept: the rules a new one must pass (NIST SP 800-63B,
zxcvbn's strength estimate) and its Argon2id hash (argon2-cffi, an RFC 9106 profile).

No password is ever stored or shipped in clear; a sign-in checks one against its hash here, and
a name that is no account costs the same check (``password_matches``).
"""

from __future__ import annotations

import os
import re
from functools import cache

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from clearnotice.accounts import AuthError, normalise_username
from clearnotice.schema import User

# NIST SP 800-63B §5.1.1.2 asks for at least 8 characters and at least 64 allowed; we ask for
# 12 because these accounts guard legal sign-off, and cap at 1024 so hashing stays cheap.
MIN_PASSWORD = 12
MAX_PASSWORD = 1024
# NIST SP 800-63B §5.1.1.2 also asks to refuse passwords found in lists of common or breached
# ones and context-specific words. zxcvbn (Wheeler, "zxcvbn: Low-Budget Password Strength
# Estimation", USENIX Security 2016) does that and more: score 3 means at least 10^8 guesses,
# "safely unguessable" against an online attack, and still refuses repeats and keyboard walks.
MIN_STRENGTH = 3
# zxcvbn's time grows with the square of the length and it refuses more than 72 characters by
# default: a longer password is judged by its first 72, which must be strong on their own.
STRENGTH_CHECKED = 72
PASSWORD_ADVICE = (
    "A few unrelated words make a strong password that is easy to remember, "
    "e.g. a short sentence only you would write."
)


# How hard each password hash is to compute (argon2.profiles; RFC 9106 section 4 recommends
# its low-memory choice, 3 passes over 64 MiB, for machines that cannot spare 2 GiB per
# sign-in). An installation picks another in CLEARNOTICE_PASSWORD_HASHING; hashes made under
# an older choice are redone at the next sign-in (check_needs_rehash). "cheapest" is Argon2's
# minimum, which argon2-cffi offers for test suites only: never for real accounts.
PASSWORD_HASHING_ENV = "CLEARNOTICE_PASSWORD_HASHING"
PASSWORD_HASHING = {
    "rfc9106-low-memory": profiles.RFC_9106_LOW_MEMORY,
    "rfc9106-high-memory": profiles.RFC_9106_HIGH_MEMORY,
    "cheapest": profiles.CHEAPEST,
}
# Choices refused outside a test run. pytest (8.2 and later) sets PYTEST_VERSION in the
# environment for the whole session, and the servers the end-to-end tests start inherit it
# (pytest's "Environment Variables" reference); a server started by hand has no reason to.
TEST_ONLY_HASHING = frozenset({"cheapest"})
TEST_RUN_ENV = "PYTEST_VERSION"


@cache
def hasher() -> PasswordHasher:
    """The hasher of the installation's choice (PASSWORD_HASHING_ENV), made once; AuthError for
    a choice it does not know or refuses outside a test run."""
    chosen = os.environ.get(PASSWORD_HASHING_ENV) or "rfc9106-low-memory"
    if chosen not in PASSWORD_HASHING:
        raise AuthError(
            f"{PASSWORD_HASHING_ENV}={chosen!r} is no password hashing ClearNotice knows; "
            f"choose one of {', '.join(PASSWORD_HASHING)}."
        )
    if chosen in TEST_ONLY_HASHING and not os.environ.get(TEST_RUN_ENV):
        raise AuthError(
            f"{PASSWORD_HASHING_ENV}={chosen!r} makes passwords quick to guess from a leaked "
            "database and is for the test suite only; unset it to hash as RFC 9106 recommends."
        )
    return PasswordHasher.from_parameters(PASSWORD_HASHING[chosen])


@cache
def _decoy_hash() -> str:
    """A hash of a random string, verified when the username is unknown so that a wrong
    username takes as long as a wrong password and timing does not reveal who has an account."""
    import secrets

    return hasher().hash(secrets.token_urlsafe(32))


def password_matches(user: User | None, password: str) -> bool:
    """Whether ``password`` is that of ``user``, an active account; for none, a decoy hash is
    checked all the same (``_decoy_hash``)."""
    if len(password) > MAX_PASSWORD:  # no account has one; and hashing megabytes costs time
        return False
    stored = user.password_hash if user is not None and user.active else None
    try:
        return hasher().verify(stored or _decoy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def check_password_rules(password: str, username: str, *personal: str) -> None:
    """Raise AuthError naming the rule a new password breaks and how to make a better one.

    ``personal`` are other words about the person (display name, e-mail) a guesser would try.
    """
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"A password needs at least {MIN_PASSWORD} characters. {PASSWORD_ADVICE}")
    if len(password) > MAX_PASSWORD:
        raise AuthError(f"A password can have at most {MAX_PASSWORD} characters.")
    # Short names ("ed") occur inside ordinary words; only a real name inside is a giveaway.
    name = normalise_username(username)
    if len(name) >= 4 and name in password.lower():
        raise AuthError("A password must not contain the username.")
    if password.strip().lower() in _common_passwords():
        raise AuthError(f"This is one of the most common passwords. {PASSWORD_ADVICE}")
    # Whole names and their parts: "Lee Lawson" makes "lee" and "lawson" guesses too.
    texts = [t.lower() for t in (name, *personal, "clearnotice") if t]
    words = texts + [w for t in texts for w in re.split(r"[\W_]+", t) if len(w) >= 3]
    estimate = zxcvbn(password[:STRENGTH_CHECKED], user_inputs=words)
    if estimate["score"] < MIN_STRENGTH:
        why = estimate["feedback"]["warning"] or "It follows a pattern that is quick to guess."
        raise AuthError(f"This password is too easy to guess. {why} {PASSWORD_ADVICE}")


@cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of leaked lists, as zxcvbn ships them."""
    return frozenset(FREQUENCY_LISTS["passwords"])
