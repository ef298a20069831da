"""`claimtrack review`: the queue, one conflict, and decisions, notes and assignments from the shell."""

import json

import pytest
from click.testing import CliRunner

from claimtrack.cli import main


@pytest.fixture
def run(desk_url):
    def invoke(*args, reviewer="Aiko"):
        env = {"CLAIMTRACK_DB_URL": desk_url, "CLAIMTRACK_REVIEWER": reviewer}
        return CliRunner().invoke(main, [*args], env=env, catch_exceptions=False)
    return invoke


def listed(run, *filters):
    result = run("review", "list", "--format", "json", *filters)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def flights_id(run) -> str:
    (conflict,) = listed(run, "--status", "all", "--search", "flights")["conflicts"]
    return conflict["id"]


def test_list_shows_the_open_queue_with_filters(run):
    assert listed(run)["total"] == 4
    assert listed(run, "--kind", "numeric")["total"] == 2
    assert listed(run, "--source", "North Korea", "--subject", "abductee")["total"] == 2
    assert listed(run, "--since", "2024-03-03")["total"] == 1
    page = listed(run, "--per-page", "3", "--page", "2")
    assert (page["page"], page["pages"], len(page["conflicts"])) == (2, 2, 1)
    table = run("review", "list").output
    assert "4 conflicts, page 1 of 1" in table


def test_decide_note_assign_and_show_the_history(run):
    conflict_id = flights_id(run)
    short = conflict_id[:8]
    assert run("review", "decide", short, "--status", "confirmed", "--note", "airline log says 90").exit_code == 0
    assert run("review", "note", short, "Ministry asked to correct", reviewer="Ben").exit_code == 0
    assert run("review", "assign", short, "Chloe", "--version", "3").exit_code == 0
    shown = json.loads(run("review", "show", short, "--format", "json").output)
    assert (shown["status"], shown["assignee"], shown["version"]) == ("confirmed", "Chloe", 4)
    assert [(e["actor"], e["action"], e["from"], e["to"], e["note"]) for e in shown["history"]] == [
        ("Aiko", "decide", "open", "confirmed", "airline log says 90"),
        ("Ben", "note", None, None, "Ministry asked to correct"),
        ("Aiko", "assign", None, "Chloe", None)]
    text = run("review", "show", short).output
    assert "version 4" in text and "Aiko marked it confirmed (open → confirmed): airline log says 90" in text
    assert "The transport ministry said that 250 flights were cancelled on Monday." in text
    assert listed(run)["total"] == 3


def test_a_stale_version_is_refused_with_exit_3_and_nothing_changes(run):
    conflict_id = flights_id(run)
    run("review", "note", conflict_id, "first look", reviewer="Ben")
    result = run("review", "decide", conflict_id, "--status", "dismissed", "--note", "fine", "--version", "1")
    assert result.exit_code == 3
    assert "Not saved: Ben added a note on" in result.output and "you saw version 1" in result.output
    shown = json.loads(run("review", "show", conflict_id, "--format", "json").output)
    assert shown["status"] == "open" and len(shown["history"]) == 1


def test_errors_are_clear(run):
    assert run("review", "decide", "ffffffff", "--status", "confirmed", "--note", "x").exit_code == 1
    assert "no conflict ffffffff" in run("review", "show", "ffffffff").output
    assert run("review", "decide", flights_id(run), "--status", "confirmed").exit_code == 2  # --note is required
    assert run("review", "decide", flights_id(run), "--status", "true", "--note", "x").exit_code == 2
    result = run("review", "note", flights_id(run), "   ")
    assert result.exit_code == 1 and "the note is empty" in result.output


def test_square_brackets_in_articles_are_text_not_terminal_markup(run, tmp_path):
    article = tmp_path / "brackets.txt"
    article.write_text("Count [/bold] disputed\nPublished: 2024-05-01\n\n"
                       "The union said that 5,000 people marched on Friday [i]in Lyon[/i]. "
                       "The police said that 900 people marched on Friday.\n", encoding="utf-8")
    assert run("ingest", str(article)).exit_code == 0
    (conflict,) = listed(run, "--search", "Lyon")["conflicts"]
    listing = run("review", "list", "--search", "Lyon")
    assert listing.exit_code == 0 and "[i]in" in listing.output  # rich would have eaten "[i]" as italics
    shown = run("review", "show", conflict["id"])
    assert shown.exit_code == 0 and "Friday [i]in Lyon[/i]." in shown.output and "Count [/bold]" in shown.output
