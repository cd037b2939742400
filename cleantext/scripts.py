"""Unicode script of a character, via the `regex` module's \\p{Script} tables.

Scoring compares candidate decodings by how plausible their characters are *within their script*
and whether a word mixes scripts, so every stage needs a fast char -> script lookup.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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
