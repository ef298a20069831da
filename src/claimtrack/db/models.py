"""SQLAlchemy 2.0 typed models. The schema itself is created and upgraded by Alembic migrations."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hash of the text
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[Optional[str]] = mapped_column(Text)
    outlet: Mapped[Optional[str]] = mapped_column(String(200))
    published: Mapped[Optional[date]] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text, index=True)
    external_id: Mapped[Optional[str]] = mapped_column(String(200), index=True)  # a feed's id, for corrections
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claims: Mapped[list[ClaimRow]] = relationship(back_populates="article", cascade="all, delete-orphan")


class SourceEntityRow(Base):
    __tablename__ = "source_entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)

    aliases: Mapped[list[SourceAliasRow]] = relationship(back_populates="entity", cascade="all, delete-orphan")


class SourceAliasRow(Base):
    __tablename__ = "source_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("source_entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))

    entity: Mapped[SourceEntityRow] = relationship(back_populates="aliases")


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hash of article id and claim fingerprint
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    source_entity_id: Mapped[Optional[int]] = mapped_column(ForeignKey("source_entities.id"), index=True)
    source_text: Mapped[Optional[str]] = mapped_column(Text)
    cue: Mapped[str] = mapped_column(String(100))
    commitment: Mapped[str] = mapped_column(String(20))
    polarity: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    subject_text: Mapped[str] = mapped_column(Text)
    subject_key: Mapped[str] = mapped_column(String(200), index=True)  # the key conflicts are looked up by
    predicate_text: Mapped[str] = mapped_column(String(200))
    predicate_key: Mapped[str] = mapped_column(String(100))
    hedge: Mapped[Optional[str]] = mapped_column(String(50))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    own_voice: Mapped[bool] = mapped_column(default=False)
    place: Mapped[Optional[str]] = mapped_column(String(200))
    setting: Mapped[Optional[str]] = mapped_column(String(400))  # the article's places, "|"-separated
    story: Mapped[Optional[str]] = mapped_column(String(400))  # the names the article repeats, "|"-separated
    period_start: Mapped[Optional[date]] = mapped_column(Date)
    period_end: Mapped[Optional[date]] = mapped_column(Date)
    period_text: Mapped[Optional[str]] = mapped_column(String(200))  # "by Saturday": what the dates alone do not say
    period_precision: Mapped[Optional[str]] = mapped_column(String(20))  # "year", "range"...
    quantity_text: Mapped[Optional[str]] = mapped_column(String(200))
    quantity_value: Mapped[Optional[float]] = mapped_column(Float)
    quantity_low: Mapped[Optional[float]] = mapped_column(Float)
    quantity_high: Mapped[Optional[float]] = mapped_column(Float)
    quantity_unit: Mapped[Optional[str]] = mapped_column(String(20))
    quantity_approximate: Mapped[Optional[bool]] = mapped_column()
    time_text: Mapped[Optional[str]] = mapped_column(String(200))
    time_start: Mapped[Optional[date]] = mapped_column(Date)
    time_end: Mapped[Optional[date]] = mapped_column(Date)
    time_precision: Mapped[Optional[str]] = mapped_column(String(20))
    stance_holder: Mapped[Optional[str]] = mapped_column(String(300))
    stance_target: Mapped[Optional[str]] = mapped_column(Text)
    stance_value: Mapped[Optional[str]] = mapped_column(String(20))
    stance_condition: Mapped[Optional[str]] = mapped_column(Text)

    article: Mapped[ArticleRow] = relationship(back_populates="claims")
    source_entity: Mapped[Optional[SourceEntityRow]] = relationship()
    evidence: Mapped[list[EvidenceRow]] = relationship(back_populates="claim", cascade="all, delete-orphan",
                                                       order_by="EvidenceRow.position")


class EvidenceRow(Base):
    """Where a claim was read: its sentence and the attribution's character offsets in the article."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("claim_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    source_start: Mapped[Optional[int]] = mapped_column(Integer)
    source_end: Mapped[Optional[int]] = mapped_column(Integer)
    cue_start: Mapped[int] = mapped_column(Integer)
    cue_end: Mapped[int] = mapped_column(Integer)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    content_parts: Mapped[Optional[list]] = mapped_column(JSON)
    claim_start: Mapped[int] = mapped_column(Integer)  # the words of the content that carry this claim
    claim_end: Mapped[int] = mapped_column(Integer)

    claim: Mapped[ClaimRow] = relationship(back_populates="evidence")


class ConflictRow(Base):
    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("claim_a_id", "claim_b_id", "kind"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hash of both claim ids and the kind
    # Looked up by claim_a_id through the unique index above, which begins with it.
    claim_a_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    claim_b_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    relation: Mapped[str] = mapped_column(String(20), default="contradiction")
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    assignee: Mapped[Optional[str]] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)  # bumped by every review event
    detected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claim_a: Mapped[ClaimRow] = relationship(foreign_keys=[claim_a_id])
    claim_b: Mapped[ClaimRow] = relationship(foreign_keys=[claim_b_id])


class ReviewEventRow(Base):
    """Append-only history of decisions, notes and assignments.

    Deliberately not a foreign key: conflict ids are derived from their claims, so when an article is
    re-ingested and the conflict is detected again it finds its history (and its decision) again."""

    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conflict_id: Mapped[str] = mapped_column(String(32), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))  # decide, note, assign
    from_value: Mapped[Optional[str]] = mapped_column(String(200))
    to_value: Mapped[Optional[str]] = mapped_column(String(200))
    note: Mapped[Optional[str]] = mapped_column(Text)


class IngestErrorRow(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(Text, unique=True)  # the latest failure of each input
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UserRow(Base):
    """An account on the web desk. Without any, the desk runs in single-user local mode."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # reviewer or editor
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, never the password
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SignInFailureRow(Base):
    """A failed sign-in on the desk, kept while it counts towards the limit on failed attempts (then pruned).
    Only the name tried and the client's address: never the password."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # as typed: an unknown name counts too
    client: Mapped[str] = mapped_column(String(100), index=True)  # the client's IP address
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
