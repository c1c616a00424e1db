"""The Export page's two parts: one letter in one format, and the mail merge of a customer list.

Text approved with exceptions is used here once its exceptions are listed on the page, above
the button that makes the file or the merge (the command line asks for --accept-exceptions).
Files are made only when the user asks (a button), because every export is written to the
audit log; a prepared file and a finished merge are kept for the signed-in account
(``auth.prepared_files``) so a rerun still offers their download, and handed to the browser at
the click only while the sign-in session lives (``auth.offer_download``). A merge's ZIP is written
under the data folder, never held in memory whole.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from clearnotice import approvals
from clearnotice.db import DatabaseProblem
from clearnotice.export.approved import (
    Choice,
    ExportError,
    choose_version,
    document_of,
    facts_not_typed,
    log_export,
)
from clearnotice.export.customer_list import CustomerList, ListError, read_customer_list
from clearnotice.export.document import Document
from clearnotice.export.file_names import merge_zip_name
from clearnotice.export.formats import export_letter
from clearnotice.export.html import render_html
from clearnotice.export.layouts import CALIFORNIA, LAYOUTS, STANDARD
from clearnotice.export.mailmerge import (
    MergeResult,
    NotLogged,
    fingerprint,
    merge,
    record_merge,
)
from clearnotice.export.merge_journal import PARTS, JournalError
from clearnotice.export.merge_plan import (
    Mapping,
    MergeError,
    MergePlan,
    plan_merge,
    refuse_if_changed,
    suggest_mapping,
    texts_used,
)
from clearnotice.export.merge_rows import (
    HELD,
    LetterCount,
    RowCheck,
    check_rows,
    instead_lines,
    letter_counts,
    preview,
)
from clearnotice.export.merge_stopped import (
    KEEP,
    Stopped,
    discard,
    may_discard,
    merges_folder,
    page_zip,
    stopped_merges,
    sweep,
)
from clearnotice.export.posting import ENVELOPES
from clearnotice.export.registry import FORMATS, LetterFormat, merge_formats, render
from clearnotice.languages import language_name
from clearnotice.letters import Letter, Store
from clearnotice.permissions import PermissionRefused
from clearnotice.placeholders import find_placeholders
from clearnotice.wording import plural
from components.approval_exceptions import APPROVED_WITH_EXCEPTIONS, show_exceptions
from components.auth import current_account, offer_download, prepared_files
from components.escaping import escape_markdown

# kept among the account's prepared files (auth.prepared_files)
PREPARED = "export_prepared"  # {request: Export}
MERGED_KEY = "export_merge_result"  # {letter id: MergeResult}
PREVIEW_FILE = "export_merge_preview_file"  # (row, file bytes)
LISTS = "export_merge_lists"  # {sha256 of the upload: CustomerList}
CHECKS = "export_merge_checks"  # {(list, mapping, plan): [RowCheck]}
SHOWN = "export_merge_shown"  # {button key: the texts the page showed when it was clicked}
DOWNLOAD_LIMIT = 300 * 1024 * 1024  # larger ZIPs are left on the server: the browser would stall
SAME_FOR_ALL = "(the same value for everyone)"
APPROVED_CHOICE = 0  # no version has id 0: "the approved one" in the version picker
NONE = "(none)"
LAYOUT_LABELS = {STANDARD: "Standard", CALIFORNIA: "California: 'Notice of Data Breach' layout"}


def _language_label(language: str, letter: Letter, record: dict[str, dict]) -> str:
    source = ", source" if language == letter.source_language else ""
    state = "approved" if language in record else "not approved"
    if language in record and record[language]["exceptions"]:
        state = APPROVED_WITH_EXCEPTIONS
    return f"{language_name(language)} ({language}{source}) · {state}"


def _languages(store: Store, letter: Letter) -> list[str]:
    found = {v.language for v in store.versions(letter.id)}
    return sorted(found, key=lambda lang: (lang != letter.source_language, lang))


# one letter ------------------------------------------------------------------------------------
def render_export(store: Store, letter: Letter, actor: str) -> None:
    """Pick language, version, format and layout; prepare the file; download it."""
    languages = _languages(store, letter)
    record = {row["language"]: row for row in approvals.approval_record(store, letter.id)}
    # the language's label says its state too ("English (en, source) · approved v3"): room for it
    language_col, version_col, format_col, layout_col = st.columns([2, 1, 1, 1])
    language = language_col.selectbox(
        "Language",
        languages,
        format_func=lambda lang: _language_label(lang, letter, record),
        key=f"export_lang:{letter.id}",
    )
    approved = approvals.approved_version(store, letter.id, language)
    versions = store.versions(letter.id, language)
    numbers = {v.id: v.number for v in versions}
    picked = version_col.selectbox(
        "Version",
        [APPROVED_CHOICE, *reversed(numbers)],
        format_func=lambda vid: (
            f"v{numbers[vid]}"
            if vid != APPROVED_CHOICE
            else (f"Approved (v{approved.number})" if approved else "Newest (not approved)")
        ),
        key=f"export_version:{letter.id}:{language}",
    )
    version_id = None if picked == APPROVED_CHOICE else picked
    fmt = format_col.selectbox(
        "Format", list(FORMATS), format_func=lambda f: FORMATS[f].label, key="export_format"
    )
    is_letter = isinstance(FORMATS[fmt], LetterFormat)
    layout = layout_col.radio(
        "Layout",
        LAYOUTS,
        format_func=LAYOUT_LABELS.get,
        key="export_layout",
        disabled=not FORMATS[fmt].uses_layout,
    )
    try:
        choice = choose_version(store, letter.id, language, version_id)
    except ExportError as exc:
        st.error(escape_markdown(str(exc)))
        return
    if not is_letter:
        st.caption("The approval record: version, reviewer, time and SHA-256 per language.")
    elif choice.draft_reason:
        st.warning(
            "Not approved: the file will be marked DRAFT on every page. "
            f"{escape_markdown(choice.draft_reason)}"
        )
    elif choice.exceptions:
        show_exceptions(f"{language} v{choice.version.number}", choice.exceptions)
    else:
        st.success(f"{language} v{choice.version.number} is the approved text.")
    not_typed = facts_not_typed(store, letter, choice) if is_letter else ()
    if not_typed:
        st.warning(
            "The file will show these facts as placeholders, as nobody has typed them yet: "
            f"{escape_markdown(', '.join(not_typed))}. Type them on the Edit page's Facts tab."
        )

    request = (letter.id, language, version_id, fmt, layout, _holds(choice, record, is_letter))
    prepared = prepared_files().setdefault(PREPARED, {})
    if st.button("Prepare the file", key="export_prepare", type="primary"):
        try:
            prepared[request] = export_letter(
                store,
                letter.id,
                fmt=fmt,
                actor=actor,
                language=language,
                version_id=version_id,
                layout=layout,
                accept_exceptions=True,  # listed above, where the file is asked for
            )
        except ValueError as exc:  # ExportError, a script the PDF cannot set, a bad layout
            st.error(escape_markdown(str(exc)))
    result = prepared.get(request)
    if result is not None:
        for note in result.notes:
            st.info(escape_markdown(note))
        offer_download(
            f"Download {result.filename}",
            "download an exported letter",
            result.data,
            file_name=result.filename,
            mime=result.media_type,
            key="export_download",
        )
    if is_letter:
        with st.expander("Preview"):
            _show_html(render_html(document_of(store, letter, choice), layout), 640)


def _holds(choice: Choice, record: dict[str, dict], is_letter: bool) -> str:
    """What a prepared file holds, as part of its key: kept under what was asked alone
    ("Approved"), a file prepared before legal approved a newer version was still offered as
    the approved one. A letter holds its version, approved or not; the approval record every
    approval."""
    if is_letter:
        return repr((choice.version.id, choice.draft_reason, choice.exceptions))
    return repr(record)


def _show_html(page: str, height: int) -> None:
    """The letter page in a frame of its own origin (a data: URL), so even if some markup got
    past the escaping it could not reach the app."""
    encoded = base64.b64encode(page.encode("utf-8")).decode("ascii")
    st.iframe(f"data:text/html;charset=utf-8;base64,{encoded}", height=height)


# mail merge ------------------------------------------------------------------------------------
def render_merge(store: Store, letter: Letter, actor: str) -> None:
    """Upload a list, map columns, check the rows, preview one, merge with a progress bar."""
    st.caption(
        "One letter per customer, in the customer's language, from the approved text. "
        "Rows with a problem are held back with a message; every row is in the manifest."
    )
    _stopped_merges(store, letter)
    upload = st.file_uploader(
        "Customer list (CSV or XLSX)", type=["csv", "xlsx"], key=f"merge_upload:{letter.id}"
    )
    if upload is None:
        return
    data = upload.getvalue()
    try:
        customers = _read_list(data, upload.name)
    except ListError as exc:
        st.error(escape_markdown(str(exc)))
        return
    st.caption(
        f"{plural(len(customers), 'row')}, columns: "
        f"{escape_markdown(', '.join(customers.columns))}"
        + (f"; {plural(customers.blank_rows, 'blank row')} skipped" if customers.blank_rows else "")
    )
    for warning in customers.warnings:
        st.warning(escape_markdown(warning))
    fmt_col, layout_col, drafts_col = st.columns(3)
    fmt = fmt_col.radio("Letters as", merge_formats(), format_func=str.upper, key="merge_format")
    layout = layout_col.radio("Layout", LAYOUTS, format_func=LAYOUT_LABELS.get, key="merge_layout")
    drafts = drafts_col.checkbox(
        "Proof run: use unapproved text, marked DRAFT",
        key=f"merge_drafts:{letter.id}",
        help="For checking the layout before legal approves; never for sending.",
    )
    envelope, letter_date = _posting_choice(fmt, letter)
    mapping = _mapping_form(store, letter, customers)
    try:
        plan = plan_merge(
            store,
            letter.id,
            mapping,
            fmt=fmt,
            layout=layout,
            allow_drafts=drafts,
            accept_exceptions=True,  # listed just below, before anything is merged
            envelope=envelope,
            letter_date=letter_date,
        )
    except MergeError as exc:
        st.error(escape_markdown(str(exc)))
        return
    for each in plan.letters():  # the master, then each per-state letter
        named = "" if each.letter_id == letter.id else f"{each.name}, "
        for language, text in each.texts.items():
            if text.exceptions:
                show_exceptions(f"{named}{language} v{text.version_number}", text.exceptions)
    _language_table(plan)
    checks = _checks(plan, customers, hashlib.sha256(data).hexdigest())
    held = [c for c in checks if c.outcome == HELD]
    noted = [c for c in checks if c.outcome != HELD and c.notes]
    merged_col, held_col, noted_col = st.columns(3)
    merged_col.metric("Will merge", len(checks) - len(held))
    held_col.metric("Held back", len(held))
    noted_col.metric("Merge with a note", len(noted))
    if plan.variants:
        _letter_table(letter_counts(plan, checks))
    for line in instead_lines(checks):  # said before the merge, not only in a row's notes
        st.warning(escape_markdown(line))
    if held or noted:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Row": c.sheet_row,
                        "Lines in the file": customers.line_label(c.index),
                        **_ident(plan, customers, c),
                        "Outcome": c.outcome,
                        "Problems": " | ".join(c.problems),
                        "Notes": " | ".join(c.notes),
                    }
                    for c in [*held, *noted]
                ]
            ).sort_values("Row"),
            hide_index=True,
            width="stretch",
            column_config={name: _LONG_TEXT for name in ("Problems", "Notes")},
        )
    _preview_row(store, plan, customers, actor)
    _run_merge(store, letter, plan, customers, actor, len(checks) - len(held))


def _letter_table(counts: list[LetterCount]) -> None:
    """How many rows go to the master and to each per-state letter (clearnotice.export.mailmerge
    chooses them)."""
    st.markdown("**Which letter the rows get**")
    st.dataframe(
        pd.DataFrame([{"Letter": c.name, "Rows": c.rows, "Held back": c.held} for c in counts]),
        hide_index=True,
        key="merge_letters",
    )


def _posting_choice(fmt: str, letter: Letter) -> tuple[str | None, dt.date | None]:
    """The window envelope the PDF letters are laid out for (none: as the Export tab shows
    them), and the date they carry."""
    if fmt != "pdf":
        return None, None
    left, right = st.columns(2)
    envelope = left.selectbox(
        "Ready to post in",
        [None, *ENVELOPES],
        format_func=lambda name: (
            "No envelope: the letter only" if name is None else ENVELOPES[name].label
        ),
        key=f"merge_envelope:{letter.id}",
        help="Adds the sender (Settings page), the date, the customer's address in the window "
        "and page numbers.",
    )
    if envelope is None:
        return None, None
    return envelope, right.date_input("Letter date", key=f"merge_date:{letter.id}")


def _ident(plan: MergePlan, customers: CustomerList, check: RowCheck) -> dict[str, str]:
    column = plan.mapping.id_column
    return {column: customers.table.at[check.index, column]} if column else {}


def _read_list(data: bytes, name: str) -> CustomerList:
    """The uploaded list, read once per upload (only the newest one is kept), with a progress
    bar while it is read: a 50,000-row workbook takes about 10 s."""
    digest = hashlib.sha256(data).hexdigest()
    kept = st.session_state.get(LISTS, {})
    if digest not in kept:
        bar = st.progress(0.0, text="Reading the list…")

        def shown(share: float, message: str) -> None:
            bar.progress(share, text=message)

        kept = {digest: read_customer_list(data, name, progress=shown)}
        st.session_state[LISTS] = kept
    return kept[digest]


def _checks(plan: MergePlan, customers: CustomerList, digest: str) -> list[RowCheck]:
    """Every row's check, kept until the list, the mapping or the plan changes."""
    texts = tuple((letter.letter_id, *letter.texts) for letter in plan.letters())
    key = (digest, repr(plan.mapping), plan.fmt, plan.layout, texts, plan.envelope)
    kept = st.session_state.get(CHECKS, {})
    if key not in kept:
        kept = {key: list(check_rows(plan, customers))}
        st.session_state[CHECKS] = kept
    return kept[key]


def _mapping_form(store: Store, letter: Letter, customers: CustomerList) -> Mapping:
    names: dict[str, None] = {}
    for version in store.versions(letter.id):
        names.update(dict.fromkeys(find_placeholders(version.text)))
    suggested = suggest_mapping(names, customers.columns)
    columns = list(customers.columns)
    mapped: dict[str, str] = {}
    values: dict[str, str] = {}
    with st.expander("Columns for the placeholders", expanded=len(suggested.columns) < len(names)):
        for name in names:
            options = [*columns, SAME_FOR_ALL]
            default = suggested.columns.get(name, SAME_FOR_ALL)
            left, right = st.columns(2)
            choice = left.selectbox(
                f"{{{{ {name} }}}}",
                options,
                index=options.index(default),
                key=f"merge_map:{letter.id}:{name}",
            )
            if choice == SAME_FOR_ALL:
                values[name] = right.text_input(
                    f"Value of {{{{ {name} }}}} for everyone", key=f"merge_value:{letter.id}:{name}"
                )
            else:
                mapped[name] = choice
        lang_col, mail_col, id_col = st.columns(3)
        language = _column_pick(lang_col, "Language column", columns, suggested.language_column)
        email = _column_pick(mail_col, "E-mail column", columns, suggested.email_column)
        ident = _column_pick(id_col, "ID column (file names)", columns, suggested.id_column)
    # a blank "same for everyone" value counts as unmapped, so the plan names it
    values = {k: v for k, v in values.items() if v.strip()}
    return Mapping(mapped, values, language, email, ident, suggested.address_columns)


def _column_pick(container, label: str, columns: list[str], default: str | None) -> str | None:
    options = [NONE, *columns]
    chosen = container.selectbox(
        label, options, index=options.index(default) if default else 0, key=f"merge_col:{label}"
    )
    return None if chosen == NONE else chosen


# A column of sentences takes the room left (the table scrolls sideways inside its own frame),
# rather than cutting them off at a few words.
_LONG_TEXT = st.column_config.TextColumn(width="large")


def _language_table(plan: MergePlan) -> None:
    rows = [
        {
            "Language": lang,
            "Text used": f"v{text.version_number}",
            "State": APPROVED_WITH_EXCEPTIONS if text.exceptions else "ready",
        }
        for lang, text in plan.texts.items()
    ]
    rows += [
        {"Language": lang, "Text used": plan.source_language, "State": why}
        for lang, why in plan.unavailable.items()
    ]
    with st.expander("Which text each language gets"):
        st.dataframe(
            pd.DataFrame(rows),
            hide_index=True,
            width="stretch",
            column_config={"State": _LONG_TEXT},
        )


def _preview_row(store: Store, plan: MergePlan, customers: CustomerList, actor: str) -> None:
    table = customers.table
    rows = [int(index) + 2 for index in table.index]  # as a spreadsheet numbers them
    with st.expander("Preview one customer's letter"):
        row = st.number_input(
            "Row (as the spreadsheet numbers it; the header is row 1)",
            min_value=rows[0],
            max_value=rows[-1],
            value=rows[0],
            key="merge_preview_row",
        )
        if row not in rows:
            st.info(f"Row {row} is blank: it is not part of the list.")
            return
        check, document = preview(plan, customers, rows.index(row))
        for problem in check.problems:
            st.error(escape_markdown(problem))
        for note in check.notes:
            st.info(escape_markdown(note))
        if document is None:
            return
        _show_html(render_html(document, plan.layout), 560)
        if _clicked(
            "Make this letter's file", store, plan, key="merge_preview_make", refused="Not made"
        ):
            try:
                _make_preview_file(store, plan, document, row, actor)
            except DatabaseProblem as refused:
                st.error(
                    "Not made: the audit log could not record the file, so it is not offered. "
                    f"{escape_markdown(str(refused))}"
                )
                return
            except ValueError as exc:  # a character no font has, a script the PDF cannot set
                st.error(escape_markdown(str(exc)))
                return
        made = prepared_files().get(PREVIEW_FILE)
        if made and made[0] == row:
            offer_download(
                f"Download row {row}'s letter",
                "download a merged letter",
                made[1],
                file_name=check.file.rsplit("/", 1)[-1],
                key="merge_preview_download",
            )


def _clicked(
    label: str, store: Store, plan: MergePlan, *, key: str, refused: str = "Not merged", **options
) -> bool:
    """A button that makes files from ``plan``, clicked and still showing what the plan uses.
    The click reruns the page, which plans again: a text legal approved, replaced or revoked
    since the page was drawn was merged unseen (a Spanish customer got English, or v2 when v1
    was shown). The texts shown go with the click (its callback runs before the rerun); when
    they differ from the plan's now, nothing is made, the page says what changed and the audit
    log that the click was refused."""
    shown = texts_used(plan)
    if not st.button(label, key=key, on_click=_remember_shown, args=(key, shown), **options):
        return False
    asked = st.session_state.get(SHOWN, {}).pop(key, shown)
    changed = refuse_if_changed(store, current_account().username, plan.letter_id, asked, shown)
    if changed:
        st.warning(
            f"{refused}: the letter's approved texts changed since the page showed them ("
            + escape_markdown("; ".join(changed))
            + "). The page now shows the texts that would go out: check them, then click again."
        )
    return not changed


def _remember_shown(key: str, shown: dict[str, str]) -> None:
    st.session_state.setdefault(SHOWN, {})[key] = shown


def _make_preview_file(
    store: Store, plan: MergePlan, document: Document, row: int, actor: str
) -> None:
    """Render one row's letter and offer it once the audit log holds it: kept before the log
    line, a read-only database's refusal still left its download on the page."""
    data = render(plan.fmt, document, plan.layout)
    log_export(store, actor, plan.letter_id, f"{plan.fmt} letter for list row {row}")
    prepared_files()[PREVIEW_FILE] = (row, data)


def _run_merge(
    store: Store,
    letter: Letter,
    plan: MergePlan,
    customers: CustomerList,
    actor: str,
    ready: int,
) -> None:
    results = prepared_files().setdefault(MERGED_KEY, {})
    target = _merge_target(letter, plan, customers)
    label = f"Merge {ready} letters"
    if _clicked(label, store, plan, type="primary", disabled=ready == 0, key="merge_go"):
        bar = st.progress(0.0, text="Starting…")

        def progress(done: int, total: int, message: str) -> None:
            bar.progress(done / total if total else 1.0, text=message)

        stopped = target.with_name(target.name + PARTS).exists()
        try:
            results[letter.id] = merge(
                plan,
                customers,
                target,
                progress=progress,
                resume=stopped,
                record=lambda made: record_merge(store, actor, plan, made),
                started_by=actor,
            )
        except NotLogged as refused:
            st.error(
                "Not merged: the audit log could not record the merge, so no file was kept. "
                f"{escape_markdown(str(refused))}"
            )
            return
        except (OSError, ValueError) as exc:
            st.error(f"The merge stopped: {escape_markdown(str(exc))}")
            return
    result: MergeResult | None = results.get(letter.id)
    if result is None or result.zip_path != target:
        # another list, other options or a newer approved text since: not this merge's ZIP
        return
    st.success(
        f"{result.counted()}, in {result.seconds:.1f} s. The ZIP is kept on the server for "
        f"{KEEP.days} days."
    )
    _offer(result.zip_path, merge_zip_name(letter.id, plan.fmt))
    offer_download(
        "Download the manifest (CSV)",
        "download a mail merge's manifest",
        result.manifest.encode("utf-8"),
        file_name="manifest.csv",
        mime="text/csv",
        key="merge_manifest",
    )


def _merge_target(letter: Letter, plan: MergePlan, customers: CustomerList) -> Path:
    """The ZIP of this letter's merge of this list with these options (merge_stopped.page_zip):
    always the same file, so a stopped merge resumes."""
    return page_zip(letter.id, plan.fmt, fingerprint(plan, customers))


def _stopped_merges(store: Store, letter: Letter) -> None:
    """Sweep the stopped merges kept past their time (merge_stopped), then list this letter's,
    each with a Discard button for who may discard it."""
    with contextlib.suppress(DatabaseProblem):  # the audit log refused: nothing was removed
        sweep(store, merges_folder())
    account = current_account()
    for stopped in stopped_merges(merges_folder(), letter.id):
        text, button = st.columns([4, 1])
        state = "being merged now" if stopped.running else (
            f"stopped; merging the same list with the same options resumes it until "
            f"{stopped.kept_until:%Y-%m-%d %H:%M} UTC, when it is removed"
        )  # fmt: skip
        text.caption(f"{escape_markdown(stopped.describe())}: {state}.")
        if may_discard(stopped, account.username, account.role):
            key = f"merge_discard:{stopped.name}"
            if button.button("Discard", key=key):
                _discard(store, stopped)


def _discard(store: Store, stopped: Stopped) -> None:
    try:
        discard(store, current_account().username, stopped)
    except (PermissionRefused, JournalError, DatabaseProblem) as refused:
        st.error(f"Not discarded: {escape_markdown(str(refused))}")
        return
    st.rerun()


def _offer(zip_path: Path, name: str) -> None:
    """The ZIP kept on the server (named by its list and options, so a stopped merge resumes)
    handed over under the name the command line gives it."""
    if not zip_path.exists():
        st.warning(f"{escape_markdown(str(zip_path))} is no longer on the server.")
        return
    size = zip_path.stat().st_size
    if size > DOWNLOAD_LIMIT:
        st.info(
            f"The ZIP is {size / 2**20:.0f} MB, too large to hand to the browser: it is at "
            f"{escape_markdown(str(zip_path))} on the server."
        )
        return
    offer_download(
        f"Download {name} ({size / 2**20:.1f} MB)",
        "download a mail merge's ZIP",
        zip_path.read_bytes,
        file_name=name,
        mime="application/zip",
        key="merge_zip",
    )
