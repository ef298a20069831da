"""Spans from token positions: contiguous runs, trimmed of the punctuation at their edges."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

KEPT_AT_START = {"$", "%"}  # "$5 million" keeps its currency sign
KEPT_AT_END = {"%"}  # "70%" keeps its percent sign


def trim(span: Span) -> Span:
    """Drop punctuation, quote marks and spaces at the edges of a span."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in KEPT_AT_START:
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in KEPT_AT_END:
        end -= 1
    return Span(doc, start, end)  # doc[start:end] without re-checking bounds that are known to be valid


def runs(doc: Doc, tokens: Iterable[int]) -> list[Span]:
    """Token positions as contiguous spans, trimmed; spans left empty by trimming are dropped."""
    bounds: list[list[int]] = []  # [start, end) of each run; the spans are made once the runs are known
    for i in sorted(tokens):
        if bounds and bounds[-1][1] == i:
            bounds[-1][1] = i + 1
        else:
            bounds.append([i, i + 1])
    return [span for span in (trim(Span(doc, start, end)) for start, end in bounds) if len(span)]
