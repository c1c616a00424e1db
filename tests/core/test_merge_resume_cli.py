"""``clearnotice merge`` as people run it, in a process of its own: progress on standard error,
letters ready to post with --envelope, and a merge interrupted (SIGINT, as Ctrl-C sends) after
its first chunk, finished by ``--resume DIR`` with no letter written twice or lost."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from clearnotice.export.posting import Sender
from clearnotice.letters import Store
from clearnotice.settings import set_sender

ROOT = Path(__file__).resolve().parents[2]
HEADER = "customer_id,customer_name,language,street,city,state,postal_code,country\n"
# fifteen chunks of 200: the first is kept when the merge is stopped, and the fourteen after it
# leave time to stop it on a loaded machine (with three, the merge once finished first)
ROWS = 3_000


def command(database: str, *argv: str) -> list[str]:
    return [sys.executable, "-m", "clearnotice.cli", "merge", *argv, "--database", database]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_an_interrupted_merge_command_resumes_with_every_letter_once(
    sqlite_url, approved_letter_id, tmp_path
):
    set_sender(Store(sqlite_url), Sender("Example Inc.", ("1 Harbor Way", "Portland, OR")), "admin")
    people = tmp_path / "customers.csv"
    people.write_text(
        HEADER
        + "".join(f"C-{n},Customer {n},en,{n} Main St,Austin,TX,73301,US\n" for n in range(ROWS)),
        encoding="utf-8",
    )
    # On a machine far past its cores (a load of 15 once), this test's process missed every
    # look while the merge ran to its end: a merge that finished is started again in a new
    # folder, up to three times, as it says nothing about resuming.
    for attempt in range(3):
        out = tmp_path / f"out-{attempt}"
        started = subprocess.Popen(
            command(
                sqlite_url,
                str(approved_letter_id),
                str(people),
                "--out",
                str(out),
                "--envelope",
                "us10",
                "--date",
                "2026-04-02",
                "--workers",
                "1",
            ),  # fmt: skip
            env=environment(),
            stderr=subprocess.PIPE,
            text=True,
        )
        parts = out / f"letter-{approved_letter_id}-pdf.zip.parts"
        while started.poll() is None and not list(parts.glob("segment-*.zip")):
            time.sleep(0.05)
        started.send_signal(signal.SIGINT)
        _out, progress = started.communicate()
        if started.returncode != 0:
            break
    assert started.returncode != 0, "the merge finished before it could be stopped, three times"
    assert "%" in progress  # the progress line
    assert not (out / f"letter-{approved_letter_id}-pdf.zip").exists()

    resumed = subprocess.run(
        command(sqlite_url, "--resume", str(out)), env=environment(), capture_output=True, text=True
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "Resuming: " in resumed.stderr and f"{ROWS} letters, 0 rows held" in resumed.stderr
    with zipfile.ZipFile(out / f"letter-{approved_letter_id}-pdf.zip") as archive:
        letters = [name for name in archive.namelist() if name.startswith("letters/")]
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
    assert len(letters) == len(set(letters)) == ROWS
    assert sorted(letters) == sorted(row["letter_file"] for row in manifest)
    assert not parts.exists()
