"""The first screen's letters: the workflow path, each letter in use with its languages' states
and the signed-in person's next step (``clearnotice.workflow``), rename / archive / delete, the
archived letters and, for admins, the deleted ones; and the template cards.

Every act goes to ``clearnotice.letter_lifecycle``, which decides and checks the rights; the
buttons drawn here only follow ``permissions.allows`` so nobody is offered what is refused.
"""

from __future__ import annotations

import streamlit as st

from clearnotice import letter_lifecycle as lifecycle
from clearnotice.auth import Account
from clearnotice.db import DatabaseProblem
from clearnotice.languages import language_name
from clearnotice.letters import Letter, Store
from clearnotice.permissions import Action, PermissionRefused, allows
from clearnotice.review_queue import QueueRow
from clearnotice.schema import MAX_TITLE
from clearnotice.templates import Template, jurisdiction_names
from clearnotice.wording import plural
from clearnotice.workflow import STEP_OWNERS, STEPS, LetterProgress, next_step, progress
from components.auth import acting
from components.escaping import escape_markdown
from components.services import get_store
from components.session import current_actor, open_letter, page_of

TEMPLATE_CHOICE = "new-letter-template"  # the "Start from" picker, set by a template card
_NOTICE = "letters-notice"  # (kind, message) of the last rename, archive, delete or restore
_CARDS_PER_ROW = 3
# Letter cards drawn at once: each is half a dozen widgets, and 500 letters drawn whole made
# every run of the first screen (a click, a tab) take 8 to 10 s (tests/app/test_bad_day_app.py).
BATCH = 20
_FIND = "letters-find"  # the "Find a letter" box
_SHOWN = "letters-shown"  # + ":" + a shelf: how many of its letters are drawn
_DELETED = "“{}” is deleted; an admin can restore it."


def render_workflow_path() -> None:
    """The path every letter takes, and who does each step."""
    st.markdown(" → ".join(f"**{step}**" for step in STEPS))
    owners = " · ".join(f"{step}: {STEP_OWNERS[step]}" for step in STEPS)
    st.caption(f"Who does what. {owners}.")


def render_letters(store: Store, account: Account, queue: list[QueueRow]) -> None:
    """The letters in use, then the archived ones, then (for admins) the deleted ones; each
    letter's languages in the state ``queue`` (the review queue) gives them."""
    _show_notice()
    letters = progress(store, queue)
    if not letters:
        st.info(
            "No letters in use. Start one from a template under “New letter”, or import a draft."
        )
    found = _found(letters)
    for letter in found[: _shown(lifecycle.Shelf.IN_USE)]:
        _letter_card(letter, account)
    _show_more(lifecycle.Shelf.IN_USE, len(found))
    archived_acts = ((_UNARCHIVE, "unarchive"), (_DELETE, "delete-archived"))
    _set_aside(store, account, lifecycle.Shelf.ARCHIVED, "Archived ({})", archived_acts)
    if allows(account.role, Action.RESTORE_LETTER):
        heading = "Deleted ({}): only admins see these"
        _set_aside(store, account, lifecycle.Shelf.DELETED, heading, ((_RESTORE, "restore"),))


def _found(letters: list[LetterProgress]) -> list[LetterProgress]:
    """The letters whose title holds what the "Find a letter" box holds (drawn only when the
    letters are more than a batch)."""
    if len(letters) <= BATCH:
        return letters
    wanted = st.text_input("Find a letter", key=_FIND, placeholder="Part of its title")
    wanted = " ".join(wanted.split()).casefold()
    return [item for item in letters if wanted in " ".join(item.letter.title.split()).casefold()]


def _shown(shelf: lifecycle.Shelf) -> int:
    """How many of the letters on ``shelf`` are drawn: a batch, and one more per "Show more"."""
    return st.session_state.get(f"{_SHOWN}:{shelf}", BATCH)


def _show_more(shelf: lifecycle.Shelf, count: int) -> None:
    """A button that draws ``BATCH`` more of the ``count`` letters on ``shelf``, while some are
    not drawn."""
    left = count - _shown(shelf)
    if left > 0:
        st.button(
            f"Show more ({plural(left, 'letter')} not shown)",
            key=f"letters-more:{shelf}",
            on_click=_more,
            args=(shelf,),
        )


def _more(shelf: lifecycle.Shelf) -> None:
    st.session_state[f"{_SHOWN}:{shelf}"] = _shown(shelf) + BATCH


def render_template_cards(templates: tuple[Template, ...]) -> None:
    """Each template's name, what it is for and its jurisdictions; "Use this template" picks it
    in the form below."""
    for start in range(0, len(templates), _CARDS_PER_ROW):
        row = templates[start : start + _CARDS_PER_ROW]
        for column, template in zip(st.columns(_CARDS_PER_ROW), row, strict=False):
            with column, st.container(border=True, key=f"template-card-{template.slug}"):
                st.markdown(f"**{escape_markdown(template.name)}**")
                st.caption(escape_markdown(template.description or "No description yet."))
                names = jurisdiction_names(template)
                where = ", ".join(map(escape_markdown, names)) if names else "any jurisdiction"
                st.markdown(f"For {where}")
                st.button(
                    "Use this template",
                    key=f"template:{template.slug}",
                    on_click=_choose_template,
                    args=(template.name,),
                )


def _choose_template(name: str) -> None:
    st.session_state[TEMPLATE_CHOICE] = name


def _path(step: str) -> str:
    """The path with the letter's step marked: "Draft → **Review** → Translate → ..."."""
    return " → ".join(f":blue-background[**{s}**]" if s == step else s for s in STEPS)


def _letter_card(item: LetterProgress, account: Account) -> None:
    letter = item.letter
    with st.container(border=True, key=f"letter-card-{letter.id}"):
        about, states, act = st.columns([3, 2, 2], vertical_alignment="center")
        with about:
            st.markdown(f"**{escape_markdown(letter.title)}**")
            st.markdown(_path(item.step))
            changed = f"Changed {letter.updated_at:%Y-%m-%d %H:%M}"
            if item.open_comments:
                changed += f" · {plural(item.open_comments, 'open comment')}"
            st.caption(changed)
        with states:
            for g in item.languages:
                st.markdown(
                    f"{language_name(g.language)} v{g.version} · **{g.words}**",
                    help=escape_markdown(g.why),
                )
        with act:
            step = next_step(item, account.role)
            if step.screen is None:
                st.markdown(f"Next: {step.words}")
            elif st.button(step.words, key=f"next:{letter.id}", type="primary"):
                open_letter(letter.id, page_of(step.screen), step.language)
            if st.button("Open", key=f"open:{letter.id}"):
                open_letter(letter.id)
            _manage(letter, account)


# Each act a button offers: its label, the core function, the right it needs, and what the
# notice says after it ("{}" is the letter's title).
_ARCHIVE = ("Archive", lifecycle.archive, Action.ARCHIVE_LETTER, "“{}” is archived.")
_UNARCHIVE = ("Bring back", lifecycle.unarchive, Action.ARCHIVE_LETTER, "“{}” is back in the list.")
_DELETE = ("Delete", lifecycle.delete, Action.DELETE_LETTER, _DELETED)
_RESTORE = ("Restore", lifecycle.restore, Action.RESTORE_LETTER, "“{}” is restored.")


def _manage(letter: Letter, account: Account) -> None:
    """Rename, archive and delete, for the roles that may."""
    if not allows(account.role, Action.RENAME_LETTER):
        return
    with st.popover("Rename, archive, delete"):
        st.text_input("Title", value=letter.title, key=f"title:{letter.id}", max_chars=MAX_TITLE)
        st.button("Rename", key=f"rename:{letter.id}", on_click=_rename, args=(letter.id,))
        _act_button(st, _ARCHIVE, letter.id, account, "archive")
        _act_button(st, _DELETE, letter.id, account, "delete")


def _set_aside(
    store: Store, account: Account, shelf: lifecycle.Shelf, heading: str, acts: tuple
) -> None:
    """The letters on ``shelf`` in an expander (``heading`` with their count for "{}"), a batch
    at a time, each with its ``acts``; an archived letter can still be opened, a deleted one
    only restored."""
    letters = lifecycle.letters_on(store, shelf)
    if not letters:
        return
    with st.expander(heading.format(len(letters))):
        for summary in letters[: _shown(shelf)]:
            letter = summary.letter
            title, opening, *places = st.columns([4, 1, 1, 1], vertical_alignment="center")
            title.markdown(escape_markdown(letter.title))
            if shelf == lifecycle.Shelf.ARCHIVED and opening.button(
                "Open", key=f"open-archived:{letter.id}"
            ):
                open_letter(letter.id)
            for place, (act, key) in zip(places, acts, strict=False):
                _act_button(place, act, letter.id, account, key)
        _show_more(shelf, len(letters))


def _act_button(where, act: tuple, letter_id: int, account: Account, key: str) -> None:
    """The button of ``act`` in ``where`` (a column, or ``st``), when the role may do it."""
    label, run, action, done = act
    if allows(account.role, action):
        where.button(label, key=f"{key}:{letter_id}", on_click=_act, args=(run, letter_id, done))


def _rename(letter_id: int) -> None:
    title = st.session_state[f"title:{letter_id}"]
    _act(lifecycle.rename, letter_id, "Renamed to “{}”.", title=title)


@acting("rename, archive, delete or restore a letter")
def _act(action, letter_id: int, done: str, **values: str) -> None:
    """Run a lifecycle act as the signed-in person (a button's callback, so the list drawn next
    already shows its result) and keep what to say about it: ``done`` with the title for "{}"."""
    try:
        letter = action(get_store(), letter_id, actor=current_actor(), **values)
    except (lifecycle.LifecycleRefused, PermissionRefused, DatabaseProblem) as refused:
        # a callback runs outside the page's error handling: a refusal not kept here showed
        # Streamlit's redacted error (a read-only database)
        st.session_state[_NOTICE] = ("error", str(refused))
    else:
        st.session_state[_NOTICE] = ("success", done.format(letter.title))


def _show_notice() -> None:
    kind, message = st.session_state.pop(_NOTICE, (None, None))
    if kind == "error":
        st.error(escape_markdown(message))
    elif kind == "success":
        st.success(escape_markdown(message))
