"""Conflict detection rules: which claims can conflict, of what kind, how sure, and why.

Pure functions over stored claims. Two claims are compared only when they share a blocking key (their
subject, and what a rule needs them to have in common besides), and under each key a new claim meets only
the latest claims of the sources heard from most recently (`latest_under_key`): a new article is checked
against the few stored claims that could contradict it, never the whole database, and the cost of checking
it stays the same as the database grows."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from .domain import (CONDITIONAL, EVENT_KEY, EVENT_SCOPE, FIRE_FIRST, FIRST, FLOOR_CUES, NATIONALS_SCOPE, RECORD,
                     WIDER_SCOPES, Claim, Conflict, Quantity, StoredClaim, TimeSpan, hash_id)
from .nlp.lexicon import load_lexicon
from .normalize import (bounds_overlap, clock_minutes, country_of, country_of_people, name_words, names_a_nation,
                        parse_quantity, spelt_now, state_of, states_exclude)

BASE_SCORE = {"status": 0.9, "numeric": 0.85, "negation": 0.8, "stance": 0.8, "quantifier": 0.7, "date": 0.6}
HEDGED_FACTOR = 0.7  # a hedged claim ("may still be alive") still conflicts, with less weight
# "All are alive" and "some may be alive" can both hold; "all" and "none" (or "few", or "only some") cannot.
QUANTIFIERS = {"all", "every", "each", "none", "no", "some", "few", "only", "many", "most", "several", "both"}
QUANTIFIER_OPPOSITES = [({"all", "every", "each"}, {"none", "no", "few", "only"}),
                        ({"none", "no"}, {"some", "several", "many", "most", "a few"})]
# "five of the 13", "115 people among the 126 on board"
GROUP_SIZE = re.compile(r"\b(?:of|among) (?:the|these|those|its|their) (?:remaining |other )?(\d[\d,]*)\b")
# States a source judges a thing to be in ("phony", "very real"): the same source judging it one way, then
# the other, has changed its account, whenever each was said
JUDGEMENTS = {"fake", "real"}
SAME_DAY_WINDOW = timedelta(days=2)  # an article reports a day's event on that day or the next
# ... or, in a piece written after the day (an estimate, an analysis), within the week before it
RECENT_EVENT_WINDOW = timedelta(days=7)
NEGATIVE_CONDITION = re.compile(r"\b(?:not|never|no|unless|fail|fails)\b|n't", re.IGNORECASE)
CHANGE_SIGN = {"gain": 1, "lose": -1}  # a loss of 13,000 jobs is a change of -13,000
LIVING_ACTIVITIES = frozenset(load_lexicon("predicates")["living_activities"])  # what only the living do
LIGHT_VERBS = frozenset(load_lexicon("predicates")["light_verbs"])  # "have", "show": what is had tells
FUNCTION_WORDS = {"the", "and", "any", "its", "their", "his", "her", "our", "that", "this", "those", "these",
                  "not", "never", "been", "had", "has", "have", "was", "were", "from", "with", "for", "now"}
OTHER_WORDS = {"other", "another", "else"}
RUNNING_TOTALS = frozenset(load_lexicon("predicates")["running_totals"])  # "the list held 16 names"
RUNNING_TOTAL_WINDOW = timedelta(days=365)
STILL_SOUGHT = {"missing", "unaccounted"}  # counts of those not yet found, which move day by day in a search
RISING_TOLLS = {"dead", "injure", "find"}  # counts that grow in the first weeks after a disaster, as people (and
# bodies) are found
TOLL_RISING_WINDOW = timedelta(days=21)
GROWING_COUNTS = RISING_TOLLS | {"escape", "displace", "detain"}  # counts said to run "since" a day or "so far":
# the dead, and those who have fled, been driven from their homes or been arrested, whose numbers only grow
COUNTED_SO_FAR = RISING_TOLLS | {"rescue", "alive"}  # counts that grow while a rescue goes on, when said to be "so far"
SO_FAR = re.compile(r"\b(?:so|thus) far\b|\bto date\b|\bup to now\b|\buntil now\b|\bas of\b"
                    r"|\bby (?:the )?(?:morning|afternoon|evening|night|nightfall|midday|noon|dawn|dusk)\b",
                    re.IGNORECASE)  # a count still growing: "so far", "as of Monday", "by the evening"
SINCE = re.compile(r"\bsince\b", re.IGNORECASE)  # "eleven have died since the start of the movement"
# "the toll rose to 279", "bringing the death toll to 21"
RISEN = {"rose", "risen", "rises", "climbed", "climbs", "jumped", "grew", "increased", "bringing", "brought", "brings"}
# "the toll stood at 191 on Friday": the day is when the count stood, which counts everyone up to then
TOLL_LEVELS = RISEN | {"stood", "stands", "stand", "reached", "reaches", "hit", "topped", "tops"}
YEARS_APART = 2  # stories told with years further apart than this may be two stories
SAME_WEEK = 7  # days: articles this close, set in the same countries, are news of one story
MAIN_NAMES = 3  # what a story is about: the first few of the names its article says most (story.py)
PARTS = load_lexicon("subjects")["parts"]  # "civilian" -> "people": a group within a larger one
WHOLES = {whole: {part for part, of in PARTS.items() if of == whole} for whole in set(PARTS.values())}
ONCE_ONLY = {"dead", "abduct", "sink", "happen", "start"}  # what happens once: "the prisoners were killed" in 1940 or in 1941
# What befalls a ship or a plane once in its story: "the ship struck a rock" at 10:30 p.m. or at 9:45 p.m.
ONCE_FOR_A_CRAFT = {"strike", "crash", "collide", "ground"}
CRAFTS = {"ship", "plane", "aircraft", "jet", "airliner", "boat", "submarine"}
FORECAST_CUES = {"estimate", "expect", "forecast", "predict", "project"}
FORECAST_MODALS = {"could", "would", "will", "might"}
FUTURE_MODALS = {"could", "might", "may", "will"}  # "would" reports a plan or a result as often as a forecast
# "30.6 million watched, fewer than the 37.8 million who watched in 2009": a figure given as a bar not reached
FELL_SHORT = re.compile(r"(?:fewer|less|smaller|lower) than\b", re.IGNORECASE)
NAME_PARTICLE = re.compile(r"^[a-z]{1,3}[-'\u2019](?=\w)")  # "al-" of "al-Majid", "d'" of "d'Estaing"
EVENTUAL = re.compile(r"\b(?:eventual(?:ly)?|ultimately)\b", re.IGNORECASE)  # "could eventually die"
# A source restating one figure or position again and again is compared through its latest statements: they
# say what it holds now. And under one key (say, protesters attending) a new claim meets the latest claims
# of the sources heard from most recently, up to MAX_PER_KEY: the coverage running now, not every march
# of past years, so a subject in the news for years costs no more to check than a new one.
MAX_PER_SOURCE = 10
MAX_PER_KEY = 50


def detect(new: Iterable[StoredClaim], candidates: Iterable[StoredClaim]) -> list[Conflict]:
    """Conflicts between each new claim and the candidates and other new claims it shares a blocking key
    with; under each key, only the candidates `latest_under_key` picks are compared."""
    new = list(new)
    new_ids = {stored.id for stored in new}
    blocks = group_by_block(stored for stored in candidates if stored.id not in new_ids)
    return detect_among(new, lambda claim: rivals(picking_keys(claim), blocks))


def detect_among(new: Iterable[StoredClaim], rivals_of: Callable[[StoredClaim], list[StoredClaim]]) -> list[Conflict]:
    """`detect` for a caller that already holds what each new claim is compared with (`rivals_of`, the
    stored claims `latest_under_key` picks for it: `candidates.CandidateIndex.rivals_of`). The new claims,
    one article's, are also compared with each other wherever they share a blocking key."""
    new = list(new)
    by_key: dict[str, list[StoredClaim]] = defaultdict(list)
    for stored in new:
        for key in blocking_keys(stored.claim):
            by_key[key].append(stored)
    found: dict[str, Conflict] = {}
    for claim in new:
        same_article = {other.id: other for key in blocking_keys(claim.claim) for other in by_key[key]}
        for other in [*rivals_of(claim), *same_article.values()]:
            if other.id == claim.id:
                continue
            conflict = compare(claim, other)
            if conflict is not None:
                found[conflict.id] = conflict
    return sorted(found.values(), key=lambda c: (-c.score, c.id))


def blocking_keys(claim: Claim) -> frozenset[str]:
    """The keys under which a claim meets every claim it could conflict with. Each rule compares claims on
    one subject that also share something: the predicate (numeric, quantifier, negation, date), states
    that exclude each other (status: "died" and "alive"), being positions (stance), being a gain or a loss
    (numeric), or a death and what only the living do (date)."""
    keys = _blocking_keys(claim.subject_key, claim.predicate_key, claim.stance is not None, _a_bar_not_reached(claim))
    surname = person_surname(claim)
    if surname is not None:  # "Ratko Mladic" meets "Mladic", said in an article that names only him
        keys |= _blocking_keys(surname, claim.predicate_key, claim.stance is not None)
    return keys


def person_surname(claim: Claim) -> str | None:
    """The surname of a subject keyed by a full name its article repeats ("ratko mladic": mladic), which
    an article that never gives the full name keys by the surname alone."""
    words = name_words(claim.subject_key)
    if not 1 < len(words) <= 4 or words[-1] not in _names_said(claim.story):
        return None
    return words[-1]


def rival_subjects(claim: Claim) -> set[str]:
    """The subject keys a claim's rivals are stored under: its own, the surname its full name may be given
    as elsewhere ("ratko mladic": also "mladic"), and the whole a group is a part of or the parts of a whole
    ("228 men aboard" meets "226 people aboard", whichever was stored first)."""
    keys = {claim.subject_key, person_surname(claim), PARTS.get(claim.subject_key), *WHOLES.get(claim.subject_key, ())}
    return {key for key in keys if key}


def _same_person(a: Claim, b: Claim) -> bool:
    """"ratko mladic" and "mladic", "abdelbaset al-megrahi" and "megrahi": one name, given in full or not.
    "sakie yokota" and "shigeru yokota" are two people."""
    wa, wb = name_words(a.subject_key), name_words(b.subject_key)
    if not wa or not wb or wa[-1] != wb[-1] or person_surname(a) is None and person_surname(b) is None:
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa)


@lru_cache(maxsize=65_536)  # called for every candidate of every article: a few thousand distinct answers
def _blocking_keys(subject: str, predicate: str, is_stance: bool, is_bar: bool = False) -> frozenset[str]:
    if not subject:
        return frozenset()
    keys = {f"{subject}|{predicate}"}
    if is_bar:
        keys.add(f"{subject}|{RECORD}")  # an earlier, higher count meets "the largest ever"
    if subject in PARTS:
        keys.add(f"{PARTS[subject]}|{predicate}")  # civilians killed meet people killed: a part and its whole
    states = {state_of(predicate, polarity) for polarity in ("positive", "negative")} - {None}
    for pair in load_lexicon("predicates")["exclusive"]:
        if states & set(pair):  # either polarity: "none is alive" is read as the negated state
            keys.add(f"{subject}|state:{'/'.join(sorted(pair))}")
    if is_stance:
        keys.add(f"{subject}|stance")
    if predicate in CHANGE_SIGN:
        keys.add(f"{subject}|change")  # a gain and a loss are compared as signed changes
    if predicate.startswith(FIRST):
        keys.add(f"{subject}|{predicate.removeprefix(FIRST)}")  # "first used" (2017) meets "used" (2013)
    if "dead" in states or predicate in LIVING_ACTIVITIES:
        keys.add(f"{subject}|life")  # doing something after the date of one's death
    if predicate.startswith(f"{FIRE_FIRST}:"):
        keys.add(f"{subject}|{FIRE_FIRST}")  # "strikers fired first" meets "police opened fire first"
    return frozenset(keys)


def picking_keys(stored: StoredClaim) -> list[str]:
    """The keys the latest claims are picked under: each blocking key, each blocking key within the name
    the claim's story is first about ("people|dead#setif"), which makes two articles one story, and within the
    year its story is told of ("people|dead@1988"). Under a key many stories share, the latest claims of the
    claim's own story are then compared too, however many other stories spoke since, even when two of its
    articles are first about different names ("Pan Am", "Lockerbie")."""
    keys = sorted(blocking_keys(stored.claim))
    main = _main_and_all(stored.claim.story)[0]
    year = _story_year(stored)
    return keys + ([f"{key}#{main[0]}" for key in keys] if main else []) + (
        [f"{key}@{year}" for key in keys] if year else [])


Blocks = dict[str, dict[str | None, list[StoredClaim]]]  # picking key -> source -> claims, oldest first


def group_by_block(claims: Iterable[StoredClaim]) -> Blocks:
    blocks: Blocks = defaultdict(lambda: defaultdict(list))
    seen: set[str] = set()
    for stored in sorted(claims, key=chronological):
        if stored.id not in seen:
            seen.add(stored.id)
            for key in picking_keys(stored):
                blocks[key][stored.claim.source_name].append(stored)
    return blocks


def rivals(keys: Iterable[str], blocks: Blocks) -> list[StoredClaim]:
    """The claims a claim with these blocking keys is compared with: what `latest_under_key` picks under each."""
    found: dict[str, StoredClaim] = {}
    for key in keys:
        for stored in latest_under_key(blocks.get(key, {})):
            found.setdefault(stored.id, stored)
    return list(found.values())


def latest_under_key(by_source: dict[str | None, list[StoredClaim]]) -> list[StoredClaim]:
    """The sources whose latest claim is newest first, each with its latest MAX_PER_SOURCE claims, until
    MAX_PER_KEY claims. Each source's list is oldest first. Picking again from a subset that holds the
    picked claims picks the same ones, so a caller may narrow the candidates down with it beforehand."""
    return pick_latest(sorted(by_source.values(), key=lambda claims: chronological(claims[-1]), reverse=True))


def pick_latest(newest_sources_first: Iterable[list[StoredClaim]]) -> list[StoredClaim]:
    picked: list[StoredClaim] = []
    for claims in newest_sources_first:
        take = min(MAX_PER_SOURCE, MAX_PER_KEY - len(picked))
        picked.extend(reversed(claims[-take:]))
        if len(picked) >= MAX_PER_KEY:
            break
    return picked


def chronological(stored: StoredClaim) -> tuple:
    """The order claims were made in (undated first): what `latest_under_key` means by latest."""
    return _chronological(stored)


def compare(a: StoredClaim, b: StoredClaim) -> Conflict | None:
    """The first rule that applies to the pair, or None when the claims can both be true."""
    a, b = sorted((a, b), key=_chronological)  # explanations read in the order things were said
    ca, cb = a.claim, b.claim
    same_subject = ca.subject_key == cb.subject_key or _same_person(ca, cb)
    if not ca.subject_key or not (same_subject or PARTS.get(ca.subject_key) == cb.subject_key
                                  or PARTS.get(cb.subject_key) == ca.subject_key):
        return None
    nations_a, nations_b = _nations(ca.subject_text), _nations(cb.subject_text)
    if nations_a and nations_b and not nations_a & nations_b:
        return None  # "649 Argentine soldiers" and "255 British soldiers": two armies, not one disputed count
    if a.article_id == b.article_id and ca.source_name == cb.source_name and not (ca.time and cb.time) \
            and not _said_at_different_times(a, b):
        return None  # one source's figures in one article describe different things unless dated alike
    if a.article_id != b.article_id and not _same_story(ca.setting, ca.story, cb.setting, cb.story,
                                                        (_story_year(a), _story_year(b)), _days_apart(a, b)) \
            and not _one_named_subject(ca, cb):
        return None  # a death toll in Beijing and one in Puerto Rico: two stories, not one disputed figure
    if not same_subject and (_another_event_recalled(ca, cb) or _another_event_recalled(cb, ca)):
        return None  # "the Hillsborough disaster ..., in which 96 fans died", recalled in a story of Bradford, is
        # no part of its toll
    rules = (_status, _numeric, _record, _stance, _quantifier, _negation, _first_to_fire, _date) if same_subject \
        else (_part_exceeds_whole,)
    if CONDITIONAL in (ca.hedge, cb.hedge):
        rules = (_stance,)  # "if established as deliberate, it may be a war crime" asserts no fact; a position may
    for rule in rules:  # civilians and people: only "more of the part than of the whole" can conflict
        result = rule(a, b)
        if result is not None:
            kind, reason = result
            return _conflict(a, b, kind, reason)
    return None


def _another_event_recalled(recalled: Claim, other: Claim) -> bool:
    """Is the claim about an event its words name by a name (not a nation's) its own article is not mainly
    about, and the other's never says? "The Hillsborough disaster four years later, in which 96 Liverpool fans
    died", in an article about the Bradford fire, against "the fire killed 56 people" in one that never names
    Hillsborough."""
    names = _events_named(recalled.text.text)
    if not names:
        return False
    main = _main_and_all(recalled.story)[0]
    return any(name not in main and name not in _names_said(other.story) and not _a_nation(name) for name in names)


@lru_cache(maxsize=4096)
def _a_nation(name: str) -> bool:
    """`normalize.names_a_nation` for a name as stories keep it, in lower case."""
    return names_a_nation(name.title())


_EVENT_NAME = re.compile(r"\b([A-Z][\w'-]+) (?:[a-z]+ )?("  # "the Hillsborough disaster", "the Beirut port blast"
                         + "|".join(sorted(load_lexicon("subjects")["event_nouns"])) + r")\b")


@lru_cache(maxsize=65_536)  # twice for every pair compared
def _events_named(text: str) -> tuple[str, ...]:
    """The names an event is given in a claim's words ("the Hillsborough disaster", "the Beirut port blast")."""
    return tuple(spelt_now(found.group(1).lower()) for found in _EVENT_NAME.finditer(text))


@lru_cache(maxsize=65_536)  # twice for every pair compared
def _nations(subject_text: str) -> frozenset[str]:
    """The nations a group is named by: "British troops" (the United Kingdom), "North Korean agents"."""
    words = re.findall(r"[A-Z][\w'-]*", subject_text)
    names = words + [f"{first} {second}" for first, second in zip(words, words[1:])]
    return frozenset(nation for nation in map(country_of_people, names) if nation)


def _one_named_subject(a: Claim, b: Claim) -> bool:
    """"Putin did not apologize" and "Vladimir Putin apologized for the massacre": claims about one person
    both articles name tie them, whatever else each is about."""
    if not (a.subject_key == b.subject_key or _same_person(a, b)):
        return False
    surname = name_words(a.subject_key)[-1:]
    return bool(surname) and all(surname[0] in _names_said(claim.story) for claim in (a, b))


def _said_at_different_times(a: StoredClaim, b: StoredClaim) -> bool:
    """"In 2016 he dismissed the rate as phony ... in 2017 he called it very real": one article telling how a
    source's account changed, each judgement dated by its sentence."""
    pa, pb = a.claim.period, b.claim.period
    return bool(pa and pb and pa.start and pb.start and pa.end and pb.end and not _periods_overlap(pa, pb))


def _same_story(setting_a: tuple[str, ...], names_a: tuple[str, ...],
               setting_b: tuple[str, ...], names_b: tuple[str, ...],
               years: tuple[str | None, str | None] = (None, None), days_apart: int | None = None) -> bool:
    """Can two articles be about one story? The same name said most in both says so. Else their main
    countries must fit (one's first country among the other's), and each must name what the other is
    mainly about, or one must while both name countries; two that both repeat names but share none are two
    stories even in one country (Grenfell and Tiananmen, both reported from London), as are two told with
    different years (`_story_year`) of which neither names again what the other is about (Sharpeville in
    1960, Soweto in 1976), or names at all what the other is first about (Beslan and the Kursk);
    else both must be set in the same country. A story about Bhopal that recalls
    Chernobyl in passing is still not one about Chernobyl, which never names Bhopal. An article that names
    no country, or repeats no name, can be about anything as far as that test goes, unless it is told of a
    year far from the other's and names nothing the other, which repeats names, is mainly about. News of one
    week (`SAME_WEEK`), first set in one country and each set in the other's countries, is one story."""
    main_a, all_a = _main_and_all(names_a)
    main_b, all_b = _main_and_all(names_b)
    if main_a and main_b and main_a[0] == main_b[0]:
        return True  # "Chernobyl" first in a Kiev story and in one from a conference in Vienna
    if _first_about_places_apart(main_a, all_a, main_b, all_b):
        return False  # a strike in Gdansk and one in Aarhus, whatever unions and councils both name
    if _about_a_name_the_other_says(main_a, all_a, main_b, all_b, setting_a + setting_b):
        return True  # "the Sewol" four times in a piece whose only country is where the ship was bought, and
        # once in one dwelling on South Korea alone
    if setting_a and setting_b and not (setting_a[0] in setting_b or setting_b[0] in setting_a):
        return False  # a death toll in Beijing and one in Puerto Rico
    # each set in the other's country (London and Moscow on one poisoning)
    mutual = bool(setting_a and setting_b and setting_a[0] in setting_b and setting_b[0] in setting_a)
    year_a, year_b = years
    years_apart = bool(year_a and year_b and abs(int(year_a) - int(year_b)) > YEARS_APART)
    if years_apart and mutual and _one_past_year(names_a, names_b, years):
        return True  # the deportations of 1915, recalled in 2005 and in 2015, each piece set in Armenia and Turkey
    if not main_a or not main_b:  # one repeats no name: one country, countries that fit both ways, or a name
        if years_apart and (main_a or main_b) and all_a and all_b and not (set(main_a) & all_b or set(main_b) & all_a) \
                and year_a not in _years_named(names_b) and year_b not in _years_named(names_a):
            return False  # Bloody Sunday in 1972 and the Omagh bombing of 1998, both in Northern Ireland; not a
            # look back in 1999 that names 1989 once
        return setting_a[:1] == setting_b[:1] or mutual or bool(all_a & all_b) or not (all_a and all_b)
    if years_apart:  # what each is about, not "South Africa"'s words
        countries = {word for place in (*setting_a, *setting_b) for word in name_words(place.lower())}
        about_a = [name for name in main_a if name not in countries]
        about_b = [name for name in main_b if name not in countries]
        if about_a and about_b and about_a[0] not in all_b and about_b[0] not in all_a \
                and not set(main_a) & set(main_b) & countries and not _one_place_and_year(names_a, names_b, years):
            return False  # Beslan (2004) and the Kursk (2000), both with Putin: neither names what the other is
            # about; not two pieces on the abductees, years apart, that both dwell on North Korea itself
    if set(main_a) & all_b and set(main_b) & all_a:
        return True
    if mutual and setting_a[0] == setting_b[0] and days_apart is not None and days_apart <= SAME_WEEK:
        return True  # the crash near Tehran and, three days later, Iran's admission: news of one week in one
        # country, each set in the other's countries, whatever names each dwells on
    if not all_a & all_b:
        return False  # Grenfell and Tiananmen, both reported from London, share not one name
    if years_apart:  # Sharpeville (1960) and Soweto
        # (1976), both near Johannesburg; not a report of 1990 and a look back at 1989
        look_back = (year_a in _years_named(names_b) and about_b[0] in all_a) or \
            (year_b in _years_named(names_a) and about_a[0] in all_b) if about_a and about_b else False
        about_a, about_b = set(about_a), set(about_b)
        if about_a and about_b and not (about_a & _repeated_names(names_b) or about_b & _repeated_names(names_a)) \
                and not look_back:
            return False  # neither names again what the other is about; unless one looks back at the other's
            # year and what it is about is named there: Tlatelolco, named once in the news of 1968
    # Countries that fit, and one names what the other is about: once will do when each is set in the other's
    # country ("the 1940 Politburo order" in Warsaw and Moscow), else it must be repeated (not a story about
    # Armenia that names Putin once, against one about the Kuril Islands)
    named_b, named_a = (all_b, all_a) if mutual else (_repeated_names(names_b), _repeated_names(names_a))
    if setting_a and setting_b and (set(main_a) & named_b or set(main_b) & named_a):
        return True
    if mutual and year_a and year_a == year_b and (_year_said_again(names_a) or _year_said_again(names_b)):
        return True  # Paris in 1961, told from Algeria's side and from France's, one of them dwelling on the year
    if _year_said_again(names_a) is not None and _year_said_again(names_a) == _year_said_again(names_b):
        return True  # Rwanda's census of the dead and France's role, both dwelling on 1994
    if year_a and year_b and year_a != year_b and not (set(main_a) & all_b or set(main_b) & all_a) \
            and not _repeated_names(names_a) & _repeated_names(names_b):
        return False  # Lac-Mégantic's rail disaster (2013) and Air India's memorial (2015), both Canadian, share
        # no name either repeats; not a report on Panama of 1990 and a look back of 2020, both repeating Noriega
    return bool(setting_a and setting_b and setting_a[0] == setting_b[0])


def _first_about_places_apart(main_a: tuple[str, ...], all_a: frozenset[str],
                              main_b: tuple[str, ...], all_b: frozenset[str]) -> bool:
    """Two articles each first about a place, the places in two countries, and neither naming the other's:
    the countries an article is set in may be unknown when the recognizer takes its town for part of an
    organisation's name ("the Gdansk Workers' Union"), but the town it repeats most tells it."""
    if not main_a or not main_b or main_a[0] in all_b or main_b[0] in all_a:
        return False
    country_a, country_b = _country_of_name(main_a[0]), _country_of_name(main_b[0])
    return bool(country_a and country_b and country_a != country_b)


def _about_a_name_the_other_says(main_a: tuple[str, ...], all_a: frozenset[str], main_b: tuple[str, ...],
                                 all_b: frozenset[str], countries: tuple[str, ...]) -> bool:
    """Is one article first about a name that is no country's, which the other says too while it dwells on
    nothing but its countries, and do they share another name besides? A piece about the Sewol and one
    about South Korea that names the Sewol, Danwon High School and Chonghaejin Marine tell one story, whatever
    country each names most."""
    country_words = {word for place in countries for word in name_words(place.lower())}
    about_a = [name for name in main_a if name not in country_words]
    about_b = [name for name in main_b if name not in country_words]
    if bool(about_a) == bool(about_b):
        return False
    about, other = (about_a[0], all_b) if about_a else (about_b[0], all_a)
    return about in other and len((all_a & all_b) - country_words) > 1


@lru_cache(maxsize=4096)
def _country_of_name(name: str) -> str | None:
    """The country of a place a story is told with (its names are kept in lower case)."""
    return country_of(name.title())


def _days_apart(a: StoredClaim, b: StoredClaim) -> int | None:
    """Days between two claims' articles, when both are dated."""
    return abs((a.published - b.published).days) if a.published and b.published else None


def _one_place_and_year(names_a: tuple[str, ...], names_b: tuple[str, ...], years: tuple[str | None, str | None]) -> bool:
    """Two articles years apart that both dwell on one name, one of them naming the year the other is told of:
    the Mumbai attacks of 2008 and the execution of one attacker in 2012, which recalls 2008."""
    year_a, year_b = years
    if year_a not in _years_named(names_b) and year_b not in _years_named(names_a):
        return False
    return bool(set(_main_and_all(names_a)[0]) & set(_main_and_all(names_b)[0]))


def _one_past_year(names_a: tuple[str, ...], names_b: tuple[str, ...], years: tuple[str, str]) -> bool:
    """Do two articles told years apart both name one year long before either, the year they look back on?"""
    before = min(int(year) for year in years) - YEARS_APART
    return any(int(year) < before for year in _years_named(names_a) & _years_named(names_b))


@lru_cache(maxsize=16_384)  # called for every pair of claims compared: each article's story once
def _main_and_all(names: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """What a story is mainly about (its first few names said more than once), and every name it says;
    not its years, which `_story_year` reads."""
    said = [(name, times) for name, times in _entries(names) if not name.isdigit()]
    return tuple(name for name, times in said[:MAIN_NAMES] if times > 1), frozenset(name for name, _ in said)


@lru_cache(maxsize=16_384)
def _entries(names: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """A story's "name:times" entries, read."""
    return tuple((name, int(times)) for name, _, times in (entry.rpartition(":") for entry in names))


@lru_cache(maxsize=16_384)
def _years_named(names: tuple[str, ...]) -> frozenset[str]:
    """The years a story's article says, once or more."""
    return frozenset(name for name, _ in _entries(names) if name.isdigit())


def _story_year(stored: StoredClaim) -> str | None:
    """The year a claim's story is told with: the year its article says most, when it says it more than
    once; else, the article telling the news of the day, the year it appeared."""
    year = _year_said_again(stored.claim.story)
    return year or (str(stored.published.year) if stored.published else None)


@lru_cache(maxsize=16_384)
def _year_said_again(names: tuple[str, ...]) -> str | None:
    """The year a story's article says most, if it says it more than once."""
    years = [(name, times) for name, times in _entries(names) if name.isdigit()]
    return years[0][0] if years and years[0][1] > 1 else None


def _chronological(stored: StoredClaim) -> tuple:
    """Order of publication; within one article, the order of the dates its sentences give ("in 2016 he
    called it phony ... in 2017, real"), then of its sentences. Not the claim ids, which follow where the
    article was read from: the same articles read from another folder are compared the same way."""
    period = stored.claim.period
    told = period.start.toordinal() if period is not None and period.start is not None else date.max.toordinal()
    return (stored.published is None, stored.published or 0, told, stored.article_id, stored.claim.text.start,
            stored.id)


def _status(a: StoredClaim, b: StoredClaim):
    state_a, state_b = _state(a), _state(b)
    if not (state_a and state_b and states_exclude(state_a, state_b)):
        return None
    one_life = {state_a, state_b} == {"dead", "alive"} and _names_someone(a.claim) and _names_someone(b.claim)
    if not _same_scope(a, b) and not (_same_source(a, b) and {state_a, state_b} <= JUDGEMENTS) and not (
            one_life and _same_period(a, b)):  # a named person dead, or escaped from her flat, wherever each says
        return None  # hostages released in one city, held in another; dead in one year, alive in a later one
    if not _may_overlap(a, b) or ({state_a, state_b} == {"dead", "alive"} and _two_counts_of_two_groups(a, b)):
        return None  # "five of the 13 are alive" and "eight have died"; "223 escaped" and "17 died": different people
    if a.claim.subject_key == "people" and None in (a.claim.quantity, b.claim.quantity):
        return None  # "people were fleeing" and "about 200 people were killed": some people, not the same ones
    if a.claim.source_name == b.claim.source_name and _both_exact(a, b):
        return None  # one source giving counts for two states describes two groups, not a change
    return "status", f"{_human(state_a)} vs {_human(state_b)}"


def _state(stored: StoredClaim) -> str | None:
    """The state a claim puts its subject in; "no abductee is alive" is the negated state."""
    claim = stored.claim
    polarity = claim.polarity
    if _none_counted(claim):
        polarity = "negative"  # "no abductee is alive"; "none ... alive" is read negated already
    return state_of(claim.predicate_key, polarity)


def _none_counted(claim: Claim) -> bool:
    """"No abductee", "no behaviour on the part of supporters": a count of none says it did not happen."""
    return claim.quantity is not None and claim.quantity.high == 0


def _may_overlap(a: StoredClaim, b: StoredClaim) -> bool:
    """Can two counted groups share members? Two exact counts can both hold when they fit together
    in the group they are drawn from ("five of the 13" alive, "eight" dead)."""
    qa, qb = a.claim.quantity, b.claim.quantity
    exact = [q for q in (qa, qb) if q is not None and q.value is not None and not q.approximate and q.low == q.high]
    if len(exact) < 2:  # "more than 850" is a bound, not an exact count
        # "at least 29 dead" and "172 of the 476 aboard survived": both fit in the group named
        lows = [q.low for q in (qa, qb) if q is not None and q.low is not None]
        groups = [*_group_sizes(a), *_group_sizes(b)]
        return not (len(lows) == 2 and groups and sum(lows) <= max(groups))
    group = max([qa.value, qb.value, *_group_sizes(a), *_group_sizes(b)])
    return qa.value + qb.value > group


def _two_counts_of_two_groups(a: StoredClaim, b: StoredClaim) -> bool:
    """Two figures ("only one", "more than 850"), with no group named that both are drawn from: the living
    counted and the dead counted are different people, unless one count is of all, some or none of them ("all
    43 students had been killed" takes in the six said to have been held alive)."""
    return _a_figure(a.claim.quantity) and _a_figure(b.claim.quantity) and not [*_group_sizes(a), *_group_sizes(b)] \
        and not any(s.claim.subject_text.lower().startswith(("all ", "every ")) for s in (a, b))


def _a_figure(quantity: Quantity | None) -> bool:
    """"138", "only one", "hundreds", "did not exceed 10,000": a number of people; not "some", "all" or
    "only some"."""
    return quantity is not None and (quantity.low is not None or quantity.high is not None) and (
        quantity.value is not None or quantity.text.lower().split()[-1] not in QUANTIFIERS)


def _both_exact(a: StoredClaim, b: StoredClaim) -> bool:
    return all(q is not None and q.value is not None and not q.approximate for q in (a.claim.quantity, b.claim.quantity))


def _group_sizes(stored: StoredClaim) -> list[float]:
    return [float(n.replace(",", "")) for n in GROUP_SIZE.findall(stored.claim.subject_text)]


def _drawn_from_fewer(part: StoredClaim, other: StoredClaim) -> bool:
    """Is a count drawn from a group smaller than the other count ("four of the 31 people found", against 58),
    so that it counts some of them only? "12 of the 17 citizens Japan recognises" is drawn from the whole."""
    low = other.claim.quantity.low
    return low is not None and any(size < low for size in _group_sizes(part))


def _numeric(a: StoredClaim, b: StoredClaim):
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None or a.claim.kind != "count" or b.claim.kind != "count":
        return None
    if "denial" in (a.claim.commitment, b.claim.commitment):
        return None  # denying having said 2,600 is not saying another figure: the negation rule reads it
    if _forecast(a.claim) != _forecast(b.claim):
        return None  # "the revision could be 600,000 to 1 million" then "was 589,000": a forecast missed
    keys_a = (a.claim.predicate_key, a.claim.polarity, qa.unit)
    keys_b = (b.claim.predicate_key, b.claim.polarity, qb.unit)
    changes = {keys_a[0], keys_b[0]} <= set(CHANGE_SIGN)
    if keys_a != keys_b and not (changes and keys_a[1:] == keys_b[1:]):
        return None  # 17 abducted vs 5 returned are different predicates, not different numbers
    if _toll_still_rising(a, b) or _counted_as_it_grew(a, b):
        return None  # two dead on April 29, nine by May 14: the toll of the first weeks, counted as it grew
    if not _same_scope(a, b) or _counted_over_different_spans(a, b):  # deaths in one year vs another; Paris vs
        return _part_exceeds_whole(a, b)  # the whole country, unless Paris alone is given more than the country
    if _running_total_at_two_moments(a, b):
        return None  # "its list held 16 names" (2006), "the list had held 882 names" (2019)
    if _drawn_from_fewer(a, b) or _drawn_from_fewer(b, a):
        return None  # "of the 31 people found in cardiopulmonary arrest, four were confirmed dead", and a toll of 58
    if _one_year_the_other_never_names(a, b) or _one_year_the_other_never_names(b, a):
        return None  # "since 1934, when a quake killed 8,519": not the toll of the story of 2015
    if changes:  # "a gain of 14,000" and "lost 13,000 jobs": +14,000 vs -13,000
        qa, qb = _signed(qa, keys_a[0]), _signed(qb, keys_b[0])
    if a.claim.place != b.claim.place:
        qa, qb = _widened_by_group(qa, a.claim.place), _widened_by_group(qb, b.claim.place)
    if _on_record_within(a.claim, qb) or _on_record_within(b.claim, qa):
        return None  # "documented 44 deaths" and "more than 300 were killed": the 44 are among them
    if bounds_overlap(_as_meant(qa), _as_meant(qb)):
        return None  # "nearly 3,000" and "2,975" agree
    if _worlds_apart(_as_meant(qa), _as_meant(qb)):
        return None  # 19 shot dead at a cemetery and 180,000 dead in an occupation: two events, one story
    return "numeric", f"{_change_text(a)} vs {_change_text(b)}" if changes else f"{qa.text} vs {qb.text}"


def _on_record_within(floor: Claim, other: Quantity) -> bool:
    """Is the claim a count of those on record (`FLOOR_CUES`), which the other figure may take in?"""
    low = floor.quantity.low if floor.quantity.low is not None else floor.quantity.value
    high = other.high if other.high is not None else other.value
    return floor.cue in FLOOR_CUES and low is not None and (high is None or high >= low)


OPEN_BOUND_REACH = 4  # "more than 200" is not said of 10,000, nor "as many as 2,000" of 300


GROUP_COUNTED = re.compile(r"^(with|without) the (\S+) ")  # "without the nine attackers": `claim_scope`


def _group_counted(place: str | None) -> tuple[str, float] | None:
    """A count said to take in or leave out a group of a given size: ("without", 9)."""
    found = GROUP_COUNTED.match(place) if place else None
    size = parse_quantity(found.group(2)) if found else None
    return (found.group(1), size.value) if size is not None and size.value is not None else None


def _widened_by_group(quantity: Quantity, place: str | None) -> Quantity:
    """What a count with or without a group says of the whole toll: "175 with the nine attackers" is 166 to
    175 people, as the count of those killed may or may not take them in; "166 without them", 166 to 175."""
    group = _group_counted(place)
    if group is None:
        return quantity
    way, size = group
    if way == "with":
        return replace(quantity, low=quantity.low - size if quantity.low is not None else None)
    return replace(quantity, high=quantity.high + size if quantity.high is not None else None)


def _as_meant(quantity: Quantity) -> Quantity:
    """A figure with one open bound, as a reader takes it: "more than 200 civilians" says a few hundred,
    not any number above 200; "as many as 2,000" says close to 2,000. So each open side is closed at a
    factor of `OPEN_BOUND_REACH` from the figure given."""
    low, high = quantity.low, quantity.high
    if quantity.value is not None and _round(quantity.value) and quantity.value in (low, high):
        # "the 300,000 killed" and "more than 300,000", "as high as 655,000" and 655,237: a round figure is
        # said of about that many, and so is a bound that is one
        quantity = replace(quantity, low=low * (1 - ROUND_SLACK) if low == quantity.value else low,
                           high=high * (1 + ROUND_SLACK) if high == quantity.value else high)
    if low is not None and high is None and low > 0:  # the reach is from the figure as given
        return replace(quantity, high=low * OPEN_BOUND_REACH)
    if high is not None and low is None and high > 0:
        return replace(quantity, low=high / OPEN_BOUND_REACH)
    return quantity


APART = 30  # disputed figures differ by a factor of ten or fifteen at most (36 or 300, 20,000 or 300,000)


def _worlds_apart(a: Quantity, b: Quantity) -> bool:
    """Figures so far apart that they count different things: each a known number, the larger more than
    `APART` times the smaller."""
    if None in (a.low, a.high, b.low, b.high) or min(a.high, b.high) <= 0:
        return False
    smaller, larger = sorted((a, b), key=lambda q: q.high)
    return larger.low > APART * smaller.high


ROUND_SLACK = 0.005  # half a percent: 300,000 meets "more than 300,000"; 13,000 still differs from 13,100


def _round(value: float) -> bool:
    return value >= 10_000 and value % 1000 == 0


def _record(a: StoredClaim, b: StoredClaim):
    """"This was the largest audience ever" and "30.6 million watched, fewer than the 37.8 million who
    watched in 2009": a count from before the record's time was higher, so no record was set."""
    for record, bar in ((a, b), (b, a)):
        said = record.claim.time.start if record.claim.time is not None else record.published
        when = bar.claim.time
        if record.claim.predicate_key != RECORD or record.claim.polarity != "positive" or not _a_bar_not_reached(
                bar.claim) or when is None or when.end is None or said is None or when.end >= said:
            continue
        return "numeric", f"{record.claim.subject_text} ever vs fewer than the {bar.claim.quantity.text} in {when.text}"
    return None


def _a_bar_not_reached(claim: Claim) -> bool:
    """A figure that another fell short of: the claim is the "fewer than ..." part of its sentence."""
    return claim.quantity is not None and bool(FELL_SHORT.match(claim.evidence[0].claim_text.text))


def _counted_over_different_spans(a: StoredClaim, b: StoredClaim) -> bool:
    """"4,000 cases diagnosed between 1992 and 2002" and "20,000 between 1991 and 2015": two sources'
    counts over two spans of years that overlap but are not the same count different things."""
    pa, pb = a.claim.period, b.claim.period
    if _told_while_counting(a, b) or _told_while_counting(b, a):
        return True
    if not (_several_years(pa) and _several_years(pb)) or _same_source(a, b):
        return False  # a count "in 2002" and one "in 2004" are one count at two moments; one source's
    return (pa.start, pa.end) != (pb.start, pb.end)  # changing span is its timeline, a revision


LONG_SPAN = timedelta(days=60)


def _told_while_counting(early: StoredClaim, total: StoredClaim) -> bool:
    """"At least 25 killed" told on June 17, 1976, and "575 died between June 1976 and February 1977": a
    count told while a long span ran, against the span's total, is a part of it, not a rival figure."""
    span = total.claim.period  # a span said as one ("between June 1976 and February 1977"), not a year or a
    if span is None or span.precision != "range" or span.start is None or span.end is None or \
            span.end - span.start < LONG_SPAN:  # month that only dates an event ("in the 2002 battle")
        return False
    told = _told_span(early)
    return told is not None and told.start is not None and told.end is not None and \
        span.start <= told.start and told.end < span.end and (told.end - told.start) * 10 < span.end - span.start


def _several_years(period: TimeSpan | None) -> bool:
    return period is not None and None not in (period.start, period.end) and \
        period.end - period.start > timedelta(days=366)


def _within(part: StoredClaim, whole: StoredClaim) -> bool:
    inner, outer = _told_span(part), whole.claim.period
    if inner is None or outer is None or None in (inner.start, inner.end, outer.start, outer.end):
        return False
    return outer.start <= inner.start and inner.end <= outer.end


def _told_span(stored: StoredClaim) -> TimeSpan | None:
    """When a claim holds: its period, or else the day its article appeared."""
    if stored.claim.period is not None or stored.published is None:
        return stored.claim.period
    return TimeSpan("", stored.published, stored.published, "day")


def _running_total_at_two_moments(a: StoredClaim, b: StoredClaim) -> bool:
    """Counts of something that changes over time, taken far apart by different sources: each is as of its
    date, or of its article's when it gives none. One source's counts over the years stay a revision, shown
    as its timeline."""
    moments = [_moment(stored) for stored in (a, b)]
    if None in moments:
        return False
    if _cumulative(a.claim) and _cumulative(b.claim):  # "arrested since June 9" in September, then in June
        return _stored_apart(a, b)
    if a.claim.predicate_key in STILL_SOUGHT and not _same_source(a, b):
        return abs(moments[0] - moments[1]) > SAME_DAY_WINDOW  # about 40 missing on Saturday, 29 on Tuesday
    if a.claim.predicate_key not in RUNNING_TOTALS or _same_source(a, b) or _survivors(a) or _survivors(b):
        return False
    return abs(moments[0] - moments[1]) > RUNNING_TOTAL_WINDOW


def _survivors(stored: StoredClaim) -> bool:
    """"Only 62 survived", "137 survivors": those who came out of the disaster alive, a count that does not
    change over the years as the living held by a state do."""
    return stored.claim.predicate_text.lower().startswith("surviv")


def _toll_still_rising(earlier: StoredClaim, later: StoredClaim) -> bool:
    """A toll given without a date of its own, and a higher one a few days or weeks later: each is the
    count as of its day while the dead and injured are still being found. So is a toll said to have risen
    ("rose to 279"), or counted "so far", and a higher one by another speaker, however much later. A lower
    one later, or a higher one months later without such words, is still a dispute."""
    qe, ql = earlier.claim.quantity, later.claim.quantity
    if earlier.claim.predicate_key not in COUNTED_SO_FAR or earlier.published is None or later.published is None:
        return False
    if SO_FAR.search(earlier.claim.text.text) and later.published > earlier.published and ql.low is not None \
            and qe.low is not None and ql.low >= qe.low and not _one_voice(_speaker(earlier), _speaker(later)):
        return True  # "at least 1,000 people had been killed so far" (1982), "30,000 were killed" (2012); "about
        # 1,500 people had been rescued alive so far", then 2,438
    if earlier.claim.predicate_key not in RISING_TOLLS:
        return False  # the rescued are counted once the rescue is over, unless said to be counted "so far"
    if _first_floor(earlier) and later.published > earlier.published and ql.low is not None and ql.low >= qe.low \
            and not _one_voice(_speaker(earlier), _speaker(later)):
        return True  # "killing at least three people" on the night, "thirty-two people died" (2013)
    top = qe.high if qe.high is not None else qe.low  # "rose above 200": at least 200 so far
    if top is None or ql.low is None:
        return False
    # "the toll rose to 279 on Monday", then 1,464; 19 on Sunday, then "had risen to 22": a count still growing.
    # Told the same day, a toll said to have risen is the later count, whichever sentence comes first.
    if later.published == earlier.published and earlier.claim.predicate_text.lower() in RISEN and \
            later.claim.predicate_text.lower() not in RISEN:
        return _toll_still_rising(later, earlier)
    grew = (earlier.claim.predicate_text.lower() in RISEN and later.published > earlier.published) or \
        (later.claim.predicate_text.lower() in RISEN and later.published >= earlier.published)
    if grew and not _one_voice(_speaker(earlier), _speaker(later)):  # the same speaker's is a revision
        return ql.low > top
    if (earlier.claim.period and not _as_of(earlier)) or (later.claim.period and not _as_of(later)) or qe.high is None:
        return False
    if _named(earlier.claim.source_name) and _one_voice(earlier.claim.source_name, later.claim.source_name):
        return False  # Angelo Borrelli's 39 dead, then his 43: his own count revised, shown as its timeline
    return SAME_DAY_WINDOW < later.published - earlier.published <= TOLL_RISING_WINDOW and ql.low > qe.high


def _first_floor(stored: StoredClaim) -> bool:
    """A toll given as a floor ("at least three") while the event was news: reported by the day after the day
    it is dated by. The first count of the dead is as low as it will ever be."""
    quantity, period = stored.claim.quantity, stored.claim.period
    return quantity.low is not None and quantity.high is None and period is not None and period.end is not None \
        and stored.published - period.end <= SAME_DAY_WINDOW


def _counted_as_it_grew(a: StoredClaim, b: StoredClaim) -> bool:
    """"Ten people had died by Christmas 2018" and "eleven have died since the start of the movement" (May
    2019): a count that only grows, said to run up to a moment, and given at two moments, the later no lower.
    So are "270,000 have fled in the two weeks since violence erupted" and "700,000 have fled since August
    2017", a year later."""
    if a.claim.predicate_key not in GROWING_COUNTS or not (_running_count(a) or _running_count(b)):
        return False
    if any(s.claim.time is not None and not _running_count(s) for s in (a, b)):
        return False  # "113 died in Friday's collapse": the toll of that day's event, not a count still running
    moments = [(_moment_counted(s), s.claim.quantity) for s in (a, b)]
    if any(moment is None for moment, _ in moments) or abs(moments[0][0] - moments[1][0]) <= SAME_DAY_WINDOW:
        return False
    (_, first), (_, then) = sorted(moments, key=lambda pair: pair[0])
    low_first = first.low if first.low is not None else first.high
    high_then = then.high if then.high is not None else then.low
    return low_first is not None and high_then is not None and high_then >= low_first


def _running_count(stored: StoredClaim) -> bool:
    """A count said to run up to a moment: "so far", "since the start", "by Christmas"."""
    text = stored.claim.text.text
    return bool(SO_FAR.search(text) or SINCE.search(text) or _counted_by(stored.claim.time))


def _moment_counted(stored: StoredClaim) -> date | None:
    """The day a running count runs up to: the end of its "by" date, else the day it was published."""
    time = stored.claim.time
    return time.end if _counted_by(time) else stored.published


def _named(source: str | None) -> bool:
    """A source named by a proper name of two words or more ("Angelo Borrelli", "Syrian Observatory for
    Human Rights"), who speaks with one voice from article to article; not "Officials" or "Police"."""
    words = (source or "").split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper()


def _speaker(stored: StoredClaim) -> str | None:
    """Who says it: the source, or the outlet in its own voice."""
    return stored.claim.source_name or stored.outlet


def _one_voice(a: str | None, b: str | None) -> bool:
    """"MSF" and "Medecins Sans Frontieres (press release)", "BBC" and "BBC News": one speaker."""
    if not a or not b:
        return False
    words_a, words_b = (re.findall(r"[A-Za-z]+", name) for name in (a, b))
    initials = ("".join(w[0] for w in words_a if w[0].isupper()), "".join(w[0] for w in words_b if w[0].isupper()))
    return a.lower() == b.lower() or a in (initials[1], *words_b) or b in (initials[0], *words_a)


def _stored_apart(a: StoredClaim, b: StoredClaim) -> bool:
    """Published on days far enough apart for a running total to have moved."""
    return a.published is not None and b.published is not None and abs(a.published - b.published) > SAME_DAY_WINDOW


def _cumulative(claim: Claim) -> bool:
    """A count "since" a date: everything up to the day it is given."""
    return claim.time is not None and claim.time.text.lower().startswith("since ")


def _moment(stored: StoredClaim):
    period = _period(stored)
    return period.end if period is not None and period.end is not None else stored.published


def _part_exceeds_whole(a: StoredClaim, b: StoredClaim):
    """At least 1,000 civilians killed in Beijing, and about 300 people killed in all: a part counted above
    its whole. A part (a group within the other's, or a place within the other's unnamed or national one)
    may be smaller than the whole, never larger."""
    for part, whole in ((a, b), (b, a)):
        qp, qw = part.claim.quantity, whole.claim.quantity
        if qp is None or qw is None or not _is_part(part.claim, whole.claim) or part.claim.kind != "count" or \
                whole.claim.kind != "count" or "denial" in (part.claim.commitment, whole.claim.commitment):
            continue
        if (part.claim.predicate_key, part.claim.polarity, qp.unit) != (whole.claim.predicate_key,
                                                                      whole.claim.polarity, qw.unit):
            continue
        if not _same_period(part, whole) or (_counted_over_different_spans(part, whole) and not _within(part, whole)):
            continue  # cases in 1991-2015 are not a part of the cases in 1992-2002
        if _another_year_than_its_story(part, whole) or _another_year_than_its_story(whole, part):
            continue  # "In 1986, 45 people died" is no whole of the 167 men who died in the story of 1988
        if _toll_still_rising(*sorted((part, whole), key=_chronological)):
            continue  # 136 deaths confirmed so far, then 355 patients dead three days later
        if qp.unit is not None:
            continue  # a region's turnout rate may well be above the national one
        if _group_sizes(whole):
            continue  # "four of the 31 people found" is no whole: some of a group, which 56 of the dead may outnumber
        if qp.low is not None and qw.high is not None and qp.low > qw.high:
            where = _where(part.claim.place)
            group = _human(part.claim.subject_key) + where
            return "numeric", f"{qp.text} ({group}) vs {qw.text} in all: a part cannot outnumber its whole"
    return None


def _another_year_than_its_story(dated: StoredClaim, undated: StoredClaim) -> bool:
    """Is one claim dated to years that leave out the year the other's article keeps telling its story of,
    or, when it dwells on none, every year it names and the year it appeared and the one before? "About 120
    killed" on June 10, 1971 is not among the dead of a piece of 1998 that names only 1968 and 1993."""
    period, year = dated.claim.period, _year_said_again(undated.claim.story)
    if period is None or undated.claim.period is not None or not (period.start and period.end):
        return False
    if year is not None:
        return not period.start.year <= int(year) <= period.end.year
    told = {int(y) for y in _years_named(undated.claim.story) if not _said_only_there(y, dated, undated)}
    if undated.published is None:
        return False
    told |= {undated.published.year, undated.published.year - 1}  # news of May 2019 may recall Christmas 2018
    return not any(period.start.year <= y <= period.end.year for y in told)


def _said_only_there(year: str, dated: StoredClaim, undated: StoredClaim) -> bool:
    """Is a year said once in the undated claim's article, and there by the dated claim's own sentence? "Communal
    violence in 2012 killed about 200 people", in a piece of 2017, names 2012 for that toll alone: it is not a
    year the piece's own undated figures are told of."""
    return undated.article_id == dated.article_id and dict(_entries(undated.claim.story)).get(year) == 1 \
        and year in dated.claim.sentence


def _one_year_the_other_never_names(dated: StoredClaim, undated: StoredClaim) -> bool:
    """A count dated within one year (not "in the 1970s and 1980s") that the other's undated count's article
    never names, nor appeared in or the year after (`_another_year_than_its_story`)."""
    period = dated.claim.period
    return period is not None and period.start is not None and period.end is not None \
        and period.start.year == period.end.year and not _the_year_of_its_own_news(dated) \
        and _another_year_than_its_story(dated, undated)


def _the_year_of_its_own_news(dated: StoredClaim) -> bool:
    """Is a count dated to the year its own article is told of, or to one at most `YEARS_APART` before it
    appeared? "The 95 supporters who died as a result of the 1989 stadium crush", at the inquests of 1991, is
    the toll of the story its article tells, not one recalled from another ("the 1993 sinking of the Seohae
    ferry, which killed 292", in a piece of 2015 on the Sewol)."""
    year = dated.claim.period.start.year
    told = _story_year(dated)
    return (told is not None and int(told) == year) or \
        (dated.published is not None and 0 <= dated.published.year - year <= YEARS_APART)


def _where(place: str | None) -> str:
    """" in Paris"; a scope that says its own preposition ("within two weeks of the leak") as it is."""
    if place in (None, "nationwide"):
        return ""
    return f" {place}" if place.split()[0].islower() else f" in {place}"


def _is_part(part: Claim, whole: Claim) -> bool:
    """Is what `part` counts a part of what `whole` counts (and not the same thing)?"""
    subject = part.subject_key == whole.subject_key or PARTS.get(part.subject_key) == whole.subject_key
    narrower_place = part.place not in (None, "nationwide", *WIDER_SCOPES) and whole.place in (None, "nationwide") and \
        not part.place.startswith(EVENT_SCOPE) and _place_within(part.place, whole)  # not another event's toll
    place = _scope_key(part.place) == _scope_key(whole.place) or narrower_place
    return subject and place and (part.subject_key != whole.subject_key or narrower_place)


def _place_within(place: str, whole: Claim) -> bool:
    """Can a place be a part of what a count for no place covers? Paris in a story set in France, or a place
    the whole's article or sentence names; not "the Ottoman Empire" against the Kuril Islands' people. A
    scope in words ("within two weeks of the leak") narrows any count."""
    if place == place.lower() or place.startswith(NATIONALS_SCOPE) or not (whole.setting or whole.story):
        return True  # a scope in words ("within two weeks of the leak", "who were Australians"); not "the West Bank"
    words = _place_words(place)  # a place the whole's article names again, or its sentence names
    named = _repeated_names(whole.story) | {spelt_now(word) for word in name_words(whole.sentence.lower())}
    if words & named:
        return True
    country = country_of(place)
    return country in whole.setting and not _set_in_another_part(country, whole)


def _set_in_another_part(country: str, whole: Claim) -> bool:
    """Does the whole's article keep naming one part of the country ("Kent", "Ohio")? Then its count for no
    place is that part's, and Mississippi, never named there, is no part of it."""
    return any(country_of(name.title()) == country != name.title() for name in _repeated_names(whole.story))


INTENTION = r"\b(?:(?:would|will) (?:not|never)|won['\u2019]t) "  # before the claim's own verb


def _own_intention(claim: Claim) -> bool:
    """What a source says it would or would not do ("he would not resign", said by him): an intention, which
    the deed done or not done later does not contradict. Not a "would not" inside what it tells ("gave no
    assurances that the marbles would not be raised")."""
    return bool(claim.source_name) and claim.subject_key == claim.source_name.lower() and \
        re.search(INTENTION + re.escape(claim.predicate_text), claim.text.text, re.IGNORECASE) is not None


def _forecast(claim: Claim) -> bool:
    """A figure someone expects ("economists had estimated the revision could be ...", "up to 4,000 could
    eventually die", "will cause 93,000 cancers", "the eventual toll"), not one they report."""
    if claim.cue in FORECAST_CUES and claim.hedge in FORECAST_MODALS:
        return True
    if claim.hedge in FUTURE_MODALS and re.search(rf"\b{claim.hedge}\s+(?:\w+ly\s+)?(?!have\b|be\b|been\b)[a-z]+",
                                                   claim.text.text, re.IGNORECASE):
        return True  # "9,000 could die", "will cause": not "may have caused", "may be leaking"
    return bool(EVENTUAL.search(claim.text.text))


def _signed(quantity: Quantity, predicate_key: str) -> Quantity:
    if CHANGE_SIGN[predicate_key] > 0:
        return quantity
    return replace(quantity, value=_negative(quantity.value),
                   low=_negative(quantity.high), high=_negative(quantity.low))  # -13,000 is below -12,000


def _negative(number: float | None) -> float | None:
    return None if number is None else -number


def _change_text(stored: StoredClaim) -> str:
    word = "a gain" if CHANGE_SIGN[stored.claim.predicate_key] > 0 else "a loss"
    return f"{word} of {stored.claim.quantity.text}"


def _stance(a: StoredClaim, b: StoredClaim):
    sa, sb = a.claim.stance, b.claim.stance
    if sa is None or sb is None or sa.value == sb.value:
        return None
    if sa.holder != sb.holder:
        return None  # two holders' positions differ: that is a disagreement, not a contradiction
    if sa.condition and sb.condition and _negative_condition(sa.condition) != _negative_condition(sb.condition):
        return None  # "if they all return we do not oppose it", "if they do not, we demand more": both hold
    return "stance", f"{_human(sa.value)} vs {_human(sb.value)}"


def _negative_condition(condition: str) -> bool:
    return bool(NEGATIVE_CONDITION.search(condition))


def _quantifier(a: StoredClaim, b: StoredClaim):
    qa, qb = a.claim.quantity, b.claim.quantity
    if qa is None or qb is None or a.claim.predicate_key != b.claim.predicate_key:
        return None
    if "stance" in (a.claim.kind, b.claim.kind):
        return None  # "will lift some of the sanctions": a plan, which "no sanctions would be lifted" opposes
    words_a, words_b = _quantifier_word(qa), _quantifier_word(qb)
    for universal, partial in QUANTIFIER_OPPOSITES:
        if (words_a in universal and words_b in partial) or (words_b in universal and words_a in partial):
            return "quantifier", f"{qa.text!r} vs {qb.text!r}"
    return None


def _quantifier_word(quantity: Quantity) -> str:
    """"all", "some", or "only some": "only" says the rest are not."""
    words = quantity.text.lower().split()
    return "only" if words[0] in ("only", "just", "merely") and len(words) > 1 else words[0]


def _negation(a: StoredClaim, b: StoredClaim):
    ca, cb = a.claim, b.claim
    if ca.predicate_key != cb.predicate_key or _stated_polarity(a) == _stated_polarity(b):
        return None
    if "stance" in (ca.kind, cb.kind):
        return None  # "will partly lift sanctions" and a plea not to lift them: a position, not a fact denied
    if ca.quantity is not None and cb.quantity is not None and not bounds_overlap(_as_denied(a), _as_denied(b)) \
            and not (ca.predicate_key == "alive" and (_none_counted(ca) or _none_counted(cb))):
        return None  # "four never entered" and "thirteen entered" are about different people; not "none of the
        # hostage-takers survived" and "three were captured alive": none came out alive, which the three did
    if not _figure_denied_is_the_figure_said(a, b):
        return None
    if not _same_scope(a, b):
        return None
    if ca.predicate_key in LIGHT_VERBS and not _object_words(ca) & _object_words(cb):
        return None  # "Iraq had no weapons" and "Iraq had seven mobile facilities": two different things had
    if _own_intention(ca) != _own_intention(cb):
        return None  # "Sharon told reporters he would not resign", then "Sharon resigned": a mind changed
    denial = ca.commitment == "denial" or cb.commitment == "denial"
    return "negation", "a claim and its denial" if denial else "affirmed vs negated"


DENIED_SLACK = 0.02  # how far from a round figure denied the figure in circulation may be


def _as_denied(stored: StoredClaim) -> Quantity:
    """"3000 people did not die in the two hurricanes": a round figure denied is the figure in circulation
    (2,975), not exactly that many; any other figure is as said."""
    quantity = stored.claim.quantity
    if stored.claim.polarity != "negative" or quantity.value is None or quantity.low != quantity.high \
            or quantity.value < 100 or quantity.value % 100:
        return quantity
    return replace(quantity, low=quantity.value * (1 - DENIED_SLACK), high=quantity.value * (1 + DENIED_SLACK))


def _figure_denied_is_the_figure_said(a: StoredClaim, b: StoredClaim) -> bool:
    """Does a figure denied ("3000 people did not die") meet the other claim's figure, not just its range? "The
    true toll lies between 793 and 8,498" says nothing of 3,000 in particular, and "people have died", with no
    figure, is no claim that 3,000 did."""
    denied, said = (a, b) if _stated_polarity(a) == "negative" else (b, a)
    qd, qs = denied.claim.quantity, said.claim.quantity
    if qd is None or not qd.high:
        return True  # a denial of no figure, or of none at all ("no abductee is alive"), meets any claim
    if qs is None:
        return False
    point = qs.value if qs.value is not None else qs.low if qs.high is None else qs.high if qs.low is None \
        else (qs.low + qs.high) / 2
    return point is None or bounds_overlap(_as_denied(denied), replace(qs, value=point, low=point, high=point))


def _first_to_fire(a: StoredClaim, b: StoredClaim):
    """"Strikers fired first" and "police opened fire first": two sides cannot both have started the shooting."""
    ca, cb = a.claim, b.claim
    prefix = f"{FIRE_FIRST}:"
    if not (ca.predicate_key.startswith(prefix) and cb.predicate_key.startswith(prefix)) or \
            ca.predicate_key == cb.predicate_key or "negative" in (ca.polarity, cb.polarity):
        return None
    return "negation", f"{ca.subject_text} fired first vs {cb.subject_text} fired first"  # the sides as written


def _object_words(claim: Claim) -> set[str]:
    """The first few content words after a light verb ("had no weapons of mass destruction" -> weapons,
    mass, destruction): what is had, shown or given, for lack of a parsed object."""
    words = _words_after_predicate(claim)
    if words is None:
        words = re.findall(r"[a-z]+", claim.text.text.lower())
    content = [w.rstrip("s") for w in words if w not in FUNCTION_WORDS and len(w) > 2]
    return set(content[:3])


def _stated_polarity(stored: StoredClaim) -> str:
    """What the source holds: denying "the issue is resolved" holds it is not, "belonged to other
    people" holds the remains did not belong to the one named, and "no behaviour of the fans contributed"
    holds that the fans' behaviour did not."""
    polarity = stored.claim.polarity
    if polarity == "positive" and (_someone_else(stored.claim) or _none_counted(stored.claim)):
        polarity = "negative"
    if stored.claim.commitment == "denial":
        return "positive" if polarity == "negative" else "negative"
    return polarity


def _someone_else(claim: Claim) -> bool:
    """"belonged to other people", "to someone else": the remains belong to anyone but the one the
    story is about. Only for belonging: "came from other countries" says where, not whose."""
    if claim.predicate_key != "belong":
        return False
    following = (_words_after_predicate(claim) or [])[:3]
    return bool(OTHER_WORDS & set(following))


def _words_after_predicate(claim: Claim) -> list[str] | None:
    """The lower-cased words of the claim after its predicate word; None when the text does not say it."""
    text = claim.text.text.lower()
    at = text.find(claim.predicate_text.lower())
    return re.findall(r"[a-z]+", text[at + len(claim.predicate_text):]) if at >= 0 else None


def _date(a: StoredClaim, b: StoredClaim):
    """One event dated differently ("killed herself in 1993" / "in April 1994"), or a person reported
    doing something after the date given for their death. Counts are left to the numeric rule: deaths
    in one year and deaths in another are different figures, not a date dispute."""
    before = _before_the_first(a, b) or _before_the_first(b, a)
    if before is not None:
        return "date", before
    ta, tb = a.claim.time, b.claim.time
    ca, cb = a.claim, b.claim
    if ta is None or tb is None or ca.quantity is not None or cb.quantity is not None:
        return None
    living = _alive_after_death(ca, cb) or _alive_after_death(cb, ca)
    if living is not None:
        return "date", living
    if ca.source_name != cb.source_name and not (_names_someone(ca) and _names_someone(cb)) and \
            not (_once_only(ca) and _definite(ca) and _definite(cb)) and \
            not ca.subject_key.startswith(FIRST):  # there is one first distress call
        return None  # "a march on Thursday" and "a march on Tuesday" are two marches
    if ca.predicate_key != cb.predicate_key or ca.polarity != cb.polarity:
        return None
    clocks = clock_minutes(ta.text), clock_minutes(tb.text)
    if None not in clocks and not (ta.start and tb.start and not _periods_overlap(ta, tb)):
        (minute_a, slack_a), (minute_b, slack_b) = clocks  # "about 2:45 pm" and "2:52 pm" on one day
        return ("date", f"{ta.text} vs {tb.text}") if abs(minute_a - minute_b) > slack_a + slack_b else None
    if "decade" in (ta.precision, tb.precision) or ta.start is None or tb.start is None:
        return None
    if _periods_overlap(ta, tb):
        return None
    return "date", f"{ta.text} vs {tb.text}"


def _once_only(claim: Claim) -> bool:
    """Does what the claim tells happen only once to its subject (`ONCE_ONLY`, `ONCE_FOR_A_CRAFT`)?"""
    return claim.predicate_key in ONCE_ONLY or (claim.predicate_key in ONCE_FOR_A_CRAFT and claim.subject_key in CRAFTS)


def _before_the_first(first: StoredClaim, other: StoredClaim) -> str | None:
    """"It was the first time such coverings had been used" (said in 2017) and "similar coverings had been
    laid for the 2013 inauguration" cannot both be true: the second dates one before the first."""
    cf, co = first.claim, other.claim
    if not cf.predicate_key.startswith(FIRST) or cf.predicate_key.removeprefix(FIRST) != co.predicate_key:
        return None
    if cf.polarity != "positive" or co.polarity != "positive" or co.time is None or co.time.end is None:
        return None
    since = cf.time.start if cf.time is not None and cf.time.start is not None else first.published
    if since is None or co.time.end >= since:
        return None
    said = cf.time.text if cf.time is not None else f"as of {since.isoformat()}"
    return f"first {cf.predicate_text} {said}, but {co.predicate_text} in {co.time.text}"


def _alive_after_death(death, later) -> str | None:
    """"Megumi died in April 1994" and "Megumi moved in next door in June 1994" cannot both be true."""
    if state_of(death.predicate_key, death.polarity) != "dead" or death.time.end is None:
        return None
    if later.polarity != "positive" or later.predicate_key not in LIVING_ACTIVITIES:
        return None
    if later.time.start is None or later.time.start <= death.time.end or not _names_someone(death):
        return None
    return f"{later.predicate_text} in {later.time.text}, after the death dated {death.time.text}"


def _definite(claim) -> bool:
    """"The prisoners", "its officers": a group the story has already named, not any group."""
    return claim.subject_text.lower().startswith(("the ", "its ", "their ", "his ", "her ")) or _names_someone(claim)


def _names_someone(claim) -> bool:
    """A claim about a named person or body (one event in their life), not about a kind of thing; the name
    may come with a clause of its own ("Heginbotham, who died in 1995,")."""
    words = claim.subject_text.split()
    named = claim.subject_text.split(",")[0].split()
    return any(_a_name(w) for w in words[1:]) or (len(named) == 1 and _a_name(named[0]))


def _a_name(word: str) -> bool:
    """"Megumi", and "al-Majid" or "d'Estaing", whose particle is not capitalised."""
    return NAME_PARTICLE.sub("", word, count=1)[:1].isupper()  # any capital: "Émile", "Łukasz" too


def _same_scope(a: StoredClaim, b: StoredClaim) -> bool:
    """Same place and same period, as far as the claims tell."""
    pa, pb = _scope_key(a.claim.place), _scope_key(b.claim.place)
    if _group_counted(pa) or _group_counted(pb):
        pa, pb = (None if _group_counted(p) else p for p in (pa, pb))  # their bounds are widened instead
    one_named = not (pa and pb)
    once = _once_only(a.claim) and _once_only(b.claim) and a.claim.quantity is None and b.claim.quantity is None
    if not _one_place(pa, pb) and not (one_named and ("nationwide" in (pa, pb) or a.claim.subject_key == EVENT_KEY
                                        or once or _where_both_stories_are(pa or pb, a.claim, b.claim))):
        # Paris vs the country; a figure for Paris vs one that names no place. But "there was no genocide
        # at Srebrenica" is about the story's event, which "the massacre amounted to genocide" names too, and
        # what happens once to its subject happens in one place ("the ferry may have collided with a
        # submarine", "no evidence that the ferry collided with another vessel ... in the Baltic Sea").
        return False
    return _same_period(a, b)


# "in the first days of the rising", "in the first days of the unrest": one stretch of one story's event
_EARLY_STRETCH = re.compile(r"((?:within|in|during) .*?\b(?:hours?|days?|nights?|weeks?|months?|years?)) of .+")


@lru_cache(maxsize=4096)  # twice for every pair compared: a few hundred places
def _scope_key(place: str | None) -> str | None:
    """A scope as it is compared: the first stretch of an event without the event's name, which the
    same story gives in its own words; the dead of one nation, by the nation ("who were Canadians" and "who
    were Canadian citizens"; not "who were Greek Cypriots", some of a nation's people)."""
    if place and place.startswith(NATIONALS_SCOPE):
        words = place.removeprefix(NATIONALS_SCOPE).split()
        if len(words) == 1 or (len(words) == 2 and words[1] in ("citizens", "nationals")):
            nation = country_of_people(words[0])
            return f"{NATIONALS_SCOPE}{nation}" if nation else place
    early = _EARLY_STRETCH.fullmatch(place) if place else None
    return early.group(1) if early else place


@lru_cache(maxsize=4096)
def _one_place(a: str | None, b: str | None) -> bool:
    """"Chhatrapati Shivaji Terminus" and "Chhatrapati Shivaji Terminus railway station": one place when the
    names of one are all in the other's; not two countries, nor "Ireland" and "Northern Ireland"."""
    if a == b:
        return True
    if not a or not b or country_of(a) == a or country_of(b) == b:
        return False
    names_a, names_b = ({w for w in p.split() if w[:1].isupper()} for p in (a, b))
    if names_a and names_a == names_b:
        return True  # "the Cocula rubbish dump" and "the Cocula dump"
    return len(names_a) > 1 and len(names_b) > 1 and (names_a <= names_b or names_b <= names_a)


def _where_both_stories_are(place: str, a: Claim, b: Claim) -> bool:
    """Is the place the one both articles are about, so that naming it narrows nothing? "Oil is gushing from
    a well in the Gulf of Mexico" and a flow that names no place, in two stories about that spill; or "in
    India", where both stories are set. Paris in stories about France is a part of the country, not it."""
    if any(_names_other_parts(place, claim.sentence) for claim in (a, b) if not claim.place):
        return False  # "The storm killed 1,833 people, ... a figure that includes deaths in Louisiana, Mississippi,
        # Florida": a count for no place that names other parts of the country covers more than Louisiana
    if place in a.setting[:1] and place in b.setting[:1]:
        return True
    if place == place.lower() or place.split()[-1].islower():
        return False  # a scope in words ("of the soldiers killed in jenin") narrows, whatever names it holds,
        # as does a building ("Al Noor mosque"), however often both stories name it
    words = _place_words(place)  # a short piece that repeats no name is about the names it says
    return all(words & (_repeated_names(claim.story) or _names_said(claim.story)) for claim in (a, b))


_CAPITALISED = re.compile(r"(?=\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?))")  # each name of one or two words


@lru_cache(maxsize=16_384)
def _names_other_parts(place: str, sentence: str) -> bool:
    """Does the sentence name a place, other than this one, within this place's country (not the country)?"""
    country = country_of(place)
    if not country or country == place:
        return False
    words = _place_words(place)
    return any(country_of(name) == country != name and not _place_words(name) & words
               for name in _CAPITALISED.findall(sentence))


def _place_words(place: str) -> set[str]:
    """The words of a place's name as a story's names are kept: "Kwangju" -> {"gwangju"}."""
    return {spelt_now(word) for word in name_words(place.lower())} - {"of", "the"}


@lru_cache(maxsize=16_384)
def _repeated_names(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name for name, times in _entries(names) if times > 1)


@lru_cache(maxsize=16_384)
def _names_said(names: tuple[str, ...]) -> frozenset[str]:
    """The names of a story's "name:times" entries, however often said."""
    return frozenset(name for name, _ in _entries(names))


def _same_period(a: StoredClaim, b: StoredClaim) -> bool:
    """Do the periods the claims hold in overlap, as far as the claims tell? A claim that gives no period
    is about something before its article appeared: not a period that starts later."""
    # Against a dated claim, an undated event may be any in the week before its article; against another
    # undated one, only its article's day: two marches reported a week apart are two marches.
    window = SAME_DAY_WINDOW if (a.claim.period is None) == (b.claim.period is None) else RECENT_EVENT_WINDOW
    ta, tb = _up_to(_period(a, window), _as_of(a)), _up_to(_period(b, window), _as_of(b))
    if ta is None and tb is not None and tb.start is not None:
        return a.published is None or tb.start <= a.published
    if tb is None and ta is not None and ta.start is not None:
        return b.published is None or ta.start <= b.published
    if ta is None or tb is None or ta.start is None or tb.start is None:
        return True
    return _periods_overlap(ta, tb) or _looked_back_on(a, ta, b) or _looked_back_on(b, tb, a)


ONE_DAY_AUDIENCES = {"attend", "watch"}  # a crowd, an audience: not those held, whose number changes from day to day


def _looked_back_on(early: StoredClaim, period: TimeSpan, later: StoredClaim) -> bool:
    """"The crowd of 14,000 had turned out" (May 1985) and, twenty years on, "A crowd of 11,076 was inside the
    ground" in a piece that names 1985: a day's count told without a date of its own, and told again years
    later, is of the day the later article looks back on, not of the day it appeared."""
    if early.claim.period is not None or later.claim.period is not None or later.published is None or \
            period.end is None or later.claim.predicate_key not in ONE_DAY_AUDIENCES:
        return False  # not "1.8 million attended Obama's inauguration in 2009", named in a piece of 2017
    if later.published.year - period.end.year <= YEARS_APART:
        return False  # news of the same years: two marches, two counts
    return any(period.start.year <= int(year) <= period.end.year for year in _years_named(later.claim.story))


COUNTED_BY_REACH = timedelta(days=365)  # how far back a count "by Saturday" reaches: its event's year, not decades


def _up_to(period: TimeSpan | None, as_of: bool = False) -> TimeSpan | None:
    """"111 people had been confirmed dead by midmorning Saturday", "the toll stood at 191 on Friday" (`as_of`):
    all those up to Saturday, which a toll of Friday's collapse overlaps."""
    if not (_counted_by(period) or (as_of and period is not None and period.start is not None)):
        return period
    return replace(period, start=period.start - COUNTED_BY_REACH)  # not "In 1971, 66 people died at Ibrox"


def _as_of(stored: StoredClaim) -> bool:
    """A toll dated by the day it stood at its figure ("stood at 191 on Friday", "rose to 279 on Monday")."""
    return stored.claim.predicate_key in RISING_TOLLS and stored.claim.predicate_text.lower() in TOLL_LEVELS


def _counted_by(span: TimeSpan | None) -> bool:
    """"by Saturday", "by Christmas 2018": a count of everything up to a day that has an end."""
    return span is not None and span.end is not None and span.text.lower().startswith("by ")


def _periods_overlap(a: TimeSpan, b: TimeSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


def _period(stored: StoredClaim, window: timedelta = SAME_DAY_WINDOW) -> TimeSpan | None:
    """When a claim holds; a count of something that happens on a day (a march, an audience) with no
    date of its own is read as of its article's date, or the `window` before it."""
    claim = stored.claim
    if claim.period is not None:
        return claim.period
    if stored.published is not None and claim.predicate_key in load_lexicon("predicates")["dated_events"]:
        year = _year_said_again(claim.story)
        if year is not None and int(year) != stored.published.year:  # a look back at 1961: its march is 1961's
            return TimeSpan(year, date(int(year), 1, 1), date(int(year), 12, 31), "year")
        return TimeSpan("", stored.published - window, stored.published, "range")
    return None


# Sources named only as a kind of document: "a report" in one article and "the report" in another are two
# reports as often as one, so their figures are a contradiction, not a revision ("report changed its account").
DOCUMENTS = {"report", "study", "statement", "survey", "document", "cable", "memo", "letter", "note", "analysis"}


def _same_source(a: StoredClaim, b: StoredClaim) -> bool:
    name = a.claim.source_name
    return name is not None and name == b.claim.source_name and (a.article_id == b.article_id or name not in DOCUMENTS)


def _conflict(a: StoredClaim, b: StoredClaim, kind: str, reason: str) -> Conflict:
    ca, cb = a.claim, b.claim
    relation = "revision" if _same_source(a, b) else "contradiction"
    score = BASE_SCORE[kind] * min(ca.confidence, cb.confidence)
    if ca.hedge or cb.hedge:
        score *= HEDGED_FACTOR
    return Conflict(
        claim_a=a.id, claim_b=b.id, kind=kind, relation=relation, score=round(score, 3),
        explanation=explain(a, b, kind, reason, relation),
        status="open", id=hash_id(*sorted((a.id, b.id)), kind),
    )


def explain(a: StoredClaim, b: StoredClaim, kind: str, reason: str, relation: str) -> str:
    """"North Korea maintains that eight of the abductees have died; Japan believes that some of the
    abductees may still be alive (hedged: "may"). Status conflict: dead vs alive."""
    first, second = a, b  # already in the order they were said
    parts = [_describe(first), _describe(second)]
    if relation == "revision":
        lead = f"{first.claim.source_name} changed its account ({kind}: {reason})"
    else:
        lead = f"{kind.capitalize()} conflict: {reason}"
    return f"{parts[0]}; {parts[1]}. {lead.rstrip('.')}."  # "6:07 p.m.", not "6:07 p.m.."


def _describe(stored: StoredClaim) -> str:
    claim = stored.claim
    who = claim.source_name or "the article itself"
    cue = claim.attribution.cue.text if claim.source_name else "reports"
    if claim.cue == "quote":
        cue = "was quoted"  # "his press secretary quoted him": the one quoted is the source
    when = f" ({stored.published.isoformat()})" if stored.published else ""
    period = claim.period
    if stored.published and claim.time is None and period is not None and period.start and period.end \
            and period.end < stored.published:
        when = f" ({stored.published.isoformat()}, of {_span_text(period)})"  # a date its sentence gives
    hedge = f" (hedged: \"{claim.hedge}\")" if claim.hedge else ""
    if claim.source_name and cue.lower() == "according to":  # not "prosecution According to ..."
        return f"according to {who}, \"{claim.text.text}\"{when}{hedge}"
    return f"{who} {cue} \"{claim.text.text}\"{when}{hedge}"


def _span_text(period: TimeSpan) -> str:
    """"2016", "2017-03-10", "1977 to 1983": from the dates alone, which is all a stored claim keeps."""
    start, end = period.start, period.end
    if start == end:
        return start.isoformat()
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year} to {end.year}"
    return f"{start.isoformat()} to {end.isoformat()}"


def _human(value: str) -> str:
    return value.replace("_", " ")
