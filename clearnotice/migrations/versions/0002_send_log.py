"""The send log: one row for every call that sends text to an online service.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 07:46:58.850938
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "send_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("service", sa.String(length=80), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("characters", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letters.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("send_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_send_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_send_log_letter_id"), ["letter_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("send_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_send_log_letter_id"))
        batch_op.drop_index(batch_op.f("ix_send_log_at"))

    op.drop_table("send_log")
