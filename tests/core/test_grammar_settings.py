"""The app-wide settings table that the grammar checker choice (and other features) live in."""

import pytest

from clearnotice.settings import Setting, all_settings, get_setting, set_setting


def test_unset_key_returns_the_default(store):
    assert get_setting(store, "grammar.checker", "offline") == "offline"


@pytest.mark.parametrize(
    "value",
    ["languagetool-local", 7, True, ["en", "es"], {"url": "http://127.0.0.1:8081"}],
    ids=["string", "number", "boolean", "list", "dict"],
)
def test_set_value_reads_back_unchanged(store, value):
    set_setting(store, "some.key", value, actor="ana")
    assert get_setting(store, "some.key") == value


def test_setting_again_replaces_the_value_and_remembers_who(store):
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
