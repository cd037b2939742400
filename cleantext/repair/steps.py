"""The repair steps. Each is `(text, context) -> list[Edit]`, offsets into the text it is given.

Steps are pure; the pipeline (cleantext.repair.pipeline) runs them in order and composes their
edits into edits of the caller's input.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from cleantext.codecs import can_encode, label
from cleantext.detect import FIT_MARGIN, detect
from cleantext.detect.fragments import Fragment, find_fragments
from cleantext.detect.lost import dash_placeholders
from cleantext.detect.prescan import ftfy_traces, suspicious
from cleantext.detect.score import text_cost
from cleantext.model import Damage, Diagnosis, Edit, Span
from cleantext.repair.edits import apply

if TYPE_CHECKING:
    import ftfy


@lru_cache(maxsize=1)
def ftfy_encoding_only() -> ftfy.TextFixerConfig:
    """ftfy restricted to encoding repairs: no quote uncurling, width folding, ligatures or NFC,
    which would damage CJK text and typography (see DESIGN.md). ftfy is imported on first use:
    clean text never needs it, and start-up stays short."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
        restore_byte_a0=True, replace_lossy_sequences=False, decode_inconsistent_utf8=True,
        fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=False,
    )
FTFY_MARGIN_BITS = 6.0  # ftfy's change must make the line read this much better ...
#: ... or this much, once the document has shown UTF-8 mojibake, the only damage ftfy mends:
#: its fix is then a reading of the document's own chain, as FIT_MARGIN is for the chain
#: search ("Ã perturber … jusqu'Ã nos" beside "rÃ©flexion" is French "à", its no-break
#: space lost to a space)
FTFY_FIT_BITS = FIT_MARGIN


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
    """One layer of mis-decoding undone where detect found a chain."""
    diagnosis = detect(text)
    if diagnosis.damaged and ctx.use_ftfy:
        diagnosis = _defer_to_ftfy(text, diagnosis)
    if diagnosis.damaged:
        ctx.diagnoses.append(diagnosis)
    return [_trimmed(d.span.start, d.original, d.decoded, "mojibake.chain",
                     f"{d.chain.describe()}; {d.gain_bits:.0f} bits more plausible", d.confidence)
            for d in diagnosis.damages]


def _defer_to_ftfy(text: str, diagnosis: Diagnosis) -> Diagnosis:
    """The diagnosis without its damages on lines that ftfy's encoding fixer reads better, by
    FTFY_MARGIN_BITS, than the chain search does: those are UTF-8 mojibake with its bytes
    mangled in ways ftfy knows (a lost no-break space, a byte lost to U+FFFD, CESU-8 emoji),
    which no strict reading of ours decodes, so the least implausible legacy reading won
    ("à¸ à¸²à¸©à¸²" of Thai "ภาษา" read as GBK Han). The ftfy step then repairs those lines."""
    starts = list(accumulate(map(len, text.splitlines(keepends=True)), initial=0))
    by_line: dict[int, list[Damage]] = {}
    for d in diagnosis.damages:
        by_line.setdefault(bisect.bisect_right(starts, d.span.start) - 1, []).append(d)
    dropped: set[Damage] = set()
    for i, damages in by_line.items():
        begin, end = starts[i], starts[i + 1]
        if max(d.span.end for d in damages) > end:
            continue  # (a damage across a line end: the line is not the unit here)
        line = text[begin:end]
        theirs = _ftfy_line(line)
        if theirs is None:
            continue
        # (detect lists damages left to right)
        ours = apply(line, [Edit(Span(d.span.start - begin, d.span.end - begin), d.original,
                                 d.decoded, "") for d in damages])
        # (a reading of UTF-8 like ours, where ftfy sees more: a lost no-break space)
        margin = (FTFY_FIT_BITS if all(d.chain.true_encoding == "utf-8" for d in damages)
                  else FTFY_MARGIN_BITS)
        if (theirs != ours and _cost(theirs) + margin <= _cost(ours)
                # by ftfy's measure too: a fix it leaves half done, "»Ñ»ÉÅÂʵ۵۱ٷ", is
                # cheaper by character costs than the half-width katakana it was
                and _badness(theirs) <= _badness(ours)
                # and not where our reading leads there: a layer of several, which the
                # next pass undoes
                and theirs != _ftfy_line(ours)):
            dropped.update(damages)
    if not dropped:
        return diagnosis
    kept = tuple(d for d in diagnosis.damages if d not in dropped)
    if not kept:
        return Diagnosis()
    used = {d.chain for d in kept}
    return Diagnosis(tuple(c for c in diagnosis.chains if c in used), kept,
                     diagnosis.confidence)


def _badness(text: str) -> int:
    """ftfy's measure of mojibake left in `text`; U+FFFD, which ftfy writes for a lost byte,
    is not counted against it."""
    from ftfy.badness import badness

    return badness(text.replace("\ufffd", ""))


def _cost(text: str) -> float:
    """`text_cost` of a line as ftfy or we read it, U+FFFD not counted: a lost byte's mark, or
    the character itself, read back from its UTF-8 ("ï¿½"), not a reading's fault."""
    return text_cost(text.replace("\ufffd", ""))


def _ftfy_line(line: str) -> str | None:
    """ftfy's encoding fix of `line`, or None when ftfy sees nothing wrong with it."""
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(line):
        return None
    fixed = ftfy.fix_text(line, ftfy_encoding_only())
    return None if fixed == line else fixed


def _trimmed(start: int, old: str, new: str, rule: str, evidence: str,
             confidence: float = 1.0) -> Edit:
    """The edit of `old` (at `start`) into `new`, without the characters both share at their
    ends (a run carries the ASCII byte after it, which most readings leave as it was)."""
    head = len(os.path.commonprefix([old, new]))
    tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
    return Edit(Span(start + head, start + len(old) - tail), old[head:len(old) - tail],
                new[head:len(new) - tail], rule, evidence, confidence)


def mojibake_ftfy(text: str, ctx: Context) -> list[Edit]:
    """What ftfy's encoding fixer finds that the chain search did not (its heuristics for sloppy
    and inconsistent UTF-8), per line, accepted only when the line then reads better."""
    edits: list[Edit] = []
    if not (suspicious(text) or ftfy_traces(text)):
        return edits
    margin = FTFY_FIT_BITS if "utf-8" in ctx.true_encodings else FTFY_MARGIN_BITS
    pos = 0
    for line in text.splitlines(keepends=True):
        fixed = _ftfy_line(line)
        if fixed is not None and text_cost(fixed) + margin <= text_cost(line):
            edits.extend(_diff_edits(line, fixed, pos, "mojibake.ftfy",
                                     "ftfy.fix_encoding (encoding-only settings)"))
        pos += len(line)
    return edits


_TOKENS = regex.compile(r"\S+|\s+")


def _diff_edits(old: str, new: str, offset: int, rule: str, evidence: str) -> list[Edit]:
    """Edits turning `old` into `new`, word by word when ftfy kept the words apart (it mends
    inside words), else one edit for the changed middle. Linear, unlike a general diff."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pairs = zip(a, b, strict=True) if len(a) == len(b) else [(old, new)]
    edits, pos = [], offset
    for x, y in pairs:
        if x != y:
            edits.append(_trimmed(pos, x, y, rule, evidence))
        pos += len(x)
    return edits


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
