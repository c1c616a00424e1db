"""What a reviewer sees of a master letter's per-state variants: each one's changes from the
master, the rule and statute behind each difference, and its approval."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clearnotice import approvals, diffing
from clearnotice.schema import Letter, Version
from clearnotice.variant_letters import known, variant_letters
from clearnotice.variants import Variant, plan

if TYPE_CHECKING:
    from clearnotice.letters import Store


@dataclass(frozen=True)
class VariantReport:
    """What a reviewer sees of one stored variant: its newest text's changes from the master's
    newest text, the reasons for each, and its approval."""

    letter: Letter
    version: Version
    variant: Variant | None  # None: retired, no jurisdiction of the master is served by it
    changes: tuple[diffing.Change, ...]
    approval: dict | None  # its approval_record row (clearnotice.approvals), None: not approved

    @property
    def reasons(self) -> list[str]:
        """One line per difference, each naming the rule and the statute; for a retired variant,
        why it serves no one."""
        if self.variant is None:
            return ["No longer needed: the master's jurisdictions changed since it was built."]
        return self.variant.reasons()


def report(store: Store, master_id: int) -> list[VariantReport]:
    """Every stored variant of ``master_id``, as the Review page lists them."""
    stored = variant_letters(store, master_id)
    if not stored:
        return []
    master = store.get_letter(master_id)
    newest = store.latest_version(master_id)
    built = plan(newest.text, known(master.jurisdictions))
    by_group = {v.jurisdictions: v for v in built.variants}
    reports = []
    for letter in stored:
        version = store.latest_version(letter.id)
        rows = approvals.approval_record(store, letter.id)
        reports.append(
            VariantReport(
                letter,
                version,
                by_group.get(tuple(sorted(letter.jurisdictions))),
                diffing.word_diff(newest.text, version.text),
                next((r for r in rows if r["language"] == letter.source_language), None),
            )
        )
    return reports
