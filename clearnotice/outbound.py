"""What leaves this machine for an online service: personal data replaced before, put back after,
and every call recorded in the send log.

Names, addresses, e-mails, phones, account and card numbers, codes and merge fields
(``clearnotice.personal_data``) become numbered tokens of plain letters, the shape Apertium and
every online engine pass through untouched (``clearnotice.translate.protect``). ``OutboundGate``
is the only way an online translator or the public LanguageTool API is called: it checks the
letter's recorded consent at that moment, redacts, writes the send-log row, sends, and restores
the answer. ``preview`` is the same redaction, shown to the person before the first call.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from clearnotice.letters import Letter, Store, writable
from clearnotice.model import Finding
from clearnotice.permissions import Action, PermissionRefused, require_to_read
from clearnotice.personal_data import KIND_LABELS, find_personal_data, names_in
from clearnotice.send_log import record_send
from clearnotice.translate.protect import Protected, is_token, replace_spans, restore, token

Answer = TypeVar("Answer")
Restored = TypeVar("Restored")
# Between the texts of one call in the send log's fingerprint and in the preview: the blank line
# LanguageTool's requests put between paragraphs.
JOINER = "\n\n"


class SendRefused(ValueError):
    """The gate sent nothing; the message says why, for the person who asked."""


def redact(text: str, language: str = "en", names: tuple[str, ...] = ()) -> Protected:
    """``text`` with each piece of personal data as a numbered token, and what to put back;
    ``names`` are the people the whole letter names (``personal_data.names_in``).

    A token already in ``text`` (translation protects placeholders and codes first) stays."""
    spans = find_personal_data(text, language, names)
    return replace_spans(text, ((s.start, s.end) for s in spans if not is_token(s.text)))


def original_span(redaction: Protected, start: int, end: int) -> tuple[int, int] | None:
    """Where ``start:end`` of the redacted text lies in the original, or None when it touches
    a token (it is about our placeholder, not the person's words)."""
    shift = 0  # how much longer the redacted text is than the original, so far
    for n, (orig_start, orig_end) in enumerate(redaction.spans):
        token_start = orig_start + shift
        token_end = token_start + len(token(redaction.prefix, n))
        if end <= token_start:
            break
        if start < token_end:
            return None
        shift += token_end - token_start - (orig_end - orig_start)
    return start - shift, end - shift


def restore_findings(findings: Sequence[Finding], redaction: Protected) -> tuple[Finding, ...]:
    """Findings on the redacted text, moved onto the original; those on a token are dropped."""
    original, _ = restore(redaction.text, redaction)
    kept = []
    for f in findings:
        span = original_span(redaction, f.start, f.end)
        if span is not None:
            start, end = span
            kept.append(dataclasses.replace(f, start=start, end=end, match=original[start:end]))
    return tuple(kept)


@dataclass(frozen=True)
class Preview:
    """Exactly the text that goes out, and what was replaced in it, for the consent step."""

    text: str
    replaced: tuple[tuple[str, int], ...]  # (what, how many), e.g. ("name", 2)

    @property
    def summary(self) -> str:
        if not self.replaced:
            return "No personal data was found to replace."
        parts = [f"{n} {_plural(label) if n > 1 else label}" for label, n in self.replaced]
        return "Replaced by placeholders before sending: " + ", ".join(parts) + "."


def _plural(label: str) -> str:
    return label + ("es" if label.endswith("s") else "s")


def preview(texts: Sequence[str], letter: str, language: str = "en") -> Preview:
    """What ``texts`` (the pieces of ``letter`` a service is handed) become on their way out,
    joined as the service receives them, and how much personal data ``letter`` held."""
    names = names_in(letter, language)
    sent = JOINER.join(redact(text, language, names).text for text in texts)
    counts = Counter(KIND_LABELS[s.kind] for s in find_personal_data(letter, language, names))
    return Preview(sent, tuple(sorted(counts.items())))


class OutboundGate:
    """The one door to online services for one person working on one letter version.

    ``text`` is the whole letter the calls' texts come from: the names it holds are replaced in
    every call, also where a paragraph alone would not show them to be names. They are read at
    the first call, not when the gate is made: the grammar check makes a gate on every edit,
    and with a checker that sends nothing off this machine (the offline one, a server of ours)
    reading the whole letter for names would be wasted work."""

    def __init__(
        self,
        store: Store,
        *,
        actor: str,
        letter_id: int,
        version_id: int | None,
        text: str,
        language: str = "en",
    ):
        self.store = store
        self.actor = actor
        self.letter_id = letter_id
        self.version_id = version_id
        self._text = text
        self._language = language

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """The people the whole letter names (``personal_data.names_in``)."""
        return names_in(self._text, self._language)

    def send(
        self,
        service: str,
        texts: Sequence[str],
        language: str,
        call: Callable[[list[str]], Sequence[Answer]],
        put_back: Callable[[Answer, Protected], Restored],
    ) -> list[Restored]:
        """``call`` with ``texts`` redacted, its answers put back (``put_back``) one per text.

        Refused (SendRefused) unless the letter has a recorded consent for ``service`` now: a
        consent is checked when the text goes, not when the page was drawn.
        """
        self._refuse_unless_allowed(service)
        redactions = [redact(text, language, self.names) for text in texts]
        sent = [r.text for r in redactions]
        record_send(
            self.store,
            actor=self.actor,
            service=service,
            letter_id=self.letter_id,
            version_id=self.version_id,
            sent=JOINER.join(sent),
        )
        answers = call(sent)
        return [put_back(a, r) for a, r in zip(answers, redactions, strict=True)]

    def _refuse_unless_allowed(self, service: str) -> None:
        """SendRefused unless, now, the letter has a consent for ``service``, is not deleted,
        and ``actor`` may still send a letter's text off this machine. A consent stays on the
        letter, and the Edit page's grammar check reruns without the sign-in gate: a
        deactivated person's open tab, or a deleted letter's, would otherwise keep sending."""
        with self.store.session() as s:
            try:
                # the check writes nothing: one view of the database, not the write lock (the
                # send's log row takes that when it is written), so a refusal waits for no save
                require_to_read(s, self.actor, Action.CONSENT, letter_id=self.letter_id)
            except PermissionRefused as refused:
                raise SendRefused(f"Nothing was sent: {refused}") from None
            letter = s.get(Letter, self.letter_id)
            if letter is None or service not in (letter.consents or {}):
                raise SendRefused(
                    f"Nobody has agreed to send this letter's text to {service}; nothing was sent."
                )
            try:
                writable(s, self.letter_id)
            except ValueError as refused:  # the letter was deleted
                raise SendRefused(f"Nothing was sent: {refused}") from None
