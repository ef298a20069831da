"""Several people and processes on one PostgreSQL database at once: two reviewers deciding the same conflict,
two ingest processes on overlapping inputs. Real connections to the real server, no mocks."""

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from claimtrack import review
from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
from claimtrack.db.models import (ArticleRow, ClaimRow, ConflictRow, EvidenceRow, IngestErrorRow, SourceAliasRow,
                                  SourceEntityRow)
from claimtrack.ingest import ingest_paths
from claimtrack.review import ConflictFilter

from .conftest import FOUNDING, ROOT

WAIT = 60  # seconds to wait for the other connection to reach its lock: a deadline, not a measurement


@pytest.fixture
def pg(postgres_url):
    """The founding article (2 open conflicts) on PostgreSQL, and a way to open more connections to it."""
    engines = []

    def connect():
        engine = make_engine(postgres_url)
        engines.append(engine)
        return make_sessionmaker(engine)

    sessions = connect()
    upgrade(sessions.kw["bind"])
    assert ingest_paths([str(FOUNDING)], sessions).ok
    yield connect
    for engine in engines:
        engine.dispose()


def open_conflicts(sessions) -> list[str]:
    with sessions() as session:
        return [item.id for item in review.queue_page(session, ConflictFilter()).items]


def decision(sessions, cid, reviewer, status, outcome):
    try:
        with sessions.begin() as session:
            outcome["pid"] = session.scalar(text("SELECT pg_backend_pid()"))
            review.decide(session, cid, status=status, note=f"{reviewer} checked", reviewer=reviewer, seen_version=1)
        outcome["saved"] = True
    except review.StaleView as exc:
        outcome["refused"] = exc


def wait_until_blocked(sessions, outcome):
    """Until the connection in `outcome` waits for a lock held by another transaction."""
    deadline = time.monotonic() + WAIT
    with sessions() as session:
        while time.monotonic() < deadline:
            if "pid" in outcome and session.scalar(text(
                    "SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid"), {"pid": outcome["pid"]}) == "Lock":
                return
            session.rollback()
            time.sleep(0.02)
    raise AssertionError(f"the second connection never waited for the first one's lock: {outcome}")


def test_two_reviewers_deciding_the_same_conflict_at_once(pg):
    aiko, ben, observer = pg(), pg(), pg()
    cid = open_conflicts(aiko)[0]
    ben_outcome: dict = {}
    with aiko.begin() as session:
        review.decide(session, cid, status="confirmed", note="Aiko checked", reviewer="Aiko", seen_version=1)
        # Aiko's change is written but not committed; Ben, on his own connection, decides on the same version.
        ben_thread = threading.Thread(target=decision, args=(ben, cid, "Ben", "dismissed", ben_outcome))
        ben_thread.start()
        wait_until_blocked(observer, ben_outcome)  # Ben's conditional UPDATE waits for Aiko's transaction
    ben_thread.join(WAIT)
    assert "saved" not in ben_outcome
    refusal = ben_outcome["refused"]
    assert str(refusal).startswith("Not saved: Aiko marked it confirmed on ")
    assert (refusal.seen_version, refusal.current_version) == (1, 2)
    with observer() as session:
        view = review.conflict(session, cid)
    assert (view.status, view.version) == ("confirmed", 2)
    assert [(e.actor, e.to_value) for e in view.history] == [("Aiko", "confirmed")]


def test_racing_reviewers_one_wins_every_conflict(pg):
    first, second = pg(), pg()
    for cid in open_conflicts(first):
        outcomes = ({}, {})
        barrier = threading.Barrier(2)

        def race(sessions, reviewer, status, outcome):
            barrier.wait()
            decision(sessions, cid, reviewer, status, outcome)

        threads = [threading.Thread(target=race, args=(first, "Aiko", "confirmed", outcomes[0])),
                   threading.Thread(target=race, args=(second, "Ben", "dismissed", outcomes[1]))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(WAIT)
        winners = [o for o in outcomes if o.get("saved")]
        losers = [o for o in outcomes if "refused" in o]
        assert len(winners) == 1 and len(losers) == 1, outcomes
        with first() as session:
            (event,) = review.conflict(session, cid).history
        assert str(losers[0]["refused"]).startswith(f"Not saved: {event.actor} marked it {event.to_value} on ")


# --- two ingest processes ---------------------------------------------------------------------------------


def march_article(source: str, count: str):
    from datetime import date

    from claimtrack.domain import Article

    return Article(text=f"{source} said that {count} people marched in Lyon on Saturday.\n", title="The march",
                   published=date(2024, 3, 2), origin=f"{source.lower()}.txt")


def test_claims_on_one_subject_stored_at_once_still_make_their_conflict(postgres_url, nlp):
    from claimtrack import conflicts as detection
    from claimtrack.db import repository
    from claimtrack.extract import extract_claims
    from claimtrack.ingest import IngestSummary, store_and_detect

    engines = [make_engine(postgres_url) for _ in range(3)]
    upgrade(engines[0])
    first, second, observer = map(make_sessionmaker, engines)
    organisers, police = march_article("The organisers", "40,000"), march_article("Police", "12,000")
    claims = {a.origin: extract_claims(nlp(a.text), a.published) for a in (organisers, police)}
    second_summary, outcome = IngestSummary(), {}

    def store_second():
        with second() as session:
            outcome["pid"] = session.scalar(text("SELECT pg_backend_pid()"))
        store_and_detect(second, police, claims[police.origin], second_summary)  # the same pooled connection

    with first.begin() as session:  # the first process, in the middle of storing its article
        stored = repository.store_article(session, organisers, claims[organisers.origin])
        candidates = repository.claims_with_subjects(session, [c.claim.subject_key for c in stored.claims])
        assert repository.save_conflicts(session, detection.detect(stored.claims, candidates)) == 0
        thread = threading.Thread(target=store_second)
        thread.start()
        wait_until_blocked(observer, outcome)  # the second waits for the subject the first is working on
    thread.join(WAIT)
    assert second_summary.new == 1 and second_summary.conflicts == 1
    with observer() as session:
        assert session.scalar(select(func.count()).select_from(ConflictRow)) == 1
    for engine in engines:
        engine.dispose()


# --- two ingest processes --------------------------------------------------------------------------------


def ingest_process(db_url: str, paths: list[Path]) -> subprocess.Popen:
    env = {**os.environ, "CLAIMTRACK_DB_URL": db_url}
    return subprocess.Popen([sys.executable, "-m", "claimtrack", "ingest", "--quiet", *map(str, paths)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def contents(sessions) -> dict:
    with sessions() as session:
        def ids(column):
            return sorted(session.scalars(select(column)))
        return {
            "articles": ids(ArticleRow.id), "claims": ids(ClaimRow.id), "conflicts": ids(ConflictRow.id),
            "evidence": sorted(session.execute(select(EvidenceRow.claim_id, EvidenceRow.position)).all()),
            "sources": ids(SourceEntityRow.name),
            "aliases": sorted(session.execute(select(SourceEntityRow.name, SourceAliasRow.alias)
                                              .join(SourceAliasRow.entity)).all()),
            "errors": ids(IngestErrorRow.origin),
        }


def test_two_ingest_processes_on_overlapping_inputs_store_everything_once(postgres_url, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "corpus" / "us-jobs-revisions", folder / "jobs")
    shutil.copytree(ROOT / "corpus" / "inauguration-crowd-2017", folder / "crowd")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("README"))
    first, second = files[: len(files) * 2 // 3], files[len(files) // 3:]  # a third of them given to both
    assert set(first) & set(second) and set(first) | set(second) == set(files)
    broken = folder / "broken.txt"
    broken.write_bytes(b"")  # an empty file: both processes report it and store the rest
    first, second, files = [broken, *first], [*second, broken], [broken, *files]

    engine = make_engine(postgres_url)
    upgrade(engine)  # as `claimtrack db upgrade` would, before the desk's processes start
    processes = [ingest_process(postgres_url, first), ingest_process(postgres_url, second)]
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 1, err  # the broken file fails, in both; the rest is stored
        assert "Traceback" not in err and "broken.txt" in err, err[-3000:]

    reference = make_sessionmaker(make_engine(f"sqlite:///{tmp_path / 'one-process.db'}"))
    upgrade(reference.kw["bind"])
    ingest_paths([str(p) for p in files], reference)
    together, alone = contents(make_sessionmaker(engine)), contents(reference)
    assert together == alone
    assert len(together["conflicts"]) > 0
    engine.dispose()
