"""The timeline chart: who said what, when, about a subject. One lane per source, one dot per dated claim,
the two claims of the conflict drawn larger. Only geometry here; the template draws it as inline SVG."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..review import TimelineEntry

WIDTH, LEFT, RIGHT, TOP, LANE, AXIS = 860, 190, 90, 16, 28, 30  # RIGHT leaves room for the last label
LABEL_ROOM = 80  # pixels between two number labels on one lane
MAX_LANES = 14  # more sources than this share one "other sources" lane


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    label: str  # the number, if the claim has one
    title: str  # tooltip: date, source, words
    href: str
    highlighted: bool  # one of the conflict's two claims


@dataclass(frozen=True)
class Lane:
    y: float
    label: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    axis_y: float
    lanes: list[Lane]
    dots: list[Dot]
    ticks: list[Tick]
    undated: int  # claims left out of the chart for want of a date


def _short(text: str | None, limit: int = 16) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ticks(first: date, last: date, scale) -> list[Tick]:
    span = (last - first).days
    if span == 0:
        return [Tick(scale(first), first.isoformat())]
    if span > 3 * 365:
        years = range(first.year + (first.month > 1 or first.day > 1), last.year + 1)
        step = max(1, len(years) // 8 + 1)
        return [Tick(scale(date(y, 1, 1)), str(y)) for y in list(years)[::step]]
    points = [date.fromordinal(first.toordinal() + round(span * i / 4)) for i in range(5)]
    return [Tick(scale(d), d.isoformat()) for d in points]


def timeline_chart(entries: list[TimelineEntry]) -> Chart | None:
    dated = [e for e in entries if e.published]
    if not dated:
        return None
    sources: list[str] = []
    for entry in dated:
        if entry.source.label not in sources:
            sources.append(entry.source.label)
    lanes_names = sources if len(sources) <= MAX_LANES else sources[: MAX_LANES - 1] + ["other sources"]
    lane_of = {name: min(i, len(lanes_names) - 1) for i, name in enumerate(sources)}
    first, last = min(e.published for e in dated), max(e.published for e in dated)
    span = max(1, (last - first).days)
    inner = WIDTH - LEFT - RIGHT

    def scale(day: date) -> float:
        if first == last:
            return LEFT + inner / 2
        return round(LEFT + inner * (day - first).days / span, 1)

    lanes = [Lane(TOP + LANE * i + LANE / 2, _short(name, 26)) for i, name in enumerate(lanes_names)]
    seen: dict[tuple[int, date], int] = {}
    labelled: dict[int, list[float]] = {}
    dots = []
    # The conflict's own claims first, so that their numbers win the room for labels.
    for entry in sorted(dated, key=lambda e: not e.in_conflict):
        lane = lane_of[entry.source.label]
        stacked = seen.get((lane, entry.published), 0)  # claims of one source on one day fan out sideways
        seen[(lane, entry.published)] = stacked + 1
        x = scale(entry.published) + 9 * stacked
        label = _short(entry.quantity_text)
        if label and any(abs(x - other) < LABEL_ROOM for other in labelled.get(lane, [])):
            label = ""  # too close to another label on this lane; the tooltip still has the number
        elif label:
            labelled.setdefault(lane, []).append(x)
        dots.append(Dot(
            x=x, y=lanes[lane].y, r=7 if entry.in_conflict else 4.5, label=label,
            href=f"/claims/{entry.claim_id}", highlighted=entry.in_conflict,
            title=f"{entry.published.isoformat()} · {entry.source.label} ({entry.cue}): {entry.words}"))
    height = TOP + LANE * len(lanes) + AXIS
    return Chart(WIDTH, height, LEFT, RIGHT, TOP + LANE * len(lanes), lanes, dots, _ticks(first, last, scale),
                 len(entries) - len(dated))
