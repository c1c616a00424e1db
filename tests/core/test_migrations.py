"""Schema migrations: a database made before migrations is upgraded in place with its data, and
the migrations describe exactly the tables the code declares; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from clearnotice import migrate
from clearnotice.approvals import approved_version
from clearnotice.letters import Store, fingerprint
from tests.accounts import add_writers

LETTER_TEXT = "# Notice of Data Breach\n\nOn March 3 we found that a criminal had copied files.\n"


def _database_as_main_made_it(url: str) -> None:
    """The schema of the releases before migrations (the baseline revision, with no version
    table), holding a letter, its version, an approval and an account, written as those
    releases wrote them."""
    engine = create_engine(url)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), migrate.BASELINE)
        connection.execute(text(f"DROP TABLE {migrate.VERSION_TABLE}"))
        connection.execute(
            text(
                "INSERT INTO letters (id, title, source_language, jurisdictions, consents, "
                "created_by, created_at, updated_at) VALUES (7, 'March incident', 'en', "
                "'[\"CA\"]', '{}', 'ed', :now, :now)"
            ),
            {"now": now},
        )
        connection.execute(
            text(
                "INSERT INTO versions (id, letter_id, number, language, text, sha256, origin, "
                "author, created_at) VALUES (11, 7, 1, 'en', :text, :sha, 'typed', 'ed', :now)"
            ),
            {"text": LETTER_TEXT, "sha": fingerprint(LETTER_TEXT), "now": now},
        )
        connection.execute(
            text(
                "INSERT INTO approvals (letter_id, language, version_id, sha256, approved_by, "
                "approved_at, reason) VALUES (7, 'en', 11, :sha, 'lawyer', :now, '')"
            ),
            {"sha": fingerprint(LETTER_TEXT), "now": now},
        )
    engine.dispose()


def test_database_from_before_migrations_is_upgraded_with_its_data(database_url):
    _database_as_main_made_it(database_url)

    store = Store(database_url)  # opening the store upgrades the database

    letter = store.get_letter(7)
    assert letter.title == "March incident" and letter.jurisdictions == ["CA"]
    assert store.latest_version(7).text == LETTER_TEXT
    assert approved_version(store, 7, "en").id == 11
    engine = store.session_factory.kw["bind"]
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() is not None
    add_writers(store, "ed")
    created = store.create_letter("After the upgrade", "Hello.", actor="ed")
    assert created.id != 7
    engine.dispose()


def test_new_database_is_stamped_with_the_newest_revision(database_url):
    store = Store(database_url)
    engine = store.session_factory.kw["bind"]
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    heads = migrate.heads()
    assert current in heads and len(heads) == 1
    assert heads == (migrate.newest(),)  # what a store's open compares its version row with
    engine.dispose()


def test_migrations_build_exactly_the_declared_tables(database_url):
    engine = create_engine(database_url)
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        difference = compare_metadata(context, migrate.target_metadata())
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert not difference, (
        "the table declarations and the migrations differ: write a migration with "
        f"`python -m clearnotice.migrate revision '...'`: {difference}"
    )
    assert {"letters", "versions", "approvals", "users"} <= tables
