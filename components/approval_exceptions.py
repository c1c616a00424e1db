"""What an approval overrode, shown the same way wherever the approval is used: the Review page,
the Export page and the mail merge (the list comes from clearnotice.approval_policy)."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from clearnotice.approval_policy import Override
from components.escaping import escape_markdown

APPROVED_WITH_EXCEPTIONS = "approved with exceptions"


def show_exceptions(what: str, overrides: Iterable[Override]) -> None:
    """A warning that ``what`` (e.g. "es v2") is approved with exceptions, and their list."""
    lines = "\n".join(f"- {escape_markdown(o.describe())}" for o in overrides)
    st.warning(f"{escape_markdown(what)} is {APPROVED_WITH_EXCEPTIONS}:\n\n{lines}")
