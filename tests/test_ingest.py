"""Batch ingestion: idempotence, corrections, duplicates, standard input, the errors table, workers."""

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from claimtrack import parsing
from claimtrack.cli import main
from claimtrack.db import repository
from claimtrack.db.models import ArticleRow, ClaimRow, ConflictRow, IngestErrorRow, ReviewEventRow
from claimtrack.ingest import ingest_paths

ABDUCTEES = ("Talks stall\nPublished: 2024-05-10\n\nNorth Korea maintains that eight of the abductees have died. "
             "Japan believes some of the abductees may still be alive. "
             "Officials said that 40 people attended the meeting.\n")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ingest(sessions, *paths, **options):
    return ingest_paths([str(p) for p in paths], sessions, **options)


def rows(sessions, model):
    with sessions() as session:
        return list(session.scalars(select(model)))


def test_an_unchanged_corpus_is_recognised_without_parsing(sessions, tmp_path, nlp, monkeypatch):
    write(tmp_path, "a.txt", ABDUCTEES)
    write(tmp_path, "b.md", "---\ntitle: B\n---\nSeoul said that 12 people were hurt.\n")
    write(tmp_path, "feed.jsonl", json.dumps({"id": "w1", "text": "Police said 9 protesters were arrested."}) + "\n")
    first = ingest(sessions, tmp_path)
    assert (first.new, first.unchanged, first.failed) == (3, 0, [])

    def no_parsing(jobs):
        raise AssertionError("an unchanged article was parsed again")

    monkeypatch.setattr(parsing, "parse_batch", no_parsing)
    again = ingest(sessions, tmp_path)
    assert (again.new, again.replaced, again.unchanged, again.claims, again.conflicts) == (0, 0, 3, 0, 0)


def test_a_corrected_article_replaces_its_claims_and_keeps_the_decisions_that_still_stand(sessions, tmp_path, nlp):
    article = write(tmp_path, "talks.txt", ABDUCTEES)
    ingest(sessions, article)
    (conflict,) = rows(sessions, ConflictRow)
    with sessions.begin() as session:
        row = session.get(ConflictRow, conflict.id)
        row.status, row.assignee, row.version = "confirmed", "ana", 2
        session.add(ReviewEventRow(conflict_id=row.id, actor="ana", action="decide", from_value="open",
                                   to_value="confirmed"))

    write(tmp_path, "talks.txt", ABDUCTEES.replace("40 people", "45 people"))
    summary = ingest(sessions, article)
    assert (summary.new, summary.replaced, summary.conflicts) == (0, 1, 0)
    (kept,) = rows(sessions, ConflictRow)
    assert (kept.id, kept.status, kept.assignee, kept.version) == (conflict.id, "confirmed", "ana", 2)
    (stored,) = rows(sessions, ArticleRow)
    assert "45 people" in stored.text
    claims = rows(sessions, ClaimRow)
    assert sorted(c.quantity_value or 0 for c in claims) == [0, 8, 45]
    assert all(c.article_id == stored.id for c in claims)

    write(tmp_path, "talks.txt", ABDUCTEES.replace("Japan believes some", "Japan says none"))
    summary = ingest(sessions, article)
    assert summary.replaced == 1
    assert rows(sessions, ConflictRow) == []  # Japan no longer says anyone may be alive


def test_a_feed_article_is_recognised_by_its_id_when_corrected(sessions, tmp_path, nlp):
    feed = tmp_path / "wire.jsonl"
    feed.write_text(json.dumps({"id": "w1", "text": "Police said 9 protesters were arrested."}) + "\n")
    ingest(sessions, feed)
    feed.write_text("\n" + json.dumps({"id": "w1", "text": "Police said 11 protesters were arrested."}) + "\n")
    summary = ingest(sessions, feed)
    assert (summary.new, summary.replaced) == (0, 1)
    (article,) = rows(sessions, ArticleRow)
    assert "11 protesters" in article.text and article.external_id == "w1"


def test_two_texts_under_one_id_in_a_batch_keep_the_first_and_name_the_second(sessions, tmp_path, nlp):
    first = {"id": "w1", "text": "Police said 9 protesters were arrested."}
    lines = [first, {"id": "w1", "text": "Police said 90 protesters were arrested."}, first]
    write(tmp_path, "wire.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    summary = ingest(sessions, tmp_path / "wire.jsonl")
    assert (summary.new, summary.unchanged) == (1, 1)  # the exact repeat is harmless
    ((origin, reason),) = summary.failed
    assert origin.endswith("wire.jsonl:2")
    assert reason.startswith("duplicate id 'w1'") and "wire.jsonl:1" in reason
    assert "9 protesters" in rows(sessions, ArticleRow)[0].text


def test_standard_input_holds_one_article_or_json_lines(db_url, nlp):
    runner = CliRunner()

    def run(data: str):
        return runner.invoke(main, ["ingest", "-"], input=data, env={"CLAIMTRACK_DB_URL": db_url})

    assert "1 new" in run("Tokyo talks\n\nTokyo said that 12 people were hurt.\n").output
    assert "1 new" in run("Seoul talks\n\nSeoul said that 14 people were hurt.\n").output  # not a correction
    lines = [{"id": "s1", "text": "Police said 9 protesters were arrested."}, {"id": "s2"}]
    result = run("\n".join(json.dumps(line) for line in lines) + "\n")
    assert result.exit_code == 1
    assert "1 new" in result.output and "<stdin>:2: missing or empty `text` field" in result.output
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        origins = sorted(row[0] for row in connection.execute("select origin from articles"))
    assert origins == ["<stdin>", "<stdin>", "<stdin>:1"]


def test_the_errors_table_holds_the_latest_failure_of_each_input(sessions, tmp_path, nlp):
    bad = write(tmp_path, "late.txt", "")
    feed = write(tmp_path, "wire.jsonl", "{broken\n" + json.dumps({"id": "w1", "text": "Police said so."}) + "\n")
    ingest(sessions, tmp_path)
    ingest(sessions, tmp_path)
    assert sorted((e.origin, e.reason) for e in rows(sessions, IngestErrorRow)) == [
        (str(bad), "empty: no article text"),
        (f"{feed}:1", "malformed JSON (Expecting property name enclosed in double quotes at column 2)"),
    ]
    write(tmp_path, "late.txt", "Late story\n\nSeoul said that 3 people were hurt.\n")
    write(tmp_path, "wire.jsonl", json.dumps({"id": "w1", "text": "Police said so."}) + "\n")
    summary = ingest(sessions, tmp_path)
    assert summary.ok and rows(sessions, IngestErrorRow) == []


def test_include_and_exclude_globs_choose_files_inside_folders(sessions, tmp_path, nlp):
    write(tmp_path, "desk/a.txt", "A\n\nSeoul said that 3 people were hurt.\n")
    write(tmp_path, "desk/b.md", "B\n\nTokyo said that 4 people were hurt.\n")
    write(tmp_path, "desk/drafts/c.txt", "C\n\nLyon said that 5 people were hurt.\n")
    summary = ingest(sessions, tmp_path, includes=("*.txt",), excludes=("drafts",))
    assert summary.new == 1
    assert [a.origin for a in rows(sessions, ArticleRow)] == [str(tmp_path / "desk" / "a.txt")]


def test_an_article_the_database_refuses_fails_alone(sessions, tmp_path, nlp, monkeypatch):
    write(tmp_path, "a.txt", "A\n\nSeoul said that 3 people were hurt.\n")
    write(tmp_path, "b.txt", "B\n\nTokyo said that 4 people were hurt.\n")
    store = repository.store_article

    def refuse_b(session, article, claims, *more):
        if article.origin.endswith("b.txt"):
            raise ValueError("no room")
        return store(session, article, claims, *more)

    monkeypatch.setattr(repository, "store_article", refuse_b)
    summary = ingest(sessions, tmp_path)
    assert summary.new == 1
    assert summary.failed == [(str(tmp_path / "b.txt"), "could not be stored (ValueError: no room)")]
    assert [a.origin for a in rows(sessions, ArticleRow)] == [str(tmp_path / "a.txt")]


def test_progress_is_reported_per_input_once_committed(sessions, tmp_path, nlp):
    write(tmp_path, "a.txt", "A\n\nSeoul said that 3 people were hurt.\n")
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "feed.jsonl", "\n".join(json.dumps({"id": str(i), "text": f"Police said {i} men left."})
                                            for i in range(3)))
    totals, outcomes = [], []
    ingest(sessions, tmp_path, on_total=totals.append, on_article=lambda origin, outcome: outcomes.append(outcome))
    assert totals == [5]
    assert sorted(outcomes) == ["failed", "new", "new", "new", "new"]


def test_worker_processes_store_what_the_main_process_would(tmp_path, nlp, database_content):
    from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade

    write(tmp_path, "in/a.txt", ABDUCTEES)
    write(tmp_path, "in/b.txt", "B\n\nNorth Korea said that 13 of the abductees have died.\n")
    results = {}
    for workers in (None, 2):
        url = f"sqlite:///{tmp_path / f'{workers}.db'}"
        engine = make_engine(url)
        upgrade(engine)
        summary = ingest(make_sessionmaker(engine), tmp_path / "in", workers=workers)
        engine.dispose()
        assert (summary.new, summary.failed) == (2, [])
        results[workers] = database_content(url)
    assert results[None] == results[2] and results[2]["conflicts"]


def test_the_claims_are_the_same_whether_spacy_frees_a_tasks_strings_or_keeps_them(nlp, monkeypatch):
    jobs = [("Zelmora said that 14 Quinnet villagers were hurt near Brastov.", None, None), (ABDUCTEES, None, None)]
    monkeypatch.setattr(parsing, "_memory_zone", lambda nlp: nlp.memory_zone())
    freed = parsing.parse_batch(jobs)
    monkeypatch.undo()
    assert parsing.parse_batch(jobs) == freed and freed[0][0]


def test_the_parsing_workers_start_before_the_database_is_made_only_when_it_is_new(tmp_path, monkeypatch):
    database, started = tmp_path / "new.db", []
    monkeypatch.setattr(parsing.ParsingPool, "start", lambda pool: started.append((pool.workers, database.exists())))
    (tmp_path / "nothing").mkdir()
    args = ["ingest", str(tmp_path / "nothing"), "--db", f"sqlite:///{database}", "--workers", "2"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert started == [(2, False)]
    assert CliRunner().invoke(main, args).exit_code == 0  # the database exists now: no article, no worker
    assert started == [(2, False)]


@pytest.mark.parametrize("url, new", [("sqlite:///{tmp}/absent.db", True), ("sqlite:///{tmp}/empty.db", True),
                                      ("sqlite:///{tmp}/stored.db?timeout=5", False),
                                      ("sqlite+pysqlite:///{tmp}/absent.db", True),
                                      ("postgresql+psycopg://127.0.0.1/claims", False)])
def test_a_new_sqlite_database_is_told_from_its_url(tmp_path, url, new):
    from claimtrack.db.engine import is_new_sqlite_database

    (tmp_path / "empty.db").touch()
    (tmp_path / "stored.db").write_bytes(b"SQLite format 3\0")
    assert is_new_sqlite_database(url.format(tmp=tmp_path)) is new


@pytest.mark.parametrize("count", [0, 1, parsing.TASK_SIZE + 1])
def test_parse_pending_keeps_the_order_and_passes_other_items_through(count, nlp):
    from claimtrack.domain import Article

    articles = [Article(text=f"Police said {i} men left.", origin=str(i)) for i in range(count)]
    items = ["start", *articles, "end"]
    out = list(parsing.parse_pending(items, workers=0))
    assert [x for x in out if isinstance(x, str)] == ["start", "end"]
    assert [p.article.origin for p in out if isinstance(p, parsing.Parsed)] == [str(i) for i in range(count)]


def test_the_same_batch_on_postgresql(postgres_url, tmp_path, nlp):
    from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade

    engine = make_engine(postgres_url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    article = write(tmp_path, "talks.txt", ABDUCTEES)
    write(tmp_path, "wire.jsonl", json.dumps({"id": "w1", "text": "Police said 9 protesters were arrested."})
          + "\n{broken\n")
    first = ingest(sessions, tmp_path)
    assert (first.new, len(first.failed), first.conflicts) == (2, 1, 1)
    write(tmp_path, "talks.txt", ABDUCTEES.replace("40 people", "45 people"))
    again = ingest(sessions, tmp_path)
    assert (again.new, again.replaced, again.unchanged, len(again.failed), again.conflicts) == (0, 1, 1, 1, 0)
    assert len(rows(sessions, ConflictRow)) == 1 and len(rows(sessions, IngestErrorRow)) == 1
    assert str(article) in {a.origin for a in rows(sessions, ArticleRow)}
    engine.dispose()


def test_detection_is_the_same_whichever_article_was_stored_first(tmp_path, nlp):
    # The later piece dates its count by "the 2020 Beirut port explosion" (a year, not a span of months):
    # stored, its period must keep saying so, or a count told within it is read as a part of a longer count.
    from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade

    early = write(tmp_path / "early", "early.txt", "Beirut blast toll\nPublished: 2020-12-11\n\nBEIRUT - Some 190 "
                  "people have died since the explosion at the port, the health ministry said.\n")
    late = write(tmp_path / "late", "late.txt", "Beirut prosecutor frees suspects\nPublished: 2023-01-25\n\nBEIRUT - "
                 "The families of the 218 people killed in the 2020 Beirut port explosion protested on Wednesday.\n")
    found = {}
    for order in ((early, late), (late, early), ((early, late),)):
        engine = make_engine(f"sqlite:///{tmp_path / f'{len(found)}.db'}")
        upgrade(engine)
        sessions = make_sessionmaker(engine)
        for paths in order:
            ingest(sessions, *(paths if isinstance(paths, tuple) else (paths,)))
        found[len(found)] = sorted(row.id for row in rows(sessions, ConflictRow))
        engine.dispose()
    assert found[0] == found[1] == found[2] and len(found[0]) == 1


def test_a_stored_claim_keeps_the_words_of_its_period(sessions, tmp_path, nlp):
    write(tmp_path, "late.txt", "Beirut prosecutor frees suspects\nPublished: 2023-01-25\n\nBEIRUT - The families of "
          "the 218 people killed in the 2020 Beirut port explosion protested on Wednesday.\n")
    ingest(sessions, tmp_path)
    with sessions() as session:
        (stored,) = [s for s in repository.claims_with_subjects(session, ["people"]) if s.claim.quantity]
    assert (stored.claim.period.text, stored.claim.period.precision) == ("2020", "year")
