"""QA of a translation that keeps the English's lines one for one, as Apertium's drafts do (a
walk through the app, 2026-12-01): Bank of America's notice (a tune letter of the corpus,
bank-of-america-former-employee-ag-2023) opens with "NOTICE OF DATA BREACH" and "DATE" on lines
of their own, read as headings by their capitals; their Spanish, in mixed case, read as part of
the paragraph below, and QA called both "Not translated at all"."""

from __future__ import annotations

from clearnotice.text import blocks
from clearnotice.translate.alignment import align
from clearnotice.translate.qa import check_translation

ENGLISH = (
    "NOTICE OF DATA BREACH\nDATE\nCustomer Name Reference Number 2023-677\nStreet Address\n\n"
    "WHAT HAPPENED: An incident occurred between August 31, 2022, and December 7, 2022.\n"
)
SPANISH = (
    "Aviso de violación de datos\nFecha\nNombre del cliente, número de referencia 2023-677\n"
    "Dirección\n\n"
    "Qué pasó: Un incidente ocurrió entre el 31 de agosto de 2022 y el 7 de diciembre de 2022.\n"
)


def _rules(english: str, translation: str) -> list[str]:
    return [f.finding.rule_id for f in check_translation(english, translation, "es").findings]


def test_lines_the_english_reads_apart_are_paired_with_the_same_lines_of_the_translation():
    rows = align(ENGLISH, SPANISH, "es")
    assert [(r.source.text, r.target.text) for r in rows][:2] == [
        ("NOTICE OF DATA BREACH", "Aviso de violación de datos"),
        ("DATE", "Fecha"),
    ]
    assert all(r.paired for r in rows)
    assert "translation.missing-segment" not in _rules(ENGLISH, SPANISH)


def test_a_line_left_out_of_the_translation_is_still_missing():
    dropped = SPANISH.replace("Fecha\n", "")
    assert "translation.missing-segment" in _rules(ENGLISH, dropped)


def test_a_translation_laid_out_otherwise_is_read_as_it_is():
    joined = SPANISH.replace("datos\nFecha\n", "datos. Fecha. ")
    rows = align(ENGLISH, joined, "es")
    assert [r.target.text for r in rows if r.target] == [b.text for b in blocks(joined)]
