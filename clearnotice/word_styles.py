"""Word's styles as Word applies them, read once per document for the import
(clearnotice/importing.py): a paragraph's style, its heading level, and whether a run is bold,
struck through or hidden once every level of formatting is taken into account.

python-docx reads only a run's own formatting and its character style's own: a paragraph in a
custom bold style ("Letter Heading", based on Normal) read as plain text, a note to the writer
in a hidden paragraph style read as letter text, and a character style bold through the style
it is based on read as not bold. Headings matter most: a bold line is a heading everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clearnotice.word_text import read_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A style may name a base that names it back: no chain is followed further than this.
_MOST_BASES = 10


def is_on(element) -> bool:
    """An on/off property (ST_OnOff, ECMA-376 Part 1, 17.17.4): on when it has no w:val or an
    on value ("true", "1", "on")."""
    return (element.get(f"{W}val") or "true").lower() in ("true", "1", "on")


class Styles:
    """Word's styles by id, read once per document from the styles part's XML. python-docx
    searches the whole style list for every paragraph's and run's style and for every base of
    a style: 1,000 paragraphs took 15 s, nearly all of it there; and it builds an object for
    each of the hundreds of styles a Word file lists before the first is asked for."""

    def __init__(self, styles_element):
        self._xml = {
            (style.get(f"{W}type"), style.get(f"{W}styleId")): style
            for style in styles_element.iterchildren(f"{W}style")
        }
        defaults = [
            style_id
            for (kind, style_id), style in self._xml.items()
            if kind == "paragraph" and is_on_attribute(style.get(f"{W}default"))
        ]
        self._default_paragraph = defaults[-1] if defaults else None  # the last, as Word's
        self._document_defaults = styles_element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self._flags = lru_cache(maxsize=None)(self._style_flag)

    def paragraph_styles(self, paragraph) -> list:
        """The paragraph's style (a w:style; the default paragraph style when it names none or
        one the file lacks) and the styles it is based on, nearest first."""
        style = self._xml.get(("paragraph", paragraph._p.style))
        if style is None:
            style = self._xml.get(("paragraph", self._default_paragraph))
        return self._chain(style)

    def _chain(self, style) -> list:
        """``style`` and the styles it is based on (w:basedOn), nearest first."""
        chain = []
        while style is not None and len(chain) < _MOST_BASES:
            chain.append(style)
            style = self._xml.get((style.get(f"{W}type"), _style_id(style.find(f"{W}basedOn"))))
        return chain

    def paragraph_name(self, paragraph) -> str:
        chain = self.paragraph_styles(paragraph)
        return _name(chain[0]) if chain else ""

    def heading_level(self, paragraph) -> int | None:
        """The Markdown level of a paragraph Word shows as a heading, else None.

        Word marks a heading by its style ("Heading 2"), by a style built on one ("Letter
        heading" based on "Heading 1"), or by an outline level (w:outlineLvl, 0 for the top
        level, 9 for body text: ECMA-376 Part 1, 17.3.1.20) on the paragraph or its style. The
        Title is the letter's "#", so Word's Heading 1 (the section headings) becomes "##".
        """
        outline = outline_level(paragraph._p.pPr)
        for style in self.paragraph_styles(paragraph):
            name = _name(style)
            if name == "Title":
                return 1
            numbered = re.fullmatch(r"heading ?(\d)", name, re.IGNORECASE)
            if numbered:
                return min(int(numbered.group(1)) + 1, 6)
            if outline is None:
                outline = outline_level(style.find(f"{W}pPr"))
        if outline is not None and outline < 9:
            return min(outline + 2, 6)
        return None

    def is_bold(self, run, paragraph) -> bool:
        """Whether Word shows the run (a w:r) of ``paragraph`` (a w:p) in bold (w:b)."""
        return self._toggle(run, paragraph, "b")

    def is_struck(self, run, paragraph) -> bool:
        """Whether Word strikes the run's text through (w:strike, w:dstrike, ECMA-376 Part 1,
        17.3.2): a reviewer's way to mark words to cut without tracking the change."""
        return self._toggle(run, paragraph, "strike") or self._toggle(run, paragraph, "dstrike")

    def is_hidden(self, run, paragraph) -> bool:
        """Whether Word hides the run's text (w:vanish, ECMA-376 Part 1, 17.3.2): neither
        shown nor printed, so a note to the writer, not letter text."""
        return self._toggle(run, paragraph, "vanish")

    def _toggle(self, run, paragraph, tag: str) -> bool:
        """A toggle property as Word applies it (ECMA-376 Part 1, 17.7.3): set on the run itself
        it is what it says; else the document's default, toggled by the paragraph's style and
        again by the run's character style where either turns it on (each style as its nearest
        base that sets it says: 17.7.4.3, basedOn). So a bold character style in a bold
        paragraph style shows its text not bold, as the standard's example says."""
        own = run.find(f"{W}rPr/{W}{tag}")
        if own is not None:
            return is_on(own)
        value = _set_in(self._document_defaults, tag) is True
        paragraph_style = _style_id(paragraph.find(f"{W}pPr/{W}pStyle"))
        if ("paragraph", paragraph_style) not in self._xml:  # none, or one the file lacks
            paragraph_style = self._default_paragraph
        if self._flags("paragraph", paragraph_style, tag):
            value = not value
        if self._flags("character", _style_id(run.find(f"{W}rPr/{W}rStyle")), tag):
            value = not value
        return value

    def _style_flag(self, kind: str, style_id: str | None, tag: str) -> bool:
        """Whether the style ``style_id`` of ``kind``, or the nearest base that sets ``tag``,
        turns it on."""
        for style in self._chain(self._xml.get((kind, style_id))):
            found = _set_in(style.find(f"{W}rPr"), tag)
            if found is not None:
                return found
        return False


def is_on_attribute(value: str | None) -> bool:
    """An on/off attribute (w:default of a style, ST_OnOff): on for "1", "true" or "on"."""
    return (value or "").lower() in ("true", "1", "on")


def _set_in(properties, tag: str) -> bool | None:
    """Whether run properties (a w:rPr, or None) turn ``tag`` on or off, or None if silent."""
    found = properties.find(f"{W}{tag}") if properties is not None else None
    return is_on(found) if found is not None else None


def _name(style) -> str:
    """A style's name (w:name), as Word's files write it ("heading 1", "Title"), or ""."""
    name = style.find(f"{W}name")
    return (name.get(f"{W}val") or "") if name is not None else ""


def _style_id(reference) -> str | None:
    """The style id a w:pStyle, w:rStyle or w:basedOn names, or None for no element."""
    return reference.get(f"{W}val") if reference is not None else None


def outline_level(p_pr) -> int | None:
    """A paragraph's or a style's outline level (w:outlineLvl in its w:pPr), or None."""
    found = p_pr.find(f"{W}outlineLvl") if p_pr is not None else None
    value = found.get(f"{W}val") if found is not None else None
    level = read_number(value, -1)
    return level if level >= 0 else None
