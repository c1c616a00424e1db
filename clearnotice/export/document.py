"""A letter ready to render: its parts (title, headings, bullets, paragraphs) with bold runs.

Built from the letter's Markdown with ``clearnotice.text.blocks`` (the one segmenter) and
``clearnotice.inline_markup`` (the one inline reader), so every character of the approved text
that is not markup reaches the page as typed. Every renderer (PDF, DOCX, HTML, plain
text) draws from a Document, and mail merge fills placeholders into the parsed Document, so a
customer's value is always plain text: it can never turn into a heading or switch bold on.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from clearnotice import inline_markup, placeholders, text
from clearnotice.export.posting import Posting
from clearnotice.text import BULLET, COURTESY, HEADING, PARAGRAPH

__all__ = ["BULLET", "HEADING", "PARAGRAPH", "Document", "Part", "Run", "inline_runs"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Part:
    """One block of the letter. A paragraph keeps its line breaks (signature, address)."""

    kind: str
    lines: tuple[tuple[Run, ...], ...]
    level: int = 0

    @property
    def plain(self) -> str:
        return "\n".join("".join(run.text for run in line) for line in self.lines)


@dataclass(frozen=True)
class Document:
    """A letter in one language. ``draft_reason`` is set when the text is not approved; every
    renderer then marks each page DRAFT and says why."""

    parts: tuple[Part, ...]
    language: str
    title: str = ""
    draft_reason: str | None = None
    label: str = ""
    # The Markdown it was read from, for the Markdown export (the approved bytes themselves);
    # None once placeholders are filled, since the values are not Markdown.
    markdown: str | None = field(default=None, repr=False, compare=False)
    # Sender, recipient and date of a letter ready to post (mail merge with an envelope).
    posting: Posting | None = None

    @classmethod
    def from_markdown(
        cls,
        markdown: str,
        language: str,
        *,
        title: str = "",
        draft_reason: str | None = None,
        label: str = "",
    ) -> Document:
        parts = tuple(_part(block) for block in text.blocks(markdown))
        return cls(parts, language, title, draft_reason, label, markdown)

    @property
    def is_draft(self) -> bool:
        return self.draft_reason is not None

    @property
    def plain(self) -> str:
        return "\n\n".join(part.plain for part in self.parts)

    def placeholders(self) -> list[str]:
        return placeholders.find_placeholders(self.plain)

    def fill(self, values: dict[str, object]) -> Document:
        """This letter with every placeholder filled; raises ``UnfilledPlaceholderError``
        naming all the missing values at once."""
        placeholders.fill(self.plain, values)  # checks every placeholder before any is filled
        parts = tuple(
            replace(
                part,
                lines=tuple(
                    tuple(Run(placeholders.fill(run.text, values), run.bold) for run in line)
                    for line in part.lines
                ),
            )
            if "{{" in part.plain
            else part  # most parts have no placeholder: kept as they are, and cheap to compare
            for part in self.parts
        )
        return replace(self, parts=parts, markdown=None)


def inline_runs(markdown: str) -> tuple[Run, ...]:
    """``markdown`` as plain and bold runs, without any inline markers. Italic and code read
    as plain text: letters set neither apart."""
    runs: list[Run] = []
    for span in inline_markup.parse(markdown):
        if runs and runs[-1].bold == span.strong:
            runs[-1] = Run(runs[-1].text + span.text, span.strong)
        else:
            runs.append(Run(span.text, span.strong))
    return tuple(runs)


def _part(block: text.Block) -> Part:
    content = block.text
    if block.kind in (PARAGRAPH, COURTESY):
        # A line break inside a paragraph is kept: letters put a name and a title on two lines.
        lines = [line.strip() for line in content.splitlines()]
    else:
        # a bullet's indented continuation lines, or a heading, read as one line
        lines = [" ".join(content.split())]
    return Part(
        block.kind,
        tuple(_split_lines(inline_runs("\n".join(lines)))),
        block.level,
    )


def _split_lines(runs: tuple[Run, ...]) -> list[tuple[Run, ...]]:
    lines: list[list[Run]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.bold))
    return [tuple(line) for line in lines]
