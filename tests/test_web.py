"""The desk over HTTP (the real uvicorn server): pages, filters in the URL, the review form, CSRF, escaping."""

import re

import httpx
import pytest

from claimtrack import review
from claimtrack.web import create_app
from claimtrack.web.app import safe_href
from claimtrack.web.server import serving


@pytest.fixture
def client(desk):
    with serving(create_app(desk)) as base_url, httpx.Client(base_url=base_url) as http:
        yield http


def conflict_id(desk, words: str) -> str:
    with desk() as session:
        (item,) = review.queue_page(session, review.ConflictFilter(status=None, text=words)).items
        return item.id


def csrf_token(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def review_form(client, cid: str, **fields):
    """Open the conflict page, then post its form as a browser would (token and version from the page)."""
    page = client.get(f"/conflicts/{cid}")
    version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
    data = {"csrf_token": csrf_token(page), "version": version, "reviewer": "Aiko", "queue": "", **fields}
    return client.post(f"/conflicts/{cid}", data=data)


def test_the_queue_lists_open_conflicts_and_links_to_them(client, desk):
    page = client.get("/queue")
    assert page.status_code == 200
    assert "4 open conflicts" in page.text
    assert page.text.count('class="open-conflict"') == 4
    assert f'href="/conflicts/{conflict_id(desk, "flights")}"' in page.text


def test_filters_live_in_the_url_and_links_keep_them(client, desk):
    page = client.get("/queue", params={"kind": "numeric", "source": "airline", "status": "all"})
    assert page.text.count('class="open-conflict"') == 1
    assert '<option value="numeric" selected>' in page.text and 'value="airline"' in page.text
    cid = conflict_id(desk, "flights")
    assert f'href="/conflicts/{cid}?status=all&amp;kind=numeric&amp;source=airline"' in page.text
    assert client.get("/queue", params={"q": "nothing like this"}).text.count('class="open-conflict"') == 0
    shown = client.get("/queue", params={"since": "yesterday"})
    assert "since: &#39;yesterday&#39; is not a date" in shown.text


def test_the_queue_is_paginated(client):
    # 4 conflicts, 25 a page: no pager; the service clamps pages, the page says where it is
    page = client.get("/queue", params={"page": "7"})
    assert page.status_code == 200 and 'rel="next"' not in page.text


def test_the_conflict_page_shows_both_claims_in_context(client, desk):
    cid = conflict_id(desk, "flights")
    page = client.get(f"/conflicts/{cid}")
    assert page.status_code == 200
    assert '<span class="sentence source">The transport ministry</span>' in page.text
    assert '<span class="cue sentence">said</span>' in page.text
    assert "Airline and ministry disagree on cancelled flights" in page.text and "Rhône Courier" in page.text
    assert 'href="https://www.rhonecourier.example/2024/03/04/flights-cancelled"' in page.text
    assert "airline said &#34;90 flights were cancelled on Monday&#34;" in page.text  # the explanation
    assert '<svg class="chart"' in page.text and 'class="timeline"' in page.text
    for key in ("<kbd>j</kbd>", "<kbd>k</kbd>", "<kbd>c</kbd>", "<kbd>d</kbd>", "<kbd>n</kbd>"):
        assert key in page.text


def test_deciding_moves_on_to_the_next_conflict_and_remembers_the_reviewer(client, desk):
    cid = conflict_id(desk, "flights")
    response = review_form(client, cid, action="confirmed", note="The airline's log says 90.")
    assert response.status_code == 303
    assert re.match(r"^/conflicts/[0-9a-f]+\?decided=" + cid + "&as=confirmed$", response.headers["location"])
    assert client.cookies.get("claimtrack_reviewer") == "Aiko"
    following = client.get(response.headers["location"])
    assert f"Saved: you marked <a href=\"/conflicts/{cid}\">conflict {cid}</a> confirmed" in following.text
    assert f"/conflicts/{cid}" not in client.get("/queue").text.replace(f'href="/conflicts/{cid}">conflict', "")
    history = client.get(f"/conflicts/{cid}").text
    assert "Aiko" in history and "open → confirmed" in history and "The airline&#39;s log says 90." in history


def test_notes_and_assignments_come_back_to_the_history(client, desk):
    cid = conflict_id(desk, "flights")
    assert review_form(client, cid, action="assign", assignee="Ben", note="").headers["location"] == \
        f"/conflicts/{cid}#history"
    assert review_form(client, cid, action="note", note="Called the airline").status_code == 303
    page = client.get(f"/conflicts/{cid}").text
    assert "assigned to <strong class=\"assignee\">Ben</strong>" in page and "Called the airline" in page
    assert "version 3" in page
    assert client.get("/queue", params={"assignee": "ben"}).text.count('class="open-conflict"') == 1


def test_a_decision_without_a_note_is_not_saved_and_says_why(client, desk):
    cid = conflict_id(desk, "flights")
    response = review_form(client, cid, action="dismissed", note="  ")
    assert response.status_code == 400 and "Not saved: a decision needs a note saying why." in response.text
    with desk() as session:
        assert review.conflict(session, cid).history == []


def test_a_stale_decision_is_refused_and_the_draft_kept(client, desk):
    cid = conflict_id(desk, "flights")
    page = client.get(f"/conflicts/{cid}")
    with desk.begin() as session:  # someone else, after the page was opened
        review.add_note(session, cid, note="Ben's note", reviewer="Ben", seen_version=1)
    response = client.post(f"/conflicts/{cid}", data={
        "csrf_token": csrf_token(page), "version": "1", "reviewer": "Aiko", "action": "dismissed",
        "note": "my careful reasoning", "queue": ""})
    assert response.status_code == 409
    assert re.search(r"Not saved: Ben added a note on \d{4}-\d\d-\d\d \d\d:\d\d UTC after you opened", response.text)
    assert ">my careful reasoning</textarea>" in response.text
    with desk() as session:
        view = review.conflict(session, cid)
    assert view.status == "open" and [e.actor for e in view.history] == ["Ben"]


@pytest.mark.parametrize("tamper", ["no token", "wrong token", "no cookie", "forged"])
def test_a_post_without_a_valid_csrf_token_is_refused(client, desk, tamper):
    cid = conflict_id(desk, "flights")
    token = csrf_token(client.get(f"/conflicts/{cid}"))
    data = {"version": "1", "reviewer": "Mallory", "action": "dismissed", "note": "x", "queue": ""}
    if tamper == "wrong token":
        data["csrf_token"] = token[:-2] + ("00" if not token.endswith("00") else "11")
    elif tamper == "no cookie":
        data["csrf_token"] = token
        client.cookies.delete("claimtrack_csrf")
    elif tamper == "forged":
        data["csrf_token"] = "made-up.0000"
        client.cookies.set("claimtrack_csrf", "made-up.0000")
    response = client.post(f"/conflicts/{cid}", data=data)
    assert response.status_code == 403 and "Refused" in response.text
    with desk() as session:
        assert review.conflict(session, cid).history == []


def test_article_text_is_escaped_everywhere(client, desk):
    cid = conflict_id(desk, "marched")
    pages = [client.get("/queue"), client.get(f"/conflicts/{cid}")]
    with desk() as session:
        view = review.conflict(session, cid)
    pages += [client.get(f"/articles/{view.claims[0].article.id}"), client.get(f"/claims/{view.claims[0].id}"),
              client.get("/articles")]
    for page in pages:
        assert page.status_code == 200
        assert "<script>window" not in page.text and "<b>Bold</b>" not in page.text
        assert 'href="javascript:' not in page.text
    assert "&lt;script&gt;window.pwned = true&lt;/script&gt;" in pages[1].text
    assert "The &lt;b&gt;Bold&lt;/b&gt; Gazette" in pages[1].text
    scripts = re.findall(r"<script[^>]*>", pages[1].text)
    assert scripts == ['<script src="/static/desk.js" defer>']


def test_every_response_forbids_inline_scripts(client):
    response = client.get("/queue")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_only_web_links_become_links():
    assert safe_href("https://example.org/a") == "https://example.org/a"
    assert safe_href(" JavaScript:alert(1)") is None and safe_href("data:text/html,x") is None
    assert safe_href(None) is None


def test_claim_source_and_article_pages_link_to_each_other(client, desk):
    cid = conflict_id(desk, "flights")
    conflict_page = client.get(f"/conflicts/{cid}").text
    for link in sorted(set(re.findall(r'href="(/(?:claims|sources|articles)/[^"#?]+)"', conflict_page))):
        assert client.get(link).status_code == 200, link
    assert "transport ministry" in client.get("/sources").text
    assert "Airline and ministry disagree" in client.get("/articles").text


def test_missing_things_are_404_pages(client):
    for path in ("/conflicts/ffff", "/claims/ffff", "/sources/999", "/articles/ffff", "/nowhere"):
        response = client.get(path)
        assert response.status_code == 404 and "Back to the queue" in response.text, path


def test_exports_can_be_downloaded(client, desk):
    cid = conflict_id(desk, "flights")
    review_form(client, cid, action="confirmed", note="checked")
    claim_reviews = client.get("/export.claimreview").json()
    assert len(claim_reviews) == 2 and claim_reviews[0]["url"].startswith(str(client.base_url))
    assert client.get("/export.csv", params={"status": "all"}).text.count("\n") == 5
    assert client.get("/export.yaml").status_code == 404


def test_pages_of_a_long_queue_keep_the_filters(tmp_path):
    import importlib.util

    from claimtrack.db.engine import make_engine, make_sessionmaker

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("queue_page_bench", ROOT / "bench" / "queue_page.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    url = f"sqlite:///{tmp_path / 'long.db'}"
    bench.fill(url, 120)
    engine = make_engine(url)
    with serving(create_app(make_sessionmaker(engine))) as base_url, httpx.Client(base_url=base_url) as http:
        first = http.get("/queue", params={"status": "all"})
        assert "120 conflicts" in first.text and "page 1 of 5" in first.text
        assert 'rel="next" href="/queue?status=all&amp;page=2"' in first.text
        second = http.get("/queue", params={"status": "all", "page": "2"})
        assert 'rel="prev" href="/queue?status=all&amp;page=1"' in second.text
        ids = lambda page: set(re.findall(r'class="open-conflict" href="/conflicts/([0-9a-f]+)', page.text))  # noqa: E731
        assert len(ids(first)) == len(ids(second)) == 25 and not ids(first) & ids(second)
    engine.dispose()


def test_any_name_can_review_and_is_remembered(client, desk):
    cid = conflict_id(desk, "flights")
    response = review_form(client, cid, action="note", note="checked", reviewer="Aïko Ōta; path=/")
    assert response.status_code == 303
    assert "Reviewing as <strong>Aïko Ōta; path=/</strong>" in client.get("/queue").text
    page = client.get(f"/conflicts/{cid}").text
    assert 'id="reviewer" name="reviewer" value="Aïko Ōta; path=/"' in page
    with desk() as session:
        assert [e.actor for e in review.conflict(session, cid).history] == ["Aïko Ōta; path=/"]


def test_claimtrack_serve_runs_the_desk(desk_url):
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as probe:  # a free port for the server to take
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "claimtrack", "serve", "--db", desk_url, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/queue")
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stdout.read().decode()
                time.sleep(0.2)
        assert response.status_code == 200 and "4 open conflicts" in response.text
    finally:
        server.terminate()
        server.wait(10)
