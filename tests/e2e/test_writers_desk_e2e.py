"""The Edit page as a writer's desk at 1280x800 in Chromium: the letter large, a Guidance tab
that fits in a couple of screens instead of a 4,400-pixel scroll, and a click on a bar of the
grade chart that puts the editor's caret on that paragraph."""

from __future__ import annotations

import re

from clearnotice import readability
from tests.e2e.conftest import POLL_MS, ROOT, START_TIMEOUT, open_signed_in, wait_for_app, writer

JARGON = (ROOT / "tests" / "fixtures" / "jargon-heavy.md").read_text(encoding="utf-8")
# the Guidance tab of jargon-heavy.md measured 4,400 px before; a desk keeps it to a few screens
GUIDANCE_MAX_PX = 2000
LINES_JS = "e => e.clientHeight / parseFloat(getComputedStyle(e).lineHeight)"
SELECTED_JS = "e => e.value.slice(e.selectionStart, e.selectionEnd)"


def _open(app_server, page):
    store = app_server.store()
    letter = store.create_letter("Desk", JARGON, actor=writer(store))
    open_signed_in(app_server, page, path=f"Edit?letter={letter.id}")
    editor = page.get_by_role("textbox", name=re.compile("Letter text"))
    editor.wait_for(timeout=START_TIMEOUT * 1000)  # a first review of a long letter
    return editor


def _tab(page, name: str):
    page.get_by_role("tab", name=name).click()
    wait_for_app(page)
    return page.locator("[role='tabpanel']:visible").first


def test_the_letter_is_large_and_the_guidance_tab_fits(app_server, page):
    editor = _open(app_server, page)
    assert editor.evaluate(LINES_JS) > 22  # the box showed 20 before (520 px)
    panel = _tab(page, "Guidance")
    page.get_by_text("Jargon (").first.wait_for()
    height = panel.bounding_box()["height"]
    print(f"Guidance tab: {height:.0f} px")
    assert height < GUIDANCE_MAX_PX


def test_clicking_a_bar_of_the_grade_chart_puts_the_caret_on_its_paragraph(app_server, page):
    editor = _open(app_server, page)
    paragraphs = {
        JARGON[b.start : b.end]
        for b in readability.analyse(JARGON).blocks
        if b.kind != "heading" and b.counts.words
    }
    _tab(page, "Readability")
    chart = page.locator(".vega-embed").first
    chart.wait_for()
    assert editor.evaluate(SELECTED_JS) == ""
    box = chart.bounding_box()
    tooltip = page.locator("#vg-tooltip-element")
    # a bar is where its tooltip shows: look along the foot of the plot, then click it
    spots = [(x / 10, y / 10) for y in (7, 6, 5) for x in (5, 4, 6, 3, 7, 2, 8)]
    for fx, fy in spots:
        page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
        page.wait_for_timeout(200)
        if tooltip.is_visible():
            break
    else:
        raise AssertionError("no bar found under the pointer")
    page.mouse.down()
    page.mouse.up()
    page.wait_for_function(
        "e => e.selectionEnd > e.selectionStart", arg=editor.element_handle(), polling=POLL_MS
    )
    assert editor.evaluate(SELECTED_JS) in paragraphs
