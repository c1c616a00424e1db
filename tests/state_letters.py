"""A master letter with per-state letters, as mail-merge tests set it up: the master for CA, IL,
MA and TX, approved; its letter for Massachusetts (which leaves out the nature of the breach and
the count) approved; its letter for California, Illinois and Texas built but not approved."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clearnotice.letters import Store
from clearnotice.variant_letters import sync
from tests.accounts import add_writers
from tests.approving import approve_newest

MASTER = (Path(__file__).resolve().parent / "fixtures" / "master-six-states.md").read_text()
COUNT = "The breach affected 1,250 customers."  # in the master, left out for Massachusetts
# one customer per case: a state with an approved letter, one whose letter is not approved, one
# no per-state letter serves, and one whose state cannot be read
CUSTOMERS = (
    "customer_id,customer_name,state\n"
    "C-1,Ana Ames,MA\n"
    "C-2,Bo Berg,California\n"
    "C-3,Cy Chu,Ohio\n"
    'C-4,Di Dunn,"MA, TX"\n'
)


@dataclass(frozen=True)
class StateLetters:
    master: int
    massachusetts: int  # approved
    shared: int  # CA, IL, TX: not approved


def state_letters(store: Store, lawyer: str = "lawyer") -> StateLetters:
    """The letters above; ``lawyer`` is a legal reviewer's account. They are written by the
    editor account ``editor``, made here when missing."""
    add_writers(store, "editor")
    master = store.create_letter(
        "March incident", MASTER, actor="editor", jurisdictions=["CA", "IL", "MA", "TX"]
    )
    synced = sync(store, master.id, actor="editor")
    massachusetts = synced.for_jurisdiction("MA").letter.id
    approve_newest(store, master.id, lawyer)
    approve_newest(store, massachusetts, lawyer)
    return StateLetters(master.id, massachusetts, synced.for_jurisdiction("TX").letter.id)
