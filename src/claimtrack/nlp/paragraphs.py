"""The `claimtrack_line_breaks` component: a line break ends a sentence.

News text puts titles, datelines, header lines and list items on lines of their own, without a full
stop; left to the parser they run into the next sentence and produce sources like "2024-03-02 The
organisers". Runs before the parser, which keeps the sentence starts it is given."""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .mentions import doc_text


DASHES = {"\u2014", "\u2013", "-", "--"}
DATELINE_WORDS = 8  # "LA LAGUNA, Canary Islands, March 29 -"
CITY_WORDS = 4  # "SAN JUAN", not "A VERY LONG LINE THAT RUNS ON"
_DASH_IDS = sorted(get_string_id(dash) for dash in DASHES)


class LineBreakSentencizer:
    def __init__(self, nlp: Language, name: str = "claimtrack_line_breaks"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        breaks = self._line_break_tokens(doc)
        parsed = doc.has_annotation("DEP")  # the setter refuses sentence starts then: let it say so
        self._split_datelines(doc, breaks, parsed)
        for i in breaks:
            if i == len(doc) - 1:
                break
            token = doc[i]
            if "\n" in token.text_with_ws and not token.text_with_ws.endswith(" "):
                nxt = doc[token.i + 1]
                if not nxt.is_space:
                    _start_sentence(nxt, parsed)
            if token.is_space and "\n" in token.text:
                nxt = doc[token.i + 1]
                _start_sentence(nxt, parsed)
        return doc

    @staticmethod
    def _line_break_tokens(doc: Doc) -> list[int]:
        """Positions of the tokens with a line break in their text or trailing whitespace, in order: found
        from the line breaks in the doc's text, so that the other tokens are never read."""
        starts = doc.to_array(IDX).tolist()
        text = doc_text(doc)
        found: list[int] = []
        at = text.find("\n")
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if not found or found[-1] != i:
                found.append(i)
            at = text.find("\n", at + 1)
        return found

    @staticmethod
    def _split_datelines(doc: Doc, breaks: list[int], parsed: bool) -> None:
        """"TOKYO — Human remains ...": the dateline is not part of the first sentence."""
        # Only whitespace tokens, dashes and tokens with a line break change anything below.
        table = doc.to_array([IS_SPACE, ORTH])
        spaces = numpy.flatnonzero(table[:, 0]).tolist()
        dashes = numpy.flatnonzero(numpy.isin(table[:, 1], _DASH_IDS)).tolist()
        line_start = 0
        for i in sorted(set(spaces) | set(dashes) | set(breaks)):
            token = doc[i]
            if token.i == line_start and token.is_space:
                line_start += 1
                continue
            # a dash, or a spaced hyphen ("(Reuters) - Forty-nine people"), not the hyphen of "Forty-nine"
            if token.text in DASHES and token.i > line_start and token.i + 1 < len(doc) and \
                    (token.text != "-" or doc[token.i - 1].whitespace_):
                words = []
                for word in (doc[j] for j in range(line_start, token.i)):
                    if not word.is_punct:
                        words.append(word)
                        if len(words) > DATELINE_WORDS:
                            break  # a line that runs on before the dash is no dateline
                if words and len(words) <= DATELINE_WORDS and _is_dateline(doc[line_start:token.i]):
                    _start_sentence(doc[token.i + 1], parsed)
            if "\n" in token.text_with_ws:
                line_start = token.i + 1


def _is_dateline(span) -> bool:
    """"TOKYO", "SEOUL/TOKYO", "SAN JUAN, Puerto Rico", "BEIJING, June 7": a city in capitals, maybe its
    region or the date after a comma."""
    comma = next((t.i for t in span if t.text == ","), span.end)
    city = [t for t in span.doc[span.start:comma] if not t.is_punct]
    region = [t for t in span.doc[comma:span.end] if not t.is_punct]
    # the region may be a date instead: "BEIJING, June 7"
    return 0 < len(city) <= CITY_WORDS and all(t.is_upper for t in city) and all(t.is_upper or t.is_title or t.is_digit
                                                                                for t in region)


def _start_sentence(token: Token, parsed: bool) -> None:
    """`token.is_sent_start = True`, skipped when it already is: each setting scans the whole doc."""
    if parsed or token.is_sent_start is not True:
        token.is_sent_start = True


@Language.factory("claimtrack_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer(nlp, name)
