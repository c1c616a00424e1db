"""The command line: bad arguments, missing and binary files, unusable databases and output
paths, each fed to ``clearnotice.cli.main`` as a person would type it.

A refusal must be exit status 2 with one line on standard error; an accepted run is checked
(the exported file holds the approved text, the review printed its verdict). The database is a
fresh SQLite file per case holding one approved letter.
"""

from __future__ import annotations

import io
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clearnotice import cli
from clearnotice.accounts import Role
from clearnotice.approvals import approve
from clearnotice.db import DATABASE_URL_ENV as URL_ENV
from clearnotice.letters import Store
from tests.accounts import add_accounts
from tests.hostile.harness import ACCEPTED, HELD, REFUSED, WARNED, WRONG, Case, Outcome

NAME = "command line"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LETTER = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
CUSTOMERS = FIXTURES / "customers.csv"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


@dataclass(frozen=True)
class Run:
    """One command: ``argv`` may name ``{db}``, ``{id}``, ``{dir}`` and ``{closed_port}``;
    ``files`` are written into the case's folder first and ``env`` set meanwhile; ``verify``
    looks at an accepted run and returns what is wrong with it, or None."""

    argv: tuple[str, ...]
    files: dict[str, bytes] = field(default_factory=dict)
    stdin: str = ""
    env: dict[str, str] = field(default_factory=dict)
    verify: Callable[[Path, str, str], str | None] | None = None


def _exported_letter(name: str) -> Callable[[Path, str, str], str | None]:
    def verify(workdir: Path, _out: str, _err: str) -> str | None:
        path = workdir / name
        if not path.is_file():
            return f"{name} was not written"
        if path.read_text(encoding="utf-8") != LETTER:
            return f"{name} does not hold the approved text"
        return None

    return verify


def _verdict(expected: str) -> Callable[[Path, str, str], str | None]:
    def verify(_workdir: Path, out: str, _err: str) -> str | None:
        return None if expected in out else f"no {expected!r} in the review"

    return verify


def _stdout_is_the_letter(_workdir: Path, out: str, _err: str) -> str | None:
    return None if out == LETTER else "standard output is not the approved text"


DB = ("--database", "{db}")
EXPORT = ("export", "{id}", *DB)
MERGE = ("merge", "{id}", str(CUSTOMERS), *DB)
GOOD = str(FIXTURES / "good-plain.md")

CASES = (
    Case("check-missing-file", REFUSED, Run(("check", "nowhere.md"))),
    Case("check-folder", REFUSED, Run(("check", "{dir}"))),
    Case("check-png", REFUSED, Run(("check", "picture.md"), {"picture.md": PNG})),
    Case("check-nul-bytes", REFUSED, Run(("check", "n.md"), {"n.md": b"Dear \x00customer\n"})),
    Case("check-empty-file", REFUSED, Run(("check", "empty.md"), {"empty.md": b""})),
    Case("check-blank-file", REFUSED, Run(("check", "b.md"), {"b.md": b" \n\t\n"})),
    Case(
        "check-latin-1",
        WARNED,
        Run(("check", "l.md"), {"l.md": "Café".encode("latin-1")}),
        "read as the app imports it, saying it was read as Windows-1252",
    ),
    Case("check-too-large", REFUSED, Run(("check", "big.md"), {"big.md": b"word " * 500_000})),
    Case("check-unknown-jurisdiction", REFUSED, Run(("check", GOOD, "-j", "ZZ"))),
    Case("check-bad-format", REFUSED, Run(("check", GOOD, "--format", "xml"))),
    Case("check-missing-vocabulary", REFUSED, Run(("check", GOOD, "--vocabulary", "none.yml"))),
    Case("check-empty-stdin", REFUSED, Run(("check", "-"), stdin="")),
    Case("check-good-letter", ACCEPTED, Run(("check", GOOD), verify=_verdict("PASS"))),
    Case(
        "check-evasive-letter",
        ACCEPTED,
        Run(("check", str(FIXTURES / "evasive-missing.md")), verify=_verdict("FAIL")),
        "exit 1 is the verdict, not a refusal",
    ),
    Case(
        "check-utf8-bom-crlf",
        ACCEPTED,
        Run(
            ("check", "w.md"),
            {"w.md": b"\xef\xbb\xbf" + LETTER.replace("\n", "\r\n").encode()},
            verify=_verdict("PASS"),
        ),
    ),
    Case("check-stdin", ACCEPTED, Run(("check", "-"), stdin=LETTER, verify=_verdict("PASS"))),
    Case("unknown-command", REFUSED, Run(("send", "1"))),
    Case("no-command", REFUSED, Run(())),
    Case("export-unknown-letter", REFUSED, Run(("export", "999", "--database", "{db}"))),
    Case("export-id-too-large", REFUSED, Run(("export", "99999999999999999999", *DB))),
    Case("export-id-zero", REFUSED, Run(("export", "0", "--database", "{db}"))),
    Case("export-id-negative", REFUSED, Run(("export", "-5", "--database", "{db}"))),
    Case("export-id-not-a-number", REFUSED, Run(("export", "one", "--database", "{db}"))),
    Case("export-unknown-language", REFUSED, Run((*EXPORT, "--language", "xx"))),
    Case("export-bad-format", REFUSED, Run((*EXPORT, "--format", "exe"))),
    Case("export-bad-layout", REFUSED, Run((*EXPORT, "--layout", "comic"))),
    Case("export-missing-version", REFUSED, Run((*EXPORT, "--version", "7"))),
    Case("export-version-too-large", REFUSED, Run((*EXPORT, "--version", "1" * 30))),
    Case("export-bad-database-url", REFUSED, Run(("export", "1", "--database", "a b c"))),
    Case("export-unknown-dialect", REFUSED, Run(("export", "1", "--database", "nosql://x/y"))),
    Case(
        "export-unreachable-postgresql",
        REFUSED,
        Run(("export", "1", "--database", "postgresql+psycopg://u@127.0.0.1:{closed_port}/x")),
    ),
    Case(
        "export-database-in-missing-folder",
        REFUSED,
        Run(("export", "1", "--database", "sqlite:///{dir}/no/such/folder/db.sqlite3")),
    ),
    Case(
        "export-over-existing-file",
        REFUSED,
        Run((*EXPORT, "--format", "md", "--out", "old.md"), {"old.md": b"keep me"}),
    ),
    Case(
        "export-over-existing-file-with-force",
        ACCEPTED,
        Run(
            (*EXPORT, "--format", "md", "--out", "old.md", "--force"),
            {"old.md": b"keep me"},
            verify=_exported_letter("old.md"),
        ),
    ),
    Case(
        "export-into-missing-folder",
        ACCEPTED,
        Run((*EXPORT, "--format", "md", "--out", "new/n.md"), verify=_exported_letter("new/n.md")),
    ),
    Case(
        "export-to-stdout",
        ACCEPTED,
        Run((*EXPORT, "--format", "md", "--out", "-"), verify=_stdout_is_the_letter),
    ),
    Case("export-to-full-disk", REFUSED, Run((*EXPORT, "--format", "md", "--out", "/dev/full"))),
    Case("export-actor-with-newline", REFUSED, Run((*EXPORT, "--actor", "ada\nlee"))),
    Case(
        "export-draft-version",
        WARNED,
        Run((*EXPORT, "--format", "md", "--version", "2", "--out", "d.md")),
        "version 2 is saved after the approval",
    ),
    Case("merge-missing-list", REFUSED, Run(("merge", "{id}", "none.csv", "--database", "{db}"))),
    Case("merge-empty-list", REFUSED, Run(("merge", "{id}", "e.csv", *DB), {"e.csv": b""})),
    Case("merge-binary-list", REFUSED, Run(("merge", "{id}", "p.csv", *DB), {"p.csv": PNG})),
    Case("merge-out-is-a-file", REFUSED, Run((*MERGE, "--out", "f.txt"), {"f.txt": b"keep me"})),
    Case("merge-over-zip", REFUSED, Run((*MERGE, "--out", "."), {"letter-{id}-pdf.zip": b""})),
    Case("merge-over-manifest", REFUSED, Run((*MERGE, "--out", "."), {"manifest.csv": b"x"})),
    Case("merge-zero-workers", REFUSED, Run((*MERGE, "--workers", "0"))),
    Case("merge-many-workers", REFUSED, Run((*MERGE, "--workers", "100000"))),
    Case("merge-bad-format", REFUSED, Run((*MERGE, "--format", "md"))),
    Case("merge-unknown-column", REFUSED, Run((*MERGE, "--map", "customer_name=nope"))),
    Case("merge-malformed-set", REFUSED, Run((*MERGE, "--set", "no equals sign"))),
    Case("merge-preview-not-a-row", REFUSED, Run((*MERGE, "--preview", "1"))),
    Case("merge-preview-held-row", HELD, Run((*MERGE, "--preview", "7")), "no customer name"),
    Case("first-admin-bad-database", REFUSED, Run(("first-admin",), env={URL_ENV: "x://"})),
    Case("first-admin-with-an-option", REFUSED, Run(("first-admin", "--database", "x"))),
)  # fmt: skip


def attempt(case: Case, workdir: Path) -> Outcome:
    run: Run = case.payload
    letter_id = _database(workdir)
    values = {
        "db": f"sqlite:///{workdir / 'clearnotice.sqlite3'}",
        "id": str(letter_id),
        "dir": str(workdir),
        "closed_port": str(_closed_port()),
    }
    for name, data in run.files.items():
        (workdir / name.format(**values)).write_bytes(data)
    argv = [a.format(**values) for a in run.argv]
    status, out, err = _main(argv, run.stdin, run.env, workdir)
    lines = err.strip().splitlines()
    if status == 2:
        if len(lines) != 1:
            return Outcome(WRONG, f"refused with {len(lines)} lines instead of one: {err!r}")
        return Outcome(REFUSED, lines[0])
    if "would be held" in err:
        return Outcome(HELD, err.strip())
    if "DRAFT:" in err:
        return Outcome(WARNED, next(line for line in lines if line.startswith("DRAFT:")))
    if notes := [line for line in lines if line.startswith("clearnotice check: note:")]:
        return Outcome(WARNED, notes[0])
    problem = run.verify(workdir, out, err) if run.verify else "nothing checks this result"
    return Outcome(WRONG, problem) if problem else Outcome(ACCEPTED, err.strip())


def _database(workdir: Path) -> int:
    """A database in ``workdir`` with one letter whose first version is approved and whose
    second is a later, unapproved draft."""
    store = Store(f"sqlite:///{workdir / 'clearnotice.sqlite3'}")
    add_accounts(store, lawyer=Role.LEGAL, editor=Role.EDITOR)
    letter = store.create_letter("March incident", LETTER, actor="editor")
    first = store.latest_version(letter.id)
    approve(store, letter.id, "en", first.id, "lawyer")
    store.save_version(
        letter.id, LETTER + "\nP.S.\n", base_version_id=first.id, actor="editor", new_draft=True
    )
    store.session_factory.kw["bind"].dispose()
    return letter.id


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _main(argv: list[str], stdin: str, env: dict[str, str], workdir: Path) -> tuple[int, str, str]:
    """Run the command in ``workdir`` as the program would, capturing its output; argparse's
    refusals end in SystemExit, which is how it exits on purpose."""
    saved = sys.stdin, sys.stdout, sys.stderr
    saved_env = {name: os.environ.get(name) for name in env}
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    here = Path.cwd()
    try:
        os.environ.update(env)
        os.chdir(workdir)
        try:
            status = cli.main(argv)
        except SystemExit as stopped:
            status = stopped.code if isinstance(stopped.code, int) else 2
    finally:
        os.chdir(here)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        sys.stdin, sys.stdout, sys.stderr = saved
    out.flush()
    return status, out.buffer.getvalue().decode("utf-8"), err.getvalue()
