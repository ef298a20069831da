"""Scoring attribution spans against brat standoff files."""

from pathlib import Path

import pytest

from claimtrack.brat import BratError, parse_ann, read_brat_folder, score_documents

BRAT = Path(__file__).parent / "data" / "brat"


def test_events_with_discontinuous_contents_are_read():
    attributions = parse_ann((BRAT / "maintains.ann").read_text())
    split = next(a for a in attributions if len(a.content) == 2)
    text = (BRAT / "maintains.txt").read_text()
    assert [text[s:e] for s, e in split.content] == ["The plan", "is dead"]
    assert [text[s:e] for s, e in split.cue] == ["said"]


def test_relations_from_the_cue_are_read_too():
    ann = "T1\tSource 0 5\tTokyo\nT2\tCue 6 12\tdenied\nT3\tContent 18 35\ttalks had resumed\n" \
          "R1\tSource Arg1:T2 Arg2:T1\nR2\tContent Arg1:T2 Arg2:T3\n"
    (attribution,) = parse_ann(ann)
    assert (attribution.source, attribution.cue, attribution.content) == (((0, 5),), ((6, 12),), ((18, 35),))


def test_scores_on_the_sample_documents(nlp):
    report = score_documents(read_brat_folder(BRAT), nlp)
    assert report["documents"] == 2
    assert report["attribution"]["f1"] == 1.0
    for role in ("source", "cue", "content"):
        assert report["token_overlap"][role]["f1"] == 1.0, role
        assert report["exact"][role]["f1"] == 1.0, role


def test_a_wrong_prediction_lowers_the_scores(nlp, tmp_path):
    text = "Officials said the talks had failed.\n"
    (tmp_path / "a.txt").write_text(text)
    # gold says the content is only "failed": token overlap precision drops, recall stays
    start = text.index("failed")
    (tmp_path / "a.ann").write_text(f"T1\tCue 10 14\tsaid\nT2\tContent {start} {start + 6}\tfailed\n"
                                    "E1\tAttribution:T1 Content:T2\n")
    report = score_documents(read_brat_folder(tmp_path), nlp)
    content = report["token_overlap"]["content"]
    assert content["recall"] == 1.0 and content["precision"] < 0.5
    assert report["exact"]["content"]["f1"] == 0.0
    assert report["token_overlap"]["source"]["precision"] == 0.0  # "Officials" is not in this gold


def test_a_broken_annotation_line_is_named(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.ann").write_text("T1\tSource zero five\tTokyo\n")
    with pytest.raises(BratError, match=r"a.ann:1"):
        read_brat_folder(tmp_path)
