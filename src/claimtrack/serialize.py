"""Claims and conflicts in the JSON shape of the CLI contract (see the README)."""

from __future__ import annotations

from datetime import date

from .db.models import ClaimRow, ConflictRow
from .domain import Article, Claim, TextSpan
from .normalize import tidy_number


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _span(span: TextSpan | None, parts=()) -> dict | None:
    if span is None:
        return None
    out = {"start": span.start, "end": span.end, "text": span.text}
    if parts:
        out["spans"] = [list(p) for p in parts]
    return out


def _attribution(a) -> dict:
    return {"source": _span(a.source), "cue": _span(a.cue), "content": _span(a.content, a.content_parts)}


def claim_json(claim: Claim, claim_id: str, article: dict) -> dict:
    q, t, s = claim.quantity, claim.time, claim.stance
    a = claim.attribution
    return {
        "id": claim_id,
        "article": article,
        "source": {"name": claim.source_name, "text": claim.source_text},
        "cue": claim.cue,
        "commitment": claim.commitment,
        "polarity": claim.polarity,
        "kind": claim.kind,
        "subject": {"text": claim.subject_text, "key": claim.subject_key},
        "predicate": {"text": claim.predicate_text, "key": claim.predicate_key},
        "quantity": {"text": q.text, "value": tidy_number(q.value), "low": tidy_number(q.low),
                     "high": tidy_number(q.high), "unit": q.unit,
                     "approximate": q.approximate} if q else None,
        "time": {"text": t.text, "start": _iso(t.start), "end": _iso(t.end), "precision": t.precision} if t else None,
        "stance": {"holder": s.holder, "target": s.target, "value": s.value, "condition": s.condition} if s else None,
        "hedge": claim.hedge,
        "own_voice": claim.own_voice,
        "scope": {"place": claim.place,
                  "period": {"start": _iso(claim.period.start), "end": _iso(claim.period.end)} if claim.period else None},
        "confidence": claim.confidence,
        "sentence": claim.sentence,
        "text": _span(claim.text),
        "attribution": _attribution(a),
        "evidence": [{"sentence": e.sentence, "text": _span(e.claim_text), "attribution": _attribution(e.attribution)}
                     for e in claim.evidence],
    }


def article_json(article: Article) -> dict:
    return {"id": article.id, "title": article.title, "url": article.url, "published": _iso(article.published),
            "outlet": article.outlet}


def claim_row_json(row: ClaimRow) -> dict:
    from .db.repository import to_claim

    article = row.article
    return claim_json(to_claim(row), row.id, {"id": article.id, "title": article.title, "url": article.url,
                                              "published": _iso(article.published), "outlet": article.outlet})


def conflict_json(row: ConflictRow) -> dict:
    return {
        "id": row.id,
        "kind": row.kind,
        "relation": row.relation,
        "status": row.status,
        "score": row.score,
        "explanation": row.explanation,
        "claims": [claim_row_json(row.claim_a), claim_row_json(row.claim_b)],
    }
