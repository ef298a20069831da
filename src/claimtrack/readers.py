"""Paths to Articles: .txt, .md, .html and .jsonl. No NLP here."""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .domain import Article
from .normalize import parse_publication_date

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
# Documentation that sits beside articles in a corpus folder is not news.
DEFAULT_EXCLUDES = ("README*", "LICENSE*", "CHANGELOG*", ".*")
MAX_BYTES = 50 * 1024 * 1024  # larger than any article; protects memory from a stray dump
TXT_HEADER_KEYS = {"outlet", "url", "published", "date"}


class InputError(Exception):
    """An input that cannot be read as an article; the message names the input and the reason."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


@dataclass(frozen=True)
class ReadResult:
    """One article, or the reason an input (a file or a .jsonl line) could not be read."""

    origin: str
    article: Article | None = None
    error: str | None = None


def find_files(paths: Iterable[str | Path], excludes: Iterable[str] = DEFAULT_EXCLUDES,
               includes: Iterable[str] = ()) -> Iterator[tuple[str, Path | None, str | None]]:
    """Expand files and folders (recursively) into (origin, path, error) in a stable order."""
    excludes, includes = tuple(excludes), tuple(includes)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel_parts = child.relative_to(path).parts
                if any(fnmatch.fnmatch(part, pat) for part in rel_parts for pat in excludes):
                    continue
                if includes and not any(fnmatch.fnmatch(child.name, pat) for pat in includes):
                    continue
                if child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield str(child), child, None
        elif path.exists():
            yield str(path), path, None
        else:
            yield str(path), None, "no such file or folder"


def read_paths(paths: Iterable[str | Path], **kwargs) -> Iterator[ReadResult]:
    for origin, path, error in find_files(paths, **kwargs):
        if error:
            yield ReadResult(origin, error=error)
            continue
        try:
            yield from read_file(path)
        except InputError as exc:
            yield ReadResult(exc.origin, error=exc.reason)


def read_file(path: Path) -> Iterator[ReadResult]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(origin, f"unsupported file type {suffix or '(none)'}; "
                                 f"expected one of {', '.join(ARTICLE_SUFFIXES)}")
    raw = _read_bytes(path)
    if suffix == ".jsonl":
        yield from read_jsonl(raw, origin)
        return
    text = decode(raw, origin)
    if suffix in (".html", ".htm"):
        article = read_html(text, origin)
    elif suffix in (".md", ".markdown"):
        article = read_markdown(text, origin)
    else:
        article = read_text(text, origin)
    yield ReadResult(origin, article=article)


def _read_bytes(path: Path) -> bytes:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(origin, f"file is {size / 1e6:.0f} MB, larger than the {MAX_BYTES // 10**6} MB limit")
        return path.read_bytes()
    except PermissionError:
        raise InputError(origin, "permission denied") from None
    except IsADirectoryError:
        raise InputError(origin, "is a folder") from None
    except OSError as exc:
        raise InputError(origin, f"cannot read ({exc.strerror or exc})") from None


def decode(raw: bytes, origin: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, not guessed."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(origin, "invalid UTF-16 text") from None
    if b"\x00" in raw[:8192]:
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"not valid UTF-8 (byte {exc.start}: 0x{raw[exc.start]:02x}); "
                                 "save it as UTF-8") from None


def _require_text(text: str, origin: str) -> None:
    if not text.strip():
        raise InputError(origin, "empty: no article text")


def read_text(text: str, origin: str) -> Article:
    """Title is the first non-empty line; optional `Key: value` header lines follow it.

    The article text is the whole file, so offsets point into the file as it is on disk."""
    _require_text(text, origin)
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    meta: dict[str, str] = {}
    for line in lines[first + 1:first + 8]:
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in TXT_HEADER_KEYS:
            break
        meta[key.strip().lower()] = value.strip()
    return _article(text, lines[first].strip(), meta, origin)


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)


def read_markdown(text: str, origin: str) -> Article:
    """Front matter (`key: value` lines between `---`) gives the metadata; the rest is the text."""
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip('"').strip("'")
        text = text[match.end():]
    _require_text(text, origin)
    title = meta.get("title") or next(
        line.lstrip("# ").strip() for line in text.splitlines() if line.strip())
    return _article(text, title, meta, origin)


def read_html(html: str, origin: str) -> Article:
    """The article body, title and date come out of the page through trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False, as_dict=False)
    body = (document.text if document is not None else None) or ""
    if not body.strip():
        raise InputError(origin, "no article text found in the HTML page")
    meta = {
        "url": document.url,
        "outlet": document.sitename,
        "published": document.date,
    }
    title = document.title or body.strip().splitlines()[0]
    return _article(body, title, {k: v for k, v in meta.items() if v}, origin)


JSONL_REQUIRED = ("text",)


def read_jsonl(raw: bytes, origin: str) -> Iterator[ReadResult]:
    """One article per line; a bad line is reported with its number and the others still read."""
    text = decode(raw, origin)
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadResult(where, error=f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadResult(where, error="a JSON line must be an object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadResult(where, error="missing or empty `text` field")
            continue
        meta = {k: str(record[k]) for k in ("url", "outlet", "published") if record.get(k)}
        try:
            article = _article(body, str(record.get("title") or ""), meta, where,
                               external_id=str(record["id"]) if record.get("id") is not None else None)
        except InputError as exc:
            yield ReadResult(where, error=exc.reason)
            continue
        yield ReadResult(where, article=article)
    if not seen:
        yield ReadResult(origin, error="empty: no article lines")


def _article(text: str, title: str, meta: dict[str, str], origin: str,
             external_id: str | None = None) -> Article:
    published_raw = meta.get("published") or meta.get("date")
    published: date | None = None
    if published_raw:
        published = parse_publication_date(published_raw)
        if published is None:
            raise InputError(origin, f"unreadable publication date {published_raw!r}")
    return Article(text=text, title=title or "", url=meta.get("url"), outlet=meta.get("outlet"),
                   published=published, origin=origin, external_id=external_id)
