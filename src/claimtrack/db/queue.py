"""The review queue in SQL: conflicts filtered, ranked by score (highest first) and paged.

Filters that look at claims or articles are subqueries on the conflicts table, so a page of the queue is
one indexed scan of `conflicts` however many conflicts there are; the claims of that page are loaded after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from .models import ArticleRow, ClaimRow, ConflictRow, SourceAliasRow, SourceEntityRow
from .repository import _CLAIM_LOAD

ALL_STATUSES = None  # a filter with status=None shows every status


@dataclass(frozen=True)
class ConflictFilter:
    """What a reviewer narrows the queue to. Every field is optional; text matches are case-insensitive."""

    status: str | None = "open"
    kind: str | None = None  # a conflict kind, or "revision" for a source changing its own account
    source: str | None = None  # canonical source name or any of its aliases, on either claim
    subject: str | None = None  # subject key on either claim
    since: date | None = None  # either claim's article published on or after
    until: date | None = None  # ... and on or before
    text: str | None = None  # words in the explanation (which quotes both claims)
    assignee: str | None = None


def _claims_where(*conditions) -> Select:
    return select(ClaimRow.id).where(*conditions)


def _on_either_claim(claim_ids: Select):
    return or_(ConflictRow.claim_a_id.in_(claim_ids), ConflictRow.claim_b_id.in_(claim_ids))


def _like_pattern(words: str) -> str:
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(f: ConflictFilter) -> list:
    where = []
    if f.status:
        where.append(ConflictRow.status == f.status)
    if f.kind:
        where.append(or_(ConflictRow.kind == f.kind, ConflictRow.relation == f.kind))
    if f.assignee:
        where.append(func.lower(ConflictRow.assignee) == f.assignee.lower())
    if f.source:
        name = f.source.strip().lower()
        entities = select(SourceEntityRow.id).where(func.lower(SourceEntityRow.name) == name).union(
            select(SourceAliasRow.entity_id).where(func.lower(SourceAliasRow.alias) == name))
        where.append(_on_either_claim(_claims_where(ClaimRow.source_entity_id.in_(entities))))
    if f.subject:
        where.append(_on_either_claim(_claims_where(ClaimRow.subject_key == f.subject.strip().lower())))
    if f.since or f.until:
        dated = []
        if f.since:
            dated.append(ArticleRow.published >= f.since)
        if f.until:
            dated.append(ArticleRow.published <= f.until)
        articles = select(ArticleRow.id).where(*dated)
        where.append(_on_either_claim(_claims_where(ClaimRow.article_id.in_(articles))))
    if f.text and f.text.strip():
        where.append(ConflictRow.explanation.ilike(_like_pattern(f.text.strip()), escape="\\"))
    return where


_WITH_CLAIMS = (
    selectinload(ConflictRow.claim_a).options(selectinload(ClaimRow.article), selectinload(ClaimRow.source_entity)),
    selectinload(ConflictRow.claim_b).options(selectinload(ClaimRow.article), selectinload(ClaimRow.source_entity)),
)
_RANK = (ConflictRow.score.desc(), ConflictRow.id)


def count(session: Session, f: ConflictFilter) -> int:
    return session.scalar(select(func.count()).select_from(ConflictRow).where(*conditions(f))) or 0


def page(session: Session, f: ConflictFilter, *, limit: int, offset: int) -> list[ConflictRow]:
    """One page of the queue, with each conflict's two claims, their sources and articles loaded."""
    query = select(ConflictRow).where(*conditions(f)).order_by(*_RANK).limit(limit).offset(offset)
    return list(session.scalars(query.options(*_WITH_CLAIMS)))


def every(session: Session, f: ConflictFilter) -> list[ConflictRow]:
    """Every matching conflict in queue order, with claims and evidence loaded (for exports)."""
    query = select(ConflictRow).where(*conditions(f)).order_by(*_RANK).options(
        selectinload(ConflictRow.claim_a).options(*_CLAIM_LOAD),
        selectinload(ConflictRow.claim_b).options(*_CLAIM_LOAD))
    return list(session.scalars(query))


def neighbours(session: Session, f: ConflictFilter, conflict: ConflictRow) -> tuple[str | None, str | None]:
    """The ids of the conflicts just before and just after this one in the filtered queue.

    Works for a conflict that no longer matches the filter (just decided), from where it stood."""
    where = conditions(f)
    score, cid = conflict.score, conflict.id
    after = or_(ConflictRow.score < score, and_(ConflictRow.score == score, ConflictRow.id > cid))
    before = or_(ConflictRow.score > score, and_(ConflictRow.score == score, ConflictRow.id < cid))
    next_id = session.scalar(select(ConflictRow.id).where(*where, after).order_by(*_RANK).limit(1))
    previous_id = session.scalar(select(ConflictRow.id).where(*where, before)
                                 .order_by(ConflictRow.score.asc(), ConflictRow.id.desc()).limit(1))
    return previous_id, next_id


def conflicts_of_claims(session: Session, claim_ids: list[str]) -> list[ConflictRow]:
    if not claim_ids:
        return []
    query = select(ConflictRow).where(or_(ConflictRow.claim_a_id.in_(claim_ids),
                                          ConflictRow.claim_b_id.in_(claim_ids))).order_by(*_RANK)
    return list(session.scalars(query.options(*_WITH_CLAIMS)))
