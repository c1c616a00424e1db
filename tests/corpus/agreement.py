"""How far two readings of the corpus agree: the labels at a git revision (the first reader's)
against the labels in the working tree (the second reader's, by GUIDE.md).

    python -m tests.corpus.agreement <git-rev> [<letter id> ...]

Items: the share of (letter, item) pairs where both readers say present or both say absent.
Bullets: the share of letters where they agree. Headings and each kind of span: F1 of the second
reading against the first; a heading matches the same line, a span matches one of the same kind
that overlaps it (as ``bench/bench_accuracy.py`` matches the engine's findings). Without letter
ids every letter is compared.
"""

from __future__ import annotations

import subprocess
import sys

from tests.corpus.corpus import HERE, SPAN_KINDS, checklist_items, load, parse_label


def _first_labels(rev: str, letter_ids: list[str]) -> dict[str, dict]:
    """The labels of ``letter_ids`` at ``rev``, read by one ``git cat-file --batch``: a
    ``git show`` per letter started thousands of processes, most of the comparison's time."""
    folder = (HERE / "labels").relative_to(HERE.parent.parent).as_posix()
    asked = "".join(f"{rev}:{folder}/{letter_id}.yml\n" for letter_id in letter_ids)
    shown = subprocess.run(
        ["git", "cat-file", "--batch"], cwd=HERE, input=asked.encode(), capture_output=True
    )
    if shown.returncode:
        raise SystemExit(f"git cat-file: {shown.stderr.decode(errors='replace')}")
    labels, at, out = {}, 0, shown.stdout
    for letter_id in letter_ids:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()  # "<object> blob <size>", or "<name> missing"
        if len(header) != 3 or header[1] != b"blob":
            raise SystemExit(f"no label {folder}/{letter_id}.yml at {rev}: {header}")
        at = header_end + 1 + int(header[2])
        labels[letter_id] = parse_label(out[header_end + 1 : at].decode("utf-8"))
        at += 1  # the line break after each object
    return labels


def _f1(matched_first: int, first: int, matched_second: int, second: int) -> float:
    recall = matched_first / first if first else 1.0
    precision = matched_second / second if second else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _spans(label: dict, kind: str) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in label["spans"] or [] if s["kind"] == kind]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def agreement(rev: str, ids: list[str] | None = None) -> list[tuple[str, str]]:
    """Rows of (what, agreement), items first, then bullets, headings and the span kinds."""
    letters = [letter for letter in load() if not ids or letter.id in ids]
    firsts = _first_labels(rev, [letter.id for letter in letters])
    items = checklist_items()
    rows = []
    agreed_all = 0
    for item in items:
        agreed = sum(
            bool(firsts[lt.id]["items"].get(item)) == bool(lt.items.get(item)) for lt in letters
        )
        agreed_all += agreed
        rows.append((item, f"{agreed / len(letters):.2f}"))
    rows.insert(0, ("items (all)", f"{agreed_all / (len(letters) * len(items)):.2f}"))
    bullets = sum(firsts[lt.id]["bullets"] == lt.label["bullets"] for lt in letters)
    rows.append(("bullets", f"{bullets / len(letters):.2f}"))
    counts = [0, 0, 0, 0]
    for lt in letters:
        first, second = set(firsts[lt.id]["headings"] or []), set(lt.headings)
        both = len(first & second)
        for at, n in enumerate((both, len(first), both, len(second))):
            counts[at] += n
    rows.append(("headings F1", f"{_f1(*counts):.2f}"))
    for kind in SPAN_KINDS:
        counts = [0, 0, 0, 0]
        for lt in letters:
            first, second = _spans(firsts[lt.id], kind), _spans(lt.label, kind)
            counts[0] += sum(any(_overlaps(f, s) for s in second) for f in first)
            counts[1] += len(first)
            counts[2] += sum(any(_overlaps(s, f) for f in first) for s in second)
            counts[3] += len(second)
        rows.append((f"{kind} F1 ({counts[1]} first, {counts[3]} second)", f"{_f1(*counts):.2f}"))
    return rows


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m tests.corpus.agreement <git-rev> [<letter id> ...]")
    for what, value in agreement(sys.argv[1], sys.argv[2:]):
        print(f"{what:<45} {value}")
