"""The names a story is told with: "Bhopal" and "Union Carbide", or "Chernobyl" and "Pripyat".

Two articles can share a country and still be about different things: a toll for the downing of MH17
over eastern Ukraine and one for the Chernobyl accident are not one disputed figure. The proper names an
article repeats (not its countries, which `extract.article_setting` reads, and not its nationalities)
tell its story; articles that repeat none of each other's names are about different stories unless they
are set in the same country."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from .nlp.mentions import sentences, span_text
from .normalize import country_of, country_of_people, known_entity

STORY_NAMES = 16  # the names an article says most, most said first
MAIN_NAMES = 3  # what the story is about: its first few names
TITLE_WEIGHT = 2  # a name in the headline counts as two mentions
# Capitalised words that name no story: titles, days, months, and the header lines' labels.
NOT_NAMES = {"mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "secretary", "general", "chief",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "outlet", "url", "published", "the"}


def story_names(doc: Doc) -> tuple[str, ...]:
    """The proper names the article says most, as "name:times" (lower-cased single words, "bhopal:3"),
    most said first, its headline's counting double."""
    counts: Counter[str] = Counter()
    title_end = next((t.i for t in doc if "\n" in t.text), 0)  # a text of one line has no headline
    for sentence in sentences(doc):
        in_title = sentence.start < title_end
        if not in_title and not span_text(sentence).rstrip().endswith((".", "!", "?", '"', "\u201d", "'")):
            continue  # header lines ("Outlet: ..."), captions
        for token in sentence:
            if _is_name(token):
                counts[token.lower_.strip(".")] += TITLE_WEIGHT if token.i < title_end else 1
    return tuple(f"{name}:{times}" for name, times in counts.most_common(STORY_NAMES))


def _is_name(token: Token) -> bool:
    if not (token.pos_ == "PROPN" or (token.is_title and token.pos_ in ("ADJ", "NOUN") and not token.is_sent_start)):
        return False  # "Bhopal" tagged as an adjective still names the story
    word = token.lower_.strip(".")
    if len(word) < 3 or word in NOT_NAMES or token.ent_type_ in ("NORP", "DATE", "TIME"):
        return False
    return not (country_of(token.text) == token.text or known_entity(token.text) or country_of_people(token.text))


def same_story(setting_a: tuple[str, ...], names_a: tuple[str, ...],
               setting_b: tuple[str, ...], names_b: tuple[str, ...]) -> bool:
    """Can two articles be about one story? The same name said most in both says so. Else their main
    countries must fit (one's first country among the other's), and each must name what the other is
    mainly about, or both be set in the same country. A story about Bhopal that recalls Chernobyl in
    passing is still not one about Chernobyl, which never names Bhopal. An article that names no
    country, or repeats no name, can be about anything as far as that test goes."""
    main_a, all_a = _main_and_all(names_a)
    main_b, all_b = _main_and_all(names_b)
    if main_a and main_b and main_a[0] == main_b[0]:
        return True  # "Chernobyl" first in a Kiev story and in one from a conference in Vienna
    if setting_a and setting_b and not (setting_a[0] in setting_b or setting_b[0] in setting_a):
        return False  # a death toll in Beijing and one in Puerto Rico
    if not main_a or not main_b:
        return True
    if set(main_a) & all_b and set(main_b) & all_a:
        return True
    return bool(setting_a and setting_b and setting_a[0] == setting_b[0])


def _main_and_all(names: tuple[str, ...]) -> tuple[list[str], set[str]]:
    """What a story is mainly about (its first few names said more than once), and every name it says."""
    said = [(name, int(times)) for name, _, times in (entry.rpartition(":") for entry in names)]
    return [name for name, times in said[:MAIN_NAMES] if times > 1], {name for name, _ in said}
