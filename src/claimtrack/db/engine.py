"""Engines, sessions and migrations. Sessions are opened at the edge and passed into repository functions.

SQLAlchemy is imported when an engine is made, not with this module: the command line decides a few
things from the URL alone before that (see `is_new_sqlite_database`)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///claims.db"


def database_url(url: str | None = None) -> str:
    return url or os.environ.get("CLAIMTRACK_DB_URL") or DEFAULT_URL


def is_new_sqlite_database(url: str) -> bool:
    """Whether `url` names a SQLite database file that does not exist yet or is empty: one that holds no
    article. Told from the URL and the file system alone, without SQLAlchemy; False for other databases."""
    scheme, separator, rest = url.partition(":///")
    if scheme.split("+")[0] != "sqlite" or not separator:
        return False
    path = Path(rest.split("?")[0])
    return not path.exists() or path.stat().st_size == 0


# Claims and conflicts are keyed by hashes, so each insert lands on a random page of its indexes: with SQLite's
# default 2 MB page cache, a growing archive sends more and more of those pages back to the disk cache.
SQLITE_CACHE_KIB = 64 * 1024


def make_engine(url: str | None = None) -> Engine:
    from sqlalchemy import create_engine, event

    url = database_url(url)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            # The sqlite3 module would start transactions late and by itself, which breaks savepoints;
            # SQLAlchemy issues BEGIN instead (the recipe in SQLAlchemy's SQLite notes).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")  # readers keep working while a batch writes
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection):
            connection.exec_driver_sql("BEGIN")
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine | None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("claimtrack.db") / "migrations"))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to the latest migration."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    """The latest migration shipped with claimtrack."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def schema_differences(engine: Engine) -> list:
    """What differs between the database's schema and the models (empty when they match), as Alembic sees it."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from .models import Base

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)
