"""Alembic environment: migrates on the connection store.schema.upgrade hands over.

For `alembic revision --autogenerate` by hand, without that connection, it migrates the
database at WINNOW_DATABASE_URL (or the default file), like the app.
"""
from alembic import context

from store.engine import default_url, make_engine
from store.tables import Base


def _run(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; Alembic copies the table instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or default_url())
    with engine.connect() as own:
        _run(own)
        own.commit()
