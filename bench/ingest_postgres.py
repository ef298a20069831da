"""Ingest throughput on PostgreSQL against SQLite, for the same corpus.

Each round ingests corpus/ (the whole pipeline: read, parse, extract, store, detect; the spaCy model is
loaded once beforehand) into a fresh SQLite file and into a fresh PostgreSQL database, in alternating order,
and times the wall clock. A second measure parses the corpus once and times only the storing and conflict
detection into each database, where the two databases actually differ.

    python bench/ingest_postgres.py [--rounds 5] [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test]

The PostgreSQL URL names a database to connect to for creating and dropping the throwaway ones
(default: CLAIMTRACK_TEST_POSTGRES, else the local server's `test` database).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
from claimtrack.extract import extract_claims
from claimtrack.ingest import IngestSummary, ingest_paths, store_and_detect
from claimtrack.nlp import load_pipeline
from claimtrack.readers import read_paths

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DEFAULT_ADMIN = os.environ.get("CLAIMTRACK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def fresh_postgres(admin_url: str):
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"claimtrack_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def fresh_sqlite():
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


def timed(url: str, work) -> float:
    engine = make_engine(url)
    upgrade(engine)  # the schema is not part of the timing
    sessions = make_sessionmaker(engine)
    start = time.perf_counter()
    work(sessions)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--postgres", default=DEFAULT_ADMIN, metavar="URL")
    args = parser.parse_args()
    nlp = load_pipeline()
    articles = [r.article for r in read_paths([CORPUS]) if r.article]
    parsed = [(a, extract_claims(nlp(a.text), a.published)) for a in articles]
    claims = sum(len(c) for _, c in parsed)

    def whole_ingest(sessions):
        summary = ingest_paths([str(CORPUS)], sessions)
        assert summary.new == len(articles), summary

    def storing_only(sessions):
        summary = IngestSummary()
        for article, found in parsed:
            store_and_detect(sessions, article, found, summary)

    results = {}
    for label, work in (("whole ingest", whole_ingest), ("storing and detection only", storing_only)):
        times = {"sqlite": [], "postgresql": []}
        for round_ in range(args.rounds):
            order = ("sqlite", "postgresql") if round_ % 2 == 0 else ("postgresql", "sqlite")
            for database in order:
                with (fresh_sqlite() if database == "sqlite" else fresh_postgres(args.postgres)) as url:
                    times[database].append(timed(url, work))
        results[label] = times

    print(f"corpus/: {len(articles)} articles, {claims} claims; {args.rounds} rounds, alternating; median wall time")
    print(f"{'stage':28} {'database':11} {'median s':>9} {'articles/s':>11} {'min s':>7} {'max s':>7}")
    for label, times in results.items():
        medians = {}
        for database, values in times.items():
            medians[database] = statistics.median(values)
            print(f"{label:28} {database:11} {medians[database]:9.2f} {len(articles) / medians[database]:11.1f} "
                  f"{min(values):7.2f} {max(values):7.2f}")
        ratio = medians["sqlite"] / medians["postgresql"]
        print(f"{label:28} PostgreSQL throughput = {ratio:.1%} of SQLite's")


if __name__ == "__main__":
    main()
