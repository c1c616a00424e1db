"""Forks (two edits from one version that clash) and who has a letter open in an editor.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 07:59:08.717067
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "editor_presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letters.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("letter_id", "language", "session_id"),
    )
    with op.batch_alter_table("editor_presence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_editor_presence_letter_id"), ["letter_id"], unique=False
        )

    op.create_table(
        "forks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=True),
        sa.Column("theirs_id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("settled_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settled_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["base_id"], ["versions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["branch_id"], ["versions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["letter_id"], ["letters.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["theirs_id"], ["versions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("branch_id"),
    )
    with op.batch_alter_table("forks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_forks_letter_id"), ["letter_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("forks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_forks_letter_id"))

    op.drop_table("forks")
    with op.batch_alter_table("editor_presence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_editor_presence_letter_id"))

    op.drop_table("editor_presence")
