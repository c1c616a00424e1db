"""The send log: one row for each call that sent a letter's text to an online service.

Who sent it, when, to which service, from which letter and version, how many characters and
the SHA-256 of exactly what was sent (after personal data was replaced: clearnotice.outbound),
so legal can later prove what left the machine, and what did not. Written before the request
goes out: a row may stand for a call the service never answered, never the other way round.
"""

from __future__ import annotations

import csv
import io

from sqlalchemy import Select, select

from clearnotice import audit
from clearnotice.csv_safety import neutralise_formula
from clearnotice.letters import Store, fingerprint
from clearnotice.permissions import Action, require_to_read
from clearnotice.schema import SendRecord

COLUMNS = ("at", "actor", "service", "letter_id", "version_id", "characters", "sha256")


def record_send(
    store: Store,
    *,
    actor: str,
    service: str,
    letter_id: int | None,
    version_id: int | None,
    sent: str,
) -> SendRecord:
    """Write the row for ``sent``, the exact text about to go to ``service``."""
    with store.session() as s, s.begin():
        row = SendRecord(
            at=audit.now(),
            actor=actor[:200],
            service=service[:80],
            letter_id=letter_id,
            version_id=version_id,
            characters=len(sent),
            sha256=fingerprint(sent),
        )
        s.add(row)
    return row


def sends(store: Store, letter_id: int | None = None, limit: int = 100_000) -> list[SendRecord]:
    """The newest rows first, for one letter or all."""
    with store.session() as s:
        return list(s.scalars(_newest_first(letter_id, limit)))


def _newest_first(letter_id: int | None, limit: int) -> Select:
    query = select(SendRecord).order_by(SendRecord.at.desc(), SendRecord.id.desc()).limit(limit)
    if letter_id is not None:
        query = query.where(SendRecord.letter_id == letter_id)
    return query


def read(store: Store, reader: str) -> list[SendRecord]:
    """Every row, newest first, if ``reader`` may read the send log now (legal, admin)."""
    with store.session() as s:
        require_to_read(s, reader, Action.READ_SEND_LOG)
        return list(s.scalars(_newest_first(None, 100_000)))


def to_csv(rows: list[SendRecord]) -> str:
    """The rows as CSV; text cells a spreadsheet would run as formulas are made inert."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.at.isoformat(),
                neutralise_formula(r.actor),
                neutralise_formula(r.service),
                "" if r.letter_id is None else r.letter_id,
                "" if r.version_id is None else r.version_id,
                r.characters,
                r.sha256,
            ]
        )
    return out.getvalue()
