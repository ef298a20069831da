"""Every command that opens a database, run with `--db postgresql+psycopg://...` on the PostgreSQL server."""

import csv
import io
import json

from click.testing import CliRunner

from claimtrack.cli import main

from .conftest import FOUNDING


def test_every_database_command_works_on_postgresql(postgres_url, tmp_path):
    runner = CliRunner()

    def run(*args, input=None, code=0):
        result = runner.invoke(main, [*args, "--db", postgres_url], input=input, catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result.output

    assert "is at revision" in run("db", "upgrade")
    assert run("db", "check").startswith("ok: revision")
    assert "1 new" in run("ingest", str(FOUNDING))
    assert "0 new, 0 replaced, 1 unchanged" in run("ingest", str(FOUNDING))
    assert len(json.loads(run("claims", "--format", "json"))) == 8
    assert len(list(csv.DictReader(io.StringIO(run("claims", "--format", "csv"))))) == 8
    assert "8 claims" in run("claims")
    conflicts = json.loads(run("conflicts", "--format", "json", "--kind", "status"))
    assert len(conflicts) == 2 and "2 conflicts" in run("conflicts")
    cid = next(c["id"] for c in conflicts if "alive" in c["explanation"])

    assert json.loads(run("review", "list", "--format", "json"))["total"] == 2
    assert json.loads(run("review", "show", cid[:8], "--format", "json"))["version"] == 1
    run("review", "assign", cid[:8], "Ben", "--reviewer", "Chloe", "--version", "1")
    run("review", "note", cid[:8], "calling the ministry", "--reviewer", "Ben")
    run("review", "decide", cid[:8], "--status", "confirmed", "--note", "still missing", "--reviewer", "Ben",
        "--version", "3")
    stale = run("review", "decide", cid[:8], "--status", "dismissed", "--note", "late", "--version", "3", code=3)
    assert "Ben marked it confirmed" in stale
    shown = json.loads(run("review", "show", cid[:8], "--format", "json"))
    assert [e["actor"] for e in shown["history"]] == ["Chloe", "Ben", "Ben"]
    reviews = json.loads(run("export", "--format", "claimreview"))
    assert len(reviews) == 2 and reviews[0]["author"]["name"] == "Ben"

    run("user", "add", "Aiko", "--role", "reviewer", "--password-stdin", input="aiko-reviews-1\n")
    assert run("user", "list") == "Aiko\treviewer\n"
    assert run("db", "current").strip() == run("db", "check").split()[2].rstrip(",")
