"""Paths to Articles: .txt, .md, .html and .jsonl files, folders of them, and standard input. No NLP here.

Inputs are read one at a time, and a .jsonl file one line at a time, so a batch of any size needs the
memory of one article."""

from __future__ import annotations

import fnmatch
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .domain import Article, hash_id
from .normalize import parse_publication_date

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
# Documentation that sits beside articles in a corpus folder is not news.
DEFAULT_EXCLUDES = ("README*", "LICENSE*", "CHANGELOG*", ".*")
STDIN = "-"
STDIN_ORIGIN = "<stdin>"
# About 35,000 words, several times the longest news feature. Parsing time and memory grow faster than
# the text beyond that, and a longer "article" is almost always a dump that should be split.
MAX_ARTICLE_CHARS = 200_000
# A character takes at most 4 bytes; the slack covers header lines, front matter and JSON fields.
MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS + 64 * 1024
MAX_HTML_BYTES = 10 * 1024 * 1024  # pages carry scripts and markup besides the article
TXT_HEADER_KEYS = {"outlet", "url", "published", "date"}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


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


@dataclass(frozen=True)
class Source:
    """A file named on the command line or found in a folder, standard input, or a path that is neither."""

    origin: str
    path: Path | None = None
    stream: BinaryIO | None = None  # standard input
    error: str | None = None

    @property
    def is_jsonl(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".jsonl"


def find_sources(paths: Iterable[str | Path], excludes: Iterable[str] = DEFAULT_EXCLUDES,
                 includes: Iterable[str] = (), stdin: BinaryIO | None = None) -> Iterator[Source]:
    """Expand files and folders (recursively, in a stable order) into sources; `-` is standard input.

    `includes` and `excludes` are globs applied inside folders; a file named explicitly is always read."""
    excludes, includes = tuple(excludes), tuple(includes)
    for raw in paths:
        if str(raw) == STDIN:
            yield Source(STDIN_ORIGIN, stream=_peekable(stdin or sys.stdin.buffer))
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder_sources(path, excludes, includes)
        elif path.is_symlink() and not path.exists():
            yield Source(str(path), error="broken link: its target does not exist")
        elif path.exists():
            yield Source(str(path), path=path)
        else:
            yield Source(str(path), error="no such file or folder")


def _folder_sources(folder: Path, excludes: tuple[str, ...], includes: tuple[str, ...]) -> Iterator[Source]:
    found: list[Source] = []

    def unreadable(exc: OSError) -> None:
        found.append(Source(exc.filename or str(folder), error=f"cannot list folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        rel_root = Path(root).relative_to(folder).parts
        dirs[:] = [d for d in dirs if not _matches_any((*rel_root, d), excludes)]
        for name in files:
            child = Path(root) / name
            if child.suffix.lower() not in ARTICLE_SUFFIXES or _matches_any((*rel_root, name), excludes):
                continue
            if includes and not any(fnmatch.fnmatch(name, pat) for pat in includes):
                continue
            if child.is_symlink() and not child.exists():
                found.append(Source(str(child), error="broken link: its target does not exist"))
            elif child.is_file():
                found.append(Source(str(child), path=child))
    yield from sorted(found, key=lambda s: s.origin)


def _matches_any(parts: tuple[str, ...], patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(part, pat) for part in parts for pat in patterns)


@dataclass(frozen=True)
class Inputs:
    """The sources of a batch, and how many inputs they hold (None when standard input holds JSON lines)."""

    sources: list[Source]
    total: int | None


def find_inputs(paths: Iterable[str | Path], **kwargs) -> Inputs:
    """The sources `find_sources` gives, counted."""
    sources = list(find_sources(paths, **kwargs))
    counts = [count_inputs(source) for source in sources]
    return Inputs(sources, None if None in counts else sum(counts))


def count_inputs(source: Source) -> int | None:
    """How many inputs (articles or failures) a source will give, for a progress bar; None if unknown."""
    if source.stream is not None:
        return None if _stdin_is_jsonl(source.stream) else 1
    if not source.is_jsonl:
        return 1
    try:
        with open(source.path, "rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1


def read_paths(paths: Iterable[str | Path], **kwargs) -> Iterator[ReadResult]:
    for source in find_sources(paths, **kwargs):
        yield from read_source(source)


def read_source(source: Source) -> Iterator[ReadResult]:
    """Every article of a source, or the reason it (or one of its .jsonl lines) could not be read."""
    if source.error:
        yield ReadResult(source.origin, error=source.error)
        return
    try:
        if source.stream is not None:
            yield from read_stdin(source.stream)
        else:
            yield from read_file(source.path)
    except InputError as exc:
        yield ReadResult(exc.origin, error=exc.reason)


def read_file(path: Path) -> Iterator[ReadResult]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(origin, f"unsupported file type {suffix or '(none)'}; "
                                 f"expected one of {', '.join(ARTICLE_SUFFIXES)}")
    if suffix == ".jsonl":
        with _open(path) as handle:
            yield from read_jsonl(handle, origin)
        return
    raw = _read_bytes(path, MAX_HTML_BYTES if suffix in (".html", ".htm") else MAX_TEXT_BYTES)
    text = decode(raw, origin)
    if suffix in (".html", ".htm"):
        article = read_html(text, origin)
    elif suffix in (".md", ".markdown"):
        article = read_markdown(text, origin)
    else:
        article = read_text(text, origin)
    yield ReadResult(origin, article=article)


def read_stdin(stream: BinaryIO) -> Iterator[ReadResult]:
    """Standard input holds JSON lines when it starts with `{`, else the text of one article (as a .txt).

    It has no file name to recognise a corrected version by, so an article from it that has no `id` of
    its own is identified by its text alone."""
    if _stdin_is_jsonl(stream):
        for result in read_jsonl(stream, STDIN_ORIGIN):
            yield _identified_by_text(result)
        return
    raw = stream.read(MAX_TEXT_BYTES + 1)
    if len(raw) > MAX_TEXT_BYTES:
        raise InputError(STDIN_ORIGIN, f"more than {MAX_TEXT_BYTES / 1e6:.1f} MB of text; "
                                       f"an article is at most {MAX_ARTICLE_CHARS:,} characters")
    yield _identified_by_text(ReadResult(STDIN_ORIGIN, article=read_text(decode(raw, STDIN_ORIGIN), STDIN_ORIGIN)))


def _identified_by_text(result: ReadResult) -> ReadResult:
    article = result.article
    if article is None or article.external_id:
        return result
    return ReadResult(result.origin, article=Article(
        text=article.text, title=article.title, url=article.url, outlet=article.outlet,
        published=article.published, origin=article.origin, external_id=f"text:{hash_id(article.text)}"))


def _peekable(stream: BinaryIO) -> BinaryIO:
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)


def _stdin_is_jsonl(stream: BinaryIO) -> bool:
    head = stream.peek(4096)[:4096]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _open(path: Path) -> BinaryIO:
    origin = str(path)
    try:
        if not path.is_file():
            raise InputError(origin, "not a regular file")
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except PermissionError:
        raise InputError(origin, "permission denied: the file is not readable") from None
    except IsADirectoryError:
        raise InputError(origin, "is a folder") from None
    except OSError as exc:
        raise InputError(origin, f"cannot read ({exc.strerror or exc})") from None


def _read_bytes(path: Path, limit: int) -> bytes:
    origin = str(path)
    with _open(path) as handle:
        try:
            raw = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(origin, f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > limit:
        size = path.stat().st_size
        raise InputError(origin, f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit for this "
                                 f"kind of file (an article is at most {MAX_ARTICLE_CHARS:,} characters)")
    return raw


def decode(raw: bytes, origin: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, not guessed."""
    if raw.startswith(UTF16_BOMS):
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


def _unquoted(value: str) -> str:
    """A front-matter value without the quotes that wrap it, and only those: a headline that ends in a
    quoted word ("... dismisses arson claims as 'nonsense'") keeps its quote marks."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def read_markdown(text: str, origin: str) -> Article:
    """Front matter (`key: value` lines between `---`) gives the metadata; the rest is the text."""
    meta: dict[str, str] = {}
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = _unquoted(value.strip())
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


def read_jsonl(stream: BinaryIO, origin: str) -> Iterator[ReadResult]:
    """One article per line, read line by line; a bad line is reported with its number and the others
    still read. UTF-8, or UTF-16 with a BOM."""
    seen = 0
    for number, line, error in _jsonl_lines(stream, origin):
        where = f"{origin}:{number}"
        if error:
            seen += 1
            yield ReadResult(where, error=error)
            continue
        if not line.strip():
            continue
        seen += 1
        try:
            yield ReadResult(where, article=_jsonl_article(line, where))
        except InputError as exc:
            yield ReadResult(where, error=exc.reason)
    if not seen:
        yield ReadResult(origin, error="empty: no article lines")


def _jsonl_article(line: str, where: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, "a JSON line must be an object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError(where, "missing or empty `text` field")
    meta = {k: str(record[k]) for k in ("url", "outlet", "published") if record.get(k)}
    external_id = str(record["id"]) if record.get("id") not in (None, "") else None
    return _article(body, str(record.get("title") or ""), meta, where, external_id=external_id)


MAX_LINE_BYTES = MAX_TEXT_BYTES


def _jsonl_lines(stream: BinaryIO, origin: str) -> Iterator[tuple[int, str, str | None]]:
    """(line number, line, error) for each line; an over-long or undecodable line gives an error."""
    head = stream.peek(8192)[:8192]
    if head.startswith(UTF16_BOMS):
        yield from _utf16_lines(stream, origin)
        return
    if b"\x00" in head:
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    for number, raw in enumerate(_bounded_lines(stream.readline, MAX_LINE_BYTES), start=1):
        if raw is None:
            yield number, "", TOO_LONG
            continue
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8"), None
        except UnicodeDecodeError as exc:
            yield number, "", f"not valid UTF-8 (byte {exc.start} of the line: 0x{raw[exc.start]:02x})"


def _utf16_lines(stream: BinaryIO, origin: str) -> Iterator[tuple[int, str, str | None]]:
    text = io.TextIOWrapper(stream, encoding="utf-16", newline="\n")
    try:
        for number, line in enumerate(_bounded_lines(text.readline, MAX_LINE_BYTES // 2), start=1):
            yield number, line or "", None if line is not None else TOO_LONG
    except UnicodeDecodeError:
        raise InputError(origin, "invalid UTF-16 text") from None
    finally:
        text.detach()  # the caller owns the stream


MAX_LINE_BYTES = MAX_TEXT_BYTES
TOO_LONG = f"line longer than {MAX_LINE_BYTES / 1e6:.1f} MB; an article is at most {MAX_ARTICLE_CHARS:,} characters"


def _bounded_lines(readline, limit: int):
    """Lines as `readline` gives them, None in place of a line longer than `limit` (skipped, not kept)."""
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        newline = b"\n" if isinstance(line, bytes) else "\n"
        while line and not line.endswith(newline):
            line = readline(1 << 20)
        yield None


def _article(text: str, title: str, meta: dict[str, str], origin: str,
             external_id: str | None = None) -> Article:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(origin, f"article text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,}-"
                                 "character limit for one article; split it into articles")
    published_raw = meta.get("published") or meta.get("date")
    published: date | None = None
    if published_raw:
        published = parse_publication_date(published_raw)
        if published is None:
            raise InputError(origin, f"unreadable publication date {published_raw!r}")
    return Article(text=text, title=title or "", url=meta.get("url"), outlet=meta.get("outlet"),
                   published=published, origin=origin, external_id=external_id)
