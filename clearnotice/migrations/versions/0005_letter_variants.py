"""Letter variants: a per-state letter names the master letter it is built from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:44:56.665407
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

INDEX = "ix_letters_master_id"


def upgrade() -> None:
    # Not batch mode: on SQLite that rebuilds "letters", and dropping the old table with foreign
    # keys on would delete every version with it. Adding a nullable column needs no rebuild.
    op.add_column("letters", sa.Column("master_id", sa.Integer(), nullable=True))
    op.create_index(INDEX, "letters", ["master_id"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="letters")
    op.drop_column("letters", "master_id")
