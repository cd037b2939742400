"""How plausible is a piece of text as real writing? A cost in bits; lower reads better.

Each character costs -log2 P(char | its script), from character counts of real text in many
languages (cleantext/data/charfreq.json, built by tools/build_charfreq.py). Conditioning on the
script keeps a language with a big corpus from outweighing one with a small corpus. On top of
that, letters of incompatible scripts inside one word ("cafй") and characters that never stand
in text (C0/C1 controls, U+FFFD, private use, unassigned) cost extra.
"""

from __future__ import annotations

import json
import math
import unicodedata
from functools import lru_cache
from importlib import resources

from cleantext.scripts import NEUTRAL, compatible, script_of

ALPHA = 0.5  # additive smoothing per character
#: Rough size of each script's repertoire, for smoothing unseen characters.
REPERTOIRE = {"Han": 30000, "Hangul": 11172, "Common": 4000, "Other": 50000}
DEFAULT_REPERTOIRE = 1500
SCRIPT_MIX_BITS = 12.0  # letters of incompatible scripts side by side in one word
IMPOSSIBLE_BITS = 30.0  # controls, U+FFFD, private use, unassigned: never real text


class _Table:
    def __init__(self) -> None:
        data = json.loads(resources.files("cleantext.data").joinpath("charfreq.json")
                          .read_text(encoding="utf-8"))["counts"]
        self.cost: dict[str, float] = {}
        self.unseen: dict[str, float] = {}
        for script, counts in data.items():
            v = REPERTOIRE.get(script, DEFAULT_REPERTOIRE)
            total = sum(counts.values()) + ALPHA * v
            for ch, n in counts.items():
                self.cost[ch] = -math.log2((n + ALPHA) / total)
            self.unseen[script] = -math.log2(ALPHA / total)


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table()


@lru_cache(maxsize=65536)
def char_cost(ch: str) -> float:
    """Bits for one character, given its script."""
    o = ord(ch)
    if ch in "\t\n\r " :
        return 0.0
    if o < 0x20 or 0x7F <= o < 0xA0 or o == 0xFFFD:
        return IMPOSSIBLE_BITS
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cs"):
        return IMPOSSIBLE_BITS
    table = _table()
    cost = table.cost.get(ch)
    if cost is not None:
        return cost
    return table.unseen.get(script_of(ch), max(table.unseen.values()))


def is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def text_cost(text: str) -> float:
    """Total bits of `text`: character costs plus script mixing inside words."""
    total = 0.0
    prev_script = ""
    for ch in text:
        total += char_cost(ch)
        if is_letter(ch):
            s = script_of(ch)
            if s in NEUTRAL:
                continue
            if prev_script and not compatible(prev_script, s):
                total += SCRIPT_MIX_BITS
            prev_script = s
        else:
            prev_script = ""
    return total
