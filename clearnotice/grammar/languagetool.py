"""Talking to a LanguageTool server over its HTTP protocol (``/v2/check``, ``/v2/languages``).

The server may be the local one language-tool-python starts (``local_server``), one the
organisation runs, or the public API. The requests are made here rather than through
language-tool-python's ``check()`` because, in the version we use, that call waits up to 300 s
and retries, reports 413, 429 and 5xx alike as one ``LanguageToolError`` without the status,
and corrects emoji offsets with class-wide state shared by every session of the process while
leaving the match length in the server's units. Here every request has our own deadline, each
status has its own message, and offsets are converted exactly:

LanguageTool is written in Java and counts offsets in UTF-16 code units, so an emoji (one
Python character, two UTF-16 units) shifts every later offset; clearnotice/offsets.py converts
them. Markdown markup and placeholders go to the server as markup (the ``data`` parameter), so
``**`` is not read as text, and the server's offsets still count them.
"""

from __future__ import annotations

import json
import re
import threading
import time
from bisect import bisect_right
from collections import deque
from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit

import requests

from clearnotice import inline_markup
from clearnotice.disjoint_spans import DisjointSpans
from clearnotice.grammar.checker import CheckerFailure, Problem
from clearnotice.model import Finding, Severity
from clearnotice.offsets import Utf16Offsets, utf16_length
from clearnotice.placeholders import PLACEHOLDER

# The public API takes at most 20,000 characters and 20 requests a minute per client
# (LanguageTool's "Public HTTP Proofreading API" page, dev.languagetool.org/public-http-api).
MAX_REQUEST_CHARS = 20_000
PUBLIC_REQUESTS_PER_MINUTE = 20
PUBLIC_API_URL = "https://api.languagetool.org/"
# After a timeout, an unreachable server or a server error, edits use the offline checker
# for this long instead of waiting again on every keystroke; the Retry button asks at once.
HOLD_AFTER_FAILURE = 60.0
# Back-off after a 429 without a Retry-After header: doubles each time, up to the maximum.
FIRST_BACKOFF = 30.0
MAX_BACKOFF = 600.0
MAX_SUGGESTIONS = 5

_SEVERITY = {
    "misspelling": Severity.ERROR,
    "grammar": Severity.ERROR,
    "duplication": Severity.ERROR,
    "typographical": Severity.WARNING,
    "whitespace": Severity.WARNING,
    "inconsistency": Severity.WARNING,
}
# The link syntax around a link's words; emphasis, code and placeholders come from inline_markup.
_LINK_MARKUP = re.compile(r"\]\([^)\s]*\)|\[(?=[^\]\n]*\]\()")
# A placeholder is read as a short neutral word, so "Dear {{ customer_name }}," stays a sentence.
PLACEHOLDER_READS_AS = "X"


def normalise_url(url: str) -> str:
    """``http://host:8081`` or ``…/v2/`` -> ``http://host:8081/v2/``; refuses non-HTTP URLs."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"{url!r} is not a LanguageTool server address: it must start with http:// or "
            "https:// and name a host, for example http://languagetool.internal:8081"
        )
    path = parts.path.rstrip("/")
    if path.endswith("/v2"):
        path = path[: -len("/v2")]
    return f"{parts.scheme}://{parts.netloc}{path}/v2/"


def annotation(pieces: Sequence[str]) -> tuple[list[dict], list[int]]:
    """LanguageTool's ``data`` annotation for ``pieces`` joined by blank lines, and where each
    piece starts in the joined text (Python indices)."""
    parts: list[dict] = []
    starts: list[int] = []
    position = 0
    for n, piece in enumerate(pieces):
        if n:
            parts.append({"text": "\n\n"})
            position += 2
        starts.append(position)
        last = 0
        for start, end, reads_as_word in _markup(piece):
            if start > last:
                parts.append({"text": piece[last:start]})
            markup = {"markup": piece[start:end]}
            if reads_as_word:
                markup["interpretAs"] = PLACEHOLDER_READS_AS
            parts.append(markup)
            last = end
        if last < len(piece):
            parts.append({"text": piece[last:]})
        position += len(piece)
    return parts, starts


def _markup(piece: str) -> list[tuple[int, int, bool]]:
    """Where ``piece`` has markup, and whether it reads as a word (a code span, a placeholder)."""
    words = [
        (span.start, span.end, True)
        for span in inline_markup.parse(piece)
        if span.code or PLACEHOLDER.fullmatch(span.text)
    ]
    read_as_words = DisjointSpans.covering((start, end) for start, end, _ in words)
    found = words + [
        (start, end, False)
        for start, end in inline_markup.markup_ranges(piece)
        if not read_as_words.encloses(start, end)  # a code span's fences
    ]
    taken = DisjointSpans.covering((start, end) for start, end, _ in found)
    for link in _LINK_MARKUP.finditer(piece):
        if not taken.overlaps(link.start(), link.end()):
            found.append((link.start(), link.end(), False))
            taken.add(link.start(), link.end())
    return sorted(found)


class LanguageToolClient:
    """One LanguageTool server: its languages, its version, and its rate-limit state.

    Shared by every session of the process, so a 429 slows down every session at once.
    """

    def __init__(self, url: str, *, public: bool = False):
        self.url = normalise_url(url)
        self.public = public
        self.version: str | None = None
        self._languages: list[dict] | None = None
        self._lock = threading.Lock()
        self._hold_until = 0.0
        self._hold: CheckerFailure | None = None
        self._backoff = 0.0
        self._sent: deque[float] = deque()

    @property
    def cache_key(self) -> str:
        return f"languagetool@{self.url}"

    @property
    def address(self) -> str:
        return self.url[: -len("v2/")]

    def label(self, language: str) -> str:
        name = f"LanguageTool {self.version}" if self.version else "LanguageTool"
        where = "the public LanguageTool API" if self.public else self.address
        return f"{name} at {where}"

    def reset(self) -> None:
        """Forget a past failure so the next check asks the server at once (the Retry button)."""
        with self._lock:
            self._hold_until = 0.0
            self._hold = None

    def held(self) -> CheckerFailure | None:
        """The failure that still stands (during a hold or back-off), if any."""
        with self._lock:
            if self._hold is not None and time.monotonic() < self._hold_until:
                remaining = self._hold_until - time.monotonic()
                return CheckerFailure(self._hold.problem, self._hold.message, remaining)
            return None

    # checking ----------------------------------------------------------------------------------
    def check(
        self, pieces: Sequence[str], language: str, *, timeout: float
    ) -> list[tuple[Finding, ...]]:
        held = self.held()
        if held is not None:
            raise held
        deadline = time.monotonic() + timeout
        try:
            code = self.language_code(language, deadline=deadline)
            results: list[tuple[Finding, ...]] = []
            for batch in _batches(pieces):
                results += self._check_batch(batch, code, deadline)
            with self._lock:
                self._backoff = 0.0
            return results
        except CheckerFailure as failure:
            self._remember(failure)
            raise

    def _remember(self, failure: CheckerFailure) -> None:
        hold = failure.retry_after
        if hold is None and failure.problem in (
            Problem.TIMEOUT,
            Problem.UNREACHABLE,
            Problem.SERVER_ERROR,
        ):
            hold = HOLD_AFTER_FAILURE
        if hold:
            failure.retry_after = hold
            with self._lock:
                self._hold = failure
                self._hold_until = time.monotonic() + hold

    def _check_batch(
        self, pieces: Sequence[str], code: str, deadline: float
    ) -> list[tuple[Finding, ...]]:
        parts, starts = annotation(pieces)
        joined = "".join(p.get("text", p.get("markup", "")) for p in parts)
        response = self._request(
            "post",
            "check",
            deadline,
            data={"language": code, "data": json.dumps({"annotation": parts})},
        )
        if response.status_code == 413 and len(pieces) > 1:
            # This server takes less than we thought: ask again in two halves.
            half = len(pieces) // 2
            return self._check_batch(pieces[:half], code, deadline) + self._check_batch(
                pieces[half:], code, deadline
            )
        body = self._json(response)
        # JSON of another shape (a proxy's error, another program) is no check: read as one, it
        # either crashed the editor or said "nothing found" for a text nobody checked.
        try:
            found = _split_matches(_matches(body), joined, pieces, starts)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise self._unreadable() from error
        warnings = body.get("warnings")
        if isinstance(warnings, dict) and warnings.get("incompleteResults") is True:
            raise self._cut_short(str(warnings.get("incompleteResultsReason") or ""))
        software = body.get("software")
        if isinstance(software, dict) and software.get("version"):
            self.version = str(software["version"])
        return found

    # languages ---------------------------------------------------------------------------------
    def languages(self, *, deadline: float) -> list[dict]:
        if self._languages is None:
            body = self._json(self._request("get", "languages", deadline))
            if not isinstance(body, list) or not all(isinstance(e, dict) for e in body):
                raise CheckerFailure(
                    Problem.SERVER_ERROR,
                    f"{self.address} did not answer /v2/languages with LanguageTool's list of "
                    "languages: is it a LanguageTool server?",
                )
            self._languages = body
        return self._languages

    def probe(self, timeout: float) -> list[dict]:
        """Ask the server for its languages now (the Settings page's connection test)."""
        self.reset()
        self._languages = None
        try:
            return self.languages(deadline=time.monotonic() + timeout)
        except CheckerFailure as failure:
            self._remember(failure)
            raise

    def language_code(self, language: str, *, deadline: float) -> str:
        """The server's code for ``language``: "en" -> "en-US" (English is only spell-checked
        in a regional variant), "es" -> "es"."""
        entries = self.languages(deadline=deadline)
        long_codes = {e.get("longCode", "") for e in entries}
        codes = {e.get("code", "") for e in entries}
        base = language.split("-")[0].lower()
        preferred = {"en": "en-US", "de": "de-DE", "pt": "pt-PT", "ca": "ca-ES", "nl": "nl-NL"}
        regional = language if "-" in language else ""
        for candidate in (regional, preferred.get(base, ""), language):
            if candidate and candidate in long_codes:
                return candidate
        if base in codes:
            return base
        variants = sorted(c for c in long_codes if c.split("-")[0] == base)
        if variants:
            return variants[0]
        raise CheckerFailure(
            Problem.UNSUPPORTED_LANGUAGE,
            f"The LanguageTool at {self.address} does not check {language!r}.",
        )

    # HTTP --------------------------------------------------------------------------------------
    def _request(self, method: str, path: str, deadline: float, data: dict | None = None):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise self._timeout(deadline)
        if self.public:
            self._respect_public_rate()
        url = urljoin(self.url, path)
        try:
            if method == "post":
                response = requests.post(url, data=data, timeout=(remaining, remaining))
            else:
                response = requests.get(url, timeout=(remaining, remaining))
        except requests.Timeout as error:
            raise self._timeout(deadline) from error
        except requests.ConnectionError as error:
            raise CheckerFailure(
                Problem.UNREACHABLE,
                f"LanguageTool at {self.address} cannot be reached (nothing answers there, or "
                "the network is down). The offline checker's results are shown instead.",
            ) from error
        except requests.RequestException as error:
            raise CheckerFailure(
                Problem.UNREACHABLE, f"LanguageTool at {self.address} failed: {error}"
            ) from error
        self._raise_for_status(response)
        return response

    def _timeout(self, deadline: float) -> CheckerFailure:
        return CheckerFailure(
            Problem.TIMEOUT,
            f"LanguageTool at {self.address} did not answer in time. The offline checker's "
            "results are shown instead; editing is not held up.",
        )

    def _cut_short(self, reason: str) -> CheckerFailure:
        """LanguageTool marks an answer incomplete when it stopped checking early, its own time
        limit reached (RuleMatchesAsJsonSerializer.writeWarningsSection, languagetool-core): its
        silence about the rest of the text is no clean check."""
        said = f" ({_first_line(reason)})" if reason.strip() else ""
        return CheckerFailure(
            Problem.TIMEOUT,
            f"LanguageTool at {self.address} checked only part of the text{said}. The offline "
            "checker's results are shown instead; editing is not held up.",
        )

    def _respect_public_rate(self) -> None:
        now = time.monotonic()
        with self._lock:
            while self._sent and now - self._sent[0] > 60:
                self._sent.popleft()
            if len(self._sent) >= PUBLIC_REQUESTS_PER_MINUTE:
                wait = 60 - (now - self._sent[0])
                raise CheckerFailure(
                    Problem.RATE_LIMITED,
                    "The public LanguageTool API takes at most "
                    f"{PUBLIC_REQUESTS_PER_MINUTE} requests a minute; the next check goes out "
                    f"in {wait:.0f} s. The offline checker's results are shown meanwhile.",
                    retry_after=wait,
                )
            self._sent.append(now)

    def _raise_for_status(self, response: requests.Response) -> None:
        status = response.status_code
        if status < 400 or status == 413:
            return  # 413 is handled by the caller, which can split the request
        said = _first_line(response.text)
        if status == 429:
            wait = _retry_after(response)
            with self._lock:
                if wait is None:
                    self._backoff = min(MAX_BACKOFF, (self._backoff * 2) or FIRST_BACKOFF)
                    wait = self._backoff
            raise CheckerFailure(
                Problem.RATE_LIMITED,
                f"LanguageTool at {self.address} asks us to slow down (429 Too Many Requests"
                f"{': ' + said if said else ''}). It will be asked again in {wait:.0f} s; the "
                "offline checker's results are shown meanwhile.",
                retry_after=wait,
            )
        if status >= 500:
            raise CheckerFailure(
                Problem.SERVER_ERROR,
                f"LanguageTool at {self.address} had an internal error (HTTP {status}"
                f"{': ' + said if said else ''}). The offline checker's results are shown "
                "instead; ask whoever runs the server, or retry.",
            )
        raise CheckerFailure(
            Problem.REJECTED,
            f"LanguageTool at {self.address} refused the request (HTTP {status}"
            f"{': ' + said if said else ''}).",
        )

    def _json(self, response: requests.Response):
        if response.status_code == 413:
            raise CheckerFailure(
                Problem.TOO_LARGE,
                f"LanguageTool at {self.address} refused a paragraph as too long (413"
                f"{': ' + _first_line(response.text) if response.text else ''}). Split the "
                "paragraph; the offline checker's results are shown for it.",
            )
        try:
            return response.json()
        except ValueError as error:
            raise self._unreadable() from error

    def _unreadable(self) -> CheckerFailure:
        return CheckerFailure(
            Problem.SERVER_ERROR,
            f"{self.address} answered with something that is not LanguageTool's JSON: is "
            "the address right?",
        )


def _first_line(body: str) -> str:
    return (body or "").strip().splitlines()[0][:300] if (body or "").strip() else ""


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(1.0, float(value))
    except ValueError:
        return None  # absent, or an HTTP date: use our own back-off


def _batches(pieces: Sequence[str]) -> list[list[str]]:
    """Consecutive pieces grouped into requests under the size limit (blank line between)."""
    batches: list[list[str]] = []
    size = 0
    for piece in pieces:
        length = utf16_length(piece)
        if length >= MAX_REQUEST_CHARS:
            raise CheckerFailure(
                Problem.TOO_LARGE,
                f"A paragraph of {length:,} characters is longer than LanguageTool takes in one "
                f"request ({MAX_REQUEST_CHARS:,}).",
            )
        if batches and size + 2 + length < MAX_REQUEST_CHARS:
            batches[-1].append(piece)
            size += 2 + length
        else:
            batches.append([piece])
            size = length
    return batches


def _matches(body) -> list:
    """The matches of a check answer; TypeError when ``body`` is not one. LanguageTool always
    sends "matches", a list, empty when it found nothing (the /v2/check response in its API
    description, https://languagetool.org/http-api/swagger-ui/#/default/post_check, written by
    RuleMatchesAsJsonSerializer.writeMatchesSection in languagetool-core)."""
    matches = body.get("matches") if isinstance(body, dict) else None
    if not isinstance(matches, list):
        raise TypeError("not a LanguageTool check answer")
    return matches


def _split_matches(
    matches: list[dict], joined: str, pieces: Sequence[str], starts: list[int]
) -> list[tuple[Finding, ...]]:
    index = Utf16Offsets(joined)
    per_piece: list[list[Finding]] = [[] for _ in pieces]
    for match in matches:
        start = index.to_python(int(match["offset"]))
        end = index.to_python(int(match["offset"]) + int(match["length"]))
        if start is None or end is None:
            continue  # not about whole characters of the text sent
        n = bisect_right(starts, start) - 1
        if n < 0:
            continue
        local_start, local_end = start - starts[n], end - starts[n]
        if local_end > len(pieces[n]) or local_start >= local_end:
            continue  # spans the blank line between two pieces: about neither
        per_piece[n].append(_finding(match, pieces[n], local_start, local_end))
    return [tuple(found) for found in per_piece]


def _finding(match: dict, piece: str, start: int, end: int) -> Finding:
    rule = match.get("rule") or {}
    rule_id = str(rule.get("id", "UNKNOWN"))
    issue = str(rule.get("issueType", ""))
    urls = [u.get("value") for u in rule.get("urls") or [] if u.get("value")]
    description = rule.get("description") or rule_id
    replacements = [r.get("value", "") for r in match.get("replacements") or []]
    return Finding(
        f"languagetool.{rule_id}",
        _SEVERITY.get(issue, Severity.SUGGESTION),
        str(match.get("message") or description),
        start,
        end,
        piece[start:end],
        suggestions=tuple(r for r in replacements if r)[:MAX_SUGGESTIONS],
        source=urls[0] if urls else f"LanguageTool rule {rule_id}: {description}",
        extra=(
            ("category", str((rule.get("category") or {}).get("id", ""))),
            ("issue_type", issue),
        ),
    )
