"""Translating letters and reviewing translations: engines, alignment, QA, glossaries, marks."""
