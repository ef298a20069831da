pytest_plugins = ["pytester"]
import pytest

from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade


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
