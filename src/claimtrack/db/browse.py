"""Read-only lookups behind the pages a reviewer follows links to: claims, sources, articles, and the
other claims on a subject (the timeline)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .models import ArticleRow, ClaimRow, SourceEntityRow
from .repository import _CLAIM_LOAD


def claim(session: Session, claim_id: str) -> ClaimRow | None:
    return session.scalar(select(ClaimRow).where(ClaimRow.id == claim_id).options(*_CLAIM_LOAD))


def claims_on_subjects(session: Session, subject_keys: list[str], limit: int) -> list[ClaimRow]:
    """Claims about these subjects, oldest article first (undated last), at most `limit`."""
    query = (select(ClaimRow).join(ArticleRow).where(ClaimRow.subject_key.in_(subject_keys))
             .order_by(ArticleRow.published.is_(None), ArticleRow.published, ClaimRow.source_text, ClaimRow.id)
             .limit(limit).options(*_CLAIM_LOAD))
    return list(session.scalars(query))


def source(session: Session, source_id: int) -> SourceEntityRow | None:
    return session.scalar(select(SourceEntityRow).where(SourceEntityRow.id == source_id)
                          .options(selectinload(SourceEntityRow.aliases)))


def claims_by_source(session: Session, source_id: int, limit: int) -> list[ClaimRow]:
    query = (select(ClaimRow).join(ArticleRow).where(ClaimRow.source_entity_id == source_id)
             .order_by(ArticleRow.published.is_(None), ArticleRow.published, ClaimRow.id)
             .limit(limit).options(*_CLAIM_LOAD))
    return list(session.scalars(query))


def sources(session: Session, *, limit: int, offset: int) -> list[tuple[SourceEntityRow, int]]:
    """Sources with how many claims each, the most quoted first."""
    claims = func.count(ClaimRow.id)
    query = (select(SourceEntityRow, claims).join(ClaimRow, ClaimRow.source_entity_id == SourceEntityRow.id)
             .group_by(SourceEntityRow.id).order_by(claims.desc(), SourceEntityRow.name)
             .limit(limit).offset(offset))
    return [(row, n) for row, n in session.execute(query)]


def source_count(session: Session) -> int:
    return session.scalar(select(func.count(func.distinct(ClaimRow.source_entity_id)))) or 0


def article(session: Session, article_id: str) -> ArticleRow | None:
    return session.scalar(select(ArticleRow).where(ArticleRow.id == article_id))


def claims_in_article(session: Session, article_id: str) -> list[ClaimRow]:
    return list(session.scalars(select(ClaimRow).where(ClaimRow.article_id == article_id)
                                .order_by(ClaimRow.id).options(*_CLAIM_LOAD)))


def articles(session: Session, *, limit: int, offset: int) -> list[tuple[ArticleRow, int]]:
    """Articles with how many claims each, the newest first (undated last)."""
    claims = func.count(ClaimRow.id)
    query = (select(ArticleRow, claims).outerjoin(ClaimRow, ClaimRow.article_id == ArticleRow.id)
             .group_by(ArticleRow.id)
             .order_by(ArticleRow.published.is_(None), ArticleRow.published.desc(), ArticleRow.title)
             .limit(limit).offset(offset))
    return [(row, n) for row, n in session.execute(query)]


def article_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ArticleRow)) or 0


def source_names(session: Session, limit: int = 500) -> list[str]:
    return list(session.scalars(select(SourceEntityRow.name).order_by(SourceEntityRow.name).limit(limit)))


def subject_keys(session: Session, limit: int = 500) -> list[str]:
    return list(session.scalars(select(ClaimRow.subject_key).distinct().order_by(ClaimRow.subject_key)
                                .limit(limit)))
