"""Documents' texts stored once, by content (store/texts.py): the table document_texts, and each
current row's texts moved into it, the row keeping '' and the text's hash (text_sha256).

The revisions stay as they were saved (history is never rewritten): a revision holding its
texts still reads as it is. Rows this code cannot read are left alone, as in 0004.

Revision ID: 0005
Revises: 0004
"""
import hashlib
import json
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 200
_TEXTS = sa.table("document_texts", sa.column("sha256", sa.String), sa.column("utf8", sa.LargeBinary),
                  sa.column("size", sa.Integer), sa.column("created_at", sa.DateTime))


_CURRENT = sa.table("evaluations", sa.column("id", sa.String), sa.column("json", sa.Text))
_REVISIONS = sa.table("evaluation_revisions", sa.column("evaluation_id", sa.String), sa.column("version", sa.Integer),
                      sa.column("json", sa.Text))


def upgrade() -> None:
    op.create_table(
        "document_texts",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("utf8", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
    )
    bind, stored, after = op.get_bind(), set(), ""
    while True:  # in batches by id, so a large library is never all in memory
        rows = bind.execute(sa.select(_CURRENT.c.id, _CURRENT.c.json).where(_CURRENT.c.id > after)
                            .order_by(_CURRENT.c.id).limit(BATCH)).all()
        if not rows:
            return
        for id, text in rows:
            _split_row(bind, id, text, stored)
        after = rows[-1][0]


def _split_row(bind, id: str, text: str, stored: set[str]) -> None:
    data = _documents_of(text)
    if data is None:
        return
    changed = False
    for document in data["documents"]:
        body = document.get("text")
        if isinstance(body, str) and body:
            try:
                utf8 = body.encode("utf-8")
            except UnicodeEncodeError:
                continue  # cannot be stored as UTF-8: it stays in the row, as before
            key = hashlib.sha256(utf8).hexdigest()
            if key not in stored:
                bind.execute(_TEXTS.insert().values(sha256=key, utf8=utf8, size=len(utf8),
                                                    created_at=datetime.now(timezone.utc).replace(tzinfo=None)))
                stored.add(key)
            document.update(text="", text_sha256=key)
            changed = True
    if changed:
        bind.execute(_CURRENT.update().where(_CURRENT.c.id == id).values(json=json.dumps(data, ensure_ascii=False)))


def _documents_of(text: str) -> dict | None:
    """The row's JSON if it is a version 2 evaluation with a list of document objects, else None."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("schema_version") != 2 or not isinstance(data.get("documents"), list):
        return None
    return data if all(isinstance(d, dict) for d in data["documents"]) else None


def downgrade() -> None:
    """Every row, current or past, gets its texts back (text_sha256 goes), then the table goes."""
    bind = op.get_bind()
    texts = {key: bytes(utf8).decode("utf-8") for key, utf8 in bind.execute(sa.select(_TEXTS.c.sha256, _TEXTS.c.utf8))}
    for table, key in ((_CURRENT, ("id",)), (_REVISIONS, ("evaluation_id", "version"))):
        for row in bind.execute(sa.select(table)).all():
            data = _documents_of(row.json)
            if data is None or not any("text_sha256" in d for d in data["documents"]):
                continue
            for document in data["documents"]:
                hashed = document.pop("text_sha256", "")
                if hashed and not document.get("text"):
                    document["text"] = texts.get(hashed, "")
            where = [table.c[k] == row._mapping[k] for k in key]
            bind.execute(table.update().where(*where).values(json=json.dumps(data, ensure_ascii=False)))
    op.drop_table("document_texts")
