"""The `claimtrack_line_breaks` component: a line break ends a sentence.

News text puts titles, datelines, header lines and list items on lines of their own, without a full
stop; left to the parser they run into the next sentence and produce sources like "2024-03-02 The
organisers". Runs before the parser, which keeps the sentence starts it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineBreakSentencizer:
    def __init__(self, nlp: Language, name: str = "claimtrack_line_breaks"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if "\n" in token.text_with_ws and not token.text_with_ws.endswith(" "):
                nxt = doc[token.i + 1]
                if not nxt.is_space:
                    nxt.is_sent_start = True
            if token.is_space and "\n" in token.text:
                nxt = doc[token.i + 1]
                nxt.is_sent_start = True
        return doc


@Language.factory("claimtrack_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer(nlp, name)
