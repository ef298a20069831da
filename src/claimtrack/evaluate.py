"""`claimtrack eval`: score a run against gold annotations.

Claims: a system claim matches a gold claim of the same article when the words carrying it overlap the
gold `content` (one-to-one, largest overlap first). Precision, recall and F1 are given overall and per
field (a field counts as right only on a matched claim whose value agrees). Conflicts: a flagged pair
matches a gold conflict when both its claims match the gold pair's claims."""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .normalize import canonical_source, predicate_family

FIELDS = ("source", "cue", "commitment", "polarity", "subject", "predicate", "kind", "quantity", "time", "stance")


class GoldError(Exception):
    """The gold annotations cannot be read; the message names the file."""


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


@dataclass
class GoldArticle:
    file: str
    title: str
    claims: list[dict]


@dataclass
class Gold:
    articles: list[GoldArticle]
    conflicts: list[dict]
    non_conflicts: list[dict]
    corpus: Path

    def claim_ids(self) -> set[str]:
        return {c["id"] for a in self.articles for c in a.claims}


def load_gold(gold_dir: str | Path) -> Gold:
    gold_dir = Path(gold_dir)
    if not (gold_dir / "articles").is_dir():
        raise GoldError(f"{gold_dir}: no `articles/` folder of gold annotations (see corpus/README.md)")
    articles = []
    for path in sorted((gold_dir / "articles").glob("*.json")):
        data = _read_json(path)
        try:
            articles.append(GoldArticle(data["file"], data.get("title", ""), data["claims"]))
        except (KeyError, TypeError) as exc:
            raise GoldError(f"{path}: missing field {exc}") from None
    conflicts, non_conflicts = [], []
    for path in sorted((gold_dir / "conflicts").glob("*.json")):
        data = _read_json(path)
        conflicts.extend(data.get("conflicts", []))
        non_conflicts.extend(data.get("non_conflicts", []))
    gold = Gold(articles, conflicts, non_conflicts, gold_dir.parent)
    known = gold.claim_ids()
    for pair in conflicts + non_conflicts:
        for key in ("a", "b"):
            if pair.get(key) not in known:
                raise GoldError(f"{gold_dir / 'conflicts'}: conflict refers to unknown claim {pair.get(key)!r}")
    return gold


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold annotations ({exc})") from None


# ------------------------------------------------------------------ running

def evaluate(gold_dir: str | Path, db_url: str | None = None, workers: int = 1) -> dict:
    """Ingest the gold's corpus into a fresh database (a temporary SQLite file unless `db_url`) and score."""
    from sqlalchemy import select

    from .db.engine import make_engine, make_sessionmaker, upgrade
    from .db.models import ArticleRow
    from .db.repository import all_claims, list_conflicts
    from .ingest import ingest_paths
    from .serialize import claim_row_json, conflict_json

    gold = load_gold(gold_dir)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(db_url or f"sqlite:///{Path(tmp) / 'eval.db'}")
        upgrade(engine)
        sessions = make_sessionmaker(engine)
        summary = ingest_paths([str(gold.corpus)], sessions, workers=workers)
        with sessions() as session:
            claims = [claim_row_json(row) for row in all_claims(session)]
            conflicts = [conflict_json(row) for row in list_conflicts(session)]
            texts = {a.id: (a.origin, a.title, a.text) for a in session.scalars(select(ArticleRow))}
        engine.dispose()
    report = score(gold, claims, conflicts, texts)
    report["ingest"] = {"new": summary.new, "failed": [list(f) for f in summary.failed]}
    return report


def score(gold: Gold, claims: list[dict], conflicts: list[dict], texts: dict[str, tuple[str, str, str]]) -> dict:
    article_of_gold = _locate_articles(gold, texts)
    # Articles without gold annotations are not scored: their claims are neither right nor wrong.
    annotated = set(article_of_gold.values())
    claims = [c for c in claims if c["article"]["id"] in annotated]
    conflicts = [c for c in conflicts if all(claim["article"]["id"] in annotated for claim in c["claims"])]
    matched, restating, claim_misses, claim_false = _match_claims(gold, claims, article_of_gold, texts)
    claim_score = Score(tp=len(matched), predicted=len(claims), gold=sum(len(a.claims) for a in gold.articles))
    gold_by_id = {c["id"]: c for a in gold.articles for c in a.claims}
    fields = {}
    for name in FIELDS:
        right = sum(1 for gold_id, claim in matched.items() if field_agrees(name, gold_by_id[gold_id], claim))
        fields[name] = {**Score(right, claim_score.predicted, claim_score.gold).as_dict(),
                        "accuracy_on_matched": round(right / len(matched), 4) if matched else 0.0}
    field_errors = [
        {"gold": gold_id, "field": name, "expected": gold_by_id[gold_id].get(name), "got": _show_claim(name, claim),
         "sentence": claim["sentence"]}
        for gold_id, claim in matched.items() for name in FIELDS if not field_agrees(name, gold_by_id[gold_id], claim)]
    conflict_report = _score_conflicts(gold, conflicts, matched, restating)
    return {
        "claims": {**claim_score.as_dict(), "fields": fields, "misses": claim_misses, "false_alarms": claim_false,
                   "field_errors": field_errors},
        "conflicts": conflict_report,
        "unmatched_gold_articles": [_gold_key(a) for a in gold.articles if _gold_key(a) not in article_of_gold],
    }


def _locate_articles(gold: Gold, texts: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Gold article (file, and title inside a .jsonl) -> stored article id."""
    located = {}
    for article in gold.articles:
        path = str(gold.corpus / article.file)
        for article_id, (origin, title, _) in texts.items():
            same_file = origin == path or origin.startswith(path + ":")
            if same_file and (not origin.startswith(path + ":") or title.strip() == article.title.strip()):
                located[_gold_key(article)] = article_id
    return located


def _gold_key(article: GoldArticle) -> str:
    return article.file if not article.file.endswith(".jsonl") else f"{article.file}#{article.title}"


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while needle and start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _match_claims(gold: Gold, claims: list[dict], located: dict[str, str], texts):
    by_article: dict[str, list[dict]] = defaultdict(list)
    for claim in claims:
        by_article[claim["article"]["id"]].append(claim)
    matched: dict[str, dict] = {}
    restating: dict[str, str] = {}  # claim id -> gold id, for claims that say again what a matched one says
    misses = []
    used: set[str] = set()
    for article in gold.articles:
        article_id = located.get(_gold_key(article))
        text = texts[article_id][2] if article_id else ""
        candidates = []
        for gold_claim in article.claims:
            spans = [s for content in [gold_claim["content"], *gold_claim.get("also", [])]
                     for s in _occurrences(text, content)]
            for claim in by_article.get(article_id, []):
                overlap = max((_overlap(span, (e["text"]["start"], e["text"]["end"]))
                               for span in spans for e in claim["evidence"]), default=0)
                if overlap > 0:
                    candidates.append((overlap, gold_claim["id"], claim["id"], claim))
        for overlap, gold_id, claim_id, claim in sorted(candidates, key=lambda c: -c[0]):
            if gold_id not in matched and claim_id not in used:
                matched[gold_id] = claim
                used.add(claim_id)
        for overlap, gold_id, claim_id, claim in sorted(candidates, key=lambda c: -c[0]):
            length = claim["text"]["end"] - claim["text"]["start"]
            if claim_id not in used and claim_id not in restating and overlap * 2 >= length:
                restating[claim_id] = gold_id  # a second claim for one gold claim: "also" says it is the same
        misses.extend({"gold": c["id"], "file": article.file, "content": c["content"], "source": c.get("source")}
                      for c in article.claims if c["id"] not in matched)
    false_alarms = [{"claim": c["id"], "article": c["article"]["title"], "text": c["text"]["text"],
                     "source": c["source"]["name"], "sentence": c["sentence"]}
                    for c in claims if c["id"] not in used]
    return matched, restating, misses, false_alarms


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# ------------------------------------------------------------------ fields

def field_agrees(name: str, gold: dict, claim: dict) -> bool:
    want = gold.get(name)
    match name:
        case "source":
            got = claim["source"]["name"]
            return (want is None and got is None) or (want is not None and got is not None and
                                                      canonical_source(want).lower() == canonical_source(got).lower())
        case "cue" | "commitment" | "polarity" | "kind":
            return str(want or "").lower() == str(claim[name] or "").lower()
        case "subject":
            return str(want or "").lower() == claim["subject"]["key"].lower()
        case "predicate":
            return predicate_family(str(want or "")) == predicate_family(claim["predicate"]["key"])
        case "quantity":
            got = claim["quantity"]
            if want is None or got is None:
                return want is None and got is None
            return all(_close(want.get(k), got.get(k)) for k in ("value", "low", "high")) and \
                (want.get("unit") or None) == (got.get("unit") or None)
        case "time":
            got = claim["time"]
            if want is None or got is None:
                return want is None and got is None
            return (want.get("start"), want.get("end")) == (got["start"], got["end"])
        case "stance":
            got = claim["stance"]
            if want is None or got is None:
                return want is None and got is None
            return want.get("value") == got["value"]
    raise ValueError(name)


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= max(1e-6, 0.01 * abs(float(a)))


def _show_claim(name: str, claim: dict):
    return {"source": lambda: claim["source"]["name"], "subject": lambda: claim["subject"]["key"],
            "predicate": lambda: claim["predicate"]["key"]}.get(name, lambda: claim.get(name))()


# ------------------------------------------------------------------ conflicts

def _pr(correct: int, predicted: int, found: int, gold: int) -> dict:
    precision = correct / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "correct_flags": correct, "predicted": predicted, "found": found, "gold": gold}


def restatement_key(claim: dict) -> tuple:
    """Gold claims with the same key say the same thing (one claim restated in several articles)."""
    quantity = claim.get("quantity") or {}
    stance = claim.get("stance") or {}
    return (canonical_source(claim["source"]).lower() if claim.get("source") else None,
            str(claim.get("subject") or "").lower(), predicate_family(str(claim.get("predicate") or "")),
            claim.get("polarity"), quantity.get("value"), quantity.get("low"), quantity.get("high"),
            stance.get("value"))


def _restatement_keys(gold_claims: dict[str, dict], non_conflicts: list[dict]) -> dict[str, tuple]:
    """Each gold claim's restatement key; a source's figure given again in other words ("1.28 million",
    "nearly 1.3 million") is the same claim when the gold marks the two as agreeing."""
    key_of = {claim_id: restatement_key(claim) for claim_id, claim in gold_claims.items()}
    for pair in non_conflicts:
        first, second = key_of[pair["a"]], key_of[pair["b"]]
        if pair.get("reason") == "agree" and first[0] == second[0] and first != second:
            key_of = {claim_id: first if key == second else key for claim_id, key in key_of.items()}
    return key_of


def _score_conflicts(gold: Gold, conflicts: list[dict], matched: dict[str, dict], restating: dict[str, str]) -> dict:
    gold_claims = {c["id"]: c for a in gold.articles for c in a.claims}
    gold_of_claim = {**restating, **{claim["id"]: gold_id for gold_id, claim in matched.items()}}
    expected = {frozenset((c["a"], c["b"])): c for c in gold.conflicts}
    forbidden = {frozenset((c["a"], c["b"])): c for c in gold.non_conflicts}
    # A gold conflict also covers every pair of restatements of its two claims.
    key_of = _restatement_keys(gold_claims, gold.non_conflicts)
    restated = {}
    for pair, item in expected.items():
        restated.setdefault(frozenset(key_of[i] for i in pair), pair)
    kinds: dict[str, Counter] = defaultdict(Counter)  # per kind: predicted, correct flags, gold, found
    for item in expected.values():
        kinds[item["kind"]]["gold"] += 1
    found: set[frozenset] = set()
    correct = 0
    false_alarms, flagged_non_conflicts = [], []
    for conflict in conflicts:
        kind = "revision" if conflict["relation"] == "revision" else conflict["kind"]
        kinds[kind]["predicted"] += 1
        pair = frozenset(gold_of_claim.get(c["id"], c["id"]) for c in conflict["claims"])
        if pair not in expected and all(i in gold_claims for i in pair):
            pair = restated.get(frozenset(key_of[i] for i in pair), pair)
        if pair in expected:
            correct += 1
            if expected[pair]["kind"] == kind:
                kinds[kind]["correct"] += 1
                if pair not in found:
                    kinds[kind]["found"] += 1
            found.add(pair)
            continue
        alarm = {"conflict": conflict["id"], "kind": kind, "explanation": conflict["explanation"],
                 "articles": [c["article"]["title"] for c in conflict["claims"]]}
        false_alarms.append(alarm)
        if pair in forbidden:
            flagged_non_conflicts.append({**alarm, "reason": forbidden[pair].get("reason"),
                                          "why": forbidden[pair].get("why")})
    misses = [{"a": c["a"], "b": c["b"], "kind": c["kind"], "why": c.get("why"),
               "a_found": c["a"] in matched, "b_found": c["b"] in matched}
              for pair, c in expected.items() if pair not in found]
    # Precision counts every flag that is right (restatements included); recall counts gold conflicts found.
    return {**_pr(correct, len(conflicts), len(found), len(expected)),
            "kinds": {k: _pr(v["correct"], v["predicted"], v["found"], v["gold"]) for k, v in sorted(kinds.items())},
            "misses": misses, "false_alarms": false_alarms, "non_conflicts_flagged": flagged_non_conflicts,
            "non_conflicts_checked": len(forbidden)}
