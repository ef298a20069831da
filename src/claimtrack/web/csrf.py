"""CSRF tokens (signed double submit): the same token rides in a cookie and in every form; a POST is
accepted only when both are present, equal, and signed with this server's secret. Another site can make
a browser send the cookie, but cannot read it to put it in the form, nor forge one that verifies."""

from __future__ import annotations

import hashlib
import hmac
import secrets

COOKIE = "claimtrack_csrf"
FIELD = "csrf_token"


class CsrfTokens:
    def __init__(self, secret: bytes | None = None):
        self._secret = secret or secrets.token_bytes(32)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self._secret, nonce.encode(), hashlib.sha256).hexdigest()

    def new(self) -> str:
        nonce = secrets.token_urlsafe(24)
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, token: str | None) -> bool:
        nonce, _, signature = (token or "").partition(".")
        return bool(nonce) and hmac.compare_digest(signature, self._sign(nonce))

    def accepts(self, cookie_token: str | None, form_token: str | None) -> bool:
        if not cookie_token or not form_token:
            return False
        return hmac.compare_digest(cookie_token, form_token) and self.valid(cookie_token)
