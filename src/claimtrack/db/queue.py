"""The review queue in SQL: conflicts filtered, ranked by score (highest first) and paged.

Filters that look at claims or articles are subqueries on the conflicts table, so the queue is ranked and
cut into pages on `conflicts` alone; only the rows of one page are then joined to their claims, sources
and articles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import RowMapping, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from .models import ArticleRow, ClaimRow, ConflictRow, SourceAliasRow, SourceEntityRow
from .repository import _CLAIM_LOAD

ALL_STATUSES = None  # a filter with status=None shows every status


@dataclass(frozen=True)
class ConflictFilter:
    """What a reviewer narrows the queue to. Every field is optional; text matches are case-insensitive."""

    status: str | None = "open"
    kind: str | None = None  # a conflict kind, or "revision" for a source changing its own account
    source: str | None = None  # a source name or alias (else words in one), on either claim
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
        exact = select(SourceEntityRow.id).where(func.lower(SourceEntityRow.name) == name).union(
            select(SourceAliasRow.entity_id).where(func.lower(SourceAliasRow.alias) == name))
        # no source by that exact name: any whose name or alias contains it ("Interior Ministry")
        containing = select(SourceEntityRow.id).where(
            func.lower(SourceEntityRow.name).like(_like_pattern(name), escape="\\")).union(
            select(SourceAliasRow.entity_id).where(func.lower(SourceAliasRow.alias).like(_like_pattern(name), escape="\\")))
        named = or_(ClaimRow.source_entity_id.in_(exact),
                    and_(~exists(exact.subquery().select()), ClaimRow.source_entity_id.in_(containing)))
        where.append(_on_either_claim(_claims_where(named)))
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


_RANK = (ConflictRow.score.desc(), ConflictRow.id)


def count(session: Session, f: ConflictFilter) -> int:
    return session.scalar(select(func.count()).select_from(ConflictRow).where(*conditions(f))) or 0


def _side(side: str, claim_id):
    """Aliases and labelled columns for one side (a or b) of a conflict. Built once: building aliases is
    what a page of the queue would otherwise spend most of its time on."""
    claim, source, article = aliased(ClaimRow), aliased(SourceEntityRow), aliased(ArticleRow)
    joins = [(claim, claim.id == claim_id, False), (article, article.id == claim.article_id, False),
             (source, source.id == claim.source_entity_id, True)]
    columns = [claim.source_text.label(f"source_text_{side}"), source.id.label(f"source_id_{side}"),
               source.name.label(f"source_name_{side}"), claim.subject_key.label(f"subject_{side}"),
               article.id.label(f"article_id_{side}"), article.title.label(f"title_{side}"),
               article.outlet.label(f"outlet_{side}"), article.published.label(f"published_{side}"),
               article.url.label(f"url_{side}")]
    return joins, columns


_SIDES = [_side("a", ConflictRow.claim_a_id), _side("b", ConflictRow.claim_b_id)]
_CONFLICT_COLUMNS = [ConflictRow.id, ConflictRow.kind, ConflictRow.relation, ConflictRow.status, ConflictRow.score,
                     ConflictRow.explanation, ConflictRow.assignee, ConflictRow.version]


def _rows(session: Session, chosen) -> list[RowMapping]:
    """What a queue row shows, for the conflicts in `chosen` (a subquery of ids and scores), in queue order:
    one query, joined only for the chosen rows. Keys: the conflict's columns, and per side (a, b)
    `source_text_a`, `source_id_a`, `source_name_a`, `subject_a`, `article_id_a`, `title_a`, `outlet_a`,
    `published_a`, `url_a`."""
    query = select(*_CONFLICT_COLUMNS).select_from(chosen).join(ConflictRow, ConflictRow.id == chosen.c.id)
    for joins, columns in _SIDES:
        for target, on, outer in joins:
            query = query.join(target, on, isouter=outer)
        query = query.add_columns(*columns)
    return list(session.execute(query.order_by(chosen.c.score.desc(), chosen.c.id)).mappings())


def page(session: Session, f: ConflictFilter, *, limit: int, offset: int) -> list[RowMapping]:
    """One page of the queue (see `_rows` for what each row holds)."""
    chosen = (select(ConflictRow.id, ConflictRow.score).where(*conditions(f)).order_by(*_RANK)
              .limit(limit).offset(offset).subquery())
    return _rows(session, chosen)


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


def conflicts_of_claims(session: Session, claim_ids: list[str]) -> list[RowMapping]:
    """Queue rows of every conflict that involves one of these claims."""
    if not claim_ids:
        return []
    chosen = select(ConflictRow.id, ConflictRow.score).where(
        or_(ConflictRow.claim_a_id.in_(claim_ids), ConflictRow.claim_b_id.in_(claim_ids))).subquery()
    return _rows(session, chosen)
