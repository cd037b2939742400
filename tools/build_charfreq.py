"""Build cleantext/data/charfreq.json from real text: the labelled test files of chardet 6.0.0.

    python tools/build_charfreq.py            # downloads (once) and rebuilds the table

The sdist is cached under $CLEANTEXT_CACHE (default ~/.cache/cleantext); later runs are offline.
For each script, the table holds character counts; detection turns them into per-script
log-probabilities, so a script with a big corpus is not favoured over one with a small corpus.

It holds the pairs of Hangul syllables Korean words write side by side too, each with its
association (see `count`): wordfreq's Korean list, which cjkpairs.json is built from,
is of morphemes, not of words as written ("했다" is "하", "았", "다"), and its pairs miss the
commonest of text's ("하는", "있다", "었다": 65% of the pairs in chardet's Korean texts are
its), which decide between the readings of a mixed decoder ("하나였다" and "하나온는다" are the
same mojibake).
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import regex  # noqa: E402

from cleantext.scripts import script_of  # noqa: E402

from corpus import chardet_tests  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "charfreq.json"
TAG = re.compile(r"<[^>]{0,2000}>")
MIN_COUNT = 2  # drop one-off characters: noise, not statistics
#: combining marks of no script of their own (Arabic harakat too) are counted apart from the
#: letters: a vowel sign is not as rare as an Arabic letter nobody writes
INHERITED = regex.compile(r"\p{Script=Inherited}")
HANGUL_WORD = re.compile("[\uac00-\ud7a3]{2,}")


def _distinct(texts: Iterable[str]) -> Iterator[str]:
    """Each distinct text once (the same text in utf-16/32/8 variants), markup left out."""
    seen: set[str] = set()
    for raw in texts:
        text = html.unescape(TAG.sub(" ", raw))
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        if digest not in seen:
            seen.add(digest)
            yield text


def count(texts: Iterable[str]) -> tuple[dict[str, dict[str, int]], dict[str, int], int]:
    """Per script, how often each character stands in `texts` (markup left out, each distinct
    text once); the pairs of Hangul syllables side by side seen MIN_COUNT times or more, each
    with its association, log2 P(ab) / (P(a·) P(·b)), rounded down to whole bits (as
    tools/build_cjkpairs.py files wordfreq's); and how many distinct texts were counted."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: Counter[str] = Counter()
    n = 0
    for text in _distinct(texts):
        n += 1
        for ch in text:
            # (the no-break and ideographic spaces are text's own characters; a lone
            # "Ä\xa0" between two words is not Maltese "Ġ" read as Latin-1)
            if ch in "\t\n\r " or ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
                continue
            counts["Inherited" if INHERITED.match(ch) else script_of(ch)][ch] += 1
        for word in HANGUL_WORD.findall(text):
            pairs.update(map(str.__add__, word, word[1:]))
    table = {
        script: {ch: k for ch, k in sorted(c.items(), key=lambda kv: -kv[1]) if k >= MIN_COUNT}
        for script, c in sorted(counts.items())
    }
    return table, _associations(pairs), n


def _associations(pairs: Counter[str]) -> dict[str, int]:
    """The association in whole bits of each pair seen MIN_COUNT times or more."""
    firsts: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    for pair, k in pairs.items():
        firsts[pair[0]] += k
        seconds[pair[1]] += k
    total = sum(pairs.values())
    return {pair: math.floor(math.log2(k * total / (firsts[pair[0]] * seconds[pair[1]])))
            for pair, k in sorted(pairs.items()) if k >= MIN_COUNT}


def main() -> None:
    table, pairs, texts = count(item.text for item in chardet_tests())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"source": "chardet-6.0.0 tests", "counts": table,
                               "hangul_pairs": pairs},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {texts} texts, " + ", ".join(f"{s}={len(t)}" for s, t in table.items())
          + f", {len(pairs)} Hangul pairs")


if __name__ == "__main__":
    main()
