"""Gherkin step vocabulary for claimtrack, shipped as a pytest plugin (entry point `pytest11`).

A desk can state what it expects from claimtrack on its own articles in `.feature` files and run them
with pytest, without writing step code: see "Specs a newsroom can write itself" in the README.
Every scenario gets a fresh SQLite database in a temporary folder."""

from __future__ import annotations

import re
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest

try:
    from pytest_bdd import given, parsers, then, when
except ImportError:  # pytest-bdd not installed: the plugin offers nothing, and breaks nothing
    given = when = then = None


@dataclass
class Desk:
    """What a scenario has done so far: its database, its articles and what ingestion reported."""

    db_url: str
    folder: Path
    inputs: list[Path] = field(default_factory=list)
    summary: object = None
    selected_conflict: dict | None = None
    selected_claim: dict | None = None

    def sessions(self):
        from claimtrack.db.engine import make_engine, make_sessionmaker, upgrade

        engine = make_engine(self.db_url)
        upgrade(engine)
        return make_sessionmaker(engine)

    def claims(self) -> list[dict]:
        from claimtrack.db.repository import all_claims
        from claimtrack.serialize import claim_row_json

        with self.sessions()() as session:
            return [claim_row_json(row) for row in all_claims(session)]

    def conflicts(self) -> list[dict]:
        from claimtrack.db.repository import list_conflicts
        from claimtrack.serialize import conflict_json

        with self.sessions()() as session:
            return [conflict_json(row) for row in list_conflicts(session)]


def claim_matches(claim: dict, expected: dict[str, str]) -> bool:
    """A claim matches a table row when every non-empty cell agrees with the claim's field."""
    for column, want in expected.items():
        want = want.strip()
        if not want:
            continue
        if _field(claim, column).lower() != want.lower():
            return False
    return True


def _field(claim: dict, column: str) -> str:
    column = column.strip().lower()
    if column == "source":
        return claim["source"]["name"] or ""
    if column == "source text":
        return claim["source"]["text"] or ""
    if column in ("subject", "predicate"):
        return claim[column]["key"]
    if column == "quantity":
        q = claim["quantity"]
        if not q:
            return ""
        return _number(q["value"]) if q["value"] is not None else q["text"].lower()
    if column in ("low", "high", "unit", "approximate"):
        value = (claim["quantity"] or {}).get(column)
        if value is None:
            return ""
        return str(value).lower() if isinstance(value, (bool, str)) else _number(value)
    if column == "time":
        t = claim["time"]
        return f"{t['start']}..{t['end']} {t['precision']}" if t else ""
    if column == "stance":
        return claim["stance"]["value"] if claim["stance"] else ""
    if column in ("holder", "target", "condition"):
        return str((claim["stance"] or {}).get(column) or "")
    if column == "place":
        return claim["scope"]["place"] or ""
    if column == "content":
        return claim["text"]["text"]
    return str(claim.get(column) or "")


def _number(value) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _describe(claims: list[dict]) -> str:
    return "\n".join(f"  {c['source']['name']} -{c['cue']}-> {c['kind']} {c['subject']['key']} "
                     f"{'not ' if c['polarity'] == 'negative' else ''}{c['predicate']['key']} "
                     f"{(c['quantity'] or {}).get('text', '')}" for c in claims)


def pytest_addoption(parser):
    parser.addini("claimtrack_features", type="bool", default=False,
                  help="Collect every .feature file as claimtrack specs, with no Python test module needed.")
    parser.addoption("--claimtrack-features", action="store_true",
                     help="Collect every .feature file as claimtrack specs, with no Python test module needed.")


def pytest_collect_file(file_path, parent):
    config = parent.config
    if file_path.suffix == ".feature" and given is not None and (
            config.getoption("--claimtrack-features") or config.getini("claimtrack_features")):
        return FeatureFile.from_parent(parent, path=file_path)
    return None


class FeatureFile(pytest.Module):
    """A .feature file collected as if a test module had called `scenarios()` on it."""

    def _getobj(self):
        module = types.ModuleType(f"claimtrack_feature_{abs(hash(str(self.path)))}")
        module.__file__ = str(self.path)
        code = f"from pytest_bdd import scenarios\nscenarios({str(self.path)!r})\n"
        exec(compile(code, str(self.path), "exec"), module.__dict__)  # noqa: S102 - fixed code, no input
        return module


if given is not None:

    @pytest.fixture
    def claimtrack_desk(tmp_path) -> Desk:
        return Desk(db_url=f"sqlite:///{tmp_path / 'claims.db'}", folder=tmp_path)

    @given(parsers.parse('the article "{path}"'))
    def given_article_file(claimtrack_desk: Desk, request, path: str):
        candidate = Path(path)
        if not candidate.is_absolute() and not candidate.exists():
            candidate = Path(request.config.rootpath) / path
        claimtrack_desk.inputs.append(candidate)

    @given(parsers.parse('an article "{name}":'))
    def given_article_text(claimtrack_desk: Desk, name: str, docstring: str):
        target = claimtrack_desk.folder / "articles" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(docstring + "\n", encoding="utf-8")
        claimtrack_desk.inputs.append(target)

    @given(parsers.parse('a file "{name}" holding the bytes {data}'))
    def given_raw_file(claimtrack_desk: Desk, name: str, data: str):
        target = claimtrack_desk.folder / "articles" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(bytes.fromhex(re.sub(r"[^0-9a-fA-F]", "", data)))
        claimtrack_desk.inputs.append(target)

    @when("the articles are ingested")
    @when("they are ingested again")
    @when("the article is ingested")
    def when_ingested(claimtrack_desk: Desk):
        from claimtrack.ingest import ingest_paths

        claimtrack_desk.summary = ingest_paths([str(p) for p in claimtrack_desk.inputs], claimtrack_desk.sessions())

    @when(parsers.parse('only the article "{name}" is ingested'))
    def when_one_ingested(claimtrack_desk: Desk, name: str):
        from claimtrack.ingest import ingest_paths

        path = claimtrack_desk.folder / "articles" / name
        claimtrack_desk.summary = ingest_paths([str(path)], claimtrack_desk.sessions())

    @when(parsers.parse('the article "{name}" is corrected to:'))
    def when_corrected(claimtrack_desk: Desk, name: str, docstring: str):
        (claimtrack_desk.folder / "articles" / name).write_text(docstring + "\n", encoding="utf-8")

    @when("this is ingested from standard input:")
    def when_ingested_from_stdin(claimtrack_desk: Desk, docstring: str):
        import io

        from claimtrack.ingest import ingest_paths

        claimtrack_desk.summary = ingest_paths(["-"], claimtrack_desk.sessions(),
                                               stdin=io.BytesIO((docstring + "\n").encode("utf-8")))

    @then(parsers.parse("{count:d} new articles are stored"))
    @then(parsers.parse("{count:d} new article is stored"))
    def then_new_articles(claimtrack_desk: Desk, count: int):
        assert claimtrack_desk.summary.new == count, claimtrack_desk.summary

    @then(parsers.parse("{count:d} articles are unchanged"))
    @then(parsers.parse("{count:d} article is unchanged"))
    def then_unchanged_articles(claimtrack_desk: Desk, count: int):
        assert claimtrack_desk.summary.unchanged == count, claimtrack_desk.summary

    @then(parsers.parse("{count:d} articles are replaced"))
    @then(parsers.parse("{count:d} article is replaced"))
    def then_replaced_articles(claimtrack_desk: Desk, count: int):
        assert claimtrack_desk.summary.replaced == count, claimtrack_desk.summary

    @then(parsers.parse("the stored titles are:"))
    def then_stored_titles(claimtrack_desk: Desk, datatable):
        from claimtrack.db.models import ArticleRow

        with claimtrack_desk.sessions()() as session:
            stored = sorted(row.title for row in session.query(ArticleRow))
        assert stored == sorted(row[0] for row in datatable[1:]), stored

    @then("nothing new is stored")
    def then_nothing_new(claimtrack_desk: Desk):
        summary = claimtrack_desk.summary
        assert (summary.new, summary.replaced, summary.claims, summary.conflicts) == (0, 0, 0, 0), summary

    @then(parsers.parse('the input "{name}" is reported as failed because {reason}'))
    def then_input_failed(claimtrack_desk: Desk, name: str, reason: str):
        failures = claimtrack_desk.summary.failed
        hits = [why for origin, why in failures if Path(origin.split(":")[0]).name == name or origin.endswith(name)]
        assert hits, f"{name} not among failures {failures}"
        assert reason.strip('"').lower() in hits[0].lower(), hits[0]

    @then("the claims include:")
    def then_claims_include(claimtrack_desk: Desk, datatable):
        claims = claimtrack_desk.claims()
        header, *rows = datatable
        for row in rows:
            expected = dict(zip(header, row))
            assert any(claim_matches(c, expected) for c in claims), \
                f"no claim matches {expected}; claims are:\n{_describe(claims)}"

    @then(parsers.parse("there are {count:d} claims"))
    def then_claim_count(claimtrack_desk: Desk, count: int):
        claims = claimtrack_desk.claims()
        assert len(claims) == count, f"{len(claims)} claims:\n{_describe(claims)}"

    @then(parsers.parse('the claim "{content}" is by "{source}"'))
    def then_claim_by(claimtrack_desk: Desk, content: str, source: str):
        claim = _claim_with(claimtrack_desk, content)
        assert (claim["source"]["name"] or "").lower() == source.lower(), claim["source"]

    @then(parsers.parse('the claim "{content}" has {count:d} pieces of evidence'))
    def then_evidence_count(claimtrack_desk: Desk, content: str, count: int):
        claim = _claim_with(claimtrack_desk, content)
        assert len(claim["evidence"]) == count, [e["sentence"] for e in claim["evidence"]]

    @then(parsers.parse('the claim "{content}" has {column} "{value}"'))
    def then_claim_field(claimtrack_desk: Desk, content: str, column: str, value: str):
        claim = _claim_with(claimtrack_desk, content)
        if column.startswith("stance "):
            got = str((claim["stance"] or {}).get(column.split()[1]) or "")
            assert value.lower() in got.lower(), f"stance {column}: {got!r}"
        else:
            assert _field(claim, column).lower() == value.lower(), f"{column}: {_field(claim, column)!r}"

    @then(parsers.parse('the claim "{content}" has no {column}'))
    def then_claim_lacks(claimtrack_desk: Desk, content: str, column: str):
        claim = _claim_with(claimtrack_desk, content)
        assert _field(claim, column) == "", f"{column}: {_field(claim, column)!r}"

    @then("every claim's evidence points at its words in the article")
    def then_offsets_point_at_text(claimtrack_desk: Desk):
        from claimtrack.db.models import ArticleRow

        with claimtrack_desk.sessions()() as session:
            texts = {row.id: row.text for row in session.query(ArticleRow)}
        for claim in claimtrack_desk.claims():
            text = texts[claim["article"]["id"]]
            for evidence in claim["evidence"]:
                for role, span in evidence["attribution"].items():
                    if span is not None:
                        assert text[span["start"]:span["end"]] == span["text"], (role, span)
                assert text[evidence["text"]["start"]:evidence["text"]["end"]] == evidence["text"]["text"]
                assert evidence["text"]["text"] in evidence["sentence"], evidence

    @then(parsers.parse('a {kind} conflict between "{source_a}" and "{source_b}" is flagged'))
    def then_conflict_flagged(claimtrack_desk: Desk, kind: str, source_a: str, source_b: str):
        conflict = _find_conflict(claimtrack_desk.conflicts(), kind, source_a, source_b)
        assert conflict is not None, _conflicts_text(claimtrack_desk.conflicts())
        claimtrack_desk.selected_conflict = conflict

    @then(parsers.parse('a {kind} conflict over "{content}" between "{source_a}" and "{source_b}" is flagged'))
    def then_conflict_over(claimtrack_desk: Desk, kind: str, content: str, source_a: str, source_b: str):
        conflicts = [c for c in claimtrack_desk.conflicts()
                     if any(content in claim["text"]["text"] for claim in c["claims"])]
        conflict = _find_conflict(conflicts, kind, source_a, source_b)
        assert conflict is not None, _conflicts_text(claimtrack_desk.conflicts())
        claimtrack_desk.selected_conflict = conflict

    @then(parsers.parse('a {kind} conflict between "{source}" and the article\'s own "{content}" is flagged'))
    def then_conflict_with_own_voice(claimtrack_desk: Desk, kind: str, source: str, content: str):
        conflicts = [c for c in claimtrack_desk.conflicts()
                     if any(content in claim["text"]["text"] and claim["source"]["name"] is None
                            for claim in c["claims"])]
        conflict = _find_conflict(conflicts, kind, source, "")
        assert conflict is not None, _conflicts_text(claimtrack_desk.conflicts())
        claimtrack_desk.selected_conflict = conflict

    @then(parsers.parse('a {kind} conflict between the articles\' own "{content_a}" and "{content_b}" is flagged'))
    def then_conflict_between_own_voices(claimtrack_desk: Desk, kind: str, content_a: str, content_b: str):
        conflicts = [c for c in claimtrack_desk.conflicts() if all(
            any(content in claim["text"]["text"] for claim in c["claims"]) for content in (content_a, content_b))]
        conflict = _find_conflict(conflicts, kind, "", "")  # both in the outlets' own voice
        assert conflict is not None, _conflicts_text(claimtrack_desk.conflicts())
        claimtrack_desk.selected_conflict = conflict

    @then(parsers.parse('a {kind} revision by "{source}" is flagged'))
    def then_revision_flagged(claimtrack_desk: Desk, kind: str, source: str):
        conflict = _find_conflict(claimtrack_desk.conflicts(), kind, source, source)
        assert conflict is not None and conflict["relation"] == "revision", _conflicts_text(claimtrack_desk.conflicts())
        claimtrack_desk.selected_conflict = conflict

    @then(parsers.parse('its explanation mentions "{text}"'))
    def then_explanation_mentions(claimtrack_desk: Desk, text: str):
        explanation = claimtrack_desk.selected_conflict["explanation"]
        assert text.lower() in explanation.lower(), explanation

    @then(parsers.parse('no conflict pairs "{content_a}" with "{content_b}"'))
    def then_no_conflict_between(claimtrack_desk: Desk, content_a: str, content_b: str):
        for conflict in claimtrack_desk.conflicts():
            contents = [c["text"]["text"] for c in conflict["claims"]]
            pairs = (content_a in contents[0] and content_b in contents[1]) or \
                (content_b in contents[0] and content_a in contents[1])
            assert not pairs, conflict["explanation"]

    @then(parsers.parse("there are {count:d} conflicts"))
    @then(parsers.parse("there is {count:d} conflict"))
    def then_conflict_count(claimtrack_desk: Desk, count: int):
        conflicts = claimtrack_desk.conflicts()
        assert len(conflicts) == count, _conflicts_text(conflicts)

    def _claim_with(desk: Desk, content: str) -> dict:
        claims = [c for c in desk.claims()
                  if any(content in e["text"]["text"] or e["text"]["text"] in content for e in c["evidence"])]
        assert claims, f"no claim with content {content!r}:\n{_describe(desk.claims())}"
        return claims[0]

    def _find_conflict(conflicts: list[dict], kind: str, source_a: str, source_b: str) -> dict | None:
        want = sorted([source_a.lower(), source_b.lower()])
        for conflict in conflicts:
            sources = sorted((c["source"]["name"] or "").lower() for c in conflict["claims"])
            if conflict["kind"] == kind and sources == want:
                return conflict
        return None

    def _conflicts_text(conflicts: list[dict]) -> str:
        return "conflicts:\n" + "\n".join(f"  [{c['kind']}/{c['relation']}] {c['explanation']}" for c in conflicts)
