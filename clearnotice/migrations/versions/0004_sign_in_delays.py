"""Sign-in delays counted per client and name, in place of the per-name lock anyone could hold
(its rows are passing sign-in state, not data: nothing worth keeping is dropped).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 08:08:40.764038
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_delays",
        sa.Column("client", sa.String(length=100), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("client", "username"),
    )
    with op.batch_alter_table("sign_in_delays", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_in_delays_last_failure_at"), ["last_failure_at"], unique=False
        )

    op.drop_table("sign_in_throttle")


def downgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("username", sa.VARCHAR(length=200), nullable=False),
        sa.Column("failures", sa.INTEGER(), nullable=False),
        sa.Column("locked_until", sa.DATETIME(), nullable=True),
        sa.PrimaryKeyConstraint("username"),
    )
    with op.batch_alter_table("sign_in_delays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_delays_last_failure_at"))

    op.drop_table("sign_in_delays")
