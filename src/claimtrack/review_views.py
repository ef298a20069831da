"""What the review pages and commands show: plain frozen dataclasses built from database rows, so that
nothing downstream of the review service touches a session or a lazy-loaded attribute."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from .db.models import ArticleRow, ClaimRow, ReviewEventRow
from .db.queue import ConflictFilter
from .passages import Mark, Segment, paragraph

STATUS_LABELS = {"open": "open", "confirmed": "confirmed", "dismissed": "dismissed",
                 "needs_info": "needs more information"}


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    title: str
    outlet: str | None
    published: date | None
    url: str | None


@dataclass(frozen=True)
class SourceInfo:
    id: int | None
    name: str | None  # canonical name; None for the article's own voice or an unnamed source
    text: str | None  # as written in the article

    @property
    def label(self) -> str:
        return self.name or self.text or "the article itself"


@dataclass(frozen=True)
class ClaimView:
    id: str
    source: SourceInfo
    cue: str
    commitment: str
    polarity: str
    kind: str
    subject_key: str
    subject_text: str
    predicate_key: str
    quantity_text: str | None
    time_text: str | None
    stance: str | None
    hedge: str | None
    sentence: str
    words: str  # the words that carry the claim
    article: ArticleInfo
    paragraph: list[Segment]  # the paragraph around its first sentence, with source, cue and content marked
    evidence_count: int

    @property
    def summary(self) -> str:
        negation = "not " if self.polarity == "negative" else ""
        what = " ".join(x for x in (self.quantity_text, self.stance) if x)
        return f"{self.source.label} —{self.cue}→ {self.subject_key}: {negation}{self.predicate_key} {what}".strip()


@dataclass(frozen=True)
class Event:
    at: datetime
    actor: str
    action: str  # decide, note, assign
    from_value: str | None
    to_value: str | None
    note: str | None

    @property
    def when(self) -> str:
        return self.at.strftime("%Y-%m-%d %H:%M UTC")

    @property
    def summary(self) -> str:
        if self.action == "decide":
            return f"marked it {STATUS_LABELS.get(self.to_value or '', self.to_value)}"
        if self.action == "assign":
            return f"assigned it to {self.to_value}" if self.to_value else "took it off the assignee's list"
        return "added a note"

    @property
    def change(self) -> str:
        """From and to, for a history table."""
        if self.action == "decide":
            return f"{STATUS_LABELS.get(self.from_value or '', self.from_value)} → " \
                   f"{STATUS_LABELS.get(self.to_value or '', self.to_value)}"
        if self.action == "assign":
            return f"{self.from_value or 'nobody'} → {self.to_value or 'nobody'}"
        return ""


@dataclass(frozen=True)
class QueueItem:
    id: str
    kind: str
    relation: str
    status: str
    score: float
    explanation: str
    assignee: str | None
    version: int
    sources: tuple[SourceInfo, SourceInfo]
    subject: str
    articles: tuple[ArticleInfo, ArticleInfo]


@dataclass(frozen=True)
class QueuePage:
    items: list[QueueItem]
    total: int
    page: int
    per_page: int
    filters: ConflictFilter

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


@dataclass(frozen=True)
class TimelineEntry:
    claim_id: str
    published: date | None
    source: SourceInfo
    cue: str
    polarity: str
    words: str
    quantity_value: float | None
    quantity_text: str | None
    article: ArticleInfo
    in_conflict: bool


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    relation: str
    status: str
    score: float
    explanation: str
    assignee: str | None
    version: int
    claims: tuple[ClaimView, ClaimView]
    history: list[Event]
    timeline: list[TimelineEntry]
    timeline_truncated: bool
    previous_id: str | None = None
    next_id: str | None = None
    known_reviewers: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimPage:
    claim: ClaimView
    evidence: list[list[Segment]]  # every place the claim was read, as its paragraph
    conflicts: list[QueueItem]


@dataclass(frozen=True)
class SourcePage:
    id: int
    name: str
    aliases: list[str]
    claims: list[ClaimView]
    conflicts: list[QueueItem]
    truncated: bool


@dataclass(frozen=True)
class ArticlePage:
    article: ArticleInfo
    paragraphs: list[list[Segment]]
    claims: list[ClaimView]
    conflicts: list[QueueItem]


@dataclass(frozen=True)
class Listing:
    """One page of a plain list (sources, articles): (thing, number of claims) pairs."""

    rows: list
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def article_info(row: ArticleRow) -> ArticleInfo:
    return ArticleInfo(row.id, row.title, row.outlet, row.published, row.url)


def source_info(row: ClaimRow) -> SourceInfo:
    entity = row.source_entity
    return SourceInfo(entity.id if entity else None, entity.name if entity else None, row.source_text)


def evidence_marks(evidence) -> list[Mark]:
    marks = [Mark(evidence.sentence_start, evidence.sentence_start + len(evidence.sentence), "sentence"),
             Mark(evidence.cue_start, evidence.cue_end, "cue"),
             Mark(evidence.claim_start, evidence.claim_end, "claim")]
    if evidence.source_start is not None:
        marks.append(Mark(evidence.source_start, evidence.source_end, "source"))
    parts = evidence.content_parts or [[evidence.content_start, evidence.content_end]]
    marks.extend(Mark(start, end, "content") for start, end in parts)
    return marks


def claim_view(row: ClaimRow) -> ClaimView:
    first = row.evidence[0]
    text = row.article.text
    stance = f"{row.stance_value} {row.stance_target or ''}".strip() if row.stance_value else None
    return ClaimView(
        id=row.id, source=source_info(row), cue=row.cue, commitment=row.commitment, polarity=row.polarity,
        kind=row.kind, subject_key=row.subject_key, subject_text=row.subject_text, predicate_key=row.predicate_key,
        quantity_text=row.quantity_text, time_text=row.time_text, stance=stance, hedge=row.hedge,
        sentence=first.sentence, words=text[first.claim_start:first.claim_end], article=article_info(row.article),
        paragraph=paragraph(text, evidence_marks(first), first.sentence_start), evidence_count=len(row.evidence))


def queue_item(row) -> QueueItem:
    """From a row of `db.queue` (a mapping with the conflict's columns and per-side `…_a`, `…_b` fields)."""
    def source(side):
        return SourceInfo(row[f"source_id_{side}"], row[f"source_name_{side}"], row[f"source_text_{side}"])

    def article(side):
        return ArticleInfo(row[f"article_id_{side}"], row[f"title_{side}"], row[f"outlet_{side}"],
                           row[f"published_{side}"], row[f"url_{side}"])

    return QueueItem(row["id"], row["kind"], row["relation"], row["status"], row["score"], row["explanation"],
                     row["assignee"], row["version"], (source("a"), source("b")), row["subject_a"],
                     (article("a"), article("b")))


def event_view(row: ReviewEventRow) -> Event:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=timezone.utc)  # SQLite hands back naive UTC
    return Event(at.astimezone(timezone.utc), row.actor, row.action, row.from_value, row.to_value, row.note)


def timeline_entry(row: ClaimRow, conflict_claims: set[str]) -> TimelineEntry:
    first = row.evidence[0]
    return TimelineEntry(row.id, row.article.published, source_info(row), row.cue, row.polarity,
                         row.article.text[first.claim_start:first.claim_end], row.quantity_value,
                         row.quantity_text, article_info(row.article), row.id in conflict_claims)
