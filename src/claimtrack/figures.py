"""The figures of a parsed doc: which numbers count something, read with their bounds ("more than 200",
"between 12,000 and 19,000"), rates ("1,000 barrels a day") and comparisons; which are ages, clock times or
names of things instead ("aged 63", "1 a.m.", "flat 16"); and where a doc's numbers and dates are."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LEMMA, LIKE_NUM, LOWER, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .domain import Quantity
from .nlp.lexicon import load_lexicon
from .nlp.attribution import SUBJECT_DEPS
from .nlp.mentions import doc_text, entity_at
from .normalize import WEEKDAYS, parse_quantity

NOT_COUNTS = {"DATE", "TIME", "ORDINAL"}  # numbers that are years, ages, times or ranks
QUANTITY_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
AGE_WORDS = re.compile(r"\baged\b|\bage of\b|-?\s*years?\s*-?\s*old\b", re.I)
TOLLS = load_lexicon("subjects")["tolls"]  # "the toll rose to 64": a count of the dead
QUANTIFIER_WORDS = {"some", "all", "none", "no", "many", "most", "several", "few", "both", "handful"}
MEASURE_UNITS = set(load_lexicon("subjects")["measure_units"])
MEASURE_NOUNS = set(load_lexicon("subjects")["measure_nouns"])  # "the number", "the figure", "the total"
NATIONWIDE = {"nationwide", "countrywide", "national", "nationally"}
WORLDWIDE_WORDS = {"worldwide", "globally"}
DEATH_NOUNS = {"death", "assassination", "killing", "murder", "execution", "massacre", "slaughter"}  # whose
# death, or how many deaths, a noun names


EXCEED_VERBS = {"exceed", "surpass", "top"}  # "exceeded the 1,640 barrels": more than 1,640
ABOVE_WORDS = {"higher", "more", "greater", "larger", "bigger"}
BELOW_WORDS = {"lower", "fewer", "less", "smaller"}


def compared(number: Token, quantity: Quantity, head: Token) -> Quantity:
    """"The real toll was far higher than the government's figure of 241": more than 241, not 241; and
    "the amount exceeded the 1,640 barrels it had reported": more than 1,640."""
    counted = number.head if number.dep_ == "nummod" else number
    if counted.dep_ == "dobj" and counted.head == head and head.lemma_.lower() in EXCEED_VERBS:
        if quantity.high is None:
            return quantity
        if exceeds_not(head):  # "did not exceed 10,000": at most 10,000
            return Quantity(f"not {head.text} {quantity.text}", quantity.value, None, quantity.high, quantity.unit,
                            approximate=False)
        return Quantity(f"{head.text} {quantity.text}", quantity.value, quantity.high + 1, None, quantity.unit,
                        approximate=False)
    for ancestor in number.ancestors:
        if ancestor == head:
            break
        if ancestor.lower_ == "than" and ancestor.head.lower_ in ABOVE_WORDS | BELOW_WORDS:
            above = ancestor.head.lower_ in ABOVE_WORDS
            if any(c.lower_ in ("no", "not") for c in ancestor.head.children):  # "no higher than 60": at most
                low, high = (None, quantity.high) if above else (quantity.low, None)
                return Quantity(f"no {ancestor.head.text} than {quantity.text}", quantity.value, low, high,
                                quantity.unit, approximate=False)
            bound = quantity.high if above else quantity.low
            if bound is None:
                return quantity
            return Quantity(f"{ancestor.head.text} than {quantity.text}", quantity.value, bound + 1 if above else None,
                            None if above else bound - 1, quantity.unit, approximate=False)  # as "more than 241"
    return quantity


def exceeds_not(head: Token) -> bool:
    """"The number of those who died did not exceed 10,000": a bound, not a denial (as "did not exceed
    expectations" is)."""
    return head.lemma_.lower() in EXCEED_VERBS and any(
        c.dep_ == "neg" or (c.dep_ == "aux" and any(g.dep_ == "neg" for g in c.children)) for c in head.children) \
        and any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in head.children)


def number_at(token: Token) -> Quantity | None:
    """The count a token gives, if any: read once per token of a doc (clauses of several attributions and
    the outlet's own sentences ask about the same tokens)."""
    known = token.doc.user_data.setdefault("claimtrack_numbers", {})
    if token.i not in known:
        known[token.i] = _read_number_at(token)
    return known[token.i]


BOUND_PREPOSITIONS = {"above", "over", "under", "below"}


def _read_number_at(token: Token) -> Quantity | None:
    doc = token.doc
    if token.ent_type_ in NOT_COUNTS and not counted_whatever_its_tag(token):
        return None
    quantifier = token.lower_ in QUANTIFIER_WORDS and (token.pos_ in ("DET", "PRON", "ADJ") or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children))  # "none of the sites", tagged a noun
    if not quantifier and not (token.like_num or token.ent_type_ in QUANTITY_LABELS):
        return None  # nothing to count: no need for the dearer age test
    if not token.like_num and any(c.dep_ == "nummod" and c.like_num for c in token.children):
        return None  # "between 12,000 and 19,000 barrels": its numbers say how many, read from the first
    if _a_fraction_more(token):
        return None  # read with the whole number before it
    if is_age(token) or _pronoun_one(token) or _names_a_thing(token) or _is_clock_time(token) or _a_size(token):
        return None
    if no_one(token):
        return parse_quantity("none")  # "no one had been killed"
    if quantifier:  # "only some" says the others are not; "only a few", "a handful"
        start = min([token.i, *(c.i for c in token.children if c.dep_ in ("advmod", "quantmod", "det")
                                and c.i < token.i and c.lower_ in ("only", "just", "a"))])
        return parse_quantity(doc[start:token.i + 1].text)
    ent = entity_at(token)
    if ent is not None and ent.label_ in QUANTITY_LABELS:
        span = ent
    else:
        span = doc[token.i:token.i + 1]
    start = span.start
    for child in token.children:  # "more than", "nearly", "about"; "Seventy-one", which the parser splits
        if (child.dep_ in ("quantmod", "advmod") or (child.dep_ == "compound" and child.like_num)) and \
                child.i < span.start and child.lower_ not in ADDED_WORDS:  # "another 78": 78 more
            start = min(start, child.left_edge.i)
    if doc[start].lower_ == "than" and start > 0 and doc[start - 1].tag_ in ("JJR", "RBR"):
        start -= 1  # "[no higher] than 60 percent": the parser leaves the comparative out
        if start > 0 and doc[start - 1].lower_ in ("no", "not"):
            start -= 1
    bound = token.head
    if token.dep_ == "pobj" and bound.lower_ in BOUND_PREPOSITIONS and bound.i == start - 1:
        start = bound.i  # "the toll was well above 3,000": the parser makes the bound a preposition
        start = min([start, *(c.i for c in bound.children if c.dep_ == "advmod" and c.i < bound.i)])
    end = span.end
    between = token.head if token.head.lower_ == "between" else next(  # "put it at between 30 and 50"
        (c for c in token.children if c.dep_ == "quantmod" and c.lower_ == "between"), None)
    if token.dep_ == "pobj" and between is not None:  # "between 2,658 and 3,290": one range
        start = min(start, between.i)
        end = max([end, *(c.right_edge.i + 1 for c in token.children if c.dep_ == "conj" and c.like_num)])
    elif token.i >= 3 and doc[token.i - 1].lower_ == "and" and doc[token.i - 2].like_num \
            and doc[token.i - 3].lower_ == "between":  # "between 3,200 and 5,000 people", the first hung elsewhere
        start = token.i - 3
    elif token.i >= 1 and doc[token.i - 1].lower_ == "between" and any(
            c.dep_ == "conj" and c.like_num for c in token.children):  # "lies between 793 and 8,498 deaths",
        upper = next(c for c in token.children if c.dep_ == "conj" and c.like_num)  # "between" hung on the verb
        start, end = token.i - 1, upper.right_edge.i + 1
    elif token.dep_ == "nummod" and any(c.lower_ == "between" for c in token.children) and \
            any(c.lower_ == "and" for c in token.children):  # "between 12,000 and 19,000 barrels", parsed as two
        upper = next((s for s in token.head.children if s.dep_ == "nummod" and s.i > token.i and s.like_num), None) \
            or next((c for c in token.children if c.dep_ == "conj" and c.like_num), None)  # "700 and 800" joined
        if upper is not None:
            start, end = min(start, *(c.i for c in token.children if c.lower_ == "between")), upper.i + 1
    elif ent is None:  # "a million, million and a half": one figure said twice, the second time more
        parts = [c for c in token.children if c.dep_ == "conj" and c.i > token.i and
                 (c.like_num or c.lower_ in FRACTIONS)]
        end = max([end, *(c.right_edge.i + 1 for c in parts)])
    else:  # "One and a half million": the recognizer names "One" alone
        end = max([end, *(c.i + 1 for c in token.children if _a_fraction_more(c))])
    unit = "%" if ent is not None and ent.label_ == "PERCENT" else None
    ranged = _end_of_a_range(doc, start, end)
    if ranged != end and parse_quantity(doc[start:ranged].text, unit) is not None:
        end = ranged  # not "a vote of 86 to 8", which is no range
    text = doc[start:end].text
    quantity = parse_quantity(text, unit)
    period = _rate_period(token)
    if quantity is not None and period is not None:  # 1,000 barrels a day is not a total of 1,000 barrels
        quantity = replace(quantity, unit=f"{quantity.unit or ''} per {period}".strip())
    return quantity


RANGE_WORDS = {"to", "-", "\u2013"}


def _end_of_a_range(doc, start: int, end: int) -> int:
    """Where a figure ends when it opens a range the recognizer split in two: "put the number killed at 3,500
    to 5,500" is 3,500 to 5,500, not 3,500; "rose from 100 to 200" is a change, not a range."""
    if end + 1 >= len(doc) or doc[end].lower_ not in RANGE_WORDS or not doc[end + 1].like_num or \
            (start > 0 and doc[start - 1].lower_ == "from"):
        return end
    upper = entity_at(doc[end + 1])
    return upper.end if upper is not None and upper.start == end + 1 else end + 2


ADDED_WORDS = {"another", "other", "further", "additional"}
FRACTIONS = {"half", "quarter"}
SCALE_WORDS = {"thousand", "million", "billion"}


def _a_fraction_more(token: Token) -> bool:
    """"[One] and a half million": the fraction and the scale of a figure joined to its whole number."""
    return token.dep_ == "conj" and token.lower_ in SCALE_WORDS and token.head.like_num and \
        token.head.i < token.i and any(c.lower_ in FRACTIONS for c in token.children)
RATE_PERIODS = {"second", "minute", "hour", "day", "week", "month", "year"}


def _rate_period(number: Token) -> str | None:
    """The period of a rate: "1,000 barrels a day", "60,000 barrels per day", "2,000 people each week"."""
    counted = number
    while counted.dep_ in ("nummod", "quantmod") and counted.head is not counted:
        counted = counted.head  # "35,000 to 60,000 barrels": the barrels
    verb = counted.head if counted.dep_ in ("nsubj", "nsubjpass", "dobj") else None  # "2,000 crossed each week"
    ranged = [c for c in counted.children if c.dep_ == "conj"]  # "between 35,000 and 60,000 barrels a day"
    for child in [*counted.children, *(g for c in ranged for g in c.children),
                  *(verb.children if verb is not None else ())]:
        if child.dep_ == "npadvmod" and child.lemma_.lower() in RATE_PERIODS and any(
                d.lower_ in ("a", "an", "each", "every", "per") for d in child.children):
            return child.lemma_.lower()
        if child.dep_ == "prep" and child.lower_ in ("per", "a", "each"):
            period = next((g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in RATE_PERIODS), None)
            if period is not None:
                return period.lemma_.lower()
    return None


def no_one(token: Token) -> bool:
    """The "one" of "no one"."""
    return token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ == "no"


def _pronoun_one(token: Token) -> bool:
    """"A larger figure than the one given by officials": "one" standing for a noun, not counting."""
    if token.lower_ != "one":
        return False
    if token.tag_ == "NN" and any(c.dep_ in ("amod", "det") for c in token.children):
        return True  # "the estimate was a conservative one"
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "this", "that", "each", "every", "any", "which")


def _names_a_thing(token: Token) -> bool:
    """"The Boeing 747", "Pan Am flight 103": a number after the noun it goes with names, it does not count."""
    if token.i > 0 and token.doc[token.i - 1].lower_ in NUMBERED_THINGS:
        return True  # "in flat 16", "Gate 3", "cabin 7": the parser may call the noun an adjective
    return token.dep_ == "nummod" and token.head.i < token.i and token.head.tag_ in ("NN", "NNP")


NUMBERED_THINGS = {"flat", "room", "apartment", "gate", "platform", "flight", "unit", "block", "cabin", "deck",
                   "berth", "pier", "terminal", "ward", "bed", "route", "exit", "door", "lane", "track", "coach"}


def counted_whatever_its_tag(token: Token) -> bool:
    """"and 76 remained unaccounted for", "put the death toll at 36", "the toll was 64": a bare number as a
    clause's subject, or as the figure a toll is, is put at or rises to, counts whatever the tagger calls it
    (it may take "76" or "at 36" for a date); a year, "1990", never is one."""
    if not (token.text.isdigit() and len(token.text) <= 3):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be" and any(  # "the death toll was 64"
            c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in TOLLS or c.lemma_.lower() in MEASURE_NOUNS)
            for c in token.head.children):
        return True
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ in ("at", "to") and any(
        c.dep_ in ("dobj", "nsubj") and (c.lemma_.lower() in TOLLS or c.lemma_.lower() in MEASURE_NOUNS)
        for c in preposition.head.children)  # "raised the toll to 21", "the toll rose to 21 this week"


def _is_clock_time(token: Token) -> bool:
    """"shortly after 1 a.m.": an hour, which the tagger does not always call a time."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_.replace(".", "") in ("am", "pm")


def _a_size(token: Token) -> bool:
    """"the eight-storey building", "a 15-metre tsunami": a size of the thing named, not a count."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and token.head.i == token.i + 2 \
        and token.head.dep_ in ("compound", "amod", "nmod") and token.head.head.pos_ in ("NOUN", "PROPN")


def is_age(token: Token) -> bool:
    """"a 13-year-old", "aged 87", "at the age of 13", "he was 87", "died at 83" are ages, not counts."""
    if token.i in _near_age_words(token.doc):
        return True
    head = token.head
    if token.dep_ in ("attr", "acomp") and head.lemma_ == "be":  # "He was 87"
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and (subject.pos_ == "PRON" or subject.ent_type_ == "PERSON")
    return token.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_ in ("die", "retire", "pass")


def _near_age_words(doc: Doc) -> set[int]:
    """Positions of numbers that are ages: "aged 87", "at the age of 13", "a 13-year-old", "87 years old"
    (found once per doc)."""
    cached = doc.user_data.get("claimtrack_age_window")
    if cached is None:
        cached = set()
        text = doc_text(doc)
        lowered = text.lower()  # every match has "aged", "age of", or "year" and "old": else no need to search
        if "aged" not in lowered and "age of" not in lowered and ("year" not in lowered or "old" not in lowered):
            text = ""
        for match in AGE_WORDS.finditer(text):  # rare words: find them in the text, not token by token
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            if match.group(0).lower().startswith("age"):  # "aged 87", "age of 13": the number follows
                cached.update(range(span.end, span.end + 2))
            else:  # "13-year-old", "87 years old": the number comes first
                cached.update(range(span.start - 2, span.start + 1))
        doc.user_data["claimtrack_age_window"] = cached
    return cached


class Positions:
    """Where a doc's numbers, DATE entities, possible place words and "by"s are: read once per doc from the token
    arrays, so that a clause looks at those tokens only instead of reading every one of its tokens."""

    _B = 3  # ENT_IOB of a token that begins an entity ("B")
    _DATE = get_string_id("DATE")
    _TIME = get_string_id("TIME")
    _WEEKDAYS = sorted(get_string_id(day) for day in WEEKDAYS)
    _POBJ = get_string_id("pobj")
    _NATIONWIDE = sorted(get_string_id(word) for word in NATIONWIDE | WORLDWIDE_WORDS)
    _BY = get_string_id("by")
    _COUNTED = sorted(get_string_id(word) for word in (*TOLLS, *MEASURE_UNITS))  # nouns a figure may count
    _DEATHS = sorted(get_string_id(word) for word in DEATH_NOUNS)  # "the assassination of ... on Sept. 14"
    _DOZEN = get_string_id("dozen")  # "about a dozen police posts": a count the tagger does not call a number
    _CLOCKS = sorted(get_string_id(label) for label in ("TIME", "CARDINAL", "EVENT"))  # "00:54" may be an event
    _RELATIVES = sorted(get_string_id(dep) for dep in ("relcl", "acl"))
    # "6:30pm", "22:15": times of day the entity recognizer may leave out
    _CLOCK_SHAPES = sorted(get_string_id(f"{h}:dd{m}") for h in ("d", "dd") for m in ("", "xx", "x.x."))

    def __init__(self, doc: Doc):
        columns = [LIKE_NUM, ENT_IOB, ENT_TYPE, LOWER, DEP, LEMMA, SHAPE]
        table = doc.to_array(columns) if len(doc) else numpy.zeros((0, len(columns)), "uint64")
        self.numbers = set(numpy.flatnonzero(table[:, 0]).tolist())  # like_num
        self.date_starts = numpy.flatnonzero((table[:, 1] == self._B) & ((table[:, 2] == self._DATE) | (
            (table[:, 2] == self._TIME) & numpy.isin(table[:, 3], self._WEEKDAYS)))).tolist()  # "Sunday morning"
        # like_num, "dozen" or in a DATE entity, in order
        self.counts_or_dates = numpy.flatnonzero((table[:, 0] != 0) | (table[:, 2] == self._DATE)
                                                 | (table[:, 3] == self._DOZEN)).tolist()
        self.counts_or_dates_set = set(self.counts_or_dates)
        self.dates = set(numpy.flatnonzero(table[:, 2] == self._DATE).tolist())  # ent_type_ "DATE"
        self.place_words = set(numpy.flatnonzero(numpy.isin(table[:, 3], self._NATIONWIDE)
                                                 | (table[:, 4] == self._POBJ)).tolist())
        self.bys = numpy.flatnonzero(table[:, 3] == self._BY).tolist()  # "by 11 a.m."
        self.counted_nouns = set(numpy.flatnonzero(numpy.isin(table[:, 5], self._COUNTED)).tolist())  # "deaths"
        # where an entity that may be a time of day starts ("6:07 p.m."), in order
        self.clock_starts = numpy.flatnonzero(((table[:, 1] == self._B) & numpy.isin(table[:, 2], self._CLOCKS))
                                              | numpy.isin(table[:, 6], self._CLOCK_SHAPES)).tolist()
        self.relatives = numpy.flatnonzero(numpy.isin(table[:, 4], self._RELATIVES)).tolist()  # relcl and acl heads
        self.death_nouns = numpy.flatnonzero(numpy.isin(table[:, 5], self._DEATHS)).tolist()


def doc_positions(doc: Doc) -> Positions:
    cached = doc.user_data.get("claimtrack_positions")
    if cached is None:
        cached = doc.user_data["claimtrack_positions"] = Positions(doc)
    return cached
