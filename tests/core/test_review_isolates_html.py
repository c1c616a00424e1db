"""The review's screens draw a right-to-left translation from the right, its phone numbers,
codes, amounts and addresses each read left to right, as the HTML export draws them
(clearnotice.export.isolates): before, legal checked "+1 (800) 555-0100" in an Arabic letter
drawn as "555-0100 (800) 1+" (UAX #9, N1). Marks still sit on the words they point at."""

from __future__ import annotations

import re

import pytest

from clearnotice.diffing import word_diff
from clearnotice.export.document import Document
from clearnotice.export.html import changes_fragment, letter_fragment, render_html, text_fragment
from clearnotice.model import Mark
from clearnotice.text import blocks

PHONE, EMAIL, CODE, AMOUNT = "+1 (800) 555-0100", "help@acme.com", "REF-2026-0042", "$1,250.00"
LETTERS = {
    "ar": f"اتصل بنا على {PHONE} أو {EMAIL} بخصوص الرقم المرجعي {CODE} والمبلغ {AMOUNT} اليوم.",
    "he": f"התקשרו אלינו {PHONE} או {EMAIL}, אסמכתא {CODE}, סכום {AMOUNT} היום.",
}
ENGLISH = f"Call us on {PHONE} or {EMAIL} about reference {CODE} and the {AMOUNT} today."
TAG = re.compile(r"<[^>]+>")


def _isolated(html: str) -> list[str]:
    """The text of each ``<bdi dir="ltr">``, its own markup left out."""
    return [TAG.sub("", inner) for inner in re.findall(r'<bdi dir="ltr">(.*?)</bdi>', html)]


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_a_right_to_left_paragraph_reads_from_the_right_its_numbers_left_to_right(language):
    html = letter_fragment(blocks(LETTERS[language]), language=language)
    assert re.fullmatch(rf'<div dir="rtl" lang="{language}"><p>.*</p></div>', html, re.S)
    assert _isolated(html) == [PHONE, EMAIL, CODE, AMOUNT]
    assert TAG.sub("", html) == LETTERS[language]


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_the_screen_isolates_what_the_html_export_isolates(language):
    screen = text_fragment(LETTERS[language], language=language)
    export = render_html(Document.from_markdown(LETTERS[language], language))
    assert _isolated(screen) == _isolated(export)


def test_an_english_paragraph_is_unchanged():
    assert letter_fragment(blocks(ENGLISH), language="en") == letter_fragment(blocks(ENGLISH))
    assert "<bdi" not in letter_fragment(blocks(ENGLISH), language="en")


def test_an_english_line_in_an_arabic_letter_reads_left_to_right():
    text = f"{LETTERS['ar']}\n\n{ENGLISH}\n"
    html = text_fragment(text, language="ar")
    assert f'<p dir="ltr">{ENGLISH}</p>' in html  # nothing isolated in a line read that way


def test_a_mark_over_the_phone_still_covers_it_inside_its_isolate():
    text = LETTERS["ar"]
    start = text.index(PHONE)
    mark = Mark(start, start + len(PHONE), "error", "The phone changed.")
    html = letter_fragment(blocks(text), [mark], language="ar")
    marked = f'<mark class="error" title="The phone changed.">{PHONE}</mark>'
    assert f'<bdi dir="ltr">{marked}</bdi>' in html


def test_a_mark_over_part_of_the_phone_leaves_the_phone_one_isolate():
    text = LETTERS["he"]
    start = text.index("555-0100")
    mark = Mark(start, start + len("555-0100"), "warning", "Check the digits.")
    html = letter_fragment(blocks(text), [mark], language="he")
    assert _isolated(html)[0] == PHONE
    assert re.findall(r"<mark[^>]*>(.*?)</mark>", html) == ["555-0100"]


def test_a_mark_from_a_word_into_the_phone_marks_every_character_it_points_at():
    text = LETTERS["ar"]
    start, end = text.index("على"), text.index(PHONE) + len("+1 (800)")
    html = letter_fragment(blocks(text), [Mark(start, end, "error", "x")], language="ar")
    assert _isolated(html)[0] == PHONE
    marked = "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", html))
    assert marked == text[start:end]
    assert TAG.sub("", html) == text


def test_a_phone_bold_in_part_is_one_isolate_on_screen_and_in_the_export():
    text = "اتصل بنا على **+1 (800)** 555-0100 اليوم."
    export = render_html(Document.from_markdown(text, "ar"))
    for html in (text_fragment(text, language="ar"), export):
        assert _isolated(html) == [PHONE]


def test_track_changes_in_an_arabic_translation_are_isolated_too():
    old = LETTERS["ar"].replace("اليوم", "غدا")
    html = changes_fragment(word_diff(old, LETTERS["ar"]), language="ar")
    assert html.startswith('<div dir="rtl" lang="ar">')
    assert _isolated(html) == [PHONE, EMAIL, CODE, AMOUNT]
    assert "<del>غدا</del>" in html


def test_user_markup_in_a_right_to_left_letter_stays_text():
    text = f'{LETTERS["ar"]} <script>alert(document.cookie)</script> <img src="x">'
    html = text_fragment(text, language="ar")
    shown = "&lt;script&gt;alert(document.cookie)&lt;/script&gt; &lt;img src=&quot;x&quot;&gt;"
    assert shown in html
    assert set(re.findall(r"</?([a-z0-9]+)", html)) <= {"div", "p", "bdi"}


@pytest.mark.parametrize(("language", "opening"), [("es", '<div lang="es">'), ("en", "<p>")])
def test_a_translation_names_its_language_for_screen_readers(language, opening):
    """The app's pages are English (``<html lang="en">``): a Spanish translation read aloud in
    English sounds wrong (WCAG 2.2, 3.1.2 Language of Parts); an English letter needs nothing."""
    html = text_fragment("Llámenos hoy.", language=language)
    assert html.startswith(opening)
