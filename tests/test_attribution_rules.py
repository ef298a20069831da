"""Attribution rules on hand-built parses: each rule is tested without loading a trained model."""

import spacy
from spacy.tokens import Doc

from claimtrack.extract import extract_claims
from claimtrack.nlp.attribution import AttributionFinder


def parse(rows, ents=None):
    """rows: (word, head index, dep, pos, lemma, tag)."""
    nlp = spacy.blank("en")
    words, heads, deps, pos, lemmas, tags = zip(*rows)
    doc = Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
              lemmas=list(lemmas), tags=list(tags), ents=ents)
    return AttributionFinder(nlp)(doc)


def test_content_after_the_cue_without_its_that():
    doc = parse([
        ("North", 1, "compound", "PROPN", "North", "NNP"), ("Korea", 2, "nsubj", "PROPN", "Korea", "NNP"),
        ("maintains", 2, "ROOT", "VERB", "maintain", "VBZ"), ("that", 5, "mark", "SCONJ", "that", "IN"),
        ("eight", 5, "nsubj", "NUM", "eight", "CD"), ("died", 2, "ccomp", "VERB", "die", "VBD"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "I-GPE", "O", "O", "B-CARDINAL", "O", "O"])
    (found,) = doc._.claimtrack_attributions
    assert (found.cue.text, found.source.text, found.source_name) == ("maintains", "North Korea", "North Korea")
    assert [c.text for c in found.content] == ["eight died"]
    assert found.commitment == "assert"
    (claim,) = extract_claims(doc)
    assert (claim.quantity.value, claim.predicate_key, claim.polarity) == (8, "dead", "positive")


def test_split_quote_around_the_cue_with_a_pronoun_source():
    doc = parse([
        ("Iizuka", 1, "nsubj", "PROPN", "Iizuka", "NNP"), ("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ('"', 11, "punct", "PUNCT", '"', "``"), ("Time", 11, "nsubj", "NOUN", "time", "NN"),
        (",", 11, "punct", "PUNCT", ",", ","), ('"', 11, "punct", "PUNCT", '"', "''"),
        ("he", 8, "nsubj", "PRON", "he", "PRP"), ("said", 11, "parataxis", "VERB", "say", "VBD"),
        (",", 8, "punct", "PUNCT", ",", ","), ('"', 11, "punct", "PUNCT", '"', "``"),
        ("is", 11, "ROOT", "AUX", "be", "VBZ"), ("short", 11, "acomp", "ADJ", "short", "JJ"),
        (".", 11, "punct", "PUNCT", ".", "."), ('"', 11, "punct", "PUNCT", '"', "''"),
    ], ents=["B-PERSON"] + ["O"] * 14)
    (found,) = doc._.claimtrack_attributions
    assert found.cue.text == "said"
    assert [c.text for c in found.content] == ["Time", "is short"]
    assert found.source.text == "he" and found.source_name == "Iizuka"
    assert found.confidence < 1.0  # a resolved pronoun is less sure than a name


def test_according_to():
    doc = parse([
        ("The", 1, "det", "DET", "the", "DT"), ("remains", 2, "nsubj", "NOUN", "remains", "NNS"),
        ("are", 2, "ROOT", "AUX", "be", "VBP"), ("not", 2, "neg", "PART", "not", "RB"),
        ("hers", 2, "attr", "PRON", "hers", "PRP"), (",", 2, "punct", "PUNCT", ",", ","),
        ("according", 2, "prep", "VERB", "accord", "VBG"), ("to", 6, "prep", "ADP", "to", "IN"),
        ("Japanese", 9, "amod", "ADJ", "Japanese", "JJ"), ("officials", 7, "pobj", "NOUN", "official", "NNS"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["O"] * 8 + ["B-NORP", "O", "O"])
    (found,) = doc._.claimtrack_attributions
    assert found.cue.text == "according to"
    assert found.source.text == "Japanese officials" and found.source_name == "Japan"
    assert [c.text for c in found.content] == ["The remains are not hers"]
    (claim,) = extract_claims(doc)
    assert claim.polarity == "negative"


def test_a_conjoined_verb_that_disagrees_with_the_content_subject_belongs_to_the_source():
    doc = parse([
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"), ("believes", 1, "ROOT", "VERB", "believe", "VBZ"),
        ("some", 5, "nsubj", "PRON", "some", "DT"), ("may", 5, "aux", "AUX", "may", "MD"),
        ("still", 5, "advmod", "ADV", "still", "RB"), ("be", 1, "ccomp", "AUX", "be", "VB"),
        ("alive", 5, "acomp", "ADJ", "alive", "JJ"), ("and", 5, "cc", "CCONJ", "and", "CC"),
        ("has", 9, "aux", "AUX", "have", "VBZ"), ("pressed", 5, "conj", "VERB", "press", "VBN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE"] + ["O"] * 10)
    (found,) = doc._.claimtrack_attributions
    assert [c.text for c in found.content] == ["some may still be alive"]
    (claim,) = extract_claims(doc)
    assert (claim.commitment, claim.hedge, claim.predicate_key) == ("hedged", "may", "alive")
    assert claim.quantity.text == "some"


def test_a_verb_that_is_not_a_cue_attributes_nothing():
    doc = parse([
        ("Families", 1, "nsubj", "NOUN", "family", "NNS"), ("departed", 1, "ROOT", "VERB", "depart", "VBD"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert doc._.claimtrack_attributions == []
    assert list(doc.spans["claimtrack_cue"]) == []


def test_the_person_a_phrase_is_put_in_other_words_speaks_not_the_one_named_inside_it():
    # "The owner of Rana Plaza, Sohel Rana, said ...", parsed as the model parses it: the building's name
    # tagged as a person, and the owner's name hung on it.
    doc = parse([
        ("The", 1, "det", "DET", "the", "DT"), ("owner", 9, "nsubj", "NOUN", "owner", "NN"),
        ("of", 1, "prep", "ADP", "of", "IN"), ("Rana", 4, "compound", "PROPN", "Rana", "NNP"),
        ("Plaza", 2, "pobj", "PROPN", "Plaza", "NNP"), (",", 4, "punct", "PUNCT", ",", ","),
        ("Sohel", 7, "compound", "PROPN", "Sohel", "NNP"), ("Rana", 4, "appos", "PROPN", "Rana", "NNP"),
        (",", 1, "punct", "PUNCT", ",", ","), ("said", 9, "ROOT", "VERB", "say", "VBD"),
        ("the", 11, "det", "DET", "the", "DT"), ("building", 12, "nsubj", "NOUN", "building", "NN"),
        ("was", 9, "ccomp", "AUX", "be", "VBD"), ("safe", 12, "acomp", "ADJ", "safe", "JJ"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    (found,) = doc._.claimtrack_attributions
    assert found.source_name == "Sohel Rana"
