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


def without_stranded_preposition(span: Span) -> Span:
    """The span without a preposition at its end whose object lies beyond it: "The ship was lost with", when
    "1,198 people aboard" went to a claim of its own."""
    last = span[-1] if len(span) else None
    if last is not None and last.dep_ == "prep" and any(c.dep_ == "pobj" and c.i >= span.end for c in last.children):
        return trim(span[:-1])
    return span


def runs(doc: Doc, tokens: Iterable[int]) -> list[Span]:
    """Token positions as contiguous spans, trimmed; spans left empty by trimming are dropped."""
    bounds: list[list[int]] = []  # [start, end) of each run; the spans are made once the runs are known
    for i in sorted(tokens):
        if bounds and bounds[-1][1] == i:
            bounds[-1][1] = i + 1
        else:
            bounds.append([i, i + 1])
    return [span for span in (trim(Span(doc, start, end)) for start, end in bounds) if len(span)]
