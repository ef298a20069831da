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
