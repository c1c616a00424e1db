"""The offline checker: Hunspell spelling plus a handful of grammar checks, nothing leaves the
machine and nothing needs a server.

Grammar checks: a word repeated ("the the"), "a"/"an" before the wrong sound (English), a small
letter after a full stop, and quotation marks or brackets that are opened and never closed (or
closed and never opened). Placeholders, addresses, codes and numbers are never flagged
(``protected``); names the dictionary does not know are told apart from typos where the text
shows it (see ``_spelling``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from clearnotice import text as segmentation
from clearnotice.grammar.protected import Protected, holds_digit
from clearnotice.grammar.spelling import Speller, install_hint, speller_for
from clearnotice.model import Finding, Severity

SPELLING = "grammar.spelling"
SPELLING_NAME = "grammar.spelling-name"
REPEATED_WORD = "grammar.repeated-word"
A_AN = "grammar.a-an"
CAPITAL_AFTER_STOP = "grammar.capital-after-stop"
UNBALANCED_BRACKET = "grammar.unbalanced-bracket"
UNBALANCED_QUOTE = "grammar.unbalanced-quote"

# ``extra`` marks findings whose corrections are computed only when the user asks (slow).
SUGGEST_ON_REQUEST = ("suggestions", "on-request")
OFFLINE_SOURCE = "ClearNotice offline grammar checks"

# Repetitions that are correct English ("I had had enough", "the fact that that happened").
_REPEATS_ALLOWED = {"en": {"had", "that"}, "es": set()}
# Markdown emphasis and opening punctuation that may sit between an article or a full stop and
# the next word.
_LEADING_MARKS = "*_\"'“‘«([¿¡"


class OfflineChecker:
    """Spelling and basic grammar from local dictionaries; never fails, never waits."""

    cache_key = "offline"

    def label(self, language: str) -> str:
        speller = speller_for(language)
        if speller is None:
            return (
                f"offline grammar checks only: no spelling dictionary for {language!r} is "
                f"installed ({install_hint(language)})"
            )
        return f"offline spelling ({speller.name} Hunspell dictionary) and basic grammar checks"

    def check(
        self, pieces: Sequence[str], language: str, *, timeout: float = 0
    ) -> list[tuple[Finding, ...]]:
        return [check_piece(piece, language) for piece in pieces]


def check_piece(text: str, language: str) -> tuple[Finding, ...]:
    """Every offline finding in one paragraph, heading or bullet item, offsets into ``text``."""
    protected = Protected(text)
    tokens = segmentation.words(text)
    base = language.split("-")[0].lower()
    found: list[Finding] = []
    speller = speller_for(language)
    if speller is not None:
        found += _spelling(text, tokens, protected, speller)
    found += _repeated_words(text, tokens, protected, base)
    if base == "en":
        found += _articles(text, tokens, protected)
    found += _capital_after_stop(text, protected)
    found += _unbalanced(text, protected)
    return tuple(found)


# spelling --------------------------------------------------------------------------------------
def _known(speller: Speller, word: str) -> bool:
    word = unicodedata.normalize("NFC", word)  # dictionaries are composed; pasted text may not be
    if speller.knows(word):
        return True
    if speller.name.startswith("en") and not word.isascii():
        # English dictionaries list loanwords without their accents ("cafe", "resume").
        plain = "".join(
            c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
        )
        if plain != word and speller.knows(plain):
            return True
    for possessive in ("'s", "’s"):
        if word.endswith(possessive) and speller.knows(word[: -len(possessive)]):
            return True
    # Hyphenated compounds are formed freely ("identity-theft", "one-time"): each part counts.
    parts = word.split("-")
    return len(parts) > 1 and all(p and speller.knows(p) for p in parts)


def _with_combining_marks(text: str, tokens: list[segmentation.Word]) -> list[segmentation.Word]:
    """Words with their combining accents: in decomposed text ("re\u0301sume\u0301") the
    segmenter ends a word at each accent, which would cut one word into several."""
    merged: list[segmentation.Word] = []
    for w in tokens:
        end = w.end
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        start = merged.pop().start if merged and merged[-1].end == w.start else w.start
        merged.append(segmentation.Word(start, end, text[start:end]))
    return merged


def _spelling(
    text: str, tokens: list[segmentation.Word], protected: Protected, speller: Speller
) -> list[Finding]:
    tokens = _with_combining_marks(text, tokens)
    found = []
    for i, w in enumerate(tokens):
        word = w.text
        if len(word) < 2 or holds_digit(word) or protected.overlaps(w.start, w.end):
            continue
        if word.isupper() or _known(speller, word):
            continue  # all capitals: an acronym (SSN, FBI), which no dictionary lists in full
        if word[0].isupper():
            if _in_name(text, tokens, i):
                continue  # "Northway Credit Watch", "Dana Whitfield": a name, not a typo
            if not _starts_sentence(text, w.start):
                found.append(
                    Finding(
                        SPELLING_NAME,
                        Severity.SUGGESTION,
                        f"“{word}” is not in the {speller.name} dictionary. If it is a name, "
                        "add it to the organisation's vocabulary; if not, check its spelling.",
                        w.start,
                        w.end,
                        word,
                        source=f"Hunspell dictionary {speller.name}",
                        extra=(SUGGEST_ON_REQUEST,),
                    )
                )
                continue
        found.append(
            Finding(
                SPELLING,
                Severity.ERROR,
                f"“{word}” is not in the {speller.name} dictionary: check its spelling.",
                w.start,
                w.end,
                word,
                source=f"Hunspell dictionary {speller.name}",
                extra=(SUGGEST_ON_REQUEST,),
            )
        )
    return found


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not holds_digit(word)


def _in_name(text: str, tokens: list[segmentation.Word], i: int) -> bool:
    """Two or more capitalised words side by side on one line read as a proper name."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and _is_capitalised(tokens[j].text):
            a, b = sorted((i, j))
            gap = text[tokens[a].end : tokens[b].start]
            if gap.strip(" \t") in ("", ".") and "\n" not in gap:
                return True
    return False


def _starts_sentence(text: str, position: int) -> bool:
    """Nothing but spaces, markup, quotes or emoji between ``position`` and the last full stop
    (or line start)."""
    for char in reversed(text[:position]):
        if char in ".!?…\n":
            return True
        if char.isalnum() or char in ",;:":
            return False
    return True


# repeated words --------------------------------------------------------------------------------
def _repeated_words(
    text: str, tokens: list[segmentation.Word], protected: Protected, language: str
) -> list[Finding]:
    allowed = _REPEATS_ALLOWED.get(language, set())
    found = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        same = first.text.casefold() == second.text.casefold()
        if not same or not first.text.isalpha() or first.text.casefold() in allowed:
            continue
        if text[first.end : second.start].strip() or protected.overlaps(first.start, second.end):
            continue
        found.append(
            Finding(
                REPEATED_WORD,
                Severity.ERROR,
                f"“{first.text}” is repeated.",
                first.start,
                second.end,
                text[first.start : second.end],
                suggestions=(first.text,),
                source=OFFLINE_SOURCE,
            )
        )
    return found


# a / an ----------------------------------------------------------------------------------------
# Letters whose English names start with a vowel sound, for initialisms read letter by letter.
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir", "herb")
_YOU_SOUND = (
    "unique", "unit", "union", "univers", "uniform", "unif", "unilateral", "usual", "user",
    "use", "usa", "utili", "uten", "utop", "uran", "urin", "eu", "ewe", "uk",
)  # fmt: skip
_ONE_SOUND = re.compile(r"^(?:one|once)(?:\W|$)")


def _vowel_sound(word: str) -> bool | None:
    """Whether ``word`` is spoken starting with a vowel sound; None when unsure."""
    if word[0].isdigit():
        number = re.match(r"\d+", word).group()
        if number[0] == "8" or number in ("11", "18"):
            return True
        if len(number) == 4 and number.startswith(("11", "18")):
            return None  # "eleven hundred" or "one thousand one hundred": either is said
        return False
    if word.isupper() and len(word) >= 2 and (len(word) <= 3 or not set(word) & set("AEIOU")):
        return word[0] in _VOWEL_SOUND_LETTERS  # "an SSN", "an FBI", "a URL"
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return True
    if lower.startswith(_YOU_SOUND) or _ONE_SOUND.match(lower):
        return False
    return lower[0] in "aeiou"


def _articles(text: str, tokens: list[segmentation.Word], protected: Protected) -> list[Finding]:
    found = []
    for article, following in zip(tokens, tokens[1:], strict=False):
        lower = article.text.lower()
        if lower not in ("a", "an") or protected.overlaps(following.start, following.end):
            continue
        if text[article.end : following.start].strip(" \t" + _LEADING_MARKS):
            continue  # "a.m.", "a/an": not an article followed by a word
        if article.text == "A" and not _starts_sentence(text, article.start):
            continue  # "Plan A if", "Type A or B": a letter, not the article
        vowel = _vowel_sound(following.text)
        if vowel is None or vowel == (lower == "an"):
            continue
        wanted = "an" if vowel else "a"
        if article.text[0].isupper():
            wanted = wanted.capitalize()
        found.append(
            Finding(
                A_AN,
                Severity.ERROR,
                f"Use “{wanted}” before “{following.text}”: the choice follows the sound "
                "that starts the next word.",
                article.start,
                article.end,
                article.text,
                suggestions=(wanted,),
                source=OFFLINE_SOURCE,
            )
        )
    return found


# capital after a full stop ---------------------------------------------------------------------
_STOP_THEN_WORD = re.compile(r"([.!?])[\"'”’)\]]*\s+[*_\"“‘(\[]*([^\W\d_][\w’'-]*)")


def _capital_after_stop(text: str, protected: Protected) -> list[Finding]:
    found = []
    for m in _STOP_THEN_WORD.finditer(text):
        word = m.group(2)
        if not word[0].islower() or any(c.isupper() for c in word):
            continue  # capitalised already, or a brand written in camel case ("iPhone")
        stop = m.start(1)
        if stop > 0 and text[stop - 1] in ".…":
            continue  # an ellipsis may go on in lower case
        if protected.overlaps(stop, stop + 1) or protected.overlaps(m.start(2), m.end(2)):
            continue
        if m.group(1) == "." and segmentation.ends_with_abbreviation(
            segmentation.sentence_tail(text, 0, stop + 1)
        ):
            continue  # "8 a.m. to", "e.g. the": the full stop ends an abbreviation
        found.append(
            Finding(
                CAPITAL_AFTER_STOP,
                Severity.WARNING,
                f"A new sentence starts with “{word}”: begin it with a capital letter.",
                m.start(2),
                m.end(2),
                word,
                suggestions=(word[0].upper() + word[1:],),
                source=OFFLINE_SOURCE,
            )
        )
    return found


# quotes and brackets ---------------------------------------------------------------------------
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "«": "»"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_ENUMERATOR = re.compile(r"(?:^|[\s(])(?:\d{1,3}|[A-Za-z])$")


def _unbalanced(text: str, protected: Protected) -> list[Finding]:
    found = []
    stack: list[int] = []
    straight_quotes: list[int] = []
    for i, char in enumerate(text):
        if char not in _PAIRS and char not in _CLOSERS and char != '"':
            continue
        if protected.overlaps(i, i + 1):
            continue
        if char == '"':
            straight_quotes.append(i)
        elif char in _PAIRS:
            stack.append(i)
        elif stack and text[stack[-1]] == _CLOSERS[char]:
            stack.pop()
        elif char == ")" and (_ENUMERATOR.search(text[:i]) or text[i - 1 : i] in (":", ";")):
            continue  # "a) first, b) second", or a smiley
        else:
            found.append(_bracket_finding(text, i, closes=True))
    found += [_bracket_finding(text, i, closes=False) for i in stack]
    if len(straight_quotes) % 2:
        i = straight_quotes[-1]
        found.append(
            Finding(
                UNBALANCED_QUOTE,
                Severity.WARNING,
                'This paragraph has an odd number of " marks: one quotation is not closed.',
                i,
                i + 1,
                '"',
                source=OFFLINE_SOURCE,
            )
        )
    return found


def _bracket_finding(text: str, i: int, *, closes: bool) -> Finding:
    char = text[i]
    quote = char in "“”«»"
    if closes:
        message = f"This “{char}” closes nothing: its opening {_kind(quote)} is missing."
    else:
        message = f"This “{char}” is never closed: add “{_PAIRS[char]}” where it should end."
    return Finding(
        UNBALANCED_QUOTE if quote else UNBALANCED_BRACKET,
        Severity.WARNING,
        message,
        i,
        i + 1,
        char,
        source=OFFLINE_SOURCE,
    )


def _kind(quote: bool) -> str:
    return "quotation mark" if quote else "bracket"
