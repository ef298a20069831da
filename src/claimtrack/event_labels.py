"""What an event is called: "the killings were genocide", "it amounted to a war crime", "there was no
genocide in Srebrenica", "the sinking was no accident".

Sources who disagree about a massacre name it in their own words ("the killings", "the massacre", "what
happened in July 1995", or nothing at all, as in "there was no genocide"), but they dispute one thing:
whether the story's event was genocide. A claim that classifies an event is therefore keyed to the event
(`domain.EVENT_KEY`) rather than to its subject's wording, and `conflicts` keeps it within one story."""

from __future__ import annotations

from spacy.tokens import Token

from .nlp.lexicon import load_lexicon

LABELS = frozenset(load_lexicon("predicates")["labels"])
COPULAS = {"be", "remain", "become"}
NAMING_VERBS = {"constitute", "represent"}  # "the killings constituted genocide"
AS_VERBS = {"qualify", "classify", "describe", "regard", "consider", "rule", "declare", "recognise", "recognize",
            "brand", "label", "characterise", "characterize", "define"}  # "was recognised as genocide"
HAPPENING_VERBS = {"commit", "occur", "happen", "take", "perpetrate"}  # "genocide was committed", "took place"
PERSON_WORDS = {"he", "she", "him", "her", "they", "them", "i", "we", "you"}


def label_of(head: Token, subject: Token | None) -> Token | None:
    """The label noun the clause puts its subject (or, with "there was", the story's event) under."""
    lemma = head.lemma_.lower()
    candidates: list[Token] = []
    if lemma in COPULAS or lemma in AS_VERBS:  # "was genocide", "ruled it genocide"
        candidates += [c for c in head.children if c.dep_ in ("attr", "oprd", "acomp")]
    if lemma in NAMING_VERBS:
        candidates += [c for c in head.children if c.dep_ == "dobj"]
    if lemma == "amount" or lemma in AS_VERBS:  # "amounted to genocide", "described as a massacre"
        candidates += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "as")
                       for g in c.children if g.dep_ == "pobj"]
    if subject is not None and lemma in HAPPENING_VERBS:
        candidates.append(subject)  # "no genocide took place": the label is the subject
    candidates += [g for c in candidates for g in c.children if g.dep_ in ("conj", "appos")]  # "a crime but not
    # genocide", "a tragedy, not a genocide"
    return next((c for c in candidates if label_key(c) is not None), None)


def label_key(token: Token) -> str | None:
    """"genocide", "war crime", "crime against humanity", "act of terrorism", or None when the noun
    names no label."""
    words = [token.lemma_.lower()]
    compounds = [c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    if compounds:
        words = [compounds[-1], *words]  # "war crime", "terrorist attack", "ethnic cleansing"
    following = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "against")), None)
    if following is not None:
        pobj = next((g for g in following.children if g.dep_ == "pobj"), None)
        if pobj is not None:  # "crime against humanity", "miscarriage of justice", "act of terrorism"
            phrase = " ".join([*words, following.lower_, pobj.lemma_.lower()])
            if phrase in LABELS:
                return phrase
    for size in (len(words), 1):
        phrase = " ".join(words[-size:])
        if phrase in LABELS:
            return phrase
    return None


def denied_by_determiner(label: Token) -> bool:
    """"there was no genocide", "the sinking was no accident", "a grave crime but not genocide": the label
    itself is denied."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in label.children):
        return True
    before = label.doc[label.left_edge.i - 1] if label.left_edge.i > 0 else None
    return label.dep_ in ("conj", "appos") and (any(c.dep_ == "neg" for c in label.children)
                                                 or (before is not None and before.lower_ == "not"))


def about_a_person(subject: Token | None) -> bool:
    """"he was a murderer" or "she was a suicide" is about someone, not about the story's event."""
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_WORDS)
