"""Benchmark: the review queue page, over HTTP, with 10,000 conflicts in the database.

    python bench/queue_page.py [--conflicts 10000] [--requests 300] [--db sqlite:///bench.db]

Fills a fresh database (schema by the Alembic migrations) with synthetic rows shaped like real ones:
articles with text, sources with aliases, claims with evidence offsets into their article, and conflicts
between claims on the same subject, most of them open and the rest decided with an event in their history.
Then starts the desk's real server (uvicorn, on a free local port), and times whole GET requests (until
the last byte of the page) for the default queue and for filtered, searched and deep pages. Prints
p50/p95/max in milliseconds per view, and the p95 over all of them."""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import insert

from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
from claimtrack.db.models import (ArticleRow, ClaimRow, ConflictRow, EvidenceRow, ReviewEventRow, SourceAliasRow,
                                  SourceEntityRow)
from claimtrack.domain import hash_id
from claimtrack.web import create_app
from claimtrack.web.server import serving

VIEWS = {
    "open queue, page 1": "/queue",
    "open queue, page 100": "/queue?page=100",
    "all statuses, numeric": "/queue?status=all&kind=numeric",
    "source filter": "/queue?source=Interior+Ministry",
    "subject and dates": "/queue?subject=turnout&since=2021-01-01&until=2023-12-31",
    "text search": "/queue?q=million",
}
SUBJECTS = ["abductee", "turnout", "crowd", "job", "arrest", "casualty", "vote", "budget", "strike", "rate"]
PREDICATES = {"abductee": "dead", "turnout": "march", "crowd": "attend", "job": "gain", "arrest": "arrest",
              "casualty": "kill", "vote": "vote", "budget": "cost", "strike": "strike", "rate": "rise"}
SOURCES = ["Interior Ministry", "CGT", "North Korea", "Japan", "Nielsen", "Bureau of Labor Statistics",
           "National Police Agency", "Sean Spicer", "Kellyanne Conway", "Gérald Darmanin"]
KINDS = ["numeric", "status", "negation", "quantifier", "stance", "date"]


def fill(url: str, conflicts: int, seed: int = 7) -> None:
    """A fresh, migrated database at `url` with `conflicts` conflicts and everything they point to."""
    rng = random.Random(seed)
    engine = make_engine(url)
    upgrade(engine)
    n_articles = max(10, conflicts // 20)
    n_claims = max(40, conflicts // 2)
    sources = SOURCES + [f"Source {i}" for i in range(290)]
    start_day = date(2002, 1, 1)
    articles, claims, evidence = [], [], []
    for a in range(n_articles):
        published = start_day + timedelta(days=rng.randrange(8000)) if rng.random() > 0.1 else None
        articles.append({"id": hash_id("article", str(a)), "title": f"Report {a}: officials and unions disagree",
                         "url": f"https://news.example/{a}", "outlet": f"Outlet {a % 40}", "published": published,
                         "text": "", "origin": f"bench/{a}.txt", "ingested_at": datetime.now(timezone.utc)})
    texts = {row["id"]: [] for row in articles}
    for c in range(n_claims):
        article = articles[c % n_articles]
        subject = SUBJECTS[c % len(SUBJECTS)]
        source_index = rng.randrange(len(sources))
        number = rng.randrange(1, 2_000_000)
        body = texts[article["id"]]
        offset = sum(len(s) + 1 for s in body)
        sentence = f"{sources[source_index]} said that {number:,} people were counted in the {subject} figures."
        body.append(sentence)
        cue_start = offset + len(sources[source_index]) + 1
        content_start = cue_start + len("said that ")
        claims.append({
            "id": hash_id("claim", str(c)), "article_id": article["id"], "source_entity_id": source_index + 1,
            "source_text": sources[source_index], "cue": "say", "commitment": "assert", "polarity": "positive",
            "kind": "count", "subject_text": f"the {subject} figures", "subject_key": subject,
            "predicate_text": PREDICATES[subject], "predicate_key": PREDICATES[subject], "confidence": 1.0,
            "own_voice": False, "quantity_text": f"{number:,}", "quantity_value": number, "quantity_low": number,
            "quantity_high": number, "quantity_approximate": False})
        evidence.append({
            "claim_id": claims[-1]["id"], "position": 0, "sentence": sentence, "sentence_start": offset,
            "source_start": offset, "source_end": offset + len(sources[source_index]), "cue_start": cue_start,
            "cue_end": cue_start + 4, "content_start": content_start, "content_end": offset + len(sentence) - 1,
            "claim_start": content_start, "claim_end": offset + len(sentence) - 1})
    for row in articles:
        row["text"] = "\n".join(texts[row["id"]])
    by_subject: dict[str, list[dict]] = {}
    for claim in claims:
        by_subject.setdefault(claim["subject_key"], []).append(claim)
    rows, events, seen = [], [], set()
    while len(rows) < conflicts:
        group = by_subject[rng.choice(SUBJECTS)]
        a, b = sorted(rng.sample(group, 2), key=lambda c: c["id"])
        kind = rng.choice(KINDS)
        cid = hash_id(a["id"], b["id"], kind)
        if cid in seen:
            continue
        seen.add(cid)
        status = rng.choices(["open", "confirmed", "dismissed", "needs_info"], [70, 12, 12, 6])[0]
        explanation = (f"{a['source_text']} said \"{a['quantity_text']} people were counted\"; "
                       f"{b['source_text']} said \"{b['quantity_text']} people were counted\". "
                       f"Numeric conflict: {a['quantity_text']} vs {b['quantity_text']}.")
        rows.append({"id": cid, "claim_a_id": a["id"], "claim_b_id": b["id"], "kind": kind,
                     "relation": "revision" if a["source_entity_id"] == b["source_entity_id"] else "contradiction",
                     "score": round(rng.uniform(0.4, 1.0), 2), "explanation": explanation, "status": status,
                     "assignee": rng.choice([None, None, "aiko", "ben"]), "version": 1 if status == "open" else 2,
                     "detected_at": datetime.now(timezone.utc)})
        if status != "open":
            events.append({"conflict_id": cid, "at": datetime.now(timezone.utc), "actor": "aiko",
                           "action": "decide", "from_value": "open", "to_value": status, "note": "checked"})
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        session.execute(insert(SourceEntityRow), [{"id": i + 1, "name": n} for i, n in enumerate(sources)])
        session.execute(insert(SourceAliasRow), [{"entity_id": i + 1, "alias": n} for i, n in enumerate(sources)])
        session.execute(insert(ArticleRow), articles)
        session.execute(insert(ClaimRow), claims)
        session.execute(insert(EvidenceRow), evidence)
        session.execute(insert(ConflictRow), rows)
        session.execute(insert(ReviewEventRow), events)
    engine.dispose()


def time_views(base_url: str, requests: int, views: dict[str, str] = VIEWS) -> dict[str, list[float]]:
    """Milliseconds per whole request, `requests` times per view (after one warm-up), on a kept-alive
    connection as a browser would use."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    timings: dict[str, list[float]] = {name: [] for name in views}
    for round_ in range(requests + 1):
        for name, path in views.items():
            began = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            elapsed = (time.perf_counter() - began) * 1000
            if response.status != 200 or b"conflict" not in body:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            if round_:  # the first round warms caches and is not counted
                timings[name].append(elapsed)
    connection.close()
    return timings


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def report(timings: dict[str, list[float]]) -> str:
    lines = [f"{'view':<24} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"]
    for name, values in timings.items():
        lines.append(f"{name:<24} {statistics.median(values):8.1f} {percentile(values, 95):8.1f} {max(values):8.1f}")
    every = [v for values in timings.values() for v in values]
    lines.append(f"{'all views':<24} {statistics.median(every):8.1f} {percentile(every, 95):8.1f} {max(every):8.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conflicts", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300, help="timed requests per view")
    parser.add_argument("--db", help="database URL to fill (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        began = time.perf_counter()
        fill(url, args.conflicts)
        print(f"filled {url} with {args.conflicts:,} conflicts in {time.perf_counter() - began:.1f} s")
        engine = make_engine(url)
        with serving(create_app(make_sessionmaker(engine))) as base_url:
            timings = time_views(base_url, args.requests)
        engine.dispose()
    print(f"{args.requests} timed requests per view, one at a time, over HTTP to uvicorn on this machine")
    print(report(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
