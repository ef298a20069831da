"""The desk's routes: GET pages are read through the review service, POSTs go to its decide, note and assign
functions. Every page is rendered by Jinja2 with autoescaping on, so article text (untrusted) is always
shown as text; every POST must carry the CSRF token of the page it came from."""

from __future__ import annotations

import os
import re
import secrets
from importlib import resources
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import jinja2
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import accounts, review
from ..review import ConflictFilter, Forbidden, InvalidChange, NotFound, ReviewError, StaleView
from . import params
from .chart import timeline_chart
from .auth import SessionTokens, SignIn, clear_session_cookie, set_session_cookie
from .csrf import COOKIE as CSRF_COOKIE, FIELD as CSRF_FIELD, CsrfTokens

REVIEWER_COOKIE = "claimtrack_reviewer"
EXPORT_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8", "claimreview": "application/ld+json"}

# No inline script or style may run: even if some text escaped escaping, the browser would not execute it.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response (a plain ASGI middleware: cheap on every request)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def safe_href(url: str | None) -> str | None:
    """An article's own URL as a link only when it is http(s): a `javascript:` URL stays text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("claimtrack.web") / "templates")),
        autoescape=True,  # every template, whatever its name: nothing reaches the page unescaped
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_href"] = safe_href
    env.filters["status_label"] = lambda s: review.STATUS_LABELS.get(s, s)
    env.globals.update(query_string=params.query_string, statuses=review.STATUSES, kinds=review.KIND_FILTERS,
                       status_labels=review.STATUS_LABELS, decisions=review.DECISIONS)
    return env


_ID = re.compile(r"^[0-9a-f]{1,32}$")


def remembered_reviewer(request: Request) -> str:
    # Percent-encoded: a cookie carries only ASCII, names do not ("Aïko Ōta").
    return unquote(request.cookies.get(REVIEWER_COOKIE, ""))


def remember_reviewer(response: Response, name: str) -> None:
    response.set_cookie(REVIEWER_COOKIE, quote(" ".join(name.split())[:200], safe=""), samesite="lax",
                        max_age=365 * 24 * 3600)


def signed_in(request: Request) -> accounts.Account | None:
    """The signed-in account; None in single-user local mode (no accounts)."""
    return getattr(request.state, "account", None)


def _role(request: Request) -> str | None:
    user = signed_in(request)
    return user.role if user else None


def _client(request: Request) -> str:
    """The client's address, for the limit on failed sign-ins. Behind a proxy, uvicorn takes it from
    X-Forwarded-For when the proxy is trusted (FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else "unknown"


def _next_path(value: str | None) -> str:
    """Where to go after signing in: a path on this desk only (never another site)."""
    value = value or ""
    return value if value.startswith("/") and not value.startswith(("//", "/\\")) else "/queue"


def _done(query) -> dict | None:
    """The decision just recorded (after the redirect), to confirm it to the reviewer; only well-formed values."""
    decided, status = query.get("decided", ""), query.get("as", "")
    if _ID.match(decided) and status in review.DECISIONS:
        return {"id": decided, "status": status}
    return None


class Desk:
    def __init__(self, sessions: sessionmaker[Session], secret: bytes):
        self.sessions = sessions
        self.templates = _templates()
        self.csrf = CsrfTokens(secret)
        self.tokens = SessionTokens(secret)

    # --- rendering ------------------------------------------------------------------------------------

    def render(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        token = request.cookies.get(CSRF_COOKIE)
        fresh = not self.csrf.valid(token)
        if fresh:
            token = self.csrf.new()
        user = signed_in(request)
        html = self.templates.get_template(template).render(
            request_path=request.url.path, csrf_field=CSRF_FIELD, csrf_token=token, account=user,
            reviewer=user.name if user else remembered_reviewer(request),
            can=lambda action: accounts.allowed(user.role if user else None, action), **context)
        response = HTMLResponse(html, status_code=status_code)
        if fresh:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict")
        return response

    def problem(self, request: Request, status_code: int, message: str, history=()) -> HTMLResponse:
        return self.render(request, "problem.html", status_code, message=message, history=list(history))

    async def read(self, function, *args, **kwargs):
        """Run a read-only service call in a worker thread with its own session."""
        def call():
            with self.sessions() as session:
                return function(session, *args, **kwargs)
        return await run_in_threadpool(call)

    # --- pages ----------------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        return RedirectResponse("/queue", status_code=302)

    async def queue(self, request: Request) -> Response:
        filters, problems = params.read_filters(request.query_params)
        page = params.read_page(request.query_params)

        def load(session):
            return review.queue_page(session, filters, page), review.filter_choices(session)

        result, choices = await self.read(load)
        return self.render(request, "queue.html", page=result, filters=filters, problems=problems,
                           choices=choices, done=_done(request.query_params))

    async def conflict(self, request: Request) -> Response:
        filters, problems = params.read_filters(request.query_params)
        return await self.conflict_page(request, filters, problems=problems, done=_done(request.query_params))

    async def conflict_page(self, request: Request, filters: ConflictFilter, *, problems=(), done=None,
                            error: str = "", draft: dict | None = None, status_code: int = 200) -> Response:
        try:
            view = await self.read(review.conflict, request.path_params["conflict_id"], filters)
        except NotFound as exc:
            return self.problem(request, 404, str(exc), exc.history)
        return self.render(request, "conflict.html", status_code, conflict=view, filters=filters,
                           problems=list(problems), chart=timeline_chart(view.timeline), error=error,
                           draft=draft or {}, done=done)

    async def claim(self, request: Request) -> Response:
        try:
            page = await self.read(review.claim_page, request.path_params["claim_id"])
        except NotFound as exc:
            return self.problem(request, 404, str(exc))
        return self.render(request, "claim.html", page=page)

    async def source(self, request: Request) -> Response:
        try:
            page = await self.read(review.source_page, request.path_params["source_id"])
        except NotFound as exc:
            return self.problem(request, 404, str(exc))
        return self.render(request, "source.html", page=page)

    async def sources(self, request: Request) -> Response:
        listing = await self.read(review.sources_page, params.read_page(request.query_params))
        return self.render(request, "sources.html", listing=listing)

    async def article(self, request: Request) -> Response:
        try:
            page = await self.read(review.article_page, request.path_params["article_id"])
        except NotFound as exc:
            return self.problem(request, 404, str(exc))
        return self.render(request, "article.html", page=page)

    async def articles(self, request: Request) -> Response:
        listing = await self.read(review.articles_page, params.read_page(request.query_params))
        return self.render(request, "articles.html", listing=listing)

    async def export(self, request: Request) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in EXPORT_TYPES:
            return self.problem(request, 404, f"no export format {fmt!r}")
        base_url = str(request.base_url).rstrip("/")
        try:
            body = await self.read(review.export, fmt, status=request.query_params.get("status"), base_url=base_url,
                                   role=_role(request))
        except Forbidden as exc:
            return self.problem(request, 403, f"Refused: {exc}.")
        except ReviewError as exc:
            return self.problem(request, 400, str(exc))
        filename = f"conflicts.{'jsonld' if fmt == 'claimreview' else fmt}"
        return Response(body, media_type=EXPORT_TYPES[fmt],
                        headers={"content-disposition": f'attachment; filename="{filename}"'})

    # --- the review form --------------------------------------------------------------------------------

    async def act(self, request: Request) -> Response:
        """One form, several buttons: confirm, dismiss, needs more information, reopen, add a note, assign."""
        form = await request.form()
        if not self.csrf.accepts(request.cookies.get(CSRF_COOKIE), form.get(CSRF_FIELD)):
            return self.problem(request, 403, "Refused: this form did not come from this desk, or it has expired. "
                                              "Reload the page and try again.")
        conflict_id = request.path_params["conflict_id"]
        action = str(form.get("action") or "")
        user = signed_in(request)
        # Signed in, you act as yourself: the form cannot name someone else.
        reviewer = user.name if user else str(form.get("reviewer") or remembered_reviewer(request))
        role = user.role if user else None
        note, assignee = str(form.get("note") or ""), str(form.get("assignee") or "")
        draft = {"note": note, "assignee": assignee, "reviewer": reviewer}
        # The filters the reviewer came from ride along, so the next page is the next in *their* queue.
        back = dict(parse_qsl(str(form.get("queue") or "")))
        filters, _ = params.read_filters(back)
        try:
            seen_version = int(str(form.get("version") or ""))
        except ValueError:
            return self.problem(request, 400, "Refused: the form does not say which version of the conflict you saw.")

        def change(session: Session):
            if action in review.DECISIONS:
                review.decide(session, conflict_id, status=action, note=note, reviewer=reviewer,
                              seen_version=seen_version, role=role)
                return review.next_in_queue(session, conflict_id, filters)
            if action == "note":
                review.add_note(session, conflict_id, note=note, reviewer=reviewer, seen_version=seen_version,
                                role=role)
            elif action == "assign":
                review.assign(session, conflict_id, assignee=assignee, reviewer=reviewer, note=note,
                              seen_version=seen_version, role=role)
            else:
                raise InvalidChange(f"unknown action {action!r}")
            return None

        def run():
            with self.sessions.begin() as session:
                return change(session)

        try:
            next_id = await run_in_threadpool(run)
        except StaleView as exc:
            return await self.conflict_page(request, filters, error=str(exc), draft=draft, status_code=409)
        except Forbidden as exc:
            return await self.conflict_page(request, filters, error=f"Not saved: {exc}.", draft=draft,
                                            status_code=403)
        except InvalidChange as exc:
            return await self.conflict_page(request, filters, error=f"Not saved: {exc}.", draft=draft,
                                            status_code=400)
        except NotFound as exc:
            return self.problem(request, 404, str(exc), exc.history)
        if action in review.DECISIONS:
            done = {"decided": conflict_id, "as": action}
            target = f"/conflicts/{next_id}" if next_id else "/queue"
        else:
            done, target = {}, f"/conflicts/{conflict_id}"
        response = RedirectResponse(target + params.query_string(filters, **done) +
                                    ("" if action in review.DECISIONS else "#history"), status_code=303)
        if user is None:
            remember_reviewer(response, reviewer)
        return response

    # --- signing in and out (only when accounts exist) -------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        if not request.state.accounts or signed_in(request):
            return RedirectResponse(_next_path(request.query_params.get("next")), status_code=303)
        return self.render(request, "login.html", next=_next_path(request.query_params.get("next")), name="",
                           error="")

    async def login(self, request: Request) -> Response:
        form = await request.form()
        target = _next_path(str(form.get("next") or ""))
        if not self.csrf.accepts(request.cookies.get(CSRF_COOKIE), form.get(CSRF_FIELD)):
            return self.problem(request, 403, "Refused: this form did not come from this desk, or it has expired. "
                                              "Reload the page and try again.")
        name, password = str(form.get("name") or ""), str(form.get("password") or "")
        try:
            user = await run_in_threadpool(self._sign_in, name, password, _client(request))
        except accounts.TooManyFailures as exc:
            response = self.render(request, "login.html", 429, next=target, name=name, error=str(exc))
            response.headers["retry-after"] = str(exc.minutes * 60)
            return response
        if user is None:
            return self.render(request, "login.html", 401, next=target, name=name,
                               error="Wrong name or password.")
        response = RedirectResponse(target, status_code=303)
        set_session_cookie(request, response, self.tokens.issue(user))
        return response

    def _sign_in(self, name: str, password: str, client: str) -> accounts.Account | None:
        with self.sessions.begin() as session:  # writes: failures count towards the limit
            return accounts.sign_in(session, name, password, client)

    async def logout(self, request: Request) -> Response:
        form = await request.form()
        if not self.csrf.accepts(request.cookies.get(CSRF_COOKIE), form.get(CSRF_FIELD)):
            return self.problem(request, 403, "Refused: this form did not come from this desk. Reload and try again.")
        response = RedirectResponse("/login", status_code=303)
        clear_session_cookie(request, response)
        return response


def desk_secret() -> bytes:
    """Signs sessions and CSRF tokens: `CLAIMTRACK_SECRET` (the same for every server of one desk, so that a
    restart or a second server keeps people signed in), else a new random one for this process."""
    configured = os.environ.get("CLAIMTRACK_SECRET", "")
    return configured.encode() if configured else secrets.token_bytes(32)


def create_app(sessions: sessionmaker[Session], *, secret: bytes | None = None) -> Starlette:
    desk = Desk(sessions, secret or desk_secret())
    static = StaticFiles(directory=str(resources.files("claimtrack.web") / "static"))
    routes = [
        Route("/", desk.home),
        Route("/queue", desk.queue),
        Route("/conflicts/{conflict_id}", desk.conflict, methods=["GET"]),
        Route("/conflicts/{conflict_id}", desk.act, methods=["POST"]),
        Route("/claims/{claim_id}", desk.claim),
        Route("/sources", desk.sources),
        Route("/sources/{source_id:int}", desk.source),
        Route("/articles", desk.articles),
        Route("/articles/{article_id}", desk.article),
        Route("/export.{fmt}", desk.export),
        Route("/login", desk.login_page, methods=["GET"]),
        Route("/login", desk.login, methods=["POST"]),
        Route("/logout", desk.logout, methods=["POST"]),
        Mount("/static", static, name="static"),
    ]

    async def not_found(request, exc):
        return desk.problem(request, getattr(exc, "status_code", 404),
                            "Nothing here." if getattr(exc, "status_code", 404) == 404 else str(exc.detail))

    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})
    app.add_middleware(SignIn, sessions=sessions, tokens=desk.tokens)
    app.add_middleware(SecurityHeaders)  # added last: outermost, so redirects to the sign-in page get them too
    return app
