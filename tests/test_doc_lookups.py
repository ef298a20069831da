"""The per-doc lookups that spare the rules a token-by-token scan give what the scan gives."""

import pytest
import spacy

from claimtrack.figures import NATIONWIDE, doc_positions
from claimtrack.nlp.mentions import QUOTE_MARKS, doc_text, quote_marks, quote_pairs, span_ents, span_text
from claimtrack.nlp.paragraphs import LineBreakSentencizer
from claimtrack.nlp.spans import runs

TEXT = """PARIS \u2014 Nearly 1.28 million people marched nationwide on Thursday, the Interior Ministry said.

"The reform is dead," said Philippe Martinez of the CGT (General Confederation of Labour). "We will
fight it." The union counted 2 million marchers across France, including 400,000 in Paris.
A 13-year-old and a man aged 87 were among them. ``Nobody expected this,'' said one 70-year-old.
"""


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def naive_quote_pairs(doc):
    pairs, open_at = [], None
    for token in doc:
        if token.text in {"\u201c", "``"} or (token.text == '"' and open_at is None):
            open_at = token.i
        elif token.text in {"\u201d", "''", '"'} and open_at is not None:
            pairs.append((open_at, token.i))
            open_at = None
        if "\n\n" in token.whitespace_ + (token.text if token.is_space else ""):
            open_at = None
    return pairs


def test_texts_and_entities_of_spans_are_spacys(doc):
    assert doc_text(doc) == doc.text
    for start in range(len(doc)):
        for end in (start, start + 1, start + 3, start + 12, len(doc)):
            span = doc[start:end]
            assert span_text(span) == span.text
            assert span_ents(span) == list(span.ents)


def test_quote_marks_and_pairs_are_those_of_a_token_scan(doc):
    assert quote_marks(doc) == [t.i for t in doc if t.text in QUOTE_MARKS]
    assert quote_pairs(doc) == naive_quote_pairs(doc)


def test_number_date_and_place_positions_are_those_of_a_token_scan(doc):
    found = doc_positions(doc)
    assert found.numbers == {t.i for t in doc if t.like_num}
    assert found.date_starts == [t.i for t in doc if t.ent_iob_ == "B" and t.ent_type_ == "DATE"]
    assert found.dates == {t.i for t in doc if t.ent_type_ == "DATE"}
    assert found.counts_or_dates == [t.i for t in doc if t.like_num or t.ent_type_ == "DATE"]
    assert found.place_words == {t.i for t in doc if t.lower_ in NATIONWIDE or t.dep_ == "pobj"}


def test_runs_are_contiguous_and_trimmed(doc):
    assert [t.text for t in doc[:10]] == ["PARIS", "\u2014", "Nearly", "1.28", "million", "people", "marched",
                                         "nationwide", "on", "Thursday"]
    assert [s.text for s in runs(doc, {1, 3, 4, 6, 9})] == ["1.28 million", "marched", "Thursday"]  # "\u2014" trimmed
    assert runs(doc, []) == []


@pytest.mark.parametrize("text", [
    "TOKYO \u2014 Human remains were returned.\nThe families said so.",
    "Title line\nBody text here.  \n\n  Indented - dash\r\nNext\tline\n",
    "A VERY LONG DATELINE THAT RUNS ON \u2014 not a dateline.\n\nNEW YORK -- Second.",
    "", "\n", "word",
])
def test_line_breaks_end_sentences(text):
    nlp = spacy.blank("en")
    doc = LineBreakSentencizer(nlp)(nlp.make_doc(text))
    starts = {t.i for t in doc if t.is_sent_start}
    expected = set()
    for token in doc[:-1]:
        if "\n" in token.text:
            if not doc[token.i + 1].is_space or token.is_space:
                expected.add(token.i + 1)
    assert expected <= starts
    if text.startswith("TOKYO"):
        assert doc[2].is_sent_start  # after the dateline's dash
    if text.startswith("A VERY LONG"):
        assert not doc[8].is_sent_start  # more than five words before the dash: no dateline


def test_a_dateline_ends_at_its_dash_not_at_the_hyphen_of_a_number():
    nlp = spacy.blank("en")
    doc = LineBreakSentencizer(nlp)(nlp.make_doc(
        "CHRISTCHURCH, New Zealand (Reuters) - Forty-nine people were killed on Friday."))
    assert [t.text for t in doc[1:] if t.is_sent_start is True] == ["Forty"]
    doc = LineBreakSentencizer(nlp)(nlp.make_doc(
        "LA LAGUNA, Canary Islands, March 29 \u2014 The number of people killed rose to 577 today."))
    assert [t.text for t in doc[1:] if t.is_sent_start is True] == ["The"]
