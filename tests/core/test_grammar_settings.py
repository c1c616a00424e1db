"""The app-wide settings table, and the grammar checker choice that lives in it."""

import pytest

from clearnotice.accounts import Role
from clearnotice.grammar.choice import (
    CHECKER_ENV,
    DEFAULT_TIMEOUT,
    LOCAL,
    OFFLINE,
    SERVER,
    TIMEOUT_ENV,
    URL_ENV,
    choose_checker,
    save_choice,
)
from clearnotice.settings import Setting, all_settings, get_setting, set_setting
from tests.accounts import add_accounts


@pytest.fixture
def admins(store):
    """Only an admin changes settings: ana and ben are admins."""
    add_accounts(store, ana=Role.ADMIN, ben=Role.ADMIN)


def test_unset_key_returns_the_default(store):
    assert get_setting(store, "grammar.checker", "offline") == "offline"


@pytest.mark.parametrize(
    "value",
    ["languagetool-local", 7, True, ["en", "es"], {"url": "http://127.0.0.1:8081"}],
    ids=["string", "number", "boolean", "list", "dict"],
)
def test_set_value_reads_back_unchanged(store, admins, value):
    set_setting(store, "some.key", value, actor="ana")
    assert get_setting(store, "some.key") == value


def test_setting_again_replaces_the_value_and_remembers_who(store, admins):
    set_setting(store, "grammar.checker", "offline", actor="ana")
    set_setting(store, "grammar.checker", "languagetool-server", actor="ben")
    assert get_setting(store, "grammar.checker") == "languagetool-server"
    assert all_settings(store) == {"grammar.checker": "languagetool-server"}
    with store.session() as s:
        assert s.get(Setting, "grammar.checker").updated_by == "ben"


@pytest.mark.parametrize("key", ["", "x" * 121], ids=["empty", "too-long"])
def test_bad_key_is_refused_with_a_message(store, key):
    with pytest.raises(ValueError, match="setting key"):
        set_setting(store, key, 1, actor="ana")


# the grammar checker choice, read from the environment first and then from the settings ------
@pytest.mark.parametrize(
    ("environ", "kind", "url", "origin"),
    [
        ({}, OFFLINE, "", "default"),
        ({CHECKER_ENV: "languagetool-local"}, LOCAL, "", "environment"),
        (
            {URL_ENV: "http://lt.internal:8081"},
            SERVER,
            "http://lt.internal:8081/v2/",
            "environment",
        ),
        ({CHECKER_ENV: "offline", URL_ENV: "http://lt.internal:8081"}, OFFLINE, "", "environment"),
    ],
    ids=["nothing-set", "env-local", "env-url-alone-means-server", "env-offline-wins"],
)
def test_environment_decides_before_settings(store, environ, kind, url, origin):
    choice = choose_checker(store, environ)
    assert (choice.kind, choice.url, choice.origin) == (kind, url, origin)


def test_settings_choice_is_used_when_the_environment_is_silent(store, admins):
    save_choice(store, SERVER, actor="ana", url="http://lt.internal:8081/")
    choice = choose_checker(store, {})
    assert (choice.kind, choice.url, choice.origin) == (
        SERVER,
        "http://lt.internal:8081/v2/",
        "settings",
    )
    assert "Settings page" in choice.reason
    fixed = choose_checker(store, {CHECKER_ENV: "offline"})
    assert fixed.kind == OFFLINE and fixed.origin == "environment"


@pytest.mark.parametrize(
    "url",
    ["", "lt.internal:8081", "ftp://lt.internal", "http://"],
    ids=["blank", "no-scheme", "ftp", "no-host"],
)
def test_a_server_url_that_is_not_one_is_refused_with_a_message(store, url):
    with pytest.raises(ValueError, match="http:// or https://"):
        save_choice(store, SERVER, actor="ana", url=url)
    assert choose_checker(store, {}).kind == OFFLINE


def test_unknown_checker_in_the_environment_is_refused_with_its_name(store):
    with pytest.raises(ValueError, match=CHECKER_ENV):
        choose_checker(store, {CHECKER_ENV: "grammarly"})


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [(None, DEFAULT_TIMEOUT), ("2.5", 2.5), ("0", 0.5), ("900", 30.0), ("soon", DEFAULT_TIMEOUT)],
    ids=["default", "set", "floor", "ceiling", "not-a-number"],
)
def test_timeout_from_the_environment_stays_a_few_seconds(store, raw, seconds):
    environ = {} if raw is None else {TIMEOUT_ENV: raw}
    assert choose_checker(store, environ).timeout == seconds
