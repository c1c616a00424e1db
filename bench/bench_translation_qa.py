"""How well translation QA reads real translations: the published pairs of
tests/corpus/translations/, each split tune or held-out (index.yml).

Prints, for the tune split and the held-out split separately:
- false alarms: QA's findings on the faithful published translations, per rule and severity
  (an error there is a false alarm: the translation is as published);
- recall on planted faults: faulty copies of each pair, one fault at a time
  (tests/corpus/translations/faults.py), and per fault kind how many QA caught (an error or a
  warning in the row the fault sits in, that the faithful pair does not have there);
- per language, the pairs, the errors on their faithful translations and the faults caught, the
  languages US notices are translated into beyond Spanish, French, German and Italian (Chinese,
  Vietnamese, Korean, Tagalog...) beside those four;
- Apertium's own translation of each Spanish pair's English (clearnotice.translate.apertium):
  what QA reports on that machine draft, per rule, which is what a reviewer sees first. The
  project's own sample letter (tests/fixtures/good-plain.md) is run the same way, for its dates
  and phone numbers ("March 3" must not pass as "Marcha 3").

QA is changed by reading tune pairs only: ``--tune-errors`` lists the findings on faithful tune
pairs and the tune faults QA missed. It has no way to print a held-out pair's.
A measurement, never a pass/fail test.

    .venv/bin/python bench/bench_translation_qa.py
    .venv/bin/python bench/bench_translation_qa.py --tune-errors
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clearnotice.text import blocks  # noqa: E402
from clearnotice.translate.apertium import Apertium  # noqa: E402
from clearnotice.translate.engine import TranslationError  # noqa: E402
from clearnotice.translate.qa import check_translation  # noqa: E402
from tests.corpus.translations.faults import (  # noqa: E402
    HELD_OUT,
    PLANTERS,
    TUNE,
    Pair,
    caught,
    planted,
    published_pairs,
)

FIXTURE = ROOT / "tests" / "fixtures" / "good-plain.md"


def _false_alarms(pairs: list[Pair]) -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        report = check_translation(pair.english, pair.translation, pair.language)
        found.update((f.finding.rule_id, f.finding.severity.name) for f in report.findings)
    return found


def _recall(pairs: list[Pair]) -> dict[str, tuple[int, int]]:
    tally = {kind: [0, 0] for kind in PLANTERS}
    for pair in pairs:
        for fault in planted(pair):
            tally[fault.kind][1] += 1
            tally[fault.kind][0] += caught(pair, fault)
    return {kind: (hit, total) for kind, (hit, total) in tally.items()}


def _per_language(pairs: list[Pair]) -> list[tuple[str, ...]]:
    """Per language: its pairs, the errors QA reports on their faithful translations (false
    alarms) and the planted faults it catches, so that the languages US notices are
    translated into beyond Spanish, French, German and Italian are measured beside them."""
    rows = []
    for language in sorted({p.language for p in pairs}):
        mine = [p for p in pairs if p.language == language]
        alarms = _false_alarms(mine)
        errors = sum(n for (_, severity), n in alarms.items() if severity == "ERROR")
        faults = [(pair, fault) for pair in mine for fault in planted(pair)]
        hit = sum(caught(pair, fault) for pair, fault in faults)
        rows.append((language, str(len(mine)), str(errors), f"{hit}/{len(faults)}"))
    return rows


def _machine_draft(english: str) -> str:
    """Apertium's Spanish of ``english``, paragraph by paragraph."""
    pieces = [b.text for b in blocks(english)]
    return "\n\n".join(Apertium().translate_batch(pieces, "en", "es"))


def _apertium_findings(texts: list[str]) -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for english in texts:
        report = check_translation(english, _machine_draft(english), "es")
        found.update((f.finding.rule_id, f.finding.severity.name) for f in report.findings)
    return found


def _table(title: str, rows: list[tuple[str, ...]]) -> None:
    print(f"\n{title}")
    if not rows:
        print("  (none)")
        return
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    for row in rows:
        print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


def _report_split(name: str, pairs: list[Pair]) -> None:
    languages = ", ".join(f"{k} {v}" for k, v in Counter(p.language for p in pairs).items())
    print(f"\n=== {name}: {len(pairs)} pairs ({languages})")
    alarms = _false_alarms(pairs)
    errors = sum(n for (_, severity), n in alarms.items() if severity == "ERROR")
    rows = [(rule, severity, str(n)) for (rule, severity), n in sorted(alarms.items())]
    _table(f"findings on the faithful translations ({errors} errors = false alarms)", rows)
    recall = _recall(pairs)
    hit = sum(h for h, _ in recall.values())
    total = sum(t for _, t in recall.values())
    rows = [(kind, f"{h}/{t}", f"{h / t:.0%}" if t else "-") for kind, (h, t) in recall.items()]
    _table(f"planted faults caught: {hit}/{total}", rows)
    header = ("language", "pairs", "errors on faithful", "faults caught")
    _table("per language", [header, *_per_language(pairs)])
    spanish = [p.english for p in pairs if p.language == "es"]
    try:
        machine = _apertium_findings(spanish)
    except TranslationError as exc:
        print(f"\nApertium: {exc}")
        return
    rows = [(rule, severity, str(n)) for (rule, severity), n in sorted(machine.items())]
    _table(f"QA on Apertium's Spanish of the {len(spanish)} Spanish pairs' English", rows)


def _tune_errors(pairs: list[Pair]) -> None:
    for pair in pairs:
        report = check_translation(pair.english, pair.translation, pair.language)
        for item in report.findings:
            f = item.finding
            print(f"{pair.id} [{item.segment}] {f.severity.name} {f.rule_id}: {f.message}")
            print(f"    {f.match[:100]!r}")
        for fault in planted(pair):
            if not caught(pair, fault):
                print(f"{pair.id} MISSED {fault.kind}: {fault.what}")


def main(argv: list[str]) -> None:
    pairs = published_pairs()
    tune = [p for p in pairs if p.split == TUNE]
    if "--tune-errors" in argv:
        _tune_errors(tune)
        return
    _report_split("tune", tune)
    _report_split("held-out", [p for p in pairs if p.split == HELD_OUT])
    english = FIXTURE.read_text(encoding="utf-8")
    try:
        sample = _apertium_findings([english])
    except TranslationError as exc:
        print(f"\nApertium: {exc}")
        return
    rows = [(rule, severity, str(n)) for (rule, severity), n in sorted(sample.items())]
    _table("QA on Apertium's Spanish of the sample letter (tests/fixtures/good-plain.md)", rows)


if __name__ == "__main__":
    main(sys.argv[1:])
