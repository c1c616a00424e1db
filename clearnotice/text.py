"""The one place that splits a letter into blocks, sentences and words, with character offsets.

Letters are Markdown: headings, bullet items, bold text and blank lines carry structure. Letters
pasted as plain text or imported from Word carry the same structure by layout alone, and are read
the way a reader sees them: a short line on its own that reads as a heading (Title Case, capitals,
a question, "1. What happened?") is a heading; lines typed with •, ·, -, *, 1) or a) are bullets;
the salutation, the sign-off and the signature under it are the letter's frame (``COURTESY``),
not sentences to grade. Every other module (readability, rules, grammar, translation alignment,
export) works on these pieces so that a heading is never glued to the next sentence and a bullet
is always its own sentence, and so that every finding can point back at the exact characters in
the letter.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from clearnotice import caches, inline_markup
from clearnotice import plain_layout as layout
from clearnotice.caches import Recent
from clearnotice.translate.dates import MONTHS
from clearnotice.wording import excerpt

# The control characters no letter text holds: Unicode category Cc (the C0 and C1 controls)
# but the tab and the line breaks (U+0009 to U+000D). The import refuses a text file holding
# one (clearnotice/importing.py) and drops them from text read out of a Word file's parts
# (clearnotice/word_notes.py).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
HEADING = "heading"
BULLET = "bullet"
PARAGRAPH = "paragraph"
COURTESY = "courtesy"  # salutation, sign-off and signature: kept, shown, never graded

_ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BOLD_LINE = re.compile(r"^\*\*([^*\n]+?)\*\*:?[ \t]*$")
# A number in brackets that a phone number goes on from ("(555) 123-4567", "(02) 9876 5432") is
# its area code, not a list item's number.
# Nor is a number between dashes, a page's number ("- 2 -").
_BULLET = re.compile(
    rf"^([ \t]*){layout.LIST_MARKER}[ \t]+(?!\d{{3,4}}[-. ]\d{{4}}\b|\d{{1,4}} ?[-–—][ \t]*$)"
)
_NUMBERED = re.compile(rf"^[ \t]*{layout.NUMBER_MARKER}[ \t]+")
# A bullet's sign that no Markdown list uses, alone on its line: a PDF's text sets an item's
# sign apart from its words ("•" / "We reset every password."). A Markdown marker alone ("-")
# is an item with no words yet, as a writer leaves it while typing.
_SIGNS_ALONE = layout.BULLET_SIGNS
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_WORD_PARTS = re.compile(f"({_WORD.pattern})")  # split() keeps what its group matches
# The same on ASCII text, where a letter or digit ([^\W_]) is one of [A-Za-z0-9] and no word
# holds a typographic apostrophe: a set of characters the pattern looks up in one step, not
# by Unicode category, so it reads a line about a quarter faster.
_ASCII_WORD_PARTS = re.compile(r"([A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*)")

# Abbreviations whose full stop does not end a sentence (lower-case, without the final dot);
# translations bring their own: Spanish "EE. UU." and "p. ej.", German "bzw." and "usw.".
# Letters joined by full stops ("a.m.", "e.g.", "U.S.", "I.T.") are one rule, not listed:
# ``ends_with_abbreviation``.
ABBREVIATIONS = frozenset(
    """etc mr mrs ms dr prof sr jr st inc ltd co corp vs approx dept
    jan feb mar apr jun jul aug sep sept oct nov dec fig tel ext sra srta dra
    ud uds ee uu ej bzw usw""".split()
)
# "No. 5", "núm. 3", "Mon.-Fri. 9 a.m.": abbreviations only before a number; "No." alone answers
# a question, and "sat." or "sun." may end one.
_WEEKDAY_ABBREVIATIONS = "mon tue tues wed thu thur thurs fri sat sun".split()
NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "núm", "nº", *_WEEKDAY_ABBREVIATIONS])
GERMAN_MONTHS = frozenset(name for month in MONTHS["de"] for name in month)
# "until 5 p.m. Eastern Time" goes on, "until 5 p.m. We can help" ends: a clock abbreviation's
# full stop ends a sentence before a capital unless a time zone (a word here, or a code in
# capitals: "ET", "AEST"), a weekday or a month follows it.
CLOCK_ABBREVIATIONS = frozenset(("a.m", "p.m"))
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
CLOCK_FOLLOWERS = (
    frozenset(
        """eastern central mountain pacific atlantic alaska hawaii hawaii-aleutian newfoundland
        greenwich british irish western local time standard daylight""".split()
    )
    | frozenset(_WEEKDAY_ABBREVIATIONS)
    | frozenset(_WEEKDAYS)
    | frozenset(day + "s" for day in _WEEKDAYS)  # "9 a.m. Saturdays"
    | frozenset(name for month in MONTHS["en"] for name in month)
)
# A footnote's mark glued to a sentence's end ("...the request.1 When you call"), right after a
# word's full stop or its closing quote, so that no number with a full stop inside it ("3.5",
# "1798.82", "12.3.2024", "v2.1") ends there: it ends the sentence and stays with it.
# A quotation closed after the sentence's end closes it too: French "fini. »", a space (or a
# no-break one) before its guillemet (Imprimerie nationale, "Lexique des règles typographiques"),
# German "vorbei.“" (Duden, "Anführungszeichen").
# Arabic ends a question with "؟" (U+061F) and Hindi a sentence with "।" (U+0964), then a
# space, as English does with "?"; Chinese and Japanese end a sentence with 。！？ (U+3002,
# U+FF01, U+FF1F) and no space at all, and may close a quotation after it with 」 or 』
# (Unicode's Sentence_Terminal property lists all five).
_SENTENCE_END = re.compile(
    rf"[.!?…؟।]+(?:[ \u00a0\u202f]?[»›])?[\"'”’“‘«)\]]*"
    rf"(?P<mark>{layout.FOOTNOTE_AFTER_STOP})?(?=\s|$)"
    r"|[。！？]+[」』）”’]*"
)
# What a sentence may start with besides a capital or a digit: an opening quotation mark (English
# “ ‘, French « and ‹, German „ ‚ and », Spanish ¿ ¡), a bracket, Markdown's bold
_SENTENCE_OPENERS = "\"'“‘«‹„‚»¿¡*("
_SPACES = re.compile(r"\s*")  # \s is what str.isspace (and so str.strip) takes


class Block(NamedTuple):
    """A heading, a bullet item or a paragraph.

    ``start``/``end`` span the block's content in the letter, without its Markdown marker
    (``## ``, ``- ``) so that counts and findings never include the markup. A named tuple, as
    ``Sentence`` and ``Word``: every analysis of a new letter makes one per block.
    """

    kind: str
    start: int
    end: int
    text: str
    level: int = 0

    @property
    def is_heading(self) -> bool:
        return self.kind == HEADING


class Sentence(NamedTuple):
    """A sentence of a block and its span in the letter. A named tuple, not a frozen
    dataclass: one is made for every sentence of every new block, several times faster."""

    start: int
    end: int
    text: str
    block: int


class Word(NamedTuple):
    """A word and its span. A named tuple, not a dataclass: a letter has thousands of words and
    a tuple is made three times faster, which the readability and review timings feel."""

    start: int
    end: int
    text: str


@caches.of_text(256)
def blocks(text: str) -> tuple[Block, ...]:
    """Split ``text`` into blocks. Consecutive plain lines form one paragraph, unless a line
    reads as a heading, a salutation or a sign-off (clearnotice.plain_layout). A letter under
    review has its reading kept (``keep_reading``); any other text is read without checkpoints,
    which readability's new letters would pay for and never use."""
    kept = _readings.get(text)
    if kept is not None:
        return kept.blocks
    lines = layout_lines(text)
    result: list[Block] = []
    laid_out: set[int] = set()
    _read(text, lines, _START, len(lines), _Looks.of(lines), result, laid_out, None)
    return _unsigned_signature(text, result, laid_out)


# How the reading stood at the start of a line right after a blank line (or the first): no
# paragraph open, nothing above it, so reading on from there needs only (line, its offset, the
# blocks read so far, where the last of them ended, listing, signing, speaking). A bullet goes
# on over a blank line with its indented lines, so a checkpoint holds for a later reading only
# while its last block still ends there. A plain tuple: the reading makes one per blank line.
_Checkpoint = tuple[int, int, int, int, bool, bool, bool]

_START: _Checkpoint = (0, 0, 0, -1, False, False, False)


class _Reading(NamedTuple):
    """A text's layout reading: its blocks, and what an edit of the text reads on from (the
    blocks before the letter's unsigned signature is joined, the layout headings among them,
    and a checkpoint at every blank line)."""

    blocks: tuple[Block, ...]
    raw: tuple[Block, ...]
    laid_out: frozenset[int]
    checkpoints: tuple[_Checkpoint, ...]


# The layout readings of the letters reviewed lately, what an edit of one reads on from.
_readings: Recent[str, _Reading] = Recent("layout readings: a letter's blocks and checkpoints", 64)


def _whole_reading(text: str) -> _Reading:
    lines = layout_lines(text)
    result: list[Block] = []
    laid_out: set[int] = set()
    checkpoints = [_START]
    _read(text, lines, _START, len(lines), _Looks.of(lines), result, laid_out, checkpoints)
    raw = tuple(result)
    return _Reading(
        _unsigned_signature(text, result, laid_out), raw, frozenset(laid_out), tuple(checkpoints)
    )


def keep_reading(text: str, previous: str | None) -> None:
    """Keep ``text``'s layout reading for ``blocks`` and for an edit of it, read as an edit of
    ``previous`` when that reading is kept: the blocks of the lines before and after the edit
    are ``previous``'s, and only a window around the edit is read again, so an edit pays for
    what its change can alter.

    The window starts at a checkpoint of ``previous`` (right after a blank line) above the edit
    with a line of its own above the edit: every line above it was read with the same
    neighbours (the line below, the first line past a gap, the nearest line either way, its
    address block, which never goes over a blank line). It ends at the first blank line under
    the edit where the reading stands as ``previous``'s did at the same line (listing, signing,
    speaking, whether a block was read and its kind, the nearest line above) and that block did
    not go on later: every line below is read from there as before, so its blocks are
    ``previous``'s, moved. The letter's unsigned signature is then looked for as a whole
    reading does. ``test_layout_edits.py`` compares with whole readings over many edits."""
    if _readings.get(text) is not None:
        return
    before = None if previous is None else _readings.get(previous)
    edited = None if before is None else _edited_reading(previous, before, text)
    _readings.put(text, edited or _whole_reading(text))


# An edit that leaves fewer of the lines alone is read as a new text: a window as long as the
# text would cost more than the whole reading.
_MOST_CHANGED = 0.5


def _edited_reading(previous: str, before: _Reading, text: str) -> _Reading | None:
    """``text``'s reading as an edit of ``previous`` (read ``before``), or None when too much
    of it changed."""
    old_lines = layout_lines(previous)
    lines = layout_lines(text)
    shortest = min(len(lines), len(old_lines))
    same_start = 0  # lines the same from the start
    while same_start < shortest and lines[same_start] == old_lines[same_start]:
        same_start += 1
    same_end = 0  # and from the end, not into those
    while same_end < shortest - same_start and lines[-1 - same_end] == old_lines[-1 - same_end]:
        same_end += 1
    if same_start + same_end < len(lines) * _MOST_CHANGED:
        return None
    echoed = layout.echoes(lines)
    if same_end and echoed[-same_end:] != layout.echoes(old_lines)[-same_end:]:
        return None  # a line below the edit now repeats one above it, or no longer does
    raw, old_checkpoints = before.raw, before.checkpoints
    restart = _restart(lines, old_checkpoints, same_start)
    count = old_checkpoints[restart][2]
    result = list(raw[:count])
    laid_out = {index for index in before.laid_out if index < count}
    checkpoints = list(old_checkpoints[: restart + 1])
    line_shift, shift = len(lines) - len(old_lines), len(text) - len(previous)
    old_at = {checkpoint[0]: index for index, checkpoint in enumerate(old_checkpoints)}
    reached = old_checkpoints[restart]
    while reached[0] < len(lines):
        number = reached[0]
        stop = _blank_at_or_after(lines, max(number, len(lines) - same_end))
        looks = _Looks([False] * number + layout.stacked(lines[number:stop]), echoed)
        reached = _read(text, lines, reached, stop, looks, result, laid_out, checkpoints)
        old = old_at.get(stop - line_shift)
        if (
            old is not None
            and not lines[stop - 1].strip()
            and _same_reading_on(reached, result, lines, old_checkpoints[old], raw, old_lines)
        ):
            _carry_on(
                old_checkpoints[old:], before, result, laid_out, checkpoints, line_shift, shift
            )
            break
    return _Reading(
        _unsigned_signature(text, result, laid_out),
        tuple(result),
        frozenset(laid_out),
        tuple(checkpoints),
    )


def _restart(lines: list[str], checkpoints: tuple[_Checkpoint, ...], same: int) -> int:
    """The last of ``checkpoints`` (of the text before the edit) to read the edited ``lines``
    on from, the first ``same`` of them unchanged: above the edit with a line that is not
    blank between, as the lines above it may have looked as far down as that line (a label
    at the running text past a gap, a name at its neighbours). The first (the start) always
    holds. Its last block may have gone on later with the indented lines under the gap (a
    bullet's); the first line read from it then takes that block again, as it did before."""
    index = len(checkpoints) - 1
    while index > 0:
        line = checkpoints[index][0]
        if line < same and any(lines[number].strip() for number in range(line, same)):
            break
        index -= 1
    return index


def _blank_at_or_after(lines: list[str], number: int) -> int:
    """The line after the first blank line at or after line ``number``, else the end."""
    while number < len(lines):
        if not lines[number].strip():
            return number + 1
        number += 1
    return number


def _same_reading_on(
    reached: _Checkpoint,
    result: list[Block],
    lines: list[str],
    old: _Checkpoint,
    raw: tuple[Block, ...],
    old_lines: list[str],
) -> bool:
    """Whether the edited text's reading, ``reached`` right after a blank line, reads every line
    below as the text before the edit did from ``old`` (the same lines below): the same states,
    a block read in both or in neither, of one kind, that did not go on past ``old`` (a bullet
    takes the indented lines under a gap), and the same nearest line above (what a speaker's
    name under the gap is read with)."""
    count = old[2]
    if reached[4:] != old[4:] or bool(result) != bool(count):
        return False
    if count and (raw[count - 1].end != old[3] or raw[count - 1].kind != result[-1].kind):
        return False
    return layout.nearest_line(lines, reached[0] - 1, -1) == layout.nearest_line(
        old_lines, old[0] - 1, -1
    )


def _carry_on(
    old_rest: tuple[_Checkpoint, ...],
    before: _Reading,
    result: list[Block],
    laid_out: set[int],
    checkpoints: list[_Checkpoint],
    line_shift: int,
    shift: int,
) -> None:
    """Add the blocks, layout headings and checkpoints of the text before the edit from its
    checkpoint ``old_rest[0]``, where the edited text's reading stands the same, moved
    ``line_shift`` lines and ``shift`` characters (the edited text's own checkpoint there is
    in ``checkpoints`` already)."""
    count = old_rest[0][2]
    count_shift = len(result) - count
    last_end = result[-1].end if result else -1  # the block above, never gone on past here
    result.extend(
        Block(kind, start + shift, end + shift, content, level)
        for kind, start, end, content, level in before.raw[count:]
    )
    laid_out.update(index + count_shift for index in before.laid_out if index >= count)
    checkpoints.extend(
        (
            line + line_shift,
            pos + shift,
            blocks + count_shift,
            last_end if blocks == count else end + shift,
            listing,
            signing,
            speaking,
        )
        for line, pos, blocks, end, listing, signing, speaking in old_rest[1:]
    )


class _Looks(NamedTuple):
    """What a line's reading needs of lines far from it, by line number: whether it stands in
    an address block (``stacked``, of the lines read) and whether it repeats a line above it, as
    a PDF's running header does (``echoed``, of every line)."""

    stacked: list[bool]
    echoed: list[bool]

    @classmethod
    def of(cls, lines: list[str]) -> _Looks:
        return cls(layout.stacked(lines), layout.echoes(lines))


def _read(
    text: str,
    lines: list[str],
    checkpoint: _Checkpoint,
    stop: int,
    looks: _Looks,
    result: list[Block],
    laid_out: set[int],
    checkpoints: list[_Checkpoint] | None,
) -> _Checkpoint:
    """Read ``lines`` from ``checkpoint`` up to line ``stop`` (the end, or just past a blank
    line), adding to ``result`` the blocks, to ``laid_out`` the headings read from layout alone
    and to ``checkpoints`` (unless None) one per blank line; the checkpoint reached."""
    # ``signing``: under a sign-off, the lines of the signature follow; ``speaking``: under a
    # speaker's name, the lines of their role may follow; ``listing``: under running text that
    # leads in with a colon ("...may have been disclosed:"), the short lines that follow
    # without a marker ("Full name" / "Date of birth") are its items, not headings, until a
    # paragraph that finishes a sentence or a block of another kind
    first, pos, _count, _last_end, listing, signing, speaking = checkpoint
    para_start = para_end = -1

    def close_paragraph() -> None:
        nonlocal para_start, para_end, listing
        if para_start >= 0:
            paragraph = text[para_start:para_end]
            result.append(Block(PARAGRAPH, para_start, para_end, paragraph))
            listing = paragraph.endswith(":") or (
                listing
                and not layout.ends_sentence(paragraph)
                and layout.at_most_words(paragraph, layout.MAX_HEADING_WORDS)
            )
        para_start = para_end = -1

    def add(kind: str, start: int, end: int, level: int = 0) -> None:
        nonlocal listing
        close_paragraph()
        listing = False
        result.append(Block(kind, start, end, text[start:end], level))

    previous = ""  # the line above, "" after a blank line
    signed = False  # the line above is a bullet's sign alone, as a PDF's text sets it
    for number in range(first, stop):
        line = lines[number]
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip()
        above, previous = previous, body if stripped else ""
        under_sign, signed = signed, len(stripped) == 1 and stripped in _SIGNS_ALONE
        if signed:
            # "•" on a line of its own, its item's words on the line below: the sign starts
            # the item there
            close_paragraph()
            continue
        if not stripped:
            close_paragraph()
            if checkpoints is None:
                continue
            last_end = result[-1].end if result else -1
            checkpoints.append((number + 1, pos, len(result), last_end, listing, signing, speaking))
            continue
        # each pattern is tried only on a line that starts as it must: most lines do not
        heading = _ATX_HEADING.match(body) if body[:1] == "#" else None
        bold = _BOLD_LINE.match(stripped) if "**" in body else None
        bullet = _BULLET.match(body)
        lead = len(body) - len(body.lstrip())
        # under running text that ends with a colon, right below it or past its items
        led = listing or (para_start >= 0 and above.rstrip().endswith(":"))
        end = line_start + len(body.rstrip())
        # a heading, a salutation or a sign-off stands on its own: after a blank line, a
        # heading, or a line that ends a sentence, never inside a sentence wrapped over lines
        on_its_own = (
            para_start < 0 or layout.ends_sentence(above) or layout.ends_in_an_address(above)
        )
        if (heading and not heading.group(2)) or (bullet and not body[bullet.end() :].strip()):
            # A bare marker ("## " or "- " as typed, before its words) holds no heading or item
            # yet: like a blank line it ends the paragraph, and no block has an empty span.
            close_paragraph()
            continue
        if bold and not bold.group(1).strip():
            bold = None  # "**  **" makes nothing bold, so it is no heading
        if signing and not (heading or bold or bullet) and layout.is_signature_line(body):
            last = result[-1]
            if last.kind == COURTESY and para_start < 0 and above:
                result.pop()  # the signature goes on the sign-off's lines
                add(COURTESY, last.start, end)
            else:
                add(COURTESY, line_start + lead, end)
            continue
        signing = False
        if speaking and not (heading or bold or bullet) and layout.is_role_line(stripped):
            last = result[-1]
            if last.kind == COURTESY and para_start < 0 and above:
                result.pop()  # the role goes on the name's lines
                add(COURTESY, last.start, end)
            else:
                add(COURTESY, line_start + lead, end)
            continue
        speaking = False
        if heading:
            start = line_start + heading.start(2)
            add(HEADING, start, start + len(heading.group(2)), len(heading.group(1)))
        elif bold:
            start = line_start + body.index("**") + 2
            add(HEADING, start, start + len(bold.group(1)), 3)
        elif (
            bullet
            and _NUMBERED.match(body)
            and on_its_own
            and layout.reads_as_heading(body, _line_below(lines, number), numbered=True)
        ):
            add(HEADING, line_start + lead, end, 2)  # "1. What happened?" heads its answer
        elif (
            bullet
            and on_its_own
            and layout.is_bulleted_question(
                body[bullet.end() :],
                *_answer_lines(lines, number),
                above,
            )
        ):
            add(HEADING, line_start + lead, end, 2)  # "• What happened?" over its answer
        elif bullet:
            add(BULLET, line_start + bullet.end(), end)
        elif under_sign:
            add(BULLET, line_start + lead, end)
        elif (
            result
            and result[-1].kind == BULLET
            and para_start < 0
            and (
                body[:1] in " \t"
                or above
                and (
                    layout.goes_on(above, stripped)
                    or layout.wraps_item_onto(
                        _item_lines(text, result[-1]), stripped, _line_below(lines, number)
                    )
                )
            )
        ):
            # an indented continuation line belongs to the bullet above it, and so does the
            # line a hard-wrapped bullet's sentence goes on in, as a PDF or an e-mail breaks it,
            # before a word in lower case or one that would not have fit on the line above
            add(BULLET, result.pop().start, end)
        elif on_its_own and layout.is_salutation(stripped):
            add(COURTESY, line_start + lead, end)
        elif on_its_own and layout.is_sign_off(stripped):
            add(COURTESY, line_start + lead, end)
            signing = True
        elif (
            on_its_own
            and not looks.stacked[number]
            and not led
            and layout.is_speaker(lines, number)
        ):
            # a speaker's name beside their words or role, as a press statement sets it; under
            # a lead-in ("please contact:") a name and a role are the person to ask, its items
            add(COURTESY, line_start + lead, end)
            speaking = True
        elif (
            on_its_own
            and not looks.stacked[number]
            and not looks.echoed[number]
            and not (led and not layout.names_a_section(stripped))
            and _may_read_as_heading(stripped)
            and layout.reads_as_heading(
                body,
                _line_below(lines, number),
                past_gap=_past_gap(lines, number),
                above=above,
                third_line=_line_below(lines, number + 1),
            )
        ):
            # the letter's first line is its title (level 1), unless it names a section
            title = not result and not layout.heads_a_section(stripped)
            add(HEADING, line_start + lead, end, 1 if title else 2)
            laid_out.add(len(result) - 1)
        elif (
            (para_start >= 0 or _line_below(lines, number) is not None)
            and (looks.echoed[number] or layout.is_row(body) or layout.is_dateline(stripped))
            and not (
                para_start >= 0
                and (
                    layout.ends_open(above)
                    or layout.wraps_onto(above, body, _line_below(lines, number))
                )
            )
        ):
            # a row of a timeline or table, the letter's dateline or a line it repeats (a
            # PDF's running header or footer, ``layout.echoes``) stands alone; a line
            # alone between blank lines (as most paragraphs are) is a paragraph of its own
            # either way, so it is not tried. A date that goes on a sentence wrapped over lines
            # ("...was hacked on" / "September 26, 2017. The attack...", as letters pasted
            # from PDFs wrap) is no row: a line ending mid-phrase goes on into it, and so does
            # a line a hard wrap put the date under ("...in a letter dated" / "March 20, 2020")
            add(PARAGRAPH, line_start + lead, end)
        else:
            if para_start < 0:
                para_start = line_start + lead
            para_end = end
    close_paragraph()
    last_end = result[-1].end if result else -1
    return (stop, pos, len(result), last_end, listing, signing, speaking)


# A reply's blank line as a mail program quotes it: ">" alone, or one per level (">>", "> >"),
# as RFC 3676 4.5 quotes a line (Outlook's "Prefix each line" as well); and a line of
# underscores, Outlook's rule over a reply's header, a thematic break in Markdown (CommonMark
# 0.31.2, 4.1), which no setext heading underlines (4.3: "=" and "-" only).
_QUOTED_BLANK = re.compile(r"[ \t]*(?:>[> \t]*|_[_ \t]*_[_ \t]*_[ \t]*)")


def layout_lines(text: str) -> list[str]:
    """``text``'s lines with their line breaks, as its layout is read: a quoted reply's blank
    line (">") and a rule of underscores as spaces, a blank line to every reading of them, each
    line keeping its length so that every offset holds."""
    lines = text.splitlines(keepends=True)
    if ">" not in text and "___" not in text:
        return lines
    return [_unquoted_blank(line) for line in lines]


def _unquoted_blank(line: str) -> str:
    body = line.rstrip(_LINE_BREAK_CHARACTERS)
    if body[:1] not in " \t>_" or not _QUOTED_BLANK.fullmatch(body):
        return line
    return " " * len(body) + line[len(body) :]


def _unsigned_signature(text: str, result: list[Block], laid_out: set[int]) -> tuple[Block, ...]:
    """A letter that ends on a name and a role without a sign-off ("Jane Doe" / "Chief
    Executive") after its last sentence: the lines look like headings but head nothing, so two
    or more such lines in a row at the very end are its signature (``COURTESY``)."""
    first = len(result)
    while first > 0 and first - 1 in laid_out and layout.is_signature_line(result[first - 1].text):
        gap = text[result[first - 1].end : result[first].start] if first < len(result) else ""
        if gap and not _LINE_BREAK.fullmatch(gap):
            break  # a blank line between them: not one block of lines
        first -= 1
    if len(result) - first < 2 or first == 0 or result[first - 1].kind != PARAGRAPH:
        return tuple(result)
    start, end = result[first].start, result[-1].end
    return (*result[:first], Block(COURTESY, start, end, text[start:end]))


def _may_read_as_heading(stripped: str) -> bool:
    """Whether a line has few enough words to be asked ``reads_as_heading``, which takes a
    lead ("1.", "Q:", "Subject:") off the line and a title's trailing date ("- March 3, 2020")
    and then allows MAX_QUESTION_WORDS to a question, MAX_HEADING_WORDS to any other line. The
    lead holds at most one of the line's words and the date three, only on a line ending as a
    date does (a space and a year, perhaps a full stop). A longer line, as a paragraph's first
    line is, is not asked: the heading test tries a trailing date at each of its spaces, which
    cost as much as the rest of its layout reading. Words are counted only in a line with as
    many spaces (a line with fewer is asked, as before), and no further than one past the
    limit, as the heading test counts them."""
    question = stripped.endswith("?")
    limit = (layout.MAX_QUESTION_WORDS if question else layout.MAX_HEADING_WORDS) + 1
    if layout.ends_in_a_year(stripped):
        limit += 3
    return stripped.count(" ") < limit or layout.at_most_words(stripped, limit)


def _item_lines(text: str, item: Block) -> str:
    """A list item's lines from its line's start, its marker included, so that its first line
    shows the width it was wrapped at."""
    return text[text.rfind("\n", 0, item.start) + 1 : item.end]


def _line_below(lines: list[str], number: int) -> str | None:
    """The line under line ``number`` without its line break, or None when it is blank or
    there is none: asked only of a line that may be a heading, not of every line."""
    below = lines[number + 1].rstrip("\r\n") if number + 1 < len(lines) else ""
    return below if below.strip() else None


def _answer_lines(lines: list[str], number: int) -> tuple[str | None, str | None]:
    """Where the answer to a bulleted question on line ``number`` is read (``_line_below`` and
    ``_past_gap``), from under a list's marker alone ("-") when one follows, as a web page's
    folded answers are copied under their questions."""
    below = lines[number + 1].strip() if number + 1 < len(lines) else ""
    if len(below) == 1 and below in layout.LIST_SIGNS:
        number += 1
    return _line_below(lines, number), _past_gap(lines, number)


def _past_gap(lines: list[str], number: int) -> str | None:
    """The first line past the blank lines under line ``number`` (what a label heads across a
    gap), or None when the line right below is not blank: then that line is the one read, so
    the lines further down are not searched for."""
    if number + 1 < len(lines) and lines[number + 1].strip():
        return None
    return layout.nearest_line(lines, number, 1)


# A line's end as str.splitlines, which ``blocks`` reads lines by, finds it: a PDF's form feed
# between pages and a web page's line separator (U+2028) end a line too.
_LINE_BREAK_CHARACTERS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(rf"\r\n|[{_LINE_BREAK_CHARACTERS}]")


def block_pieces(text: str) -> tuple[str, ...]:
    """The letter cut between its blocks, each piece holding the blank lines before its block.

    Joined, the pieces give back ``text`` byte for byte, so a merge that takes a piece unchanged
    keeps its exact characters. Blank lines go with the block after them: appending a paragraph
    then leaves the one above it as it was.
    """
    cuts = []
    for block in blocks(text)[:-1]:
        line_break = _LINE_BREAK.search(text, block.end)
        cuts.append(line_break.end() if line_break else len(text))
    pieces, start = [], 0
    for cut in [*cuts, len(text)]:
        if cut > start:
            pieces.append(text[start:cut])
            start = cut
    return tuple(pieces)


_CLOSERS = ".!?…\"'”’)]"  # what may follow a sentence's last word


def _last_token(chunk: str) -> str:
    tail = chunk.rstrip(_CLOSERS).rsplit(None, 1)
    return tail[-1].lstrip("(\"'“‘").lower() if tail else ""


def sentence_tail(text: str, start: int, end: int) -> str:
    """The end of ``text[start:end]`` that holds its last word whole, which is all that tells
    an abbreviation (``ends_with_abbreviation``): a sentence's every full stop was judged by
    the whole sentence so far, copied, so a pasted run of "A. A. A. ..." with no sentence end
    took seconds (a 1 MB import, minutes). The tail is widened until white space stands before
    that word, so it is read as the whole text would be."""
    width = 64
    while end - width > start:
        tail = text[end - width : end]
        if len(tail.rstrip(_CLOSERS).rsplit(None, 1)) == 2:
            return tail
        width *= 4
    return text[start:end]


def ends_with_abbreviation(chunk: str) -> bool:
    """Whether ``chunk`` ends in an abbreviation whose full stop does not end a sentence: a
    listed one, an initial ("J. Smith") or letters joined by full stops ("our I.T. Department",
    "Acme, P.C. represents", "the N.H.S. Trust"), which a name or a noun mostly follows."""
    token = _last_token(chunk)
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _is_initialism(token)


_INITIALISM = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")


def _is_initialism(token: str) -> bool:
    return "." in token and _INITIALISM.fullmatch(token) is not None


def _clock_ends(chunk: str, text: str, after: int) -> bool:
    """Whether a clock abbreviation ends ``chunk`` and the capitalised word at ``after`` in
    ``text`` starts a new sentence rather than naming the time zone or the day."""
    if _last_token(chunk) not in CLOCK_ABBREVIATIONS:
        return False
    word = _WORD.match(text, after)
    if not word or not word.group()[0].isupper():
        return False
    zone_code = len(word.group()) > 1 and word.group().isupper()
    return not zone_code and word.group().casefold() not in CLOCK_FOLLOWERS


def _is_ordinal_day(chunk: str, text: str, after: int) -> bool:
    """German writes a day as an ordinal number with a full stop: "am 3. März" goes on (the
    word at ``after`` in ``text``)."""
    if not chunk[-2:-1].isdecimal():  # no digit before the full stop, as in most sentences
        return False
    month = _WORD.match(text, after)
    if not (month and month.group().casefold() in GERMAN_MONTHS):
        return False
    return bool(re.search(r"(?<!\d)[0-3]?\d\.$", chunk))


def _after_footnote(text: str, start: int, footnote: int, first: str) -> bool:
    """Whether a footnote's mark at ``footnote`` ends the sentence begun at ``start``: a
    capitalised word (or a quotation) follows it, and the full stop before it ends a word, not
    a code ("8422770v.1", a document's number), an abbreviation ("Appendix A.1", "our I.T.2
    Team") nor a number's sign ("No.1")."""
    if not (first.isupper() or first in "\"'“‘"):
        return False
    chunk = sentence_tail(text, start, footnote)
    token = _last_token(chunk)
    return (
        _WORD.fullmatch(token) is not None
        and not any(c.isdigit() for c in token)
        and not ends_with_abbreviation(chunk)
        and token not in NUMBER_ABBREVIATIONS
    )


@caches.of_text(4096)
def split_sentences(text: str, offset: int = 0, block: int = 0) -> tuple[Sentence, ...]:
    """Sentences of one block. A block always holds at least one sentence if it has words.
    Cached: the readability, the guidance scan and the skim preview all split each block."""
    sentences: list[Sentence] = []
    start = 0
    for end_match in _SENTENCE_END.finditer(text):
        end = end_match.end()
        after = _SPACES.match(text, end).end()  # the rest of the text is not copied per end
        first = text[after : after + 1]
        footnote = end_match.start("mark")
        if footnote >= 0 and not _after_footnote(text, start, footnote, first):
            continue
        if first and not (
            first.isupper() or first.isdigit() or first in _SENTENCE_OPENERS or _caseless(first)
        ):
            continue
        mark, at = end_match.group(), end_match.start()
        if mark[0] == ".":  # "!", "?" and "…" always end a sentence
            chunk = sentence_tail(text, start, end)
            # "(9 a.m. to 5 p.m.)." ends a sentence: a full stop after a closing bracket or
            # quote is never an abbreviation's own dot.
            if (
                text[at - 1 : at] not in ")]\"'”’"
                and ends_with_abbreviation(chunk)
                and not _clock_ends(chunk, text, after)
            ):
                continue
            if mark == "." and (
                first.isdigit()
                and _last_token(chunk).rsplit("-", 1)[-1] in NUMBER_ABBREVIATIONS
                or _is_ordinal_day(chunk, text, after)
            ):
                continue
        _append(sentences, text, start, end, offset, block)
        start = end
    _append(sentences, text, start, len(text), offset, block)
    return tuple(sentences)


def _caseless(character: str) -> bool:
    """Whether ``character`` is a letter of a script without capitals (Arabic, Chinese, Hebrew,
    Korean...), where a sentence starts with no capital to tell it."""
    return character.isalpha() and not character.islower() and not character.isupper()


def _append(out: list[Sentence], text: str, start: int, end: int, offset: int, block: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    if body and _WORD.search(body):
        s = offset + start + lead
        out.append(Sentence(s, s + len(body), body, block))


@caches.of_text(256)
def sentences(text: str) -> tuple[Sentence, ...]:
    """Every sentence of the letter; headings and bullet items are sentences of their own."""
    result: list[Sentence] = []
    for index, b in enumerate(blocks(text)):
        result.extend(split_sentences(b.text, b.start, index))
    return tuple(result)


def words(text: str, offset: int = 0) -> list[Word]:
    """Words with their offsets; inline Markdown (``**``, ``_``) is never part of a word."""
    return [Word(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def word_texts(text: str) -> list[str]:
    """The words of ``text`` as ``words`` finds them, without offsets: for counting."""
    return _WORD.findall(text)


def word_parts(text: str) -> list[str]:
    """``text`` cut at the edges of its words as ``words`` finds them: what lies before the
    first word, the word, what lies between it and the next, and so on to what follows the
    last. For the hot loop of readability: the words are every second part, and the parts'
    lengths place them without a second pass of the pattern."""
    return (_ASCII_WORD_PARTS if text.isascii() else _WORD_PARTS).split(text)


def strip_inline_markup(text: str) -> str:
    """Text without bold/italic/code markers or escapes, as the reader sees it."""
    return inline_markup.plain(text)


def plain_excerpt(text: str, length: int = 80) -> str:
    """``wording.excerpt`` of a letter's words as their reader sees them: how a paragraph or a
    comment is quoted in a menu or a label, without the ** and _ marks."""
    return excerpt(strip_inline_markup(text), length)


def block_at(text: str, position: int) -> int | None:
    """Index of the block containing character ``position``, if any."""
    for index, b in enumerate(blocks(text)):
        if b.start <= position <= b.end:
            return index
    return None
