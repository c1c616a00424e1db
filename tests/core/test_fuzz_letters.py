"""No letter a user can type or import crashes ClearNotice, and what it shows is what was typed.

A few hundred hostile letters (``tests/core/fuzz_letters.py``, seeded: the same letters on every
run) go through every core path a letter takes: import, the guidance review with its tone and
skim preview, readability, the offline grammar check, every offered fix and its undo, the diff
of two versions, translation protection, QA of a letter against itself and every export. Beyond
"no exception", each path's promise is checked: a finding's offsets lie inside the text and hold
the words it names, a fix undone gives back the text byte for byte, an export holds every word
of the letter, and no raw ``<script>`` reaches the HTML.

A failure names the seeds whose letters fail (``fuzz_letters.letter(seed)`` rebuilds one); a
letter shrunk from one is kept below as a named regression row (``REGRESSIONS``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser

import pytest

from clearnotice import diffing, edits, fixes, readability, text
from clearnotice.accounts import Role
from clearnotice.export.document import Document
from clearnotice.export.html import changes_fragment, text_fragment
from clearnotice.export.registry import ExportError, render
from clearnotice.grammar.choice import OFFLINE, CheckerChoice
from clearnotice.grammar.service import GrammarService
from clearnotice.guidance import review
from clearnotice.importing import ImportProblem, import_draft, undo_typesetting
from clearnotice.letters import Store
from clearnotice.model import Finding
from clearnotice.translate.protect import protect, restore
from clearnotice.translate.qa import check_translation
from tests.accounts import add_accounts
from tests.core import fuzz_letters
from tests.core.test_export_fidelity import visible_text

LETTERS = fuzz_letters.letters(200)
# Shrunk from fuzz failures: each the smallest letter that failed, named by what it holds.
REGRESSIONS = {
    "a zero-width space alone": "\u200b",
    "a byte-order mark alone": "\ufeff",
    "a line of a zero-width space between paragraphs": "We lost data.\n\n\u200b\n\nCall us.",
}
CASES = [(f"seed {seed}", letter) for seed, letter in LETTERS] + list(REGRESSIONS.items())
JURISDICTIONS = ("CA", "HIPAA", "GDPR", "NY")
EXPORTS = ("pdf", "docx", "html", "md", "txt")
# What the review's letter view draws (clearnotice.export.html.body_html): nothing else.
_REVIEW_TAGS = {"h1", "h2", "p", "ul", "ol", "li", "strong", "br", "ins", "del", "mark"}
SAVED_FIXES = 60  # letters whose first fix goes through the database and back


def _each(check, cases=CASES) -> None:
    """Run ``check(value)`` on every ``(name, value)`` of ``cases`` (the letters, unless told);
    fail naming every case that raised or broke a promise, with the first few reasons."""
    failed = []
    for name, value in cases:
        try:
            check(value)
        except Exception as error:  # noqa: BLE001 - every failure is reported, with its case
            failed.append(f"{name}: {type(error).__name__}: {str(error)[:300]}")
    assert not failed, f"{len(failed)} letters failed:\n" + "\n".join(failed[:15])


def _assert_points_at_its_words(letter: str, finding: Finding) -> None:
    assert 0 <= finding.start <= finding.end <= len(letter), f"{finding} outside the text"
    assert letter[finding.start : finding.end] == finding.match, (
        f"{finding.rule_id} names {finding.match!r} but points at "
        f"{letter[finding.start : finding.end]!r}"
    )


def _grammar(letter: str) -> tuple[Finding, ...]:
    return GrammarService().check(letter, "en", CheckerChoice(OFFLINE)).findings


def _all_findings(letter: str) -> list[Finding]:
    found = list(review(letter, JURISDICTIONS).findings)
    found += readability.hard_sentence_findings(readability.analyse(letter), letter)
    return found + list(_grammar(letter))


def test_the_letters_are_hostile_and_small():
    """The generator makes what the brief asks for, and each letter stays a few KB (one in
    fifty has a 20,000-character line)."""
    every = "".join(letter for _, letter in LETTERS)
    for wanted in ("\r\n", "\f", "\u202e", "\u200b", "```", "<script>", "{{", "👍🏽", "数据", "|"):
        assert wanted in every, wanted
    assert sum(len(letter) > 8_000 for _, letter in LETTERS) <= len(LETTERS) // 20
    assert any(letter.strip() == "" for _, letter in LETTERS)


def test_import_reads_or_refuses_every_file():
    """Each file is read or refused with a message; what is read holds words, no NUL and no
    lone surrogate, and from the UTF-8 file and the Word document every word of the letter (as
    the import tidies a PDF's typesetting: ``undo_typesetting``; the document's, as XML can
    hold it: ``fuzz_letters.docx_text``)."""

    def check(seed: int) -> None:
        typed = fuzz_letters.letter(seed)
        for index, (name, data) in enumerate(fuzz_letters.import_files(seed)):
            try:
                draft = import_draft(data, name)
            except ImportProblem as problem:
                assert str(problem).strip()
                continue
            assert text.words(draft.text) and "\x00" not in draft.text
            draft.text.encode("utf-8")  # no lone surrogate: the database stores UTF-8
            if index in _WHOLE_FILES:
                source = _docx_source(typed) if name.endswith(".docx") else typed
                lost = _missing_words(undo_typesetting(source), draft.text)
                assert not lost, f"{name}: words lost on import: {lost[:5]}"

    _each(check, [(f"seed {seed}", seed) for seed, _letter in LETTERS])


# The files of ``fuzz_letters.import_files`` that hold the whole letter as typed: the UTF-8
# Markdown and the Word document (the others are in a legacy encoding, or damaged).
_WHOLE_FILES = (0, 4)


def _docx_source(typed: str) -> str:
    """The text the Word document of ``typed`` holds, as the import reads it: each line a
    paragraph of its own (so a line's end is no place a PDF broke a word), without what XML
    cannot hold (``fuzz_letters.docx_text``)."""
    return fuzz_letters.docx_text(typed).replace("\n", "\n\n")


def _missing_words(source: str, kept: str) -> list[str]:
    """The words of ``source`` that ``kept`` does not hold as often, in any order."""
    lost = Counter(w.text for w in text.words(source))
    lost.subtract(w.text for w in text.words(kept))
    return [word for word, count in lost.items() if count > 0]


def _edited(letter: str) -> str:
    """``letter`` with its middle block typed twice: the review after an edit reads the edited
    block in its window (clearnotice.checks.block_parts), not with the whole letter."""
    blocks = text.blocks(letter)
    if not blocks:
        return letter + "x"
    block = blocks[len(blocks) // 2]
    return letter[: block.end] + block.text + letter[block.end :]


def test_every_finding_points_at_the_words_it_names():
    def check(letter: str) -> None:
        review(letter, JURISDICTIONS)
        edited = _edited(letter)
        for finding in review(edited, JURISDICTIONS).findings:
            _assert_points_at_its_words(edited, finding)
        report = review(letter, JURISDICTIONS)
        assert 0 <= report.score.overall <= 100 and len(report.tone) == 4
        for line in report.skim.lines:
            assert line.text.strip()
        for finding in _all_findings(letter):
            _assert_points_at_its_words(letter, finding)

    _each(check)


def test_every_fix_applied_then_undone_gives_back_the_text():
    def check(letter: str) -> None:
        found = _all_findings(letter)
        for finding in found:
            for replacement in finding.suggestions:
                fixed = fixes.apply_suggestion(letter, finding, replacement)
                end = finding.start + len(replacement)
                assert fixed[finding.start : end] == replacement
                undone = fixed[: finding.start] + finding.match + fixed[end:]
                assert undone == letter
        for rule in {f.rule_id for f in found}:
            fixes.apply_all(letter, fixes.one_way(f for f in found if f.rule_id == rule))
        for item in review(letter, JURISDICTIONS).missing_required:
            _assert_keeps_every_word(letter, fixes.insert_paragraph(letter, item.suggestion))

    _each(check)


def _assert_keeps_every_word(letter: str, added_to: str) -> None:
    """``added_to`` holds every word of ``letter`` in its order (a checklist item's paragraph
    goes in between, never in place of any)."""
    left = iter(w.text for w in text.words(added_to))
    lost = [w.text for w in text.words(letter) if w.text not in left]
    assert not lost, f"words lost: {lost[:5]}"


def test_a_saved_fix_undone_saves_the_letter_back_byte_for_byte(tmp_path):
    """A fix clicked on a letter and undone, through the database as the screens do it
    (``edits.apply_fix``, then ``edits.restore`` of the version it gives to undo to), for the
    first letters a fix is offered in."""
    store = Store(f"sqlite:///{tmp_path / 'clearnotice.sqlite3'}")
    add_accounts(store, ed=Role.EDITOR)
    fixable = [
        (name, letter, finding)
        for name, letter in CASES[:SAVED_FIXES]
        for finding in [f for f in _all_findings(letter) if f.suggestions][:1]
    ]
    assert len(fixable) >= SAVED_FIXES // 4, "too few letters with a fix to click"
    for name, letter, finding in fixable:
        created = store.create_letter(name, letter, actor="ed")
        version = store.latest_version(created.id)
        assert version.text == letter
        edit = edits.apply_fix(
            store, created.id, version, letter, finding, finding.suggestions[0], "ed"
        )
        edits.restore(store, created.id, edit.undo_to, edit.saved.version.id, "ed")
        assert store.latest_version(created.id).text == letter, name


def test_a_diff_gives_back_both_versions():
    def check(letter: str) -> None:
        other = fuzz_letters.letter(len(letter))
        for old, new in ((letter, other), (letter, letter[::-1]), (letter, letter + "\nP.S.")):
            changes = diffing.word_diff(old, new)
            assert "".join(c.text for c in changes if c.op != diffing.INSERT) == old
            assert "".join(c.text for c in changes if c.op != diffing.DELETE) == new
            diffing.summary(changes)
            diffing.interleaved(changes)

    _each(check)


class _Shown(HTMLParser):
    """The text a browser shows of an HTML fragment, and the tags it holds."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: set[str] = set()
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_the_review_screens_show_the_letter_as_typed():
    """The review's letter view and its track changes (clearnotice.export.html, drawn by
    components/letter_html.py): every word of the letter shown, none of its markup made HTML."""

    def check(letter: str) -> None:
        document = Document.from_markdown(letter, "en")
        drawn = {"letter": text_fragment(letter)}
        drawn["changes"] = changes_fragment(diffing.word_diff("", letter))
        for view, html in drawn.items():
            shown = _Shown(html)
            assert shown.tags <= _REVIEW_TAGS, f"{view}: {shown.tags - _REVIEW_TAGS}"
            missing = _lost("html", document, "".join(shown.text))
            assert not missing, f"{view}: words lost: {missing[:5]}"

    _each(check)


def test_protection_for_translation_comes_back_whole():
    def check(letter: str) -> None:
        for segment in text.block_pieces(letter):
            protected = protect(segment)
            assert restore(protected.text, protected) == (segment, ())

    _each(check)


def test_qa_of_a_letter_against_itself():
    _each(lambda letter: check_translation(letter, letter, "es"))


def _drawn(words: str) -> str:
    """``words`` as a PDF's text layer gives them back, to compare: pypdf returns the glyphs
    drawn, so characters drawn as nothing (format controls, Unicode category Cf) and the spaces
    and line breaks of its layout are not in it, a combining mark comes back on its letter or
    apart (compared without marks, category Mn), and a run a bidi control turned is read
    backwards (compared both ways, ``_lost``: turned before it is decomposed, so a Hangul
    syllable turns whole)."""
    decomposed = unicodedata.normalize("NFD", words)
    return "".join(c for c in decomposed if unicodedata.category(c) not in _NOT_DRAWN)


_NOT_DRAWN = frozenset(("Cf", "Mn", "Cc", "Zs", "Zl", "Zp"))


def _lost(fmt: str, document: Document, shown: str) -> list[str]:
    """The letter's words that the export's visible text does not hold."""
    words = [w.text for w in text.words(document.plain)]
    if fmt != "pdf":
        shown = " ".join(shown.split())
        return [w for w in words if w not in shown]
    shown = _drawn(shown)
    return [w for w in words if _drawn(w) not in shown and _drawn(w[::-1]) not in shown]


@pytest.mark.parametrize("fmt", EXPORTS)
def test_every_export_holds_every_word(fmt):
    def check(letter: str) -> None:
        document = Document.from_markdown(letter, "en", title="Fuzz")
        try:
            data = render(fmt, document)
        except ExportError as refused:  # a character no installed font draws: named
            assert fmt == "pdf" and "no installed font" in str(refused)
            return
        if fmt == "md":
            assert data.decode("utf-8") == letter
            return
        missing = _lost(fmt, document, visible_text(fmt, data))
        assert not missing, f"words lost: {missing[:5]}"
        if fmt == "html":
            assert not re.search(rb"<script", data, re.IGNORECASE), "raw <script> in the HTML"

    _each(check)
