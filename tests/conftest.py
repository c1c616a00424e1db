"""Settings for the whole suite, made before any test module imports ClearNotice."""

from __future__ import annotations

import os

from clearnotice.auth import PASSWORD_HASHING_ENV


def pytest_configure(config) -> None:
    """Hash test passwords with Argon2's minimum cost (argon2-cffi's profile for test suites):
    at the default cost every account a test makes took a fifth of a second, most of the
    suite's time. The default profile and the rehash at sign-in have their own tests
    (tests/core/test_auth.py); set the variable to run everything at another cost. Server
    processes the end-to-end tests start inherit it."""
    os.environ.setdefault(PASSWORD_HASHING_ENV, "cheapest")
