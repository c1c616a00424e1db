"""Approving a test's letter as setup: its newest version of a language, by a legal reviewer;
and a letter whose Spanish is approved with exceptions.

Most test letters are short fragments that miss the content a notice requires, so approve()
asks for a written reason; this one gives it, which makes the fragment approved with exceptions
(its missing items): an export or merge of it accepts them (accept_exceptions).
"""

from __future__ import annotations

from pathlib import Path

from clearnotice.approvals import approve
from clearnotice.letters import Store
from clearnotice.schema import Approval
from tests.accounts import add_writers

FRAGMENT = "A short test text, not a whole letter."


def approve_newest(
    store: Store, letter_id: int, actor: str = "lawyer", language: str = "en"
) -> Approval:
    newest = store.latest_version(letter_id, language)
    return approve(store, letter_id, language, newest.id, actor, reason=FRAGMENT)


FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The faithful Spanish with the approved glossary's 'monitoreo de crédito' (translate/glossary/
# es.yml) replaced in its two segments: its only findings are glossary findings, which a
# reviewer may approve with a written reason.
GLOSSARY_ONLY_SPANISH = (
    (FIXTURES / "good-plain.es.md")
    .read_text(encoding="utf-8")
    .replace("monitoreo de crédito", "vigilancia de crédito")
)
EXCEPTION_REASON = "Counsel accepts 'vigilancia' for this client's readers."


def letter_approved_with_exceptions(store: Store, actor: str = "lawyer") -> int:
    """A letter whose English (good-plain.md) is approved cleanly and whose Spanish is approved
    with exceptions: its two glossary findings, for EXCEPTION_REASON. ``actor`` is a legal
    reviewer's account; the letter is written by the editor accounts ``editor`` and
    ``translator``, made here when missing."""
    add_writers(store, "editor", "translator")
    english_text = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    letter = store.create_letter("March incident", english_text, actor="editor")
    english = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id, GLOSSARY_ONLY_SPANISH, base_version_id=None, actor="translator",
        language="es", origin="human:Ana", source_version_id=english.id,
    ).version  # fmt: skip
    approve(store, letter.id, "en", english.id, actor)
    approve(store, letter.id, "es", spanish.id, actor, reason=EXCEPTION_REASON)
    return letter.id
