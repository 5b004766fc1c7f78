"""Several documents per proposal: each stored evaluation of schema version 1 becomes version 2,
its one proposal_text one document named "Proposal text" (questions.models.upgrade_file).

Only the current rows are rewritten, so the library's fast re-read (store/mirror.py) takes them
again; the revisions stay as they were saved (history is never rewritten) and are upgraded by
the model whenever they are read.

Revision ID: 0004
Revises: 0003
"""
import json

import sqlalchemy as sa
from alembic import op

from questions.models import upgrade_file

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 500
_ROWS = sa.table("evaluations", sa.column("id", sa.String), sa.column("json", sa.Text))


def upgrade() -> None:
    bind, after = op.get_bind(), ""
    while True:
        rows = bind.execute(sa.select(_ROWS.c.id, _ROWS.c.json).where(_ROWS.c.id > after)
                            .order_by(_ROWS.c.id).limit(BATCH)).all()
        if not rows:
            return
        for id, text in rows:
            _upgrade_row(bind, id, text)
        after = rows[-1][0]


def _upgrade_row(bind, id: str, text: str) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return  # unreadable rows stay as they are: the store reports them when read, never loses them
    if isinstance(data, dict) and data.get("schema_version") == 1:
        bind.execute(_ROWS.update().where(_ROWS.c.id == id).values(json=json.dumps(upgrade_file(data))))


def downgrade() -> None:
    """Version 2 rows back to version 1 keep only the documents' joined text as proposal_text."""
    bind = op.get_bind()
    for id, text in bind.execute(sa.select(_ROWS.c.id, _ROWS.c.json)).all():
        data = json.loads(text)
        if isinstance(data, dict) and data.get("schema_version") == 2:
            documents = data.pop("documents", [])
            data.update(schema_version=1, proposal_text="\n\n".join(d.get("text", "") for d in documents))
            bind.execute(_ROWS.update().where(_ROWS.c.id == id).values(json=json.dumps(data)))
