"""The audit log: who did what to which letter and when, filtered, and exported as CSV."""

import pandas as pd
import streamlit as st

from clearnotice import audit, audit_log
from clearnotice.permissions import Action, PermissionRefused, allows
from clearnotice.wording import plural
from components.auth import current_account, offer_download
from components.services import get_store
from components.session import page_setup

page_setup("Audit log")
account = current_account()
store = get_store()
st.title("Audit log")
if not allows(account.role, Action.READ_AUDIT_LOG):
    st.error("The audit log is open to legal reviewers and admins.")
    st.stop()


def _refused(refused: PermissionRefused) -> None:
    st.error(str(refused))
    st.stop()


titles = {s.letter.id: s.letter.title for s in store.list_letters()}
try:
    actors = audit_log.actors(store, account.username)
except PermissionRefused as refused:
    _refused(refused)
who_col, what_col, letter_col = st.columns(3)
actor = who_col.selectbox("Who", [None, *actors], format_func=lambda a: a or "Anyone")
action = what_col.selectbox("What", [None, *audit.ACTIONS], format_func=lambda a: a or "Anything")
letter_id = letter_col.selectbox(
    "Letter", [None, *titles], format_func=lambda i: "Any" if i is None else f"{titles[i]} (#{i})"
)
from_col, to_col, text_col = st.columns(3)
since = from_col.date_input("From", value=None)
until = to_col.date_input("Until", value=None)
contains = text_col.text_input("Detail contains")

wanted = audit_log.AuditFilter(actor, action, letter_id, since, until, contains)
try:
    rows = audit_log.read(store, account.username, wanted)
except PermissionRefused as refused:
    _refused(refused)
st.caption(f"{plural(len(rows), 'event')}, newest first. Times are UTC.")
st.dataframe(
    pd.DataFrame(
        [
            {
                "When (UTC)": e.at.strftime("%Y-%m-%d %H:%M:%S"),
                "Who": e.actor,
                "What": e.action,
                "Letter": titles.get(e.letter_id, "") if e.letter_id else "",
                "Detail": e.detail,
            }
            for e in rows
        ],
        columns=["When (UTC)", "Who", "What", "Letter", "Detail"],
    ),
    hide_index=True,
    width="stretch",
)


# The CSV is made on the click, while the sign-in session lives (offer_download), with its log
# line (audit_log.csv_handed_out): a log that refuses the line gives no file, and the browser
# says the download failed.
offer_download(
    "Download these events as CSV",
    "download the audit log",
    lambda: audit_log.csv_handed_out(store, account.username, wanted),
    file_name="clearnotice-audit-log.csv",
    mime="text/csv",
    help="Cells that a spreadsheet would run as a formula are prefixed with ' so they stay text. "
    "The download is written to the audit log.",
)
