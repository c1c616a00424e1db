"""Write a letter's label from a reader's short reading, so that labelling by GUIDE.md is about
judgement, not about copying sentences and counting characters.

    python -m tests.corpus.reading readings.yml

A reading file holds one or more YAML documents, each a letter's reading::

    id: acer-letter-2016
    headings: [Notice of Data Breach, What Happened]
    bullets: false
    items:                       # a few words of the sentence that carries the item
      what-happened: resulted in unauthorized access
    jargon: [login credentials]  # each phrase is marked at every occurrence (GUIDE.md)
    cliche: [we value the trust you place in us]
    minimising: [security issue]

Items left out are ``null``. Each quote is found ignoring case and line breaks; an item's value
becomes the whole sentence around its quote; a span phrase becomes a span at each occurrence
outside the headings (a heading's words are never spans), a longer phrase winning over a shorter
one it contains. The descriptive keys of the label (source, kind, split...) are kept. In a
bracketed YAML list a comma ends the phrase: quote a phrase that holds one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from tests.corpus.corpus import LABELS, LETTERS, SPAN_KINDS

# Where a sentence ends: after . ? ! and the spaces that follow.
_STOP = re.compile(r"[.?!][\"”’)]?\s+")
# A full stop that ends an abbreviation ("Roper St. Francis", "Nov. 27", "U.S. stores") or an
# initial ("Kristina T. Nguyen") does not end the sentence.
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:[A-Z]|St|Dr|Mr|Mrs|Ms|No|Inc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|U\.S|e\.g|i\.e|a\.m|p\.m)\.$"
)
_MARKER = re.compile(r"\s*(?:[•·*▪o-]|\d{1,2}[.)]|[a-z][.)])\s")


def _boundaries(text: str, headings: set[str]) -> list[int]:
    """Offsets where sentences start: after a full stop, and at a line break after a heading, a
    bullet item or a short line followed by one that starts anew (capital, digit or marker)."""
    found = {
        m.end() for m in _STOP.finditer(text) if not _ABBREVIATION.search(text, 0, m.start() + 1)
    }
    lines = text.split("\n")
    at = 0
    for number, line in enumerate(lines[:-1]):
        at += len(line) + 1
        following = next((ln for ln in lines[number + 1 :] if ln.strip()), "")
        starts_anew = bool(re.match(r"\s*[A-Z0-9•·*▪-]", following))
        if (
            line.strip() in headings
            or _MARKER.match(line)
            or (not line.strip() and starts_anew)
            or (len(line.strip()) < 60 and starts_anew)
        ):
            found.add(at)
    return sorted(found)


def _pattern(quote: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in quote.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.I)


def _sentence(text: str, quote: str, letter_id: str, headings: set[str]) -> str:
    """The sentence of ``text`` that holds ``quote``."""
    found = _pattern(quote).search(text)
    if not found:
        raise SystemExit(f"{letter_id}: not in the letter: {quote!r}")
    starts = _boundaries(text, headings)
    start = max((b for b in starts if b <= found.start()), default=0)
    end = min((b for b in starts if b >= found.end()), default=len(text))
    return text[start:end].strip()


def _spans(text: str, reading: dict, headings: set[str]) -> list[dict]:
    heading_lines = [
        (m.start(), m.end())
        for m in re.finditer(r"^.*$", text, re.M)
        if m.group().strip() in headings
    ]
    phrases = [(kind, p) for kind in SPAN_KINDS for p in reading.get(kind) or []]
    taken: list[dict] = []
    for kind, phrase in sorted(phrases, key=lambda kp: -len(kp[1])):
        hits = list(_pattern(phrase).finditer(text))
        if not hits:
            raise SystemExit(f"{reading['id']}: span not in the letter: {phrase!r}")
        for hit in hits:
            a, b = hit.span()
            if any(s <= a < e for s, e in heading_lines):
                continue
            if any(t["start"] < b and a < t["end"] for t in taken):
                continue
            taken.append({"kind": kind, "start": a, "end": b, "text": hit.group()})
    return sorted(taken, key=lambda s: s["start"])


def labelled(reading: dict, letters: Path = LETTERS, labels: Path = LABELS) -> tuple[Path, dict]:
    """The label file of one reading and what it will hold (nothing is written)."""
    letter_id = reading["id"]
    text = (letters / f"{letter_id}.txt").read_text(encoding="utf-8")
    path = labels / f"{letter_id}.yml"
    label = yaml.safe_load(path.read_text(encoding="utf-8"))
    headings = list(reading.get("headings") or [])
    given = reading.get("items") or {}
    items = {}
    for item in label["items"]:
        quote = given.get(item.removeprefix("content."))
        items[item] = _sentence(text, quote, letter_id, set(headings)) if quote else None
    unknown = set(given) - {i.removeprefix("content.") for i in label["items"]}
    if unknown:
        raise SystemExit(f"{letter_id}: unknown items {sorted(unknown)}")
    label.update(
        headings=headings,
        bullets=bool(reading.get("bullets")),
        items=items,
        spans=_spans(text, reading, set(headings)),
    )
    if reading.get("note"):
        label["note"] = reading["note"]
    return path, label


def apply_all(readings: str, letters: Path = LETTERS, labels: Path = LABELS) -> list[str]:
    """Rewrite ``labels/<id>.yml`` for every reading in ``readings`` (YAML documents), and
    return their ids. Every reading is parsed and made into its label before any is written: a
    mistake in the fifth (bad YAML, a quote not in the letter, an unknown item) leaves the first
    four labels as they were, not half the file applied. Two readings of one letter are a
    mistake too: the second would replace the first whole, its note and spans with it."""
    made = [labelled(one, letters, labels) for one in yaml.safe_load_all(readings) if one]
    ids = [path.stem for path, _label in made]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise SystemExit(f"read twice in one file: {', '.join(twice)}; keep one reading of each")
    for path, label in made:
        path.write_text(
            yaml.safe_dump(label, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
        )
    return ids


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.corpus.reading <readings.yml>")
    for written in apply_all(Path(sys.argv[1]).read_text(encoding="utf-8")):
        print(f"{written}: written")
