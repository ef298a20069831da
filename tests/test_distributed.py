"""`claimtrack ingest --engine dask`: the NLP on the workers of a Dask cluster (a local one here), the claims
stored in the shared PostgreSQL database, the same as a local ingest."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack.cli import main

ROOT = Path(__file__).parent.parent
distributed = pytest.importorskip("distributed", reason="the Dask engine needs pip install 'claimtrack[dask]'")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c.scheduler_address


def run(*args):
    return CliRunner().invoke(main, [*args], catch_exceptions=False)


def contract(db_url):
    return {command: json.loads(run(command, "--db", db_url, "--format", "json").output)
            for command in ("claims", "conflicts")}


def test_ingest_on_a_dask_cluster_gives_what_a_local_ingest_gives(cluster, postgres_url, tmp_path, nlp):
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "corpus" / "us-jobs-revisions", folder / "jobs")
    shutil.copy(ROOT / "corpus" / "japanese-abductee-families-seek-us-support.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    on_cluster = run("ingest", str(folder), "--db", postgres_url, "--engine", "dask", "--scheduler", cluster, "-q")
    assert on_cluster.exit_code == 1  # the empty file, named; everything else stored
    assert f"error: {folder / 'empty.txt'}: " in on_cluster.output
    assert "8 new, 0 replaced, 0 unchanged, 1 failed inputs" in on_cluster.output
    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    run("ingest", str(folder), "--db", local_url, "-q")
    assert contract(postgres_url) == contract(local_url)
    assert contract(postgres_url)["conflicts"]

    again = run("ingest", str(folder), "--db", postgres_url, "--engine", "dask", "--scheduler", cluster, "-q")
    assert "0 new, 0 replaced, 8 unchanged, 1 failed inputs" in again.output  # idempotent, on the cluster too


def test_the_dask_engine_needs_a_scheduler_it_can_reach(tmp_path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    no_address = run("ingest", str(ROOT / "corpus" / "us-jobs-revisions"), "--db", db, "--engine", "dask")
    assert no_address.exit_code == 2 and "--engine dask needs --scheduler ADDRESS" in no_address.output
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        unreachable = run("ingest", str(ROOT / "corpus" / "us-jobs-revisions"), "--db", db,
                          "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "-q")
    assert unreachable.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in unreachable.output
