"""The deadline clocks of the letter's jurisdictions on the Edit page: a discovery date in, the
core's table out (clearnotice.deadlines), overdue rows in red, and the CSV and iCalendar files.

Nothing is decided here: the dates, thresholds and wording all come from the core."""

from __future__ import annotations

import datetime

import streamlit as st

from clearnotice import deadlines
from components.escaping import escape_markdown


def render(letter_id: int, codes: tuple[str, ...], discovered: datetime.date | None) -> None:
    """``discovered`` is the facts sheet's discovery date, the clocks' start until changed."""
    with st.expander("Deadline clocks (confirm with counsel)"):
        if not codes:
            st.caption("Choose jurisdictions above to see their notice deadlines.")
            return
        discovered = st.date_input(
            "Date the breach was discovered",
            key=f"deadlines-discovered:{letter_id}",
            value=discovered,
        )
        if discovered is None:
            st.caption("Enter the discovery date to see the deadlines.")
            return
        today = datetime.date.today()
        rows = deadlines.clocks(codes, discovered, today=today)
        for row in rows:
            due = row.due.isoformat() if row.due else "no fixed date"
            line = (
                f"**{escape_markdown(row.name)}** · {row.to} · {escape_markdown(row.recipient)}: "
                f"{due} ({escape_markdown(row.when)})"
            )
            st.markdown(f":red[{line}]" if row.overdue else line)
            st.caption(
                f"{escape_markdown(row.timing)}; from {escape_markdown(row.counted_from)}. "
                f"Source: {escape_markdown(row.cite)} ({escape_markdown(row.url)}). {row.caution}."
            )
        stamp = datetime.datetime.now(datetime.UTC)
        left, right = st.columns(2)
        left.download_button(
            "Download CSV",
            deadlines.to_csv(rows),
            file_name="deadlines.csv",
            mime="text/csv",
            key=f"deadlines-csv:{letter_id}",
        )
        right.download_button(
            "Download calendar (.ics)",
            deadlines.to_icalendar(rows, stamp=stamp),
            file_name="deadlines.ics",
            mime="text/calendar",
            key=f"deadlines-ics:{letter_id}",
        )
