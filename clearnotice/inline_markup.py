"""The one reader of inline Markdown in a letter: bold, italic, code spans and backslash escapes.

It follows CommonMark's rules (spec 0.31.2, sections 2.4 "Backslash escapes", 6.1 "Code spans"
and 6.2 "Emphasis and strong emphasis"), because a rougher reading changes the approved text:
an asterisk between spaces ("5 * 3 = 15"), one that opens a word without a closing partner
("Call *611") or an underscore inside a word (``account_id``) is a literal character, and
``\\*`` is an asterisk. A ``{{ placeholder }}`` and a web address are read as one literal
piece each, so a placeholder's name or an address like ``example.com/_faq_/`` is never taken
for emphasis. Exports, plain-text counts, the skim preview and the rule scan all read inline
markup through ``parse``.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass

from clearnotice import caches
from clearnotice.placeholders import PLACEHOLDER

# CommonMark 2.4: any ASCII punctuation character may be backslash-escaped.
_ESCAPABLE = frozenset(string.punctuation)
_EMPHASIS = "*_"
# Every character that can start markup (an escape, a code span, emphasis): text with none of
# them reads as written, which most paragraphs of a letter do.
_MARKUP_START = re.compile(r"[\\`*_]")
# A bare web address, as GitHub Flavored Markdown's "extended www/url autolinks" (GFM spec 6.9)
# read it: it ends before white space or "<", and trailing punctuation is not part of it.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<]*[^\s<?!.,:*_~'\")\]]")
# Where a token other than plain text may start: an escape, a code span, a placeholder, a web
# address (an "h" or "w" that starts a word: no letter or digit before it) or emphasis.
# ``_tokenize`` jumps from one to the next: every other character is plain text, and a line
# read character by character in Python took as long as counting its words.
_TOKEN_START = re.compile(r"[\\`{*_]|(?<![^\W_])[hw]")


@dataclass(frozen=True)
class Span:
    """A piece of the text as a reader sees it. ``start``/``end`` are the characters of the
    source it comes from (``\\*`` is two source characters for one ``*``)."""

    start: int
    end: int
    text: str
    strong: bool = False
    emphasis: bool = False
    code: bool = False


@dataclass
class _Token:
    start: int
    end: int
    text: str
    code: bool = False
    char: str = ""  # "*" or "_" for a delimiter run, "" for text
    can_open: bool = False
    can_close: bool = False
    strong: int = 0
    emphasis: int = 0

    @property
    def left(self) -> int:
        """Characters of a delimiter run still unused, counted from ``start``."""
        return self.end - self.start


@caches.of_text(4096)
def parse(markdown: str) -> tuple[Span, ...]:
    """``markdown`` as spans of literal text, each saying whether it is bold, italic or code.

    The characters that are markup (emphasis markers, code-span backticks, the backslash of an
    escape) belong to no span. Block structure is not read here: pass one block's text.
    """
    tokens = _tokenize(markdown)
    _match_emphasis(tokens)
    spans: list[Span] = []
    for token in tokens:
        if token.start == token.end:
            continue
        text = markdown[token.start : token.end] if token.char else token.text
        spans.append(
            Span(token.start, token.end, text, token.strong > 0, token.emphasis > 0, token.code)
        )
    return tuple(spans)


def plain(markdown: str) -> str:
    """``markdown`` as the reader sees it, with every inline marker removed."""
    if not _MARKUP_START.search(markdown):
        return markdown
    return "".join(span.text for span in parse(markdown))


def mask(markdown: str) -> str:
    """``markdown`` with every markup character replaced by a space, so offsets still hold."""
    if not _MARKUP_START.search(markdown):
        return markdown
    out = list(markdown)
    for start, end in markup_ranges(markdown):
        out[start:end] = " " * (end - start)
    return "".join(out)


def markup_ranges(markdown: str) -> list[tuple[int, int]]:
    """Where the markup characters are: the source between and around the spans' text."""
    ranges: list[tuple[int, int]] = []
    position = 0
    for span in parse(markdown):
        if span.start > position:
            ranges.append((position, span.start))
        if len(span.text) != span.end - span.start:  # an escape or a code span's fences
            ranges.extend(_inner_markup(markdown, span))
        position = span.end
    if position < len(markdown):
        ranges.append((position, len(markdown)))
    return ranges


def strong_runs(markdown: str) -> list[Span]:
    """Each stretch of bold text, with the source characters it spans (markers inside it
    included), so that ``**a *b* c**`` is one bold run."""
    if not _MARKUP_START.search(markdown):
        return []  # bold needs "*" or "_": a text with neither is not parsed
    runs: list[Span] = []
    for span in parse(markdown):
        if not span.strong:
            continue
        last = runs[-1] if runs else None
        if last is not None and not markdown[last.end : span.start].strip(_EMPHASIS + "`\\"):
            runs[-1] = Span(last.start, span.end, last.text + span.text, strong=True)
        else:
            runs.append(Span(span.start, span.end, span.text, strong=True))
    return runs


def _inner_markup(markdown: str, span: Span) -> list[tuple[int, int]]:
    if span.code:
        source = markdown[span.start : span.end]
        fence = len(source) - len(source.lstrip("`"))
        return [(span.start, span.start + fence), (span.end - fence, span.end)]
    return [(span.start, span.start + 1)]  # the backslash of an escape


def _tokenize(markdown: str, starts: re.Pattern[str] = _TOKEN_START) -> list[_Token]:
    """``markdown`` as text and delimiter tokens. Only the places ``starts`` finds are looked
    at; the test reads every character (``[\\s\\S]``) and compares."""
    tokens: list[_Token] = []
    text_start = 0
    i = 0
    n = len(markdown)

    def flush(upto: int) -> None:
        if upto > text_start:
            tokens.append(_Token(text_start, upto, markdown[text_start:upto]))

    while (found := starts.search(markdown, i)) is not None:
        i = found.start()
        char = markdown[i]
        if char == "\\" and i + 1 < n and markdown[i + 1] in _ESCAPABLE:
            flush(i)
            tokens.append(_Token(i, i + 2, markdown[i + 1]))
            i = text_start = i + 2
        elif char == "`":
            fence_end = _run_end(markdown, i)
            close = _closing_fence(markdown, fence_end, fence_end - i)
            if close < 0:  # no closing fence: the backticks are literal (CommonMark 6.1)
                i = fence_end
                continue
            flush(i)
            end = close + fence_end - i
            tokens.append(_Token(i, end, _code_text(markdown[fence_end:close]), code=True))
            i = text_start = end
        elif char == "{" and (placeholder := PLACEHOLDER.match(markdown, i)):
            flush(i)
            tokens.append(_Token(i, placeholder.end(), placeholder.group()))
            i = text_start = placeholder.end()
        elif (
            char in "hw"
            and (i == 0 or not markdown[i - 1].isalnum())
            and (address := _WEB_ADDRESS.match(markdown, i))
        ):
            flush(i)
            tokens.append(_Token(i, address.end(), address.group()))
            i = text_start = address.end()
        elif char in _EMPHASIS:
            flush(i)
            end = _run_end(markdown, i)
            tokens.append(_delimiter_run(markdown, i, end))
            i = text_start = end
        else:
            i += 1
    flush(n)
    return tokens


def _run_end(markdown: str, start: int) -> int:
    end = start
    while end < len(markdown) and markdown[end] == markdown[start]:
        end += 1
    return end


def _closing_fence(markdown: str, start: int, length: int) -> int:
    """Where a backtick run of exactly ``length`` starts after ``start``, or -1."""
    position = markdown.find("`", start)
    while position >= 0:
        end = _run_end(markdown, position)
        if end - position == length:
            return position
        position = markdown.find("`", end)
    return -1


def _code_text(content: str) -> str:
    # CommonMark 6.1: line endings read as spaces; one space is stripped from each side when
    # both sides have one and the content is not all spaces.
    content = content.replace("\r\n", " ").replace("\n", " ")
    if len(content) > 1 and content[0] == content[-1] == " " and content.strip(" "):
        content = content[1:-1]
    return content


def _delimiter_run(markdown: str, start: int, end: int) -> _Token:
    """A run of ``*`` or ``_`` with whether it may open or close emphasis (CommonMark 6.2)."""
    char = markdown[start]
    before = markdown[start - 1] if start else " "  # the edge of the text counts as space
    after = markdown[end] if end < len(markdown) else " "
    left = not after.isspace() and (
        not _is_punctuation(after) or before.isspace() or _is_punctuation(before)
    )
    right = not before.isspace() and (
        not _is_punctuation(before) or after.isspace() or _is_punctuation(after)
    )
    if char == "*":
        can_open, can_close = left, right
    else:  # "_" never opens or closes inside a word: snake_case stays as typed
        can_open = left and (not right or _is_punctuation(before))
        can_close = right and (not left or _is_punctuation(after))
    return _Token(start, end, "", char=char, can_open=can_open, can_close=can_close)


def _is_punctuation(char: str) -> bool:
    # CommonMark 0.31: a Unicode punctuation character is in a P (punctuation) or S (symbol)
    # general category.
    return unicodedata.category(char)[0] in "PS"


def _match_emphasis(tokens: list[_Token]) -> None:
    """CommonMark's "process emphasis" procedure (spec appendix A) over one block's tokens.

    A matched pair marks every token between the two runs as strong (two markers used) or
    emphasised (one), and shrinks both runs from the inside; whatever is left of a run when
    nothing more matches is literal text.
    """
    stack = [index for index, token in enumerate(tokens) if token.char]
    original = {index: tokens[index].left for index in stack}
    # per kind of closer, the token below which no opener can match it: never look there again
    bottom: dict[tuple[str, bool, int], int] = {}
    position = 0
    while position < len(stack):
        closer_index = stack[position]
        closer = tokens[closer_index]
        if not closer.can_close:
            position += 1
            continue
        key = (closer.char, closer.can_open, original[closer_index] % 3)
        found = -1
        for below in range(position - 1, -1, -1):
            if stack[below] <= bottom.get(key, -1):
                break
            opener = tokens[stack[below]]
            if opener.char != closer.char or not opener.can_open:
                continue
            both = opener.can_close or closer.can_open
            total = original[stack[below]] + original[closer_index]
            if both and total % 3 == 0 and original[closer_index] % 3 != 0:
                continue  # the "rule of 3": ***a** is not matched that way
            found = below
            break
        if found < 0:
            bottom[key] = stack[position - 1] if position else -1
            if not closer.can_open:
                del stack[position]
            else:
                position += 1
            continue
        opener_index = stack[found]
        opener = tokens[opener_index]
        used = 2 if opener.left >= 2 and closer.left >= 2 else 1
        for token in tokens[opener_index + 1 : closer_index]:
            if used == 2:
                token.strong += 1
            else:
                token.emphasis += 1
        opener.end -= used
        closer.start += used
        del stack[found + 1 : position]  # runs between the pair can no longer match
        position = found + 1
        if not opener.left:
            del stack[found]
            position -= 1
        if not closer.left:
            del stack[position]
