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

"At the Cunard offices in New York officials denied that the liner carried munitions": without a comma after
the opening phrase, the model takes the speakers for its end, and the reporting verb has no subject.

"2,500 people had died in the gas leak, its highest figure yet": the model takes the remark after the comma
for the object of "died", and the figure for what was counted. A verb of dying takes no object.

"About 800,000 people, most of them Tutsi, were killed over 100 days, according to the United Nations; the
Rwandan government puts the toll at more than one million": the model may take "most" for the subject, and
hang "according to" on the clause after the semicolon, which has its own source.

"The commission found that the men and boys separated from their families at Potocari were executed": the
model hangs "were executed" on "separated" as a clause of its own, so the men were separated, not executed.

"Turkey says about 300,000 Armenians died, in fighting and disease, and rejects the term genocide": the model
reads "died" as describing the Armenians, and makes them the subject of "rejects".

"About 4.7 million people died in India, the World Health Organization estimated on Thursday, nearly 10 times the
official toll": the model takes the reporter for an apposition to "people" and its verb for a description of it,
and the sentence is left without its source. A reporting verb with nothing to report, right after a name set
off by a comma at the end of a clause, is the clause's cue.

"The students were attacked in nine incidents over several hours, in which six people were killed": the model
hangs the clause that opens with "in which" on the verb, as an adverbial clause. A clause that opens with a
preposition and "which" after a comma is a relative clause of the noun before the comma.

"The ferry Sewol capsized on April 16, 2014": the model takes the ship's name for the subject of a relative
clause on "ferry" ("the ferry [Sewol capsized]"), and the sentence is left without a verb. A name right after
a vessel noun is its name, and the vessel is the subject.

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
_RELCL = get_string_id("relcl")
_ACCORDING = get_string_id("according")
_SUBJECT_IDS = [get_string_id(dep) for dep in ("nsubj", "nsubjpass")]
_APPOS = get_string_id("appos")
_ADVCL = get_string_id("advcl")
SHARES = {"most", "many", "some", "all", "half", "several", "none", "one", "two", "three"}  # "most of them"
_DOBJ = get_string_id("dobj")
_VERB_CLAUSE_IDS = [get_string_id(dep) for dep in ("advcl", "ROOT")]
TIME_PREPOSITIONS = {"after", "before", "since", "until"}
JUDGING_VERBS = frozenset(load_lexicon("cues")["object_predicate"])  # "described the rate as phony"
REPORTING_VERBS = frozenset(load_lexicon("cues")["verbs"])
VERB_COMPLEMENTS = {"acomp", "attr", "prep", "xcomp", "dobj", "oprd", "advmod", "npadvmod", "prt", "dative"}
VERB_TAGS = {"VBZ", "VBD", "VBP", "VB"}
INTRANSITIVE_DEATHS = {"die", "perish"}
VESSELS = frozenset(load_lexicon("subjects")["vessels"])  # "the ferry Sewol", "the submarine Kursk"


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
            _remark_taken_for_an_object(doc[i])
        for i in numpy.flatnonzero(numpy.isin(table[:, 1], _VERB_CLAUSE_IDS)).tolist():
            _clause_taken_for_a_phrase(doc[i])
            _speaker_taken_into_a_phrase(doc[i])
        for i in numpy.flatnonzero(table[:, 1] == _RELCL).tolist():
            _name_taken_for_a_subject(doc[i])
        for i in numpy.flatnonzero(table[:, 1] == _APPOS).tolist():
            _reporter_taken_for_an_apposition(doc[i])
        for i in numpy.flatnonzero(table[:, 1] == _ADVCL).tolist():
            _relative_taken_for_an_adverbial(doc[i])
        for i in numpy.flatnonzero(table[:, 0] == _ACCORDING).tolist():
            _attribution_across_a_semicolon(doc[i])
        for i in numpy.flatnonzero(numpy.isin(table[:, 1], _SUBJECT_IDS)).tolist():
            _share_taken_for_the_subject(doc[i])
            _report_taken_for_a_description(doc[i])
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
    if described != subject and described not in subject.subtree:
        return
    hung = _verb_hung_on(verb)
    if hung is not None:  # "the men and boys separated from their families were executed", "executed" hung
        # on "separated": it takes the place of the verb it hung on first, so that no step closes a cycle
        hung.head, hung.dep_ = verb.head, verb.dep_
        for mark in [c for c in verb.children if c.dep_ == "mark" and c.i < subject.i]:
            mark.head = hung  # "that"
        subject.head, subject.dep_ = hung, "nsubjpass" if any(c.dep_ == "auxpass" for c in hung.children) else "nsubj"
        verb.head, verb.dep_, verb.tag_ = described, "acl", "VBN"
        return
    if verb.right_edge.i + 1 >= len(verb.doc):
        return
    following = verb.doc[verb.right_edge.i + 1]
    real = following.head if following.dep_ in ("aux", "auxpass") else following  # "had risen", "stood"
    if real.i <= verb.i or not real.tag_.startswith("VB"):
        return
    if any(c.dep_ in SUBJECT_DEPS and c != verb for c in real.children):
        return
    subject.head, subject.dep_ = real, "nsubj"  # first, so that no step closes a cycle
    verb.head, verb.dep_ = described, "acl"
    verb.tag_ = "VBN"


def _verb_hung_on(verb: Token) -> Token | None:
    """The subjectless verb with its own auxiliary that the model hangs on the participle before it as a
    clause of its own ("separated from their families at Potocari [were executed]")."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VBN"
                 and c.left_edge.dep_ in ("aux", "auxpass") and c.left_edge.head == c
                 and not c.doc[c.left_edge.i - 1].is_punct and c.doc[c.left_edge.i - 1].dep_ != "cc"
                 and not any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)


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


def _speaker_taken_into_a_phrase(verb: Token) -> None:
    """"At the Cunard offices in New York officials denied that ...": with no comma after the opening phrase,
    the model reads "New York officials" as its end and leaves the reporting verb without a subject."""
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return
    speaker = verb.doc[verb.i - 1]
    phrase = speaker.head
    if speaker.dep_ != "pobj" or speaker.pos_ not in ("NOUN", "PROPN") or phrase.dep_ != "prep" \
            or verb not in phrase.ancestors or speaker.right_edge != speaker:
        return
    speaker.head, speaker.dep_ = verb, "nsubj"  # the phrase keeps its place, minus the speaker


def _remark_taken_for_an_object(obj: Token) -> None:
    """"2,500 people had died in the gas leak, its highest figure yet": a verb of dying takes no object; the
    phrase after the comma remarks on the clause."""
    if obj.head.lemma_.lower() in INTRANSITIVE_DEATHS and obj.left_edge.i > 0 \
            and obj.doc[obj.left_edge.i - 1].text == ",":
        obj.dep_ = "npadvmod"


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


def _name_taken_for_a_subject(verb: Token) -> None:
    """"The ferry Sewol capsized", "said the tanker Prestige broke apart": the verb the model hangs on the
    vessel as a relative clause with the name for its subject is the vessel's own verb."""
    vessel = verb.head
    name = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if name is None or vessel.lemma_.lower() not in VESSELS or vessel.pos_ != "NOUN" or verb.tag_ not in VERB_TAGS:
        return
    words = name.doc[vessel.i + 1:name.i + 1]
    if not all(w.pos_ == "PROPN" for w in words) or any(w.dep_ in ("nsubj", "relcl") for w in words[:-1]):
        return
    if vessel.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    elif vessel.head.lemma_.lower() in REPORTING_VERBS:
        verb.head, verb.dep_ = vessel.head, "ccomp"  # "said the tanker Prestige broke apart"
    else:
        return
    vessel.head, vessel.dep_ = verb, "nsubj"  # after the verb left it, so that no cycle is closed
    name.head, name.dep_ = vessel, "appos"
    for word in words[:-1]:
        word.head, word.dep_ = name, "compound"


def _attribution_across_a_semicolon(according: Token) -> None:
    """"About 800,000 people were killed, according to the United Nations; the Rwandan government puts the toll
    at more than one million": the model may hang "according to" on the clause after the semicolon, which has
    its own source. It goes with the sentence's verb before the semicolon."""
    root = according.sent.root
    semicolon = next((t for t in according.doc[according.i:according.head.i] if t.text == ";"), None)
    if according.dep_ == "prep" and semicolon is not None and root.i < according.i and root.i < semicolon.i:
        according.head = root


def _relative_taken_for_an_adverbial(verb: Token) -> None:
    """"..., in which six people were killed": a clause opening with a preposition and "which" after a comma
    describes the noun before the comma, whatever the model hangs it on."""
    doc, first = verb.doc, verb.left_edge
    if first.dep_ != "prep" or first.head.i != verb.i or first.i < 2 or doc[first.i - 1].text != "," \
            or not any(c.dep_ == "pobj" and c.lower_ in ("which", "whom") for c in first.children):
        return
    noun = doc[first.i - 2]  # outside the clause, so hanging the clause on it makes no loop
    if noun.pos_ in ("NOUN", "PROPN") and noun.i >= verb.sent.start:
        verb.head, verb.dep_ = noun, "relcl"


def _reporter_taken_for_an_apposition(name: Token) -> None:
    """"About 4.7 million people died in India, the World Health Organization estimated on Thursday, nearly 10
    times the government's toll": the model hangs the reporter on "people" and "estimated" on the reporter. A
    reporting verb right after the name, with no object or clause of its own, reports the clause before the
    comma; what follows it ("nearly 10 times ...") is a remark on that clause's figure."""
    doc, clause = name.doc, name.sent.root
    verb = next((c for c in name.children if c.dep_ == "acl" and c.i == name.i + 1), None)
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS or verb.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubj", "nsubjpass") for c in verb.children):
        return
    if name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != "," or clause.pos_ not in ("VERB", "AUX") \
            or clause.i > name.left_edge.i or clause.lemma_.lower() in REPORTING_VERBS:
        return
    comma = doc[name.left_edge.i - 1]
    remarks = [c for c in name.children if c.dep_ in ("conj", "cc", "punct", "appos") and c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"  # first, so that the clause can hang on it
    clause.head, clause.dep_ = verb, "ccomp"
    name.head, name.dep_ = verb, "nsubj"
    comma.head, comma.dep_ = verb, "punct"
    for remark in remarks:
        remark.head = verb
        if remark.dep_ != "punct":
            remark.dep_ = "dep"


def _share_taken_for_the_subject(share: Token) -> None:
    """"About 800,000 people, most of them Tutsi, were killed": the model takes "most" for the subject and
    leaves the people hanging; the share between commas describes them."""
    verb = share.head
    if share.lower_ not in SHARES or not any(c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
                                            for c in share.children):
        return
    if share.i < 2 or share.doc[share.i - 1].text != ",":
        return
    group = next((c for c in verb.children if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")
                  and c.i == share.i - 2), None)
    if group is not None:
        group.dep_ = share.dep_
        share.head, share.dep_ = group, "appos"


def _report_taken_for_a_description(noun: Token) -> None:
    """"Turkey says about 300,000 Armenians died, in fighting and disease, and rejects the term genocide": the
    model reads "died" as describing the Armenians and makes them the subject of "rejects", the reporting
    verb's second verb. What the source says is that they died."""
    second, verb = noun.head, next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1), None)
    reporter = second.head
    if verb is None or verb.tag_ not in ("VBN", "VBD") or second.dep_ != "conj" or second.i < verb.right_edge.i \
            or reporter.lemma_.lower() not in REPORTING_VERBS or reporter.i > noun.i \
            or not any(c.dep_ == "nsubj" and c.i < reporter.i for c in reporter.children) \
            or not any(c.dep_ == "nummod" for c in noun.children):
        return
    verb.head, verb.dep_, verb.tag_ = reporter, "ccomp", "VBD"  # first: it leaves the noun's subtree
    noun.head, noun.dep_ = verb, "nsubj"
    for joint in [c for c in verb.children if (c.dep_ in ("cc", "punct") and c.i == second.i - 1)
                  or (c.dep_ == "punct" and c.i == second.i - 2)]:
        joint.head = reporter  # ", and" joins the two verbs of the report


@Language.factory("claimtrack_garden_paths", assigns=["token.dep", "token.head", "token.tag"],
                  requires=["token.lemma", "token.pos"])
def make_garden_paths(nlp: Language, name: str) -> GardenPathRepair:
    return GardenPathRepair(nlp, name)
