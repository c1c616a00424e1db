"""Alembic's environment: migrations run on the connection clearnotice/migrate.py hands over.

Batch mode lets SQLite, which cannot alter a column in place, change tables by copying them.
"""

from alembic import context

from clearnotice.migrate import target_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
