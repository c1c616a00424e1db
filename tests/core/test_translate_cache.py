"""The translation cache never serves a translation made under other conditions: another
engine version, another server, another protection of what the engine must not touch."""

from __future__ import annotations

import pytest

from clearnotice.letters import Store
from clearnotice.translate import apertium, apertium_warm, engine
from clearnotice.translate.cache import SegmentCache
from clearnotice.translate.engine import cache_name, translate_letter
from clearnotice.translate.providers import OnlineProvider


class _Versioned:
    """An engine whose answers say which version made them."""

    name, label, sends_text_out, batch_size, max_bytes = "fake", "Fake", False, 10, 5000

    def __init__(self, version: str):
        self.version = version
        self.asked = 0

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        self.asked += len(segments)
        return [f"v{self.version}: {s}" for s in segments]


@pytest.fixture
def cache(tmp_path) -> SegmentCache:
    return SegmentCache(Store(f"sqlite:///{tmp_path / 'cache.sqlite3'}").session_factory)


def test_the_same_engine_version_is_served_from_the_cache(cache):
    translate_letter("We are sorry.\n", _Versioned("1"), "en", "es", cache=cache)
    again = _Versioned("1")
    assert translate_letter("We are sorry.\n", again, "en", "es", cache=cache).segments.from_cache
    assert again.asked == 0


def test_an_upgraded_engine_translates_again(cache):
    translate_letter("We are sorry.\n", _Versioned("1"), "en", "es", cache=cache)
    outcome = translate_letter("We are sorry.\n", _Versioned("2"), "en", "es", cache=cache)
    assert outcome.text == "v2: We are sorry.\n"


def test_a_change_in_what_is_protected_translates_again(cache, monkeypatch):
    """A translation cached before merge fields were protected held "<<nombre>>"."""
    translate_letter("Dear <<name>>,\n", _Versioned("1"), "en", "es", cache=cache)
    monkeypatch.setattr(engine, "fingerprint", lambda: "protection after a change")
    again = _Versioned("1")
    translate_letter("Dear <<name>>,\n", again, "en", "es", cache=cache)
    assert again.asked == 1


def test_another_server_of_the_same_provider_has_its_own_cache():
    first = OnlineProvider("libre", gate=None, url="https://translate.one.example")
    second = OnlineProvider("libre", gate=None, url="https://translate.two.example")
    assert cache_name(first) != cache_name(second)
    assert cache_name(first).startswith("libre:") and len(cache_name(first)) <= 40


def test_apertiums_version_changes_with_its_installed_data(tmp_path, monkeypatch):
    data = tmp_path / "apertium"
    (data / "apertium-eng-spa").mkdir(parents=True)
    dictionary = data / "apertium-eng-spa" / "eng-spa.autobil.bin"
    dictionary.write_bytes(b"old")
    monkeypatch.setattr(apertium_warm, "DATADIR", data)
    apertium.installed_version.cache_clear()
    before = apertium.installed_version()
    dictionary.write_bytes(b"upgraded")
    apertium.installed_version.cache_clear()
    assert apertium.installed_version() != before
    apertium.installed_version.cache_clear()
