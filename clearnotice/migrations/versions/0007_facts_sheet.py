"""The incident facts sheet of each letter (clearnotice.facts), and the facts each approval
saw; existing letters start with an empty sheet and existing approvals saw none.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 11:02:30.105662
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("facts", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("facts", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_column("facts")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_column("facts")
