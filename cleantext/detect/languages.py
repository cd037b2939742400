"""Which one language writes a text's letters side by side.

A language writes a pair of letters (one of them beyond ASCII), or such a letter at a word's
edge, when its words hold it often enough (wordfreq's lists: the "languages" table of
cleantext/data/letterpairs.json, built by tools/build_letterpairs.py). Priced over all languages
at once (`score.pair_cost`), a reading of one language's bytes through another's code page can
cost what the text costs: Latvian "Kā pelnīt naudu ātri tiešsaistē" in windows-1257 read as
Latin-1 is "Kâ pelnît naudu âtri tieðsaistç", whose "â" and "î" pairs are French and "ð"
Icelandic. Each pair is some language's, but no one language writes them all; read back, one
language writes every pair. Pure: no I/O beyond the package's data, loaded once (by score).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from cleantext.detect.score import letter_data
from cleantext.scripts import script_of

EDGE = " "  # where a word starts or ends, as the table writes it
#: letter pairs no one language writes that make a text suspect, and that a chain's readings
#: must write to be read by them
LANGUAGE_PAIRS = 2
Counts = tuple[int, ...]  # per language of `languages()`, in its order, and the pairs judged


@cache
def _table() -> tuple[tuple[str, ...], dict[str, int], frozenset[str]]:
    """The languages, each pair's mask of the languages that write it (bit i for the i-th),
    and the scripts of the pairs' letters."""
    written = letter_data()["languages"]
    order = tuple(sorted(written))
    masks: dict[str, int] = defaultdict(int)
    for i, lang in enumerate(order):
        joined = written[lang]
        for j in range(0, len(joined), 2):
            masks[joined[j:j + 2].translate(_SAME_LETTER)] |= 1 << i
    scripts = frozenset(script_of(c) for pair in masks for c in pair if c != EDGE)
    return order, dict(masks), scripts


def languages() -> tuple[str, ...]:
    return _table()[0]


def paired_scripts() -> frozenset[str]:
    """The scripts whose letters' pairs the table holds."""
    return _table()[2]


def _letter(c: str) -> bool:
    return c.isalpha() or unicodedata.category(c) == "Mn"  # (as the table's build counts)


def _alone(text: str, i: int) -> bool:
    """Whether the character at `i` is a letter with space on either side: "Ã" in a locale's
    list of letters ("% A Ã B") is no word, and its edges say nothing of a language (a
    letter glued to a symbol, "Г…dalsvej", is some word's)."""
    return (0 < i < len(text) - 1 and _letter(text[i]) and text[i - 1].isspace()
            and text[i + 1].isspace())


#: Letters writers type for one another, taken as one in the table and in text: Romanian's
#: "ș" and "ț" (comma below, as the word lists write them) were "ş" and "ţ" (cedilla, Turkish's
#: "ş") in its legacy code pages and fonts, and much Romanian web text still writes them so
_SAME_LETTER = str.maketrans({"ş": "ș", "ţ": "ț"})


def _fold(c: str) -> str:
    """A letter as the word lists write it: Turkish "İ" is "i" there, where casefold keeps
    its dot as a mark ("İyi" would pair the mark with "y", which no language writes)."""
    folded = c.casefold()
    return "i" if folded == "i\u0307" else folded.translate(_SAME_LETTER)


@lru_cache(maxsize=1 << 16)
def unwritten(before: str, piece: str, after: str) -> Counts:
    """Per language, how many of the pairs that touch `piece` (with the character `before` it
    and the one `after` it, either of them "" at the text's ends) it does not write: pairs of
    letters of the table's scripts with one beyond ASCII, and such letters at a word's edge;
    not two capitals side by side: a keyboard named "AÐERTY" is no Icelandic word, nor read
    as "AĞERTY" a Turkish one (and a word's capital first letter is one of its pairs); nor a
    letter standing alone (see `_alone`). A mark that makes no letter with the one before it
    (no language's words hold one) pairs with its neighbours: Sarnami "sòche" and "òtna" read
    as windows-1258 are "ṣche" and "̣tna" (the "ò" a dot below), which no language writes."""
    _, _, scripts = _table()
    text = unicodedata.normalize("NFC", ("" if before else EDGE) + before + piece + after
                                 + ("" if after else EDGE))
    chars = [c if _letter(c) else EDGE for c in text]
    pairs = [pair for i, (a, b) in enumerate(zip(chars, chars[1:], strict=False))
             if not (a.isupper() and b.isupper())
             and not (_alone(text, i) or _alone(text, i + 1))
             and not (pair := _fold(a)[-1] + _fold(b)[0]).isascii()
             and all(c == EDGE or script_of(c) in scripts or script_of(c) == "Inherited"
                     for c in pair)]
    return total([(*_unwritten_pair(p), 1) for p in pairs])


@lru_cache(maxsize=1 << 14)
def _unwritten_pair(pair: str) -> tuple[int, ...]:
    """Per language, 1 if it does not write the pair (summed by `total`, in C)."""
    order, masks, _ = _table()
    mask = masks.get(pair, 0)
    return tuple(1 - (mask >> i & 1) for i in range(len(order)))


def total(counts: Iterable[Counts]) -> Counts:
    return tuple(map(sum, zip(*counts, strict=True))) or (0,) * (len(languages()) + 1)


def judged(counts: Counts) -> int:
    """How many pairs were judged."""
    return counts[-1]


def fewest(counts: Counts, among: frozenset[str] | None = None) -> int:
    """The fewest pairs a language (of `among`, when given) does not write."""
    return min(n for lang, n in zip(languages(), counts[:-1], strict=True)
               if among is None or lang in among)


def best_languages(counts: Counts) -> frozenset[str]:
    """The languages that leave the fewest pairs unwritten."""
    least = fewest(counts)
    return frozenset(lang for lang, n in zip(languages(), counts[:-1], strict=True)
                     if n == least)
