"""Alembic environment: runs against the engine claimtrack hands over, in batch mode for SQLite."""

from alembic import context

from claimtrack.db.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
