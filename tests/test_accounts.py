"""Accounts on the desk: `claimtrack user`, argon2 hashes, sign-in sessions in secure cookies, roles."""

import re
from contextlib import closing

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from claimtrack import accounts, review
from claimtrack.cli import main
from claimtrack.db.models import ReviewEventRow, UserRow
from claimtrack.web import create_app
from claimtrack.web.auth import MAX_AGE, SessionTokens
from claimtrack.web.server import serving

PASSWORDS = {"Aiko": "aiko-reviews-1", "Chloe": "chloe-edits-22"}


def add_user(db_url, name, role, password):
    return CliRunner().invoke(main, ["user", "add", name, "--role", role, "--password-stdin", "--db", db_url],
                              input=password + "\n", catch_exceptions=False)


@pytest.fixture
def team(desk, desk_url):
    assert add_user(desk_url, "Aiko", "reviewer", PASSWORDS["Aiko"]).exit_code == 0
    assert add_user(desk_url, "Chloe", "editor", PASSWORDS["Chloe"]).exit_code == 0
    return desk


@pytest.fixture
def server(team):
    with serving(create_app(team)) as base_url:
        yield base_url


def csrf(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def signed_in(base_url, name, **headers) -> httpx.Client:
    client = httpx.Client(base_url=base_url, headers=headers)
    page = client.get("/login")
    response = client.post("/login", data={"csrf_token": csrf(page), "name": name, "password": PASSWORDS[name],
                                           "next": "/queue"})
    assert response.status_code == 303 and response.headers["location"] == "/queue", response.text
    return client


def conflict_id(desk, words):
    with desk() as session:
        (item,) = review.queue_page(session, review.ConflictFilter(status=None, text=words)).items
        return item.id


def post_review(client, cid, **fields):
    page = client.get(f"/conflicts/{cid}")
    version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
    return client.post(f"/conflicts/{cid}", data={"csrf_token": csrf(page), "version": version, "queue": "",
                                                  **fields})


# --- the command and the stored hash ---------------------------------------------------------------------


def test_user_add_stores_an_argon2_hash_and_refuses_bad_accounts(desk, desk_url):
    assert add_user(desk_url, "Aiko", "reviewer", "aiko-reviews-1").output.strip() == "added Aiko (reviewer)"
    with desk() as session:
        stored = session.scalar(select(UserRow.password_hash).where(UserRow.name == "Aiko"))
    assert stored.startswith("$argon2id$") and "aiko-reviews-1" not in stored
    again = add_user(desk_url, "Aiko", "editor", "another-password")
    assert again.exit_code == 1 and "already an account named 'Aiko'" in again.output
    assert add_user(desk_url, "Ben", "reviewer", "short").exit_code == 1
    wrong_role = CliRunner().invoke(main, ["user", "add", "Ben", "--role", "admin", "--password-stdin",
                                           "--db", desk_url], input="long-enough-pw\n")
    assert wrong_role.exit_code == 2
    listed = CliRunner().invoke(main, ["user", "list", "--db", desk_url]).output
    assert listed == "Aiko\treviewer\n"


def test_user_add_asks_for_the_password_twice(desk, desk_url):
    result = CliRunner().invoke(main, ["user", "add", "Ben", "--role", "editor", "--db", desk_url],
                                input="ben-checks-33\nben-checks-33\n")
    assert result.exit_code == 0, result.output
    with desk() as session:
        assert accounts.authenticate(session, "Ben", "ben-checks-33").role == "editor"
        assert accounts.authenticate(session, "Ben", "ben-checks-34") is None
        assert accounts.authenticate(session, "Nobody", "ben-checks-33") is None


def test_roles_are_enforced_by_the_review_service(team):
    cid = conflict_id(team, "never entered")
    with pytest.raises(review.Forbidden, match="a reviewer cannot assign conflicts"), team.begin() as session:
        review.assign(session, cid, assignee="Ben", reviewer="Aiko", seen_version=None, role="reviewer")
    with pytest.raises(review.Forbidden, match="a reviewer cannot export reviews"), team() as session:
        review.export(session, "json", role="reviewer")
    with team.begin() as session:
        review.add_note(session, cid, note="checking", reviewer="Aiko", seen_version=None, role="reviewer")
        review.assign(session, cid, assignee="Ben", reviewer="Chloe", seen_version=None, role="editor")
        assert review.export(session, "csv", role="editor")
    with team() as session:
        assert [e.actor for e in review.conflict(session, cid).history] == ["Aiko", "Chloe"]


def test_a_session_token_is_refused_when_forged_expired_or_after_a_password_change(team):
    tokens = SessionTokens(b"k" * 32)
    with team() as session:
        (aiko,) = [u for u in accounts.users(session) if u.name == "Aiko"]
        token = tokens.issue(aiko, now=1_000_000)
        assert tokens.account(session, token, now=1_000_000 + 60) == aiko
        assert tokens.account(session, token, now=1_000_000 + MAX_AGE + 1) is None
        assert tokens.account(session, SessionTokens(b"x" * 32).issue(aiko, now=1_000_000), now=1_000_060) is None
        user_id, issued, signature = token.split(".")
        chloe = next(u for u in accounts.users(session) if u.name == "Chloe")
        assert tokens.account(session, f"{chloe.id}.{issued}.{signature}", now=1_000_060) is None
        session.get(UserRow, aiko.id).password_hash = "$argon2id$changed"
        assert tokens.account(session, token, now=1_000_060) is None


# --- the desk over HTTP ----------------------------------------------------------------------------------


def test_with_accounts_every_page_asks_to_sign_in(server):
    with httpx.Client(base_url=server) as anonymous:
        response = anonymous.get("/queue", params={"kind": "numeric"})
        assert response.status_code == 303
        assert response.headers["location"] == "/login?next=%2Fqueue%3Fkind%3Dnumeric"
        assert anonymous.get("/export.json").status_code == 303
        assert anonymous.post("/conflicts/abcd", data={}).status_code == 303
        page = anonymous.get("/login")
        assert page.status_code == 200 and 'type="password"' in page.text
        wrong = anonymous.post("/login", data={"csrf_token": csrf(page), "name": "Aiko", "password": "guess-guess",
                                               "next": "/queue"})
        assert wrong.status_code == 401 and "Wrong name or password." in wrong.text
        assert "claimtrack_session" not in wrong.headers.get("set-cookie", "")
        no_token = anonymous.post("/login", data={"name": "Aiko", "password": PASSWORDS["Aiko"]})
        assert no_token.status_code == 403


def test_the_session_cookie_is_httponly_samesite_and_secure_over_https(server):
    for proto, secure in (("http", False), ("https", True)):
        client = signed_in(server, "Aiko", **{"x-forwarded-proto": proto})  # as behind a TLS proxy
        cookie = next(c for c in client.cookies.jar if c.name == "claimtrack_session")
        assert cookie.secure is secure
        assert cookie.has_nonstandard_attr("HttpOnly")
        assert cookie.get_nonstandard_attr("SameSite").lower() == "lax"
        client.close()


def test_a_reviewer_decides_as_themselves_but_cannot_assign_or_export(server, team):
    cid = conflict_id(team, "never entered")
    with closing(signed_in(server, "Aiko")) as aiko:
        page = aiko.get(f"/conflicts/{cid}")
        assert "Signed in as <strong>Aiko</strong> (reviewer)" in page.text
        assert 'name="reviewer"' not in page.text and 'value="assign"' not in page.text
        assert "/export.csv" not in aiko.get("/queue").text
        assert aiko.get("/export.csv").status_code == 403
        refused = post_review(aiko, cid, action="assign", assignee="Ben", note="")
        assert refused.status_code == 403 and "a reviewer cannot assign conflicts" in refused.text
        decided = post_review(aiko, cid, action="dismissed", note="different people", reviewer="Mallory")
        assert decided.status_code == 303
    with team() as session:
        events = session.scalars(select(ReviewEventRow).where(ReviewEventRow.conflict_id == cid)).all()
    assert [(e.actor, e.action) for e in events] == [("Aiko", "decide")]


def test_an_editor_assigns_and_exports(server, team):
    cid = conflict_id(team, "never entered")
    with closing(signed_in(server, "Chloe")) as chloe:
        assert "/export.csv" in chloe.get("/queue").text
        assert post_review(chloe, cid, action="assign", assignee="Aiko", note="").status_code == 303
        exported = chloe.get("/export.csv", params={"status": "all"})
        assert exported.status_code == 200 and "never entered" in exported.text
    with team() as session:
        assert review.conflict(session, cid).assignee == "Aiko"


def test_signing_out_ends_the_session_and_next_stays_on_the_desk(server):
    client = signed_in(server, "Aiko")
    page = client.get("/queue")
    assert client.post("/logout", data={"csrf_token": csrf(page)}).headers["location"] == "/login"
    assert client.get("/queue").status_code == 303
    page = client.get("/login")
    away = client.post("/login", data={"csrf_token": csrf(page), "name": "Aiko", "password": PASSWORDS["Aiko"],
                                       "next": "//evil.example/"})
    assert away.headers["location"] == "/queue"
    client.close()


def test_without_accounts_the_desk_stays_in_single_user_local_mode(desk):
    with serving(create_app(desk)) as base_url, httpx.Client(base_url=base_url) as client:
        page = client.get("/queue")
        assert page.status_code == 200 and "/export.csv" in page.text and "Sign out" not in page.text
        assert client.get("/login").headers["location"] == "/queue"
