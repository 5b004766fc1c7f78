"""Headline figures as derived columns, so the library lists without parsing or scoring.

New columns stay NULL here; Store.refresh_headlines fills every row whose headline_bank is
not the current bank's version (NULL included) when the store starts.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

HEADLINE = [("score", sa.Float()), ("claimed_scope", sa.Integer()), ("delivered_scope", sa.Integer()),
            ("gaps", sa.Integer()), ("flags", sa.Integer()), ("headline_bank", sa.String(64))]


def upgrade() -> None:
    with op.batch_alter_table("evaluations") as table:
        for name, type_ in HEADLINE:
            table.add_column(sa.Column(name, type_, nullable=True))
        table.drop_index("ix_evaluations_updated_at")
        table.create_index("ix_evaluations_updated_at_id", ["updated_at", "id"])
        table.create_index("ix_evaluations_score_id", ["score", "id"])


def downgrade() -> None:
    with op.batch_alter_table("evaluations") as table:
        table.drop_index("ix_evaluations_score_id")
        table.drop_index("ix_evaluations_updated_at_id")
        table.create_index("ix_evaluations_updated_at", ["updated_at"])
        for name, _ in reversed(HEADLINE):
            table.drop_column(name)
