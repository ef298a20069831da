"""The review history: append-only events, and changes to a conflict that only apply to the version the
reviewer saw (optimistic locking). Like every repository function, nothing here commits."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .models import ConflictRow, ReviewEventRow


def events_for(session: Session, conflict_id: str) -> list[ReviewEventRow]:
    """A conflict's whole history, oldest first (also for a conflict that no longer stands)."""
    return list(session.scalars(select(ReviewEventRow).where(ReviewEventRow.conflict_id == conflict_id)
                                .order_by(ReviewEventRow.id)))


def events_for_many(session: Session, conflicts) -> dict[str, list[ReviewEventRow]]:
    """Histories of the conflicts a query selects (a select of conflict ids), oldest event first."""
    rows = session.scalars(select(ReviewEventRow).where(ReviewEventRow.conflict_id.in_(conflicts))
                           .order_by(ReviewEventRow.id))
    histories: dict[str, list[ReviewEventRow]] = {}
    for row in rows:
        histories.setdefault(row.conflict_id, []).append(row)
    return histories


def event_count(session: Session, conflict_id: str) -> int:
    return session.scalar(select(func.count()).select_from(ReviewEventRow)
                          .where(ReviewEventRow.conflict_id == conflict_id)) or 0


def apply_change(session: Session, conflict_id: str, seen_version: int, changes: dict,
                 event: ReviewEventRow) -> bool:
    """Apply `changes` and append `event` only if the conflict is still at `seen_version`; bump the version.

    One conditional UPDATE, so two reviewers acting at the same moment cannot both pass the check: the
    second one's WHERE no longer matches. Returns False (and writes nothing) when the version moved on."""
    result = session.execute(
        update(ConflictRow)
        .where(ConflictRow.id == conflict_id, ConflictRow.version == seen_version)
        .values(**changes, version=ConflictRow.version + 1)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return False
    session.add(event)
    session.flush()
    return True


def reviewers(session: Session, limit: int = 200) -> list[str]:
    """Names that have reviewed or been assigned, for suggestions in forms."""
    actors = select(ReviewEventRow.actor.label("name"))
    assignees = select(ReviewEventRow.to_value.label("name")).where(ReviewEventRow.action == "assign",
                                                                   ReviewEventRow.to_value.is_not(None))
    names = actors.union(assignees).subquery()
    return list(session.scalars(select(names.c.name).order_by(names.c.name).limit(limit)))
