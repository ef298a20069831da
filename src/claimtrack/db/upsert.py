"""INSERT ... ON CONFLICT for the databases claimtrack runs on, and the locks that let several ingest
processes share one database: what another process stored first is kept, never duplicated."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session


def insert_for(session: Session):
    """The `insert` of the session's dialect, which knows `on_conflict_do_nothing` / `_do_update`."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - claimtrack supports SQLite and PostgreSQL
        raise RuntimeError(f"claimtrack does not support {name} databases")
    return insert


def insert_ignore(session: Session, model, rows: list[dict], keys: Iterable[str]) -> int:
    """Insert rows, leaving alone any that another transaction already stored under the same keys.
    Returns how many were inserted. On PostgreSQL a row another transaction is still inserting makes this
    one wait for it, then skip."""
    if not rows:
        return 0
    keys = list(keys)
    table = model.__table__  # a plain insert of many rows: compiled once and cached, no ORM bookkeeping
    statement = (insert_for(session)(table).on_conflict_do_nothing(index_elements=keys)
                 .returning(*(table.c[key] for key in keys)))  # rowcount is not reliable here
    return len(session.execute(statement, rows).all())


def lock_keys(session: Session, keys: Iterable[str]) -> None:
    """Hold, until the transaction ends, a lock on each key, e.g. "subject:abductee" (PostgreSQL advisory
    locks; SQLite has one writer at a time anyway). All in one statement, taken in a fixed order, so two
    transactions cannot deadlock on them; keys this transaction already holds cost nothing."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    held_by, held = session.info.get("claimtrack_locks", (None, frozenset()))
    held = held if held_by is transaction else frozenset()
    wanted = sorted(set(keys) - held)
    if not wanted:
        return
    session.execute(text(
        "SELECT count(pg_advisory_xact_lock(h)) FROM "
        "(SELECT DISTINCT hashtext(k) AS h FROM unnest(CAST(:keys AS text[])) AS k ORDER BY h) AS ordered"),
        {"keys": wanted})
    session.info["claimtrack_locks"] = (transaction, held | set(wanted))


def forget_held_locks(session: Session) -> None:
    """After rolling back to a savepoint: PostgreSQL releases the locks taken since the savepoint, so they are
    no longer known to be held and are taken again when next needed."""
    session.info.pop("claimtrack_locks", None)
