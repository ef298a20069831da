"""Conflict detection at scale: does adding an article cost more as the database grows?

    python bench/detection_scale.py [--articles 10000] [--block 1000] [--rounds 3] [--paired 0] [--cache DIR]

Generates the archive of running stories (see corpus.py) and parses it once (2 workers); the parsed
claims are kept in `--cache` so that later runs of the same code skip the NLP. Each round then stores the
articles, in the order `claimtrack ingest` reads them (day by day), into a new SQLite database with the
ingest's own BatchWriter, and times per block of `--block` articles the conflict detection (choosing the
stored claims to compare with, and comparing) and everything else the main process does to add an article
(loading candidates, storing claims and conflicts, committing), and within both the garbage collector's
time (a full collection lands in one block in three or four). Prints a table per round and the ratios, last block
over first, of the time to add an article and of detection alone, in wall time and in the CPU time of this
process (which other load on a shared machine disturbs less). Counts the conflicts found between articles
written for two different stories (by their titles, "Miners in Linz: ..."): false alarms, by construction.

The speed of this machine drifts by a third over minutes, so two blocks timed minutes apart in one round can
differ by that much for nothing the code does. `--paired N` then times the first and the last block N times
each, one right after the other: the first into a new database, the last into a copy of the database holding
every article before it (made once), with the stored claims in memory as an ingest running through the
archive holds them. Printed: each pair's ratio and their median."""

from __future__ import annotations

import argparse
import gc
import hashlib
import pickle
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


@dataclass
class Block:
    articles: int = 0
    claims: int = 0
    candidates: int = 0  # stored claims each new claim is compared with, summed over the block's claims
    conflicts: int = 0
    between_stories: int = 0  # of those, between articles of two stories of the generator: false alarms
    detect_wall: float = 0.0
    detect_cpu: float = 0.0
    total_wall: float = 0.0
    collecting_wall: float = 0.0  # the garbage collector's, within the above: a full collection costs more as memory fills
    committing_wall: float = 0.0  # the database's commits, within the total


def parsed_archive(count: int, cache: Path) -> list:
    """[(Article, claims)] for the generated archive, in reading order; parsed once, then read from cache."""
    from claimtrack import domain
    from claimtrack.parsing import parse_pending
    from claimtrack.readers import read_paths

    import corpus

    # Claims pickled by another version of the domain classes would load as garbage, not fail, and claims
    # extracted by other code (or with another gazetteer) are not the claims this code extracts: the cache
    # keeps the hash of the package's files, and is parsed again when one changed. Another version of the
    # generator writes another archive, kept apart.
    archive = hashlib.sha256(Path(corpus.__file__).read_bytes()).hexdigest()[:12]
    stored = cache / f"parsed-{count}-{archive}.pickle"
    package = Path(domain.__file__).parent
    version = hashlib.sha256(b"".join(path.read_bytes() for path in sorted(package.rglob("*"))
                                      if path.suffix in (".py", ".json"))).hexdigest()
    if stored.exists():
        kept = pickle.loads(stored.read_bytes())
        if isinstance(kept, tuple) and kept[0] == version:
            return kept[1]
    folder = cache / f"archive-{count}-{archive}"
    if not folder.exists():
        generate(folder, count)
    articles = [r.article for r in read_paths([folder]) if r.article]
    started = time.perf_counter()
    parsed = [(p.article, p.claims) for p in parse_pending(articles, workers=2) if not p.error]
    print(f"parsed {len(parsed)} articles in {time.perf_counter() - started:.0f} s (cached in {stored.name})")
    stored.write_bytes(pickle.dumps((version, parsed)))
    return parsed


def run_round(parsed: list, block_size: int, db: Path, *, warm: bool = False, show: bool = True) -> list[Block]:
    """Store the articles into `db` as `claimtrack ingest` does, with the ingest's own BatchWriter, timing
    per block detection (`conflicts.detect_among` and the choice of the stored claims each new claim is
    compared with, `CandidateIndex.rivals_of`, which it calls) apart from the rest. `warm`: first load every
    claim already in `db` into the writer's memory, untimed, as an ingest that stored them would hold them."""
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from claimtrack import candidates, ingest
    from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
    from claimtrack.parsing import Parsed

    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    summary = ingest.IngestSummary()
    sessions = make_sessionmaker(engine)
    writer = ingest.BatchWriter(sessions, summary, None, set())
    story_of: dict[str, str] = {}  # claim id -> "Miners in Linz", the story its article's title was written for
    if warm:
        with sessions() as session:
            keys = session.scalars(text("SELECT DISTINCT subject_key FROM claims")).all()
            writer.index.load(session, keys)
            story_of.update((claim, title.partition(":")[0]) for claim, title in session.execute(
                text("SELECT claims.id, articles.title FROM claims JOIN articles ON articles.id = claims.article_id")))
    blocks: list[Block] = []
    real_detect = ingest.detection.detect_among
    real_rivals = candidates.CandidateIndex.rivals_of

    def timed_detect(new, rivals_of):
        wall, cpu = time.perf_counter(), time.process_time()
        found = real_detect(new, rivals_of)
        block = blocks[-1]
        block.detect_wall += time.perf_counter() - wall
        block.detect_cpu += time.process_time() - cpu
        block.claims += len(new)
        block.conflicts += len(found)
        story_of.update((stored.id, stored.article_title.partition(":")[0]) for stored in new)
        block.between_stories += sum(story_of[c.claim_a] != story_of[c.claim_b] for c in found)
        return found

    def counted_rivals(index, claim):  # called within detection, so timed with it
        rivals = real_rivals(index, claim)
        blocks[-1].candidates += len(rivals)
        return rivals

    collecting: list[float] = []

    def timed_collection(phase, info):
        if phase == "start":
            collecting.append(time.perf_counter())
        elif collecting and blocks:
            blocks[-1].collecting_wall += time.perf_counter() - collecting.pop()

    def timed_commit(session):
        started = time.perf_counter()
        real_commit(session)
        if blocks:
            blocks[-1].committing_wall += time.perf_counter() - started

    real_commit = Session.commit
    ingest.detection.detect_among = timed_detect
    candidates.CandidateIndex.rivals_of = counted_rivals
    Session.commit = timed_commit
    gc.callbacks.append(timed_collection)
    try:
        for number, (article, claims) in enumerate(parsed):
            if number % block_size == 0:
                if blocks and show:
                    print_row(blocks, block_size)
                blocks.append(Block())
            started = time.perf_counter()
            writer.write(Parsed(article, claims))
            blocks[-1].total_wall += time.perf_counter() - started
            blocks[-1].articles += 1
        started = time.perf_counter()
        writer.commit()
        blocks[-1].total_wall += time.perf_counter() - started
        if show:
            print_row(blocks, block_size)
    finally:
        gc.callbacks.remove(timed_collection)
        Session.commit = real_commit
        ingest.detection.detect_among = real_detect
        candidates.CandidateIndex.rivals_of = real_rivals
        writer.close()
        engine.dispose()
    return blocks


def paired(parsed: list, block_size: int, tmp: Path, pairs: int) -> list[float]:
    """Time the first block into a new database and the last block into a copy of the database holding every
    article before it, one right after the other, `pairs` times. Returns each pair's ratio, last over first."""
    from claimtrack.db.engine import make_engine, upgrade

    head, before, last = parsed[:block_size], parsed[:-block_size], parsed[-block_size:]
    empty, full, work = tmp / "empty.db", tmp / "before-last.db", tmp / "work.db"
    engine = make_engine(f"sqlite:///{empty}")
    upgrade(engine)  # the schema alone
    engine.dispose()
    print(f"\nstoring the {len(before):,} articles before the last block, once (untimed)", flush=True)
    run_round(before, len(before), full, show=False)
    print("| pair | first block: adding ms/article | detection | committing | last block: adding ms/article "
          "| detection | committing | candidates per new claim, first and last | last / first |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |", flush=True)
    ratios = []
    for number in range(1, pairs + 1):
        timed = {}
        for name, articles, start in (("first", head, empty), ("last", last, full))[::1 if number % 2 else -1]:
            shutil.copyfile(start, work)
            gc.collect()
            timed[name] = run_round(articles, block_size, work, warm=name == "last", show=False)[0]
            work.unlink()
        first, final = timed["first"], timed["last"]
        ratios.append(final.total_wall / first.total_wall)
        print(f"| {number} | {per_article(first)} | {per_article(final)} "
              f"| {first.candidates / max(1, first.claims):.0f}, {final.candidates / max(1, final.claims):.0f} "
              f"| {ratios[-1]:.2f} |", flush=True)
    print(f"last block / first block, adding an article, timed in pairs: median {statistics.median(ratios):.2f} "
          f"(from {min(ratios):.2f} to {max(ratios):.2f})", flush=True)
    return ratios


def per_article(block: Block) -> str:
    """Adding, detection and committing, in ms per article, as table cells."""
    n = block.articles / 1000
    return f"{block.total_wall / n:.1f} | {block.detect_wall / n:.2f} | {block.committing_wall / n:.2f}"


def print_row(blocks: list[Block], block_size: int) -> None:
    block, first = blocks[-1], (len(blocks) - 1) * block_size + 1
    n = block.articles
    candidates = f"{block.candidates / max(1, block.claims):.0f}"
    print(f"| {first:,}-{first + n - 1:,} | {block.detect_wall / n * 1000:.2f} | {block.detect_cpu / n * 1000:.2f} "
          f"| {(block.total_wall - block.detect_wall) / n * 1000:.1f} | {block.committing_wall / n * 1000:.2f} "
          f"| {block.collecting_wall / n * 1000:.2f} "
          f"| {block.total_wall / n * 1000:.1f} "
          f"| {candidates} | {block.conflicts:,} | {block.between_stories:,} |", flush=True)


def report(blocks: list[Block]) -> tuple[float, float, float]:
    wall = blocks[-1].detect_wall / blocks[0].detect_wall
    cpu = blocks[-1].detect_cpu / blocks[0].detect_cpu
    adding = blocks[-1].total_wall / blocks[0].total_wall
    print(f"last block / first block: adding an article {adding:.2f}; detection {wall:.2f} (CPU {cpu:.2f})",
          flush=True)
    return adding, wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--block", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--paired", type=int, default=0, metavar="N",
                        help="then time the first and the last block N times each, in pairs (see above)")
    parser.add_argument("--cache", type=Path, help="keep the archive and its parsed claims here between runs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        parsed = parsed_archive(args.articles, cache)
        # The parsed archive lives as long as the benchmark, which an ingest never holds whole (its articles
        # come from the workers one batch at a time): kept out of the garbage collector's full collections,
        # which would otherwise spend most of their time on it.
        gc.collect()
        gc.freeze()
        claims = sum(len(c) for _, c in parsed)
        print(f"{len(parsed):,} articles, {claims:,} claims; blocks of {args.block:,} articles, in reading order")
        ratios = []
        for number in range(1, args.rounds + 1):
            print(f"\nround {number}")
            print("| articles | detection ms/article | detection CPU ms/article | storing ms/article "
                  "| of which committing | garbage collection ms/article | adding ms/article | stored claims compared per new claim "
                  "| conflicts found | of which between two stories |")
            print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |", flush=True)
            ratios.append(report(run_round(parsed, args.block, Path(tmp) / f"round{number}.db")))
        for name, values in zip(("adding an article", "detection", "detection CPU"), zip(*ratios)):
            print(f"last/first over {args.rounds} rounds, {name}: {min(values):.2f} to {max(values):.2f}")
        if args.paired:
            paired(parsed, args.block, Path(tmp), args.paired)

if __name__ == "__main__":
    main()
