"""SQLite and PostgreSQL give the same claims and conflicts for the whole corpus, through the commands."""

import json
from pathlib import Path

from click.testing import CliRunner

from claimtrack.cli import main

CORPUS = Path(__file__).parent.parent / "corpus"


def contract_json(db_url: str) -> dict:
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(CORPUS), "--db", db_url, "--quiet"], catch_exceptions=False)
    assert ingested.exit_code == 0, ingested.output
    out = {}
    for command in ("claims", "conflicts"):
        result = runner.invoke(main, [command, "--db", db_url, "--format", "json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[command] = json.loads(result.output)
    return out


def test_sqlite_and_postgresql_give_the_same_claims_and_conflicts(tmp_path, postgres_url):
    on_sqlite = contract_json(f"sqlite:///{tmp_path / 'claims.db'}")
    on_postgres = contract_json(postgres_url)
    assert len(on_sqlite["claims"]) > 400 and len(on_sqlite["conflicts"]) > 50
    # Nothing in the contract JSON depends on the database (no row numbers, no timestamps): compare it all,
    # in the order the commands print it.
    assert [c["id"] for c in on_postgres["claims"]] == [c["id"] for c in on_sqlite["claims"]]
    assert [c["id"] for c in on_postgres["conflicts"]] == [c["id"] for c in on_sqlite["conflicts"]]
    assert on_postgres == on_sqlite
