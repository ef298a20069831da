"""Ingestion at scale: per-article time across a large archive, and peak memory.

    python bench/ingest_scale.py [--articles 10000] [--workers N] [--keep DIR]

Generates the archive (see corpus.py), then runs `claimtrack ingest` on it into a new SQLite database,
sampling once a second the memory (the sum of resident set sizes) and the CPU time of the ingest process
and its workers, from /proc. Prints the peak memory and, for each tenth of the archive in the order it was
stored, the time per article (from the articles' timestamps), the CPU time per article (which a shared
machine's other load disturbs less), the claims stored and the conflicts found."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def tree_usage(pid: int) -> tuple[float, float]:
    """Resident memory (MB) and CPU time so far (s) of a process and all its descendants (Linux /proc)."""
    rss_kb, cpu_ticks, stack = 0, 0, [pid]
    while stack:
        current = stack.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            cpu_ticks += sum(int(f) for f in fields[11:15])  # utime, stime, and those of children that ended
            status = Path(f"/proc/{current}/status").read_text()
            rss_kb += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue  # it ended meanwhile
    return rss_kb / 1024, cpu_ticks / os.sysconf("SC_CLK_TCK")


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def cpu_per_article(samples: list[tuple[int, float]], first: int, last: int) -> float:
    """CPU milliseconds per article between two article counts, from (articles, CPU seconds) samples."""
    start = max((s for s in samples if s[0] <= first), default=samples[0])
    end = min((s for s in samples if s[0] >= last), default=samples[-1])
    return (end[1] - start[1]) / max(1, end[0] - start[0]) * 1000


def per_tenth(db: Path, count: int) -> list[tuple[int, int, float, int, int]]:
    """For each tenth of the archive, in the order it was stored: (first, last, ms per article, claims
    stored, conflicts found), from the articles' and conflicts' timestamps."""
    with sqlite3.connect(db) as connection:
        times = [datetime.fromisoformat(t) for (t,) in
                 connection.execute("select ingested_at from articles order by ingested_at")]
        rows = []
        tenth = max(1, len(times) // 10)
        for first in range(0, len(times) - tenth + 1, tenth):
            last = first + tenth - 1
            start, end = str(times[first]), str(times[last])
            claims = connection.execute("select count(*) from claims c join articles a on a.id = c.article_id "
                                        "where a.ingested_at between ? and ?", (start, end)).fetchone()[0]
            conflicts = connection.execute("select count(*) from conflicts where detected_at between ? and ?",
                                           (start, end)).fetchone()[0]
            seconds = (times[last] - times[first]).total_seconds()
            rows.append((first + 1, last + 1, seconds / (tenth - 1) * 1000, claims, conflicts))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, help="default: claimtrack's own default")
    parser.add_argument("--keep", type=Path, help="generate the archive here and keep it (and the database)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        corpus, db = folder / "archive", folder / "scale.db"
        started = time.perf_counter()
        if not corpus.exists():
            generate(corpus, args.articles)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.rglob("*.*"))
        print(f"{args.articles} articles, {words:,} words, generated in {time.perf_counter() - started:.0f} s")
        command = [sys.executable, "-m", "claimtrack", "ingest", str(corpus), "--db", f"sqlite:///{db}", "--quiet"]
        if args.workers:
            command += ["--workers", str(args.workers)]
        started = time.perf_counter()
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        peak = 0.0
        samples: list[tuple[int, float]] = []  # (articles stored, CPU seconds of the ingest processes)
        while process.poll() is None:
            time.sleep(1)
            rss, cpu = tree_usage(process.pid)
            peak = max(peak, rss)
            samples.append((stored_articles(db), cpu))
        elapsed = time.perf_counter() - started
        print(process.stderr.read().strip().splitlines()[-1])
        print(f"total {elapsed:.0f} s, {args.articles / elapsed:.1f} articles/s, "
              f"peak memory of the ingest process and its workers {peak:.0f} MB")
        print()
        print("| articles | ms per article | CPU ms per article | claims stored | conflicts found |")
        print("| --- | --- | --- | --- | --- |")
        for first, last, ms, claims, conflicts in per_tenth(db, args.articles):
            cpu = cpu_per_article(samples, first, last)
            print(f"| {first:,}-{last:,} | {ms:.0f} | {cpu:.0f} | {claims:,} | {conflicts:,} |")

if __name__ == "__main__":
    main()
