"""The queue page stays fast with 10,000 conflicts: the benchmark in bench/queue_page.py, fewer requests."""

import importlib.util

import pytest

from .conftest import ROOT

BUDGET_MS = 150  # 95th percentile, the target in BENCHMARKS.md


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("queue_page_bench", ROOT / "bench" / "queue_page.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_queue_page_with_10000_conflicts_answers_within_budget(bench, tmp_path):
    from claimtrack.db.engine import make_engine, make_sessionmaker
    from claimtrack.web import create_app
    from claimtrack.web.server import serving

    url = f"sqlite:///{tmp_path / 'bench.db'}"
    bench.fill(url, 10_000)
    engine = make_engine(url)
    with serving(create_app(make_sessionmaker(engine))) as base_url:
        timings = bench.time_views(base_url, requests=20)
    engine.dispose()
    every = [ms for values in timings.values() for ms in values]
    assert len(every) == 20 * len(bench.VIEWS)
    assert bench.percentile(every, 95) < BUDGET_MS, bench.report(timings)


def test_the_filled_database_looks_like_a_real_one(bench, tmp_path):
    from claimtrack import review
    from claimtrack.db.engine import make_engine, make_sessionmaker

    url = f"sqlite:///{tmp_path / 'bench.db'}"
    bench.fill(url, 500)
    sessions = make_sessionmaker(make_engine(url))
    with sessions() as session:
        everything = review.queue_page(session, review.ConflictFilter(status=None))
        assert everything.total == 500
        still_open = review.queue_page(session, review.ConflictFilter()).total
        view = review.conflict(session, everything.items[0].id)
    assert 0.5 * 500 < still_open < 500  # most are open, some decided
    claim = view.claims[0]
    assert claim.words in claim.sentence and any("source" in s.roles for s in claim.paragraph)
    assert view.history or view.status == "open"  # a decided conflict has its decision in the history


def test_percentiles(bench):
    assert bench.percentile(list(range(1, 101)), 95) == 95
    assert bench.percentile([3.0], 95) == 3.0
