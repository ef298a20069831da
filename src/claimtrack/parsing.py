"""Articles to claims: spaCy parsing and claim extraction, in this process or in worker processes.

Workers receive article texts and send back domain Claims (plain dataclasses), never spaCy objects, so
the main process is left with reading inputs and writing the database."""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from functools import cache
from multiprocessing import get_context

from .domain import Article, Claim

KEPT_STRINGS = 50_000  # new strings a parsing process keeps for good (about 20 MB): see _memory_zone
TASK_SIZE = 16  # articles per task: enough to amortise the hand-over, few enough to keep every worker busy
MAX_DEFAULT_WORKERS = 4
SMALL_BATCH = 50  # fewer inputs than this are parsed in the main process: starting a worker costs more


@dataclass(frozen=True)
class Parsed:
    """An article with its claims, or the reason it could not be parsed."""

    article: Article
    claims: list[Claim]
    error: str | None = None


def available_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def plan_workers(requested: int | None, expected_inputs: int | None) -> int:
    """How many worker processes to parse in; 0 means the main process does it.

    A few articles are parsed in the main process, where there is no worker to start. Otherwise the
    main process only reads inputs and writes the database, while `requested` workers (by default one per
    core, up to MAX_DEFAULT_WORKERS) parse."""
    few = expected_inputs is not None and expected_inputs < SMALL_BATCH
    if few and requested in (None, 1):
        return 0
    return requested or max(1, min(available_cores(), MAX_DEFAULT_WORKERS))


def parse_pending(items: Iterable[object], workers: int | ParsingPool) -> Iterator[object]:
    """Parse every Article among `items` into a Parsed, in the order the articles come; any other item
    passes through at once. With workers > 0 the parsing runs in that many processes, started when the
    first article needs them (unless `workers` is a pool started already), with at most two tasks per
    worker in flight; 0 parses here. The pool is closed at the end."""
    pool = workers if isinstance(workers, ParsingPool) else ParsingPool(workers)
    in_flight: deque[tuple[list[Article], Future]] = deque()
    batch: list[Article] = []
    try:
        for item in items:
            if not isinstance(item, Article):
                yield item
            else:
                pool.start()  # the workers load the model while this process reads the task's articles
                batch.append(item)
                if len(batch) == TASK_SIZE:
                    in_flight.append((batch, pool.submit(batch)))
                    batch = []
            while in_flight and (in_flight[0][1].done() or len(in_flight) > 2 * max(pool.workers, 1)):
                yield from pool.collect(*in_flight.popleft())
        if batch:
            in_flight.append((batch, pool.submit(batch)))
        while in_flight:
            yield from pool.collect(*in_flight.popleft())
    finally:
        pool.close(wait=not in_flight)


class ParsingPool:
    """The main process (no workers) or a pool of worker processes, started when the first article needs
    them, or earlier by `start`. Closed on leaving a `with` block."""

    def __init__(self, workers: int):
        self.workers = workers
        self.executor: Executor | None = None

    def __enter__(self) -> ParsingPool:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close(wait=False)

    def start(self) -> None:
        """Start the worker processes, if not started yet: each loads the model at once."""
        if self.workers == 0 or self.executor is not None:
            return
        self.executor = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                            initializer=_start_worker, initargs=(os.getpid(),))
        for _ in range(self.workers):  # the pool starts a process per task submitted: all of them, now
            self.executor.submit(int)

    def submit(self, articles: list[Article]) -> Future:
        jobs = [(a.text, a.published, a.title) for a in articles]
        if self.workers == 0:
            future: Future = Future()
            future.set_result(parse_batch(jobs))
            return future
        self.start()
        return self.executor.submit(parse_batch, jobs)

    def collect(self, articles: list[Article], future: Future) -> Iterator[Parsed]:
        try:
            results = future.result()
        except BrokenProcessPool:
            # A worker died (killed, or out of memory): these articles are named as failed and not stored,
            # so the next run parses them again; a fresh pool takes the rest.
            self.close(wait=False)
            results = [([], "the parsing process died before finishing this article; run the batch again")
                       for _ in articles]
        for article, (claims, error) in zip(articles, results):
            yield Parsed(article, claims, error)

    def close(self, wait: bool) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=wait, cancel_futures=True)
            self.executor = None


def parse_batch(jobs: list[tuple[str, date | None, str | None]]) -> list[tuple[list[Claim], str | None]]:
    """(claims, error) for each (text, publication date, title). Runs in a worker process, or in the main one."""
    from .nlp import load_pipeline

    nlp = load_pipeline()
    # Nothing spaCy made leaves the zone, only Claims.
    with _memory_zone(nlp):
        try:
            docs = list(nlp.pipe([text for text, _, _ in jobs], batch_size=len(jobs)))
        except Exception:  # noqa: BLE001 - one text the pipeline chokes on must not fail its neighbours
            return [_parse_one(nlp, text, published, title) for text, published, title in jobs]
        return [_extract(doc, published, title) for doc, (_, published, title) in zip(docs, jobs)]


@cache
def _strings_kept(nlp) -> int:
    """How many strings the vocabulary may hold before a task's new ones are freed: those of the loaded
    model and KEPT_STRINGS more."""
    return len(nlp.vocab.strings) + KEPT_STRINGS


def _memory_zone(nlp):
    """A memory zone, once the vocabulary has grown by KEPT_STRINGS strings. Inside one, the strings and
    lexemes a task brings are freed when it ends, so a worker's memory stays flat over a long batch; but
    spaCy's tokenizer caches nothing there, and tokenizing then takes about ten times as long (0.8 s more
    for 400 articles). Before, the words stay and so do their cached tokenizations, which the next
    articles mostly share."""
    if len(nlp.vocab.strings) < _strings_kept(nlp):
        return nullcontext()
    return nlp.memory_zone()


def _parse_one(nlp, text: str, published: date | None, title: str | None) -> tuple[list[Claim], str | None]:
    try:
        doc = nlp(text)
    except Exception as exc:  # noqa: BLE001 - reported as this article's failure
        return [], f"spaCy could not parse the text ({type(exc).__name__}: {exc})"
    return _extract(doc, published, title)


def _extract(doc, published: date | None, title: str | None) -> tuple[list[Claim], str | None]:
    from .extract import extract_claims

    try:
        return extract_claims(doc, published, title), None
    except Exception as exc:  # noqa: BLE001 - reported as this article's failure, the batch goes on
        return [], f"claim extraction failed ({type(exc).__name__}: {exc})"


def _start_worker(parent_pid: int) -> None:
    from .nlp import load_pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    load_pipeline()
    atexit.register(_exit_at_once)


def _exit_at_once() -> None:
    # After its last task a worker holds nothing to save, but the interpreter would free the loaded model
    # object by object before exiting (about 0.3 s, which the main process waits for).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _exit_with_parent(parent_pid: int) -> None:
    # A worker blocks on its task queue forever if the main process is killed (SIGKILL): leave instead.
    while os.getppid() == parent_pid:
        time.sleep(1)
    os._exit(0)
