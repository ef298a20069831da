"""The command line contract: formats, exit codes and clear errors."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from claimtrack.cli import main

FOUNDING = Path(__file__).parent.parent / "corpus" / "japanese-abductee-families-seek-us-support.txt"


@pytest.fixture
def run(db_url):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [*args], env={"CLAIMTRACK_DB_URL": db_url}, catch_exceptions=False)

    return invoke


def test_ingest_then_conflicts_json_in_the_contract_shape(run):
    assert run("ingest", str(FOUNDING)).exit_code == 0
    conflicts = json.loads(run("conflicts", "--format", "json").output)
    assert {c["kind"] for c in conflicts} == {"status"}
    died_vs_alive = next(c for c in conflicts if "alive" in c["explanation"])
    assert set(died_vs_alive) >= {"id", "kind", "status", "score", "explanation", "claims"}
    assert died_vs_alive["status"] == "open" and 0 < died_vs_alive["score"] <= 1
    text = FOUNDING.read_text(encoding="utf-8")
    for claim in died_vs_alive["claims"]:
        assert set(claim) >= {"id", "article", "source", "cue", "commitment", "polarity", "kind", "subject",
                              "predicate", "quantity", "time", "stance", "sentence", "attribution"}
        assert set(claim["article"]) >= {"id", "title", "url", "published"}
        for role in ("source", "cue", "content"):
            span = claim["attribution"][role]
            assert text[span["start"]:span["end"]] == span["text"]


def test_ingest_is_idempotent(run, db_url):
    run("ingest", str(FOUNDING))
    again = run("ingest", str(FOUNDING))
    assert again.exit_code == 0 and "0 new" in again.output and "1 unchanged" in again.output
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        assert connection.execute("select count(*) from articles").fetchone()[0] == 1
        assert connection.execute("select count(*) from conflicts").fetchone()[0] == 2


def test_some_inputs_failing_exit_1_and_the_rest_is_stored(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Tokyo said the talks were caf\xe9.".encode("latin-1"))
    result = run("ingest", str(FOUNDING), str(empty), str(latin), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert f"{empty}: empty" in result.output
    assert f"{latin}: not valid UTF-8" in result.output
    assert "missing.txt: no such file or folder" in result.output
    assert "1 new" in result.output
    claims = json.loads(run("claims", "--format", "json").output)
    assert len(claims) >= 6


def test_usage_errors_exit_2(run):
    assert run("ingest").exit_code == 2
    assert run("conflicts", "--format", "yaml").exit_code == 2


def test_extract_needs_no_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(FOUNDING), "--format", "jsonl"])
    assert result.exit_code == 0
    (line,) = result.output.strip().splitlines()
    record = json.loads(line)
    assert record["path"] == str(FOUNDING) and len(record["id"]) == 16
    assert any(c["quantity"] and c["quantity"]["value"] == 17 for c in record["claims"])
    assert not (tmp_path / "claims.db").exists()


def test_claims_csv_has_a_header_and_a_row_per_claim(run):
    run("ingest", str(FOUNDING))
    lines = run("claims", "--format", "csv").output.strip().splitlines()
    assert lines[0].startswith("id,source,cue")
    assert len(lines) == 1 + len(json.loads(run("claims", "--format", "json").output))


def test_every_command_has_help_text():
    context = click.Context(main)
    for name in main.list_commands(context):
        assert main.get_command(context, name).help, name
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


def test_the_command_line_starts_without_the_database_layer():
    # `claimtrack ingest` starts its parsing workers before SQLAlchemy is imported.
    imported = subprocess.run([sys.executable, "-c", "import sys, claimtrack.cli; print(sorted(sys.modules))"],
                              capture_output=True, text=True, check=True).stdout
    assert "sqlalchemy" not in imported
    assert "claimtrack.review" not in imported


def test_tables_print_square_brackets_in_article_text_as_text(run, tmp_path):
    article = tmp_path / "brackets.txt"
    article.write_text("Talks [red]\nPublished: 2024-03-02\n\n"
                       "The organisers said that 40,000 [sic] people marched on Saturday. "
                       "Police said that 12,000 people marched on Saturday.\n")
    assert run("ingest", str(article)).exit_code == 0
    result = run("conflicts")
    assert result.exit_code == 0 and "[sic]" in result.output
    claims = run("claims")
    assert claims.exit_code == 0 and "[red]" in claims.output


def test_the_progress_bar_shows_the_rate_and_the_time_left_over_the_whole_run():
    from types import SimpleNamespace

    from claimtrack.cli import RateColumn, TimeLeftColumn

    task = SimpleNamespace(completed=120, total=3720, elapsed=60.0)
    assert RateColumn().render(task).plain == "2.0 articles/s"
    assert TimeLeftColumn().render(task).plain == "0:30:00"
    starting = SimpleNamespace(completed=0, total=None, elapsed=0.1)
    assert (RateColumn().render(starting).plain, TimeLeftColumn().render(starting).plain) == ("", "-:--:--")
