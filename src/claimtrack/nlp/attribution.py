"""The `claimtrack_attribution` spaCy component: finds who (source) says what (content) through
which cue, in stages kept apart: cue -> content -> source -> resolution of pronouns and descriptions.

Results go to `doc.spans` (`claimtrack_cue`, `claimtrack_source`, `claimtrack_content`) and, joined,
to `doc._.claimtrack_attributions` as `AttributionMatch` records."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..normalize import (canonical_source, country_of, country_of_people, known_countries, known_entity,
                         names_a_nation, strip_determiner)
from .lexicon import load_lexicon
from .mentions import (GROUP_PRONOUNS, PERSON_PRONOUNS, QUOTE_MARKS, acronyms, doc_ents, doc_text, full_person_name,
                       group_antecedent, person_antecedent, quote_marks, quote_pairs, relative, sentence_of, sentences,
                       span_ents, span_text)
from .spans import runs, trim

CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}  # where a cue verb keeps its content
INITIALS = re.compile(r"[A-Z]{2,6}")  # "CGT", "ADP": not a dateline in capitals
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
THINGS_DO_TOO = {"release"}  # a company releases figures; a leak releases oil
OFFICIAL_BODIES = set(load_lexicon("demonyms")["official_bodies"])  # "the ministry", "officials"
BELIEF_ADJECTIVES = {"confident", "convinced", "certain", "sure"}  # "were confident that ...": a belief
# Who gives a count and what giving it is called: "the 655,000 deaths reported by Hong Kong newspapers"
REPORTING_VERBS = {"report", "estimate", "cite", "give", "announce", "claim", "publish", "count", "document", "record",
                   "tally"}
REPORTERS = {"newspaper", "paper", "media", "outlet", "broadcaster", "researcher", "scientist", "historian", "expert",
             "journalist", "witness", "activist", "survivor", "study", "report", "survey"}
RELATIVE_DEPS = {"relcl", "acl"}  # a content clause hanging off a cue noun ("a policy that ...")
SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
QUOTES = QUOTE_MARKS  # '"', "\u201c", "\u201d", "''", "``"

if not Doc.has_extension("claimtrack_attributions"):
    Doc.set_extension("claimtrack_attributions", default=None)


# What a source denies having had a hand in: "denied any involvement in the attack", "denied responsibility"
DENIED_DEEDS = {"involvement", "responsibility", "role", "complicity", "part"}
ACCEPTED_DEEDS = {"responsibility", "blame", "guilt", "complicity"}  # "accepted responsibility for the bombing"
PROFESSED_STATES = {"innocence"}  # "Megrahi maintained his innocence until his death": he says he is innocent


STOPPED_SHORT = "stop short of"  # the cue of "stopped short of a formal apology", a refusal
REFUSED_DEEDS = {"apologise", "apologize", "resign", "admit", "acknowledge", "testify", "cooperate"}  # "refused to apologise"


@dataclass
class AttributionMatch:
    """One attribution found in a Doc. Token-level; `extract` turns it into domain claims."""

    cue: Span
    cue_lemma: str
    commitment: str
    content: list[Span]  # more than one when a split quote wraps the cue
    content_head: Token
    source: Span | None = None
    source_name: str | None = None  # canonical, after resolving pronouns and descriptions
    confidence: float = 1.0
    content_as_object: Token | None = None  # "identified 17 citizens as abducted": the object is the subject
    notes: list[str] = field(default_factory=list)


class AttributionFinder:
    """Rule-based attribution finder. Word lists come from `nlp/data/cues.json`."""

    def __init__(self, nlp: Language, name: str = "claimtrack_attribution", *, cue_lexicon: str = "cues",
                 max_sentence_tokens: int = 250):
        self.name = name
        # Real news sentences stay far below this; longer "sentences" are tables, lists or run-on junk,
        # and reading them clause by clause would cost time quadratic in their length.
        self.max_sentence_tokens = max_sentence_tokens
        lex = load_lexicon(cue_lexicon)
        self.cue_verbs: dict[str, str] = lex["verbs"]
        self.cue_nouns: dict[str, str] = {k: v for k, v in lex["nouns"].items() if not k.startswith("_")}
        self.holding_verbs = set(lex["holding_verbs"])
        self.agentless: dict[str, str] = {k: v for k, v in lex["agentless"].items() if not k.startswith("_")}
        self.content_as = set(lex["content_as"]) | set(lex["object_predicate"])
        self.gerund_content = set(lex["gerund_content"])  # "admitted kidnapping 13 Japanese"
        self.object_content = set(lex["object_content"])  # "the ministry counted 1.12 million marchers"
        self.figure_setters = set(lex["figure_setters"])  # "Puerto Rico raised its death toll to 2,975"
        self.accepting_verbs = set(lex["accepting_verbs"])  # "Libya accepted responsibility for the bombing"
        self.quoting_verbs = set(lex["quoting_verbs"])  # "his spokesman quoted him on the report: ..."
        self.measure_nouns = set(load_lexicon("subjects")["measure_nouns"])  # "its count was 700,000"
        self.organisation_kinds = set(lex["organisation_kinds"])  # "the union" after "the CGT"
        self.speaking_nouns = self.organisation_kinds | OFFICIAL_BODIES  # "the ministry released figures"
        self.figure_keepers = set(lex["figure_keepers"])  # "police revised the death toll"
        self.appeal_verbs = set(lex["appeal_verbs"])  # "urged the government not to lift sanctions"
        self.position_verbs = set(load_lexicon("stances")["position_verbs"])  # "the union rejected the plan"
        self.refusal_verbs = set(load_lexicon("stances")["refusal_verbs"])  # "refused to withdraw the bill"
        self.position_verb_ids = numpy.array(sorted(get_string_id(lemma) for lemma in
                                                    self.position_verbs | self.refusal_verbs | {"stop"}),
                                             dtype="uint64")
        self.aliases = {alias.lower(): name for name, aliases in load_lexicon("entities").items()
                        if not name.startswith("_") for alias in [name, *aliases]}
        # A token can start an attribution only through one of these lemmas or words: the others are skipped
        # before any rule looks at them.
        self.trigger_lemmas = (set(self.cue_verbs) | self.object_content | set(self.cue_nouns) | self.measure_nouns
                               | self.appeal_verbs | self.figure_setters | self.accepting_verbs)
        self.trigger_words = {"according"} | set(self.agentless) | BELIEF_ADJECTIVES

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    # ------------------------------------------------------------ find

    def match(self, doc: Doc) -> list[AttributionMatch]:
        matches: list[AttributionMatch] = []
        claimed: set[int] = set()  # content heads already attributed, so a clause has one attribution
        readable = [s for s in sentences(doc) if len(s) <= self.max_sentence_tokens and self._is_prose(s)]
        lemmas, words = self.trigger_lemmas, self.trigger_words
        for token in (t for sentence in readable for t in sentence):
            if token.lemma_.lower() not in lemmas and token.lower_ not in words:
                continue
            found = (self._verb_cue(token) or self._noun_cue(token) or self._according_to(token)
                     or self._agentless_adverb(token) or self._possessed_figure(token) or self._figure_given_by(token)
                     or self._count_given_by(token) or self._belief_adjective(token))
            if found and found.content_head.i not in claimed:
                claimed.add(found.content_head.i)
                matches.append(found)
        matches.extend(self._position_cues(readable, matches, claimed))
        matches.extend(self._colon_cues(doc, claimed))
        matches.extend(self._rest_of_quotes(doc, matches, claimed))
        defined = acronyms(doc)
        for found in matches:
            self._resolve_source(doc, found, defined)
        _first_person_is_the_speaker(matches)
        _aside_pronoun_is_the_speaker(matches)
        _trailing_it_said_continues(matches)
        return matches

    @staticmethod
    def _is_prose(sentence: Span) -> bool:
        """A headline or a caption has no closing punctuation; it repeats the story in shorthand."""
        return span_text(sentence).rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ":"))

    def _verb_cue(self, token: Token) -> AttributionMatch | None:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") or (lemma not in self.cue_verbs and lemma not in self.object_content
                                                  and lemma not in self.figure_setters
                                                  and lemma not in self.accepting_verbs):
            return None
        if any(c.dep_ == "neg" for c in token.children):
            return None  # "police did not say where the man had been": nothing is claimed
        commitment = self.cue_verbs.get(lemma, "assert")
        content_head = None
        if self._inside_content(token):
            # '"The plan," he said, "is dead."': the cue hangs off the content
            content_head = token.head
            content = self._quote_parts(sentence_of(token), token) or self._span_without(token.head, token)
        else:
            clause = next((c for c in token.children if c.dep_ in CLAUSE_DEPS), None) or _stray_that_clause(token)
            reported = any(a.lemma_.lower() in self.cue_verbs for a in token.ancestors)  # "said they found ..."
            wanting = _clause_found_wanting(token) if clause is None and not reported else None
            if wanting is not None:  # "the report found no evidence that France was complicit": it denies it
                clause, commitment = wanting, "denial"
            passive_subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if lemma in self.content_as:
                obj = next((c for c in token.children if c.dep_ == "dobj"), None)
                as_phrase = next((c for c in token.children if (c.dep_ == "prep" and c.lower_ == "as")
                                  or c.dep_ in ("oprd", "acomp") and c.i > token.i), None)
                if obj is not None and as_phrase is not None:
                    span = token.doc[obj.left_edge.i:as_phrase.right_edge.i + 1]
                    found = AttributionMatch(token.doc[token.i:token.i + 1], lemma, commitment, [span],
                                             content_head=as_phrase, content_as_object=obj)
                    found.source = self._subject_span(token)
                    return found
            if clause is None and lemma == "accuse":
                return self._accused_of(token, commitment)
            if clause is None or lemma not in self.cue_verbs:
                return self._object_cue(token, lemma, commitment)
            if clause.dep_ == "xcomp" and passive_subject is not None:
                # "Eight are believed to have died": the raised subject belongs to the content
                tokens = {t.i for t in passive_subject.subtree} | {t.i for t in clause.subtree}
                found = AttributionMatch(token.doc[token.i:token.i + 1], lemma, commitment,
                                         runs(token.doc, tokens),
                                         content_head=clause, content_as_object=passive_subject)
                found.source = self._agent_span(token)
                return found
            appeal = lemma in self.appeal_verbs and any(c.dep_ == "dobj" for c in token.children)
            if clause.dep_ == "xcomp" and not appeal and not (clause.tag_ == "VBG" and lemma in self.gerund_content):
                return None  # "refused to comment", "agreed to meet": an action, not a report
            content_head = clause
            quoted = [part for part in self._quote_parts(sentence_of(token), token, clause)
                      if not self._reported_by_another_cue(part, clause)]
            content = quoted or self._content_span(clause, token)
            misread = _object_read_as_subject(token, clause)
            if misread is not None:
                moved, speaker = misread
                found = AttributionMatch(_cue_span(token), lemma, commitment,
                                         runs(token.doc, {i for part in content for i in range(part.start, part.end)}
                                              | moved), content_head,
                                         content_as_object=next(c for c in token.children if c.dep_ == "nsubj"))
                found.source = self._noun_phrase(speaker)
                return found
        found = AttributionMatch(_cue_span(token), lemma, commitment, content, content_head)
        found.source = self._subject_span(token)
        if found.source is None and token.tag_ == "VBN":
            found.source = self._agent_span(token)
        return found

    def _inside_content(self, cue: Token) -> bool:
        """A cue set inside what it reports: a parenthetical "he said" (parataxis), or one the parser made a
        clause of the verb after it, between the two halves of a split quote."""
        if cue.head.pos_ not in ("VERB", "AUX") or cue.head.i == cue.i:
            return False
        if cue.dep_ == "parataxis":
            return True
        return (cue.dep_ == "ccomp" and cue.head.i > cue.i and not any(c.dep_ in CLAUSE_DEPS for c in cue.children)
                and bool(self._quote_parts(sentence_of(cue), cue)))

    def _accused_of(self, token: Token, commitment: str) -> AttributionMatch | None:
        """"The Iraqi government accused Iran of using poison gas": the accuser says the accused did it."""
        accused = next((c for c in token.children if c.dep_ == "dobj"), None)
        deed = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if accused is None or deed is None:
            return None
        tokens = {t.i for t in accused.subtree} | {t.i for t in deed.subtree}
        found = AttributionMatch(_cue_span(token), "accuse", commitment, runs(token.doc, tokens), content_head=deed,
                                 content_as_object=accused)
        found.source = self._subject_span(token)
        return found

    def _object_cue(self, token: Token, lemma: str, commitment: str) -> AttributionMatch | None:
        """"The ministry counted 1.12 million marchers": a figure given as the cue's object. "Puerto Rico
        raised its death toll to 2,975": a figure a body sets for itself. "Moscow denied any involvement
        in the poisoning": a deed denied; "Libya accepted responsibility for the bombing": one owned up to."""
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        accepted = lemma in self.accepting_verbs and obj is not None and obj.lemma_.lower() in ACCEPTED_DEEDS
        professed = lemma in self.cue_verbs and obj is not None and obj.lemma_.lower() in PROFESSED_STATES and \
            any(c.dep_ == "poss" for c in obj.children)
        if accepted or professed or (commitment == "denial" and obj is not None and obj.lemma_.lower() in DENIED_DEEDS):
            found = AttributionMatch(_cue_span(token), lemma, commitment, runs(token.doc, {t.i for t in obj.subtree}),
                                     content_head=obj)
            found.source = self._subject_span(token)
            return found
        setter = lemma in self.figure_setters
        if lemma not in self.object_content and not setter:
            return None
        if obj is not None and obj.lemma_.lower() == "life":
            return None  # "the war claimed the lives of 649 soldiers": a toll, not a claim anyone made
        if obj is None or (setter and obj.lemma_.lower() not in self.measure_nouns):
            return None
        tokens = {t.i for t in obj.subtree}
        preps = ("at", "in", "across", "throughout", "around", "for") + (("to",) if setter else ())
        for extra in (c for c in token.children if c.i > obj.i and (
                c.dep_ == "prep" and c.lower_ in preps
                or c.lower_ in ("nationwide", "countrywide")
                or setter and c.dep_ in ("advmod", "prt") and c.lower_ in ("down", "up"))):  # "revised ... down to 181"
            tokens |= {t.i for t in extra.subtree}  # "put the turnout at 900,000", "counted ... across France"
        tokens |= figure_in_a_clause_between(token, obj)
        for parts in (c for c in token.children if c.i > obj.i and c.dep_ in ("advcl", "prep") and c.lower_ in LISTED_PARTS):
            tokens |= {t.i for t in parts.subtree}  # "put the toll at 191, comprising 164 civilians, 23 soldiers ..."
        doc = token.doc
        if not any(doc[i].like_num and (doc[i].ent_type_ not in ("DATE", "TIME", "ORDINAL") or _figure_put_at(doc[i], token))
                   for i in tokens):
            return None
        found = AttributionMatch(doc[token.i:token.i + 1], lemma, commitment, runs(doc, tokens), content_head=obj)
        found.source = self._subject_span(token)
        if (lemma in THINGS_DO_TOO or setter) and not self._can_speak(found.source) and not (
                setter and token.dep_ not in CLAUSE_DEPS and found.source is not None
                and found.source.root.lemma_.lower() in self.figure_keepers):
            return None  # "two leaks released 4,000 barrels": an event, not a figure anyone gave; "Police
            # revised the toll to 181" is theirs, unless someone else says so ("officials said the army raised")
        return found

    def _figure_given_by(self, token: Token) -> AttributionMatch | None:
        """"The official death toll announced by the government stands at 1,565", "the figure given by police
        was 34": who gave the figure is who claims it."""
        verb = token.head
        if token.lemma_.lower() not in self.measure_nouns or token.dep_ not in ("nsubj", "nsubjpass") or \
                verb.pos_ not in ("VERB", "AUX"):
            return None
        given = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      and c.lemma_.lower() in self.object_content), None)
        agent = next((c for c in given.children if c.dep_ == "agent"), None) if given is not None else None
        giver = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if giver is None:
            return None
        tokens = {t.i for t in verb.subtree} - {t.i for t in given.subtree}
        if not any(token.doc[i].like_num for i in tokens):
            return None
        found = AttributionMatch(token.doc[given.i:given.i + 1], given.lemma_.lower(), "assert",
                                 runs(token.doc, tokens), content_head=verb)
        found.source = self._noun_phrase(giver)
        return found if self._can_speak(found.source) else None

    def _count_given_by(self, token: Token) -> AttributionMatch | None:
        """"Far lower than the 655,000 deaths reported by Hong Kong newspapers in 1977": a count whose giver is
        named right after it is the giver's claim, wherever the sentence puts the count; when it was given is
        not when its people died."""
        if token.dep_ != "acl" or token.tag_ != "VBN" or token.lemma_.lower() not in REPORTING_VERBS:
            return None  # not "the 40 hostages released by the rebels", a deed
        counted, giver = token.head, self._agent_span(token)
        if giver is None or counted.pos_ != "NOUN" or counted.i > token.i or not any(
                c.dep_ == "nummod" and c.like_num for c in counted.children):
            return None
        tokens = {t.i for t in counted.subtree} - {t.i for t in token.subtree}
        found = AttributionMatch(token.doc[token.i:token.i + 1], token.lemma_.lower(), "assert",
                                 runs(token.doc, tokens), content_head=counted)
        found.source = giver
        speaks = self._can_speak(giver) or giver.root.lemma_.lower() in REPORTERS
        return found if speaks else None

    def _belief_adjective(self, token: Token) -> AttributionMatch | None:
        """"They were confident that al-Majid was killed", "officials are convinced that ...": what the subject
        believes."""
        if token.lower_ not in BELIEF_ADJECTIVES:
            return None
        if token.dep_ == "acomp" and token.head.lemma_ == "be":
            verb = token.head  # "were confident that"
        elif any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in token.children):
            verb = token  # "are convinced that", parsed as a passive
        else:
            return None
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ == "neg" for c in (*verb.children, *token.children)):
            return None
        found = AttributionMatch(token.doc[token.i:token.i + 1], token.lower_, "belief",
                                 self._content_span(clause, token), content_head=clause)
        found.source = self._subject_span(verb) or next(
            (self._noun_phrase(c) for c in verb.children if c.dep_ == "nsubjpass"), None)
        return found

    def _can_speak(self, source: Span | None) -> bool:
        """A named body or person, a pronoun, or an organisation: who can give a figure."""
        if source is None:
            return False
        root = source.root
        return root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or root.pos_ in ("PROPN", "PRON") or \
            root.lemma_.lower() in self.speaking_nouns

    def _possessed_figure(self, token: Token) -> AttributionMatch | None:
        """"Its count for Paris was 700,000", "the ministry's estimate was 1.2 million": whose figure it is
        is who claims it."""
        if token.lemma_.lower() not in self.measure_nouns or token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        verb = token.head
        if owner is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        tokens = {t.i for t in verb.subtree} - {t.i for t in owner.subtree} - {token.i}
        if not any(token.doc[i].like_num for i in tokens):
            return None
        found = AttributionMatch(token.doc[token.i:token.i + 1], token.lemma_.lower(), "assert",
                                 runs(token.doc, tokens), content_head=verb)
        found.source = self._noun_phrase(owner) if owner.lower_ not in ("its", "their", "his", "her") else \
            token.doc[owner.i:owner.i + 1]
        return found

    def _noun_cue(self, token: Token) -> AttributionMatch | None:
        """"AFVKN has adopted a stance where they would not oppose ...": a held noun with a clause."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in self.cue_nouns:
            return None
        verb = token.head
        verb_lemma = verb.lemma_.lower()
        # held ("adopted a stance that ...") or refused ("rejected Japan's conclusion that ...")
        denied = self.cue_verbs.get(verb_lemma) == "denial"
        if token.dep_ != "dobj" or not (verb_lemma in self.holding_verbs or denied):
            return None
        clause = next((c for c in token.children if c.dep_ in RELATIVE_DEPS | {"ccomp"}
                       and c.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return None
        found = AttributionMatch(token.doc[verb.i:token.i + 1], f"{verb_lemma} {lemma}",
                                 "denial" if denied else self.cue_nouns[lemma], self._content_span(clause, verb),
                                 content_head=clause)
        found.source = self._subject_span(verb)
        return found

    def _according_to(self, token: Token) -> AttributionMatch | None:
        if token.lower_ != "according":
            return None
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            return None
        head = token.head if token.dep_ != "ROOT" else None
        if head is None or head.pos_ not in ("VERB", "AUX"):
            return None
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and token.i > head.i:
            head = head.head  # "the crush killed 96 people and injured 766, according to official figures": both
        found = AttributionMatch(token.doc[token.i:to.i + 1], "according to", "assert",
                                 self._span_without(head, token), content_head=head)
        found.source = self._noun_phrase(source)  # "according to the charity, which has said ...": the charity
        return found

    def _position_cues(self, readable: list[Span], matches: list[AttributionMatch],
                       claimed: set[int]) -> list[AttributionMatch]:
        """"The association had for years resisted any easing of pressure on the North": its position, with the
        object as what it holds a position on. Read after every other cue, and never inside what someone
        else is reported to say."""
        if not readable:
            return []
        doc = readable[0].doc
        in_readable = numpy.zeros(len(doc), dtype=bool)
        for sentence in readable:
            in_readable[sentence.start:sentence.end] = True
        # the only tokens worth a look: a position verb's lemma, found in one pass over the doc's array
        lemmas = doc.to_array([LEMMA]).reshape(-1)
        candidates = numpy.flatnonzero(numpy.isin(lemmas, self.position_verb_ids) & in_readable).tolist()
        reported = {i for found in matches for part in found.content for i in range(part.start, part.end)}
        found_here = []
        for token in (doc[i] for i in candidates):
            if token.pos_ != "VERB" or token.i in claimed \
                    or token.i in reported or token.dep_ not in ("ROOT", "conj", "relcl"):
                continue
            phrasal = token.lemma_ in ("call", "object")  # "called for", "objected to"; not "called a strike"
            short_of = _stopped_short_of(token)
            if token.lemma_ == "stop" and short_of is None:
                continue  # "stopped the march" refuses nothing
            # "refused to withdraw the bill", "stopped short of an apology": the action refused
            refusal = token.lemma_ in self.refusal_verbs or short_of is not None
            target = short_of or next((c for c in token.children if (c.dep_ == "dobj" and not phrasal and not refusal) or
                           (c.dep_ == "prep" and c.lower_ in ("for", "to") and phrasal) or
                           (c.dep_ == "xcomp" and c.pos_ == "VERB" and refusal and  # not "declined to comment"
                            (any(g.dep_ == "dobj" for g in c.children) or c.lemma_ in REFUSED_DEEDS))), None)
            source = self._subject_span(token)
            if target is None or source is None or any(c.dep_ in CLAUSE_DEPS and c.i != target.i
                                                       for c in token.children):
                continue
            if token.dep_ == "relcl" and source.root.lower_ not in ("which", "who", "that"):
                continue
            claimed.add(token.i)
            cue = doc[token.i:short_of.head.i + 1] if short_of is not None else _cue_span(token)  # "stopped short of"
            found_here.append(AttributionMatch(cue, STOPPED_SHORT if short_of is not None else token.lemma_.lower(), "assert",
                                               [token.doc[target.left_edge.i:target.right_edge.i + 1]],
                                               content_head=target if refusal else token, source=source))
        return found_here

    def _agentless_adverb(self, token: Token) -> AttributionMatch | None:
        """"Pyongyang reportedly executed the officer": an attribution without a named source."""
        if token.lower_ not in self.agentless or token.dep_ != "advmod":
            return None
        head = token.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        found = AttributionMatch(token.doc[token.i:token.i + 1], token.lower_, self.agentless[token.lower_],
                                 self._span_without(head, token), content_head=head)
        return found

    def _colon_cues(self, doc: Doc, claimed: set[int]) -> list[AttributionMatch]:
        """"Iizuka: 'We cannot wait.'" and "Martinez put the demand plainly: the reform must go." A named
        source (or a speaker with a verb of saying) before a colon, the content after it."""
        found = []
        for sent in sentences(doc):
            if len(sent) > self.max_sentence_tokens or ":" not in span_text(sent):
                continue
            colon = next((t for t in sent if t.text == ":"), None)
            if colon is None or colon.i == sent.start:
                continue
            end = sent.end
            if not trim(doc[colon.i + 1:end]) and end < len(doc):
                end = sentence_of(doc[end]).end  # the parser ended the sentence at the colon: the quote is next
            after = trim(doc[colon.i + 1:end])
            if len(after) < 3 or after.root.i in claimed or after.root.pos_ not in ("VERB", "AUX"):
                continue
            before = doc[sent.start:colon.i]
            quoted = next((c for t in before if t.lemma_.lower() in self.quoting_verbs
                           for c in t.children if c.dep_ == "dobj"), None)
            speaker_verb = next((t for t in before if t.lemma_.lower() in self.cue_verbs | {"put": "assert"}
                                 and any(c.dep_ == "nsubj" for c in t.children)), None)
            if quoted is not None:  # the one quoted speaks, not the one quoting
                source, cue, cue_lemma = self._noun_phrase(quoted), doc[quoted.head.i:quoted.head.i + 1], "quote"
            elif speaker_verb is not None:
                source, cue = self._subject_span(speaker_verb), doc[speaker_verb.i:speaker_verb.i + 1]
                cue_lemma = speaker_verb.lemma_.lower()
            elif len(before) <= 6 and (any(ent.label_ in ("PERSON", "ORG") for ent in span_ents(before))
                                       or all(t.pos_ == "PROPN" for t in before)):
                source, cue, cue_lemma = trim(before), doc[colon.i:colon.i + 1], ":"
            else:
                continue
            claimed.add(after.root.i)
            match = AttributionMatch(cue, cue_lemma, "assert", [after], content_head=after.root)
            match.source = source
            found.append(match)
        return found

    def _rest_of_quotes(self, doc: Doc, matches: list[AttributionMatch], claimed: set[int]) -> list[AttributionMatch]:
        """A quote running over several sentences ('"The plan is dead. We will fight it," he said.') is all
        the speaker's: each of its other sentences becomes an attribution with the same source and cue."""
        extra = []
        pairs = quote_pairs(doc)
        for found in matches:
            cue = found.cue.start
            sentence = sentence_of(doc[cue])
            for number, (open_i, close_i) in enumerate(pairs):
                before = sentence.start <= close_i < cue  # '..., he said' closing its quote
                after = cue < open_i < sentence.end  # 'he said: "...'
                if not (before or after):
                    continue
                quotes = [(open_i, close_i)]
                if number + 1 < len(pairs) and self._opens_next_sentence(doc, pairs[number + 1][0], sentence):
                    quotes.append(pairs[number + 1])  # '"...," he said. "Two officers were injured."'
                for quote_open, quote_close in quotes:
                    extra.extend(self._quoted_sentences(doc, found, quote_open, quote_close, claimed))
                break
        return extra

    @staticmethod
    def _opens_next_sentence(doc: Doc, open_i: int, sentence: Span) -> bool:
        """A quote that opens the sentence right after an attributed quote goes on with the same speaker."""
        first = next((t for t in doc[sentence.end:open_i + 1] if not t.is_space), None)
        return first is not None and first.i == open_i

    @staticmethod
    def _quoted_sentences(doc: Doc, found: AttributionMatch, open_i: int, close_i: int,
                          claimed: set[int]) -> list[AttributionMatch]:
        """Each sentence of a quote, other than the cue's own, as an attribution to the quote's speaker."""
        cue = found.cue.start
        extra = []
        for sent in sentences(doc):
            if sent.start > close_i or sent.end <= open_i + 1 or sent.start <= cue < sent.end:
                continue  # outside the quote, or the cue's own sentence
            inner = trim(doc[max(sent.start, open_i + 1):min(sent.end, close_i)])
            if len(inner) < 2 or inner.root.i in claimed or inner.root.pos_ not in ("VERB", "AUX"):
                continue
            claimed.add(inner.root.i)
            extra.append(AttributionMatch(found.cue, found.cue_lemma, found.commitment, [inner], inner.root,
                                          source=found.source, confidence=found.confidence))
        return extra

    # ------------------------------------------------------------ spans

    def _subject_span(self, verb: Token) -> Span | None:
        # The parser may give a cue a second subject: out of an aside before it ("Dozens were wounded, many of
        # them teenagers, hospital officials said"), where the speaker is the one nearest before the cue, or
        # inside the quote before it ('"They're alive, all of them," said a woman'), which is not the speaker
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if len(subjects) > 1:
            marks = quote_marks(verb.doc)
            subjects = [c for c in subjects if not any(c.i < mark < verb.i for mark in marks)] or subjects
        before = [c for c in subjects if c.i < verb.i]
        subject = before[-1] if len(before) > 1 else next(iter(subjects), None)
        if subject is None and verb.dep_ == "conj":
            head = verb.head
            outer = head.head.lemma_.lower()
            if head.dep_ == "ccomp" and (outer in self.cue_verbs or outer in self.accepting_verbs):
                head = head.head  # "Turkey accepts that many died but denies that ...": the parser joins "denies"
            return self._subject_span(head)  # to "died"; "... and added that": the subject is shared
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
            return self._subject_span(verb.head)  # "BP raised its estimate, saying ...": BP says it
        if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
            # "The Chinese Red Cross was quoted by diplomats as saying that ...": the one quoted
            subject = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            return None
        expletive = subject.lower_ == "it" and (subject.dep_ == "expl" or any(c.dep_ == "auxpass" for c in verb.children))
        if expletive or (subject.lower_ in ("this", "that", "which") and verb.dep_ != "relcl"):
            return None  # "it was reported that ...": no source
        return self._noun_phrase(subject)

    def _agent_span(self, verb: Token) -> Span | None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return self._noun_phrase(pobj) if pobj is not None else None

    def _noun_phrase(self, head: Token) -> Span:
        """The source's words: its subtree without relative clauses trailing after it, and without a
        dateline the parser attached to it ("SEOUL/TOKYO — North Korea")."""
        start, end = head.left_edge.i, head.right_edge.i
        for token in head.doc[start:head.i]:
            if token.text in ("\u2014", "\u2013", "-", "--", ":") and token.is_punct and not _inside_a_word(token):
                start = token.i + 1
        whole = trim(head.doc[start:end + 1])
        if known_entity(whole.text) is not None:
            return whole  # "the association representing families of Japanese citizens abducted by North Korea"
        # "The city's culture minister, Dario Loperfido, said": the name a description is put in other words
        # is part of the source, and speaks (`_canonical_name`)
        renamed = next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None) \
            if head.pos_ == "NOUN" else None
        for child in head.rights:
            if renamed is not None and child.dep_ == "punct" and child.i < renamed.i:
                continue
            if child.dep_ in ("relcl", "acl", "punct") or (child.dep_ == "appos" and child.i > head.i + 1 and
                                                           head.ent_type_ == "PERSON"):
                end = min(end, child.left_edge.i - 1)
                break
        aside = next((t for t in head.doc[head.i + 1:end + 1] if t.dep_ == "relcl" and t.left_edge.i > 0
                      and head.doc[t.left_edge.i - 1].text == ","), None)
        if aside is not None:  # "a senior security official in Kunduz, who spoke on condition of anonymity"
            end = min(end, aside.left_edge.i - 1)
        return trim(head.doc[start:max(end, head.i) + 1])

    def _content_span(self, clause: Token, cue: Token) -> list[Span]:
        """The content clause as runs of its own tokens (a cue inside it, as in "which they say is ...",
        splits it), without the complementizer "that" and without a conjoined verb that belongs to the
        cue's subject ("believes X may be alive and has been pressing for ...")."""
        doc = clause.doc
        tokens = {t.i for t in clause.subtree}
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > clause.i):
            has_subject = any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            if not has_subject and subject is not None and not self._agrees(subject, conj):
                cut = {t.i for t in conj.subtree} | {c.i for c in clause.children if c.dep_ == "cc" and c.i < conj.i}
                tokens -= {i for i in tokens if i >= min(cut)}
                break
        first = doc[min(tokens)]
        if first.lower_ in ("that", "whether", "where") and first.dep_ in ("mark", "advmod", "dobj"):
            tokens.discard(first.i)
        return runs(doc, tokens)

    @staticmethod
    def _agrees(subject: Token, verb: Token) -> bool:
        """Subject-verb number agreement; a singular verb cannot go with a plural subject."""
        finite = [verb, *[c for c in verb.children if c.dep_ in ("aux", "auxpass")]]
        singular_verb = any(t.tag_ == "VBZ" for t in finite)
        plural_verb = any(t.tag_ == "VBP" for t in finite)
        plural_subject = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("some", "they", "many", "all") \
            or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children)
                   for c in subject.children)
        if singular_verb and plural_subject:
            return False
        if plural_verb and not plural_subject and subject.tag_ in ("NN", "NNP"):
            return False
        return True

    def _span_without(self, head: Token, cut: Token) -> list[Span]:
        """The head's clause minus the cut token's subtree (an "according to X" or "reportedly"), up to a
        semicolon after both ("...; the Rwandan government puts the toll at more than one million": its own)."""
        tokens = {t.i for t in head.subtree} - {t.i for t in cut.subtree}
        semicolon = next((i for i in sorted(tokens) if i > max(head.i, cut.i) and head.doc[i].text == ";"), None)
        if semicolon is not None:
            tokens = {i for i in tokens if i < semicolon}
        return runs(head.doc, tokens)

    def _reported_by_another_cue(self, part: Span, clause: Token) -> bool:
        """'said they found no evidence it was premeditated, concluding it was taken "at the moment"': the
        quote is what the inner cue reports, not what the outer one does."""
        return any(t.lemma_.lower() in self.cue_verbs for t in part.root.ancestors
                   if t.i != clause.i and clause in t.ancestors)

    def _quote_parts(self, sent: Span, cue: Token, clause: Token | None = None) -> list[Span]:
        """Quoted segments of the sentence when the cue stands outside the quotes; with a `clause`, those
        within it ("said the findings were "a sheer fabrication" and insisted that ...": the quote is
        what was said, not what was insisted)."""
        marks = [i for i in quote_marks(sent.doc) if sent.start <= i < sent.end]  # tokens in QUOTES
        if len(marks) < 2 or len(marks) % 2:
            return []
        parts = []
        for open_i, close_i in zip(marks[::2], marks[1::2]):
            if open_i < cue.i < close_i:
                return []  # the cue is quoted: a quote of someone's reporting, handled as written
            span = trim(sent.doc[open_i + 1:close_i])
            outside = clause is not None and (span.end <= clause.left_edge.i or span.start > clause.right_edge.i)
            if len(span) and not outside:
                parts.append(span)
        return parts

    # ------------------------------------------------------------ resolve

    def _resolve_source(self, doc: Doc, found: AttributionMatch, acronyms: dict[str, str]) -> None:
        source = found.source
        if source is None:
            return
        head = source.root
        relative = head.text in ("which", "who")  # lower case: not the WHO
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS or relative:
            antecedent = self._antecedent(doc, source, frozenset(t.i for part in found.content for t in part))
            found.confidence *= 0.8
            if antecedent is None:
                found.notes.append(f"unresolved pronoun {source.text!r}")
                return
            source = antecedent
        found.source_name = self._canonical(doc, source, acronyms)

    def _canonical(self, doc: Doc, span: Span, acronyms: dict[str, str]) -> str:
        return _in_home_country(doc, self._canonical_name(doc, span, acronyms), span)

    def _canonical_name(self, doc: Doc, span: Span, acronyms: dict[str, str]) -> str:
        """Known aliases first, then a name inside the phrase, then an earlier organisation named by a
        description ("the association"), else the phrase itself."""
        text = span_text(span)
        bare = strip_determiner(text)
        named_relative = relative(doc, span.root)
        if named_relative is not None:
            return named_relative  # "her father", where the story names him
        if bare in acronyms:
            return canonical_source(acronyms[bare])
        known = canonical_source(text)
        if known.lower() != bare.lower() or text.lower() in self.aliases:
            return known
        # A person before the body they serve, and the person the phrase is put in other words ("the owner of
        # Rana Plaza, Sohel Rana") before one named inside it.
        ents = sorted(span_ents(span), key=lambda e: (e.label_ != "PERSON", e.root.dep_ != "appos"))
        names = [t for t in span if t.pos_ == "PROPN"]
        if names and all(t.pos_ == "PROPN" or t.lower_ in ("the", "mr", "mrs", "ms") for t in span):
            named = full_person_name(doc, doc[names[0].i:names[-1].i + 1])
            if not ents or len(named) > len(span.text):
                return named  # "Yokota:", or "Conway" tagged as an organisation, after "Kellyanne Conway"
        if any(_runs_it(e) for e in ents):
            return known  # "the Hamas-run health ministry": the phrase names the body, whoever runs it
        for ent in (e for e in ents if not _what_it_is_about(e)):  # "Chief Cabinet Secretary Hiroyuki Hosoda" ->
            if ent.label_ == "PERSON":  # Hiroyuki Hosoda
                return full_person_name(doc, ent)
            if ent.label_ == "ORG" and not _where_they_are(ent, self.speaking_nouns):
                name = strip_determiner(self._organisation_name(ent, span).text)
                return canonical_source(acronyms.get(name, name))
        if span.root.pos_ == "NOUN" and span[0].lower_ in ("the", "this", "that"):
            named = self._named_organisation(doc, span.root, span.start, acronyms)
            if named:
                return named
        for ent in span_ents(span):  # a country standing for its government, not a name the tagger took for a
            # place ("Alejandro [Encinas]")
            if ent.label_ == "GPE" and ent.root.i == span.root.i and country_of(ent.text) is not None:
                return canonical_source(ent.text)
        return known

    @staticmethod
    def _organisation_name(ent: Span, phrase: Span) -> Span:
        """The entity, extended over an "of"/"by"/"for" phrase the tagger cut short ("the National
        Association for the Rescue of Japanese Kidnapped [by North Korea]")."""
        doc = ent.doc
        end = ent.end
        while end < phrase.end and doc[end].lower_ in ("by", "of", "for") and doc[end].head.i < end:
            pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.right_edge.i >= phrase.end:
                break
            end = pobj.right_edge.i + 1
        return doc[ent.start:end]

    def _named_organisation(self, doc: Doc, noun: Token, before: int, acronyms: dict[str, str]) -> str | None:
        words = {noun.lower_, noun.lemma_.lower()}
        text = doc_text(doc)
        candidates = [*[(ent.start, ent.text) for ent in doc_ents(doc) if ent.label_ == "ORG" and ent.end <= before],
                      *[(text.find(long_name), long_name) for long_name in acronyms.values()
                        if 0 <= text.find(long_name) < doc[before].idx]]
        for _, name in sorted(candidates, reverse=True):
            if words & STATE_FORCES and not any(names_a_nation(w) for w in re.findall(r"\w+", name)):
                continue  # "the army" after "the Arakan Rohingya Salvation Army": the state's, not the rebels'
            if words & {w.lower() for w in re.findall(r"\w+", name)}:
                long_name = acronyms.get(name, name)
                return canonical_source(re.sub(r"^the\s+", "", long_name, flags=re.I))
        # "The CGT gave a very different picture. The union said ...": the organisation just named by its
        # initials, whose name cannot say what kind of body it is
        if noun.lemma_.lower() not in self.organisation_kinds or noun.tag_ == "NNS":
            return None
        initials = [ent for ent in doc.ents if ent.label_ == "ORG" and ent.end <= before and
                    before - ent.end < 60 and INITIALS.fullmatch(ent.text)]
        if initials:
            name = initials[-1].text
            return canonical_source(acronyms.get(name, name))
        return None

    def _antecedent(self, doc: Doc, pronoun_phrase: Span, content: frozenset[int]) -> Span | None:
        pronoun = pronoun_phrase.root
        if pronoun.text in ("which", "who") and pronoun.head.dep_ == "relcl":  # "researchers who say"
            noun = pronoun.head.head
            while noun.dep_ == "conj":  # "researchers, relatives and journalists who say": all of them
                noun = noun.head
            return self._noun_phrase(noun)
        if pronoun.lower_ in PERSON_PRONOUNS:
            return person_antecedent(doc, pronoun, content)
        return group_antecedent(doc, pronoun, content)

    # ------------------------------------------------------------ write

    def set_annotations(self, doc: Doc, matches: list[AttributionMatch]) -> None:
        doc._.claimtrack_attributions = matches
        doc.spans["claimtrack_cue"] = [m.cue for m in matches]
        doc.spans["claimtrack_source"] = [m.source for m in matches if m.source is not None]
        doc.spans["claimtrack_content"] = [part for m in matches for part in m.content]


FIRST_PERSON = {"i", "we", "me", "us"}


def _first_person_is_the_speaker(matches: list[AttributionMatch]) -> None:
    """'"I believe she will come home," Sakie Yokota said': "I" is whoever the quote is by."""
    for found in matches:
        if found.source is None or found.source.root.lower_ not in FIRST_PERSON:
            continue
        cue = found.cue.start
        speaker = next((other for other in matches if other is not found and other.source_name and
                        other.source is not None and other.source.root.lower_ not in FIRST_PERSON and
                        any(part.start <= cue < part.end for part in other.content)), None)
        if speaker is not None:
            found.source_name = speaker.source_name


def _aside_pronoun_is_the_speaker(matches: list[AttributionMatch]) -> None:
    """"Almaz-Antey said the jet was hit by an older missile, a model it said the military no longer used":
    an "it said" (or "he said") inside what a body (or a person) is reported to say is that speaker's aside."""
    for found in matches:
        pronoun = found.source.root if found.source is not None else None
        if pronoun is None or pronoun.lower_ not in ("it", "he", "she"):
            continue
        for outer in matches:
            if outer is found or outer.source is None or outer.source_name is None:
                continue
            if any(part.start <= pronoun.i < part.end for part in outer.content):
                if _by_a_person(outer) == (pronoun.lower_ != "it"):
                    found.source_name = outer.source_name
                break


def _by_a_person(found: AttributionMatch) -> bool:
    """Is the speaker a person ("Sakie Yokota", "she") rather than a body?"""
    return found.source.root.ent_type_ == "PERSON" or found.source.root.lower_ in PERSON_PRONOUNS


def _trailing_it_said_continues(matches: list[AttributionMatch]) -> None:
    """"The government said the addition brings its list to 16 people. Five of them have returned, it
    said.": an "it said" after what is said continues the speaker of the sentence before, when a body
    spoke there, rather than the last thing named ("the addition")."""
    for found in matches:
        pronoun = found.source.root if found.source is not None else None
        if pronoun is None or pronoun.lower_ != "it" or not found.content or found.content[0].start > pronoun.i:
            continue
        sentence = sentence_of(pronoun)
        if sentence.start == 0:
            continue
        before = sentence_of(pronoun.doc[sentence.start - 1])
        speakers = [m for m in matches if m.source is not None and m.source_name and not _by_a_person(m)
                    and before.start <= m.cue.start < before.end]
        if speakers:
            found.source_name = speakers[-1].source_name


def _object_read_as_subject(cue: Token, clause: Token) -> tuple[set[int], Token] | None:
    """"North Korea has abducted 17 Japanese citizens, Chief Cabinet Secretary Yoshimasa Hayashi said": the
    parser takes "17 Japanese citizens" for the speaker and the name for its apposition. When the content
    before the cue has no object and runs straight into that "subject", the object is the content's and the
    named apposition is the speaker. Returns the object's tokens and the speaker's head."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or not clause.i < subject.i < cue.i or any(c.dep_ == "dobj" for c in clause.children):
        return None
    if clause.right_edge.i + 1 != subject.left_edge.i:
        return None
    speaker = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.pos_ == "PROPN"), None)
    if speaker is None:
        return None
    moved = {t.i for t in subject.subtree} - {t.i for t in speaker.subtree}
    return {i for i in moved if i < speaker.left_edge.i and not cue.doc[i].is_punct}, speaker


def _cue_span(cue: Token) -> Span:
    """The cue with its particle: "pointed out", "made clear"."""
    after = cue.i + 1
    if after < len(cue.doc) and cue.doc[after].head.i == cue.i and cue.doc[after].dep_ in ("prt", "acomp") \
            and cue.doc[after].lower_ in ("out", "up", "clear"):
        return cue.doc[cue.i:after + 1]
    return cue.doc[cue.i:after]


def _stray_that_clause(cue: Token) -> Token | None:
    """"told reporters after the talks that he had lodged a protest": the parser hangs the that-clause on
    "talks" as if it were a relative clause; but a relative "that" is the clause's subject or object,
    while this one only introduces it."""
    for child in cue.children:
        if child.dep_ not in ("prep", "dobj", "npadvmod") or child.i < cue.i:
            continue
        if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in child.children):
            continue  # "found no evidence that the Kursk had collided": the clause is denied, not reported
        for clause in child.subtree:
            if clause.dep_ in ("relcl", "acl") and _a_that_clause(clause):
                return clause
    return None


def _a_that_clause(clause: Token) -> bool:
    """A clause introduced by "that" with a subject of its own: what is told, not a relative clause."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


NEGATED_NOUNS = frozenset(load_lexicon("predicates")["negated_nouns"])  # "no evidence", "no sign"


def _clause_found_wanting(cue: Token) -> Token | None:
    """"The report found no evidence that France was complicit in the killings": the clause whose evidence
    a finding says is missing (`_stray_that_clause` leaves it, as it is denied, not reported)."""
    if cue.lemma_.lower() != "find":
        return None
    for evidence in (c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in NEGATED_NOUNS
                     and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
        for clause in evidence.children:
            if clause.dep_ in ("relcl", "acl", "ccomp") and _a_that_clause(clause):
                return clause
    return None


BARE_BODIES = {"government", "officials", "official", "authorities", "government officials"}


def _in_home_country(doc: Doc, name: str, span: Span | None = None) -> str:
    """A body named without its country is the article's country's: "the government" in a story about
    France is France; its "Interior Ministry" the French Interior Ministry. "In Sri Lanka, the government
    said": the country its sentence opens with. A ministry whose owner is named is that owner's: "Gaza's
    health ministry", "India's health ministry" (the Indian health ministry) in a story about Israel."""
    bare = strip_determiner(name)
    if bare.lower().endswith(" ministry") and span is not None:
        owned = _place_owning(span)
        if owned is not None:
            place, owner = owned
            rest = re.sub(rf"^{re.escape(place)}['\u2019]s ", "", bare)  # "South Korea's foreign ministry"
            return f"{owner} {rest}"
    country = (_country_opening(span) if span is not None else None) or home_country(doc)
    if country is None:
        return name
    lowered = bare.lower()
    if lowered in BARE_BODIES:
        return country
    demonyms = load_lexicon("demonyms")["demonyms"]
    first = bare.split()[0]
    if lowered.endswith(" ministry") and first not in demonyms and country_of(first) is None \
            and not RUNNING.search(first):  # "Gaza health ministry", "the Hamas-run health ministry"
        demonym = _demonym_of(country)
        if demonym is not None:  # a country the lexicon has no adjective for keeps the name as written
            return f"{demonym} {bare}"
    return name


def _place_owning(span: Span) -> tuple[str, str] | None:
    """"Gaza's health ministry", "South Korea's foreign ministry": the place named as the body's owner, and
    its name as it is written before the body's ("Gaza", "South Korean")."""
    owner = next((c for c in span.root.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    place = " ".join(t.text for t in owner.subtree if t.dep_ == "compound" or t == owner)
    country = country_of(place)
    if country is None:
        return None
    if country != place:
        return place, place  # "Gaza": a place within or beside a country
    return place, _demonym_of(country) or place  # "India": Indian


def _demonym_of(country: str) -> str | None:
    """"India" -> "Indian": the adjective the nationality lexicon gives the country, if any."""
    return next((d for d, c in load_lexicon("demonyms")["demonyms"].items() if c == country), None)


def _country_opening(span: Span) -> str | None:
    """The country of a sentence's opening "In Sri Lanka," before the source."""
    sent = span.sent
    if sent[0].lower_ != "in" or span.start <= sent.start + 1:
        return None
    comma = next((t for t in sent[1:span.start - sent.start] if t.text == ","), None)
    if comma is None:
        return None
    place = sent.doc[sent.start + 1:comma.i].text
    country = country_of(place)
    return country if country == place and country in known_countries() else None


def home_country(doc: Doc) -> str | None:
    """The country an article is mostly about: the one its places and nationalities name most often,
    when one clearly leads."""
    if "claimtrack_home_country" not in doc.user_data:
        demonyms, countries = load_lexicon("demonyms")["demonyms"], known_countries()
        named = ((span_text(ent), ent.label_) for ent in doc_ents(doc) if ent.label_ in ("GPE", "NORP"))
        counts = Counter(country for country in (
            demonyms.get(text) or (country_of_people(text) if label == "NORP" else country_of(text.strip(" -")))
            for text, label in named) if country in countries)
        ranked = counts.most_common(2)
        leads = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        doc.user_data["claimtrack_home_country"] = ranked[0][0] if leads else None
    return doc.user_data["claimtrack_home_country"]


@Language.factory(
    "claimtrack_attribution",
    default_config={"cue_lexicon": "cues", "max_sentence_tokens": 250},
    assigns=["doc._.claimtrack_attributions", "doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
)
def make_attribution_finder(nlp: Language, name: str, cue_lexicon: str, max_sentence_tokens: int) -> AttributionFinder:
    return AttributionFinder(nlp, name, cue_lexicon=cue_lexicon, max_sentence_tokens=max_sentence_tokens)


def _stopped_short_of(verb: Token) -> Token | None:
    """"stopped short of a formal apology": the apology not made."""
    if verb.lemma_ != "stop":
        return None
    return next((g for c in verb.children if c.lower_ == "short" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ in ("pobj", "pcomp")), None)


def figure_in_a_clause_between(cue: Token, obj: Token) -> set[int]:
    """"put the number of dead since the revolt began last April at about 15,000", "put the number of dead
    aboard the ferry at 3,134": the parser hangs the figure on the clause or the phrase between the object
    and it; that clause or phrase and the figure are both the cue's."""
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in cue.children):
        return set()
    for between in (c for c in cue.children if c.dep_ in ("advcl", "prep") and c.i > obj.i):
        last = next((t for t in between.subtree if t.dep_ == "prep" and t.lower_ == "at"
                     and t.right_edge.i == between.right_edge.i), None)
        if last is not None and any(g.dep_ == "pobj" and g.like_num for g in last.children):
            return {t.i for t in between.subtree}
    return set()


def _figure_put_at(number: Token, cue: Token) -> bool:
    """"put the death toll at 36": the figure a toll is put at, though the tagger may take "at 36" for a
    time; a year ("at 1990") is not one."""
    return number.dep_ == "pobj" and number.head.head == cue and number.text.isdigit() and len(number.text) <= 3


def _inside_a_word(hyphen: Token) -> bool:
    """"Nord-Ost", "Rolls-Royce": a hyphen with no space on either side joins a name, not a dateline to a
    sentence ("SEOUL - North Korea")."""
    before = hyphen.doc[hyphen.i - 1] if hyphen.i > 0 else None
    return hyphen.text == "-" and before is not None and not before.whitespace_ and not hyphen.whitespace_


LISTED_PARTS = {"including", "comprising"}  # the parts a figure is made of, listed after it


def _what_it_is_about(ent: Span) -> bool:
    """"the special prosecutor's report on Tlatelolco", "the inquiry into Hillsborough": what a document or an
    inquiry is about, not who speaks through it."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("on", "into", "about")


STATE_FORCES = {"army", "military", "navy", "police"}  # "the army": a state's, unless a name says whose
RUNNING_WORDS = {"run", "led", "backed", "controlled", "owned", "funded", "linked", "allied", "affiliated"}
RUNNING = re.compile(rf"-(?:{'|'.join(sorted(RUNNING_WORDS))})$")


def _runs_it(ent: Span) -> bool:
    """"Hamas-run", "Saudi-led", "Iranian-backed": a name joined by a hyphen to a word that says it runs, leads
    or backs the noun after it."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in RUNNING_WORDS


def _where_they_are(ent: Span, bodies: set[str]) -> bool:
    """"activists in Odessa": a place the tagger took for an organisation, where the speakers are, not whom
    they speak for ("a spokesman for the ministry", "officials at the Red Cross", "officials in the Interior
    Ministry")."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "near", "outside") and not any(
        t.lemma_.lower() in bodies for t in ent)
