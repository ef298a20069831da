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
            "source_aliases", "ingest_errors", "users", "sign_in_failures"} <= tables


def test_sqlite_upgrade_creates_the_models_schema(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    upgrade(engine, "0001")  # a database made by the first release is brought up to date
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


def test_migrations_go_down_and_up_again_and_0002_keeps_the_latest_error_of_each_input(tmp_path, postgres_url):
    from sqlalchemy import text

    from claimtrack.db.engine import alembic_config
    from alembic import command

    for url in (f"sqlite:///{tmp_path / 'c.db'}", postgres_url):
        engine = make_engine(url)
        upgrade(engine, "0001")
        with engine.begin() as connection:
            for reason in ("first try", "second try"):
                connection.execute(text("INSERT INTO ingest_errors (origin, reason, at) "
                                        "VALUES ('a.txt', :reason, CURRENT_TIMESTAMP)"), {"reason": reason})
        upgrade(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT origin, reason FROM ingest_errors")).all() == [("a.txt", "second try")]
        command.downgrade(alembic_config(engine), "base")
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert_schema_matches_models(engine)
        engine.dispose()
