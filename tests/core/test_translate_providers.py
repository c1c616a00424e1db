"""Online providers against local stand-in servers on 127.0.0.1 that speak each real protocol.

The stand-ins answer as the providers document (request shape, authentication, error bodies);
nothing here reaches the network. Each stand-in "translates" by tagging the text with the target
language, so a test can tell what went through and what came back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from clearnotice.accounts import Role
from clearnotice.auth import find_account
from clearnotice.letters import Store
from clearnotice.outbound import OutboundGate
from clearnotice.send_log import sends
from clearnotice.translate.engine import cache_name, translate_letter, translate_segments
from clearnotice.translate.providers import PROVIDERS, OnlineProvider, setting
from tests.accounts import add_accounts

GOOD_KEY = "k-123-secret:fx"
BAD_KEY = "k-999-wrong"
LETTER = (
    "# Notice\n\nDear {{ customer_name }},\n\nCall 1-800-555-0142 and use code K7M-4QX-22P.\n\n"
    "- your name\n- your email address\n"
)


# MyMemory's refusals, as its answers were recorded by public clients (each with responseStatus
# "403" and the reason in both responseDetails and translatedText).
MYMEMORY_REFUSALS = {
    "too-long": "QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS",
    "same-language": "PLEASE SELECT TWO DISTINCT LANGUAGES",
    "bad-pair": "INVALID LANGUAGE PAIR SPECIFIED. EXAMPLE: LANGPAIR=EN|IT USING 2 LETTER ISO OR "
    "RFC3066 LIKE ZH-CN. ALMOST ALL LANGUAGES SUPPORTED BUT SOME MAY HAVE NO CONTENT",
    "bad-source": "'AUTO' IS AN INVALID SOURCE LANGUAGE . EXAMPLE: LANGPAIR=EN|IT USING 2 LETTER "
    "ISO OR RFC3066 LIKE ZH-CN. ALMOST ALL LANGUAGES SUPPORTED BUT SOME MAY HAVE NO CONTENT",
}


# What a service or the gateway in front of it answers on a bad day: (status, body, type).
BAD_DAY_ANSWERS = {
    "bad-gateway": (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    "unavailable": (503, b'{"message": "Service unavailable"}', "application/json"),
    "server-error": (500, b"<html><body>Internal Server Error</body></html>", "text/html"),
    "empty-body": (200, b"", "application/json"),
}


def stand_in_translation(text: str, target: str) -> str:
    return f"[{target.lower()}] {text}"


@dataclass
class StandIn:
    """What a stand-in was asked, and how it should behave next."""

    kind: str
    requests: list[dict] = field(default_factory=list)
    mode: str = "ok"  # ok | rate-limit | silent | portal
    fail_after: int | None = None  # answer this many requests, then rate-limit
    url: str = ""
    store: Store | None = None
    gate: OutboundGate | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_mode(self) -> str:
        with self.lock:
            if self.fail_after is not None and len(self.requests) > self.fail_after:
                return "rate-limit"
            return self.mode


def _handler(kind: str, state: StandIn):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep the test output clean
            pass

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(self, status: int, payload, content_type="application/json") -> None:
            body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _record(self, method: str) -> tuple[dict, bytes]:
            parsed = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
            body = self._body() if method == "POST" else b""
            with state.lock:
                state.requests.append(
                    {
                        "method": method,
                        "path": parsed.path,
                        "query": query,
                        "headers": dict(self.headers),
                        "body": body,
                    }
                )
            return query, body

        def do_GET(self):
            self._serve("GET")

        def do_POST(self):
            self._serve("POST")

        def _serve(self, method: str) -> None:
            query, body = self._record(method)
            mode = state.next_mode()
            if mode == "silent":
                time.sleep(3)
                return
            if mode == "portal":  # a hotel's or proxy's sign-in page, answered as a success
                self._send(200, b"<html><body>Sign in to continue</body></html>", "text/html")
                return
            if mode in BAD_DAY_ANSWERS:  # a gateway's or the service's own failure
                status, body, content_type = BAD_DAY_ANSWERS[mode]
                self._send(status, body, content_type)
                return
            getattr(self, f"_{kind}")(method, query, body, mode)

        # Google's mobile web page: GET /m?sl=..&tl=..&q=.., the result in a div
        def _google(self, method, query, body, mode):
            if mode == "rate-limit":
                self._send(429, b"<html>Too Many Requests</html>", "text/html")
                return
            text = stand_in_translation(query["q"], query["tl"])
            page = f'<html><body><div class="result-container">{text}</div></body></html>'
            self._send(200, page.encode(), "text/html; charset=utf-8")

        # DeepL API v2: POST /v2/translate, key in "Authorization: DeepL-Auth-Key", JSON body;
        # GET and the auth_key parameter were retired in 2025
        def _deepl(self, method, query, body, mode):
            auth = self.headers.get("Authorization", "")
            if method != "POST" or "auth_key" in query:
                self._send(403, {"message": "Legacy authentication method is no longer supported"})
                return
            if auth != f"DeepL-Auth-Key {GOOD_KEY}":
                self._send(403, {"message": "Wrong auth key"})
                return
            if mode == "rate-limit":
                self._send(429, {"message": "Too many requests"})
                return
            data = json.loads(body)
            target = data["target_lang"]
            self._send(
                200,
                {
                    "translations": [
                        {
                            "detected_source_language": data.get("source_lang", "EN"),
                            "text": stand_in_translation(t, target),
                        }
                        for t in data["text"]
                    ]
                },
            )

        # Microsoft Translator v3: POST /translate?api-version=3.0&from=..&to=.., JSON array
        def _microsoft(self, method, query, body, mode):
            if self.headers.get("Ocp-Apim-Subscription-Key") != GOOD_KEY:
                message = (
                    "The request is not authorized because credentials are missing or invalid."
                )
                self._send(401, {"error": {"code": 401000, "message": message}})
                return
            if mode == "rate-limit":
                message = "The client has exceeded request limits."
                self._send(429, {"error": {"code": 429000, "message": message}})
                return
            items = json.loads(body)
            to = query["to"]
            self._send(
                200,
                [
                    {
                        "translations": [
                            {
                                "text": stand_in_translation(i.get("text") or i.get("Text"), to),
                                "to": to,
                            }
                        ]
                    }
                    for i in items
                ],
            )

        # MyMemory: GET /get?q=..&langpair=src|tgt, at most 500 bytes of q; a refusal or a
        # spent quota is reported inside a 200 answer, its reason where the translation goes
        def _mymemory(self, method, query, body, mode):
            q = query["q"]
            if len(q.encode()) > 500 or mode in MYMEMORY_REFUSALS:
                reason = MYMEMORY_REFUSALS.get(mode, MYMEMORY_REFUSALS["too-long"])
                self._send(
                    200,
                    {
                        "responseData": {"translatedText": reason},
                        "responseDetails": reason,
                        "responseStatus": "403",
                    },
                )
                return
            if mode == "quota-in-a-200":
                warning = (
                    "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY. NEXT "
                    "AVAILABLE IN  13 HOURS 31 MINUTES 45 SECONDS"
                )
                self._send(
                    200,
                    {
                        "responseData": {"translatedText": warning},
                        "responseStatus": 200,
                        "quotaFinished": True,
                    },
                )
                return
            if mode == "rate-limit":
                warning = "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY."
                self._send(
                    200,
                    {
                        "responseData": {"translatedText": warning},
                        "responseStatus": 429,
                        "quotaFinished": True,
                    },
                )
                return
            target = query["langpair"].split("|")[1].split("-")[0]
            self._send(
                200,
                {
                    "responseData": {"translatedText": stand_in_translation(q, target), "match": 1},
                    "quotaFinished": False,
                    "responseStatus": 200,
                    "matches": [],
                },
            )

        # LibreTranslate: POST /translate with q, source, target, format, api_key
        def _libre(self, method, query, body, mode):
            values = dict(query)
            if body:
                try:
                    values.update(json.loads(body))
                except ValueError:
                    values.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
            if values.get("api_key") != GOOD_KEY:
                self._send(403, {"error": "Invalid API key"})
                return
            if mode == "rate-limit":
                self._send(429, {"error": "Too many request limits violations"})
                return
            self._send(200, {"translatedText": stand_in_translation(values["q"], values["target"])})

    return Handler


def _consented_gate(store: Store, service: str, text: str) -> OutboundGate:
    """The gate of a new letter holding ``text`` whose text may go to ``service``, for the
    editor ``ed`` (sending is checked against a real account)."""
    if find_account(store, "ed") is None:
        add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("March incident", text, actor="ed")
    store.record_consent(letter.id, service, actor="ed")
    version = store.latest_version(letter.id)
    return OutboundGate(store, actor="ed", letter_id=letter.id, version_id=version.id, text=text)


@pytest.fixture
def stand_in(request, tmp_path) -> Iterator[StandIn]:
    """A stand-in for the provider named by the test's ``kind`` parameter, and the gate of a
    letter whose text may go to it (a recorded consent), with its own send log."""
    kind = request.param
    state = StandIn(kind)
    state.store = Store(f"sqlite:///{tmp_path / 'sent.sqlite3'}")
    state.gate = _consented_gate(state.store, kind, LETTER)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(kind, state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    state.url = {"google": base + "/m", "mymemory": base + "/get"}.get(kind, base)
    yield state
    server.shutdown()
    server.server_close()


def _provider(state: StandIn, key: str = GOOD_KEY, timeout: float = 5) -> OnlineProvider:
    return OnlineProvider(state.kind, gate=state.gate, api_key=key, url=state.url, timeout=timeout)


def _sent(state: StandIn) -> str:
    """Everything the stand-in received: query strings, headers and bodies."""
    return "".join(
        json.dumps(r["query"]) + json.dumps(r["headers"]) + r["body"].decode()
        for r in state.requests
    )


ALL = ["google", "deepl", "microsoft", "mymemory", "libre"]
KEYED = ["deepl", "microsoft", "libre"]


def _ids(kinds):
    return [f"{k}-stand-in" for k in kinds]


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_letter_translates_through_the_stand_in_with_structure_and_spans_kept(stand_in):
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.complete, outcome.segments.error
    assert outcome.text.startswith("# [es] Notice\n\n")
    assert "- [es] your name\n" in outcome.text
    assert "{{ customer_name }}" in outcome.text
    assert "1-800-555-0142" in outcome.text and "K7M-4QX-22P" in outcome.text
    # what left the machine had the placeholder, phone and code replaced by tokens
    sent = _sent(stand_in)
    assert "customer_name" not in sent and "K7M-4QX-22P" not in sent
    assert len(stand_in.requests) == 5  # one request per segment


@pytest.mark.parametrize("stand_in", KEYED, indirect=True, ids=_ids(KEYED))
def test_a_refused_key_is_a_clear_message_that_never_shows_the_key(stand_in, caplog):
    caplog.set_level(logging.DEBUG)
    outcome = translate_letter(LETTER, _provider(stand_in, key=BAD_KEY), "en", "es")
    error = outcome.segments.error
    assert outcome.text is None
    assert error.kind == "bad-key"
    assert "refused the API key" in str(error)
    assert BAD_KEY not in str(error) and BAD_KEY not in repr(error)
    assert BAD_KEY not in caplog.text
    assert BAD_KEY not in repr(_provider(stand_in, key=BAD_KEY))


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_a_rate_limit_is_a_clear_message(stand_in):
    stand_in.mode = "rate-limit"
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.segments.error.kind == "rate-limit", outcome.segments.error
    assert outcome.text is None


@pytest.mark.parametrize("stand_in", ["deepl"], indirect=True, ids=_ids(["deepl"]))
def test_a_silent_server_times_out_on_our_clock(stand_in):
    stand_in.mode = "silent"
    started = time.monotonic()
    outcome = translate_letter(LETTER, _provider(stand_in, timeout=0.3), "en", "es")
    assert time.monotonic() - started < 2
    assert outcome.segments.error.kind == "timeout"
    assert "did not answer within 0.3 s" in str(outcome.segments.error)


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_a_sign_in_page_answered_instead_of_a_translation_is_no_translation(stand_in):
    stand_in.mode = "portal"
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.text is None
    assert outcome.segments.error.kind == "failed", outcome.segments.error


@pytest.mark.parametrize(
    ("mode", "kind", "said"),
    [
        ("too-long", "failed", "too long"),
        ("same-language", "unsupported", "language pair"),
        ("bad-pair", "unsupported", "language pair"),
        ("bad-source", "unsupported", "language pair"),
        ("quota-in-a-200", "rate-limit", "quota"),
    ],
)
@pytest.mark.parametrize("stand_in", ["mymemory"], indirect=True, ids=_ids(["mymemory"]))
def test_mymemorys_refusal_in_the_translations_place_is_no_translation(stand_in, mode, kind, said):
    """MyMemory answers a refused request with a success and its reason, in capitals, where the
    translation goes: a letter would go out reading "PLEASE SELECT TWO DISTINCT LANGUAGES"."""
    stand_in.mode = mode
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.text is None
    error = outcome.segments.error
    assert (error.kind, said in str(error)) == (kind, True), error
    assert MYMEMORY_REFUSALS.get(mode, "MYMEMORY") not in str(error)


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_an_empty_answer_to_a_paragraph_is_no_translation(stand_in, monkeypatch):
    """A paragraph answered with nothing would go out as a letter missing it."""
    monkeypatch.setattr(sys.modules[__name__], "stand_in_translation", lambda text, target: " ")
    outcome = translate_letter(LETTER, _provider(stand_in), "en", "es")
    assert outcome.text is None
    assert "answered without a translation" in str(outcome.segments.error)


@pytest.mark.parametrize("stand_in", ["libre"], indirect=True, ids=_ids(["libre"]))
def test_a_blank_translation_cached_before_is_asked_again_and_replaced(stand_in, tmp_path):
    """Blank answers were kept until they were refused: the cache must not hand them out."""
    from clearnotice.translate.cache import SegmentCache

    cache = SegmentCache(Store(f"sqlite:///{tmp_path / 'c.sqlite3'}").session_factory)
    name = cache_name(_provider(stand_in))
    cache.put_many(name, "en", "es", {"Notice": " "})
    outcome = translate_letter("# Notice\n", _provider(stand_in), "en", "es", cache=cache)
    assert outcome.text == "# [es] Notice\n"
    assert cache.get_many(name, "en", "es", ["Notice"]) == {"Notice": "[es] Notice"}


@pytest.mark.parametrize("stand_in", ["libre"], indirect=True, ids=_ids(["libre"]))
def test_a_provider_failing_halfway_keeps_what_it_translated_and_resumes(stand_in, tmp_path):
    from clearnotice.translate.cache import SegmentCache

    cache = SegmentCache(Store(f"sqlite:///{tmp_path / 'c.sqlite3'}").session_factory)
    stand_in.fail_after = 2
    progress = []
    first = translate_letter(
        LETTER, _provider(stand_in), "en", "es", cache, lambda *step: progress.append(step)
    )
    assert first.text is None and first.segments.error.kind == "rate-limit"
    assert first.segments.done == 2
    assert progress == [(0, 5), (1, 5), (2, 5)]
    stand_in.fail_after = None
    asked_before = len(stand_in.requests)
    second = translate_letter(LETTER, _provider(stand_in), "en", "es", cache)
    assert second.complete and second.segments.from_cache == 2
    assert len(stand_in.requests) - asked_before == 3  # only the segments still missing


@pytest.mark.parametrize("stand_in", ["mymemory"], indirect=True, ids=_ids(["mymemory"]))
def test_a_long_segment_is_split_within_the_providers_limit(stand_in):
    sentence = "We are sorry that this happened to your account and your card. "
    paragraph = (sentence * 20).strip()  # about 1,300 bytes, MyMemory takes 500
    outcome = translate_segments([paragraph], _provider(stand_in), "en", "es")
    assert outcome.complete, outcome.error
    assert all(len(r["query"]["q"].encode()) <= 500 for r in stand_in.requests)
    assert len(stand_in.requests) >= 3
    assert outcome.translations[0].count("sorry") == 20


@pytest.mark.parametrize("stand_in", ["deepl"], indirect=True, ids=_ids(["deepl"]))
def test_deepl_stand_in_refuses_the_retired_query_key_that_stock_deep_translator_sends(stand_in):
    from deep_translator import DeeplTranslator
    from deep_translator.exceptions import AuthorizationException

    stock = DeeplTranslator(source="en", target="es", api_key=GOOD_KEY)
    stock._base_url = stand_in.url + "/v2/"
    with pytest.raises(AuthorizationException):
        stock.translate("Hello")
    ours = translate_segments(["Hello"], _provider(stand_in), "en", "es")
    assert ours.translations == ("[es] Hello",)


def test_missing_key_or_url_is_explained_before_anything_is_sent():
    no_key = translate_segments(
        ["Hello"], OnlineProvider("deepl", gate=None, api_key=None), "en", "es"
    )
    assert no_key.error.kind == "bad-key" and "DEEPL_API_KEY" in str(no_key.error)
    no_url = translate_segments(
        ["Hello"], OnlineProvider("libre", gate=None, api_key="x"), "en", "es"
    )
    assert no_url.error.kind == "unavailable" and "LibreTranslate URL" in str(no_url.error)


def test_unsupported_language_is_a_clear_message():
    outcome = translate_segments(
        ["Hello"], OnlineProvider("deepl", gate=None, api_key="x"), "en", "gl"
    )
    assert outcome.error.kind == "unsupported"
    assert "Galician" in str(outcome.error)


def test_settings_come_from_secrets_before_the_environment(monkeypatch):
    monkeypatch.setenv("DEEPL_API_KEY", "from-env")
    assert setting("DEEPL_API_KEY", {"DEEPL_API_KEY": "from-secrets"}) == "from-secrets"
    assert setting("DEEPL_API_KEY", {}) == "from-env"

    class NoSecretsFile:
        def get(self, name):
            raise FileNotFoundError("no secrets.toml")

    assert setting("DEEPL_API_KEY", NoSecretsFile()) == "from-env"


def test_every_provider_says_how_much_one_request_may_carry():
    assert PROVIDERS["mymemory"].max_bytes < 500
    assert all(p.max_bytes < 5000 for p in PROVIDERS.values())


# what leaves the machine, and the send log -----------------------------------------------------
PERSONAL_LETTER = (
    "Dear Maria Lopez,\n\nWe mailed 742 Evergreen Terrace, Springfield, IL 62704 about card "
    "4111 1111 1111 1111.\n\nSincerely,\n\nJane Roe\n"
)
PERSONAL = ("Maria Lopez", "742 Evergreen", "62704", "4111 1111", "Jane Roe")


@pytest.mark.parametrize("stand_in", ALL, indirect=True, ids=_ids(ALL))
def test_personal_data_never_reaches_the_translator_and_comes_back_in_place(stand_in):
    stand_in.gate = _consented_gate(stand_in.store, stand_in.kind, PERSONAL_LETTER)
    outcome = translate_letter(PERSONAL_LETTER, _provider(stand_in), "en", "es")
    assert outcome.complete, outcome.segments.error
    sent = _sent(stand_in)
    assert [p for p in PERSONAL if p in sent] == []
    assert "[es] Dear Maria Lopez," in outcome.text
    assert "742 Evergreen Terrace, Springfield, IL 62704" in outcome.text
    assert "4111 1111 1111 1111" in outcome.text and "Jane Roe" in outcome.text


@pytest.mark.parametrize("stand_in", ["deepl"], indirect=True, ids=_ids(["deepl"]))
def test_every_request_writes_a_send_log_row_with_the_fingerprint_of_what_was_sent(stand_in):
    stand_in.gate = _consented_gate(stand_in.store, stand_in.kind, PERSONAL_LETTER)
    translate_letter(PERSONAL_LETTER, _provider(stand_in), "en", "es")
    rows = sends(stand_in.store)
    sent = [json.loads(r["body"])["text"][0] for r in stand_in.requests]
    assert len(rows) == len(stand_in.requests) == 4
    by_hash = {r.sha256: r for r in rows}
    for text in sent:
        row = by_hash[hashlib.sha256(text.encode()).hexdigest()]
        assert (row.actor, row.service, row.characters) == ("ed", "deepl", len(text))
        assert row.letter_id == stand_in.gate.letter_id
        assert row.version_id == stand_in.gate.version_id


@pytest.mark.parametrize("stand_in", ["deepl"], indirect=True, ids=_ids(["deepl"]))
def test_without_consent_or_a_gate_nothing_is_sent_and_nothing_logged(stand_in):
    other = stand_in.store.create_letter("No consent", LETTER, actor="ed")
    stand_in.gate = OutboundGate(
        stand_in.store, actor="ed", letter_id=other.id, version_id=None, text=LETTER
    )
    refused = translate_segments(["Hello"], _provider(stand_in), "en", "es")
    ungated = OnlineProvider("deepl", gate=None, api_key=GOOD_KEY, url=stand_in.url)
    no_gate = translate_segments(["Hello"], ungated, "en", "es")
    assert refused.error.kind == no_gate.error.kind == "not-allowed"
    assert "Nobody has agreed" in str(refused.error)
    assert stand_in.requests == [] and sends(stand_in.store) == []
