"""When a clause's event happened: the date and time of day its words give, read from the parse."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .domain import TimeSpan
from .events import EVENT_NOUNS, beaten_record, event_year
from .figures import doc_positions, is_age
from .nlp.mentions import doc_ents, entity_at, inside, sentence_of
from .normalize import WEEKDAYS, clock_by_day_part, find_clock, parse_quantity, parse_time


def sentence_time(head: Token, published: date | None, others: set[int] = frozenset()):
    """The date the clause's sentence gives: a day's event ("when the ministry counted ...") is of that day;
    not the date of another figure in it ("fewer than the 37.8 million who watched in 2009")."""
    sentence = sentence_of(head)
    return clause_time(head.doc, set(range(sentence.start, sentence.end)) - others - _asides(sentence, head),
                       published, head)


def _asides(sentence: Span, head: Token) -> set[int]:
    """The words of participle clauses the claim is not in: "Founded in 2002 as a coalition, the front
    claimed 2 million marchers on June 16" and "adding one to honour a protester who fell on Saturday" tell
    of other events, whose dates are not the figure's."""
    asides = set()
    for verb in sentence:
        if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and head not in verb.subtree \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            asides.update(t.i for t in verb.subtree)
    return asides


def clause_time(doc: Doc, tokens: set[int], published: date | None, head: Token | None = None):
    """The first date in the clause that can be placed, with the time of day the clause gives ("around noon
    on October 2"); a time of day alone has no date ("the gate was opened at 2:52 pm")."""
    day = date_in_clause(doc, tokens, published, head)
    clock = clock_in_clause(doc, tokens)
    if clock is None:
        return day
    if day is None:
        return TimeSpan(clock, None, None, "time")
    return replace(day, text=f"{clock}, {day.text}")


def clock_in_clause(doc: Doc, tokens: set[int]) -> str | None:
    """"at about 2:45 pm", "8.48am": the first time of day said of the clause's event, not one naming
    another thing ("shortly before the 3 pm kick-off")."""
    for i in doc_positions(doc).clock_starts:
        if i not in tokens:
            continue
        ent = entity_at(doc[i]) or doc[i:i + 1]  # "6:30pm", outside any entity
        if ent.root.dep_ in ("compound", "nmod", "amod") or ent.root.head.dep_ in ("compound", "nmod", "amod"):
            continue
        clock = find_clock(doc[max(ent.start - 2, 0):ent.end].text) or \
            clock_by_day_part(doc[max(ent.start - 2, 0):min(ent.end + 6, len(doc))].text)  # "3:27 Monday afternoon"
        if clock is not None:
            return clock
    return None


def date_in_clause(doc: Doc, tokens: set[int], published: date | None, head: Token | None = None):
    """The first date in the clause that can be placed; "the 1970s and 1980s" is read as one range. `head`,
    the clause's verb, tells a record's year from the year of what happened then ("since 1934, when ...")."""
    # the first tokens of DATE entities (ent_iob_ "B"), in order
    dates = [e for e in (entity_at(doc[i]) for i in doc_positions(doc).date_starts if i in tokens)
             if not is_age(e.root) and not (len(e) == 1 and e.text in ("march", "may"))  # "the march's peak"
             and not _record_since(e, head)]
    top = next((doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i), None) \
        if len(dates) > 1 else None
    if top is not None:  # "the building that collapsed last week was arrested on Sunday": Sunday
        described = [e for e in dates if inside(e.root, top, {"relcl", "acl", "appos"})]
        dates = [e for e in dates if e not in described] + described
    for i, ent in enumerate(dates):
        end = ent.end
        if i + 1 < len(dates) and dates[i + 1].start >= ent.end and all(
                t.lower_ in ("and", "to", "-", "\u2013", "through") for t in doc[ent.end:dates[i + 1].start]):
            end = dates[i + 1].end
        elif i + 1 < len(dates) and _weekday_then_date(ent, dates[i + 1]):
            end = dates[i + 1].end  # "on Saturday, 12 August": the day the weekday is, not the last Saturday
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ in OPENING_WORDS \
            and _told_then(ent, head) is None else ent.start
        text = doc[start:end].text  # "since June 9" keeps its "since": a running total; "between ... and ..." a
        # span; "by Saturday" everything up to then
        if ent.start > 1 and doc[ent.start - 2].lower_ == "by" and doc[ent.start - 1].lower_ in PARTS_OF_DAY:
            text = f"by {doc[ent.start:end].text}"  # "by midmorning Saturday"
        parts = text.split(",")  # "April 30, four days after the blast" is April 30; "September 15, 1982,
        time = next((t for t in (parse_time(",".join(parts[:k]), published) for k in range(len(parts), 0, -1))
                     if t is not None), None)  # days before he was due" is September 15, 1982
        if time is not None:
            return _in_the_year_told(doc, ent.start, text, _not_after_the_telling(time, text, head, published),
                                     published)
    return None


def _not_after_the_telling(time: TimeSpan, text: str, head: Token | None, published: date | None) -> TimeSpan:
    """"Bryant had wounded 23 other people on April 28", told in November: the April before, not the next one,
    which the nearest reading of a day without its year would give. A day weeks ahead is a plan, however it is
    told ("the unions announced a second day of strikes on 31 January"); what has held "since" a day or a month
    began before the telling, whatever the tense."""
    if published is not None and time.start is not None and time.start > published and \
            text.lower().startswith("since ") and not FOUR_DIGITS.search(text):
        return _in_year(time, time.start.year - 1)  # "has stood at 64 since December", told in May: last December
    if published is None or head is None or time.start is None or time.start <= published + PLANS_AHEAD or \
            time.precision != "day" or FOUR_DIGITS.search(text) or not _told_as_past(head):
        return time
    return _in_year(time, time.start.year - 1)


PLANS_AHEAD = timedelta(days=60)


def _told_as_past(verb: Token) -> bool:
    """"wounded", "had wounded", "was killed": a past event, not a plan."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _weekday_then_date(weekday: Span, following: Span) -> bool:
    """"Saturday, 12 August": a weekday the tagger split from the date that follows it after a comma."""
    between = weekday.doc[weekday.end:following.start]
    return weekday.text.lower() in WEEKDAYS and len(between) == 1 and between[0].text == ","


def _record_since(date_phrase: Span, head: Token | None) -> bool:
    """"making it the deadliest hurricane since 1928": the year of the record it beats, not of the event."""
    if date_phrase.root.head.lemma_.lower() in EVENT_NOUNS:
        return False  # "since a 2013 oil pipeline explosion": that explosion's own year
    if _told_then(date_phrase, head) is not None:
        return False  # "since 1934, when a quake killed 8,519 people": the year of the killing the clause tells
    return beaten_record(date_phrase.root)


def _told_then(date_phrase: Span, head: Token | None) -> Token | None:
    """The clause "when ..." that tells what happened at this date, if the clause's verb is in it."""
    told = next((child for child in date_phrase.root.children if child.dep_ == "relcl"), None)
    return told if told is not None and head is not None and head in told.subtree else None


OPENING_WORDS = {"since", "between", "by"}  # words before a date that say how it bounds the claim
PARTS_OF_DAY = {"morning", "midmorning", "noon", "midday", "afternoon", "evening", "night", "late", "early"}
ANCHOR_DAYS = 45  # a day named without its year, this close to a full date told before it, is in that date's year
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
MONTH_WORD = re.compile(rf"\b{MONTHS}[a-z]*\.?\s+\d|\b\d{{1,2}}\s+{MONTHS}", re.IGNORECASE)  # "April 25", "25 April"
FOUR_DIGITS = re.compile(r"\b\d{4}\b")


def _in_the_year_told(doc: Doc, start: int, text: str, time: TimeSpan, published: date | None) -> TimeSpan:
    """"The collapse of April 24, 2013 ... cracks that appeared in the walls on April 22": an anniversary
    piece names the event's full date, then its days without the year, which are not days of the year the
    piece appeared in."""
    if published is None or time.precision != "day" or time.start is None or time.start.year != published.year or \
            FOUR_DIGITS.search(text) or not MONTH_WORD.search(text):
        return time
    year = _year_given_to_the_event(doc, start) or _year_of_the_weekday(doc, text, time.start, published) or \
        (_year_remembered(doc, published) if time.start == published else None)
    if year is not None and year < published.year:  # "since the 2015 earthquake ... the 25 April earthquake"
        return _in_year(time, year)
    told = [parse_time(e.text, published) for e in doc_ents(doc) if e.label_ == "DATE" and e.end <= start
            and FOUR_DIGITS.search(e.text) and MONTH_WORD.search(e.text)]
    anchor = next((t for t in reversed(told) if t is not None and t.precision == "day" and t.start is not None), None)
    if anchor is None or anchor.start.year >= published.year:
        return time
    moved = _in_year(time, anchor.start.year)
    return moved if abs((moved.start - anchor.start).days) <= ANCHOR_DAYS else time


def _in_year(day: TimeSpan, year: int) -> TimeSpan:
    """The same day in another year; February 29 stays where it is."""
    try:
        return replace(day, start=day.start.replace(year=year), end=day.end.replace(year=year) if day.end else None)
    except ValueError:
        return day


def _year_given_to_the_event(doc: Doc, start: int) -> int | None:
    """The year the article named an event with before this day names it: "the 2015 earthquake", then "the
    25 April earthquake" (the same event, not an earthquake of the year the piece appeared)."""
    event = next((t.head for t in doc[start:start + 4] if t.dep_ in ("compound", "nmod", "nummod")
                  and t.ent_type_ == "DATE" and t.head.lemma_.lower() in EVENT_NOUNS), None)
    if event is None:
        return None
    years = [event_year(t) for t in doc[:start] if t.lemma_.lower() == event.lemma_.lower()]
    return next((year for year in reversed(years) if year is not None), None)


def _year_of_the_weekday(doc: Doc, text: str, day: date, published: date) -> int | None:
    """"Monday, August 29" in a piece of 2015: August 29 was a Monday in 2005, a year the piece names, not in
    2015. The years the article names come first, then the years before it appeared."""
    weekday = next((WEEKDAYS.index(w) for w in re.findall(r"[a-z]+", text.lower()) if w in WEEKDAYS), None)
    if weekday is None or day.weekday() == weekday:
        return None
    named = [int(t.text) for t in doc if t.ent_type_ == "DATE" and FOUR_DIGITS.fullmatch(t.text)]
    for year in [*named, *range(published.year - 1, published.year - 12, -1)]:
        try:
            if year < published.year and day.replace(year=year).weekday() == weekday:
                return year
        except ValueError:  # February 29
            continue
    return None


YEAR_WORDS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen", "twenty",
              "twenty-five", "thirty", "forty", "fifty")
YEARS_BACK = re.compile(r"\b(\d{1,3}|" + "|".join(YEAR_WORDS) + r")[\s-]+years?\s+(?:ago|on|after|since)\b", re.I)


def _year_remembered(doc: Doc, published: date) -> int | None:
    """"A Year After Zhanaozen ... 14 people died on 16 December", in a piece of 16 December 2012: the day an
    anniversary piece names is the day it remembers, a year (or as many as it says) before it appeared."""
    back = YEARS_BACK.search(doc.text)
    if back is None:
        return None
    return published.year - int(parse_quantity(back.group(1)).value)