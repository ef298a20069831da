"""A claim in context: its paragraph cut into segments that know their roles."""

from claimtrack.passages import Mark, paragraph, paragraph_bounds, segments, text_paragraphs

TEXT = "Title\n\nPolice said that 12,000 people marched. Unions disagreed.\nLast line."


def test_the_paragraph_is_the_line_around_the_position():
    start, end = paragraph_bounds(TEXT, TEXT.index("12,000"))
    assert TEXT[start:end] == "Police said that 12,000 people marched. Unions disagreed."
    assert paragraph_bounds(TEXT, 0) == (0, 5) and TEXT[slice(*paragraph_bounds(TEXT, len(TEXT)))] == "Last line."


def test_overlapping_marks_cut_the_text_into_segments_with_every_covering_role():
    source = TEXT.index("Police")
    content = TEXT.index("12,000")
    marks = [Mark(source, source + 6, "source"), Mark(source + 7, source + 11, "cue"),
             Mark(content, content + 21, "content"), Mark(content, content + 6, "claim"),
             Mark(source, TEXT.index(" Unions"), "sentence")]
    pieces = paragraph(TEXT, marks, content)
    assert "".join(p.text for p in pieces) == "Police said that 12,000 people marched. Unions disagreed."
    roles = {p.text: p.roles for p in pieces}
    assert roles["Police"] == {"source", "sentence"} and roles["said"] == {"cue", "sentence"}
    assert roles["12,000"] == {"content", "claim", "sentence"} and roles[" people marched"] == {"content", "sentence"}
    assert roles[" Unions disagreed."] == frozenset()


def test_marks_outside_the_range_are_left_out_and_empty_lines_dropped():
    assert segments(TEXT, 0, 5, [Mark(10, 20, "source")])[0].roles == frozenset()
    assert ["".join(s.text for s in p) for p in text_paragraphs(TEXT)] == [
        "Title", "Police said that 12,000 people marched. Unions disagreed.", "Last line."]
