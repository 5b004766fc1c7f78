"""Sign-outs that end a session everywhere: when each sign-in was first seen, and each account's
last sign-out (store/sign_outs.py).

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_ins",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("account", sa.Text, nullable=False),
        sa.Column("first_seen", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_table(
        "sign_outs",
        sa.Column("account", sa.Text, primary_key=True),
        sa.Column("signed_out_at", sa.DateTime(timezone=False), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sign_outs")
    op.drop_table("sign_ins")
