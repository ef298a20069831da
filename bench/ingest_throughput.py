"""Ingestion throughput against the limit: the same texts parsed by the same spaCy model with plain
`nlp.pipe`, in the same number of processes, measured in one run.

    python bench/ingest_throughput.py [--articles 400] [--workers 1 2] [--rounds 2]

Both sides run as fresh processes and are timed from start to exit (interpreter start, model load and,
for claimtrack, reading the files, extracting claims, storing them and detecting conflicts into a new
SQLite database). The two are run in turns, `--rounds` times, and the best time of each is kept, so a
neighbour's load on a shared machine does not decide the comparison; the CPU time of each side (the
process and its workers) is shown too, as it depends less on that load. Words are the whitespace-separated
words of the article texts, as claimtrack reads them."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

RAW_PARSE = """
import json, sys, spacy
from claimtrack.nlp import model_name
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load(model_name())
for doc in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=int(sys.argv[3])):
    pass
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds of the process and its workers."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def extraction_share(texts: list[str]) -> tuple[float, float]:
    """Seconds spent parsing the texts with claimtrack's pipeline, and extracting claims from the parses,
    in this process: the part of the gap to raw parsing that lives in the parsing workers."""
    from claimtrack.extract import extract_claims
    from claimtrack.nlp import load_pipeline

    nlp = load_pipeline()
    started = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=16))
    parsing = time.process_time() - started
    started = time.process_time()
    for doc in docs:
        extract_claims(doc)
    return parsing, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: generate one)")
    args = parser.parse_args()

    from claimtrack.parsing import TASK_SIZE
    from claimtrack.readers import read_paths

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = args.corpus or tmp / "corpus"
        if args.corpus is None:
            generate(corpus, args.articles)
        texts = [r.article.text for r in read_paths([corpus]) if r.article]
        words = sum(len(text.split()) for text in texts)
        (tmp / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        print(f"{len(texts)} articles, {words:,} words")
        best: dict[tuple[str, int], tuple[float, float]] = {}
        for round_number in range(args.rounds):
            for workers in args.workers:
                raw = timed([sys.executable, "-c", RAW_PARSE, str(tmp / "texts.json"), str(workers), str(TASK_SIZE)])
                db = tmp / f"ingest-{round_number}-{workers}.db"
                ours = timed([sys.executable, "-m", "claimtrack", "ingest", str(corpus), "--db", f"sqlite:///{db}",
                              "--workers", str(workers), "--quiet"])
                print(f"round {round_number + 1}, {workers} process(es): raw parse {raw[0]:.1f} s "
                      f"({raw[1]:.1f} s CPU), claimtrack ingest {ours[0]:.1f} s ({ours[1]:.1f} s CPU)")
                for key, measured in ((("raw", workers), raw), (("ingest", workers), ours)):
                    kept = best.get(key, measured)
                    best[key] = (min(kept[0], measured[0]), min(kept[1], measured[1]))
        print()
        print("| processes | raw nlp.pipe (words/s) | claimtrack ingest (words/s) | ingest / raw | "
              "ingest / raw, by CPU time |")
        print("| --- | --- | --- | --- | --- |")
        for workers in args.workers:
            (raw_wall, raw_cpu), (our_wall, our_cpu) = best["raw", workers], best["ingest", workers]
            print(f"| {workers} | {words / raw_wall:,.0f} | {words / our_wall:,.0f} | {raw_wall / our_wall:.0%} | "
                  f"{raw_cpu / our_cpu:.0%} |")
        parsing, extracting = extraction_share(texts)
        print(f"\nin one process: parsing {parsing:.1f} s CPU, extracting claims from the parses {extracting:.1f} s "
              f"CPU ({extracting / parsing:.0%} of parsing)")

if __name__ == "__main__":
    main()
