"""What a new process reads from disk instead of working out again (clearnotice.caches) is
exactly what working it out gives, and a changed input or changed code never reads an older
file: the prefilter's literals of every rule pattern, which patterns compile, and the syllables
of the CMU dictionary. "A new process" is the process's maps of the disk forgotten."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from textstat.backend.counts import count_syllables

from clearnotice import caches, readability, syllables
from clearnotice.checks import patterns
from clearnotice.guidance import _setup
from clearnotice.offline_data import ensure_cmudict
from clearnotice.regex import prefilter
from clearnotice.vocabulary import load

PATTERNS = _setup(load()).table.patterns


@pytest.fixture
def new_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An empty cache folder; calling the fixture's value forgets what the process read."""
    monkeypatch.setenv(caches.CACHE_DIR_ENV, str(tmp_path))

    def restart() -> None:
        monkeypatch.setattr(caches, "_maps", {})
        syllables.cmu_syllables.cache_clear()

    restart()
    yield restart
    syllables.cmu_syllables.cache_clear()


def _spoil(folder: Path, kind: str, wrong) -> None:
    """Overwrite the stored values of ``kind`` with a wrong one, to see whether they are read."""
    [path] = folder.glob(f"{kind}-*.json")
    path.write_text(json.dumps(dict.fromkeys(json.loads(path.read_text()), wrong)))


def test_the_stored_literals_of_every_rule_pattern_are_those_worked_out(new_process) -> None:
    worked_out = [prefilter.literals_of(p) for p in PATTERNS]
    assert prefilter.literals_of_all(PATTERNS) == worked_out  # made and kept
    new_process()
    assert prefilter.literals_of_all(PATTERNS) == worked_out  # read back


def test_the_stored_alternatives_of_every_rule_pattern_are_those_worked_out(new_process) -> None:
    worked_out = [prefilter._alternatives_read(p) for p in PATTERNS]
    assert prefilter.alternatives_of_all(PATTERNS) == worked_out  # made and kept
    new_process()
    assert prefilter.alternatives_of_all(PATTERNS) == worked_out  # read back


def test_stored_literals_are_read_and_a_changed_pattern_is_worked_out_anew(
    new_process, tmp_path: Path
) -> None:
    before = [re.compile("free credit monitoring", re.I), re.compile("identity theft", re.I)]
    prefilter.literals_of_all(before)
    _spoil(tmp_path, "prefilter", [["not-a-literal"], None])
    new_process()
    assert prefilter.literals_of_all(before)[0] == (frozenset({"not-a-literal"}), None)
    after = [re.compile("free credit monitoring", re.I | re.M), re.compile("identity fraud")]
    assert prefilter.literals_of_all(after) == [prefilter.literals_of(p) for p in after]


def test_changed_prefilter_code_never_reads_an_older_file(
    new_process, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [re.compile("credit freeze", re.I)]
    prefilter.literals_of_all(found)
    _spoil(tmp_path, "prefilter", [["not-a-literal"], None])
    new_process()
    monkeypatch.setattr(prefilter, "_CODE", prefilter._CODE + b"\n# changed")
    assert prefilter.literals_of_all(found) == [prefilter.literals_of(found[0])]


def test_a_pattern_known_to_compile_is_compiled_when_first_matched(
    new_process, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = r"(credit|debit) cards? ending in (\d{4})"
    monkeypatch.setattr(patterns, "_COMPILED", {})
    first = patterns.compile_pattern(source, {})
    patterns.remember()
    new_process()
    monkeypatch.setattr(patterns, "_COMPILED", {})
    known = patterns.compile_pattern(source, {})
    assert "finditer" not in vars(known)  # known to compile: not compiled yet
    expected = re.compile(patterns.loosen(source), re.IGNORECASE)
    assert (known.pattern, known.flags, known.groups) == (first.pattern, first.flags, 2)
    assert (known.flags, known.groups) == (expected.flags, expected.groups)
    letter = "Your Credit card ending in 1234 and your debit\n cards ending in 9876."
    assert [m.span(2) for m in known.finditer(letter)] == [
        m.span(2) for m in expected.finditer(letter)
    ]
    assert "finditer" in vars(known)  # compiled once, and kept


def test_a_bad_pattern_is_refused_at_once(new_process) -> None:
    with pytest.raises(patterns.PatternError, match="bad pattern"):
        patterns.compile_pattern("credit (card", {})


def test_the_stored_syllables_are_the_dictionary_s(new_process) -> None:
    worked_out = syllables._counted()
    assert syllables.cmu_syllables() == worked_out
    new_process()
    assert syllables.cmu_syllables() == worked_out  # read back from the file


def test_changed_syllable_code_never_reads_an_older_file(
    new_process, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syllables.cmu_syllables()
    _spoil(tmp_path, "cmudict-syllables", 99)
    new_process()
    assert syllables.cmu_syllables()["breach"] == 99  # the file is what is read
    monkeypatch.setattr(syllables, "_CODE", syllables._CODE + b"\n# changed")
    new_process()
    assert syllables.cmu_syllables()["breach"] == 1


def test_syllables_from_the_stored_counts_are_textstat_s(new_process) -> None:
    """Every 40th dictionary word, and words it does not hold (Pyphen's count), as textstat."""
    ensure_cmudict()
    words = sorted(syllables.cmu_syllables())[::40] + ["cyberbreachification", "zxqv", "e-mail"]
    differ = [w for w in words if readability._syllables(w) != count_syllables(w, "en_US")]
    assert not differ, f"differ from textstat: {differ[:10]}"


def test_a_damaged_file_is_worked_out_again(new_process, tmp_path: Path) -> None:
    found = [re.compile("fraud alert", re.I)]
    prefilter.literals_of_all(found)
    for damage in ("[1, 2]", "{not json"):
        [path] = tmp_path.glob("prefilter-*.json")
        path.write_text(damage)
        new_process()
        assert prefilter.literals_of_all(found) == [prefilter.literals_of(found[0])]
