"""Killing `claimtrack ingest` (SIGKILL) in the middle of a batch and running it again gives the same
database as a run that was never interrupted."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture
def archive(tmp_path) -> Path:
    """The corpus, a corrected edition of its .txt and .md articles, and a file that is not an article."""
    folder = tmp_path / "archive"
    shutil.copytree(ROOT / "corpus", folder / "corpus", ignore=shutil.ignore_patterns("gold"))
    for path in sorted((ROOT / "corpus").rglob("*")):
        if path.suffix in (".txt", ".md") and "gold" not in path.parts and not path.name.startswith("README"):
            copy = folder / "second-edition" / path.relative_to(ROOT / "corpus")
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(path.read_text(encoding="utf-8") + "\nThis article was updated.\n", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def ingest_command(archive: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "claimtrack", "ingest", str(archive), "--db", f"sqlite:///{db}", "--workers", "2",
            "--quiet"]


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:  # not created yet, or the schema is not there yet
        return 0


def children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(child) for child in (task / "children").read_text().split())
    return found


def running(pid: int) -> bool:
    try:
        state = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                     if line.startswith("State:"))
    except (OSError, StopIteration):
        return False
    return "zombie" not in state


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="watches processes through /proc (Linux)")
def test_a_killed_batch_run_again_gives_the_database_of_an_uninterrupted_run(archive, tmp_path, database_content):
    reference = tmp_path / "reference.db"
    done = subprocess.run(ingest_command(archive, reference), capture_output=True, text=True, timeout=600)
    assert done.returncode == 1 and "photo.txt: binary file" in done.stderr, done.stderr
    total = stored_articles(reference)
    assert total > 60

    crashed = tmp_path / "crashed.db"
    process = subprocess.Popen(ingest_command(archive, crashed), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while stored_articles(crashed) < 10 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_at_kill = stored_articles(crashed)
    assert 10 <= stored_at_kill < total, "the kill must land in the middle of the batch"
    assert workers, "the batch was parsing in worker processes"
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)  # workers notice that the main process is gone and leave
    assert not any(running(pid) for pid in workers)

    rerun = subprocess.run(ingest_command(archive, crashed), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 1, rerun.stderr
    assert f"{stored_at_kill} unchanged" in rerun.stderr
    assert database_content(f"sqlite:///{crashed}") == database_content(f"sqlite:///{reference}")
