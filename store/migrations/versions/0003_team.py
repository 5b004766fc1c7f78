"""Team use: each evaluation's owner and proposal group, comment threads, the audit trail.

Existing rows become the local user's ('') and each its own group. The audit trail refuses
UPDATE and DELETE in the database itself, not only in the store's API.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

APPEND_ONLY = "the audit trail is append-only"


def upgrade() -> None:
    with op.batch_alter_table("evaluations") as table:
        table.add_column(sa.Column("owner", sa.Text(), nullable=False, server_default=""))
        table.add_column(sa.Column("group_id", sa.String(32), nullable=True))
    op.execute("UPDATE evaluations SET group_id = id")
    with op.batch_alter_table("evaluations") as table:
        table.alter_column("group_id", existing_type=sa.String(32), nullable=False)
    op.create_index("ix_evaluations_group_id", "evaluations", ["group_id"])
    op.create_index("ux_evaluations_group_owner", "evaluations", ["group_id", "owner"], unique=True,
                    sqlite_where=sa.text("owner <> ''"), postgresql_where=sa.text("owner <> ''"))
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("group_id", sa.String(32), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_index("ix_comments_group_id_id", "comments", ["group_id", "id"])
    op.create_table(
        "audit_trail",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("evaluation_id", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("before", sa.Text, nullable=True),
        sa.Column("after", sa.Text, nullable=True),
    )
    op.create_index("ix_audit_trail_evaluation_id_id", "audit_trail", ["evaluation_id", "id"])
    _append_only()


def _append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$""")
        op.execute("""CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
                      FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only()""")
        op.execute("""CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
                      FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only()""")
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"""CREATE TRIGGER audit_trail_no_{event.lower()} BEFORE {event} ON audit_trail
                           BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_trail_no_truncate ON audit_trail")
        op.execute("DROP TRIGGER audit_trail_append_only ON audit_trail")
        op.execute("DROP FUNCTION audit_trail_append_only()")
    op.drop_table("audit_trail")
    op.drop_table("comments")
    op.drop_index("ux_evaluations_group_owner", table_name="evaluations")
    op.drop_index("ix_evaluations_group_id", table_name="evaluations")
    with op.batch_alter_table("evaluations") as table:
        table.drop_column("group_id")
        table.drop_column("owner")
