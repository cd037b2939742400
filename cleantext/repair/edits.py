"""Applying edits, and composing the edits of successive steps into edits of the original input.

Each repair step sees the previous step's output; users want every edit in terms of what *they*
passed in (for --diff, reports, line:col). Edits of a later step that touch an earlier edit's
replacement are merged with it into one edit of the original text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from cleantext.model import Edit, Span


def apply(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping edits (offsets into `text`)."""
    out: list[str] = []
    pos = 0
    for e in edits:
        if e.span.start < pos:
            raise ValueError(f"overlapping edits at {e.span.start}")
        out.append(text[pos:e.span.start])
        out.append(e.replacement)
        pos = e.span.end
    out.append(text[pos:])
    return "".join(out)


def _overlaps(s: int, e: int, cs: int, ce: int) -> bool:
    if max(s, cs) < min(e, ce):
        return True
    # a zero-width edit strictly inside the other one
    return (s == e and cs < s < ce) or (cs == ce and s < cs < e)


def compose(original: str, earlier: Sequence[Edit], later: Sequence[Edit]) -> list[Edit]:
    """Edits of `original` equivalent to applying `earlier`, then `later` (offsets into the
    earlier step's output). Both lists sorted and non-overlapping; linear in their length."""
    if not earlier:
        return list(later)
    if not later:
        return list(earlier)
    middle = apply(original, earlier)
    # each earlier edit's replacement as an interval of the middle text
    items: list[tuple[int, int, Edit, bool]] = []  # (start, end, edit, is_later)
    delta = 0
    for e in earlier:
        cs = e.span.start + delta
        items.append((cs, cs + len(e.replacement), e, False))
        delta += len(e.replacement) - len(e.span)
    items.extend((e.span.start, e.span.end, e, True) for e in later)
    items.sort(key=lambda it: (it[0], it[1]))

    clusters: list[list[tuple[int, int, Edit, bool]]] = []
    extent = (0, 0)
    for it in items:
        if clusters and _overlaps(it[0], it[1], *extent):
            clusters[-1].append(it)
            extent = (extent[0], max(extent[1], it[1]))
        else:
            clusters.append([it])
            extent = (it[0], it[1])

    result: list[Edit] = []
    shift = 0  # original position minus middle position, left of the current cluster
    for cluster in clusters:
        olds = [c[2] for c in cluster if not c[3]]
        news = [c[2] for c in cluster if c[3]]
        ms = min(c[0] for c in cluster)
        me = max(c[1] for c in cluster)
        if not news:
            result.extend(olds)
        else:
            os_ = olds[0].span.start - (_middle_start(cluster) - ms) if olds else ms + shift
            end_shift = shift if not olds else olds[-1].span.end - _middle_end(cluster)
            oe = me + end_shift
            local = [Edit(Span(n.span.start - ms, n.span.end - ms), n.original, n.replacement,
                          n.rule) for n in news]
            result.append(Edit(
                Span(os_, oe), original[os_:oe], apply(middle[ms:me], local),
                news[-1].rule,
                "; ".join(x for x in [*(o.evidence for o in olds), *(n.evidence for n in news)]
                          if x),
                min(x.confidence for x in [*olds, *news]),
                any(x.guess for x in [*olds, *news]),
            ))
        if olds:
            shift = olds[-1].span.end - _middle_end(cluster)
    return result


def _middle_start(cluster: list[tuple[int, int, Edit, bool]]) -> int:
    return next(c[0] for c in cluster if not c[3])


def _middle_end(cluster: list[tuple[int, int, Edit, bool]]) -> int:
    return [c[1] for c in cluster if not c[3]][-1]


class OffsetMap:
    """Offsets of the edited text mapped back to the input: a finding made on the repaired view
    of a text (fragments are found after decoding) is reported where it stands in the input."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self._edits = list(edits)
        self._out_starts: list[int] = []
        delta = 0
        for e in self._edits:
            self._out_starts.append(e.span.start + delta)
            delta += len(e.replacement) - len(e.span)

    def span(self, start: int, end: int) -> Span:
        """The input span that became output `[start, end)`; a character of an edit's
        replacement maps to the whole edit. An empty span maps to where it stands."""
        if start < end:
            return Span(self._char(start)[0], self._char(end - 1)[1])
        at = self._char(start)[0]
        return Span(at, at)

    def _char(self, offset: int) -> tuple[int, int]:
        """The input that produced output character `offset` (past the end: the input's end)."""
        i = bisect.bisect_right(self._out_starts, offset) - 1
        if i < 0:
            return offset, offset + 1
        e, out_start = self._edits[i], self._out_starts[i]
        out_end = out_start + len(e.replacement)
        if offset < out_end:
            return e.span.start, e.span.end
        at = e.span.end + offset - out_end
        return at, at + 1
