"""Scoring rules of `claimtrack eval` on hand-made gold claims."""

from claimtrack.evaluate import _restatement_keys


def gold_claim(claim_id, source, value):
    return {"id": claim_id, "source": source, "subject": "protester", "predicate": "march", "polarity": "positive",
            "quantity": {"value": value, "low": value, "high": value}}


def test_a_figure_the_gold_marks_as_agreeing_is_the_same_claim_restated():
    claims = {c["id"]: c for c in [gold_claim("march#2", "Interior Ministry", 1280000),
                                   gold_claim("june#6", "Interior Ministry", 1300000),
                                   gold_claim("june#7", "CGT", 1300000)]}
    agree = [{"a": "march#2", "b": "june#6", "reason": "agree"}, {"a": "march#2", "b": "june#7", "reason": "agree"}]
    keys = _restatement_keys(claims, agree)
    assert keys["march#2"] == keys["june#6"]
    assert keys["june#7"] != keys["march#2"]  # another source agreeing is not the ministry restating itself
    assert _restatement_keys(claims, [{**agree[0], "reason": "other_event"}])["june#6"] != keys["march#2"]
