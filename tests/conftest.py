"""Settings for the whole suite, made before any test module imports ClearNotice."""

from __future__ import annotations

import os
from collections import Counter

import pytest

from clearnotice.passwords import PASSWORD_HASHING_ENV


def pytest_configure(config) -> None:
    """Hash test passwords with Argon2's minimum cost (argon2-cffi's profile for test suites):
    at the default cost every account a test makes took a fifth of a second, most of the
    suite's time. The default profile and the rehash at sign-in have their own tests
    (tests/core/test_passwords.py); set the variable to run everything at another cost. Server
    processes the end-to-end tests start inherit it."""
    os.environ.setdefault(PASSWORD_HASHING_ENV, "cheapest")


# Files with few tests that take long (their tests' time in the full run's --durations,
# 2026-12-01), handed out first with the browser tests: see pytest_collection_modifyitems.
LONG_FILES = (
    "tests/core/test_alternations.py",
    "tests/core/test_prefilter.py",
    "tests/core/test_sentence_model.py",
    "tests/core/test_layout_edits.py",
    "tests/core/test_cli_variants.py",
    "tests/core/test_fuzz_letters.py",
    "tests/core/test_merge_resume_cli.py",
    "tests/core/test_server_warm_up.py",
)


def pytest_collection_modifyitems(config, items) -> None:
    """Order the files so the longest start first. `make test` runs `--dist loadfile
    --no-loadscope-reorder`, handing whole files out in this order: xdist's own order (most
    tests first) put the browser tests and the long corpus-wide files, which have few tests,
    at the end, where one of them kept a worker busy while the others had nothing left. Then
    every other file by its number of tests, as xdist would."""
    root = config.rootpath
    missing = [name for name in LONG_FILES if not (root / name).exists()]
    if missing:
        raise pytest.UsageError(f"tests/conftest.py names files that do not exist: {missing}")
    per_file = Counter(item.nodeid.split("::", 1)[0] for item in items)

    def order(item) -> tuple[bool, int]:
        name = item.nodeid.split("::", 1)[0]
        long = name.startswith("tests/e2e/") or name in LONG_FILES
        return (not long, -per_file[name])

    items.sort(key=order)  # stable: each file's tests stay together and in their order
