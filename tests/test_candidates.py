"""The in-memory index of the stored claims that new claims are checked against."""

from dataclasses import dataclass

from claimtrack import candidates
from claimtrack.candidates import CandidateIndex


@dataclass(frozen=True)
class FakeClaim:
    subject_key: str


@dataclass(frozen=True)
class FakeStored:
    id: str
    article_id: str
    claim: FakeClaim


def stored(id_: str, key: str, article: str = "a1") -> FakeStored:
    return FakeStored(id_, article, FakeClaim(key))


def index_over(monkeypatch, database: list[FakeStored], max_claims: int = 100) -> tuple[CandidateIndex, list]:
    queries = []

    def claims_with_subjects(session, keys):
        queries.append(sorted(keys))
        return [s for s in database if s.claim.subject_key in keys]

    monkeypatch.setattr(candidates.repository, "claims_with_subjects", claims_with_subjects)
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


def test_keys_read_in_an_earlier_transaction_are_checked_and_read_again_only_when_changed(monkeypatch):
    database = [stored("c1", "miner"), stored("c2", "nurse")]
    index, queries = index_over(monkeypatch, database)
    checked = []

    def claim_versions(session, keys):
        checked.append(sorted(keys))
        versions = {}
        for s in database:
            if s.claim.subject_key in keys:
                versions.setdefault(s.claim.subject_key, set()).add((s.id, s.article_id))
        return versions

    monkeypatch.setattr(candidates.repository, "claim_versions", claim_versions)
    index.load(None, ["miner", "nurse"])
    index.new_transaction()
    database.append(stored("c3", "nurse", "a2"))  # stored by another process between the transactions
    index.load(None, ["miner", "nurse"])
    assert checked == [["miner", "nurse"]]
    assert queries == [["miner", "nurse"], ["nurse"]]  # only the changed key is read again
    assert [s.id for s in index.candidates(["miner", "nurse"])] == ["c1", "c2", "c3"]
    index.load(None, ["miner", "nurse"])  # checked once per transaction
    assert len(checked) == 1
