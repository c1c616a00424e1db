"""``clearnotice merge --scheduler``: a mail merge on a Dask distributed cluster (issue 16 items
4 and 5). A real ``LocalCluster`` with two worker processes renders the chunks; its ZIP must hold
the very letters (byte for byte) and manifest a local merge writes, a merge stopped midway on it
resumes with every letter once, and a scheduler that cannot be reached is one line and exit 2.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import socket
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from clearnotice.commands import merge as merge_command
from clearnotice.export import cluster_merge as cluster_merge_module
from clearnotice.export.cluster_merge import ClusterError, cluster_merge
from clearnotice.export.customer_list import read_customer_list
from clearnotice.export.mailmerge import merge
from clearnotice.export.merge_plan import plan_merge, suggest_mapping
from clearnotice.letters import Store
from clearnotice.placeholders import find_placeholders

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
CUSTOMERS = ROOT / "tests" / "fixtures" / "customers.csv"


@dataclass(frozen=True)
class Cluster:
    scheduler_address: str


def _free_address() -> tuple[int, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return port, f"tcp://127.0.0.1:{port}"


@contextlib.contextmanager
def _commands(*commands: list[str]):
    """Dask's own commands (``dask scheduler``, ``dask worker``) running, importing this
    checkout, stopped on the way out."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", *command, "--no-dashboard"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for command in commands
    ]
    try:
        yield
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def _scheduler(port: int) -> list[str]:
    return ["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port)]


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two worker processes of one thread each, as the issue asks, started as
    their own commands the way a real cluster starts them. Not a LocalCluster inside this
    process: after an AppTest has run here, ``__main__`` is a page script, which spawned worker
    processes would run again."""
    port, address = _free_address()
    worker = ["distributed.cli.dask_worker", address, "--nworkers", "2", "--nthreads", "1"]
    with _commands(_scheduler(port), worker):
        with distributed.Client(address, timeout=120) as client:
            client.wait_for_workers(2, timeout=180)  # a bound for a busy machine
        yield Cluster(address)


def _plan(sqlite_url: str, letter_id: int, customers):
    """The merge plan of the approved letter for ``customers``, its columns mapped as suggested."""
    store = Store(sqlite_url)
    names = [find_placeholders(v.text) for v in store.versions(letter_id)]
    mapping = suggest_mapping({n for ns in names for n in ns}, customers.columns)
    return plan_merge(store, letter_id, mapping)


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    merge_command.add_arguments(parser)
    return merge_command.run(parser.parse_args(argv))


def contents(zip_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(zip_path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def longer_list(tmp_path: Path, copies: int) -> Path:
    """The shared customer list, its rows repeated ``copies`` times with ids of their own."""
    header, *rows = CUSTOMERS.read_text(encoding="utf-8").splitlines()
    lines = [header]
    for copy in range(copies):
        lines += [row.replace("C-10", f"C-{copy}-10", 1) for row in rows]
    path = tmp_path / "customers.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_merge_on_the_cluster_writes_the_local_merges_letters_and_manifest(
    sqlite_url, approved_letter_id, tmp_path, cluster, capsys
):
    customers = longer_list(tmp_path, 41)  # 328 rows, 205 letters: chunks on both workers
    argv = (str(approved_letter_id), str(customers), "--database", sqlite_url)
    assert run(*argv, "--out", str(tmp_path / "here"), "--workers", "1") == 1
    capsys.readouterr()
    status = run(
        *argv, "--out", f"file://{tmp_path}/there", "--scheduler", cluster.scheduler_address
    )
    err = capsys.readouterr().err
    assert status == 1, err
    assert "205 letters, 123 rows held, of 328 rows" in err
    assert " of 328 rows done" in err  # progress as the cluster's chunks finish
    name = f"letter-{approved_letter_id}-pdf.zip"
    here, there = contents(tmp_path / "here" / name), contents(tmp_path / "there" / name)
    assert len([n for n in there if n.endswith(".pdf")]) == 205
    assert list(there) == list(here)
    assert there == here  # every letter and the manifest, byte for byte
    manifest = (tmp_path / "there" / "manifest.csv").read_bytes()
    assert manifest == (tmp_path / "here" / "manifest.csv").read_bytes() == here["manifest.csv"]
    assert not (tmp_path / "there" / f"{name}.parts").exists()


class Stop(Exception):
    """What Ctrl-C does to a merge, raised from its progress report after the first chunk."""


def test_a_merge_stopped_on_the_cluster_resumes_with_every_letter_once(
    sqlite_url, approved_letter_id, tmp_path, cluster
):
    customers = read_customer_list(longer_list(tmp_path, 81))  # 405 letters, 3 chunks
    plan = _plan(sqlite_url, approved_letter_id, customers)
    target = f"file://{tmp_path}/out/merged.zip"

    def stop_after_a_chunk(done: int, total: int, message: str) -> None:
        if "rows done" in message:
            raise Stop(message)

    with distributed.Client(cluster.scheduler_address) as client:
        with pytest.raises(Stop):
            cluster_merge(plan, customers, target, client=client, progress=stop_after_a_chunk)
        assert not (tmp_path / "out" / "merged.zip").exists()
        reports: list[str] = []
        result = cluster_merge(
            plan,
            customers,
            target,
            client=client,
            resume=True,
            progress=lambda done, total, message: reports.append(message),
        )
    assert reports[0].startswith("Resuming: ") and reports[0] != "Resuming: 0 rows were done"
    assert (result.merged, result.held) == (405, 243)
    with zipfile.ZipFile(tmp_path / "out" / "merged.zip") as archive:
        letters = [n for n in archive.namelist() if n.startswith("letters/")]
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
    assert len(letters) == len(set(letters)) == 405
    assert sorted(letters) == sorted(r["letter_file"] for r in manifest if r["letter_file"])
    assert not (tmp_path / "out" / "merged.zip.parts").exists()


def test_a_merge_to_a_memory_url_without_a_scheduler_runs_here(
    sqlite_url, approved_letter_id, tmp_path
):
    """The same cluster code with no cluster: chunk after chunk, in this process."""
    import fsspec

    customers = read_customer_list(CUSTOMERS)
    plan = _plan(sqlite_url, approved_letter_id, customers)
    result = cluster_merge(plan, customers, "memory://merge-test/letters.zip")
    local = merge(plan, customers, tmp_path / "letters.zip", workers=1)
    with fsspec.open("memory://merge-test/letters.zip", "rb") as written:
        assert contents(io.BytesIO(written.read())) == contents(tmp_path / "letters.zip")
    assert (result.merged, result.held, result.manifest) == (5, 3, local.manifest)


def test_a_scheduler_that_cannot_be_reached_is_one_line_and_exit_2(
    sqlite_url, approved_letter_id, tmp_path, capsys
):
    _port, address = _free_address()  # a port nothing listens on
    status = run(
        str(approved_letter_id), str(CUSTOMERS), "--database", sqlite_url,
        "--out", str(tmp_path), "--scheduler", address,
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(f"clearnotice merge: cannot reach the Dask scheduler at {address}")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("letter-*.zip"))


def test_a_scheduler_with_no_workers_is_a_message_not_a_merge_that_waits_for_ever(
    sqlite_url, approved_letter_id, tmp_path, monkeypatch
):
    """Dask would wait for a worker without end; the merge says what is wrong instead."""
    monkeypatch.setattr(cluster_merge_module, "WORKERS_SECONDS", 2)
    port, address = _free_address()
    customers = read_customer_list(CUSTOMERS)
    plan = _plan(sqlite_url, approved_letter_id, customers)
    with (
        _commands(_scheduler(port)),
        distributed.Client(address, timeout=120) as client,
        pytest.raises(ClusterError, match="the Dask scheduler has no workers"),
    ):
        cluster_merge(plan, customers, str(tmp_path / "merged.zip"), client=client)
    assert not (tmp_path / "merged.zip").exists()
