"""Bidirectional text in a translation: overrides that show characters in another order than
they are stored, and phone numbers a right-to-left text may show reversed."""

from __future__ import annotations

import re

from clearnotice.languages import is_right_to_left, language_name
from clearnotice.model import Finding, Severity
from clearnotice.text import Block
from clearnotice.translate import entities as ent
from clearnotice.translate.qa.rules import finding

# A bidi override, LEFT-TO-RIGHT OVERRIDE U+202D or RIGHT-TO-LEFT OVERRIDE U+202E, shows the
# characters after it in the order it forces, not the order they are stored in (Unicode
# Standard Annex #9, "Explicit Directional Overrides"): "\u202e0002" is shown as "2000", so QA
# and the reader would read two numbers ("Trojan Source", CVE-2021-42574). A translation needs
# none: the marks U+200E and U+200F, and the isolates, place a number in right-to-left text.
OVERRIDE = "translation.bidi-override"
_OVERRIDES = re.compile("[\u202d\u202e]")


def override_findings(t_block: Block, target_text: str) -> list[Finding]:
    """Bidi overrides in a translated segment (OVERRIDE): what they cover is not shown as QA
    reads it."""
    return [
        finding(
            OVERRIDE,
            "A bidi override here shows the characters after it in another order than they are "
            "written, so the reader may not see the number or address QA read. Remove it; a "
            "right-to-left mark (U+200F) places a number without reordering it.",
            t_block.start + m.start(),
            t_block.start + m.end(),
            target_text,
        )
        for m in _OVERRIDES.finditer(t_block.text)
    ]


# A phone number in a right-to-left translation: the spaces and brackets between its digit groups
# take the paragraph's direction (Unicode Standard Annex #9, rule N1), so "+1 (800) 555-0100" may
# be shown as "555-0100 (800) +1". Digits joined by single separators ("1-800-555-0100") are one
# number to the algorithm (rule W4) and read in order. An isolate or a left-to-right mark right
# before it (LRI U+2066, FSI U+2068, LRM U+200E; rule W7) sets it apart.
BIDI_ISOLATE = "translation.bidi-isolate"
_ONE_NUMBER = re.compile(r"\d+(?:[-./,:]\d+)*")
_SET_APART = ("\u2066", "\u2068", "\u200e")


def isolate_findings(t_block: Block, language: str, target_text: str) -> list[Finding]:
    """Phone numbers a right-to-left translation (BIDI_ISOLATE) holds with nothing setting them
    apart. The PDF, Word and HTML exports set every phone number apart themselves
    (clearnotice.export.isolates), so those are right either way; the plain-text and Markdown
    exports, and an e-mail notice's text, hand over the approved characters as typed, and
    adding invisible characters there would change what legal approved and what a reader
    copies into a phone. So the translator decides, warned: the number may be shown reversed
    wherever the text goes as it is."""
    if not is_right_to_left(language):
        return []
    text = t_block.text
    return [
        finding(
            BIDI_ISOLATE,
            f"In {language_name(language)} text the phone number {e.text} may be shown with "
            "its digit groups in reverse order: the PDF, Word and HTML exports set it apart, "
            "but plain text, Markdown and an e-mail's text show it as typed. Put it between "
            "the isolates U+2066 and U+2069 (or a mark U+200E before it).",
            t_block.start + e.start,
            t_block.start + e.end,
            target_text,
            severity=Severity.WARNING,
            suggestions=(f"\u2066{e.text}\u2069",),
        )
        for e in ent.find_entities(text, language)
        if e.kind == ent.PHONE
        and not _ONE_NUMBER.fullmatch(e.text)
        and not text[: e.start].endswith(_SET_APART)
    ]
