"""Doc -> domain Claims. With its claim_*.py helpers, the only code that reads spaCy objects after the
pipeline; nothing downstream sees one. Each attribution's content is split into clauses, and each clause
becomes a claim with its subject, predicate, polarity, hedge, quantity, time and stance. When a clause's
event happened is read in claim_time.py, where and among whom a figure holds in claim_scope.py, a position
in claim_stance.py."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .domain import (CONDITIONAL, EVENT_KEY, EVENT_SCOPE, FIRE_FIRST, FIRST, FIRST_SHOTS, NATIONALS_SCOPE, RECORD,
                     Attribution, Claim, Evidence, Quantity, Stance, TextSpan, TimeSpan)
from .claim_scope import (CHANGE_VERBS, COPULAS, COUNTRY_WORDS, DEAD_NOUNS, DURATION_NOUNS, FIGURE_GIVERS, LIGHT_VERBS,
                          MEASURE_NOUNS, PLACE_NOUNS, VERDICT_VERBS, VESSELS, counts_those_aboard, cue_place,
                          described_as_dead, says_aboard, scope, there_were_in)
from .claim_stance import REFUSAL_VERBS, RELATIVE_PRONOUNS, STANCE_ACTIONS, stance_of
from .claim_time import FOUR_DIGITS, clause_time, clock_in_clause, date_in_clause, sentence_time
from .figures import (DEATH_NOUNS, EXCEED_VERBS, MEASURE_UNITS, NOT_COUNTS, QUANTIFIER_WORDS, QUANTITY_LABELS, TOLLS,
                      Positions, compared, counted_whatever_its_tag, doc_positions, exceeds_not, is_age, no_one,
                      number_at)
from .event_labels import LABELS, about_a_person, denied_by_determiner, label_key, label_of
from .events import EVENT_NOUNS, other_event
from .first_fire import first_to_fire, side_that_fired
from .nlp.attribution import (ACCEPTED_DEEDS, DENIED_DEEDS, LISTED_PARTS, OFFICIAL_BODIES, PROFESSED_STATES,
                             SUBJECT_DEPS, AttributionMatch, figure_in_a_clause_between, home_country)
from .nlp.garden_paths import REPORTING_VERBS
from .nlp.lexicon import load_lexicon
from .nlp.mentions import (PERSON_PRONOUNS, doc_ents, entity_at, full_person_name, inside, person_antecedent, relative,
                            sentence_of, sentences, span_text)
from .nlp.spans import runs, without_stranded_preposition
from .readers import TXT_HEADER_KEYS
from .story import TELLING_VERBS, story_names
from .normalize import (canonical_source, common_noun_key, country_of, country_of_people, find_clock,
                        has_predicate_family, known_entity, known_group, names_a_nation, predicate_family,
                        parse_quantity, plain_key, state_of, subject_key)

NEGATORS = {"not", "never", "n't", "no"}
REVISING_VERBS = {"revise", "update", "amend", "correct", "adjust", "change", "alter"}  # "never revised its toll"
WITNESS_VERBS = {"record", "film", "capture", "see", "spot", "photograph"}  # what was seen happening
DEMONSTRATIVES = {"this", "that", "it", "these", "those"}
REFLEXIVES = {"herself", "himself", "itself", "themselves", "myself", "ourselves", "yourself"}
MAX_SENTENCE_TOKENS = 250  # as the attribution component's default
# A date that places an event ("that July", "on Saturday", "1977"), not a span of time ("decades ago").
SPECIFIC_DATE = re.compile(r"\d|january|february|march|april|may|june|july|august|september|october|november|"
                           r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today", re.I)
OWN_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|(?:19|20)\d\d)\b")  # capitalised: "may" is a modal, "May" a month
CHANGE_NOUNS = set(load_lexicon("subjects")["change_nouns"])
REJECTION_WORDS = set(load_lexicon("cues")["rejection_words"])  # "the assertion that ... is unacceptable"
CLAIM_NOUNS = {k for k in load_lexicon("cues")["nouns"] if not k.startswith("_")}  # "assertion", "claim"
RECENT_SUBJECTS = "claimtrack_counted_by_predicate"  # doc.user_data: the last thing counted, by predicate
RECENT_RATES = "claimtrack_rates_by_measure"  # doc.user_data: the unit of the last rate given, by subject and predicate
GENERIC_PEOPLE = set(load_lexicon("subjects")["generic_people"])
AGENTS = load_lexicon("subjects")["agents"]
AGENT_DEEDS = {agent: deed for deed, agent in AGENTS.items()}  # protesters attend
MONEY_KINDS = {"economic", "financial", "monetary", "material"}  # "direct economic losses"
# Those at an event, who are its crowd when counted as attending: "10,000 spectators turned up"
EVENT_GOERS = {"spectator", "fan", "supporter", "attendee", "visitor", "onlooker", "concertgoer", "man", "woman"}
DATED_EVENTS = set(load_lexicon("predicates")["dated_events"])  # a day's event: its sentence's date is its date
JUDGEMENTS = set(load_lexicon("predicates")["judgements"])  # "right", "wrong", "adequate"
NEGATED_AS = load_lexicon("predicates")["negated_as"]
OPPOSITES = {k: v for k, v in load_lexicon("predicates")["opposites"].items() if not k.startswith("_")}
NEGATED_NOUNS = set(load_lexicon("predicates")["negated_nouns"])  # "no sign that ...", "no intention of ..."
OBJECT_CENTRED = set(load_lexicon("predicates")["object_centred"])  # "manipulated the statistics": about them
VAGUE_NUMBERS = {"dozens", "hundreds", "thousands", "millions", "scores", "tens"}  # "hundreds of people"
OWN_VOICE_ARGS = {"nsubj", "nsubjpass", "dobj", "attr", "prep", "npadvmod", "advmod", "pobj", "agent", "oprd",
                  "auxpass"}  # "76 people remain listed as missing": the parser may hang the subject on "remain"
# "In fact, a light rain fell": the outlet sets the record straight, a checkable claim even without a figure
CORRECTION = re.compile(r"^(?:but |and )?(?:in fact|in reality|in truth|actually|as it happens),", re.IGNORECASE)
WEATHER = load_lexicon("predicates")["weather"]  # "a light rain fell": the rain went on
EVENTS_STRIKING = {"strike", "hit", "rock", "jolt", "rip"}  # what an explosion or an earthquake does when it happens


def extract_claims(doc: Doc, published: date | None = None, title: str | None = None) -> list[Claim]:
    """All claims of one parsed article, repeats merged into one claim with several pieces of evidence. The
    article's title, when its text does not begin with it, counts among the names its story is told with."""
    claims: list[Claim] = []
    previous_subject: tuple[str, str, str] | None = None  # "the other eight" refers to the group named last
    matches = doc._.claimtrack_attributions
    denied = set()  # inner attributions an outer denial restates: "denied that he had ever assured residents ..."
    for match in sorted(matches, key=lambda m: m.content[0].start if m.content else 0):
        if _suggested_by_nothing(match):
            continue  # "nothing to suggest the pilots were responsible": the outer clause denies it
        inner = _restated_by_inner(match, matches)
        if inner is not None:
            if match.commitment == "denial":
                denied.add(id(inner))
            continue
        relayer = _relayed_by(match, matches)
        for claim in claims_from_attribution(match, published, previous_subject):
            if id(match) in denied and claim.commitment != "denial":
                claim = replace(claim, commitment="denial")
            if relayer is not None:
                claim = replace(claim, source_name=relayer)
            claims.append(claim)
            if claim.subject_key:
                previous_subject = (claim.subject_text, claim.subject_key, claim.predicate_key)
                if claim.quantity is not None and claim.quantity.unit is None:  # a count of things, not a rate
                    doc.user_data.setdefault(RECENT_SUBJECTS, {})[claim.predicate_key] = claim.subject_key
                elif claim.quantity is not None and " per " in f" {claim.quantity.unit}":
                    doc.user_data.setdefault(RECENT_RATES, {})[claim.subject_key, claim.predicate_key] = \
                        claim.quantity.unit
    claims.extend(own_voice_claims(doc, published))
    setting, story = article_setting(doc), story_names(doc, title, published)
    return [replace(claim, setting=setting, story=story) for claim in merge_repeats(_carry_periods(claims))]


SETTING_PLACES = 3  # an article is about the few places it names most


DATELINE = re.compile(r"^([A-Z][A-Z.' -]*[A-Z])(?:, [A-Za-z0-9. ]+)?(?: \([A-Za-z .]+\))? ?[-\u2013\u2014] ",
                      re.MULTILINE)  # "BEIRUT - ", "MEXICO CITY, Oct. 1 - ", "PORT-AU-PRINCE, Feb 10 (Reuters) - "


HEADER_LINE = re.compile(rf"^(?:{'|'.join(TXT_HEADER_KEYS)}):.*$", re.MULTILINE | re.IGNORECASE)


def article_setting(doc: Doc) -> tuple[str, ...]:
    """The countries an article names most ("Pyongyang" and "North Korean" are North Korea, "Beijing" is
    China): a story about China and one about Puerto Rico share none, and their death tolls are not
    compared. Ties go to the place named first."""
    counts: dict[str, int] = {}
    header = [m.span() for m in HEADER_LINE.finditer(doc.text)]
    for ent in doc_ents(doc):
        if any(start <= ent.start_char < end for start, end in header):
            continue  # "Outlet: ABC News (Australia)" says where the outlet is, not the story
        if ent.label_ == "GPE":
            place = country_of(ent.text)
        elif ent.label_ == "NORP":
            place = country_of_people(ent.text)
        elif ent.label_ == "ORG":
            place = _country_in_name(ent)  # "Malawi Electoral Commission", "Nigerian National Petroleum"
        else:
            continue
        if place is not None:  # a name no list places ("Ogoniland") says nothing about the country
            counts[place] = counts.get(place, 0) + 1
    dateline = DATELINE.search(doc.text)
    place = country_of(dateline.group(1)) if dateline else None
    if place is not None:  # "BEIRUT -": the parser seldom tags a capitalised dateline as a place
        counts[place] = counts.get(place, 0) + 1
    ranked = sorted(counts, key=lambda place: -counts[place])  # stable: first named first among equals
    return tuple(ranked[:SETTING_PLACES])  # the main country first


def _carry_periods(claims: list[Claim]) -> list[Claim]:
    """An undated figure for a measure the article has just dated holds for that period: "employers added
    38,000 jobs in August. ADP had estimated that employment rose by 54,000" is about August too."""
    last_period: dict[tuple[str, str], TimeSpan] = {}
    carried = []
    for claim in sorted(claims, key=lambda c: c.attribution.content.start):
        measure = (claim.subject_key, claim.predicate_key)
        # not when its sentence gives a date of its own that could not be read or placed
        undated = claim.period is None and not OWN_DATE.search(claim.evidence[0].sentence)
        if claim.kind == "count" and undated and measure in last_period:
            claim = replace(claim, period=last_period[measure])
        elif claim.kind == "count" and claim.period is not None:
            last_period[measure] = claim.period
        carried.append(claim)
    return carried


def _restated_by_inner(match: AttributionMatch, matches: list[AttributionMatch]) -> AttributionMatch | None:
    """"She told reporters that she believed (or was sure) her daughter was alive": one claim, the inner one,
    whose cue says how committed she is (a denial around it still denies it). Nested attribution to someone
    else ("A said B claimed ...") stays. Returns the inner attribution, if any."""
    if match.source_name is None:
        return None
    return next((other for other in matches if other is not match and other.source_name == match.source_name
                 and (other.cue[0].i == match.content_head.i  # "... that she believed ..."
                      or other.cue[0].dep_ == "acomp" and other.cue[0].head.i == match.content_head.i)), None)  # "was sure"




def _relayed_by(match: AttributionMatch, matches: list[AttributionMatch]) -> str | None:
    """"Korean Air Lines said it had been told that all aboard were safe": what a speaker says it was told, by
    nobody named, is the speaker's to answer for, not the article's. Returns that speaker."""
    cue = match.cue.root
    if match.source is not None or match.source_name or cue.lemma_.lower() not in TELLING_VERBS \
            or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    return next((other.source_name for other in matches if other is not match and other.source_name and
                 any(part.start <= cue.i < part.end for part in other.content)), None)


def _suggested_by_nothing(match: AttributionMatch) -> bool:
    """"there is nothing to suggest ...", "no evidence to support claims that ...": no one suggests it."""
    verb = match.cue.root
    return verb.lemma_.lower() in SUPPORTING_VERBS and verb.dep_ in ("acl", "relcl") and _denies_by_absence(verb.head)


def _denies_by_absence(noun: Token) -> bool:
    """"nothing", "no evidence", "no sign": a noun that says there is none of what follows."""
    return noun.lower_ == "nothing" or noun.lemma_.lower() in NEGATED_NOUNS and \
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def merge_repeats(claims: list[Claim]) -> list[Claim]:
    merged: dict[tuple, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.attribution.content.start):
        key = claim.fingerprint()
        if key in merged:
            first = merged[key]
            merged[key] = _with_evidence(first, first.evidence + claim.evidence)
            if _told_more_precisely(claim.time, first.time):  # "Ten years ago ... struck rocks", then "hit the reef
                merged[key] = replace(merged[key], time=claim.time, period=claim.period)  # at 9:45 p.m. on January 13"
        else:
            merged[key] = claim
    return list(merged.values())


def _told_more_precisely(time: TimeSpan | None, before: TimeSpan | None) -> bool:
    """Is a repeat's time a narrower one within the time the claim was first told with?"""
    if time is None or before is None or None in (time.start, time.end, before.start, before.end):
        return False
    return before.start <= time.start and time.end <= before.end and \
        time.end - time.start < before.end - before.start


def _with_evidence(claim: Claim, evidence: tuple[Evidence, ...]) -> Claim:
    return replace(claim, evidence=evidence)


# ------------------------------------------------------------------ attributed claims

def claims_from_attribution(match: AttributionMatch, published: date | None,
                            previous_subject: tuple[str, str, str] | None = None) -> list[Claim]:
    """The claims one attribution makes. Counts said in one breath share its date: "turnout in the June 23
    election was 64.8 percent and that about 4.4 million votes had been cast" are both of June 23."""
    shared, said_period = [], None
    for claim in _attribution_claims(match, published, previous_subject):
        if claim.kind == "count" and claim.period is None and said_period is not None:
            claim = replace(claim, period=said_period)  # a date said before it, never one said after
        elif claim.kind == "count" and said_period is None:
            said_period = claim.period
        shared.append(claim)
    return shared


def _attribution_claims(match: AttributionMatch, published: date | None,
                        previous_subject: tuple[str, str, str] | None) -> Iterator[Claim]:
    content_tokens = {i for part in match.content for i in range(part.start, part.end)}
    if not content_tokens:
        return
    rejected = _rejected_claim(match)
    if rejected is not None:
        head, tokens = rejected
        claim = _clause_claim(replace(match, commitment="denial"), head, _subject_of(head), tokens, published,
                              previous_subject)
        if claim is not None:
            yield claim
        return
    heads = _clause_heads(match)
    content_heads = _content_heads(match)
    cue = match.cue.root  # "the 1918 influenza pandemic, which is believed to have killed ...": the event's date
    event_dates = _dates_of(cue.head) if cue.dep_ == "relcl" else set()
    for head in heads:
        if head is match.content_head and (match.content_as_object is not None or head.pos_ in ("NOUN", "PROPN")):
            clause_tokens = content_tokens  # "17 of its citizens as abducted", "the turnout at 2 million": all of it
        elif head in content_heads:
            clause_tokens = _clause_tokens(head, heads) & content_tokens
            if head.dep_ == "relcl":  # "the 1993 sinking of the Seohae ferry, which killed 292": the event's date
                clause_tokens |= _dates_of(head.head) & content_tokens
        else:
            clause_tokens = {t.i for t in head.subtree}
        asides = _asides(head, clause_tokens)
        clause_tokens -= {i for aside in asides for i in aside[1]} | _report_given(head)
        clause_tokens |= event_dates if clause_tokens else set()
        if not clause_tokens:
            continue
        subject = match.content_as_object if (head is match.content_head and match.content_as_object is not None) \
            else _subject_of(head)
        figures = _secondary_figures(head.doc, clause_tokens)
        main_tokens = clause_tokens - {i for _, phrase, _ in figures for i in phrase}
        claim = _clause_claim(match, head, subject, main_tokens or clause_tokens, published, previous_subject,
                              others=clause_tokens - main_tokens)
        if claim is not None:
            previous_subject = (claim.subject_text, claim.subject_key, claim.predicate_key)
            yield claim
            yield from _everyone_aboard(claim, head, clause_tokens)
            yield from _label_set_aside(claim, head)
            for number, phrase, relation in figures:
                figure = _figure_claim(claim, match, number, phrase, relation, published)
                if figure is not None:
                    yield figure
            if claim.quantity is not None and head is heads[0]:
                for number, phrase in _gapped_figures(match):  # "..., the bureau said, and June's to 14,000"
                    figure = _figure_claim(claim, match, number, phrase, "also", published)
                    if figure is not None:
                        yield figure
        for aside, tokens in asides:  # "the 1993 sinking of the Seohae ferry, which killed 292": the event's date
            tokens = tokens | (_dates_of(aside.head) & content_tokens)
            claim = _clause_claim(match, aside, _subject_of(aside), tokens, published, previous_subject)
            if claim is not None:
                yield claim


def _rejected_claim(match: AttributionMatch) -> tuple[Token, set[int]] | None:
    """'"The assertion that the abduction issue has been resolved," Hayashi said, "is totally unacceptable."':
    the source denies that the issue has been resolved. Returns that clause's head and tokens."""
    head = match.content_head
    complement = next((c for c in head.children if c.dep_ in ("acomp", "attr")), None)
    if head.lemma_.lower() not in COPULAS or complement is None or complement.lemma_.lower() not in REJECTION_WORDS:
        return None
    content = {t.i for part in match.content for t in part}
    for i in sorted(content):
        noun = head.doc[i]
        if noun.lemma_.lower() in CLAIM_NOUNS:
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and
                           any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                tokens = {t.i for t in clause.subtree} - {m.i for m in clause.children if m.dep_ == "mark"}
                return clause, tokens & content
    return None


TOLD_EVENTS = {"event", "killing", "atrocity"}  # what a story's event is called besides its kind
SHARED_SUBJECT_DEEDS = {"responsible", "dead", "injure", "detain", "release", "abduct", "return", "apologise", "fire",
                        "burn"}  # "the students were murdered and burned at the dump": burned, too


def _content_heads(match: AttributionMatch) -> list[Token]:
    head = match.content_head
    if head.dep_ == "prep" and head.lower_ == "as":  # "identified 17 citizens as having been abducted"
        head = next((c for c in head.children if c.dep_ in ("pcomp", "pobj")), head)
        match.content_head = head
    head = _remembered(head) or head
    heads = [head]
    for conj in head.conjuncts:
        if conj.i > head.i and any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in conj.children):
            heads.append(conj)  # "eight have died and the other four never entered": two claims; "..., and there
            # were no armed combatants inside the compound"
        elif conj.i > head.i and conj.pos_ == "VERB" and \
                predicate_family(_predicate_lemma(conj)) in SHARED_SUBJECT_DEEDS:
            heads.append(conj)  # "their militiamen entered the camps and carried out the killings": a deed too
    for clause in list(heads):  # "capsized because it was carrying 2,142 tons of cargo": a count of its own
        heads.extend(c for c in clause.children if c.dep_ == "advcl" and any(c2.dep_ in SUBJECT_DEPS for c2 in c.children)
                     and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
                     and any(t.like_num and t.ent_type_ not in NOT_COUNTS for t in c.subtree))
    for clause in list(heads):  # "an air strike hit the hospital, killing at least 19 people": a toll of its own
        heads.extend(_toll_participles(clause))
    for clause in list(heads):  # "moments before the crush that killed 94 people": so is an event's, named in passing
        heads.extend(_tolls_of_events_named(clause, heads))
    for clause in list(heads):  # "the operation ended with the deaths of 129 hostages": the deaths are counted too
        heads.extend(noun for noun in clause.subtree if noun.dep_ == "pobj" and noun.head.head.i == clause.i
                     and _whose_death(noun) is not None and _counted(_whose_death(noun)))
    return heads


def _dates_of(noun: Token) -> set[int]:
    """The words that date an event noun ("the 1993 sinking", "the fire of June 2017", "the 1993 sinking of the
    ferry" for the ferry), not its relative clause; none for other nouns."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in EVENT_NOUNS:
        noun = noun.head.head
    if noun.lemma_.lower() not in EVENT_NOUNS:
        return set()
    return {t.i for c in noun.children if c.dep_ != "relcl" for t in c.subtree if t.ent_type_ == "DATE"}


def _tolls_of_events_named(clause: Token, heads: list[Token]) -> list[Token]:
    """The relative clauses of a clause's event nouns that count what the event did: "the crush that killed
    94 people", "the blast, which injured 30"."""
    return [token for token in clause.subtree if token.dep_ == "relcl" and token not in heads
            and token.head.lemma_.lower() in EVENT_NOUNS and token.head.i < token.i
            and predicate_family(token.lemma_.lower()) in TOLL_PARTICIPLES
            and any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in token.children)]


def _remembered(verb: Token) -> Token | None:
    """The event a span of time is counted from: "Ten years have passed since the fire at Tazreen killed at
    least 117 workers" (the parser may hang "killed" on "passed")."""
    if verb.lemma_.lower() != "pass" or not any(c.dep_ == "nsubj" and c.lemma_.lower() in DURATION_NOUNS | {"decade"}
                                                for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"), None)


def _clause_heads(match: AttributionMatch) -> list[Token]:
    heads = _content_heads(match)
    cue = match.cue.root
    for child in cue.children:  # "..., with five already repatriated": a claim of the same source
        if child.dep_ == "advcl" and any(m.lower_ == "with" for m in child.children if m.dep_ == "mark"):
            heads.append(child)
    return heads


def _country_in_name(org: Span) -> str | None:
    """The country an organisation's name starts with: "Malawi Electoral Commission" -> Malawi. A town's
    name is not enough: "Union Carbide" is not from Union, New Jersey, nor a "Northfield Daily Record"
    from Northfield."""
    words = [t.text for t in org if t.lower_ != "the"]
    if len(words) < 2:
        return None
    for name in (" ".join(words[:2]), words[0]):
        country = country_of(name)
        if country is not None and (country == name or known_entity(name) == country):
            return country  # the country itself, or a name that speaks for it ("Tokyo", "Pyongyang")
    return country_of_people(words[0])


def _asides(head: Token, tokens: set[int]) -> list[tuple[Token, set[int]]]:
    """Relative clauses set off by a comma ("the monthly figures, which are compiled by career staff";
    "Heginbotham, who died in 1995, was never questioned": of a person, when dated): a second claim of the same
    source, about the noun they follow, which gives the first neither its date nor its figures. Returns each
    clause's verb and tokens."""
    asides = []
    for token in head.subtree:
        if token.dep_ != "relcl" or token.i not in tokens or token.head.i not in tokens or token.head is head:
            continue
        first = token.left_edge  # "which ...", "in which ...", "during which ..."
        relative = head.doc[first.i + 1] if first.dep_ == "prep" and first.i + 1 < len(head.doc) else first
        if (relative.lower_ == "which" or (relative.lower_ == "who" and _dated_by_a_year(token.subtree))) \
                and first.i > 0 and head.doc[first.i - 1].text == ",":  # not "Miyoshi, who is on Tokyo's list"
            aside = {t.i for t in token.subtree} & tokens
            asides.append((token, aside))
            tokens = tokens - aside - {first.i - 1}
        elif relative.lower_ in ("who", "that") and _counted_by_what_befell_it(token):
            counted = {c.i for c in token.head.children if c.dep_ == "nummod"}  # "the 26 fans who were extradited"
            aside = ({t.i for t in token.subtree} | counted) & tokens
            asides.append((token, aside))
            tokens = tokens - aside
    return asides


REPORTING_PARTICIPLES = {"give", "provide", "offer", "release", "issue", "publish"}


def _report_given(head: Token) -> set[int]:
    """"170 people were killed ..., giving its first full toll since troops retook the city on Tuesday": the
    words that tell of the report, hung on the clause it reports, which they neither date nor count."""
    return {t.i for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and c.lemma_.lower() in REPORTING_PARTICIPLES
            and any(o.dep_ == "dobj" and (o.lemma_.lower() in TOLLS or o.lemma_.lower() in MEASURE_NOUNS)
                    for o in c.children)
            for t in c.subtree}


def _counted_by_what_befell_it(clause: Token) -> bool:
    """"the 26 fans who were extradited", "the 33 miners who were rescued": a group counted in passing."""
    group = clause.head
    return group.lemma_.lower() in GROUPS_OF_PEOPLE | GENERIC_PEOPLE and \
        any(c.dep_ == "nummod" and c.like_num for c in group.children) and \
        predicate_family(_predicate_lemma(clause)) in COUNTED_IN_PASSING


def _clause_tokens(head: Token, heads: list[Token]) -> set[int]:
    tokens = {t.i for t in head.subtree}
    for other in heads:
        if other is not head and other.i in tokens:
            tokens -= {t.i for t in other.subtree}
            tokens -= {c.i for c in head.children if c.dep_ == "cc"}
            tokens |= _date_shared_by_a_gap(head, other)
    return tokens


def _date_shared_by_a_gap(head: Token, joined: Token) -> set[int]:
    """"471 people were killed and 314 wounded in the blast on 17 October 2023": the parser hangs the date on
    the second verb, whose "were" is left out; it dates both."""
    gapped = joined.dep_ == "conj" and joined.head.i == head.i and joined.tag_ == "VBN" \
        and not any(c.dep_ in ("aux", "auxpass") for c in joined.children) \
        and any(c.dep_ == "auxpass" for c in head.children)
    if not gapped:
        return set()
    return {t.i for c in joined.children if c.dep_ == "prep" and c.i > joined.i for t in c.subtree
            if t.ent_type_ == "DATE"}


def _refusing_verb(head: Token) -> Token | None:
    """The verb that refuses this deed: "refused to apologise", "stopped short of a formal apology"."""
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in REFUSAL_VERBS:
        return head.head
    verb = head.head.head.head  # apology <- of <- short <- stopped
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "of" and head.head.head.lower_ == "short" \
            and verb.lemma_.lower() == "stop":
        return verb
    return None


def _stated_subject(head: Token) -> Token | None:
    """The subject the clause states, if any."""
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and not _in_dateline(c)), None)
    if subject is None:  # "159 people were unaccounted for": the parser may hang the subject on the auxiliary
        subject = next((g for c in head.children if c.dep_ in ("aux", "auxpass") for g in c.children
                        if g.dep_ in SUBJECT_DEPS), None)
    return subject


DASHES = {"-", "\u2013", "\u2014"}


def _in_dateline(token: Token) -> bool:
    """"SEOUL (Reuters) - President Roh apologized": the parser may take the dateline for the subject."""
    sent = token.sent
    if not (sent[0].is_upper and len(sent[0]) > 2) or token.i - sent.start > 6:
        return False
    dash = next((t for t in sent[:8] if t.text in DASHES), None)
    return dash is not None and token.i < dash.i


def _subject_of(head: Token) -> Token | None:
    """The clause's subject; for a subjectless gerund or a bare figure ("admitted kidnapping 13
    Japanese", "counted 1.12 million marchers") what it counts is what the claim is about."""
    subject = _stated_subject(head)
    doc = head.doc
    while subject is not None and subject.i + 2 < len(doc) and doc[subject.i + 1].text == "-" and \
            doc[subject.i + 2].head == head and doc[subject.i + 2].dep_ == subject.dep_:
        subject = doc[subject.i + 2]  # "the co-pilot", split into three subjects: the pilot
    if subject is None and head.dep_ == "ccomp" and head.left_edge.i > 0:
        before = doc[head.left_edge.i - 1]  # "estimated between 200 and 300 people had been killed": the parser
        if before.pos_ in ("NOUN", "PROPN") and before.head in (head.head, *head.head.children) \
                and any(c.dep_ == "nummod" for c in before.children):  # hangs them apart: a counted group only
            return before
    if subject is None:  # "that between 50,000 and 100,000 people were killed": parsed as a phrase of the verb
        between = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "between" and c.i < head.i
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                        and any(n.dep_ == "nummod" for n in g.children)), None)
        if between is not None:
            return between
    if subject is None and any(c.dep_ == "expl" for c in head.children):  # "there were 459 people aboard"
        return next((c for c in head.children if c.dep_ == "attr"), None)
    if subject is None and head.dep_ == "conj":
        return _subject_of(head.head)
    refusal = _refusing_verb(head)
    if refusal is not None and (subject is None or head.pos_ in ("NOUN", "PROPN")):
        return _subject_of(refusal)  # "Cameron refused to apologise", "stopped short of an apology": he did not
    if subject is None and head.dep_ == "acl" and head.tag_ in ("VBN", "VBG"):
        return head.head  # "the image, taken on June 5, 1989": the image was taken; "soldiers shooting": they shot
    if subject is None and head.tag_ == "VBG" and head.dep_ in ("xcomp", "pcomp"):
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        doer = _stated_subject(head.head) if head.dep_ == "xcomp" else None
        if obj is not None and doer is not None and _a_deed_on_a_thing(head, obj):
            return doer  # "Mladic denied ordering the killings": he did not order them
        return obj
    if subject is None and head.lemma_.lower() in PROFESSED_STATES:
        return next((c for c in head.children if c.dep_ == "poss"), head)  # "his innocence": he is innocent
    if subject is None and head.pos_ in ("NOUN", "PROPN", "NUM"):
        return head
    return subject


SEEMING_VERBS = {"seem", "appear"}
ONGOING_VERBS = {"continue", "keep", "resume"}  # "kept delivering": the deed is delivering


def _those_of_people(word: Token) -> bool:
    """"those who died", "those aboard": people, whatever was named before."""
    return word.lower_ == "those" and any(
        (c.dep_ == "relcl" and predicate_family(_predicate_lemma(c)) in PEOPLE_PREDICATES) or says_aboard(c)
        for c in word.children)


def _a_deed_on_a_thing(verb: Token, obj: Token) -> bool:
    """"ordering the killings", "concealing the risks": a deed whose object is no group of people, counted or
    not (not "kidnapping 13 Japanese", whose claim is about those kidnapped)."""
    return obj.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in obj.children) \
        and obj.lemma_.lower() not in GROUPS_OF_PEOPLE | GENERIC_PEOPLE and obj.ent_type_ not in ("PERSON", "NORP") \
        and predicate_family(_predicate_lemma(verb)) not in PEOPLE_PREDICATES | {"abduct"}


def _either_fate(verb: Token) -> str | None:
    """"were killed or are still missing", "were killed or disappeared": the other fate of the people one
    count is given for (a verb joined by "or" that has no subject of its own)."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
        return None
    other = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")
                  and not any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)
    family = predicate_family(_predicate_lemma(other)) if other is not None else None
    return family if family in PEOPLES_FATES else None


def _clause_claim(match: AttributionMatch, head: Token, subject: Token | None, tokens: set[int],
                  published: date | None, previous_subject: tuple[str, str, str] | None,
                  others: set[int] = frozenset()) -> Claim | None:
    """The claim of one clause; `others` are tokens of figures riding along, whose dates are their own."""
    doc = head.doc
    denied = _denied_clause(head)
    affirmed = _affirmed_clause(head) if denied is None else None
    if denied is not None:  # "there was no sign that the data had been manipulated": denies the manipulation
        head, subject = denied, _subject_of(denied) or subject
    elif affirmed is not None:  # "there was no doubt that North Korea sank the ship": says it did
        head, subject = affirmed, _subject_of(affirmed)
    elif head.lemma_.lower() == "catch":  # "caught manipulating the statistics": says they manipulated them
        head = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), head)
    elif head.lemma_.lower() in ONGOING_VERBS and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        # "France continued to deliver arms": it delivered them; not "she would keep fighting", an intention
        kept_up = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if kept_up is not None:
            head, subject = kept_up, subject or _subject_of(head)
    elif head.lemma_.lower() in WITNESS_VERBS:  # "cameras recorded him entering the building": he entered it
        seen = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ in ("VBG", "VB", "VBN")
                     and _subject_of(c) is not None), None)
        if seen is not None:
            head, subject = seen, _subject_of(seen)
    seemed = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None) \
        if head.lemma_.lower() in SEEMING_VERBS else None
    seeming = head.lemma_.lower() if seemed is not None else None
    if seemed is not None:  # "no oil appeared to be leaking from the well": says whether oil leaked, hedged
        head = seemed
    awaited = _awaited(head)
    if awaited is not None:  # "the Kremlin waited until April 30 to acknowledge the disaster": it did then
        head = awaited
    first = _first_occurrence(head) if denied is None else None
    if first is not None and first != head:  # "it was the first time that such coverings had been used"
        head, subject = first, _subject_of(first) or subject
    record = _record_holder(head, tokens) if denied is None else None
    predicate_token = _predicate_token(head, subject, match)
    predicate_key = predicate_family(_predicate_lemma(predicate_token))
    judgement = predicate_key if predicate_key in JUDGED_FIGURES and _level_set(head) is None else None  # "was
    # exaggerated", "concealed"; not "raised its final count to 1,134", which gives the figure
    if predicate_token.lemma_.lower() == "safe" and _a_thing(subject):
        predicate_key = "safe"  # "the building was safe": its safety, which "declared the building unsafe" denies
    if predicate_token.like_num and previous_subject is not None and previous_subject[2]:
        # "the front said 430,000 people joined the march, while police counted 66,000": joined, too
        predicate_key = previous_subject[2]
    died = _whose_death(head)
    if died is not None:  # "the assassination of Bashir Gemayel on Tuesday, Sept. 14": he died then
        subject, predicate_key = died, "dead"
    kinds = [c.lemma_.lower() for c in predicate_token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if predicate_token.dep_ == "attr" and kinds and not has_predicate_family(predicate_token.lemma_):
        predicate_key = " ".join([*kinds, predicate_key])  # "were fishing boats" is not "were militia boats"
    label = label_of(head, subject)
    if label is not None:  # "the killings were not genocide", "amounted to genocide": what the event is called
        predicate_token, predicate_key = label, predicate_family(label_key(label))
    elif predicate_token.dep_ == "pobj" and predicate_token.head.lower_ == "as" and label_key(predicate_token):
        predicate_key = predicate_family(label_key(predicate_token))  # "described the attack as a war crime"
    event = _counted_event(subject, head)
    if event is not None:  # "the number of people killed had risen to 50": 50 people were killed
        predicate_token, predicate_key = event, predicate_family(_predicate_lemma(event))
    measure = predicate_token if predicate_token.lemma_.lower() in MEASURE_NOUNS else subject
    measured = event is None and measure is not None and measure.lemma_.lower() in MEASURE_NOUNS and (
        measure is predicate_token or predicate_token.lemma_.lower() in LIGHT_VERBS or _level_reached(head))
    if measured and previous_subject is not None and not has_predicate_family(measure.lemma_) \
            and _of_object(measure) is None:  # not "put the number of demonstrators at 20,000": its own count
        # "the CGT put the figure at 900,000": the figure of what came before; a turnout is a turnout
        predicate_key = previous_subject[2]
    fate = _fate_of_those_counted(measure) if measured else None
    if fate is not None:
        predicate_key = fate  # "puts the number of dead hostages at 174": that many hostages died
    refused = match.cue_lemma in REFUSAL_VERBS and head.i == match.content_head.i  # "refused to withdraw it"
    negated = (_negated(head) and not _not_until(head) and not exceeds_not(head)) or (predicate_token.dep_ in ("oprd", "acomp") and any(
        c.dep_ == "neg" for c in predicate_token.children))  # "was found not guilty"
    negated = negated or (label is not None and denied_by_determiner(label))  # "there was no genocide"
    owned_none = head.lemma_.lower() in ACCEPTED_DEEDS and denied_by_determiner(head)  # "bore no responsibility"
    negated = negated or owned_none
    polarity = "negative" if (negated != (denied is not None)) != refused else "positive"
    if predicate_key in OPPOSITES:  # "maintained his innocence", "acquitted": not responsible; "wrong": not right
        predicate_key, polarity = OPPOSITES[predicate_key], "negative" if polarity == "positive" else "positive"
    elif predicate_key in NEGATED_AS and polarity == "negative":  # "had not been accounted for": unaccounted for
        predicate_key, polarity = NEGATED_AS[predicate_key], "positive"
    either = _either_fate(head)
    if either is not None and either != predicate_key and predicate_key in PEOPLE_PREDICATES:
        predicate_key = f"{predicate_key} or {either}"  # "167,000 were killed or are still missing": both at once
    hedge = _hedge(head, match) or seeming
    quantity = _quantity(subject, head, tokens) or _prison_term(predicate_token)
    if predicate_key in NEGATED_AS.values() and quantity is not None and quantity.high == 0:
        quantity = replace(quantity, low=None, high=None, value=None, text="all")  # "none has been accounted
        # for": all are unaccounted for, not none
    if measured and previous_subject is not None and quantity is not None and quantity.unit is None:
        # "... 5,000 barrels a day. Days ago the company put the figure at 1,000 barrels": the same rate
        rate = doc.user_data.get(RECENT_RATES, {}).get(previous_subject[1:])
        quantity = replace(quantity, unit=rate) if rate else quantity
    changed = _changed_by_figure(head)
    if changed is not None:
        subject = changed  # "the revision would lower the level of employment by 818,000": employment changes
    if predicate_token.lemma_.lower() == "escape" and _is_people(subject):
        predicate_key = _escaped_to(predicate_token)  # people escape alive or free; gas escapes as a leak
    aboard = quantity is not None and counts_those_aboard(head)
    crowd = quantity is not None and not aboard and _counts_a_crowd(head, subject)
    if crowd:
        predicate_key = "attend"  # "about 160,000 people were on the Mall", "the crowd looked like a million"
    if aboard:
        predicate_key = "aboard"  # "there were 459 people aboard", "put the number of people aboard at 476"
    if (label is not None or owned_none) and quantity is not None and quantity.high == 0:
        quantity = None  # "there was no genocide" denies the label; it counts nothing
    if judgement is not None:
        predicate_key = judgement  # "the estimate of 40,000 deaths was exaggerated" judges the figure, gives none
    toll = _toll_counted(head, subject, tokens, quantity) if quantity is not None and judgement is None else None
    if toll is not None:
        predicate_key = toll[1]  # "the true toll was between 2,658 and 3,290": that many died
        if head.lemma_.lower() in REVISING_VERBS:
            polarity = "positive"  # "has never revised its toll of 769 dead": the toll stands, unrevised
    if predicate_key in OBJECT_CENTRED or predicate_token.lemma_.lower() in VERDICT_VERBS:
        # "caught manipulating the statistics": a claim about the statistics; "acquitted the company": about it
        done_to = next((c for c in predicate_token.children if c.dep_ == "dobj"), None)  # "killed the prisoners"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in predicate_token.children)  # its subject is the
        # one done to; an object beside it is the parser's ("84 people had been killed, among them 10 children")
        if done_to is not None and done_to.lower_ not in REFLEXIVES and not passive:  # "she killed herself"
            subject = done_to
            quantity = _count_of(done_to, head) or quantity  # "two bombs killed 30 people": 30, not the bombs
    exceeded = head.lemma_.lower() in EXCEED_VERBS  # "the toll topped 3,000": the toll is counted, not 3,000
    counted_object = _counted_object(head, quantity) if not exceeded else None
    if counted_object is not None and (subject is None or number_at(subject) is None):
        subject = counted_object  # "it had abducted 13 Japanese": the claim counts the abductees
    if predicate_key == "lose" and _lost_lives(predicate_token, counted_object):
        predicate_key = "dead"  # "the UN lost 102 staff members", "150 people lost their lives": not jobs
    counted_agent = _counted_agent(head) if quantity is not None and counted_object is None else None
    if counted_agent is not None and (subject is None or number_at(subject) is None):
        subject = counted_agent  # "recognised by 28 countries": the claim counts the countries
    claimed_lives = _claimed_lives(predicate_token) if quantity is not None else None
    if claimed_lives is not None:  # "the war claimed the lives of 649 soldiers", "claimed 323 lives": they died
        subject, predicate_key = claimed_lives, "dead"
        own_number = next((number_at(c) for c in claimed_lives.children if c.dep_ == "nummod"), None)
        quantity = own_number or quantity  # theirs, not the next group's ("649 ..., 255 British personnel")
    among_dead = _among_the_dead(head) if quantity is not None else None
    if among_dead is not None:  # "among the dead were 189 Americans": 189 Americans died
        subject, predicate_key = among_dead, "dead"
    among_aboard = _among_those_aboard(head) if quantity is not None else None
    if among_aboard is not None:  # "Among those aboard were 325 students": 325 students were aboard
        subject, predicate_key = among_aboard, "aboard"
    some_of_the_dead = _some_of_the_dead(head) if quantity is not None else None
    if some_of_the_dead is not None:  # "86 of the dead were children", "Of the 39 dead, 31 were Italian"
        subject, predicate_key = some_of_the_dead, "dead"
    so_many = _there_were_so_many(head) if quantity is not None else None
    if so_many is not None:  # "there were not 30,000 disappeared": (not) 30,000 people missing
        predicate_token, predicate_key = so_many, predicate_family(so_many.lemma_.lower())
    named = _named_among(head) if quantity is None else None
    if named is not None:  # "Among the dead, his daughter said, was Harold Pinnell": he died
        subject, predicate_key = named
    listed = _listed(head) if quantity is not None else None
    if listed is not None:  # "the addition brings its list to 16 people": 16 citizens abducted
        subject = listed
        predicate_token = next((c for c in listed.children if c.dep_ in ("acl", "relcl")), predicate_token)
        predicate_key = predicate_family(_predicate_lemma(predicate_token))
    subject_text, key = _subject(subject, predicate_token, previous_subject)
    if so_many is not None and subject is not None and subject.like_num:
        key = "people"  # the disappeared, the dead: people, whatever was named before
    first_call = _first_happening(head) if quantity is None else None
    if first_call is not None and clock_in_clause(doc, tokens) is None:
        first_call = None  # what matters of a first call is the minute it came: "at 8:58", "at 00:54"
    if first_call is not None:  # "the first distress call came at 8:58", "received the first call at 00:54"
        subject_text = span_text(doc[first_call.left_edge.i:first_call.i + 1])
        key, predicate_key = f"first {subject_key(first_call.lemma_)}", "happen"
    group = _fronted_group(subject, head)
    if group is not None:  # "Of the 476 people aboard, 172 were rescued": 172 of the 476 people
        key = _subject(group, predicate_token, previous_subject)[1]
        subject_text = f"{subject_text} of {span_text(doc[group.left_edge.i:group.right_edge.i + 1])}"
    if key in WEATHER["subjects"] and _predicate_lemma(predicate_token) in WEATHER["verbs"]:
        predicate_key = "continue"  # "a light rain fell during the speech": it had not stopped
    if key in EVENT_NOUNS and predicate_key in EVENTS_STRIKING:
        predicate_key = "happen"  # "the explosion struck the corvette at about 9:45 p.m.": when it happened
    if predicate_token.lemma_.lower() == "live" and any(
            (c.dep_ == "prep" and c.lower_ in RESIDENCE_PREPS) or (c.dep_ == "advmod" and c.lower_ in ("there", "here"))
            for c in predicate_token.children):
        predicate_key = "reside"  # "600 people lived in the tower", "live there": where, not that they were alive
    if _speaker_itself(subject, match) and first_call is None and (
            head.lemma_.lower() not in COPULAS or _said_of_the_subject(head)):
        # "it was the highest turnout" is no claim about the speaker; "it was not negligent" is
        key = _source_key(match)  # "Iraq insisted that it has no weapons": a claim about Iraq
    substance = _measured_substance(tokens, doc, quantity) if quantity is not None else None
    if crowd:
        key = AGENTS["attend"]
    elif measured and key in AGENT_DEEDS and predicate_key == predicate_family(measure.lemma_.lower()):
        predicate_key = AGENT_DEEDS[key]  # "put the number of demonstrators at some 20,000": that many marched
    elif toll is not None:
        key = toll[0]
    elif quantity is not None and key in TOLLS and judgement is None and (
            predicate_family(head.lemma_.lower()) not in JUDGED_FIGURES or _level_set(head) is not None) and (
            quantity.low is not None or quantity.high is not None):  # not "not all of the deaths could be prevented"
        # "the count has stood at 64" after "the official toll ...", "put the number of dead at 16": the dead
        key, predicate_key = TOLLS[key]
    elif substance is not None:
        key = substance  # "the flow at 35,000 barrels a day", "crude oil leaking at 1,000 barrels a day": oil
        if predicate_key in SUBSTANCE_LET_OUT:
            predicate_key = "leak"  # "the well is releasing 5,000 barrels a day": oil let out, not people freed;
            # "3.19 million barrels were discharged into the Gulf", "4.1 million barrels entered the Gulf"
    if predicate_token.dep_ == "pobj" and predicate_token.head.lower_ == "as":
        as_key = subject_key(predicate_token.lemma_, tuple(t.lemma_ for t in predicate_token.subtree))
        if known_group(as_key):
            key = as_key  # "recognises 17 citizens as abductees": the group counted is the abductees
    if label is not None and not about_a_person(subject):  # "the massacre", "the killings", "there was": the event
        key = EVENT_KEY
        if subject is None or subject.dep_ == "expl" or subject is label:
            subject_text = "the event"
    elif predicate_key in LABELS and subject is not None and subject.lemma_.lower() in EVENT_NOUNS | TOLD_EVENTS:
        key = EVENT_KEY  # "described the massacre as genocide", "called the massacres genocide": the story's event
    judged = predicate_token.lemma_.lower() in VERDICT_VERBS  # the one convicted is held responsible, not the court
    party = _responsible_party(head, predicate_token, subject) if label is None and not judged else None
    if party is not None:  # "a North Korean torpedo sank the Cheonan", "Russia had nothing to do with it"
        who, denies = party
        predicate_key = "responsible"
        if predicate_token.lemma_.lower() in ("have", "be", "play"):
            polarity = "negative" if denies else "positive"  # the link is what is denied, or not
        elif denies:
            polarity = "negative" if polarity == "positive" else "positive"
        if who is not None:
            key = who
        elif match.source_name and (subject is None or subject.dep_ not in SUBJECT_DEPS):
            key = _source_key(match)  # "denied having anything to do with it": the deniers
    stance, target_token = stance_of(match, head, polarity)
    if stance is not None and hedge == CONDITIONAL:
        hedge = None  # "would not oppose aid if all come home": a position, its condition kept with the stance
    if stance is not None:
        subject_text, key = stance.target, _target_key(target_token)
    fired = first_to_fire(head, subject) if stance is None else None
    if fired is not None:  # "police opened fire first", "the troops only returned fire": who started it
        side, fired_first = fired
        key, predicate_key, quantity, first = FIRST_SHOTS, f"{FIRE_FIRST}:{side}", None, None
        named = side_that_fired(head, subject)
        if named is not subject:  # "the first shots came from the police lines": the police, as written
            subject_text = span_text(doc[named.left_edge.i:named.right_edge.i + 1])
        polarity = "positive" if fired_first == (polarity == "positive") else "negative"
    time = clause_time(doc, tokens, published, head)
    if first is not None and stance is None:
        predicate_key, kind = FIRST + predicate_key, "date"  # "first use": used then, and never before
    elif record is not None and stance is None and quantity is None:
        key, predicate_key, kind = _subject(record, head, None)[1], RECORD, "status"
        subject_text = span_text(doc[record.left_edge.i:record.i + 1])  # "the largest audience"
    else:
        kind = _kind(quantity, predicate_key, polarity, stance, time,
                     predicate_is_state=predicate_token.pos_ == "ADJ" and toll is None)
    commitment = "hedged" if hedge else match.commitment
    if match.source is None and commitment == "assert":
        commitment = "report"
    content = runs(doc, tokens | _subject_just_before(subject, tokens))
    return Claim(
        source_name=match.source_name,
        source_text=match.source.text if match.source is not None else None,
        cue=match.cue_lemma,
        commitment=commitment,
        polarity=polarity,
        kind=kind,
        subject_text=subject_text,
        subject_key=plain_key(key),
        predicate_text=predicate_token.text,
        predicate_key=predicate_key,
        evidence=(_evidence(match, content),),
        quantity=quantity,
        time=time,
        stance=stance,
        hedge=hedge,
        confidence=match.confidence,
        place=_event_scope(doc, tokens, subject, quantity) or scope(head, tokens) or cue_place(match)
        or _nationals_counted(subject, among_dead, predicate_key, quantity)
        or _own_nationals(subject, match, predicate_key),
        period=time if time is not None and time.start is not None else (
            sentence_time(head, published, others) if predicate_key in DATED_EVENTS else _deed_time(head, published)),
    )


def _deed_time(participle: Token, published: date | None) -> TimeSpan | None:
    """"On June 10, 1971, a group attacked a march, killing about 120 people": the toll of that day's deed."""
    if participle.dep_ != "advcl" or not _a_toll_participle(participle):
        return None
    deed = participle.head
    tokens = {t.i for t in deed.subtree} - {t.i for t in participle.subtree}
    time = clause_time(deed.doc, tokens, published, deed)
    return time if time is not None and time.start is not None else None




FIRST_HAPPENING_VERBS = {"come", "make", "place", "receive", "be", "log", "record", "send", "arrive", "reach", "go",
                         "happen", "occur", "take"}


def _subject_just_before(subject: Token | None, tokens: set[int]) -> set[int]:
    """The words of a subject the parser hung outside the clause, right before it ("estimated [between 200
    and 300 people] had been killed"), so that the claim's text reads whole."""
    if subject is None or subject.i in tokens or not tokens:
        return set()
    words = {t.i for t in subject.subtree} | ({subject.head.i} if subject.dep_ == "pobj" else set())
    return words if max(words) + 1 == min(tokens) else set()


def _first_happening(head: Token) -> Token | None:
    """The first of something, said to have come, been made or been received: "the first distress call
    came at 8:58", "the first emergency call was made at 1.14 a.m.", "it received the first emergency
    call at 00:54" all say when the first call happened, whoever made or took it."""
    if head.lemma_.lower() not in FIRST_HAPPENING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN" and
                 any(a.dep_ == "amod" and a.lower_ in ("first", "initial") for a in c.children)), None)


def _first_occurrence(head: Token) -> Token | None:
    """The verb of what happened for the first time: "they were used for the first time this year" (the
    head itself), "it was the first time that such coverings had been used" (the clause on "time"). Not
    "for the first time in 24 years" or "since they vanished": those say when it last happened."""
    if head.lemma_.lower() in COPULAS:
        nouns = [c for c in head.children if c.dep_ == "attr"]
    else:
        nouns = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.lemma_.lower() != "time" or not any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children):
            continue
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if following is not None and following.lower_ in ("in", "since"):
            return None
        if noun.dep_ == "pobj":
            return head
        return next((c for c in noun.children if c.dep_ in ("relcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX")),
                    None)
    return None


RESIDENCE_PREPS = {"in", "at", "on", "inside", "near", "with"}
RECORD_ADJECTIVES = {"large", "big", "high", "great", "most"}
EVER = re.compile(r"\b(?:ever|in history|on record|of all time)\b", re.IGNORECASE)


def _record_holder(head: Token, tokens: set[int]) -> Token | None:
    """What a clause says set a record: "this was the largest audience ever to witness an inauguration",
    "had drawn the largest audience ever". Without "ever" (or "in history", "on record") a superlative
    ranks within some unnamed set ("the largest audience to witness an Emmys, period")."""
    nouns = [c for c in head.children if c.dep_ in ("attr", "dobj")]
    for noun in nouns:
        if any(c.dep_ == "amod" and c.tag_ == "JJS" and c.lemma_.lower() in RECORD_ADJECTIVES for c in noun.children):
            if EVER.search(" ".join(head.doc[i].lower_ for i in sorted(tokens))):
                return noun
    return None


def _event_scope(doc: Doc, tokens: set[int], subject: Token | None, quantity: Quantity | None) -> str | None:
    """"Hurricane Katrina killed roughly 1,800 people" in a story about Hurricane Maria: a figure for
    another event, scoped to it ("from Hurricane Katrina") so that it meets only figures for that event."""
    if quantity is None:
        return None
    event = other_event(doc, tokens, subject)
    return f"{EVENT_SCOPE}{event}" if event is not None else None


HARM_VERBS = set(load_lexicon("predicates")["harm_verbs"])
NO_LINK_NOUNS = {"connection", "link", "involvement", "role", "part"}  # "had no connection with the incident"


def _responsible_party(head: Token, predicate: Token, subject: Token | None) -> tuple[str | None, bool] | None:
    """Who a claim holds responsible, and whether it says they were not: "a torpedo fired by a North
    Korean submarine sank the Cheonan" -> North Korea; "Russia had nothing to do with the Salisbury
    incident", "it had no connection with the incident" -> not. (the party's key when the words name a
    country, else None for the subject as read; denies)."""
    lemma = predicate.lemma_.lower()
    if lemma in ("have", "be", "play"):  # "had no role in", "played no part in"
        obj = next((c for c in predicate.children if c.dep_ in ("dobj", "attr")), None)
        if obj is not None and _no_link(obj, predicate):
            named = _party_key(subject) if subject is not None else None
            unlinked = obj.lower_ not in ("anything", "something")  # "nothing to do", "no connection"
            return named, unlinked != any(c.dep_ == "neg" for c in predicate.children)
        return None
    if predicate.pos_ == "NOUN" and (lemma in DENIED_DEEDS or predicate_family(lemma) == "responsible"):
        # "Russian involvement", "Pyongyang's role"; "denied any role": the deniers' own
        named = (_country_behind(c) for c in predicate.children if c.dep_ in ("amod", "poss", "compound"))
        country = next((c for c in named if c is not None), None)
        if country is None:  # "the accident was not BP's fault": BP's
            owner = next((c for c in predicate.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            return (_party_key(owner) if owner is not None else None), False
        return country.lower(), False
    if lemma not in HARM_VERBS and predicate_family(_predicate_lemma(predicate)) != "responsible":
        return None  # "carried out by officers of Russia's GRU" names its doer too
    agent = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    by = next((g for c in predicate.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    for phrase in (agent, by, subject):  # "the Russian state was culpable": Russia
        country = _country_behind(phrase) if phrase is not None else None
        if country is not None:
            return country.lower(), False
    return None


def _no_link(obj: Token, verb: Token) -> bool:
    """"nothing to do with", "anything to do with" (denied), "no connection with"."""
    if obj.lower_ in ("nothing", "anything", "something"):
        return any(c.lemma_ == "do" and any(p.lower_ == "with" for p in c.children) for c in obj.children)
    return obj.lemma_.lower() in NO_LINK_NOUNS and any(c.lower_ == "no" for c in obj.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("with", "in") for c in (*obj.children, *verb.children))


def _party_key(subject: Token) -> str | None:
    """A named party ("Russia", "Pyongyang"); None for a pronoun, which the subject rules read."""
    ent = entity_at(subject)
    if ent is not None and ent.label_ in ("GPE", "ORG", "NORP"):
        return canonical_source(ent.text).lower()
    return None


def _country_behind(phrase: Token) -> str | None:
    """The country whose forces or agents a phrase names: "a torpedo fired by a North Korean submarine",
    "officers of Russia's GRU"."""
    for token in phrase.subtree:
        ent = entity_at(token)
        if ent is None or token != ent.root:
            continue
        if ent.label_ == "NORP":
            country = country_of_people(ent.text)
        elif ent.label_ == "GPE" and (token.dep_ in ("poss", "compound", "amod") or token == phrase):
            country = country_of(ent.text)
        else:
            continue
        if country is not None:
            return country
    return None


def _of_object(noun: Token) -> Token | None:
    """What a noun is of: "barrels of oil" -> oil, "the count of deaths" -> deaths."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def _for_the_dead(noun: Token) -> Token | None:
    """"the official figure for the dead": the dead, whom the figure counts."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in TOLLS), None)


def _measured_substance(tokens: set[int], doc: Doc, quantity: Quantity) -> str | None:
    """What a figure in barrels, gallons or tons measures: "barrels of oil" the oil, bare "barrels" what
    barrels usually measure (the subjects lexicon says oil). Only the claim's own figure: "477 people were
    aboard the Sewol, a 6,825-tonne ferry" counts people."""
    for unit in (doc[i] for i in sorted(doc_positions(doc).counted_nouns & tokens)):
        if unit.lemma_.lower() not in MEASURE_UNITS or not any(c.dep_ in ("nummod", "quantmod") and c.text in quantity.text
                                                               for c in unit.children):
            continue
        noun = _named_substance(_of_object(unit) or _measured_before(unit) or unit)
        return subject_key(noun.lemma_.lower(), tuple(c.lemma_.lower() for c in noun.children if c.dep_ in (
            "amod", "compound")))
    return None


def _measured_before(unit: Token) -> Token | None:
    """"The ship carried 2,754 tonnes of ammonium nitrate ... around 552 tonnes exploded": the bare unit
    measures what the article last measured in it."""
    doc = unit.doc
    for i in sorted(doc_positions(doc).counted_nouns, reverse=True):
        measured = _of_object(doc[i]) if i < unit.i and doc[i].lemma_ == unit.lemma_ else None
        if measured is not None:
            return measured
    return None


def _named_substance(noun: Token) -> Token:
    """"methyl isocyanate gas" is the methyl isocyanate, which another article names without "gas"."""
    if noun.lemma_.lower() not in SUBSTANCE_WORDS:
        return noun
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), noun)


JUDGED_FIGURES = {"understate", "overstate", "conceal"}  # predicate families that judge a figure rather than give
# it: "no deaths were being concealed" says the count is whole, not that no one died
LEVEL_VERBS = {"rise", "climb", "grow", "increase", "jump", "fall", "drop", "decline"}


LEVEL_SETTERS = COPULAS | LEVEL_VERBS | {"reach", "stand", "total", "hit", "top", "exceed", "pass", "surpass"}


def _source_key(match: AttributionMatch) -> str:
    """The source as the subject of its own claim: "Iraq", "two russian men", or a group named by a bare noun,
    by its lemma ("fans bore no responsibility": fan, as "the fans contributed" is)."""
    root = match.source.root if match.source is not None else None
    if root is not None and len(match.source) == 1 and root.pos_ == "NOUN" and root.ent_type_ == "":
        return subject_key(root.lemma_)
    return match.source_name.lower()


def _counted_event(subject: Token | None, head: Token) -> Token | None:
    """What a number of people did or had done to them, when the clause gives that number's level: "the
    number of people killed had risen to 50" -> killed, "the number of people confirmed dead stood at
    230,000" -> dead, "the number arrested reached 180" -> arrested, "put the number of people killed at
    11,000" -> killed."""
    if head.lemma_.lower() in MEASURE_NOUNS and head.dep_ == "dobj" and head.head.lemma_.lower() in FIGURE_GIVERS:
        subject = head  # "put the number of people killed at about 11,000": the number given is the object
    elif subject is None or subject.lemma_.lower() not in MEASURE_NOUNS or head.lemma_.lower() not in LEVEL_SETTERS:
        return None
    counted = _of_object(subject) or subject  # the deed told of the counted, or of the number itself
    verb = next((c for noun in (counted, subject) for c in noun.children  # ("the number of women raped")
                 if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if verb is None:
        return None
    state = next((c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), None)
    return state or verb


def _level_reached(head: Token, verbs: set[str] = LEVEL_VERBS) -> bool:
    """"The total has since risen to more than 20,000": the total is now that figure, not a change by it."""
    return head.lemma_.lower() in verbs and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(t.like_num for t in c.subtree) for c in head.children)


LIST_NOUNS = {"list", "register", "roster", "registry"}
LIST_SETTERS = {"bring", "take", "raise", "push", "lift", "increase", "expand", "grow", "rise"}


def _among_the_dead(head: Token) -> Token | None:
    """The group a list of the dead counts: "among the dead were 189 Americans", "the victims included 35
    students"."""
    if head.lemma_.lower() not in ("be", "include"):
        return None
    dead = any((c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in DEAD_NOUNS) or (
        c.dep_ == "prep" and c.lower_ == "among" and any(described_as_dead(g) for g in c.children))
        for c in head.children)  # "among the 144 people killed"
    return _group_listed(head) if dead else None


def _among_those_aboard(head: Token) -> Token | None:
    """The group a list of those aboard counts: "Among those aboard were 325 students"."""
    aboard = head.lemma_.lower() == "be" and any(
        c.dep_ == "prep" and c.lower_ == "among" and any(says_aboard(a) for g in c.children for a in g.children)
        for c in head.children)
    return _group_listed(head) if aboard else None


def _group_listed(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ in ("attr", "dobj", "nsubj") and c.lemma_.lower()
                 not in DEAD_NOUNS and number_at(next((n for n in c.children if n.dep_ == "nummod"), c))), None)


CASUALTIES = ("dead", "injure")  # what a nation's people are counted for, apart from the whole toll
CITIZEN_NOUNS = ("citizen", "national")  # "57 Canadian citizens", "136 of its nationals"


def _nationals_counted(subject: Token | None, among_dead: Token | None, predicate_key: str,
                       quantity: Quantity | None) -> str | None:
    """"Among the dead were 189 Americans", "14 Australians had been confirmed dead": the dead (or injured)
    of one nation, a part of the whole toll."""
    if among_dead is not None and among_dead.ent_type_ == "NORP":
        return f"{NATIONALS_SCOPE}{among_dead.text}"
    if subject is None or quantity is None or predicate_key not in CASUALTIES:
        return None
    while subject.lower_ in VAGUE_NUMBERS:  # "hundreds of thousands of Muslims": the Muslims
        of = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is None:
            break
        subject = of
    return _nationals_scope(subject) if _nationals(subject) or _citizens_of_a_nation(subject) or _a_people(subject) \
        else None  # "600,000 Muslims" as "600,000 Armenians": the dead of one people


def _own_nationals(subject: Token | None, match: AttributionMatch, predicate_key: str) -> str | None:
    """"Iran said 136 of its nationals had died", "Nigeria has reported 199 dead, Egypt 182 ...": the dead (or
    injured) of the speaking nation, a part of the toll, and not India's "120 of its nationals"."""
    if predicate_key not in CASUALTIES or match.source_name is None or \
            country_of(match.source_name) != match.source_name:
        return None
    counted = subject if subject is not None else match.content_head  # "reported 199 dead": the figure's words
    group = next((g for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), counted)
    own = group.lemma_.lower() in CITIZEN_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                                  for c in group.children)
    return f"{NATIONALS_SCOPE}nationals of {match.source_name}" if own or _nations_counted_alike(counted, match) \
        else None


def _nations_counted_alike(counted: Token, match: AttributionMatch) -> bool:
    """"Nigeria has reported 199 dead, Egypt 182 and Indonesia 129": other nations given figures of their own
    in the sentence of the speaking nation's, so that each is a nation's own dead."""
    others = [t for t in counted.sent if t.dep_ in ("appos", "conj") and t.ent_type_ == "GPE"
              and any(c.dep_ == "nummod" and c.like_num for c in t.children)]  # however the parser hangs them
    return any(country_of(t.text) == t.text != match.source_name for t in others)


def _a_people(token: Token) -> bool:
    """"600,000 Armenians", and "6,700 Rohingya", whose plural the tagger reads as one name (a count before it
    says it is many): people named by the people they belong to."""
    if token.ent_type_ != "NORP" or not token.text[:1].isupper():
        return False
    return token.tag_ in ("NNS", "NNPS") or (token.tag_ == "NNP" and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("1", "one") for c in token.children))


def _citizens_of_a_nation(token: Token) -> bool:
    """"Canadian citizens", "Dutch nationals": the people of one nation, named by their passports."""
    return token.lemma_.lower() in CITIZEN_NOUNS and token.tag_ == "NNS" and any(
        c.dep_ in ("amod", "compound") and country_of_people(c.text) is not None for c in token.children)


def _nationals_scope(group: Token) -> str:
    """The scope of a nation's dead, with the words that narrow the nation down: "who were Australians";
    "who were Greek Cypriots", not the Turkish Cypriots of another count."""
    narrowing = [c.text for c in group.children if c.dep_ in ("amod", "compound") and c.i < group.i and c.is_title]
    return f"{NATIONALS_SCOPE}{' '.join([*narrowing, group.text])}"


def _nationals(token: Token) -> bool:
    """"Australians", "Britons": people named by their nation (which the recognizer may call an organisation)."""
    return token.tag_ in ("NNS", "NNPS") and token.text[:1].isupper() and country_of_people(token.text) is not None


def _some_of_the_dead(copula: Token) -> Token | None:
    """What some of the dead were: "86 of the dead were children", "Of the 39 dead, 31 were Italian",
    "Of the dead, 22 were foreign nationals": that many children, Italians, foreigners died."""
    if copula.lemma_.lower() != "be":
        return None
    number = next((c for c in copula.children if c.dep_ == "nsubj" and c.like_num), None)
    what = next((c for c in copula.children if c.dep_ in ("attr", "acomp") and c.pos_ in ("NOUN", "ADJ", "PROPN")), None)
    if number is None or what is None:
        return None
    fronted = copula.sent[0]  # "Of the 329 victims, 268 were Canadian, 27 were British": every clause after it
    of_the = [c for c in (*number.children, *copula.children, fronted) if c.dep_ == "prep" and c.lower_ == "of"]
    return what if any(described_as_dead(g) for c in of_the for g in c.children if g.dep_ == "pobj") else None


def _named_among(head: Token) -> tuple[Token, str] | None:
    """A person named among the dead or among the living: "Among those killed was Deni Kurniawan" (dead),
    "Among those found alive was Harold Pinnell" (alive), "The train's driver was among the dead" (one person
    named by the role)."""
    if head.lemma_.lower() != "be":
        return None
    group = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children
                  if g.dep_ == "pobj"), None)
    person = next((c for c in head.children if c.dep_ in ("attr", "nsubj") and (c.ent_type_ == "PERSON" or any(
        a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)  # "the captain, Arvo Andresson,"
        or (c.dep_ == "nsubj" and c.tag_ == "NN"))), None)
    if group is None or person is None:
        return None
    words = {t.lemma_.lower() for t in group.subtree}
    if words & {"alive", "survivor", "survive", "rescue"}:
        return person, "alive"
    return (person, "dead") if words & (DEAD_NOUNS | {"kill", "die"}) else None


def _listed(head: Token) -> Token | None:
    """What a list set to a figure lists: "the addition brings its list to 16 people", where the article
    named the list earlier ("its official list of citizens abducted by North Korea") -> citizens."""
    if head.lemma_.lower() not in LIST_SETTERS or not _level_reached(head, LIST_SETTERS):
        return None
    noun = next((c for c in head.children if c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in LIST_NOUNS), None)
    if noun is None:
        return None
    for earlier in reversed(noun.doc[:noun.i + 1]):
        listed = _of_object(earlier) if earlier.lemma_ == noun.lemma_ else None
        if listed is not None:
            return listed
    return None


def _speaker_itself(subject: Token | None, match: AttributionMatch) -> bool:
    """"Iraq insisted that it has no weapons", "Trump said he had won": the speaker speaking of itself."""
    if subject is None or match.source is None or not match.source_name:
        return False
    if match.source.start <= subject.i < match.source.end:
        return False  # "Of those, 81,000 marched in Paris, it said": the source, not what it speaks of
    if subject.dep_ == "poss" and subject.head.lemma_.lower() in PROFESSED_STATES:
        return True  # "Megrahi maintained his innocence": his own
    person = match.source.root.ent_type_ == "PERSON" or match.source.root.lower_ in PERSON_PRONOUNS
    return subject.lower_ in (("he", "she") if person else ("it",))


def _said_of_the_subject(copula: Token) -> bool:
    """"It was not grossly negligent": an adjective said of the subject, not one of a clause put off till
    after it ("it was unlikely that they survived")."""
    quality = next((c for c in copula.children if c.dep_ == "acomp"), None)
    return quality is not None and not any(c.dep_ in ("ccomp", "xcomp", "csubj")
                                           for c in (*copula.children, *quality.children))


def _toll_counted(head: Token, subject: Token | None, tokens: set[int], quantity: Quantity) -> tuple[str, str] | None:
    """What a toll counts, when the clause gives one: "the toll was 64", "raised its death toll to 2,975",
    "officials putting the death toll at 2,259" (the toll itself is what is said), "the official count of
    deaths stands at 3,787", "the sum was calculated on the basis of about 3,000 deaths"."""
    doc = head.doc
    if predicate_family(head.lemma_.lower()) not in JUDGED_FIGURES:  # not "the estimate of 4,000 deaths was low"
        for noun in (doc[i] for i in doc_positions(doc).counted_nouns & tokens):
            if noun.lemma_.lower() not in TOLLS:
                continue
            counted = any(c.dep_ == "nummod" and c.like_num and c.text in quantity.text for c in noun.children)
            of = _of_object(noun) if noun.pos_ == "NOUN" else None  # "cited a toll of about 220,000"
            if counted or (of is not None and of.like_num and of.text in quantity.text):
                return tuple(TOLLS[noun.lemma_.lower()])
    number = next((c for c in head.children if c.dep_ == "attr" and c.like_num and c.text in quantity.text), None)
    described = next((c for c in number.children if c.dep_ == "amod" and c.lemma_.lower() in TOLLS), None) \
        if number is not None else None
    if described is not None:  # "the official figure is 379 dead, among them 41 boys": the number of dead
        return tuple(TOLLS[described.lemma_.lower()])
    if head.pos_ == "NOUN":
        group = _whose_death(head)
        if group is not None and group.pos_ == "NOUN" and group.lemma_.lower() not in GENERIC_PEOPLE:
            return subject_key(group.lemma_), "dead"  # "the killing of 34 miners": the miners, some of the dead
        nouns = [head]
    elif head.lemma_.lower() in COPULAS | LIGHT_VERBS | EXCEED_VERBS | {"rise", "climb", "stand"}:
        nouns = [subject, next((c for c in head.children if c.dep_ == "dobj"), None)]
    else:
        return None
    for noun in nouns:
        if noun is None:
            continue
        while noun.lemma_.lower() in MEASURE_NOUNS and (counted := _of_object(noun) or _for_the_dead(noun)) is not None \
                and not _toll_of_an_event(noun, counted):
            noun = counted  # "the count of deaths", "its estimate of the number of dead", "the official figure
            # for the dead": what it counts
        if noun.lemma_.lower() in TOLLS:
            return tuple(TOLLS[noun.lemma_.lower()])
        state = _people_in_a_state(noun)
        if state is not None:  # "the number of villagers killed": villagers; "the number of injured": people
            group = noun.pos_ == "NOUN" and noun.lemma_.lower() not in MEASURE_NOUNS
            return (subject_key(noun.lemma_) if group else "people"), state
    return None


def _toll_of_an_event(toll: Token, of: Token) -> bool:
    """"the death toll of the uprising": a toll of what happened, not of whom (the toll of the dead, of the
    injured, of civilians, still counts them)."""
    return toll.lemma_.lower() in TOLLS and of.lemma_.lower() not in TOLLS and _people_in_a_state(of) is None \
        and not _is_people(of)


def _people_in_a_state(word: Token) -> str | None:
    """"puts the number of missing at about 8,000", "the number of injured at 652", "the number of villagers
    killed is given as 254": people missing, injured, dead."""
    if word.lemma_.lower() in MEASURE_NOUNS:  # the parser may make "missing" a clause, not an object
        word = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pcomp"), word)
    if word.head.lower_ != "of" or word.head.head.lemma_.lower() not in MEASURE_NOUNS:
        return None
    if word.pos_ == "NOUN":  # "villagers killed": what the participle says of them
        word = next((c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN"), word)
    if word.pos_ not in ("ADJ", "VERB"):
        return None
    family = next((predicate_family(w) for w in (word.lower_, word.lemma_.lower()) if has_predicate_family(w)), None)
    return family if family in PEOPLES_FATES else None


CROWD_VERBS = COPULAS | {"look", "number", "total"}
CROWD_SIZES = {"crowd", "turnout", "attendance"}
SIZE_REACHED = {"peak", "reach", "top"}  # "the June 9 crowd peaked at 240,000"; "rose by 5 percent" is a change
CROWD_GATHERING = {"turn", "gather", "assemble", "attend", "come", "pack", "fill", "flock", "throng", "watch"}


CUSTODY_WORDS = {"prison", "jail", "custody", "camp", "detention", "captivity", "police", "arrest", "cell"}


def _the_men_named_before(group: Token) -> str | None:
    """"The men" that a count is drawn from, after a group of people named just before ("the trapped Sago
    miners"): that group, not men in general."""
    if group.lemma_.lower() not in ("man", "woman") or group.tag_ != "NNS" or not any(
            d.lower_ == "the" for d in group.children):
        return None
    doc, start = group.doc, group.sent.start
    earlier = doc[doc[start - 1].sent.start:group.i] if start > 0 else doc[start:group.i]  # this or the last sentence
    named = [t for t in earlier if t.tag_ == "NNS" and t.lemma_.lower() in GROUPS_OF_PEOPLE - {"man", "woman"}]
    return subject_key(named[-1].lemma_) if named else None


def _a_thing(subject: Token | None) -> bool:
    """A common noun that names no person nor group of people: "the building", "the water", "the vaccine"."""
    return subject is not None and subject.pos_ == "NOUN" and not subject.like_num and not _is_people(subject) \
        and subject.lower_ not in QUANTIFIER_WORDS | VAGUE_NUMBERS | DEMONSTRATIVES


def _is_people(subject: Token | None) -> bool:
    """A person or a group of people: "Samira Haddad", "223 people", "several of the student leaders"."""
    group = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None) if subject is not None else None
    if group is not None and (subject.like_num or subject.lower_ in QUANTIFIER_WORDS | VAGUE_NUMBERS):
        if group.lower_ == "them":
            return True  # "223 of them escaped": those counted before
        subject = group  # the group a number or quantifier is drawn from, as `_subject` reads it
    return subject is not None and (subject.ent_type_ in ("PERSON", "NORP") or subject.lower_ in PERSON_PRONOUNS or
                                    subject.lemma_.lower() in GROUPS_OF_PEOPLE | GENERIC_PEOPLE | PEOPLE_AT_ODDS)


# People a story sets against each other, who escape as people do, never as gas
PEOPLE_AT_ODDS = {"leader", "prisoner", "gunman", "attacker", "suspect", "hostage", "militant", "fighter"}


def _escaped_to(verb: Token) -> str:
    """"escaped from prison", "escaped abroad": free, as if released; "escaped from her flat": got out
    alive, once, which a count of the living now would not say."""
    words = {t.lemma_.lower() for c in verb.children if c.dep_ in ("prep", "advmod", "dobj") and c.lower_ != "according"
             for t in c.subtree}  # where to, or from; not "according to the police"
    return "release" if words & CUSTODY_WORDS or "abroad" in words else "escape"


def _counts_a_crowd(head: Token, subject: Token | None) -> bool:
    """A count of the people at an event: "the crowd looked like a million people", "160,000 people were on
    the National Mall" (people somewhere named, not "in hospital", nor "on board")."""
    if subject is None:
        return False
    sized = _of_object(subject) if subject.lemma_.lower() == "size" else None  # "put the size of the crowd at"
    if sized is not None and sized.lemma_.lower() in CROWD_SIZES:
        return head == subject or head.lemma_.lower() in CROWD_VERBS | SIZE_REACHED
    if subject.lemma_.lower() in CROWD_SIZES:  # "estimated the crowd at between 3,000 and 5,000": the crowd itself;
        # "The crowd of 14,000 had turned out", "a crowd of 50,000 gathered"
        return head.lemma_.lower() in CROWD_VERBS | SIZE_REACHED | CROWD_GATHERING or head == subject
    if head.lemma_.lower() not in CROWD_VERBS or subject.lemma_.lower() not in GENERIC_PEOPLE:
        return False
    return any(g.dep_ == "pobj" and (c.lower_ in ("on", "at") or g.pos_ == "PROPN") and g.lower_ != "board"
               and g.ent_type_ not in ("DATE", "TIME") and g.lemma_.lower() not in DURATION_NOUNS  # not "on the night"
               for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "in") for g in c.children)


EVIDENCE_VERBS = {"be", "have", "see", "find", "show", "present", "provide", "produce", "offer", "give", "cite"}


def _not_until(head: Token) -> bool:
    """"Pripyat was not evacuated until 28 April": it was evacuated, then."""
    return any(c.dep_ == "prep" and c.lower_ in ("until", "till") and (any(
        g.ent_type_ in ("DATE", "TIME") for g in c.subtree) or find_clock(span_text(head.doc[c.i:c.right_edge.i + 1])))
        for c in head.children)  # "until after 4.30pm", a time the recognizer may leave out


def _awaited(head: Token) -> Token | None:
    """The deed of "waited until April 30 to acknowledge the disaster"."""
    if head.lemma_.lower() != "wait" or not _not_until(head):
        return None
    return next((c for c in head.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"), None)


REJECTING_VERBS = {"reject", "dismiss", "refute", "dispute", "deny", "contradict", "discredit"}
ACCOUNT_NOUNS = {"version", "account", "theory", "idea", "notion", "narrative", "story", "explanation"}


def _what_it_told(clause: Token) -> bool:
    """"the version that officers had fired in self-defence": what the version says (the parser may read
    its "that" as a relative pronoun); not "the version that he gave", a relative clause about it."""
    if clause.pos_ not in ("VERB", "AUX") or not any(c.lower_ == "that" and c.i < clause.i for c in clause.children):
        return False
    if clause.dep_ in ("acl", "ccomp"):
        return True
    return clause.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in clause.children) \
        and clause.lemma_.lower() not in REPORTING_VERBS | {"give", "offer", "present", "provide", "put"}


def _denied_clause(head: Token) -> Token | None:
    """The clause a negated noun denies: "there was no sign that the data had been manipulated", "Japan had
    no intention of abandoning the agreement", "a commissioner had no way to alter the figures"; or the
    deed: "Britain had presented no evidence of Russian involvement" denies the involvement; or a deed not
    done: "Germany has yet to apologise", "said Tokyo had refused to apologise"."""
    lemma = head.lemma_.lower()
    if lemma in REFUSAL_VERBS or (lemma in ("have", "be") and any(c.lower_ == "yet" for c in head.children)):
        return next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if head.lemma_.lower() in REJECTING_VERBS:  # "rejected the police version that officers had fired in self-defence"
        told = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS | ACCOUNT_NOUNS), None)
        return next((c for c in told.children if _what_it_told(c)), None) if told is not None else None
    if lemma == "be" and _called_false(head):  # "reports of soldiers shooting at protesters were fake news"
        told = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in REPORT_NOUNS), None)
        return _what_was_reported(told) if told is not None else None
    if head.lemma_.lower() not in EVIDENCE_VERBS:
        return None
    for noun in head.children:
        if noun.dep_ not in ("attr", "dobj", "nsubj") or not _denies_by_absence(noun):
            continue
        for child in noun.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in SUPPORTING_VERBS:
                return _what_is_supported(child)  # "nothing to suggest the pilots were responsible"
            if child.dep_ in ("acl", "relcl", "ccomp") and child.pos_ in ("VERB", "AUX") and noun.lower_ != "nothing":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((g for g in child.children if (g.dep_ == "pcomp" and g.pos_ == "VERB") or
                             (g.dep_ == "pobj" and predicate_family(g.lemma_.lower()) == "responsible")), None)
    return None


SUPPORTING_VERBS = {"suggest", "support", "show", "indicate", "prove", "back", "substantiate", "confirm"}
REPORT_NOUNS = CLAIM_NOUNS | ACCOUNT_NOUNS | {"rumour", "rumor"}


def _called_false(copula: Token) -> bool:
    """"... were false", "... were fake news", "... was a lie": what the subject says is untrue."""
    said = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
    return any(word.lemma_.lower() in REJECTION_WORDS
               for c in said for word in (c, *(a for a in c.children if a.dep_ == "amod")))


def _what_was_reported(told: Token) -> Token | None:
    """What a report or claim said happened: "claims that soldiers killed protesters" (killed), "reports of
    soldiers shooting at protesters" (shooting)."""
    clause = next((c for c in told.children if _what_it_told(c)), None)
    if clause is not None:
        return clause
    doers = [g for c in told.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return next((c for g in doers for c in g.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)


def _what_is_supported(verb: Token) -> Token | None:
    """What "nothing to suggest ..." or "no evidence to support claims that ..." denies: the clause after the
    verb, or the one its claim noun tells."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is not None:
        return clause
    told = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS | ACCOUNT_NOUNS), None)
    return next((c for c in told.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None) \
        if told is not None else None


def _affirmed_clause(head: Token) -> Token | None:
    """The clause that a denied alternative affirms: "there was no doubt that North Korea sank the ship",
    "there was no alternative conclusion other than that the Russian state was culpable"."""
    if head.lemma_.lower() not in EVIDENCE_VERBS:
        return None
    for noun in head.children:
        if noun.dep_ not in ("attr", "dobj") or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue
        alternative = any(c.dep_ == "amod" and c.lower_ in ("other", "alternative") for c in noun.children)
        if noun.lemma_.lower() not in ("doubt", "question") and not alternative:
            continue
        for clause in (*noun.children, *head.children):  # the parser hangs "other than that ..." on either
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if clause.dep_ in ("acl", "ccomp", "advcl") and clause.pos_ in ("VERB", "AUX") and "that" in marks \
                    and (clause.head == noun or marks & {"than", "but"}):
                return clause
    return None


def _label_set_aside(claim: Claim, head: Token) -> Iterator[Claim]:
    """"What happened in Greenwood was a massacre, not a riot": the label set aside is denied, a claim of its
    own against those who called it a riot."""
    if claim.subject_key != EVENT_KEY or claim.polarity != "positive":
        return
    label = label_of(head, _subject_of(head))
    for other in (g for g in label.children if g.dep_ in ("conj", "appos")) if label is not None else ():
        if label_key(other) is not None and denied_by_determiner(other):
            yield replace(claim, predicate_text=other.text, predicate_key=predicate_family(label_key(other)),
                          polarity="negative")


def _everyone_aboard(claim: Claim, head: Token, tokens: set[int]) -> Iterator[Claim]:
    """"The ship was carrying 3,206 passengers and 1,023 crew members": 4,229 people aboard, the figure
    other reports give as one. "All 118 men aboard are presumed dead": 118 men were aboard too. "The liner
    struck rocks with 4,252 people aboard": 4,252 were aboard."""
    carried = _group_carried(head, tokens)
    if carried is not None and claim.predicate_key != "aboard":
        group, number = carried
        aboard = replace(claim, subject_text=span_text(head.doc[group.left_edge.i:group.right_edge.i + 1]),
                         subject_key=_subject(group, group, None)[1], quantity=number, kind="count",
                         predicate_text="aboard", predicate_key="aboard", place=None, time=None)
        last = head.doc[group.right_edge.i]
        yield _with_words(aboard, head.doc, head.doc[group.left_edge.i].idx, last.idx + len(last))
    if claim.predicate_key in FATES_OF_ALL_ABOARD and claim.quantity is not None and any(
            _all_counted_aboard(head.doc[i], claim.quantity) for i in tokens):
        yield replace(claim, predicate_text="aboard", predicate_key="aboard")
    drawn_from = _fronted_group_aboard(head) if claim.predicate_key in FATES_OF_ALL_ABOARD else None
    if drawn_from is not None:  # "Of the 476 people aboard, 172 were rescued": 476 were aboard
        group, number = drawn_from
        text = span_text(head.doc[group.left_edge.i:group.right_edge.i + 1])
        aboard = replace(claim, subject_text=text, subject_key=_subject(group, group, None)[1], quantity=number,
                         predicate_text="aboard", predicate_key="aboard", place=None)
        last = group.right_edge
        yield _with_words(aboard, head.doc, head.doc[group.left_edge.i].idx, last.idx + len(last))
    if claim.predicate_key != "aboard" or _among_those_aboard(head) is not None:
        return  # "Among those aboard were 325 students and 14 teachers": some of them, not everyone
    groups = [(t, number_at(n)) for t in head.doc[min(tokens):max(tokens) + 1] if t.lemma_.lower() in GROUPS_OF_PEOPLE
              and t.i in tokens for n in t.children if n.dep_ == "nummod" and n.like_num]
    if len(groups) != 2 or groups[1][0].head != groups[0][0] or groups[1][0].dep_ != "conj" \
            or any(q is None or q.low is None or q.high is None for _, q in groups):
        return
    (first, a), (second, b) = groups
    text = head.doc[first.left_edge.i:second.right_edge.i + 1].text
    total = Quantity(text, (a.value or a.low) + (b.value or b.low), a.low + b.low, a.high + b.high,
                     approximate=a.approximate or b.approximate)
    last = head.doc[second.right_edge.i]
    everyone = replace(claim, subject_text=text, subject_key="people", quantity=total)
    yield _with_words(everyone, head.doc, head.doc[first.left_edge.i].idx, last.idx + len(last))


def _group_carried(head: Token, tokens: set[int]) -> tuple[Token, Quantity] | None:
    """"(struck rocks) with 4,252 people aboard", "(crashed) with 269 people on board", "a ferry carrying 477
    people (capsized)": the group carried and its number."""
    subject = _subject_of(head)
    carrying = [c for c in subject.children if _carrying(c)] if subject is not None else []
    for phrase in [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"] + carrying:
        if phrase.i not in tokens:
            continue
        for group in (g for g in phrase.subtree if g.dep_ in ("pobj", "nsubj", "dobj")
                      and g.lemma_.lower() in GROUPS_OF_PEOPLE | {"people", "person"}):
            number = next((number_at(n) for n in group.children if n.dep_ == "nummod" and n.like_num), None)
            if number is not None and _carried_aboard(group):
                return group, number
    return None


def _carrying(verb: Token) -> bool:
    """"carrying" in "a ferry carrying 477 people": what a vehicle carries, told in passing."""
    return verb.dep_ == "acl" and verb.lemma_.lower() == "carry" and verb.head.lemma_.lower() in VESSELS


FATES_OF_ALL_ABOARD = {"dead", "alive", "missing", "rescue"}


def _fronted_group_aboard(head: Token) -> tuple[Token, Quantity] | None:
    """"Of the 476 people aboard, 172 were rescued", "killed 852 of the 989 people on board": the group the
    fates are told of, and its number, when it is everyone aboard. Not "of the 248 aboard the Dutch aircraft",
    one of two vehicles."""
    subject = _subject_of(head)
    group = _fronted_group(subject, head) or _whole_drawn_from(subject) or _whole_drawn_from(
        next((c for c in head.children if c.dep_ == "dobj"), None))
    if group is None:
        return None
    aboard = [c for c in group.children if says_aboard(c)]
    number = next((number_at(c) for c in group.children if c.dep_ == "nummod" and c.like_num), None)
    if aboard and number is not None and all(g.lower_ == "board" for c in aboard for g in c.children
                                             if g.dep_ == "pobj"):
        return group, number
    return None


def _all_counted_aboard(word: Token, counted: Quantity) -> bool:
    """"All 118 men aboard died", "killing all 259 people aboard": those counted are everyone aboard. Not
    "583 died, all 248 aboard the Dutch aircraft", where those aboard one plane are a part of the count."""
    number = word if word.like_num else next((c for c in word.children if c.dep_ == "nummod"), None)
    return word.dep_ in SUBJECT_DEPS | {"dobj"} and number is not None and number.text in counted.text and \
        any(c.lower_ == "all" and c.dep_ in ("det", "predet") for c in word.children) and \
        any(says_aboard(c) for c in word.children)


def _with_words(claim: Claim, doc: Doc, start: int, end: int) -> Claim:
    """The claim with its words widened to these characters, so that it reads whole."""
    evidence = claim.evidence[0]
    start, end = min(start, evidence.claim_text.start), max(end, evidence.claim_text.end)
    return replace(claim, evidence=(replace(evidence, claim_text=TextSpan(start, end, doc.text[start:end])),))


def _secondary_figures(doc: Doc, tokens: set[int]) -> list[tuple[Token, set[int], str]]:
    """Figures riding along a clause's main one, each a claim of its own: "1.12 million took part,
    including 80,000 in Paris", "281,000 marched, 31,000 of them in Paris", "a gain of 144,000 for
    May and 147,000 for June", "30.6 million watched, fewer than the 37.8 million who watched in 2009".
    Returns (number, its phrase's tokens, "part" | "also" | "comparison" | "cited")."""
    found = []
    taken: set[int] = set()
    first_number = True
    numbers = doc_positions(doc).numbers
    for i in sorted(tokens):
        if i not in numbers:
            continue  # not like_num
        number = doc[i]
        if i in taken or not number.like_num or number.ent_type_ in NOT_COUNTS or is_age(number):
            continue
        root = _figure_root(number, within=tokens)
        anchor, relation = None, None
        if any(_back_to_the_whole(c, "of") for c in root.children):
            anchor, relation = root, "part"  # "31,000 of them in Paris"
        elif _listed_among_them(root):
            anchor, relation = root, "part"  # "613 people were killed, among them 63 children, 106 women and ..."
        elif root.head.lower_ in LISTED_PARTS:
            anchor, relation = root.head, "part"  # "including 63 children", "comprising 164 civilians"
        elif root.dep_ == "conj" and _first_in_list(root).head.lower_ in LISTED_PARTS:
            anchor, relation = root, "part"  # "including 63 children [and 106 women]"
        elif _aboard_with(root):
            anchor, relation = root, "aboard"  # "sank with 989 people aboard, 803 passengers and 186 crew"
        elif root.head.lower_ == "than" or (root.head.lower_ in ("with", "to") and root.head.head.lemma_ == "compare"):
            # "fewer than the 37.8 million", "compared with 317,000": the whole comparison
            outer = root.head.head
            anchor = outer if outer.lemma_ == "compare" or outer.tag_ in ("JJR", "RBR") else root.head
            relation = "comparison"
        elif root.head.lower_ == "from" and root.head.head.lower_ in ("down", "up"):
            anchor, relation = root.head.head, "comparison"  # "97 dead, down from the 115 reported last month"
        elif root.dep_ == "conj" and ((root.head.dep_ == "pobj" and root.head.head.lower_ == "between")
                                      or any(c.lower_ == "between" for c in root.head.children)
                                      or (root.head.i > 0 and root.doc[root.head.i - 1].lower_ == "between")):
            pass  # "between 2,658 and 3,290": one range, read with its first number
        elif root.dep_ == "conj" and any(t.like_num for t in root.head.subtree if t.i < root.i) and not first_number:
            anchor, relation = root, "also"  # "144,000 for May and 147,000 for June"
        elif root.head.lower_ == "with" and _own_predicate(root) is not None and not first_number:
            anchor, relation = root, "also"  # "the toll rose to 171, with about 6,000 injured"
        elif root.head.lower_ == "of" and _a_figure_compared_with(root.head.head):
            anchor, relation = root.head.head, "cited"  # "less than half the figure of 254 that has been cited since
            # 1948": another's figure, which neither dates nor counts this clause's
        elif root.dep_ == "appos" and any(c.dep_ == "nummod" for c in root.head.children) and not first_number:
            anchor, relation = root, "also"  # "82 Iranians, 63 Canadians, 11 Ukrainians": a list, parsed as an
            # apposition
        first_number = False
        if anchor is None:
            continue
        conjoined = {t.i for c in anchor.children if c.dep_ in ("cc", "conj") for t in c.subtree}
        if anchor.lower_ in LISTED_PARTS:  # "including 63 children [and 106 women]": each part a claim
            conjoined = {t.i for c in root.children if c.dep_ in ("cc", "conj") for t in c.subtree}
        phrase = ({t.i for t in anchor.subtree} - conjoined) & tokens  # "6,000 injured [and 300,000 ...]"
        if relation == "part" and anchor.dep_ == "conj":  # "[and] 106 women": the list's "and" goes with it
            phrase |= {c.i for c in anchor.head.children if c.dep_ == "cc" and c.i < anchor.i} & tokens
        after = max(phrase) + 1
        if relation == "part" and after in tokens and doc[after].lower_ == "in":
            phrase |= {t.i for t in doc[after].subtree} & tokens  # "800,000 of them [in Paris]"
        elif relation == "also" and after in tokens and doc[after].dep_ == "prep" and doc[after].head.i == root.head.i:
            phrase |= {t.i for t in doc[after].subtree} & tokens  # "144,000 for May and 147,000 [for June]"
        taken |= phrase
        found.append((number, phrase, relation))
    return found


def _first_in_list(root: Token) -> Token:
    """The first of the figures a list joins: "63 children" of "63 children, 106 women and 70 elderly people"."""
    first = root
    while first.dep_ == "conj":
        first = first.head
    return first


def _aboard_with(root: Token) -> bool:
    """"with 989 people aboard, 803 passengers and 186 crew": a figure of those aboard told in passing."""
    first = _first_in_list(root)
    return first.dep_ == "pobj" and first.head.lower_ == "with" and any(says_aboard(c) for c in first.children)


def _listed_among_them(root: Token) -> bool:
    """Is the figure's noun in a list that opens with "among them" ("among them 63 children, 106 women and 70
    elderly people")?"""
    return any(_back_to_the_whole(c, "among") for c in _first_in_list(root).children)


def _back_to_the_whole(prep: Token, word: str) -> bool:
    """"of them", "among those": a preposition pointing back at the whole a figure is drawn from."""
    return prep.dep_ == "prep" and prep.lower_ == word and any(g.lower_ in ("them", "those", "these")
                                                               for g in prep.children)


def _group_key(group: Token) -> str:
    """The key of a counted group: "crew" for "12 crew", and the whole name of a named people ("502 Turkish
    Cypriots": turkish cypriots, not the Greek Cypriots counted before them)."""
    if group.pos_ != "PROPN":
        return subject_key(group.lemma_)
    return " ".join(t.lower_ for t in group.doc[group.left_edge.i:group.i + 1] if not t.like_num)


def _gapped_figures(match: AttributionMatch) -> list[tuple[Token, set[int]]]:
    """Figures given after the cue with the verb left out: "May's gain was revised to 19,000, the bureau
    said, and June's to 14,000". The parser joins "June's" to the cue; returns each number and its phrase."""
    found = []
    for noun in match.cue.root.children:
        if noun.dep_ != "conj" or noun.i < match.cue.root.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        number = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "at")
                       for g in c.children if g.dep_ == "pobj" and g.like_num), None)
        if number is not None:
            found.append((number, {t.i for t in noun.subtree}))
    return found


def _figure_claim(base: Claim, match: AttributionMatch, number: Token, phrase: set[int], relation: str,
                  published: date | None) -> Claim | None:
    """A claim for a figure riding along another: same source and predicate, its own number; the part of a
    whole keeps the whole's day, a comparison keeps nothing but its own words."""
    quantity = number_at(number)
    if quantity is None or relation == "cited":
        return None
    doc = number.doc
    time = clause_time(doc, phrase, published)
    place = scope(number, phrase)
    nationals = _counted_nationals(number, relation)
    if nationals is not None:  # "including 88 Australians", "88 of them Australians and 38 Indonesians": the
        # whole's dead (or injured) of one nation, a part of them
        return replace(base, subject_text=doc[number.i:nationals.i + 1].text, quantity=quantity,
                       time=time or base.time, place=place or _nationals_scope(nationals),
                       period=time or base.period, kind="count", evidence=(_evidence(match, runs(doc, phrase)),))
    if relation == "part":  # "including 80,000 in Paris": the same day as the whole
        group = number.head if number.dep_ == "nummod" and number.head.pos_ == "NOUN" else None
        if place is None and group is not None and group.lemma_.lower() in GENERIC_PEOPLE:
            return None  # "among them ... 70 elderly people": some of the whole picked out, not the whole
        time, place = time or base.time, place or base.place
        if group is not None and group.lemma_.lower() not in GENERIC_PEOPLE:
            key = subject_key(group.lemma_)  # "including 23 soldiers": soldiers, a part, not the whole
            if key != base.subject_key:
                end = min((c.i for c in group.children if c.dep_ in ("cc", "conj", "punct") and c.i > group.i),
                          default=group.right_edge.i + 1)  # "106 women", not "106 women and 70 elderly people"
                group_text = doc[group.left_edge.i:end].text
                base = replace(base, subject_text=group_text, subject_key=key)
    elif relation == "aboard":
        group = number.head if number.dep_ == "nummod" and number.head.pos_ == "NOUN" else None
        key = _group_key(group) if group is not None and group.lemma_.lower() not in GENERIC_PEOPLE else "people"
        base = replace(base, subject_text=doc[number.i:(group or number).i + 1].text, subject_key=key,
                       predicate_text="aboard", predicate_key="aboard", polarity="positive")
        time = time or base.time
    elif relation == "also" and base.quantity is not None and quantity.unit != base.quantity.unit:
        time = time or base.time  # "lower March 2024 employment by 818,000, or 0.5 percent": one figure, twice
    group = number.head if number.dep_ == "nummod" and number.head.pos_ in ("NOUN", "PROPN") else None
    if relation == "also" and group is not None and (_nationals(group) or _citizens_of_a_nation(group)) \
            and base.predicate_key in CASUALTIES:
        # "23 Britons and 40 Americans were killed": the Americans' dead, as "40 Americans were killed" says alone
        base = replace(base, subject_text=doc[number.i:group.i + 1].text, subject_key="people")
        place = place or _nationals_scope(group)
    elif relation == "also" and group is not None and group.lemma_.lower() not in GENERIC_PEOPLE | MEASURE_UNITS \
            and _group_key(group) != base.subject_key:  # "227 passengers and 12 crew": the crew
        base = replace(base, subject_text=doc[number.i:group.i + 1].text, subject_key=_group_key(group))
    if relation == "part" and group is None and scope(number, phrase) is None \
            and not any(doc[i].pos_ == "VERB" for i in phrase):
        return None  # "22, ... three of them children": a share of the group said in passing, not a count
    own = _own_predicate(_figure_root(number)) if relation == "also" else None
    if own is not None:  # "with about 6,000 injured and some 300,000 people left homeless": not more dead
        base = replace(base, predicate_text=own.text, predicate_key=predicate_family(own.lemma_.lower()))
    counted = _counted_toll(number)
    if counted is not None and tuple(TOLLS[counted.lemma_.lower()]) != (base.subject_key, base.predicate_key):
        key, predicate = TOLLS[counted.lemma_.lower()]  # "about 3,000 deaths and some 102,000 cases of injury"
        base = replace(base, subject_text=doc[number.i:counted.i + 1].text, subject_key=key,
                       predicate_text=counted.text, predicate_key=predicate)
    return replace(base, quantity=quantity, time=time, place=place,
                   period=time or (base.period if relation == "part" else None),
                   kind="count", evidence=(_evidence(match, runs(doc, phrase)),))


def _counted_nationals(number: Token, relation: str) -> Token | None:
    """The nation a figure riding along counts some of the whole's people of: "including 88 Australians", "88 of
    them Australians [and 38 Indonesians]"; not "1,510 Greek Cypriots and 502 Turkish Cypriots", two groups."""
    if relation not in ("part", "also"):
        return None
    group = number.head if number.dep_ == "nummod" or (number.dep_ == "nsubj" and number.head.dep_ == "appos") \
        else None
    if group is None or not _nationals(group):
        return None
    first = _first_in_list(group)
    drawn_from_the_whole = relation == "part" or any(  # "88 of them Australians and 38 Indonesians"
        n.like_num and any(_back_to_the_whole(c, "of") for c in n.children) for n in first.children)
    return group if drawn_from_the_whole else None


def _fronted_group(subject: Token | None, head: Token) -> Token | None:
    """The group a bare number subject is drawn from when the sentence opens with it: "Of the 476
    people aboard, 172 were rescued"."""
    if subject is None or subject.pos_ != "NUM" or any(c.dep_ == "prep" for c in subject.children):
        return None
    raising = head.head if head.dep_ == "xcomp" else head  # "Of the villagers, only six are known to have survived"
    return next((g for verb in {head, raising} for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                 and c.i < subject.i for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)


def _whole_drawn_from(counted: Token | None) -> Token | None:
    """The group a number is drawn from by its own "of": "852 [of the 989 people on board]", and, as the parser
    may hang a fronted "of" on the number, "[Of the 989 people aboard], 137"."""
    whole = _of_object(counted) if counted is not None and counted.pos_ == "NUM" else None
    return whole if whole is not None and whole.pos_ == "NOUN" else None


FIGURE_COMPARED = {"below", "above", "under", "beyond"}


def _a_figure_compared_with(noun: Token) -> bool:
    """"less than half the figure", "far below the figure": a figure named to be measured against."""
    return noun.lemma_.lower() in MEASURE_NOUNS and (noun.head.lower_ in FIGURE_COMPARED or any(
        t.lower_ == "than" for t in noun.subtree if t.i < noun.i))


def _figure_root(number: Token, within: set[int] | None = None) -> Token:
    """The phrase a number heads: "some 300,000 [people]", going no further than the tokens `within`."""
    root = number
    while root.dep_ in ("nummod", "compound", "quantmod") and (within is None or root.head.i in within):
        root = root.head
    return root


def _own_predicate(root: Token) -> Token | None:
    """What a figure riding along is said to have happened to it, when that is its own: "6,000 [injured]",
    "300,000 people left [homeless]"."""
    verb = next((c for c in root.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if verb is None:
        return _state_word_after(root)
    return next((c for c in verb.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), verb)


def _fate_of_those_counted(measure: Token) -> str | None:
    """What befell the people a measure counts, by the word that describes them: "the number of dead
    hostages", "the count of missing miners"."""
    counted = _of_object(measure)
    states = [predicate_family(c.lemma_.lower()) for c in counted.children if c.dep_ == "amod"] if counted else []
    return next((state for state in states if state in PEOPLE_PREDICATES), None)


def _state_word_after(root: Token) -> Token | None:
    """"242,419 dead and 164,851 [seriously injured]": the state a figure's people are in, right after it
    (adverbs aside), which the parser may take for the verb of the whole list."""
    doc, after = root.doc, root.i + 1
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    word = doc[after] if after < len(doc) else None
    if word is not None and word.lemma_.lower() in VOUCHED_FOR and after + 1 < len(doc):
        word = doc[after + 1]  # "299 [confirmed] dead"
    if word is None or word.tag_ not in ("VBN", "JJ"):
        return None
    return word if predicate_family(word.lemma_.lower()) in PEOPLE_PREDICATES else None


VOUCHED_FOR = {"confirm", "confirmed"}  # "299 confirmed dead": dead, as far as anyone has confirmed


def _counted_toll(number: Token) -> Token | None:
    """The toll noun a number counts: "102,000 injuries", "102,000 cases of injury"."""
    counted = number.head if number.dep_ == "nummod" else None
    if counted is not None and counted.lemma_.lower() in MEASURE_NOUNS | {"case"}:
        counted = _of_object(counted) or counted
    return counted if counted is not None and counted.lemma_.lower() in TOLLS else None


def _changed_by_figure(head: Token) -> Token | None:
    """What a figure changes: the object of "lower/raise ... by N"."""
    if head.lemma_.lower() not in CHANGE_VERBS:
        return None
    by_figure = any(c.dep_ == "prep" and c.lower_ == "by" and any(g.like_num for g in c.subtree) for c in head.children)
    return next((c for c in head.children if c.dep_ == "dobj"), None) if by_figure else None


def _counted_agent(head: Token) -> Token | None:
    """The doers a passive clause counts: "the genocide has been recognised by 28 countries" (the
    countries), "the case was lodged by 23 survivors" (the survivors)."""
    return next((g for c in head.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj" and any(n.dep_ == "nummod" and number_at(n) is not None for n in g.children)),
                None)


def _claimed_lives(verb: Token) -> Token | None:
    """Those whose lives an event claimed, took or cost: "the lives of 649 soldiers" (the soldiers), "323
    lives" (the lives, which count people)."""
    if verb.lemma_.lower() not in ("claim", "take", "cost"):
        return _lives_lost_with(verb)
    lives = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "life"), None)
    if lives is None:
        return None
    return next((g for c in lives.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), lives)


def _lives_lost_with(verb: Token) -> Token | None:
    """"(sank) with the loss of more than 4,000 lives": the lives, which count people who died."""
    return next((lives for with_ in verb.children if with_.dep_ == "prep" and with_.lower_ == "with"
                 for loss in with_.children if loss.dep_ == "pobj" and loss.lemma_.lower() == "loss"
                 for of in loss.children if of.dep_ == "prep" and of.lower_ == "of"
                 for lives in of.children if lives.dep_ == "pobj" and lives.lemma_.lower() == "life"), None)


def _lost_lives(verb: Token, counted_object: Token | None) -> bool:
    """"lost their lives", "lost 102 staff members", "1,260 persons were lost": people died; "lost 13,000
    jobs" is another count."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return True
    lost = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "1,260 persons were lost"
    return any(group is not None and _is_people(group) for group in (counted_object, lost))


def _counted_object(head: Token, quantity: Quantity | None) -> Token | None:
    """The object that carries the clause's figure, if the figure is in the object."""
    if quantity is None:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ == "MONEY":
        return None  # "the inquiry cost £191 million": a sum the subject cost, not a count of pounds
    if any((t.like_num or t.lower_ == "dozen") and quantity.text.find(t.text) >= 0 for t in obj.subtree):
        return obj  # "attacked 30 police posts", "about a dozen police posts"
    level = _level_set(head)
    if obj.lemma_.lower() in MEASURE_NOUNS and level is not None and level.pos_ in ("NOUN", "ADJ"):
        return level  # "raised its final count to 1,134 dead": the dead are counted
    return None


def _level_set(head: Token) -> Token | None:
    """The figure a count was raised or lowered to: "raised its count to 1,134 dead" -> "dead"."""
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and any(t.like_num for t in g.subtree)), None)


PARTICLES = {"forward", "out", "off", "up", "down"}  # "put forward": the parser often calls the particle an adverb


def _predicate_lemma(token: Token) -> str:
    """A phrasal verb keeps its particle ("turn out", "take part"), so it finds its family."""
    if token.lemma_.lower() == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and
                                               any(g.lemma_.lower() == "street" for g in c.children)
                                               for c in token.children):
        return "take to the streets"
    if token.lemma_.lower() == "clear" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return "clear of"  # "cleared of murder", not "cleared the square"
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
           for c in token.children):
        return "kill"  # "hacked to death", "crushed to death", "beaten to death"
    if token.lemma_.lower() in KILLING_BLOWS and any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp")
                                                     for c in token.children):
        return "kill"  # "police shot dead 34 striking miners", "34 miners were shot dead"
    if any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "custody" for g in c.children)
           for c in token.children):
        return "detain"  # "270 strikers were taken into custody"
    if token.lemma_.lower() == "set" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in token.children):
        return "burn"  # "its forces set the fires", "soldiers set fire to homes"
    if token.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("explosion", "blast")
                                                          for g in c.children) for c in token.children):
        return "explode"  # "the entire stock had gone up in the explosion"; not "prices went up"
    if token.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "in" and
                                            any(g.lower_ == "custody" for g in c.children) for c in token.children):
        return "detain"  # "10 company executives were in custody"
    if there_were_in(token):
        return "present"  # "there were no armed combatants within the compound"
    if token.lemma_.lower() in ("be", "remain") and any(
            c.dep_ == "prep" and (c.lower_, next((g.lemma_.lower() for g in c.children if g.dep_ == "pobj"), None))
            in (("at", "risk"), ("in", "danger")) for c in token.children):
        return "unsafe"  # "the building was not at risk": it was safe
    if token.lemma_.lower() in CARRYING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in WEAPONS
                                                      for c in token.children):
        return "armed"  # "some of the demonstrators were carrying rifles": they were armed
    if token.lemma_.lower() in ("strike", "hit") and token.head.lemma_.lower() in EVENT_NOUNS \
            and not any(c.dep_ == "dobj" for c in token.children):
        return "happen"  # "the blast, which struck at 6:08pm": it happened then
    if token.lemma_.lower() == "raise" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RAISED_WRECKS
                                               for c in token.children):
        return "lift"  # "would not raise the wreck", "the ship was raised from the seabed"; not "raised its toll"
    particle = next((c for c in token.children if c.dep_ == "prt" or (c.dep_ == "dobj" and c.lower_ == "part") or
                     (c.dep_ == "advmod" and c.i == token.i + 1 and c.lower_ in PARTICLES)), None)
    return f"{token.lemma_} {particle.lower_}" if particle is not None else token.lemma_


RAISED_WRECKS = VESSELS | {"wreck", "wreckage", "hull"}
SUBSTANCE_LET_OUT = {"release", "fire", "enter"}  # families of "released", "discharged", "entered" said of a substance
CARRYING_VERBS = {"carry", "have", "bear", "possess", "hold"}
KILLING_BLOWS = {"shoot", "gun", "stab", "beat", "club", "hack", "knife"}  # "shot dead": killed
WEAPONS = {"weapon", "gun", "rifle", "pistol", "firearm", "revolver", "grenade", "knife", "arm"}
SUPPORT_VERBS = {"issue", "offer", "make", "give", "extend", "deliver", "tender"}
DEED_NOUNS = {"apologise"}  # the families of deeds a support verb can carry out: "offered an apology"


def _predicate_token(head: Token, subject: Token | None, match: AttributionMatch) -> Token:
    """The word that says what happens: the verb; for "be alive" / "was a concession" the complement;
    for a figure given through a light verb ("May's gain was revised to 19,000", "the CGT put the
    turnout at 2 million", "the ministry counted 1.12 million marchers") the figure's noun."""
    lemma = head.lemma_.lower()
    if head.dep_ == "prep" and head.lower_ == "as":  # "dismissed the rate as phony": the judgement
        judgement = next((c for c in head.children if c.dep_ in ("pobj", "amod", "acomp")), None)
        if judgement is not None:
            return judgement
    state = _state_listed_or_gone_into(head)
    if state is not None:
        return state
    if there_were_in(head):
        return head  # "there were no armed combatants within the compound": whether they were there
    if lemma in COPULAS:
        complement = next((c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")), None)
        if complement is not None and not complement.like_num and not _measures(complement):
            judged = next((c for c in complement.children if c.dep_ == "amod" and c.lemma_.lower() in JUDGEMENTS), None)
            return judged if judged is not None else complement  # "had been the right guidance": right
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    complement = next((c for c in head.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), None)
    if complement is not None and (passive or (complement.dep_ == "oprd" and has_predicate_family(complement.lemma_))):
        return complement  # "presumed alive", "feared dead", "saw them shot dead": the state is what is claimed
    if head.like_num and head is match.content_head and _state_word_after(head) is not None:
        return _state_word_after(head)  # "officials now count 299 confirmed dead": dead
    if head.pos_ in ("NOUN", "PROPN") and head is match.content_head:  # the figure's noun itself: "1.12 million
        told = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)  # marchers"; what
        told = told or _what_befell_them(head)  # was done to them: "counted 347 people killed", "61 shots fired",
        return told if told is not None else head  # "documented 8,961 people who disappeared"
    if lemma in SUPPORT_VERBS:  # "issued a full apology": apologised
        deed = next((c for c in head.children if c.dep_ == "dobj" and predicate_family(c.lemma_.lower()) in DEED_NOUNS), None)
        if deed is not None:
            return deed
    if lemma in LIGHT_VERBS:
        compared = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                    for g in c.children if g.dep_ == "pobj"]  # "that compares with 782,000 trips"
        for noun in (subject, next((c for c in head.children if c.dep_ == "dobj"), None), *compared):
            if noun is not None and noun.pos_ == "NOUN" and has_predicate_family(noun.lemma_):
                return noun
    return head


def _there_were_so_many(verb: Token) -> Token | None:
    """"There were not 30,000 disappeared", "there were 300 wounded": what befell the people a "there were"
    counts, when the parser hangs the state word on the verb rather than on the number."""
    number = next((c for c in verb.children if c.dep_ == "attr" and c.like_num), None)
    if verb.lemma_.lower() != "be" or number is None or not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in (*verb.children, *number.children) if c.dep_ in ("advcl", "acl", "acomp", "oprd", "xcomp")
                 and c.tag_ in ("VBN", "JJ") and predicate_family(c.lemma_.lower()) in PEOPLES_FATES),
                None)


def _what_befell_them(group: Token) -> Token | None:
    """"8,961 people who disappeared", "people who were killed": what a relative clause says befell the people
    counted, when that is a state people are in."""
    for clause in (c for c in group.children if c.dep_ == "relcl"):
        if not any(g.dep_ in SUBJECT_DEPS and g.lower_ in ("who", "that") for g in clause.children):
            continue  # "people the army detained": what was done by others, said of them another way
        state = next((c for c in clause.children if c.dep_ in ("acomp", "oprd")), clause) \
            if clause.lemma_.lower() in COPULAS else clause  # "people who are still missing"
        if predicate_family(state.lemma_.lower()) in PEOPLES_FATES:
            return state
    return None


LISTING_VERBS = {"list", "register", "record", "classify", "class", "declare"}  # "listed as missing"
ENTERED_STATES = {"go", "fall"}  # "went missing", "fell ill"
LEAVING_VERBS = {"leave", "render"}  # "left 5,000 people homeless"


def _state_listed_or_gone_into(head: Token) -> Token | None:
    """"76 people remain listed as missing", "400 people went missing", "left 5,000 people homeless": the
    state is what is claimed."""
    lemma = head.lemma_.lower()
    if lemma in COPULAS:  # "remain listed as missing"
        listed = next((c for c in head.children if c.dep_ in ("acomp", "xcomp")
                       and c.lemma_.lower() in LISTING_VERBS), None)
        return _state_listed_or_gone_into(listed) if listed is not None else None
    if lemma in ENTERED_STATES:
        states = [c for c in head.children if c.dep_ in ("acomp", "oprd", "xcomp", "advcl") and c.i == head.i + 1]
    elif lemma in LEAVING_VERBS:  # "the destruction left more than 5,000 people homeless"
        states = [c for c in head.children if c.dep_ in ("oprd", "ccomp", "acomp") and c.pos_ == "ADJ"] + \
            [g for c in head.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "amod" and g.i > c.i]
    elif lemma in LISTING_VERBS:
        states = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ in ("pobj", "pcomp", "amod", "acomp")]
    else:
        return None
    return next((t for t in states if has_predicate_family(t.lemma_.lower())), None)


def _measures(complement: Token) -> bool:
    """"was 74.4 percent", "had been no higher than 60 percent": the complement is the figure, and the
    claim is about what the subject measures."""
    if any(c.dep_ == "nummod" and c.like_num for c in complement.children):
        return True
    return complement.tag_ in ("JJR", "RBR") and any(t.like_num for t in complement.subtree)


def _negated(head: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg") for c in head.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children) for c in head.children):
        return True  # "had not been depressed": the parser may hang "not" on the auxiliary
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and (subject.lower_ in ("none", "nobody", "nothing", "no one") or
                                any(c.dep_ == "neg" and c.i < subject.i for c in subject.children)):
        return True  # "not a single person"; not "Iran, not Iraq, was responsible", which says Iran was
    # "Iraq has no weapons of mass destruction", "the rebels had no weapons capable of ...": the verb is denied
    return head.lemma_.lower() in POSSESSION_VERBS and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in head.children)


POSSESSION_VERBS = {"have", "possess", "hold", "own", "keep", "find", "see",
                    "give", "provide", "offer", "make", "receive", "show"}  # "gave no assurances"


CONDITIONS = {"if", "unless"}


def _hedge(head: Token, match: AttributionMatch) -> str | None:
    hedges = set(load_lexicon("hedges")["modals"])
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
           for c in head.children):
        return CONDITIONAL  # "if established as deliberate, a strike may amount to a war crime": said of a case
    for child in head.children:
        if child.dep_ in ("aux", "advmod") and child.lower_ in hedges:
            return child.lower_
    if match.commitment == "hedged":
        return match.cue_lemma
    return None


FIGURE_MOVES = {"rise", "climb", "stand", "increase", "grow", "jump", "fall", "drop", "soar"}


def _figure_reached(head: Token) -> list[Token]:
    """The figure a count rises to or is set to, before any other number in the clause: "the number of dead
    in the attacks on two mosques rose to 50", "police raised the toll from the two attacks to 77" (the
    clause's head is the verb or the measure), "revised the toll down to 181": 50, 77, 181."""
    if head.lemma_.lower() in FIGURE_MOVES:
        verb, measures = head, []
    elif head.dep_ == "dobj" and head.lemma_.lower() in MEASURE_NOUNS and head.head.lemma_.lower() in FIGURE_GIVERS:
        verb, measures = head.head, [head]
    else:
        verb, measures = head, [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS]
        if not measures:
            return []
    # the parser may hang "to 77" on "from", or on the "down" of "revised the toll down to 181"
    words = [*verb.children, *(t for noun in measures for t in noun.subtree),
             *(t for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("down", "up")
               for t in c.children)]
    reached = [g for c in words if c.dep_ == "prep" and c.lower_ in ("to", "at")
               for g in c.children if g.dep_ == "pobj"]
    return [t for g in reached for t in (g, *g.children) if t.like_num and t.dep_ in ("pobj", "nummod")]


def _quantity(subject: Token | None, head: Token, tokens: set[int]) -> Quantity | None:
    """The count a clause states: in its subject first ("eight of the abductees"), then elsewhere."""
    candidates = _figure_reached(head)
    if subject is not None:
        candidates.append(subject)
        # "All 298 people on board": the number before the determiner
        candidates.extend(sorted((c for c in subject.children  # "all the exits": a predeterminer too
                                  if c.dep_ in ("nummod", "quantmod", "det", "predet", "amod")),
                                 key=lambda c: c.dep_ not in ("nummod", "quantmod")))
    candidates.extend(c for c in head.children if c.dep_ in ("dobj", "attr", "npadvmod", "nsubjpass"))
    candidates.extend(g for c in head.children if c.dep_ == "prep" and c.lower_ == "like"
                      for g in c.children if g.dep_ == "pobj")  # "the crowd looked like a million people"
    candidates.extend(t for c in head.children if c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR")
                      for t in c.subtree if t.like_num)  # "had been no higher than 60 percent"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in FIGURE_GIVERS:  # "which put the number of dead at 460"
        candidates.extend(g for c in head.head.children if c.dep_ == "prep" and c.lower_ in ("at", "to")
                          for g in c.children if g.dep_ == "pobj" and g.like_num)  # not "at as many as 60,000"
        between = figure_in_a_clause_between(head.head, head)  # "put the number of dead since ... at 15,000"
        candidates.extend(t for t in (head.doc[i] for i in sorted(between))
                          if t.dep_ == "pobj" and t.like_num and t.head.lower_ == "at")
    for child in list(candidates):
        candidates.extend(c for c in child.children if c.dep_ == "nummod")
    for token in (t for t in candidates if not _a_multiplier(t)):
        quantity = number_at(token)
        if quantity is not None:
            return compared(token, quantity, head)
    numbers = doc_positions(head.doc).numbers
    for token in (head.doc[i] for i in sorted(tokens) if i in numbers):  # any other count in the clause
        if token.like_num and (token.ent_type_ in QUANTITY_LABELS or counted_whatever_its_tag(token)) \
                and token.head.dep_ != "npadvmod" \
                and not _in_relative_clause(token, head) and not _in_timing_phrase(token, head) \
                and not _counted_by_another_death_noun(token, head) and not _carried_aboard(token) \
                and not _a_multiplier(token) and not _a_places_population(token):
            quantity = number_at(token)
            if quantity is not None:
                return compared(token, quantity, head)
    return None


def _a_places_population(number: Token) -> bool:
    """"drifted over the sleeping city of some 900,000 people": how many live there, not a count the clause
    gives."""
    counted = number.head if number.dep_ == "nummod" else number
    return counted.dep_ == "pobj" and counted.head.lower_ == "of" and \
        counted.head.head.lemma_.lower() in PLACE_NOUNS | COUNTRY_WORDS


def _a_multiplier(number: Token) -> bool:
    """"roughly ten times the official count": how many times another figure, not a count; "nearly double the
    655,000 excess deaths estimated by a Johns Hopkins team": that other figure, which the clause's is twice."""
    if any(c.lower_ == "times" for c in number.children) or (
            number.i + 1 < len(number.doc) and number.doc[number.i + 1].lower_ == "times"):
        return True
    counted = number.head if number.dep_ == "nummod" else number
    return any(t.lower_ in MULTIPLES for t in number.doc[counted.left_edge.i:number.i])


MULTIPLES = {"double", "twice", "triple", "treble", "quadruple", "times"}  # "double the 655,000 deaths"


def _count_of(group: Token, head: Token) -> Quantity | None:
    """The number a group is counted with ("30 people", "more than 200 people"), if it has one."""
    number = next((c for c in group.children if c.dep_ == "nummod" and number_at(c) is not None), None)
    return compared(number, number_at(number), head) if number is not None else None


def _prison_term(verb: Token) -> Quantity | None:
    """"was sentenced to 42,922 years in prison": the term, a figure sources may give differently."""
    if verb.lemma_.lower() != "sentence":
        return None
    for term in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in ("year", "month")):
        number = next((c for c in term.children if c.dep_ == "nummod"), None)
        quantity = parse_quantity(number.text) if number is not None else None  # a DATE to the tagger
        if quantity is not None:
            return replace(quantity, text=f"{quantity.text} {term.text}", unit=term.lemma_.lower())
    return None


def _carried_aboard(token: Token) -> bool:
    """"The Kursk sank on Aug. 12 with 118 men aboard": those it carried, not what sank."""
    group = token.head if token.dep_ == "nummod" else token
    if group.dep_ == "nsubj" and says_aboard(group.head) and group.head.head.lower_ == "with":
        return True  # "with 4,252 people aboard", parsed as a clause
    if group.dep_ == "dobj" and _carrying(group.head):
        return True  # "a ferry carrying 477 people"
    return group.dep_ == "pobj" and group.head.lower_ == "with" and any(says_aboard(c) for c in group.children)


def _in_timing_phrase(token: Token, head: Token) -> bool:
    """"began descending at 10:45, shortly after reaching its cruising altitude of 38,000 feet": a figure in
    a phrase that only times the clause is not what the clause counts."""
    for ancestor in token.ancestors:
        if ancestor == head:
            return False
        if ancestor.dep_ == "advcl" and _times_the_main_clause(ancestor):
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in TIMING_MARKS and any(c.dep_ == "pcomp" for c in ancestor.children):
            return True
    return False


def _in_relative_clause(token: Token, head: Token) -> bool:
    """"BP was negligent, a finding that could expose it to $18 billion in penalties": the figure is what
    the finding could cost, said of a noun in the clause, not what the clause states."""
    return inside(token, head, {"relcl"}) or any(
        a.dep_ == "appos" or (a.dep_ == "npadvmod" and a.lower_ == "home")  # "Pripyat, home to 49,000 people,"
        for a in token.ancestors if a.i != head.i and head in a.ancestors)


def _a_persons_name(token: Token) -> bool:
    """"Zhou Ti", of which the recognizer may mark only "Zhou" as a person."""
    return token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children)


def _subject(subject: Token | None, predicate: Token, previous: tuple[str, str, str] | None) -> tuple[str, str]:
    if subject is None:
        return previous[:2] if previous else ("", "")
    if subject.lower_ in RELATIVE_PRONOUNS:
        subject = _antecedent_of_relative(subject)
        if subject.dep_ == "appos" and subject.head.ent_type_ == "PERSON":
            subject = subject.head  # "Tom Harding, the engineer who was convicted": Harding
        elif subject.pos_ == "NOUN":  # "their leader, Bashir Gemayel, who was assassinated": Gemayel
            subject = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subject)
    head = subject
    # "eight of the abductees", "some of the abductees": the group is the object of "of"
    of_phrase = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if subject.lemma_.lower() in MEASURE_NOUNS and of_phrase is not None:  # "the number of missing people"
        subject = head = next((c for c in of_phrase.children if c.dep_ == "pobj"), subject)
        of_phrase = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if (subject.like_num or subject.lower_ in QUANTIFIER_WORDS | VAGUE_NUMBERS) and of_phrase is not None:
        head = next((c for c in of_phrase.children if c.dep_ == "pobj"), subject)
        if _those_of_people(head):
            return subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text, "people"  # "154 of those aboard"
        if (head.like_num or head.pos_ == "PRON") and previous is not None:  # "five of them", "eight of the 12"
            return subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text, previous[1]
        named = _the_men_named_before(head)
        if named is not None:  # "relatives of the trapped miners said ... 12 of the men": 12 of the miners
            return subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text, named
    doc = subject.doc
    text = doc[subject.left_edge.i:subject.right_edge.i + 1].text
    if head.lower_ in PERSON_PRONOUNS:
        antecedent = person_antecedent(doc, head)
        if antecedent is not None:
            return text, full_person_name(doc, antecedent).lower()
    named_relative = relative(doc, head)
    if named_relative is not None:
        return text, named_relative.lower()  # "her daughter": the daughter the story names
    vessel = _vessel_names(doc).get(head.lower_) if head.pos_ == "PROPN" else None
    if vessel is not None:
        return text, vessel  # "the Concordia hit the rocks": the ship, as elsewhere
    if subject.lower_ == "nobody" or no_one(subject):
        return text, "people"  # "no one had been killed": no people
    if head is subject and (subject.like_num or subject.pos_ in ("NUM", "PRON", "DET")
                            or subject.lower_ in DEMONSTRATIVES):
        if _those_of_people(subject):
            return text, "people"  # "the number of those who died": people
        said_of_people = predicate_family(_predicate_lemma(predicate)) in PEOPLE_PREDICATES
        more = any(c.lower_ in ("more", "others") for c in subject.children)
        if previous is not None and not (more and said_of_people and predicate_family(previous[2]) not in
                                         PEOPLE_PREDICATES):
            return text, previous[1]  # "the other four", "they": the group named just before; not the nerve
            # agents named before "About 10,000 more were injured"
        if subject.like_num and said_of_people:
            return text, "people"  # "The other 17 died at a second koppie": 17 people
        return text, subject_key(head.lemma_, (predicate.lemma_,))  # "13 had been abducted": abductees
    family = predicate_family(_predicate_lemma(predicate))
    own_family = predicate_family(head.lemma_)
    if head.lower_ == "others" and family in PEOPLE_PREDICATES:
        return text, "people"  # "11 were killed and 17 others injured": 17 more people
    people = head.lemma_.lower() in GENERIC_PEOPLE or (head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")) \
        or (head.lemma_.lower() in EVENT_GOERS and family == "attend")  # "10,000 spectators turned up": the crowd
    if (people and family in AGENTS) or own_family in AGENTS:  # "30,000 Algerians marched": protesters
        return text, AGENTS[family if people else own_family]  # marchers: protesters
    of_something = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    measure = head.lemma_.lower() in MEASURE_NOUNS and family not in OBJECT_CENTRED  # not "the figures were rigged"
    if measure and previous is not None and not of_something:
        return text, previous[1]  # "its count for Paris was 700,000": the count of what came before
    if head.lemma_.lower() in CHANGE_NOUNS and any(c.dep_ == "amod" and c.lemma_.lower() in MONEY_KINDS
                                                   for c in head.children):
        return text, subject_key(head.lemma_)  # "direct economic losses": money, not what was lost just before
    if head.lemma_.lower() in CHANGE_NOUNS:
        counted = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)  # "a loss of 13,000 jobs"
        counted = counted or next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if counted is not None:
            return text, subject_key(counted.lemma_)  # "job gains": jobs
        counted = doc.user_data.get(RECENT_SUBJECTS, {})
        recent = counted.get(predicate_family(head.lemma_)) or counted.get("gain") or counted.get("lose")
        if recent is not None or previous is not None:
            # "the gain had been only 14,000": a gain in what was last said to gain, else in what came before
            return text, recent or previous[1]
    modifiers = tuple(c.lemma_ for c in head.subtree if c.dep_ in ("acl", "relcl", "amod")) + (predicate.lemma_,)
    if head.tag_ == "NNPS" and common_noun_key(head.text) is not None:
        return text, common_noun_key(head.text)  # "Job Statistics" in a headline's capitals: statistics
    if head.lemma_.lower() in PLACE_NOUNS:  # "the nearby town of Pripyat": Pripyat
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN"), head)
    ent = entity_at(head)
    if ent is None:  # "Her daughter Megumi", "his daughter, Keiko": the named person
        named = next((c for c in head.children if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"
                      and head.tag_ not in ("NNS", "NNPS")), None)  # a name does not stand for "17 citizens"
        named = named or next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
        ent = entity_at(named) if named is not None else None
        name = next((c for c in head.children if c.dep_ == "appos" and _a_persons_name(c)), None) \
            if ent is None and head.tag_ == "NN" else None
        if name is not None:  # "A 19-year-old firefighter, Zhou Ti, was pulled alive", the recognizer naming "Zhou"
            return text, " ".join(t.lower_ for t in name.subtree
                                  if t == name or (t.dep_ == "compound" and t.head == name))
    if ent is not None and ent.label_ == "PERSON" and not (head.pos_ == "PROPN" and head.i >= ent.end):
        return text, full_person_name(doc, ent).lower()
    if head.pos_ == "PROPN" and ent is not None and ent.label_ == "PERSON":  # "Uncle Redd Hughes Van Ellis",
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i >= ent.end]
        return text, " ".join(t.lower_ for t in (*names, head))  # the recognizer naming only "Uncle"
    taken_for_a_body = ent is not None and _nationals(head) and all(t.like_num or t == head for t in ent)
    if ent is not None and ent.label_ in ("ORG", "GPE") and not taken_for_a_body:  # "23 Britons" is no body
        return text, canonical_source(ent.text).lower()
    known = known_entity(text) if head.pos_ == "PROPN" else None
    if known is not None:
        return text, known.lower()  # "the North", which the tagger does not always call a place
    nation = next((c for c in head.children if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    counted = any(c.dep_ == "nummod" for c in head.children)
    if nation is not None and head.lemma_.lower() in OFFICIAL_BODIES and not counted:
        country = country_of_people(nation.text)  # "the Greek side", "the Japanese government": the country,
        if country is not None:  # not "seven Soviet leaders"
            return text, country.lower()
    if head.lemma_.lower() == "government" and all(c.dep_ == "det" for c in head.children):
        country = home_country(doc)
        if country is not None:
            return text, country.lower()  # "the government" in a story about Japan is Japan's
    head = _named_substance(head)
    groups = [c for c in head.children if c.dep_ == "conj" and c.lemma_.lower() in GROUPS_OF_PEOPLE
              and not any(g.like_num or g.dep_ == "nummod" for g in c.subtree)]  # not "200 civilians and 30 soldiers"
    if head.lemma_.lower() in GROUPS_OF_PEOPLE and groups:
        together = {head.lemma_.lower(), *(c.lemma_.lower() for c in groups)}
        if any(pair <= together for pair in EVERYONE):
            return text, "people"  # "964 passengers and crew": everyone aboard
        return text, " and ".join(sorted(together))  # "32 soldiers and police officers": those two groups
    key = subject_key(head.lemma_, modifiers)
    nouns = [c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    compound = " ".join([*nouns, head.lemma_.lower()])
    if nouns and subject_key(compound) != compound:
        key = subject_key(compound)  # "118 crew members": the crew, not members
    if ((ent is not None and ent.label_ == "NORP" and head.tag_ == "NNPS") or _nationals(head) or _a_people(head)) \
            and key == head.lemma_.lower():
        key = "people"  # "about 3,000 Puerto Ricans had died": people, counted by their nationality
    elif key in CITIZEN_NOUNS and _citizens_of_a_nation(head):
        key = "people"  # "57 Canadian citizens were killed": as "63 Canadians"
    return text, f"suspected {key}" if _suspected(head) else key


GROUPS_OF_PEOPLE = {"passenger", "crew", "student", "teacher", "civilian", "soldier", "resident", "worker", "officer",
                    "staff", "child", "adult", "woman", "man", "guest", "visitor", "member", "employee", "peacekeeper",
                    "patient", "caretaker", "migrant", "refugee", "fan", "supporter", "miner", "firefighter", "spectator",
                    "pilot", "sailor", "pilgrim", "villager", "tourist", "hostage"}
# Groups that together are everyone there: "passengers and crew", "men and women", "civilians and soldiers"
EVERYONE = [{"passenger", "crew"}, {"adult", "child"}, {"man", "woman"}, {"civilian", "soldier"}, {"guest", "staff"}]
PEOPLE_PREDICATES = {"dead", "injure", "alive", "detain", "release", "rescue", "escape", "displace", "aboard",
                     "unaccounted", "attend"}  # what only people do or suffer
PEOPLES_FATES = PEOPLE_PREDICATES | {"missing"}  # and going missing, which befalls things too
SUBSTANCE_WORDS = {"gas", "chemical", "substance", "liquid", "compound", "material"}


def _vessel_names(doc: Doc) -> dict[str, str]:
    """The names the article gives a ship or a plane ("the ferry Sewol", "the cruise ship Costa Concordia",
    "the Sewol, a ferry"), each with the key of what it is ("ship"): "the Concordia" and "the ship" are one
    subject. Not a country's name ("the ferry Estonia": Estonia speaks for itself too)."""
    names = doc.user_data.get("claimtrack_vessel_names")
    if names is None:
        names = {}
        for noun in (t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in VESSELS):
            named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if noun.dep_ in ("compound", "appos") and noun.head.pos_ == "PROPN":
                named.append(noun.head)
            end = noun.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            if end > noun.i + 1:  # "the ferry Sewol", however the parser hangs the two
                named.append(doc[end - 1])
            for name in (n for n in named if not names_a_nation(n.text)):
                names[name.lower_] = subject_key(noun.lemma_)
        doc.user_data["claimtrack_vessel_names"] = names
    return names


def _suspected(noun: Token) -> bool:
    """"suspected cases", "people who may have been abducted": another population than the confirmed one."""
    words = set(load_lexicon("subjects")["scope_modifiers"]["suspected"])
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in words:
            return True
        if child.dep_ in ("relcl", "acl") and any(a.lower_ in ("may", "might", "could") and a.tag_ == "MD"
                                                  for a in child.subtree):  # not "drafted in May"
            return True
    return False


def _antecedent_of_relative(pronoun: Token) -> Token:
    """"this policy, which they say is not a concession": "which" stands for "policy"."""
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ == "relcl":
            return _event_behind(ancestor.head) if _happening(ancestor) else ancestor.head
    return pronoun


def _happening(verb: Token) -> bool:
    return predicate_family(_predicate_lemma(verb)) == "happen"


def _event_behind(noun: Token) -> Token:
    """"The explosion at Beirut's port, which went off at 6:07 p.m.": what went off is the explosion, though
    the parser hangs the clause on the port."""
    if noun.lemma_.lower() not in EVENT_NOUNS and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in EVENT_NOUNS:
        return noun.head.head
    if noun.lemma_.lower() in INQUIRY_NOUNS:  # "the inquiry into the Piper Alpha disaster, in which 167 men died"
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("into", "of")
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS), noun)
    return noun


INQUIRY_NOUNS = {"inquiry", "investigation", "inquest", "probe", "trial", "anniversary", "memorial", "aftermath"}


def _target_key(target: Token | None) -> str:
    """The key of a stance's target: "the reform" -> reform; an action on a policy keeps the action:
    "the lifting of sanctions", "Japan lifting its sanctions" and "lift any sanctions" -> lift sanction."""
    if target is not None and target.dep_ == "prep":
        target = next((c for c in target.children if c.dep_ == "pobj"), None)
    action = STANCE_ACTIONS.get(target.lemma_.lower()) if target is not None else None
    if action is not None:
        acted_on = next((c for c in target.children
                         if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")), None)
        inner = _target_key(acted_on) if acted_on is not None else ""
        return f"{action} {inner}".strip()
    while target is not None:
        of_phrase = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of_phrase.children if c.dep_ == "pobj"), None) if of_phrase is not None else None
        if inner is None:
            return subject_key(target.lemma_)
        target = inner
    return ""


def _kind(quantity: Quantity | None, predicate_key: str, polarity: str, stance: Stance | None, time,
          predicate_is_state: bool = False) -> str:
    if stance is not None:
        return "stance"
    if quantity is not None and (quantity.value is not None or quantity.high is not None):
        return "count"
    if time is not None and not predicate_is_state:
        return "event"  # "was abducted in 1977": something happened, and when
    if state_of(predicate_key, polarity):
        return "status"
    if time is not None:
        return "event"
    return "statement"


# ------------------------------------------------------------------ the article's own voice

def own_voice_claims(doc: Doc, published: date | None) -> Iterator[Claim]:
    """Sentences without attribution that state a count or date an event, reported by the outlet."""
    attributed = {i for m in doc._.claimtrack_attributions for part in [m.cue, *m.content] for i in range(part.start, part.end)}
    cues = [m.cue.root for m in doc._.claimtrack_attributions]
    positions = doc_positions(doc)
    counts_or_dates = positions.counts_or_dates
    for sent in sentences(doc):
        if len(sent) > MAX_SENTENCE_TOKENS:
            continue  # a table or a run-on list, not a sentence a reporter wrote
        for noun in (doc[i] for i in _in_sentence(positions.death_nouns, sent)):
            tokens = {t.i for t in noun.subtree}
            died = _whose_death(noun)
            if died is not None and tokens.isdisjoint(attributed) and \
                    (_counted(died) or not tokens.isdisjoint(positions.dates)):
                yield from _own_voice_clause(noun, tokens, published, positions, False)  # a toll, or a death dated
        for noun, doer, words, done in _deeds_named_by_nouns(sent):  # "the apology offered by Theresa May"
            for claim in _own_voice_clause(noun, words, published, positions, True, doer):
                yield replace(claim, predicate_key=predicate_family(noun.lemma_.lower()),  # apologised, not "offered"
                              polarity="positive" if done else "negative", place=None)  # wherever it was said
        for clause, tokens in _event_facts_in_passing(sent):
            if tokens.isdisjoint(attributed) and not any(cue.i in tokens for cue in cues):
                for claim in _own_voice_clause(clause, tokens, published, positions, _happening(clause)):
                    named = clause.head.left_edge  # "The blast, which struck at 6:08pm": the blast too
                    yield _with_words(claim, doc, named.idx, claim.text.end)
        root, subject = _main_verb(sent.root)
        if root.pos_ not in ("VERB", "AUX"):
            continue
        main = _main_clause_tokens(root)
        if subject is not None:  # the subject's own words, not those of the clause the parser hung the verb on
            described = {t.i for clause in subject.children if clause.dep_ == "acl" for t in clause.subtree}
            main |= {t.i for t in subject.subtree} - described
        if any(i in attributed for i in main) or any(
                sent.start <= cue.i < sent.end and not _in_an_aside(cue, root) for cue in cues):
            yield from _events_timing_a_report(root, attributed, cues, published, positions)
            continue  # the sentence is someone's; only an aside of its own ("caused by ..., the FBI says") is not
        # a correction, or a verdict ("Mladic has been found guilty of genocide"), is checkable without a figure
        checkable = bool(CORRECTION.match(span_text(sent).lstrip())) or any(
            doc[i].lemma_.lower() in VERDICT_WORDS for i in main) or _named_person_did_not(root) or \
            _named_among(root) is not None or _all_or_none(root) or _named_deed(root)  # "Among those found
        # alive was Harold Pinnell"
        if not checkable and \
                bisect_left(counts_or_dates, root.left_edge.i) == bisect_left(counts_or_dates, root.right_edge.i + 1):
            continue  # no number and no date in the root's subtree: so none in its main clause (below)
        if not span_text(sent).rstrip().endswith((".", "!", '"', "\u201d", "'")):
            continue  # headlines, captions and questions state nothing checkable
        if _stated_subject(root) is None and _among_the_dead(root) is None and subject is None and \
                not any(c.dep_ == "expl" for c in root.children):  # "There were 4,229 people on board"
            continue  # headlines and bullet fragments without a subject
        said = list(_own_voice_clause(root, main, published, positions, checkable, subject))
        yield from said
        before = (said[0].subject_text, said[0].subject_key, said[0].predicate_key) if said else None
        for head in _clauses_of_their_own(root):
            tokens = _own_clause_tokens(head)
            if tokens.isdisjoint(attributed) and not any(cue.i in tokens for cue in cues):
                another = _event_it_came_after(root, head)
                hung_on = _date_it_hangs_on(head, published)
                verdict = head.lemma_.lower() in VERDICT_WORDS and predicate_family(_predicate_lemma(head)) in (
                    "innocent", "responsible")  # "... but acquitted him of murder"; not "cleared the square"
                for claim in _own_voice_clause(head, tokens, published, positions, verdict,
                                               previous=before if verdict else None):
                    if hung_on is not None and claim.period is None:
                        claim = replace(claim, time=claim.time or hung_on, period=hung_on)
                    yield replace(claim, place=another) if another is not None else claim


def _date_it_hangs_on(clause: Token, published: date | None) -> TimeSpan | None:
    """The date a "when" clause is said of: "... since 1914, when 43 men died" (in 1914)."""
    if clause.dep_ != "relcl" or clause.head.ent_type_ not in ("DATE", "TIME"):
        return None
    return date_in_clause(clause.doc, {t.i for t in entity_at(clause.head) or (clause.head,)}, published, clause)


def _events_timing_a_report(root: Token, attributed: set[int], cues: list[Token], published: date | None,
                            positions: Positions) -> Iterator[Claim]:
    """"Ten years after the collapse killed 1,134 people, unions say little has changed": what a disaster did,
    told to time what a source says, is the outlet's own claim."""
    for clause in _clauses_of_time(root):
        subject = _subject_of(clause)
        if subject is None or subject.lemma_.lower() not in EVENT_NOUNS:
            continue
        tokens = _own_clause_tokens(clause)
        if tokens.isdisjoint(attributed) and not any(cue.i in tokens for cue in cues):
            yield from _own_voice_clause(clause, tokens, published, positions, False)


def _event_it_came_after(root: Token, clause: Token) -> str | None:
    """"The disaster came 18 days after 56 people died in a fire at Bradford": what the story's event came
    so long after is another event, scoped as such so that its toll meets no figure of the story's own."""
    if root.lemma_.lower() not in ("come", "follow") or clause.dep_ != "advcl" or not any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in DURATION_NOUNS for c in clause.children):
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    return EVENT_SCOPE + span_text(clause.doc[mark.i + 1:clause.right_edge.i + 1])


DISPUTED_DEEDS = DEED_NOUNS  # what sources dispute a named party did: apologising


def _deeds_named_by_nouns(sent: Span) -> Iterator[tuple[Token, Token, set[int], bool]]:
    """A disputed deed told by its noun with its doer: "the apology offered by Theresa May", "Ramaphosa's
    apology", "an apology from the Real IRA"; or refused by a speaker in passing ("Theresa May told parliament
    ..., expressing deep regret but stopping short of a formal apology"). Yields the noun, the doer, the
    words that tell it (the noun's, or the refusal's) and whether it was done; not "no apology", which names
    no deed."""
    for noun in sent:
        if noun.pos_ != "NOUN" or predicate_family(noun.lemma_.lower()) not in DISPUTED_DEEDS or \
                denied_by_determiner(noun):
            continue
        refusal = _refusing_verb(noun)
        if refusal is not None and refusal.tag_ == "VBG":
            speaker = _stated_subject(_participle_head(refusal))
            if speaker is not None and speaker.pos_ == "PROPN":
                yield noun, speaker, {t.i for t in refusal.subtree}, False
            continue
        doer = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or next(
            (g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
             if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) or next(
            (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if doer is not None:
            yield noun, doer, {t.i for t in noun.subtree}, True


def _participle_head(verb: Token) -> Token:
    """The verb whose subject a participle clause shares: "told parliament ..., expressing regret but
    stopping short of an apology" -> told."""
    while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "acl") and _stated_subject(verb) is None:
        verb = verb.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("attr", "dobj"):  # "was a shameful scar ..., expressing": hung on
        verb = verb.head  # the noun the clause ends with
    subject = _stated_subject(verb)
    if verb.dep_ == "ccomp" and (subject is None or subject.pos_ != "PROPN"):
        verb = verb.head  # the parser may hang the participle on what was said rather than on the saying
    return verb


def _named_deed(root: Token) -> bool:
    """"Germany has never apologised for the killings", "Erdoğan apologized on behalf of the Turkish state",
    "Germany has yet to apologise": whether a named party did a deed that sources dispute."""
    subject = _stated_subject(root)
    if subject is None or not (subject.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or subject.pos_ == "PROPN"):
        return False
    deed = _denied_clause(root) or root
    if deed.lemma_.lower() in SUPPORT_VERBS:  # "offered a public apology"
        deed = next((c for c in deed.children if c.dep_ == "dobj"), deed)
    return predicate_family(deed.lemma_.lower()) in DISPUTED_DEEDS


def _all_or_none(root: Token) -> bool:
    """"All of the Kenya files have now been made public", "None of the abductees survived": a claim about a
    whole group, which a count of some of it can contradict."""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("all", "none") and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def _in_sentence(positions: list[int], sent: Span) -> list[int]:
    """The doc positions (sorted) that fall in one sentence."""
    return positions[bisect_left(positions, sent.start):bisect_left(positions, sent.end)]


def _whose_death(noun: Token) -> Token | None:
    """The named person a death noun is about ("the assassination of Bashir Gemayel", "Ellis's death"), or
    the counted group ("the massacre of 642 people", "the deaths of 96 people"), unless the count is a
    charge's or a verdict's."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEATH_NOUNS:
        return None
    named = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and (g.pos_ == "PROPN" or (_counted(g) and not _charged_with(noun)))), None)
    return named or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


CHARGES = {"charge", "convict", "accuse", "indict", "guilty", "acquit", "try", "prosecute", "suspect"}


def _charged_with(noun: Token) -> bool:
    """"charged with the murder of 109 civilians", "convicted of the murder of 22": the counts of a charge
    or a verdict, not the toll."""
    return noun.head.dep_ in ("prep", "agent") and noun.head.head.lemma_.lower() in CHARGES


def _counted(group: Token) -> bool:
    return group.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in group.children)


def _counted_by_another_death_noun(number: Token, head: Token) -> bool:
    """"The inquest into the deaths of 96 people ended in 2016": the 96 are the dead, not what ended."""
    group = number.head
    if number.dep_ != "nummod" or group.dep_ != "pobj" or group.head.lower_ != "of":
        return False
    noun = group.head.head
    return noun != head and _whose_death(noun) == group


def _named_person_did_not(root: Token) -> bool:
    """"Putin did not apologize on behalf of Russia": the outlet denies that a named person did something,
    which a source may say they did. ("The Emmys did not come close" is no claim to check.)"""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and not subject.ent_type_)) and \
        any(c.dep_ == "neg" for c in root.children)


def _main_verb(root: Token) -> tuple[Token, Token | None]:
    """The sentence's main verb, and its subject when the parser lost it: in "The bomb, left in a stolen car
    on Market Street, killed 29 people" it may take "bomb" for the root, "left" for a clause describing it and
    "killed" for a verb joined to "left"; the verb in the past tense joined to that clause is the main one.
    "Ten years have passed since the fire killed 117 workers" tells what the fire did. In "Some 2,000 people
    were arrested, many of them stripped to their underwear" it may hang the first clause on "stripped", said
    of some of them: the first clause is the main one."""
    if root.pos_ != "NOUN":
        said_of_them = root.pos_ == "VERB" and _back_to_the_whole_subject(_subject_of(root))
        first = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None) if said_of_them else None
        return first or _remembered(root) or root, None
    for clause in (c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > root.i):
        verb = next((c for c in clause.children if c.dep_ == "conj" and c.tag_ == "VBD"), None)
        if verb is not None:
            return verb, root
    return root, None


def _back_to_the_whole_subject(subject: Token | None) -> bool:
    """"many of them", "most of those": a subject drawn from a whole told before."""
    return subject is not None and any(_back_to_the_whole(c, "of") for c in subject.children)


def _own_voice_clause(root: Token, tokens: set[int], published: date | None, positions: Positions,
                      checkable: bool, subject: Token | None = None,
                      previous: tuple[str, str, str] | None = None) -> Iterator[Claim]:
    """The outlet's claim in one clause, if it counts something or dates an event; `subject` when the
    parser did not hang it on the clause's verb; `previous`, the main clause's claim a pronoun may point back
    to ("sentenced the captain ..., but acquitted him of murder")."""
    doc = root.doc
    if not checkable and tokens.isdisjoint(positions.counts_or_dates_set):  # no like_num, no DATE token
        return  # neither a count nor a date: nothing the outlet states that can be checked
    sent = root.sent
    match = AttributionMatch(doc[root.i:root.i + 1], root.lemma_.lower(), "report",
                             [doc[sent.start:sent.end]], content_head=root)
    subject = subject or _subject_of(root)
    if subject is not None and subject.lower_ in DEMONSTRATIVES:
        subject = next((c for c in root.children if c.dep_ in ("dobj", "attr")), subject)
    quantity = _quantity(subject, root, tokens)
    dated = any(not is_age(doc[i]) and SPECIFIC_DATE.search(doc[i].text)
                for i in tokens if i in positions.dates)  # ent_type_ "DATE"
    if quantity is None and not dated and not checkable:
        return  # a date the parser cannot place ("that July") still dates the event
    claim = _clause_claim(match, root, subject, tokens, published, previous)
    if claim is not None:
        yield replace(claim, own_voice=True)
        for everyone in _everyone_aboard(claim, root, tokens):
            yield replace(everyone, own_voice=True)


def _clauses_of_their_own(root: Token) -> Iterator[Token]:
    """Clauses hanging on the main verb that state their own event: "... almost three years after he was
    freed on 20 August 2009" (its own date), "the jet exploded, killing all 259 people aboard" (a toll),
    "... and Russia turned down foreign help until Aug. 16" (a second main clause), "The United Nations,
    which lost 102 staff members in the quake, held ..." (a count said of the subject in passing)."""
    for clause in _clauses_of_time(root):
        yield clause
        yield from _toll_participles(clause)  # "derailed ..., after a wheel tyre broke, killing 100 people"
    for i in _in_sentence(doc_positions(root.doc).relatives, root.sent):  # "on the night of April 23, 1915,
        clause = root.doc[i]  # when the authorities rounded up some 600": what happened at the moment dated
        if clause.head.ent_type_ in ("DATE", "TIME") and clause.pos_ == "VERB" \
                and any(c.lower_ == "when" for c in clause.children):
            yield clause
    yield from _toll_participles(root)  # "..., destroying some 30 buildings and forcing about 2,000 residents"
    for clause in root.children:  # "the inquiry heard 921 witnesses and cost £191 million"
        if clause.dep_ == "conj" and clause.pos_ == "VERB" and clause.tag_ != "VBG":
            yield clause
            yield from _toll_participles(clause)  # "... and ignited on the rig, killing 11 men"
    subject = _subject_of(root)
    described = [subject, *(c for c in subject.children if c.dep_ == "appos")] if subject is not None else []
    for noun in described:
        for clause in noun.children:
            if _said_in_passing(clause, named=subject.ent_type_ in ("ORG", "PERSON", "NORP")):
                yield clause


def _clauses_of_time(root: Token) -> Iterator[Token]:
    """The verbs of the clauses that time the main clause: "... after he was freed on 20 August 2009"."""
    return (c for c in root.children if c.dep_ == "advcl" and c.pos_ == "VERB" and _times_the_main_clause(c))


def _toll_participles(clause: Token) -> list[Token]:
    """What a disaster did, each a claim: "..., killing 11 men and injuring 16 others"."""
    found = []
    for child in clause.children:
        if child.dep_ == "advcl" and _a_toll_participle(child):
            found.append(child)
            found.extend(c for c in child.children if c.dep_ == "conj" and _a_toll_participle(c))
    return found


def _a_toll_participle(verb: Token) -> bool:
    """"killing 11 men", "injuring 16 others", "bringing the overall death toll to 76"."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBG":
        return False
    return predicate_family(verb.lemma_.lower()) in TOLL_PARTICIPLES or (
        verb.lemma_.lower() in ("bring", "raise", "push", "take") and _level_set(verb) is not None and
        any(c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children))


def _own_clause_tokens(clause: Token) -> set[int]:
    """A clause's words without the toll participles hanging on it, which are claims of their own."""
    tokens = {t.i for t in clause.subtree}
    joined = [c for c in clause.children if c.dep_ == "conj" and _a_toll_participle(c)]
    for participle in [*_toll_participles(clause), *joined]:
        tokens -= {t.i for t in participle.subtree}
    if joined:  # "killing 11 men and": not the "and"
        tokens -= {c.i for c in clause.children if c.dep_ in ("cc", "punct") and c.i > clause.i}
    return tokens


def _dated_by_a_year(tokens: Iterable[Token]) -> bool:
    """"in 1995", "on June 5, 1989": a date with its year among these words."""
    return any(t.ent_type_ == "DATE" and FOUR_DIGITS.search(t.text) for t in tokens)


def _said_in_passing(clause: Token, named: bool) -> bool:
    """A clause set off by commas that describes the subject with a fact of its own: a count said of a named
    subject ("The United Nations, which lost 102 staff members in the quake, held ..."), or a date said of
    any ("The image, taken on June 5, 1989, remains censored"; "Tom Harding, the engineer who was convicted
    in 2018, has rarely spoken")."""
    if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB" or clause.left_edge.i == 0:
        return False
    if clause.dep_ == "acl" and clause.tag_ != "VBN":
        return False  # "the image of a man blocking tanks": a description, not an event
    doc = clause.doc
    if doc[clause.left_edge.i - 1].text != "," and doc[clause.head.left_edge.i - 1].text != ",":
        return False  # restrictive: part of the noun's name, not said of it in passing
    tokens = [t for t in clause.subtree]
    dated = _dated_by_a_year(tokens)
    counted = named and any(t.like_num and t.ent_type_ not in NOT_COUNTS for t in tokens)
    return dated or counted


PASSING_FACTS = {"dead", "injure", "displace", "aboard"}  # what an event did or carried
# What befell a group counted in passing: "the 26 fans who were extradited", "the 33 miners who were rescued"
COUNTED_IN_PASSING = {"dead", "injure", "rescue", "extradite", "evacuate", "displace"}  # not those held, day by day


DEADLY_DEVICES = {"bomb", "missile", "rocket", "shell"}  # "the car bomb which killed 31 people": the attack


def _event_facts_in_passing(sent: Span) -> Iterator[tuple[Token, set[int]]]:
    """What a disaster did or carried, or when it happened, told in a clause that names it in passing,
    wherever the noun stands: "ahead of the anniversary of the August 4, 2020 explosion that killed 218
    people", "The ship, which had 4,252 people aboard, had sailed close to Giglio", "The blast, which went
    off at 6:07 p.m. and killed more than 215 people", "Hughes Van Ellis, who died in December 2023". The fact
    is the outlet's, whoever speaks in the sentence. Yields each clause with its words, one fact each."""
    doc = sent.doc
    for clause in (doc[i] for i in _in_sentence(doc_positions(doc).relatives, sent)):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        event = _event_behind(clause.head)  # "the attack on Halabja, in which 5,000 were killed"
        described = event.lemma_.lower()
        counted = [c.i for c in clause.head.children if c.dep_ == "nummod" and c.like_num] \
            if described in GROUPS_OF_PEOPLE | GENERIC_PEOPLE and not _kin_of_some(clause.head) else []  # "the
        # families of the 96 people who died"; not "relatives of 11 people who died", some of the dead
        named = clause.head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in clause.head.children)
        died = named and (predicate_family(_predicate_lemma(clause)) == "dead" or _prison_term(clause)) and \
            any(c.lower_ == "who" and c.dep_ in SUBJECT_DEPS for c in clause.children)  # "Gemayel, who was killed",
        # "Jamal Zougam, who was sentenced to 42,924 years"
        if described not in EVENT_NOUNS | DEADLY_DEVICES and subject_key(described) not in VESSELS and not counted \
                and not died:  # a disaster, a bomb, a vessel, counted people or a named man's death: nothing else
            continue  # is told here
        # the event's own words date and place it: "a 2013 oil pipeline explosion in the city of Qingdao, which ..."
        naming = {t.i for t in event.subtree} - {t.i for t in clause.subtree} if described in EVENT_NOUNS else set()
        joined = [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if described in EVENT_NOUNS:  # "the massacre, when police opened fire on a crowd, killing 69 people"
            joined += _toll_participles(clause)
        for verb in (clause, *joined):
            tokens = {t.i for t in verb.subtree} | set(counted) | naming
            if verb == clause:
                tokens -= {t.i for c in clause.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            family = predicate_family(_predicate_lemma(verb))
            if (_passing_fact(verb, tokens) and (not counted or family == "dead")) or \
                    (counted and family in COUNTED_IN_PASSING):  # "the 33 miners who were rescued"
                yield verb, tokens


def _kin_of_some(group: Token) -> bool:
    """"Relatives of 11 people who died": the kin of some of the dead (plaintiffs, say), not "the families of the
    96 people who died", who are all of them."""
    return group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lemma_.lower() in KIN_NOUNS \
        and not any(c.dep_ in ("det", "predet", "poss") for c in group.children)


KIN_NOUNS = {"relative", "family", "parent", "child", "widow", "son", "daughter", "sibling", "mother", "father",
             "wife", "husband", "kin", "loved"}


def _passing_fact(verb: Token, tokens: set[int]) -> bool:
    return predicate_family(_predicate_lemma(verb)) in PASSING_FACTS or counts_those_aboard(verb) or \
        _prison_term(verb) is not None or \
        _claimed_lives(verb) is not None or \
        (_happening(verb) and clock_in_clause(verb.doc, tokens) is not None)


def _in_an_aside(token: Token, root: Token) -> bool:
    """"The blast, caused by 2,750 tonnes of ammonium nitrate according to the FBI, killed 220": a word in
    a phrase that describes one of the sentence's nouns, not in its main clause; in a clause joined to it
    with a subject of its own; or in a clause that only
    times it ("Megrahi was released on August 21, after doctors said he had months to live")."""
    if inside(token, root, {"relcl", "acl", "appos"}):
        return True
    joined = next((a for a in (token, *token.ancestors) if a.head == root and a.dep_ == "conj"), None)
    if joined is not None and any(c.dep_ in SUBJECT_DEPS for c in joined.children):
        return True  # "Putin did not apologize, and he told reporters that ...": a clause of its own
    clause = next((a for a in (token, *token.ancestors) if a.head == root and a.dep_ == "advcl"), None)
    return clause is not None and _times_the_main_clause(clause) \
        and root.lemma_.lower() not in REPORTING_VERBS  # "Trump accused them of ..., hours after the BLS said": his


def _times_the_main_clause(clause: Token) -> bool:
    """An adverbial clause of time: "after doctors said ...", "when the army moved in" (the parser may call
    "when" an adverb)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIMING_MARKS for c in clause.children)


TOLL_PARTICIPLES = {"dead", "destroy", "injure", "displace"}  # what a disaster did, said in passing
VERDICT_WORDS = {"guilty", "convict", "acquit", "exonerate", "clear"}
TIMING_MARKS = {"after", "before", "when", "once", "until", "since", "while"}


def _main_clause_tokens(root: Token) -> set[int]:
    """The root's own arguments, without relative clauses, appositions and other embedded clauses; with the
    deed a "has yet to" or "refused to" denies."""
    tokens = {root.i}
    deed = _denied_clause(root)
    if deed is not None and deed.dep_ == "xcomp":
        tokens |= {t.i for t in deed.subtree}
    for child in root.children:
        counted_state = child.dep_ == "acomp" and any(c.like_num and c.ent_type_ not in ("DATE", "TIME")
                                                      for c in child.children)  # "remains 241 dead"
        if child.dep_ in OWN_VOICE_ARGS or counted_state:
            tokens |= {t.i for t in child.subtree}
            for inner in child.subtree:
                if inner.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp") and inner is not child:
                    tokens -= {t.i for t in inner.subtree}
    return tokens


# ------------------------------------------------------------------ evidence

def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span_text(span))


def _evidence(match: AttributionMatch, claim_parts: list[Span]) -> Evidence:
    doc = match.cue.doc
    claim_parts = claim_parts or match.content
    content = match.content
    attribution = Attribution(
        source=_text_span(match.source) if match.source is not None else None,
        cue=_text_span(match.cue),
        content=_text_span(doc[content[0].start:content[-1].end]),
        content_parts=tuple((p.start_char, p.end_char) for p in content) if len(content) > 1 else (),
    )
    first = claim_parts[0]
    sentence = sentence_of(first[0])  # with a quote over several sentences, the one where this claim is
    last = without_stranded_preposition(claim_parts[-1])
    end = last.end if len(last) else claim_parts[-1].end
    return Evidence(sentence=span_text(sentence).strip(), sentence_start=sentence.start_char, attribution=attribution,
                    claim_text=_text_span(doc[first.start:end]))
