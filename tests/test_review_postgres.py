"""The review service and the desk on PostgreSQL, the team database: the same queries, the same version check."""

import json
from datetime import date

import httpx
import pytest

from claimtrack import review
from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
from claimtrack.db.models import ReviewEventRow
from claimtrack.db.review_log import apply_change
from claimtrack.ingest import ingest_paths
from claimtrack.review import ConflictFilter
from claimtrack.web import create_app
from claimtrack.web.server import serving

from .conftest import DATED_ARTICLE, FOUNDING, HOSTILE_ARTICLE


@pytest.fixture
def pg_desk(postgres_url, tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (tmp_path / "flights.txt").write_text(DATED_ARTICLE, encoding="utf-8")
    engine = make_engine(postgres_url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    assert ingest_paths([str(FOUNDING), str(tmp_path / "hostile.txt"), str(tmp_path / "flights.txt")], sessions).ok
    yield sessions
    engine.dispose()


def total(sessions, **filters) -> int:
    with sessions() as session:
        return review.queue_page(session, ConflictFilter(**filters)).total


def only(sessions, words) -> str:
    with sessions() as session:
        (item,) = review.queue_page(session, ConflictFilter(status=None, text=words)).items
        return item.id


def test_queue_filters_on_postgresql(pg_desk):
    assert total(pg_desk) == 4
    assert total(pg_desk, kind="numeric") == 2
    assert total(pg_desk, source="The Organisers") == 1
    assert total(pg_desk, subject="abductee") == 2
    assert total(pg_desk, since=date(2024, 3, 3)) == 1
    assert total(pg_desk, text="MAY STILL") == 1 and total(pg_desk, text="100%") == 0


def test_decisions_and_the_version_check_on_postgresql(pg_desk):
    cid = only(pg_desk, "flights")
    with pg_desk.begin() as session:
        review.decide(session, cid, status="confirmed", note="log says 90", reviewer="Aiko", seen_version=1)
    with pytest.raises(review.StaleView, match="Aiko marked it confirmed"), pg_desk.begin() as session:
        review.add_note(session, cid, note="late", reviewer="Ben", seen_version=1)
    with pg_desk.begin() as session:
        assert apply_change(session, cid, 2, {}, ReviewEventRow(conflict_id=cid, actor="Ben", action="note", note="a"))
        assert not apply_change(session, cid, 2, {}, ReviewEventRow(conflict_id=cid, actor="Chloe", action="note"))
    with pg_desk() as session:
        view = review.conflict(session, cid)
        reviews = json.loads(review.export(session, "claimreview"))
    assert (view.status, view.version, [e.actor for e in view.history]) == ("confirmed", 3, ["Aiko", "Ben"])
    assert view.history[0].at.tzinfo is not None
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Disputed"} and len(reviews) == 2


def test_the_desk_serves_from_postgresql(pg_desk):
    cid = only(pg_desk, "flights")
    with serving(create_app(pg_desk)) as base_url, httpx.Client(base_url=base_url) as client:
        assert "4 open conflicts" in client.get("/queue").text
        page = client.get(f"/conflicts/{cid}")
        assert page.status_code == 200 and "The transport ministry" in page.text
        assert client.get("/sources").status_code == 200 and client.get("/articles").status_code == 200
