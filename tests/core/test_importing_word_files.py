"""Word files as organisations write them: every construct of WordprocessingML a letter may hold,
built into a real package (document.xml, numbering, comments, footnotes), and what the import
makes of it. Nothing the writer typed may be lost, doubled or reordered without a note saying
so; what is not letter text (a deletion, a field's instruction, a comment) never becomes it.

Each case is one line of the table: the body's XML, the parts it needs, the exact text the
import must give, and a phrase its notes must hold (None: no note at all)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

import pytest

from clearnotice.importing import import_draft
from clearnotice.placeholders import broken_placeholders
from tests.core.word_packages import package, part_xml
from tests.core.word_packages import paragraph as p
from tests.core.word_packages import run as r


def _field(instruction: str, *result: str) -> str:
    """A complex field (ECMA-376 Part 1, 17.16.18): begin, instruction, separate, result, end;
    without a result, as Word leaves a field it never updated."""
    separate = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' if result else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
        f"{separate}{''.join(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _form_field(instruction: str, form_data: str) -> str:
    """A legacy form field (17.16.17): its state in the begin's w:ffData, and no result runs:
    Word draws a check box, and shows a drop-down's chosen entry, from that state."""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{form_data}</w:ffData></w:fldChar></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _symbol_run(font: str, code: str, *after: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/>{"".join(after)}</w:r>'


_WINGDINGS = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'
_COMMENTS = part_xml(
    "w:comments",
    '<w:comment w:id="0" w:author="Legal">' + p(r("Check this date with IT.")) + "</w:comment>",
)
_FOOTNOTES = part_xml(
    "w:footnotes",
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    + '<w:footnote w:id="1">'
    + p(r("Offer open until June 30."))
    + "</w:footnote>",
)
_TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
    "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
    + p(r("Call 1-800-555-0142"))
    + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    + p(r("Call 1-800-555-0142"))
    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def _level(number: int, number_format: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{number}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


_NUMBERING = part_xml(
    "w:numbering",
    '<w:abstractNum w:abstractNumId="10">'
    + _level(0, "decimal", "%1.")
    + _level(1, "lowerLetter", "%2)")
    + "</w:abstractNum>"
    + f'<w:abstractNum w:abstractNumId="11">{_level(0, "decimal", "(%1)")}</w:abstractNum>'
    + '<w:abstractNum w:abstractNumId="12">'
    + _level(0, "bullet", "\uf0b7")
    + _level(1, "bullet", "o")
    + "</w:abstractNum>"
    + '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>'
    + '<w:num w:numId="4"><w:abstractNumId w:val="10"/>'
    + '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
)

# A list defined by a list style (Word's "Define New List Style"): the list's abstract numbering
# only links to the style (w:numStyleLink), whose list's abstract numbering holds the levels.
_LINKED_NUMBERING = part_xml(
    "w:numbering",
    '<w:abstractNum w:abstractNumId="20"><w:styleLink w:val="LegalList"/>'
    + _level(0, "decimal", "%1.")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="21"><w:numStyleLink w:val="LegalList"/></w:abstractNum>'
    + '<w:num w:numId="7"><w:abstractNumId w:val="20"/></w:num>'
    + '<w:num w:numId="8"><w:abstractNumId w:val="21"/></w:num>',
)
_LIST_STYLE = part_xml(
    "w:styles",
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style><w:style w:type="numbering" w:styleId="LegalList"><w:name w:val="Legal List"/>'
    '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>',
)


def _item(text: str, list_id: int, level: int = 0) -> str:
    return p(
        r(text), props=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>'
    )


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{p(r(cell))}</w:tc>" for cell in cells) + "</w:tr>"


def _table(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


@dataclass(frozen=True)
class Case:
    name: str
    body: str
    text: str
    note: str | None = None
    parts: tuple[tuple[str, str, str], ...] = ()  # (kind, part name, XML)


CASES = [
    # tracked changes: insertions kept, deletions and a move's old place left out, with a note
    Case(
        "tracked-insertion-and-deletion",
        p(
            r("Your card was "),
            f'<w:ins w:id="1" w:author="Legal">{r("not ")}</w:ins>',
            '<w:del w:id="2" w:author="Legal"><w:r><w:delText>possibly </w:delText></w:r></w:del>',
            r("involved."),
        ),
        "Your card was not involved.",
        "2 tracked changes read as accepted",
    ),
    Case(
        "tracked-move-read-once-at-its-new-place",
        p(
            r("We found it. "),
            f'<w:moveFrom w:id="1" w:author="a">{r("We are sorry. ")}</w:moveFrom>',
            r("We fixed it. "),
            f'<w:moveTo w:id="2" w:author="a">{r("We are sorry.")}</w:moveTo>',
        ),
        "We found it. We fixed it. We are sorry.",
        "tracked changes read as accepted",
    ),
    Case(
        "insertion-inside-a-hyperlink",
        p(
            r("Visit "),
            f'<w:hyperlink w:anchor="help"><w:ins w:id="3" w:author="a">{r("our help page")}'
            "</w:ins></w:hyperlink>",
            r("."),
        ),
        "Visit our help page.",
        "1 tracked change read as accepted",
    ),
    # tables: rows and cells inside a content control or custom XML, merged cells once
    Case(
        "table-rows-in-a-repeating-section",
        _table(
            _row("Bureau", "Phone"),
            "<w:sdt><w:sdtPr/><w:sdtContent>"
            + _row("Equifax", "1-800-555-0100")
            + _row("Experian", "1-800-555-0101")
            + "</w:sdtContent></w:sdt>",
        ),
        "Bureau | Phone\n\nEquifax | 1-800-555-0100\n\nExperian | 1-800-555-0101",
        "Turned into plain lines: 1 table",
    ),
    Case(
        "table-cell-in-a-content-control",
        _table(
            f"<w:tr><w:tc>{p(r('Equifax'))}</w:tc>"
            f"<w:sdt><w:sdtContent><w:tc>{p(r('1-800-555-0100'))}</w:tc></w:sdtContent></w:sdt>"
            "</w:tr>"
        ),
        "Equifax | 1-800-555-0100",
        "Turned into plain lines: 1 table",
    ),
    Case(
        "table-row-in-custom-xml",
        _table(
            _row("Bureau", "Phone"),
            f'<w:customXml w:element="bureau">{_row("Equifax", "1-800-555-0100")}</w:customXml>',
        ),
        "Bureau | Phone\n\nEquifax | 1-800-555-0100",
        "Turned into plain lines: 1 table",
    ),
    Case(
        "merged-cells-read-once",
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{p(r("Call us"))}</w:tc>'
        f'<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{p(r("24 hours"))}</w:tc></w:tr>'
        f"<w:tr><w:tc>{p(r('Phone'))}</w:tc><w:tc>{p(r('1-800-555-0142'))}</w:tc>"
        f"<w:tc><w:tcPr><w:vMerge/></w:tcPr>{p()}</w:tc></w:tr></w:tbl>",
        "Call us | 24 hours\n\nPhone | 1-800-555-0142",
        "Turned into plain lines: 1 table",
    ),
    # comments are no letter text, and are named
    Case(
        "comment",
        p(
            '<w:commentRangeStart w:id="0"/>',
            r("On March 3 we found it."),
            '<w:commentRangeEnd w:id="0"/>',
            '<w:r><w:commentReference w:id="0"/></w:r>',
        ),
        "On March 3 we found it.",
        "Left out: 1 comment (“Check this date with IT.”)",
        (("comments", "comments.xml", _COMMENTS),),
    ),
    Case(
        "equation",
        p(
            r("The fee is "),
            '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            "<m:r><m:t>x+5</m:t></m:r></m:oMath>",
            r(" dollars."),
        ),
        "The fee is  dollars.",
        "Left out: 1 equation (“x+5”)",
    ),
    Case(
        "embedded-object",
        p(
            r("See the table."),
            '<w:r><w:object><v:shape id="s1" style="width:200pt;height:80pt"/>'
            '<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" ProgID="Excel.Sheet.12"'
            ' ShapeID="s1"/></w:object></w:r>',
        ),
        "See the table.",
        "Left out: 1 embedded object",
    ),
    # parts beside the body: named and quoted in the notes, never read as letter text
    Case(
        "footnote",
        p(r("We offer credit monitoring."), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
        "We offer credit monitoring.",
        "The text of 1 footnote or endnote was left out (“Offer open until June 30.”)",
        (("footnotes", "footnotes.xml", _FOOTNOTES),),
    ),
    Case(
        "text-box-with-a-fallback-counted-once",
        p(r("Body."), _TEXT_BOX),
        "Body.",
        "Left out: the text of 1 text box (“Call 1-800-555-0142”)",
    ),
    Case(
        "alternative-format-chunk",
        p(r("Intro.")) + '<w:altChunk r:id="rIdX0"/>',
        "Intro.",
        "Left out: 1 part Word merges in from another file when it opens the document "
        "(“Call us at 1-800-555-0100.”)",
        (("aFChunk", "chunk.htm", "<html><body><p>Call us at 1-800-555-0100.</p></body></html>"),),
    ),
    Case(
        "alternative-format-chunk-of-control-characters",
        p(r("Intro.")) + '<w:altChunk r:id="rIdX0"/>',
        "Intro.",
        "Left out: 1 part Word merges in from another file when it opens the document "
        "(“<<<>>> Call us”)",
        (("aFChunk", "chunk.htm", "\x00\x01<<<>>>\x07 Call us"),),
    ),
    # fields: the result is the text, never the instruction; a merge field is a placeholder
    Case(
        "simple-merge-field",
        p(
            r("Dear "),
            '<w:fldSimple w:instr=" MERGEFIELD FirstName \\* MERGEFORMAT ">'
            f"{r('«FirstName»')}</w:fldSimple>",
            r(","),
        ),
        "Dear {{ FirstName }},",
        "«FirstName» as {{ FirstName }}",
    ),
    Case(
        "simple-merge-field-never-updated",
        p(r("Dear "), '<w:fldSimple w:instr=" MERGEFIELD FirstName "/>', r(",")),
        "Dear {{ FirstName }},",
        "«FirstName» as {{ FirstName }}",
    ),
    Case(
        "merge-field-named-with-a-space",
        p(
            r("Dear "),
            f"<w:fldSimple w:instr=' MERGEFIELD \"First Name\" '>{r('«First Name»')}</w:fldSimple>",
            r(","),
        ),
        "Dear {{ First_Name }},",
        "«First Name» as {{ First_Name }}",
    ),
    Case(
        "merge-field-named-with-accents",
        p(r("Estimado "), '<w:fldSimple w:instr=" MERGEFIELD Prénom_Señor "/>', r(",")),
        "Estimado {{ Prenom_Senor }},",
        "«Prénom_Señor» as {{ Prenom_Senor }}",
    ),
    Case(
        "complex-merge-field-previewing-a-customer",
        p(r("Dear "), _field(" MERGEFIELD FirstName ", r("Ana")), r(",")),
        "Dear {{ FirstName }},",
        "«FirstName» as {{ FirstName }}",
    ),
    Case(
        "complex-merge-field-never-updated",
        p(r("Dear "), _field(" MERGEFIELD LastName "), r(",")),
        "Dear {{ LastName }},",
        "«LastName» as {{ LastName }}",
    ),
    Case(
        "merge-field-inside-another-fields-result",
        p(r("Ref "), _field(" IF 1 = 1 ", _field(" MERGEFIELD Ref ", r("«Ref»"))), r(".")),
        "Ref {{ Ref }}.",
        "«Ref» as {{ Ref }}",
    ),
    Case(
        "greeting-line-previewing-a-customer",
        p(_field(' GREETINGLINE \\f "<<_BEFORE_ Dear >><<_FIRST0_>>" ', r("Dear Ana,"))),
        "{{ GreetingLine }}",
        "«GreetingLine» as {{ GreetingLine }}",
    ),
    Case(
        "address-block",
        p(
            '<w:fldSimple w:instr=" ADDRESSBLOCK \\f &quot;&lt;&lt;_FIRST0_&gt;&gt;&quot; ">'
            f"{r('«AddressBlock»')}</w:fldSimple>"
        ),
        "{{ AddressBlock }}",
        "«AddressBlock» as {{ AddressBlock }}",
    ),
    Case(
        "legacy-form-check-boxes",
        p(_form_field("FORMCHECKBOX", "<w:checkBox><w:checked/></w:checkBox>"), r(" Name"))
        + p(
            _form_field(
                "FORMCHECKBOX",
                '<w:checkBox><w:default w:val="1"/><w:checked w:val="0"/></w:checkBox>',
            ),
            r(" Social Security number"),
        )
        + p(
            _form_field("FORMCHECKBOX", '<w:checkBox><w:default w:val="1"/></w:checkBox>'),
            r(" Address"),
        ),
        "☒ Name\n\n☐ Social Security number\n\n☒ Address",
    ),
    Case(
        "legacy-form-drop-down",
        p(
            r("Your "),
            _form_field(
                "FORMDROPDOWN",
                '<w:ddList><w:result w:val="1"/><w:listEntry w:val="card"/>'
                '<w:listEntry w:val="account"/></w:ddList>',
            ),
            r(" was involved."),
        ),
        "Your account was involved.",
    ),
    Case(
        "complex-hyperlink-field-keeps-its-address",
        p(
            r("Visit "),
            _field(' HYPERLINK "https://example.com/help" ', r("our help page")),
            r("."),
        ),
        "Visit our help page (https://example.com/help).",
    ),
    Case(
        "simple-hyperlink-field-keeps-its-address",
        p(
            r("Visit "),
            f"<w:fldSimple w:instr=' HYPERLINK \"https://example.com/help\" '>"
            f"{r('our help page')}</w:fldSimple>",
            r("."),
        ),
        "Visit our help page (https://example.com/help).",
    ),
    Case(
        "date-field-shows-its-result",
        p(r("Date: "), _field(' DATE \\@ "MMMM d, yyyy" ', r("December 1, 2026"))),
        "Date: December 1, 2026",
    ),
    # wrappers Word shows as the text around them
    Case(
        "custom-xml-around-a-paragraph",
        f'<w:customXml w:element="intro">{p(r("We are writing to you."))}</w:customXml>',
        "We are writing to you.",
    ),
    Case(
        "inline-content-control-and-smart-tag",
        p(
            r("Write to "),
            f"<w:smartTag>{r('Northway Bank')}</w:smartTag>",
            r(" at "),
            f"<w:sdt><w:sdtContent>{r('12 Main Street')}</w:sdtContent></w:sdt>",
            r("."),
        ),
        "Write to Northway Bank at 12 Main Street.",
    ),
    Case(
        "content-control-still-showing-its-placeholder",
        p(
            r("Dear "),
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
            + r("Click or tap here to enter text.")
            + "</w:sdtContent></w:sdt>",
            r(","),
        ),
        "Dear Click or tap here to enter text.,",
        "1 content control still shows its placeholder text (“Click or tap here to enter text.”)",
    ),
    Case(
        "ruby-base-text-without-its-reading",
        p(
            r("Call our "),
            f"<w:ruby><w:rubyPr/><w:rt>{r('とうきょう')}</w:rt>"
            f"<w:rubyBase>{r('東京')}</w:rubyBase></w:ruby>",
            r(" office."),
        ),
        "Call our 東京 office.",
    ),
    Case(
        "right-to-left-embedding-and-override",
        p(
            r("Name: "),
            f'<w:dir w:val="rtl">{r("שלום")}</w:dir>',
            r(", code "),
            f'<w:bdo w:val="ltr">{r("AB-12")}</w:bdo>',
            r("."),
        ),
        "Name: שלום, code AB-12.",
    ),
    Case(
        "right-to-left-paragraph",
        p(r("نأسف لإبلاغكم"), props="<w:bidi/>"),
        "نأسف لإبلاغكم",
    ),
    Case(
        "alternate-content-around-runs-read-once",
        p(
            r("Please "),
            '<mc:AlternateContent><mc:Choice Requires="w14">'
            + r("call us")
            + "</mc:Choice><mc:Fallback>"
            + r("call us")
            + "</mc:Fallback></mc:AlternateContent>",
            r("."),
        ),
        "Please call us.",
    ),
    Case(
        "hidden-field-start-hides-nothing-after-it",
        p(
            '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            "<w:r><w:rPr><w:vanish/></w:rPr><w:instrText> PAGE </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("2"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            r(" pages."),
        ),
        "2 pages.",
    ),
    Case(
        "hyperlink-to-a-missing-relationship",
        p(r("Visit "), f'<w:hyperlink r:id="rId404">{r("our site")}</w:hyperlink>', r(".")),
        "Visit our site.",
    ),
    # what a run holds besides w:t
    Case("tab", p(r("Name:"), "<w:r><w:tab/></w:r>", r("Ana Diaz")), "Name:\tAna Diaz"),
    Case(
        "line-break",
        p(r("Line one."), "<w:r><w:br/></w:r>", r("Line two.")),
        "Line one.\nLine two.",
    ),
    Case(
        "page-break-inside-a-paragraph",
        p(r("End of page."), '<w:r><w:br w:type="page"/></w:r>', r("Next page.")),
        "End of page.\nNext page.",
    ),
    Case(
        "column-break",
        p(r("Left."), '<w:r><w:br w:type="column"/></w:r>', r("Right.")),
        "Left.\nRight.",
    ),
    Case(
        "carriage-return",
        p(r("Line one."), "<w:r><w:cr/></w:r>", r("Line two.")),
        "Line one.\nLine two.",
    ),
    Case(
        "non-breaking-hyphen",
        p(r("COVID"), "<w:r><w:noBreakHyphen/></w:r>", r("19 test.")),
        "COVID-19 test.",
    ),
    Case(
        "soft-hyphen",
        p(r("identi"), "<w:r><w:softHyphen/></w:r>", r("fication.")),
        "identification.",
    ),
    Case("non-breaking-space", p(r("Section\u00a0501 applies.")), "Section\u00a0501 applies."),
    # symbol fonts: Word's typed bullets and ticks
    Case(
        "symbol-bullet-before-a-tab",
        p(_symbol_run("Symbol", "F0B7", "<w:tab/>"), r("Your name")),
        "- Your name",
    ),
    Case(
        "symbol-font-signs-in-a-sentence",
        p(
            r("Keep it at 20"),
            _symbol_run("Symbol", "F0B0"),
            r("C "),
            _symbol_run("Symbol", "F0B1"),
            r(" 2, Acme"),
            _symbol_run("Symbol", "F0E2"),
            r("."),
        ),
        "Keep it at 20°C ± 2, Acme®.",
    ),
    Case(
        "text-typed-in-the-symbol-font",
        p(r("Rates: "), r("± 2.5% (a→", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>'), r(")")),
        "Rates: ± 2.5% (α→)",  # the Symbol font's "a" is alpha (Adobe's symbol.txt)
    ),
    Case(
        "wingdings-empty-box-starting-a-line-stays-a-box",
        p(_symbol_run("Wingdings", "F0A8", "<w:tab/>"), r("Your Social Security number")),
        "◻\tYour Social Security number",
    ),
    Case(
        "wingdings-tick-inside-a-sentence",
        p(r("Done "), _symbol_run("Wingdings", "F0FC"), r(" yes.")),
        "Done ✓ yes.",
    ),
    Case(
        "wingdings-arrowhead-typed-as-a-letter",
        p(r("Ø", _WINGDINGS), "<w:r><w:tab/></w:r>", r("Call the bureau.")),
        "- Call the bureau.",
    ),
    Case(
        "symbol-with-no-plain-sign",
        p(r("Call "), _symbol_run("Wingdings", "F028"), r(" us.")),
        "Call  us.",
        "Left out: 1 symbol of the Wingdings font",
    ),
    # hidden text is no letter text, and is named
    Case(
        "hidden-text",
        p(r("We are sorry. "), r("[Legal: confirm] ", "<w:vanish/>"), r("Call us.")),
        "We are sorry. Call us.",
        "hidden, which Word neither shows nor prints (“[Legal: confirm]”)",
    ),
    Case(
        "struck-through-text",
        p(r("We will "), r("never ", "<w:strike/>"), r("call you "), r("today", "<w:dstrike/>")),
        "We will never call you today",
        "struck through in Word (“never”, “today”)",
    ),
    Case(
        "style-separator-keeps-both-paragraphs",
        p(r("What happened."), props="<w:rPr><w:vanish/><w:specVanish/></w:rPr>")
        + p(r("On March 3 we found it.")),
        "What happened.\n\nOn March 3 we found it.",
    ),
    # numbering from numbering.xml: numbers as Word shows them, restarts, nesting
    Case(
        "numbered-lists-restarts-and-bullets",
        p(r("Do this:"))
        + _item("Freeze your credit.", 1)
        + _item("At Equifax.", 1, 1)
        + _item("At Experian.", 1, 1)
        + _item("Change your password.", 1)
        + _item("Watch your statements.", 2)
        + _item("your name", 3)
        + _item("street only", 3, 1)
        + _item("Restarted.", 4)
        + _item("Continued.", 1),
        "Do this:\n\n1. Freeze your credit.\n\n  a) At Equifax.\n\n  b) At Experian.\n\n"
        "2. Change your password.\n\n(1) Watch your statements.\n\n- your name\n\n"
        "  - street only\n\n1. Restarted.\n\n2. Continued.",
        None,
        (("numbering", "numbering.xml", _NUMBERING),),
    ),
    Case(
        "list-defined-by-a-list-style",
        _item("Freeze your credit.", 8) + _item("Report the theft.", 8),
        "1. Freeze your credit.\n\n2. Report the theft.",
        None,
        (
            ("numbering", "numbering.xml", _LINKED_NUMBERING),
            ("styles", "styles.xml", _LIST_STYLE),
        ),
    ),
    Case(
        "numbered-list-in-a-table",
        "<w:tbl><w:tr>"
        f"<w:tc>{p(r('Steps'))}</w:tc>"
        f"<w:tc>{_item('Freeze.', 2)}{_item('Report.', 2)}</w:tc>"
        "</w:tr></w:tbl>",
        "Steps | (1) Freeze., (2) Report.",
        "Turned into plain lines: 1 table",
        (("numbering", "numbering.xml", _NUMBERING),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_word_construct_is_read_as_word_shows_it(case):
    parts = {kind: (name, xml) for kind, name, xml in case.parts}
    draft = import_draft(package(case.body, parts), "notice.docx")
    assert draft.text == case.text + "\n"
    if "{{" in case.text:  # a merge field's placeholder is one the mail merge fills
        assert broken_placeholders(draft.text) == []
    if case.note is None:
        assert draft.warnings == ()
    else:
        assert any(case.note in warning for warning in draft.warnings), draft.warnings


_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


@pytest.mark.parametrize(
    ("main_type", "note"),
    [
        (f"{_WML}.template.main+xml", "is a Word template (.dotx) with a .docx name"),
        (
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "is a macro-enabled Word document (.docm) with a .docx name",
        ),
        (
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
            "is a macro-enabled Word template (.dotm) with a .docx name",
        ),
    ],
    ids=["dotx", "docm", "dotm"],
)
def test_another_kind_of_word_file_renamed_docx_is_read_with_a_note(main_type, note):
    """python-docx refused them as "not a Word file" (ValueError), and the import told the
    writer to save as .docx a file that looked like one."""
    draft = import_draft(package(p(r("We are sorry.")), main_type=main_type), "notice.docx")
    assert draft.text == "We are sorry.\n"
    assert any(note in warning for warning in draft.warnings), draft.warnings


# A letter as LibreOffice Writer 7 saves it as .docx (no LibreOffice here, so its XML is written
# out): its own style names ("Heading" the base of the headings and the title, "Text Body"),
# headings numbered by its outline list with no number shown (numFmt "none"), bullets "•" in
# OpenSymbol, empty run properties on every run, a "_GoBack" bookmark.
_LIBREOFFICE_STYLES = part_xml(
    "w:styles",
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="TextBody"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Heading"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
    '</w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Heading"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/>'
    '<w:basedOn w:val="Normal"/></w:style>',
)
_LIBREOFFICE_NUMBERING = part_xml(
    "w:numbering",
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
    + _level(0, "none", "")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
    + '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    + '<w:rPr><w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:cs="OpenSymbol"/></w:rPr>'
    + "</w:lvl></w:abstractNum>"
    + f'<w:abstractNum w:abstractNumId="3">{_level(0, "decimal", "%1.")}</w:abstractNum>'
    + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    + '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    + '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>',
)


def _libreoffice_paragraph(style: str, text: str, numbering: str = "") -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{numbering}<w:rPr></w:rPr></w:pPr>'
        f'<w:r><w:rPr></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def test_a_letter_saved_by_libreoffice_reads_as_it_shows():
    bullet = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
    step = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'
    body = (
        _libreoffice_paragraph("Title", "Notice of Data Breach")
        + '<w:p><w:pPr><w:pStyle w:val="TextBody"/><w:rPr></w:rPr></w:pPr>'
        + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
        + '<w:r><w:rPr></w:rPr><w:t xml:space="preserve">Dear customer,</w:t></w:r></w:p>'
        + _libreoffice_paragraph("Heading1", "What happened")
        + _libreoffice_paragraph("TextBody", "We found that files were copied.")
        + _libreoffice_paragraph("TextBody", "your name", bullet)
        + _libreoffice_paragraph("TextBody", "your address", bullet)
        + _libreoffice_paragraph("TextBody", "Reset your password.", step)
        + _libreoffice_paragraph("TextBody", "Freeze your credit.", step)
    )
    parts = {
        "styles": ("styles.xml", _LIBREOFFICE_STYLES),
        "numbering": ("numbering.xml", _LIBREOFFICE_NUMBERING),
    }
    draft = import_draft(package(body, parts), "notice.docx")
    assert draft.text == (
        "# Notice of Data Breach\n\nDear customer,\n\n## What happened\n\n"
        "We found that files were copied.\n\n- your name\n\n- your address\n\n"
        "1. Reset your password.\n\n2. Freeze your credit.\n"
    )
    assert draft.warnings == ()


_HUGE = "9" * 5000  # more digits than Python turns into a number (4,300)
_HOSTILE_NUMBERING = part_xml(
    "w:numbering",
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/>'
    '<w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    f'<w:lvl w:ilvl="1"><w:start w:val="{_HUGE}"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
)


def test_numbers_and_codes_out_of_any_range_are_read_without_a_crash():
    """A crafted file's numbers: a 5,000-digit outline level or list level stopped the import
    with a ValueError, a list starting at two billion in roman numerals would have written a
    two-million-letter number, and a symbol's code that is no number stopped it too. What is
    no number is read as none: level 0, the level's start 1."""
    body = (
        p(r("Heading"), props=f'<w:outlineLvl w:val="{_HUGE}"/>')
        + _item("First.", 1)
        + p(r("Second."), props=f'<w:numPr><w:ilvl w:val="{_HUGE}"/><w:numId w:val="1"/></w:numPr>')
        + _item("Third.", 1, 1)
        + p(r("Call "), _symbol_run("Wingdings", "zz"), r(" us."))
    )
    parts = {"numbering": ("numbering.xml", _HOSTILE_NUMBERING)}
    draft = import_draft(package(body, parts), "notice.docx")
    assert draft.text.splitlines()[::2] == [
        "Heading",
        "2000000000. First.",
        "2000000001. Second.",
        "  a) Third.",
        "Call  us.",
    ]
    assert any("Left out: 1 symbol of the Wingdings font" in w for w in draft.warnings)
