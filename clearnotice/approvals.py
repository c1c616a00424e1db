"""Legal approvals of letter versions, one language at a time, and what each reviewer has read.

An approval names one immutable version and keeps the SHA-256 of its exact text, so anyone can
check that what goes out is what legal approved. A later edit makes a new version: the approval
stays with the older one and shows as such. A translation approved against an English version
that has since changed is stale. Only a legal reviewer approves (clearnotice.permissions), and
not a version they wrote unless an admin allowed that (settings.SELF_APPROVAL). What else it
faces (fact-changing translation errors, an outdated English, open errors that need a written
reason, open review comments) is clearnotice.approval_policy's to decide, whoever calls: a
screen or a script; what the approval overrode is kept with it as its exceptions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearnotice import audit, comments, double_clicks, drafts, facts, forks
from clearnotice.accounts import display_names_in, normalise_username
from clearnotice.approval_policy import (
    FINDING,
    MAX_REASON,
    ApprovalRefused,
    Assessment,
    assess,
    describe_all,
    exceptions_of,
    stored,
)
from clearnotice.languages import language_name
from clearnotice.letters import Letter, Version, belongs, fingerprint, latest_in, writable
from clearnotice.permissions import Action, keep_refusal, require
from clearnotice.schema import Approval, Draft, ReviewMark
from clearnotice.settings import SELF_APPROVAL, setting_in
from clearnotice.translate.stale import staleness
from clearnotice.wording import excerpt

if TYPE_CHECKING:
    from clearnotice.letters import Store


def approve(
    store: Store,
    letter_id: int,
    language: str,
    version_id: int,
    actor: str,
    reason: str = "",
    carried: Mapping[int, str] | None = None,
) -> Approval:
    """Record that ``actor`` approved exactly version ``version_id`` of ``language``.

    Refuses an account that is not an active legal reviewer now (PermissionRefused), the author
    of the version unless self-approval is allowed, a version of another letter or language, a
    version whose stored text no longer matches its own fingerprint (changed outside
    ClearNotice): approving it would prove nothing; any version while two people's edits of
    that language wait to be merged (a fork), since the text approved would be missing one
    person's words; and whatever clearnotice.approval_policy refuses, from what the version faces
    computed here, never taken from the caller: ``reason`` covers its open errors (and is
    recorded only when there are some), ``carried`` maps each open review comment's id to the
    reason it is carried over.
    """
    reason = (reason or "").strip()[:MAX_REASON]
    assessment = _assess(store, letter_id, version_id)
    with store.session() as s, s.begin():
        approver = require(s, actor, Action.APPROVE, letter_id=letter_id)
        actor = approver.username  # as stored: the record names the account, not what was typed
        with _refusal_logged(s, actor, letter_id, version_id):
            version = _approvable(s, letter_id, language, version_id)
            own = _own_words(s, version, approver.username)
            own_text = own is not None
            if own_text and not setting_in(s, SELF_APPROVAL, False):
                raise ApprovalRefused(
                    _own_words_refusal(version, own),
                    logged=f"four eyes, the approver wrote {own.language} v{own.number}",
                )
            overrides = assessment.overrides(reason, carried or {})
            if not any(o.kind == FINDING for o in overrides):
                reason = ""  # nothing it overrides: kept, it would say something was
            _refuse_comments_since(s, version, assessment)
            _refuse_source_changed(s, version, assessment)
            _refuse_older_than_approved(s, version)
            repeated = _approved_already(store, s, version, actor, reason)
            if repeated is not None:  # the second click of a double-clicked Approve
                return repeated
            approval = Approval(
                letter_id=letter_id,
                language=language,
                version_id=version_id,
                sha256=version.sha256,
                approved_by=actor[:200],
                approved_at=audit.now(),
                reason=reason,
                exceptions=stored(overrides),
                facts=facts.used_by(version.text, facts.sheet_of(s, s.get(Letter, letter_id))),
            )
            s.add(approval)
            _mark_seen(s, letter_id, language, actor, version_id)
            detail = f"{language} v{version.number} sha256={version.sha256}"
            if own_text:
                detail += "; approved by its own author, as the self-approval setting allows"
            if overrides:
                detail += f"; approved with exceptions: {describe_all(overrides)}"
            audit.record(s, actor, "approve", letter_id, detail)
    return approval


def _approvable(s: Session, letter_id: int, language: str, version_id: int) -> Version:
    """Version ``version_id``, when it is one of the letter's ``language`` versions that may be
    approved at all: not in a deleted letter, not one side of unmerged edits, and still holding
    the text its fingerprint was made of (else approving it would prove nothing)."""
    version = s.get(Version, version_id)
    if not belongs(version, letter_id):
        raise ApprovalRefused(
            f"Version {version_id} is not a version of letter {letter_id}.",
            logged="not a version of this letter",
        )
    # Locked, so that approvals of one letter are decided one after the other: two at once
    # each found no newer approval (_refuse_older_than_approved) and both went in.
    _refuse_deleted(s.get(Letter, letter_id, with_for_update=True))
    if version.language != language:
        raise ApprovalRefused(
            f"Version {version.number} is the {version.language} text, not {language}.",
            logged=f"the version is not {language}",
        )
    _refuse_unmerged(s, version)
    if fingerprint(version.text) != version.sha256:
        raise ApprovalRefused(
            f"The stored text of {language} v{version.number} no longer matches its "
            "fingerprint: it was changed outside ClearNotice. Save it again, then review it.",
            logged="the stored text no longer matches its fingerprint",
        )
    return version


@contextmanager
def _refusal_logged(s: Session, actor: str, letter_id: int, version_id: int) -> Iterator[None]:
    """Keep an approval refused in the block for the audit log (``permissions.keep_refusal``):
    a reviewer trying to approve their own text, or one the policy blocks, left no trace, the
    refusal rolled back with the approval's transaction. Named by its version, with why in words
    that quote nothing of the letter (``ApprovalRefused.logged``)."""
    try:
        yield
    except ApprovalRefused as refused:
        version = s.get(Version, version_id)
        named = f"{version.language} v{version.number}" if belongs(version, letter_id) else None
        what = f"approve {named or f'version #{version_id}'}"
        keep_refusal(s, actor, letter_id, f"{what}: {refused.logged}")
        raise


def _assess(store: Store, letter_id: int, version_id: int) -> Assessment | None:
    """What the version faces; None when it is not a version of the letter (refused below)."""
    version = store.get_version(version_id)
    if not belongs(version, letter_id):
        return None
    letter = store.get_letter(letter_id)
    source_approval = latest_approval(store, letter_id, letter.source_language)
    source_seen = _source_now(store, letter, source_approval)
    # imported here: exports and mail merge read approvals and never run the review's checks,
    # whose import cost the merging process about 60 MB
    from clearnotice.findings import letter_findings

    faced = letter_findings(store, letter_id, version)
    return assess(store, letter, version, faced, source_approval, source_seen)


def _source_now(
    store: Store, letter: Letter, source_approval: Approval | None
) -> tuple[int | None, int | None]:
    """The ids of the source language's newest version and of ``source_approval``, its newest
    approval read a moment before: what a translation is weighed against."""
    latest = store.latest_version(letter.id, letter.source_language)
    return (
        latest.id if latest is not None else None,
        source_approval.id if source_approval is not None else None,
    )


def _refuse_source_changed(s: Session, version: Version, assessment: Assessment) -> None:
    """A translation is weighed against the source language's text and approval before this
    transaction (its checks take seconds): a source version saved or approved meanwhile was
    never compared with it, and approving would pass it as the translation of that text."""
    letter = s.get(Letter, version.letter_id)
    if version.language == letter.source_language:
        return
    latest = latest_in(s, letter.id, letter.source_language)
    approval = _latest_approval(s, letter.id, letter.source_language)
    now = (latest.id if latest else None, approval.id if approval else None)
    if now != assessment.source_seen:
        english = language_name(letter.source_language)
        raise ApprovalRefused(
            f"The {english} changed while you approved (a new version saved or approved), so "
            f"nothing was approved: {language_name(version.language)} v{version.number} was "
            f"checked against the {english} as it was. Reload the page to see it checked "
            "against the newest one.",
            logged=f"the {english} changed while it was weighed",
        )


def _own_words(s: Session, version: Version, approver: str) -> Version | None:
    """The version of ``approver``'s whose words ``version`` may hold and no approval has
    covered yet, or None: ``version`` itself if they saved it, else one of theirs saved since
    the newest approved version of the language up to ``version`` (an editor's touch-up over
    it, or a merge that joined it, keeps their words under another author), or the one a
    restore put back. Four eyes means someone else read the approver's words: once another
    reviewer approved them, the approver may approve what is built on them; their own approval
    (self-approval allowed) covers nothing."""
    if normalise_username(version.author) == approver:
        return version
    same_text = (Version.letter_id == version.letter_id, Version.language == version.language)
    approved = s.scalar(  # by someone else: one's own approval is no second pair of eyes
        select(func.max(Version.number))
        .join(Approval, Approval.version_id == Version.id)
        .where(*same_text, Version.number <= version.number, Approval.approved_by != approver)
    )
    since = select(Version).where(
        *same_text, Version.number > (approved or 0), Version.number < version.number
    )
    written = list(s.scalars(since.order_by(Version.number)))
    restored = _restored(s, version)
    if restored is not None and not _approved_by_another(s, restored, approver):
        written.append(restored)
    return next((v for v in written if normalise_username(v.author) == approver), None)


def _restored(s: Session, version: Version) -> Version | None:
    """The version ``version`` restored (its origin ``restore:v<number>``, edits.restore), if
    any: its text, word for word, is that version's author's."""
    number = version.origin.removeprefix("restore:v")
    if number == version.origin or not number.isdigit():
        return None
    return s.scalars(
        select(Version).where(
            Version.letter_id == version.letter_id,
            Version.language == version.language,
            Version.number == int(number),
        )
    ).first()


def _approved_by_another(s: Session, version: Version, approver: str) -> bool:
    """Whether someone other than ``approver`` ever approved ``version``."""
    approvals_of = select(Approval.id).where(
        Approval.version_id == version.id, Approval.approved_by != approver
    )
    return s.scalars(approvals_of.limit(1)).first() is not None


def _own_words_refusal(version: Version, own: Version) -> str:
    """Why the author of ``own``, whose words ``version`` holds, may not approve it."""
    allow = (
        " (An admin can allow authors to approve their own text on the Settings page, for "
        "one-person teams.)"
    )
    if own.id == version.id:
        return (
            f"You saved {version.language} v{version.number} yourself, so another legal reviewer "
            f"must approve it.{allow}"
        )
    return (
        f"You wrote {own.language} v{own.number}, whose words are in v{version.number} and no "
        f"other reviewer has approved them, so another legal reviewer must approve "
        f"v{version.number}.{allow}"
    )


def _refuse_unmerged(s: Session, version: Version) -> None:
    if forks.fork_of_branch(s, version.id) is not None:
        raise ApprovalRefused(
            f"{version.language} v{version.number} is one side of two edits made at once, "
            "not the letter's text: approve the version that merges them.",
            logged="one side of a fork",
        )
    waiting = forks.open_forks(s, version.letter_id, version.language)
    if waiting:
        branch = s.get(Version, waiting[0].branch_id)
        raise ApprovalRefused(
            f"{branch.author or 'Someone'}'s edit ({version.language} v{branch.number}) clashes "
            f"with the letter's text and is not merged yet: approving now would drop their "
            "words. Open the letter in the editor, settle the clashing paragraphs, then approve "
            "the merged version.",
            logged=f"v{branch.number} waits to be merged",
        )


def _refuse_comments_since(s: Session, version: Version, assessment: Assessment) -> None:
    """What the version faces is weighed before this transaction (its checks take seconds): a
    review comment written meanwhile was neither resolved nor carried over, and must stop the
    approval as any open comment does."""
    weighed = {c.id for c in assessment.comments}
    written = [
        c for c in comments.open_in(s, version.letter_id, version.language) if c.id not in weighed
    ]
    if written:
        names = display_names_in(s, (c.author for c in written))
        raise ApprovalRefused(
            "A review comment was written while you approved, so nothing was approved: "
            + "; ".join(f"#{c.id} by {names[c.author]}: “{excerpt(c.body)}”" for c in written)
            + ". Read it, then resolve it or carry it over.",
            logged="review comments written while it was weighed: "
            + ", ".join(f"#{c.id}" for c in written),
        )


def _refuse_deleted(letter: Letter) -> None:
    """A deleted letter takes no new text (``letters.writable``), nor an approval: its tab may
    still be open, and nobody but an admin sees it until it is restored."""
    if letter.deleted_at is not None:
        raise ApprovalRefused(
            f"“{letter.title}” was deleted, so nothing was approved. An admin can restore it "
            "from the Deleted list on the first screen.",
            logged="the letter is deleted",
        )


def _refuse_older_than_approved(s: Session, version: Version) -> None:
    """The latest approval is the text that goes out: approving an older version than the one
    approved last (a tab left open on it) would put the older text back over the newer
    approval, and make stale every translation approved against the newer one."""
    current = _latest_approval(s, version.letter_id, version.language)
    approved = s.get(Version, current.version_id) if current is not None else None
    if approved is not None and approved.number > version.number:
        raise ApprovalRefused(
            f"{version.language} v{approved.number} is approved already, a newer text than "
            f"v{version.number}: nothing was approved. To send v{version.number}'s text again, "
            "restore it from the history as a new version and approve that.",
            logged=f"v{approved.number} is approved already, a newer text",
        )


def _approved_already(
    store: Store, s: Session, version: Version, actor: str, reason: str
) -> Approval | None:
    """``actor``'s own approval of this version, when it still holds: the same click repeated
    when given with the same ``reason`` within the repeat window (``double_clicks``), returned
    for the page to say what the first click did; else ApprovalRefused, as one given meanwhile
    in another tab or window (approving again would add a second approval, its reason put over
    the first one's in the approval record). None, to approve, when there is none: another
    reviewer may approve the same version too (their approval is theirs), and once an approval
    no longer holds (a new draft started over it, the incident's facts changed since) approving
    again renews it."""
    current = _latest_approval(s, version.letter_id, version.language)
    if current is None or current.version_id != version.id or current.approved_by != actor[:200]:
        return None
    letter = s.get(Letter, version.letter_id)
    latest = latest_in(s, version.letter_id, version.language)
    source_latest = latest_in(s, version.letter_id, letter.source_language)
    if (
        drafts.draft_over(s, current) is not None
        or _stale_because(letter, current, version, latest, s)
        or _older_source(store, s, letter, version, source_latest)
    ):
        return None
    if current.reason == reason and double_clicks.just_made(current.approved_at):
        return current
    raise ApprovalRefused(
        f"You approved {version.language} v{version.number} already "
        f"({current.approved_at:%Y-%m-%d %H:%M} UTC), in another tab or window: nothing was "
        "approved again. Reload the page to see that approval.",
        logged="approved already by the same reviewer",
    )


def latest_approval(store: Store, letter_id: int, language: str) -> Approval | None:
    """The most recent approval of any version of ``language``."""
    with store.session() as s:
        return _latest_approval(s, letter_id, language)


def approved_version(store: Store, letter_id: int, language: str) -> Version | None:
    """The version approved most recently for ``language``, or None if none ever was."""
    with store.session() as s:
        approval = _latest_approval(s, letter_id, language)
        return None if approval is None else s.get(Version, approval.version_id)


def approvals(store: Store, letter_id: int) -> list[Approval]:
    """Every approval of the letter, newest first: the history a reviewer can look back on."""
    with store.session() as s:
        query = (
            select(Approval)
            .where(Approval.letter_id == letter_id)
            .order_by(Approval.approved_at.desc(), Approval.id.desc())
        )
        return list(s.scalars(query))


def approval_history(store: Store, letter_id: int) -> list[dict]:
    """Every approval of the letter and every revocation, oldest first: legal's record of what
    was approved when, not only what holds now. A revocation is a new draft started over an
    approval (clearnotice.drafts): from then on the approval no longer locks its version and the
    next version needs approving again.

    Keys: event ("approved" or "revoked"), language, version (number), version_id, by, at (ISO
    8601), sha256 (the approved text's fingerprint, for a revocation the revoked approval's);
    an approval adds reason and exceptions, a revocation approved_by and approved_at."""
    with store.session() as s:
        approved = s.scalars(select(Approval).where(Approval.letter_id == letter_id)).all()
        numbers = dict(
            s.execute(
                select(Version.id, Version.number).where(Version.letter_id == letter_id)
            ).all()
        )
        by_id = {approval.id: approval for approval in approved}
        revoked = s.scalars(select(Draft).where(Draft.approval_id.in_(by_id))).all()
        events = [_approved_event(a, numbers) for a in approved]
        events += [_revoked_event(d, by_id[d.approval_id], numbers) for d in revoked]
    return [event for _order, event in sorted(events, key=lambda pair: pair[0])]


def _approved_event(approval: Approval, numbers: dict[int, int]) -> tuple[tuple, dict]:
    event = _event("approved", approval, numbers, approval.approved_by, approval.approved_at)
    event.update(reason=approval.reason, exceptions=stored(exceptions_of(approval)))
    return (approval.approved_at, 0, approval.id), event


def _revoked_event(draft: Draft, approval: Approval, numbers: dict[int, int]) -> tuple:
    event = _event("revoked", approval, numbers, draft.started_by, draft.started_at)
    event.update(approved_by=approval.approved_by, approved_at=approval.approved_at.isoformat())
    return (draft.started_at, 1, draft.id), event


def _event(kind: str, approval: Approval, numbers: dict[int, int], by: str, at) -> dict:
    """What every event of an approval's history names: the approval's language, version and
    fingerprint, and who did ``kind`` when."""
    return {
        "event": kind,
        "language": approval.language,
        "version": numbers[approval.version_id],
        "version_id": approval.version_id,
        "by": by,
        "at": at.isoformat(),
        "sha256": approval.sha256,
    }


def approval_record(store: Store, letter_id: int) -> list[dict]:
    """Per approved language, its most recent approval and whether it still holds.

    Keys: language, version (number), version_id, approved_by, approved_at (ISO 8601), sha256,
    reason, exceptions (what the approval overrode: a dict per open finding or carried comment,
    with kind, ref, words and reason; empty for a clean approval), latest_version (number of the
    newest version of that language), stale (True when a
    later edit exists, or a translation was approved against a source text that has since
    changed, or the stored text no longer matches the fingerprint) and stale_because (sentences
    saying why). Languages nobody approved are left out. Source language first.
    """
    with store.session() as s:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise KeyError(f"no letter {letter_id}")
        languages = sorted(
            set(s.scalars(select(Approval.language).where(Approval.letter_id == letter_id))),
            key=lambda lang: (lang != letter.source_language, lang),
        )
        source_latest = latest_in(s, letter_id, letter.source_language)
        record = []
        for language in languages:
            approval = _latest_approval(s, letter_id, language)
            version = s.get(Version, approval.version_id)
            latest = latest_in(s, letter_id, language)
            because = _stale_because(letter, approval, version, latest, s)
            because.extend(_older_source(store, s, letter, version, source_latest))
            record.append(
                {
                    "language": language,
                    "version": version.number,
                    "version_id": version.id,
                    "approved_by": approval.approved_by,
                    "approved_at": approval.approved_at.isoformat(),
                    "sha256": approval.sha256,
                    "reason": approval.reason,
                    "exceptions": stored(exceptions_of(approval)),
                    "latest_version": latest.number if latest else None,
                    "stale": bool(because),
                    "stale_because": because,
                }
            )
        return record


def letter_status(store: Store, letter_id: int) -> str:
    """One word or two for the letters list.

    "approved": the newest version of every language is approved and nothing is stale;
    "approved (older version)": something was approved but an edit or a newer source came since;
    "in review": a reviewer has read or approved part of it; "draft": no reviewer has touched it.
    """
    record = {row["language"]: row for row in approval_record(store, letter_id)}
    with store.session() as s:
        languages = set(s.scalars(select(Version.language).where(Version.letter_id == letter_id)))
    if record and languages <= record.keys() and not any(r["stale"] for r in record.values()):
        return "approved"
    if any(r["stale"] for r in record.values()):
        return "approved (older version)"
    return "draft" if is_draft(store, letter_id, approved_any=bool(record)) else "in review"


def is_draft(store: Store, letter_id: int, approved_any: bool) -> bool:
    """The one rule for a draft: nothing approved (``approved_any``, which the caller has read
    already, from the approval record or the review queue) and no reviewer has read any of it."""
    return not approved_any and not was_read(store, letter_id)


def was_read(store: Store, letter_id: int) -> bool:
    """Has a reviewer read (or approved) any version of the letter? Until then it is a draft."""
    with store.session() as s:
        seen = s.scalars(select(ReviewMark.id).where(ReviewMark.letter_id == letter_id)).first()
    return seen is not None


def mark_seen(store: Store, letter_id: int, language: str, reviewer: str, version_id: int) -> None:
    """Remember that ``reviewer`` has read ``version_id``; their next diff starts there.
    Refused (PermissionRefused) unless ``reviewer`` is an active legal reviewer now, and
    (ValueError) for a version of another letter or language, or a deleted letter."""
    with store.session() as s, s.begin():
        reviewer = require(s, reviewer, Action.MARK_READ, letter_id=letter_id).username
        version = s.get(Version, version_id)
        if not belongs(version, letter_id, language):
            raise ValueError(f"version {version_id} is not a {language} version of {letter_id}")
        writable(s, letter_id)
        _mark_seen(s, letter_id, language, reviewer, version_id)


def last_seen(store: Store, letter_id: int, language: str, reviewer: str) -> Version | None:
    """The newest version of ``language`` that ``reviewer`` read or approved, if any."""
    with store.session() as s:
        mark = s.scalars(
            select(ReviewMark).where(
                ReviewMark.letter_id == letter_id,
                ReviewMark.language == language,
                ReviewMark.reviewer == reviewer[:200],
            )
        ).first()
        return None if mark is None else s.get(Version, mark.version_id)


def _mark_seen(s: Session, letter_id: int, language: str, reviewer: str, version_id: int) -> None:
    reviewer = reviewer[:200]
    mark = s.scalars(
        select(ReviewMark).where(
            ReviewMark.letter_id == letter_id,
            ReviewMark.language == language,
            ReviewMark.reviewer == reviewer,
        )
    ).first()
    if mark is None:
        s.add(
            ReviewMark(
                letter_id=letter_id,
                language=language,
                reviewer=reviewer,
                version_id=version_id,
                seen_at=audit.now(),
            )
        )
        return
    # Reading an older version again must not move the diff base backwards.
    current = s.get(Version, mark.version_id)
    new = s.get(Version, version_id)
    if current is None or new.number >= current.number:
        mark.version_id = version_id
        mark.seen_at = audit.now()


def _stale_because(
    letter: Letter,
    approval: Approval,
    version: Version,
    latest: Version | None,
    s: Session,
) -> list[str]:
    because = []
    if latest is not None and latest.id != version.id:
        because.append(
            f"The approval belongs to v{version.number}; v{latest.number} was saved since."
        )
    if fingerprint(version.text) != approval.sha256:
        because.append(f"The stored text of v{version.number} no longer matches the approval.")
    because.extend(facts.changes_since(approval.facts or {}, facts.sheet_of(s, letter)))
    return because


def _older_source(
    store: Store, s: Session, letter: Letter, version: Version, source_latest: Version | None
) -> list[str]:
    """Why translation ``version`` was made from an older English than ``source_latest`` in
    its words, or nothing: translate.stale's rule, the one approve() applies. An English changed
    only in its spacing leaves the approval holding; it had stayed stale for ever, as approving
    the translation again changed nothing. Read only when the version ids differ."""
    made_from = version.source_version_id
    if version.language == letter.source_language or made_from is None or source_latest is None:
        return []
    if made_from == source_latest.id or not staleness(store, version).stale:
        return []
    source = s.get(Version, made_from)
    return [
        f"It translates {letter.source_language} v{source.number if source else '?'}; "
        f"the {letter.source_language} text is now v{source_latest.number}."
    ]


def _latest_approval(s: Session, letter_id: int, language: str) -> Approval | None:
    return s.scalars(
        select(Approval)
        .where(Approval.letter_id == letter_id, Approval.language == language)
        .order_by(Approval.approved_at.desc(), Approval.id.desc())
        .limit(1)
    ).first()
