"""The live editor in a real browser: the grade and the hard sentences change at the keystroke,
the server's findings follow after a pause, the caret stays put, typed HTML never runs, and the
editor works from the keyboard.

Each test prints the time from the last keystroke to the updated score, measured in the
browser; bench/bench_live_editor.py measures it on letters of several sizes.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from clearnotice import readability
from tests.e2e.conftest import (
    POLL_MS,
    STRIP,
    cut_connection,
    held_texts,
    open_signed_in,
    shown_grade,
    wait_for_app,
    writer,
)

EDITOR_NAME = re.compile("Letter text")
EDITOR_JS = Path(__file__).parents[2] / "components/live_editor/editor.js"
# how long a text sent waits at most for the server's answer before the next may go anyway
ANSWER_WAIT_S = int(re.search(r"const ANSWER_WAIT_MS = (\d+);", EDITOR_JS.read_text())[1]) / 1000
START = "# Notice\n\nWe are sorry. Call us.\n\nWrite to us with any questions."
ANCHOR = "Call us."
JARGON = (
    " Notwithstanding the aforementioned considerations, the organisation's comprehensive "
    "forensic investigation subsequently determined that unauthorized exfiltration of personally "
    "identifiable information had unquestionably occurred via compromised credentials."
)
# Records, in the browser, when the last key went down and when, after it, the grade first showed
# the final text's grade and the whole typed sentence was first marked as hard. Installed before
# typing; read with _timings().
WATCH_JS = """
([finalGrade, sentence]) => {
  const grade = () => document.querySelector(".st-key-score-strip")
    ?.innerText.match(/Grade (-?[\\d.]+)/)?.[1];
  const marked = () => [...document.querySelectorAll("*")]
    .map((e) => e.shadowRoot)
    .filter(Boolean)
    .flatMap((root) => [...root.querySelectorAll(".cn-highlights mark")])
    .filter((m) => /cn-(very-)?hard/.test(m.className))
    .map((m) => m.textContent)
    .join("")
    .includes(sentence);
  const watch = { lastKey: null, grade: null, marks: null };
  window.__cnWatch = watch;
  document.addEventListener("keydown", () => {
    watch.lastKey = performance.now();
    watch.grade = null;
    watch.marks = null;
  }, true);
  const tick = () => {
    const now = performance.now();
    if (watch.lastKey !== null) {
      if (watch.grade === null && grade() === finalGrade) watch.grade = now;
      if (watch.marks === null && marked()) watch.marks = now;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
"""


def _editor(app_server, page, path: str):
    open_signed_in(app_server, page, path=path)  # the cookie of an earlier sign-in, or a new one
    editor = page.get_by_role("textbox", name=EDITOR_NAME)
    editor.wait_for()
    return editor


def _open(app_server, page, title: str, text: str):
    store = app_server.store()
    letter = store.create_letter(title, text, actor=writer(store))
    return letter, _editor(app_server, page, f"Edit?letter={letter.id}")


def _put_caret(editor, offset: int) -> None:
    editor.focus()  # not a click: a click on a highlight opens its finding
    editor.evaluate("(e, at) => e.setSelectionRange(at, at)", offset)


def _caret(editor) -> tuple[int, int, bool]:
    return tuple(
        editor.evaluate(
            "e => [e.selectionStart, e.selectionEnd, e.getRootNode().activeElement === e]"
        )
    )


def _wait_saved(app_server, page, letter_id: int, text: str) -> None:
    """Until the database holds ``text``, as the newest version or a working draft (the browser
    sends it on a pause)."""
    page.locator(".cn-save", has_text=re.compile("^Saved")).wait_for()
    store = app_server.store()
    for _ in range(50):
        if text in held_texts(store, letter_id):
            return
        page.wait_for_timeout(100)
    assert text in held_texts(store, letter_id)


def _open_finding(page, words: str) -> None:
    """Click the middle of the first line of the highlight of ``words``: the text box over the
    highlights takes the click and puts the caret there, as it does for a user. (A mark that
    wraps has a bounding box whose middle may be in another line's text.)"""
    mark = page.locator(".cn-highlights mark", has_text=words).first
    mark.wait_for()
    x, y = mark.evaluate(
        "m => { const r = m.getClientRects()[0]; return [r.x + r.width / 2, r.y + r.height / 2]; }"
    )
    page.mouse.click(x, y)


def _timings(page) -> dict:
    page.wait_for_function(
        "() => window.__cnWatch.grade !== null && window.__cnWatch.marks !== null",
        timeout=10_000,
        polling=POLL_MS,  # the times themselves are taken in the page, on its frames
    )
    watch = page.evaluate("() => window.__cnWatch")
    return {
        "grade_ms": watch["grade"] - watch["lastKey"],
        "highlights_ms": watch["marks"] - watch["lastKey"],
    }


def test_typing_a_jargon_sentence_updates_grade_and_highlights_and_keeps_the_caret(
    app_server, page
):
    letter, editor = _open(app_server, page, "Live typing", START)
    grade_before = shown_grade(page)
    assert page.locator(".cn-highlights mark").count() == 0
    caret = START.index(ANCHOR) + len(ANCHOR)
    expected = START[:caret] + JARGON + START[caret:]
    final_grade = f"{readability.analyse(expected).grade:g}"  # as the readability panel shows it
    _put_caret(editor, caret)
    page.evaluate(WATCH_JS, [final_grade, JARGON.strip()])

    page.keyboard.type(JARGON, delay=15)
    timings = _timings(page)

    print(
        f"\nlast keystroke -> grade updated: {timings['grade_ms']:.0f} ms; "
        f"-> highlights updated: {timings['highlights_ms']:.0f} ms "
        "(includes the 60 ms pause the editor waits for)"
    )
    assert shown_grade(page) > grade_before + 3
    assert editor.input_value() == expected
    assert _caret(editor) == (caret + len(JARGON), caret + len(JARGON), True)
    hard = page.locator(".cn-highlights mark.cn-very-hard, .cn-highlights mark.cn-hard")
    assert JARGON.strip() in "".join(hard.all_inner_texts())
    _wait_saved(app_server, page, letter.id, expected)


# Types `typed` at `at` and reads the editor's grade and hard marks in the same script run: no
# answer from the server can arrive in between, so what it reads was counted in the browser.
TYPE_AND_READ_JS = """
(e, [at, typed]) => {
  e.focus();
  e.setRangeText(typed, at, at, "end");
  e.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
  const root = e.getRootNode();
  return {
    grade: root.querySelector(".cn-grade").dataset.grade,
    marked: [...root.querySelectorAll(".cn-highlights mark:is(.cn-hard, .cn-very-hard)")]
      .map((m) => m.textContent)
      .join(""),
  };
}
"""


def test_the_grade_and_hard_sentences_change_at_the_keystroke_and_the_server_agrees(
    app_server, page
):
    letter, editor = _open(app_server, page, "Instant grade", START)
    caret = START.index(ANCHOR) + len(ANCHOR)
    expected = START[:caret] + JARGON + START[caret:]
    python_grade = readability.analyse(expected).grade
    before = readability.analyse(START).grade

    at_once = editor.evaluate(TYPE_AND_READ_JS, [caret, JARGON])

    # the words just typed are not in the server's syllable table yet: their syllables are
    # estimated until it answers, so the grade is near the final one, and then equal to it
    assert abs(float(at_once["grade"]) - python_grade) <= 1.0 < python_grade - before
    assert JARGON.strip() in at_once["marked"]
    _wait_saved(app_server, page, letter.id, expected)
    expect(page.locator(".cn-grade")).to_have_attribute("data-grade", f"{python_grade:g}")
    expect(page.locator(STRIP)).to_contain_text(f"Grade {python_grade:g}")


SCRIPT_SENTENCE = (
    ' Notwithstanding <img src=x onerror="window.__pwned=1"> the aforementioned considerations, '
    "<script>window.__pwned=2</script> the organisation's comprehensive investigation "
    'determined <b id="injected">bold</b> &amp; "quotes" that exfiltration had occurred.'
)


OTHER = (
    " Consequently, the aforementioned unauthorised intrusion necessitated a comprehensive "
    "re-evaluation of organisational infrastructure and the implementation of supplementary "
    "technical safeguards."
)
TYPED = (
    " Notwithstanding the comprehensive forensic investigation, the organisation subsequently "
    "determined that unauthorised exfiltration of identifiable information had occurred."
)
# Each mark's words and, when a test tagged the very node before, that tag.
MARKS_JS = """
ms => ms.map((m) => ({ text: m.textContent, tag: m.cnTag ?? null, hard: /cn-(very-)?hard/.test(
  m.className) }))
"""


def test_typing_in_one_paragraph_redraws_that_paragraph_and_keeps_the_others_nodes(
    app_server, page
):
    """Only what changed is redrawn: the marks of the paragraphs before and after the one typed
    in, and their items in the findings list, are the very nodes they were, though the ones after
    moved, and the typed sentence is marked exactly once the server's findings are in."""
    text = f"# Notice\n\nFirst.{JARGON}\n\nWe are sorry. Call us.\n\nLast.{OTHER}"
    letter, editor = _open(app_server, page, "Redraw", text)
    marks = page.locator(".cn-highlights mark")
    hard = page.locator(".cn-highlights mark.cn-very-hard, .cn-highlights mark.cn-hard")
    expect(hard.last).to_contain_text("safeguards")
    tag = "ns => ns.map((n) => { n.cnTag = n.textContent; return n.cnTag; })"
    before = marks.evaluate_all(tag)
    page.locator(".cn-list-summary").click()
    items = page.locator(".cn-list-items li")
    items.first.wait_for()
    listed = items.evaluate_all(tag)
    caret = text.index(ANCHOR) + len(ANCHOR)
    _put_caret(editor, caret)

    page.keyboard.type(TYPED, delay=10)
    expected = text[:caret] + TYPED + text[caret:]
    _wait_saved(app_server, page, letter.id, expected)

    after = marks.evaluate_all(MARKS_JS)
    kept = [m for m in after if m["tag"] is not None]
    assert [m["tag"] for m in kept] == before, "the untouched paragraphs' marks were redrawn"
    assert "".join(m["text"] for m in kept if m["hard"]) == JARGON.strip() + OTHER.strip()
    drawn = [m for m in after if m["tag"] is None]
    assert "".join(m["text"] for m in drawn if m["hard"]) == TYPED.strip()
    assert editor.input_value() == expected
    assert _caret(editor) == (caret + len(TYPED), caret + len(TYPED), True)
    # the findings list too: the untouched paragraphs' items are the same nodes, in order
    now_listed = items.evaluate_all("ns => ns.map((n) => [n.textContent, n.cnTag ?? null])")
    assert [tagged for _, tagged in now_listed if tagged is not None] == listed
    assert len(now_listed) > len(listed), "the typed sentence's findings are listed"


def test_html_and_script_typed_into_the_editor_never_run_and_are_kept_exactly(app_server, page):
    letter, editor = _open(app_server, page, "Typed markup", START)
    caret = len(START)
    _put_caret(editor, caret)
    page.keyboard.type(SCRIPT_SENTENCE, delay=5)
    expected = START + SCRIPT_SENTENCE
    _wait_saved(app_server, page, letter.id, expected)

    def assert_inert():
        assert page.evaluate("() => window.__pwned === undefined")
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("#injected").count() == 0
        assert page.locator(".cn-highlights script").count() == 0
        assert editor.input_value() == expected
        layer = page.locator(".cn-highlights").first.text_content()
        assert "<script>window.__pwned=2</script>" in layer  # the markup drawn as text
        highlighted = page.locator(".cn-highlights mark").all_text_contents()
        assert "<script>" in highlighted  # and marked: HTML left in a letter (content.html-left)

    assert_inert()
    # the findings list and the popover show the typed markup as text too
    page.locator(".cn-list-summary").click()
    page.locator(".cn-list-items li").first.wait_for()
    assert "<img" in page.locator(".cn-list-items").inner_text()
    # a fresh session: the text now arrives from the database on a new mount
    editor = _editor(app_server, page, f"Edit?letter={letter.id}")
    page.locator(".cn-highlights mark").first.wait_for()
    assert_inert()
    assert expected in held_texts(app_server.store(), letter.id)


def test_a_finding_opens_from_the_keyboard_and_escape_returns_to_the_caret(app_server, page):
    text = START + JARGON
    _letter, editor = _open(app_server, page, "Keyboard", text)
    page.locator(".cn-highlights mark").first.wait_for()
    inside = len(START) + 20
    _put_caret(editor, inside)

    page.keyboard.press("Alt+Enter")
    dialog = page.get_by_role("dialog", name="Finding at the caret")
    dialog.wait_for()
    assert "hard to read" in dialog.inner_text().lower()
    assert page.evaluate(
        "() => { const a = document.activeElement; const f = a.shadowRoot?.activeElement;"
        " return !!f && !!f.closest('.cn-popover'); }"
    ), "focus moves into the finding"

    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert _caret(editor) == (inside, inside, True)


def test_clicking_a_highlight_shows_its_message(app_server, page):
    _open(app_server, page, "Click", START + JARGON)
    _open_finding(page, "Notwithstanding")
    dialog = page.get_by_role("dialog", name="Finding at the caret")
    dialog.wait_for()
    assert "hard to read" in dialog.inner_text().lower()
    page.get_by_role("button", name="Close").click()
    dialog.wait_for(state="hidden")


@pytest.mark.parametrize(
    "before",
    ["# Notice 🔒\n\nWe are sorry 😔 truly.", "# Notice\r\n\r\nWe are sorry.\r\nTruly."],
    ids=["emoji", "crlf-line-ends"],
)
def test_a_highlight_after_an_emoji_or_crlf_covers_exactly_its_sentence(app_server, page, before):
    # Python counts code points, the browser UTF-16 units, and a text box turns CR LF into LF:
    # either would shift every mark after it if the offsets were not converted
    _open(app_server, page, "Offsets", before + JARGON)
    hard = page.locator(".cn-highlights mark.cn-very-hard, .cn-highlights mark.cn-hard")
    hard.first.wait_for()
    assert "".join(hard.all_text_contents()) == JARGON.strip()


def test_scrolled_text_keeps_its_scroll_and_its_marks_line_up_after_an_update(app_server, page):
    long_text = START + "\n\n" + "\n\n".join(f"Paragraph {n}.{JARGON}" for n in range(12))
    letter, editor = _open(app_server, page, "Scroll", long_text)
    page.locator(".cn-highlights mark").first.wait_for()
    caret = long_text.index("Paragraph 6.") + len("Paragraph 6.")
    _put_caret(editor, caret)
    editor.evaluate("(e) => { e.scrollTop = e.scrollHeight / 2; }")
    scrolled = editor.evaluate("e => e.scrollTop")
    assert scrolled > 0
    page.keyboard.type(" Sorry.", delay=10)
    _wait_saved(app_server, page, letter.id, long_text[:caret] + " Sorry." + long_text[caret:])
    assert editor.evaluate("e => e.scrollTop") == scrolled
    assert editor.evaluate(
        "e => e.getRootNode().querySelector('.cn-backdrop').scrollTop === e.scrollTop"
    )


def test_text_the_database_refuses_stays_on_screen_with_a_message(app_server, page):
    letter, editor = _open(app_server, page, "Refused", START)
    # a NUL character cannot be stored (PostgreSQL refuses it); pasted text can carry one
    editor.evaluate(
        "e => { e.focus(); e.setRangeText('\\u0000 pasted', e.value.length, e.value.length, 'end');"
        " e.dispatchEvent(new Event('input')); e.blur(); }"
    )
    message = page.get_by_text("Not saved:")
    message.wait_for()
    assert "Your text is still here" in message.inner_text()
    page.locator(".cn-save", has_text=re.compile("^Not saved")).wait_for()
    assert editor.input_value() == START + "\x00 pasted"
    assert app_server.store().latest_version(letter.id).text == START


def test_restoring_an_old_version_puts_its_text_in_the_live_editor(app_server, page):
    letter, editor = _open(app_server, page, "Restore", "First text.")
    _put_caret(editor, len("First text."))
    page.keyboard.insert_text(" Second words.")  # at once: a slow machine makes no extra pause
    _wait_saved(app_server, page, letter.id, "First text. Second words.")

    # the typing is a working draft on v1: restoring v1 saves it first as v2, then v1 as v3
    page.get_by_text(re.compile(r"History \(1 version\)")).click()
    wait_for_app(page)
    restore = page.get_by_role("button", name="Restore")
    restore.click()
    if not _versions_after(app_server, page, letter.id, 1):
        # Twice on a loaded CI machine the old text stayed on screen. A click that reached the
        # server saves the typing as v2 at once, so none means the click was lost: a user clicks
        # again, and so does the test, once. A restore refused or not shown still fails below.
        wait_for_app(page)
        restore.click()
        reached = _versions_after(app_server, page, letter.id, 1)
        assert reached, "two clicks on Restore reached no server"
    expect(editor).to_have_value("First text.", timeout=20_000)
    texts = [(v.text, v.origin) for v in app_server.store().versions(letter.id)]
    assert texts[1:] == [("First text. Second words.", "typed"), ("First text.", "restore:v1")]


def _versions_after(app_server, page, letter_id: int, number: int) -> bool:
    """Whether a version after v``number`` reaches the database within 15 s (polled as
    ``_wait_saved`` polls, the page's events still served)."""
    for _ in range(75):
        if app_server.store().latest_version(letter_id).number > number:
            return True
        page.wait_for_timeout(200)
    return False


def test_the_editor_fits_a_1280x800_screen_without_sideways_scrolling(app_server, page):
    width, height = 1280, 800
    page.set_viewport_size({"width": width, "height": height})
    _letter, editor = _open(app_server, page, "Fit", START)
    box = editor.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert box["width"] >= 400, "room for a line of a letter"
    assert box["y"] < height, "the editor starts on the first screen"
    assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")


def test_one_click_fix_replaces_the_jargon_and_saves_a_fix_version(app_server, page):
    text = "# Notice\n\nA criminal exfiltrated files from our billing system. Call us."
    letter, editor = _open(app_server, page, "Fix", text)
    _open_finding(page, "exfiltrated")
    page.get_by_role("button", name="Replace “exfiltrated” with “copied”").click()

    fixed = text.replace("exfiltrated", "copied")
    assert editor.input_value() == fixed
    caret = fixed.index("copied") + len("copied")
    _wait_saved(app_server, page, letter.id, fixed)
    latest = app_server.store().latest_version(letter.id)
    assert (latest.number, latest.origin) == (2, "fix:plain.jargon")
    flagged = ".cn-highlights mark.cn-warning, .cn-highlights mark.cn-error"
    expect(page.locator(flagged, has_text="copied")).to_have_count(0)
    assert _caret(editor) == (caret, caret, True)
    assert editor.input_value() == fixed


def test_a_misspelt_word_gets_its_corrections_on_request_and_one_fixes_it(app_server, page):
    text = "# Notice\n\nYou will recieve a letter from us. Call us."
    letter, editor = _open(app_server, page, "Spelling", text)
    _open_finding(page, "recieve")
    # a dictionary's corrections take a few hundred ms, so they are looked up only when asked
    page.get_by_role("button", name="Suggest corrections for “recieve”").click()
    page.get_by_role("button", name="Replace “recieve” with “receive”").click()

    fixed = text.replace("recieve", "receive")
    assert editor.input_value() == fixed
    _wait_saved(app_server, page, letter.id, fixed)
    assert app_server.store().latest_version(letter.id).origin == "fix:grammar.spelling"


def test_typing_reruns_only_the_editor_part_and_never_reloads_the_page(app_server, page):
    letter, editor = _open(app_server, page, "No reload", START)
    page.evaluate("() => { window.__sameDocument = true; }")
    title = page.get_by_role("heading", name="No reload")
    title.evaluate("h => { h.dataset.before = 'typing'; }")
    _put_caret(editor, len(START))
    page.keyboard.type(" Thanks.", delay=10)
    _wait_saved(app_server, page, letter.id, START + " Thanks.")
    assert page.evaluate("() => window.__sameDocument === true")
    # outside the fragment, the title is the very element that was there before
    assert title.get_attribute("data-before") == "typing"


def test_tab_leaves_the_editor_for_the_findings_list(app_server, page):
    _letter, editor = _open(app_server, page, "Tab order", START + JARGON)
    page.locator(".cn-highlights mark").first.wait_for()
    _put_caret(editor, 3)
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => document.activeElement.shadowRoot?.activeElement?.className || ''"
    )
    assert focused == "cn-list-summary", "Tab moves on instead of typing a tab character"
    assert editor.input_value() == START + JARGON


def test_two_tabs_typing_into_one_paragraph_keep_both_texts_and_show_the_clash(app_server, browser):
    """The same paragraph changed in two tabs at once: the later text is kept aside (never the
    letter's newest text) and its tab shows both texts to settle, saying both are kept."""
    store = app_server.store()
    letter = store.create_letter("Two tabs", "Original.", actor=writer(store))
    contexts = [browser.new_context(viewport={"width": 1280, "height": 800}) for _ in range(2)]
    try:
        first, second = (context.new_page() for context in contexts)
        editors = [_editor(app_server, p, f"Edit?letter={letter.id}") for p in (first, second)]
        _put_caret(editors[0], len("Original."))
        first.keyboard.insert_text(" First.")
        _wait_saved(app_server, first, letter.id, "Original. First.")
        _put_caret(editors[1], len("Original."))
        second.keyboard.insert_text(" Second.")
        second.get_by_text("both are kept").wait_for()
        store = app_server.store()
        texts = [v.text for v in store.versions(letter.id)]
        assert texts == ["Original.", "Original. First.", "Original. Second."]
        assert store.latest_version(letter.id).text == "Original. First."
        [fork] = store.open_forks(letter.id)
        assert fork.ours.text == "Original. Second."
    finally:
        for context in contexts:
            context.close()


LOCAL_COPIES_JS = """() => Object.keys(localStorage)
  .filter((k) => k.startsWith("clearnotice:unconfirmed:"))
  .map((k) => [k, JSON.parse(localStorage.getItem(k)).text])"""


def test_text_is_kept_in_the_browser_until_the_server_confirms_it(app_server, page):
    cut = cut_connection(page)
    letter, editor = _open(app_server, page, "Local copy", START)
    version = app_server.store().latest_version(letter.id)
    _put_caret(editor, len(START))
    cut["on"] = True
    page.keyboard.type(" Unsent.", delay=5)
    # sent after the pause, and dropped on the way
    page.locator(".cn-save", has_text=re.compile("^Saving")).wait_for()
    [(key, text)] = page.evaluate(LOCAL_COPIES_JS)
    # under the letter, its language, the version it was typed on, and this tab
    assert key.startswith(f"clearnotice:unconfirmed:{letter.id}:en:{version.id}:")
    assert text == START + " Unsent."

    cut["on"] = False
    page.keyboard.type(" Sent.", delay=5)
    _wait_saved(app_server, page, letter.id, START + " Unsent. Sent.")
    expect(page.locator(".cn-save")).to_have_text(re.compile("^Saved"))
    assert page.evaluate(LOCAL_COPIES_JS) == []


def _watch_socket(page) -> dict:
    """Route the app's websocket through a stand-in that records the kinds of message the
    browser sends (``sent``, and when: ``sent_at``; a timed fragment's rerun, such as the
    presence heartbeat, as ``auto_rerun``) and the server's messages (``received``, as
    Streamlit's ForwardMsg) while ``watch["on"]`` is set, and holds the server's back (``held``)
    while ``watch["hold"]`` is; ``release(watch)`` passes the held ones on. Call it before the
    page opens the app."""
    watch = {"on": False, "hold": False, "sent": [], "sent_at": [], "received": []}
    watch |= {"held": [], "socket": None}

    def route(ws) -> None:
        server = ws.connect_to_server()
        watch["socket"] = ws

        def to_server(message) -> None:
            if watch["on"] and isinstance(message, bytes):
                sent = BackMsg.FromString(message)
                kind = sent.WhichOneof("type")
                if kind == "rerun_script" and sent.rerun_script.is_auto_rerun:
                    kind = "auto_rerun"  # a fragment's timer (the presence heartbeat), no keys
                watch["sent"].append(kind)
                watch["sent_at"].append(time.monotonic())
            server.send(message)

        def to_browser(message) -> None:
            if watch["on"] and isinstance(message, bytes):
                watch["received"].append(ForwardMsg.FromString(message))
            if watch["hold"]:
                watch["held"].append(message)
            else:
                ws.send(message)

        ws.on_message(to_server)
        server.on_message(to_browser)

    page.route_web_socket(re.compile(r"/_stcore/stream"), route)
    return watch


def _release(watch: dict) -> None:
    watch["hold"] = False
    for message in watch["held"]:
        watch["socket"].send(message)
    watch["held"].clear()


def test_text_typed_while_the_server_answers_goes_with_that_answer(app_server, page):
    """One text at a time awaits the server's answer (for ANSWER_WAIT_S at most): keys typed
    meanwhile, each after a pause longer than the editor's, go together once the answer comes,
    and nothing is lost. The server's messages are held back here, so its answer takes as long
    as the test needs; what the browser sends is judged for the answer's wait, however slowly a
    loaded machine types."""
    watch = _watch_socket(page)
    letter, editor = _open(app_server, page, "One at a time", START)
    _wait_saved(app_server, page, letter.id, START)
    _put_caret(editor, len(START))
    watch["on"] = watch["hold"] = True
    page.keyboard.type(" Yes", delay=150)  # every gap is longer than the pause before sending
    page.wait_for_timeout(150)
    first = watch["sent_at"][watch["sent"].index("rerun_script")]
    sent = [
        kind
        for kind, at in zip(watch["sent"], watch["sent_at"], strict=True)
        if kind != "auto_rerun" and at - first < ANSWER_WAIT_S
    ]
    assert sent == ["rerun_script"]  # the first key's text, no other until its answer
    _release(watch)
    _wait_saved(app_server, page, letter.id, START + " Yes")


def test_after_a_pause_in_typing_the_scores_reach_the_browser_before_the_history(app_server, page):
    """The history does not change as one types; the score strip does: it is sent first."""
    watch = _watch_socket(page)
    letter, editor = _open(app_server, page, "Scores first", START)
    _wait_saved(app_server, page, letter.id, START)
    _put_caret(editor, len(START))
    watch["on"] = True
    page.keyboard.type(" Thanks.", delay=10)
    _wait_saved(app_server, page, letter.id, START + " Thanks.")
    for _ in range(100):  # the run goes on after the editor's part: until it is over
        if any(m.WhichOneof("type") == "script_finished" for m in watch["received"]):
            break
        page.wait_for_timeout(100)
    drawn = [
        m.delta.add_block.expandable.label or m.delta.new_element.markdown.body
        for m in watch["received"]
        if m.WhichOneof("type") == "delta"
    ]
    strip = next(i for i, d in enumerate(drawn) if "Grade " in d)
    history = next(i for i, d in enumerate(drawn) if d.startswith("History ("))
    assert strip < history
