"""A .docx whose XML declares entities: never read a file of the server (XXE), and never lose
text silently. Word never writes a document type declaration, and the package format forbids
one: ECMA-376 Part 2 (Open Packaging Conventions), "XML Usage", requirement M1.18, says DTD
declarations "shall not be used" and a package reader "shall treat the presence of DTD
declarations as an error"."""

from __future__ import annotations

import io
import zipfile

import pytest

from clearnotice.importing import ImportProblem, import_draft
from tests.hostile.documents import docx_with, zip_of

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_declaring(entity: str, text: str) -> bytes:
    """A .docx whose body declares ``entity`` and holds one paragraph of ``text``."""
    body = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entity}]><w:document {_W}><w:body>'
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    source = zipfile.ZipFile(io.BytesIO(docx_with(1)))
    return zip_of(
        {
            item.filename: body if item.filename == "word/document.xml" else source.read(item)
            for item in source.infolist()
        }
    )


def test_an_external_entity_never_reads_a_file_of_the_server(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    entity = f'<!ENTITY x SYSTEM "{secret.as_uri()}">'
    try:
        text = import_draft(_docx_declaring(entity, "Before &x; after."), "a.docx").text
    except ImportProblem:
        return
    assert "TOP-SECRET" not in text


ENTITIES = [
    pytest.param('<!ENTITY p "We will never share your data.">', id="internal"),
    pytest.param('<!ENTITY p SYSTEM "file:///etc/hostname">', id="external"),
]


@pytest.mark.parametrize("entity", ENTITIES)
def test_a_document_type_declaration_is_refused_not_half_read(entity):
    with pytest.raises(ImportProblem):
        draft = import_draft(_docx_declaring(entity, "Dear customer. &p; Sincerely."), "a.docx")
        assert "Sincerely" in draft.text, f"imported {draft.text!r}: the text after &p; is lost"
