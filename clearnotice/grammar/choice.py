"""Which grammar checker runs: chosen on the Settings page, or fixed by the deployment's
environment (which wins, so an administrator can pin it).

- ``offline``: spelling and basic grammar on this machine (the default).
- ``languagetool-local``: a LanguageTool server that language-tool-python starts here; it needs
  Java 17+ and downloads the server (about 250 MB) the first time.
- ``languagetool-server``: the organisation's LanguageTool server at a URL (recommended for teams).
- ``languagetool-public``: the public LanguageTool API; the letter's text leaves the machine, so
  each letter also needs the user's recorded consent before anything is sent.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from clearnotice.grammar.languagetool import normalise_url
from clearnotice.settings import get_setting, set_setting

OFFLINE = "offline"
LOCAL = "languagetool-local"
SERVER = "languagetool-server"
PUBLIC = "languagetool-public"
KINDS = (OFFLINE, LOCAL, SERVER, PUBLIC)

CHECKER_ENV = "CLEARNOTICE_GRAMMAR_CHECKER"
URL_ENV = "CLEARNOTICE_LANGUAGETOOL_URL"
TIMEOUT_ENV = "CLEARNOTICE_GRAMMAR_TIMEOUT"
CHECKER_SETTING = "grammar.checker"
URL_SETTING = "grammar.languagetool_url"

# Seconds a check waits for LanguageTool before showing the offline results instead.
DEFAULT_TIMEOUT = 4.0
MIN_TIMEOUT, MAX_TIMEOUT = 0.5, 30.0
# The consent recorded on a letter (Store.record_consent) before its text goes to the public API.
PUBLIC_CONSENT = "languagetool-public"

DESCRIPTIONS = {
    OFFLINE: "Offline: spelling and basic grammar on this machine",
    LOCAL: "Local LanguageTool started on this machine",
    SERVER: "Our organisation's LanguageTool server",
    PUBLIC: "Public LanguageTool API (the text leaves this machine)",
}


@dataclass(frozen=True)
class CheckerChoice:
    kind: str = OFFLINE
    url: str = ""
    timeout: float = DEFAULT_TIMEOUT
    # where the choice came from: "environment", "settings" or "default"
    origin: str = "default"

    @property
    def reason(self) -> str:
        if self.origin == "environment":
            return f"set for this deployment ({CHECKER_ENV} / {URL_ENV})"
        if self.origin == "settings":
            return "chosen on the Settings page"
        return "the default: no LanguageTool is configured"


def choose_checker(store, environ: Mapping[str, str] | None = None) -> CheckerChoice:
    """The checker to use: the environment first, then the Settings page, else offline."""
    environ = os.environ if environ is None else environ
    timeout = _timeout(environ.get(TIMEOUT_ENV))
    kind = environ.get(CHECKER_ENV, "").strip().lower()
    url = environ.get(URL_ENV, "").strip()
    if kind or url:
        kind = kind or SERVER
        if kind not in KINDS:
            raise ValueError(f"{CHECKER_ENV}={kind!r} is not one of: {', '.join(KINDS)}")
        return CheckerChoice(
            kind, normalise_url(url) if kind == SERVER else "", timeout, "environment"
        )
    stored = get_setting(store, CHECKER_SETTING)
    if stored in KINDS:
        stored_url = get_setting(store, URL_SETTING, "") if stored == SERVER else ""
        return CheckerChoice(stored, stored_url, timeout, "settings")
    return CheckerChoice(OFFLINE, "", timeout, "default")


def fixed_by_environment(environ: Mapping[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return bool(environ.get(CHECKER_ENV, "").strip() or environ.get(URL_ENV, "").strip())


def save_choice(store, kind: str, *, actor: str, url: str = "") -> CheckerChoice:
    """Store the user's choice; a server URL is checked for shape (``ValueError`` if wrong)."""
    if kind not in KINDS:
        raise ValueError(f"unknown grammar checker {kind!r}")
    if kind == SERVER:
        url = normalise_url(url)
        set_setting(store, URL_SETTING, url, actor)
    set_setting(store, CHECKER_SETTING, kind, actor)
    return CheckerChoice(kind, url if kind == SERVER else "", DEFAULT_TIMEOUT, "settings")


def _timeout(raw: str | None) -> float:
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT
    return min(MAX_TIMEOUT, max(MIN_TIMEOUT, value))
