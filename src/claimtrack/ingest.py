"""Batch ingestion: read -> parse -> extract -> store -> detect.

Inputs are streamed. Articles already stored (same text) are recognised before any parsing; the others
are parsed (in worker processes when workers > 1) and written in transactions of many articles, a batch
of articles inside one savepoint (each article in its own when the database refuses the batch). A crash
loses at most the uncommitted transaction, never part of an article, and running the same batch again
finishes the job."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy.orm import Session, sessionmaker

from . import conflicts as detection
from .candidates import CandidateIndex
from .db import repository
from .db.upsert import forget_held_locks, lock_keys
from .domain import Article
from .parsing import TASK_SIZE, Parsed, ParsingPool, parse_pending, plan_workers
from .readers import Inputs, ReadResult, Source, find_inputs, read_source

COMMIT_ARTICLES = 200  # at most this many articles per transaction...
COMMIT_SECONDS = 1.0  # ...or about this much work, so progress is saved (and shown) every second or so
BATCH_ARTICLES = TASK_SIZE  # articles stored in one savepoint: a parsing task's, which come back together
LOOKUP_CHUNK = 64  # inputs checked against the database in one query
FIRST_LOOKUP_CHUNK = 8  # a smaller first one, so the parsing workers start after a few inputs are read


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


@dataclass(frozen=True)
class Failed:
    origin: str
    reason: str


@dataclass(frozen=True)
class Unchanged:
    origin: str


@dataclass(frozen=True)
class StaleErrors:
    """Errors recorded for an input that is being read again: its new reading decides."""

    origins: tuple[str, ...]


def ingest_paths(paths: Iterable[str], sessions: sessionmaker[Session], *, workers: int | None = None,
                 on_article: Callable[[str, str], None] | None = None,
                 on_total: Callable[[int | None], None] | None = None, stdin=None,
                 **read_options) -> IngestSummary:
    """Ingest files, folders and (for `-`) standard input. `on_total(n)` tells how many inputs to expect
    (None when standard input holds JSON lines) and `on_article(origin, outcome)` is called once per
    input when its outcome (new, replaced, unchanged, failed) is in the database: for progress bars.
    `workers`: parsing processes (see `plan_workers`); by default one per core, up to 4."""
    inputs = find_inputs(paths, stdin=stdin, **read_options)
    return ingest_inputs(inputs, sessions, ParsingPool(plan_workers(workers, inputs.total)),
                         on_article=on_article, on_total=on_total)


def ingest_inputs(inputs: Inputs, sessions: sessionmaker[Session], pool: ParsingPool, *,
                  on_article: Callable[[str, str], None] | None = None,
                  on_total: Callable[[int | None], None] | None = None) -> IngestSummary:
    """`ingest_paths` for inputs already found, parsed by `pool` (which may have been started already,
    and is closed at the end)."""
    summary = IngestSummary()
    with pool:
        if on_total is not None:
            on_total(inputs.total)
        with sessions() as session:
            known_errors = repository.error_origins(session)
        items = _triage(_read(inputs.sources, known_errors), sessions)
        writer = BatchWriter(sessions, summary, on_article, known_errors)
        try:
            for item in parse_pending(items, pool):
                writer.write(item)
            writer.commit()
        finally:
            writer.close()
    return summary


def _read(sources: Iterable[Source], known_errors: set[str]) -> Iterator[ReadResult | StaleErrors]:
    errors_by_file: dict[str, list[str]] = defaultdict(list)
    for origin in known_errors:
        errors_by_file[origin].append(origin)
        errors_by_file[origin.rsplit(":", 1)[0]].append(origin)  # "feed.jsonl:7" belongs to feed.jsonl
    for source in sources:
        stale = errors_by_file.get(source.origin)
        if stale:
            yield StaleErrors(tuple(sorted(set(stale))))
        yield from read_source(source)


def _triage(results: Iterable[ReadResult | StaleErrors], sessions: sessionmaker[Session]) -> Iterator[object]:
    """Failed and Unchanged outcomes, and the Articles that need parsing."""
    seen: set[str] = set()
    feed_ids: dict[str, tuple[str, str]] = {}
    results = iter(results)
    size = FIRST_LOOKUP_CHUNK
    while chunk := list(islice(results, size)):
        size = LOOKUP_CHUNK
        with sessions() as session:
            stored = repository.existing_article_ids(
                session, [r.article.id for r in chunk if isinstance(r, ReadResult) and r.article])
        for result in chunk:
            if not isinstance(result, ReadResult):
                yield result
            elif result.error:
                yield Failed(result.origin, result.error)
            elif (duplicate := _duplicate_id(result.article, feed_ids)) is not None:
                yield Failed(result.origin, duplicate)
            elif result.article.id in stored or result.article.id in seen:
                yield Unchanged(result.origin)
            else:
                seen.add(result.article.id)
                yield result.article


def _duplicate_id(article: Article, feed_ids: dict[str, tuple[str, str]]) -> str | None:
    """Two different texts under one feed id in a batch: which one is the correction is anyone's guess."""
    if not article.external_id:
        return None
    first_text, first_origin = feed_ids.setdefault(article.external_id, (article.id, article.origin))
    if first_text == article.id:
        return None
    return (f"duplicate id {article.external_id!r}: {first_origin} has the same id with a different text; "
            "the first one is kept")


def store_and_detect(sessions: sessionmaker[Session], article: Article, claims, summary: IngestSummary) -> None:
    """Store one article and flag its conflicts in a transaction of its own, reading the candidates from the
    database (the path of the Dask client, which receives articles one at a time)."""
    with sessions.begin() as session:
        result = repository.store_article(session, article, claims)
        repository.clear_errors_for(session, article.origin)
        if result.status == "unchanged":
            summary.unchanged += 1
            return
        candidates = repository.claims_with_subjects(
            session, {key for c in result.claims for key in detection.rival_subjects(c.claim)})
        summary.new += result.status == "new"
        summary.replaced += result.status == "replaced"
        summary.claims += len(result.claims)
        summary.conflicts += repository.save_conflicts(session, detection.detect(result.claims, candidates))


class BatchWriter:
    """Writes outcomes to the database in transactions of up to COMMIT_ARTICLES articles or about
    COMMIT_SECONDS of work. Parsed articles are stored a batch at a time (the articles of one parsing task),
    in one savepoint: their locks, their candidates and their conflicts take a few statements for the lot.
    When the database refuses the batch, each of its articles is stored again in a savepoint of its own, so
    an article the database refuses fails alone. Outcomes are reported once they are committed."""

    def __init__(self, sessions: sessionmaker[Session], summary: IngestSummary,
                 on_article: Callable[[str, str], None] | None, known_errors: set[str]):
        self.sessions = sessions
        self.summary = summary
        self.on_article = on_article or (lambda origin, outcome: None)
        self.known_errors = known_errors
        self.index = CandidateIndex()
        self.session: Session | None = None
        self.started = 0.0
        self.articles = 0
        self.pending: list[Parsed] = []
        self.to_report: list[tuple[str, str]] = []

    def write(self, item: object) -> None:
        if isinstance(item, Parsed):
            self.pending.append(item)
            if len(self.pending) >= BATCH_ARTICLES:
                self._store_pending()
        elif isinstance(item, Failed):
            self._fail(item.origin, item.reason)
        elif isinstance(item, Unchanged):
            self.summary.unchanged += 1
            self._clear_errors((item.origin,))
            self.on_article(item.origin, "unchanged")
        elif isinstance(item, StaleErrors):
            self._clear_errors(item.origins)
        else:
            raise TypeError(f"cannot write {item!r}")
        if not self.pending and self.session is not None and (
                self.articles >= COMMIT_ARTICLES or time.monotonic() - self.started >= COMMIT_SECONDS):
            self.commit()

    def _store_pending(self) -> None:
        batch, self.pending = self.pending, []
        for parsed in batch:
            if parsed.error:
                self._fail(parsed.article.origin, parsed.error)
        if parsable := [parsed for parsed in batch if not parsed.error]:
            self._store(parsable)

    def _store(self, batch: list[Parsed]) -> None:
        session = self._session()
        try:
            with session.begin_nested():
                results, added, cleared = self._store_in_savepoint(session, batch)
        except Exception as exc:  # noqa: BLE001 - one article the database refuses must not stop the batch
            self.index.clear()  # it may hold what the savepoint rolled back
            forget_held_locks(session)
            if len(batch) > 1:  # which article was it? Each one alone tells
                for parsed in batch:
                    self._store([parsed])
            else:
                self._fail(batch[0].article.origin, f"could not be stored ({type(exc).__name__}: {exc})")
            return
        self.known_errors.difference_update(cleared)
        self.summary.conflicts += added
        for parsed, result in zip(batch, results):
            if result.status == "unchanged":  # stored meanwhile by another run
                self.summary.unchanged += 1
            else:
                self.summary.new += result.status == "new"
                self.summary.replaced += result.status == "replaced"
                self.summary.claims += len(result.claims)
            self.to_report.append((parsed.article.origin, result.status))
        self.articles += len(batch)

    def _store_in_savepoint(self, session: Session, batch: list[Parsed]):
        """Store the articles one after the other, each compared with the stored claims and with the batch's
        articles before it; the statements that do not depend on the order are made once for the batch.
        Returns each article's StoreResult, the number of new conflicts and the inputs whose errors went."""
        # Every lock the articles need, in one statement: store_article then finds them held.
        lock_keys(session, [key for parsed in batch for key in repository.storing_locks(parsed.article, parsed.claims)])
        self.index.load(session, {key for parsed in batch for claim in parsed.claims
                                  for key in detection.rival_subjects(claim)})
        entities = repository.source_entities(session, [source for parsed in batch
                                                        for source in repository.claim_sources(parsed.claims)])
        results, found = [], []
        for parsed in batch:
            result = repository.store_article(session, parsed.article, parsed.claims, entities)
            self.index.forget_articles(result.replaced_articles)
            found += detection.detect_among(result.claims, self.index.rivals_of)
            self.index.add(result.claims)
            results.append(result)
        added = repository.save_conflicts(session, found)
        cleared = [parsed.article.origin for parsed in batch if parsed.article.origin in self.known_errors]
        repository.clear_errors(session, cleared)
        return results, added, cleared

    def _fail(self, origin: str, reason: str) -> None:
        self.summary.failed.append((origin, reason))
        repository.record_error(self._session(), origin, reason)
        self.known_errors.add(origin)
        self.to_report.append((origin, "failed"))

    def _clear_errors(self, origins: Iterable[str]) -> None:
        for origin in origins:
            if origin in self.known_errors:
                repository.clear_errors_for(self._session(), origin)
                self.known_errors.discard(origin)

    def _session(self) -> Session:
        if self.session is None:
            self.session = self.sessions()
            self.session.begin()
            self.started = time.monotonic()
            # Another process may have stored claims since the last commit: within a transaction the subject
            # locks keep the loaded keys current, across transactions they are checked again.
            self.index.new_transaction()
        return self.session

    def commit(self) -> None:
        if self.pending:
            self._store_pending()
        if self.session is None:
            return
        self.session.commit()
        self.session.close()
        self.session = None
        self.articles = 0
        for origin, outcome in self.to_report:
            self.on_article(origin, outcome)
        self.to_report.clear()

    def close(self) -> None:
        """Roll back what is not committed (after an error or an interruption)."""
        self.pending.clear()
        if self.session is not None:
            self.session.rollback()
            self.session.close()
            self.session = None
            self.index.clear()
