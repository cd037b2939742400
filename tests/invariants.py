"""What every repair and validate result must satisfy, whatever the input: shared by the
hypothesis properties (tests/test_properties.py) and the fuzz target (fuzz/fuzz_cleantext.py)."""

from __future__ import annotations

from collections.abc import Iterable

import cleantext
from cleantext.model import Finding
from cleantext.repair.edits import apply
from cleantext.validate import LineIndex


def check_edits(text: str, result: cleantext.Repaired) -> None:
    """Edits are sorted, do not overlap, quote the input, and applied give the output; clean
    text comes back as the same object."""
    previous_end = 0
    for edit in result.edits:
        assert previous_end <= edit.span.start <= edit.span.end <= len(text), edit
        assert text[edit.span.start:edit.span.end] == edit.original, edit
        assert edit.original != edit.replacement, edit
        previous_end = edit.span.end
    assert apply(text, list(result.edits)) == result.text
    if not result.edits:
        assert result.text is text


def check_positions(text: str, findings: Iterable[Finding]) -> None:
    """Every finding's start and end (1-based line and column) lie inside the text."""
    index = LineIndex(text)
    lines = len(index.starts)
    for f in findings:
        assert 1 <= f.line <= f.end_line <= lines, f
        assert (f.line, f.column) <= (f.end_line, f.end_column), f
        for line, column in ((f.line, f.column), (f.end_line, f.end_column)):
            start = index.starts[line - 1]
            end = index.starts[line] if line < lines else len(text)
            assert 1 <= column <= end - start + 1, f
