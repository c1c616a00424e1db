"""Counting the SQL a piece of code sends: for tests that say a screen reads a table once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event


@contextmanager
def statements_reading(store, table: str) -> Iterator[list[str]]:
    """The statements that read ``table`` on ``store``'s engine while the block runs."""
    engine = store.session_factory.kw["bind"]
    found: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:
        if f"FROM {table}" in statement:
            found.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield found
    finally:
        event.remove(engine, "before_cursor_execute", seen)
