"""Which disaster or attack a figure belongs to, when its sentence names another than the article's.

Stories about one disaster measure it against others: "Hurricane Katrina killed roughly 1,800 people in
2005", "a far more powerful earthquake that struck Chile killed about 525". Those tolls are not figures
for the story's own event and must never be compared with them. An event is named by its proper name
("Hurricane Katrina", "the Indian Ocean tsunami") or by the country it struck ("the earthquake that struck
Chile", "Haiti's earthquake"); the article's own event is the first it names by name, usually in the
headline or the lede."""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .nlp.attribution import home_country
from .nlp.lexicon import load_lexicon
from .nlp.mentions import entity_at
from .normalize import YEAR_NUMBER, country_of

EVENT_NOUNS = frozenset(load_lexicon("subjects")["event_nouns"])
_EVENT_IDS = sorted(get_string_id(noun) for noun in EVENT_NOUNS)
NEARBY = 12  # how far into an event noun's phrase a country may be ("the earthquake that struck Chile")


def other_event(doc: Doc, tokens: set[int], subject: Token | None) -> str | None:
    """The name of an event the claim's words tie it to, when that is not the article's own event."""
    own, own_year, by_token = _events(doc)
    if not by_token:
        return None
    candidates = set(tokens)
    antecedent = None
    if subject is not None and subject.dep_ == "nsubj" and subject.lower_ in ("which", "that"):
        antecedent = subject.head.head.i  # "the tsunami of December 2004, which killed 230,000"
        candidates.add(antecedent)
    home = home_country(doc)
    for i in sorted(candidates):
        if i not in by_token or (i != antecedent and beaten_record(doc[i])):
            continue  # "the worst shipping disaster since World War II" measures against that war
        name, proper, year = by_token[i]
        if any(c.dep_ == "amod" and c.lower_ in EARLIER for c in doc[i].children):
            return f"an earlier {doc[i].lower_}"  # "the previous worst disaster at the Hajj, ... in 1990, killed 1,426"
        if own_year is not None and year is not None and year != own_year:
            return name or f"the {year} {doc[i].lower_}"  # "the 1971 Corpus Christi massacre" in a story of 1968's
        if name is None:
            continue
        another_named = proper and not _one_name(name, own)  # "Hurricane Katrina" in a story about Hurricane Maria
        another_country = not proper and home is not None and name != home  # "the earthquake that struck Chile"
        if another_named or another_country:
            return name
    return None


EARLIER = {"previous", "earlier", "prior", "former"}  # "the previous worst disaster": another event than the story's


def beaten_record(token: Token) -> bool:
    """Is the word what a superlative is measured against ("the worst shipping disaster since World War II",
    "the deadliest hurricane since 1928"), not what its clause is about?"""
    since = next((a for a in token.ancestors if a.dep_ == "prep"), None)
    if since is None or since.lower_ != "since":
        return False
    return any(t.tag_ in ("JJS", "RBS") for t in token.doc[since.head.left_edge.i:since.i])


def event_year(noun: Token) -> int | None:
    """The year an event noun is named with: "the 1968 massacre", "the June 10, 1971 Corpus Christi massacre",
    "the earthquake that struck the city on July 28, 1976"."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else noun
    before = next((int(t.text) for t in head.subtree if t.i < noun.i and t.ent_type_ == "DATE"
                   and YEAR_NUMBER.fullmatch(t.text)), None)  # the words before the noun are its own
    # ... and so is the clause that tells when it struck: "the earthquake that struck the city on July 28, 1976"
    return before or next((int(t.text) for clause in head.children if clause.dep_ == "relcl"
                           for t in clause.subtree if t.ent_type_ == "DATE" and YEAR_NUMBER.fullmatch(t.text)), None)


def _one_name(name: str, own: str | None) -> bool:
    """"Lac disaster" and "Lac Mégantic disaster" (a name the tagger split), "the Lac-Mégantic derailment":
    one event when the proper words of one name are among the other's. "Hurricane Katrina" is not
    "Hurricane Maria"."""
    if own is None:
        return False
    words_a, words_b = ({w for w in n.split() if w[:1].isupper()} for n in (name, own))
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _events(doc: Doc) -> tuple[str | None, int | None, dict[int, tuple[str | None, bool, int | None]]]:
    """The article's own event (its proper name, or None when the article does not name it), the year its
    first dated event noun carries ("tied to 1968 massacre"), and for each event noun the event it names and
    its year: (name, is a proper name, year), or (None, False, None) for "the earthquake"."""
    cached = doc.user_data.get("claimtrack_events")
    if cached is None:
        table = doc.to_array([LOWER, LEMMA]) if len(doc) else numpy.zeros((0, 2), "uint64")
        nouns = numpy.isin(table[:, 0], _EVENT_IDS) | numpy.isin(table[:, 1], _EVENT_IDS)  # "Hurricane", "quakes"
        by_token = {i: (*_name(doc[i]), event_year(doc[i])) for i in numpy.flatnonzero(nouns).tolist()
                    if doc[i].pos_ in ("NOUN", "PROPN")  # not "the bridge collapsed"
                    and doc[i].ent_type_ != "ORG"}  # nor "the National Hurricane Center", a body
        # The first event named: the headline's or the lede's. Later ones are brought in for comparison.
        own = next((name for name, is_proper, _ in by_token.values() if is_proper), None)
        own_year = next((year for _, _, year in by_token.values() if year is not None), None)
        cached = doc.user_data["claimtrack_events"] = (own, own_year, by_token)
    return cached


def _name(noun: Token) -> tuple[str | None, bool]:
    """"Hurricane Katrina", "Indian Ocean tsunami" (a proper name), or the country an event struck
    ("Haiti's earthquake", "the earthquake that struck Chile"); (None, False) when neither is said."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" else noun  # "Hurricane Katrina"
    words = [t for t in head.subtree if t.i <= head.i and (t == head or t == noun or (
        t.pos_ == "PROPN" and t.dep_ == "compound" and not _a_country(t) and t.ent_type_ != "DATE"))]
    # "Santa Cruz massacre", not "Haiti earthquake" nor "the 25 April earthquake"
    if len(words) > 1 or head is not noun:
        return " ".join(t.text for t in words), True
    places = sorted((t for t in noun.subtree if abs(t.i - noun.i) <= NEARBY and _country(t)),
                    key=lambda t: abs(t.i - noun.i))
    return (_country(places[0]), False) if places else (None, False)


def _a_country(token: Token) -> bool:
    """Does the word name a country ("Haiti earthquake"), not a town in one ("Santa Cruz massacre")?"""
    ent = entity_at(token)
    return ent is not None and ent.label_ == "GPE" and country_of(ent.text) == ent.text


def _country(token: Token) -> str | None:
    ent = entity_at(token)
    if ent is None or ent.label_ != "GPE":
        return None
    return country_of(ent.text)
