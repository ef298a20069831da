"""Bad inputs in a batch: each is named with its reason and kept in `ingest_errors`, the rest is stored,
and what was stored before is not touched."""

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimtrack import readers
from claimtrack.cli import main
from claimtrack.readers import MAX_ARTICLE_CHARS, read_paths

ROOT = Path(__file__).parent.parent
FOUNDING = ROOT / "corpus" / "japanese-abductee-families-seek-us-support.txt"
GOOD = "Port talks\nPublished: 2024-03-02\n\nThe union said that 300 dockers were laid off.\n"


def good_line(id_: str, text: str = "Police said that 9 protesters were arrested.", **fields) -> str:
    return json.dumps({"id": id_, "title": "Arrests", "text": text, **fields})


@pytest.fixture
def bad_folder(tmp_path) -> Path:
    """One good article of each kind next to every kind of bad input a newsroom folder holds."""
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "utf16.txt").write_bytes("Seoul talks\n\nSeoul said that 14 people were hurt.\n".encode("utf-16"))
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "latin1.txt").write_bytes("Tokyo said the caf\xe9 was closed.".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\t\n   \n", encoding="utf-8")
    with open(folder / "huge.txt", "w", encoding="utf-8") as handle:  # 20 MB of text
        handle.write("Huge\n\n" + "The minister said that 12 people were hurt. " * 480_000)
    (folder / "scripts.html").write_text("<html><head><script>var a = 1;</script></head><body><script>"
                                         "document.write('hello');</script></body></html>", encoding="utf-8")
    (folder / "feed.jsonl").write_text("\n".join([
        good_line("f1"),
        '{"id": "f2", "text": "unterminated',
        json.dumps({"id": "f3", "title": "No text here"}),
        good_line("f4", "Police said that 4 officers were hurt.", published="the day after never"),
        good_line("f1", "Police said that 90 protesters were arrested."),
    ]) + "\n", encoding="utf-8")
    (folder / "secret.txt").write_text(GOOD.replace("300", "301"), encoding="utf-8")
    os.chmod(folder / "secret.txt", 0)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    return folder


READ_FAILURES = {  # found by the readers; a duplicate id is found across inputs, by ingestion
    "binary.txt": "binary file",
    "latin1.txt": "not valid UTF-8",
    "empty.txt": "empty",
    "blank.md": "empty",
    "huge.txt": "over the 0.9 MB limit",
    "scripts.html": "no article text found",
    "feed.jsonl:2": "malformed JSON",
    "feed.jsonl:3": "missing or empty `text` field",
    "feed.jsonl:4": "unreadable publication date 'the day after never'",
    "secret.txt": "permission denied",
    "gone.txt": "broken link",
}
EXPECTED_FAILURES = {**READ_FAILURES, "feed.jsonl:5": "duplicate id 'f1'"}


@pytest.fixture
def unreadable(monkeypatch):
    """chmod 0 does not stop root: then the readers' `open` refuses the file as the system would."""
    if os.geteuid() != 0:
        return

    def refusing_open(path, *args, **kwargs):
        if Path(path).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", refusing_open, raising=False)


def counts(db_url: str) -> dict[str, int]:
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        return {table: connection.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: S608
                for table in ("articles", "claims", "evidence", "conflicts", "ingest_errors")}


def test_a_batch_full_of_bad_inputs_names_each_stores_the_rest_and_keeps_what_was_there(
        bad_folder, db_url, unreadable, nlp):
    runner = CliRunner()
    env = {"CLAIMTRACK_DB_URL": db_url}
    assert runner.invoke(main, ["ingest", str(FOUNDING)], env=env).exit_code == 0
    before = counts(db_url)

    result = runner.invoke(main, ["ingest", str(bad_folder), str(bad_folder / "missing.txt")], env=env)

    assert result.exit_code == 1, result.output
    failures = {line.split(": ", 2)[1]: line.split(": ", 2)[2]
                for line in result.output.splitlines() if line.startswith("error: ")}
    named = {Path(origin).name: reason for origin, reason in failures.items()}
    for name, reason in EXPECTED_FAILURES.items():
        assert reason in named.pop(name), (name, named)
    assert "no such file" in named.pop("missing.txt")
    assert named == {}
    assert "3 new, 0 replaced, 0 unchanged, 13 failed inputs" in result.output  # good.txt, utf16.txt, feed:1
    after = counts(db_url)
    assert after["articles"] == before["articles"] + 3
    assert after["conflicts"] >= before["conflicts"] and after["claims"] > before["claims"]
    assert after["ingest_errors"] == 13
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
        assert connection.execute("select count(*) from claims c join articles a on a.id = c.article_id "
                                  "where a.origin = ?", (str(FOUNDING),)).fetchone()[0] == before["claims"]

    again = runner.invoke(main, ["ingest", str(bad_folder), str(bad_folder / "missing.txt")], env=env)
    assert "0 new, 0 replaced, 3 unchanged, 13 failed inputs" in again.output
    assert counts(db_url) == after  # still one row per failing input


@pytest.mark.parametrize("name, reason", sorted(READ_FAILURES.items()))
def test_each_bad_input_alone_gives_its_reason(bad_folder, unreadable, name, reason):
    file_name = name.split(":")[0]
    results = {r.origin: r for r in read_paths([bad_folder / file_name])}
    result = results[str(bad_folder / name)]
    assert result.article is None and reason in result.error


def test_utf16_with_a_bom_is_read(bad_folder):
    (result,) = read_paths([bad_folder / "utf16.txt"])
    assert result.article.title == "Seoul talks"


def test_an_article_over_the_length_limit_is_refused_without_reading_it_whole(tmp_path):
    just_over = "x" * (MAX_ARTICLE_CHARS + 1)
    (tmp_path / "long.md").write_text("---\ntitle: Long\n---\n" + just_over, encoding="utf-8")
    (tmp_path / "long.jsonl").write_text(json.dumps({"id": "l", "text": just_over}) + "\n" + good_line("ok") + "\n")
    (tmp_path / "huge.jsonl").write_text(json.dumps({"id": "h", "text": "y" * 3_000_000}) + "\n" + good_line("ok2"))
    results = {r.origin.rsplit("/", 1)[1]: r for r in read_paths([tmp_path])}
    assert f"over the {MAX_ARTICLE_CHARS:,}-character limit" in results["long.md"].error
    assert f"over the {MAX_ARTICLE_CHARS:,}-character limit" in results["long.jsonl:1"].error
    assert results["long.jsonl:2"].article.external_id == "ok"
    assert "line longer than" in results["huge.jsonl:1"].error
    assert results["huge.jsonl:2"].article.external_id == "ok2"


def test_a_jsonl_line_that_is_not_utf8_fails_alone(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(good_line("a").encode() + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n'
                                          + good_line("c").encode() + b"\n")
    results = list(read_paths([tmp_path / "feed.jsonl"]))
    assert [r.article.external_id if r.article else r.error for r in results] == [
        "a", "not valid UTF-8 (byte 24 of the line: 0xe9)", "c"]


def test_a_utf16_jsonl_file_is_read(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes((good_line("a") + "\n" + good_line("b") + "\n").encode("utf-16"))
    assert [r.article.external_id for r in read_paths([tmp_path / "feed.jsonl"])] == ["a", "b"]
