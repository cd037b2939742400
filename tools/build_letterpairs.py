"""Build cleantext/data/letterpairs.json: the pairs of adjacent letters that real words hold.

    pip install wordfreq && python tools/build_letterpairs.py

Source: wordfreq's word-frequency lists (Wikipedia, subtitles, news, books, web text, in some
40 languages), which share no text with the benchmarks' corpus (chardet's test files). For each
alphabetic script, a pair of letters of that script with at least one non-ASCII letter is kept
when, in some language, words holding it make up at least MIN_SHARE of that language's letter
pairs (weighted by word frequency). Mojibake of one script's legacy bytes read as another's puts
letters side by side that no language writes ("bakýlmýþ": Turkish in windows-1254 read as
Latin-1), which character frequencies alone cannot see. Each kept pair also carries its
association, log2 P(ab) / (P(a·) P(·b)), in the language where it is strongest: how much likelier
the pair is than its letters side by side by chance, which tells readings of one word apart
that character costs tie ("пулюм" and "οσλώμ" are the same windows-125x bytes).
"""

from __future__ import annotations

import json
import math
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import wordfreq  # noqa: E402

from cleantext.scripts import script_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "letterpairs.json"
SCRIPTS = ("Latin", "Cyrillic", "Greek", "Arabic", "Hebrew")
MIN_SHARE = 1e-6


def main() -> None:
    best: dict[str, float] = defaultdict(float)  # pair → its largest share in one language
    pmi: dict[str, float] = {}  # pair → its largest association in a language that writes it
    languages = sorted(wordfreq.available_languages("small"))
    for lang in languages:
        weights: dict[str, float] = defaultdict(float)
        firsts: dict[str, float] = defaultdict(float)  # letters as the first of a pair ...
        seconds: dict[str, float] = defaultdict(float)  # ... and as the second
        total = 0.0
        for word, freq in wordfreq.get_frequency_dict(lang, "small").items():
            word = unicodedata.normalize("NFC", word.casefold())  # as wordfreq does
            for a, b in zip(word, word[1:], strict=False):
                total += freq
                if a.isalpha() and b.isalpha():
                    firsts[a] += freq
                    seconds[b] += freq
                if (a.isalpha() and b.isalpha() and not (a.isascii() and b.isascii())
                        and script_of(a) == script_of(b) and script_of(a) in SCRIPTS):
                    weights[a + b] += freq
        for pair, w in weights.items():
            best[pair] = max(best[pair], w / total)
            if w / total >= MIN_SHARE:
                # log2 P(ab) / (P(a·) P(·b)): what the pair says beyond its letters' costs
                value = math.log2(w * total / (firsts[pair[0]] * seconds[pair[1]]))
                pmi[pair] = max(pmi.get(pair, -math.inf), value)
    table: dict[str, list[str]] = {s: [] for s in SCRIPTS}
    for pair, share in sorted(best.items()):
        if share >= MIN_SHARE:
            table[script_of(pair[0])].append(pair)
    OUT.write_text(json.dumps({"source": f"wordfreq {version('wordfreq')} small lists: "
                               + " ".join(languages), "min_share": MIN_SHARE,
                               "pairs": {s: "".join(p) for s, p in table.items()},
                               "pmi": {s: [round(pmi[p], 1) for p in ps]
                                       for s, ps in table.items()}},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{s}={len(p)}" for s, p in table.items()))


if __name__ == "__main__":
    main()
