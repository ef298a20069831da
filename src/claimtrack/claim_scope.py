"""Where, among whom and up to when a figure holds: "in Paris", "nationwide", "among the 600,000 most exposed",
"by 11 a.m.", "at the time of the invasion". Two figures with different scopes count different things."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .domain import ALL_CAUSES, WORLDWIDE
from .events import EVENT_NOUNS
from .figures import NATIONWIDE, NOT_COUNTS, TOLLS, WORLDWIDE_WORDS, doc_positions
from .nlp.attribution import AttributionMatch
from .nlp.lexicon import load_lexicon
from .nlp.mentions import doc_ents, entity_at, inside, span_text
from .normalize import country_of, known_entity, predicate_family

# word classes the scope rules read; extract.py reads them from here too
COPULAS = {"be", "remain", "become", "seem", "appear"}
LIGHT_VERBS = set(load_lexicon("predicates")["light_verbs"])
MEASURE_NOUNS = set(load_lexicon("subjects")["measure_nouns"])
CHANGE_VERBS = {"lower", "raise", "reduce", "increase", "cut", "revise"}  # "lower employment by 818,000"
VERDICT_VERBS = {"convict", "acquit", "exonerate", "clear", "sentence"}  # a court's verdict is about the one it judges
PLACE_NOUNS = {"town", "city", "village", "port", "island", "region", "province", "district"}


PLACE_PREPS = {"in", "across", "throughout", "around", "at", "outside", "for", "inside", "within", "on"}
CITY_WORDS = {"capital", "city"}  # "in the capital alone"
COUNTRY_WORDS = {"country", "nation"}  # "across the country"
WORLD_WORDS = {"world", "globe"}  # "around the world": worldwide


def _place(head: Token, tokens: set[int]) -> str | None:
    """Where a figure holds: "in Paris" -> Paris; "nationwide" or "across France" -> nationwide.
    A place attached to the verb wins over one deeper in the clause; one in its agent ("by a UN tribunal
    in The Hague") is where the agent sits, not where the claim holds; one in an apposition ("aboard the
    vessel, one of the largest submarines in the Northern Fleet") describes a noun."""
    doc = head.doc
    place_words = doc_positions(doc).place_words  # the only tokens that can pass the test below
    candidates = sorted((t for t in (doc[i] for i in tokens if i in place_words)
                         if ((t.lower_ in NATIONWIDE | WORLDWIDE_WORDS and t.pos_ != "PROPN" and not _names_a_kind(t))
                             or (t.lower_ in WORLDWIDE_WORDS and t.dep_ == "advmod") or _names_place(t))
                         and not _in_event_clause(t, head) and not inside(t, head, _placed_elsewhere(head))
                         and not _in_a_remark_on_the_figure(t, head) and not inside(t, head, {"appos"})),
                        key=lambda t: (t.head != head and t.head.head != head, t.i))
    for token in candidates:  # "the National Mall" is a place, not the nation
        if (token.lower_ in NATIONWIDE and token.pos_ != "PROPN") or token.lower_ in COUNTRY_WORDS:
            return "nationwide"
        if token.lower_ in WORLDWIDE_WORDS | WORLD_WORDS:  # "Worldwide," opening a sentence may be tagged a name
            return WORLDWIDE  # compared only with the world's figures, not with one country's
        named = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if named is not None and token.lemma_.lower() in CITY_WORDS | PLACE_NOUNS:
            return _name_at(named)  # "the Afghan city of Kunduz": Kunduz
        if token.lower_ in CITY_WORDS:  # "in the city" the piece has named no city before: its own
            return _city_named_before(token) or ("capital" if token.lower_ == "capital" else None)
        earlier = _place_named_before(token)
        if earlier is not None:
            return earlier
        facility = _named_facility(token)
        if facility is not None:
            return facility
        ent = entity_at(token) or doc[token.i:token.i + 1]
        if token.head.lower_ in ("across", "throughout") and ent.label_ == "GPE" and country_of(ent.text) == ent.text:
            return "nationwide"  # "across France"; "across the West Bank" is the West Bank's
        return ent.text  # a place as written: "Paris" the city, not the French government
    return _toll_of_a_place(doc, tokens)


def _names_a_kind(word: Token) -> bool:
    """"national security legislation", "the national police list": "national" names a kind of thing, not
    where the figure holds, when the noun it qualifies qualifies another in turn."""
    return word.dep_ == "amod" and word.head.dep_ in ("compound", "amod", "nmod")


def _in_a_remark_on_the_figure(token: Token, head: Token) -> bool:
    """"... people died in the conflict, a figure bitterly rejected in Bangladesh": where the figure is
    rejected, not where the deaths were."""
    for ancestor in token.ancestors:
        if ancestor == head:
            return False
        if ancestor.dep_ in ("npadvmod", "appos") and ancestor.lemma_.lower() in MEASURE_NOUNS:
            return True
    return False


def _name_at(token: Token) -> str:
    """The name a word is part of ("New Orleans" for "Orleans"), or the word itself."""
    return (entity_at(token) or token.doc[token.i:token.i + 1]).text


def _toll_of_a_place(doc: Doc, tokens: set[int]) -> str | None:
    """"Louisiana's confirmed death toll rose to 279": the toll of Louisiana."""
    owner = next((t for t in (doc[i] for i in sorted(tokens)) if t.dep_ == "poss" and t.ent_type_ == "GPE"
                  and t.head.lemma_.lower() in TOLLS), None)
    return _name_at(owner) if owner is not None else None


def _placed_elsewhere(head: Token) -> set[str]:
    """Phrases whose place is not where the claim holds: where the doer sits ("by a UN tribunal in The
    Hague"; "a court in Bhopal convicted seven executives", where the convicted are the claim's subject),
    or where something described is ("the owner of the building that collapsed in Savar")."""
    # "The sheriff's office in Butte County lowered the death toll to 85": the office's place, not the toll's
    return DESCRIBED_AND_GIVER if head.lemma_.lower() in FIGURE_GIVERS else DESCRIBED


DESCRIBED = {"agent", "relcl"}  # "the building that collapsed in Savar": where the building is, not the arrest
DESCRIBED_AND_GIVER = DESCRIBED | {"nsubj"}
FIGURE_GIVERS = VERDICT_VERBS | CHANGE_VERBS | {"put", "estimate", "count", "tally", "revise"}


def _in_event_clause(token: Token, head: Token) -> bool:
    """"300 were killed when the army crushed a rebellion in the capital", "2,259 died after gas escaped
    from a plant in Bhopal": the place of the event that caused the figure, told in a clause of its own,
    is not a part of the whole that the figure counts. Nor is the place of one event ("the accident at the
    plant in Ukraine"), unlike that of many ("killed in attacks in Baghdad")."""
    for ancestor in token.ancestors:
        if ancestor == head:
            return False
        if ancestor.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in EVENT_CLAUSE_MARKS
                                            for c in ancestor.children):
            return True
        if ancestor.tag_ == "NN" and ancestor.lemma_.lower() in EVENT_NOUNS:
            return True  # "died as a result of the accident at the plant in Ukraine": which accident, not where
    return False


EVENT_CLAUSE_MARKS = {"when", "as", "after", "because"}


MOMENT_MARKS = {"when", "until", "till", "while"}  # "when he left the island, the count was 16"
CLOCK = re.compile(r"a\.m\.|p\.m\.|am|pm|noon|midday|midnight|hour", re.IGNORECASE)


def scope(head: Token, tokens: set[int]) -> str | None:
    """Where a figure holds, and how much of its day a running count covers: "317,000 trips by 11 a.m."
    is not the day's total, so it is scoped "by 11 a.m." and compared only with counts up to that hour;
    a count "when he left the island" holds at that moment, and is compared only with counts at it."""
    place = _place(head, tokens) or _where_it_struck(head)
    if there_were_in(head) or predicate_family(head.lemma_.lower()) == "present":
        return place  # who was in a place "when the bombing began", "at the time of the strike": at the story's
        # moment, however each source words it
    doc = head.doc
    # "the count was 16 when ...", not "300 died when ..." nor "989 were on board when it sank" (aboard then)
    tally = head.lemma_.lower() in COPULAS | LIGHT_VERBS and not counts_those_aboard(head)
    moment = next((c for c in head.children if tally and c.dep_ == "advcl" and c.i in tokens and
                   any(m.dep_ in ("mark", "advmod") and m.lower_ in MOMENT_MARKS for m in c.children)
                   and not any(t.ent_type_ == "DATE" for t in c.subtree)), None)  # a dated one dates the count
    if moment is not None:
        when = doc[moment.left_edge.i:moment.right_edge.i + 1].text
        return f"{place}, {when}" if place else when
    early = _early_period(head, tokens) or _a_days_count(head, tokens) or _population(head, tokens) \
        or _cause_of_death(head) or _at_the_time_of(head) or _some_of_those_counted(head) or _identified_so_far(head) \
        or _with_or_without(head) or _how_badly_hurt(head) or _on_a_list(head, tokens)
    if early is not None:
        return f"{place}, {early}" if place else early
    for i in (i for i in doc_positions(doc).bys if i in tokens):
        if doc[i].dep_ in ("prep", "agent"):
            clock = next((t for t in doc[i].subtree if CLOCK.fullmatch(t.text)), None)
            if clock is not None:
                until = "by " + doc[i + 1:clock.i + 1].text
                return f"{place}, {until}" if place else until
    return place


def _where_it_struck(participle: Token) -> str | None:
    """"Police opened fire at Jackson State College, killing two people and wounding 12": the toll of
    the deed the participle hangs on is where the deed was done."""
    if participle.dep_ not in ("advcl", "conj") or participle.tag_ != "VBG":
        return None
    deed = participle.head if participle.dep_ == "advcl" else participle.head.head
    places = {t.i for c in deed.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS for t in c.subtree}
    return _place(deed, places) if places else None


DURATION_NOUNS = {"hour", "day", "night", "week", "month", "year"}
FIRST_WORDS = {"first", "initial", "early", "opening"}


def _with_or_without(head: Token) -> str | None:
    """"Including the nine attackers killed by security forces, 175 people died", "166 people were killed,
    not counting the nine attackers": a count said to take in or leave out a group is compared only with
    counts that say the same, not with the bare toll ("killing 50 people, including 10 children" is no such)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("including", "excluding"):
            group = next((g for g in child.children if g.dep_ == "pobj"), None)
            definite = group is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in group.children)
            if group is not None and (child.lower_ == "excluding" or (definite and child.i < head.i)):
                return f"{'with' if child.lower_ == 'including' else 'without'} {_group_named(group)}"
        if child.dep_ == "advcl" and child.lemma_.lower() == "count" and any(c.dep_ == "neg" for c in child.children):
            group = next((g for g in child.children if g.dep_ == "dobj"), None)
            if group is not None:
                return f"without {_group_named(group)}"  # "not counting the nine attackers"
    return None


def _group_named(group: Token) -> str:
    """"the nine attackers", without what the phrase goes on to say of them."""
    number = next((c for c in group.children if c.dep_ == "nummod"), None)
    return f"the {number.text} {group.text}" if number is not None else f"the {group.text}"


def _early_period(head: Token, tokens: set[int]) -> str | None:
    """"8,000 died within two weeks of the leak", "in the first days", "shot dead on the day": the first part of
    a toll that has grown since, compared with totals only as a part with its whole; so are the dead "in the week
    before the shooting", some of the dead of a whole stretch of unrest and none of the shooting's."""
    for prep in head.children:
        day = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ("day", "night")
                    and any(d.lower_ == "the" for d in c.children)
                    and not any(g.dep_ == "prep" and g.lower_ in ("of", "after", "before") for g in c.children)),
                   None) if prep.dep_ == "prep" and prep.i in tokens and prep.lower_ == "on" else None
        if day is not None:  # "shot dead on the day": that day's count; not "on the day of the funeral"
            return prep.doc[prep.i:day.i + 1].text
        if prep.dep_ != "prep" or prep.i not in tokens or prep.lower_ not in ("within", "in", "during"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in DURATION_NOUNS):
            if prep.lower_ == "within" or any(c.lower_ in FIRST_WORDS for c in noun.children) or any(
                    c.dep_ == "prep" and c.lower_ in ("before", "after") for c in noun.children):
                return prep.doc[prep.i:prep.right_edge.i + 1].text  # "in the week before the shooting", too
    return None


RECENT_WORDS = {"past", "last", "previous", "preceding", "single"}


def _a_days_count(head: Token, tokens: set[int]) -> str | None:
    """"India reported 3,689 deaths in the previous 24 hours", "1,000 deaths in a single day": a day's count
    (or a week's) while a toll runs on, a part of any total; every way of saying a day is one scope. The
    stretch may hang on the figure's verb or, when the figure is that verb's object, on the verb."""
    holders = [head, head.head] if head.dep_ in ("dobj", "nsubj", "nsubjpass") else [head]
    preps = [c for holder in holders for c in holder.children
             if c.dep_ == "prep" and c.i in tokens and c.lower_ in ("in", "over", "during")]
    for noun in (c for prep in preps for c in prep.children
                 if c.dep_ == "pobj" and c.lemma_.lower() in ("hour", "day", "week")):
        recent = any(c.lower_ in RECENT_WORDS for c in noun.children)
        number = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
        if (noun.lemma_.lower() == "hour" and number is not None and number.text == "24") or (
                noun.lemma_.lower() == "day" and recent and number is None):
            return "in a day"
        if noun.lemma_.lower() == "week" and recent and number is None:
            return "in a week"
    return None


def _at_the_time_of(head: Token) -> str | None:
    """"At the time of the invasion, the territory had a population of about 650,000": a count as it stood
    at an event's moment, compared only with counts at that moment."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "at"):
        time = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "time"), None)
        of = next((c for c in time.children if c.dep_ == "prep" and c.lower_ == "of"), None) if time else None
        if of is not None:
            return head.doc[prep.i:of.right_edge.i + 1].text.lower()
    return None


IDENTIFYING_NOUNS = {"identity", "name"}
IDENTIFYING_VERBS = {"identify", "name"}


def _identified_so_far(head: Token) -> str | None:
    """"have confirmed the identities of 202 people killed": the dead a list has named, a part of the toll."""
    for noun in (head, head.head):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in IDENTIFYING_NOUNS:
            return "identified by name"
    verb = next((a for a in head.head.ancestors if a.pos_ == "VERB"), None) if head.dep_ in ("acl", "relcl") else None
    if verb is not None and verb.lemma_.lower() in IDENTIFYING_VERBS:
        return "identified by name"  # "has identified by name 44 people (who were) killed at Tlatelolco"
    return None


# "88 people were seriously injured": some of the injured, which a count of all of them ("more than 100
# were injured") takes in; not "fatally", which says they died
INJURY_DEGREES = {"seriously", "critically", "severely", "badly", "gravely", "slightly", "lightly", "moderately",
                  "mildly"}


def _how_badly_hurt(head: Token) -> str | None:
    """The injured of one degree ("seriously injured", "critically wounded"), a part of all the injured."""
    if predicate_family(head.lemma_.lower()) != "injure":
        return None
    return next((c.lower_ for c in head.children if c.dep_ == "advmod" and c.lower_ in INJURY_DEGREES), None)


def _some_of_those_counted(head: Token) -> str | None:
    """"Thirteen of the soldiers killed in Jenin died in a single ambush", "four of the soldiers who died were
    killed by fire from their own forces", "56 of the dead were killed by blunt injuries": a part of the dead,
    picked out by how they died, not the toll."""
    family = predicate_family(head.lemma_.lower())
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num):
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if group is None or any(c.dep_ == "nummod" for c in group.children):
            continue  # "five of the 13": a part of a counted whole, which conflicts.py reads from the words
        told = next((c for c in group.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        if (told is not None and predicate_family(told.lemma_.lower()) == family) or \
                (family == "dead" and group.lemma_.lower() in DEAD_NOUNS and told is None) or \
                (family == "happen" and group.lemma_.lower() == "death" and told is None):
            return head.doc[of.i:group.right_edge.i + 1].text.lower()  # "2.7 million of those deaths occurred
    return None  # between April and July": those of one stretch


def _population(head: Token, tokens: set[int]) -> str | None:
    """"4,000 could die among the 600,000 most highly exposed people": a count within a counted population,
    compared only with counts within it ("5,000 among some 6.8 million people" is another)."""
    doc = head.doc
    for prep in (doc[i] for i in sorted(tokens) if doc[i].lower_ == "among" and doc[i].dep_ == "prep"):
        population = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if population is not None and any(c.dep_ == "nummod" and c.like_num for c in population.children) \
                and not described_as_dead(population):  # "among the 144 people killed": the dead themselves
            return doc[prep.i:population.i + 1].text
    return None


LIST_NOUNS = {"list", "register", "registry", "roll", "manifest", "database"}


def _on_a_list(head: Token, tokens: set[int]) -> str | None:
    """"Most of those on the list have since been found alive": the people a list named before names (of the
    missing, of the passengers), compared only with counts of those on it, not with the toll."""
    doc = head.doc
    for prep in (doc[i] for i in sorted(tokens) if doc[i].dep_ == "prep" and doc[i].lower_ in ("on", "in")):
        listed = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in LIST_NOUNS
                       and all(d.dep_ == "det" for d in c.children)), None)  # not "Tokyo's list of abductees",
        # the very group in dispute
        if listed is not None and prep.head.pos_ in ("NOUN", "PRON") and prep.head.i < head.i:
            return doc[prep.i:listed.i + 1].text.lower()
    return None


DEAD_NOUNS = {"dead", "victim", "casualty", "fatality"}


def described_as_dead(noun: Token) -> bool:
    """"the 144 people killed", "those who died", "the 270 victims": a group told by its dying."""
    return noun.lemma_.lower() in DEAD_NOUNS or any(
        c.dep_ in ("acl", "relcl") and predicate_family(c.lemma_.lower()) == "dead" for c in noun.children)


INDIRECT_DEATHS = "of a stated cause"  # illness, stress, exposure: one scope, whatever the words
CAUSE_NOUNS = {"cause", "illness", "disease", "stress", "complication", "exposure", "cancer", "suicide", "starvation",
               "hypothermia", "dehydration", "injury", "wound"}


WAYS_TO_DIE = {"violence", "starvation", "hunger", "famine", "disease", "illness", "execution", "exhaustion",
               "overwork", "malnutrition"}


def _result_of(head: Token) -> list[Token]:
    """What a death is said to be the result of: "died as a result of starvation", "because of disease"."""
    found = []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        nouns = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "as":  # "as a result of": the result's "of"
            found += [g for n in nouns if n.lemma_.lower() == "result" for o in n.children
                      if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
        elif prep.lower_ == "because":  # "because of"
            found += nouns
    return found


def _cause_of_death(head: Token) -> str | None:
    """"2,000 have died of causes linked to the evacuation": deaths of one cause, a figure apart from the
    disaster's toll ("killed more than 18,000"); "killed by violence", a figure for the one way of dying it
    names."""
    if _related_deaths(head):
        return INDIRECT_DEATHS
    if _of_all_causes(head):
        return ALL_CAUSES
    if any(_violent(noun) or noun.lemma_.lower() == "violence" for noun in _nouns_of(head)):
        return "of violence"  # "151,000 Iraqis died violently", "violent deaths", "the result of violence": as
        # "killed by violence"
    if predicate_family(head.lemma_.lower()) != "dead":
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "directly" for c in head.children):
        return "directly"  # "dozens were killed directly by the storm's winds": a part of all the storm's dead
    cause = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in CAUSE_NOUNS), None)
    if cause is not None:
        return INDIRECT_DEATHS
    manner = next((g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from", "by")
                   for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in WAYS_TO_DIE), None) or \
        next((g for g in _result_of(head) if g.lemma_.lower() in WAYS_TO_DIE), None)
    if manner is None or manner.conjuncts:
        return None  # "800,000 killed by violence"; "died from execution, starvation and disease": every way
    return f"of {HUNGER.get(manner.lemma_.lower(), manner.lemma_.lower())}"


def _nouns_of(head: Token) -> list[Token]:
    """The clause's verb (or noun), the nouns that are its subject or object, and what those are "of" ("the
    number of excess deaths", "the result of violence"): where a death's kind is said."""
    nouns = [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))]
    return nouns + [g for noun in nouns for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]


def _of_all_causes(head: Token) -> bool:
    """"8.1 million deaths from all causes were registered in 2020", "people who died of any cause": all the
    deaths of a year or a place, against which a disaster's toll is measured, never its rival."""
    return any(g.lemma_.lower() == "cause" and any(d.lower_ in ("all", "any") for d in g.children)
               for noun in _nouns_of(head) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for g in c.children if g.dep_ == "pobj")


def _violent(word: Token) -> bool:
    """"died violently", "violent deaths"."""
    return any((c.dep_ == "advmod" and c.lower_ == "violently") or (c.dep_ == "amod" and c.lower_ == "violent")
               for c in word.children)


RELATING_WORDS = {"relate", "related", "link", "linked", "connect", "connected"}


def _related_deaths(head: Token) -> bool:
    """"2,300 disaster-related deaths have been recorded": deaths tied to a cause, apart from the toll."""
    nouns = [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"))]
    return any(noun.lemma_.lower() in ("death", "fatality") and any(
        c.dep_ == "amod" and c.lemma_.lower() in RELATING_WORDS for c in noun.children) for noun in nouns)


HUNGER = {"starvation": "hunger", "famine": "hunger", "malnutrition": "hunger"}  # one way to die, in other words


def cue_place(match: AttributionMatch) -> str | None:
    """"In Dominica, the government said 31 people had died": a place set before the cue scopes what is said."""
    cue = match.cue.root
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < cue.i:
            place = next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
            if place is not None:
                return _name_at(place)
    owner = _region_owning(match)
    if owner is not None:
        return owner
    place = _authorities_of(match.source)  # the cheap test first: most sources are no local authority
    return place if place is not None and THERE.search(match.cue.sent.text) else None


REGION_WORDS = {"state", "province", "region", "prefecture", "county"}  # "the state's official toll"


def _region_owning(match: AttributionMatch) -> str | None:
    """"Bihar's official count now stands at 9,429 deaths", "the state's official toll stands at 10,094": a
    state's or a city's own count of the dead is a count for that place (the one named last, for "the state"),
    a part of its country's toll; a country's ("India's official count") is the toll."""
    cue, source = match.cue.root, match.source
    if source is None or cue.pos_ != "NOUN" or source.root.dep_ != "poss" or source.root.head.i != cue.i:
        return None
    if source.root.lemma_.lower() in REGION_WORDS:
        return _region_named_before(source.root)
    if source.root.pos_ != "PROPN":  # the tagger may call a state an organisation: the gazetteer says
        return None
    name = " ".join(t.text for t in source.root.subtree if t.dep_ == "compound" or t == source.root)  # no "'s"
    return name if _a_region(name) else None


def _a_region(name: str) -> bool:
    """A place within a country ("Bihar", "Gujarat"), not the country nor a capital that speaks for it."""
    return country_of(name) not in (None, name) and known_entity(name) is None


def _region_named_before(word: Token) -> str | None:
    """"the state" after "Gujarat has approved ...": the region the article named last before the word."""
    named = (span_text(ent) for ent in reversed(doc_ents(word.doc)) if ent.end <= word.i
             and ent.label_ in ("GPE", "ORG", "LOC"))  # "Maharashtra" may be tagged an organisation
    return next((name for name in named if _a_region(name)), None)


LOCAL_AUTHORITIES = {"official", "authority", "government", "police", "coroner"}
THERE = re.compile(r"\bthere\b(?! (?:is|was|are|were|had|has|have)\b)|\b(?:in|across) the (?:state|province|prefecture|region|county)\b",
                   re.IGNORECASE)  # "put the toll there at 201", not "there were 459 people aboard"


def _authorities_of(source: Span | None) -> str | None:
    """"Mississippi authorities put the toll there at 201": a toll for Mississippi, when the words point to
    the place ("there", "in the state"). A state's or a city's authorities speak for it; a country's
    ("Japanese officials") for the whole story."""
    if source is None or source.root.lemma_.lower() not in LOCAL_AUTHORITIES:
        return None
    place = next((c for c in source.root.children if c.dep_ in ("compound", "amod") and c.ent_type_ == "GPE"), None)
    if place is None:
        return None
    name = _name_at(place)
    return name if country_of(name) not in (None, name) else None


def _names_place(token: Token) -> bool:
    """"in Paris", "across the country"; the tagger's GPE is unreliable, so any proper noun after "in"
    counts, but "in August" is a date, not a place."""
    if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPS or token.lemma_.lower() in EVENT_NOUNS:
        return False  # "in the Nanjing Massacre" is in an event, not a place
    # "in and around the Trade Unions House": the place hangs on "around", joined to "in"
    within = token.head.lower_ == "in" or (token.head.dep_ == "conj" and token.head.head.lower_ == "in")
    return (token.ent_type_ in ("GPE", "LOC", "FAC") or token.lower_ in CITY_WORDS | COUNTRY_WORDS | WORLD_WORDS or
            (token.pos_ == "PROPN" and within and token.ent_type_ not in NOT_COUNTS) or
            _place_named_before(token) is not None or _named_facility(token) is not None)


def _named_facility(token: Token) -> str | None:
    """"at the Chhatrapati Shivaji Terminus railway station": a building or ground by its name."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in FACILITY_NOUNS:
        return None
    names = [t for t in token.subtree if t.i < token.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
    return span_text(token.doc[names[0].i:token.i + 1]) if names else None


FACILITY_NOUNS = {"station", "stadium", "hotel", "mosque", "church", "temple", "school", "hospital", "mine", "ground",
                  "square", "airport", "terminal", "market", "prison", "camp", "building", "tower", "bridge"}


def _place_named_before(token: Token) -> str | None:
    """"in the square" after "Tiananmen Square": the place the article named in full."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    named = (ent for ent in reversed(doc_ents(token.doc)) if ent.end <= token.i and ent.label_ in ("FAC", "GPE", "LOC"))
    return next((ent.text for ent in named if len(ent) > 1 and ent[-1].lower_ == token.lower_), None)


def _city_named_before(token: Token) -> str | None:
    """ "In the capital alone" after "including 80,000 in Paris": the city the article named last."""
    doc = token.doc
    for earlier in reversed(doc[max(0, token.i - 200):token.i]):
        if earlier.ent_type_ == "GPE" and earlier.dep_ == "pobj" and earlier.head.lower_ == "in":
            return _name_at(earlier)
    return None


def counts_those_aboard(head: Token) -> bool:
    """"there were 459 people aboard", "puts the number of people aboard at 476", "476 people were on
    board", "the ferry was carrying 476 people": a count of those (or what) a ship or plane carries. Not "Of the 476 people on board, 172 were rescued",
    where those aboard are only the group the rescued are drawn from."""
    if head.lemma_.lower() == "carry":  # "was carrying 476 people", "3,608 tons of cargo"; not "the bacterium"
        return any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in head.children)
    if head.lemma_.lower() not in COPULAS | LIGHT_VERBS | MEASURE_NOUNS:
        return False
    nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj")]
    nouns += [head.head, head] if head.lemma_.lower() in MEASURE_NOUNS else []  # "puts the number ... aboard at"
    for _ in range(2):  # "the number of people aboard", "its estimate of the number of people aboard"
        nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and g not in nouns]
    return any(says_aboard(c) for word in (head, *nouns) for c in word.children)


# What carries people, so that those on it are those aboard: "there were 226 people on the platform"
VESSELS = frozenset(load_lexicon("subjects")["vessels"])


def says_aboard(word: Token) -> bool:
    """"aboard", "onboard", "on board", "on the platform"."""
    return word.lower_ in ("aboard", "onboard") or (word.lower_ == "on" and any(
        g.lower_ == "board" or (g.dep_ == "pobj" and g.lemma_.lower() in VESSELS) for g in word.children))


def there_were_in(verb: Token) -> bool:
    """"There were no armed combatants within the hospital compound", "there were gunmen inside": a "there
    were" that tells who was in a place, not how many."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    group = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return group is not None and any(c.dep_ in ("prep", "advmod") and c.lower_ in WHERE_PRESENT
                                     for c in (*verb.children, *group.children))


WHERE_PRESENT = {"in", "inside", "within", "among", "at"}
