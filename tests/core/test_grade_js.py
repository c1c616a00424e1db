"""The browser's grade (components/live_editor/grade.js, run in Node) equals the Python grade on
every letter of the test corpus and every sample, and marks the same hard and very hard
sentences: the live editor shows at each keystroke what the server will say after the pause."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from clearnotice import browser_counting, readability
from clearnotice.offsets import normalise_newlines, to_browser
from clearnotice.text import split_sentences

ROOT = Path(__file__).resolve().parents[2]
GRADE_JS = ROOT / "components" / "live_editor" / "grade.js"
LETTERS = sorted(
    [
        *(ROOT / "tests" / "corpus" / "letters").glob("*.txt"),
        *(ROOT / "tests" / "fixtures").glob("*.md"),
        *(ROOT / "templates").glob("*.md"),
    ]
)
# Reads every case from standard input and prints what grade.js makes of each: counted twice
# with one memo, as the editor does at each keystroke, so the second answer comes from it.
RUNNER = """
import { gradeText } from "./grade.mjs";
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ text, counting, table }) => {
    const memo = new Map();
    gradeText(text, counting.blocks, table, counting.rules, memo);
    return gradeText(text, counting.blocks, table, counting.rules, memo);
  });
  process.stdout.write(JSON.stringify(results));
});
"""
# The same for sentence splitting alone, on texts whose full stops are not all sentence ends.
SPLIT_RUNNER = """
import { splitSentences } from "./grade.mjs";
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ text, counting }) =>
    splitSentences(text, counting.rules).map((s) => s.text));
  process.stdout.write(JSON.stringify(results));
});
"""
SPLIT_CASES = [
    "Call us Mon.-Fri. 9 to 5 or Sat. 10 to 2. We can help.",
    "The office closes on Sat. Call on Monday instead.",
    "See No. 5 in the list. Thanks.",
    "Dr. Smith and Mrs. Jones called (9 a.m. to 5 p.m.). St. Louis was quiet.",
    "Der Vorfall war am 3. März. Wir haben ihn gemeldet.",
    "Call 1-800-555-0142. Visit www.example.com/help. Thanks.",
    "Lines are open 9 a.m. to 5 p.m. We can help. Or until 6 p.m. Eastern Time on Fridays.",
    "Call before 8 p.m. ET. Ask for Ms. Lee after 10 a.m. Monday. Open at 7 a.m. I will answer.",
    "Our I.T. Department found it. Then N.H.S. Digital was told. Ask the H.R. Team. We help.",
    "Nous avons corrigé la faille. «\u00a0Nous sommes désolés\u00a0», a dit la directrice.",
    "Elle a dit : « C'est fini. » Puis elle est partie.",
    "Wir haben die Lücke geschlossen. „Es tut uns leid“, sagte sie. »Nie wieder.« Dann ging sie.",
]


def _run_grade_js(cases: list[dict], folder: Path, runner: str = RUNNER) -> list:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node is needed to run the live editor's JavaScript (scripts/system-deps.sh)")
    shutil.copy(GRADE_JS, folder / "grade.mjs")  # Node reads a .mjs file as a module
    (folder / "run.mjs").write_text(runner, encoding="utf-8")
    done = subprocess.run(
        [node, "run.mjs"], input=json.dumps(cases), capture_output=True, text=True, cwd=folder
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _python(text: str) -> tuple[float, set[tuple[int, int, str]]]:
    result = readability.analyse(text)
    shown = to_browser(text)
    judged = {(shown(s.start), shown(s.end), s.level) for s in result.sentences if s.level != "ok"}
    return result.grade, judged


def test_the_browser_splits_sentences_where_python_does(tmp_path) -> None:
    cases = [{"text": t, "counting": browser_counting.payload(t)} for t in SPLIT_CASES]
    results = _run_grade_js(cases, tmp_path, SPLIT_RUNNER)
    assert results == [[s.text for s in split_sentences(t)] for t in SPLIT_CASES]


def test_the_browser_grade_and_hard_sentences_are_pythons_on_every_letter(tmp_path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in LETTERS]
    counting = [browser_counting.payload(t) for t in texts]
    cases = [
        {"text": normalise_newlines(t), "counting": c, "table": c["syllables"]}
        for t, c in zip(texts, counting, strict=True)
    ]
    results = _run_grade_js(cases, tmp_path)
    differ = []
    for path, text, got in zip(LETTERS, texts, results, strict=True):
        grade, judged = _python(text)
        marked = {
            (s["start"], s["end"], s["level"]) for s in got["sentences"] if s["level"] != "ok"
        }
        if abs(got["grade"] - grade) > 0.1 or marked != judged:
            differ.append(f"{path.name}: grade {got['grade']} vs {grade}; {marked ^ judged}")
    assert len(results) == len(LETTERS) > 40
    assert not differ, "\n".join(differ)


# The line the live editor shows under the box for each case's count.
LINE_RUNNER = """
import { gradeText, gradeLine } from "./grade.mjs";
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ text, counting }) =>
    gradeLine(gradeText(text, counting.blocks, counting.syllables, counting.rules)));
  process.stdout.write(JSON.stringify(results));
});
"""


def test_the_grade_line_says_there_is_nothing_to_grade_rather_than_grade_0(tmp_path) -> None:
    texts = ["", " \n\n\t", "We found the fault. We fixed it the same day."]
    cases = [{"text": t, "counting": browser_counting.payload(t)} for t in texts]
    empty, blank, letter = _run_grade_js(cases, tmp_path, LINE_RUNNER)
    assert empty == blank == "No text to grade yet"
    assert letter == f"Grade {readability.analyse(texts[2]).grade:g} · 0 hard, 0 very hard"
