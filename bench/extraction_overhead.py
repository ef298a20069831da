"""How much claimtrack's extraction adds to the spaCy model's own parse time.

Parses the same corpus texts with the bare model and with claimtrack's components plus claim
extraction, in one run, alternating rounds, timed in CPU time of this process so that other work on the
machine does not blur the comparison.

    python bench/extraction_overhead.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from claimtrack.extract import extract_claims
from claimtrack.nlp import load_pipeline, model_name
from claimtrack.normalize import country_of, country_of_people, parse_time
from claimtrack.readers import read_paths

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    articles = [r.article for r in read_paths([CORPUS]) if r.article]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(model_name())
    full = load_pipeline()
    bare_times, full_times = [], []
    for _ in range(args.rounds):
        start = time.process_time()
        list(bare.pipe(texts))
        bare_times.append(time.process_time() - start)
        for cache in (parse_time, country_of, country_of_people):
            cache.cache_clear()  # every round pays for its own date parsing and place lookups
        start = time.process_time()
        for article, doc in zip(articles, full.pipe(texts)):
            extract_claims(doc, article.published)
        full_times.append(time.process_time() - start)
    bare_best, full_best = min(bare_times), min(full_times)
    print(f"articles: {len(texts)}, words: {words}, rounds: {args.rounds} (best of each)")
    print(f"model alone:             {bare_best:.3f} s  {words / bare_best:,.0f} words/s")
    print(f"model + claimtrack:      {full_best:.3f} s  {words / full_best:,.0f} words/s")
    print(f"extraction overhead:     {100 * (full_best / bare_best - 1):.1f}% of the parse time")


if __name__ == "__main__":
    main()
