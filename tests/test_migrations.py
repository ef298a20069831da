"""The schema comes from Alembic migrations, on SQLite and on the PostgreSQL server."""

import os
import uuid

import pytest
from sqlalchemy import create_engine, inspect, text

from claimtrack.db.engine import current_revision, make_engine, upgrade
from claimtrack.db.models import Base

POSTGRES_ADMIN_URL = os.environ.get("CLAIMTRACK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def assert_schema_matches_models(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], diff
    tables = set(inspect(engine).get_table_names())
    assert {"articles", "claims", "evidence", "conflicts", "review_events", "source_entities",
            "source_aliases", "ingest_errors"} <= tables


def test_sqlite_upgrade_creates_the_models_schema(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    upgrade(engine, "0001")  # a database made by the first release is brought up to date
    upgrade(engine)
    assert current_revision(engine) == "0002"
    assert_schema_matches_models(engine)
    upgrade(engine)  # a second upgrade is a no-op


@pytest.fixture
def postgres_url():
    """A throwaway database on the PostgreSQL server; skipped outside CI when no server answers."""
    try:
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        admin.connect().close()
    except Exception as exc:  # noqa: BLE001 - any connection failure means no server here
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no PostgreSQL server at {POSTGRES_ADMIN_URL}: {exc.__class__.__name__}")
    name = f"claimtrack_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_postgresql_upgrade_creates_the_models_schema(postgres_url):
    engine = make_engine(postgres_url)
    upgrade(engine)
    assert current_revision(engine) == "0002"
    assert_schema_matches_models(engine)
    engine.dispose()
