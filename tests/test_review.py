"""The review service: the queue and its filters, decisions, notes and assignments as append-only events,
the version check, and decisions that survive re-ingestion."""

from datetime import date

import pytest
from sqlalchemy import func, select

from claimtrack import review
from claimtrack.db.models import ConflictRow, ReviewEventRow
from claimtrack.db.review_log import apply_change
from claimtrack.ingest import ingest_paths
from claimtrack.review import ConflictFilter

from .conftest import FOUNDING

ALIVE = "some of the abductees may still be alive"


def queue(sessions, **filters):
    with sessions() as session:
        return review.queue_page(session, ConflictFilter(**filters), per_page=100)


def conflict_over(sessions, words: str) -> str:
    page = queue(sessions, status=None, text=words)
    assert page.total == 1, [i.explanation for i in page.items]
    return page.items[0].id


def events(sessions, conflict_id):
    with sessions() as session:
        return list(session.scalars(select(ReviewEventRow).where(ReviewEventRow.conflict_id == conflict_id)
                                    .order_by(ReviewEventRow.id)))


def test_the_queue_ranks_open_conflicts_by_score(desk):
    page = queue(desk)
    assert page.total == 4
    scores = [item.score for item in page.items]
    assert scores == sorted(scores, reverse=True)
    assert {item.status for item in page.items} == {"open"}


@pytest.mark.parametrize("filters, expected", [
    ({"kind": "status"}, 2),
    ({"kind": "numeric"}, 2),
    ({"kind": "revision"}, 0),
    ({"source": "North Korea"}, 2),
    ({"source": "pyongyang"}, 0),  # an alias only counts when the article used it
    ({"source": "Police"}, 1),
    ({"source": "transport ministry"}, 1),
    ({"subject": "abductee"}, 2),
    ({"subject": "protester"}, 1),  # "40,000 people marched": people who march are protesters
    ({"text": "MAY STILL BE ALIVE"}, 1),
    ({"text": "100%"}, 0),  # LIKE wildcards in the search are plain characters
    ({"since": date(2024, 3, 1), "until": date(2024, 3, 31)}, 2),
    ({"since": date(2024, 3, 3)}, 1),
    ({"until": date(2024, 3, 3)}, 1),
    ({"status": "confirmed"}, 0),
    ({"status": None}, 4),
])
def test_queue_filters(desk, filters, expected):
    assert queue(desk, **filters).total == expected


def test_a_source_is_found_by_its_name_or_by_how_an_article_wrote_it(desk):
    assert queue(desk, source="organisers").total == 1
    assert queue(desk, source="The Organisers").total == 1  # as the article wrote it: an alias
    assert queue(desk, source="north korea").total == 2
    assert queue(desk, source="Tokyo").total == 0  # an alias nobody used in these articles


def test_pages_and_neighbours_follow_the_ranking(desk):
    with desk() as session:
        first = review.queue_page(session, ConflictFilter(), page=1, per_page=1)
        second = review.queue_page(session, ConflictFilter(), page=2, per_page=1)
        assert first.pages == 4 and first.items[0].id != second.items[0].id
        view = review.conflict(session, second.items[0].id, ConflictFilter())
        assert view.previous_id == first.items[0].id
        assert view.next_id == review.queue_page(session, ConflictFilter(), page=3, per_page=1).items[0].id
        assert review.queue_page(session, ConflictFilter(), page=99, per_page=1).page == 4  # past the end: last


def test_deciding_takes_a_conflict_off_the_open_queue_and_records_who_when_from_to_and_why(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:
        review.decide(session, conflict_id, status="confirmed", note="Japan still lists them as missing",
                      reviewer="Aiko", seen_version=1)
    assert conflict_id not in [i.id for i in queue(desk).items]
    assert [i.id for i in queue(desk, status="confirmed").items] == [conflict_id]
    (event,) = events(desk, conflict_id)
    assert (event.actor, event.action, event.from_value, event.to_value, event.note) == \
        ("Aiko", "decide", "open", "confirmed", "Japan still lists them as missing")
    assert event.at is not None
    with desk() as session:
        view = review.conflict(session, conflict_id)
    assert view.status == "confirmed" and view.version == 2
    assert view.history[0].change == "open → confirmed"


def test_a_decided_conflict_can_be_reopened(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:
        review.decide(session, conflict_id, status="dismissed", note="same people?", reviewer="Aiko", seen_version=1)
        review.decide(session, conflict_id, status="open", note="they are not", reviewer="Ben", seen_version=2)
    assert conflict_id in [i.id for i in queue(desk).items]
    assert [(e.from_value, e.to_value) for e in events(desk, conflict_id)] == [("open", "dismissed"),
                                                                              ("dismissed", "open")]


def test_a_decision_needs_a_note_a_known_status_and_a_name(desk):
    conflict_id = conflict_over(desk, ALIVE)
    attempts = [dict(status="confirmed", note="  ", reviewer="Aiko"),
                dict(status="true", note="why", reviewer="Aiko"),
                dict(status="confirmed", note="why", reviewer=" ")]
    for attempt in attempts:
        with pytest.raises(review.InvalidChange), desk.begin() as session:
            review.decide(session, conflict_id, seen_version=1, **attempt)
    assert events(desk, conflict_id) == []


def test_a_decision_on_a_stale_view_is_refused_naming_who_changed_it_and_when(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:  # Ben and Aiko both opened version 1; Ben is quicker
        review.decide(session, conflict_id, status="dismissed", note="different scopes", reviewer="Ben",
                      seen_version=1)
    with pytest.raises(review.StaleView) as refused, desk.begin() as session:
        review.decide(session, conflict_id, status="confirmed", note="they contradict", reviewer="Aiko",
                      seen_version=1)
    message = str(refused.value)
    assert message.startswith("Not saved: Ben marked it dismissed on ")
    assert "UTC" in message and "you saw version 1, it is now at version 2" in message
    assert [e.actor for e in events(desk, conflict_id)] == ["Ben"]  # nothing of Aiko's was written
    with desk() as session:
        assert review.conflict(session, conflict_id).status == "dismissed"


def test_notes_and_assignments_also_move_the_version(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:
        review.assign(session, conflict_id, assignee="Ben", reviewer="Aiko", seen_version=1, note="yours")
        review.add_note(session, conflict_id, note="Asked the ministry", reviewer="Ben", seen_version=2)
        review.assign(session, conflict_id, assignee="", reviewer="Ben", seen_version=3)
    with pytest.raises(review.StaleView, match="Aiko assigned it to Ben"), desk.begin() as session:
        review.add_note(session, conflict_id, note="late", reviewer="Chloe", seen_version=1)
    history = events(desk, conflict_id)
    assert [(e.action, e.from_value, e.to_value, e.note) for e in history] == [
        ("assign", None, "Ben", "yours"), ("note", None, None, "Asked the ministry"), ("assign", "Ben", None, None)]
    with desk() as session:
        view = review.conflict(session, conflict_id)
    assert view.assignee is None and view.version == 4 and view.status == "open"


def test_without_a_seen_version_the_current_one_is_used(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:
        review.add_note(session, conflict_id, note="first", reviewer="Aiko", seen_version=None)
        review.add_note(session, conflict_id, note="second", reviewer="Aiko", seen_version=None)
    assert len(events(desk, conflict_id)) == 2


def test_two_reviewers_at_the_same_moment_cannot_both_pass_the_check(desk):
    conflict_id = conflict_over(desk, ALIVE)
    first = ReviewEventRow(conflict_id=conflict_id, actor="Aiko", action="note", note="one")
    second = ReviewEventRow(conflict_id=conflict_id, actor="Ben", action="note", note="two")
    with desk.begin() as session:
        assert apply_change(session, conflict_id, 1, {}, first)
        assert not apply_change(session, conflict_id, 1, {}, second)
    assert [e.actor for e in events(desk, conflict_id)] == ["Aiko"]


def test_reingesting_a_corrected_article_keeps_decisions_assignee_and_version(tmp_path, sessions):
    article = tmp_path / "founding.txt"
    text = FOUNDING.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    ingest_paths([str(article)], sessions)
    conflict_id = conflict_over(sessions, ALIVE)
    with sessions.begin() as session:
        review.decide(session, conflict_id, status="confirmed", note="checked", reviewer="Aiko", seen_version=1)
        review.assign(session, conflict_id, assignee="Ben", reviewer="Aiko", seen_version=2)
    article.write_text(text + "\nCorrection: an earlier version misspelled a name.\n", encoding="utf-8")
    summary = ingest_paths([str(article)], sessions)
    assert summary.replaced == 1
    with sessions() as session:
        view = review.conflict(session, conflict_id)
    assert (view.status, view.assignee, view.version, len(view.history)) == ("confirmed", "Ben", 3, 2)
    with pytest.raises(review.StaleView), sessions.begin() as session:  # a view from before is still stale
        review.decide(session, conflict_id, status="dismissed", note="no", reviewer="Chloe", seen_version=2)
    assert queue(sessions).total == 1  # the other conflict is still open


def test_a_conflict_that_no_longer_stands_keeps_its_history(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:
        review.add_note(session, conflict_id, note="looking", reviewer="Aiko", seen_version=1)
        session.execute(ConflictRow.__table__.delete().where(ConflictRow.id == conflict_id))
    with pytest.raises(review.NotFound, match="no longer stands") as gone, desk() as session:
        review.conflict(session, conflict_id)
    assert [e.note for e in gone.value.history] == ["looking"]


def test_conflict_ids_can_be_shortened(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk() as session:
        assert review.resolve_conflict_id(session, conflict_id[:8].upper()) == conflict_id
        with pytest.raises(review.NotFound, match="at least 4"):
            review.resolve_conflict_id(session, conflict_id[:3])
        with pytest.raises(review.NotFound, match="no conflict"):
            review.resolve_conflict_id(session, "ffffffffffff")


def test_the_conflict_view_has_both_claims_in_context_and_the_subjects_timeline(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk() as session:
        view = review.conflict(session, conflict_id)
    sources = {c.source.label for c in view.claims}
    assert sources == {"North Korea", "Japan"}
    japan = next(c for c in view.claims if c.source.label == "Japan")
    roles = {segment.text: segment.roles for segment in japan.paragraph}
    assert "source" in roles["Japan"] and "cue" in roles["believes"]
    assert "claim" in roles[ALIVE] and "content" in roles[ALIVE]
    assert "".join(s.text for s in japan.paragraph).startswith("The Japanese government has identified 17")
    assert japan.article.title.startswith("Japanese Abductee Families")
    assert {e.claim_id for e in view.timeline if e.in_conflict} == {c.id for c in view.claims}
    assert len(view.timeline) > 2 and all(e.source.label for e in view.timeline)


def test_claim_source_and_article_pages(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk() as session:
        view = review.conflict(session, conflict_id)
        japan = next(c for c in view.claims if c.source.label == "Japan")
        claim = review.claim_page(session, japan.id)
        assert len(claim.evidence) == 2 and [c.id for c in claim.conflicts] == [conflict_id]
        source = review.source_page(session, japan.source.id)
        assert source.name == "Japan" and japan.id in [c.id for c in source.claims]
        article = review.article_page(session, japan.article.id)
        assert len(article.claims) >= 6 and len(article.conflicts) == 2
        assert any("claim" in s.roles for p in article.paragraphs for s in p)
        assert review.sources_page(session).total >= 3 and review.articles_page(session).total == 3
        for missing in (lambda: review.claim_page(session, "nope"), lambda: review.source_page(session, 999),
                        lambda: review.article_page(session, "nope")):
            with pytest.raises(review.NotFound):
                missing()


def test_the_reviewer_defaults_to_the_environment_then_the_user_name(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_REVIEWER", "Aiko")
    assert review.default_reviewer() == "Aiko"
    monkeypatch.delenv("CLAIMTRACK_REVIEWER")
    monkeypatch.setattr("getpass.getuser", lambda: "desk-user")
    assert review.default_reviewer() == "desk-user"


def test_the_event_log_is_append_only(desk):
    conflict_id = conflict_over(desk, ALIVE)
    with desk.begin() as session:
        for version in range(1, 4):
            review.add_note(session, conflict_id, note=f"note {version}", reviewer="Aiko", seen_version=version)
    with desk() as session:
        count = session.scalar(select(func.count()).select_from(ReviewEventRow))
    assert count == 3 and [e.note for e in events(desk, conflict_id)] == ["note 1", "note 2", "note 3"]
