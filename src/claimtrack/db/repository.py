"""Repository functions: domain objects in, domain objects (or rows) out. They never commit; the caller
opens the session at the edge (`with Session.begin() as session:`) and passes it in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session, joinedload, object_session, selectinload

from ..domain import (Article, Attribution, Claim, Conflict, Evidence, Quantity, Stance, StoredClaim, TextSpan,
                      TimeSpan, hash_id)
from .models import (ArticleRow, ClaimRow, ConflictRow, EvidenceRow, IngestErrorRow, ReviewEventRow,
                     SourceAliasRow, SourceEntityRow, utcnow)
from .upsert import insert_for, insert_ignore, lock_keys


@dataclass(frozen=True)
class StoreResult:
    status: str  # new, unchanged, replaced
    claims: list[StoredClaim]
    replaced_articles: tuple[str, ...] = ()  # ids of the earlier versions this article replaced


def article_identity(article: Article) -> str:
    """What stays the same when an article's text is corrected: its id in a feed, else where it came from."""
    return article.external_id or article.origin


def claim_id(article: Article, claim: Claim) -> str:
    # Tied to the article's identity, not its text, so a corrected article keeps the ids (and the reviewed
    # conflicts) of the claims it still makes.
    return hash_id(article_identity(article), repr(claim.fingerprint()))


def article_exists(session: Session, article_id: str) -> bool:
    return session.get(ArticleRow, article_id) is not None


def existing_article_ids(session: Session, article_ids: Iterable[str]) -> set[str]:
    """Which of these articles are stored already: one query for a whole chunk of inputs."""
    return set(_in_chunks(session, select(ArticleRow.id), ArticleRow.id, sorted(set(article_ids))))


def store_article(session: Session, article: Article, claims: Sequence[Claim],
                  entities: dict[str, int] | None = None) -> StoreResult:
    """Insert an article and its claims. The same text again is `unchanged` (also when another process
    stored it a moment ago); a new text from the same place (or with the same feed id) replaces the old
    article (`replaced`): the claims it still makes keep their rows, so the conflicts between them keep
    their review status and history; the claims it no longer makes go, with their conflicts.
    `entities`: the ids of the claims' sources, when the caller looked them up (`source_entities`) for many
    articles at once in this transaction."""
    lock_keys(session, storing_locks(article, claims))
    inserted = insert_ignore(session, ArticleRow, [dict(
        id=article.id, title=article.title, url=article.url, outlet=article.outlet, published=article.published,
        text=article.text, origin=article.origin, external_id=article.external_id, ingested_at=utcnow())], ["id"])
    if not inserted:  # stored already (maybe by another process a moment ago)
        return StoreResult("unchanged", [])
    previous = session.scalars(select(ArticleRow).where(
        ArticleRow.external_id == article.external_id if article.external_id else ArticleRow.origin == article.origin,
        ArticleRow.id != article.id,
    )).all()
    kept = {claim.id: claim for old in previous for claim in old.claims}
    if entities is None:
        entities = source_entities(session, claim_sources(claims))
    stored, new_claims, new_evidence = [], [], []
    row = session.get(ArticleRow, article.id) if kept else None  # only a kept claim needs the row: no query
    for claim in claims:
        cid = claim_id(article, claim)
        values = _claim_values(cid, article.id, entities.get(claim.source_name), claim)
        if cid in kept:
            _update_claim_row(kept.pop(cid), values, _evidence_values(cid, claim), row)
        else:
            new_claims.append(values)
            new_evidence += _evidence_values(cid, claim)
        stored.append(StoredClaim(cid, article.id, article.published, claim, article.title, article.outlet))
    # New rows go in as plain inserts of many rows (no ORM objects to build and track): the same rows, for
    # a fraction of the work, and one round trip each to a database server.
    if new_claims:
        session.execute(insert(ClaimRow.__table__), new_claims)
    if new_evidence:
        session.execute(insert(EvidenceRow.__table__), new_evidence)
    for old in previous:
        session.delete(old)  # with the claims it no longer makes (and their conflicts)
    session.flush()
    return StoreResult("replaced" if previous else "new", stored, tuple(old.id for old in previous))


def claim_sources(claims: Iterable[Claim]) -> list[tuple[str, str | None]]:
    """The (source, as written) pairs of claims, for `source_entities`."""
    return [(c.source_name, c.source_text) for c in claims if c.source_name]


def storing_locks(article: Article, claims: Iterable[Claim]) -> list[str]:
    """The locks `store_article` takes. Two processes storing versions of one article take turns, and so do two
    storing claims on one subject: the second then sees what the first stored (and detects the conflicts between
    them)."""
    return [f"article:{article_identity(article)}", *subject_locks(c.subject_key for c in claims)]


def _update_claim_row(row: ClaimRow, values: dict, evidence: list[dict], article: ArticleRow) -> None:
    """Give a kept claim row the fields and evidence of its new reading, under the new article."""
    for key, value in values.items():
        if key not in ("id", "article_id"):
            setattr(row, key, value)
    row.article = article
    row.evidence.clear()
    object_session(row).flush()  # the old evidence goes before the new takes its (claim, position) places
    row.evidence = [EvidenceRow(**item) for item in evidence]


def source_entities(session: Session, names: Iterable[tuple[str, str | None]]) -> dict[str, int]:
    """Ids of the named sources, with their aliases; those not stored yet are added. Rows another process is
    adding at the same moment are waited for, not duplicated (and taken in sorted order: no deadlock). When
    every name and alias is known already, as in most articles of a growing archive, this is one query."""
    aliases = sorted({(name, (alias or name).strip() or name) for name, alias in names})
    wanted = sorted({name for name, _ in aliases})
    if not wanted:
        return {}
    known = session.execute(
        select(SourceEntityRow.name, SourceEntityRow.id, SourceAliasRow.alias)
        .outerjoin(SourceAliasRow, (SourceAliasRow.entity_id == SourceEntityRow.id)
                   & SourceAliasRow.alias.in_({alias for _, alias in aliases}))
        .where(SourceEntityRow.name.in_(wanted))).all()
    ids = {name: entity_id for name, entity_id, _ in known}
    missing = [name for name in wanted if name not in ids]
    if missing:
        insert_ignore(session, SourceEntityRow, [{"name": name} for name in missing], ["name"])
        ids.update(session.execute(select(SourceEntityRow.name, SourceEntityRow.id)
                                   .where(SourceEntityRow.name.in_(missing))).all())
    have = {(name, alias) for name, _, alias in known if alias is not None}
    insert_ignore(session, SourceAliasRow, [{"entity_id": ids[name], "alias": alias} for name, alias in aliases
                                            if (name, alias) not in have], ["entity_id", "alias"])
    return ids


def _claim_values(cid: str, article_id: str, entity_id: int | None, claim: Claim) -> dict:
    """A claim's row in the claims table, as column values."""
    q, t, s = claim.quantity, claim.time, claim.stance
    return dict(
        id=cid, article_id=article_id, source_entity_id=entity_id,
        source_text=claim.source_text, cue=claim.cue, commitment=claim.commitment, polarity=claim.polarity,
        kind=claim.kind, subject_text=claim.subject_text, subject_key=claim.subject_key,
        predicate_text=claim.predicate_text, predicate_key=claim.predicate_key, hedge=claim.hedge,
        confidence=claim.confidence, own_voice=claim.own_voice, place=claim.place,
        setting="|".join(claim.setting) or None,
        story="|".join(claim.story) or None,
        period_start=claim.period.start if claim.period else None,
        period_end=claim.period.end if claim.period else None,
        period_text=claim.period.text[:200] if claim.period else None,
        period_precision=claim.period.precision if claim.period else None,
        quantity_text=q.text if q else None, quantity_value=q.value if q else None,
        quantity_low=q.low if q else None, quantity_high=q.high if q else None,
        quantity_unit=q.unit if q else None, quantity_approximate=q.approximate if q else None,
        time_text=t.text if t else None, time_start=t.start if t else None, time_end=t.end if t else None,
        time_precision=t.precision if t else None,
        stance_holder=s.holder if s else None, stance_target=s.target if s else None,
        stance_value=s.value if s else None, stance_condition=s.condition if s else None,
    )


def _evidence_values(cid: str, claim: Claim) -> list[dict]:
    """The rows of a claim's evidence in the evidence table, as column values."""
    rows = []
    for position, evidence in enumerate(claim.evidence):
        a = evidence.attribution
        rows.append(dict(
            position=position, sentence=evidence.sentence, sentence_start=evidence.sentence_start,
            source_start=a.source.start if a.source else None, source_end=a.source.end if a.source else None,
            cue_start=a.cue.start, cue_end=a.cue.end, content_start=a.content.start, content_end=a.content.end,
            content_parts=[list(p) for p in a.content_parts] or None,
            claim_id=cid, claim_start=evidence.claim_text.start, claim_end=evidence.claim_text.end,
        ))
    return rows


def to_claim(row: ClaimRow) -> Claim:
    """A stored row back to a domain Claim (spans re-cut from the article text)."""
    text = row.article.text

    def span(start, end):
        return TextSpan(start, end, text[start:end]) if start is not None else None

    evidence = tuple(
        Evidence(e.sentence, e.sentence_start, Attribution(
            source=span(e.source_start, e.source_end), cue=span(e.cue_start, e.cue_end),
            content=span(e.content_start, e.content_end),
            content_parts=tuple(tuple(p) for p in (e.content_parts or ()))),
            claim_text=span(e.claim_start, e.claim_end))
        for e in row.evidence)
    quantity = Quantity(row.quantity_text, row.quantity_value, row.quantity_low, row.quantity_high,
                        row.quantity_unit, bool(row.quantity_approximate)) if row.quantity_text else None
    time = TimeSpan(row.time_text, row.time_start, row.time_end, row.time_precision) if row.time_text else None
    stance = Stance(row.stance_holder or "", row.stance_target or "", row.stance_value,
                    row.stance_condition) if row.stance_value else None
    return Claim(
        source_name=row.source_entity.name if row.source_entity else None, source_text=row.source_text,
        cue=row.cue, commitment=row.commitment, polarity=row.polarity, kind=row.kind,
        subject_text=row.subject_text, subject_key=row.subject_key, predicate_text=row.predicate_text,
        predicate_key=row.predicate_key, evidence=evidence, quantity=quantity, time=time, stance=stance,
        hedge=row.hedge, confidence=row.confidence, own_voice=row.own_voice, place=row.place,
        setting=tuple(row.setting.split("|")) if row.setting else (),
        story=tuple(row.story.split("|")) if row.story else (),
        period=TimeSpan(row.period_text or "", row.period_start, row.period_end, row.period_precision or "range")
        if row.period_start else None,  # rows stored before 0009 kept only the dates
    )


def to_stored(row: ClaimRow) -> StoredClaim:
    return StoredClaim(row.id, row.article_id, row.article.published, to_claim(row), row.article.title,
                       row.article.outlet)


_CLAIM_LOAD = (selectinload(ClaimRow.article), selectinload(ClaimRow.evidence),
               selectinload(ClaimRow.source_entity))


def subject_locks(subject_keys: Iterable[str]) -> list[str]:
    return [f"subject:{key}" for key in subject_keys if key]


def claims_with_subjects(session: Session, subject_keys: Iterable[str]) -> list[StoredClaim]:
    """The stored claims a new claim could conflict with: the ones sharing its (indexed) subject key.

    Locks those subjects until the transaction ends, so two processes storing claims on one subject take
    turns: the second sees the first one's claims, and every conflict between them is found once."""
    keys = sorted({k for k in subject_keys if k})
    if not keys:
        return []
    lock_keys(session, subject_locks(keys))
    # Article, source and evidence in the same query: one round trip to a database server, not four.
    rows = session.scalars(select(ClaimRow).where(ClaimRow.subject_key.in_(keys)).options(
        joinedload(ClaimRow.article), joinedload(ClaimRow.source_entity), joinedload(ClaimRow.evidence)))
    return [to_stored(row) for row in rows.unique()]


def claim_articles(session: Session, subject_keys: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{claim id: (subject key, article id)} of the stored claims on these subjects, with the same locks as
    `claims_with_subjects`: a cheap look at whether claims kept in memory are still what is stored."""
    keys = sorted({k for k in subject_keys if k})
    if not keys:
        return {}
    lock_keys(session, subject_locks(keys))
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(keys), 500):  # under every database's parameter limit
        rows = session.execute(select(ClaimRow.id, ClaimRow.subject_key, ClaimRow.article_id)
                               .where(ClaimRow.subject_key.in_(keys[start:start + 500])))
        found.update({claim: (key, article) for claim, key, article in rows})
    return found


def commit_mark(session: Session) -> tuple[object, int] | None:
    """SQLite: a mark that stays the same for as long as no other connection commits (`PRAGMA data_version`,
    comparable only on one connection, hence a token kept with it), so a single writer can tell that the
    claims it holds in memory are still what is stored without reading them back. None elsewhere."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    token = connection.connection.info.setdefault("claimtrack_connection", object())
    return token, connection.exec_driver_sql("PRAGMA data_version").scalar()


def claims_by_ids(session: Session, claim_ids: Iterable[str]) -> list[StoredClaim]:
    query = select(ClaimRow).options(joinedload(ClaimRow.article), joinedload(ClaimRow.source_entity),
                                     joinedload(ClaimRow.evidence))
    ids = sorted(set(claim_ids))
    rows = []
    for start in range(0, len(ids), 500):  # under every database's parameter limit
        rows.extend(session.scalars(query.where(ClaimRow.id.in_(ids[start:start + 500]))).unique())
    return [to_stored(row) for row in rows]


def all_claims(session: Session) -> list[ClaimRow]:
    return list(session.scalars(select(ClaimRow).options(*_CLAIM_LOAD).join(ArticleRow)
                                .order_by(ArticleRow.published.is_not(None), ArticleRow.published,  # undated first, everywhere
                                          ArticleRow.origin, ClaimRow.id)))


def save_conflicts(session: Session, conflicts: Iterable[Conflict]) -> int:
    """Insert new conflicts; a conflict detected again keeps its review state, and one that comes back after
    its article was re-ingested gets back, from its history, its last decision, its assignee and its version
    (so a view taken before the re-ingestion is still recognised as stale). Returns how many are new."""
    conflicts = list(conflicts)
    ids = [conflict.id for conflict in conflicts]
    existing = {row.id: row for row in _in_chunks(session, select(ConflictRow), ConflictRow.id, ids)}
    states = _review_states(session, [i for i in ids if i not in existing])
    new_rows: dict[str, dict] = {}  # by id: a conflict listed twice is stored once, as last read
    with session.no_autoflush:  # one flush for the lot, not one per lookup
        for conflict in conflicts:
            row = existing.get(conflict.id)
            if row is not None:
                row.score, row.explanation, row.relation = conflict.score, conflict.explanation, conflict.relation
                continue
            status, assignee, version = states.get(conflict.id, (conflict.status, None, 1))
            new_rows[conflict.id] = dict(
                id=conflict.id, claim_a_id=conflict.claim_a, claim_b_id=conflict.claim_b, kind=conflict.kind,
                relation=conflict.relation, score=conflict.score, explanation=conflict.explanation, status=status,
                assignee=assignee, version=version, detected_at=utcnow())
    if new_rows:  # a plain insert of many rows, as for claims
        session.execute(insert(ConflictRow.__table__), list(new_rows.values()))
    session.flush()
    return len(new_rows)


def _review_states(session: Session, conflict_ids: list[str]) -> dict[str, tuple[str, str | None, int]]:
    """(status, assignee, version) from the review history of conflicts that are not stored right now."""
    query = select(ReviewEventRow).order_by(ReviewEventRow.id)
    states: dict[str, tuple[str, str | None, int]] = {}
    for event in _in_chunks(session, query, ReviewEventRow.conflict_id, conflict_ids):
        status, assignee, version = states.get(event.conflict_id, ("open", None, 1))
        if event.action == "decide" and event.to_value:
            status = event.to_value
        elif event.action == "assign":
            assignee = event.to_value
        states[event.conflict_id] = (status, assignee, version + 1)  # every review event bumped the version
    return states


def _in_chunks(session: Session, query, column, values: list, size: int = 500) -> list:
    """Rows whose `column` is among `values`, in queries that stay under every database's parameter limit."""
    rows = []
    for start in range(0, len(values), size):
        rows.extend(session.scalars(query.where(column.in_(values[start:start + size]))))
    return rows


def list_conflicts(session: Session, status: str | None = None, kind: str | None = None) -> list[ConflictRow]:
    query = select(ConflictRow).options(
        selectinload(ConflictRow.claim_a).options(*_CLAIM_LOAD),
        selectinload(ConflictRow.claim_b).options(*_CLAIM_LOAD),
    ).order_by(ConflictRow.score.desc(), ConflictRow.id)
    if status:
        query = query.where(ConflictRow.status == status)
    if kind:
        query = query.where(or_(ConflictRow.kind == kind, ConflictRow.relation == kind))
    return list(session.scalars(query))


def record_error(session: Session, origin: str, reason: str) -> None:
    """The latest reason an input could not be read (one row per input)."""
    statement = insert_for(session)(IngestErrorRow).values(origin=origin, reason=reason, at=utcnow())
    session.execute(statement.on_conflict_do_update(index_elements=["origin"],
                                                    set_={"reason": reason, "at": utcnow()}))


def error_origins(session: Session) -> set[str]:
    return set(session.scalars(select(IngestErrorRow.origin).distinct()))


def clear_errors_for(session: Session, origin: str) -> None:
    session.execute(delete(IngestErrorRow).where(IngestErrorRow.origin == origin))


def clear_errors(session: Session, origins: Sequence[str]) -> None:
    """`clear_errors_for` for many inputs, in one statement per 500."""
    for start in range(0, len(origins), 500):
        session.execute(delete(IngestErrorRow).where(IngestErrorRow.origin.in_(origins[start:start + 500])))
