"""Issue 18, items 4 to 6, in a real browser at 1280x800: an editor (light theme) and a legal
reviewer (dark theme) walk the main pages; every rendered page is kept as a screenshot under
tests/e2e/artifacts/ (git-ignored) and its visible text is scanned for words meant for
developers: rule ids, raw Markdown, "(s)" plurals, authors shown by their e-mail address, the
SHA-256 anywhere but the approval details, and anything wider than the window."""

from __future__ import annotations

import re
from pathlib import Path

from clearnotice import approvals, comments, edits
from clearnotice.accounts import Role
from clearnotice.auth import create_first_admin, create_user, find_account, has_users
from clearnotice.checks.loader import load_catalogue
from tests.e2e.conftest import PASSWORD, open_signed_in, visit

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "e2e" / "artifacts" / "plain-words"
ENGLISH = (ROOT / "tests" / "fixtures" / "jargon-heavy.md").read_text(encoding="utf-8")
SPANISH = (ROOT / "tests" / "fixtures" / "flawed-translation.es.md").read_text(encoding="utf-8")
WRITER = ("writer@firm.example", "Wendy Writer", Role.EDITOR)
COUNSEL = ("counsel@firm.example", "Lou Counsel", Role.LEGAL)
# Packs of the rule files, and those of the ids the code gives its own findings.
PACKS = {rule.split(".")[0] for rule in load_catalogue().rules} | {
    "grammar",
    "languagetool",
    "readability",
    "translation",
    "vocabulary",
}
RULE_ID = re.compile(r"\b([a-z_]+)\.[a-z_-]*[a-z]\b")
FILE_ENDINGS = {"md", "txt", "docx", "csv", "pdf", "html", "yml"}
# Markdown that did not render: bold markers, or a heading marker at the start of a line.
RAW_MARKDOWN = re.compile(r"\*\*|^#{1,6} ", re.M)
CLUMSY_PLURAL = re.compile(r"\w\((?:s|es)\)|\b1 (?:versions|errors|rows|items|paragraphs)\b")
# The visible text of a page, letter text left out where it is shown as its source on purpose:
# text boxes, code blocks (a suggested paragraph) and the letter views, whose Markdown is the
# letter's own. Only what is rendered and visible counts.
VISIBLE_TEXT = """(root) => {
  const skip = "textarea, input, pre, code, .cn-text, .cn-cell, .cn-letter, iframe, script, style";
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(skip) || !el.checkVisibility()) continue;
    if (node.data.trim()) out.push(node.data);
  }
  return out.join("\\n");
}"""


# The chosen option of a drop-down menu shown cut off ("English (en, source) · app…").
CUT_OFF_MENUS = """() => [...document.querySelectorAll('[data-baseweb="select"] div')]
  .filter((el) => !el.children.length && el.checkVisibility() && el.scrollWidth > el.clientWidth)
  .map((el) => el.textContent)"""


def _account(store, username: str, name: str, role: Role) -> None:
    if not has_users(store):  # as ensure_account does: the first account is the admin
        create_first_admin(store, "e2e-admin", PASSWORD)
    if find_account(store, username) is None:
        create_user(store, username, role, actor="e2e-admin", password=PASSWORD, display_name=name)


def _letter(store) -> int:
    """A letter with a history (a typed change, a restore), a Spanish translation with QA
    findings, a comment by legal and an approval, all by the two accounts."""
    writer, counsel = WRITER[0], COUNSEL[0]
    letter = store.create_letter("Plain words walk", ENGLISH, actor=writer)
    first = store.latest_version(letter.id)
    typed = store.save_version(
        letter.id, ENGLISH + "\nThank you.\n", base_version_id=first.id, actor=writer
    ).version
    restored = edits.restore(store, letter.id, first, typed.id, writer).saved.version
    store.save_version(
        letter.id, SPANISH, base_version_id=None, actor=writer, language="es",
        origin="human:Ana Ruiz", source_version_id=restored.id,
    )  # fmt: skip
    note = comments.add_comment(
        store, letter.id, restored.id, 0, "Say when it happened.", actor=counsel
    )
    approvals.approve(
        store, letter.id, "en", restored.id, counsel, reason="Checked by counsel.",
        carried={note.id: "Counsel will add the date with the client."},
    )  # fmt: skip
    return letter.id


def _warm_up(browser, url: str) -> None:
    """Wait out the server's first run (every module imported) once, with room for a busy
    machine, so signing in meets a warm server."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.get_by_role("textbox", name="Username").wait_for(timeout=120_000)
    context.close()


def _problems(page, where: str) -> list[str]:
    """What on the page in view speaks to developers, each naming the page and the text."""
    text = page.locator("[data-testid='stApp']").evaluate(VISIBLE_TEXT)
    for frame in page.frames[1:]:  # the live editor: its labels, not the letter it shows
        text += "\n" + frame.locator("body").evaluate(VISIBLE_TEXT)
    found = [
        f"{where}: rule id {m.group(0)!r}"
        for m in RULE_ID.finditer(text)
        if m.group(1) in PACKS and m.group(0).rsplit(".", 1)[-1] not in FILE_ENDINGS
    ]
    found += [f"{where}: raw Markdown in {_line(text, m)!r}" for m in RAW_MARKDOWN.finditer(text)]
    found += [f"{where}: clumsy plural {_line(text, m)!r}" for m in CLUMSY_PLURAL.finditer(text)]
    found += [f"{where}: author shown as {a!r}" for a in (WRITER[0], COUNSEL[0]) if a in text]
    if "SHA-256" in text and " on Review" not in where:
        found.append(f"{where}: the SHA-256 outside the approval details")
    found += [f"{where}: a menu cut off at {c!r}" for c in page.evaluate(CUT_OFF_MENUS)]
    wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    if wide > 0:
        found.append(f"{where}: {wide} px wider than the 1280 px window")
    return found


def _line(text: str, match: re.Match) -> str:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return text[start : end if end != -1 else None][:120]


def _walk(page, who: str, steps) -> list[str]:
    problems = []
    for link, tabs in steps:
        visit(page, link, tabs)
        where = " ".join((link, *tabs))
        page.screenshot(path=ARTIFACTS / f"{who}-{where.replace(' ', '_')}.png")
        problems += _problems(page, f"{who} on {where}")
    return problems


def test_the_main_pages_speak_plain_words_to_an_editor_and_to_legal_in_dark_mode(
    app_server, browser
):
    store = app_server.store()
    for username, name, role in (WRITER, COUNSEL):
        _account(store, username, name, role)
    letter_id = _letter(store)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _warm_up(browser, app_server.url)
    problems = []
    for (username, _, _), scheme in ((WRITER, "light"), (COUNSEL, "dark")):
        context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
        page = context.new_page()
        page.set_default_timeout(60_000)  # a bound for a busy machine, not a speed target
        who = username.split("@")[0]
        open_signed_in(app_server, page, username, path=f"?letter={letter_id}")
        if scheme == "dark":  # the theme follows the reader's setting (.streamlit/config.toml)
            shade = page.locator("[data-testid='stApp']").evaluate(
                "(el) => getComputedStyle(el).backgroundColor"
            )
            red, green, blue = map(int, re.findall(r"\d+", shade)[:3])
            assert red + green + blue < 150, f"the app is not dark in dark mode: {shade}"
        problems += _walk(
            page,
            who,
            [
                ("Letters", ()),
                ("Edit", ("Readability",)),
                ("Edit", ("Guidance",)),
                ("Translations", ()),
                ("Review", ("en",)),
                ("Review", ("es",)),
                ("Export", ()),
            ],
        )
        context.close()
    assert not problems, "\n".join(problems)
