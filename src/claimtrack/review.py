"""The review service: the one place where the queue is listed, conflicts are decided, annotated and
assigned, the pages a reviewer follows are assembled, and reviews are exported. The command line and the
web desk both call these functions, each with a session it opened (`with sessions.begin() as session:`).

Every decision, note and assignment is an append-only event. Each one names the version of the conflict
the reviewer saw; when someone else changed the conflict since, it is refused with `StaleView`."""

from __future__ import annotations

import getpass
import math
import os

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .db import browse, queue
from .db.models import ConflictRow, ReviewEventRow
from .db.queue import ConflictFilter
from .db.repository import _CLAIM_LOAD
from .db.review_log import apply_change, events_for, events_for_many, reviewers
from .accounts import allowed
from .domain import CONFLICT_KINDS, CONFLICT_STATUSES
from .passages import paragraph, text_paragraphs
from .review_views import (STATUS_LABELS, ArticleInfo, ArticlePage, ClaimPage, ClaimView, ConflictView, Event,
                           Listing, QueueItem, QueuePage, SourceInfo, SourcePage, TimelineEntry, article_info,
                           claim_view, event_view, evidence_marks, queue_item, timeline_entry)

__all__ = [
    # the service
    "queue_page", "conflict", "next_in_queue", "resolve_conflict_id", "decide", "add_note", "assign",
    "default_reviewer", "claim_page", "source_page", "article_page", "sources_page", "articles_page",
    "filter_choices", "export", "export_status",
    # its errors
    "ReviewError", "NotFound", "InvalidChange", "StaleView", "Forbidden",
    # what it takes and gives (see review_views)
    "ConflictFilter", "STATUS_LABELS", "ArticleInfo", "SourceInfo", "ClaimView", "Event", "QueueItem", "QueuePage",
    "TimelineEntry", "ConflictView", "ClaimPage", "SourcePage", "ArticlePage", "Listing",
]

STATUSES = CONFLICT_STATUSES
DECISIONS = ("confirmed", "dismissed", "needs_info", "open")  # "open" reopens a decided conflict
KIND_FILTERS = (*CONFLICT_KINDS, "revision")
EXPORT_FORMATS = ("claimreview", "csv", "json")
PER_PAGE, MAX_PER_PAGE = 25, 100
TIMELINE_LIMIT = 200
MAX_NAME, MAX_NOTE = 200, 20_000


class ReviewError(Exception):
    """A review action that cannot be done; the message says why, in the reviewer's words."""


class NotFound(ReviewError):
    def __init__(self, message: str, history: list[Event] | None = None):
        super().__init__(message)
        self.history = history or []


class InvalidChange(ReviewError):
    pass


class Forbidden(ReviewError):
    """The signed-in user's role does not allow this action."""


ACTION_NAMES = {"decide": "decide conflicts", "note": "write notes", "assign": "assign conflicts",
                "export": "export reviews"}


def require(role: str | None, action: str) -> None:
    """Refuse an action the role may not do. `role` None is the single-user local mode (no accounts) and the
    command line, whose user already holds the database's credentials."""
    if not allowed(role, action):
        raise Forbidden(f"a {role} cannot {ACTION_NAMES[action]}: ask an editor")


class StaleView(ReviewError):
    """The conflict changed after the reviewer looked at it; nothing was written."""

    def __init__(self, conflict_id: str, seen_version: int, current_version: int, changes: list[Event]):
        self.conflict_id, self.seen_version, self.current_version = conflict_id, seen_version, current_version
        self.changes = changes
        super().__init__(_stale_message(self))


def _stale_message(stale: StaleView) -> str:
    saw = f"you saw version {stale.seen_version}, it is now at version {stale.current_version}"
    if not stale.changes:
        return f"Not saved: conflict {stale.conflict_id} changed after you opened it ({saw}). Reload it and try again."
    first = stale.changes[0]
    more = len(stale.changes) - 1
    also = f", and {more} more change{'s' if more > 1 else ''} followed" if more else ""
    return (f"Not saved: {first.actor} {first.summary} on {first.when} after you opened conflict "
            f"{stale.conflict_id} ({saw}){also}. Reload it, read the change, and try again.")


# --- the queue and the conflict page ------------------------------------------------------------------


def queue_page(session: Session, filters: ConflictFilter, page: int = 1, per_page: int = PER_PAGE) -> QueuePage:
    """Conflicts matching the filters, highest score first, one page of them."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    total = queue.count(session, filters)
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    rows = queue.page(session, filters, limit=per_page, offset=(page - 1) * per_page)
    return QueuePage([queue_item(r) for r in rows], total, page, per_page, filters)


def _conflict_row(session: Session, conflict_id: str) -> ConflictRow:
    row = session.scalar(select(ConflictRow).where(ConflictRow.id == conflict_id).options(
        selectinload(ConflictRow.claim_a).options(*_CLAIM_LOAD),
        selectinload(ConflictRow.claim_b).options(*_CLAIM_LOAD)))
    if row is None:
        history = [event_view(e) for e in events_for(session, conflict_id)]
        if history:
            raise NotFound(f"conflict {conflict_id} no longer stands: the claims it was between are gone "
                           f"(its {len(history)} review events are kept)", history)
        raise NotFound(f"no conflict {conflict_id}")
    return row


def resolve_conflict_id(session: Session, given: str) -> str:
    """A full conflict id from an id or a unique prefix of at least 4 characters (tables show 8)."""
    given = given.strip().lower()
    if len(given) < 4:
        raise NotFound(f"no conflict {given!r}: give at least 4 characters of its id")
    pattern = given.replace("%", "").replace("_", "") + "%"
    found = set(session.scalars(select(ConflictRow.id).where(ConflictRow.id.like(pattern)).limit(5)))
    found |= set(session.scalars(select(ReviewEventRow.conflict_id).where(ReviewEventRow.conflict_id.like(pattern))
                                 .distinct().limit(5)))
    if given in found:
        return given
    if len(found) > 1:
        raise NotFound(f"{given!r} names more than one conflict: {', '.join(sorted(found))}")
    if not found:
        raise NotFound(f"no conflict {given}")
    return found.pop()


def conflict(session: Session, conflict_id: str, filters: ConflictFilter | None = None) -> ConflictView:
    """Everything a reviewer reads before deciding: both claims in context, the explanation, the history,
    the other claims on the same subject, and (given the queue's filters) the previous and next conflict."""
    row = _conflict_row(session, conflict_id)
    a, b = row.claim_a, row.claim_b
    keys = sorted({a.subject_key, b.subject_key})
    others = browse.claims_on_subjects(session, keys, TIMELINE_LIMIT + 1)
    previous_id, next_id = queue.neighbours(session, filters, row) if filters else (None, None)
    return ConflictView(
        id=row.id, kind=row.kind, relation=row.relation, status=row.status, score=row.score,
        explanation=row.explanation, assignee=row.assignee, version=row.version,
        claims=(claim_view(a), claim_view(b)),
        history=[event_view(e) for e in events_for(session, row.id)],
        timeline=[timeline_entry(c, {a.id, b.id}) for c in others[:TIMELINE_LIMIT]],
        timeline_truncated=len(others) > TIMELINE_LIMIT,
        previous_id=previous_id, next_id=next_id, known_reviewers=reviewers(session))


def next_in_queue(session: Session, conflict_id: str, filters: ConflictFilter) -> str | None:
    """The conflict after this one in the filtered queue: where a reviewer goes once they have decided."""
    row = session.get(ConflictRow, conflict_id)
    return queue.neighbours(session, filters, row)[1] if row else None


# --- decisions, notes, assignments --------------------------------------------------------------------


def default_reviewer() -> str:
    """Who acts when nobody says: CLAIMTRACK_REVIEWER, else the operating system's user name."""
    name = os.environ.get("CLAIMTRACK_REVIEWER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment (some containers)
        return "unknown reviewer"


def _clean_name(name: str | None, what: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidChange(f"say who {what}")
    if len(name) > MAX_NAME:
        raise InvalidChange(f"a name has at most {MAX_NAME} characters")
    return name


def _clean_note(note: str | None, when_missing: str | None) -> str | None:
    """The note, trimmed; `when_missing` is the refusal when a note is required."""
    note = (note or "").strip()
    if not note:
        if when_missing:
            raise InvalidChange(when_missing)
        return None
    if len(note) > MAX_NOTE:
        raise InvalidChange(f"a note has at most {MAX_NOTE} characters")
    return note


def _record(session: Session, row: ConflictRow, seen_version: int | None, changes: dict,
            event: ReviewEventRow) -> Event:
    seen = row.version if seen_version is None else seen_version
    if row.version != seen or not apply_change(session, row.id, seen, changes, event):
        session.expire(row)
        history = [event_view(e) for e in events_for(session, row.id)]
        newer = history[seen - 1:] if seen >= 1 else history  # the version is 1 + the number of events
        raise StaleView(row.id, seen, row.version, newer)
    session.expire(row)
    return event_view(event)


def decide(session: Session, conflict_id: str, *, status: str, note: str | None, reviewer: str,
           seen_version: int | None, role: str | None = None) -> Event:
    """Confirm, dismiss, ask for more information, or reopen (`open`); a note saying why is required.

    `seen_version` is the version the reviewer decided on; None means "whatever it is now" (a command
    line user who did not look first). `role` is the signed-in user's (None without accounts)."""
    require(role, "decide")
    if status not in DECISIONS:
        raise InvalidChange(f"a decision is one of {', '.join(DECISIONS)}, not {status!r}")
    note = _clean_note(note, "a decision needs a note saying why")
    reviewer = _clean_name(reviewer, "decides")
    row = _conflict_row(session, conflict_id)
    event = ReviewEventRow(conflict_id=row.id, actor=reviewer, action="decide", from_value=row.status,
                           to_value=status, note=note)
    return _record(session, row, seen_version, {"status": status}, event)


def add_note(session: Session, conflict_id: str, *, note: str, reviewer: str, seen_version: int | None,
             role: str | None = None) -> Event:
    require(role, "note")
    note = _clean_note(note, "the note is empty")
    reviewer = _clean_name(reviewer, "writes the note")
    row = _conflict_row(session, conflict_id)
    event = ReviewEventRow(conflict_id=row.id, actor=reviewer, action="note", note=note)
    return _record(session, row, seen_version, {}, event)


def assign(session: Session, conflict_id: str, *, assignee: str | None, reviewer: str, seen_version: int | None,
           note: str | None = None, role: str | None = None) -> Event:
    """Give the conflict to a reviewer; an empty name takes it off anyone's list. Editors only, with accounts."""
    require(role, "assign")
    assignee = " ".join((assignee or "").split()) or None
    if assignee and len(assignee) > MAX_NAME:
        raise InvalidChange(f"a name has at most {MAX_NAME} characters")
    reviewer = _clean_name(reviewer, "assigns")
    note = _clean_note(note, None)
    row = _conflict_row(session, conflict_id)
    event = ReviewEventRow(conflict_id=row.id, actor=reviewer, action="assign", from_value=row.assignee,
                           to_value=assignee, note=note)
    return _record(session, row, seen_version, {"assignee": assignee}, event)


# --- claims, sources, articles ------------------------------------------------------------------------


def claim_page(session: Session, claim_id: str) -> ClaimPage:
    row = browse.claim(session, claim_id)
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    text = row.article.text
    evidence = [paragraph(text, evidence_marks(e), e.sentence_start) for e in row.evidence]
    conflicts = [queue_item(c) for c in queue.conflicts_of_claims(session, [row.id])]
    return ClaimPage(claim_view(row), evidence, conflicts)


def source_page(session: Session, source_id: int, limit: int = 300) -> SourcePage:
    entity = browse.source(session, source_id)
    if entity is None:
        raise NotFound(f"no source {source_id}")
    rows = browse.claims_by_source(session, source_id, limit + 1)
    claims = [claim_view(r) for r in rows[:limit]]
    conflicts = [queue_item(c) for c in queue.conflicts_of_claims(session, [c.id for c in claims])]
    return SourcePage(entity.id, entity.name, sorted(a.alias for a in entity.aliases if a.alias != entity.name),
                      claims, conflicts, len(rows) > limit)


def article_page(session: Session, article_id: str) -> ArticlePage:
    row = browse.article(session, article_id)
    if row is None:
        raise NotFound(f"no article {article_id}")
    claim_rows = browse.claims_in_article(session, article_id)
    marks = [m for c in claim_rows for e in c.evidence for m in evidence_marks(e) if m.role != "sentence"]
    conflicts = [queue_item(c) for c in queue.conflicts_of_claims(session, [c.id for c in claim_rows])]
    return ArticlePage(article_info(row), text_paragraphs(row.text, marks), [claim_view(c) for c in claim_rows],
                       conflicts)


def sources_page(session: Session, page: int = 1, per_page: int = 50) -> Listing:
    total = browse.source_count(session)
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    return Listing(browse.sources(session, limit=per_page, offset=(page - 1) * per_page), total, page, per_page)


def articles_page(session: Session, page: int = 1, per_page: int = 50) -> Listing:
    total = browse.article_count(session)
    page = max(1, min(page, max(1, math.ceil(total / per_page))))
    rows = [(article_info(a), n) for a, n in browse.articles(session, limit=per_page, offset=(page - 1) * per_page)]
    return Listing(rows, total, page, per_page)


def filter_choices(session: Session) -> dict[str, list[str]]:
    """Suggestions for the queue's filter fields."""
    return {"sources": browse.source_names(session), "subjects": browse.subject_keys(session),
            "reviewers": reviewers(session)}


# --- export -------------------------------------------------------------------------------------------


def export_status(fmt: str, status: str | None) -> str | None:
    """ClaimReview is what gets published, so it holds only confirmed conflicts unless asked otherwise."""
    if status in (None, "") and fmt == "claimreview":
        return "confirmed"
    return None if status in (None, "", "all") else status


def export(session: Session, fmt: str, *, status: str | None = None, base_url: str = "http://127.0.0.1:8000",
           publisher: str | None = None, role: str | None = None) -> str:
    """The conflicts with a status (default: all; ClaimReview: confirmed) as JSON, CSV or ClaimReview JSON-LD."""
    from . import export as formats
    from .serialize import conflict_json

    require(role, "export")
    if fmt not in EXPORT_FORMATS:
        raise InvalidChange(f"export formats are {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    status = export_status(fmt, status)
    if status and status not in STATUSES:
        raise InvalidChange(f"a status is one of {', '.join(STATUSES)}, not {status!r}")
    filters = ConflictFilter(status=status)
    rows = queue.every(session, filters)
    histories = events_for_many(session, select(ConflictRow.id).where(*queue.conditions(filters)))
    records = [{**conflict_json(row), "assignee": row.assignee, "version": row.version,
                "history": [formats.event_json(event_view(e)) for e in histories.get(row.id, [])]} for row in rows]
    if fmt == "json":
        return formats.as_json(records)
    if fmt == "csv":
        return formats.as_csv(records)
    return formats.as_claimreview(records, base_url=base_url, publisher=publisher)
