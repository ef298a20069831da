"""The stored claims that new claims are checked against, by subject key, kept in memory during a batch.

Detection compares a new claim with every stored claim that shares its subject key. Loading those from
the database for each new article would cost more with every article stored; the index loads a key once,
then follows what the batch stores and replaces. Keys not used for a while are let go when the index
holds more than `max_claims` claims."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from .db import repository
from .domain import StoredClaim

MAX_CLAIMS = 30_000  # about 90 MB: enough for the stories running at any one time


class CandidateIndex:
    def __init__(self, max_claims: int = MAX_CLAIMS):
        self.max_claims = max_claims
        self._by_key: OrderedDict[str, list[StoredClaim]] = OrderedDict()  # least recently used first
        self._size = 0
        self._unchecked: set[str] = set()  # keys read in an earlier transaction

    def load(self, session: Session, keys: Iterable[str]) -> None:
        """Make sure these keys are in memory. Call it before storing the claims that have them."""
        keys = sorted({k for k in keys if k})
        self._drop_changed(session, [k for k in keys if k in self._unchecked and k in self._by_key])
        for key in keys:
            if key in self._by_key:
                self._by_key.move_to_end(key)
        missing = [k for k in keys if k not in self._by_key]
        if missing:
            self._unchecked.difference_update(missing)  # read in this transaction
            for key in missing:
                self._by_key[key] = []
            for stored in repository.claims_with_subjects(session, missing):
                self._by_key[stored.claim.subject_key].append(stored)
                self._size += 1
        self._evict(keep=set(keys))

    def new_transaction(self) -> None:
        """Another process may have stored or replaced claims since the last commit: each key read before is
        checked against the database when it is next loaded (within a transaction the subject locks keep it
        current)."""
        self._unchecked = set(self._by_key)

    def _drop_changed(self, session: Session, keys: list[str]) -> None:
        """Let go of the keys whose claims in the database are not the ones in memory, so they are read again;
        checking ids is much cheaper than reading every claim again."""
        if not keys:
            return
        stored = repository.claim_versions(session, keys)
        for key in keys:
            self._unchecked.discard(key)
            if {(c.id, c.article_id) for c in self._by_key[key]} != stored.get(key, set()):
                self._size -= len(self._by_key.pop(key))

    def _evict(self, keep: set[str]) -> None:
        for key in list(self._by_key):
            if self._size <= self.max_claims:
                return
            if key not in keep:
                self._size -= len(self._by_key.pop(key))

    def candidates(self, keys: Iterable[str]) -> list[StoredClaim]:
        return [stored for key in sorted(set(keys)) for stored in self._by_key.get(key, ())]

    def add(self, claims: Iterable[StoredClaim]) -> None:
        """Claims just stored. Keys not in memory are left alone: loading them later finds these claims."""
        for stored in claims:
            bucket = self._by_key.get(stored.claim.subject_key)
            if bucket is not None:
                bucket.append(stored)
                self._size += 1

    def forget_articles(self, article_ids: Iterable[str]) -> None:
        """Drop the claims of articles that were replaced."""
        gone = set(article_ids)
        if not gone:
            return
        for key, bucket in list(self._by_key.items()):
            kept = [stored for stored in bucket if stored.article_id not in gone]
            self._size -= len(bucket) - len(kept)
            self._by_key[key] = kept

    def clear(self) -> None:
        self._by_key.clear()
        self._unchecked.clear()
        self._size = 0
