"""Steps used only by claimtrack's own specs; the shared vocabulary is the claimtrack pytest plugin."""

import json
import shutil
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

ROOT = Path(__file__).parent.parent
FOUNDING = "japanese-abductee-families-seek-us-support"


@pytest.fixture
def gold_folder(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "gold" / "articles").mkdir(parents=True)
    (corpus / "gold" / "conflicts").mkdir()
    shutil.copy(ROOT / "corpus" / f"{FOUNDING}.txt", corpus)
    shutil.copy(ROOT / "corpus" / "gold" / "articles" / f"{FOUNDING}.json", corpus / "gold" / "articles")
    shutil.copy(ROOT / "corpus" / "gold" / "conflicts" / "founding.json", corpus / "gold" / "conflicts")
    return corpus / "gold"


@given("a gold folder for the founding article")
def given_gold(gold_folder):
    return gold_folder


@given(parsers.parse('the gold also expects the claim "{content}"'))
def given_extra_gold_claim(gold_folder, content):
    path = gold_folder / "articles" / f"{FOUNDING}.json"
    gold = json.loads(path.read_text())
    gold["claims"].append({"id": "founding#extra", "content": content, "source": None, "cue": "strain",
                           "commitment": "report", "polarity": "positive", "subject": "issue",
                           "predicate": "strain", "kind": "statement", "quantity": None, "time": None,
                           "stance": None})
    path.write_text(json.dumps(gold))


@given("the gold says the two North Korea claims about the abductees must not be flagged together with Japan's belief")
def given_non_conflict(gold_folder):
    path = gold_folder / "conflicts" / "founding.json"
    gold = json.loads(path.read_text())
    gold["conflicts"] = [c for c in gold["conflicts"] if {c["a"], c["b"]} != {"founding#1", "founding#3"}]
    gold["non_conflicts"].append({"a": "founding#1", "b": "founding#3", "reason": "other_scope",
                                  "why": "a deliberately wrong gold entry"})
    path.write_text(json.dumps(gold))


@when("the desk evaluates the gold folder", target_fixture="report")
def when_evaluated(gold_folder):
    from click.testing import CliRunner

    from claimtrack.cli import main

    result = CliRunner().invoke(main, ["eval", str(gold_folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@then(parsers.parse("{part} are scored with precision {precision:f} and recall {recall:f}"))
def then_scored(report, part, precision, recall):
    assert (report[part]["precision"], report[part]["recall"]) == (precision, recall), report[part]


@then("every field of a claim is scored")
def then_fields(report):
    assert set(report["claims"]["fields"]) == {"source", "cue", "commitment", "polarity", "subject", "predicate",
                                               "kind", "quantity", "time", "stance"}


@then("claims recall is below 1.0")
def then_recall_below(report):
    assert report["claims"]["recall"] < 1.0


@then(parsers.parse('the claim "{content}" is listed as missed'))
def then_missed(report, content):
    assert any(m["content"] == content for m in report["claims"]["misses"]), report["claims"]["misses"]


@then("a flagged non-conflict is listed")
def then_flagged_non_conflict(report):
    assert report["conflicts"]["non_conflicts_flagged"], report["conflicts"]


# ------------------------------------------------------------------ batch ingestion: decisions and the command

def _conflict_between(desk, kind: str, source_a: str, source_b: str) -> dict:
    want = sorted([source_a.lower(), source_b.lower()])
    found = [c for c in desk.conflicts() if c["kind"] == kind
             and sorted((claim["source"]["name"] or "").lower() for claim in c["claims"]) == want]
    assert found, [(c["kind"], [claim["source"]["name"] for claim in c["claims"]]) for c in desk.conflicts()]
    return found[0]


@when(parsers.parse('the desk confirms the {kind} conflict between "{source_a}" and "{source_b}"'))
def when_desk_confirms(claimtrack_desk, kind, source_a, source_b):
    from claimtrack.db.models import ConflictRow, ReviewEventRow

    conflict = _conflict_between(claimtrack_desk, kind, source_a, source_b)
    with claimtrack_desk.sessions().begin() as session:
        row = session.get(ConflictRow, conflict["id"])
        session.add(ReviewEventRow(conflict_id=row.id, actor="desk", action="decide", from_value=row.status,
                                   to_value="confirmed"))
        row.status, row.version = "confirmed", row.version + 1


@then(parsers.parse('the {kind} conflict between "{source_a}" and "{source_b}" is still {status}'))
def then_conflict_still(claimtrack_desk, kind, source_a, source_b, status):
    assert _conflict_between(claimtrack_desk, kind, source_a, source_b)["status"] == status


@when("the desk runs claimtrack ingest on its articles", target_fixture="command")
def when_desk_runs_ingest(claimtrack_desk):
    from click.testing import CliRunner

    from claimtrack.cli import main

    return CliRunner().invoke(main, ["ingest", str(claimtrack_desk.folder / "articles"), "--db",
                                     claimtrack_desk.db_url])


@then(parsers.parse("the command exits with code {code:d}"))
def then_exit_code(command, code):
    assert command.exit_code == code, command.output


@then(parsers.parse('the summary says "{text}"'))
def then_summary_says(command, text):
    assert command.output.strip().splitlines()[-1].startswith(text), command.output


@then(parsers.parse('the summary names "{name}" because "{reason}"'))
def then_summary_names(command, name, reason):
    lines = [line for line in command.output.splitlines() if line.startswith("error: ") and f"/{name}: " in line]
    assert lines and reason in lines[0], command.output
