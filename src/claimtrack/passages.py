"""A claim in context: the paragraph around its sentence, cut into plain-text segments that each know
which roles (sentence, source, cue, content, claim) cover them.

Segments are text, never markup: whoever shows them (a web page, a terminal) escapes them its own way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

# Lines are paragraphs: claimtrack ends sentences at line breaks, so a sentence never spans two lines.
PARAGRAPH_BREAK = "\n"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str  # sentence, source, cue, content, claim


@dataclass(frozen=True)
class Segment:
    text: str
    roles: frozenset[str] = frozenset()

    @property
    def css(self) -> str:
        return " ".join(sorted(self.roles))


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end of the paragraph (line) that holds `position`."""
    position = max(0, min(position, len(text)))
    start = text.rfind(PARAGRAPH_BREAK, 0, position) + 1
    end = text.find(PARAGRAPH_BREAK, position)
    return start, len(text) if end == -1 else end


def segments(text: str, start: int, end: int, marks: Iterable[Mark]) -> list[Segment]:
    """`text[start:end]` cut at every mark boundary, each piece carrying the roles that cover it."""
    marks = [Mark(max(m.start, start), min(m.end, end), m.role) for m in marks if m.end > start and m.start < end]
    cuts = sorted({start, end, *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for left, right in pairwise(cuts):
        if left == right:
            continue
        roles = frozenset(m.role for m in marks if m.start <= left and right <= m.end)
        pieces.append(Segment(text[left:right], roles))
    return pieces


def paragraph(text: str, marks: list[Mark], around: int) -> list[Segment]:
    """The paragraph holding `around`, with the marks that fall inside it."""
    start, end = paragraph_bounds(text, around)
    return segments(text, start, end, marks)


def text_paragraphs(text: str, marks: Iterable[Mark] = ()) -> list[list[Segment]]:
    """A whole article as paragraphs of segments (empty lines dropped)."""
    marks = list(marks)
    out, position = [], 0
    for line in text.split(PARAGRAPH_BREAK):
        if line.strip():
            out.append(segments(text, position, position + len(line), marks))
        position += len(line) + len(PARAGRAPH_BREAK)
    return out
