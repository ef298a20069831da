"""Conflict rules on hand-made claims."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from claimtrack.conflicts import MAX_PER_KEY, MAX_PER_SOURCE, blocking_keys, compare, detect, detect_among
from claimtrack.domain import Attribution, Claim, Evidence, Stance, StoredClaim, TextSpan, TimeSpan
from claimtrack.normalize import parse_quantity, parse_time


def claim(source, predicate, quantity=None, polarity="positive", subject="abductee", kind=None, hedge=None,
          stance=None, time=None, content="content"):
    span = TextSpan(0, len(content), content)
    evidence = Evidence(content, 0, Attribution(None, TextSpan(0, 4, "said"), span), span)
    q = parse_quantity(quantity) if quantity else None
    return Claim(source_name=source, source_text=source, cue="say", commitment="hedged" if hedge else "assert",
                 polarity=polarity, kind=kind or ("count" if q and q.value is not None else "status"),
                 subject_text=subject, subject_key=subject, predicate_text=predicate, predicate_key=predicate,
                 evidence=(evidence,), quantity=q, hedge=hedge, stance=stance,
                 time=parse_time(time, None) if time else None, period=parse_time(time, None) if time else None)


def stored(cid, c, published=None):
    return StoredClaim(cid, f"article-{cid}", published, c)


def test_died_versus_alive_is_a_status_conflict_scored_lower_when_hedged():
    dead = stored("a", claim("North Korea", "dead", "eight"))
    alive = stored("b", claim("Japan", "alive", "some", hedge="may"))
    sure_alive = stored("c", claim("Japan", "alive", "some"))
    conflict = compare(dead, alive)
    assert conflict.kind == "status" and conflict.relation == "contradiction"
    assert "hedged" in conflict.explanation and "North Korea" in conflict.explanation
    assert conflict.score < compare(dead, sure_alive).score


def test_numbers_that_cannot_both_be_true():
    thirteen = stored("a", claim("North Korea", "abduct", "13"))
    seventeen = stored("b", claim("Japan", "abduct", "17"))
    assert compare(thirteen, seventeen).kind == "numeric"


def test_approximate_figures_that_agree_are_not_a_conflict():
    assert compare(stored("a", claim("Police", "attend", "nearly 3,000", subject="protester")),
                   stored("b", claim("Union", "attend", "2,975", subject="protester"))) is None


def test_deaths_on_record_are_a_floor_any_higher_toll_takes_in():
    documented = stored("a", replace(claim("National Security Archive", "dead", "44", subject="people"),
                                     cue="document"), date(2006, 11, 30))
    assert compare(documented, stored("b", claim("Human rights groups", "dead", "more than 300", subject="people"),
                                      date(2022, 7, 8))) is None
    assert compare(documented, stored("c", claim("Government", "dead", "20", subject="people"),
                                      date(1968, 10, 3))).kind == "numeric"  # fewer than those on record
    counted = stored("d", claim("Archive", "dead", "44", subject="people"), date(2006, 11, 30))
    assert compare(counted, stored("b", claim("Human rights groups", "dead", "more than 300", subject="people"),
                                   date(2022, 7, 8))).kind == "numeric"  # a toll said, not those on record


def test_a_floor_given_while_the_event_was_news_is_no_dispute_with_a_higher_toll_later():
    night = stored("a", claim("Italy", "dead", "at least three", subject="people", time="January 13, 2012"),
                   date(2012, 1, 14))
    final = stored("b", claim("Costa Crociere", "dead", "32", subject="people"), date(2013, 9, 17))
    assert compare(night, final) is None
    lower = stored("c", claim("Costa Crociere", "dead", "2", subject="people"), date(2013, 9, 17))
    assert compare(night, lower).kind == "numeric"  # fewer than the floor
    looking_back = stored("d", claim("Italy", "dead", "at least three", subject="people", time="January 13, 2012"),
                          date(2012, 3, 1))
    assert compare(looking_back, final).kind == "numeric"  # a floor given weeks later is a figure of its own


def test_a_ship_strikes_the_rocks_once():
    clock = TimeSpan("about 10:30 p.m.", None, None, "time")  # a time of day with no date
    coast_guard = stored("a", replace(claim("coast guard", "strike", subject="ship",
                                            content="The ship struck a rock at about 10:30 p.m."),
                                      subject_text="The ship", time=clock), date(2012, 1, 14))
    trial = stored("b", replace(claim("prosecutors", "strike", subject="ship", time="9:45 p.m. on January 13, 2012",
                                      content="The ship hit the rocks at 9:45 p.m. on January 13, 2012"),
                                subject_text="the Costa Concordia"), date(2015, 2, 12))
    assert compare(coast_guard, trial).kind == "date"
    monday = stored("c", replace(claim("union", "strike", subject="worker", content="the workers struck"),
                                 subject_text="the workers", time=clock), date(2012, 1, 14))
    tuesday = stored("d", replace(claim("police", "strike", subject="worker", time="9:45 p.m. on January 13, 2012",
                                        content="the workers struck"), subject_text="the workers"), date(2012, 1, 15))
    assert compare(monday, tuesday) is None  # workers strike again and again


def test_what_happens_once_to_its_subject_happens_in_one_place():
    suggested = stored("a", replace(claim("filmmakers", "collide", subject="ship", hedge="may",
                                          content="the ferry may have collided with a submarine"),
                                    subject_text="the ferry"), date(2020, 9, 28))
    denied = stored("b", replace(claim("investigators", "collide", subject="ship", polarity="negative",
                                       content="the ferry collided with another vessel in the Baltic Sea"),
                                 subject_text="the ferry", place="Baltic Sea"), date(2023, 1, 16))
    assert compare(suggested, denied).kind == "negation"
    marched = stored("c", replace(claim("union", "march", subject="worker", content="the workers marched"),
                                  subject_text="the workers"), date(2023, 1, 16))
    not_in_paris = stored("d", replace(claim("police", "march", subject="worker", polarity="negative",
                                             content="the workers did not march in Paris"),
                                       subject_text="the workers", place="Paris"), date(2023, 1, 16))
    assert compare(marched, not_in_paris) is None  # workers march in many places


def test_what_a_source_says_it_would_not_do_is_no_fact_its_deed_contradicts():
    vowed = stored("a", replace(claim("Ariel Sharon", "resign", subject="ariel sharon", polarity="negative",
                                      content="he would not resign"), subject_text="he"), date(1983, 2, 9))
    resigned = stored("b", replace(claim(None, "resign", subject="ariel sharon", time="February 1983",
                                         content="Sharon resigned as defence minister in February 1983"),
                                   subject_text="Sharon"), date(2022, 9, 16))
    assert compare(vowed, resigned) is None
    denied = stored("c", replace(claim("Ariel Sharon", "resign", subject="ariel sharon", polarity="negative",
                                       content="he did not resign"), subject_text="he"), date(1983, 2, 9))
    assert compare(denied, resigned).kind == "negation"  # said he did not, against that he did


def test_different_predicates_or_subjects_or_periods_are_not_conflicts():
    abducted = stored("a", claim("Japan", "abduct", "17"))
    assert compare(abducted, stored("b", claim("Japan", "return", "5"))) is None
    assert compare(abducted, stored("c", claim("Police", "abduct", "883", subject="case"))) is None
    assert compare(stored("d", claim("Ministry", "dead", "40", time="2019")),
                   stored("e", claim("Union", "dead", "90", time="2020"))) is None


def test_the_same_source_changing_its_figure_is_a_revision():
    first = stored("a", claim("Police", "list", "868", subject="case"), date(2012, 1, 1))
    later = stored("b", claim("Police", "list", "883", subject="case"), date(2016, 1, 1))
    conflict = compare(first, later)
    assert conflict.relation == "revision" and "changed its account" in conflict.explanation


def test_two_articles_each_citing_a_report_cite_two_reports():
    first = stored("a", claim("report", "evacuate", "Some 135,000", subject="people"), date(1986, 8, 26))
    later = stored("b", claim("report", "evacuate", "116,000", subject="people"), date(2005, 9, 5))
    conflict = compare(first, later)
    assert conflict.relation == "contradiction" and "changed its account" not in conflict.explanation
    police = stored("c", claim("police", "evacuate", "116,000", subject="people"), date(2005, 9, 5))
    assert compare(replace(first, claim=replace(first.claim, source_name="police")), police).relation == "revision"


def test_a_holder_whose_position_changed_is_a_stance_revision():
    against = stance_claim("oppose", date(2015, 1, 1))
    not_against = stance_claim("not_oppose", date(2024, 2, 1))
    conflict = compare(against, not_against)
    assert (conflict.kind, conflict.relation) == ("stance", "revision")


def stance_claim(value, published):
    c = claim("AFVKN", "oppose", kind="stance", subject="sanction",
              stance=Stance("AFVKN", "lifting sanctions", value), polarity="negative" if value == "not_oppose" else "positive")
    return stored(value, c, published)


def test_detection_only_compares_claims_sharing_a_subject_and_is_idempotent():
    new = [stored("a", claim("North Korea", "dead", "eight")), stored("b", claim("Japan", "alive", "some"))]
    unrelated = [stored(f"x{i}", claim("Somebody", "alive", "some", subject=f"other{i}")) for i in range(50)]
    first = detect(new, unrelated)
    assert [c.kind for c in first] == ["status"]
    assert detect(new, unrelated + new) == first


def test_a_claim_never_conflicts_with_itself():
    one = stored("a", claim("North Korea", "dead", "eight"))
    assert detect([one], [one]) == []
    assert compare(one, stored("a2", replace(one.claim))) is None


def test_counts_in_different_places_are_not_conflicts():
    paris = stored("a", replace(claim("CGT", "attend", "400,000", subject="protester"), place="Paris"))
    france = stored("b", replace(claim("Ministry", "attend", "1.12 million", subject="protester"), place="nationwide"))
    elsewhere = stored("c", replace(claim("Ministry", "attend", "80,000", subject="protester"), place="Paris"))
    assert compare(paris, france) is None
    assert compare(paris, elsewhere).kind == "numeric"


def test_a_days_event_without_a_date_is_read_as_of_its_article():
    first_day = stored("a", claim("Ministry", "attend", "1.12 million", subject="protester"), date(2023, 1, 20))
    later_day = stored("b", claim("Ministry", "attend", "1.28 million", subject="protester"), date(2023, 3, 8))
    same_day = stored("c", claim("CGT", "attend", "2 million", subject="protester"), date(2023, 1, 19))
    assert compare(first_day, later_day) is None  # two protest days, not a revision
    assert compare(first_day, same_day).kind == "numeric"


def test_exact_counts_that_fit_in_their_group_are_different_people():
    alive = stored("a", claim("North Korea", "alive", "five", subject="abductee"))
    alive = stored("a", replace(alive.claim, subject_text="five of the 13"))
    dead = stored("b", claim("Japan", "dead", "eight"))
    never = stored("c", claim("North Korea", "enter", "four", polarity="negative"))
    abducted = stored("d", claim("Japan", "abduct", "17"))
    assert compare(alive, dead) is None  # 5 + 8 = 13
    assert compare(never, abducted).kind == "status"  # 4 + 17 > 17: the four are among the 17


def test_none_alive_agrees_with_dead_and_contradicts_some_alive():
    none_alive = stored("a", claim("North Korea", "alive", "no"))
    dead = stored("b", claim("North Korea", "dead", "eight"))
    some_alive = stored("c", claim("Japan", "alive", "some", hedge="may"))
    assert compare(none_alive, dead) is None
    assert compare(none_alive, some_alive).kind == "quantifier"


def test_exclusive_states_in_different_places_are_not_conflicts():
    released = stored("a", replace(claim("Police", "release", subject="hostage"), place="Lyon"))
    held = stored("b", replace(claim("Union", "detain", subject="hostage"), place="Lille"))
    held_there = stored("c", replace(claim("Union", "detain", subject="hostage"), place="Lyon"))
    assert compare(released, held) is None
    assert compare(released, held_there).kind == "status"


def test_all_contradicts_none_but_not_some():
    all_alive = stored("a", claim("Japan", "alive", "all"))
    none_alive = stored("b", claim("North Korea", "alive", "no"))
    some_alive = stored("c", claim("Sakie Yokota", "alive", "some", hedge="may"))
    assert compare(all_alive, none_alive) is not None
    assert compare(all_alive, some_alive) is None


def test_a_count_up_to_an_hour_is_not_the_days_total():
    by_eleven = stored("a", replace(claim("Authority", "ride", "317,000", subject="rider"), place="by 11 a.m."))
    whole_day = stored("b", claim("Authority", "ride", "about 782,000", subject="rider"))
    spicer = stored("c", claim("Sean Spicer", "ride", "420,000", subject="rider"))
    assert compare(by_eleven, whole_day) is None
    assert compare(spicer, whole_day).kind == "numeric"


def test_a_gain_and_a_loss_for_the_same_month_are_a_numeric_conflict():
    gain = stored("a", claim("BLS", "gain", "14,000", subject="job", time="June 2025"))
    loss = stored("b", claim("BLS", "lose", "13,000", subject="job", time="June 2025"))
    small_loss = stored("c", claim("ADP", "lose", "about 13,500", subject="job", time="June 2025"))
    assert compare(gain, loss).kind == "numeric"
    assert "a gain of 14,000 vs a loss of 13,000" in compare(gain, loss).explanation
    assert compare(loss, small_loss) is None  # both losses, and about the same


def test_someone_doing_something_after_their_reported_death_is_a_date_conflict():
    died = stored("a", claim("North Korea", "dead", subject="Megumi Yokota", kind="event", time="April 1994"))
    moved = stored("b", claim("Fukie Chimura", "move", subject="Megumi Yokota", kind="event", time="June 1994"))
    before = stored("c", claim("Japan", "move", subject="Megumi Yokota", kind="event", time="1990"))
    assert compare(died, moved).kind == "date"
    assert compare(died, before) is None


def test_positions_under_opposite_conditions_can_both_hold():
    def position(value, condition, published):
        stance = Stance("AFVKN", "sanctions", value, condition)
        return stored(value, claim("AFVKN", value, subject="sanction", kind="stance", stance=stance), published)
    relief = position("not_oppose", "if all abductees are returned", date(2024, 2, 25))
    tougher = position("demand", "if the victims do not come home", date(2025, 2, 16))
    unconditional = position("oppose", None, date(2008, 7, 7))
    assert compare(relief, tougher) is None
    assert compare(unconditional, relief).kind == "stance"


def test_a_forecast_missed_is_not_a_contradiction():
    forecast = stored("a", replace(claim("Goldman Sachs", "revise", "between 600,000 and 1 million", subject="revision",
                                         hedge="could"), cue="estimate"))
    actual = stored("b", claim("BLS", "revise", "589,000", subject="revision"))
    other_estimate = stored("c", claim("BLS", "revise", "818,000", subject="revision"))
    assert compare(forecast, actual) is None
    assert compare(actual, other_estimate).kind == "numeric"


def test_a_plea_not_to_act_does_not_deny_a_plan_to_act():
    plan = stored("a", claim("Japan", "lift", subject="sanction", kind="event"))
    plea = stored("b", claim("AFVKN", "lift", subject="sanction", polarity="negative", kind="stance",
                             stance=Stance("AFVKN", "lift sanctions", "oppose")))
    assert compare(plan, plea) is None


def test_of_each_source_only_the_latest_claims_under_a_key_are_compared():
    restated = [stored(f"nk{year}", claim("North Korea", "dead", "eight"), date(2000 + year, 1, 1))
                for year in range(15)]
    lone = stored("lone", claim("Red Cross", "dead", "eight"), date(1990, 1, 1))
    new = stored("new", claim("Japan", "alive", "some"), date(2024, 1, 1))
    pairs = {frozenset((c.claim_a, c.claim_b)) for c in detect([new], [*restated, lone])}
    latest = {f"nk{year}" for year in range(15 - MAX_PER_SOURCE, 15)}
    assert pairs == {frozenset(("new", other)) for other in latest | {"lone"}}


def test_claims_are_blocked_by_what_the_rules_need_in_common():
    dead, alive = claim("A", "dead", "eight"), claim("B", "alive", "some")
    assert blocking_keys(dead) & blocking_keys(alive)  # exclusive states meet
    assert not blocking_keys(claim("A", "attend", "8")) & blocking_keys(claim("B", "lose", "9"))
    opposes = claim("A", "oppose", kind="stance", stance=Stance("A", "x", "oppose"))
    backs = claim("B", "back", kind="stance", stance=Stance("A", "x", "support"))
    assert blocking_keys(opposes) & blocking_keys(backs)
    assert blocking_keys(claim("A", "dead", subject="")) == frozenset()


def test_under_a_key_only_the_sources_heard_from_most_recently_are_compared():
    sources = [stored(f"s{i}", claim(f"Source {i}", "dead", "eight"), date(2000, 1, 1) + timedelta(days=i))
               for i in range(MAX_PER_KEY + 5)]
    new = stored("new", claim("Japan", "alive", "some"), date(2024, 1, 1))
    pairs = {c.claim_a if c.claim_b == "new" else c.claim_b for c in detect([new], sources)}
    assert pairs == {f"s{i}" for i in range(5, MAX_PER_KEY + 5)}


def test_under_a_key_the_claims_own_story_is_compared_however_many_stories_spoke_since():
    def toll(cid, source, figure, story, published):
        return stored(cid, replace(claim(source, "dead", figure, subject="people"), story=story), published)
    own = toll("own", "French records", "103", ("setif:4", "guelma:2"), date(2005, 2, 28))
    since = [toll(f"s{i}", f"Source {i}", "40", ("katyn:3",), date(2010, 1, 1) + timedelta(days=i))
             for i in range(MAX_PER_KEY + 5)]
    new = toll("new", "Le Monde", "102", ("setif:3", "achiary:2"), date(2015, 4, 20))
    pairs = {c.claim_a if c.claim_b == "new" else c.claim_b for c in detect([new], [own, *since])}
    assert pairs == {"own"}  # fifty-five later tolls of Katyn crowd nothing out of Setif's story


def test_under_a_key_a_storys_articles_told_of_one_year_meet_though_first_about_different_names():
    def toll(cid, source, figure, story, published):
        return stored(cid, replace(claim(source, "dead", figure, subject="people"), story=story), published)
    news = toll("news", "Pan Am", "258", ("pan:2", "york:1", "heathrow:1"), date(1988, 12, 22))
    since = [toll(f"s{i}", f"Source {i}", "40", ("katyn:3",), date(2000, 1, 1) + timedelta(days=i))
             for i in range(MAX_PER_KEY + 5)]
    verdict = toll("verdict", "the court", "259", ("lockerbie:3", "1988:2", "pan:2", "megrahi:2"), date(2001, 2, 1))
    pairs = {c.claim_a if c.claim_b == "verdict" else c.claim_b for c in detect([verdict], [news, *since])}
    assert pairs == {"news"}  # the news of 1988 and the verdict's look back at 1988, though one is first about Pan Am


@pytest.mark.parametrize("stories", [((), ()), (("setif:2",), ("katyn:3", "setif:1"))])
def test_the_candidate_index_hands_detection_what_it_would_pick_from_every_stored_claim(monkeypatch, stories):
    from claimtrack import candidates

    stored_claims = [stored(f"c{i}", replace(claim(f"Source {i % 13}", ("dead", "alive")[i % 2],
                                                   ("eight", "some")[i % 2]), story=stories[i % 3 == 0]),
                            date(2000, 1, 1) + timedelta(days=(i * 37) % 500)) for i in range(200)]
    monkeypatch.setattr(candidates.repository, "claims_with_subjects", lambda session, keys: list(stored_claims))
    monkeypatch.setattr(candidates.repository, "commit_mark", lambda session: None)
    index = candidates.CandidateIndex()
    index.load(None, ["abductee"])
    new = [stored("new", replace(claim("Japan", "alive", "some"), story=stories[0]), date(2024, 1, 1))]
    assert len(index.rivals_of(new[0])) < len(stored_claims)
    assert detect_among(new, index.rivals_of) == detect(new, stored_claims)


def test_only_some_says_the_others_are_not():
    everyone = stored("a", claim("Ministry", "rescue", "all", subject="miner"))
    only_some = stored("b", claim("Union", "rescue", "only some", subject="miner"))
    assert compare(everyone, only_some).kind == "quantifier"



def test_a_running_total_counted_years_apart_is_two_moments_not_a_conflict():
    then = stored("a", claim(None, "hold", "16", subject="name"), date(2006, 11, 20))
    years_later = stored("b", claim(None, "hold", "17", subject="name"), date(2019, 8, 7))
    same_week = stored("c", claim(None, "hold", "17", subject="name"), date(2006, 11, 24))
    assert compare(then, years_later) is None
    assert compare(then, same_week).kind == "numeric"
    abducted_then = stored("d", claim("Japan", "abduct", "11"), date(2002, 9, 17))
    abducted_later = stored("e", claim("North Korea", "abduct", "13"), date(2024, 2, 16))
    assert compare(abducted_then, abducted_later).kind == "numeric"  # a past event's count does not run on
    police_then = stored("f", claim("Police", "hold", "868", subject="case"), date(2012, 1, 1))
    police_later = stored("g", claim("Police", "hold", "883", subject="case"), date(2016, 1, 1))
    assert compare(police_then, police_later).relation == "revision"  # one source's timeline
    alive_then = stored("h", claim("Herald", "alive", "62", subject="people"), date(1988, 7, 8))
    survived_later = stored("i", replace(claim("BBC", "alive", "61", subject="people"), predicate_text="survived"),
                            date(2008, 7, 6))
    assert compare(alive_then, survived_later).kind == "numeric"  # who came out of a disaster alive stays counted


def test_those_still_missing_counted_days_apart_are_two_moments_of_a_search():
    saturday = stored("a", claim("Officials", "unaccounted", "about 40", subject="people"), date(2012, 1, 14))
    tuesday = stored("b", claim("civil protection agency", "unaccounted", "29", subject="people"), date(2012, 1, 17))
    same_day = stored("c", claim("civil protection agency", "unaccounted", "29", subject="people"), date(2012, 1, 14))
    assert compare(saturday, tuesday) is None
    assert compare(saturday, same_day).kind == "numeric"


def test_a_toll_counted_by_a_day_covers_the_deaths_of_the_days_before():
    by_saturday = stored("a", claim("Police", "dead", "111", subject="people", time="by July 18, 1981"),
                         date(1981, 7, 18))
    of_friday = stored("b", claim("police", "dead", "113", subject="people", time="July 17, 1981"), date(1981, 7, 21))
    on_saturday = stored("c", claim("Police", "dead", "111", subject="people", time="July 18, 1981"), date(1981, 7, 18))
    assert compare(by_saturday, of_friday).kind == "numeric"  # two counts of the dead of one collapse
    assert compare(on_saturday, of_friday) is None  # deaths of one day and of another


def test_denying_a_figure_is_not_giving_another():
    denied = stored("a", replace(claim("Red Cross", "dead", "2,600", subject="people"), commitment="denial"),
                    date(1989, 6, 27))
    official = stored("b", claim("China", "dead", "241", subject="people"), date(1989, 6, 27))
    assert compare(denied, official) is None


def test_running_totals_since_a_date_given_months_apart_are_not_a_revision():
    autumn = stored("a", claim("Police", "arrest", "1,183", subject="people", time="since June 2019"), date(2019, 9, 5))
    next_year = stored("b", claim("Police", "arrest", "9,000", subject="people", time="since June 2019"),
                       date(2020, 6, 9))
    same_day = stored("c", claim("Police", "arrest", "2,000", subject="people", time="since June 2019"),
                      date(2019, 9, 5))
    assert compare(autumn, next_year) is None
    assert compare(autumn, same_day).relation == "revision"


def test_a_part_counted_above_its_whole_is_a_numeric_conflict():
    civilians = stored("a", replace(claim("Amnesty", "dead", "at least 1,000", subject="civilian"), place="Beijing"),
                       date(1989, 6, 27))
    everyone = stored("b", claim("China", "dead", "241", subject="people"), date(1989, 6, 27))
    conflict = compare(civilians, everyone)
    assert conflict.kind == "numeric" and "cannot outnumber its whole" in conflict.explanation
    fewer = stored("c", replace(claim("Police", "dead", "200", subject="civilian"), place="Beijing"), date(1989, 6, 27))
    assert compare(fewer, everyone) is None  # a part smaller than its whole: both can be true
    paris = stored("d", replace(claim("CGT", "attend", "700,000", subject="protester"), place="Paris"),
                   date(2023, 3, 7))
    france = stored("e", replace(claim("Ministry", "attend", "1.28 million", subject="protester"), place="nationwide"),
                    date(2023, 3, 7))
    assert compare(paris, france) is None


def test_an_undated_claim_is_not_about_an_election_held_after_it_appeared():
    before = stored("a", claim("Commission", "turnout", "74.4 percent", subject="turnout"), date(2019, 5, 27))
    rerun = stored("b", claim("Commission", "turnout", "64.8 percent", subject="turnout", time="June 23, 2020"),
                   date(2020, 6, 27))
    assert compare(before, rerun) is None


def test_none_of_them_alive_is_negated_once():
    none_alive = stored("a", claim("Japan", "alive", "none", polarity="negative"), date(2024, 5, 10))
    dead = stored("b", claim("North Korea", "dead", "eight"), date(2024, 5, 10))
    assert compare(none_alive, dead) is None  # "none of the abductees are alive" agrees with "eight died"


def test_two_stories_are_one_only_when_ones_main_country_is_among_the_others():
    dead = replace(claim("Madhya Pradesh", "dead", "some", subject="people"), setting=("India", "United States"))
    alive = replace(claim(None, "alive", "some", subject="people"), setting=("United States",))
    katyn = replace(alive, setting=("Russia", "Germany"))
    panel = replace(dead, setting=("United States", "Russia"))
    assert compare(stored("a", dead), stored("b", alive)) is not None  # it names the other's country
    assert compare(stored("a", replace(dead, setting=("India",))), stored("b", alive)) is None
    assert compare(stored("a", panel), stored("b", katyn)) is not None  # Washington's panel on a Russian massacre


def test_counts_over_two_different_spans_are_different_counts():
    earlier = stored("a", claim("Forum", "diagnose", "about 4,000", subject="case", time="between 1992 and 2002"))
    longer = stored("b", claim("UNSCEAR", "diagnose", "about 20,000", subject="case", time="between 1991 and 2015"))
    same = stored("c", claim("Ministry", "diagnose", "about 9,000", subject="case", time="between 1992 and 2002"))
    assert compare(earlier, longer) is None
    assert compare(earlier, same).kind == "numeric"
    in_belarus = stored("d", replace(longer.claim, place="Belarus"))
    assert compare(earlier, in_belarus) is None  # a part counted over a longer span is not a part of it


def test_a_toll_still_rising_in_the_first_weeks_is_not_a_conflict():
    def toll(cid, source, figure, published):
        return stored(cid, claim(source, "dead", figure, subject="people"), published)
    first_days = toll("a", "Government", "2", date(1986, 4, 29))
    two_weeks_on = toll("b", "Embassy", "9", date(1986, 5, 14))
    months_on = toll("c", "Embassy", "31", date(1986, 9, 1))
    lower_later = toll("d", "Embassy", "1", date(1986, 5, 14))
    same_day = toll("e", "Embassy", "9", date(1986, 4, 29))
    assert compare(first_days, two_weeks_on) is None
    assert compare(first_days, months_on).kind == "numeric"
    assert compare(first_days, lower_later).kind == "numeric"
    assert compare(first_days, same_day).kind == "numeric"
    days_on_same_source = toll("f", "Civil Protection", "9", date(1986, 5, 2))
    first_days = toll("a", "Civil Protection", "2", date(1986, 4, 29))
    assert compare(first_days, days_on_same_source).relation == "revision"  # one source's count, as it grew


def test_a_record_claimed_against_a_higher_earlier_count_is_a_numeric_conflict():
    largest = stored("a", claim("Spokesman", "record", subject="viewer", content="the largest audience ever"),
                     date(2017, 1, 22))
    below = stored("b", claim("Ratings firm", "watch", "37.8 million", subject="viewer", time="2009",
                              content="fewer than the 37.8 million who watched in 2009"), date(2017, 1, 23))
    plain_count = stored("c", claim("Ratings firm", "watch", "37.8 million", subject="viewer", time="2009",
                                    content="37.8 million watched in 2009"), date(2017, 1, 23))
    later_bar = stored("d", claim("Ratings firm", "watch", "40 million", subject="viewer", time="2021",
                                  content="fewer than the 40 million who watched in 2021"), date(2021, 2, 1))
    assert blocking_keys(largest.claim) & blocking_keys(below.claim)
    assert compare(largest, below).kind == "numeric"
    assert compare(largest, plain_count) is None  # no comparison said: the count alone does not rank
    assert compare(largest, later_bar) is None  # a bar set after the claim does not undo it


def test_a_source_judging_a_thing_one_way_then_the_other_has_changed_its_account_whenever_it_was_said():
    phony = stored("a", claim("Trump", "fake", subject="rate", time="2016"), date(2025, 8, 4))
    real = stored("b", claim("Trump", "real", subject="rate", time="2017"), date(2025, 8, 4))
    other_judge = stored("c", claim("Economist", "real", subject="rate", time="2017"), date(2025, 8, 4))
    conflict = compare(real, phony)
    assert (conflict.kind, conflict.relation) == ("status", "revision")
    assert conflict.explanation.index("fake") < conflict.explanation.index("real")  # in the order it changed
    assert compare(phony, other_judge) is None  # 2016's figures and 2017's: judged by two people, both may hold


def test_counts_in_two_states_that_fit_in_the_group_named_are_different_people():
    dead = stored("a", claim("Officials", "dead", "at least 29", subject="people"), date(2014, 4, 19))
    survived = stored("b", replace(claim("Court", "alive", "172", subject="people"),
                                   subject_text="172 of the 476 people aboard"), date(2015, 4, 28))
    too_many = stored("c", claim("Officials", "dead", "at least 400", subject="people"), date(2014, 5, 19))
    assert compare(dead, survived) is None
    assert compare(too_many, survived).kind == "status"


def test_no_instance_of_a_thing_denies_it():
    contributed = stored("a", claim("Police", "responsible", subject="behaviour", content="the fans' behaviour contributed"))
    none = stored("b", claim("Jury", "responsible", "no", subject="behaviour", kind="statement",
                             content="no behaviour of the fans caused or contributed"))
    conflict = compare(contributed, none)
    assert conflict.kind == "negation" and conflict.relation == "contradiction"


def test_a_place_both_stories_are_about_narrows_nothing():
    spill = ("gulf:4", "louisiana:2", "bp:2")
    gushing = replace(claim("Coast Guard", "leak", "about 5,000", subject="oil"), place="the Gulf of Mexico",
                      setting=("United States",), story=spill)
    spewing = replace(claim("scientists", "leak", "between 12,000 and 19,000", subject="oil", kind="count"),
                      setting=("United States",), story=("deepwater:3", "gulf:3", "horizon:3"))
    assert compare(stored("a", gushing), stored("b", spewing)).kind == "numeric"
    in_passing = replace(spewing, story=("deepwater:3", "gulf:1", "horizon:3"))  # the gulf named once only
    assert compare(stored("a", gushing), stored("b", in_passing)) is None


def test_one_blast_timed_differently_is_a_date_conflict():
    struck = replace(claim(None, "happen", subject="explosion", kind="date", content="The blast, which struck at 6:08pm"),
                     subject_text="The blast", time=TimeSpan("6:08pm", None, None, "time"))
    went_off = replace(struck, subject_text="the explosion", time=TimeSpan("6:07 p.m.", None, None, "time"))
    later = replace(struck, subject_text="the explosion", time=TimeSpan("6:10 p.m.", None, None, "time"))
    assert compare(stored("a", struck), stored("b", went_off)).kind == "date"
    assert compare(stored("a", went_off), stored("b", replace(went_off, subject_text="the explosion"))) is None
    assert compare(stored("a", struck), stored("b", later)).kind == "date"


def test_a_toll_that_rose_meets_a_later_count_by_another_as_the_same_count_growing():
    rose = replace(claim("Louisiana", "dead", "279", subject="people", content="death toll rose to 279 on Monday"),
                   predicate_text="rose")
    final = claim(None, "dead", "1,464", subject="people", content="has confirmed 1,464 storm-related deaths")
    assert compare(stored("a", rose, date(2005, 9, 12)),
                   replace(stored("b", final, date(2006, 6, 2)), outlet="The Times-Picayune")) is None
    by_the_same = replace(stored("b", final, date(2015, 11, 5)), outlet="Medecins Sans Frontieres (press release)")
    msf = replace(rose, source_name="MSF", source_text="MSF")
    assert compare(stored("a", msf, date(2015, 10, 5)), by_the_same).kind == "numeric"  # MSF revising its own


def test_a_toll_that_rose_above_a_figure_meets_a_later_count_as_the_same_count_growing():
    above = replace(claim(None, "dead", "above 200", subject="people", content="the death toll rose above 200"),
                    predicate_text="rose")
    final = claim("Department", "dead", "1,134", subject="people", content="The final toll of 1,134")
    assert compare(stored("a", above, date(2013, 4, 25)), stored("b", final, date(2018, 4, 24))) is None
    stood = replace(above, predicate_text="stood")  # not said to grow: a dispute
    assert compare(stored("a", stood, date(2013, 4, 25)), stored("b", final, date(2018, 4, 24))).kind == "numeric"


def test_a_toll_said_to_have_risen_meets_a_lower_earlier_count_as_the_same_count_growing():
    earlier = claim("Reuters", "dead", "19", subject="people")
    risen = replace(claim("MSF", "dead", "22", subject="people"), predicate_text="risen")
    assert compare(stored("a", earlier, date(2015, 10, 4)), stored("b", risen, date(2015, 10, 5))) is None
    assert compare(stored("a", earlier, date(2015, 10, 4)),
                   stored("b", replace(risen, predicate_text="killed"), date(2015, 10, 5))).kind == "numeric"


def test_claims_of_one_day_are_ordered_by_their_article_and_sentence_not_by_their_ids():
    # Claim ids follow where an article was read from: the same article read from another folder must be
    # compared the same way. Here a toll said to have risen is the later count, wherever its sentence is.
    def at(c, start):
        evidence = c.evidence[0]
        return replace(c, evidence=(replace(evidence, claim_text=replace(evidence.claim_text, start=start)),))
    risen = at(replace(claim(None, "dead", "187", subject="people", content="The death toll had climbed to 187"),
                       predicate_text="climbed"), 0)
    part = at(claim("Alexander Downer", "dead", "14", subject="people", content="14 had been confirmed dead"), 300)
    for first, then in (("a", "z"), ("z", "a")):
        one_day = [StoredClaim(cid, "the-article", date(2002, 10, 15), c) for cid, c in ((first, risen), (then, part))]
        assert compare(*one_day) is None and compare(*reversed(one_day)) is None


def test_one_fire_breaking_out_at_two_times_is_a_date_conflict():
    at_645 = replace(claim(None, "start", subject="fire", kind="date"), subject_text="The fire",
                     time=TimeSpan("about 6:45 p.m.", None, None, "time"))
    at_630 = replace(claim("Association", "start", subject="fire", kind="date"), subject_text="the fire",
                     time=TimeSpan("around 6:30pm", None, None, "time"))
    assert compare(stored("a", at_645), stored("b", at_630)).kind == "date"
    a_fire = replace(at_630, subject_text="a fire")  # another fire, perhaps
    assert compare(stored("a", at_645), stored("b", a_fire)) is None


def test_more_supporters_killed_than_people_is_a_part_above_its_whole():
    people = claim("police", "dead", "95", subject="people")
    supporters = claim("coroner", "dead", "96", subject="supporter")
    assert compare(stored("a", people, date(1989, 4, 20)), stored("b", supporters, date(2019, 11, 28))).kind == "numeric"
    assert compare(stored("a", people, date(1989, 4, 20)),
                   stored("b", replace(supporters, quantity=parse_quantity("94")), date(2019, 11, 28))) is None


def test_countries_recognising_a_state_decades_apart_are_two_moments():
    then = stored("a", claim("Reuters", "recognise", "more than 70", subject="country"), date(1991, 9, 6))
    now = stored("b", claim("Observers", "recognise", "fewer than 45", subject="country"), date(2024, 7, 31))
    same_year = stored("c", claim("Observers", "recognise", "fewer than 45", subject="country"), date(1991, 10, 1))
    assert compare(then, now) is None
    assert compare(then, same_year).kind == "numeric"


def test_a_place_no_part_of_the_others_story_is_not_a_part_of_its_count():
    empire = stored("a", replace(claim("Patriarchate", "reside", "some 2 million", subject="people"),
                                 place="the Ottoman Empire", setting=("Armenia",), story=("yerevan:2",)))
    islands = stored("b", replace(claim("Reuters", "reside", "some 30,000", subject="people"),
                                  setting=("Russia", "Japan"), story=("shikotan:2",)))
    assert compare(empire, islands) is None


def test_groups_of_two_nations_are_two_groups():
    argentine = stored("a", claim("Télam", "dead", "649", subject="soldier", content="649 Argentine soldiers"))
    british = stored("b", claim("MoD", "dead", "255", subject="soldier", content="255 British soldiers"))
    argentine = replace(argentine, claim=replace(argentine.claim, subject_text="649 Argentine soldiers"))
    british = replace(british, claim=replace(british.claim, subject_text="255 British soldiers"))
    unnamed = replace(british, claim=replace(british.claim, subject_text="255 soldiers"))
    assert compare(argentine, british) is None
    assert compare(argentine, unnamed).kind == "numeric"  # one names no nation: it may be the same army


def test_a_round_figure_meets_more_than_itself():
    more = stored("a", claim("China", "dead", "more than 300,000", subject="people"))
    assert compare(more, stored("b", claim("Xinhua", "dead", "300,000", subject="people"))) is None
    assert compare(more, stored("c", claim("Hata", "dead", "155,000", subject="people"))).kind == "numeric"
    assert compare(stored("d", claim("A", "dead", "13,000", subject="people")),
                   stored("e", claim("B", "dead", "13,100", subject="people"))).kind == "numeric"


def test_a_bound_that_is_a_round_figure_is_said_of_about_that_many():
    as_high_as = stored("a", claim("Hong Kong papers", "dead", "as high as 655,000", subject="people"))
    assert compare(as_high_as, stored("b", claim("A leaked report", "dead", "655,237", subject="people"))) is None
    assert compare(as_high_as, stored("c", claim("Officials", "dead", "662,000", subject="people"))).kind == "numeric"
    assert compare(stored("d", claim("A", "dead", "as high as 655", subject="people")),
                   stored("e", claim("B", "dead", "657", subject="people"))).kind == "numeric"  # not round


def test_figures_worlds_apart_count_different_things():
    cemetery = stored("a", claim("Military officials", "dead", "19", subject="people"))
    occupation = stored("b", claim("Truth commission", "dead", "at least 102,800", subject="people"))
    assert compare(cemetery, occupation) is None  # one shooting, and an occupation's toll
    assert compare(stored("c", claim("City", "dead", "36", subject="people")),
                   stored("d", claim("Historians", "dead", "as many as 300", subject="people"))).kind == "numeric"


def test_those_who_fled_and_at_most_so_many_dead_are_two_groups():
    fled = stored("a", claim(None, "escape", "about 200,000", subject="people"))
    dead = stored("b", claim("Sudan", "dead", "10,000", subject="people"))
    dead = replace(dead, claim=replace(dead.claim, quantity=replace(dead.claim.quantity, low=None)))
    assert compare(fled, dead) is None


def test_a_toll_counted_so_far_meets_a_larger_later_count_as_the_same_toll_growing():
    so_far = stored("a", claim("Diplomats", "dead", "at least 1,000", subject="people",
                               content="at least 1,000 people had been killed so far"), date(1982, 2, 12))
    final = stored("b", claim("Rights group", "dead", "30,000 to 40,000", subject="people", kind="count"),
                   date(2012, 2, 2))
    lower = stored("c", claim("Government", "dead", "about 200", subject="people"), date(2012, 2, 2))
    plain = stored("d", replace(so_far.claim, evidence=final.claim.evidence), date(1982, 2, 12))
    assert compare(so_far, final) is None
    assert compare(so_far, lower).kind == "numeric"
    assert compare(plain, final).kind == "numeric"  # without "so far", "at least 1,000" is not said of 30,000
    as_of = stored("e", claim("Task force", "dead", "286", subject="people",
                              content="As of Monday, 286 people were confirmed dead"), date(2014, 5, 19))
    assert compare(as_of, stored("f", claim("Report", "dead", "304", subject="people"), date(2018, 3, 28))) is None


def told(cid, predicate, figure, story, published, setting, place=None, subject="people", source="Officials"):
    """A count as its article tells it: with the article's setting and story names, and its own place."""
    counted = replace(claim(source, predicate, figure, subject=subject), place=place, setting=setting, story=story)
    return stored(cid, counted, published)


def test_a_place_in_the_country_is_no_part_of_a_story_set_in_another_part_of_it():
    def wounded(cid, figure, place, story):
        return told(cid, "injure", figure, story, date(1970, 5, 5), ("United States",), place)
    kent = wounded("a", "nine", None, ("kent:4", "ohio:3", "nixon:2"))
    jackson = wounded("b", "12", "Mississippi", ("kent:3", "jackson:1"))
    assert compare(kent, jackson) is None  # Jackson State's wounded, not a part of Kent State's
    nationwide_story = wounded("c", "nine", None, ("guard:4", "nixon:2", "kent:1"))
    assert compare(nationwide_story, jackson).kind == "numeric"  # Mississippi's 12 in a count for the whole country


def test_a_claim_told_according_to_its_source_reads_so_in_the_explanation():
    def according_to(c):
        said = c.evidence[0]
        cue = TextSpan(0, 12, "According to")
        return replace(c, evidence=(replace(said, attribution=replace(said.attribution, cue=cue)),))
    prosecution = stored("a", according_to(claim("prosecution", "dead", "187", subject="people",
                                                 content="187 people died")), date(2005, 11, 14))
    erk = stored("b", claim("Erk", "dead", "745", subject="people", content="the death toll at 745"), date(2005, 6, 8))
    explanation = compare(prosecution, erk).explanation
    assert 'according to prosecution, "187 people died" (2005-11-14)' in explanation
    assert "prosecution According to" not in explanation


def test_a_place_spelt_the_old_way_is_a_part_of_a_story_spelt_the_new_way():
    def toll(cid, figure, place, story, published):
        return told(cid, "dead", figure, story, published, ("South Korea",), place)
    city = toll("a", "170", "Kwangju", ("gwangju:5", "kim:2"), date(1980, 5, 31))
    whole = toll("b", "as many as 2,000", None, ("gwangju:4", "special:1"), date(1980, 6, 9))
    assert compare(city, whole) is None  # Kwangju's count is a part of the story's, and smaller
    more = toll("c", "at least 3,000", "Kwangju", ("gwangju:5", "kim:2"), date(1980, 5, 31))
    assert compare(more, whole).kind == "numeric"


def test_two_stories_of_one_country_years_apart_do_not_meet():
    def toll(cid, figure, story, published):
        return told(cid, "dead", figure, story, published, ("Israel", "Palestine"))
    jenin = toll("a", "52", ("jenin:4", "erekat:2", "sharon:2", "west:1"), date(2002, 8, 1))
    gaza = toll("b", "more than 1,300", ("gaza:7", "hamas:4", "strip:2", "west:1", "2006:1"), date(2009, 1, 18))
    jenin_later = toll("c", "about 500", ("jenin:6", "bakri:2", "2002:3"), date(2012, 4, 11))
    assert compare(jenin, gaza) is None  # 2002 and 2009 (a year said once is no story year), no name met again
    assert compare(jenin, jenin_later).kind == "numeric"  # told ten years on, with its year: one story


def test_one_year_told_from_both_countries_of_a_story_is_one_story():
    def toll(cid, figure, setting, story, published):
        return told(cid, "dead", figure, story, published, setting)
    at_the_time = toll("a", "32", ("Algeria", "France"), ("boulevards:2", "seine:1"), date(1961, 10, 18))
    looking_back = toll("b", "about 200", ("France", "Algeria"), ("einaudi:3", "papon:2", "seine:1", "1961:3"),
                        date(1999, 3, 27))
    assert compare(at_the_time, looking_back).kind == "numeric"  # the night of 1961, as the NYT retold it in 1999
    other_year = toll("c", "about 200", ("France", "Algeria"), ("einaudi:3", "papon:2", "seine:1", "1958:3"),
                      date(1999, 3, 27))
    assert compare(at_the_time, other_year) is None  # a story told of another year
    same_year_no_date = toll("d", "about 200", ("France", "Algeria"), ("einaudi:3", "papon:2", "seine:1"),
                             date(1961, 11, 2))
    assert compare(at_the_time, same_year_no_date) is None  # neither dwells on a year: no more than a shared country


def test_a_march_counted_in_a_look_back_is_the_march_of_the_year_it_looks_back_to():
    def marched(cid, figure, story, published):
        return told(cid, "attend", figure, story, published, ("France",), subject="protester")
    that_night = marched("a", "some 20,000", ("boulevards:2", "papon:2"), date(1961, 10, 18))
    looking_back = marched("b", "about 30,000", ("papon:3", "1961:3"), date(2024, 10, 17))
    assert compare(that_night, looking_back).kind == "numeric"
    this_year = marched("c", "about 30,000", ("papon:3",), date(2024, 10, 17))
    assert compare(that_night, this_year) is None  # a march of 2024, reported when it happened


def test_the_first_days_of_one_event_named_in_two_ways_are_one_stretch():
    def early(cid, figure, place):
        return told(cid, "dead", figure, ("setif:4",), date(2005, 2, 28), ("France", "Algeria"), place)
    rising = early("a", "102", "in the first days of the rising")
    assert compare(rising, early("b", "103", "in the first days of the unrest")).kind == "numeric"
    assert compare(rising, early("c", "103", "within two weeks of the rising")) is None  # a longer stretch


def test_a_part_of_the_dead_named_in_words_is_no_toll_though_its_words_name_the_story():
    def dead(cid, figure, place):
        return told(cid, "dead", figure, ("jenin:4", "camp:2"), date(2002, 4, 20), ("Israel",), place, "soldier")
    ambush = dead("a", "13", "of the soldiers killed in jenin")
    battle = dead("b", "23", None)
    assert compare(ambush, battle) is None  # thirteen of the twenty-three
    assert compare(dead("c", "30", "of the soldiers killed in jenin"), battle).kind == "numeric"  # more than all


def test_a_count_told_while_a_long_span_ran_is_no_rival_to_the_spans_total():
    early = stored("a", claim("Police", "dead", "at least 25", subject="people", kind="count"), date(1976, 6, 17))
    total = stored("b", claim("Commission", "dead", "575", subject="people",
                              time="between June 1976 and February 1977"), date(1980, 2, 29))
    in_the_year = stored("c", claim("Commission", "dead", "575", subject="people", time="1976"), date(1980, 2, 29))
    assert compare(early, total) is None  # the first day's count, within nine months' total
    assert compare(early, in_the_year).kind == "numeric"  # a year that dates the event is no span of counting


def test_a_place_named_once_in_passing_is_no_part_of_a_storys_placeless_count():
    def dead(cid, figure, place, story):
        return told(cid, "dead", figure, story, date(2002, 8, 1), ("Israel",), place)
    west_bank = dead("a", "497", "the West Bank", ("jenin:4", "annan:2", "west:1", "bank:1"))
    camp = dead("b", "52", None, ("jenin:3", "annan:4", "west:1", "bank:1"))
    assert compare(west_bank, camp) is None  # the West Bank's toll, not a part of the camp's
    again = dead("c", "52", None, ("jenin:3", "west:3", "bank:3"))
    assert compare(west_bank, again).kind == "numeric"  # a story that keeps naming it: its part, above the whole


def test_a_report_and_a_look_back_at_the_year_before_are_one_story():
    def homeless(cid, figure, story, published):
        return told(cid, "displace", figure, story, published, ("United States", "Panama"))
    report = homeless("a", "about 15,000", ("defense:3", "forces:3", "southern:2", "noriega:2"), date(1990, 1, 9))
    look_back = homeless("b", "some 20,000", ("city:2", "jardin:2", "paz:2", "noriega:2", "1989:2"), date(2020, 7, 16))
    assert compare(report, look_back).kind == "numeric"  # 1990 and 1989: one invasion


def test_worshippers_and_pilgrims_are_parts_of_the_people_killed():
    story, setting = ("hebron:4", "goldstein:3"), ("Israel", "Palestine")
    worshippers = told("a", "dead", "39", story, date(1994, 2, 25), setting, subject="worshipper", source="Army")
    people = told("b", "dead", "29", story, date(1994, 2, 27), setting, source="Israeli army")
    fewer = told("c", "dead", "20", story, date(1994, 2, 27), setting, subject="worshipper", source="Army")
    assert compare(worshippers, people).kind == "numeric"  # more worshippers killed than people killed
    assert compare(fewer, people) is None  # some of the dead


def test_a_part_meets_its_whole_and_a_whole_its_parts_in_the_index():
    from claimtrack.conflicts import rival_subjects
    assert {"man", "people"} <= rival_subjects(claim(None, "aboard", "228", subject="man"))
    assert {"people", "man", "civilian", "worshipper"} <= rival_subjects(claim(None, "aboard", "226", subject="people"))


def test_a_part_above_a_whole_of_another_year_or_still_rising_is_no_conflict():
    story = ("piper:4", "alpha:4", "1988:3")
    men = told("a", "dead", "167", story, date(2023, 7, 6), ("United Kingdom",), subject="man")
    earlier_crash = replace(told("b", "dead", "45", story, date(2013, 7, 6), ("United Kingdom",)).claim,
                            period=parse_time("1986", None))
    assert compare(men, stored("b", earlier_crash, date(2013, 7, 6))) is None  # "In 1986, 45 people died"
    counting = claim("Observatory", "dead", "136", subject="people", content="it had so far confirmed 136 deaths")
    so_far = stored("c", replace(counting, setting=("Syria",), story=("ghouta:3",)), date(2013, 8, 21))
    patients = told("d", "dead", "355", ("ghouta:2",), date(2013, 8, 24), ("Syria",), subject="patient",
                    source="MSF")
    assert compare(so_far, patients) is None  # the toll was still being counted


def test_a_count_run_up_to_a_moment_may_be_lower_than_a_later_one_but_not_higher():
    by_christmas = stored("a", claim(None, "dead", "Ten", subject="people", time="by Christmas 2018",
                                     content="Ten people had died by Christmas 2018"), date(2023, 11, 17))
    since_start = stored("b", claim(None, "dead", "Eleven", subject="people",
                                    content="Eleven people have died since the start of the movement"),
                         date(2019, 5, 17))
    assert compare(by_christmas, since_start) is None  # ten by December 2018, eleven by May 2019
    fewer_later = stored("c", claim(None, "dead", "nine", subject="people",
                                    content="nine people have died since the start of the movement"), date(2019, 5, 17))
    assert compare(by_christmas, fewer_later).kind == "numeric"  # a count that only grows cannot shrink


def test_a_part_dated_to_a_year_an_article_never_names_is_no_part_of_its_toll():
    story = ("tlatelolco:3", "echeverria:2", "1968:1", "1993:1")  # a look back of 1998 that dwells on no year
    halcones = replace(told("a", "dead", "about 120", ("tlatelolco:4", "1968:2"), date(1978, 10, 3), ("Mexico",),
                            "capital", source="student groups").claim, period=parse_time("June 10, 1971", None))
    estimate = told("b", "dead", "between 40 and 70", story, date(1998, 10, 3), ("Mexico",), source="historian")
    estimate = replace(estimate, claim=replace(estimate.claim, kind="count"))
    assert compare(stored("a", halcones, date(1978, 10, 3)), estimate) is None
    of_1968 = replace(halcones, period=parse_time("October 2, 1968", None))
    assert compare(stored("a", of_1968, date(1978, 10, 3)), estimate) is not None  # a year the piece names


def test_more_strikers_arrested_than_people_arrested_is_a_part_above_its_whole():
    people = stored("a", claim("Police", "detain", "259", subject="people"))
    strikers = stored("b", claim("Lawyers", "detain", "270", subject="striker"))
    assert compare(people, strikers).kind == "numeric"


def test_a_toll_dated_to_a_year_the_others_article_never_names_is_another_events():
    of_1934 = replace(told("a", "dead", "8,519", ("kathmandu:2",), date(2025, 4, 25), ("Nepal",)).claim,
                      period=parse_time("1934", None))
    assessment = told("b", "dead", "8,790", ("kathmandu:2", "bank:2"), date(2015, 6, 26), ("Nepal",),
                      source="assessment")
    assert compare(stored("a", of_1934, date(2025, 4, 25)), assessment) is None
    of_2015 = replace(of_1934, period=parse_time("2015", None))
    assert compare(stored("a", of_2015, date(2025, 4, 25)), assessment).kind == "numeric"
    decades = replace(of_1934, period=parse_time("the 1970s and 1980s", None))
    assert compare(stored("a", decades, date(2025, 4, 25)), assessment).kind == "numeric"  # years, not one


def test_a_toll_dated_to_the_year_of_its_own_news_is_its_storys_toll():
    story = ("hillsborough:3", "liverpool:1", "taylor:1")
    of_1989 = replace(told("a", "dead", "95", story, date(1991, 3, 28), ("United Kingdom",)).claim,
                      period=parse_time("1989", None))
    inquests = told("b", "dead", "96", ("hillsborough:4", "duckenfield:2", "liverpool:1"), date(2016, 4, 26),
                    ("United Kingdom",), source="jury")
    assert compare(stored("a", of_1989, date(1991, 3, 28)), inquests).kind == "numeric"
    recalled = stored("a", of_1989, date(2015, 4, 16))  # 1989 recalled in a piece of 2015 on another story
    assert compare(recalled, inquests) is None


def test_the_rescued_counted_so_far_are_no_rival_of_the_rescued_counted_later():
    def rescued(cid, figure, published, content, source):
        counted = replace(claim(source, "rescue", figure, subject="people", content=content), story=("savar:2",))
        return stored(cid, counted, published)
    so_far = rescued("a", "about 1,500", date(2013, 4, 25), "about 1,500 had been rescued so far", "fire service")
    final = rescued("b", "2,438", date(2013, 5, 14), "2,438 had been rescued", "army")
    assert compare(so_far, final) is None
    told_as_final = rescued("c", "about 1,500", date(2013, 4, 25), "about 1,500 had been rescued", "fire service")
    assert compare(told_as_final, final).kind == "numeric"


def test_none_of_a_group_alive_takes_in_the_few_said_to_be_alive():
    three = stored("a", claim("FSB", "alive", "Three", subject="taker"), date(2002, 10, 26))
    none = stored("b", claim("investigators", "alive", "None", subject="taker", polarity="negative"), date(2007, 10, 23))
    assert compare(three, none).kind == "negation"
    five = stored("c", claim("investigators", "alive", "five", subject="taker", polarity="negative"), date(2007, 10, 23))
    assert compare(three, five) is None  # five not alive, three alive: different people


def test_a_count_drawn_from_a_smaller_group_is_no_rival_of_a_larger_toll_nor_a_whole():
    def dead(cid, figure, subject_text, place=None):
        counted = replace(claim("police", "dead", figure, subject="people"), subject_text=subject_text, place=place)
        return stored(cid, counted, date(2014, 9, 28))
    four = dead("a", "four", "four of the 31 people found in cardiopulmonary arrest")
    assert compare(four, dead("b", "58", "58 people")) is None  # some of 31, against 58 in all
    assert compare(four, dead("c", "56", "56 of the dead", place="of the dead")) is None  # neither is the whole
    assert compare(four, dead("d", "12", "12 people")).kind == "numeric"  # 31 could be all of them


def test_a_toll_with_or_without_a_group_meets_the_bare_toll_within_that_group():
    def toll(cid, figure, place, source):
        return stored(cid, replace(claim(source, "dead", figure, subject="people"), place=place))
    without = toll("a", "166", "without the nine attackers", "Maharashtra government")
    with_them = toll("b", "175", "with the nine attackers", "police")
    assert compare(without, with_them) is None
    assert compare(without, toll("c", "175", None, "hospital")) is None  # the attackers counted
    assert compare(without, toll("d", "195", None, "hospital")).kind == "numeric"
    assert compare(with_them, toll("e", "166", None, "court")) is None  # the attackers left out


def test_a_place_named_in_full_and_in_part_is_one_place_and_a_building_narrows_a_toll():
    def toll(cid, figure, place, source, story=("mumbai:4", "terminus:2", "chhatrapati:2")):
        return told(cid, "dead", figure, story, date(2010, 5, 6), ("India",), place, source=source)
    station = toll("a", "58", "Chhatrapati Shivaji Terminus railway station", "railway police")
    assert compare(station, toll("b", "52", "Chhatrapati Shivaji Terminus", "prosecutors")).kind == "numeric"
    assert compare(station, toll("c", "166", None, "court")) is None  # a building within the whole
    assert compare(toll("d", "10", "Northern Ireland", "police"), toll("e", "12", "Ireland", "army")) is None


def test_two_sides_each_said_to_have_fired_first_conflict_and_a_side_that_only_answered_does_not():
    def fired(cid, source, side, text, polarity="positive"):
        said = replace(claim(source, f"fire first:{side}", subject="first shots", polarity=polarity), subject_text=text)
        return stored(cid, said)
    strikers = fired("a", "Police", "striker", "strikers")
    police = fired("b", "Survivors", "police", "police")
    conflict = compare(strikers, police)
    assert conflict.kind == "negation" and "strikers fired first vs police fired first" in conflict.explanation
    answered = fired("c", "Police", "police", "officers", polarity="negative")
    assert compare(strikers, answered) is None  # police fired only after strikers attacked: one account
    assert compare(police, answered).kind == "negation"  # police fired first; police did not


def test_a_count_by_a_day_reaches_back_a_year_not_decades():
    by_sunday = stored("a", claim("Police", "dead", "94", subject="people", time="by Sunday",
                                  content="94 people had been confirmed dead by Sunday"), date(1989, 4, 16))
    by_sunday = replace(by_sunday, claim=replace(by_sunday.claim, time=parse_time("by Sunday", date(1989, 4, 16)),
                                                 period=parse_time("by Sunday", date(1989, 4, 16))))
    ibrox = stored("b", claim(None, "dead", "66", subject="people", time="1971"), date(1989, 4, 17))
    assert compare(by_sunday, ibrox) is None  # "In 1971, 66 people died in a crush at Ibrox Park"
    friday = stored("c", claim("Officials", "dead", "113", subject="people", time="April 14, 1989"), date(1989, 4, 15))
    assert compare(by_sunday, friday) is not None  # Friday's toll is within what was counted by Sunday


def test_a_man_reported_killed_and_later_captured_alive_is_one_life_whatever_the_case_of_his_name():
    for name in ("Majid", "al-Majid"):
        killed = stored("a", claim("British commanders", "dead", subject=name, time="April 5, 2003"), date(2003, 4, 8))
        alive = stored("b", claim(None, "alive", subject=name, time="August 2003"), date(2010, 1, 18))
        conflict = compare(killed, alive)
        assert conflict is not None and conflict.kind == "date", name


def test_two_articles_first_about_towns_in_two_countries_are_two_stories_unless_one_names_the_others():
    # The recognizer took neither town for a place in one article, so only the other knows its country; both
    # repeat the names of bodies every town has.
    bodies = ("workers:3", "union:3", "city:2", "council:2")
    gdansk = replace(claim("Workers' Union", "charged", "80", subject="journalist"), setting=("Poland",),
                     story=("gdansk:5", *bodies))
    aarhus = replace(claim("Workers' Union", "charged", "36", subject="journalist"), story=("aarhus:5", *bodies))
    assert compare(stored("g", gdansk, date(2023, 8, 4)), stored("a", aarhus, date(2023, 8, 23))) is None
    looking_at_gdansk = replace(aarhus, story=("aarhus:5", *bodies, "gdansk:1"))
    assert compare(stored("g", gdansk, date(2023, 8, 4)), stored("a", looking_at_gdansk, date(2023, 8, 23))).kind \
        == "numeric"


def test_a_town_two_short_pieces_name_once_is_where_a_toll_for_no_place_holds():
    def toll(cid, figure, place, story):
        return stored(cid, replace(claim(cid, "dead", figure, subject="people"), place=place, story=story,
                                   setting=("Uzbekistan",)), date(2005, 5, 17))
    in_andijan = toll("a", "169", "Andijan", ("prosecutor:1", "andijan:1"))
    assert compare(in_andijan, toll("b", "187", None, ("andijan:1",))).kind == "numeric"
    # a piece that repeats names is about those: naming the town once does not make it its story's
    assert compare(in_andijan, toll("c", "187", None, ("tashkent:2", "andijan:1"))) is None


def test_a_year_said_only_by_a_recalled_toll_is_not_one_its_article_tells_of():
    def in_piece(cid, c, years):
        return replace(stored(cid, replace(c, story=("rohingya:7", "rakhine:3", *years)), date(2017, 9, 8)),
                       article_id="piece")
    recalled = claim(None, "dead", "about 200", subject="people", time="2012",
                     content="Communal violence in 2012 killed about 200 people")
    army = claim("The army", "dead", "about 400", subject="people", content="about 400 people have been killed")
    assert compare(in_piece("a", recalled, ("2012:1",)), in_piece("b", army, ("2012:1",))) is None
    # a piece that tells of 2012 again elsewhere may give that year's figures undated
    assert compare(in_piece("a", recalled, ("2012:2",)), in_piece("b", army, ("2012:2",))) is not None
    # another article's undated figure: the year is said there, not by the recalled toll's sentence
    other = replace(stored("c", replace(army, story=("rohingya:7", "2012:1")), date(2017, 9, 8)), article_id="other")
    assert compare(in_piece("a", recalled, ("2012:1",)), other) is not None


def test_those_who_have_fled_since_a_day_are_a_count_that_only_grows():
    early = stored("a", claim("UN", "escape", "About 270,000", subject="people",
                              content="About 270,000 Rohingya have fled in the two weeks since violence erupted"),
                   date(2017, 9, 8))
    year_on = stored("b", claim("United Nations", "escape", "More than 700,000", subject="people",
                                content="More than 700,000 Rohingya have fled to Bangladesh since August 2017"),
                     date(2018, 8, 30))
    assert compare(early, year_on) is None
    fewer = stored("c", claim("Bangladesh", "escape", "200,000", subject="people",
                              content="200,000 Rohingya have fled to Bangladesh since August 2017"), date(2018, 8, 30))
    assert compare(early, fewer).kind == "numeric"


def test_people_said_to_flee_are_no_rival_of_a_count_of_people_killed():
    fleeing = stored("a", claim(None, "escape", subject="people", content="people were fleeing"), date(2017, 9, 20))
    killed = stored("b", claim("The army", "dead", "about 400", subject="people",
                               content="about 400 people have been killed"), date(2017, 9, 8))
    assert compare(fleeing, killed) is None
    abductees = stored("c", claim("Japan", "alive", subject="abductee", content="the abductees are alive"))
    dead = stored("d", claim("North Korea", "dead", "eight", subject="abductee", content="eight had died"))
    assert compare(abductees, dead).kind == "status"  # a group the story names is still one group


def test_one_place_named_with_and_without_what_it_is():
    burned = replace(stored("a", claim("investigators", "burn", subject="student", content="burned at the dump")).claim,
                     place="the Cocula rubbish dump")
    not_burned = replace(burned, source_name="panel", polarity="negative", place="the Cocula dump")
    assert compare(stored("a", burned), stored("b", not_burned)).kind == "negation"
    elsewhere = replace(not_burned, place="the Tepetlacalco dump")
    assert compare(stored("a", burned), stored("b", elsewhere)) is None


def test_a_round_figure_denied_is_the_figure_in_circulation():
    denied = stored("a", claim("Donald Trump", "dead", "3000", polarity="negative", subject="people",
                               content="3000 people did not die in the two hurricanes"), date(2018, 9, 13))
    official = stored("b", claim("Puerto Rico", "dead", "2,975", subject="people",
                                 content="raised its official death toll to 2,975"), date(2018, 8, 29))
    assert compare(denied, official).kind == "negation"
    lower = stored("c", claim("Puerto Rico", "dead", "64", subject="people", content="the toll stood at 64"),
                   date(2018, 5, 30))
    assert compare(denied, lower) is None  # 64 is no figure of about 3,000
    exact = stored("d", claim("Officials", "dead", "2,975", polarity="negative", subject="people",
                              content="2,975 people did not die"), date(2018, 9, 13))
    assert compare(exact, stored("e", claim("Puerto Rico", "dead", "2,930", subject="people",
                                            content="2,930 people died"), date(2018, 8, 29))) is None


def test_a_figure_denied_meets_a_figure_said_not_a_range_around_it_nor_no_figure():
    denied = stored("a", claim("Donald Trump", "dead", "3000", polarity="negative", subject="people",
                               content="3000 people did not die"), date(2018, 9, 13))
    ranged = stored("b", claim("authors", "dead", "between 793 and 8,498", subject="people",
                               content="The true toll lies between 793 and 8,498 deaths"), date(2018, 5, 29))
    assert compare(denied, ranged) is None
    some = stored("c", claim("Marisol Vega", "dead", subject="people", content="People have died"), date(2017, 10, 4))
    assert compare(denied, some) is None
    none_died = stored("d", claim("Officials", "dead", "no", subject="people", content="no one died"), date(2017, 10, 4))
    assert compare(none_died, some) is not None  # "no one died" still meets "people have died"


def test_all_of_a_group_dead_meets_some_of_it_alive():
    all_dead = replace(claim("Murillo Karam", "dead", "43", subject="student"), subject_text="all 43 students")
    six_alive = replace(claim("Alejandro Encinas", "alive", "six", subject="student"), subject_text="six of the students")
    assert compare(stored("a", all_dead, date(2015, 1, 27)), stored("b", six_alive, date(2022, 9, 26))).kind == "status"
    some_dead = replace(all_dead, subject_text="43 students")
    assert compare(stored("a", some_dead, date(2015, 1, 27)), stored("b", six_alive, date(2022, 9, 26))) is None


def test_none_alive_counted_meets_a_count_of_the_living_whichever_way_it_is_worded():
    none_alive = stored("a", claim("North Korea", "alive", "no", subject="abductee", content="no abductee is alive"))
    five_alive = stored("b", claim("Japan", "alive", "five", subject="abductee", content="five abductees are alive"))
    assert compare(none_alive, five_alive) is not None
