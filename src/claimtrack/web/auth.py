"""Sign-in sessions for the desk when accounts exist: a signed cookie naming the account, checked on every
request against the database (so a changed password or a removed account ends its sessions at once).

The cookie is HttpOnly (no script can read it), SameSite=Lax (another site cannot post with it) and Secure
when the desk is served over https. It carries no password and no role: only the account id, when it was
issued, and an HMAC over those and the account's password hash."""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import quote

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..accounts import Account, account, accounts_exist

COOKIE = "claimtrack_session"
MAX_AGE = 12 * 3600  # a working day; then sign in again
PUBLIC_PATHS = ("/login", "/static/")


class SessionTokens:
    def __init__(self, secret: bytes):
        self._key = hmac.new(secret, b"claimtrack sign-in sessions", hashlib.sha256).digest()

    def _sign(self, user_id: int, issued: int, stamp: str) -> str:
        return hmac.new(self._key, f"{user_id}.{issued}.{stamp}".encode(), hashlib.sha256).hexdigest()

    def issue(self, user: Account, now: float | None = None) -> str:
        issued = int(now if now is not None else time.time())
        return f"{user.id}.{issued}.{self._sign(user.id, issued, user.stamp)}"

    def account(self, session: Session, token: str | None, now: float | None = None) -> Account | None:
        """The signed-in account, or None for a missing, forged, expired or outdated token."""
        try:
            user_id, issued, signature = (token or "").split(".")
            user_id, issued = int(user_id), int(issued)
        except ValueError:
            return None
        if not 0 <= (now if now is not None else time.time()) - issued <= MAX_AGE:
            return None
        user = account(session, user_id)
        if user is None or not hmac.compare_digest(signature, self._sign(user_id, issued, user.stamp)):
            return None
        return user


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(COOKIE, token, max_age=MAX_AGE, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https")


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(COOKIE, httponly=True, samesite="lax", secure=request.url.scheme == "https")


class SignIn:
    """ASGI middleware: finds who is signed in (`request.state.account`) and whether the desk has accounts
    (`request.state.accounts`); with accounts, every page but the sign-in page needs a signed-in user."""

    def __init__(self, app, sessions: sessionmaker[Session], tokens: SessionTokens):
        self.app, self.sessions, self.tokens = app, sessions, tokens

    def _resolve(self, token: str | None) -> tuple[bool, Account | None]:
        with self.sessions() as session:
            if not accounts_exist(session):
                return False, None
            return True, self.tokens.account(session, token)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        path = request.url.path
        if path.startswith("/static/"):
            return await self.app(scope, receive, send)
        with_accounts, user = await run_in_threadpool(self._resolve, request.cookies.get(COOKIE))
        scope.setdefault("state", {}).update(accounts=with_accounts, account=user)
        if with_accounts and user is None and not path.startswith(PUBLIC_PATHS):
            target = path + (f"?{request.url.query}" if request.url.query else "")
            response = RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
            return await response(scope, receive, send)
        await self.app(scope, receive, send)
