"""Review comments: threads anchored to words of one version, open until resolved.

A comment is about a paragraph of the version it was written on, or about words in it (the
quote and its offsets). It keeps the paragraph's text and the quote so it can be found again in
later versions: the quoted words through the edits made since (clearnotice.diffing), or the
same words moved elsewhere; a whole-paragraph comment finds the same paragraph, else the most
similar one. When the words are gone the thread says so instead of pointing at other words.
Replies name the comment that opened the thread; a thread is resolved and reopened as one.
A comment or reply that repeats its author's last one within seconds is a double click, taken once.
Resolving and reopening are in the audit log, and only the commenter or a legal reviewer or
admin does them (clearnotice.permissions): an editor cannot close the reviewer's objection to
their own text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearnotice import audit, double_clicks
from clearnotice.diffing import DELETE, INSERT, Change, span_after, word_diff
from clearnotice.letters import Version, belongs, writable
from clearnotice.permissions import Action, logs_refusal, require
from clearnotice.schema import OPEN, Comment
from clearnotice.text import block_at, blocks

if TYPE_CHECKING:
    from clearnotice.letters import Store

RESOLVED = "resolved"
MAX_COMMENT = 5000
# The words a comment is about: a few words or a sentence. Past this a comment is about the
# paragraph (the comment column shows the quote in full above every reply).
MAX_QUOTE = 500
CONTEXT_WORDS = 4  # words either side of a quote where a reviewer chooses among its places
# How alike an edited paragraph must be to still carry the comment (difflib ratio, 0..1):
# below this the paragraph was rewritten, and pinning the comment to it would mislead.
SIMILAR_ENOUGH = 0.6
REMOVED = "The text this comment was about was removed."
# Markdown's emphasis marks, drawn as bold, italic, struck or code and never as characters:
# * and _ (CommonMark spec, "Emphasis and strong emphasis"), ` ("Code spans"), ~ (GitHub
# Flavored Markdown spec, "Strikethrough (extension)").
EMPHASIS = frozenset("*_~`")


@dataclass(frozen=True)
class Place:
    """Where a thread's words are in a text now. ``block`` is None when they were removed;
    ``words`` is what the text says there now, ``edited`` whether that differs from the words
    the comment was written on."""

    block: int | None
    start: int = 0
    end: int = 0
    words: str = ""
    edited: bool = False

    @property
    def removed(self) -> bool:
        return self.block is None


@dataclass(frozen=True)
class Thread:
    """A comment, its replies oldest first, and where its words are in the text shown."""

    comment: Comment
    replies: tuple[Comment, ...]
    place: Place


@logs_refusal("comment")
def add_comment(
    store: Store,
    letter_id: int,
    version_id: int,
    block: int,
    body: str,
    *,
    actor: str,
    quote: str = "",
    occurrence: int | None = None,
) -> Comment:
    """A new open comment on paragraph ``block`` of ``version_id``, about the words ``quote``
    in it when given, else about the whole paragraph. Words found more than once in the
    paragraph need ``occurrence`` (0 for the first, as ``quote_places`` lists them): anchored
    on the first, a comment on the second "must" pointed at the wrong one, and kept doing so
    through every later version. The same comment again within the repeat window
    (``double_clicks``) is one double-clicked "Add comment": the first is returned and nothing
    is added, so the page reruns quietly."""
    body = _body(body)
    quote = _quote(quote)
    with store.session() as s, s.begin():
        require(s, actor, Action.COMMENT, letter_id=letter_id)
        version = s.get(Version, version_id)
        if not belongs(version, letter_id):
            raise ValueError(f"Version {version_id} is not a version of letter {letter_id}.")
        writable(s, letter_id)
        paragraphs = blocks(version.text)
        if not 0 <= block < len(paragraphs):
            raise ValueError(f"Version {version.number} has no paragraph {block + 1}.")
        paragraph = paragraphs[block]
        found = _chosen(paragraph.text, quote, occurrence, block) if quote else None
        if found is not None:
            at, quote = found[0], paragraph.text[found[0] : found[1]]
        where = {
            "letter_id": letter_id,
            "language": version.language,
            "version_id": version_id,
            "block": block,
            "anchor": paragraph.text,
            "quote_start": paragraph.start + at if quote else None,
            "quote_end": paragraph.start + at + len(quote) if quote else None,
            "quote": quote,
            "parent_id": None,
        }
        repeated = _same_click(s, actor, body, where)
        if repeated is not None:
            return repeated
        comment = _written(s, actor, body, **where)
        about = f"“{quote}” in " if quote else ""
        audit.record(
            s,
            actor,
            "comment",
            letter_id,
            f"#{comment.id} on {about}{version.language} v{version.number} paragraph "
            f"{block + 1}: {body}",
        )
    return comment


def _letter_of(arguments: dict[str, Any]) -> int | None:
    """The letter of the act's ``comment_id`` (for its refusal's audit line), None if none."""
    store: Store = arguments["store"]
    with store.session() as s:
        comment = s.get(Comment, arguments["comment_id"])
        return comment.letter_id if comment is not None else None


@logs_refusal("reply to a comment", _letter_of)
def reply(store: Store, comment_id: int, body: str, *, actor: str) -> Comment:
    """A reply in the thread of ``comment_id`` (a reply to a reply joins the same thread); the
    same reply again within the repeat window is returned, not added (see add_comment)."""
    body = _body(body)
    with store.session() as s, s.begin():
        first = _thread_start(s, comment_id)
        require(s, actor, Action.COMMENT, letter_id=first.letter_id)
        writable(s, first.letter_id)
        where = {
            "letter_id": first.letter_id,
            "language": first.language,
            "version_id": first.version_id,
            "block": first.block,
            "anchor": first.anchor,
            "quote": "",
            "parent_id": first.id,
        }
        repeated = _same_click(s, actor, body, where)
        if repeated is not None:
            return repeated
        answer = _written(s, actor, body, **where)
        audit.record(
            s, actor, "comment", first.letter_id, f"#{answer.id} replies to #{first.id}: {body}"
        )
    return answer


@logs_refusal("resolve or reopen a comment", _letter_of)
def resolve(store: Store, comment_id: int, *, actor: str) -> Comment:
    return _set_status(store, comment_id, RESOLVED, actor)


@logs_refusal("resolve or reopen a comment", _letter_of)
def reopen(store: Store, comment_id: int, *, actor: str) -> Comment:
    return _set_status(store, comment_id, OPEN, actor)


def comments(
    store: Store, letter_id: int, *, language: str | None = None, status: str | None = None
) -> list[Comment]:
    """The comments that open the letter's threads (replies are in ``threads``), oldest first,
    optionally of one language or status."""
    with store.session() as s:
        return _thread_starts(s, letter_id, language, status)


def threads(
    store: Store, letter_id: int, language: str, text: str, *, status: str | None = OPEN
) -> list[Thread]:
    """The threads on ``language`` (open ones by default), each with its replies and where its
    words are in ``text`` (the text on screen), in the order they appear there; the threads
    whose words were removed last."""
    with store.session() as s:
        starts = _thread_starts(s, letter_id, language, status)
        replies = list(
            s.scalars(
                select(Comment)
                .where(Comment.parent_id.in_([c.id for c in starts]))
                .order_by(Comment.created_at, Comment.id)
            )
        )
        written_on = {
            v.id: v.text
            for v in s.scalars(
                select(Version).where(Version.id.in_({c.version_id for c in starts}))
            )
        }
    diffs: dict[int, tuple[Change, ...]] = {}
    found = []
    for comment in starts:
        if comment.version_id not in diffs:
            diffs[comment.version_id] = word_diff(written_on[comment.version_id], text)
        found.append(
            Thread(
                comment,
                tuple(r for r in replies if r.parent_id == comment.id),
                place(comment, diffs[comment.version_id], text),
            )
        )
    return sorted(found, key=lambda t: (t.place.removed, t.place.start))


def open_counts(store: Store) -> dict[int, int]:
    """How many open threads each letter has (letters without any are left out)."""
    with store.session() as s:
        rows = s.execute(
            select(Comment.letter_id, func.count())
            .where(Comment.status == OPEN, Comment.parent_id.is_(None))
            .group_by(Comment.letter_id)
        )
        return {letter_id: count for letter_id, count in rows}


def open_counts_by_language(store: Store) -> dict[tuple[int, str], int]:
    """How many open threads each letter's language has, by (letter id, language): in one
    query, for a queue of every letter."""
    with store.session() as s:
        rows = s.execute(
            select(Comment.letter_id, Comment.language, func.count())
            .where(Comment.status == OPEN, Comment.parent_id.is_(None))
            .group_by(Comment.letter_id, Comment.language)
        )
        return {(letter_id, language): count for letter_id, language, count in rows}


def open_comments(store: Store, letter_id: int, language: str | None = None) -> list[Comment]:
    return comments(store, letter_id, language=language, status=OPEN)


def open_in(s: Session, letter_id: int, language: str) -> list[Comment]:
    """``open_comments`` read in the open session ``s``, for a check made inside the
    transaction that acts on them (an approval)."""
    return _thread_starts(s, letter_id, language, OPEN)


def locate(comment: Comment, text: str) -> int | None:
    """The paragraph of ``text`` the comment is about now, or None if it was removed.

    The same paragraph text wins (nearest to where it was); otherwise the most similar
    paragraph, if it is similar enough.
    """
    paragraphs = blocks(text)
    same = [i for i, b in enumerate(paragraphs) if b.text == comment.anchor]
    if same:
        return min(same, key=lambda i: abs(i - comment.block))
    best, best_ratio = None, SIMILAR_ENOUGH
    for i, paragraph in enumerate(paragraphs):
        ratio = SequenceMatcher(None, comment.anchor, paragraph.text, autojunk=False).ratio()
        if ratio >= best_ratio:
            best, best_ratio = i, ratio
    return best


def place(comment: Comment, changes: tuple[Change, ...], text: str) -> Place:
    """Where ``comment``'s words are in ``text``; ``changes`` is the word diff from the text
    of the version it was written on to ``text``. Quoted words are followed through those
    edits; words the edits removed are looked for elsewhere (a paragraph moved), nearest to
    where they were. A comment on a whole paragraph finds it with ``locate``."""
    if not comment.quote:
        block = locate(comment, text)
        if block is None:
            return Place(None)
        paragraph = blocks(text)[block]
        edited = paragraph.text != comment.anchor
        return Place(block, paragraph.start, paragraph.end, paragraph.text, edited)
    span = span_after(changes, comment.quote_start, comment.quote_end)
    if span is None:
        span = _moved(comment, changes)
        if span is None:
            return Place(None)
    start, end = span
    words = text[start:end]
    return Place(block_at(text, start), start, end, words, words != comment.quote)


def _moved(comment: Comment, changes: tuple[Change, ...]) -> tuple[int, int] | None:
    """The quote found word for word in text the edits inserted (its paragraph moved there),
    nearest to where it was. Only there: the same words standing in the letter already are
    another paragraph's (a deleted offer of "12 months" is not the enrolment's "12 months")."""
    found = []
    new_at = 0
    for change in changes:
        if change.op == INSERT:
            at = change.text.find(comment.quote)
            while at >= 0:
                found.append(new_at + at)
                at = change.text.find(comment.quote, at + 1)
        if change.op != DELETE:
            new_at += len(change.text)
    if not found:
        return None
    start = min(found, key=lambda i: abs(i - comment.quote_start))
    return start, start + len(comment.quote)


def quote_places(paragraph: str, quote: str) -> list[str]:
    """Each place ``quote`` is in ``paragraph``, in order, as a few words either side of it (the
    words themselves between » and «): what a reviewer chooses from when the words are there
    more than once. No words (an empty box) are in no place: an empty string is found at every
    character."""
    quote = _quote(quote)
    if not quote:
        return []
    places = []
    for start, end in _find_all(paragraph, quote):
        before, after = paragraph[:start].split(), paragraph[end:].split()
        shown = [
            "…" * (len(before) > CONTEXT_WORDS),
            " ".join(before[-CONTEXT_WORDS:]),
            f"»{' '.join(paragraph[start:end].split())}«",
            " ".join(after[:CONTEXT_WORDS]),
            "…" * (len(after) > CONTEXT_WORDS),
        ]
        places.append(" ".join(part for part in shown if part))
    return places


def _quote(quote: str) -> str:
    """The words a comment is about, trimmed; ValueError past MAX_QUOTE."""
    quote = (quote or "").strip()
    if len(quote) > MAX_QUOTE:
        raise ValueError(
            f"The words a comment is about can be at most {MAX_QUOTE} characters "
            f"(these are {len(quote):,}): quote a few of them, or leave them out to comment "
            "on the whole paragraph."
        )
    return quote


def _chosen(paragraph: str, quote: str, occurrence: int | None, block: int) -> tuple[int, int]:
    """Where in ``paragraph`` the reviewer's ``quote`` is: its one place, or the
    ``occurrence`` they chose; ValueError saying what to do otherwise."""
    found = _find_all(paragraph, quote)
    if not found:
        raise ValueError(
            f"Paragraph {block + 1} does not contain “{quote[:80]}”: copy the words "
            "exactly as the letter has them, or leave them out to comment on the paragraph."
        )
    if occurrence is None and len(found) > 1:
        raise ValueError(
            f"“{quote[:80]}” appears {len(found)} times in paragraph {block + 1}: choose "
            "which one the comment is about."
        )
    if occurrence is not None and not 0 <= occurrence < len(found):
        raise ValueError(
            f"“{quote[:80]}” appears {len(found)} times in paragraph {block + 1}, not "
            f"{occurrence + 1}: choose again."
        )
    return found[occurrence or 0]


def _find_all(paragraph: str, quote: str) -> list[tuple[int, int]]:
    """Every place ``quote`` is in ``paragraph``, in order (``_find``'s reading)."""
    places = []
    at = 0
    while (found := _find(paragraph, quote, at)) is not None:
        places.append(found)
        at = found[0] + 1
    return places


def _find(paragraph: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``quote`` is in ``paragraph`` (its first occurrence from ``start``), read as the
    review shows it:
    its emphasis marks aside, as a quote copied from the drawn letter has no asterisks where
    the Markdown has "**must** call"; its accents composed or not, as a letter imported from a
    Mac's file may spell "é" as "e" and a combining accent (NFD) where the reviewer's quote has
    one character (NFC), or the other way round (Unicode counts both the same text: canonical
    equivalence, Unicode Standard Annex #15). From the first to the last character of the
    words, in ``paragraph``; None when they are not there."""
    found = []
    at = paragraph.find(quote, start)
    if at >= 0:
        found.append((at, at + len(quote)))
    shown, starts, ends = _as_shown(paragraph)
    wanted = _as_shown(quote)[0]
    begin = next((i for i, where in enumerate(starts) if where >= start), len(shown))
    at = shown.find(wanted, begin) if wanted else -1
    if at >= 0:
        found.append((starts[at], ends[at + len(wanted) - 1]))
    return min(found, default=None)


def _as_shown(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` in NFC without its emphasis marks, each cluster (a base and the marks combining
    with it) composed on its own, with where in ``text`` each character's cluster starts and
    ends, so any span of it maps back."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    start = 0
    for end in range(1, len(text) + 1):
        if end < len(text) and unicodedata.combining(text[end]):
            continue
        piece = unicodedata.normalize("NFC", text[start:end])
        if piece not in EMPHASIS:
            out.append(piece)
            starts.extend([start] * len(piece))
            ends.extend([end] * len(piece))
        start = end
    return "".join(out), starts, ends


def _same_click(s: Session, actor: str, body: str, where: dict[str, object]) -> Comment | None:
    """``actor``'s last comment on the letter, if it is this very comment (``body`` on the
    words and thread ``where`` names) written within the repeat window (``double_clicks``): the
    second click of a double click, which Streamlit sends with the text still in the box. None
    otherwise."""
    last = s.scalars(
        select(Comment)
        .where(Comment.letter_id == where["letter_id"], Comment.author == actor[:200])
        .order_by(Comment.id.desc())
        .limit(1)
    ).first()
    if last is None or not double_clicks.just_made(last.created_at):
        return None
    same = last.body == body and all(getattr(last, k) == v for k, v in where.items())
    return last if same else None


def _written(s: Session, actor: str, body: str, **where: object) -> Comment:
    """A new open comment by ``actor``, ``where`` naming its letter, version and words."""
    comment = Comment(**where, body=body, author=actor[:200], created_at=audit.now(), status=OPEN)
    s.add(comment)
    s.flush()
    return comment


def _body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValueError("Write the comment first.")
    if len(body) > MAX_COMMENT:
        raise ValueError(f"A comment can have at most {MAX_COMMENT} characters.")
    return body


def _thread_start(s: Session, comment_id: int) -> Comment:
    """The comment that opened the thread ``comment_id`` belongs to."""
    comment = s.get(Comment, comment_id)
    if comment is None:
        raise KeyError(f"no comment {comment_id}")
    return comment if comment.parent_id is None else s.get(Comment, comment.parent_id)


def _thread_starts(
    s: Session, letter_id: int, language: str | None, status: str | None
) -> list[Comment]:
    query = select(Comment).where(Comment.letter_id == letter_id, Comment.parent_id.is_(None))
    if language is not None:
        query = query.where(Comment.language == language)
    if status is not None:
        query = query.where(Comment.status == status)
    return list(s.scalars(query.order_by(Comment.created_at, Comment.id)))


def _set_status(store: Store, comment_id: int, status: str, actor: str) -> Comment:
    with store.session() as s, s.begin():
        comment = _thread_start(s, comment_id)
        require(s, actor, Action.RESOLVE_COMMENT, owner=comment.author, letter_id=comment.letter_id)
        writable(s, comment.letter_id)
        if comment.status == status:
            return comment
        comment.status = status
        comment.resolved_by = actor[:200] if status == RESOLVED else ""
        comment.resolved_at = audit.now() if status == RESOLVED else None
        verb = "resolved" if status == RESOLVED else "reopened"
        audit.record(s, actor, "comment", comment.letter_id, f"#{comment.id} {verb}")
    return comment
