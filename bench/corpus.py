"""A synthetic newsroom archive for the ingestion benchmarks.

Articles follow running stories (a mine collapse, a strike, a flood...). Each story has its own subject
(miners, nurses, passengers...), sources (named people and organisations) and disputed figures that vary
from article to article, so articles make attributed claims that agree and conflict like real coverage.
The claim sentences come from templates written after the corpus's own sentences; the rest of each
article is sentences of the claimtrack corpus that make no claim, with their names and numbers varied.

    python bench/corpus.py OUT_DIR --articles 10000 [--seed 7]

writes OUT_DIR/YYYY-MM-DD/<slug>.txt|.md|.html, one folder per day, like daily drops."""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST = ("Maria Tomas Aiko Kenji Sofia Lucas Amara Jonas Leila Omar Hana Pierre Ingrid Rafael Nadia Viktor "
         "Elena Samuel Yuki Chloe Marek Fatima David Ana Paulo Grace Mikael Lin Oscar Zara Hugo Irene Ravi "
         "Selin Bruno Mei Daniel Olga Kofi Marta").split()
LAST = ("Keller Brandt Tanaka Moreau Okafor Silva Novak Haddad Lindqvist Costa Ibrahim Sato Dubois Weber "
        "Rossi Kowalski Nakamura Fischer Laurent Mensah Petrov Alvarez Berg Yilmaz Hoffmann Ortega Kim "
        "Nilsen Romano Barros Jensen Duarte Varga Quinn Hale Sorensen Mbeki Castillo Ferreira Wood").split()
CITIES = ("Ostrava Tampere Leeds Porto Gdansk Lyon Bergen Graz Malmo Turin Utrecht Cork Brno Aarhus Split "
          "Bilbao Ghent Kaunas Plovdiv Debrecen Linz Tartu Iasi Kosice Varna Lille Nantes Basel Odense "
          "Cluj").split()
# The people of each city's country: background sentences about a nation speak of the story's own.
NATIONALITY = dict(zip(CITIES, (
    "Czech Finnish British Portuguese Polish French Norwegian Austrian Swedish Italian Dutch Irish Czech Danish "
    "Croatian Spanish Belgian Lithuanian Bulgarian Hungarian Austrian Estonian Romanian Slovak Bulgarian French "
    "French Swiss Danish Romanian").split()))
# Names in background sentences that are varied per story: people at random, places, nations and
# organisations as the story's own, so that each story is about its city as local coverage is.
VARIED = ("PERSON", "GPE", "LOC", "FAC", "NORP", "ORG")
# Who a story is about, and what happens to them. Stories spread over many groups, as in a real archive;
# a few groups (hostages, detainees) come back story after story.
SUBJECTS = (
    "miners nurses passengers teachers residents workers students pilots farmers fishermen soldiers refugees "
    "volunteers engineers doctors drivers tourists climbers firefighters employees patients voters officers "
    "athletes sailors dockers migrants cleaners musicians researchers contractors apprentices shoppers "
    "commuters pensioners tenants bakers carpenters plumbers electricians welders janitors librarians lawyers "
    "clerks cashiers waiters cooks dancers actors singers painters scientists chemists surgeons dentists "
    "pharmacists midwives paramedics caregivers gardeners foresters shepherds ranchers brewers cyclists "
    "jockeys surfers divers skiers runners swimmers rowers boxers referees coaches scouts cadets recruits "
    "interns trainees tutors lecturers professors principals wardens guards porters couriers postmen "
    "truckers cabbies ferrymen bargemen linemen roofers masons glaziers tilers decorators "
    "upholsterers tailors weavers potters jewellers printers bookbinders archivists curators").split()
RECURRING = ("hostages", "detainees", "prisoners", "journalists", "protesters")
EVENTS = ("evacuated", "injured", "rescued", "hired", "laid off", "dismissed", "relocated", "registered",
          "vaccinated", "trained", "compensated", "fined", "suspended", "tested", "treated", "discharged",
          "transferred", "deployed", "stranded", "displaced", "recruited", "housed", "paid", "promoted")
RECURRING_EVENTS = ("released", "detained", "freed", "held", "arrested", "charged")
ORG_KINDS = ("Regional Police", "Ministry of Labour", "Workers' Union", "City Council", "Red Cross branch",
             "Chamber of Commerce", "Port Authority", "Health Agency", "Transport Authority", "Fire Service")
ROLES = ("a spokeswoman for", "a spokesman for", "the head of", "a senior official at", "a lawyer for")

CLAIM_TEMPLATES = (
    "{person}, {role} the {org}, said that {n} {subject} had been {event} {when}.",
    "The {org} maintains that {n} of the {subject} were {event} {when}.",
    "According to the {org}, about {n} {subject} were {event} {when}.",
    "\"At least {n} {subject} were {event} {when},\" {short} told reporters.",
    "{short} believes some of the {subject} may still be {state}.",
    "The {org2} denied that any {subject} had been {event} {when}.",
    "Local officials estimated that nearly {n} {subject} were {event} {when}.",
    "{short} said the {org2} did not oppose the inquiry if the {subject} were heard first.",
    "The {org2} said that {n} {subject} were {event} {when}.",
    "{n} {subject} were {event} {when}, {short} said.",
)
STATES = ("alive", "missing", "trapped", "unaccounted for")


@dataclass
class Story:
    subject: str
    events: tuple[str, ...]
    city: str
    people: list[tuple[str, str, str]]  # full name, role, organisation
    orgs: list[str]
    figure: int
    dispute: float  # the other side's figure, as a multiple of the official one
    day: date


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _story(rng: random.Random, start: date) -> Story:
    recurring = rng.random() < 0.05
    subject = rng.choice(RECURRING if recurring else SUBJECTS)
    events = tuple(rng.sample(RECURRING_EVENTS if recurring else EVENTS, 3))
    city = rng.choice(CITIES)
    orgs = [f"{city} {kind}" for kind in rng.sample(ORG_KINDS, 3)]
    people = [(_person(rng), rng.choice(ROLES), rng.choice(orgs)) for _ in range(3)]
    return Story(subject, events, city, people, orgs, rng.choice((12, 40, 150, 800, 2500)),
                 rng.choice((0.5, 1.5, 2, 3)), start + timedelta(days=rng.randrange(0, 700)))


def _claim_sentence(rng: random.Random, story: Story, published: date) -> str:
    person, role, org = rng.choice(story.people)
    # Officials and the other side each keep to their figure, as in a real dispute.
    figure = story.figure if rng.random() < 0.6 else round(story.figure * story.dispute)
    day = story.day
    when = rng.choice((f"on {day:%B} {day.day}", f"on {day:%B} {day.day}, {day.year}", f"in {day:%B} {day.year}"))
    org2 = rng.choice(story.orgs)
    return rng.choice(CLAIM_TEMPLATES).format(
        person=person, role=role, org=org, short=person.split()[-1], n=f"{figure:,}", subject=story.subject,
        event=rng.choice(story.events), when=when, state=rng.choice(STATES), org2=org2,
        org2_cap=org2[0].upper() + org2[1:]).replace(" .", ".")


@lru_cache(maxsize=1)
def background_sentences() -> tuple[tuple[str, tuple[tuple[int, int, str], ...]], ...]:
    """Sentences of the claimtrack corpus that make no claim, with the spans (start, end, label) of the
    names they give that `_background` varies."""
    from claimtrack.extract import extract_claims
    from claimtrack.nlp import load_pipeline
    from claimtrack.readers import read_paths

    nlp = load_pipeline()
    candidates = []
    articles = [r.article for r in read_paths([ROOT / "corpus"]) if r.article]
    for doc in nlp.pipe(a.text for a in articles):
        for sent in doc.sents:
            text = sent.text.strip()
            if len(text.split()) >= 8 and "\n" not in text and text.endswith(".") and text == sent.text:
                candidates.append((text, tuple((e.start_char - sent.start_char, e.end_char - sent.start_char,
                                                e.label_) for e in sent.ents if e.label_ in VARIED)))
    # Checked on their own, as written and as varied for a story: no claim either way.
    texts = [text for text, _ in candidates]
    example = _story(random.Random(0), date(2024, 3, 5))
    varied = [_background(random.Random(0), example, candidate) for candidate in candidates]
    published = date(2024, 3, 5)  # so that "on Saturday" is a date, as it is in an article
    quiet = [not extract_claims(a, published) and not extract_claims(b, published)
             for a, b in zip(nlp.pipe(texts), nlp.pipe(varied))]
    return tuple(candidate for candidate, ok in zip(candidates, quiet) if ok)


def _vary_numbers(rng: random.Random, text: str) -> str:
    """Figures of three digits or more (not years) replaced by others of the same size."""
    def other(match: re.Match) -> str:
        digits = match.group()
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return digits
        return str(rng.randrange(10 ** (len(digits) - 1), 10 ** len(digits)))
    return re.sub(r"\b\d{3,}\b", other, text)


def _background(rng: random.Random, story: Story, sentence: tuple | None = None) -> str:
    text, names = sentence or rng.choice(background_sentences())
    for start, end, label in sorted(names, reverse=True):  # from the end, so that offsets hold
        text = text[:start] + _name_for(rng, story, label) + text[end:]
    return _vary_numbers(rng, text)


def _name_for(rng: random.Random, story: Story, label: str) -> str:
    if label == "PERSON":
        return _person(rng)
    if label == "NORP":
        return NATIONALITY[story.city]
    if label == "ORG":
        return rng.choice(story.orgs)
    return story.city


def article(rng: random.Random, story: Story, published: date) -> tuple[str, str]:
    """(title, body) of one article about the story."""
    paragraphs = []
    for _ in range(rng.randint(5, 8)):
        sentences = [_background(rng, story) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.7:
            sentences.insert(rng.randrange(len(sentences) + 1), _claim_sentence(rng, story, published))
        paragraphs.append(" ".join(sentences))
    angle = rng.choice(("officials dispute figures", "the latest", "questions remain", "what we know",
                        "families wait for answers"))
    title = f"{story.subject.capitalize()} in {story.city}: {angle}"
    return title, "\n\n".join(paragraphs)


def generate(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` articles under `out` (.txt mostly, some .md and .html) and return their paths."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    stories = [_story(rng, start) for _ in range(max(1, count // 20))]
    paths = []
    for number in range(count):
        story = rng.choice(stories)
        published = story.day + timedelta(days=rng.randrange(0, 30))
        title, body = article(rng, story, published)
        folder = out / published.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        slug = f"{number:05d}-{story.subject}-{story.city.lower()}"
        kind = rng.random()
        outlet = f"{story.city} Courier"
        if kind < 0.1:
            path = folder / f"{slug}.html"
            paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
            path.write_text(
                f"<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{outlet}\">"
                f"<meta property=\"article:published_time\" content=\"{published}\"></head><body>"
                f"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>{title}</h1>\n"
                f"{paragraphs}</article><footer>Copyright {outlet}.</footer></body></html>\n", encoding="utf-8")
        elif kind < 0.25:
            path = folder / f"{slug}.md"
            path.write_text(f"---\ntitle: {title}\noutlet: {outlet}\npublished: {published}\n---\n{body}\n",
                            encoding="utf-8")
        else:
            path = folder / f"{slug}.txt"
            path.write_text(f"{title}\nOutlet: {outlet}\nPublished: {published}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.articles, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"{len(paths)} articles, {words:,} words under {args.out}")


if __name__ == "__main__":
    main()
