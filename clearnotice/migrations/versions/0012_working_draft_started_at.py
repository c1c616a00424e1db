"""Working drafts keep when their typing began, for "typing not saved as a version since ..." on
the Review and Export pages (clearnotice.working_draft.unsaved_typing). Rows written before it
have none: their last write stands in.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 14:05:08.998888
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("working_drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("started_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("working_drafts", schema=None) as batch_op:
        batch_op.drop_column("started_at")
