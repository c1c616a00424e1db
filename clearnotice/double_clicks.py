"""When a second, identical request is the same click repeated, not a second request.

Streamlit sends a button's click with whatever its boxes hold; a double click, or a second
click while a slow page reruns, runs the act twice with the same words. Acts that add something
(a comment, a reply, a letter) return what the first click added when the same person asks for
the same thing again within ``REPEAT_WINDOW``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from clearnotice import audit
from clearnotice.schema import aware

# A double click's two clicks come within 500 ms (Windows' default double-click time,
# Microsoft's GetDoubleClickTime documentation), and a second click while a slow page reruns
# within a few seconds more. Nobody adds the same thing twice on purpose within this.
REPEAT_WINDOW = timedelta(seconds=10)


def just_made(created_at: datetime) -> bool:
    """Whether something stamped ``created_at`` was made less than REPEAT_WINDOW ago."""
    return audit.now() - aware(created_at) < REPEAT_WINDOW
