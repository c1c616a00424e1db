"""Substitution: flag a word or phrase and offer the plain one to use instead (jargon, wordiness).

``swap`` maps a pattern to its replacement (or a list of them). The suggestion is written in
lower case in the rule file and gets a capital when it replaces the first word of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from clearnotice.checks import fitted
from clearnotice.checks.existence import combine
from clearnotice.checks.outcome import Outcome, RuleInfo, fill_message, finding
from clearnotice.checks.scan import LetterScan
from clearnotice.checks.scopes import SCOPES, hits_in_scope
from clearnotice.model import Severity

KEYS = frozenset({"swap", "ignorecase", "scope"})

# The article right before a flagged word, on its line or at the end of the line before (a
# letter wrapped by hand: "leveraged a\nzero-day vulnerability").
_ARTICLE = re.compile(r"(?<![\w'’-])(an?|the)([ \t]+|[ \t]*\n[ \t]*)\Z", re.IGNORECASE)
# A replacement that brings its own article ("misconfiguration": "a change to settings").
_OWN_ARTICLE = re.compile(r"(?:an?|the) ", re.IGNORECASE)
# "an" goes before a vowel sound, "a" before a consonant sound, whatever the letter (Merriam-
# Webster's usage note on "a"): a vowel letter read as a consonant ("a user", "a one-time
# code") and a silent h ("an hour") are the exceptions a replacement may start with.
_AN_SOUND = re.compile(r"(?!u[sn]i|use|one)[aeiou]|h(?:our|onest|onor|eir)", re.IGNORECASE)


def _article_for(words: str) -> str:
    return "an" if _AN_SOUND.match(words) else "a"


def agreeing(text: str, start: int, suggestions: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """Where a finding on words at ``start`` of ``text`` begins, and its ``suggestions``, made
    to agree with an article right before the words: a replacement's own article is dropped
    after one ("a misconfiguration" read "a a change to settings"), and where "a" or "an" no
    longer fits, the finding takes the article in and its suggestions bring the right one.
    Applying "more" for "additional" wrote "As an more measure of protection" (Bank of
    America's notice of the corpus, a walk through the app, 2026-12-01)."""
    before = _ARTICLE.search(text, max(0, start - 12), start)
    if before is None or not suggestions:
        return start, suggestions
    article, spacing = before.group(1), before.group(2)
    bare = tuple(
        s[_OWN_ARTICLE.match(s).end() :] if _OWN_ARTICLE.match(s) else s for s in suggestions
    )
    if article.lower() == "the" or all(_article_for(s) == article.lower() for s in bare):
        return start, bare
    capital = article[:1].isupper()
    return before.start(), tuple(
        (_article_for(s).capitalize() if capital else _article_for(s)) + spacing + s for s in bare
    )


@dataclass(frozen=True)
class Substitution:
    # its findings in a block come from that block alone (clearnotice.checks.block_parts)
    blockwise: ClassVar[bool] = True
    info: RuleInfo
    pattern: re.Pattern[str]
    swaps: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # longest key first
    scope: str

    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return (self.pattern,)

    def replacements(self, plain: str) -> tuple[str, ...]:
        """The swaps for ``plain``, the matched words with their markup blanked."""
        plain = plain.strip()
        for key, replacements in self.swaps:
            if key.fullmatch(plain):
                return replacements
        return ()

    def run(self, scan: LetterScan, level: Severity) -> Outcome:
        found = []
        for hit, matched in hits_in_scope(scan, self.pattern, self.scope):
            suggestions = self.replacements(scan.read(hit.start, hit.end))
            if scan.at_sentence_start(hit) or fitted.opens_line(scan.text, hit.start, matched):
                suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
            end, suggestions = fitted.pronoun_forms(scan.text, hit.end, suggestions)
            suggestions = fitted.object_form(scan.text, hit.start, suggestions)
            start, suggestions = fitted.without_echo(scan.text, hit.start, suggestions)
            start, suggestions = agreeing(scan.text, start, suggestions)
            words = scan.text[start : hit.start] + matched.strip("* ") + scan.text[hit.end : end]
            message = fill_message(
                self.info.message,
                match=words,
                suggestion=" or ".join(f"'{s}'" for s in suggestions),
            )
            found.append(finding(self.info, level, scan.text, start, end, message, suggestions))
        return Outcome(tuple(found))


def build(info: RuleInfo, spec) -> Substitution:
    ignorecase = spec.get("ignorecase", bool, True)
    swap = spec.get("swap", dict)
    if not swap:
        raise spec.error("swap", "needs at least one 'pattern: replacement' entry")
    swaps = []
    for key, value in swap.items():
        replacements = [value] if isinstance(value, str) else value
        if not isinstance(replacements, list) or not all(
            isinstance(r, str) and r.strip() for r in replacements
        ):
            raise spec.error(f"swap.{key}", "the replacement must be a string or a list of them")
        compiled = spec.pattern(str(key), f"swap.{key}", ignorecase=ignorecase, bounded_later=True)
        swaps.append((compiled, tuple(replacements)))
    keys = [str(k) for k in swap]
    swaps.sort(key=lambda s: len(s[0].pattern), reverse=True)
    return Substitution(
        info,
        spec.pattern(combine(keys, True), "swap", ignorecase=ignorecase),
        tuple(swaps),
        spec.choice("scope", SCOPES, "text"),
    )
