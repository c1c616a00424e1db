"""Online providers on a bad day, against the local stand-ins of test_translate_providers: a
gateway's or the service's own error, an empty or unreadable answer, HTML entities left in a
translation, the text sent back untranslated. Each is a clear message, or a clean translation,
and nothing wrong is saved."""

from __future__ import annotations

import socket

import pytest

from clearnotice.letters import Store
from clearnotice.translate.cache import SegmentCache
from clearnotice.translate.engine import cache_name, translate_letter
from tests.core import test_translate_providers as providers_test
from tests.core.test_translate_providers import ALL, LETTER, _ids, _provider

stand_in = providers_test.stand_in  # the stand-in servers' fixture, shared


@pytest.mark.parametrize(
    ("mode", "status"), [("bad-gateway", 502), ("unavailable", 503), ("server-error", 500)]
)
@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_a_server_error_says_so_and_to_try_later_and_nothing_is_cached(
    stand_in, mode, status, tmp_path
):
    """A gateway's 502 read as "refused the request", "ERR_INTERNAL_SERVER_ERROR" or "gave an
    answer we could not read" (Microsoft): the user could not tell that waiting would do."""
    cache = SegmentCache(Store(f"sqlite:///{tmp_path / 'c.sqlite3'}").session_factory)
    stand_in.mode = mode
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es", cache=cache)
    error = outcome.segments.error
    assert outcome.text is None
    assert error.kind == "unavailable", error
    label = _provider(stand_in).label
    assert str(error).startswith(label) and "Try again later" in str(error)
    if stand_in.kind != "google":  # deep-translator's Google keeps the status to itself
        assert f"had a server error (HTTP {status})" in str(error)
    assert "ERR_" not in str(error) and "<html>" not in str(error)
    assert cache.get_many(cache_name(_provider(stand_in)), "en", "es", ["Notice"]) == {}


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_an_empty_body_is_no_translation(stand_in):
    stand_in.mode = "empty-body"
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.text is None and outcome.segments.error.kind == "failed"


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_html_entities_left_in_an_answer_are_read_as_the_characters(stand_in, monkeypatch):
    """MyMemory and some LibreTranslate servers answer "we&#39;re" for "we're": a letter would
    go out with "&#39;" in it."""

    def escaped(text: str, target: str) -> str:
        return f"[{target.lower()}] {text} &#39;ya&#39; &amp; &quot;hoy&quot;"

    monkeypatch.setattr(providers_test, "stand_in_translation", escaped)
    outcome = translate_letter("# Notice\n", _provider(stand_in), "en", "es")
    assert outcome.text == "# [es] Notice 'ya' & \"hoy\"\n"


@pytest.mark.parametrize("stand_in", ["libre"], indirect=True, ids=_ids(["libre"]))
def test_an_entity_the_letter_itself_writes_is_kept(stand_in):
    outcome = translate_letter("Type &amp; in the form.\n", _provider(stand_in), "en", "es")
    assert outcome.text == "[es] Type &amp; in the form.\n"


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_a_letter_sent_back_untranslated_is_a_clear_message_and_not_cached(
    stand_in, monkeypatch, tmp_path
):
    """A service that echoes the text (a failed detection, an exhausted plan answering with the
    source) would have the English saved as the Spanish."""
    monkeypatch.setattr(providers_test, "stand_in_translation", lambda text, target: text)
    cache = SegmentCache(Store(f"sqlite:///{tmp_path / 'c.sqlite3'}").session_factory)
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es", cache=cache)
    assert outcome.text is None
    assert "back unchanged" in str(outcome.segments.error)
    assert "already be in Spanish" in str(outcome.segments.error)
    assert cache.get_many(cache_name(_provider(stand_in)), "en", "es", ["Notice"]) == {}


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_a_server_that_is_not_there_could_not_be_reached(stand_in):
    """Microsoft's client logged the failed connection and read an answer it never had: "gave
    an answer we could not read"."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stand_in.url = f"http://127.0.0.1:{port}" + ("/m" if stand_in.kind == "google" else "")
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.text is None
    error = outcome.segments.error
    assert (error.kind, "could not be reached" in str(error)) == ("unavailable", True), error
