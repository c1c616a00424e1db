"""Comments anchored to the words they are about, and replies; new drafts started over an
approved version (existing comments stay about their whole paragraph: no quote, no offsets).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 10:36:59.406840
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

PARENT_KEY = "fk_comments_parent_id_comments"


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("approval_id", sa.Integer(), nullable=False),
        sa.Column("started_by", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["approval_id"], ["approvals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("approval_id"),
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quote_start", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quote_end", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quote", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_comments_parent_id"), ["parent_id"], unique=False)
        batch_op.create_foreign_key(
            PARENT_KEY, "comments", ["parent_id"], ["id"], ondelete="CASCADE"
        )


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_constraint(PARENT_KEY, type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_comments_parent_id"))
        batch_op.drop_column("parent_id")
        batch_op.drop_column("quote")
        batch_op.drop_column("quote_end")
        batch_op.drop_column("quote_start")

    op.drop_table("drafts")
