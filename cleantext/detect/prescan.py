"""The fast pre-scan: where in a text *can* there be mojibake?

A seed is a character some wrong decoder makes of a byte ≥ 0x80. A run starts at a seed and
extends over seeds, over other non-ASCII characters (a mixed decoder turns valid UTF-8 byte runs
into arbitrary characters) and across short ASCII gaps before the next seed (double-byte
encodings have ASCII trail bytes; words are separated by spaces). Text without seeds, such as
ASCII or clean Hangul, leaves after one regex search.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cleantext.codecs import WRONG_DECODERS

MAX_GAP = 3  # ASCII characters bridged between two seeds of one run


@lru_cache(maxsize=1)
def seed_chars() -> frozenset[str]:
    high = bytes(range(0x80, 0x100))
    chars: set[str] = set()
    for dec in WRONG_DECODERS.values():
        if dec.mixed:
            continue
        for b in high:
            try:
                chars.update(dec.decode(bytes([b])))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _char_class(chars: frozenset[str]) -> str:
    return "".join(regex.escape(c) for c in sorted(chars))


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    seed = f"[{_char_class(seed_chars())}]"
    other = r"[^\x00-\x7f\s]"
    gap = rf"[\x20-\x7e]{{1,{MAX_GAP}}}(?={seed})"
    run = regex.compile(rf"{seed}(?:{other}|{gap})*")
    return regex.compile(seed), run


def has_seed(text: str) -> bool:
    return _patterns()[0].search(text) is not None


def runs(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of every run that may hold mojibake, left to right, non-overlapping."""
    for m in _patterns()[1].finditer(text):
        yield m.start(), m.end()
