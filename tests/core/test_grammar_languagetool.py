"""The LanguageTool path, against a STAND-IN LanguageTool server on 127.0.0.1.

No LanguageTool server can run here (it is downloaded on first use, and there is no internet),
so these tests start a small stand-in that speaks LanguageTool's real HTTP protocol: form-encoded
``POST /v2/check`` with ``text`` or ``data`` (annotated text), ``GET /v2/languages``, response
bodies in the real JSON shape, offsets counted in UTF-16 code units as the Java server counts
them, and the real plain-text error bodies for 413, 429 and 500. Its "rules" are a fixed list of
typos plus a repeated-word rule: enough to see spans, suggestions and failures end to end.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from clearnotice.accounts import Role
from clearnotice.findings import letter_findings
from clearnotice.grammar import CheckerChoice, GrammarService, Problem
from clearnotice.grammar.choice import LOCAL, PUBLIC, PUBLIC_CONSENT, SERVER, save_choice
from clearnotice.grammar.languagetool import MAX_REQUEST_CHARS, annotation
from clearnotice.grammar.local_server import LocalLanguageTool, State
from clearnotice.letters import Store
from clearnotice.model import Severity
from clearnotice.offsets import utf16_length
from clearnotice.outbound import OutboundGate
from clearnotice.send_log import sends
from tests.accounts import add_accounts

REPO = Path(__file__).resolve().parents[2]
STANDIN_VERSION = "6.5"
TYPOS = {
    "recieve": ("receive",),
    "adress": ("address",),
    "incidnete": ("incidente",),
    "informacion": ("información",),
    "Northway": ("Northwest",),
}
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "Spanish", "code": "es", "longCode": "es"},
    {"name": "Spanish (voseo)", "code": "es", "longCode": "es-AR"},
]


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class StandInLanguageTool:
    """A stand-in LanguageTool server: configure ``status``/``delay``/``limit`` per test."""

    def __init__(self):
        self.status = 200
        self.delay = 0.0
        self.limit: int | None = None  # like the server's maxTextLength: longer gets a 413
        self.retry_after: str | None = None
        self.answer: bytes | None = None  # a /v2/check answer of 200 to give instead of checking
        self.languages = json.dumps(LANGUAGES).encode()  # the /v2/languages answer
        self.checks: list[dict] = []  # every /v2/check request's form fields
        self.language_requests = 0
        self.waited = 0  # checks whose delay ran out (a delay ends early when the test closes)
        self._closing = threading.Event()
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path.rstrip("/") != "/v2/languages":
                    return self._send(404, "text/plain", b"Error: not found")
                standin.language_requests += 1
                self._send(200, "application/json", standin.languages)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                standin.checks.append(form)
                if standin.delay:
                    standin._closing.wait(standin.delay)
                    standin.waited += 1
                original, plain_parts = _original_text(form)
                if standin.status == 500:
                    body = b"Error: Internal Error: java.lang.RuntimeException: stand-in failure"
                    return self._send(500, "text/plain", body)
                if standin.status == 429:
                    body = (
                        b"Error: Access from 127.0.0.1 denied: Client request size limit of "
                        b"75000 bytes per 60 seconds exceeded"
                    )
                    extra = {"Retry-After": standin.retry_after} if standin.retry_after else {}
                    return self._send(429, "text/plain", body, extra)
                if standin.limit is not None and _utf16(original) > standin.limit:
                    body = (
                        f"Error: Your text exceeds the limit of {standin.limit} characters "
                        f"(it's {_utf16(original)} characters). Please submit a shorter text."
                    ).encode()
                    return self._send(413, "text/plain", body)
                if standin.answer is not None:
                    return self._send(200, "application/json", standin.answer)
                response = _check_response(form["language"], original, plain_parts)
                self._send(200, "application/json", json.dumps(response).encode())

            def _send(self, status, content_type, body, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self):
        self._closing.set()
        self.server.shutdown()
        self.server.server_close()

    @property
    def sent_texts(self) -> list[str]:
        return [_original_text(form)[0] for form in self.checks]


def _original_text(form: dict) -> tuple[str, list[tuple[int, str]]]:
    """The text as the client sent it (text and markup together: what offsets count), and the
    plain parts with their position in it (Python indices)."""
    if "text" in form:
        return form["text"], [(0, form["text"])]
    original, plain = "", []
    for part in json.loads(form["data"])["annotation"]:
        if "text" in part:
            plain.append((len(original), part["text"]))
            original += part["text"]
        else:
            original += part["markup"]
    return original, plain


def _check_response(language: str, original: str, plain_parts) -> dict:
    matches = []
    for start, part in plain_parts:
        for m in re.finditer(r"\b(\w+)\s+\1\b", part, re.IGNORECASE):
            matches.append(
                _match(
                    original, start + m.start(), start + m.end(), (m.group(1),),
                    "Possible typo: you repeated a word.", "ENGLISH_WORD_REPEAT_RULE",
                    "duplication", ("MISC", "Miscellaneous"),
                )
            )  # fmt: skip
        for typo, replacements in TYPOS.items():
            for m in re.finditer(rf"\b{typo}\b", part):
                rule = (
                    "MORFOLOGIK_RULE_ES" if language.startswith("es") else "MORFOLOGIK_RULE_EN_US"
                )
                matches.append(
                    _match(
                        original, start + m.start(), start + m.end(), replacements,
                        "Possible spelling mistake found.", rule, "misspelling",
                        ("TYPOS", "Possible Typo"),
                    )
                )  # fmt: skip
    matches.sort(key=lambda m: m["offset"])
    name = {"en-US": "English (US)", "es": "Spanish"}.get(language, language)
    return {
        "software": {
            "name": "LanguageTool",
            "version": STANDIN_VERSION,
            "buildDate": "2024-09-25 10:38:58 +0000",
            "apiVersion": 1,
            "premium": False,
            "premiumHint": "You might be missing errors only the Premium version can find.",
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": language,
            "detectedLanguage": {
                "name": name,
                "code": language,
                "confidence": 0.99,
                "source": "ngram",
            },
        },
        "matches": matches,
        "sentenceRanges": [[0, _utf16(original)]],
    }


def _match(original, start, end, replacements, message, rule_id, issue, category):
    """One match as the Java server reports it: offset and length in UTF-16 code units."""
    offset, length = _utf16(original[:start]), _utf16(original[start:end])
    return {
        "message": message,
        "shortMessage": "Spelling mistake" if issue == "misspelling" else "",
        "replacements": [{"value": r} for r in replacements],
        "offset": offset,
        "length": length,
        "context": {"text": original[max(0, start - 20) : end + 20], "offset": 0, "length": 0},
        "sentence": original,
        "type": {"typeName": "UnknownWord" if issue == "misspelling" else "Other"},
        "rule": {
            "id": rule_id,
            "description": message.rstrip("."),
            "issueType": issue,
            "category": {"id": category[0], "name": category[1]},
            "isPremium": False,
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


@pytest.fixture
def standin():
    server = StandInLanguageTool()
    yield server
    server.close()


@pytest.fixture
def service() -> GrammarService:
    return GrammarService()


def server_choice(standin: StandInLanguageTool, timeout: float = 30.0) -> CheckerChoice:
    """The stand-in as the chosen server. The time limit is generous: on a loaded 2-core machine
    a long letter's requests took over 3 s, and only the timeout tests are about the limit (they
    pass their own)."""
    return CheckerChoice(SERVER, standin.url, timeout, "settings")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# spans -----------------------------------------------------------------------------------------
SPAN_CASES = [
    ("ascii", "We will recieve your adress soon."),
    ("accents", "Café, años y niños: we will recieve your adress soon."),
    ("emoji-before", "🔒 Your data 🙂 matters. We will recieve your adress soon."),
    ("emoji-between", "We will recieve 👍🏽 your adress soon 🎉."),
    ("combining-accent", "Cafe\u0301 and re\u0301sume\u0301: we will recieve your adress."),
    ("markdown-and-placeholder", "Dear {{ customer_name }}, we **will** recieve your *adress*."),
    ("flag-and-zwj", "🇪🇸 👩‍💻 We will recieve your adress."),
]


@pytest.mark.parametrize("text", [t for _, t in SPAN_CASES], ids=[i for i, _ in SPAN_CASES])
def test_languagetool_matches_point_at_the_exact_characters(standin, service, text):
    report = service.check(text, "en", server_choice(standin))
    assert report.used_languagetool, report.notice
    spans = {(f.match, text[f.start : f.end]) for f in report.findings}
    assert spans == {("recieve", "recieve"), ("adress", "adress")}
    by_match = {f.match: f for f in report.findings}
    assert by_match["recieve"].suggestions == ("receive",)
    assert by_match["recieve"].rule_id == "languagetool.MORFOLOGIK_RULE_EN_US"
    assert by_match["recieve"].severity is Severity.ERROR


def test_spans_are_letter_offsets_across_headings_and_bullets(standin, service):
    text = "# Notice 🔔\n\nWe will recieve it.\n\n- your adress\n- the the end 🎉\n"
    report = service.check(text, "en", server_choice(standin))
    assert [(f.rule_id, text[f.start : f.end]) for f in report.findings] == [
        ("languagetool.MORFOLOGIK_RULE_EN_US", "recieve"),
        ("languagetool.MORFOLOGIK_RULE_EN_US", "adress"),
        ("languagetool.ENGLISH_WORD_REPEAT_RULE", "the the"),
    ]


def test_spanish_text_with_accents_is_checked_as_spanish(standin, service):
    text = "Le escribimos por un incidnete. La informacion de su tarjeta está a salvo. ¿Qué?"
    report = service.check(text, "es", server_choice(standin))
    assert standin.checks[-1]["language"] == "es"
    assert {(f.match, text[f.start : f.end]) for f in report.findings} == {
        ("incidnete", "incidnete"),
        ("informacion", "informacion"),
    }


def test_english_is_sent_as_us_english_so_spelling_is_checked(standin, service):
    service.check("We will recieve it.", "en", server_choice(standin))
    assert standin.checks[-1]["language"] == "en-US"


def test_markdown_and_placeholders_go_as_markup_not_text(standin, service):
    service.check("Dear {{ customer_name }}, this is **not** `K7M`.", "en", server_choice(standin))
    parts = json.loads(standin.checks[-1]["data"])["annotation"]
    markup = [p for p in parts if "markup" in p]
    assert {"markup": "{{ customer_name }}", "interpretAs": "X"} in markup
    assert {"markup": "**"} in markup
    assert all("{{" not in p.get("text", "") and "**" not in p.get("text", "") for p in parts)


def test_report_names_the_server_and_its_version(standin, service):
    report = service.check("We will recieve it.", "en", server_choice(standin))
    assert report.checker == f"LanguageTool {STANDIN_VERSION} at {standin.url}/"
    assert report.notice == "" and report.problem is None


def test_organisation_vocabulary_is_never_flagged(standin, service):
    text = "Enroll with Northway Credit Watch to recieve alerts."
    flagged = service.check(text, "en", server_choice(standin))
    assert "Northway" in {f.match for f in flagged.findings}
    kept = service.check(text, "en", server_choice(standin), vocabulary=["Northway Credit Watch"])
    assert {f.match for f in kept.findings} == {"recieve"}


# caching and request size ----------------------------------------------------------------------
def test_unchanged_letter_is_not_sent_again(standin, service):
    text = "We will recieve it.\n\nYour adress is safe."
    first = service.check(text, "en", server_choice(standin))
    second = service.check(text, "en", server_choice(standin))
    assert len(standin.checks) == 1
    assert second.findings == first.findings and second.rechecked == 0


def test_an_edit_resends_only_the_paragraph_that_changed(standin, service):
    text = "We will recieve it.\n\nYour adress is safe.\n\nCall us today."
    service.check(text, "en", server_choice(standin))
    edited = text.replace("Call us today.", "Call us the the day after.")
    report = service.check(edited, "en", server_choice(standin))
    assert standin.sent_texts[-1] == "Call us the the day after."
    assert report.rechecked == 1 and report.pieces == 3
    assert [edited[f.start : f.end] for f in report.findings] == ["recieve", "adress", "the the"]


def test_long_letters_are_split_into_requests_under_the_limit(standin, service):
    paragraph = ("We will recieve your letter and reply soon. " * 25).strip()
    text = "\n\n".join([paragraph] * 40)  # about 44,000 characters
    report = service.check(text, "en", server_choice(standin))
    assert len(standin.checks) >= 3
    assert all(utf16_length(sent) < MAX_REQUEST_CHARS for sent in standin.sent_texts)
    assert len([f for f in report.findings if f.match == "recieve"]) == 25 * 40


def test_a_paragraph_longer_than_a_request_is_cut_between_sentences(standin, service):
    paragraph = " ".join(f"Sentence {n} will recieve a reply." for n in range(900))
    report = service.check(paragraph, "en", server_choice(standin))
    assert report.used_languagetool, report.notice
    assert all(utf16_length(sent) < MAX_REQUEST_CHARS for sent in standin.sent_texts)
    assert len(report.findings) == 900
    assert all(paragraph[f.start : f.end] == "recieve" for f in report.findings)


# failures --------------------------------------------------------------------------------------
def test_server_error_gives_its_own_message_and_the_offline_results(standin, service):
    standin.status = 500
    report = service.check("We will recieve the the letter.", "en", server_choice(standin))
    assert report.problem is Problem.SERVER_ERROR and report.can_retry
    assert "internal error (HTTP 500" in report.notice
    assert "stand-in failure" in report.notice
    assert not report.used_languagetool and report.checker.startswith("offline")
    assert {f.rule_id for f in report.findings} == {"grammar.spelling", "grammar.repeated-word"}


def test_timeout_is_stated_and_never_holds_up_the_edit(standin, service):
    standin.delay = 60.0
    report = service.check("We will recieve it.", "en", server_choice(standin, timeout=0.5))
    assert standin.checks and not standin.waited  # the answer came while the server still held it
    assert report.problem is Problem.TIMEOUT
    assert "did not answer in time" in report.notice
    assert [f.match for f in report.findings] == ["recieve"]  # the offline checker's


def test_after_a_failure_edits_do_not_wait_again_until_retry(standin, service):
    standin.delay = 3.0
    choice = server_choice(standin, timeout=0.5)
    service.check("We will recieve it.", "en", choice)
    sent = len(standin.checks)
    held = service.check("We will recieve it soon.", "en", choice)
    assert len(standin.checks) == sent  # not asked again, so not waited for again
    assert held.problem is Problem.TIMEOUT and held.retry_in > 0
    standin.delay = 0.0
    service.retry(choice)
    again = service.check("We will recieve it soon.", "en", choice)
    assert again.used_languagetool and len(standin.checks) == sent + 1


def test_request_too_large_for_the_server_is_reported_as_413(standin, service):
    standin.limit = 30
    text = "This single paragraph is longer than thirty characters, so we recieve a 413."
    report = service.check(text, "en", server_choice(standin))
    assert report.problem is Problem.TOO_LARGE
    assert "too long (413" in report.notice and "exceeds the limit of 30" in report.notice
    assert [f.match for f in report.findings] == ["recieve"]


def test_a_413_for_several_paragraphs_is_retried_in_smaller_requests(standin, service):
    standin.limit = 40
    text = "We recieve one.\n\nWe recieve two.\n\nWe recieve three."
    report = service.check(text, "en", server_choice(standin))
    assert report.used_languagetool, report.notice
    assert len(report.findings) == 3
    assert all(_utf16(sent) <= 40 for sent in standin.sent_texts[1:])


@pytest.mark.parametrize(
    ("retry_after", "expected_wait"),
    [("120", 120.0), (None, 30.0)],
    ids=["server-says-retry-after", "our-own-back-off"],
)
def test_rate_limit_backs_off_with_its_own_message(standin, service, retry_after, expected_wait):
    standin.status = 429
    standin.retry_after = retry_after
    choice = server_choice(standin)
    report = service.check("We will recieve it.", "en", choice)
    assert report.problem is Problem.RATE_LIMITED
    assert "429 Too Many Requests" in report.notice and "slow down" in report.notice
    assert report.retry_in == pytest.approx(expected_wait, abs=1)
    sent = len(standin.checks)
    backing_off = service.check("We will recieve it again.", "en", choice)
    assert len(standin.checks) == sent, "asked the server again during the back-off"
    assert backing_off.problem is Problem.RATE_LIMITED
    assert [f.match for f in backing_off.findings] == ["recieve"]


def test_unreachable_server_gives_its_own_message(service):
    url = f"http://127.0.0.1:{_closed_port()}"
    started = time.monotonic()
    report = service.check(
        "We will recieve it.", "en", CheckerChoice(SERVER, url, 60.0, "settings")
    )
    assert time.monotonic() - started < 30.0  # a refused connection is told at once, not waited out
    assert report.problem is Problem.UNREACHABLE
    assert "cannot be reached" in report.notice and url in report.notice
    assert [f.match for f in report.findings] == ["recieve"]


def test_a_web_server_that_is_not_languagetool_is_named_as_such(service):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PlainPage)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        report = service.check("Fine text.", "en", CheckerChoice(SERVER, url, 3.0, "settings"))
    finally:
        server.shutdown()
        server.server_close()
    assert report.problem is Problem.SERVER_ERROR
    assert "not LanguageTool's JSON" in report.notice


@pytest.mark.parametrize(
    "answer",
    [
        b'{"error": "busy"}',
        b"[]",
        b'{"matches": [{"message": "Possible typo"}]}',
        b'{"matches": [{"offset": "x", "length": 3}]}',
        b'{"matches": {"offset": 0}}',
    ],
    ids=["no-matches", "a-list", "a-match-without-place", "a-place-not-a-number", "not-a-list"],
)
def test_json_that_is_not_a_check_answer_is_no_clean_check(standin, service, answer):
    """A proxy's or another program's JSON must not read as "LanguageTool found nothing"."""
    standin.answer = answer
    report = service.check("We will recieve it.", "en", server_choice(standin))
    assert report.problem is Problem.SERVER_ERROR and not report.used_languagetool
    assert "not LanguageTool's JSON" in report.notice
    assert [f.match for f in report.findings] == ["recieve"]  # the offline checker's


@pytest.mark.parametrize("answer", [b'{"en": "English"}', b'["en-US"]', b"[null]"])
def test_a_list_of_languages_that_is_not_languagetools_is_no_check(standin, service, answer):
    standin.languages = answer
    report = service.check("We will recieve it.", "en", server_choice(standin))
    assert report.problem is Problem.SERVER_ERROR and not report.used_languagetool
    assert "LanguageTool's list of languages" in report.notice
    assert [f.match for f in report.findings] == ["recieve"]  # the offline checker's


def test_a_check_the_server_cut_short_is_no_clean_check(standin, service):
    """LanguageTool answers what it checked before its own time ran out, marked incomplete:
    the rest of the text was not checked, and must not read as clean."""
    standin.answer = json.dumps(
        {
            "warnings": {"incompleteResults": True, "incompleteResultsReason": "timeout"},
            "matches": [],
        }
    ).encode()
    report = service.check("We will recieve it.", "en", server_choice(standin))
    assert report.problem is Problem.TIMEOUT and not report.used_languagetool
    assert "checked only part of the text" in report.notice
    assert [f.match for f in report.findings] == ["recieve"]  # the offline checker's


class _PlainPage(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        body = b"<html>intranet</html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_unsupported_language_is_checked_offline_and_says_so(standin, service):
    report = service.check("Nous avons un problème.", "fr", server_choice(standin))
    assert report.problem is Problem.UNSUPPORTED_LANGUAGE and not report.can_retry
    assert "does not check 'fr'" in report.notice
    assert "no spelling dictionary for 'fr'" in report.checker


# the public API and the local server -----------------------------------------------------------
def test_public_api_sends_nothing_without_consent(standin):
    service = GrammarService(public_url=standin.url)
    report = service.check("We will recieve it.", "en", CheckerChoice(PUBLIC, "", 3.0, "settings"))
    assert standin.checks == []
    assert report.problem is Problem.NEEDS_CONSENT and not report.can_retry
    assert [f.match for f in report.findings] == ["recieve"]


def _public_gate(store: Store, text: str) -> OutboundGate:
    """The gate of a letter holding ``text`` whose text may go to the public API."""
    add_accounts(store, ed=Role.EDITOR)
    letter = store.create_letter("March incident", text, actor="ed")
    store.record_consent(letter.id, PUBLIC_CONSENT, actor="ed")
    version = store.latest_version(letter.id)
    return OutboundGate(store, actor="ed", letter_id=letter.id, version_id=version.id, text=text)


def test_public_api_with_consent_keeps_under_its_request_rate(standin, tmp_path):
    service = GrammarService(public_url=standin.url)
    choice = CheckerChoice(PUBLIC, "", 3.0, "settings")
    gate = _public_gate(Store(f"sqlite:///{tmp_path / 'sent.sqlite3'}"), "Letter")
    reports = [
        service.check(f"Letter {n} will recieve a reply.", "en", choice, consented=True, gate=gate)
        for n in range(21)
    ]
    # /v2/languages counts too: one request for it and nineteen checks make the twenty.
    assert standin.language_requests + len(standin.checks) == 20
    assert all(r.used_languagetool for r in reports[:19])
    assert "public LanguageTool API" in reports[0].checker
    assert reports[19].problem is Problem.RATE_LIMITED
    assert "20 requests a minute" in reports[19].notice


def test_the_public_api_sees_placeholders_and_findings_after_them_keep_their_offsets(
    standin, store
):
    text = (
        "Dear Maria Lopez,\n\nWe will recieve mail at 742 Evergreen Terrace, Springfield, "
        "IL 62704 about card 4111 1111 1111 1111 and then then reply.\n\nSincerely,\n\nJane Roe\n"
    )
    service = GrammarService(public_url=standin.url)
    choice = CheckerChoice(PUBLIC, "", 3.0, "settings")
    gate = _public_gate(store, text)
    report = service.check(text, "en", choice, consented=True, gate=gate)
    assert report.used_languagetool, report.notice
    sent = "".join(standin.sent_texts)
    assert [p for p in ("Maria", "Evergreen", "62704", "4111", "Jane") if p in sent] == []
    assert [(f.match, text[f.start : f.end]) for f in report.findings] == [
        ("recieve", "recieve"),
        ("then then", "then then"),
    ]
    [row] = sends(store)
    assert (row.service, row.letter_id, row.version_id) == (
        PUBLIC_CONSENT,
        gate.letter_id,
        gate.version_id,
    )
    assert row.sha256 == hashlib.sha256(sent.encode()).hexdigest()


def test_an_edit_checked_for_the_editor_goes_to_the_public_api_with_the_letters_names_replaced(
    standin, store
):
    """The findings report of each edit, with the public API chosen in Settings: the one
    paragraph sent still has the names the whole letter shows (the signature's) replaced."""
    text = "Dear Maria Lopez,\n\nWe will recieve it.\n\nSincerely,\n\nJane Roe\n"
    gate = _public_gate(store, text)
    save_choice(store, PUBLIC, actor="admin")
    service = GrammarService(public_url=standin.url)
    version = store.latest_version(gate.letter_id)
    letter_findings(store, gate.letter_id, version, grammar=service, actor="ed")
    edited = text.replace("We will recieve it.", "Jane Roe will recieve it.")
    found = letter_findings(store, gate.letter_id, version, edited, grammar=service, actor="ed")
    assert found.grammar.report.used_languagetool, found.grammar.report.notice
    assert standin.sent_texts[-1].endswith(" will recieve it.")
    assert [p for p in ("Maria", "Lopez", "Jane", "Roe") if p in "".join(standin.sent_texts)] == []
    assert [f.match for f in found.grammar.report.findings] == ["recieve"]
    assert len(sends(store)) == 2


def test_the_public_api_without_a_send_log_gets_nothing(standin):
    service = GrammarService(public_url=standin.url)
    choice = CheckerChoice(PUBLIC, "", 3.0, "settings")
    report = service.check("We will recieve it.", "en", choice, consented=True)
    assert standin.checks == [] and report.problem is Problem.NEEDS_CONSENT


class _StartedTool:
    def __init__(self, url):
        self.url = url + "/v2/"


def test_local_server_once_started_is_used(standin):
    local = LocalLanguageTool(launcher=lambda: _StartedTool(standin.url))
    service = GrammarService(local=local)
    choice = CheckerChoice(LOCAL, "", 3.0, "settings")
    first = service.check("We will recieve it.", "en", choice)
    assert first.problem in (Problem.STARTING, None)
    assert local.wait(5).state is State.READY
    report = service.check("We will recieve it.", "en", choice)
    assert report.used_languagetool and report.checker.startswith("LanguageTool 6.5 at")


def test_local_server_that_cannot_download_says_so_plainly(tmp_path):
    """The real language-tool-python, pointed at a closed loopback port instead of the
    download site, as on a machine without internet access."""
    closed = f"http://127.0.0.1:{_closed_port()}/"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LTP_PATH": str(tmp_path / "ltp"),
        **{
            f"LTP_DOWNLOAD_HOST_{kind}": closed
            for kind in ("RELEASE", "NEW_RELEASES", "ARCHIVE", "SNAPSHOT")
        },
    }
    script = (
        "from clearnotice.grammar.local_server import LocalLanguageTool\n"
        "local = LocalLanguageTool(); local.start(); status = local.wait(60)\n"
        "print(status.state.value); print(status.message)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=90,
        cwd=REPO,
    )  # fmt: skip
    state, message = result.stdout.strip().split("\n", 1)
    assert state == "failed", result.stderr
    if shutil.which("java") is None:
        assert "Java is not installed" in message
        return
    assert "download of the LanguageTool server (about 250 MB) failed" in message
    assert "cannot reach the download site" in message


def test_a_literal_asterisk_or_underscore_goes_as_text_the_checker_reads():
    parts, _starts = annotation(["Call *611, 5 * 3 or account_id; **now**."])
    assert [p["markup"] for p in parts if "markup" in p] == ["**", "**"]
    assert "".join(p.get("text", "") for p in parts) == "Call *611, 5 * 3 or account_id; now."
