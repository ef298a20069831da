"""Re-ingesting an unchanged archive against ingesting it the first time.

    python bench/reingest.py [--articles 500] [--workers N]

Generates the archive (see corpus.py: .txt, .md and .html files), runs `claimtrack ingest` on it into a
new SQLite database, then runs it again on the same archive, and prints both times and their ratio. Both
runs are whole `claimtrack ingest` processes, timed from start to exit."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def timed_ingest(corpus: Path, db: Path, workers: int | None) -> tuple[float, str]:
    command = [sys.executable, "-m", "claimtrack", "ingest", str(corpus), "--db", f"sqlite:///{db}", "--quiet"]
    if workers:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", type=int, help="default: claimtrack's own default")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "archive", Path(tmp) / "claims.db"
        generate(corpus, args.articles)
        first, summary = timed_ingest(corpus, db, args.workers)
        print(f"first run: {first:.1f} s ({summary})")
        again, summary = timed_ingest(corpus, db, args.workers)
        print(f"second run, nothing changed: {again:.1f} s ({summary})")
        print(f"the second run is {first / again:.0f} times faster")


if __name__ == "__main__":
    main()
