"""A merge's ZIP is handed over only once the audit log holds it, as ``clearnotice export``'s
file is (staged, logged, then renamed: ``commands.invocation.write_file``): a process killed
between the two leaves no ZIP that no log line names, only the journal to resume."""

from __future__ import annotations

import pytest

from clearnotice.export.cluster_merge import cluster_merge
from clearnotice.export.mailmerge import NotLogged, merge, record_merge
from clearnotice.export.merge_journal import PARTS
from clearnotice.letters import Store
from tests.core.test_mailmerge import sample_plan


class Killed(BaseException):
    """The process stopped outright where ``record`` is called (SIGKILL runs no clean-up, so
    what matters is what is on disk at that moment)."""


def _local(plan, customers, target, **options):
    return merge(plan, customers, target, **options)


def _on_a_cluster(plan, customers, target, **options):
    """A merge on a cluster (no cluster needed: ``client=None`` runs the same code here)."""
    pytest.importorskip("fsspec")
    return cluster_merge(plan, customers, str(target), **options)


MERGES = pytest.mark.parametrize("run_merge", [_local, _on_a_cluster], ids=["local", "cluster"])


@MERGES
def test_the_zip_takes_its_name_only_after_the_audit_line(
    run_merge, sqlite_url, approved_letter_id, tmp_path
):
    store = Store(sqlite_url)
    plan, customers = sample_plan(store, approved_letter_id)
    target = tmp_path / "merge.zip"
    seen = []

    def record(result) -> None:
        seen.append(target.exists())
        raise Killed

    with pytest.raises(Killed):
        run_merge(plan, customers, target, record=record)
    assert seen == [False]  # nothing was handed over before the log line
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    logged = []
    resumed = run_merge(
        plan, customers, target, resume=True, record=lambda r: logged.append(target.exists())
    )
    assert logged == [False] and target.exists() and resumed.merged
    assert not target.with_name(target.name + PARTS).exists()


@MERGES
def test_a_merge_the_log_refuses_leaves_nothing(
    run_merge, sqlite_url, approved_letter_id, tmp_path
):
    store = Store(sqlite_url)
    plan, customers = sample_plan(store, approved_letter_id)
    path = sqlite_url.removeprefix("sqlite:///")
    read_only = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(NotLogged, match="read-only"):
        run_merge(
            plan,
            customers,
            tmp_path / "out" / "merge.zip",
            record=lambda result: record_merge(read_only, "ed", plan, result),
        )
    assert list((tmp_path / "out").iterdir()) == []  # no ZIP, and no journal waiting to be resumed
