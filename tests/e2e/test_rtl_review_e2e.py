"""In a real browser, legal reads an Arabic translation on the Review page and side by side on
the Translations page: the paragraph is drawn from the right, and its phone number, e-mail
address and reference code each in their own order, the phone marked where QA found it changed.
Unisolated, the browser's bidi algorithm drew "+1 (800) 555-0100" in an Arabic sentence as
"555-0100 (800) 1+" (UAX #9, rule N1), so a lawyer checked a scrambled number."""

from __future__ import annotations

from clearnotice.accounts import Role
from tests.e2e.conftest import START_TIMEOUT, ensure_account, open_signed_in, wait_for_app

PHONE, EMAIL, CODE = "+1 (800) 555-0100", "help@acme.com", "REF-2026-0042"
# The English has another phone, so translation QA marks the Arabic one as changed.
ENGLISH = (
    f"# Contact us\n\nCall us on +1 (800) 555-0142 or write to {EMAIL} about reference {CODE}.\n"
)
ARABIC = f"# اتصل بنا\n\nاتصل بنا على {PHONE} أو اكتب إلى {EMAIL} بخصوص الرقم المرجعي {CODE}.\n"
# The first run of a page that reviews a translation loads QA's language models.
FIRST_RUN = 90_000

# The characters of an element as the browser drew them, line by line from the top and from the
# left on each line: its reading order only if it is drawn left to right.
DRAWN = """(element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const glyphs = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (node.data[i].trim() && box.width > 0)
        glyphs.push({ char: node.data[i], top: Math.round(box.top), left: box.left });
    }
  }
  glyphs.sort((a, b) => a.top - b.top || a.left - b.left);
  return glyphs.map((glyph) => glyph.char).join("");
}"""
DIRECTION = "(element) => getComputedStyle(element).direction"


def _letter(store) -> int:
    ensure_account(store, "eddie", Role.EDITOR)
    letter = store.create_letter("Arabic contact", ENGLISH, actor="eddie")
    english = store.latest_version(letter.id)
    store.save_version(
        letter.id, ARABIC, base_version_id=None, actor="eddie", language="ar",
        origin="human:Layla", source_version_id=english.id,
    )  # fmt: skip
    return letter.id


def _reads_in_its_own_order(box) -> None:
    """In ``box`` (one drawing of the Arabic letter) the paragraph reads from the right and the
    phone, the address and the code each from the left, drawn in the order they are typed."""
    paragraph = box.locator("p", has_text=PHONE)
    assert paragraph.evaluate(DIRECTION) == "rtl"
    for piece in (PHONE, EMAIL, CODE):
        isolates = [b for b in box.locator("bdi").all() if b.inner_text() == piece]
        assert len(isolates) == 1, f"{piece} is not isolated once"
        [isolate] = isolates
        assert isolate.evaluate(DIRECTION) == "ltr"
        assert isolate.evaluate(DRAWN) == piece.replace(" ", "")


def test_an_arabic_translation_is_drawn_from_the_right_its_numbers_in_their_own_order(
    app_server, page
):
    letter_id = _letter(app_server.store())

    open_signed_in(app_server, page, "laura", Role.LEGAL, f"Review?letter={letter_id}&lang=ar")
    shown = page.locator(".cn-diff:visible")
    shown.locator("p", has_text=PHONE).wait_for(timeout=FIRST_RUN)
    wait_for_app(page)
    _reads_in_its_own_order(shown)

    open_signed_in(
        app_server, page, "laura", Role.LEGAL, f"Translations?letter={letter_id}&lang=ar"
    )
    page.locator(".cn-letter mark").first.wait_for(timeout=START_TIMEOUT * 1000)
    wait_for_app(page)
    cells = page.locator(".cn-letter:not(.boxed)", has=page.locator("bdi"))
    assert cells.count() == 1  # the Arabic side of the row, not the English nor the rough back
    _reads_in_its_own_order(cells.first)
    # QA's finding on the changed phone covers the whole phone, inside its isolate
    [marked] = [b for b in cells.first.locator("bdi").all() if b.inner_text() == PHONE]
    assert marked.locator("mark").inner_text() == PHONE
