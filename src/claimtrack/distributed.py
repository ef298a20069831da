"""The NLP stage on a Dask cluster, for archives too big for one machine (`claimtrack ingest --engine dask
--scheduler ADDRESS`).

Workers read the files and parse and extract the articles; they return plain domain objects (`Article`,
`Claim`) and never touch the database. This process stores each article through the repository, in input
order, exactly as a local ingest does, so both give the same claims and conflicts. Workers need claimtrack
and its spaCy model installed, and must see the input paths (a shared file system or the same mount)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session, sessionmaker

from .db import repository
from .domain import Article, Claim
from .ingest import IngestSummary, store_and_detect
from .readers import ReadResult, find_sources, read_paths, read_source

IN_FLIGHT_PER_WORKER = 4  # articles handed out ahead of storing, per worker: keeps memory bounded


def read_on_worker(path: str) -> list[ReadResult]:
    """One input file as articles (several for a .jsonl), or the reason it cannot be read."""
    return list(read_paths([path]))


def extract_on_worker(article: Article) -> tuple[list[Claim], str | None]:
    """An article's claims, parsed with the worker's own copy of the pipeline (loaded once per worker)."""
    from .extract import extract_claims
    from .nlp import load_pipeline

    try:
        return extract_claims(load_pipeline()(article.text), article.published, article.title), None
    except Exception as exc:  # noqa: BLE001 - reported as this input's failure; the batch goes on
        return [], f"could not be parsed on a worker: {exc.__class__.__name__}: {exc}"


def connect(scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError("the Dask engine needs dask.distributed: pip install 'claimtrack[dask]'") from None
    try:
        return Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s by default)
    except (OSError, TimeoutError) as exc:
        raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def ingest_on_cluster(paths: Iterable[str], sessions: sessionmaker[Session], scheduler: str, *,
                      on_article: Callable[[str, str], None] | None = None,
                      on_total: Callable[[int], None] | None = None, **read_options) -> IngestSummary:
    """Like `ingest.ingest_paths`, with reading and NLP on the cluster at `scheduler` (host:port).

    A stream with a bounded number of files and articles in flight (memory stays flat however large the
    archive); files are handled, and articles stored, in input order. `on_total` gets the number of files."""
    summary = IngestSummary()
    seen: set[str] = set()
    with connect(scheduler) as client:
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        files = list(find_sources(paths, **read_options))
        if on_total is not None:
            on_total(len(files))
        readings: deque = deque()
        parsing: deque = deque()

        def take_reading():
            for result in readings.popleft().result():
                article = _new_article(sessions, summary, result, seen, on_article)
                if article is not None:
                    parsing.append((article, client.submit(extract_on_worker, article, pure=False)))
                while len(parsing) > window:
                    _store(sessions, summary, *parsing.popleft(), on_article)

        for source in files:
            if source.error:
                _failed(sessions, summary, source.origin, source.error, on_article)
                continue
            if source.path is None:  # standard input is read here; its articles are parsed on the cluster
                for result in read_source(source):
                    article = _new_article(sessions, summary, result, seen, on_article)
                    if article is not None:
                        parsing.append((article, client.submit(extract_on_worker, article, pure=False)))
                continue
            readings.append(client.submit(read_on_worker, str(source.path), pure=False))
            if len(readings) > window:
                take_reading()
        while readings:
            take_reading()
        while parsing:
            _store(sessions, summary, *parsing.popleft(), on_article)
    return summary


def _failed(sessions, summary: IngestSummary, origin: str, reason: str, on_article) -> None:
    summary.failed.append((origin, reason))
    with sessions.begin() as session:
        repository.record_error(session, origin, reason)
    if on_article is not None:
        on_article(origin, "failed")


def _new_article(sessions, summary: IngestSummary, result: ReadResult, seen: set[str], on_article) -> Article | None:
    """The article when it is not stored yet (once per run); a failure is recorded as a local ingest does."""
    if result.error:
        _failed(sessions, summary, result.origin, result.error, on_article)
        return None
    with sessions() as session:
        exists = repository.article_exists(session, result.article.id)
    if exists or result.article.id in seen:
        summary.unchanged += 1
        if on_article is not None:
            on_article(result.origin, "unchanged")
        return None
    seen.add(result.article.id)
    return result.article


def _store(sessions, summary: IngestSummary, article: Article, future, on_article) -> None:
    claims, error = future.result()
    if error:
        _failed(sessions, summary, article.origin, error, on_article)
        return
    store_and_detect(sessions, article, claims, summary)
    if on_article is not None:
        on_article(article.origin, "stored")
