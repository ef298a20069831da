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
    discharged", "the first shots came from the police lines" (True); "the troops only returned fire", "officers
    fired only after strikers attacked them", "the paratroopers fired in self-defence" (False). None when the
    clause says neither."""
    side = side_that_fired(verb, shooter)
    if side is None:
        return None
    if _first_shots_came(verb, shooter):
        return _side_key(side), True
    said = _which_fired_first(verb)
    if said is None:
        return None
    if shooter.lemma_.lower() in SHOTS and any(c.dep_ == "det" and c.lower_ == "no" for c in shooter.children):
        return _side_key(side), not said  # "no shots were fired from the crowd before the police opened fire"
    return _side_key(side), said


def side_that_fired(verb: Token, shooter: Token | None) -> Token | None:
    """The words naming who fired: the clause's subject, or, when the shots are its subject, whom they were
    fired by or came from ("shots had been fired from the crowd", "the first shots came from members of the
    Olimpia Battalion": the battalion)."""
    if shooter is None or not (_fires(verb) or _first_shots_came(verb, shooter)):
        return None
    if shooter.lemma_.lower() not in SHOTS:
        return shooter
    source = next((g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")
                   for g in c.children if g.dep_ == "pobj"), None)
    if source is not None and source.lemma_.lower() in PART_WORDS:  # "members of the Olimpia Battalion"
        source = next((g for c in source.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"), source)
    if source is not None and source.lemma_.lower() in ("line", "position", "rank", "side"):
        source = next((c for c in source.children if c.dep_ in ("compound", "amod")), source)  # "police lines"
    return source


def _side_key(side: Token) -> str:
    return SIDES.get(side.lemma_.lower(), subject_key(side.lemma_))


PART_WORDS = {"member", "unit", "some", "one"}  # "members of the battalion" fired as the battalion


def _first_shots_came(verb: Token, shots: Token) -> bool:
    """"the first shots came from ...": which side fired first, told by where the first shots came from."""
    return verb.lemma_.lower() == "come" and shots.lemma_.lower() in SHOTS and any(
        c.dep_ == "amod" and c.lower_ == "first" for c in shots.children)


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
