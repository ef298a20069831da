"""Reviewed conflicts as JSON, CSV and schema.org ClaimReview (JSON-LD, the fact-check markup that search
engines and fact-check aggregators read). Pure functions over the records `review.export` assembles: the
conflict in the JSON contract plus `assignee`, `version` and `history`."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from importlib import resources

# The textual rating of a claim, from what the desk decided about the conflicts it is part of; when it is
# in several, the strongest decision wins (in this order).
RATINGS = {"confirmed": "Disputed", "needs_info": "Unverified", "dismissed": "Not contradicted",
           "open": "Under review"}
WHY = {"confirmed": "Contradicted by", "needs_info": "Possibly contradicted by",
       "dismissed": "Checked against, and not contradicted by", "open": "Being checked against"}

CSV_COLUMNS = ("id", "kind", "relation", "status", "score", "explanation", "assignee", "decided_by", "decided_at",
               "decision_note", "events", "claim_a", "source_a", "sentence_a", "article_a", "published_a", "url_a",
               "claim_b", "source_b", "sentence_b", "article_b", "published_b", "url_b")


def event_json(event) -> dict:
    return {"at": event.at.isoformat(), "actor": event.actor, "action": event.action,
            "from": event.from_value, "to": event.to_value, "note": event.note}


def last_decision(record: dict) -> dict | None:
    decisions = [e for e in record["history"] if e["action"] == "decide"]
    return decisions[-1] if decisions else None


def as_json(records: list[dict]) -> str:
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def as_csv(records: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for record in records:
        decision = last_decision(record) or {}
        row = {key: record[key] for key in ("id", "kind", "relation", "status", "score", "explanation")}
        row.update(assignee=record["assignee"] or "", decided_by=decision.get("actor", ""),
                   decided_at=decision.get("at", ""), decision_note=decision.get("note") or "",
                   events=len(record["history"]))
        for side, claim in zip("ab", record["claims"]):
            article = claim["article"]
            row.update({f"claim_{side}": claim["id"], f"source_{side}": claim["source"]["name"] or "",
                        f"sentence_{side}": claim["sentence"], f"article_{side}": article["title"],
                        f"published_{side}": article["published"] or "", f"url_{side}": article["url"] or ""})
        writer.writerow(row)
    return buffer.getvalue()


def as_claimreview(records: list[dict], *, base_url: str, publisher: str | None = None) -> str:
    """One ClaimReview per claim: a claim that is part of several exported conflicts is reviewed once,
    against every claim it conflicts with."""
    by_claim: dict[str, tuple[dict, list]] = {}
    for record in records:
        a, b = record["claims"]
        for claim, other in ((a, b), (b, a)):
            by_claim.setdefault(claim["id"], (claim, []))[1].append((record, other))
    reviews = [claim_review(claim, against, base_url=base_url, publisher=publisher)
               for claim, against in by_claim.values()]
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"


def claim_review(claim: dict, against: list[tuple[dict, dict]], *, base_url: str, publisher: str | None) -> dict:
    statuses = [record["status"] for record, _ in against]
    status = next(s for s in RATINGS if s in statuses)
    decisions = [d for d in (last_decision(record) for record, _ in against) if d]
    latest = max(decisions, key=lambda d: d["at"]) if decisions else None
    if publisher:
        author = {"@type": "Organization", "name": publisher}
    elif latest:
        author = {"@type": "Person", "name": latest["actor"]}
    else:
        author = {"@type": "Organization", "name": "claimtrack"}
    reviewed_on = latest["at"][:10] if latest else datetime.now(timezone.utc).date().isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base_url.rstrip('/')}/claims/{claim['id']}",
        "claimReviewed": claim["sentence"],
        "itemReviewed": _item_reviewed(claim),
        "author": author,
        "datePublished": reviewed_on,
        "reviewRating": {"@type": "Rating", "alternateName": RATINGS[status]},
        "reviewBody": " ".join(_why(record, other) for record, other in against),
    }


def _item_reviewed(claim: dict) -> dict:
    article = claim["article"]
    appearance = {"@type": "CreativeWork", "headline": article["title"]}
    if article["url"]:
        appearance["url"] = article["url"]
    if article["published"]:
        appearance["datePublished"] = article["published"]
    if article.get("outlet"):
        appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    speaker = claim["source"]["name"] or claim["source"]["text"]
    item = {"@type": "Claim", "author": _agent(speaker) if speaker else
            {"@type": "Organization", "name": article.get("outlet") or article["title"]},
            "appearance": appearance}
    if article["published"]:
        item["datePublished"] = article["published"]
    return item


def _why(record: dict, other: dict) -> str:
    who = other["source"]["name"] or "the article itself"
    when = f", {other['article']['published']}" if other["article"]["published"] else ""
    text = f"{WHY[record['status']]} {who}: “{other['text']['text']}” ({other['article']['title']}{when})."
    decision = last_decision(record)
    if decision and decision["note"]:
        text += f" Reviewer's note: {decision['note']}"
    return text


# Whether a source is a person or an organisation is not recorded; schema.org wants one of the two.
# Known entities (states, governments, named organisations) and names with an organisation word are
# organisations; a short capitalised name ("Sakie Yokota", "Spicer") or a description ("her father") is a person.
_ORGANISATION_WORDS = frozenset("""
ministry agency association government police council cabinet party union unions office department committee
commission bureau service newspaper media group company bank court army military parliament assembly senate
officials analysts investigators polls statement authorities authority institute university foundation
network house state states republic kingdom nations federation organisers organizers prefecture prosecutors
""".split())


def _known_entities() -> frozenset[str]:
    data = json.loads(resources.files("claimtrack.nlp").joinpath("data/entities.json").read_text(encoding="utf-8"))
    return frozenset(name.lower() for name in data if not name.startswith("_"))


def _agent(name: str) -> dict:
    words = name.replace("'s", "").split()
    organisation = (name.lower() in _known_entities() or any(w.lower() in _ORGANISATION_WORDS for w in words)
                    or (len(words) == 1 and name.isupper()) or len(words) > 3)
    return {"@type": "Organization" if organisation else "Person", "name": name}
