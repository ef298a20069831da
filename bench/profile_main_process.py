"""Where the main process of `claimtrack ingest` spends its time, per article, from a profile.

    python bench/corpus.py /tmp/more --articles 300 --seed 99
    python bench/profile_main_process.py /tmp/more sqlite:////tmp/empty.db
    python bench/profile_main_process.py /tmp/more sqlite:////tmp/scale/scale.db   # a copy of a big one

Ingests the folder into the database (parsing in 2 workers, which the profile does not see) under
cProfile, and prints the cumulative time of the main process's steps per article. Profiling slows
Python code down, so compare the lines with each other, not with the benchmarks' times."""

from __future__ import annotations

import cProfile
import pstats
import sys

STEPS = {
    ("readers.py", "read_source"): "reading files",
    ("ingest.py", "_triage"): "looking up stored articles",
    ("repository.py", "store_article"): "storing articles and claims",
    ("candidates.py", "load"): "loading stored claims to compare with",
    ("conflicts.py", "detect"): "detecting conflicts",
    ("repository.py", "save_conflicts"): "storing conflicts",
    ("ingest.py", "commit"): "committing",
}


def main() -> None:
    from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
    from claimtrack.ingest import ingest_paths

    folder, url = sys.argv[1], sys.argv[2]
    engine = make_engine(url)
    upgrade(engine)
    profile = cProfile.Profile()
    profile.enable()
    summary = ingest_paths([folder], make_sessionmaker(engine), workers=2)
    profile.disable()
    articles = summary.new + summary.replaced
    print(f"{articles} articles stored, {summary.claims} claims, {summary.conflicts} new conflicts")
    stats = pstats.Stats(profile).stats
    cumulative = {(path.rsplit("/", 1)[-1], name): values[3] for (path, _, name), values in stats.items()}
    for key, step in STEPS.items():
        print(f"{step:40s} {cumulative.get(key, 0.0) / max(1, articles) * 1000:6.1f} ms per article")


if __name__ == "__main__":
    main()
