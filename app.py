"""ClearNotice home: the path every letter takes, a legal reviewer's queue, the letters with where
each stands and what to do next, a new letter from a template card, and importing a draft."""

import streamlit as st

from clearnotice.facts import example_facts, save_facts
from clearnotice.importing import (
    ACCEPTED_NAMES,
    UPLOAD_TYPES,
    ImportProblem,
    import_draft_in_worker,
)
from clearnotice.review_queue import review_queue
from clearnotice.schema import MAX_TITLE
from clearnotice.templates import read_templates
from clearnotice.wording import plural
from components.auth import current_account
from components.escaping import escape_markdown
from components.letters_view import (
    TEMPLATE_CHOICE,
    render_letters,
    render_template_cards,
    render_workflow_path,
)
from components.review_queue_view import render_review_queue
from components.services import get_store
from components.session import current_actor, open_letter, page_setup

page_setup("Letters")
store = get_store()
st.title("ClearNotice")
st.caption(
    "Breach notification letters that are plain, complete, legally sound and in the reader's own "
    "language. Everything stays on this machine unless you choose a service that sends it out."
)

queue = review_queue(store)  # drawn for a reviewer, and the state of every letter's languages
render_review_queue(queue, current_account())

render_workflow_path()
letters_tab, new_tab, import_tab = st.tabs(["Letters", "New letter", "Import a draft"])

with letters_tab:
    render_letters(store, current_account(), queue)

with new_tab:
    shelf = read_templates()
    for problem in shelf.problems:
        st.warning(f"A template was left out: {escape_markdown(problem)}")
    templates = shelf.templates
    render_template_cards(templates)
    names = ["Blank letter", *[t.name for t in templates]]
    with st.form("new-letter"):
        title = st.text_input(
            "Title", placeholder="e.g. March 2026 billing incident", max_chars=MAX_TITLE
        )
        template_name = st.selectbox("Start from", names, key=TEMPLATE_CHOICE)
        sample = st.checkbox(
            "Start the facts sheet with the template's example facts",
            help="The letter keeps its {{ placeholders }}; the example facts go in the Edit "
            "page's Facts tab for you to replace. Customers' own names and addresses always "
            "come from the customer list.",
        )
        created = st.form_submit_button("Create letter", type="primary")
    if created:
        template = next((t for t in templates if t.name == template_name), None)
        letter = store.create_letter(
            title.strip() or (template.name if template else "Untitled letter"),
            template.body if template else "",
            actor=current_actor(),
            origin=f"template:{template.slug}" if template else "typed",
            jurisdictions=list(template.jurisdictions) if template else [],
        )
        if template and sample:
            save_facts(
                store, letter.id, example_facts(template.sample_values), actor=current_actor()
            )
        open_letter(letter.id)

with import_tab:
    upload = st.file_uploader(f"A draft letter ({ACCEPTED_NAMES})", type=list(UPLOAD_TYPES))
    if upload is not None:
        try:
            draft = import_draft_in_worker(upload.getvalue(), upload.name)
        except ImportProblem as problem:
            st.error(escape_markdown(str(problem)))  # it names the file, which the user named
        else:
            for warning in draft.warnings:
                st.warning(escape_markdown(warning))
            size = plural(len(draft.text.split()), "word")
            st.markdown(f"**{escape_markdown(draft.title)}** · {size}")
            with st.expander("Preview"):
                st.text(draft.text)
            if st.button("Create letter from this draft", type="primary"):
                letter = store.create_letter(
                    draft.title, draft.text, actor=current_actor(), origin=f"import:{upload.name}"
                )
                open_letter(letter.id)
