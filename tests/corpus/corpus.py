"""The development corpus of real, public breach notices and their hand labels: reading them and
saying what is wrong with a label file.

Each letter is ``letters/<id>.txt`` exactly as published (or as far as the stored copy reached:
``truncated: true``); beside it ``labels/<id>.yml`` says, by a reader's judgement, which
checklist items it contains and where its jargon, cliches and minimising phrases are. The labels
are the yardstick ``bench/bench_accuracy.py`` measures the guidance engine against, so they must
never be written by running the engine.

    python -m tests.corpus.corpus offsets <id> "<quoted text>"

prints the character offsets of every occurrence of a quote, for writing a span by hand.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from clearnotice.guidance import BASE_PROFILE, load_profiles

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
LABELS = HERE / "labels"

KINDS = ("ag-filing", "hipaa", "email", "web", "press")
SPLITS = ("tune", "held-out")
SPAN_KINDS = ("jargon", "cliche", "minimising")
_KEYS = {
    "source_url",
    "retrieved",
    "kind",
    "country",
    "year",
    "sector",
    "split",
    "truncated",
    "headings",
    "bullets",
    "items",
    "spans",
    "note",
}
_REQUIRED = _KEYS - {"note", "truncated"}
# The public list of breaches whose quoted paragraphs of filed letters are letters here (README).
PARAGRAPH_LIST = "github.com/Data-Breaches/Data-Breaches.github.io/"


def checklist_items() -> tuple[str, ...]:
    """The item ids a letter is labelled with: the guidance profile's checklist, read from it so
    a renamed or added item shows up here as a label error rather than as silent zeros."""
    return load_profiles()[BASE_PROFILE].order


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Letter:
    id: str
    text: str
    label: dict

    @property
    def split(self) -> str:
        return self.label["split"]

    @property
    def kind(self) -> str:
        return self.label["kind"]

    @property
    def items(self) -> dict[str, str | None]:
        return self.label["items"]

    @property
    def quoted_paragraph(self) -> bool:
        """One paragraph a public list quotes from a filed letter, not a whole letter. Such a
        paragraph holds mostly what happened, so the bench reports it apart from whole letters
        too: a split's totals move with the share of each."""
        return PARAGRAPH_LIST in self.label["source_url"]

    @property
    def present(self) -> frozenset[str]:
        """The checklist items a reader found in the letter."""
        return frozenset(item for item, sentence in self.items.items() if sentence)

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple(Span(**s) for s in self.label["spans"])

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(self.label["headings"])


def parse_label(text: str) -> dict:
    """A label file's YAML, parsed by libyaml, PyYAML's C parser (as clearnotice/datafiles.py
    parses): the same values ``yaml.safe_load`` gives each label here, in an eighth of the time
    (all labels: 0.6 s of CPU against 5.0 s, measured), and the suite and the bench read every
    label several times."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


def paired_ids() -> list[str]:
    """The ids of the letters that have a label, in id order: what ``load`` reads, without
    reading it (a test file names its cases by them when it is collected)."""
    return [p.stem for p in sorted(LABELS.glob("*.yml")) if (LETTERS / f"{p.stem}.txt").exists()]


def load() -> list[Letter]:
    """Every letter with its label, in id order. A letter without a label (or the reverse) is a
    label error that ``problems`` reports; here it is skipped."""
    return [
        Letter(
            i,
            (LETTERS / f"{i}.txt").read_text(encoding="utf-8"),
            parse_label((LABELS / f"{i}.yml").read_text(encoding="utf-8")),
        )
        for i in paired_ids()
    ]


def unpaired() -> list[str]:
    """Letters without a label file and label files without a letter."""
    letters = {p.stem for p in LETTERS.glob("*.txt")}
    labels = {p.stem for p in LABELS.glob("*.yml")}
    return [f"{i}: letter without a label" for i in sorted(letters - labels)] + [
        f"{i}: label without a letter" for i in sorted(labels - letters)
    ]


def problems(letter: Letter) -> list[str]:
    """What is wrong with one label file, each as a sentence naming the letter and the key; an
    empty list when it is well-formed."""
    label, where = letter.label, letter.id
    if not isinstance(label, dict):
        return [f"{where}: the label file is not a mapping"]
    found = [f"{where}: unknown key {k!r}" for k in sorted(set(label) - _KEYS)]
    found += [f"{where}: missing key {k!r}" for k in sorted(_REQUIRED - set(label))]
    if found:
        return found
    if not str(label["source_url"]).startswith(("http://", "https://")):
        found.append(f"{where}: source_url is not a web address")
    if label["split"] not in SPLITS:
        found.append(f"{where}: split must be one of {SPLITS}")
    if label["kind"] not in KINDS:
        found.append(f"{where}: kind must be one of {KINDS}")
    if not isinstance(label["bullets"], bool):
        found.append(f"{where}: bullets must be true or false")
    items = label["items"] or {}
    known = set(checklist_items())
    found += [f"{where}: unknown item {i!r}" for i in sorted(set(items) - known)]
    found += [f"{where}: item {i!r} not labelled" for i in sorted(known - set(items))]
    for item, sentence in items.items():
        if sentence and sentence not in letter.text:
            found.append(f"{where}: the sentence for {item} is not in the letter: {sentence!r}")
    lines = {line.strip() for line in letter.text.splitlines()}
    for heading in label["headings"] or []:
        if heading not in lines:
            found.append(f"{where}: heading {heading!r} is not a line of the letter")
    for span in label["spans"] or []:
        if set(span) != {"kind", "start", "end", "text"}:
            found.append(f"{where}: a span needs exactly kind, start, end and text: {span}")
            continue
        if span["kind"] not in SPAN_KINDS:
            found.append(f"{where}: span kind must be one of {SPAN_KINDS}: {span}")
        quoted = letter.text[span["start"] : span["end"]]
        if quoted != span["text"]:
            found.append(f"{where}: span {span['text']!r} reads {quoted!r} at its offsets")
    return found


def offsets(letter_id: str, quote: str) -> list[tuple[int, int]]:
    """Start and end of every occurrence of ``quote`` in a letter."""
    text = (LETTERS / f"{letter_id}.txt").read_text(encoding="utf-8")
    found, at = [], text.find(quote)
    while at != -1:
        found.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return found


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "offsets":
        sys.exit('usage: python -m tests.corpus.corpus offsets <id> "<quoted text>"')
    for start, end in offsets(sys.argv[2], sys.argv[3]) or sys.exit("not in the letter"):
        print(f"start: {start}\nend: {end}")
