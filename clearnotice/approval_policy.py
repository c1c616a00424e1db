"""What an approval may override and what it may not: the policy approve() applies.

A translation QA error that changes a fact of the English (a number, amount, phone, date, code,
web or e-mail address, a sentence or segment missing or added, text left untranslated, a
negation added or dropped: translate.qa.CHANGES_FACTS) blocks the approval whatever reason is
given, because no reason makes a wrong phone number right for the customer who calls it. A
translation made from an older English, or from an English whose approval is of another text,
is refused: it would be approved against facts legal has not approved. Other open errors (a
glossary term, a missing required item, the guidance...) may be approved with a written reason,
and every open review comment must be resolved or carried over, one by one, with a reason each.

What was overridden is kept with the approval as its exceptions, so Export, mail merge and the
approval record can say "approved with exceptions" and list them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from clearnotice.auth import display_names
from clearnotice.comments import open_comments
from clearnotice.languages import language_name
from clearnotice.model import Finding
from clearnotice.translate.stale import staleness
from clearnotice.wording import excerpt, rule_label

if TYPE_CHECKING:
    from clearnotice.findings import LetterFindings
    from clearnotice.letters import Letter, Store, Version
    from clearnotice.schema import Approval, Comment

FINDING, COMMENT = "finding", "comment"
NEEDS_REASON = "Write why you approve despite the open errors; it is recorded."
MAX_REASON = 4000


class ApprovalRefused(ValueError):
    """The approval cannot be recorded; the message says why in words a reviewer understands,
    often quoting the words it is about. ``logged`` says why for the audit log, where a refused
    attempt is kept with who and what (clearnotice.permissions.keep_refusal): in words that
    hold no letter's, comment's or title's text, only versions, rule ids and comment numbers."""

    def __init__(self, message: str, *, logged: str):
        super().__init__(message)
        self.logged = logged


@dataclass(frozen=True)
class Override:
    """One exception an approval was given: an open finding approved with the reason, or an
    open review comment carried over with its own reason."""

    kind: str  # FINDING or COMMENT
    ref: str  # the finding's rule id, or the comment's id
    words: str  # the words it is about: the text matched, the item missing, the comment
    reason: str

    def describe(self) -> str:
        """One line for a message, a manifest cell or a list on a page."""
        what = f"comment #{self.ref}" if self.kind == COMMENT else rule_label(self.ref)
        return f"{what} “{excerpt(self.words)}”, because: {self.reason}"


def stored(overrides: Iterable[Override]) -> list[dict]:
    """The overrides as the approval's ``exceptions`` column keeps them."""
    return [asdict(o) for o in overrides]


def from_stored(rows: Iterable[dict]) -> tuple[Override, ...]:
    """Overrides read back from their stored form (the column, or the approval record's rows)."""
    return tuple(Override(**row) for row in rows)


def exceptions_of(approval: Approval | None) -> tuple[Override, ...]:
    """What ``approval`` overrode, read back from its ``exceptions`` column; () for None."""
    return from_stored(approval.exceptions or ()) if approval is not None else ()


def describe_all(overrides: Iterable[Override]) -> str:
    return "; ".join(o.describe() for o in overrides)


def not_accepted(name: str, overrides: tuple[Override, ...]) -> str:
    """Why a text approved with exceptions is not used until someone accepts them."""
    return (
        f"{name} was approved with exceptions ({describe_all(overrides)}); it is used only "
        "when these exceptions are accepted."
    )


@dataclass(frozen=True)
class Assessment:
    """What one version faces when it is approved: its findings, whether it translates the
    English that is to be approved, and the language's open review comments."""

    name: str  # "Spanish v3", for messages
    faced: LetterFindings
    outdated_source: str  # why the English it translates is the wrong one; "" when right
    comments: tuple[Comment, ...]
    authors: Mapping[str, str]  # each comment author's display name, for messages
    # The source language's newest version and newest approval (ids) as read before the
    # translation was weighed: approve() refuses when either changed before it acts.
    source_seen: tuple[int | None, int | None] = (None, None)

    @property
    def fact_changes(self) -> tuple[Finding, ...]:
        # imported here: mail merge reads the exceptions above and never runs translation QA,
        # whose import (with the review's checks) cost its process about 60 MB
        from clearnotice.translate.qa import changes_facts

        return tuple(f for f in self.faced.open_errors if changes_facts(f))

    def overrides(self, reason: str, carried: Mapping[int, str]) -> tuple[Override, ...]:
        """The exceptions an approval with ``reason`` and ``carried`` comments is given, or
        ApprovalRefused saying what must change first."""
        if self.outdated_source:
            raise ApprovalRefused(self.outdated_source, logged="made from an outdated source text")
        facts = self.fact_changes
        if facts:
            raise ApprovalRefused(
                f"{self.name} cannot be approved, whatever the reason: its translation changes "
                "what the English says. Correct the translation first: "
                + "; ".join(f"{f.message} ({f.rule_id})" for f in facts),
                logged="the translation changes facts: " + ", ".join(f.rule_id for f in facts),
            )
        found = self._finding_overrides(reason)
        return found + self._comment_overrides(carried)

    def _finding_overrides(self, reason: str) -> tuple[Override, ...]:
        missing = tuple(
            Override(FINDING, item.rule_id, f"missing: {item.label}", reason)
            for item in self.faced.missing_required
        )
        errors = tuple(
            Override(FINDING, f.rule_id, f.match or f.message, reason)
            for f in self.faced.open_errors
        )
        if (missing or errors) and not reason:
            raise ApprovalRefused(NEEDS_REASON, logged="open errors and no reason")
        return missing + errors

    def _comment_overrides(self, carried: Mapping[int, str]) -> tuple[Override, ...]:
        by_id = {c.id: c for c in self.comments}
        strays = sorted(set(carried) - set(by_id))
        if strays:
            raise ApprovalRefused(
                f"Comment #{strays[0]} is not an open review comment of {self.name}: only open "
                "comments are carried over.",
                logged=f"comment #{strays[0]} carried over is not open",
            )
        reasons = {cid: (why or "").strip()[:MAX_REASON] for cid, why in carried.items()}
        left = [c for c in self.comments if not reasons.get(c.id)]
        if left:
            raise ApprovalRefused(
                f"{self.name} has open review comments: resolve them, or carry each over with "
                "a reason: "
                + "; ".join(
                    f"#{c.id} by {self.authors.get(c.author, c.author)}: “{excerpt(c.body)}”"
                    for c in left
                ),
                logged="open review comments neither resolved nor carried: "
                + ", ".join(f"#{c.id}" for c in left),
            )
        return tuple(Override(COMMENT, str(c.id), c.body, reasons[c.id]) for c in self.comments)


def assess(
    store: Store,
    letter: Letter,
    version: Version,
    faced: LetterFindings,
    source_approval: Approval | None,
    source_seen: tuple[int | None, int | None] = (None, None),
) -> Assessment:
    """Everything the policy weighs for approving ``version`` of ``letter``; ``source_approval``
    is the newest approval of the letter's source language, if any, and ``source_seen`` the ids
    of its newest version and approval, read before anything was weighed."""
    name = f"{language_name(version.language)} v{version.number}"
    left = tuple(open_comments(store, letter.id, version.language))
    return Assessment(
        name=name,
        faced=faced,
        outdated_source=_outdated_source(store, letter, version, name, source_approval),
        comments=left,
        authors=display_names(store, (c.author for c in left)),
        source_seen=source_seen,
    )


def _outdated_source(
    store: Store, letter: Letter, version: Version, name: str, approval: Approval | None
) -> str:
    """Why ``version`` translates another English than the one to approve, or ""."""
    if version.language == letter.source_language:
        return ""
    english = language_name(letter.source_language)
    state = staleness(store, version)
    latest = state.latest_source
    if state.unknown_source:
        return (
            f"{name} does not record which {english} version it translates, so it cannot be "
            f"checked against the {english} text: translate it again from {english} "
            f"v{latest.number if latest else '?'}."
        )
    made_from = state.translated_from
    if state.stale:
        return (
            f"{name} was made from {english} v{made_from.number}, but the newest {english} is "
            f"v{latest.number}: update the translation to the newest {english}, then approve it."
        )
    if approval is not None and not _approves(approval, made_from, latest):
        approved = store.get_version(approval.version_id)
        return (
            f"{name} was made from {english} v{made_from.number}, but the {english} approval is "
            f"of v{approved.number if approved else '?'}, an older text: approve {english} "
            f"v{made_from.number} first, then its translation."
        )
    return ""


def _approves(approval: Approval, made_from: Version, latest: Version) -> bool:
    """Whether the English ``approval`` covers the text a current translation was made from:
    that very text, or the newest English, which translate.stale found to have its words (it
    differs only in its spacing; refused before as "an older text" than the approved one)."""
    return approval.sha256 == made_from.sha256 or approval.version_id == latest.id
