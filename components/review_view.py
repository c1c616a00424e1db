"""The legal review of one letter, per language: track changes since the reviewer last read it,
paragraph comments, and the approval with the checks it must face. Also the open comments the
Edit page shows to editors.

Every button that acts on a version carries that version's id in its key: if someone saves a
newer version while the reviewer reads, the old button is gone on the next run, so a click can
never approve (or mark as read) text the reviewer has not seen.
"""

from __future__ import annotations

import streamlit as st

from clearnotice import approvals, comments, diffing
from clearnotice.approval_policy import MAX_REASON, from_stored
from clearnotice.auth import Account
from clearnotice.db import DatabaseProblem
from clearnotice.findings import LetterFindings, latest_findings
from clearnotice.letters import Letter, Store, Version
from clearnotice.model import finding_marks
from clearnotice.permissions import Action, PermissionRefused, allows
from clearnotice.settings import SELF_APPROVAL, get_setting, set_setting
from clearnotice.text import plain_excerpt, strip_inline_markup
from clearnotice.translate.stale import Staleness, staleness
from clearnotice.wording import plural, rule_label
from components import comments_column
from components.approval_exceptions import APPROVED_WITH_EXCEPTIONS, show_exceptions
from components.auth import acting
from components.escaping import escape_markdown
from components.letter_html import changes_html, show, text_html
from components.session import LANGUAGE_PARAM, author_name, typing_box


def render_review(store: Store, letter: Letter, account: Account) -> None:
    """One tab per language, source language first; each with its changes, approval, comments."""
    languages = sorted(
        {v.language for v in store.versions(letter.id)},
        key=lambda lang: (lang != letter.source_language, lang),
    )
    record = {row["language"]: row for row in approvals.approval_record(store, letter.id)}
    labels = [_tab_label(lang, letter, record) for lang in languages]
    # An approval changes its tab's label, which makes new tabs: open the one in the URL (the
    # language just approved, see _approve), not the first.
    asked = st.query_params.get(LANGUAGE_PARAM)
    default = labels[languages.index(asked)] if asked in languages else None
    tabs = st.tabs(labels, default=default)
    for tab, language in zip(tabs, languages, strict=True):
        with tab:
            faced = latest_findings(store, letter.id, language)
            _render_language(store, letter, language, account, record.get(language), faced)
            _render_approval(store, letter, language, account, faced)
            latest = store.latest_version(letter.id, language)
            comments_column.render(store, letter, latest.text, latest.id, language)


def _tab_label(language: str, letter: Letter, record: dict) -> str:
    row = record.get(language)
    suffix = " (source)" if language == letter.source_language else ""
    if row is None:
        state = "not approved"
    elif row["stale"]:
        state = "approval outdated"
    else:
        state = APPROVED_WITH_EXCEPTIONS if row["exceptions"] else "approved"
    return f"{language}{suffix} · {state}"


def _render_language(
    store: Store,
    letter: Letter,
    language: str,
    account: Account,
    row: dict | None,
    faced: LetterFindings,
) -> None:
    latest = store.latest_version(letter.id, language)
    history = store.versions(letter.id, language)
    seen = approvals.last_seen(store, letter.id, language, account.username)
    st.markdown(
        f"**{language} v{latest.number}** · saved by {escape_markdown(author_name(latest.author))}"
    )
    _approval_state(store, letter, latest, row)

    numbers = [v.number for v in history if v.id != latest.id]
    default = seen.number if seen is not None and seen.id != latest.id else None
    options = [None, *numbers]
    base_number = st.selectbox(
        "Show changes since",
        options,
        index=options.index(default) if default in options else 0,
        format_func=lambda n: _since_label(n, seen),
        key=f"since:{letter.id}:{language}:{latest.id}",
    )
    if seen is not None and seen.id == latest.id:
        st.success(f"You have read v{latest.number}, the newest version: nothing changed since.")
    base = next((v for v in history if v.number == base_number), None)
    changes = diffing.word_diff(base.text if base else "", latest.text)
    said = diffing.summary(changes)
    only_changes = False
    if base is not None:
        st.caption(f"Since v{base.number}: {said}.")
        only_changes = st.toggle(
            "Only the changed lines", key=f"only-changes:{letter.id}:{language}"
        )
    if base is not None and said != diffing.SPACING_ONLY:
        show(changes_html(changes, only_changes, language))
    elif base is not None:  # marks on spaces and line breaks would show as empty marks
        show(text_html(latest.text, (), "boxed cn-diff", language))
    else:  # the whole text, with the errors an approval faces marked where they are
        show(text_html(latest.text, finding_marks(faced.open_errors), "boxed cn-diff", language))
    # Only reviewers mark what they read: the diff base and the letter's "in review" status.
    if (
        allows(account.role, Action.MARK_READ)
        and (seen is None or seen.id != latest.id)
        and st.button(
            f"I have read {language} v{latest.number}",
            key=f"read:{letter.id}:{language}:{latest.id}",
            help="Your next review of this language shows the changes made after this version.",
        )
    ):
        try:  # the core checks the account now: it may have been demoted since the page drew
            approvals.mark_seen(store, letter.id, language, account.username, latest.id)
        except ValueError as refused:  # PermissionRefused, or the letter was deleted meanwhile
            st.error(escape_markdown(str(refused)))
            return
        st.rerun()


def _since_label(number: int | None, seen: Version | None) -> str:
    if number is None:
        return "the beginning (whole text)"
    mine = " (the last one you read or approved)" if seen and seen.number == number else ""
    return f"v{number}{mine}"


def _approval_state(store: Store, letter: Letter, latest: Version, row: dict | None) -> None:
    if row is None:
        st.info("No approval yet for this language.")
    elif row["stale"]:
        st.warning(
            f"Approved v{row['version']} by {escape_markdown(author_name(row['approved_by']))} "
            f"on {row['approved_at'][:16]} "
            "belongs to an older text. " + " ".join(row["stale_because"])
        )
    elif row["exceptions"]:
        _approved_with_exceptions(row)
    else:
        st.success(
            f"v{row['version']} approved by {escape_markdown(author_name(row['approved_by']))} "
            f"on {row['approved_at'][:16]} "
            f"· SHA-256 {row['sha256']}"
        )
    if latest.language != letter.source_language:
        _translation_state(letter, staleness(store, latest))


def _translation_state(letter: Letter, state: Staleness) -> None:
    """Whether a translation must be made again, as its approval judges it (a source only
    rewrapped leaves it current: clearnotice/translate/stale.py), with what changed since."""
    if state.unknown_source:
        st.caption("This translation does not record which source version it translates.")
    elif state.stale:
        made_from, source = state.translated_from, state.latest_source
        st.warning(
            f"This translation was made from {letter.source_language} v{made_from.number}; "
            f"the {letter.source_language} text is now v{source.number}. Translate again "
            "before approving."
        )
        with st.expander(
            f"What changed in {letter.source_language} since v{made_from.number}", expanded=True
        ):
            show(changes_html(state.changes, language=letter.source_language))


def _approved_with_exceptions(row: dict) -> None:
    """An approval that overrode open findings or carried comments: never shown as clean."""
    show_exceptions(f"{row['language']} v{row['version']}", from_stored(row["exceptions"]))
    approver = escape_markdown(author_name(row["approved_by"]))
    st.caption(f"Approved by {approver} on {row['approved_at'][:16]} · SHA-256 {row['sha256']}")


def _render_approval(
    store: Store,
    letter: Letter,
    language: str,
    account: Account,
    faced: LetterFindings,
) -> None:
    latest = store.latest_version(letter.id, language)
    st.subheader("Approve")
    errors, missing, checklist = faced.open_errors, faced.missing_required, faced.checklist
    if checklist:
        with st.expander("Checklist", expanded=bool(missing)):
            for item in checklist:
                mark = "✔" if item.satisfied else "✘"
                st.markdown(f"{mark} **{escape_markdown(item.label)}** · {item.status}")
    if errors or missing:
        open_errors = plural(len(errors) + len(missing), "open error")
        st.error(f"{open_errors} in {language} v{latest.number}:")
        for item in missing:
            st.markdown(
                f"- Missing: **{escape_markdown(item.label)}** ({escape_markdown(item.source)})"
            )
        for finding in errors:
            quoted = escape_markdown(strip_inline_markup(finding.match))
            where = f" “{quoted}”" if finding.match else ""
            st.markdown(
                f"- {escape_markdown(finding.message)}{where} ({rule_label(finding.rule_id)})"
            )
    key = f"{letter.id}:{language}"
    if not account.can_approve:
        _show_note(f"approve:{key}")  # a click refused because the role was taken away since
        st.info("Only a legal reviewer can approve. You can read the changes and comment.")
        return
    st.caption(
        f"Approving records your name, the time and the SHA-256 of exactly this text "
        f"({language} v{latest.number}: {latest.sha256[:16]}…). A later edit makes a new version "
        "that needs its own approval."
    )
    # The version the reason box is drawn for, if any: what the reason typed may be recorded on.
    reason_for = faced.version_id if faced.blocks_approval else None
    if reason_for is not None:
        st.text_area(
            "Why approve despite the open errors? (recorded with the approval)",
            **typing_box(_reason_key(key, reason_for), letter.id),  # kept across pages
            max_chars=MAX_REASON,  # what approve() records: typed longer, the end was dropped
        )
    _carry_over_inputs(store, letter.id, language)
    st.button(
        f"Approve {language} v{latest.number}",
        type="primary",
        key=f"approve:{key}",
        on_click=_approve,
        # Bound now: a click approves the version on screen, even if a newer one was saved since.
        args=(store, letter.id, language, latest.id, account.username, reason_for),
    )
    _show_note(f"approve:{key}")


def _reason_key(key: str, version_id: int) -> str:
    """The reason box of one version: a reason is typed for the text on screen, so v2's box
    starts empty even when v1's, typed a moment ago, is kept (typing_box keeps each)."""
    return f"reason:{key}:{version_id}"


def _carry_over_inputs(store: Store, letter_id: int, language: str) -> None:
    """A reason box per open comment: a comment is resolved, or carried over with its reason."""
    for comment in comments.open_comments(store, letter_id, language):
        said = escape_markdown(plain_excerpt(comment.body, 60))  # a widget label reads Markdown
        st.text_input(
            f"Carry over comment #{comment.id} ({said}) because:",
            key=f"carry:{letter_id}:{language}:{comment.id}",
            max_chars=MAX_REASON,
            help="Leave empty and resolve the comment instead; approve() refuses open comments "
            "that are neither.",
        )


def _carried(letter_id: int, language: str) -> dict[int, str]:
    prefix = f"carry:{letter_id}:{language}:"
    return {
        int(key[len(prefix) :]): value
        for key, value in st.session_state.items()
        if isinstance(key, str) and key.startswith(prefix) and str(value).strip()
    }


@acting("approve")
def _approve(
    store: Store,
    letter_id: int,
    language: str,
    version_id: int,
    actor: str,
    reason_for: int | None,
) -> None:
    """Pass the reason and the carried comments typed; approve() decides what they must cover.

    The reason goes only with an approval of ``reason_for``, the version the clicked run drew
    the reason box for: the box keeps its text through runs that do not draw it (typing_box),
    so a reason typed for an earlier version that needed one would otherwise be recorded on an
    approval that asked for none.
    """
    key = f"{letter_id}:{language}"
    typed = st.session_state.get(_reason_key(key, version_id), "")
    reason = typed if reason_for == version_id else ""
    carried = _carried(letter_id, language)
    try:
        approval = approvals.approve(
            store, letter_id, language, version_id, actor, reason, carried=carried
        )
    except (approvals.ApprovalRefused, PermissionRefused) as refused:
        _note(f"approve:{key}", "error", str(refused))
        return
    except DatabaseProblem as problem:  # a callback's error is no page's: it said nothing
        _note(f"approve:{key}", "error", f"Not approved: {problem}")
        return
    st.session_state.pop(_reason_key(key, version_id), None)
    st.query_params[LANGUAGE_PARAM] = language  # stay on the language just approved
    state = APPROVED_WITH_EXCEPTIONS.capitalize() if approval.exceptions else "Approved"
    _note(f"approve:{key}", "success", f"{state} · SHA-256 {approval.sha256}")


def render_approval_settings(store: Store, account: Account) -> None:
    """The Settings page's switch that lets authors approve their own text (admins only)."""
    st.header("Approvals")
    may_change = allows(account.role, Action.CHANGE_SETTINGS)
    st.toggle(
        "A legal reviewer may approve a version they saved themselves",
        value=bool(get_setting(store, SELF_APPROVAL, False)),
        key="settings-self-approval",
        disabled=not may_change,
        on_change=_save_self_approval,
        args=(store, account.username),
        help="Off: someone other than the author of a version approves it (four eyes). Switch "
        "it on only for a one-person team; the change and each such approval are in the audit "
        "log.",
    )
    if not may_change:
        st.caption("Only an admin can change this.")
    _show_note("settings-self-approval")


@acting("change settings")
def _save_self_approval(store: Store, actor: str) -> None:
    allowed = bool(st.session_state.get("settings-self-approval"))
    try:
        set_setting(store, SELF_APPROVAL, allowed, actor)
    except (PermissionRefused, DatabaseProblem) as refused:  # a callback: said here or not at all
        st.session_state.pop("settings-self-approval", None)  # show the stored value again
        _note("settings-self-approval", "error", str(refused))
        return
    state = "may" if allowed else "may no longer"
    _note("settings-self-approval", "success", f"Saved: authors {state} approve their own text.")


def _note(key: str, kind: str, message: str) -> None:
    """A message from a button's callback, shown once where the button is."""
    st.session_state[f"note:{key}"] = (kind, message)


def _show_note(key: str) -> None:
    note = st.session_state.pop(f"note:{key}", None)
    if note is not None:
        kind, message = note  # a refusal may quote a comment's words or a title: escaped
        (st.error if kind == "error" else st.success)(escape_markdown(message))
