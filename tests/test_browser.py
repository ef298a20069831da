"""The desk in a real browser: Playwright drives Debian's Chromium against the real server (uvicorn on a
free local port) on a database filled by ingesting the corpus. The README's screenshots come from here."""

import os
import re
import shutil
from pathlib import Path

import pytest

from claimtrack import review
from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
from claimtrack.ingest import ingest_paths
from claimtrack.web import create_app
from claimtrack.web.server import serving

from .conftest import HOSTILE_ARTICLE, ROOT, copy_database, ingest_into

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
DOCS = ROOT / "docs"
ALIVE = "some of the abductees may still be alive"


@pytest.fixture(scope="session")
def browser():
    """Chromium, headless; skipped where it is not installed, except in CI (.ci/run installs it)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"{CHROMIUM} is missing: .ci/run should have installed Debian's chromium")
        pytest.skip(f"no {CHROMIUM} here (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory) -> Path:
    """Every article of the corpus, ingested once (the same ids on every run, so the screenshots are stable)."""
    path = tmp_path_factory.mktemp("browser") / "template.db"
    ingest_into(path, [ROOT / "corpus"])
    return path


@pytest.fixture
def sessions(corpus_template, tmp_path):
    engine = make_engine(copy_database(corpus_template, tmp_path / "desk.db"))
    upgrade(engine)
    yield make_sessionmaker(engine)
    engine.dispose()


@pytest.fixture
def desk_url(sessions):
    with serving(create_app(sessions)) as base_url:
        yield base_url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def conflict_id(sessions, words: str) -> str:
    """The highest-ranked conflict whose explanation has these words."""
    with sessions() as session:
        items = review.queue_page(session, review.ConflictFilter(status=None, text=words)).items
    assert items, words
    return items[0].id


def open_conflicts(page) -> list[str]:
    return [re.search(r"/conflicts/([0-9a-f]+)", href).group(1)
            for href in page.locator("a.open-conflict").evaluate_all("links => links.map(a => a.href)")]


def test_decide_with_a_note_see_it_leave_the_queue_and_find_it_in_the_history(page, desk_url, sessions):
    target = conflict_id(sessions, ALIVE)
    page.goto(f"{desk_url}/queue")
    total = int(re.search(r"([\d,]+) open conflicts", page.locator("h1").inner_text()).group(1).replace(",", ""))
    page.fill("input[name=q]", "may still be alive")  # the founding conflict is on page 2: search for it
    page.click("form.filters button[type=submit]")
    assert target in open_conflicts(page)  # restatements in other articles match the words too

    page.locator(f'a.open-conflict[href^="/conflicts/{target}"]').click()
    assert page.url.startswith(f"{desk_url}/conflicts/{target}")
    japan = page.locator("article.claim", has=page.locator("h2", has_text="Japan"))
    assert japan.locator("span.source").first.inner_text() == "Japan"
    assert japan.locator("span.cue").first.inner_text() == "believes"
    assert ALIVE in japan.locator("span.content").all_inner_texts()
    assert "Japanese Abductee Families Seek U.S. Support" in japan.locator(".article-line").inner_text()

    page.fill("#reviewer", "Aiko")
    page.fill("#note", "Japan's government still lists them as missing.")
    page.keyboard.press("Escape")  # leave the note field, then decide from the keyboard
    page.keyboard.press("c")
    page.wait_for_url(re.compile(r".*decided=" + target))
    assert "Saved: you marked conflict" in page.locator(".notice").inner_text()

    page.goto(f"{desk_url}/queue?q=may+still+be+alive")
    assert target not in open_conflicts(page)
    page.goto(f"{desk_url}/queue")
    assert f"{total - 1:,} open conflicts" in page.locator("h1").inner_text()

    page.goto(f"{desk_url}/conflicts/{target}")
    page.reload()
    row = page.locator("table.history tr.event-decide")
    assert row.count() == 1
    cells = row.locator("td").all_inner_texts()
    assert cells[1:] == ["Aiko", "marked it confirmed", "open → confirmed",
                         "Japan's government still lists them as missing."]
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", cells[0])
    assert page.locator(".status").first.inner_text() == "confirmed"


def test_a_decision_key_without_a_note_asks_for_one(page, desk_url, sessions):
    target = conflict_id(sessions, ALIVE)
    page.goto(f"{desk_url}/conflicts/{target}")
    page.fill("#reviewer", "Aiko")
    page.keyboard.press("Escape")
    page.keyboard.press("d")
    assert "Write why first" in page.locator("#key-hint").inner_text()
    assert page.evaluate("document.activeElement.id") == "note"
    assert page.url == f"{desk_url}/conflicts/{target}"
    with sessions() as session:
        assert review.conflict(session, target).status == "open"


def test_j_and_k_walk_the_queue(page, desk_url):
    page.goto(f"{desk_url}/queue?kind=status")
    first, second = open_conflicts(page)[:2]
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.getAttribute('href')").startswith(f"/conflicts/{second}")
    page.keyboard.press("k")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(f".*/conflicts/{first}"))
    page.keyboard.press("j")
    page.wait_for_url(re.compile(f".*/conflicts/{second}\\?kind=status$"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(f".*/conflicts/{first}\\?kind=status$"))


def test_a_filtered_view_can_be_shared_by_its_url(page, desk_url, browser):
    page.goto(f"{desk_url}/queue")
    page.select_option("select[name=kind]", "numeric")
    page.fill("input[name=source]", "Interior Ministry")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r".*kind=numeric.*source=Interior\+Ministry"))
    mine = open_conflicts(page)
    assert mine and all("Interior Ministry" in t for t in page.locator("table.conflicts tbody tr").all_inner_texts())
    colleague = browser.new_context().new_page()
    colleague.goto(page.url)
    assert open_conflicts(colleague) == mine
    assert colleague.locator("select[name=kind]").input_value() == "numeric"
    colleague.context.close()


def test_an_article_with_a_script_tag_renders_as_text(page, desk_url, sessions, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    assert ingest_paths([str(hostile)], sessions).ok
    target = conflict_id(sessions, "window.pwned")
    page.goto(f"{desk_url}/conflicts/{target}")
    assert "<script>window.pwned = true</script>" in page.locator(".explanation").inner_text()
    cards = page.locator("article.claim", has_text="window.pwned")  # one or both sides, depending on ids
    assert cards.count() >= 1
    for card in cards.all():
        assert "<script>window.pwned = true</script>" in card.locator("blockquote.passage").inner_text()
        assert "The <b>Bold</b> Gazette" in card.locator(".article-line").inner_text()
    assert page.locator("a[href^='javascript:']").count() == 0
    cards.first.locator(".article-line a").first.click()  # the article page, whole text
    page.wait_for_url(re.compile(r".*/articles/"))
    assert page.locator("h1").inner_text() == "Turnout <script>window.pwned = true</script> disputed"
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # the desk's own script only
    assert page.dialogs == []


def test_a_stale_decision_is_refused(page, desk_url, sessions):
    target = conflict_id(sessions, ALIVE)
    page.goto(f"{desk_url}/conflicts/{target}")
    with sessions.begin() as session:  # Ben decides while Aiko is still reading
        review.decide(session, target, status="dismissed", note="Different scopes.", reviewer="Ben", seen_version=1)
    page.fill("#reviewer", "Aiko")
    page.fill("#note", "They contradict each other.")
    page.click("button[value=confirmed]")
    error = page.locator("#review-error").inner_text()
    assert error.startswith("Not saved: Ben marked it dismissed on ")
    assert "you saw version 1, it is now at version 2" in error
    assert page.locator("#note").input_value() == "They contradict each other."  # nothing typed is lost
    with sessions() as session:
        view = review.conflict(session, target)
    assert view.status == "dismissed" and [e.actor for e in view.history] == ["Ben"]


def test_a_post_without_the_csrf_token_is_refused(page, desk_url, sessions):
    target = conflict_id(sessions, ALIVE)
    page.goto(f"{desk_url}/conflicts/{target}")  # the browser has the cookie, the request lacks the field
    response = page.request.post(f"{desk_url}/conflicts/{target}", form={
        "version": "1", "reviewer": "Mallory", "action": "dismissed", "note": "x", "queue": ""})
    assert response.status == 403
    with sessions() as session:
        assert review.conflict(session, target).history == []


def test_screenshots_for_the_readme(page, desk_url, tmp_path):
    page.goto(f"{desk_url}/queue")
    shots = {"queue.png": tmp_path / "queue.png", "conflict.png": tmp_path / "conflict.png"}
    page.screenshot(path=shots["queue.png"])
    page.goto(f"{desk_url}/queue?source=Interior+Ministry")
    page.locator("a.open-conflict").first.click()
    page.wait_for_url(re.compile(r".*/conflicts/"))
    page.set_viewport_size({"width": 1280, "height": 1500})
    page.screenshot(path=shots["conflict.png"])
    DOCS.mkdir(exist_ok=True)
    for name, shot in shots.items():
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
        shutil.copyfile(shot, DOCS / name)
