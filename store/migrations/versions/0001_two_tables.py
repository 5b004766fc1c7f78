"""The two tables of the 2026-11 release: evaluations (latest version) and every revision.

Exactly what Base.metadata.create_all made then, so such a database is stamped with this
revision instead of being created again.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("proposal", sa.Text, nullable=False),
        sa.Column("vendor", sa.Text, nullable=False),
        sa.Column("evaluator", sa.Text, nullable=False),
        sa.Column("json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_index("ix_evaluations_updated_at", "evaluations", ["updated_at"])
    op.create_table(
        "evaluation_revisions",
        sa.Column("evaluation_id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("json", sa.Text, nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=False), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("evaluation_revisions")
    op.drop_index("ix_evaluations_updated_at", table_name="evaluations")
    op.drop_table("evaluations")
