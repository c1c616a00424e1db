"""Apertium, the offline translation engine: English to and from Spanish, Catalan and Galician.

Apertium is a rule-based engine from Debian's packages (``apertium`` with ``apertium-eng-spa``,
``apertium-eng-cat``, ``apertium-en-gl``); nothing leaves the machine. Starting its pipeline
takes about 150 ms, so each direction's pipeline is kept running (``apertium_warm``), with one
process per call as the fallback; all the segments a letter needs go in one request, one
paragraph each, and come back split at the same blank lines. Its output is rough ("March 3,
2026" became "Marcha 3, 2026"): every translation it makes is a preview for review.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from clearnotice.languages import three_letter_code
from clearnotice.translate import apertium_warm
from clearnotice.translate.engine import FAILED, TIMEOUT, UNAVAILABLE, UNSUPPORTED, TranslationError

_SEPARATOR = "\n\n"
_NUL = "\0"
INSTALL_HINT = (
    "Install it with: apt-get install apertium apertium-eng-spa apertium-eng-cat apertium-en-gl"
)


@lru_cache(maxsize=4)
def installed_modes(binary: str = "apertium") -> frozenset[str]:
    """The translation directions the installed Apertium lists (``apertium -l``)."""
    if shutil.which(binary) is None:
        return frozenset()
    try:
        listing = subprocess.run(
            [binary, "-l"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in listing.splitlines() if line.strip())


def mode_for(source: str, target: str, modes: frozenset[str]) -> str | None:
    """The Apertium mode that translates ``source`` into ``target``, if installed.

    Apertium's pairs use ISO 639-3 codes in newer pairs (eng-spa) and 639-1 in older ones
    (en-gl): both are tried."""
    for a, b in ((three_letter_code(source), three_letter_code(target)), (source, target)):
        if a and b and f"{a}-{b}" in modes:
            return f"{a}-{b}"
    return None


@lru_cache(maxsize=4)
def installed_version(binary: str = "apertium") -> str:
    """A digest of the installed Apertium: the command's and every file of its data (the
    pairs' dictionaries and rules, ``apertium_warm.DATADIR``) by name, size and time. A package
    upgrade changes it, and with it the name translations are cached under; read once a
    process, as the warm pipelines also keep the data they started with."""
    digest = hashlib.sha256()
    command = shutil.which(binary)
    files = [Path(command)] if command else []
    for folder, _, names in sorted(os.walk(apertium_warm.DATADIR)):
        files.extend(Path(folder, name) for name in sorted(names))
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


_PLAIN_MODE = re.compile(r"[a-z]{2,3}-[a-z]{2,3}")


def offered_modes(modes: frozenset[str]) -> frozenset[str]:
    """The installed directions ``mode_for`` can choose: a pair's plain mode ("eng-cat"), not
    its regional or spelling variants ("eng-cat_valencia", "spa-eng_US"), which no language code
    ClearNotice offers selects. Only these are worth starting warm: a variant pipeline would
    hold its dictionaries in memory for nothing."""
    return frozenset(m for m in modes if _PLAIN_MODE.fullmatch(m))


_INDENT = re.compile(r"[ \t]*")
_INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def _spaced_as_sent(sent: str, translated: str) -> str:
    """``translated`` spaced as the text sent was: its lines opening alike (``_line_starts``)
    and, when the text sent had none, no run of spaces between words. Apertium's Spanish of
    the sample letter had ten ("para  decirte ..."), gaps in Word, PDF and plain text."""
    translated = _line_starts(sent, translated)
    if _INNER_SPACES.search(sent):
        return translated
    return _INNER_SPACES.sub(" ", translated)


def _line_starts(sent: str, translated: str) -> str:
    """``translated`` with each line after the first opening as the line sent opened. Apertium
    moves the space before a line's first word past the line break ("Fijamos el problema.\n
    Te llamaremos."), so a paragraph's second line began a space in; a bullet's own indent
    ("- item\n  goes on") is the letter's and stays."""
    sent_lines, lines = sent.split("\n"), translated.split("\n")
    if len(sent_lines) != len(lines):
        return translated
    rest = [
        _INDENT.match(s).group() + line.lstrip(" \t")
        for s, line in zip(sent_lines[1:], lines[1:], strict=True)
    ]
    return "\n".join([lines[0], *rest])


class Apertium:
    """The Apertium command line as a translation engine."""

    name = "apertium"
    label = "Apertium (offline)"
    sends_text_out = False
    batch_size = 500
    max_bytes = 50_000

    def __init__(self, binary: str = "apertium", timeout: float = 60.0, warm: bool = True):
        self.binary = binary
        self.timeout = timeout
        # the warm pipeline runs the installed pairs' modes, so only for the installed command
        self.warm = warm and binary == "apertium"

    @property
    def version(self) -> str:
        return installed_version(self.binary)

    def available(self) -> bool:
        return bool(installed_modes(self.binary))

    def supports(self, source: str, target: str) -> bool:
        return mode_for(source, target, installed_modes(self.binary)) is not None

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        if not segments:
            return []
        modes = installed_modes(self.binary)
        if not modes:
            raise TranslationError(UNAVAILABLE, f"Apertium is not installed here. {INSTALL_HINT}")
        mode = mode_for(source, target, modes)
        if mode is None:
            raise TranslationError(
                UNSUPPORTED, f"Apertium has no {source}→{target} pair installed here."
            )
        # A NUL ends a request to the warm pipeline, and one Apertium process drops it and joins
        # the words either side ("Hello\0world" came back "Helloworld"): the text on each side
        # is translated alone and the NUL put back between.
        cut = [s.split(_NUL) for s in segments]
        texts = [part for parts in cut for part in parts if part.strip()]
        done = dict(zip(texts, self._translate_texts(mode, texts), strict=True))
        return [_NUL.join(done.get(part, part) for part in parts) for parts in cut]

    def _translate_texts(self, mode: str, texts: list[str]) -> list[str]:
        """Translations of ``texts`` (none blank, none with a NUL), in one request if it can."""
        if not texts:
            return []
        # A segment never holds a blank line (blocks end at one), so blank lines split safely.
        flat = [" ".join(s.split("\n\n")) for s in texts]
        output = self._run(mode, _SEPARATOR.join(flat))
        pieces = [p.strip() for p in output.strip("\n").split(_SEPARATOR)]
        if len(pieces) != len(texts):
            # Apertium merged or split a paragraph: translate one segment per call instead.
            pieces = [self._run(mode, s).strip() for s in flat]
        return [_spaced_as_sent(text, piece) for text, piece in zip(flat, pieces, strict=True)]

    def warm_up(self) -> list[str]:
        """Start every installed direction's warm pipeline now and have it load its
        dictionaries, so the first letter translated after the app starts is as fast as the
        rest; the modes started. A direction that cannot start warm is left to start on use."""
        if not self.warm:
            return []
        started = []
        for mode in sorted(offered_modes(installed_modes(self.binary))):
            try:
                apertium_warm.pipeline(mode, self.timeout).translate("Hello.")
            except apertium_warm.WarmError:
                continue
            started.append(mode)
        return started

    def _run(self, mode: str, text: str) -> str:
        if self.warm:
            try:
                return apertium_warm.pipeline(mode, self.timeout).translate(text)
            except apertium_warm.WarmError:
                pass  # the reason is Apertium's, not the user's: a fresh process below
        return self._run_once(mode, text)

    def _run_once(self, mode: str, text: str) -> str:
        """One ``apertium`` process for this request alone."""
        try:
            done = subprocess.run(
                [self.binary, "-u", mode],
                input=text,
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise TranslationError(
                TIMEOUT, f"Apertium did not finish within {self.timeout:g} s."
            ) from exc
        except OSError as exc:
            message = f"Apertium could not start. {INSTALL_HINT}"
            raise TranslationError(UNAVAILABLE, message) from exc
        if done.returncode != 0:
            raise TranslationError(
                FAILED, f"Apertium stopped with an error: {done.stderr.strip()[:200]}"
            )
        return done.stdout
