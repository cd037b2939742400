"""The repair pipeline: run the steps in order, compose their edits into edits of the input."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from cleantext.model import Chain, Diagnosis, Edit, Repaired
from cleantext.repair import steps
from cleantext.repair.edits import apply, compose

Step = Callable[[str, steps.Context], list[Edit]]
MAX_PASSES = 4  # mojibake passes: each undoes one layer (up to 3), and one finds nothing


def _merge_diagnoses(diagnoses: list[Diagnosis]) -> Diagnosis:
    """One diagnosis for all passes; a chain seen in several passes gains their layers."""
    if not diagnoses:
        return Diagnosis()
    if len(diagnoses) == 1:
        return diagnoses[0]
    outer = diagnoses[0]
    # (outermost first; ftfy's reading may undo several layers in one pass)
    layers = [layer for d in diagnoses if d.chain for layer in reversed(d.chain.layers)]
    inner = diagnoses[-1].chain
    assert inner is not None
    layered = Chain(inner.true_encoding, tuple(reversed(layers)))
    chains = (layered, *[c for d in diagnoses for c in d.chains if c != layered])
    return Diagnosis(tuple(dict.fromkeys(chains)), outer.damages, outer.confidence)


@lru_cache(maxsize=4)
def _lowered(terms: tuple[str, ...]) -> frozenset[str]:
    # a batch passes the same learned terms for every document
    return frozenset(t.lower() for t in terms)


def repair(
    text: str,
    *,
    fix_mojibake: bool = True,
    use_ftfy: bool = True,
    strip_fragments: bool = True,
    restore_lost: bool = True,
    lexicon_terms: Iterable[str] = (),
    corpus_terms: Iterable[str] = (),
) -> Repaired:
    """Undo the damage found in `text`; clean text comes back unchanged (the same object).

    Options switch steps off; `lexicon_terms` adds spam vocabulary to the built-in lexicon;
    `corpus_terms` are spam words learned from a corpus (`Survey.terms`).
    """
    if text.isascii():
        # no byte was mis-decoded (every wrong decoder makes high bytes non-ASCII) and no
        # foreign script can stand in the text: nothing any step could change
        return Repaired(text)
    ctx = steps.Context(lexicon_terms=tuple(lexicon_terms),
                        corpus_terms=_lowered(tuple(corpus_terms)), use_ftfy=use_ftfy)
    current, edits = text, []

    def run(step: Step) -> bool:
        nonlocal current, edits
        new = step(current, ctx)
        if new:
            edits = compose(text, edits, new)
            current = apply(current, new)
        return bool(new)

    def undo_mojibake() -> None:
        # Each pass undoes one layer, and whatever it changes is searched again: a repair
        # that stopped halfway would not be a fixpoint, and repairing its output again would
        # change it.
        for _ in range(MAX_PASSES):
            if not run(steps.mojibake):
                break

    if fix_mojibake:
        undo_mojibake()
    if strip_fragments and run(steps.fragments) and fix_mojibake:
        undo_mojibake()  # a removed fragment may have hidden the damage next to it
    if restore_lost:
        run(steps.lost_characters)
    return Repaired(current if edits else text, tuple(edits), _merge_diagnoses(ctx.diagnoses))
