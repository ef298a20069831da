"""The `claimtrack_line_breaks` component: a line break ends a sentence.

News text puts titles, datelines, header lines and list items on lines of their own, without a full
stop; left to the parser they run into the next sentence and produce sources like "2024-03-02 The
organisers". Runs before the parser, which keeps the sentence starts it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


DASHES = {"\u2014", "\u2013", "-", "--"}


class LineBreakSentencizer:
    def __init__(self, nlp: Language, name: str = "claimtrack_line_breaks"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self._split_datelines(doc)
        for token in doc[:-1]:
            if "\n" in token.text_with_ws and not token.text_with_ws.endswith(" "):
                nxt = doc[token.i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
            if token.is_space and "\n" in token.text:
                nxt = doc[token.i + 1]
                nxt.is_sent_start = True
        return doc


    @staticmethod
    def _split_datelines(doc: Doc) -> None:
        """"TOKYO — Human remains ...": the dateline is not part of the first sentence."""
        line_start = 0
        for token in doc:
            if token.i == line_start and token.is_space:
                line_start += 1
                continue
            if token.text in DASHES and token.i > line_start and token.i + 1 < len(doc):
                words = [t for t in doc[line_start:token.i] if not t.is_punct]
                if words and len(words) <= 4 and all(t.is_upper for t in words):
                    doc[token.i + 1].is_sent_start = True
            if "\n" in token.text_with_ws:
                line_start = token.i + 1


@Language.factory("claimtrack_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer(nlp, name)
