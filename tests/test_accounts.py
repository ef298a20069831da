"""Accounts on the desk: `claimtrack user`, argon2 hashes, sign-in sessions in secure cookies, roles."""

import logging
import re
from contextlib import closing
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from claimtrack import accounts, review
from claimtrack.cli import main
from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
from claimtrack.db.models import ReviewEventRow, SignInFailureRow, UserRow
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


# --- changing passwords and removing accounts ------------------------------------------------------------


def user_command(db_url, *args, password=None):
    return CliRunner().invoke(main, ["user", *args, "--db", db_url],
                              input=None if password is None else password + "\n")


def test_user_passwd_replaces_the_password_and_ends_the_sessions(server, team, desk_url):
    with closing(signed_in(server, "Aiko")) as aiko:
        changed = user_command(desk_url, "passwd", "Aiko", "--password-stdin", password="aiko-new-words-2")
        assert changed.exit_code == 0, changed.output
        assert changed.output == "changed the password of Aiko; their sessions have ended\n"
        assert "aiko-new-words-2" not in changed.output
        assert aiko.get("/queue").status_code == 303  # back to the sign-in page
    with team() as session:
        assert accounts.authenticate(session, "Aiko", PASSWORDS["Aiko"]) is None
        assert accounts.authenticate(session, "Aiko", "aiko-new-words-2").role == "reviewer"
        assert accounts.authenticate(session, "Chloe", PASSWORDS["Chloe"]) is not None  # others untouched


def test_user_passwd_asks_twice_and_refuses_short_passwords_and_unknown_names(team, desk_url):
    mismatch = CliRunner().invoke(main, ["user", "passwd", "Aiko", "--db", desk_url],
                                  input="aiko-new-words-2\naiko-new-words-3\naiko-new-words-2\naiko-new-words-2\n")
    assert mismatch.exit_code == 0, mismatch.output
    assert "do not match" in mismatch.output and "aiko-new-words" not in mismatch.output
    assert user_command(desk_url, "passwd", "Aiko", "--password-stdin", password="short").exit_code == 1
    unknown = user_command(desk_url, "passwd", "Nobody", "--password-stdin", password="long-enough-pw")
    assert unknown.exit_code == 1 and "no account named 'Nobody'" in unknown.output
    unknown = CliRunner().invoke(main, ["user", "passwd", "Nobody", "--db", desk_url], input="")
    assert unknown.exit_code == 1 and "Password" not in unknown.output  # told before being asked
    with team() as session:
        assert accounts.authenticate(session, "Aiko", "aiko-new-words-2") is not None


def test_user_remove_ends_sign_in_and_sessions_but_history_keeps_the_name(server, team, desk_url):
    cid = conflict_id(team, "never entered")
    with closing(signed_in(server, "Aiko")) as aiko:
        assert post_review(aiko, cid, action="confirmed", note="checked with the ministry").status_code == 303
        removed = user_command(desk_url, "remove", "Aiko")
        assert removed.exit_code == 0 and removed.output == "removed Aiko (reviewer)\n"
        assert aiko.get("/queue").status_code == 303
        page = aiko.get("/login")
        again = aiko.post("/login", data={"csrf_token": csrf(page), "name": "Aiko", "password": PASSWORDS["Aiko"],
                                          "next": "/queue"})
        assert again.status_code == 401
    with team() as session:
        assert [e.actor for e in review.conflict(session, cid).history] == ["Aiko"]
    assert user_command(desk_url, "list").output == "Chloe\teditor\n"
    unknown = user_command(desk_url, "remove", "Aiko")
    assert unknown.exit_code == 1 and "no account named 'Aiko'" in unknown.output


def test_removing_the_last_account_must_be_asked_for_as_it_reopens_the_desk(team, desk_url):
    assert user_command(desk_url, "remove", "Aiko").exit_code == 0
    last = user_command(desk_url, "remove", "Chloe")
    assert last.exit_code == 1 and "last account" in last.output and "--allow-local-mode" in last.output
    assert user_command(desk_url, "list").output == "Chloe\teditor\n"
    assert user_command(desk_url, "remove", "Chloe", "--allow-local-mode").exit_code == 0
    with team() as session:
        assert not accounts.accounts_exist(session)


# --- the limit on failed sign-ins ------------------------------------------------------------------------

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def attempt(sessions, name, password, client="203.0.113.1", at=T0):
    with sessions.begin() as session:
        return accounts.sign_in(session, name, password, client, now=at)


def fail_five_times(sessions, names=("Aiko",) * 5, client="203.0.113.1"):
    for i, name in enumerate(names):
        assert attempt(sessions, name, "a-wrong-guess", client, T0 + minutes(i)) is None


@pytest.fixture(params=["sqlite", "postgresql"])
def team_db(request, tmp_path):
    """Sessions on an empty desk with Aiko and Chloe, on SQLite and on the PostgreSQL server."""
    url = (f"sqlite:///{tmp_path / 'team.db'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_url"))
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        accounts.add_user(session, "Aiko", "reviewer", PASSWORDS["Aiko"])
        accounts.add_user(session, "Chloe", "editor", PASSWORDS["Chloe"])
    yield sessions
    engine.dispose()


def test_five_failures_for_a_name_refuse_it_until_the_oldest_is_fifteen_minutes_old(team_db):
    fail_five_times(team_db)  # at 9:00, 9:01, ... 9:04
    for at, wait in ((T0 + minutes(4), 11), (T0 + minutes(14.5), 1)):
        with pytest.raises(accounts.TooManyFailures) as refused:
            attempt(team_db, "Aiko", PASSWORDS["Aiko"], at=at)  # even the right password
        assert str(refused.value) == f"Too many failed attempts; try again in {wait} minute{'s' * (wait > 1)}."
    # Another name from another client is not held up; at 9:15 the first failure no longer counts.
    assert attempt(team_db, "Chloe", PASSWORDS["Chloe"], client="198.51.100.9", at=T0 + minutes(5)).name == "Chloe"
    assert attempt(team_db, "Aiko", PASSWORDS["Aiko"], at=T0 + minutes(15)).name == "Aiko"


def test_five_failures_from_one_client_refuse_it_whatever_the_name(team_db):
    fail_five_times(team_db, names=("Ben", "Dana", "Eli", "Aiko", "Fumiko"))  # unknown names count too
    with pytest.raises(accounts.TooManyFailures):
        attempt(team_db, "Chloe", PASSWORDS["Chloe"], at=T0 + minutes(5))
    assert attempt(team_db, "Chloe", PASSWORDS["Chloe"], client="198.51.100.9", at=T0 + minutes(5)) is not None


@pytest.mark.parametrize("team_db", ["sqlite"], indirect=True)  # the same queries as above, already run on both
def test_the_right_password_or_a_new_one_forgets_the_name_s_failures(team_db):
    for i in range(4):
        attempt(team_db, "Aiko", "a-wrong-guess", at=T0 + minutes(i))
    assert attempt(team_db, "Aiko", PASSWORDS["Aiko"], at=T0 + minutes(4)) is not None
    for i in range(4):  # four more: still under the limit, the first four were forgotten
        assert attempt(team_db, "Aiko", "a-wrong-guess", at=T0 + minutes(5 + i)) is None
    assert attempt(team_db, "Aiko", "a-wrong-guess", at=T0 + minutes(9)) is None
    with pytest.raises(accounts.TooManyFailures):
        attempt(team_db, "Aiko", PASSWORDS["Aiko"], at=T0 + minutes(10))
    with team_db.begin() as session:
        accounts.set_password(session, "Aiko", "aiko-new-words-2")
    assert attempt(team_db, "Aiko", "aiko-new-words-2", at=T0 + minutes(10)) is not None


def test_failures_are_pruned_once_they_no_longer_count(team_db):
    fail_five_times(team_db)
    attempt(team_db, "Chloe", "a-wrong-guess", client="198.51.100.9", at=T0 + minutes(30))
    with team_db() as session:
        assert session.scalars(select(SignInFailureRow.name)).all() == ["Chloe"]


@pytest.mark.parametrize("team_db", ["sqlite"], indirect=True)  # the same queries as above, already run on both
def test_a_lock_and_each_refusal_are_logged_without_the_password(team_db, caplog):
    caplog.set_level(logging.WARNING, logger="claimtrack.accounts")
    fail_five_times(team_db)
    with pytest.raises(accounts.TooManyFailures):
        attempt(team_db, "Aiko", PASSWORDS["Aiko"], at=T0 + minutes(5))
    assert [r.getMessage() for r in caplog.records] == [
        "sign-in locked for 'Aiko' from 203.0.113.1 after too many failed attempts",
        "sign-in refused for 'Aiko' from 203.0.113.1: too many failed attempts"]
    assert "a-wrong-guess" not in caplog.text and PASSWORDS["Aiko"] not in caplog.text


def test_the_desk_refuses_sign_in_after_five_wrong_passwords(server):
    aiko = {"x-forwarded-for": "203.0.113.1"}  # as behind the desk's proxy: each client its own address
    with httpx.Client(base_url=server, headers=aiko) as client:
        for _ in range(5):
            page = client.get("/login")
            wrong = client.post("/login", data={"csrf_token": csrf(page), "name": "Aiko", "password": "guess-guess",
                                                "next": "/queue"})
            assert wrong.status_code == 401
        page = client.get("/login")
        refused = client.post("/login", data={"csrf_token": csrf(page), "name": "Aiko",
                                              "password": PASSWORDS["Aiko"], "next": "/queue"})
        assert refused.status_code == 429 and "claimtrack_session" not in refused.headers.get("set-cookie", "")
        assert re.search(r"Too many failed attempts; try again in \d+ minutes?\.", refused.text)
        assert 0 < int(refused.headers["retry-after"]) <= 15 * 60
    with closing(signed_in(server, "Chloe", **{"x-forwarded-for": "198.51.100.9"})) as chloe:
        assert chloe.get("/queue").status_code == 200
