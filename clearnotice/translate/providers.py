"""Online translation providers, through deep-translator: used only when the user chooses one.

Each of them sends the letter's text off this machine, so the page asks first and records the
choice on the letter (Store.record_consent), and every request goes through the outbound gate
(clearnotice.outbound): consent checked, personal data replaced, the call logged, the answer
restored. A provider without a gate sends nothing. API keys come from environment variables or the
app's secrets, go only into the request, and never into a message or a log line: every failure
becomes a TranslationError whose message this module writes itself.

deep-translator sets no timeout on its requests (a silent server held it for more than 6 s), so
every call runs in a daemon thread that we stop waiting for after ``timeout`` seconds. Where its
request no longer matches the provider's current protocol, a subclass here sends the request
the provider documents (DeepL: POST with an ``Authorization: DeepL-Auth-Key`` header, since
DeepL retired the ``auth_key`` parameter deep-translator 1.11 still sends; LibreTranslate: key and
text in a JSON body, not in the URL; MyMemory: its refusals, answered as a success with the
reason where the translation goes, are read as refusals, never as a translation; Microsoft: the
answer's HTTP status read before its body). A service's own failure (5xx) says to try again
later. Google's page
and MyMemory take the text in the URL by their protocol; neither takes a key.
"""

from __future__ import annotations

import html
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import requests
from deep_translator import (
    DeeplTranslator,
    GoogleTranslator,
    LibreTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
)
from deep_translator import exceptions as dt

from clearnotice.languages import language_name
from clearnotice.outbound import OutboundGate, SendRefused
from clearnotice.translate.engine import (
    BAD_KEY,
    FAILED,
    NOT_ALLOWED,
    RATE_LIMIT,
    TIMEOUT,
    UNAVAILABLE,
    UNSUPPORTED,
    TranslationError,
)
from clearnotice.translate.protect import Protected, restore
from clearnotice.wording import plural

DEFAULT_TIMEOUT = 20.0
_NO_KEY = "-"


@dataclass(frozen=True)
class Provider:
    """What the page needs to know about an online provider before using it."""

    name: str
    label: str
    key_setting: str | None  # the env var / secret holding the API key; None: no key
    url_setting: str | None  # the env var / secret holding the service's URL, if it has one
    max_bytes: int  # the most one request may carry
    note: str


# Limits: deep-translator refuses 5,000 characters or more for Google and, for MyMemory, 500
# (MyMemory's own limit is 500 bytes per query, its API specification says).
PROVIDERS: dict[str, Provider] = {
    p.name: p
    for p in (
        Provider(
            "google",
            "Google Translate (public web page)",
            None,
            None,
            4_999,
            "deep-translator reads Google's public translation page; it has no API contract "
            "and may stop working without notice.",
        ),
        Provider(
            "deepl",
            "DeepL API",
            "DEEPL_API_KEY",
            "DEEPL_API_URL",
            4_999,
            "Needs a DeepL API key. Free-plan keys end in ':fx'.",
        ),
        Provider(
            "microsoft",
            "Microsoft Translator",
            "MICROSOFT_API_KEY",
            "MICROSOFT_TRANSLATOR_URL",
            4_999,
            "Needs an Azure Translator key; set MICROSOFT_REGION for a regional resource.",
        ),
        Provider(
            "mymemory",
            "MyMemory",
            None,
            "MYMEMORY_URL",
            499,
            "Free and anonymous: 500 bytes a request and a small daily quota.",
        ),
        Provider(
            "libre",
            "LibreTranslate (your organisation's server)",
            "LIBRE_API_KEY",
            "LIBRETRANSLATE_URL",
            4_999,
            "Runs at a URL your organisation controls; the text goes only there.",
        ),
    )
}

_DEEPL_FREE = "https://api-free.deepl.com"
_DEEPL_PRO = "https://api.deepl.com"
_MICROSOFT = "https://api.cognitive.microsofttranslator.com"


def setting(name: str | None, secrets: Mapping[str, Any] | None = None) -> str | None:
    """A configured value: the app's secrets first, then the environment. Never printed."""
    if not name:
        return None
    if secrets is not None:
        try:
            value = secrets.get(name)
        except Exception:  # Streamlit's secrets raise when no secrets file exists
            value = None
        if value:
            return str(value)
    return os.environ.get(name) or None


def call_with_timeout(call: Callable[[], str], seconds: float, label: str) -> str:
    """``call()``, or TranslationError(TIMEOUT) when it has not returned after ``seconds``.

    The call runs in a daemon thread: a request that never returns cannot be killed, but it no
    longer holds up the page, and it cannot keep the process from exiting.
    """
    box: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed to the waiting thread below
            box["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=run, name=f"translate-{label}", daemon=True).start()
    if not finished.wait(seconds):
        raise TranslationError(
            TIMEOUT, f"{label} did not answer within {seconds:g} s. Try again later."
        )
    if "error" in box:
        raise box["error"]
    return box["value"]


class _HttpStatus(Exception):
    """A provider answered with an HTTP status this module has no more exact reading for."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class _DeepL(DeeplTranslator):
    """deep-translator's DeepL, sending the request DeepL's current API documents."""

    def __init__(self, source: str, target: str, api_key: str, base_url: str):
        super().__init__(source=source, target=target, api_key=api_key)
        self._base_url = base_url.rstrip("/") + "/v2/"

    def translate(self, text: str, **kwargs) -> str:
        target = self._target.upper()
        target = {"EN": "EN-US", "PT": "PT-PT"}.get(target, target)  # DeepL retired bare EN/PT
        response = requests.post(
            self._base_url + "translate",
            headers={"Authorization": f"DeepL-Auth-Key {self.api_key}"},
            json={"text": [text], "source_lang": self._source.upper(), "target_lang": target},
            timeout=None,  # the caller's own timeout applies (call_with_timeout)
        )
        if response.status_code == 403:
            raise dt.AuthorizationException("")
        if response.status_code in (429, 456):
            raise dt.TooManyRequests()
        if not 200 <= response.status_code < 300:
            raise _HttpStatus(response.status_code)
        translations = response.json().get("translations") or []
        if not translations:
            raise dt.TranslationNotFound("")
        return translations[0]["text"]


class _Microsoft(MicrosoftTranslator):
    """deep-translator's Microsoft Translator without its start-up call: it fetches the
    language list from Microsoft, with no timeout, whenever it is constructed."""

    def __init__(self, source: str, target: str, api_key: str, base_url: str, region: str | None):
        self._languages_known = {language_name(c).lower(): c for c in (source, target)}
        super().__init__(source=source, target=target, api_key=api_key, region=region)
        self._base_url = base_url.rstrip("/") + "/translate?api-version=3.0"

    def _get_supported_languages(self) -> dict[str, str]:
        return self._languages_known

    def translate(self, text: str, **kwargs) -> str:
        """Translator v3's request, read by its status first: deep-translator reads the body
        alone, so a gateway's HTML page, a 5xx or no answer at all (it logs a failed connection
        and goes on with none) came out as "an answer we could not read". Statuses as Microsoft
        documents them (learn.microsoft.com, Translator "Status and response codes"): 401 a bad
        key, 403 the free quota used, 429 too many requests, 500 and 503 the service's own."""
        response = requests.post(
            self._base_url,
            params={"from": self._source, "to": self._target},
            headers=self.headers,
            json=[{"text": text}],
            timeout=None,  # the caller's own timeout applies (call_with_timeout)
        )
        if response.status_code == 401:
            raise dt.AuthorizationException("")
        if response.status_code in (403, 429):
            raise dt.TooManyRequests()
        if not 200 <= response.status_code < 300:
            raise _HttpStatus(response.status_code)
        data = response.json()
        if not isinstance(data, list) or not data or not data[0].get("translations"):
            raise dt.TranslationNotFound("")
        return "\n".join(t["text"] for t in data[0]["translations"])


class _Libre(LibreTranslator):
    """deep-translator's LibreTranslate, with the key and the text in a JSON body: it puts both
    in the URL's query string, where request logs (urllib3's own, proxies') would keep them."""

    def translate(self, text: str, **kwargs) -> str:
        payload = {"q": text, "source": self._source, "target": self._target, "format": "text"}
        if self.api_key and self.api_key != _NO_KEY:
            payload["api_key"] = self.api_key
        response = requests.post(self._base_url + "translate", json=payload, timeout=None)
        if response.status_code in (401, 403):
            raise dt.AuthorizationException("")
        if response.status_code == 429:
            raise dt.TooManyRequests()
        if not 200 <= response.status_code < 300:
            raise _HttpStatus(response.status_code)
        translated = response.json().get("translatedText")
        if translated is None:
            raise dt.TranslationNotFound("")
        return translated


class _Refused(Exception):
    """The provider answered with its own refusal where the translation goes: ``kind`` is an
    engine error kind (UNSUPPORTED, RATE_LIMIT, FAILED), ``why`` our words for its reason, said
    after the provider's name."""

    def __init__(self, kind: str, why: str):
        super().__init__(kind, why)
        self.kind, self.why = kind, why


# MyMemory answers a refused request with HTTP 200, its status in "responseStatus" and its
# reason in capitals in "translatedText", where the translation goes (MyMemory's API
# specification, mymemory.translated.net/doc/spec.php; the answers as public clients recorded
# them: "QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS", "PLEASE SELECT TWO DISTINCT
# LANGUAGES", "INVALID LANGUAGE PAIR SPECIFIED. ...", "'AUTO' IS AN INVALID SOURCE LANGUAGE ...",
# each with responseStatus "403"; a spent quota as "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE
# TRANSLATIONS FOR TODAY ..." with "quotaFinished": true, terryyin/translate-python issue 57).
# deep-translator 1.11.4 returns whatever stands in "translatedText".
_MYMEMORY_PAIR = re.compile(r"DISTINCT LANGUAGES|LANGUAGE PAIR|IS AN INVALID \w+ LANGUAGE")
_MYMEMORY_LENGTH = re.compile(r"LENGTH LIMIT")


class _MyMemory(MyMemoryTranslator):
    """deep-translator's MyMemory, reading the status MyMemory reports inside its answer."""

    def translate(self, text: str, **kwargs) -> str:
        params = {"q": text, "langpair": f"{self._source}|{self._target}"}
        response = requests.get(self._base_url, params=params, timeout=None)
        if response.status_code == 429:
            raise dt.TooManyRequests()
        if not 200 <= response.status_code < 300:
            raise _HttpStatus(response.status_code)
        data = response.json()
        answer = (data.get("responseData") or {}).get("translatedText")
        reason = f"{data.get('responseDetails') or ''} {answer or ''}".upper()
        if data.get("quotaFinished") or "MYMEMORY WARNING" in reason:
            raise _Refused(RATE_LIMIT, "says its free daily quota is used up. Try again tomorrow.")
        if str(data.get("responseStatus", 200)) != "200":
            if _MYMEMORY_PAIR.search(reason):
                raise _Refused(
                    UNSUPPORTED, "refused the language pair asked for: nothing was translated."
                )
            if _MYMEMORY_LENGTH.search(reason):
                raise _Refused(
                    FAILED, "refused the text as too long for one request: nothing was translated."
                )
            raise _Refused(
                FAILED, "answered with an error instead of a translation: nothing was translated."
            )
        if not answer:
            raise dt.TranslationNotFound("")
        return answer


def _status_error(label: str, status: int) -> TranslationError:
    """Our message for an HTTP status a provider answered with: its own failure (5xx), to try
    again later; else a refusal of this request, with the status for whoever looks into it."""
    if status >= 500:
        return TranslationError(
            UNAVAILABLE,
            f"{label} had a server error (HTTP {status}): nothing was translated. Try again later.",
        )
    if status == 413:
        return TranslationError(
            FAILED, f"{label} refused the text as too long for one request (HTTP 413)."
        )
    return TranslationError(
        FAILED, f"{label} refused the request (HTTP {status}): nothing was translated."
    )


def _mymemory_code(code: str) -> str:
    return language_name(code).lower()


# A character reference, as HTML writes one: "&#39;", "&#x27;", "&amp;" (always with its ";").
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def unescape_entities(answer: str, sent: str) -> str:
    """``answer`` with the HTML character references a service left in it read as characters,
    unless the text sent wrote such references itself (then they are the letter's own).

    MyMemory answers "C&#39;est" for "C'est" (terryyin/translate-python issue 79), Google's
    API "&#39;" and "&quot;" (glebm/i18n-tasks issue 30), and LibreTranslate answered "&apos;"
    until its pull request 204; a letter would go out with them in it."""
    if _ENTITY.search(sent):
        return answer
    return _ENTITY.sub(lambda m: html.unescape(m.group()), answer)


class OnlineProvider:
    """An online provider as a translation engine (``engine.Engine``): one request a segment."""

    sends_text_out = True
    batch_size = 1

    def __init__(
        self,
        provider: Provider | str,
        *,
        gate: OutboundGate | None,
        api_key: str | None = None,
        url: str | None = None,
        region: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ):
        self.provider = PROVIDERS[provider] if isinstance(provider, str) else provider
        self.name = self.provider.name
        self.label = self.provider.label
        self.max_bytes = self.provider.max_bytes
        self._api_key = api_key
        self._url = url
        self._region = region
        self.timeout = timeout
        self.gate = gate  # every request goes through it; without one nothing is sent
        self._clients: dict[tuple[str, str], Any] = {}

    @property
    def version(self) -> str:
        """The server's address as configured: another LibreTranslate server runs its own
        models, so translates otherwise (engine.cache_name)."""
        return self._url or ""

    def __repr__(self) -> str:  # never show the key, even in a debugger or a traceback
        return f"OnlineProvider({self.name!r}, url={self._url!r})"

    @classmethod
    def configured(
        cls,
        name: str,
        *,
        gate: OutboundGate,
        secrets: Mapping[str, Any] | None = None,
        url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> OnlineProvider:
        """The provider with its key, URL and region from secrets or the environment."""
        provider = PROVIDERS[name]
        return cls(
            provider,
            gate=gate,
            api_key=setting(provider.key_setting, secrets),
            url=url or setting(provider.url_setting, secrets),
            region=setting("MICROSOFT_REGION", secrets) if name == "microsoft" else None,
            timeout=timeout,
        )

    def _client(self, source: str, target: str) -> Any:
        pair = (source, target)
        if pair in self._clients:
            return self._clients[pair]
        name, key, url = self.name, self._api_key, self._url
        if self.provider.key_setting and not key and name != "libre":
            raise TranslationError(
                BAD_KEY,
                f"No API key for {self.label}. Set {self.provider.key_setting} in the "
                "environment or in the app's secrets.",
            )
        if name == "google":
            client = GoogleTranslator(source=source, target=target)
            if url:
                client._base_url = url
        elif name == "deepl":
            default = _DEEPL_FREE if key.endswith(":fx") else _DEEPL_PRO
            client = _DeepL(source, target, key, url or default)
        elif name == "microsoft":
            client = _Microsoft(source, target, key, url or _MICROSOFT, self._region)
        elif name == "mymemory":
            client = _MyMemory(source=_mymemory_code(source), target=_mymemory_code(target))
            if url:
                client._base_url = url
        else:
            if not url:
                raise TranslationError(
                    UNAVAILABLE,
                    "No LibreTranslate URL. Enter your organisation's server, or set "
                    "LIBRETRANSLATE_URL.",
                )
            # deep-translator wants a non-empty key even for a server that needs none
            client = _Libre(
                source=source,
                target=target,
                api_key=key or _NO_KEY,
                custom_url=url.rstrip("/") + "/",
            )
        self._clients[pair] = client
        return client

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        try:
            client = self._client(source, target)
        except dt.LanguageNotSupportedException as exc:
            raise TranslationError(
                UNSUPPORTED,
                f"{self.label} does not translate {language_name(source)} to "
                f"{language_name(target)}.",
            ) from exc
        return [self._through_gate(client, segment, source) for segment in segments]

    def _through_gate(self, client: Any, segment: str, source: str) -> str:
        """One request, with personal data replaced before and put back after, and logged."""
        if self.gate is None:
            raise TranslationError(
                NOT_ALLOWED, f"Nothing was sent to {self.label}: no send log is kept for it."
            )
        try:
            [answer] = self.gate.send(
                self.name,
                [segment],
                source,
                lambda sent: [self._one(client, sent[0])],
                self._put_back,
            )
        except SendRefused as refused:
            raise TranslationError(NOT_ALLOWED, str(refused)) from None
        return answer

    def _put_back(self, answer: str, redaction: Protected) -> str:
        text, lost = restore(answer, redaction)
        if lost:  # a name or an account silently missing is worse than no translation
            raise TranslationError(
                FAILED,
                f"{self.label} dropped {plural(len(lost), 'item')} of personal data that were "
                "replaced before sending, so its answer was not used.",
            )
        return text

    def _one(self, client: Any, segment: str) -> str:
        try:
            answer = call_with_timeout(lambda: client.translate(segment), self.timeout, self.label)
        except TranslationError:
            raise
        except Exception as exc:  # deep-translator and requests raise many kinds
            raise self._explain(exc) from None
        # An empty answer to words sent would go out as a letter missing that paragraph.
        if not isinstance(answer, str) or (segment.strip() and not answer.strip()):
            raise TranslationError(FAILED, f"{self.label} answered without a translation.")
        return unescape_entities(answer, segment)

    def _explain(self, exc: Exception) -> TranslationError:
        """A message of our own for each failure: never the exception's text, which may hold
        the key (deep-translator's AuthorizationException prints it)."""
        label = self.label
        bad_key = TranslationError(
            BAD_KEY,
            f"{label} refused the API key. Check {self.provider.key_setting or 'the key'}.",
        )
        rate = TranslationError(
            RATE_LIMIT, f"{label} says too many requests or the quota is used up. Wait and retry."
        )
        if isinstance(exc, _Refused):
            return TranslationError(exc.kind, f"{label} {exc.why}")
        if isinstance(exc, dt.AuthorizationException | dt.ApiKeyException):
            return bad_key
        if isinstance(exc, dt.TooManyRequests):
            return rate
        if isinstance(exc, _HttpStatus):
            return _status_error(label, exc.status)
        if isinstance(exc, requests.ConnectionError | ConnectionError):
            return TranslationError(UNAVAILABLE, f"{label} could not be reached.")
        if isinstance(exc, dt.RequestError):  # deep-translator's Google, on any other status
            return TranslationError(
                UNAVAILABLE,
                f"{label} answered with an error instead of a translation: nothing was "
                "translated. Try again later.",
            )
        if isinstance(exc, dt.TranslationNotFound | dt.ElementNotFoundInGetRequest):
            return TranslationError(FAILED, f"{label} answered without a translation.")
        return TranslationError(FAILED, f"{label} gave an answer we could not read.")
