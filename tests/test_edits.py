"""Edit application and composition: properties over random edit lists."""

from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.detect.ftfy_reading import Fix, _line_damages
from cleantext.model import Chain, Edit, Span
from cleantext.repair.edits import OffsetMap, apply, compose


@st.composite
def text_and_edits(draw, text=None):
    text = text if text is not None else draw(st.text(alphabet="abcdé漢\n", max_size=30))
    edits, pos = [], 0
    while pos <= len(text) and draw(st.booleans()):
        pos += draw(st.integers(0, 4))
        if pos > len(text):
            break
        end = min(len(text), pos + draw(st.integers(0, 3)))
        rep = draw(st.text(alphabet="XY", max_size=3))
        if text[pos:end] != rep:
            edits.append(Edit(Span(pos, end), text[pos:end], rep, "test"))
        pos = end + 1
    return text, edits


@settings(max_examples=2000)
@given(st.data())
def test_composed_edits_equal_applying_both_steps(data):
    text, first = data.draw(text_and_edits())
    middle = apply(text, first)
    _, second = data.draw(text_and_edits(middle))
    composed = compose(text, first, second)
    assert apply(text, composed) == apply(middle, second)
    for a, b in zip(composed, composed[1:], strict=False):
        assert a.span.end <= b.span.start
    for e in composed:
        assert text[e.span.start:e.span.end] == e.original


@settings(max_examples=2000)
@given(st.data())
def test_offset_map_points_back_to_the_same_characters(data):
    text, edits = data.draw(text_and_edits())
    out = apply(text, edits)
    back = OffsetMap(edits)
    inside = set()  # output offsets inside a replacement
    delta = 0
    for e in edits:
        inside.update(range(e.span.start + delta, e.span.start + delta + len(e.replacement)))
        delta += len(e.replacement) - len(e.span)
    for i in range(len(out)):
        span = back.span(i, i + 1)
        assert 0 <= span.start <= span.end <= len(text)
        if i not in inside:
            assert text[span.start:span.end] == out[i]
        else:  # a character of a replacement maps to the edit that made it
            assert any(e.span.start <= span.start and span.end <= e.span.end for e in edits)
    assert back.span(len(out), len(out)) == Span(len(text), len(text))


@settings(max_examples=2000)
@given(st.text(alphabet="ab é\n\t", max_size=20), st.text(alphabet="ab é\n\t", max_size=20))
def test_ftfy_line_damages_turn_old_into_new(old, new):
    damages = _line_damages(old, Fix(new, Chain("utf-8", ("cp1252",))), 0, 0.0)
    edits = [Edit(d.span, d.original, d.decoded, "test") for d in damages]
    assert apply(old, edits) == new
    assert all(old[e.span.start:e.span.end] == e.original for e in edits)
