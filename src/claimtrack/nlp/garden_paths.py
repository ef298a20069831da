"""The `claimtrack_garden_paths` component: re-attaches the parses the model reliably gets wrong.

"Human remains that North Korea handed over as those of Megumi Yokota do not belong to her": the
model reads "remains" as a verb ("Human remains ...") and hangs "do not belong" under "handed over",
so the sentence's real claim, that the remains do not belong to her, is lost. "Remains" as a verb
needs a complement ("remains open", "remains in Japan"); one that governs only a clause is the noun.

"The number of people confirmed dead had risen to 230,000": the model takes "confirmed" for the verb of
"the number" and leaves "had risen" without a subject. A verb that follows another clause's verb and
has an auxiliary but no subject is that noun's real verb; the first verb is a reduced relative clause.

"The government said that 300 people were killed, and insisted that no one was killed in the square": the
model hangs "insisted" on "were killed" instead of on "said", and so takes the second cue into the first
one's content and leaves it without the speaker. A reporting verb coordinated with the clause a reporting
verb introduces is coordinated with that verb.

"Trump dismissed the official unemployment rate as phony": the model hangs "as phony" on "rate", and so
loses the judgement the verb reports. After a verb that judges its object ("call", "describe", "dismiss"),
an "as" phrase closing the object is the verb's.

"Five years after the collapse of the building killed 1,134 people, retailers disagree": the model reads
"after the collapse" as a phrase and leaves "killed" without a subject. A verb without one, right after a
phrase of time whose noun ends just before it, has that noun for its subject.

Runs after the parser, the attribute ruler and the lemmatizer (the repairs read coarse tags and lemmas),
and touches only the sentences where these occur."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .lexicon import load_lexicon

AMBIGUOUS_NOUNS = ("remains",)  # plural nouns that are also a verb's third person
_AMBIGUOUS_IDS = [get_string_id(word) for word in AMBIGUOUS_NOUNS]
_CLAUSE_IDS = [get_string_id(dep) for dep in ("ccomp", "csubj")]
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_CONJ = get_string_id("conj")
_DOBJ = get_string_id("dobj")
_VERB_CLAUSE_IDS = [get_string_id(dep) for dep in ("advcl", "ROOT")]
TIME_PREPOSITIONS = {"after", "before", "since", "until"}
JUDGING_VERBS = frozenset(load_lexicon("cues")["object_predicate"])  # "described the rate as phony"
REPORTING_VERBS = frozenset(load_lexicon("cues")["verbs"])
VERB_COMPLEMENTS = {"acomp", "attr", "prep", "xcomp", "dobj", "oprd", "advmod", "npadvmod", "prt", "dative"}
VERB_TAGS = {"VBZ", "VBD", "VBP", "VB"}


class GardenPathRepair:
    def __init__(self, nlp: Language, name: str = "claimtrack_garden_paths"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([LOWER, DEP])
        for i in numpy.flatnonzero(numpy.isin(table[:, 0], _AMBIGUOUS_IDS)).tolist():
            noun = doc[i]
            if _verb_without_complement(noun):
                predicate = _real_predicate(noun)
                if predicate is not None:
                    _make_subject(noun, predicate)
        for i in numpy.flatnonzero(numpy.isin(table[:, 1], _CLAUSE_IDS)).tolist():
            _reduced_relative(doc[i])
        for i in numpy.flatnonzero(table[:, 1] == _CONJ).tolist():
            _second_report(doc[i])
        for i in numpy.flatnonzero(table[:, 1] == _DOBJ).tolist():
            _judgement_of_object(doc[i])
        for i in numpy.flatnonzero(numpy.isin(table[:, 1], _VERB_CLAUSE_IDS)).tolist():
            _clause_taken_for_a_phrase(doc[i])
        return doc


def _verb_without_complement(token: Token) -> bool:
    """"remains" parsed as a verb whose only complement is a clause: "remains [that X handed over]"."""
    if token.tag_ != "VBZ":
        return False
    deps = {child.dep_ for child in token.children}
    return "ccomp" in deps and not deps & VERB_COMPLEMENTS


def _real_predicate(noun: Token) -> Token | None:
    """The first verb after the noun's relative clause that carries its own auxiliary or negation
    ("do not belong", "did not belong", "have been identified"): the noun's predicate."""
    clause = next(child for child in noun.children if child.dep_ == "ccomp")
    for token in noun.doc[clause.i + 1:noun.sent.end]:
        if token.tag_ in VERB_TAGS and any(child.dep_ in ("aux", "auxpass", "neg") for child in token.children):
            return token
    return None


def _make_subject(noun: Token, predicate: Token) -> None:
    """Re-attach: the predicate takes the noun's place, the noun becomes its subject and the clause
    the noun governed becomes a relative clause on it. Order matters: no step may close a cycle."""
    clause = next(child for child in noun.children if child.dep_ == "ccomp")
    old_head, old_dep = noun.head, noun.dep_
    for child in list(predicate.children):
        if child.dep_ == "nsubj" and child.i < noun.i:
            # "the conclusion that remains ... did not belong": the earlier noun was never the subject
            child.head, child.dep_ = predicate.head, "dobj"
            old_head, old_dep = child, "acl"
    if old_head == noun:  # the noun was the sentence's root
        predicate.head, predicate.dep_ = predicate, "ROOT"
    else:
        predicate.head, predicate.dep_ = old_head, old_dep if old_dep != "relcl" else "acl"
    noun.head, noun.dep_ = predicate, "nsubj"
    noun.tag_, noun.pos_, noun.lemma_ = "NNS", "NOUN", noun.lower_
    clause.head, clause.dep_ = noun, "relcl"
    for child in list(noun.children):
        if child.dep_ == "nsubj" and child.i < noun.i:
            child.dep_ = "amod" if child.pos_ == "ADJ" else "mark" if child.tag_ in ("WDT", "IN") else "compound"
            if child.dep_ == "mark":
                child.head = predicate
    # "as those of Megumi Yokota" was the predicate's subject: it is the relative clause's phrase.
    for child in list(predicate.children):
        if child.dep_ == "nsubj" and child.i < predicate.i and child != noun:
            marker = next((t for t in predicate.children if t.dep_ == "mark" and t.lower_ == "as"), None)
            if marker is not None:
                marker.head, marker.dep_ = clause, "prep"
                child.head, child.dep_ = marker, "pobj"


def _reduced_relative(verb: Token) -> None:
    """"the number of people confirmed dead had risen to 230,000": "confirmed dead" describes the people,
    and "the number" is the subject of "had risen", which the model left without one."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    described = verb.doc[verb.i - 1]
    if subject is None or described.pos_ not in ("NOUN", "PROPN") or not subject.i <= described.i:
        return
    if verb.right_edge.i + 1 >= len(verb.doc):
        return
    following = verb.doc[verb.right_edge.i + 1]
    real = following.head if following.dep_ in ("aux", "auxpass") else following  # "had risen", "stood"
    if real.i <= verb.i or not real.tag_.startswith("VB"):
        return
    if any(c.dep_ in SUBJECT_DEPS and c != verb for c in real.children):
        return
    if described != subject and described not in subject.subtree:
        return
    subject.head, subject.dep_ = real, "nsubj"  # first, so that no step closes a cycle
    verb.head, verb.dep_ = described, "acl"
    verb.tag_ = "VBN"


def _second_report(verb: Token) -> None:
    """"said that 300 were killed, and insisted that no one was": "insisted" goes with "said"; so does
    "denied having anything to do with it"."""
    clause = verb.head
    reporter = clause.head
    if verb.lemma_.lower() not in REPORTING_VERBS or clause.dep_ != "ccomp" or reporter == clause:
        return
    if reporter.lemma_.lower() not in REPORTING_VERBS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return
    if not any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG") for c in verb.children):
        return  # "said prices rose and fell": a verb of the content, not a second report
    conjunction = next((c for c in clause.children if c.dep_ == "cc" and c.i == verb.i - 1), None)
    verb.head = reporter
    if conjunction is not None:
        conjunction.head = reporter


def _judgement_of_object(obj: Token) -> None:
    """"dismissed the rate as phony": "as phony" goes with "dismissed", not with "rate"."""
    verb = obj.head
    if verb.lemma_.lower() not in JUDGING_VERBS:
        return
    judgement = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"
                      and c.right_edge.i == obj.right_edge.i), None)
    if judgement is not None:
        judgement.head = verb


def _clause_taken_for_a_phrase(verb: Token) -> None:
    """"Five years after the collapse of the building killed 1,134 people, ...": the model reads "after the
    collapse" as a phrase and leaves "killed" (a clause of the sentence's verb, or, after a dateline, the
    sentence's verb itself) without a subject; the phrase's noun, just before the verb, is its subject, and
    "after" the clause's conjunction."""
    if verb.tag_ not in VERB_TAGS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return
    preposition = next((c for c in (*verb.children, *verb.head.children) if c.dep_ == "prep"
                        and c.lower_ in TIME_PREPOSITIONS and c.i < verb.i), None)
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition is not None else None
    if noun is None or noun.right_edge.i != verb.i - 1 or noun.pos_ != "NOUN":
        return
    noun.head, noun.dep_ = verb, "nsubj"  # first: the preposition no longer governs it, so no cycle is closed
    preposition.head, preposition.dep_ = verb, "mark"


@Language.factory("claimtrack_garden_paths", assigns=["token.dep", "token.head", "token.tag"],
                  requires=["token.lemma", "token.pos"])
def make_garden_paths(nlp: Language, name: str) -> GardenPathRepair:
    return GardenPathRepair(nlp, name)
