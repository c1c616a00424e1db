"""Review comments, each anchored to one paragraph of one version, open until resolved.

A comment keeps the text of the paragraph it was written on, so it can be found again in later
versions: the same paragraph if it is still there, else the most similar one, else it is shown
as belonging to a paragraph that was removed. Resolving and reopening are in the audit log, and
only the commenter or a legal reviewer or admin does them (clearnotice.permissions): an editor
cannot close the reviewer's objection to their own text.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from sqlalchemy import select

from clearnotice import audit
from clearnotice.letters import Version
from clearnotice.permissions import Action, require
from clearnotice.schema import OPEN, Comment
from clearnotice.text import blocks

if TYPE_CHECKING:
    from clearnotice.letters import Store

RESOLVED = "resolved"
MAX_COMMENT = 5000
# How alike an edited paragraph must be to still carry the comment (difflib ratio, 0..1):
# below this the paragraph was rewritten, and pinning the comment to it would mislead.
SIMILAR_ENOUGH = 0.6


def add_comment(
    store: Store, letter_id: int, version_id: int, block: int, body: str, *, actor: str
) -> Comment:
    """A new open comment on paragraph ``block`` of ``version_id``."""
    body = (body or "").strip()
    if not body:
        raise ValueError("Write the comment first.")
    if len(body) > MAX_COMMENT:
        raise ValueError(f"A comment can have at most {MAX_COMMENT} characters.")
    with store.session() as s, s.begin():
        require(s, actor, Action.COMMENT)
        version = s.get(Version, version_id)
        if version is None or version.letter_id != letter_id:
            raise ValueError(f"Version {version_id} is not a version of letter {letter_id}.")
        paragraphs = blocks(version.text)
        if not 0 <= block < len(paragraphs):
            raise ValueError(f"Version {version.number} has no paragraph {block + 1}.")
        comment = Comment(
            letter_id=letter_id,
            language=version.language,
            version_id=version_id,
            block=block,
            anchor=paragraphs[block].text,
            body=body,
            author=actor[:200],
            created_at=audit.now(),
            status=OPEN,
        )
        s.add(comment)
        s.flush()
        audit.record(
            s,
            actor,
            "comment",
            letter_id,
            f"#{comment.id} on {version.language} v{version.number} paragraph {block + 1}: {body}",
        )
    return comment


def resolve(store: Store, comment_id: int, *, actor: str) -> Comment:
    return _set_status(store, comment_id, RESOLVED, actor)


def reopen(store: Store, comment_id: int, *, actor: str) -> Comment:
    return _set_status(store, comment_id, OPEN, actor)


def comments(
    store: Store, letter_id: int, *, language: str | None = None, status: str | None = None
) -> list[Comment]:
    """The letter's comments, oldest first, optionally of one language or status."""
    query = select(Comment).where(Comment.letter_id == letter_id)
    if language is not None:
        query = query.where(Comment.language == language)
    if status is not None:
        query = query.where(Comment.status == status)
    with store.session() as s:
        return list(s.scalars(query.order_by(Comment.created_at, Comment.id)))


def open_comments(store: Store, letter_id: int, language: str | None = None) -> list[Comment]:
    return comments(store, letter_id, language=language, status=OPEN)


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


def _set_status(store: Store, comment_id: int, status: str, actor: str) -> Comment:
    with store.session() as s, s.begin():
        comment = s.get(Comment, comment_id)
        if comment is None:
            raise KeyError(f"no comment {comment_id}")
        require(s, actor, Action.RESOLVE_COMMENT, owner=comment.author)
        if comment.status == status:
            return comment
        comment.status = status
        comment.resolved_by = actor[:200] if status == RESOLVED else ""
        comment.resolved_at = audit.now() if status == RESOLVED else None
        verb = "resolved" if status == RESOLVED else "reopened"
        audit.record(s, actor, "comment", comment.letter_id, f"#{comment.id} {verb}")
    return comment
