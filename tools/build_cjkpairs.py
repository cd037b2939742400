"""Build cleantext/data/cjkpairs.json: the pairs of adjacent Han, Kana and Hangul characters that
words of Chinese, Japanese and Korean hold.

    pip install wordfreq && python tools/build_cjkpairs.py

Source: wordfreq's small word-frequency lists for zh, ja and ko, which share no text with the
benchmarks' corpus (chardet's test files). A pair is kept when words holding it make up at
least MIN_SHARE of its language's CJK pairs (weighted by word frequency). The mixed decoder
(UTF-8 where valid, Latin-1 elsewhere) leaves a double-byte text's bytes ambiguous: EUC-KR
어쨌든 and 어력든 are the same mojibake. Character costs prefer the commoner syllables, or
simply fewer characters (맞는다 read as 릿다); which syllables real words put side by side
decides.

wordfreq writes Chinese in Simplified characters (it simplifies text before it counts), so each
Chinese pair is kept in its Traditional forms too, from the Traditional-to-Simplified table
wordfreq ships (`_chinese_mapping.msgpack.gz`), read backwards: Big5 text is Traditional, and
without them it knew half as many of its pairs as GBK text's.

Each pair is filed under its association, log2 P(ab) / (P(a·) P(·b)) in the language where it
is strongest, rounded down to whole bits (those below STRONG under "0"): a known pair is
evidence, and a pair that is a word ("忙碌", 15 bits) more than one of two common characters
side by side ("는다", 2 bits). Under a mixed decoder, a Chinese text's "忙碌了" and "娴了" are
the same mojibake, and the one character cost less than the two.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import msgpack  # noqa: E402  (a dependency of wordfreq)
import wordfreq  # noqa: E402
from wordfreq.util import data_path  # noqa: E402

from cleantext.scripts import script_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "cjkpairs.json"
LANGUAGES = ("zh", "ja", "ko")
SCRIPTS = frozenset({"Han", "Hiragana", "Katakana", "Hangul"})
MIN_SHARE = 2e-6
STRONG = 6  # bits of association from which a pair is filed under its own (see above)


def _traditional(pairs: list[str]) -> set[str]:
    """`pairs` with each character also in its Traditional forms (发 is 發 or 髮)."""
    with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as f:
        simplified = msgpack.load(f, raw=False, strict_map_key=False)
    forms: dict[str, set[str]] = defaultdict(set)
    for traditional, simple in simplified.items():
        forms[simple].add(chr(traditional))
    return {a + b for pair in pairs
            for a in forms[pair[0]] | {pair[0]} for b in forms[pair[1]] | {pair[1]}}


def main() -> None:
    association: dict[str, float] = {}  # pair → its largest association in a language
    for lang in LANGUAGES:
        weights: dict[str, float] = defaultdict(float)
        firsts: dict[str, float] = defaultdict(float)  # characters as the first of a pair ...
        seconds: dict[str, float] = defaultdict(float)  # ... and as the second
        for word, freq in wordfreq.get_frequency_dict(lang, "small").items():
            word = unicodedata.normalize("NFC", word)
            for a, b in zip(word, word[1:], strict=False):
                if script_of(a) in SCRIPTS and script_of(b) in SCRIPTS:
                    weights[a + b] += freq
                    firsts[a] += freq
                    seconds[b] += freq
        total = sum(weights.values())
        for pair, w in weights.items():
            if w / total >= MIN_SHARE:
                value = math.log2(w * total / (firsts[pair[0]] * seconds[pair[1]]))
                for form in _traditional([pair]) if lang == "zh" else (pair,):
                    association[form] = max(association.get(form, -math.inf), value)
    filed: dict[int, list[str]] = defaultdict(list)
    for pair, value in sorted(association.items()):
        filed[int(value) if value >= STRONG else 0].append(pair)
    OUT.write_text(json.dumps({"source": f"wordfreq {version('wordfreq')} small lists: "
                               + " ".join(LANGUAGES), "min_share": MIN_SHARE,
                               "pairs": {str(bits): "".join(pairs)
                                         for bits, pairs in sorted(filed.items())}},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(association)} pairs, {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
