"""What each approval overrode (open findings with the reason, carried review comments), kept
with it; approvals made before have none.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 10:36:29.769112
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exceptions", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_column("exceptions")
