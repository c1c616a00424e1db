"""Live editor latency: from a keystroke to the updated grade, in a real browser.

Starts the app (`streamlit run app.py` on a loopback port, a throwaway database), signs in, and
for a 450-word and a 1,000-word letter types a jargon-heavy sentence into the middle of the
letter, one character every 20 ms. The browser records:
- keystroke -> grade in the editor: from each key going down to the editor's own grade (counted
  in the browser, components/live_editor/grade.js) being redrawn; every keystroke is a sample.
  Aim: under 50 ms.
- last keystroke -> server findings: from the last key to the moment the editor holds the
  server's findings for the final text ("Saved" in its bar) and the page's grade shows the final
  text's grade. The editor sends after a 60 ms pause, which is included. Aim: p90 <= 300 ms.

A second table times, in this process, the work one rerun does for an edit to one paragraph
(readability, guidance, offline grammar, saving the version): the server's share of the above.

Run: .venv/bin/python bench/bench_live_editor.py [runs per letter, default 10]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.running_app import CHROMIUM, App, open_letter, percentile, running_app  # noqa: E402
from clearnotice import guidance, readability  # noqa: E402
from clearnotice.auth import create_first_admin  # noqa: E402
from clearnotice.grammar import CheckerChoice, GrammarService  # noqa: E402
from clearnotice.grammar.choice import OFFLINE  # noqa: E402
from clearnotice.letters import Store  # noqa: E402

SENTENCE = (
    " Notwithstanding the aforementioned considerations, the forensic investigation "
    "subsequently determined that the threat actor exfiltrated personally identifiable "
    "information via compromised credentials."
)
FIXTURES = ROOT / "tests" / "fixtures"
PARAGRAPHS = [
    p
    for name in ("good-plain.md", "jargon-heavy.md")
    for p in (FIXTURES / name).read_text().split("\n\n")
    if p.strip()
]


def letter_of(words: int) -> str:
    """A letter of about ``words`` words: the fixtures' paragraphs, over again as needed."""
    out, count = [], 0
    while count < words:
        paragraph = PARAGRAPHS[len(out) % len(PARAGRAPHS)]
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out)


LETTERS = {"450 words": letter_of(450), "1,000 words": letter_of(1_000)}
# Installed in the page before typing. Each keydown starts a sample; the editor's grade being
# rewritten (a MutationObserver, so the moment its input handler ran) ends it. After the last key,
# `server` is when the editor shows "Saved" (the server's findings for the final text are in)
# and the page's score strip shows the final grade.
WATCH_JS = """
(finalGrade) => {
  const editorRoot = [...document.querySelectorAll("*")].map((e) => e.shadowRoot)
    .find((r) => r && r.querySelector(".cn-grade"));
  const gradeBox = editorRoot.querySelector(".cn-grade");
  const saveBox = editorRoot.querySelector(".cn-save");
  const pageGrade = () => document.querySelector(".st-key-score-strip")
    ?.innerText.match(/Grade (-?[\\d.]+)/)?.[1];
  const watch = { keys: [], lastKey: null, pending: null, server: null };
  window.__cnWatch = watch;
  document.addEventListener("keydown", () => {
    watch.lastKey = performance.now();
    watch.pending = watch.lastKey;
    watch.server = null;
  }, true);
  new MutationObserver(() => {
    if (watch.pending !== null) {
      watch.keys.push(performance.now() - watch.pending);
      watch.pending = null;
    }
  }).observe(gradeBox, { childList: true, characterData: true, subtree: true });
  const tick = () => {
    if (watch.lastKey !== null && watch.server === null
        && saveBox.textContent.startsWith("Saved") && pageGrade() === finalGrade) {
      watch.server = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
"""


def _one_run(page, app: App, username: str, text: str) -> tuple[list[float], float]:
    """Per-keystroke times to the editor's grade, and the last keystroke to the server's."""
    letter = app.store.create_letter("Bench", text, actor=username)
    editor = open_letter(page, app, username, letter.id)
    # the caret goes to the end of the second paragraph: text after it must move, not reload
    first_break = text.find("\n\n", text.find("\n\n") + 2)
    caret = first_break if first_break > 0 else len(text)
    editor.focus()
    editor.evaluate("(e, at) => e.setSelectionRange(at, at)", caret)
    final = text[:caret] + SENTENCE + text[caret:]
    page.evaluate(WATCH_JS, f"{readability.analyse(final).grade:g}")
    page.keyboard.type(SENTENCE, delay=20)
    page.wait_for_function("() => window.__cnWatch.server !== null", timeout=90_000)
    watch = page.evaluate("() => window.__cnWatch")
    return watch["keys"], watch["server"] - watch["lastKey"]


def _browser_table(runs: int) -> None:
    from playwright.sync_api import sync_playwright

    with running_app() as app, sync_playwright() as playwright:
        username = app.account("timer")
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        page.set_default_timeout(90_000)
        _one_run(page, app, username, LETTERS["450 words"])  # warm-up: loads the rules
        print(f"\nKeystroke -> updated scores in Chromium ({runs} runs each)")
        print(
            f"{'letter':<13}{'words':>6} | {'grade in the editor':>21} | "
            f"{'server findings after the last key':>34}"
        )
        print(f"{'':<13}{'':>6} | {'p50':>9}{'p90':>12} | {'p50':>22}{'p90':>12}")
        for name, text in LETTERS.items():
            keys, server = [], []
            for _ in range(runs):
                k, s = _one_run(page, app, username, text)
                keys += k
                server.append(s)
            print(
                f"{name:<13}{len(text.split()):>6} | {percentile(keys, 0.5):>6.1f} ms"
                f"{percentile(keys, 0.9):>9.1f} ms | {percentile(server, 0.5):>19.0f} ms"
                f"{percentile(server, 0.9):>9.0f} ms"
            )
        browser.close()


def _ms(work) -> tuple[object, float]:
    start = time.perf_counter()
    result = work()
    return result, (time.perf_counter() - start) * 1000


def _server_table(runs: int) -> None:
    """The analysis one rerun repeats after a paragraph changed, timed in this process."""
    service = GrammarService()
    choice = CheckerChoice(OFFLINE)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'server.sqlite3'}")
        # every save checks its actor: the bench writes as an account
        create_first_admin(store, "bench", "a long enough server password")
        print("\nServer work per pause after a one-paragraph edit (median, this process)")
        print(f"{'letter':<18}{'readability':>13}{'guidance':>10}{'grammar':>9}{'save':>8}")
        for name, text in LETTERS.items():
            letter = store.create_letter(name, text, actor="bench")
            base = store.latest_version(letter.id).id
            readability.analyse(text)  # the letter as opened: every paragraph cached
            guidance.review(text, ("CA",))
            service.check(text, "en", choice, vocabulary=[])
            times: dict[str, list[float]] = {"r": [], "g": [], "m": [], "s": []}
            for n in range(runs):
                edited = text.replace("\n\n", f" Edit {n}.\n\n", 1)
                times["r"].append(_ms(lambda t=edited: readability.analyse(t))[1])
                times["g"].append(_ms(lambda t=edited: guidance.review(t, ("CA",)))[1])
                times["m"].append(
                    _ms(lambda t=edited: service.check(t, "en", choice, vocabulary=[]))[1]
                )
                saved, ms = _ms(
                    lambda t=edited, b=base, i=letter.id: store.save_version(
                        i, t, base_version_id=b, actor="bench"
                    )
                )
                times["s"].append(ms)
                base = saved.version.id
            r, g, m, s = (statistics.median(times[k]) for k in "rgms")
            print(f"{name:<18}{r:>10.1f} ms{g:>7.1f} ms{m:>6.1f} ms{s:>5.1f} ms")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    _server_table(count)
    _browser_table(count)
