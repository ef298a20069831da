"""Steps used only by claimtrack's own specs; the shared vocabulary is the claimtrack pytest plugin."""

import json
import shutil
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

ROOT = Path(__file__).parent.parent
FOUNDING = "japanese-abductee-families-seek-us-support"


@pytest.fixture
def gold_folder(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "gold" / "articles").mkdir(parents=True)
    (corpus / "gold" / "conflicts").mkdir()
    shutil.copy(ROOT / "corpus" / f"{FOUNDING}.txt", corpus)
    shutil.copy(ROOT / "corpus" / "gold" / "articles" / f"{FOUNDING}.json", corpus / "gold" / "articles")
    shutil.copy(ROOT / "corpus" / "gold" / "conflicts" / "founding.json", corpus / "gold" / "conflicts")
    return corpus / "gold"


@given("a gold folder for the founding article")
def given_gold(gold_folder):
    return gold_folder


@given(parsers.parse('the gold also expects the claim "{content}"'))
def given_extra_gold_claim(gold_folder, content):
    path = gold_folder / "articles" / f"{FOUNDING}.json"
    gold = json.loads(path.read_text())
    gold["claims"].append({"id": "founding#extra", "content": content, "source": None, "cue": "strain",
                           "commitment": "report", "polarity": "positive", "subject": "issue",
                           "predicate": "strain", "kind": "statement", "quantity": None, "time": None,
                           "stance": None})
    path.write_text(json.dumps(gold))


@given("the gold says the two North Korea claims about the abductees must not be flagged together with Japan's belief")
def given_non_conflict(gold_folder):
    path = gold_folder / "conflicts" / "founding.json"
    gold = json.loads(path.read_text())
    gold["conflicts"] = [c for c in gold["conflicts"] if {c["a"], c["b"]} != {"founding#1", "founding#3"}]
    gold["non_conflicts"].append({"a": "founding#1", "b": "founding#3", "reason": "other_scope",
                                  "why": "a deliberately wrong gold entry"})
    path.write_text(json.dumps(gold))


@when("the desk evaluates the gold folder", target_fixture="report")
def when_evaluated(gold_folder):
    from click.testing import CliRunner

    from claimtrack.cli import main

    result = CliRunner().invoke(main, ["eval", str(gold_folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@then(parsers.parse("{part} are scored with precision {precision:f} and recall {recall:f}"))
def then_scored(report, part, precision, recall):
    assert (report[part]["precision"], report[part]["recall"]) == (precision, recall), report[part]


@then("every field of a claim is scored")
def then_fields(report):
    assert set(report["claims"]["fields"]) == {"source", "cue", "commitment", "polarity", "subject", "predicate",
                                               "kind", "quantity", "time", "stance"}


@then("claims recall is below 1.0")
def then_recall_below(report):
    assert report["claims"]["recall"] < 1.0


@then(parsers.parse('the claim "{content}" is listed as missed'))
def then_missed(report, content):
    assert any(m["content"] == content for m in report["claims"]["misses"]), report["claims"]["misses"]


@then("a flagged non-conflict is listed")
def then_flagged_non_conflict(report):
    assert report["conflicts"]["non_conflicts_flagged"], report["conflicts"]


# --- reviewing and exporting -----------------------------------------------------------------------

DECISION_VERBS = {"confirms": "confirmed", "dismisses": "dismissed"}


class Review:
    """What the reviewers in a scenario have seen and been told."""

    def __init__(self):
        self.opened: dict[str, tuple[str, int]] = {}  # reviewer -> (conflict id, version seen)
        self.told: dict[str, str] = {}  # reviewer -> the refusal they got
        self.conflict_id: str | None = None
        self.export: str | None = None
        self.item: dict | None = None


@pytest.fixture
def review_state() -> Review:
    return Review()


def _find(desk, words: str) -> str:
    from claimtrack import review

    with desk.sessions()() as session:
        items = review.queue_page(session, review.ConflictFilter(status=None, text=words)).items
    assert len(items) == 1, [i.explanation for i in items]
    return items[0].id


def _view(desk, conflict_id: str):
    from claimtrack import review

    with desk.sessions()() as session:
        return review.conflict(session, conflict_id)


def _act(desk, state: Review, reviewer: str, action, **kwargs) -> None:
    """Run a review action as `reviewer` on the version they opened (or the current one); keep any refusal."""
    from claimtrack import review

    conflict_id, seen = state.opened.get(reviewer, (state.conflict_id, None))
    try:
        with desk.sessions().begin() as session:
            action(session, conflict_id, reviewer=reviewer, seen_version=seen, **kwargs)
    except review.ReviewError as exc:
        state.told[reviewer] = str(exc)


@given(parsers.parse('a copy of the article "{path}"'))
def given_article_copy(claimtrack_desk, path):
    target = claimtrack_desk.folder / "articles" / Path(path).name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / path, target)
    claimtrack_desk.inputs.append(target)


@given(parsers.parse('an article "{name}" in which "{placeholder}" stands for "{phrase}" written {count:d} times:'))
def given_article_with_repeat(claimtrack_desk, name, placeholder, phrase, count, docstring):
    """For articles too long to write out: one placeholder in the text is replaced by a repeated phrase."""
    target = claimtrack_desk.folder / "articles" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    assert placeholder in docstring, f"{placeholder!r} is not in the article"
    target.write_text(docstring.replace(placeholder, " ".join([phrase] * count)) + "\n", encoding="utf-8")
    claimtrack_desk.inputs.append(target)


@given(parsers.parse("the queue holds {count:d} open conflicts"))
@then(parsers.parse("the queue holds {count:d} open conflicts"))
@then(parsers.parse("the queue holds {count:d} open conflict"))
def queue_holds(claimtrack_desk, count):
    from claimtrack import review

    with claimtrack_desk.sessions()() as session:
        assert review.queue_page(session, review.ConflictFilter()).total == count


@then(parsers.parse('filtering the queue by the source "{words}" shows {count:d} conflicts'))
@then(parsers.parse('filtering the queue by the source "{words}" shows {count:d} conflict'))
def queue_by_source(claimtrack_desk, words, count):
    from claimtrack import review

    with claimtrack_desk.sessions()() as session:
        assert review.queue_page(session, review.ConflictFilter(status=None, source=words)).total == count


@given(parsers.re(r'(?P<reviewer>\w+) (?P<verb>confirms|dismisses) the conflict over "(?P<words>[^"]+)" '
                  r'because "(?P<note>[^"]+)"'))
@when(parsers.re(r'(?P<reviewer>\w+) (?P<verb>confirms|dismisses) the conflict over "(?P<words>[^"]+)" '
                 r'because "(?P<note>[^"]+)"'))
def decide_on(claimtrack_desk, review_state, reviewer, verb, words, note):
    from claimtrack import review

    review_state.conflict_id = _find(claimtrack_desk, words)
    _act(claimtrack_desk, review_state, reviewer, review.decide, status=DECISION_VERBS[verb], note=note)
    assert reviewer not in review_state.told, review_state.told[reviewer]


@when(parsers.re(r'(?P<reviewer>\w+) (?P<verb>confirms|dismisses) the conflict over "(?P<words>[^"]+)" '
                 r'without a note'))
def decide_without_note(claimtrack_desk, review_state, reviewer, verb, words):
    from claimtrack import review

    review_state.conflict_id = _find(claimtrack_desk, words)
    _act(claimtrack_desk, review_state, reviewer, review.decide, status=DECISION_VERBS[verb], note="")


@when(parsers.parse('{reviewer} asks for more information on the conflict over "{words}" because "{note}"'))
def ask_for_information(claimtrack_desk, review_state, reviewer, words, note):
    from claimtrack import review

    review_state.conflict_id = _find(claimtrack_desk, words)
    _act(claimtrack_desk, review_state, reviewer, review.decide, status="needs_info", note=note)


@given(parsers.parse('{first} and {second} both open the conflict over "{words}"'))
def both_open(claimtrack_desk, review_state, first, second, words):
    review_state.conflict_id = _find(claimtrack_desk, words)
    version = _view(claimtrack_desk, review_state.conflict_id).version
    review_state.opened.update({first: (review_state.conflict_id, version), second: (review_state.conflict_id, version)})


@when(parsers.re(r'(?P<reviewer>\w+) (?P<verb>confirms|dismisses) it because "(?P<note>[^"]+)"'))
def decide_opened(claimtrack_desk, review_state, reviewer, verb, note):
    from claimtrack import review

    _act(claimtrack_desk, review_state, reviewer, review.decide, status=DECISION_VERBS[verb], note=note)


@when(parsers.re(r'(?P<reviewer>\w+) assigns the conflict over "(?P<words>[^"]+)" to (?P<assignee>.+)'))
def assign_to(claimtrack_desk, review_state, reviewer, words, assignee):
    from claimtrack import review

    review_state.conflict_id = _find(claimtrack_desk, words)
    _act(claimtrack_desk, review_state, reviewer, review.assign, assignee=assignee)


@when(parsers.parse('{reviewer} notes on it "{note}"'))
def note_on(claimtrack_desk, review_state, reviewer, note):
    from claimtrack import review

    _act(claimtrack_desk, review_state, reviewer, review.add_note, note=note)


@when("the article is corrected and ingested again")
def correct_and_reingest(claimtrack_desk):
    from claimtrack.ingest import ingest_paths

    for path in claimtrack_desk.inputs:
        path.write_text(path.read_text(encoding="utf-8") + "\nCorrection: an earlier version misspelled a name.\n",
                        encoding="utf-8")
    summary = ingest_paths([str(p) for p in claimtrack_desk.inputs], claimtrack_desk.sessions())
    assert summary.replaced == len(claimtrack_desk.inputs), summary


@then(parsers.parse('{reviewer} is told "{message}"'))
def told(review_state, reviewer, message):
    assert message in review_state.told.get(reviewer, ""), review_state.told


@then(parsers.parse("{reviewer} is told that {other} marked it {status} first"))
def told_stale(review_state, reviewer, other, status):
    message = review_state.told.get(reviewer, "")
    assert message.startswith(f"Not saved: {other} marked it {status} on "), review_state.told


@then(parsers.re(r'the conflict over "(?P<words>[^"]+)" is (?P<status>confirmed|dismissed|open)$'))
def conflict_status(claimtrack_desk, review_state, words, status):
    review_state.conflict_id = _find(claimtrack_desk, words)
    assert _view(claimtrack_desk, review_state.conflict_id).status == status


@then(parsers.parse('the conflict over "{words}" is waiting for more information'))
def conflict_needs_info(claimtrack_desk, review_state, words):
    from claimtrack import review

    review_state.conflict_id = _find(claimtrack_desk, words)
    assert _view(claimtrack_desk, review_state.conflict_id).status == "needs_info"
    with claimtrack_desk.sessions()() as session:
        waiting = review.queue_page(session, review.ConflictFilter(status="needs_info")).items
    assert [i.id for i in waiting] == [review_state.conflict_id]


@then(parsers.parse('the conflict over "{words}" is assigned to {assignee}'))
def conflict_assignee(claimtrack_desk, review_state, words, assignee):
    review_state.conflict_id = _find(claimtrack_desk, words)
    assert _view(claimtrack_desk, review_state.conflict_id).assignee == assignee


@then(parsers.parse('its history shows {reviewer} marking it {status} because "{note}"'))
def history_shows_decision(claimtrack_desk, review_state, reviewer, status, note):
    history = _view(claimtrack_desk, review_state.conflict_id).history
    decisions = [(e.actor, e.to_value, e.note) for e in history if e.action == "decide"]
    assert decisions[-1] == (reviewer, status, note), history


@then(parsers.parse("its history shows {count:d} events"))
@then(parsers.parse("its history shows {count:d} event"))
def history_length(claimtrack_desk, review_state, count):
    assert len(_view(claimtrack_desk, review_state.conflict_id).history) == count


def _export(desk, *args) -> str:
    from click.testing import CliRunner

    from claimtrack.cli import main

    result = CliRunner().invoke(main, ["export", *args, "--db", desk.db_url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@when("the editor exports the confirmed conflicts as ClaimReview")
def export_claimreview(claimtrack_desk, review_state):
    review_state.export = json.loads(_export(claimtrack_desk, "--format", "claimreview", "--status", "confirmed"))


@when("the editor exports every conflict as CSV")
def export_csv(claimtrack_desk, review_state):
    import csv
    import io

    review_state.export = list(csv.DictReader(io.StringIO(_export(claimtrack_desk, "--format", "csv"))))


@then(parsers.parse("the export holds {count:d} ClaimReviews"))
def claimreview_count(review_state, count):
    assert len(review_state.export) == count
    assert all(r["@type"] == "ClaimReview" and r["@context"] == "https://schema.org" for r in review_state.export)


@then(parsers.parse('the ClaimReview of "{words}" by "{source}" rates it "{rating}"'))
def claimreview_rating(review_state, words, source, rating):
    matches = [r for r in review_state.export
               if words in r["claimReviewed"] and r["itemReviewed"]["author"]["name"] == source]
    assert len(matches) == 1, review_state.export
    review_state.item = matches[0]
    assert review_state.item["reviewRating"]["alternateName"] == rating


@then(parsers.parse('that review is signed by {reviewer} and says "{note}"'))
def claimreview_author(review_state, reviewer, note):
    assert review_state.item["author"]["name"] == reviewer
    assert note in review_state.item["reviewBody"]


@then(parsers.parse('that review points at "{url}" published on {day}'))
def claimreview_appearance(review_state, url, day):
    item = review_state.item["itemReviewed"]
    assert (item["appearance"]["url"], item["datePublished"]) == (url, day)


@then(parsers.parse('no ClaimReview mentions "{words}"'))
def claimreview_absent(review_state, words):
    assert words not in json.dumps(review_state.export)


@then(parsers.parse("the spreadsheet has {count:d} rows"))
def spreadsheet_rows(review_state, count):
    assert len(review_state.export) == count


@then(parsers.parse('the row for the conflict over "{words}" says {status} by {reviewer} because "{note}"'))
def spreadsheet_row(review_state, words, status, reviewer, note):
    (row,) = [r for r in review_state.export if words in r["explanation"]]
    assert (row["status"], row["decided_by"], row["decision_note"]) == (status, reviewer, note)
    review_state.item = row


@then(parsers.parse("the {count:d} other rows are open"))
def spreadsheet_others(review_state, count):
    others = [r for r in review_state.export if r is not review_state.item]
    assert len(others) == count and {r["status"] for r in others} == {"open"}


# ------------------------------------------------------------------ batch ingestion: decisions and the command

def _conflict_between(desk, kind: str, source_a: str, source_b: str) -> dict:
    want = sorted([source_a.lower(), source_b.lower()])
    found = [c for c in desk.conflicts() if c["kind"] == kind
             and sorted((claim["source"]["name"] or "").lower() for claim in c["claims"]) == want]
    assert found, [(c["kind"], [claim["source"]["name"] for claim in c["claims"]]) for c in desk.conflicts()]
    return found[0]


@when(parsers.parse('the desk confirms the {kind} conflict between "{source_a}" and "{source_b}"'))
def when_desk_confirms(claimtrack_desk, kind, source_a, source_b):
    from claimtrack.db.models import ConflictRow, ReviewEventRow

    conflict = _conflict_between(claimtrack_desk, kind, source_a, source_b)
    with claimtrack_desk.sessions().begin() as session:
        row = session.get(ConflictRow, conflict["id"])
        session.add(ReviewEventRow(conflict_id=row.id, actor="desk", action="decide", from_value=row.status,
                                   to_value="confirmed"))
        row.status, row.version = "confirmed", row.version + 1


@then(parsers.parse('the {kind} conflict between "{source_a}" and "{source_b}" is still {status}'))
def then_conflict_still(claimtrack_desk, kind, source_a, source_b, status):
    assert _conflict_between(claimtrack_desk, kind, source_a, source_b)["status"] == status


@when("the desk runs claimtrack ingest on its articles", target_fixture="command")
def when_desk_runs_ingest(claimtrack_desk):
    from click.testing import CliRunner

    from claimtrack.cli import main

    return CliRunner().invoke(main, ["ingest", str(claimtrack_desk.folder / "articles"), "--db",
                                     claimtrack_desk.db_url])


@then(parsers.parse("the command exits with code {code:d}"))
def then_exit_code(command, code):
    assert command.exit_code == code, command.output


@then(parsers.parse('the summary says "{text}"'))
def then_summary_says(command, text):
    assert command.output.strip().splitlines()[-1].startswith(text), command.output


@then(parsers.parse('the summary names "{name}" because "{reason}"'))
def then_summary_names(command, name, reason):
    lines = [line for line in command.output.splitlines() if line.startswith("error: ") and f"/{name}: " in line]
    assert lines and reason in lines[0], command.output


# --- accounts on a shared desk -------------------------------------------------------------------------

PASSWORDS = {"Aiko": "aiko-reviews-1", "Chloe": "chloe-edits-22"}


@pytest.fixture
def desk_site(claimtrack_desk):
    """The desk's real HTTP server on the scenario's database, started on first use."""
    from contextlib import ExitStack

    from claimtrack.web import create_app
    from claimtrack.web.server import serving

    with ExitStack() as stack:
        urls = []

        def base_url() -> str:
            if not urls:
                urls.append(stack.enter_context(serving(create_app(claimtrack_desk.sessions()))))
            return urls[0]

        yield base_url


def _csrf(page) -> str:
    import re

    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def _sign_in(desk_site, name: str, password: str, computer: str | None = None):
    """Signs in from `computer` (an address, sent as by the desk's proxy), else from this machine."""
    import httpx

    client = httpx.Client(base_url=desk_site(), headers={"x-forwarded-for": computer} if computer else {})
    page = client.get("/login")
    response = client.post("/login", data={"csrf_token": _csrf(page), "name": name, "password": password,
                                           "next": "/queue"})
    return client, response


@given("the desk has no accounts")
def no_accounts(claimtrack_desk):
    from claimtrack import accounts

    with claimtrack_desk.sessions()() as session:
        assert not accounts.accounts_exist(session)


@given("the editor Chloe and the reviewer Aiko have accounts")
def chloe_and_aiko(claimtrack_desk):
    from click.testing import CliRunner

    from claimtrack.cli import main

    for name, role in (("Chloe", "editor"), ("Aiko", "reviewer")):
        result = CliRunner().invoke(main, ["user", "add", name, "--role", role, "--password-stdin",
                                           "--db", claimtrack_desk.db_url], input=PASSWORDS[name] + "\n")
        assert result.exit_code == 0, result.output


@then(parsers.parse("someone opening the desk sees the queue of {count:d} open conflicts"))
def anyone_sees_queue(desk_site, count):
    import httpx

    page = httpx.get(desk_site() + "/queue")
    assert page.status_code == 200 and f"{count} open conflicts" in page.text


@then("someone opening the desk is asked to sign in")
def asked_to_sign_in(desk_site):
    import httpx

    page = httpx.get(desk_site() + "/queue", follow_redirects=True)
    assert page.url.path == "/login" and "Sign in to the desk" in page.text


@then(parsers.parse("{name} cannot sign in with a wrong password"))
def wrong_password(desk_site, name):
    client, response = _sign_in(desk_site, name, PASSWORDS[name] + "-wrong")
    assert response.status_code == 401 and "Wrong name or password." in response.text
    assert client.get("/queue").status_code == 303  # still not signed in
    client.close()


def _review_as(desk_site, review_state, name, words, desk, **fields):
    client, response = _sign_in(desk_site, name, PASSWORDS[name])
    assert response.status_code == 303, response.text
    review_state.conflict_id = _find(desk, words)
    import re

    page = client.get(f"/conflicts/{review_state.conflict_id}")
    version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
    result = client.post(f"/conflicts/{review_state.conflict_id}",
                         data={"csrf_token": _csrf(page), "version": version, "queue": "", **fields})
    if result.status_code != 303:
        review_state.told[name] = result.text
    client.close()


@when(parsers.re(r'(?P<name>\w+) signs in and (?P<verb>confirms|dismisses) the conflict over "(?P<words>[^"]+)" '
                 r'because "(?P<note>[^"]+)"'))
def signed_in_decides(desk_site, claimtrack_desk, review_state, name, verb, words, note):
    _review_as(desk_site, review_state, name, words, claimtrack_desk, action=DECISION_VERBS[verb], note=note)
    assert name not in review_state.told, review_state.told[name]


@when(parsers.parse('{name} signs in and assigns the conflict over "{words}" to {assignee}'))
def signed_in_assigns(desk_site, claimtrack_desk, review_state, name, words, assignee):
    _review_as(desk_site, review_state, name, words, claimtrack_desk, action="assign", assignee=assignee, note="")


@then(parsers.parse('nobody is assigned the conflict over "{words}"'))
def nobody_assigned(claimtrack_desk, review_state, words):
    assert _view(claimtrack_desk, _find(claimtrack_desk, words)).assignee is None


@then(parsers.re(r"(?P<name>\w+) (?P<can>can|cannot) download the reviews as ClaimReview"))
def download_claimreview(desk_site, name, can):
    client, _ = _sign_in(desk_site, name, PASSWORDS[name])
    response = client.get("/export.claimreview", params={"status": "all"})
    client.close()
    if can == "can":
        assert response.status_code == 200 and response.json()[0]["@type"] == "ClaimReview"
    else:
        assert response.status_code == 403 and "cannot export reviews" in response.text


# --- changing passwords, removing accounts, and the limit on failed sign-ins ------------------------------

GUESSER, OWN_COMPUTER, ANOTHER_COMPUTER = "203.0.113.66", "192.0.2.10", "198.51.100.9"


@pytest.fixture
def open_sessions():
    """name -> the HTTP client of someone who signed in and stayed signed in."""
    clients = {}
    yield clients
    for client in clients.values():
        client.close()


def _user_command(desk, *args, password=None):
    from click.testing import CliRunner

    from claimtrack.cli import main

    result = CliRunner().invoke(main, ["user", *args, "--db", desk.db_url],
                                input=None if password is None else password + "\n")
    assert result.exit_code == 0, result.output
    return result.output


@given(parsers.parse("{name} is signed in on the desk"))
def stays_signed_in(desk_site, open_sessions, name):
    client, response = _sign_in(desk_site, name, PASSWORDS[name])
    assert response.status_code == 303, response.text
    open_sessions[name] = client


@when(parsers.parse("the account of {name} is removed"))
def remove_account(claimtrack_desk, name):
    assert _user_command(claimtrack_desk, "remove", name) == f"removed {name} (reviewer)\n"


@when(parsers.parse('the password of {name} is changed to "{password}"'))
def change_password(claimtrack_desk, name, password):
    _user_command(claimtrack_desk, "passwd", name, "--password-stdin", password=password)


@then(parsers.re(r"the open session of (?P<name>\w+) (?P<still>still reaches|no longer reaches) the desk"))
def open_session(open_sessions, name, still):
    response = open_sessions[name].get("/queue")
    assert response.status_code == (200 if still == "still reaches" else 303)


@then(parsers.parse("{name} cannot sign in with the old password"))
def old_password_refused(desk_site, name):
    client, response = _sign_in(desk_site, name, PASSWORDS[name])
    client.close()
    assert response.status_code == 401 and "Wrong name or password." in response.text


@then(parsers.parse('{name} can sign in with "{password}"'))
def new_password_works(desk_site, name, password):
    client, response = _sign_in(desk_site, name, password)
    client.close()
    assert response.status_code == 303, response.text


def _guess(desk_site, names: list[str]) -> None:
    for name in names:
        client, response = _sign_in(desk_site, name, "a-wrong-guess", GUESSER)
        client.close()
        assert response.status_code == 401, response.text


@when(parsers.parse("someone tries {count:d} wrong passwords for {name}"))
def guess_one_name(desk_site, count, name):
    _guess(desk_site, [name] * count)


@when(parsers.parse("someone at one computer tries wrong passwords for {count:d} different names"))
def guess_many_names(desk_site, count):
    _guess(desk_site, ["Aiko", "Chloe", "Ben", "Dana", "Eli"][:count])


@then(parsers.parse("{name} cannot sign in even with the right password, and is told to try again within "
                    "{minutes:d} minutes"))
def refused_for_a_while(desk_site, name, minutes):
    import re

    client, response = _sign_in(desk_site, name, PASSWORDS[name], OWN_COMPUTER)
    client.close()
    told = re.search(r"Too many failed attempts; try again in (\d+) minutes?\.", response.text)
    assert response.status_code == 429 and told, response.text
    assert 1 <= int(told.group(1)) <= minutes


@then(parsers.parse("{name} cannot sign in from that computer for a while"))
def computer_refused(desk_site, name):
    client, response = _sign_in(desk_site, name, PASSWORDS[name], GUESSER)
    client.close()
    assert response.status_code == 429 and "Too many failed attempts" in response.text


@then(parsers.parse("{name} can still sign in from another computer"))
def signs_in_elsewhere(desk_site, name):
    client, response = _sign_in(desk_site, name, PASSWORDS[name], ANOTHER_COMPUTER)
    client.close()
    assert response.status_code == 303, response.text


@then(parsers.parse("the desk's log records the refusal of {name} without any password"))
def refusal_logged(caplog, name):
    refusals = [r.getMessage() for r in caplog.records if r.name == "claimtrack.accounts"]
    assert f"sign-in refused for {name!r} from {OWN_COMPUTER}: too many failed attempts" in refusals, refusals
    assert "a-wrong-guess" not in caplog.text and PASSWORDS[name] not in caplog.text
