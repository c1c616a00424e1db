"""What a new process reads from disk instead of working out again (clearnotice.caches.on_disk)
is exactly what working it out gives, and a changed input or changed code never reads an older
file: the prefilter's literals of every rule pattern, and the syllables of the CMU dictionary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from textstat.backend.counts import count_syllables

from clearnotice import readability, syllables
from clearnotice.checks import prefilter
from clearnotice.guidance import _setup
from clearnotice.offline_data import ensure_cmudict
from clearnotice.vocabulary import load

PATTERNS = _setup(load()).table.patterns


def _only_file(folder: Path, kind: str) -> Path:
    [found] = folder.glob(f"{kind}-*.json")
    return found


def _spoil(path: Path) -> None:
    """Overwrite a stored value with a wrong one of the same shape, to see whether it is read."""
    stored = json.loads(path.read_text())
    if isinstance(stored, list):
        stored = [[["not-a-literal"], None] for _ in stored]
    else:
        stored = {word: 99 for word in stored}
    path.write_text(json.dumps(stored))


def test_the_stored_literals_of_every_rule_pattern_are_those_worked_out(tmp_path: Path) -> None:
    worked_out = [prefilter.literals_of(p) for p in PATTERNS]
    assert prefilter.literals_of_all(PATTERNS, tmp_path) == worked_out  # made and kept
    assert prefilter.literals_of_all(PATTERNS, tmp_path) == worked_out  # read back


def test_the_stored_literals_are_read_and_a_changed_pattern_is_worked_out_anew(
    tmp_path: Path,
) -> None:
    before = [re.compile("free credit monitoring", re.I), re.compile("identity theft", re.I)]
    prefilter.literals_of_all(before, tmp_path)
    _spoil(_only_file(tmp_path, "prefilter"))
    assert prefilter.literals_of_all(before, tmp_path)[0] == (frozenset({"not-a-literal"}), None)
    after = [before[0], re.compile("identity fraud", re.I)]
    assert prefilter.literals_of_all(after, tmp_path) == [prefilter.literals_of(p) for p in after]


def test_changed_prefilter_code_never_reads_an_older_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = [re.compile("credit freeze", re.I)]
    prefilter.literals_of_all(patterns, tmp_path)
    _spoil(_only_file(tmp_path, "prefilter"))
    monkeypatch.setattr(prefilter, "_CODE", prefilter._CODE + b"\n# changed")
    assert prefilter.literals_of_all(patterns, tmp_path) == [prefilter.literals_of(patterns[0])]


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, and the process's copy of the dictionary's counts forgotten."""
    monkeypatch.setenv("CLEARNOTICE_CACHE_DIR", str(tmp_path))
    syllables.cmu_syllables.cache_clear()
    yield tmp_path
    syllables.cmu_syllables.cache_clear()


def test_the_stored_syllables_are_the_dictionary_s(cache_folder: Path) -> None:
    worked_out = syllables._counted()
    assert syllables.cmu_syllables() == worked_out
    syllables.cmu_syllables.cache_clear()
    assert syllables.cmu_syllables() == worked_out  # read back from the file


def test_changed_syllable_code_never_reads_an_older_file(
    cache_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syllables.cmu_syllables()
    _spoil(_only_file(cache_folder, "cmudict-syllables"))
    syllables.cmu_syllables.cache_clear()
    assert syllables.cmu_syllables()["breach"] == 99  # the file is what is read
    monkeypatch.setattr(syllables, "_CODE", syllables._CODE + b"\n# changed")
    syllables.cmu_syllables.cache_clear()
    assert syllables.cmu_syllables()["breach"] == 1


def test_syllables_from_the_stored_counts_are_textstat_s(cache_folder: Path) -> None:
    """Every 40th dictionary word, and words it does not hold (Pyphen's count), as textstat."""
    ensure_cmudict()
    words = sorted(syllables.cmu_syllables())[::40] + ["cyberbreachification", "zxqv", "e-mail"]
    differ = [w for w in words if readability._syllables(w) != count_syllables(w, "en_US")]
    assert not differ, f"differ from textstat: {differ[:10]}"
