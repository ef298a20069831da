"""Accounts for the web desk: who may sign in, with which role, and what each role may do.

Passwords are hashed with argon2id (argon2-cffi); only the hash is stored. While no account exists the desk
runs in single-user local mode: no sign-in, every action allowed, as on a fact-checker's own machine."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .db.models import UserRow

ROLES = ("reviewer", "editor")
# Reviewers decide and write notes; editors also assign (and reassign) conflicts and export reviews.
PERMISSIONS = {"reviewer": frozenset({"decide", "note"}),
               "editor": frozenset({"decide", "note", "assign", "export"})}
MIN_PASSWORD = 8
MAX_NAME = 200

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_UNKNOWN_USER_HASH = _hasher.hash("no such user: this hash only evens out the time taken")


class AccountError(Exception):
    """An account that cannot be created as asked; the message says why."""


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


def add_user(session: Session, name: str, role: str, password: str) -> Account:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME:
        raise AccountError(f"a name has 1 to {MAX_NAME} characters")
    if role not in ROLES:
        raise AccountError(f"a role is one of {', '.join(ROLES)}, not {role!r}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password has at least {MIN_PASSWORD} characters")
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


def account(session: Session, user_id: int) -> Account | None:
    row = session.get(UserRow, user_id)
    return _account(row) if row else None


def authenticate(session: Session, name: str, password: str) -> Account | None:
    """The account when the name and password match, else None (without saying which was wrong)."""
    row = session.scalar(select(UserRow).where(UserRow.name == " ".join((name or "").split())))
    try:
        _hasher.verify(row.password_hash if row else _UNKNOWN_USER_HASH, password or "")
    except (VerificationError, InvalidHashError):
        return None
    return _account(row) if row else None
