"""The repair steps. Each is `(text, context) -> list[Edit]`, offsets into the text it is given.

Steps are pure; the pipeline (cleantext.repair.pipeline) runs them in order and composes their
edits into edits of the caller's input.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from cleantext.codecs import can_encode, label
from cleantext.detect import detect
from cleantext.detect.fragments import Fragment, find_fragments
from cleantext.detect.lost import dash_placeholders
from cleantext.model import Damage, Diagnosis, Edit, Span


@dataclass
class Context:
    """What steps learn about the document as the pipeline goes."""

    diagnoses: list[Diagnosis] = field(default_factory=list)
    lexicon_terms: tuple[str, ...] = ()
    corpus_terms: frozenset[str] = frozenset()
    use_ftfy: bool = True

    @property
    def true_encodings(self) -> set[str]:
        return {c.true_encoding for d in self.diagnoses for c in d.chains}


def mojibake(text: str, ctx: Context) -> list[Edit]:
    """One layer of mis-decoding undone where detect found a chain (or ftfy's fixer did)."""
    diagnosis = detect(text, use_ftfy=ctx.use_ftfy, utf8_shown="utf-8" in ctx.true_encodings)
    if diagnosis.damaged:
        ctx.diagnoses.append(diagnosis)
    return [_trimmed(d.span.start, d.original, d.decoded, f"mojibake.{d.by}", _evidence(d),
                     d.confidence) for d in diagnosis.damages]


def _evidence(d: Damage) -> str:
    if d.by == "whole-text":
        return (f"{d.chain.describe()}; the whole text is its image, "
                f"{d.gain_bits:.0f} bits more plausible read so")
    words = f"{d.chain.describe()}; {d.gain_bits:.0f} bits more plausible"
    return words if d.by == "chain" else f"ftfy.fix_encoding (encoding-only settings): {words}"


def _trimmed(start: int, old: str, new: str, rule: str, evidence: str,
             confidence: float = 1.0) -> Edit:
    """The edit of `old` (at `start`) into `new`, without the characters both share at their
    ends (a run carries the ASCII byte after it, which most readings leave as it was)."""
    head = len(os.path.commonprefix([old, new]))
    tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
    return Edit(Span(start + head, start + len(old) - tail), old[head:len(old) - tail],
                new[head:len(new) - tail], rule, evidence, confidence)


def fragments(text: str, ctx: Context) -> list[Edit]:
    """Injected ad/spam fragments removed with the whitespace they brought, which rejoins the
    words they split."""
    return fragment_edits(text, find_fragments(text, ctx.lexicon_terms, removable_only=True,
                                               corpus_terms=ctx.corpus_terms))


def fragment_edits(text: str, found: Iterable[Fragment]) -> list[Edit]:
    """The removals of the fragments in `found` that are removable."""
    return [Edit(f.remove, text[f.remove.start:f.remove.end], "", "fragment.injected",
                 f.evidence, f.confidence) for f in found if f.removable]


def lost_characters(text: str, ctx: Context) -> list[Edit]:
    """`?` placeholders restored where a legacy encoding could not hold the character.

    Only after a chain through an encoding that lacks the dash was found: that is the evidence.
    The restored character is a guess, and marked so."""
    lossy = [e for e in sorted(ctx.true_encodings) if not can_encode(e, "\u2014")]
    if not lossy:
        return []
    why = (f"'?' between words; the text went through {label(lossy[0])}, which cannot "
           "encode U+2014 EM DASH")
    return [Edit(span, text[span.start:span.end], "\u2014", "lost.dash", why, 0.7, guess=True)
            for span in dash_placeholders(text)]
