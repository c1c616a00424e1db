"""The send log: every call that sent a letter's text to an online service, and its CSV."""

import pandas as pd
import streamlit as st

from clearnotice import send_log
from clearnotice.permissions import Action, allows
from clearnotice.wording import plural
from components.auth import current_account, offer_download
from components.services import get_store
from components.session import page_setup

page_setup("Send log")
store = get_store()
st.title("Send log")
account = current_account()
if not allows(account.role, Action.READ_SEND_LOG):
    st.error("The send log is open to legal reviewers and admins.")
    st.stop()

titles = {s.letter.id: s.letter.title for s in store.list_letters()}
rows = send_log.read(store, account.username)
st.caption(
    f"{plural(len(rows), 'call')} to online services, newest first. Times are UTC. Names, "
    "addresses and other personal data were replaced by placeholders before each call; the "
    "fingerprint is the SHA-256 of exactly the text sent."
)
st.dataframe(
    pd.DataFrame(
        [
            {
                "When (UTC)": r.at.strftime("%Y-%m-%d %H:%M:%S"),
                "Who": r.actor,
                "Service": r.service,
                "Letter": titles.get(r.letter_id, "") if r.letter_id else "",
                "Version id": r.version_id,
                "Characters": r.characters,
                "SHA-256": r.sha256,
            }
            for r in rows
        ],
        columns=["When (UTC)", "Who", "Service", "Letter", "Version id", "Characters", "SHA-256"],
    ),
    hide_index=True,
    width="stretch",
)
offer_download(  # handed over at the click, while the sign-in session lives
    "Download the send log as CSV",
    "download the send log",
    send_log.to_csv(rows),
    file_name="clearnotice-send-log.csv",
    mime="text/csv",
    help="Cells that a spreadsheet would run as a formula are prefixed with ' so they stay text.",
)
