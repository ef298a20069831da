from datetime import date, timedelta

import pytest

from claimtrack.domain import Quantity
from claimtrack.normalize import (bounds_overlap, canonical_source, clock_by_day_part, clock_minutes, country_of,
                                  country_of_people, find_clock, parse_quantity, parse_time, predicate_family,
                                  state_of, states_exclude, subject_key)


@pytest.mark.parametrize("text, value, low, high, approximate", [
    ("eight", 8, 8, 8, False),
    ("17", 17, 17, 17, False),
    ("more than 100", 100, 101, None, False),
    ("at least 5", 5, 5, None, False),
    ("about 3,000", 3000, 2850, 3150, True),
    ("nearly 3,000", 3000, 2850, 3000, True),
    ("1.28 million", 1280000, 1280000, 1280000, False),
    ("some", None, 1, None, True),
    ("hundreds", None, 200, 999, True),
    ("several hundred", None, 300, 900, True),
    ("a few thousand", None, 2000, 5000, True),
    ("several dozen", None, 36, 108, True),
    ("tens of thousands", None, 20000, 99999, True),
    ("between 1,000 and 1,500", None, 1000, 1500, False),
])
def test_quantities_become_bounds(text, value, low, high, approximate):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.approximate) == (value, low, high, approximate)


def test_percent_has_a_unit():
    assert parse_quantity("70 percent").unit == "%"


def test_words_that_are_not_numbers_give_nothing():
    assert parse_quantity("the government") is None


def test_approximate_figures_that_agree_overlap():
    assert bounds_overlap(parse_quantity("nearly 3,000"), parse_quantity("2,975"))
    assert not bounds_overlap(parse_quantity("13"), parse_quantity("17"))
    assert bounds_overlap(Quantity("some", None, 1, None), parse_quantity("8"))


def test_decades_are_one_range_at_decade_precision():
    time = parse_time("the 1970s and 1980s", None)
    assert (time.start, time.end, time.precision) == (date(1970, 1, 1), date(1989, 12, 31), "decade")


def test_month_precision():
    time = parse_time("since May 2023", None)
    assert (time.start, time.end, time.precision) == (date(2023, 5, 1), date(2023, 5, 31), "month")


def test_relative_dates_need_the_publication_date():
    assert parse_time("last year", None) is None
    time = parse_time("last year", date(2024, 5, 10))
    assert (time.start, time.end, time.precision) == (date(2023, 1, 1), date(2023, 12, 31), "year")


def test_nonsense_is_not_a_date():
    assert parse_time("the blue moon of never", date(2024, 1, 1)) is None


@pytest.mark.parametrize("alias, canonical", [
    ("Pyongyang", "North Korea"), ("the North", "North Korea"), ("the DPRK", "North Korea"),
    ("the Japanese government", "Japan"), ("Tokyo", "Japan"), ("Japanese officials", "Japan"),
    ("AFVKN", "Association of Families of Victims Kidnapped by North Korea"),
    ("the union", "union"),
])
def test_sources_get_canonical_names(alias, canonical):
    assert canonical_source(alias) == canonical


def test_groups_worded_differently_share_a_subject_key():
    assert subject_key("abductee") == subject_key("citizen", ("abduct",)) == subject_key("national", ("kidnap",))
    assert subject_key("citizen") == "citizen"


def test_died_and_alive_are_exclusive_states():
    assert predicate_family("die") == "dead"
    assert states_exclude(state_of("dead", "positive"), state_of("alive", "positive"))
    assert states_exclude(state_of("enter", "negative"), state_of("abduct", "positive"))
    assert state_of("return", "positive") is None


def test_hitting_and_striking_are_one_deed():
    assert predicate_family("hit") == predicate_family("strike") == "strike"  # "hit the rocks", "struck a rock"


def test_a_weekday_is_the_latest_such_day_up_to_publication():
    assert parse_time("on Tuesday", date(2002, 10, 15)).start == date(2002, 10, 15)  # a Tuesday itself
    assert parse_time("Friday night", date(2023, 1, 11)).start == date(2023, 1, 6)


def test_a_day_without_a_year_is_read_near_the_publication_date():
    assert parse_time("19 January", date(2023, 1, 11)).start == date(2023, 1, 19)  # announced ahead
    assert parse_time("19 January", date(2023, 3, 8)).start == date(2023, 1, 19)


@pytest.mark.parametrize("text, start, end, precision", [
    ("Sept. 17, 2002", date(2002, 9, 17), date(2002, 9, 17), "day"),
    ("7 March 2023", date(2023, 3, 7), date(2023, 3, 7), "day"),
    ("December 2004", date(2004, 12, 1), date(2004, 12, 31), "month"),
    ("Jan. 6", date(2023, 1, 6), date(2023, 1, 6), "day"),
])
def test_common_written_dates(text, start, end, precision):
    time = parse_time(text, date(2023, 1, 11))
    assert (time.start, time.end, time.precision) == (start, end, precision)


def test_a_stressed_figure_keeps_its_value_and_bounds():
    from claimtrack.normalize import parse_quantity
    assert (parse_quantity("only 14,000").low, parse_quantity("only 14,000").high) == (14000, 14000)
    assert parse_quantity("just over 5").approximate  # "just over" is a bound, not a stress


@pytest.mark.parametrize("text", ["March", "in november", "May", "FEBRUARY", "during December"])
@pytest.mark.parametrize("published", [date(2004, 12, 8), date(2024, 2, 29), date(2023, 1, 31)])
def test_a_month_alone_is_read_as_dateparser_reads_it(text, published):
    """The shortcut for a bare month name gives dateparser's own reading: that month of the publication year."""
    from claimtrack.normalize import _date_parser

    time = parse_time(text, published)
    found = _date_parser(published, False).get_date_data(text.split()[-1])
    assert (time.start.year, time.start.month, time.precision) == (found.date_obj.year, found.date_obj.month, found.period)
    assert time.start.day == 1 and (time.end + timedelta(days=1)).day == 1 and time.end.month == time.start.month
    assert time.text == text


def test_a_description_after_a_name_and_a_cut_short_alias_are_resolved():
    rescue = "National Association for the Rescue of Japanese Kidnapped by North Korea"
    families = "Association of Families of Victims Kidnapped by North Korea"
    assert canonical_source(f"The {rescue}, a citizens' group") == rescue
    assert canonical_source("The association of families of Japanese") == families
    assert canonical_source("The families' association") == families


@pytest.mark.parametrize("text,low,high", [
    ("1 to 1.5 million", 1_000_000, 1_500_000),       # the scale word said once, for both ends
    ("800,000 to 1.2 million", 800_000, 1_200_000),
    ("a million and a half", 1_500_000, 1_500_000),
    ("two and a half million", 2_500_000, 2_500_000),
    ("a million, million and a half", 1_000_000, 1_500_000),
    ("half a million", 500_000, 500_000),
    ("about half a million", 475_000, 525_000),
])
def test_ranges_and_halves_of_large_numbers(text, low, high):
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize("text,value", [("a third", 33.3), ("roughly a third", 33.3), ("half", 50),
                                        ("two-thirds", 66.7), ("a quarter", 25)])
def test_a_fraction_alone_is_a_share_not_a_count(text, value):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit) == (value, "%")


def test_a_range_keeps_its_unit():
    assert parse_quantity("3-4 percent").unit == "%"


@pytest.mark.parametrize("text,low,high", [
    ("at least 103,000 barrels", 103_000, None),      # the number before what it counts
    ("up to 500,000 barrels", None, 500_000),
    ("no higher than 60 percent", None, 60),
])
def test_figures_with_what_they_count_and_negated_comparisons(text, low, high):
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high) == (low, high)


def test_places_and_nationalities_give_countries_and_unknown_places_none():
    assert [country_of(p) for p in ("LONDON", "Lagos", "Tokyo", "Ogoniland")] == \
        ["United Kingdom", "Nigeria", "Japan", None]
    assert [country_of_people(d) for d in ("Nigerians", "Malawian", "North Korean", "Democrats")] == \
        ["Nigeria", "Malawi", "North Korea", None]


def test_nationalities_whose_country_the_name_does_not_give():
    assert [country_of_people(d) for d in ("Irish", "Swedes", "Norwegian", "Czechs", "Hungarian", "Portuguese", "Finns",
                                           "Emirati", "Dominican")] == \
        ["Ireland", "Sweden", "Norway", "Czechia", "Hungary", "Portugal", "Finland", "United Arab Emirates",
         "Dominican Republic"]


def test_the_nations_and_provinces_stories_are_told_from_give_their_country():
    assert [country_of(p) for p in ("Wales", "Scotland", "Quebec", "Ontario", "Maharashtra", "Borno", "Bali")] == \
        ["United Kingdom", "United Kingdom", "Canada", "Canada", "India", "Nigeria", "Indonesia"]


def test_cities_as_english_news_spells_them_give_their_country():
    assert [country_of(p) for p in ("Malmo", "Zurich", "Bogota", "Iasi", "Kiev", "Cologne", "Odessa", "Aarhus")] == \
        ["Sweden", "Switzerland", "Colombia", "Romania", "Ukraine", "Germany", "Ukraine", "Denmark"]
    assert [country_of(p) for p in ("Bush", "Duma")] == [None, None]  # a president, a parliament


def test_a_stressed_bound_keeps_its_bound_and_a_bare_stress_word_is_no_figure():
    assert (parse_quantity("well above 3,000").low, parse_quantity("far fewer than 300").high) == (3001, 299)
    assert parse_quantity("well 300") is None


def test_the_officials_of_a_named_state_or_company_speak_for_it():
    assert [canonical_source(t) for t in ("the Madhya Pradesh government", "Madhya Pradesh state officials",
                                          "BP officials", "Union Carbide officials")] == \
        ["Madhya Pradesh", "Madhya Pradesh", "BP", "Union Carbide"]
    assert canonical_source("Western officials") == "Western officials"  # no one in particular


def test_a_season_is_its_three_months_and_a_winter_runs_into_the_next_year():
    autumn = parse_time("the autumn of 1941", date(1944, 1, 26))
    winter = parse_time("winter 1942", None)
    assert (autumn.start, autumn.end, autumn.precision) == (date(1941, 9, 1), date(1941, 11, 30), "season")
    assert (winter.start, winter.end) == (date(1942, 12, 1), date(1943, 2, 28))
    assert parse_time("the fall of Saigon", date(1975, 5, 1)) is None


@pytest.mark.parametrize("text, minutes, slack", [
    ("2:52 pm", 892, 0), ("about 2:45 pm", 885, 5), ("8.48am", 528, 0), ("8:48 a.m.", 528, 0),
    ("around noon", 720, 30), ("shortly after 2 a.m.", 120, 30), ("midnight", 0, 0)])
def test_times_of_day_become_minutes_with_the_slack_their_words_allow(text, minutes, slack):
    assert clock_minutes(text) == (minutes, slack)


def test_a_time_of_day_is_found_with_its_hedge_and_numbers_alone_are_not_one():
    assert find_clock("the gate was forced at about 2:45 pm") == "about 2:45 pm"
    assert find_clock("shortly after 2 a.m. the advice was dropped") == "shortly after 2 a.m."
    assert find_clock("13 people in 2014") is None and clock_minutes("14:75 pm") is None


@pytest.mark.parametrize("text", ["63", "5", "the 63"])
def test_a_bare_small_number_is_no_date(text):
    assert parse_time(text, date(2017, 6, 15)) is None  # an age or a count, not the year 2063 or May


@pytest.mark.parametrize("text, minutes", [("at 00:54", (54, 0)), ("14:30", (870, 0)), ("1.14 a.m.", (74, 0))])
def test_times_of_day_on_either_clock(text, minutes):
    assert clock_minutes(text) == minutes


def test_a_decimal_is_no_time_of_day():
    assert clock_minutes("3.50 million") is None


@pytest.mark.parametrize("text", ["eight minutes", "Ten years", "about six hours", "the day", "annual"])
def test_a_duration_or_a_day_without_a_date_is_no_date(text):
    assert parse_time(text, date(2015, 6, 10)) is None  # not August 2015 for "eight minutes"


@pytest.mark.parametrize("text", ["30-year", "30 years", "the 10-year", "24 hours"])
def test_a_duration_is_no_date(text):
    assert parse_time(text, date(2020, 1, 1)) is None


def test_a_duration_ago_is_a_date():
    assert parse_time("30 years ago", date(2020, 1, 1)).start.year == 1989


@pytest.mark.parametrize("noun, key", [("combatant", "gunman"), ("militant", "gunman"), ("terrorist", "gunman"),
                                       ("fighter", "gunman"), ("shooter", "gunman"),
                                       ("blast", "explosion"), ("quake", "earthquake"), ("blaze", "fire")])
def test_one_subject_under_several_names(noun, key):
    assert subject_key(noun) == key


def test_greek_and_turkish_cypriots_speak_for_their_own_sides():
    assert canonical_source("The Greek Cypriot government") == "Cyprus"
    assert canonical_source("the Turkish Cypriot authorities") == "Northern Cyprus"
    assert canonical_source("Greek officials") == "Greece"
    assert country_of_people("Turkish Cypriots") != country_of_people("Greek Cypriots")


@pytest.mark.parametrize("text, start, end", [
    ("the end of February 2019", date(2019, 2, 20), date(2019, 2, 28)),
    ("as of the end of February 2019", date(2019, 2, 20), date(2019, 2, 28)),
    ("early 2019", date(2019, 1, 1), date(2019, 5, 1)),
    ("mid-1968", date(1968, 5, 2), date(1968, 8, 31)),
    ("late 2019", date(2019, 9, 2), date(2019, 12, 31)),
])
def test_a_part_of_a_period_is_that_part_of_it(text, start, end):
    span = parse_time(text, date(2020, 1, 1))
    assert (span.start, span.end) == (start, end)


def test_the_end_of_something_that_is_no_period_is_no_date():
    assert parse_time("the end of the war", date(2020, 1, 1)) is None


def test_a_name_spelt_with_or_without_its_accents_is_one_key():
    from claimtrack.normalize import without_accents
    assert without_accents("seyid rıza") == without_accents("seyid riza") == "seyid riza"
    assert without_accents("erdoğan") == "erdogan"
    assert without_accents("łódź") == "lodz"


def test_a_hyphenated_name_and_the_same_name_without_its_hyphen_are_one_key():
    from claimtrack.normalize import plain_key
    assert plain_key("chun doo - hwan") == plain_key("chun doo hwan") == "chun doo hwan"
    assert plain_key("erdoğan") == "erdogan"
    assert plain_key("moammar gadhafi") == plain_key("muammar qaddafi") == "muammar gaddafi"  # transliterations


def test_a_span_from_one_date_to_another_is_read_whole_but_two_days_are_not_a_span():
    published = date(2010, 1, 1)
    from_to = parse_time("the start of 2005 to the end of February 2009", published)
    between = parse_time("between the start of 2004 and October 31, 2008", published)
    assert (from_to.start, from_to.end) == (date(2005, 1, 1), date(2009, 2, 28))
    assert (between.start, between.end) == (date(2004, 1, 1), date(2008, 10, 31))
    assert parse_time("both 7 March and 23 March", published) is None


@pytest.mark.parametrize("text", ["September and October 1961", "September-October 1961",
                                  "from September to October 1961"])
def test_two_months_of_one_year_are_the_span_of_both(text):
    span = parse_time(text, date(2001, 10, 18))
    assert (span.start, span.end) == (date(1961, 9, 1), date(1961, 10, 31))


def test_a_figure_said_with_perhaps_is_about_that_figure():
    assert (parse_quantity("perhaps 50,000").low, parse_quantity("perhaps 50,000").high) == (47500, 52500)
    assert parse_quantity("maybe 200").approximate


def test_more_than_a_share_is_any_share_above_it():
    assert parse_quantity("more than 83 percent").low == 83  # 83.01 percent is more than 83 percent
    assert parse_quantity("more than 100").low == 101  # people come whole


def test_christmas_and_new_year_are_days():
    assert parse_time("by Christmas 2018", None).end == date(2018, 12, 25)
    assert parse_time("New Year's Day 2020", None).start == date(2020, 1, 1)


@pytest.mark.parametrize("text, clock", [
    ("at 3:27 Monday afternoon during a shift change", "3:27 pm"),
    ("at 3:02 on the afternoon of April 5", "3:02 pm"),
    ("about 11:40 at night", "about 11:40 pm"),
    ("at 1:30 Tuesday morning", "1:30 am"),
    ("shares fell 3:27 percent", None),  # no part of the day
    ("at 2 pm and 3:15 that afternoon", None),  # a clock of its own comes first
    ("at 15:10 in the afternoon", None),  # 24-hour clocks are read as they are
])
def test_a_time_of_day_told_by_the_part_of_the_day(text, clock):
    assert clock_by_day_part(text) == clock


def test_a_decimal_the_tagger_takes_for_a_date_is_no_date():
    assert parse_time("8.9", date(2011, 3, 11)) is None  # "measured the quake at magnitude 8.9"
    assert parse_time("March 11", date(2011, 3, 11)) is not None
