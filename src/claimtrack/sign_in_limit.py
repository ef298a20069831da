"""The limit on failed sign-ins: after MAX_FAILURES failures for one name, or from one client, within WINDOW,
further attempts are refused (before any password is checked) until the oldest of those failures is WINDOW
old. A name counts against guessing one account's password; a client counts against one machine trying
many names.

The failures are kept in the database rather than in the server's memory, so that every server of a desk
shares them and a restart does not wipe them; each is pruned once it no longer counts."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .db.models import SignInFailureRow

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


class TooManyFailures(Exception):
    """Sign-in refused for now; `minutes` says how long until the next attempt is allowed."""

    def __init__(self, minutes: int):
        self.minutes = minutes
        super().__init__(f"Too many failed attempts; try again in {minutes} minute{'' if minutes == 1 else 's'}.")


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)  # SQLite hands back naive UTC


def _wait_for(session: Session, column, value: str, now: datetime) -> timedelta:
    """How long until fewer than MAX_FAILURES failures with this name (or client) are within the window."""
    recent = session.scalars(select(SignInFailureRow.at).where(column == value, SignInFailureRow.at > now - WINDOW)
                             .order_by(SignInFailureRow.at.desc()).limit(MAX_FAILURES)).all()
    if len(recent) < MAX_FAILURES:
        return timedelta(0)
    # Once the oldest of the last MAX_FAILURES is out of the window, one fewer than the limit remain.
    return _utc(recent[-1]) + WINDOW - now


def check(session: Session, name: str, client: str, now: datetime) -> None:
    """Raises TooManyFailures while the name or the client is over the limit."""
    wait = max(_wait_for(session, SignInFailureRow.name, name[:200], now),
               _wait_for(session, SignInFailureRow.client, client[:100], now))
    if wait > timedelta(0):
        raise TooManyFailures(max(1, math.ceil(wait.total_seconds() / 60)))


def record_failure(session: Session, name: str, client: str, now: datetime) -> bool:
    """Counts a failed sign-in; True when it brings the name or the client to the limit."""
    session.execute(delete(SignInFailureRow).where(SignInFailureRow.at <= now - WINDOW))
    session.add(SignInFailureRow(name=name[:200], client=client[:100], at=now))
    session.flush()
    try:
        check(session, name, client, now)
    except TooManyFailures:
        return True
    return False


def forget(session: Session, name: str) -> None:
    """Drops the failures for a name: after its right password, or when it is given a new one. Failures for
    other names stay, so signing in to one's own account does not clear guesses at someone else's."""
    session.execute(delete(SignInFailureRow).where(SignInFailureRow.name == name[:200]))
