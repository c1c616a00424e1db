"""The fonts exported PDFs use, which characters each covers, and how wide each glyph is.

DejaVu Sans (Debian ``fonts-dejavu-core``) covers Latin with every accent, Vietnamese, Greek,
Cyrillic, Hebrew and Arabic. Chinese, Japanese and Korean need a CJK font; the first one
installed from ``FALLBACKS`` is used glyph by glyph for what DejaVu lacks. Faces are read once
per process (about 15 ms for DejaVu, 80 ms for a CJK collection) and shared by every letter it
renders.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU_PACKAGE = "fonts-dejavu-core"


@dataclass(frozen=True)
class FontFile:
    """A font file on disk, with the Debian package that installs it."""

    path: Path
    package: str
    covers: str
    index: int = 0  # face number inside a .ttc collection


BODY = FontFile(
    DEJAVU_DIR / "DejaVuSans.ttf",
    DEJAVU_PACKAGE,
    "Latin, Vietnamese, Greek, Cyrillic, Hebrew, Arabic",
)
BODY_BOLD = FontFile(DEJAVU_DIR / "DejaVuSans-Bold.ttf", DEJAVU_PACKAGE, "the same, bold")

# Tried in order; the smallest good font first (wqy-microhei is 5 MB, Noto CJK about 100 MB).
FALLBACKS = (
    FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "fonts-wqy-microhei", "CJK"),
    FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "fonts-wqy-zenhei", "CJK"),
    FontFile(
        Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), "fonts-noto-cjk", "CJK"
    ),
    FontFile(Path("/usr/share/fonts/truetype/arphic/uming.ttc"), "fonts-arphic-uming", "CJK"),
)

# Scripts whose letters change shape or order with their neighbours (Unicode blocks). PDF export
# shapes them with HarfBuzz only where DejaVu draws them and words are separated by spaces, so
# that its line breaking holds: Hebrew and Arabic (``PDF_SHAPED``). The others are refused with a
# message rather than printed wrong: no installed font has them, or, like Thai, Lao, Khmer and
# Myanmar, they write no spaces between words and need a dictionary to break lines.
SHAPED_SCRIPTS = (
    ("Hebrew", 0x0590, 0x05FF),
    ("Arabic", 0x0600, 0x06FF),
    ("Syriac", 0x0700, 0x074F),
    ("Arabic", 0x0750, 0x077F),
    ("Thaana", 0x0780, 0x07BF),
    ("Devanagari", 0x0900, 0x097F),
    ("Bengali", 0x0980, 0x09FF),
    ("Gurmukhi", 0x0A00, 0x0A7F),
    ("Gujarati", 0x0A80, 0x0AFF),
    ("Tamil", 0x0B80, 0x0BFF),
    ("Telugu", 0x0C00, 0x0C7F),
    ("Kannada", 0x0C80, 0x0CFF),
    ("Malayalam", 0x0D00, 0x0D7F),
    ("Thai", 0x0E00, 0x0E7F),
    ("Lao", 0x0E80, 0x0EFF),
    ("Tibetan", 0x0F00, 0x0FFF),
    ("Myanmar", 0x1000, 0x109F),
    ("Khmer", 0x1780, 0x17FF),
    ("Hebrew", 0xFB1D, 0xFB4F),  # presentation forms
    ("Arabic", 0xFB50, 0xFDFF),
    ("Arabic", 0xFE70, 0xFEFF),
)
PDF_SHAPED = frozenset({"Hebrew", "Arabic"})
_SHAPED_CHAR = re.compile(
    "[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for _, low, high in SHAPED_SCRIPTS) + "]"
)
# CJK radicals to unified ideographs, Hangul, compatibility ideographs, full-width forms, and
# the supplementary ideographs (Extension B on, U+20000-3FFFF) that rare family names use.
_CJK_RANGES = (
    (0x2E80, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)
_OTHER_FORMATS = "export DOCX or HTML for this letter, where the reader's own fonts draw them"


@dataclass(frozen=True)
class Face:
    """A loaded font: the characters it has and their advance widths in 1/1000 em."""

    file: FontFile
    widths: dict[int, float] = field(repr=False)
    missing_width: float = 500

    def has(self, char: str) -> bool:
        return ord(char) in self.widths

    def width(self, text: str) -> float:
        get = self.widths.get
        return sum(get(ord(c), self.missing_width) for c in text)


class MissingFontError(RuntimeError):
    pass


@cache
def load(file: FontFile) -> Face:
    if not file.path.exists():
        raise MissingFontError(
            f"font {file.path} is missing: install the Debian package {file.package}"
        )
    font = TTFont(file.path, fontNumber=file.index, lazy=True)
    scale = 1000 / font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {cp: metrics[glyph][0] * scale for cp, glyph in font.getBestCmap().items()}
    return Face(file, widths, metrics[".notdef"][0] * scale)


@cache
def fallback_faces() -> tuple[Face, ...]:
    """The installed fallback fonts (at most one per kind of script), in order of preference."""
    found: dict[str, Face] = {}
    for file in FALLBACKS:
        if file.covers not in found and file.path.exists():
            found[file.covers] = load(file)
    return tuple(found.values())


def prepare(text: str) -> str:
    """Text as the renderers draw it: composed accents (NFC), so 'ệ' is one glyph DejaVu has."""
    return unicodedata.normalize("NFC", text)


def needs_fallback(text: str) -> bool:
    """Whether ``text`` has a visible character DejaVu lacks."""
    body = load(BODY)
    return any(not body.has(c) and _visible(c) for c in prepare(text))


def missing_characters(text: str) -> str:
    """Visible characters of ``text`` that no installed font can draw, each once."""
    if not needs_fallback(text):
        return ""  # the common case answers without reading the fallback fonts
    faces = (load(BODY), *fallback_faces())
    seen: dict[str, None] = {}
    for char in prepare(text):
        if _visible(char) and not any(face.has(char) for face in faces):
            seen[char] = None
    return "".join(seen)


def _visible(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


def shaped_scripts(text: str) -> list[str]:
    """Names of the scripts in ``text`` that need text shaping."""
    names: dict[str, None] = {}
    for char in text:
        cp = ord(char)
        if cp < 0x0590:
            continue
        for name, low, high in SHAPED_SCRIPTS:
            if low <= cp <= high:
                names[name] = None
    return list(names)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` has a letter of a script in ``SHAPED_SCRIPTS`` (one regex scan: mail
    merge asks it of every line of every letter)."""
    return _SHAPED_CHAR.search(text) is not None


# The Bidi_Control characters (Unicode PropList.txt): the marks U+061C, U+200E and U+200F, the
# embeddings and overrides U+202A-U+202E and the isolates U+2066-U+2069 that a translator's tool
# or a merge puts round a name or a number in an Arabic, Hebrew or Persian letter. They order a
# line and draw nothing (UAX #9, 2.1-2.6). DejaVu has no glyph for most of them, so drawn glyph by
# glyph they were dropped with a warning from fpdf2; its bidirectional algorithm applies them
# and HarfBuzz, as for every default-ignorable code point (Unicode DerivedCoreProperties.txt),
# draws each as DejaVu's space glyph with no advance: nothing shows.
_BIDI_CONTROLS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069"
_SHAPED_OR_BIDI = re.compile(_SHAPED_CHAR.pattern[:-1] + _BIDI_CONTROLS + "]")


def laid_out_by_fpdf(text: str) -> bool:
    """Whether PDF export hands a line holding ``text`` to fpdf2's HarfBuzz shaping and
    bidirectional algorithm: it has a letter to shape, or a character that orders the line (one
    regex scan, as ``needs_shaping``)."""
    return _SHAPED_OR_BIDI.search(text) is not None


def unshaped_in_pdf(text: str) -> list[str]:
    """Names of the scripts in ``text`` that PDF export cannot lay out (see ``PDF_SHAPED``)."""
    if not needs_shaping(text):
        return []  # the common case, in one regex scan
    return [name for name in shaped_scripts(text) if name not in PDF_SHAPED]


def font_advice(chars: str) -> str:
    """What would draw ``chars``: for a script PDF cannot lay out (Devanagari, Thai, ...), the
    formats that can; for Chinese, Japanese or Korean, a CJK font's Debian package, or when one
    is installed already (only the first installed is used), that it lacks them; else those
    formats."""
    unshaped = [name for name in shaped_scripts(chars) if name not in PDF_SHAPED]
    if unshaped:
        return f"PDF cannot yet lay out {', '.join(unshaped)} script: {_OTHER_FORMATS}"
    if any(low <= ord(c) <= high for c in chars for low, high in _CJK_RANGES):
        installed = [face.file.package for face in fallback_faces() if face.file.covers == "CJK"]
        if not installed:
            return "install a CJK font, e.g. the Debian package fonts-wqy-microhei"
        return f"the CJK font installed ({installed[0]}) lacks them: {_OTHER_FORMATS}"
    return f"no font known to ClearNotice covers them: {_OTHER_FORMATS}"
