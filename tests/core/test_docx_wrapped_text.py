"""Word text that sits inside a wrapper element (a tracked insertion, a content control, a simple
field, a smart tag) is letter text as Word shows it, and a tracked deletion is not: an import that
dropped "not" typed as a tracked change would turn "was not involved" into "was involved"."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml

from clearnotice.importing import import_draft

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text: str, tag: str = "w:t", bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def _docx(*paragraphs: str) -> bytes:
    """A .docx whose body holds each XML fragment (a w:p, or a block-level w:sdt) in order."""
    document = Document()
    body = document.element.body
    section = body[-1]  # w:sectPr stays last
    for fragment in paragraphs:
        root_end = fragment.index(">")  # the namespace declared on the fragment's root
        section.addprevious(parse_xml(f"{fragment[:root_end]} {_NS}{fragment[root_end:]}"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraph(*inner: str) -> str:
    return "<w:p>" + "".join(inner) + "</w:p>"


def test_a_tracked_insertion_is_read_and_a_tracked_deletion_is_not():
    data = _docx(
        _paragraph(
            _run("Your Social Security number was "),
            f'<w:ins w:id="1" w:author="Legal">{_run("not ")}</w:ins>',
            f'<w:del w:id="2" w:author="Legal">{_run("possibly ", "w:delText")}</w:del>',
            _run("involved."),
        )
    )
    draft = import_draft(data, "notice.docx")
    assert "Your Social Security number was not involved." in draft.text
    assert "possibly" not in draft.text
    assert any("2 tracked changes read as accepted" in w for w in draft.warnings)


def test_a_tracked_insertion_keeps_its_bold():
    data = _docx(
        _paragraph(
            _run("Your password was "),
            f'<w:ins w:id="1" w:author="Legal">{_run("not", bold=True)}</w:ins>',
            _run(" involved."),
        )
    )
    assert "Your password was **not** involved." in import_draft(data, "notice.docx").text


def test_text_in_a_content_control_a_simple_field_and_a_smart_tag_is_read():
    data = _docx(
        _paragraph(
            _run("Call us at "),
            f'<w:fldSimple w:instr=" DOCPROPERTY Phone ">{_run("1-800-555-0100")}</w:fldSimple>',
            _run(" or write to "),
            f"<w:smartTag>{_run('Northway Bank')}</w:smartTag>",
            _run(" at "),
            f"<w:sdt><w:sdtContent>{_run('12 Main Street')}</w:sdtContent></w:sdt>",
            _run("."),
        )
    )
    text = import_draft(data, "notice.docx").text
    assert "Call us at 1-800-555-0100 or write to Northway Bank at 12 Main Street." in text


def test_a_table_cell_in_a_content_control_is_read():
    control = (
        f"<w:sdt><w:sdtContent>{_paragraph(_run('Free credit monitoring'))}</w:sdtContent></w:sdt>"
    )
    cell = f"<w:tc>{control}</w:tc>"
    data = _docx(_paragraph(_run("What we offer:")), f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>")
    assert "Free credit monitoring" in import_draft(data, "notice.docx").text


def test_paragraphs_inside_a_block_content_control_are_read_in_order():
    data = _docx(
        _paragraph(_run("We are writing about an incident.")),
        "<w:sdt><w:sdtContent>"
        + _paragraph(_run("Your card number was not involved."))
        + "</w:sdtContent></w:sdt>",
        _paragraph(_run("We are sorry.")),
    )
    text = import_draft(data, "notice.docx").text
    assert text.index("incident") < text.index("card number was not involved") < text.index("sorry")


def test_footnotes_and_endnotes_are_reported_as_left_out():
    data = _docx(
        _paragraph(
            _run("We offer free credit monitoring."),
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
            '<w:r><w:endnoteReference w:id="2"/></w:r>',
        )
    )
    warnings = import_draft(data, "notice.docx").warnings
    assert any("The text of 2 footnotes or endnotes was left out" in w for w in warnings)
