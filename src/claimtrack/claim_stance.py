"""A position a claim takes on something ("opposes the reform", "must be withdrawn", "refused to lift the
sanctions"): who holds it, on what, in which direction, and on what condition."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_scope import COPULAS
from .domain import Stance
from .nlp.attribution import STOPPED_SHORT, SUBJECT_DEPS, AttributionMatch
from .nlp.lexicon import load_lexicon
from .nlp.mentions import entity_at, full_person_name
from .normalize import canonical_source

RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
REFUSAL_VERBS = set(load_lexicon("stances")["refusal_verbs"]) | {STOPPED_SHORT}  # "refused to withdraw the bill"
APPEAL_VERBS = set(load_lexicon("cues")["appeal_verbs"])  # "urged the government not to lift sanctions"
STANCE_ACTIONS = load_lexicon("stances")["actions"]  # "the lifting of sanctions" is not "sanctions"


def stance_of(match: AttributionMatch, head: Token, polarity: str) -> tuple[Stance | None, Token | None]:
    """A position on something: a stance verb ("oppose", "support", "demand"), an obligation to undo or
    to do it ("the reform must be withdrawn", "had to be carried out"), or a need ("was necessary")."""
    lex = load_lexicon("stances")
    outer = head
    inner = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if inner is not None and head.lemma_.lower() not in lex["verbs"]:
        head = inner  # "had to be carried out", "would mobilise to defeat the plan": the inner verb says it
    lemma = head.lemma_.lower()
    target_token = None
    own_position = False  # an obligation or a need is the source's own position
    if outer.dep_ == "xcomp" and outer.head.lemma_.lower() in APPEAL_VERBS:
        # "urged the government not to lift any sanctions": against lifting sanctions
        value = "oppose" if polarity == "negative" else "demand"
        target = outer.doc[outer.i:outer.right_edge.i + 1].text
        return Stance(holder=match.source_name or "", target=target, value=value,
                      condition=_condition(outer, lex)), outer
    if lemma == "press" and any(c.lower_ == "ahead" for c in head.children):
        value = "support"  # "would press ahead with the bill": go on with it
        target_token = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                             for g in c.children if g.dep_ == "pobj"), None)
    elif lemma in lex["verbs"]:
        value = lex["verbs"][lemma]
        target_token = object_of(head) or next((c for c in head.children if c.dep_ == "prep"), None)
    elif _announced(head) and lemma in lex["undo_verbs"] and object_of(head) is not None:
        value = "oppose"  # "the government would withdraw the bill": it means to undo it
        target_token = object_of(head)
    elif match.cue_lemma in REFUSAL_VERBS and lemma in STANCE_ACTIONS:
        value, target_token = "support", head  # negated below: "refused to lift its sanctions" opposes lifting them
    elif match.cue_lemma in REFUSAL_VERBS and lemma in set(lex["undo_verbs"]) | set(lex["do_verbs"]):
        value = "oppose" if lemma in lex["undo_verbs"] else "support"  # negated below: refused to withdraw it
        target_token = object_of(head)
    elif _obliged(head, lex) and lemma in set(lex["undo_verbs"]) | set(lex["do_verbs"]):
        value = "oppose" if lemma in lex["undo_verbs"] else "support"
        target_token = next((c for c in head.children if c.dep_ == "nsubjpass"), None) or object_of(head)
        own_position = True
    elif _predicate_token_text(head) in lex["need_words"]:
        value = "support"
        target_token = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        own_position = True
    else:
        return None, None
    if target_token is None and outer is not head:  # "the reform had to be carried out"
        target_token = next((c for c in outer.children if c.dep_ in SUBJECT_DEPS), None)
    if polarity == "negative":
        value = lex["negated"].get(value, value)
    doc = head.doc
    condition = _condition(head, lex)
    target = doc[target_token.left_edge.i:target_token.right_edge.i + 1].text if target_token is not None else ""
    holder = match.source_name or (match.source.text if match.source is not None else "") if own_position \
        else _stance_holder(match, head)
    return Stance(holder=holder, target=target, value=value, condition=condition), target_token


def _condition(head: Token, lex: dict) -> str | None:
    """The clause a position depends on: "if all abductees are returned", "until the victims come home"."""
    condition = None
    for child in head.children:
        mark = " ".join(m.lower_ for m in child.children if m.dep_ == "mark")
        if child.dep_ == "advcl" and mark in lex["condition_marks"]:
            condition = head.doc[child.left_edge.i:child.right_edge.i + 1].text
    return condition


def _announced(head: Token) -> bool:
    """"would withdraw", "will scrap": what the subject means to do."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in head.children)


def _obliged(head: Token, lex: dict) -> bool:
    """"must be withdrawn", "should stay", "had to be carried out", "needs to be scrapped"."""
    if any(c.dep_ == "aux" and c.lower_ in lex["deontic_modals"] for c in head.children):
        return True
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in lex["deontic_verbs"]


def _predicate_token_text(head: Token) -> str:
    complement = next((c for c in head.children if c.dep_ in ("acomp", "attr")), None)
    if head.lemma_.lower() in COPULAS and complement is not None:
        return complement.lower_
    return head.lower_ if head.tag_ == "VBN" else ""


def _stance_holder(match: AttributionMatch, head: Token) -> str:
    """Whose position it is: the source's own ("they do not oppose"), or the one the source reports
    ("a lawmaker said the association opposes ...")."""
    source = match.source_name or (match.source.text if match.source is not None else "")
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None) or _governing_subject(head)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in RELATIVE_PRONOUNS:
        return source
    if match.source is not None and match.source.start <= subject.i < match.source.end:
        return source  # the position is the source's own: "the association resisted any easing"
    doc = head.doc
    ent = entity_at(subject)
    if ent is not None and ent.label_ == "PERSON":
        return full_person_name(doc, ent)
    return canonical_source(doc[subject.left_edge.i:subject.i + 1].text)


def _governing_subject(head: Token) -> Token | None:
    """The subject of the verb a subjectless clause hangs from: "Japan had no intention of abandoning it"."""
    if head.dep_ not in ("pcomp", "acl", "relcl", "xcomp"):
        return None
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None


def object_of(head: Token) -> Token | None:
    """The object, skipping a relative pronoun the parser took for one ("a policy that they oppose X")."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "xcomp") and c.lower_ not in RELATIVE_PRONOUNS]
    return objects[-1] if objects else None
