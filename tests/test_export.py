"""`claimtrack export`: ClaimReview JSON-LD with what fact-check validators require, CSV and JSON."""

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from claimtrack import review
from claimtrack.cli import main
from claimtrack.export import _agent

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_claim_review(item: dict) -> None:
    """The ClaimReview rules of the common fact-check markup validators (schema.org types, and the
    properties search engines require or recommend for fact checks)."""
    assert item["@context"] in ("https://schema.org", "http://schema.org")
    assert item["@type"] == "ClaimReview"
    assert item["url"].startswith(("http://", "https://"))  # required: the page with the review
    assert isinstance(item["claimReviewed"], str) and item["claimReviewed"].strip()  # required
    rating = item["reviewRating"]  # required, with a textual rating
    assert rating["@type"] == "Rating" and rating["alternateName"].strip()
    assert item["author"]["@type"] in ("Organization", "Person") and item["author"]["name"]
    assert ISO_DATE.match(item["datePublished"])
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"]["@type"] in ("Organization", "Person") and claim["author"]["name"]
    appearance = claim["appearance"]
    assert appearance["@type"] == "CreativeWork" and appearance["headline"]
    if "datePublished" in claim:
        assert ISO_DATE.match(claim["datePublished"])


@pytest.fixture
def run(desk_url):
    def invoke(*args):
        return CliRunner().invoke(main, [*args], env={"CLAIMTRACK_DB_URL": desk_url, "CLAIMTRACK_REVIEWER": "Aiko"},
                                  catch_exceptions=False)
    return invoke


def decide(desk, words, status, note):
    with desk.begin() as session:
        (item,) = review.queue_page(session, review.ConflictFilter(status=None, text=words)).items
        review.decide(session, item.id, status=status, note=note, reviewer="Aiko", seen_version=item.version)
        return item.id


def test_claimreview_holds_the_confirmed_conflicts_claims(desk, run):
    decide(desk, "flights", "confirmed", "The airline's own figures say 90.")
    decide(desk, "may still be alive", "dismissed", "Different scopes.")
    result = run("export", "--format", "claimreview", "--base-url", "https://desk.example.org/")
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.output)
    assert len(reviews) == 2  # one per claim of the one confirmed conflict
    for item in reviews:
        check_claim_review(item)
    ministry = next(r for r in reviews if r["itemReviewed"]["author"]["name"] == "transport ministry")
    assert ministry["claimReviewed"] == "The transport ministry said that 250 flights were cancelled on Monday."
    assert ministry["itemReviewed"]["datePublished"] == "2024-03-04"
    assert ministry["itemReviewed"]["appearance"]["url"] == \
        "https://www.rhonecourier.example/2024/03/04/flights-cancelled"
    assert ministry["itemReviewed"]["appearance"]["publisher"] == {"@type": "Organization", "name": "Rhône Courier"}
    assert ministry["reviewRating"]["alternateName"] == "Disputed"
    assert ministry["author"] == {"@type": "Person", "name": "Aiko"}
    assert ministry["url"].startswith("https://desk.example.org/claims/")
    assert "Contradicted by airline" in ministry["reviewBody"]
    assert "The airline's own figures say 90." in ministry["reviewBody"]


def test_claimreview_can_be_signed_by_the_organisation_and_written_to_a_file(desk, run, tmp_path):
    decide(desk, "flights", "confirmed", "checked")
    out = tmp_path / "reviews.jsonld"
    result = run("export", "--format", "claimreview", "--publisher", "Rhône Fact Check", "--out", str(out))
    assert result.exit_code == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert {r["author"]["name"] for r in reviews} == {"Rhône Fact Check"}
    assert not list(tmp_path.glob("*.partial"))


def test_nothing_confirmed_exports_an_empty_list(run):
    assert json.loads(run("export", "--format", "claimreview").output) == []


def test_csv_has_a_row_per_conflict_with_its_decision(desk, run):
    decide(desk, "flights", "needs_info", "Asked the airline for its log.")
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").output)))
    assert len(rows) == 4
    flights = next(r for r in rows if "flights" in r["explanation"])
    assert (flights["status"], flights["decided_by"], flights["decision_note"], flights["events"]) == \
        ("needs_info", "Aiko", "Asked the airline for its log.", "1")
    assert flights["url_a"].startswith("https://www.rhonecourier.example/")
    only = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--status", "needs_info").output)))
    assert [r["id"] for r in only] == [flights["id"]]


def test_json_keeps_the_conflict_contract_and_adds_the_history(desk, run):
    conflict_id = decide(desk, "flights", "confirmed", "checked")
    records = json.loads(run("export", "--format", "json", "--status", "confirmed").output)
    (record,) = records
    assert record["id"] == conflict_id
    assert set(record) >= {"id", "kind", "relation", "status", "score", "explanation", "claims", "assignee",
                           "version", "history"}
    assert record["history"][0]["actor"] == "Aiko" and record["history"][0]["to"] == "confirmed"
    assert len(record["claims"]) == 2 and record["claims"][0]["attribution"]["cue"]


def test_a_bad_format_is_a_usage_error(run):
    assert run("export", "--format", "yaml").exit_code == 2


@pytest.mark.parametrize("name, kind", [("North Korea", "Organization"), ("Interior Ministry", "Organization"),
                                        ("CGT", "Organization"), ("Sakie Yokota", "Person"),
                                        ("her father", "Person")])
def test_who_made_a_claim_is_a_person_or_an_organisation(name, kind):
    assert _agent(name)["@type"] == kind
