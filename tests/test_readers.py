import json
from datetime import date

import pytest

from claimtrack.readers import read_paths


def read(path):
    return list(read_paths([path]))


def test_txt_header_gives_metadata_and_the_text_is_the_whole_file(tmp_path):
    body = "Talks stall\nOutlet: Pacific Wire\nPublished: 2024-05-10\n\nTokyo said talks stalled.\n"
    (tmp_path / "a.txt").write_text(body)
    (result,) = read(tmp_path / "a.txt")
    assert result.article.title == "Talks stall"
    assert (result.article.outlet, result.article.published) == ("Pacific Wire", date(2024, 5, 10))
    assert result.article.text == body


def test_markdown_front_matter(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Talks\nurl: https://x.example/a\npublished: 2023-02-01\n---\nBody.\n")
    (result,) = read(tmp_path / "a.md")
    assert (result.article.title, result.article.url, result.article.text) == ("Talks", "https://x.example/a", "Body.\n")


@pytest.mark.parametrize("written, title", [
    ("Judge dismisses arson claims as 'nonsense'", "Judge dismisses arson claims as 'nonsense'"),
    ("'Nonsense', says judge", "'Nonsense', says judge"),
    ('"Talks stall: Tokyo"', "Talks stall: Tokyo"),
    ("'Talks stall'", "Talks stall"),
])
def test_front_matter_quotes_are_taken_off_only_where_they_wrap_the_value(tmp_path, written, title):
    (tmp_path / "a.md").write_text(f"---\ntitle: {written}\n---\nBody.\n")
    (result,) = read(tmp_path / "a.md")
    assert result.article.title == title


def test_html_boilerplate_is_removed(tmp_path):
    page = """<html><head><title>Families visit Washington</title>
    <meta property="og:site_name" content="Tokyo Ledger"></head><body>
    <nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Families visit Washington</h1>
    <p>The families of Japanese abductees said on Monday that they would ask U.S. lawmakers for support.</p>
    <p>North Korea maintains that eight of the abductees have died, a claim Japan rejects.</p></article>
    <footer>Copyright Tokyo Ledger. All rights reserved.</footer></body></html>"""
    (tmp_path / "a.html").write_text(page)
    (result,) = read(tmp_path / "a.html")
    assert "eight of the abductees" in result.article.text
    assert "All rights reserved" not in result.article.text and "Home" not in result.article.text
    assert result.article.title == "Families visit Washington"


def test_jsonl_bad_lines_are_named_and_good_lines_kept(tmp_path):
    good = {"id": "a1", "title": "T", "url": "https://x.example/1", "published": "2024-01-02", "text": "Body one."}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "a2", "title": "no text"}),
             json.dumps({**good, "id": "a3", "published": "the day after never", "text": "Body three."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    results = read(tmp_path / "feed.jsonl")
    assert [r.article.external_id for r in results if r.article] == ["a1"]
    errors = {r.origin.rsplit(":", 1)[1]: r.error for r in results if r.error}
    assert "malformed JSON" in errors["2"]
    assert "missing or empty `text`" in errors["3"]
    assert "unreadable publication date" in errors["4"]


def test_utf16_with_bom_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes("Title\n\nSeoul said so.\n".encode("utf-16"))
    (result,) = read(tmp_path / "a.txt")
    assert result.article.text.startswith("Title")


def test_whitespace_only_and_binary_files_are_refused(tmp_path):
    (tmp_path / "blank.txt").write_text("   \n\n  ")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\x00\x00\x00")
    errors = {r.origin.rsplit("/", 1)[1]: r.error for r in read(tmp_path)}
    assert "empty" in errors["blank.txt"]
    assert "binary" in errors["image.md"]


def test_folders_are_read_recursively_and_readmes_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\n\nBody.")
    (tmp_path / "README.md").write_text("# About this folder")
    (tmp_path / "notes.json").write_text("{}")
    assert [r.origin for r in read(tmp_path)] == [str(tmp_path / "sub" / "a.txt")]
