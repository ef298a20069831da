"""The stored claims that new claims are checked against, kept in memory during a batch.

Detection compares a new claim, under each of its blocking keys (`conflicts.blocking_keys`: its subject,
with its predicate, its exclusive states or its being a position), and under each of them within the name
its story is first about and within the year it is told of (`conflicts.picking_keys`), with the latest claims
of the sources heard from most recently (`conflicts.latest_under_key`). Loading those from the database for
each new article would cost more with every article stored; the index loads a subject once, then follows what the
batch stores and replaces, and keeps each key's claims by source in the order they were made, so picking the
latest ones costs the same however many claims a key has. Subjects not used for a while are let go when the
index holds more than `max_claims` claims."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import OrderedDict, defaultdict
from collections.abc import Iterable

from sqlalchemy.orm import Session

from .conflicts import chronological, pick_latest, picking_keys, rival_subjects
from .db import repository
from .domain import StoredClaim

MAX_CLAIMS = 60_000  # the 56,403 claims of the 10,000-article benchmark archive took about 85 MB


class _Block:
    """The claims under one blocking key: by source, oldest first, and the sources in the order of their
    latest claim, so that the latest claims of the sources heard from last are found without a search."""

    def __init__(self):
        self.by_source: dict[str | None, list[StoredClaim]] = {}
        self.order: list[tuple[tuple, str | None]] = []  # (when the source's latest claim was made, source)

    def add(self, stored: StoredClaim) -> None:
        source = stored.claim.source_name
        claims = self.by_source.setdefault(source, [])
        before = claims[-1] if claims else None
        insort(claims, stored, key=chronological)  # at the end, mostly
        if claims[-1] is not before:
            if before is not None:
                del self.order[bisect_left(self.order, (chronological(before), source))]
            insort(self.order, (chronological(claims[-1]), source))

    def latest(self) -> list[StoredClaim]:
        """What `conflicts.latest_under_key` picks from these claims."""
        return pick_latest(self.by_source[source] for _, source in reversed(self.order))


class _Subject:
    """One subject's claims, and the same claims by blocking key."""

    def __init__(self, claims: Iterable[StoredClaim] = ()):
        self.claims: list[StoredClaim] = []
        self.blocks: dict[str, _Block] = defaultdict(_Block)
        for stored in sorted(claims, key=chronological):
            self.add(stored)

    def add(self, stored: StoredClaim) -> None:
        self.claims.append(stored)
        for key in picking_keys(stored):
            self.blocks[key].add(stored)


class CandidateIndex:
    def __init__(self, max_claims: int = MAX_CLAIMS):
        self.max_claims = max_claims
        self._by_key: OrderedDict[str, _Subject] = OrderedDict()  # least recently used first
        self._size = 0
        self._checked: set[str] = set()  # subjects known to be current in this transaction
        self._seen: tuple[object, int] | None = None  # `repository.commit_mark` when the index was last loaded

    def load(self, session: Session, keys: Iterable[str]) -> None:
        """Make sure these subject keys are in memory and current. Call it before storing the claims that
        have them. A subject already in memory is checked once per transaction against the claim ids the
        database holds (another process may have stored or replaced claims since): only what changed is read.
        On SQLite the check is skipped when no other connection has committed since the last load."""
        keys = sorted({k for k in keys if k})
        for key in keys:
            if key in self._by_key:
                self._by_key.move_to_end(key)
        stale = [k for k in keys if k in self._by_key and k not in self._checked]
        seen, self._seen = self._seen, repository.commit_mark(session)
        if stale and seen is not None and seen == self._seen:
            self._checked.update(self._by_key)  # nobody else has committed: what is in memory is what is stored
            stale = []
        if stale:
            self._refresh(session, stale)
        missing = [k for k in keys if k not in self._by_key]
        if missing:
            loaded: dict[str, list[StoredClaim]] = {key: [] for key in missing}
            for stored in repository.claims_with_subjects(session, missing):
                loaded[stored.claim.subject_key].append(stored)
            for key in missing:
                self._by_key[key] = _Subject(loaded[key])
                self._size += len(loaded[key])
        self._checked.update(keys)
        self._evict(keep=set(keys))

    def _refresh(self, session: Session, keys: list[str]) -> None:
        stored_now: dict[str, dict[str, str]] = {key: {} for key in keys}  # subject -> {claim id: article id}
        for claim, (subject_key, article) in repository.claim_articles(session, keys).items():
            stored_now[subject_key][claim] = article
        for key in keys:
            subject = self._by_key[key]
            held = {stored.id: stored for stored in subject.claims}
            now = stored_now[key]
            if {claim: stored.article_id for claim, stored in held.items()} == now:
                continue
            kept = [stored for claim, stored in held.items() if now.get(claim) == stored.article_id]
            fresh = repository.claims_by_ids(session, [claim for claim, article in now.items()
                                                       if claim not in held or held[claim].article_id != article])
            self._size += len(kept) + len(fresh) - len(subject.claims)
            self._by_key[key] = _Subject([*kept, *fresh])

    def new_transaction(self) -> None:
        """What is in memory is checked against the database again before it is used in this transaction."""
        self._checked.clear()

    def _evict(self, keep: set[str]) -> None:
        for key in list(self._by_key):
            if self._size <= self.max_claims:
                return
            if key not in keep:
                self._size -= len(self._by_key.pop(key).claims)

    def candidates(self, keys: Iterable[str]) -> list[StoredClaim]:
        """Every claim in memory on these subjects."""
        return [stored for key in sorted(set(keys)) if key in self._by_key for stored in self._by_key[key].claims]

    def rivals_of(self, new: StoredClaim) -> list[StoredClaim]:
        """The stored claims a new claim is to be compared with: under each of its picking keys, the ones
        `conflicts.latest_under_key` picks (and `conflicts.detect` would pick from all of them)."""
        found: dict[str, StoredClaim] = {}
        subjects = (self._by_key.get(key) for key in sorted(rival_subjects(new.claim)))
        for subject in (s for s in subjects if s is not None):
            for key in picking_keys(new):
                block = subject.blocks.get(key)
                for stored in block.latest() if block is not None else ():
                    found.setdefault(stored.id, stored)
        return list(found.values())

    def add(self, claims: Iterable[StoredClaim]) -> None:
        """Claims just stored. Keys not in memory are left alone: loading them later finds these claims."""
        for stored in claims:
            subject = self._by_key.get(stored.claim.subject_key)
            if subject is not None:
                subject.add(stored)
                self._size += 1

    def forget_articles(self, article_ids: Iterable[str]) -> None:
        """Drop the claims of articles that were replaced."""
        gone = set(article_ids)
        if not gone:
            return
        for key, subject in list(self._by_key.items()):
            kept = [stored for stored in subject.claims if stored.article_id not in gone]
            if len(kept) < len(subject.claims):
                self._size -= len(subject.claims) - len(kept)
                self._by_key[key] = _Subject(kept)

    def clear(self) -> None:
        self._by_key.clear()
        self._checked.clear()
        self._size = 0
