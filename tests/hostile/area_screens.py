"""Hostile input to the screens, through Streamlit's AppTest with the plain editor: letters with no
words or only markup opened on Edit and Review, wrong ``?letter=`` links, broken templates. A page
must run to its end with a message where one is due, never a traceback or an incident."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clearnotice.auth import create_first_admin
from clearnotice.facts import facts_of
from clearnotice.letters import Store
from clearnotice.templates import TEMPLATES_DIR_ENV
from components.editor import PLAIN_EDITOR_ENV
from tests.app.session import EDIT_TABS, PASSWORD, ROOT, open_as
from tests.hostile.harness import ACCEPTED, REFUSED, WARNED, WRONG, Case, Outcome

NAME = "screens"
EDIT, REVIEW, EXPORT, TRANSLATIONS = (
    "pages/1_Edit.py",
    "pages/3_Review.py",
    "pages/4_Export.py",
    "pages/2_Translations.py",
)
HOME = "app.py"
INCIDENT = "Something went wrong (ref"

_GOOD_TEMPLATE = "---\nname: Good\njurisdictions: [CA]\n---\n# Notice\n\nWe lost data.\n"


def _letter(id: str, page: str, text: str, note: str = "") -> Case:
    return Case(id, ACCEPTED, ("letter", page, text), note)


def _link(id: str, page: str, value: str) -> Case:
    return Case(id, REFUSED, ("link", page, value), "must not open another letter silently")


def _templates(id: str, expect: str, files: dict[str, str], create: str | None = None) -> Case:
    return Case(id, expect, ("templates", files, create))


CASES = (
    _letter("edit-empty", EDIT, ""),
    _letter("edit-heading-marker", EDIT, "## ", "Enter, Enter, '## ' and a pause"),
    _letter("edit-marker-after-blank-lines", EDIT, "\n\n## "),
    _letter("edit-bold-of-spaces", EDIT, "**  **"),
    _letter("edit-heading-opening-with-punctuation", EDIT, "# ?! Next steps\n\nCall us."),
    _letter("edit-only-emoji", EDIT, "😀🎉"),
    _letter("edit-bullet-marker", EDIT, "- "),
    _letter("review-heading-marker", REVIEW, "# "),
    _letter("review-heading-of-markup", REVIEW, "## **  **"),
    _letter("review-numbered-marker", REVIEW, "1. "),
    _letter("review-quote-marker", REVIEW, "> "),
    _letter("review-only-whitespace", REVIEW, "  \n\t\n"),
    _link("edit-missing-letter", EDIT, "999999"),
    _link("review-negative-letter", REVIEW, "-1"),
    _link("export-huge-letter", EXPORT, "9" * 40),
    _link("translations-text-letter", TRANSLATIONS, "abc"),
    _link("edit-fraction-letter", EDIT, "1.5"),
    _templates("template-without-front-matter", WARNED, {"bare": "# Notice\n\nText.\n"}),
    _templates(
        "template-unknown-jurisdiction",
        WARNED,
        {"zz": "---\nname: Nowhere\njurisdictions: [ZZ]\n---\nText\n"},
    ),
    _templates("template-bad-yaml", WARNED, {"bad": "---\nname: [unclosed\n---\nText\n"}),
    _templates(
        "sample-customer-never-becomes-a-fact",
        ACCEPTED,
        {
            "samples": "---\nname: Samples\nplaceholders:\n  customer_name: Maria\n"
            "  phone: 1-800-555-0142\n---\nDear {{ customer_name }}, call {{ phone }}.\n"
        },
        create="Samples",
    ),
    Case("stored-unknown-jurisdiction", WARNED, ("jurisdiction", REVIEW, "ZZ")),
)


@contextmanager
def _environment(workdir: Path, **values: str) -> Iterator[None]:
    """The app's settings for one case, put back afterwards (the harness runs in-process)."""
    before = {key: os.environ.get(key) for key in values}
    cwd = Path.cwd()
    os.environ.update(values)
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(cwd)
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _raise_if_broken(at) -> None:
    """A traceback or an incident is a failure of the page, not an outcome."""
    if at.exception:
        raise AssertionError(f"traceback on the page: {at.exception[0].message}")
    for error in at.error:
        if error.value.startswith(INCIDENT):
            raise AssertionError(f"incident on the page: {error.value}")


def _texts(elements) -> str:
    return " | ".join(e.value for e in elements)


def attempt(case: Case, workdir: Path) -> Outcome:
    kind, *details = case.payload
    url = f"sqlite:///{workdir / 'screens.sqlite3'}"
    templates = workdir / "templates"
    templates.mkdir()
    (templates / "good.md").write_text(_GOOD_TEMPLATE, encoding="utf-8")
    settings = {
        "CLEARNOTICE_DATABASE_URL": url,
        PLAIN_EDITOR_ENV: "1",
        TEMPLATES_DIR_ENV: str(templates),
    }
    with _environment(workdir, **settings):
        store = Store(url)
        create_first_admin(store, "ada", PASSWORD)
        other = store.create_letter("Another letter", "We lost data.", actor="ada")
        if kind == "letter":
            return _open_letter(store, *details)
        if kind == "link":
            return _follow_link(store, other, *details)
        if kind == "jurisdiction":
            return _unknown_jurisdiction(store, *details)
        return _new_letter(store, templates, *details)


def _open_letter(store: Store, page: str, text: str) -> Outcome:
    letter = store.create_letter("Degenerate", text, actor="ada")
    at = open_as("ada", page, letter.id)
    _raise_if_broken(at)
    if page == EDIT:
        shown = at.text_area(key=f"editor:{letter.id}").value
        if shown != text:
            return Outcome(WRONG, f"the editor shows {shown!r}, the letter holds {text!r}")
        for tab in [t.label for t in at.tabs]:  # only the open tab is drawn: open each
            at.session_state[EDIT_TABS] = tab
            _raise_if_broken(at.run())
    elif not any(h.value == "Approve" for h in at.subheader):
        return Outcome(WRONG, "the Review page has no Approve section")
    return Outcome(ACCEPTED, f"{page} drew the letter")


def _follow_link(store: Store, other, page: str, value: str) -> Outcome:
    at = open_as("ada", page, value)
    _raise_if_broken(at)
    shown = [t.value for t in at.title]
    if any(other.title in t for t in shown):  # checked first: the letter has errors to show
        return Outcome(WRONG, f"?letter={value} silently opened {other.title!r}")
    if at.error:
        return Outcome(REFUSED, _texts(at.error))
    return Outcome(ACCEPTED, f"no message; titles {shown}")


def _unknown_jurisdiction(store: Store, page: str, code: str) -> Outcome:
    letter = store.create_letter("Far away", "We lost data.", actor="ada", jurisdictions=[code])
    at = open_as("ada", page, letter.id)
    _raise_if_broken(at)
    said = [m.value for m in at.markdown if f"'{code}'" in m.value]
    if not said:
        return Outcome(WRONG, f"the Review page does not say that {code} is unknown")
    return Outcome(WARNED, said[0])


def _new_letter(
    store: Store, templates: Path, files: dict[str, str], create: str | None
) -> Outcome:
    for slug, text in files.items():
        (templates / f"{slug}.md").write_text(text, encoding="utf-8")
    at = open_as("ada", HOME)
    _raise_if_broken(at)
    [start_from] = [s for s in at.selectbox if s.label == "Start from"]
    if create is not None:
        start_from.select(create)
        [sample] = [c for c in at.checkbox if c.label.startswith("Start the facts sheet")]
        sample.check()
        [submit] = [b for b in at.button if b.label == "Create letter"]
        at = submit.click().run()
        _raise_if_broken(at)
        if len(store.list_letters()) == 1:  # only the other letter
            return Outcome(REFUSED, _texts(at.error))
        made = store.list_letters()[0].letter
        text, kept = store.latest_version(made.id).text, facts_of(store, made.id)
        if "{{ customer_name }}" not in text or "customer_name" in kept:
            return Outcome(WRONG, f"a sample customer was fixed into the letter: {text!r} {kept}")
        return Outcome(ACCEPTED, f"created with placeholders kept and facts {kept}")
    if "Good" not in start_from.options:
        return Outcome(WRONG, f"the good template is gone too: {start_from.options}")
    if at.warning:
        return Outcome(WARNED, _texts(at.warning))
    return Outcome(ACCEPTED, "no warning")
