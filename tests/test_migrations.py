"""The schema comes from Alembic migrations, on SQLite and on the PostgreSQL server."""

from sqlalchemy import inspect

from claimtrack.db.engine import current_revision, head_revision, make_engine, upgrade
from claimtrack.db.models import Base


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
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert_schema_matches_models(engine)
    upgrade(engine)  # a second upgrade is a no-op


def test_postgresql_upgrade_creates_the_models_schema(postgres_url):
    engine = make_engine(postgres_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert_schema_matches_models(engine)
    engine.dispose()
