"""INSERT ... ON CONFLICT for the databases claimtrack runs on, and the locks that let several ingest
processes share one database: what another process stored first is kept, never duplicated."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
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
    statement = (insert_for(session)(model).values(rows).on_conflict_do_nothing(index_elements=keys)
                 .returning(*(getattr(model, key) for key in keys)))  # rowcount is not reliable here
    return len(session.execute(statement).all())


def lock_keys(session: Session, namespace: str, keys: Iterable[str]) -> None:
    """Hold, until the transaction ends, a lock on each key (PostgreSQL advisory locks; SQLite has one writer
    at a time anyway). Taken in sorted order, so two transactions cannot deadlock on them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for key in sorted(set(keys)):
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(f"{namespace}:{key}"))))
