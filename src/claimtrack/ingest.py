"""Batch ingestion: read -> parse -> extract -> store -> detect, one article per transaction, so an
interrupted batch leaves only whole articles behind and a re-run finishes the job."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from . import conflicts as detection
from .db import repository
from .domain import Article
from .extract import extract_claims
from .readers import ReadResult, read_paths


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    claims: int = 0
    conflicts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest_paths(paths: Iterable[str], sessions: sessionmaker[Session], *, workers: int = 1,
                 on_article: Callable[[str, str], None] | None = None,
                 on_total: Callable[[int], None] | None = None, **read_options) -> IngestSummary:
    """Ingest files and folders. `on_total(n)` tells how many inputs there are and `on_article(origin,
    outcome)` is called once per input, for progress bars."""
    summary = IngestSummary()
    results = list(read_paths(paths, **read_options))
    if on_total is not None:
        on_total(len(results))
    pending: list[Article] = []
    seen: set[str] = set()
    for result in results:
        if result.error:
            _fail(sessions, summary, result)
            _notify(on_article, result.origin, "failed")
            continue
        article = result.article
        with sessions() as session:
            exists = repository.article_exists(session, article.id)
        if exists or article.id in seen:
            summary.unchanged += 1
            _notify(on_article, result.origin, "unchanged")
            continue
        seen.add(article.id)
        pending.append(article)
    if pending:
        from .nlp import load_pipeline

        nlp = load_pipeline()
        docs = nlp.pipe((a.text for a in pending), n_process=max(1, workers), batch_size=16)
        for article, doc in zip(pending, docs):
            claims = extract_claims(doc, article.published)
            store_and_detect(sessions, article, claims, summary)
            _notify(on_article, article.origin, "stored")
    return summary


def store_and_detect(sessions: sessionmaker[Session], article: Article, claims, summary: IngestSummary) -> None:
    with sessions.begin() as session:
        result = repository.store_article(session, article, claims)
        repository.clear_errors_for(session, article.origin)
        if result.status == "unchanged":
            summary.unchanged += 1
            return
        summary.new += result.status == "new"
        summary.replaced += result.status == "replaced"
        summary.claims += len(result.claims)
        candidates = repository.claims_with_subjects(session, (c.claim.subject_key for c in result.claims))
        found = detection.detect(result.claims, candidates)
        summary.conflicts += repository.save_conflicts(session, found)


def _fail(sessions: sessionmaker[Session], summary: IngestSummary, result: ReadResult) -> None:
    summary.failed.append((result.origin, result.error or "unknown error"))
    with sessions.begin() as session:
        repository.record_error(session, result.origin, result.error or "unknown error")


def _notify(callback, origin: str, outcome: str) -> None:
    if callback is not None:
        callback(origin, outcome)
