"""The names a story is told with: "Bhopal" and "Union Carbide", or "Chernobyl" and "Pripyat".

Two articles can share a country and still be about different things: a toll for the downing of MH17
over eastern Ukraine and one for the Chernobyl accident are not one disputed figure. The proper names an
article repeats (not its countries, which `extract.article_setting` reads, and not its nationalities)
tell its story; `conflicts` compares two articles' names before their claims."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from spacy.tokens import Doc, Token

from .events import EVENT_NOUNS
from .nlp.mentions import sentences, span_text
from .normalize import YEAR_NUMBER, known_entity, names_a_nation, parse_quantity, spelt_now

STORY_NAMES = 16  # the names an article says most, most said first
STORY_YEARS = 3  # and the years it says most
TITLE_WEIGHT = 2  # a name in the headline counts as two mentions
# Capitalised words that name no story: titles ("Lord Robens", "the Queen": Aberfan's and Piper Alpha's
# alike), days, months, the header lines' labels, the words of "the First World War", which many stories
# recall, those of institutions every country has or many stories meet ("the Foreign Ministry", "the High
# Court", "the Army", "the United Nations", "the European Court of Human Rights", "the Interior Ministry", "Islamic
# State"), and the words that begin the names of regions and countries ("Northern Ireland": Omagh's and
# Bloody Sunday's alike; "New Zealand"; "East Timor" and "East Java"; not "the North", a country).
NOT_NAMES = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "king", "queen", "prince", "princess", "duke",
             "president", "prime", "minister", "secretary", "general", "chief",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "outlet", "url", "published", "the", "first", "second", "world", "war",
             "foreign", "ministry", "office", "cabinet", "department", "court", "high", "supreme", "united",
             "nations", "kingdom", "state", "states", "national", "government", "day", "human", "rights",
             "european", "commission", "council", "parliament", "convention", "international", "committee",
             "agency", "interior", "defence", "defense", "justice", "health", "security", "finance", "affairs",
             "army", "navy", "military", "police",
             "northern", "southern", "eastern", "western", "central", "east", "west", "new", "islamic"}


def story_names(doc: Doc, title: str | None = None, published: date | None = None) -> tuple[str, ...]:
    """The proper names the article says most, as "name:times" (lower-cased single words, "bhopal:3"),
    most said first, its headline's counting double, then the years it says most ("1984:2"). A headline
    capitalises every word, so its words count only when the body names them too ("Grenfell", not "Death
    Toll"). The headline is the text's first line, or `title` when the text does not begin with it (a
    Markdown, HTML or JSON Lines article keeps its title apart). "Ten years after the crackdown", in a piece
    of 2015, says 2005 once."""
    body: Counter[str] = Counter()
    headline: Counter[str] = Counter()
    title_apart = bool(title) and not doc.text.lstrip().startswith(title.strip())
    title_end = 0 if title_apart else _first_line_end(doc)  # else the first paragraph would be taken for it
    common = {t.lower_ for t in doc[title_end:] if t.is_lower}  # "the death toll": no name
    speakers = _speakers(doc)
    # A name only ever heard speaking is a voice, not what the story is about: the officials who speak in one
    # story speak in the next. One also named otherwise ("convicted seven Union Carbide officials") counts.
    named_otherwise = {t.lower_ for t in doc if t.i not in speakers}
    for sentence in sentences(doc):
        in_title = sentence.start < title_end
        if not in_title and not span_text(sentence).rstrip().endswith((".", "!", "?", '"', "\u201d", "'")):
            continue  # header lines ("Outlet: ..."), captions
        for token in sentence:
            if token.i in speakers and token.lower_ not in named_otherwise:
                continue
            if (_is_name(token) and token.lower_ not in common) or _a_year(token):
                (headline if token.i < title_end else body)[spelt_now(token.lower_.strip("."))] += 1
    if title_apart:
        headline.update(_title_words(title))
    body.update(_years_looked_back_on(doc.text[doc[title_end].idx if title_end < len(doc) else 0:], published))
    counts = body + Counter({name: TITLE_WEIGHT * times for name, times in headline.items() if name in body})
    names = Counter({name: times for name, times in counts.items() if not name.isdigit()})
    years = Counter({name: times for name, times in counts.items() if name.isdigit()})
    return tuple(f"{name}:{times}" for name, times in names.most_common(STORY_NAMES) + years.most_common(STORY_YEARS))


LOOKING_BACK = re.compile(r"\b([\w-]+) years (?:after|since|ago|on)\b", re.IGNORECASE)  # "Forty years on"


def _years_looked_back_on(text: str, published: date | None) -> list[str]:
    """The years an anniversary piece looks back on without saying them: "Ten years after troops fired on
    protesters", published in 2015, looks back on 2005."""
    if published is None:
        return []
    counts = (parse_quantity(found.group(1)) for found in LOOKING_BACK.finditer(text))  # "Ten", "40"
    back = [count.value for count in counts if count is not None and count.value is not None]
    return [str(published.year - int(years)) for years in back if years == int(years) and 0 < years < 200]


def _title_words(title: str) -> list[str]:
    """A headline's capitalised words and figures as names are kept ("Sewol", "MH17", "Iran's": "iran");
    which of them are names, the body tells, as a headline may capitalise them all."""
    words = re.findall(r"[^\W_]+", re.sub(r"['\u2019]s\b", "", title))
    return [spelt_now(word.lower()) for word in words if word[0].isupper() or word[0].isdigit()]


TELLING_VERBS = {"tell", "inform", "brief", "notify", "advise", "assure"}  # "told Izvestia", "had been told that"


def _speakers(doc: Doc) -> set[int]:
    """The tokens that name a source where it speaks ("Paris prosecutor Francois Molins said ...") and whom
    it tells ("... told Izvestia"), but not a name of the event that tells which group speaks ("Relatives of
    the victims of the Beirut port explosion marched ..., demanding ...": Beirut is what the story is about)."""
    matches = doc._.claimtrack_attributions if doc.has_extension("claimtrack_attributions") else []
    speaking = {t.i for m in matches if m.source is not None for t in m.source if not _naming_an_event(t)}
    return speaking | {t.i for m in matches for t in _told(m.cue.root)}


def _told(cue: Token) -> list[Token]:
    """Whom a source tells what it says: "the investigator told the government newspaper Izvestia" (a voice's
    listener is no more what the story is about than the voice); but "told the Grenfell Tower inquiry" names
    what the inquiry is into."""
    if cue.lemma_.lower() not in TELLING_VERBS:
        return []
    return [t for c in cue.children if c.dep_ in ("dobj", "dative") for t in c.subtree if not _naming_an_event(t)]


def _first_line_end(doc: Doc) -> int:
    """The index of the token that ends the first line; 0 when the text is one line, with no headline."""
    newline = doc.text.find("\n")
    if newline < 0:
        return 0
    return doc.char_span(newline, newline + 1, alignment_mode="expand").start


def _a_year(token: Token) -> bool:
    """"1960", "in 1976": the year a story is told with (Sharpeville's, Soweto's), kept among its names."""
    return token.ent_type_ == "DATE" and bool(YEAR_NUMBER.fullmatch(token.text))


CODE_NAME = re.compile(r"[A-Z]{1,3}\d{2,4}")  # "MH370", "PS752": a flight named by its code, whatever its tag


def _is_name(token: Token) -> bool:
    if not (token.pos_ == "PROPN" or (token.is_title and token.pos_ in ("ADJ", "NOUN") and not token.is_sent_start)
            or CODE_NAME.fullmatch(token.text)):
        return False  # "Bhopal" tagged as an adjective still names the story
    word = token.lower_.strip(".")
    if len(word) < 3 or word in NOT_NAMES or token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.ent_type_ == "NORP" and not (_named_as_a_place(token) or _naming_an_event(token)):
        return False
    return not (names_a_nation(token.text) or known_entity(token.text))


PLACE_PREPOSITIONS = {"in", "of", "at", "from", "to", "near", "around", "outside"}
# What a town's name may name when the tagger takes it for a nationality: "the Andijan crackdown"
UNREST = EVENT_NOUNS | {"crackdown", "uprising", "revolt", "rebellion", "unrest", "violence", "killing", "event",
                        "clash", "riot", "siege", "raid", "tragedy"}
INQUIRIES = {"inquiry", "inquest", "hearing", "tribunal", "trial", "investigation", "probe"}


def _named_as_a_place(token: Token) -> bool:
    """"died in Andijan", "a tour of Andijan", "the Andijan unrest": a town the tagger took for a nationality
    is named where a place is, in the singular ("the deaths of Armenians" names a people)."""
    noun = token.head if token.dep_ == "compound" else token
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPOSITIONS and not token.lower_.endswith("s")


def _naming_an_event(token: Token) -> bool:
    """"the Andijan crackdown", "the Andijan massacre": a town the tagger took for a nationality names an event
    (a nation's name, "the Uzbek crackdown", is no story's name: `_is_name` leaves it out); and "the Grenfell
    Tower inquiry", where it speaks or is told, names what it inquires into."""
    noun = token
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    return noun != token and noun.lemma_.lower() in UNREST | INQUIRIES
