"""The timeline chart's geometry: lanes per source, dots by date, the conflict's claims stand out."""

from datetime import date

from claimtrack.review import ArticleInfo, SourceInfo, TimelineEntry
from claimtrack.web.chart import LEFT, MAX_LANES, RIGHT, WIDTH, timeline_chart


def entry(day, source, quantity=None, in_conflict=False, claim="c"):
    article = ArticleInfo("a", "title", None, day, None)
    return TimelineEntry(claim, day, SourceInfo(1, source, source), "say", "positive", "words", None, quantity,
                         article, in_conflict)


def test_dots_sit_on_their_source_lane_at_their_date():
    chart = timeline_chart([entry(date(2020, 1, 1), "Police", "12,000"), entry(date(2022, 1, 1), "Unions", "40,000",
                                                                             in_conflict=True)])
    assert [lane.label for lane in chart.lanes] == ["Police", "Unions"]
    police, unions = sorted(chart.dots, key=lambda d: d.x)
    assert police.x == LEFT and unions.x == WIDTH - RIGHT
    assert police.y == chart.lanes[0].y and unions.y == chart.lanes[1].y
    assert unions.highlighted and unions.r > police.r
    assert [t.label for t in chart.ticks][0] == "2020-01-01"


def test_undated_claims_are_counted_not_drawn_and_nothing_dated_means_no_chart():
    chart = timeline_chart([entry(date(2020, 1, 1), "Police"), entry(None, "Unions")])
    assert len(chart.dots) == 1 and chart.undated == 1
    assert timeline_chart([entry(None, "Unions")]) is None


def test_crowded_labels_give_way_to_the_conflicts_own_numbers():
    day = date(2020, 1, 1)
    chart = timeline_chart([entry(day, "Police", "1"), entry(date(2020, 1, 2), "Police", "2", in_conflict=True),
                            entry(date(2030, 1, 1), "Police", "3")])
    assert sorted(d.label for d in chart.dots) == ["", "2", "3"]


def test_many_sources_share_a_last_lane():
    chart = timeline_chart([entry(date(2020, 1, i + 1), f"Source {i}") for i in range(MAX_LANES + 5)])
    assert len(chart.lanes) == MAX_LANES and chart.lanes[-1].label == "other sources"
    assert len(chart.dots) == MAX_LANES + 5
