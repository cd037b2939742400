"""What Thai text costs as words: the cheapest way to cut it into the words of the Thai National
Corpus (cleantext/data/thaiwords.json, built by tools/build_thaiwords.py).

Thai writes no spaces between its words, and a mixed decoder's bytes read more than one way:
"ต้องยกขึ้น" and "ต้องกขึ้น" are the same mojibake (C2 A1 is UTF-8 "¡", and so is the byte A1
alone). Letter pairs and triples price both alike; the words do not ("ยก" is a word, "ก" a rare
one). Pure: no I/O beyond the package's data, loaded once.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from importlib import resources

import regex

UNKNOWN_LETTER_BITS = 24.0  # a letter no word of the list covers (the rarest word costs 21)
_THAI_RUN = regex.compile(r"\p{Thai}+")
_MARK = regex.compile(r"\p{Mn}")
_LEADING = frozenset("เแโใไ")  # Thai's leading vowels


@cache
def _words() -> tuple[dict[str, float], int]:
    """Each word and its cost in bits, and the longest word's length."""
    data = json.loads(resources.files("cleantext.data").joinpath("thaiwords.json")
                      .read_text(encoding="utf-8"))["words"]
    costs = {word: float(bits) for bits, joined in data.items() for word in joined.split(" ")}
    return costs, max(map(len, costs))


def thai_runs(text: str) -> list[str]:
    return _THAI_RUN.findall(text)


RARE_WORD_BITS = 16.0  # a word this dear is a suspect too (see doubtful_spans)


def doubtful_spans(text: str) -> list[tuple[int, int]]:
    """Where the cheapest cut of `text`'s Thai runs puts a letter alone, or a rare word: what a
    misread byte leaves ("ต้อง|ก|ขึ้น", "ข่าว|สา|โอง")."""
    spans = []
    for m in _THAI_RUN.finditer(text):
        for i, j, cost in segments(m.group())[1]:
            if j - i == 1 or cost >= RARE_WORD_BITS:
                spans.append((m.start() + i, m.start() + j))
    return spans


@lru_cache(maxsize=1 << 12)
def segments(run: str) -> tuple[float, tuple[tuple[int, int, float], ...]]:
    """The cheapest cut of a run of Thai letters into words of the list, each letter no word
    covers (with its leading vowel and the marks on it: no cut parts them) costing
    UNKNOWN_LETTER_BITS: its cost and its pieces (start, end, cost). Time linear in the run (the
    longest word bounds each step)."""
    costs, longest = _words()
    # where a cut may fall: not before a combining mark ("ก์" is one letter with its mark),
    # nor after a leading vowel, written before the consonant it follows in speech ("แล็")
    # (the run's two ends are cuts whatever stands there: a run may start with a mark)
    cuts = [i for i in range(len(run) + 1) if i in (0, len(run)) or (
        not _MARK.match(run[i]) and run[i - 1] not in _LEADING)]
    best = dict.fromkeys(cuts, math.inf)
    back = dict.fromkeys(cuts, 0)
    best[0] = 0.0
    for k, i in enumerate(cuts[:-1]):
        here = best[i]
        if here + UNKNOWN_LETTER_BITS < best[cuts[k + 1]]:
            best[cuts[k + 1]], back[cuts[k + 1]] = here + UNKNOWN_LETTER_BITS, i
        for j in cuts[k + 1:k + 1 + longest]:
            cost = costs.get(run[i:j])
            if cost is not None and here + cost < best[j]:
                best[j], back[j] = here + cost, i
    pieces, j = [], len(run)
    while j:
        i = back[j]
        pieces.append((i, j, best[j] - best[i]))
        j = i
    return best[len(run)], tuple(reversed(pieces))


def explained(text: str, start: int, end: int) -> bool:
    """Whether the pieces of the cheapest cut that overlap text[start:end], and the piece on
    each side of them, are words of the list of two letters or more: no letter left alone,
    known or not. (A name the list lacks, "บร็องโกแล็ต", has a word inside it that a misread
    byte would make, "โกรก"; its neighbours stay unexplained.)"""
    for m in _THAI_RUN.finditer(text):
        pieces = segments(m.group())[1]
        hit = [k for k, (i, j, _) in enumerate(pieces)
               if m.start() + i < end and start < m.start() + j]
        if hit and any(j - i == 1 or cost == UNKNOWN_LETTER_BITS
                       for i, j, cost in pieces[max(0, hit[0] - 1):hit[-1] + 2]):
            return False
    return True


def unknown_letters(text: str) -> int:
    """How many letters (with their leading vowels and marks) the cheapest cut of `text`'s
    Thai runs leaves uncovered by any word."""
    return sum(cost == UNKNOWN_LETTER_BITS for run in thai_runs(text)
               for _, _, cost in segments(run)[1])


def segment_cost(text: str) -> float:
    """Bits of the cheapest cut of each run of Thai letters of `text` into words."""
    return sum(segments(run)[0] for run in thai_runs(text))
