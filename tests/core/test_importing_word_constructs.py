"""Word files as organisations write them, second round: formatting set by styles, fields that
nest, span paragraphs or never end, a deleted paragraph mark, Word's numbering options, symbol
fonts beyond Symbol and Wingdings, SmartArt, and Word's other file names. Each construct is
built into a real package (tests/core/word_packages.py) and read by the import.

The table's cases are read as tests/core/test_importing_word_files.py reads its own: the body's
XML, the parts it needs, the exact text the import must give, and a phrase its notes must hold
(None: no note at all)."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from clearnotice import importing
from clearnotice.importing import import_draft
from tests.core.test_importing_word_files import Case
from tests.core.word_packages import package, part_xml
from tests.core.word_packages import paragraph as p
from tests.core.word_packages import run as r


def _styled(style: str, *runs: str, props: str = "") -> str:
    return p(*runs, props=f'<w:pStyle w:val="{style}"/>{props}')


def _in_style(text: str, style: str, props: str = "") -> str:
    return r(text, f'<w:rStyle w:val="{style}"/>{props}')


def _style(kind: str, style_id: str, name: str, inner: str = "", based_on: str = "") -> str:
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{base}'
        f"{inner}</w:style>"
    )


# A letter template's styles: a custom bold heading style based on Normal (no outline level, so
# Word's navigation pane does not list it), a style based on Heading 2, a custom-named style
# with an outline level, bold and hidden character styles (one bold through its base), and a
# paragraph style for notes to the writer that Word hides.
_STYLES = part_xml(
    "w:styles",
    "<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    + _style("paragraph", "LetterHeading", "Letter Heading", "<w:rPr><w:b/></w:rPr>", "Normal")
    + _style(
        "paragraph",
        "Heading2",
        "heading 2",
        '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr>',
        "Normal",
    )
    + _style("paragraph", "SubHeading", "Sub Heading", "", "Heading2")
    + _style(
        "paragraph", "SectionTitle", "Section Title", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
    )
    + _style("paragraph", "WriterNote", "Writer Note", "<w:rPr><w:vanish/></w:rPr>", "Normal")
    + _style("paragraph", "Plain", "Plain Text", "", "LetterHeading")
    + _style("character", "Strong", "Strong", "<w:rPr><w:b/></w:rPr>")
    + _style("character", "StrongEmphasis", "Strong Emphasis", "", "Strong")
    + _style("character", "Hint", "Hint", "<w:rPr><w:vanish/></w:rPr>"),
)
_WITH_STYLES = (("styles", "styles.xml", _STYLES),)
# The same, with Word's document defaults making every run bold (w:docDefaults, ECMA-376 Part 1,
# 17.7.5): a run is bold unless something turns it off.
_BOLD_DEFAULTS = (
    (
        "styles",
        "styles.xml",
        _STYLES.replace("<w:rPrDefault><w:rPr/>", "<w:rPrDefault><w:rPr><w:b/></w:rPr>"),
    ),
)


def _begin(form: str = "") -> str:
    return f'<w:r><w:fldChar w:fldCharType="begin"/>{form}</w:r>'


def _instruction(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


_SEPARATE = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _merge_field(name: str, shown: str) -> str:
    return _begin() + _instruction(f" MERGEFIELD {name} ") + _SEPARATE + r(shown) + _END


def _numbering(*abstracts: str, lists: str) -> tuple[tuple[str, str, str], ...]:
    return (("numbering", "numbering.xml", part_xml("w:numbering", "".join(abstracts) + lists)),)


def _level(number: int, number_format: str, text: str, extra: str = "", start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{number}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{number_format}"/>{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def _abstract(number: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{number}">{"".join(levels)}</w:abstractNum>'


def _list(list_id: int, abstract: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{list_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'


def _item(text: str, list_id: int, level: int = 0, props: str = "") -> str:
    number = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>'
    return p(r(text), props=number + props)


def _font_run(font: str, text: str, after: str = "") -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    return f'<w:r><w:rPr>{fonts}</w:rPr><w:t xml:space="preserve">{text}</w:t>{after}</w:r>'


def _symbol(font: str, code: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'


_DELETED_MARK = '<w:rPr><w:del w:id="9" w:author="Legal" w:date="2026-11-30T10:00:00Z"/></w:rPr>'
_INSERTED_MARK = '<w:rPr><w:ins w:id="8" w:author="Legal" w:date="2026-11-30T10:00:00Z"/></w:rPr>'

CASES = [
    # 1. formatting set by styles (ECMA-376 Part 1, 17.7): bold and hidden through basedOn
    Case(
        "bold-custom-paragraph-style-is-a-bold-line",
        _styled("LetterHeading", r("What happened")) + p(r("We found it on March 3.")),
        "**What happened**\n\nWe found it on March 3.",
        None,
        _WITH_STYLES,
    ),
    Case(
        "style-based-on-heading-2-is-a-heading",
        _styled("SubHeading", r("What we are doing")),
        "### What we are doing",
        None,
        _WITH_STYLES,
    ),
    Case(
        "custom-named-style-with-an-outline-level-is-a-heading",
        _styled("SectionTitle", r("What you can do")),
        "## What you can do",
        None,
        _WITH_STYLES,
    ),
    Case(
        "bold-inherited-from-the-base-of-the-paragraph-style",
        _styled("Plain", r("Call us")),
        "**Call us**",
        None,
        _WITH_STYLES,
    ),
    Case(
        "run-turning-off-the-style-bold",
        _styled("LetterHeading", r("Call "), r("1-800-555-0142", '<w:b w:val="0"/>')),
        "**Call** 1-800-555-0142",
        None,
        _WITH_STYLES,
    ),
    Case(
        "character-style-bold-through-its-base",
        p(r("Call us "), _in_style("today", "StrongEmphasis"), r(".")),
        "Call us **today**.",
        None,
        _WITH_STYLES,
    ),
    Case(
        # toggle properties (17.7.3): a bold character style in a bold paragraph style toggles
        # bold off, as Word shows it
        "bold-character-style-in-a-bold-paragraph-style-toggles-off",
        _styled("LetterHeading", _in_style("Note: ", "Strong"), r("read this")),
        "Note: **read this**",
        None,
        _WITH_STYLES,
    ),
    Case(
        "document-defaults-bold",
        p(r("All of it"), r(" but this", '<w:b w:val="0"/>')),
        "**All of it** but this",
        None,
        _BOLD_DEFAULTS,
    ),
    Case(
        "paragraph-style-hidden",
        p(r("We are sorry.")) + _styled("WriterNote", r("Legal: check the dates.")),
        "We are sorry.",
        "hidden, which Word neither shows nor prints (“Legal: check the dates.”)",
        _WITH_STYLES,
    ),
    Case(
        "character-style-hidden",
        p(r("We are sorry. "), _in_style("[ask IT] ", "Hint"), r("Call us.")),
        "We are sorry. Call us.",
        "hidden, which Word neither shows nor prints (“[ask IT]”)",
        _WITH_STYLES,
    ),
    Case(
        "run-showing-text-its-style-hides",
        p(r("We are sorry. "), _in_style("Call us.", "Hint", '<w:vanish w:val="0"/>')),
        "We are sorry. Call us.",
        None,
        _WITH_STYLES,
    ),
    # 2. fields: one that never ends, nested ones, one spanning paragraphs
    Case(
        "field-that-never-ends",
        p(
            r("Dear "),
            _begin(),
            _instruction(" MERGEFIELD FirstName "),
            r("customer, we are sorry."),
        )
        + p(r("Call us.")),
        "Dear customer, we are sorry.\n\nCall us.",
        "a field that begins but never ends (“MERGEFIELD FirstName”)",
    ),
    Case(
        "if-field-around-a-merge-field",
        p(
            _begin(),
            _instruction(" IF "),
            _merge_field("State", "CA"),
            _instruction(' = "CA" "You may also call the Attorney General." "" '),
            _SEPARATE,
            r("You may also call the Attorney General."),
            _END,
        ),
        "You may also call the Attorney General.",
        "condition",
    ),
    Case(
        "merge-field-inside-an-if-field-result",
        p(
            _begin(),
            _instruction(' IF 1 = 1 "Dear … " '),
            _SEPARATE,
            r("Dear "),
            _merge_field("FirstName", "Ana"),
            r(","),
            _END,
        ),
        "Dear {{ FirstName }},",
        "«FirstName» as {{ FirstName }}",
    ),
    Case(
        "field-instruction-and-result-spanning-paragraphs",
        p(_begin(), _instruction(' IF 1 = 1 "Residents of California:'))
        + p(
            _instruction(' "Dear '),
            _merge_field("FirstName", "Ana"),
            _instruction('," "" '),
            _SEPARATE,
            r("Residents of California:"),
        )
        + p(r("you may call the Attorney General."), _END)
        + p(r("Call us.")),
        "Residents of California:\n\nyou may call the Attorney General.\n\nCall us.",
        "condition",
    ),
    # 3. a paragraph mark deleted or inserted as a tracked change (17.13.5)
    Case(
        "deleted-paragraph-mark-joins-the-next-paragraph",
        p(r("We found the problem"), props=_DELETED_MARK) + p(r(" on March 3.")),
        "We found the problem on March 3.",
        "1 tracked change read as accepted",
    ),
    Case(
        "inserted-paragraph-mark-keeps-two-paragraphs",
        p(r("We found the problem."), props=_INSERTED_MARK) + p(r("We fixed it.")),
        "We found the problem.\n\nWe fixed it.",
        "1 tracked change read as accepted",
    ),
    Case(
        "deleted-mark-of-a-list-item-joins-it-with-the-next-item",
        _item("Freeze ", 1, props=_DELETED_MARK)
        + _item("your credit.", 1)
        + _item("Report the theft.", 1),
        "1. Freeze your credit.\n\n2. Report the theft.",
        "1 tracked change read as accepted",
        _numbering(_abstract(1, _level(0, "decimal", "%1.")), lists=_list(1, 1)),
    ),
    # 4. numbering (17.9): level overrides, legal numbering, multi-level texts, restarts
    Case(
        "level-override-replacing-a-level",
        _item("Freeze your credit.", 2) + _item("Report the theft.", 2),
        "A. Freeze your credit.\n\nB. Report the theft.",
        None,
        _numbering(
            _abstract(1, _level(0, "decimal", "%1.")),
            lists=_list(
                2,
                1,
                '<w:lvlOverride w:ilvl="0">' + _level(0, "upperLetter", "%1.") + "</w:lvlOverride>",
            ),
        ),
    ),
    Case(
        "start-override-restarting-a-shared-list",
        _item("One.", 1) + _item("Two.", 1) + _item("Five.", 2) + _item("Six.", 2),
        "1. One.\n\n2. Two.\n\n5. Five.\n\n6. Six.",
        None,
        _numbering(
            _abstract(1, _level(0, "decimal", "%1.")),
            lists=_list(1, 1)
            + _list(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'),
        ),
    ),
    Case(
        "legal-numbering-shows-every-level-in-digits",
        _item("Scope", 1)
        + _item("Who", 1, 1)
        + _item("What", 1, 1)
        + _item("Terms", 1)
        + _item("Length", 1, 1),
        "I. Scope\n\n  1.1. Who\n\n  1.2. What\n\nII. Terms\n\n  2.1. Length",
        None,
        _numbering(
            _abstract(
                1,
                _level(0, "upperRoman", "%1."),
                _level(1, "lowerLetter", "%1.%2.", "<w:isLgl/>"),
            ),
            lists=_list(1, 1),
        ),
    ),
    Case(
        "multi-level-number-text",
        _item("Scope", 1)
        + _item("Who", 1, 1)
        + _item("What", 1, 1)
        + _item("Terms", 1)
        + _item("Length", 1, 1),
        "1. Scope\n\n  1.1. Who\n\n  1.2. What\n\n2. Terms\n\n  2.1. Length",
        None,
        _numbering(
            _abstract(1, _level(0, "decimal", "%1."), _level(1, "decimal", "%1.%2.")),
            lists=_list(1, 1),
        ),
    ),
    Case(
        "level-that-never-restarts",
        _item("Call", 1) + _item("first", 1, 1) + _item("Write", 1) + _item("second", 1, 1),
        "1. Call\n\n  a) first\n\n2. Write\n\n  b) second",
        None,
        _numbering(
            _abstract(
                1,
                _level(0, "decimal", "%1."),
                _level(1, "lowerLetter", "%2)", '<w:lvlRestart w:val="0"/>'),
            ),
            lists=_list(1, 1),
        ),
    ),
    # 5. symbol fonts: Symbol's Greek letters, Wingdings 2 ticks and boxes, Wingdings 3 bullets
    Case(
        "symbol-font-greek-letters",
        p(
            r("Rates rose by "),
            _font_run("Symbol", "D"),
            r("5% ("),
            _symbol("Symbol", "F061"),
            r(")."),
        ),
        "Rates rose by Δ5% (α).",
    ),
    Case(
        "wingdings-2-ticks-and-boxes",
        p(_symbol("Wingdings 2", "F050"), r(" Name  "), _symbol("Wingdings 2", "F054"))
        + p(_font_run("Wingdings 2", "R£"), r(" Address")),
        "🗸 Name  ☒\n\n☑□ Address",
    ),
    Case(
        "wingdings-3-bullet-starts-a-list-item",
        p(_font_run("Wingdings 3", "u", "<w:tab/>"), r("Call us.")),
        "- Call us.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_word_construct_is_read_as_word_shows_it(case):
    parts = {kind: (name, xml) for kind, name, xml in case.parts}
    draft = import_draft(package(case.body, parts), "notice.docx")
    assert draft.text == case.text + "\n"
    if case.note is None:
        assert draft.warnings == ()
    else:
        assert any(case.note in warning for warning in draft.warnings), draft.warnings


def test_a_merge_field_only_in_a_condition_is_no_placeholder_of_the_letter():
    """The IF field's own merge field is part of its condition, not of its text: the note on
    placeholders must not name one the letter does not hold."""
    body = p(
        _begin(),
        _instruction(" IF "),
        _merge_field("State", "CA"),
        _instruction(' = "CA" "Call the Attorney General." "" '),
        _SEPARATE,
        r("Call the Attorney General."),
        _END,
    )
    draft = import_draft(package(body), "notice.docx")
    assert not any("{{ State }}" in warning for warning in draft.warnings), draft.warnings
    assert any("«State»" in warning for warning in draft.warnings), draft.warnings


# SmartArt (ECMA-376 Part 1, 21.4): the body holds only a reference to the diagram's parts; its
# text lives in the data part (dgm:dataModel, each point's dgm:t).
_SMARTART_DATA = part_xml(
    "dgm:dataModel",
    "<dgm:ptLst>"
    '<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>ignored</a:t></a:r></a:p></dgm:t>'
    "</dgm:pt>"
    '<dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>Reset your </a:t></a:r><a:r><a:t>password</a:t>'
    "</a:r></a:p></dgm:t></dgm:pt>"
    '<dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>Freeze your credit</a:t></a:r></a:p></dgm:t>'
    "</dgm:pt>"
    '<dgm:pt modelId="3" type="parTrans"/>'
    "</dgm:ptLst>",
).replace("ignored", "")
_SMARTART = (
    '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/'
    'drawingml/2006/diagram"><dgm:relIds r:dm="rIdX0" r:lo="rIdX9" r:qs="rIdX9" r:cs="rIdX9"/>'
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)


def test_smartart_text_is_quoted_in_the_notes_not_counted_as_a_picture():
    body = p(r("Do this now:")) + p(_SMARTART)
    parts = {"diagramData": ("diagrams/data1.xml", _SMARTART_DATA)}
    draft = import_draft(package(body, parts), "notice.docx")
    assert draft.text == "Do this now:\n"
    assert any(
        "1 SmartArt diagram (“Reset your password”, “Freeze your credit”)" in warning
        for warning in draft.warnings
    ), draft.warnings
    assert not any("picture" in warning for warning in draft.warnings), draft.warnings


_MACRO_ENABLED = "application/vnd.ms-word.document.macroEnabled.main+xml"


def test_a_macro_enabled_document_under_its_own_name_is_read():
    draft = import_draft(package(p(r("We are sorry.")), main_type=_MACRO_ENABLED), "notice.docm")
    assert draft.text == "We are sorry.\n"
    assert any("macros left out" in warning for warning in draft.warnings), draft.warnings
    assert not any("with a .docx name" in warning for warning in draft.warnings)


@pytest.mark.parametrize("extension", ["docx", "docm", "dotx", "dotm"])
def test_the_upload_accepts_every_word_file_the_import_reads(extension):
    """The page's file picker takes the types in UPLOAD_TYPES: a .docm the import reads was
    refused by the picker before it reached the import."""
    assert extension in importing.UPLOAD_TYPES
    assert f".{extension}" in importing.ACCEPTED_NAMES


def test_a_word_document_named_as_a_template_is_read():
    """A .dotx name on a document: the name says template, the package says document; its
    text is read either way."""
    draft = import_draft(package(p(r("We are sorry."))), "notice.dotx")
    assert draft.text == "We are sorry.\n"
