"""In a real browser: axe-core checks every page of the app against WCAG 2.1 and 2.2 A and AA,
and what it finds serious or critical in ClearNotice's own markup (the live editor, the letter
views, the highlighted text) fails the test. What it finds in Streamlit's own markup is printed,
not failed: that markup is Streamlit's to fix; but its colours come from our theme, so a
contrast too low there fails too.

axe-core 4.14.1 is vendored beside this file (tests/e2e/axe.min.js, unchanged from the npm
package, MPL-2.0, with its licence header; the MIT notices of the code it bundles are in
axe-core-LICENSE-3RD-PARTY.txt), so the test needs no network.

Besides axe: a screen reader hears what the highlights show in colour (a very hard sentence,
a finding's message), in the letter views and in the live editor.
"""

from __future__ import annotations

import json
from pathlib import Path

from clearnotice.accounts import Role
from tests.e2e.conftest import (
    POLL_MS,
    START_TIMEOUT,
    ensure_account,
    open_expanders,
    open_signed_in,
    visit,
    wait_for_app,
)

AXE = Path(__file__).with_name("axe.min.js")
ARTIFACTS = Path(__file__).with_name("artifacts")
# the rule sets of WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core's tags)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# ClearNotice's own markup: the live editor (in its shadow root) and the letter views' HTML
OURS = ".cn-editor, .cn-letter, .cn-text"
HARD = (
    "Notwithstanding the aforementioned considerations, the organisation's comprehensive "
    "forensic investigation subsequently determined that unauthorized exfiltration of personally "
    "identifiable information had unquestionably occurred via compromised credentials."
)
ENGLISH = (
    "# Notice of Data Breach\n\nDear customer,\n\n## What Happened\n\n"
    f"{HARD}\n\n- Your name\n- Your address\n\n## What You Can Do\n\n"
    "1. Change your password.\n2. Call us.\n\nWe will utilize your feedback. We are sorry.\n\n"
    "Sincerely,\n\nAnn Lee"
)
SPANISH = (
    "# Aviso de filtración de datos\n\nEstimado cliente:\n\n## Qué pasó\n\n"
    "Alguien copió datos.\n\n- Su nombre\n- Su dirección\n\n## Qué puede hacer\n\n"
    "1. Cambie su contraseña.\n2. Llámenos.\n\nAtentamente,\n\nAnn Lee"
)
# axe.run with each violating node's element, to tell ours from Streamlit's; the editor's
# elements are in its shadow root, where closest() finds the editor's root
RUN_AXE = """
async ([tags, ours]) => {
  const results = await axe.run(document, {
    runOnly: { type: "tag", values: tags }, resultTypes: ["violations"], elementRef: true,
  });
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target, html: n.html.slice(0, 160), ours: Boolean(n.element?.closest(ours)),
      why: n.any.concat(n.all, n.none).map((c) => c.message).join(" | ").slice(0, 240),
    })),
  }));
}
"""


def _axe(page) -> list[dict]:
    """axe-core's violations on the page as it is now."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE, [WCAG_TAGS, OURS])


def _serious(found: dict[str, list[dict]], ours: bool) -> list[tuple[str, str, str, str]]:
    """(page, rule, impact, node) of every serious or critical violation, ours or not."""
    return [
        (where, v["id"], v["impact"], f"{node['target']} {node['why']}")
        for where, violations in found.items()
        for v in violations
        if v["impact"] in ("serious", "critical")
        for node in v["nodes"]
        if node["ours"] == ours
    ]


def _letter(store) -> int:
    ensure_account(store, "axe-admin", Role.ADMIN)
    letter = store.create_letter("Accessible notice", ENGLISH, actor="axe-admin")
    english = store.latest_version(letter.id)
    store.save_version(
        letter.id,
        SPANISH,
        base_version_id=None,
        actor="axe-admin",
        language="es",
        origin="human:Ana",
        source_version_id=english.id,
    )
    return letter.id


def _report(found: dict[str, list[dict]]) -> None:
    """Every violation found, kept for the run's report and printed (pytest -s shows it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "axe-violations.json").write_text(json.dumps(found, indent=1))
    for where, rule, impact, node in _serious(found, ours=False):
        print(f"Streamlit's markup: {where}: {rule} ({impact}): {node}")


def test_axe_finds_nothing_serious_in_our_markup_on_any_page(app_server, page):
    found: dict[str, list[dict]] = {}
    page.goto(app_server.url)
    wait_for_app(page)
    page.get_by_role("textbox", name="Username").wait_for(timeout=60_000)
    found["Sign in"] = _axe(page)

    letter_id = _letter(app_server.store())
    open_signed_in(app_server, page, "axe-admin", Role.ADMIN, f"Edit?letter={letter_id}")
    page.locator(".cn-highlights mark.cn-very-hard").first.wait_for(timeout=START_TIMEOUT * 1000)
    page.locator(".cn-list-summary").click()  # the findings list, open
    page.locator(".cn-list-items button", has_text="utilize").first.click()  # its popover
    page.locator(".cn-popover .cn-fix").first.wait_for()  # with a fix's button
    found["Edit"] = _axe(page)
    for tab in ("Readability", "Guidance", "Grammar"):
        visit(page, "Edit", (tab,))
        found[f"Edit, {tab}"] = _axe(page)
    visit(page, "Translations")
    page.locator(".cn-letter").first.wait_for(timeout=60_000)  # the side by side
    wait_for_app(page)
    found["Translations"] = _axe(page)
    visit(page, "Review", ("es",))
    found["Review"] = _axe(page)
    for name in ("Export", "Users", "Settings"):
        visit(page, name)
        open_expanders(page)
        found[name] = _axe(page)

    _report(found)
    assert _serious(found, ours=True) == []
    # Streamlit's captions take their colour from our theme (.streamlit/config.toml's textColor)
    assert [v for v in _serious(found, ours=False) if v[1] == "color-contrast"] == []


def test_the_live_editor_says_which_finding_the_caret_is_in(app_server, page):
    # the highlights are colours on a layer hidden from screen readers: moving the caret into a
    # very hard sentence said nothing
    letter_id = _letter(app_server.store())
    open_signed_in(app_server, page, "axe-admin", Role.ADMIN, f"Edit?letter={letter_id}")
    page.locator(".cn-highlights mark.cn-very-hard").first.wait_for(timeout=START_TIMEOUT * 1000)
    editor = page.get_by_role("textbox", name="Letter text")
    editor.focus()
    editor.evaluate("(e, at) => e.setSelectionRange(at, at)", ENGLISH.index(HARD) - 2)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    announced = page.locator(".cn-announce")
    page.wait_for_function(
        "() => [...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)"
        ".some((r) => /Very hard/.test(r.querySelector('.cn-announce')?.textContent ?? ''))",
        polling=POLL_MS,
    )
    assert "Alt+Enter" in announced.text_content()


def _read_aloud(page) -> str:
    """All the text Chromium gives assistive technology for the page (its accessibility tree's
    static text), drawn or not."""
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    return " ".join(
        n["name"]["value"] for n in nodes if n["role"]["value"] == "StaticText" and "name" in n
    )


def test_marked_text_in_the_letter_views_is_read_with_its_finding(app_server, page):
    # a <mark> only coloured the words: its note was in a title, which a screen reader does not
    # read by default
    letter_id = _letter(app_server.store())
    open_signed_in(app_server, page, "axe-admin", Role.ADMIN, f"Review?letter={letter_id}")
    page.get_by_role("tab", name="es").first.click()
    mark = page.locator(".cn-letter mark").first
    mark.wait_for()
    kind, title = mark.get_attribute("class"), mark.get_attribute("title")
    assert title and f"({kind}: {title})" in _read_aloud(page)
