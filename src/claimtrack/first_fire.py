"""Who fired first: the question at the heart of most disputed shootings.

"Police said strikers fired first", "survivors insist that police opened fire first", "the troops only returned
fire", "officers fired only after strikers attacked them": each says which side started the shooting, or that
a side did not. Such claims are keyed to the story's first shots (`FIRST_SHOTS`), their predicate naming the
side (`FIRE_FIRST`, "fire first:police"), so that two sides each said to have fired first meet as a conflict
(`conflicts._first_to_fire`), and a side said to have fired first meets a denial that it did."""

from __future__ import annotations

from spacy.tokens import Token

from .normalize import subject_key

FIRING_VERBS = {"fire", "shoot"}
# Words for one side in a shooting: "officers" and "the police" are one side, "troops" and "paratroopers" one.
SIDES = {"officer": "police", "policeman": "police", "policemen": "police", "constable": "police", "army": "soldier",
         "paratrooper": "soldier", "para": "soldier", "guardsman": "soldier", "sniper": "gunman",
         "demonstrator": "protester", "marcher": "protester", "crowd": "protester"}
SHOTS = {"shot", "round", "bullet", "fire"}  # what is fired, when the parse makes it the subject
ATTACKS = {"attack", "charge", "fire", "shoot", "ambush", "storm", "rush"}  # "fired only after strikers attacked"


def first_to_fire(verb: Token, shooter: Token | None) -> tuple[str, bool] | None:
    """The side a clause says fired first (True), or says fired only in answer (False): "snipers fired first",
    "police opened fire first", "soldiers fired the first shots", "strikers fired before any police weapon was
    discharged" (True); "the troops only returned fire", "officers fired only after strikers attacked them",
    "the paratroopers fired in self-defence" (False). None when the clause says neither."""
    if shooter is None or not _fires(verb):
        return None
    fired = None
    if shooter.lemma_.lower() in SHOTS:  # "shots had been fired from the crowd": the crowd fired them
        fired, shooter = shooter, next((g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in
                                        ("by", "from") for g in c.children if g.dep_ == "pobj"), None)
        if shooter is None:
            return None
    side = SIDES.get(shooter.lemma_.lower(), subject_key(shooter.lemma_))
    said = _which_fired_first(verb)
    if said is None:
        return None
    if fired is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in fired.children):
        return side, not said  # "no shots were fired from the crowd before the police opened fire"
    return side, said


def _which_fired_first(verb: Token) -> bool | None:
    """Does the firing clause say its side fired first (True), or only in answer (False)?"""
    if verb.lemma_.lower() == "return":
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children) or any(
            c.dep_ == "dobj" and any(a.lower_ == "first" for a in c.children) for c in verb.children):
        return True
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        mark = next((m.lower_ for m in clause.children if m.dep_ == "mark"), None)
        if mark == "before":
            return True
        if mark == "after" and clause.lemma_.lower() in ATTACKS:
            return False
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in ("defence", "defense") for g in c.children)
           for c in verb.children):
        return False
    return None


def _fires(verb: Token) -> bool:
    """"fired", "shot", "opened fire", "returned fire"."""
    lemma = verb.lemma_.lower()
    if lemma in FIRING_VERBS:
        return True
    return lemma in ("open", "return") and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
