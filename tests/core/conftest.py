"""Fixtures for the core tests: a ``store`` on SQLite and on a throwaway PostgreSQL cluster.

The same Store code must work on both (issue 2), so every test that takes ``store`` runs twice.
PostgreSQL runs as a private cluster in a temporary folder, started once per test session on a
free loopback port and stopped at the end; nothing touches a server the machine already runs.
Without PostgreSQL binaries the PostgreSQL runs are skipped, except under CI=true, where they
fail: Debian's ``postgresql`` package provides them.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from clearnotice.auth import Account, create_first_admin
from clearnotice.letters import Store
from tests.accounts import ADMIN_PASSWORD, add_writers

DATABASE = "clearnotice"
# initdb and postgres refuse to run as root; as root the cluster runs as this system user.
UNPRIVILEGED_USER = "nobody"


def _postgres_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found:
        folder = Path(found).resolve().parent
        if (folder / "pg_ctl").exists():
            return folder
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    for initdb in reversed(versions):
        folder = Path(initdb).parent
        if (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresCluster:
    """A private PostgreSQL cluster in ``base``, owned by an unprivileged user when run as root."""

    def __init__(self, bin_dir: Path, base: Path):
        self.bin_dir = bin_dir
        self.base = base
        self.data = base / "data"
        self.log = base / "server.log"
        self.port = 0
        self.user = UNPRIVILEGED_USER if os.geteuid() == 0 else None

    def _run(self, *args: str, timeout: float = 60) -> None:
        run_as = {}
        if self.user:
            entry = pwd.getpwnam(self.user)
            run_as = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
        result = subprocess.run(
            [str(self.bin_dir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.base,
            env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C", "TZ": "UTC"},
            **run_as,
        )
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(
                f"{args[0]} failed ({result.returncode}):\n{result.stdout}{result.stderr}{log}"
            )

    def start(self) -> None:
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.base, entry.pw_uid, entry.pw_gid)
        self.base.chmod(0o700)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        # A port that was free a moment ago may be taken before the server binds it: retry.
        for attempt in range(3):
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
                # A throwaway cluster: durability buys nothing and costs seconds per test run.
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                self._run(
                    "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options,
                    "-w", "-t", "60", "start",
                )  # fmt: skip
                break
            except RuntimeError:
                if attempt == 2:
                    raise
                time.sleep(0.5)
        self.admin(f"CREATE DATABASE {DATABASE}")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str = DATABASE) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        ) as connection:
            connection.execute(statement)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        reason = (
            "no PostgreSQL server binaries (initdb, pg_ctl) on this machine; "
            "on Debian: apt-get install postgresql"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: PostgreSQL tests must run)")
        pytest.skip(reason)
    cluster = PostgresCluster(bin_dir, Path(tempfile.mkdtemp(prefix="clearnotice-pg-")))
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """A URL whose connections see an empty schema of their own, dropped after the test."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    postgres_cluster.admin(f"CREATE SCHEMA {schema}", DATABASE)
    yield postgres_cluster.url() + f"?options=-csearch_path%3D{schema}"
    postgres_cluster.admin(f"DROP SCHEMA {schema} CASCADE", DATABASE)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'clearnotice.sqlite3'}"


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def approved_letter_id(sqlite_url: str) -> int:
    """A letter on ``sqlite_url`` whose English (good-plain.md) and human Spanish translation
    (good-plain.es.md) are both approved."""
    from clearnotice.accounts import Role
    from clearnotice.approvals import approve
    from tests.accounts import add_accounts

    store = Store(sqlite_url)
    add_accounts(store, lawyer=Role.LEGAL)
    add_writers(store, "editor", "translator")
    english_text = (FIXTURES / "good-plain.md").read_text(encoding="utf-8")
    spanish_text = (FIXTURES / "good-plain.es.md").read_text(encoding="utf-8")
    letter = store.create_letter("March incident", english_text, actor="editor")
    english = store.latest_version(letter.id)
    spanish = store.save_version(
        letter.id,
        spanish_text,
        base_version_id=None,
        actor="translator",
        language="es",
        origin="human:Ana",
        source_version_id=english.id,
    ).version
    approve(store, letter.id, "en", english.id, "lawyer")
    approve(store, letter.id, "es", spanish.id, "lawyer")
    return letter.id


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def database_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty database, once for each backend ClearNotice supports."""
    return request.getfixturevalue(f"{request.param}_url")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "writers(*names): editor accounts the ``store`` fixture creates for a test that writes "
        "letters as those names (tests.accounts.add_writers)",
    )


@pytest.fixture
def store(database_url: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A Store on an empty database; with a ``writers`` mark, holding those editor accounts."""
    store = Store(database_url)
    for mark in request.node.iter_markers("writers"):
        add_writers(store, *mark.args)
    yield store
    store.session_factory.kw["bind"].dispose()


@pytest.fixture
def admin(store: Store) -> Account:
    """The first admin of a fresh installation on ``store``, "admin" with ADMIN_PASSWORD."""
    return create_first_admin(store, "Admin", ADMIN_PASSWORD)


@pytest.fixture
def backend(store: Store) -> str:
    """``sqlite`` or ``postgresql``: the dialect the ``store`` under test talks to."""
    return store.session_factory.kw["bind"].dialect.name
