"""Build cleantext/data/charfreq.json from real text: the labelled test files of chardet 6.0.0.

    python tools/build_charfreq.py            # downloads (once) and rebuilds the table

The sdist is cached under $CLEANTEXT_CACHE (default ~/.cache/cleantext); later runs are offline.
For each script, the table holds character counts; detection turns them into per-script
log-probabilities, so a script with a big corpus is not favoured over one with a small corpus.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
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


def count(texts: Iterable[str]) -> tuple[dict[str, dict[str, int]], int]:
    """Per script, how often each character stands in `texts` (markup left out, each distinct
    text once), and how many distinct texts were counted."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[str] = set()
    for raw in texts:
        text = html.unescape(TAG.sub(" ", raw))
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        if digest in seen:  # the same text in utf-16/32/8 variants counts once
            continue
        seen.add(digest)
        for ch in text:
            # (the no-break and ideographic spaces are text's own characters; a lone
            # "Ä\xa0" between two words is not Maltese "Ġ" read as Latin-1)
            if ch in "\t\n\r " or ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
                continue
            counts["Inherited" if INHERITED.match(ch) else script_of(ch)][ch] += 1
    table = {
        script: {ch: n for ch, n in sorted(c.items(), key=lambda kv: -kv[1]) if n >= MIN_COUNT}
        for script, c in sorted(counts.items())
    }
    return table, len(seen)


def main() -> None:
    table, texts = count(item.text for item in chardet_tests())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"source": "chardet-6.0.0 tests", "counts": table},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {texts} texts, " + ", ".join(f"{s}={len(t)}" for s, t in table.items()))


if __name__ == "__main__":
    main()
