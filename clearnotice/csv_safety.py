"""Cells that a spreadsheet would run as formulas, made inert (OWASP: CSV injection)."""

from __future__ import annotations

# A cell starting with one of these is evaluated by Excel, LibreOffice and Google Sheets.
# Source: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def looks_like_formula(value: str) -> bool:
    return value.lstrip(" ").startswith(FORMULA_START)


def neutralise_formula(value: str) -> str:
    """Prefix a formula-like cell with a single quote so spreadsheets show it as text."""
    return "'" + value if looks_like_formula(value) else value
