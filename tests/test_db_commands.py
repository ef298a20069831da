"""`claimtrack db upgrade|current|check` on SQLite and on the PostgreSQL server."""

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from claimtrack.cli import main
from claimtrack.db.engine import head_revision, make_engine


def db(*args):
    return CliRunner().invoke(main, ["db", *args], catch_exceptions=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'c.db'}"
    return request.getfixturevalue("postgres_url")


def test_upgrade_then_current_and_check(any_db_url):
    assert db("current", "--db", any_db_url).output.strip() == "empty (no schema yet)"
    before = db("check", "--db", any_db_url)
    assert before.exit_code == 1 and "run `claimtrack db upgrade`" in before.output
    upgraded = db("upgrade", "--db", any_db_url)
    assert upgraded.exit_code == 0 and f"is at revision {head_revision()}" in upgraded.output
    assert db("current", "--db", any_db_url).output.strip() == head_revision()
    checked = db("check", "--db", any_db_url)
    assert checked.exit_code == 0, checked.output
    assert "the schema matches the models" in checked.output


def test_check_fails_when_the_schema_was_changed_by_hand(any_db_url):
    db("upgrade", "--db", any_db_url)
    engine = make_engine(any_db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE scratch (id INTEGER PRIMARY KEY)"))
        connection.execute(text("DROP INDEX ix_claims_kind"))
    engine.dispose()
    checked = db("check", "--db", any_db_url)
    assert checked.exit_code == 1
    assert "scratch" in checked.output and "ix_claims_kind" in checked.output


def test_an_unreachable_database_is_a_clear_error():
    result = db("current", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.exit_code == 1 and "cannot open database" in result.output


def test_sqlite_connections_write_ahead_with_a_page_cache_sized_for_an_archive(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'claims.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA cache_size")).scalar() == -64 * 1024  # KiB, not the default 2 MB
    engine.dispose()
