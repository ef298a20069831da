"""The in-memory index of the stored claims that new claims are checked against."""

from dataclasses import dataclass
from datetime import date

from claimtrack import candidates
from claimtrack.candidates import CandidateIndex
from claimtrack.conflicts import MAX_PER_SOURCE
from claimtrack.domain import TextSpan


@dataclass(frozen=True)
class FakeClaim:
    subject_key: str
    predicate_key: str = "rescue"
    source_name: str | None = "Ministry"
    stance: None = None
    quantity: None = None
    period: None = None
    story: tuple[str, ...] = ()
    text: TextSpan = TextSpan(0, 7, "content")


@dataclass(frozen=True)
class FakeStored:
    id: str
    article_id: str
    claim: FakeClaim
    published: date | None = None


def stored(id_: str, key: str, article: str = "a1", source: str = "Ministry", predicate: str = "rescue",
           day: int = 1) -> FakeStored:
    return FakeStored(id_, article, FakeClaim(key, predicate, source), date(2024, 1, day))


def index_over(monkeypatch, database: list[FakeStored], max_claims: int = 100) -> tuple[CandidateIndex, list]:
    queries = []

    def claims_with_subjects(session, keys):
        queries.append(sorted(keys))
        return [s for s in database if s.claim.subject_key in keys]

    monkeypatch.setattr(candidates.repository, "claims_with_subjects", claims_with_subjects)
    monkeypatch.setattr(candidates.repository, "commit_mark", lambda session: None)  # no mark: always check
    return CandidateIndex(max_claims), queries


def test_a_key_is_loaded_once_then_follows_what_is_stored(monkeypatch):
    index, queries = index_over(monkeypatch, [stored("c1", "miner"), stored("c2", "nurse")])
    index.load(None, ["miner", ""])
    index.add([stored("c3", "miner"), stored("c4", "pilot")])  # pilot is not in memory: left to the database
    index.load(None, ["miner"])
    assert [s.id for s in index.candidates(["miner", "pilot"])] == ["c1", "c3"]
    assert queries == [["miner"]]


def test_keys_unused_for_longest_are_let_go_past_the_limit(monkeypatch):
    database = [stored(f"{key}{i}", key) for key in ("a", "b", "c") for i in range(2)]
    index, queries = index_over(monkeypatch, database, max_claims=4)
    index.load(None, ["a"])
    index.load(None, ["b"])
    index.load(None, ["a"])  # a is used again: b is now the oldest
    index.load(None, ["c"])
    assert queries == [["a"], ["b"], ["c"]]
    assert [s.id for s in index.candidates(["a", "b", "c"])] == ["a0", "a1", "c0", "c1"]
    index.load(None, ["b"])
    assert queries[-1] == ["b"]


def test_replaced_articles_leave_the_index(monkeypatch):
    index, _ = index_over(monkeypatch, [stored("c1", "miner", "old"), stored("c2", "miner", "other")])
    index.load(None, ["miner"])
    index.forget_articles(["old"])
    assert [s.id for s in index.candidates(["miner"])] == ["c2"]


def test_rivals_are_the_latest_claims_of_each_source_under_each_blocking_key(monkeypatch):
    ministry = [stored(f"m{day}", "miner", day=day) for day in range(1, 26)]
    union = stored("u1", "miner", source="Union", day=2)
    other_predicate = stored("p1", "miner", predicate="injure", day=3)
    index, _ = index_over(monkeypatch, [*reversed(ministry), union, other_predicate])
    index.load(None, ["miner"])
    new = stored("n1", "miner", article="new", source="Union", day=26)
    rivals = {s.id for s in index.rivals_of(new)}
    assert rivals == {f"m{day}" for day in range(26 - MAX_PER_SOURCE, 26)} | {"u1"}
    index.add([stored("m26", "miner", day=26)])
    assert "m26" in {s.id for s in index.rivals_of(new)} and f"m{26 - MAX_PER_SOURCE}" not in \
        {s.id for s in index.rivals_of(new)}


def test_a_new_transaction_reads_only_what_another_process_changed(monkeypatch):
    database = [stored("c1", "miner"), stored("c2", "miner", article="gone")]
    index, queries = index_over(monkeypatch, database)
    index.load(None, ["miner"])
    database[:] = [database[0], stored("c3", "miner", article="elsewhere")]  # another process replaced one
    read = []
    monkeypatch.setattr(candidates.repository, "claim_articles",
                        lambda session, keys: {s.id: (s.claim.subject_key, s.article_id) for s in database})
    monkeypatch.setattr(candidates.repository, "claims_by_ids",
                        lambda session, ids: read.extend(ids) or [s for s in database if s.id in ids])
    index.load(None, ["miner"])  # the same transaction: nothing is checked
    assert [s.id for s in index.candidates(["miner"])] == ["c1", "c2"]
    index.new_transaction()
    index.load(None, ["miner"])
    assert sorted(s.id for s in index.candidates(["miner"])) == ["c1", "c3"]
    assert read == ["c3"] and queries == [["miner"]]


def test_the_check_is_skipped_while_no_other_connection_commits(monkeypatch):
    database = [stored("c1", "miner")]
    index, _ = index_over(monkeypatch, database)
    marks = iter([("connection", 1), ("connection", 1), ("connection", 2)])
    monkeypatch.setattr(candidates.repository, "commit_mark", lambda session: next(marks))
    checks = []
    monkeypatch.setattr(candidates.repository, "claim_articles",
                        lambda session, keys: checks.append(keys) or {s.id: (s.claim.subject_key, s.article_id)
                                                                       for s in database})
    index.load(None, ["miner"])
    index.new_transaction()
    index.load(None, ["miner"])  # the same mark: nobody else committed
    assert checks == []
    index.new_transaction()
    index.load(None, ["miner"])  # another connection committed
    assert checks == [["miner"]]


def test_a_sqlite_commit_mark_changes_only_when_another_connection_commits(tmp_path):
    from sqlalchemy import text

    from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade
    from claimtrack.db.repository import commit_mark
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    upgrade(make_engine(url))
    ours, theirs = make_sessionmaker(make_engine(url)), make_sessionmaker(make_engine(url))
    insert = text("INSERT INTO ingest_errors (origin, reason, at) VALUES (:origin, 'empty', '2026-11-27')")
    with ours() as session:
        first = commit_mark(session)
        session.execute(insert, {"origin": "a.txt"})
        session.commit()
        assert commit_mark(session) == first  # our own commit
        session.rollback()  # each transaction reads its own snapshot: a mark is taken at a transaction's start
        with theirs() as other:
            other.execute(insert, {"origin": "b.txt"})
            other.commit()
        assert commit_mark(session) != first
