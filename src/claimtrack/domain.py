"""Domain objects shared by every stage. Plain frozen dataclasses: no spaCy, no SQLAlchemy."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

COMMITMENTS = ("assert", "belief", "hedged", "denial", "report")
KINDS = ("count", "status", "event", "date", "stance", "statement")
STANCE_VALUES = ("support", "oppose", "not_oppose", "demand", "neutral")
CONFLICT_KINDS = ("numeric", "status", "negation", "quantifier", "stance", "date")
CONFLICT_STATUSES = ("open", "confirmed", "dismissed", "needs_info")


def hash_id(*parts: str, length: int = 16) -> str:
    """A stable id derived from content, so that re-ingesting the same thing gives the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    origin: str = ""  # where it came from: a path, or "path:line" inside a .jsonl file
    external_id: str | None = None  # the id a .jsonl line gave, if any

    @property
    def id(self) -> str:
        return hash_id(self.text)


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Character offsets into the article text, end exclusive."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    source: TextSpan | None
    cue: TextSpan
    content: TextSpan
    content_parts: tuple[tuple[int, int], ...] = ()  # set when the content is split by the cue


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class TimeSpan:
    text: str
    start: date | None
    end: date | None
    precision: str  # day, month, year, decade, range; time: a time of day with no date


@dataclass(frozen=True, slots=True)
class Stance:
    holder: str
    target: str
    value: str
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place a claim was read: the attribution as a whole (source, cue, everything reported) and
    `claim_text`, the words of the attribution's content that carry this particular claim."""

    sentence: str
    sentence_start: int
    attribution: Attribution
    claim_text: TextSpan


FIRST = "first "  # a first occurrence's predicate key: "first use" (used then, and never before)
FLOOR_CUES = {"document"}  # "researchers have documented 44 deaths": those on record, whom a higher toll takes in
RECORD = "record"  # the predicate key of "the largest audience ever": no count of its kind was ever higher
FIRST_SHOTS = "first shots"  # the subject key of "police opened fire first": who started a shooting (first_fire.py)
FIRE_FIRST = "fire first"  # its predicate key, with the side: "fire first:police"
CONDITIONAL = "if"  # the hedge of a claim said of a case ("if ..."), which holds only if the case does
EVENT_KEY = "event"  # the subject key of a claim that names what the story's event was ("genocide", "an accident")
EVENT_SCOPE = "from "  # a claim's place "from Hurricane Katrina": a figure for another event than the story's
NATIONALS_SCOPE = "who were "  # "who were Australians": the dead of one nation, a part of any toll
WORLDWIDE = "worldwide"  # a figure for the whole world ("Worldwide, the pandemic caused 14.9 million deaths")
ALL_CAUSES = "of all causes"  # every death registered, whatever killed them ("8.1 million deaths from all causes")
WIDER_SCOPES = {WORLDWIDE, ALL_CAUSES}  # scopes that take in more than a story's own count: never a part of it


@dataclass(frozen=True, slots=True)
class Claim:
    source_name: str | None
    source_text: str | None
    cue: str
    commitment: str
    polarity: str
    kind: str
    subject_text: str
    subject_key: str
    predicate_text: str
    predicate_key: str
    evidence: tuple[Evidence, ...]
    quantity: Quantity | None = None
    time: TimeSpan | None = None
    stance: Stance | None = None
    hedge: str | None = None  # the word that hedges the claim, if any
    confidence: float = 1.0
    own_voice: bool = False  # stated by the article itself, not attributed to anyone
    place: str | None = None  # where the claim holds ("Paris", "nationwide"), when the sentence says
    period: TimeSpan | None = None  # when it holds: the content's time, else a date its sentence gives
    setting: tuple[str, ...] = ()  # the places its article is mostly about ("China", "Beijing")
    story: tuple[str, ...] = ()  # the names its article repeats ("bhopal", "carbide"): see story.py

    @property
    def sentence(self) -> str:
        return self.evidence[0].sentence

    @property
    def attribution(self) -> Attribution:
        return self.evidence[0].attribution

    @property
    def text(self) -> TextSpan:
        """The words that carry this claim (first occurrence)."""
        return self.evidence[0].claim_text

    def fingerprint(self) -> tuple:
        """What makes two claims in one article the same claim (a repeat adds evidence, not a claim). The dead
        of one nation are told apart by their nation ("three Germans and three Britons"); other claims keep
        the fingerprint, and so the ids, they had before nations were."""
        same = (
            self.source_name,
            self.subject_key,
            self.predicate_key,
            self.polarity,
            self.kind,
            self._figure(),
            self.stance.value if self.stance else None,
        )
        return (*same, self.place) if self.place and self.place.startswith(NATIONALS_SCOPE) else same

    def _figure(self):
        """The figure, or for a range given in figures ("12,000 to 19,000") its bounds: two ranges are two
        claims. Words ("all", "some") keep no figure, as before ranges were told apart, so their claims keep
        their ids (and reviewed conflicts) when an article is read again."""
        quantity = self.quantity
        if quantity is None or quantity.value is not None or not any(ch.isdigit() for ch in quantity.text):
            return quantity.value if quantity is not None else None
        return quantity.low, quantity.high


@dataclass(frozen=True, slots=True)
class Conflict:
    claim_a: str  # claim ids, ordered
    claim_b: str
    kind: str
    relation: str  # "contradiction" between sources, or "revision" by one source
    score: float
    explanation: str
    status: str = "open"
    id: str = field(default="")


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as kept in the database: with its id and the article facts that detection needs."""

    id: str
    article_id: str
    published: date | None
    claim: Claim
    article_title: str = ""
    outlet: str | None = None  # who speaks in the article's own voice
