"""Who a mention refers to, within one article: short names to the full name used earlier ("Koizumi"
-> "Junichiro Koizumi"), pronouns to the nearest fitting earlier mention, acronyms to their long form."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them", "it", "we", "its", "their"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
ACRONYM = re.compile(r"([A-Z][\w'\u2019.-]*(?:\s+(?:of|for|the|and|on|by|to|in|[A-Z][\w'\u2019.-]*))+)\s*\(([A-Z][A-Za-z]{1,9})\)")
TITLES = {"mr", "mrs", "ms", "dr", "prof", "president", "minister", "secretary", "spokesman", "spokeswoman"}
# Words of office a name follows ("Fed Chair Jerome Powell"): never a given name the tagger left out
OFFICES = TITLES | {"chair", "chairman", "chairwoman", "commissioner", "commander", "director", "governor", "mayor",
                    "ambassador", "judge", "justice", "captain", "lieutenant", "sergeant", "officer", "detective",
                    "superintendent", "inspector", "chancellor", "senator", "general", "colonel", "premier", "king",
                    "queen", "prince", "princess", "pope", "sheikh", "lord", "lady", "sir", "dame", "chief", "leader"}
WINDOW = 200  # tokens looked back for an antecedent: about two paragraphs


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc (`doc.sents` and `token.sent` rescan the doc)."""
    cached = doc.user_data.get("claimtrack_sents")
    if cached is None:
        cached = doc.user_data["claimtrack_sents"] = list(doc.sents)
    return cached


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc (`doc.text` joins every token's text on every access)."""
    cached = doc.user_data.get("claimtrack_text")
    if cached is None:
        cached = doc.user_data["claimtrack_text"] = doc.text
    return cached


def span_text(span: Span) -> str:
    """`span.text`, sliced from the doc's text instead of joined token by token."""
    return doc_text(span.doc)[span.start_char:span.end_char] if len(span) else ""


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read once per doc (it builds new spans on every access)."""
    cached = doc.user_data.get("claimtrack_ents")
    if cached is None:
        cached = doc.user_data["claimtrack_ents"] = doc.ents
        doc.user_data["claimtrack_ent_starts"] = [ent.start for ent in cached]
    return cached


def span_ents(span: Span) -> list[Span]:
    """`span.ents` from the doc's entities read once: those that start in the span, up to the first one
    that runs past its end."""
    ents = doc_ents(span.doc)
    found = []
    for ent in ents[bisect_left(span.doc.user_data["claimtrack_ent_starts"], span.start):]:
        if ent.end > span.end:
            break
        found.append(ent)
    return found


def sentence_of(token: Token) -> Span:
    sents = sentences(token.doc)
    starts = token.doc.user_data.get("claimtrack_sent_starts")
    if starts is None:
        starts = token.doc.user_data["claimtrack_sent_starts"] = [s.start for s in sents]
    return sents[bisect_right(starts, token.i) - 1]


OPENING = {"\u201c", "``"}
CLOSING = {"\u201d", "''"}
STRAIGHT = {'"'}
QUOTE_MARKS = OPENING | CLOSING | STRAIGHT
_QUOTE_IDS = sorted(get_string_id(mark) for mark in QUOTE_MARKS)


def inside(token: Token, top: Token, deps: set[str]) -> bool:
    """Is the token in a phrase of one of these dependencies, on its way up to `top`?"""
    for ancestor in (token, *token.ancestors):
        if ancestor == top:
            return False
        if ancestor.dep_ in deps:
            return True
    return False


def quote_marks(doc: Doc) -> list[int]:
    """Positions of the doc's quote-mark tokens, in order, found once per doc from the token array (no
    token objects)."""
    cached = doc.user_data.get("claimtrack_quote_marks")
    if cached is None:
        cached = doc.user_data["claimtrack_quote_marks"] = \
            numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), _QUOTE_IDS)).tolist() if len(doc) else []
    return cached


def quote_pairs(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) token positions of the doc's quotations; straight quotes alternate.
    An unbalanced quote pairs with nothing rather than shifting every pair after it."""
    cached = doc.user_data.get("claimtrack_quotes")
    if cached is not None:
        return cached
    pairs, open_at = [], None
    # Only quote marks and whitespace tokens (a paragraph break) change anything: the rest are not read.
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if len(doc) else []
    for i in sorted(quote_marks(doc) + spaces):
        token = doc[i]
        text = token.text
        if text in OPENING or (text in STRAIGHT and open_at is None):
            open_at = token.i
        elif (text in CLOSING or text in STRAIGHT) and open_at is not None:
            pairs.append((open_at, token.i))
            open_at = None
        if "\n\n" in token.whitespace_ + (token.text if token.is_space else ""):
            open_at = None  # a new paragraph without a closing mark: the quote ended unmarked
    doc.user_data["claimtrack_quotes"] = pairs
    return pairs


def entity_at(token: Token) -> Span | None:
    """The named entity a token belongs to, read from the token's IOB tags (no scan of doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def acronyms(doc: Doc) -> dict[str, str]:
    """"Association of Families of Victims Kidnapped by North Korea (AFVKN)" defines AFVKN."""
    text = doc_text(doc)
    if "(" not in text:
        return {}  # no acronym defined without a bracket: no need to run the pattern over the text
    return {m.group(2): re.sub(r"^the\s+", "", m.group(1), flags=re.I) for m in ACRONYM.finditer(text)}


def persons_before(doc: Doc, index: int) -> list[Span]:
    persons = doc.user_data.get("claimtrack_persons")
    if persons is None:
        persons = doc.user_data["claimtrack_persons"] = [ent for ent in doc_ents(doc) if ent.label_ == "PERSON"]
    return [ent for ent in persons if ent.end <= index]


def full_person_name(doc: Doc, ent: Span) -> str:
    """The longest earlier (or same) person mention that contains this one's words: "Koizumi",
    "Mr. Koizumi" -> "Junichiro Koizumi"; failing that a later one (a story may name "Megumi" before
    "Megumi Yokota"); the mention itself when nobody fits."""
    known = doc.user_data.setdefault("claimtrack_full_names", {})  # found once per mention of a doc
    if (ent.start, ent.end) in known:
        return known[ent.start, ent.end]
    words = {t.lower_ for t in ent if t.lower_.strip(".") not in TITLES and t.is_alpha}
    own = best = _clean_name(ent)
    if words:  # no words, nobody fits
        names = doc.user_data.setdefault("claimtrack_person_words", {})
        everyone = persons_before(doc, len(doc))
        for mentions in ([other for other in everyone if other.end <= ent.end], everyone):
            for other in mentions:
                if other.start not in names:
                    names[other.start] = ({t.lower_ for t in other if t.is_alpha}, _clean_name(other))
                other_words, other_name = names[other.start]
                if words <= other_words and _name_size(other_name) > _name_size(best):
                    best = other_name
            if best != own:
                break  # an earlier mention fits: later ones are not needed
    known[ent.start, ent.end] = best
    return best


def _name_size(name: str) -> tuple[int, int]:
    """Longer in words first: "Chun Doo Hwan" over a headline's "Chun Apologizes"."""
    return len(name.split()), len(name)


def _clean_name(ent: Span) -> str:
    tokens = [t for t in ent if t.lower_.strip(".") not in TITLES and t.tag_ != "POS" and t.text not in ("'s", "\u2019s")]
    last = ent[-1]
    if last.dep_ == "compound" and last.head.i == ent.end and last.head.is_title and not last.head.ent_type_:
        tokens.append(last.head)  # "Keith [Still]": a surname the tagger took for a word
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i in range(ent.start, ent.end) and \
            before.pos_ == "PROPN" and before.is_title and not before.ent_type_ and before.lower_.strip(".") not in OFFICES:
        tokens.insert(0, before)  # "[Samira] Haddad": a given name the tagger left out
    return " ".join(t.text for t in tokens) if tokens else ent.text


def person_antecedent(doc: Doc, pronoun: Token, skip: frozenset[int] = frozenset()) -> Span | None:
    """He/she: the subject of the nearest earlier sentence that has a person as subject, else the nearest
    person mentioned. Subjects first, because news keeps talking about whoever the last sentence was about."""
    speaker = _the_speaker_himself(pronoun)
    if speaker is not None and speaker.start not in skip:
        return speaker
    start = max(0, pronoun.i - WINDOW)
    sentence = sentence_of(pronoun)
    candidates = [e for e in persons_before(doc, pronoun.i) if e.start >= start and e.start not in skip
                  and not _subject_of_the_same_verb(e, pronoun)]
    if not candidates:
        return None
    in_sentence = [e for e in candidates if e.start >= sentence.start and _a_subject(e)]
    if in_sentence:
        return in_sentence[-1]
    for sent in reversed([s for s in sentences(doc) if start <= s.start < sentence.start]):
        # the subject, its apposition ("Shigeru Yokota, her father,"), or whose the subject is ("Trump's view")
        subjects = [e for e in candidates if sent.start <= e.start < sent.end and
                    (_a_subject(e) or (e.root.dep_ == "poss" and e.root.head.dep_ in SUBJECT_DEPS))]
        if subjects:
            return subjects[0]
    possessors = {e.start for e in candidates if e.root.dep_ == "poss"}
    plain = [e for e in candidates if e.start not in possessors]
    return (plain or candidates)[-1]


def _a_subject(person: Span) -> bool:
    """The subject, or its apposition: "May's predecessor, David Cameron, described ..."."""
    return person.root.dep_ in SUBJECT_DEPS or (person.root.dep_ == "appos" and person.root.head.dep_ in SUBJECT_DEPS)


def _the_speaker_himself(pronoun: Token) -> Span | None:
    """"Dyer later told the Hunter Committee that he estimated ...": he is whoever tells, when a name does."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ not in ("he", "she"):
        return None
    clause = pronoun.head
    while clause.dep_ == "ccomp" and clause.head != clause:
        clause = clause.head
        teller = clause.head if clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children) else clause
        speaker = next((c for c in teller.children if c.dep_ == "nsubj"), None)  # "... and said he would have"
        if speaker is not None and speaker.pos_ == "PROPN" and speaker.ent_type_ in ("", "PERSON"):
            named = entity_at(speaker)
            if named is not None:
                return named  # "Prime Minister Shinzo Abe told reporters that he ...": Shinzo Abe
            first = min((c.i for c in speaker.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=speaker.i)
            return pronoun.doc[first:speaker.i + 1]
    return None


def _subject_of_the_same_verb(person: Span, pronoun: Token) -> bool:
    """"His press secretary, Sean Spicer, quoted him": an object pronoun is never its own verb's subject."""
    if pronoun.dep_ not in ("dobj", "dative"):
        return False
    root = person.root.head if person.root.dep_ == "appos" else person.root
    return root.dep_ in SUBJECT_DEPS and root.head == pronoun.head


def group_antecedent(doc: Doc, pronoun: Token, skip: frozenset[int] = frozenset()) -> Span | None:
    """They/it: the nearest earlier mention of a body, a place or a group that could speak: a named
    organisation or country, the object of "according to", or a subject noun of the right number
    ("it" is not "1.28 million people"). Tokens in `skip` (what the source is reported to say) are not
    candidates: in "81,000 marched in Paris, it said", "it" is not Paris."""
    singular = pronoun.lower_ in ("it", "its")
    carried = _subject_carried_over(pronoun, singular)
    if carried is not None and carried.root.i not in skip:
        return carried
    for token in reversed(doc[max(0, pronoun.i - WINDOW):pronoun.i]):
        if token.i in skip:
            continue
        ent = entity_at(token)
        if ent is not None and ent.root.i == token.i and ent.label_ in ("ORG", "GPE", "NORP"):
            if _a_spot(token):
                continue  # "near the village of Zaroshchenske, which it said ...": a place, not who said it
            owner = _modified_speaker(token, singular)
            if owner is not None:
                return owner  # "The Chinese Embassy in Manila said ... It denied": the embassy, not Manila
            if not (singular and ent.label_ == "NORP"):  # "13 Japanese" are people: they, not it
                return ent
        according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        if (token.dep_ in SUBJECT_DEPS or according) and token.pos_ in ("NOUN", "PROPN") and token.ent_type_ != "PERSON":
            plural = token.tag_ in ("NNS", "NNPS")
            if singular != plural:
                return doc[token.left_edge.i:token.i + 1]
    return None


def _subject_carried_over(pronoun: Token, singular: bool) -> Span | None:
    """"The commission said it had examined the graves after the Red Army retook the area. It said ...": a
    pronoun opening a sentence, or the subject of its main clause, continues the previous sentence's main
    subject, when that is a body that can speak, not whatever was named last."""
    sentence = sentence_of(pronoun)
    if pronoun.dep_ not in SUBJECT_DEPS or sentence.start == 0:
        return None
    if pronoun.i > sentence.start + 1 and pronoun.head != sentence.root:
        return None  # "In a plan submitted to Congress, it acknowledged ...": the main clause's subject
    previous = sentence_of(pronoun.doc[sentence.start - 1])
    subject = next((c for c in previous.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in ("PERSON", "NORP"):
        return None
    if singular == (subject.tag_ in ("NNS", "NNPS")):
        return None
    ent = entity_at(subject)
    if ent is not None and ent.label_ not in ("ORG", "GPE"):
        return None
    return ent if ent is not None else pronoun.doc[subject.left_edge.i:subject.i + 1]


SPOT_NOUNS = {"village", "town", "hamlet", "district", "area", "field", "site"}


def _a_spot(token: Token) -> bool:
    """A place named as a spot ("near Hrabove", "the village of Zaroshchenske", "the Smolensk area"), which
    cannot speak."""
    if token.dep_ == "compound" and entity_at(token).label_ == "GPE":
        return True  # "the Smolensk area", "the Katyn forest"
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None:
        return False
    return prep.lower_ == "near" or (prep.lower_ == "of" and prep.head.lemma_.lower() in SPOT_NOUNS)


def _modified_speaker(token: Token, singular: bool) -> Span | None:
    """The subject noun a name modifies through a preposition ("the Embassy [in Manila]"), when that noun
    could be what the pronoun stands for."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    noun = token.head.head
    if noun.dep_ not in SUBJECT_DEPS or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "PERSON":
        return None
    if singular == (noun.tag_ in ("NNS", "NNPS")):
        return None
    return noun.doc[noun.left_edge.i:noun.i + 1]


# ------------------------------------------------------------------ relatives

KIN = {"mother": "parent", "father": "parent", "parent": "parent", "daughter": "child", "son": "child",
       "child": "child", "brother": "sibling", "sister": "sibling", "sibling": "sibling", "wife": "spouse",
       "husband": "spouse"}
INVERSE_KIN = {"parent": "child", "child": "parent", "sibling": "sibling", "spouse": "spouse"}


def relative(doc: Doc, kin_noun: Token) -> str | None:
    """"her daughter" -> the person the story names as her daughter: "Sakie Yokota, Megumi's mother" makes
    Megumi the daughter of Sakie Yokota; "his daughter Keiko" makes him Keiko's parent."""
    role = KIN.get(kin_noun.lemma_.lower())
    owner = next((c for c in kin_noun.children if c.dep_ == "poss"), None) if role else None
    if owner is None or any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in kin_noun.children):
        return None  # "her son Takuya" names him already
    owner_name = _person_named(doc, owner)
    if owner_name is None:
        return None
    for named, kin, of in _kinships(doc):
        if kin == role and of == owner_name:
            return named  # "Megumi's younger brother Takuya": Takuya
        if kin == INVERSE_KIN[role] and named == owner_name:
            return of  # "Sakie Yokota, Megumi's mother": Sakie's daughter is Megumi
    return None


def _kinships(doc: Doc) -> list[tuple[str, str, str]]:
    """(person, kin, of whom) for every "X's mother, Y", "Y, X's mother" and "his daughter Keiko"."""
    cached = doc.user_data.get("claimtrack_kinships")
    if cached is not None:
        return cached
    found = []
    for token in doc:
        kin = KIN.get(token.lemma_.lower())
        owner = next((c for c in token.children if c.dep_ == "poss"), None) if kin else None
        if owner is None:
            continue
        named = next((c for c in token.children if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"), None)
        if named is None and token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
            named = token.head
        of, who = _person_named(doc, owner), _person_named(doc, named) if named is not None else None
        if of and who and of != who:
            found.append((who, kin, of))
    doc.user_data["claimtrack_kinships"] = found
    return found


def _person_named(doc: Doc, token: Token) -> str | None:
    """The full name of the person a name or a possessive pronoun stands for."""
    if token.lower_ in PERSON_PRONOUNS:
        antecedent = person_antecedent(doc, token)
        return full_person_name(doc, antecedent) if antecedent is not None else None
    ent = next((e for e in persons_before(doc, len(doc)) if e.start <= token.i < e.end), None)
    return full_person_name(doc, ent) if ent is not None else None
