"""detect: how was this text mis-decoded? Pure: text in, Diagnosis out.

1. The pre-scan finds runs that can be mojibake; text without any leaves at once.
2. Each run gets candidate readings (wrong decoder inverted, true encoding decoded strictly).
3. Each reading is scored against the run as it stands, in the context of the word around it:
   the gain is the drop in cost (bits, see score.py).
4. The document's chain is the one with the largest total gain over all runs; a run is repaired
   with it when it gains a little (consistency is evidence), and with a chain of its own only when
   it gains a lot (one damaged paragraph in otherwise clean text).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from cleantext.codecs import TRUE_ENCODINGS, WRONG_DECODERS
from cleantext.detect.candidates import Candidate, candidates
from cleantext.detect.prescan import has_seed, runs
from cleantext.detect.score import is_letter, text_cost
from cleantext.model import Chain, Damage, Diagnosis, Span

LOW_MARGIN = 8.0  # bits a run must gain under the document's chain
HIGH_MARGIN = 24.0  # bits a run must gain under a chain of its own
CONTEXT = 24  # letters of the surrounding word scored with the run

_ORDER = {(e, d): (i, j) for i, e in enumerate(TRUE_ENCODINGS)
          for j, d in enumerate(WRONG_DECODERS)}


def _confidence(bits: float) -> float:
    return 1.0 - math.pow(2.0, -max(bits, 0.0) / 8.0)


def _word_context(text: str, start: int, end: int) -> tuple[str, str]:
    left = start
    while left > 0 and start - left < CONTEXT and is_letter(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < CONTEXT and is_letter(text[right]):
        right += 1
    return text[left:start], text[end:right]


def _score_runs(text: str) -> list[tuple[int, int, list[tuple[Candidate, float]]]]:
    scored = []
    for start, end in runs(text):
        run = text[start:end]
        left, right = _word_context(text, start, end)
        base = text_cost(left + run + right)
        options = [(c, base - text_cost(left + c.decoded + right)) for c in candidates(run)]
        if options:
            scored.append((start, end, options))
    return scored


def _document_chain(scored: list[tuple[int, int, list[tuple[Candidate, float]]]]
                    ) -> tuple[tuple[str, str] | None, float]:
    tally: dict[tuple[str, str], float] = defaultdict(float)
    for _, _, options in scored:
        best: dict[tuple[str, str], float] = {}
        for cand, gain in options:
            for dec in cand.decoders:
                key = (cand.encoding, dec)
                best[key] = max(best.get(key, -math.inf), gain)
        for key, gain in best.items():
            tally[key] += gain
    if not tally:
        return None, 0.0
    key = min(tally, key=lambda k: (-round(tally[k], 6), _ORDER[k]))
    return (key, tally[key]) if tally[key] > 0 else (None, 0.0)


def detect(text: str) -> Diagnosis:
    """Guess how `text` was mis-decoded: the chains, and each damaged span with its reading."""
    if not has_seed(text):
        return Diagnosis()
    scored = _score_runs(text)
    doc_key, doc_gain = _document_chain(scored)
    damages: list[Damage] = []
    for start, end, options in scored:
        chosen: tuple[Chain, str, float] | None = None
        if doc_key is not None:
            doc_options = [(c, g) for c, g in options
                           if c.encoding == doc_key[0] and doc_key[1] in c.decoders]
            if doc_options:
                cand, gain = max(doc_options, key=lambda cg: cg[1])
                if gain >= LOW_MARGIN:
                    chosen = (Chain(*doc_key[:1], (doc_key[1],)), cand.decoded, gain)
        if chosen is None:
            cand, gain = max(options, key=lambda cg: cg[1])
            if gain >= HIGH_MARGIN:
                chosen = (cand.chain(), cand.decoded, gain)
        if chosen is not None:
            chain, decoded, gain = chosen
            damages.append(Damage(Span(start, end), chain, text[start:end], decoded,
                                  _confidence(gain), gain))
    if not damages:
        return Diagnosis()
    counts = Counter(d.chain for d in damages)
    chains = tuple(sorted(counts, key=lambda c: -counts[c]))
    return Diagnosis(chains, tuple(damages), _confidence(doc_gain if doc_key else 0.0))
