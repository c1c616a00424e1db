"""Working drafts: what is typed on a version is kept in one row, overwritten in place, until it
becomes a version of its own (clearnotice.working_draft).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 14:20:35.966344
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "working_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("base_version_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["base_version_id"], ["versions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["letter_id"], ["letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("letter_id", "language", "base_version_id", "author"),
    )
    with op.batch_alter_table("working_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_working_drafts_letter_id"), ["letter_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("working_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_working_drafts_letter_id"))

    op.drop_table("working_drafts")
