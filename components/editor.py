"""The letter editor: every edit is kept at once, as a working draft or as a new version.

The live editor (components/live_editor.py) sends the text after a short pause in typing and
shows the findings in the text, each with its fix. What it sends is kept as the working draft of
the version it was typed on; the core (clearnotice.working_draft.makes_version) says when it
becomes a named version: after a pause of a minute, on leaving the page, on "Save version", when
someone else has the letter open or saved meanwhile. A fix or a restore saves it first.

``CLEARNOTICE_PLAIN_EDITOR=1`` selects Streamlit's plain text area instead, which sends its
value on blur or Ctrl+Enter, a deliberate save that makes a version: AppTest can drive only that
one, and it is a fallback should the component fail in some browser.

The text on screen is kept in a session key of our own (not only in a widget, which Streamlit
drops on a page switch) and in the database, so a page switch, a reload or a restart never loses
it.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

import streamlit as st

from clearnotice import approvals, diffing, drafts, edits, presence, working_draft
from clearnotice.findings import LetterFindings, letter_findings
from clearnotice.letters import Letter, SaveResult, Store, Version
from clearnotice.wording import origin_label, plural
from clearnotice.working_draft import Event
from components import live_editor, merge_view
from components.auth import acting
from components.escaping import escape_markdown
from components.letter_html import changes_html, show, text_html
from components.services import get_grammar_service
from components.session import author_name, author_names, current_actor, when_leaving

EDITOR_HEIGHT = 520
HISTORY_SHOWN = 20
PLAIN_EDITOR_ENV = "CLEARNOTICE_PLAIN_EDITOR"
# Streamlit reads a widget's label as Markdown: the marks to type as code, so **bold** shows its
# asterisks rather than turning bold. The live editor draws its label as plain text.
WIDGET_LABEL = "Letter text (Markdown: `# headings`, `- bullets`, `**bold**`)"
LABEL = WIDGET_LABEL.replace("`", "")
PLAIN_HELP = "Saved as a new version each time you click outside the box or press Ctrl+Enter."
SAVE_HELP = "Makes what you typed a named version now, listed in the history."
NEW_DRAFT_HELP = (
    "Makes the text editable again. The approval stays with this version, but the text you "
    "save next is a new version: legal will need to approve it again."
)
LIVE_HINT = (
    "Saved as you type; a pause of a minute, leaving the page or Save version makes a version. "
    "Marked words and sentences have a finding: click one, or press Alt+Enter at the caret, to "
    "read it and apply its fix."
)


@dataclass(frozen=True)
class _Keys:
    text: str  # the text on screen; also the plain text area's widget key
    base: str  # the version that text was edited from
    merged: str  # what the last save merged this text with, told once
    revision: str  # counts the times the server replaced the text in the live editor
    live: str  # the live editor component
    error: str  # why the last save was refused
    asked: str  # words whose spelling corrections the user asked for
    held: str  # the text the database holds for this screen: the working draft or the version


def _keys(letter_id: int) -> _Keys:
    return _Keys(
        f"editor:{letter_id}",
        f"base:{letter_id}",
        f"merged:{letter_id}",
        f"revision:{letter_id}",
        f"live-editor:{letter_id}",
        f"save-error:{letter_id}",
        f"spelling-asked:{letter_id}",
        f"held:{letter_id}",
    )


@dataclass(frozen=True)
class EditorState:
    text: str
    version: Version
    findings: LetterFindings | None = None  # what ``text`` faces; the panels draw their part


def plain_editor_selected() -> bool:
    return os.environ.get(PLAIN_EDITOR_ENV, "").strip().lower() in {"1", "true", "yes"}


def _keep(store: Store, letter_id: int, event: Event) -> None:
    """Keep the text on screen, as the working draft or as a version: the core decides."""
    keys = _keys(letter_id)
    text = st.session_state[keys.text]
    try:
        result = working_draft.keep(
            store,
            letter_id,
            text,
            base_version_id=st.session_state[keys.base],
            actor=current_actor(),
            event=event,
            shared=_shared(store, letter_id),
        )
    except ValueError as refused:
        # the text stays on screen and in the session; only the database said no
        st.session_state[keys.error] = f"Not saved: {refused}"
        return
    st.session_state.pop(keys.error, None)
    if result is None:
        st.session_state[keys.held] = text
    else:
        _took(letter_id, result)


def _shared(store: Store, letter_id: int) -> bool:
    """Whether another editor has the letter open (the presence heartbeat of merge_view)."""
    letter = store.get_letter(letter_id)
    return bool(
        presence.others(
            store,
            letter_id,
            letter.source_language,
            session_id=merge_view.tab_id(),
            username=current_actor(),
            closed=merge_view.tab_closed,
        )
    )


@acting("save a version")
def _save_version(store: Store, letter_id: int) -> None:
    """The "Save version" button; also run when the user leaves the page."""
    _keep(store, letter_id, Event.SAVED)


def _left(store: Store, letter_id: int) -> None:
    """The user went to another page: what they typed becomes a version."""
    keys = _keys(letter_id)
    if keys.text in st.session_state and keys.base in st.session_state:
        _keep(store, letter_id, Event.LEFT)


def _took(letter_id: int, result: SaveResult, show: bool = False) -> None:
    """Follow the version the store made of a save. A merge holds another person's words too:
    it replaces the text on screen, or this session's next save would drop them again."""
    keys = _keys(letter_id)
    st.session_state[keys.base] = result.version.id
    st.session_state[keys.held] = result.version.text
    theirs = result.merged_with
    if theirs is not None:
        st.session_state[keys.merged] = (
            f"{author_name(theirs.author)} saved version {theirs.number} while you were editing. "
            f"Their edits and yours touched different paragraphs and were merged: both are kept, "
            f"in version {result.version.number}."
        )
    if show or theirs is not None:
        _show(letter_id, result.version.text)


def _show(letter_id: int, text: str) -> None:
    """Put ``text`` on screen in place of what the user has: the live editor takes it because
    the revision changes."""
    keys = _keys(letter_id)
    st.session_state[keys.text] = text
    st.session_state[keys.revision] = st.session_state.get(keys.revision, 0) + 1


@acting("save typing")
def _take_edit(store: Store, letter_id: int) -> None:
    """The live editor sent its text after a pause: keep it if it changed. A local copy put
    back after a reload or a restart is saved as a version, an edit of the version it was typed
    on, so a save made meanwhile by someone else shows as a conflict."""
    keys = _keys(letter_id)
    edit = live_editor.read_edit(keys.live)
    if edit is None or edit.text == st.session_state.get(keys.text):
        return
    st.session_state[keys.text] = edit.text
    if edit.restored_from is not None:
        st.session_state[keys.base] = edit.restored_from
    _keep(store, letter_id, Event.TYPED if edit.restored_from is None else Event.RECOVERED)


@acting("save typing")
def _take_pause(store: Store, letter_id: int) -> None:
    """The browser says typing stopped a while ago: the working draft may become a version."""
    if live_editor.read_pause(_keys(letter_id).live):
        _keep(store, letter_id, Event.PAUSED)


@acting("apply a fix")
def _take_fix(store: Store, letter_id: int) -> None:
    """The user chose a finding's fix: the core saves what they had typed, then the fixed text
    (origin ``fix:<rule id>``), and the editor shows the version it made."""
    keys = _keys(letter_id)
    fix = live_editor.read_fix(keys.live)
    if fix is None:
        st.session_state[keys.error] = (
            "Not saved: That fix could not be applied: the text changed under it. "
            "Nothing was replaced."
        )
        _show(letter_id, st.session_state[keys.text])
        return
    st.session_state[keys.text] = fix.text  # kept on screen should the save be refused
    base = store.get_version(st.session_state[keys.base])
    try:
        edit = edits.apply_fix(
            store, letter_id, base, fix.text, fix.finding, fix.replacement, current_actor()
        )
    except edits.EditRefused as refused:
        st.session_state[keys.error] = str(refused)
        if refused.typed is not None:
            _took(letter_id, refused.typed, show=True)
        else:
            _show(letter_id, fix.text)
        return
    st.session_state.pop(keys.error, None)
    _took(letter_id, edit.saved, show=True)


def _take_request(letter_id: int) -> None:
    """The user asked for a misspelt word's corrections: look them up on the next draw."""
    keys = _keys(letter_id)
    word = live_editor.read_request(keys.live)
    if word is not None:
        st.session_state.setdefault(keys.asked, set()).add(word)


def _findings(store: Store, letter: Letter, state: EditorState) -> LetterFindings:
    """Everything the text on screen faces (the core's one report): the editor marks part of
    it and the panels drawn after it list the rest. The editor is drawn first so that its
    highlights reach the browser before the panels' long lists."""
    return letter_findings(
        store,
        letter.id,
        state.version,
        state.text,
        grammar=get_grammar_service(),
        actor=current_actor(),
    )


def _current(store: Store, letter: Letter, kept_aside: set[int]) -> EditorState:
    """The text on screen for ``letter`` and the version it was edited from.

    The first time, that is the user's working draft on the newest version, or that version;
    later, the user's text, unless another tab
    saved a newer version while this one had nothing unsaved: then this one follows it. A text
    kept aside by a fork (``kept_aside``) stays on screen until the fork is settled.
    """
    keys = _keys(letter.id)
    latest = store.latest_version(letter.id)
    opened = keys.text in st.session_state and keys.base in st.session_state
    follow = (  # another tab saved a newer version and this one has nothing unsaved
        opened
        and st.session_state[keys.base] != latest.id
        and st.session_state[keys.base] not in kept_aside
        and st.session_state[keys.text] == _text_of(store, st.session_state[keys.base])
    )
    if not opened:
        draft = _resumed(store, letter.id)
        latest = store.latest_version(letter.id)  # a stale draft may have made a newer one
        _show(letter.id, latest.text if draft is None else draft.text)
        # on the version the draft was typed on: one the database could not save yet and
        # whose merge clashes is shown as typed, on its older base, so a later save forks
        st.session_state[keys.base] = latest.id if draft is None else draft.base_version_id
        st.session_state[keys.held] = st.session_state[keys.text]
    elif follow:
        _show(letter.id, latest.text)
        st.session_state[keys.base] = latest.id
        st.session_state[keys.held] = latest.text
    when_leaving("Edit", f"editor:{letter.id}", lambda: _left(store, letter.id))
    return EditorState(st.session_state[keys.text], store.get_version(st.session_state[keys.base]))


def _resumed(store: Store, letter_id: int) -> working_draft.WorkingDraft | None:
    """The user's working draft on the newest version, to put back on screen."""
    try:
        return working_draft.resume(store, letter_id, actor=current_actor())
    except ValueError:  # a stale draft cannot be saved (a locked version): it stays kept
        return None


def render(
    store: Store,
    letter: Letter,
    *,
    height: int = EDITOR_HEIGHT,
    reveal: tuple[int, int, int] | None = None,
) -> EditorState:
    """Draw the editor for ``letter``, ``height`` pixels tall; returns the text on screen and
    its saved version. ``reveal`` asks the live editor to put its caret on a span (see
    components/caret.py). While the newest version is approved, the text is drawn read-only
    (``_render_locked``)."""
    keys = _keys(letter.id)
    lock = store.lock(letter.id)
    if lock is not None and lock.locked:
        return _render_locked(store, letter, lock, height)
    kept_aside = {f.ours.id for f in store.open_forks(letter.id)}
    state = _current(store, letter, kept_aside)
    state = dataclasses.replace(state, findings=_findings(store, letter, state))
    _approval_needed_again(store, letter, lock)
    if plain_editor_selected():
        st.text_area(
            WIDGET_LABEL,
            key=keys.text,
            height=height,
            on_change=_save_version,  # sent on blur or Ctrl+Enter: a deliberate save
            args=(store, letter.id),
            help=PLAIN_HELP,
        )
    else:
        live_editor.render(
            key=keys.live,
            text=state.text,
            findings=state.findings.marked(st.session_state.get(keys.asked, set())),
            revision=st.session_state[keys.revision],
            saved=state.text == st.session_state.get(keys.held),
            version_id=state.version.id,
            label=LABEL,
            hint=LIVE_HINT,
            height=height,
            storage_key=f"{letter.id}:{state.version.language}",
            on_edit=lambda: _take_edit(store, letter.id),
            on_fix=lambda: _take_fix(store, letter.id),
            on_suggest=lambda: _take_request(letter.id),
            reveal=reveal,
            on_pause=lambda: _take_pause(store, letter.id),
            pause_seconds=working_draft.PAUSE.total_seconds(),
        )
    if keys.error in st.session_state:
        st.error(escape_markdown(f"{st.session_state[keys.error]} Your text is still here."))
    merged = st.session_state.pop(keys.merged, None)
    if merged:
        st.info(escape_markdown(merged))
    merge_view.render_forks(store, letter, on_saved=lambda result: _took(letter.id, result, True))
    version = state.version
    aside = " (kept aside until the clashing paragraphs are settled)"
    author = escape_markdown(author_name(version.author))
    typed_on = state.text != version.text
    since = " Typed on since, kept as a working draft." if typed_on else ""
    cols = st.columns([4, 1])
    cols[0].caption(
        f"Version {version.number}{aside if version.id in kept_aside else ''} by {author} "
        f"at {version.created_at:%Y-%m-%d %H:%M} UTC.{since}"
    )
    cols[1].button(
        "Save version",
        key=f"save-version:{letter.id}",
        help=SAVE_HELP,
        disabled=not typed_on,
        on_click=_save_version,
        args=(store, letter.id),
    )
    return state


def render_left_behind(letter_id: int | None) -> None:
    """The text typed on ``letter_id`` that no save took, when the page can no longer open that
    letter (deleted meanwhile, so the core refused the save): shown to copy, never dropped
    unseen. The session keeps it should an admin restore the letter."""
    if letter_id is None:
        return
    keys = _keys(letter_id)
    typed = st.session_state.get(keys.text)
    if typed is None or typed == st.session_state.get(keys.held):
        return
    st.warning(
        "Your latest edit of this letter was not saved. It is below: copy it with the button "
        "at the box's top right before you leave this page."
    )
    st.code(typed, language=None, wrap_lines=True)


def _render_locked(store: Store, letter: Letter, lock: drafts.Lock, height: int) -> EditorState:
    """The approved newest version, read-only, with the one way to change it: starting a new
    draft, which says that approval will be needed again. Text typed here before the approval
    reached this screen (refused by the save) stays in the session and is shown, to be carried
    into the new draft; a browser's unconfirmed local copy stays in that browser, since the
    live editor that would put it back is not drawn until a new draft is started."""
    keys = _keys(letter.id)
    version, approval = lock.version, lock.approval
    approver = escape_markdown(author_name(approval.approved_by))
    st.success(
        f"Version {version.number} is approved by {approver} "
        f"on {approval.approved_at:%Y-%m-%d %H:%M} UTC, so it is locked: it is shown read-only."
    )
    st.text_area(
        WIDGET_LABEL, version.text, height=height, disabled=True, key=f"locked:{version.id}"
    )
    st.button(
        "Start a new draft",
        key=f"new-draft:{letter.id}",
        help=NEW_DRAFT_HELP,
        on_click=_start_new_draft,
        args=(store, letter.id),
    )
    st.caption(NEW_DRAFT_HELP)
    typed, base = st.session_state.get(keys.text), st.session_state.get(keys.base)
    if typed is None:  # a reload: the working draft typed on this version before it was approved
        draft = store.working_draft(letter.id, version.id, actor=current_actor())
        typed, base = (draft.text, version.id) if draft is not None else (None, None)
    unsaved = base is not None and typed not in (None, version.text, _text_of(store, base))
    if unsaved:
        # Set by us, the value outlives the plain text area this run does not draw.
        st.session_state[keys.text] = typed
        st.warning(
            "Your latest edit is not in a version: this version was approved before it became "
            "one. It is kept below and comes back in the editor when you start a new draft."
        )
        with st.expander("Your unsaved text"):
            st.text(typed)
    if keys.error in st.session_state:
        st.error(escape_markdown(st.session_state[keys.error]))
    state = EditorState(version.text, version)
    return dataclasses.replace(state, findings=_findings(store, letter, state))


@acting("start a new draft")
def _start_new_draft(store: Store, letter_id: int) -> None:
    """Unlock the approved version (a callback: the editor is drawn afterwards, unlocked)."""
    keys = _keys(letter_id)
    try:
        store.start_new_draft(letter_id, None, actor=current_actor())
    except ValueError as refused:  # the account may no longer change letters
        st.session_state[keys.error] = f"No new draft was started: {refused}"
        return
    st.session_state.pop(keys.error, None)


def _approval_needed_again(store: Store, letter: Letter, lock: drafts.Lock | None) -> None:
    """Say so when the text being edited is no longer what legal approved: a new draft was
    started over the approved version, or versions were saved since (the core's reasons)."""
    if lock is not None:  # a new draft over the approved version, not changed yet
        approval, draft = lock.approval, lock.draft
        names = author_names([draft.started_by, approval.approved_by])
        why = (
            f"{names[draft.started_by]} started a new draft on "
            f"{draft.started_at:%Y-%m-%d %H:%M} UTC, so version {lock.version.number}'s "
            f"approval by {names[approval.approved_by]} needs "
            "renewing: your next change is saved as a new version for legal to approve."
        )
    else:
        record = approvals.approval_record(store, letter.id)
        row = next((r for r in record if r["language"] == letter.source_language), None)
        if row is None or not row["stale"]:
            return
        why = " ".join(row["stale_because"])
    st.warning(f"Approval needed again: {escape_markdown(why)}")


def _text_of(store: Store, version_id: int) -> str | None:
    version = store.get_version(version_id)
    return version.text if version else None


def render_history(store: Store, letter: Letter) -> None:
    """Every version of the source text, one of them shown as it reads and as its changes to
    the text on screen; restoring one saves it again as the newest (undo)."""
    versions = store.versions(letter.id, letter.source_language)
    keys = _keys(letter.id)
    lock = store.lock(letter.id)
    locked = lock is not None and lock.locked
    authors = author_names(v.author for v in versions)
    current = lock.version.text if locked else st.session_state.get(keys.text, versions[-1].text)
    with st.expander(f"History ({plural(len(versions), 'version')})"):
        if locked:
            st.caption("Start a new draft to restore an older version.")
        _look_at(letter.id, list(reversed(versions)), current)
        # a long-lived letter has hundreds of versions: the newest are drawn, the rest on request
        older = len(versions) - HISTORY_SHOWN
        show_all = older > 0 and st.toggle(
            f"Show the {plural(older, 'older version')} too", key=f"history-all:{letter.id}"
        )
        for v in reversed(versions if show_all else versions[-HISTORY_SHOWN:]):
            cols = st.columns([4, 1])
            cols[0].markdown(
                f"**v{v.number}** · {v.created_at:%Y-%m-%d %H:%M} · "
                f"{escape_markdown(authors[v.author])} · {escape_markdown(origin_label(v.origin))}"
            )
            # the version typed on is offered too while the text on screen differs from it
            if not locked and (v.id != st.session_state.get(keys.base) or v.text != current):
                cols[1].button(
                    "Restore", key=f"restore:{v.id}", on_click=restore, args=(store, letter.id, v)
                )


def _look_at(letter_id: int, versions: list[Version], current: str) -> None:
    """One version, newest first to choose from: its text as it reads, and what changed from
    it to the text on screen (the review's track changes)."""
    by_id = {v.id: v for v in versions}
    chosen_id = st.selectbox(
        "Look at a version",
        list(by_id),
        index=None,
        format_func=lambda i: f"v{by_id[i].number} · {by_id[i].created_at:%Y-%m-%d %H:%M}",
        placeholder="Choose a version to preview and compare",
        key=f"history-look:{letter_id}",
    )
    chosen = by_id.get(chosen_id)
    if chosen is None:
        return
    preview, changes = st.tabs(["Preview", "Changes to your text"])
    with preview:
        show(text_html(chosen.text, kind="boxed", language=chosen.language))
    with changes:
        diff = diffing.word_diff(chosen.text, current)
        if diffing.has_changes(diff):
            show(changes_html(diff, only_changed=True, language=chosen.language))
        else:
            st.caption(f"Your text is the same as v{chosen.number}.")


@acting("restore a version")
def restore(store: Store, letter_id: int, version: Version) -> None:
    """Save an older text again as the newest version and show it (a callback: it runs before
    the editor is drawn, so the editor can take the restored text)."""
    keys = _keys(letter_id)
    try:
        edit = edits.restore(
            store,
            letter_id,
            version,
            st.session_state.get(keys.base),
            current_actor(),
            text=st.session_state.get(keys.text),  # typed since, saved first as a version
        )
    except edits.EditRefused as refused:  # the account may no longer change letters
        st.session_state[keys.error] = str(refused)
        if refused.typed is not None:
            _took(letter_id, refused.typed, show=True)
        return
    _took(letter_id, edit.saved, show=True)
