"""Unicode script of a character, via the `regex` module's \\p{Script} tables.

Scoring compares candidate decodings by how plausible their characters are *within their script*
and whether a word mixes scripts, so every stage needs a fast char -> script lookup.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

# Scripts we distinguish. Anything else is reported as "Other"; Common and Inherited are
# punctuation/digits/symbols and combining marks.
SCRIPTS: tuple[str, ...] = (
    "Latin", "Cyrillic", "Greek", "Armenian", "Georgian", "Hebrew", "Arabic", "Syriac", "Thaana",
    "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada",
    "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Khmer", "Ethiopic",
    "Hangul", "Han", "Hiragana", "Katakana", "Bopomofo", "Yi", "Mongolian", "Tifinagh",
    "Canadian_Aboriginal", "Cherokee", "Braille", "Common", "Inherited",
)

_BY_NAME = {s.replace("_", " ").split(" ")[0].title(): s for s in SCRIPTS
            if s not in ("Common", "Inherited")}
_SCRIPT_RE = regex.compile("|".join(f"(?P<{s}>\\p{{Script={s}}})" for s in SCRIPTS))

#: Scripts whose letters legitimately share one word (Japanese and Korean mixed writing).
COMPATIBLE: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"Han", "Hiragana"}),
        frozenset({"Han", "Katakana"}),
        frozenset({"Hiragana", "Katakana"}),
        frozenset({"Han", "Hangul"}),
        frozenset({"Han", "Bopomofo"}),
    }
)

NEUTRAL = frozenset({"Common", "Inherited"})

#: Scripts whose writers glue Latin words to their own ("Windows는", "用Python写",
#: "ใช้Windows"): they write no spaces between words, or (Korean) glue particles to them.
GLUES_LATIN = frozenset({"Han", "Hiragana", "Katakana", "Hangul", "Bopomofo", "Thai", "Lao",
                         "Khmer", "Myanmar"})

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def non_ascii(text: str) -> str:
    """The characters of `text` beyond ASCII, gathered in C: what a per-character look needs
    of a mostly-ASCII text."""
    return "".join(_NON_ASCII.findall(text))


@lru_cache(maxsize=65536)
def script_of(ch: str) -> str:
    """Script name of one character ("Other" when not in SCRIPTS)."""
    m = _SCRIPT_RE.match(ch)
    script = m.lastgroup if m else "Other"
    if script == "Inherited":
        # marks named for a script (ARABIC SHADDA, HEBREW POINT QAMATS) belong to it
        first = unicodedata.name(ch, "").split(" ")[0].title()
        if first in _BY_NAME:
            return _BY_NAME[first]
    return script


def compatible(a: str, b: str) -> bool:
    """May letters of scripts a and b stand side by side inside one word?"""
    return a == b or a in NEUTRAL or b in NEUTRAL or frozenset({a, b}) in COMPATIBLE


@lru_cache(maxsize=1)
def _bmp() -> str:
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))


@cache
def bmp_ranges(pattern: str) -> tuple[tuple[int, int], ...]:
    """Code-point ranges of the BMP characters that runs of `pattern` match."""
    def point(i: int) -> int:  # `_bmp` leaves the surrogates out
        return i if i < 0xD800 else i + 0x800

    return tuple((point(m.start()), point(m.end() - 1)) for m in regex.finditer(pattern, _bmp()))


@lru_cache(maxsize=64)
def outside(scripts: frozenset[str]) -> re.Pattern[str]:
    """One character that is a letter of none of `scripts` — or any character beyond the BMP,
    which the caller must look at itself.

    The same test as the `regex` class `[\\p{L}--[\\p{Script=...}]]`, compiled as a `re`
    class of ranges (a bitmap), which scans text several times faster: clean text is
    scanned whole, and mostly finds nothing."""
    return re.compile(outside_class(scripts))


@lru_cache(maxsize=64)
def outside_class(scripts: frozenset[str], marks: bool = False) -> str:
    """The `re` class of `outside`; with `marks`, of combining marks too (compiling a class
    this long takes milliseconds: patterns that hold it compile it once)."""
    return "[^" + class_of(itertools.chain(
        bmp_ranges(r"[^\p{L}\p{M}]+" if marks else r"\P{L}+"),
        *(bmp_ranges(rf"\p{{Script={script}}}+") for script in scripts))) + "]"


def class_of(ranges: Iterable[tuple[int, int]]) -> str:
    """The inside of a character class (of `re`, or of `regex`) of code-point ranges, those
    that overlap or touch merged: a shorter class compiles faster."""
    kept: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if kept and lo <= kept[-1][1] + 1:
            kept[-1] = (kept[-1][0], max(hi, kept[-1][1]))
        else:
            kept.append((lo, hi))
    return "".join(_in_class(lo) + (f"-{_in_class(hi)}" if hi > lo else "") for lo, hi in kept)


def _in_class(point: int) -> str:
    """The character as written in a class: itself (escapes are slow to parse), with the
    class's own syntax escaped (`regex`'s set operators, "&&", "||", "~~", too)."""
    ch = chr(point)
    return "\\" + ch if ch in "\\]^-[&|~" else ch
