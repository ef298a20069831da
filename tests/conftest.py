import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade

pytest_plugins = ["pytester"]

ROOT = Path(__file__).parent.parent
POSTGRES_ADMIN_URL = os.environ.get("CLAIMTRACK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
FOUNDING = ROOT / "corpus" / "japanese-abductee-families-seek-us-support.txt"

# Untrusted text everywhere an article puts text: title, outlet, URL and body.
HOSTILE_ARTICLE = """Turnout <script>window.pwned = true</script> disputed
Outlet: The <b>Bold</b> Gazette
URL: javascript:alert(1)
Published: 2024-03-02

The organisers said that 40,000 people marched on Saturday <script>window.pwned = true</script>. Police said that 12,000 people marched on Saturday.
"""

DATED_ARTICLE = """Airline and ministry disagree on cancelled flights
Outlet: Rhône Courier
URL: https://www.rhonecourier.example/2024/03/04/flights-cancelled
Published: 2024-03-04

The transport ministry said that 250 flights were cancelled on Monday. The airline said that 90 flights were cancelled on Monday.
"""


@pytest.fixture(scope="session")
def nlp():
    from claimtrack.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'claims.db'}"


@pytest.fixture
def sessions(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


def ingest_into(path: Path, inputs: list[Path]) -> None:
    from claimtrack.ingest import ingest_paths

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    summary = ingest_paths([str(p) for p in inputs], make_sessionmaker(engine))
    engine.dispose()
    assert summary.ok, summary.failed


def copy_database(source: Path, target: Path) -> str:
    """A copy of a SQLite database (with whatever its write-ahead log holds), as a URL."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory) -> Path:
    """The founding article, a dated article and a hostile one, ingested once per test run."""
    folder = tmp_path_factory.mktemp("desk")
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "flights.txt").write_text(DATED_ARTICLE, encoding="utf-8")
    path = folder / "template.db"
    ingest_into(path, [FOUNDING, folder / "hostile.txt", folder / "flights.txt"])
    return path


@pytest.fixture
def desk_url(desk_template, tmp_path) -> str:
    """A fresh copy of the desk database for one test."""
    return copy_database(desk_template, tmp_path / "desk.db")


@pytest.fixture
def desk(desk_url):
    """Sessions on a fresh copy of the desk database: 4 open conflicts (2 founding, 1 hostile, 1 flights)."""
    engine = make_engine(desk_url)
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


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


@pytest.fixture
def database_content():
    """`database_content(url)`: what a database says, for comparing two databases."""
    return _database_content


def _database_content(url: str) -> dict[str, list[tuple]]:
    """What a database says, without what differs between two equivalent runs: surrogate keys (row ids)
    and timestamps. Sources and claims are named by their natural keys."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    queries = {
        "articles": "select id, title, url, outlet, published, text, origin, external_id from articles",
        "claims": "select c.*, s.name from claims c left join source_entities s on s.id = c.source_entity_id",
        "evidence": "select * from evidence",
        "conflicts": "select id, claim_a_id, claim_b_id, kind, relation, score, explanation, status, assignee, "
                     "version from conflicts",
        "aliases": "select s.name, a.alias from source_aliases a join source_entities s on s.id = a.entity_id",
        "ingest_errors": "select origin, reason from ingest_errors",
    }
    surrogate = {"claims": {"source_entity_id"}, "evidence": {"id"}}
    content = {}
    with engine.connect() as connection:
        for table, query in queries.items():
            result = connection.execute(text(query))
            keep = [i for i, name in enumerate(result.keys()) if name not in surrogate.get(table, ())]
            content[table] = sorted((tuple(row[i] for i in keep) for row in result), key=repr)
    engine.dispose()
    return content
