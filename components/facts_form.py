"""The Facts tab of the Edit page: the incident's facts sheet as a form, typed once for every
language of the letter.

The fields, their checks and what a change does are the core's (clearnotice.facts); this form
draws the fields, keeps what was typed until it is saved (through a look at another tab, and
when the core refuses it), shows each refusal under the field it is about, and previews the
letter with the kept facts filled in.
"""

from __future__ import annotations

import streamlit as st

from clearnotice import facts
from clearnotice.export.document import Document
from clearnotice.export.html import parts_fragment
from clearnotice.letters import Letter, Store
from clearnotice.permissions import PermissionRefused
from clearnotice.placeholders import find_placeholders
from components.escaping import escape_markdown
from components.letter_html import show
from components.session import current_actor, typing_box


def _key(letter_id: int, name: str) -> str:
    return f"fact:{letter_id}:{name}"


def render(store: Store, letter: Letter, text: str) -> None:
    kept = facts.facts_of(store, letter.id)
    known = {f.name for f in facts.fields()}
    blank = [n for n in find_placeholders(text) if n in known and n not in kept]
    st.caption(
        "Type each fact of the incident once: every language and variant of this letter uses "
        "it through its placeholder, such as {{ phone }}. A customer's own name, address and "
        "code come from the customer list at mail merge, never from here."
    )
    if blank:
        names = ", ".join(f"{{{{ {n} }}}}" for n in blank)
        st.info(f"The letter uses {len(blank)} fact(s) not typed yet: {names}")
    problems: dict[str, str] = st.session_state.pop(f"facts-problems:{letter.id}", {})
    # No st.form: the browser sends a form's fields only with its button, so facts typed and
    # not saved were gone after a visit to another page; each field is a typing_box instead.
    for field in facts.fields():
        # what was typed and refused stays as typed
        box = typing_box(_key(letter.id, field.name), start=kept.get(field.name, ""))
        st.text_input(field.label, **box)
        if field.name in problems:
            st.error(escape_markdown(problems[field.name]))
    if st.button("Save facts", type="primary", key=f"facts-save:{letter.id}"):
        _save(store, letter)
    with st.expander("Preview: the letter with these facts"):
        kept = facts.facts_of(store, letter.id)  # as saved just now
        filled = Document.from_markdown(text, letter.source_language).with_facts(kept)
        fragment = parts_fragment(filled.parts, filled.language)
        show(f'<div class="cn-letter boxed">{fragment}</div>')


def _save(store: Store, letter: Letter) -> None:
    typed = {f.name: st.session_state.get(_key(letter.id, f.name), "") for f in facts.fields()}
    try:
        changed = facts.save_facts(store, letter.id, typed, actor=current_actor())
    except facts.FactError as refused:
        st.session_state[f"facts-problems:{letter.id}"] = refused.problems
        st.rerun()
    except (PermissionRefused, ValueError) as refused:  # ValueError: a variant's are its master's
        st.error(escape_markdown(str(refused)))
        return
    if changed:
        labels = ", ".join(f.label.lower() for f in facts.fields() if f.name in changed)
        st.success(f"Saved. Changed: {labels}. Every language of this letter now uses them.")
    else:  # a double click's second click too: "Nothing changed." read as a save refused
        st.success("Saved: these facts were saved already.")
