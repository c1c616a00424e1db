"""``clearnotice merge`` on a bad day, in a process of its own: a disk that fills midway
(simulated by a file size limit, ``RLIMIT_FSIZE``: a write past it fails with EFBIG, as on a
full disk, since Python ignores SIGXFSZ), a process killed outright, a database that refuses
the audit log. Each says what is wrong in one line, leaves no file that passes for a finished
merge, and a resumed merge writes every letter once."""

from __future__ import annotations

import csv
import io
import resource
import signal
import subprocess
import time
import zipfile

from clearnotice import db
from tests.core.test_merge_resume_cli import HEADER, command, environment

ROWS = 60


def _people(tmp_path, rows: int = ROWS):
    people = tmp_path / "customers.csv"
    people.write_text(
        HEADER
        + "".join(f"C-{n},Customer {n},en,{n} Main St,Austin,TX,73301,US\n" for n in range(rows)),
        encoding="utf-8",
    )
    return people


def _limited(size: int):
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def _merge(sqlite_url, letter_id, people, out, *, limit=None):
    return subprocess.run(
        command(sqlite_url, str(letter_id), str(people), "--out", str(out), "--format", "pdf"),
        env=environment(),
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=300,
    )


def _letters_once(out, letter_id, rows: int = ROWS) -> None:
    """The merge's ZIP holds every row's letter once, as its manifest lists them."""
    with zipfile.ZipFile(out / f"letter-{letter_id}-pdf.zip") as archive:
        letters = [name for name in archive.namelist() if name.startswith("letters/")]
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
    assert len(letters) == len(set(letters)) == rows
    assert sorted(letters) == sorted(row["letter_file"] for row in manifest)


def _resume(sqlite_url, out):
    return subprocess.run(
        command(sqlite_url, "--resume", str(out)),
        env=environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_disk_filling_midway_is_one_line_and_leaves_no_finished_looking_file(
    sqlite_url, approved_letter_id, tmp_path
):
    people = _people(tmp_path)
    out = tmp_path / "out"
    # 200 kB: the database and the list fit, a chunk of 60 letters with its fonts does not
    full = _merge(sqlite_url, approved_letter_id, people, out, limit=_limited(200_000))
    assert full.returncode == 2
    said = full.stderr.strip().splitlines()[-1]
    assert "File too large" in said and f"clearnotice merge --resume {out}" in said
    assert "Traceback" not in full.stderr
    assert list(out.glob("*.zip")) == [] and list(out.rglob("*.part")) == []
    assert not (out / "manifest.csv").exists()

    resumed = _resume(sqlite_url, out)
    assert resumed.returncode == 0, resumed.stderr
    _letters_once(out, approved_letter_id)


def test_an_output_folder_that_cannot_be_made_is_one_line(sqlite_url, approved_letter_id, tmp_path):
    """(The tests may run as root, whom permissions do not stop: a file where a folder of the
    path should be makes the folder impossible to create, as a folder that may not be written
    does.)"""
    people = _people(tmp_path)
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    refused = _merge(sqlite_url, approved_letter_id, people, tmp_path / "taken" / "out")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    [said] = refused.stderr.strip().splitlines()
    assert said.startswith("clearnotice merge: ") and "Not a directory" in said, said


def test_a_merge_the_audit_log_refuses_hands_over_no_file(sqlite_url, approved_letter_id, tmp_path):
    people = _people(tmp_path)
    out = tmp_path / "out"
    read_only = f"sqlite:///file:{sqlite_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    refused = _merge(read_only, approved_letter_id, people, out)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    said = refused.stderr.strip().splitlines()[-1]
    assert said == f"clearnotice merge: not merged, the audit log refused it: {db.READ_ONLY}"
    assert [p.name for p in out.iterdir()] == []  # no ZIP, no manifest, nothing to resume


def test_a_merge_killed_outright_resumes_with_every_letter_once(
    sqlite_url, approved_letter_id, tmp_path
):
    """SIGKILL, unlike Ctrl-C, runs no clean-up: whatever was half-written stays on disk."""
    rows = 1200  # three chunks of 500: the first is kept when the merge is killed
    people = _people(tmp_path, rows)
    out = tmp_path / "out"
    argv = [str(approved_letter_id), str(people), "--out", str(out), "--workers", "1"]
    started = subprocess.Popen(
        command(sqlite_url, *argv), env=environment(), stderr=subprocess.PIPE
    )
    parts = out / f"letter-{approved_letter_id}-pdf.zip.parts"
    while started.poll() is None and not list(parts.glob("segment-*.zip")):
        time.sleep(0.05)
    started.send_signal(signal.SIGKILL)
    started.communicate()
    assert started.returncode == -signal.SIGKILL, "the merge finished before it could be killed"
    assert not (out / f"letter-{approved_letter_id}-pdf.zip").exists()
    assert not (out / "manifest.csv").exists()

    resumed = _resume(sqlite_url, out)
    assert resumed.returncode == 0, resumed.stderr
    assert "Resuming: " in resumed.stderr
    _letters_once(out, approved_letter_id, rows)
    assert list(out.rglob("*.part")) == [] and not parts.exists()
