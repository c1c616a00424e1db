"""Offsets into a letter as other programs count them: the one converter between Python's string
indices and UTF-16 offsets, and the browser text box's view of a text.

Python counts code points; Java (the LanguageTool server) and JavaScript (the browser) count
UTF-16 code units, in which a character beyond U+FFFF (an emoji such as 😔, a rare CJK
ideograph) is two units, a surrogate pair. Every other character is one unit in both, accented
letters included, whether composed (é, U+00E9) or decomposed (e + U+0301: two code points, two
units). So the two counts differ only by the astral characters before an offset. A browser text
box also turns CR LF and a lone CR into LF (HTML's "normalize newlines" for a textarea's value),
so offsets into the text it holds differ from offsets into the stored text after each CR LF.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """``text``'s length in UTF-16 code units, as Java's and JavaScript's ``length`` count it."""
    return len(text.encode("utf-16-le")) // 2


class Utf16Offsets:
    """Python index <-> UTF-16 offset for one text."""

    def __init__(self, text: str):
        self.length = len(text)
        # Python index of each astral character; its UTF-16 offset is that plus the ones before.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._units = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        """The UTF-16 offset of Python index ``index`` (0 to the text's length)."""
        return index + bisect_left(self._astral, index)

    def to_python(self, unit: int) -> int | None:
        """The Python index at UTF-16 offset ``unit``; None when it falls between the two
        halves of a character or outside the text: an offset about no whole character."""
        before = bisect_right(self._units, unit - 1)  # astral characters starting before it
        index = unit - before
        if before and self._units[before - 1] == unit - 1:
            return None  # the second half of a surrogate pair
        return index if 0 <= index <= self.length else None


def normalise_newlines(text: str) -> str:
    """The text as a browser text box holds it: the box turns CR LF and a lone CR into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_browser(text: str) -> Callable[[int], int]:
    """Maps a Python index into ``text`` to the UTF-16 offset into the text as a browser text
    box holds it (``normalise_newlines(text)``)."""
    # each CR LF becomes one LF: indices after its LF move back by one
    after_pairs = [m.start() + 2 for m in re.finditer("\r\n", text)]
    shown = Utf16Offsets(normalise_newlines(text))
    return lambda index: shown.to_utf16(index - bisect_right(after_pairs, index))
