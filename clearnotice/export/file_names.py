"""The names of exported files (a letter's, the letters in a mail merge's ZIP, the ZIP's own),
made from text as a reader sees it: one function, so every export names its file alike."""

from __future__ import annotations

import html
import re
import unicodedata

# A tag is "<" then a name or "/name" (or a comment): "costs < 5 and > 2" holds none, and its
# words stay (HTML Living Standard, 13.1.2 "Elements": a start tag's name follows "<" directly).
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
# At most 60 characters and 120 bytes in UTF-8: a name of four-byte letters (CJK Extension B)
# with its suffix ("-zh-v1-DRAFT.docx") stays far below the 255 bytes ext4, NTFS and APFS allow
# in one name, and a short name is still read whole in a download bar.
MAX_CHARACTERS = 60
MAX_BYTES = 120


def file_stem(text: str, fallback: str = "letter") -> str:
    """``text`` as a reader sees it (its HTML tags dropped, its entities as the characters they
    stand for), its words of any script joined by hyphens, for a file name: letters, marks and
    digits only (an ASCII-only name made "letter" of every Russian title and "violaci-n" of
    "violación"), composed (NFC) however it was typed, no path or dot, cut between words to
    MAX_CHARACTERS and MAX_BYTES. ``fallback`` when no word is left. Every name adds its
    language or row after the stem, so none is a name Windows reserves ("CON.txt")."""
    seen = html.unescape(_TAG.sub(" ", text))
    kept = "".join(
        char if unicodedata.category(char)[0] in "LMN" else " "
        for char in unicodedata.normalize("NFC", seen)
    )
    words: list[str] = []
    for word in kept.split():
        joined = "-".join([*words, word])
        if len(joined) > MAX_CHARACTERS or len(joined.encode("utf-8")) > MAX_BYTES:
            if not words:  # one word longer than a name: cut it before a letter, not its marks
                words.append(_cut(word))
            break
        words.append(word)
    return "-".join(words) or fallback


def _cut(word: str) -> str:
    """The longest start of ``word`` within the bounds that ends before a letter, not between
    a letter and its marks (a Devanagari consonant and its vowel sign)."""
    end = min(MAX_CHARACTERS, len(word))
    while end and (
        len(word[:end].encode("utf-8")) > MAX_BYTES
        or (end < len(word) and unicodedata.category(word[end]) == "M")
    ):
        end -= 1
    return word[:end]


def merge_zip_name(letter_id: int, fmt: str) -> str:
    """The name of a mail merge's ZIP, on the command line and as the page hands it over: by
    the letter's number, which no two letters share, not its title."""
    return f"letter-{letter_id}-{fmt}.zip"
