"""Pure normalization functions: numbers to bounds, dates to intervals, names to canonical entities,
predicates to families. Word lists live in `nlp/data/*.json`."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from .domain import Quantity, TimeSpan
from .nlp.lexicon import load_lexicon

# ---------------------------------------------------------------- quantities

_NUMBER = re.compile(r"^\$?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?$")
_FRACTIONS = {"half": 0.5, "a half": 0.5, "one-third": 1 / 3, "a third": 1 / 3, "one third": 1 / 3,
              "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25, "one-quarter": 0.25,
              "three-quarters": 0.75, "three quarters": 0.75}


def _number_value(words: list[str]) -> float | None:
    """Digits ("1,280,000", "1.28") or number words ("eight", "twenty-one"), with a scale word."""
    from text_to_num import text2num

    scales = load_lexicon("quantities")["scales"]
    if not words:
        return None
    scale = 1
    if len(words) > 1 and words[-1].lower() in scales:
        scale = scales[words[-1].lower()]
        words = words[:-1]
    joined = " ".join(words).lower()
    if joined in ("a", "an", "one"):  # "a million"
        return float(scale)
    match = _NUMBER.match(joined.replace(" ", ""))
    if match:
        value = float(match.group("num").replace(",", "") + ("." + match.group("frac") if match.group("frac") else ""))
        return value * scale
    joined = joined.removesuffix(" a") if scale > 1 else joined  # "half a million"
    if joined in _FRACTIONS:
        return _FRACTIONS[joined] * scale
    try:
        return float(text2num(joined.replace("-", " ").replace(" and ", " "), "en")) * scale
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _quantity_phrases() -> tuple[list[tuple[str, list]], list[str]]:
    """The vague phrases and the modifiers of the quantities lexicon, longest first, sorted once."""
    lex = load_lexicon("quantities")
    return sorted(lex["vague"].items(), key=lambda kv: -len(kv[0])), sorted(lex["modifiers"], key=len, reverse=True)


def parse_quantity(text: str, unit: str | None = None) -> Quantity | None:
    """"more than 100" -> low 101; "about 3,000" -> 2,850..3,150; "some" -> 1..None; "13" -> 13..13."""
    lex = load_lexicon("quantities")
    cleaned = " ".join(text.replace("\u2013", "-").split())
    lowered = cleaned.lower()
    vague_longest_first, modifiers_longest_first = _quantity_phrases()
    first, _, rest = lowered.partition(" ")
    if first in lex["intensifiers"] and any(rest.startswith(phrase + " ") for phrase in modifiers_longest_first):
        lowered = rest  # "well above 3,000" is above 3,000
    stressed = not any(lowered.startswith(phrase + " ") for phrase in modifiers_longest_first)  # "just over" bounds
    for phrase in sorted(lex["focus"], key=len, reverse=True) if stressed else ():
        if lowered.startswith(phrase + " "):
            lowered = lowered[len(phrase) + 1:]  # "only 14,000" is 14,000
            break
    if first == "all" and _number_value(rest.split()[:2]) is not None:
        lowered = rest  # "all 298 people on board" are 298
    for phrase, (low, high) in vague_longest_first:
        if lowered == phrase or lowered.startswith(phrase + " of"):
            return Quantity(cleaned, None, low, high, unit, approximate=phrase not in ("all", "none", "no", "a dozen"))
    scaled = _vague_times_scale(lowered)
    if scaled is not None:
        return Quantity(cleaned, None, scaled[0], scaled[1], unit, approximate=True)
    and_a_half = _and_a_half(lowered)
    if and_a_half is not None:  # "a million and a half", "two and a half million"
        return Quantity(cleaned, tidy_number(and_a_half), tidy_number(and_a_half), tidy_number(and_a_half), unit,
                        approximate=False)
    range_match = re.match(r"^(?:between\s+)?(.+?)\s*(?:-|and|to|,\s)\s*(.+)$", lowered)
    if range_match and not lowered.replace(",", "").replace(".", "").isdigit():
        low_q = parse_quantity(range_match.group(1), unit)
        high_q = parse_quantity(range_match.group(2), unit)
        if low_q and high_q and low_q.value is not None and high_q.value is not None:
            low = _scaled_like(low_q, high_q)
            if low <= high_q.value:  # "1 to 1.5 million": the scale word is said once, for both
                return Quantity(cleaned, None, tidy_number(low), high_q.value, high_q.unit, approximate=False)
    modifier = None
    for phrase in modifiers_longest_first:
        if lowered.startswith(phrase + " "):
            modifier = lex["modifiers"][phrase]
            lowered = lowered[len(phrase) + 1:]
            break
    words = [w for w in lowered.replace("%", " %").split() if w not in ("%",)]
    found_unit = unit
    lowered_words = lowered.split()
    for key, code in lex["units"].items():
        if key in lowered_words or (key in ("%", "$", "€", "£") and key in lowered):
            found_unit = code
    words = [w.lstrip("$€£") for w in words if w not in lex["units"]]
    share = _FRACTIONS.get(" ".join(words[:2]).lower()) or _FRACTIONS.get(" ".join(words[:1]).lower())
    if share is not None and not set(words) & set(lex["scales"]):
        found_unit, words = "%", [str(round(share * 100, 1))]  # "a third of the deaths" is a share, not a count
    value = _number_value(words)
    while value is None and len(words) > 1 and words[-1].isalpha() and words[-1] not in lex["scales"]:
        words = words[:-1]  # "103,000 barrels", "5.1 million valid votes": the number before what it counts
        value = _number_value(words)
    if value is None:
        return None
    low, high = _bounds(value, modifier, lex["tolerance"], whole_units=found_unit != "%")
    return Quantity(cleaned, tidy_number(value), tidy_number(low), tidy_number(high), found_unit,
                    approximate=bool(modifier and modifier.startswith("approx")))


VAGUE_MULTIPLES = ("several", "a few")  # "several hundred", "a few thousand"


def _vague_times_scale(text: str) -> tuple[int, int] | None:
    """"several hundred" (300 to 900), "a few thousand" (2,000 to 5,000): a vague number of a scale word, the
    bounds of the vague number times the scale."""
    lex = load_lexicon("quantities")
    for vague in VAGUE_MULTIPLES:
        scales = text.removeprefix(vague + " ").split() if text.startswith(vague + " ") else []
        if scales and all(word in lex["scales"] for word in scales):
            factor = 1
            for word in scales:
                factor *= lex["scales"][word]
            low, high = lex["vague"][vague]
            return low * factor, high * factor
    return None


def _and_a_half(text: str) -> float | None:
    """"a million and a half", "million and a half" and "one and a half million" are 1.5 million."""
    scales = load_lexicon("quantities")["scales"]
    match = re.match(r"^(?:(a|an|one|\d+)\s+)?(\w+) and a half$", text)
    if match and match.group(2) in scales:  # "a million and a half"
        return (_number_value([match.group(1) or "a"]) + 0.5) * scales[match.group(2)]
    match = re.match(r"^(.+?) and a half (\w+)$", text)
    if match and match.group(2) in scales:  # "two and a half million"
        whole = _number_value(match.group(1).split())
        return (whole + 0.5) * scales[match.group(2)] if whole is not None else None
    return None


def _scaled_like(low: Quantity, high: Quantity) -> float:
    """The low end of a range that names its scale once, at the high end: "1 to 1.5 million"."""
    scales = load_lexicon("quantities")["scales"]
    high_words, low_words = high.text.lower().split(), low.text.lower().split()
    if high_words[-1] in scales and low_words[-1] not in scales:
        scaled = low.value * scales[high_words[-1]]
        if scaled <= high.value:
            return scaled
    return low.value


def _bounds(value: float, modifier: str | None, tolerance: float,
            whole_units: bool = True) -> tuple[float | None, float | None]:
    # "more than 100 people" are at least 101; "more than 83 percent" may be 83.01 percent
    step = 1 if whole_units and value == int(value) else 0
    match modifier:
        case "above":
            return value + step, None
        case "at_least":
            return value, None
        case "below":
            return None, value - step
        case "at_most":
            return None, value
        case "approx":
            return value * (1 - tolerance), value * (1 + tolerance)
        case "approx_below":
            return value * (1 - tolerance), value
        case "approx_above":
            return value, value * (1 + tolerance)
    return value, value


def tidy_number(number: float | None) -> float | int | None:
    if number is None:
        return None
    return int(number) if float(number).is_integer() else round(number, 4)


def bounds_overlap(a: Quantity, b: Quantity) -> bool:
    """Two quantities can both be true when their bounds overlap (an open bound overlaps anything)."""
    a_low = a.low if a.low is not None else float("-inf")
    a_high = a.high if a.high is not None else float("inf")
    b_low = b.low if b.low is not None else float("-inf")
    b_high = b.high if b.high is not None else float("inf")
    return a_low <= b_high and b_low <= a_high


# ---------------------------------------------------------------- dates

_DECADES = re.compile(r"\b(?:the\s+)?(\d{3})0s(?:\s+and\s+(?:the\s+)?(\d{3})0s)?\b", re.I)
_YEAR_RANGE = re.compile(r"\b(?:from\s+|between\s+)?(\d{4})\s*(?:-|\u2013|to|and|until)\s*(\d{4})\b", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(\d{4})$")


def parse_publication_date(text: str) -> date | None:
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    parsed = _date_parser(None).get_date_data(text)
    return parsed.date_obj.date() if parsed and parsed.date_obj else None


@lru_cache(maxsize=64)
def _date_parser(base: date | None, relative: bool = True):
    from dateparser.date import DateDataParser

    # News dates both back ("on 19 January" in a report) and ahead ("protests called for 19 January"):
    # take the reading closest to the publication date.
    settings = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    if not relative:  # "19 January", "May 2023": skip the parsers for "two days ago" and the like
        settings["PARSERS"] = ["absolute-time"]
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


_RELATIVE_WORDS = re.compile(r"\b(ago|last|next|yesterday|today|tomorrow|this|monday|tuesday|wednesday|"
                             r"thursday|friday|saturday|sunday)\b", re.I)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"^(?:last\s+|this\s+|on\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?$",
                      re.I)


def _last_weekday(published: date, name: str) -> date:
    """"On Tuesday" in a news report: the latest such day on or before publication (the same day too)."""
    return published - timedelta(days=(published.weekday() - WEEKDAYS.index(name.lower())) % 7)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# What a phrase needs for dateparser to place it: a digit, a month, or a word relative to the day it is read
_DATEPARSER_READS = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|yesterday|"
                               r"tomorrow|tonight|last|this|next|ago|week|weekend|monday|tuesday|wednesday|thursday|"
                               r"friday|saturday|sunday|noon|midnight|now)\b", re.IGNORECASE)
_DURATION = re.compile(r"\b\d+(?:[-\s]|\s+-\s+)(?:year|month|week|day|hour|minute)s?\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"^(" + "|".join(_MONTHS) + r")$", re.I)
_TWO_MONTHS = re.compile(r"(?:between\s+)?(?P<first>" + "|".join(_MONTHS) + r")\s*(?:and|to|through|until|-|–)\s*"
                         r"(?P<last>" + "|".join(_MONTHS) + r"),?\s+(?P<year>\d{4})", re.I)
_MONTH_WORD = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)  # in every %B and %b
_DAY_FORMATS = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%d %b %Y")
_MONTH_FORMATS = ("%B %Y", "%b %Y")
_YEARLESS_FORMATS = ("%B %d", "%d %B", "%b %d", "%d %b")


def _common_date(text: str, published: date | None) -> tuple[date, date, str] | None:
    """The common written forms ("March 7, 2023", "7 March", "May 2023") read with the standard library:
    dateparser is the fallback for everything else, and it costs a thousand times more per call."""
    text = re.sub(r"(?<=\b[A-Za-z]{3})[a-z]*\.", "", text).replace(",", ", ").replace("  ", " ").strip()
    if not _MONTH_WORD.search(text):
        return None  # every format below has a month's name: no need to try them one by one
    for fmt in _DAY_FORMATS:
        try:
            found = datetime.strptime(text, fmt).date()
            return found, found, "day"
        except ValueError:
            pass
    for fmt in _MONTH_FORMATS:
        try:
            found = datetime.strptime(text, fmt).date()
            last_day = calendar.monthrange(found.year, found.month)[1]
            return found, found.replace(day=last_day), "month"
        except ValueError:
            pass
    if published is None:
        return None
    for fmt in _YEARLESS_FORMATS:
        try:
            month_day = datetime.strptime(f"{text} 2000", f"{fmt} %Y").date()  # 2000 accepts 29 February
        except ValueError:
            continue
        readings = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                readings.append(month_day.replace(year=year))
            except ValueError:
                pass
        found = min(readings, key=lambda d: abs((d - published).days))  # nearest the publication date
        return found, found, "day"
    return None


_YEARS_AGO = re.compile(r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago$", re.I)
YEARS_AGO_WINDOW = timedelta(days=7)


_SEASON = re.compile(r"^(?:the\s+)?(?:early\s+|late\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})$", re.I)
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}


def _season_span(text: str, season: str, year: int) -> TimeSpan:
    """"The autumn of 1941": September to November (northern seasons); a winter runs into the next year."""
    first, last = SEASON_MONTHS[season]
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return TimeSpan(text, date(year, first, 1), end, "season")


# "2:52 pm", "8.48am", "8:48 a.m.", "3 pm", "noon": a time of day, with the words that make it approximate
_CLOCK = re.compile(r"\b(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(noon|midday|midnight)|"
                    r"([01]\d|2[0-3]):([0-5]\d)\b)", re.IGNORECASE)  # "8:58 a.m.", "noon", "00:54" (24-hour)
_ROUGH_WORDS = "about|around|approximately|roughly|some|nearly|almost|shortly|just|soon|circa"
_ROUGHLY = re.compile(rf"\b(?:{_ROUGH_WORDS})\b", re.IGNORECASE)
_CLOCK_HEDGE = re.compile(rf"\b((?:{_ROUGH_WORDS})(?:\s+(?:before|after))?)\s+$", re.IGNORECASE)  # "shortly after"
CLOCK_TOLERANCE = {"exact": 0, "rough": 5, "rough hour": 30}  # minutes either side: "about 2:45", "around noon"


def find_clock(text: str) -> str | None:
    """The time of day a phrase gives ("at about 2:45 pm" -> "about 2:45 pm"), with its hedge word."""
    match = _CLOCK.search(text)
    if match is None:
        return None
    hedge = _CLOCK_HEDGE.search(text[:match.start()])
    return f"{hedge.group(1)} {match.group(0)}" if hedge else match.group(0)


# "3:27 Monday afternoon", "3:02 on the afternoon of April 5": a time of day without a.m. or p.m., told by the
# part of the day said after it
_DAY_PART_CLOCK = re.compile(r"^(?P<pre>.*?)\b(?P<hour>\d{1,2}):(?P<minute>[0-5]\d)\b(?![:.]?\d)"
                             r"(?=[^.;]{0,30}?\b(?P<part>morning|afternoon|evening|night)\b)", re.IGNORECASE)


def clock_by_day_part(text: str) -> str | None:
    """The time of day a phrase gives by its hour and the part of the day ("at 3:27 Monday afternoon" ->
    "3:27 pm"), with its hedge word; None when no part of the day follows, when a time with a.m. or p.m. comes
    first (`find_clock` reads that one), or when the hour is a 24-hour one."""
    match = _DAY_PART_CLOCK.match(text)
    if match is None or _CLOCK.search(match.group("pre")):
        return None
    hour, part = int(match.group("hour")), match.group("part").lower()
    if not 1 <= hour <= 12:
        return None
    half = "am" if part == "morning" or (part == "night" and (hour < 6 or hour == 12)) else "pm"
    hedge = _CLOCK_HEDGE.search(match.group("pre"))
    clock = f"{hour}:{match.group('minute')} {half}"
    return f"{hedge.group(1)} {clock}" if hedge else clock


def clock_minutes(text: str) -> tuple[int, int] | None:
    """Minutes after midnight of the time of day a text gives, and how many minutes either side it allows:
    "2:52 pm" -> (892, 0); "about 2:45 pm" -> (885, 5); "around noon" -> (720, 30)."""
    match = _CLOCK.search(text)
    if match is None:
        return None
    hour, minute, half, word, hour24, minute24 = match.groups()
    if word:
        minutes = 0 if word.lower() == "midnight" else 720
    elif hour24:
        hour, minute, minutes = hour24, minute24, int(hour24) * 60 + int(minute24)
    else:
        if int(hour) > 12 or (minute and int(minute) > 59):
            return None
        minutes = int(hour) % 12 * 60 + int(minute or 0) + (720 if half.lower() == "p" else 0)
    rough = _ROUGHLY.search(text[:match.start()]) is not None
    exact_to_the_minute = bool(minute) or (word is None and not rough)
    tolerance = "exact" if not rough else ("rough" if exact_to_the_minute else "rough hour")
    return minutes, CLOCK_TOLERANCE[tolerance]


_PART_OF = re.compile(r"^(?:the\s+)?(?P<part>end|beginning|start|middle|first half|second half|early|late|mid)"
                      r"(?:\s+of\s+|-|\s+)(?P<whole>.*\d.*)$", re.IGNORECASE)


def _part_of(text: str, part: str, whole: TimeSpan) -> TimeSpan:
    """The part of a period a phrase names: its first, middle or last third, or one of its halves."""
    days = (whole.end - whole.start).days + 1
    third, half = max(days // 3, 1), max(days // 2, 1)
    start, end = whole.start, whole.end
    if part in ("beginning", "start", "early"):
        end = start + timedelta(days=third - 1)
    elif part in ("middle", "mid"):
        start, end = start + timedelta(days=third), end - timedelta(days=third)
    elif part in ("end", "late"):
        start = end - timedelta(days=third - 1)
    elif part == "first half":
        end = start + timedelta(days=half - 1)
    else:  # second half
        start = start + timedelta(days=half)
    return TimeSpan(text, start, end, "range")


YEAR_NUMBER = re.compile(r"1[5-9]\d\d|20\d\d")  # "1937", "2009": a year, not a count
# "from X to Y", "between X and Y"; not "both 7 March and 23 March", two days
_BETWEEN = re.compile(r"(?:between\s+(?P<first_of_two>.+?)\s+and|(?P<first>.+?)\s+(?:to|through|until))"
                      r"\s+(?P<last>.+)", re.I)


HOLIDAY_DATES = {"christmas": "December 25", "christmas day": "December 25", "christmas eve": "December 24",
                 "new year's day": "January 1", "new year's eve": "December 31"}
_HOLIDAYS = re.compile(r"(?:the\s+)?(?P<name>christmas(?: day| eve)?|new year's (?:day|eve))(?P<year>,?\s+\d{4})?",
                       re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_time(text: str, published: date | None) -> TimeSpan | None:
    """A date expression to an interval with a precision; relative ones need the publication date."""
    cleaned = " ".join(text.split())
    decades = _DECADES.search(cleaned)
    if decades:
        first = int(decades.group(1)) * 10
        last = int(decades.group(2) or decades.group(1)) * 10
        return TimeSpan(cleaned, date(first, 1, 1), date(last + 9, 12, 31), "decade")
    years = _YEAR_RANGE.search(cleaned)
    if years:
        return TimeSpan(cleaned, date(int(years.group(1)), 1, 1), date(int(years.group(2)), 12, 31), "range")
    stripped = re.sub(r"^(?:in|on|since|by|from|until|as of|during)\s+", "", cleaned, flags=re.I)
    holiday = _HOLIDAYS.fullmatch(stripped)
    if holiday:  # "Christmas 2018": December 25, 2018
        day = parse_time(f"{HOLIDAY_DATES[holiday.group('name').lower()]}{holiday.group('year') or ''}", published)
        return replace(day, text=cleaned) if day is not None else None
    if re.fullmatch(r"(?:the\s+)?\d{1,3}", stripped, flags=re.I):
        return None  # "Samira Haddad, 63,": an age the tagger took for a date, not the year 2063 or May
    if re.fullmatch(r"\d+\.\d+", stripped):
        return None  # "at magnitude 8.9": a measure the tagger took for a date, not August 9
    months = _TWO_MONTHS.fullmatch(stripped)
    if months:  # "September and October 1961", "April-May 1940": both months of the year given once
        year = int(months.group("year"))
        first, last = (_MONTHS.index(months.group(g).lower()) + 1 for g in ("first", "last"))
        if first < last:
            return TimeSpan(cleaned, date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), "range")
    between = _BETWEEN.fullmatch(stripped)
    if between:  # "the start of 2005 to the end of February 2009", "between 2004 and October 31, 2008"
        first = parse_time(between.group("first_of_two") or between.group("first"), published)
        last = parse_time(between.group("last"), published)
        if first and last and first.start and last.end and first.start <= last.end:
            return TimeSpan(cleaned, first.start, last.end, "range")
    part = _PART_OF.match(stripped)
    whole = parse_time(part.group("whole"), published) if part else None
    if whole is not None and whole.start is not None and whole.end is not None:
        return _part_of(cleaned, part.group("part").lower(), whole)  # "the end of February 2019", "mid-2019"
    season = _SEASON.match(stripped)
    if season:
        return _season_span(cleaned, season.group(1).lower(), int(season.group(2)))
    year = _YEAR.match(stripped)
    if year:
        return TimeSpan(cleaned, date(int(year.group(1)), 1, 1), date(int(year.group(1)), 12, 31), "year")
    if published is None and (_RELATIVE_WORDS.search(stripped) or not re.search(r"\b\d{4}\b", stripped)):
        return None  # "last Tuesday", "19 January" cannot be placed without knowing when the article appeared
    weekday = _WEEKDAY.match(stripped)
    if weekday:
        return TimeSpan(cleaned, *(2 * [_last_weekday(published, weekday.group(1))]), "day")
    month = _MONTH_ONLY.match(stripped)
    if month:  # "March": what dateparser reads (that month of the publication year), without calling it
        number = _MONTHS.index(month.group(1).lower()) + 1
        last_day = calendar.monthrange(published.year, number)[1]
        return TimeSpan(cleaned, date(published.year, number, 1), date(published.year, number, last_day), "month")
    quick = _common_date(stripped, published)
    if quick is not None:
        return TimeSpan(cleaned, *quick)
    if not _DATEPARSER_READS.search(stripped):
        return None  # "the day", "annual", "That year": nothing dateparser would place, and it is dear to ask
    if _DURATION.search(stripped) and not _RELATIVE_WORDS.search(stripped):
        return None  # "30 years", "a 10-year struggle": how long, not when (dateparser reads them as days)
    data = _date_parser(published, bool(_RELATIVE_WORDS.search(stripped))).get_date_data(stripped)
    if not data or not data.date_obj:
        return None
    found = data.date_obj.date()
    if _YEARS_AGO.match(stripped):  # "a year ago": around this date a year before, not all of that year
        return TimeSpan(cleaned, found - YEARS_AGO_WINDOW, found + YEARS_AGO_WINDOW, "range")
    if data.period == "year":
        return TimeSpan(cleaned, date(found.year, 1, 1), date(found.year, 12, 31), "year")
    if data.period == "month":
        last_day = calendar.monthrange(found.year, found.month)[1]
        return TimeSpan(cleaned, date(found.year, found.month, 1), date(found.year, found.month, last_day), "month")
    return TimeSpan(cleaned, found, found, "day")


# ---------------------------------------------------------------- names, subjects, predicates

@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, aliases in load_lexicon("entities").items():
        if canonical.startswith("_"):
            continue
        index[canonical.lower()] = canonical
        for alias in aliases:
            index[alias.lower()] = canonical
    return index


def strip_determiner(text: str) -> str:
    """"the government" -> "government", "Some analysts" -> "analysts"."""
    return re.sub(r"^(?:the|a|an|some|many|several|most|other|few)\s+", "", text.strip(), flags=re.I)


@lru_cache(maxsize=8192)  # a pure function of the text, asked again for every mention of a source
def canonical_source(text: str) -> str:
    """The canonical name of a source: known aliases ("Pyongyang" -> "North Korea"), else the text itself
    without a leading article or a possessive."""
    cleaned = " ".join(text.split()).strip(" ,.;:")
    cleaned = re.sub(r",\s+(?:a|an)\s.*$", "", cleaned)  # "..., a citizens' group": what it is, not its name
    cleaned = re.sub(r"['\u2019]s?$", "", cleaned)
    known = _known_alias(cleaned)
    if known is not None:
        return known
    country = _country_of_official_body(strip_determiner(cleaned))
    return country or _body_of_named(strip_determiner(cleaned)) or _completed_name(strip_determiner(cleaned))


@lru_cache(maxsize=4096)
def country_of(place: str) -> str | None:
    """The country a place named in an article is in: "Tokyo" and "Japan" are Japan, "Beijing" (or
    "BEIJING" in a dateline) is China, "Wyoming" the United States; None for a place no list knows."""
    known = _known_alias(" ".join(place.split()))
    if known is not None:
        return known
    name = strip_determiner(" ".join(place.split()).strip(" ,;:"))
    gazetteer = _gazetteer()
    return gazetteer.get(name) or (_places_in_lower_case().get(name.lower()) if name.isupper() else None)


@lru_cache(maxsize=4096)  # asked for every nationality and organisation named in every article
def country_of_people(demonym: str) -> str | None:
    """The country a nationality names: "Japanese" from the lexicon; "Nigerians", "Malawian", "Kenyan",
    "Canadian" and "Mexican" by their country's name, when GeoNames knows it."""
    demonyms = load_lexicon("demonyms")["demonyms"]
    word = demonym[:-1] if demonym.endswith("s") and not demonym.endswith("ss") else demonym  # "Nigerians"
    if word in demonyms:
        return demonyms[word]
    countries = _countries()
    for name in (word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-2] + "o"):
        if name in countries:
            return name
    return None


def names_a_nation(word: str) -> bool:
    """"Japan", "Japanese", "Indonesians": a country or its people, which name no story ("the Japan earthquake",
    "the Indonesian tsunami")."""
    return country_of(word) == word or country_of_people(word) is not None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(_gazetteer().values())


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Every country GeoNames names, and those the nationality lexicon speaks for."""
    return _countries() | frozenset(load_lexicon("demonyms")["demonyms"].values())


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Place name -> country name: countries, US states and cities of 15,000 people or more, from GeoNames
    (`nlp/data/places.json`, written by `scripts/make_places.py`)."""
    return load_lexicon("places")["places"]


@lru_cache(maxsize=1)
def _places_in_lower_case() -> dict[str, str]:
    """The gazetteer by lower-cased name, for a dateline's capitals ("PORT-AU-PRINCE": Port-au-Prince)."""
    places: dict[str, str] = {}
    for name, country in _gazetteer().items():
        places.setdefault(name.lower(), country)
    return places


def _completed_name(name: str) -> str:
    """A known name or alias the tagger cut short: "Association of Families of Victims Kidnapped [by North
    Korea]", "the association of families of Japanese [abducted by North Korea]"."""
    if len(name.split()) < 3:
        return name
    longer = {canonical for alias, canonical in _alias_index().items() if alias.startswith(name.lower() + " ")}
    return longer.pop() if len(longer) == 1 else name


def known_entity(text: str) -> str | None:
    """The canonical name when the text is a known alias ("the North" -> "North Korea"), else None."""
    return _known_alias(" ".join(text.split()).strip(" ,.;:"))


def _known_alias(cleaned: str) -> str | None:
    """The canonical name of a cleaned-up text, with or without its leading article."""
    index = _alias_index()
    return next((index[c.lower()] for c in (cleaned, strip_determiner(cleaned)) if c.lower() in index), None)


LEVELS_OF_GOVERNMENT = {"state", "provincial", "regional", "city", "municipal", "federal", "local"}


def _body_of_named(text: str) -> str | None:
    """"the Madhya Pradesh government", "Madhya Pradesh state officials", "BP officials": the officials of a
    named state, region or company speak for it. A single plain word ("Western officials", "Union
    government") names no one unless it is a country or a known alias."""
    words = re.sub(r"['\u2019]s\b", "", text).split()
    bodies = set(load_lexicon("demonyms")["official_bodies"])
    if len(words) < 2 or words[-1].lower() not in bodies:
        return None
    named = words[:-1]
    while named and named[-1].lower() in LEVELS_OF_GOVERNMENT:
        named = named[:-1]
    if not named or not all(w[:1].isupper() for w in named):
        return None
    name = " ".join(named)
    known = _known_alias(name)
    if known is not None or country_of(name) == name:
        return known or name
    return name if len(named) >= 2 or name.isupper() else None


def _country_of_official_body(text: str) -> str | None:
    """"Japanese officials", "North Korean state media" -> the country they speak for."""
    lex = load_lexicon("demonyms")
    for demonym, country in _demonyms_longest_first():
        if text.lower().startswith(demonym.lower() + " "):
            rest = text[len(demonym) + 1:].lower()
            if rest in lex["official_bodies"] or rest.split()[-1] in lex["official_bodies"]:
                return country
    return None


@lru_cache(maxsize=1)
def _demonyms_longest_first() -> tuple[tuple[str, str], ...]:
    """Nationalities, the longer first: "Greek Cypriot officials" speak for Cyprus, not Greece."""
    return tuple(sorted(load_lexicon("demonyms")["demonyms"].items(), key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def _subject_index() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    lex = load_lexicon("subjects")
    synonyms = {word: key for key, words in lex["synonyms"].items() for word in words}
    participles = {verb: key for key, verbs in lex["participles"].items() for verb in verbs}
    return synonyms, participles, frozenset(lex["participle_heads"])


def known_group(key: str) -> bool:
    """Is this a group the subject lexicon names ("abductee", "protester")?"""
    synonyms, participles, _ = _subject_index()
    return key in synonyms.values() or key in participles.values()


def subject_key(head_lemma: str, modifier_lemmas: tuple[str, ...] = ()) -> str:
    """"abductees" and "Japanese citizens abducted by North Korea" both give `abductee`."""
    synonyms, participles, heads = _subject_index()
    head = head_lemma.lower()
    if head in heads or head in synonyms or not head.isalpha():  # "13 had been abducted": no noun at all
        for lemma in modifier_lemmas:
            if lemma.lower() in participles:
                return participles[lemma.lower()]
    qualified = next((synonyms[f"{m.lower()} {head}"] for m in modifier_lemmas if f"{m.lower()} {head}" in synonyms), None)
    return qualified or synonyms.get(head, head)  # "foreign nationals": foreigners


def without_accents(key: str) -> str:
    """"erdoğan" -> "erdogan", "rıza" -> "riza": outlets spell one name with and without its accents."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return plain.translate(UNDECOMPOSED)


UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})  # no NFKD form


def plain_key(key: str) -> str:
    """A subject key as outlets' spellings meet: "chun doo - hwan" and "chun doo hwan", "erdoğan" and
    "erdogan", "moammar gadhafi" and "muammar gaddafi"."""
    return " ".join(spelt_now(word) for word in re.sub(r"\s*-\s*", " ", without_accents(key)).split(" "))


def spelt_now(name: str) -> str:
    """"Erdoğan" and "Erdogan", "Cheju" and "Jeju": one lower-cased name, spelt as today, without accents."""
    plain = without_accents(name)
    return _spellings().get(plain, plain)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    return load_lexicon("spellings")["names"]  # "kwangju" -> "gwangju": one place, however an archive spells it


def common_noun_key(word: str) -> str | None:
    """The group a capitalised common noun names ("Job Statistics", "Jobs Numbers"), if the lexicon knows it."""
    synonyms, _, _ = _subject_index()
    word = word.lower()
    return synonyms.get(word) or (synonyms.get(word[:-1]) if word.endswith("s") else None)


@lru_cache(maxsize=1)
def _predicate_index() -> dict[str, str]:
    return {word: family for family, words in load_lexicon("predicates")["families"].items() for word in words}


def predicate_family(lemma: str) -> str:
    return _predicate_index().get(lemma.lower(), lemma.lower())


def has_predicate_family(lemma: str) -> bool:
    return lemma.lower() in _predicate_index()


def state_of(predicate_key: str, polarity: str) -> str | None:
    """The exclusive state a predicate puts its subject in, if any ("never entered" -> never_entered)."""
    states = load_lexicon("predicates")["states"]
    if polarity == "negative":
        return states.get(f"{predicate_key}:negative")
    return states.get(predicate_key)


def states_exclude(a: str, b: str) -> bool:
    return any({a, b} == set(pair) for pair in load_lexicon("predicates")["exclusive"])


NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu"}


@lru_cache(maxsize=65_536)  # for both claims of most pairs detection compares
def name_words(name: str) -> tuple[str, ...]:
    """"Abdelbaset al-Megrahi" -> abdelbaset, megrahi: a name's lower-cased words without particles."""
    return tuple(w for w in re.split(r"[\s\-\u2010]+", name.lower()) if w and w not in NAME_PARTICLES)
