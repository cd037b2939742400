"""Build cleantext/data/thaiwords.json: the words of Thai and what each costs, in bits.

    pip install wordfreq && pip install --no-deps pythainlp && python tools/build_thaiwords.py

Source: the Thai National Corpus word frequencies that PyThaiNLP ships (corpus/tnc_freq.txt, CC0),
which share no text with the benchmarks' corpus (chardet's test files). A word is kept when the
corpus counts it MIN_COUNT times or more; its cost is -log2 of its share of the words counted,
rounded to whole bits (the file files the words under their cost).

Thai writes no spaces between its words, and under a mixed decoder (UTF-8 where valid, Latin-1
elsewhere) a Thai text's bytes read more than one way: "ข่าวสารของ" and "ข่าวสาโอง" are the same
mojibake (C3 A2 is UTF-8 "â", and so is the byte E2 alone). Letter pairs and triples price both
alike; only the words tell them apart (see cleantext/detect/segment.py).
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

from build_letterpairs import UNSPACED, _word_frequencies  # noqa: E402

from cleantext.scripts import script_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "thaiwords.json"
MIN_COUNT = 20  # (the corpus counts 33 million words; at 20, 20,000 words are kept)


def main() -> None:
    counts: dict[str, float] = defaultdict(float)
    for word, n in _word_frequencies("th").items():
        word = unicodedata.normalize("NFC", word)
        if word and all(script_of(c) == "Thai" for c in word):
            counts[word] += n
    total = sum(counts.values())
    filed: dict[int, list[str]] = defaultdict(list)
    for word, n in sorted(counts.items()):
        if n >= MIN_COUNT:
            filed[round(-math.log2(n / total))].append(word)
    package, name = UNSPACED["th"]
    OUT.write_text(json.dumps({"source": f"{package} {version(package)} {name} (Thai National "
                                         "Corpus)", "min_count": MIN_COUNT, "total": round(total),
                               "words": {str(bits): " ".join(ws)
                                         for bits, ws in sorted(filed.items())}},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {sum(map(len, filed.values()))} words, {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
