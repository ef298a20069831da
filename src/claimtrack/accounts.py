"""Accounts for the web desk: who may sign in, with which role, and what each role may do.

Passwords are hashed with argon2id (argon2-cffi); only the hash is stored. While no account exists the desk
runs in single-user local mode: no sign-in, every action allowed, as on a fact-checker's own machine.
Failed sign-ins are limited (see sign_in_limit); a refusal is logged, never with the password."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import sign_in_limit
from .db.models import UserRow, utcnow
from .sign_in_limit import TooManyFailures

ROLES = ("reviewer", "editor")
# Reviewers decide and write notes; editors also assign (and reassign) conflicts and export reviews.
PERMISSIONS = {"reviewer": frozenset({"decide", "note"}),
               "editor": frozenset({"decide", "note", "assign", "export"})}
MIN_PASSWORD = 8
MAX_NAME = 200

log = logging.getLogger(__name__)
_hasher = PasswordHasher()


@lru_cache(maxsize=1)  # hashed on the first sign-in, not on every start of the command line
def _unknown_user_hash() -> str:
    """Verified against when the name is unknown, so a wrong name takes as long as a wrong password."""
    return _hasher.hash("no such user: this hash only evens out the time taken")


class AccountError(Exception):
    """An account that cannot be added, changed or removed as asked; the message says why."""


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    role: str
    stamp: str  # changes when the password does: sign-in sessions are tied to it

    def can(self, action: str) -> bool:
        return allowed(self.role, action)


def allowed(role: str | None, action: str) -> bool:
    """Whether a role may do an action; no role (local mode, or the command line) may do everything."""
    return role is None or action in PERMISSIONS.get(role, frozenset())


def _account(row: UserRow) -> Account:
    return Account(row.id, row.name, row.role, row.password_hash)


def accounts_exist(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(UserRow)) > 0


def _clean_name(name: str | None) -> str:
    return " ".join((name or "").split())


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password has at least {MIN_PASSWORD} characters")


def _row(session: Session, name: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.name == _clean_name(name)))
    if row is None:
        raise AccountError(f"there is no account named {_clean_name(name)!r}")
    return row


def add_user(session: Session, name: str, role: str, password: str) -> Account:
    name = _clean_name(name)
    if not name or len(name) > MAX_NAME:
        raise AccountError(f"a name has 1 to {MAX_NAME} characters")
    if role not in ROLES:
        raise AccountError(f"a role is one of {', '.join(ROLES)}, not {role!r}")
    _check_password(password)
    if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
        raise AccountError(f"there is already an account named {name!r}")
    row = UserRow(name=name, role=role, password_hash=_hasher.hash(password))
    session.add(row)
    try:
        session.flush()
    except IntegrityError:  # added by someone else at the same moment
        raise AccountError(f"there is already an account named {name!r}") from None
    return _account(row)


def users(session: Session) -> list[Account]:
    return [_account(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]


def named(session: Session, name: str) -> Account:
    """The account with this name; AccountError when there is none."""
    return _account(_row(session, name))


def account(session: Session, user_id: int) -> Account | None:
    row = session.get(UserRow, user_id)
    return _account(row) if row else None


def authenticate(session: Session, name: str, password: str) -> Account | None:
    """The account when the name and password match, else None (without saying which was wrong)."""
    row = session.scalar(select(UserRow).where(UserRow.name == _clean_name(name)))
    try:
        _hasher.verify(row.password_hash if row else _unknown_user_hash(), password or "")
    except (VerificationError, InvalidHashError):
        return None
    return _account(row) if row else None


def sign_in(session: Session, name: str, password: str, client: str, now: datetime | None = None) -> Account | None:
    """`authenticate`, within the limit on failed attempts: raises TooManyFailures while the name or the
    client is over it (even with the right password, or guessing could go on). Needs a writable session."""
    name, now = _clean_name(name), now or utcnow()
    try:
        sign_in_limit.check(session, name, client, now)
    except TooManyFailures:
        log.warning("sign-in refused for %r from %s: too many failed attempts", name, client)
        raise
    user = authenticate(session, name, password)
    if user is not None:
        sign_in_limit.forget(session, name)
    elif sign_in_limit.record_failure(session, name, client, now):
        log.warning("sign-in locked for %r from %s after too many failed attempts", name, client)
    return user


def set_password(session: Session, name: str, password: str) -> Account:
    """A new password: the old one, and every session signed in with it, stop working (sessions are tied to
    the hash). It also lifts a lock on the name, as an editor resetting a password would expect."""
    _check_password(password)
    row = _row(session, name)
    row.password_hash = _hasher.hash(password)
    session.flush()
    sign_in_limit.forget(session, row.name)
    return _account(row)


def remove_user(session: Session, name: str, *, allow_local_mode: bool = False) -> Account:
    """Removes an account: it can no longer sign in and its sessions end at once. Review events keep its name
    (they store names, not accounts). Removing the last account would reopen the desk to anyone (single-user
    local mode), so that needs `allow_local_mode`."""
    row = _row(session, name)
    if not allow_local_mode and session.scalar(select(func.count()).select_from(UserRow)) == 1:
        raise AccountError(f"{row.name} is the last account: without accounts the desk runs in single-user "
                           "local mode, open to anyone who reaches it; add another account first, or pass "
                           "--allow-local-mode")
    removed = _account(row)
    session.execute(delete(UserRow).where(UserRow.id == row.id))
    return removed
