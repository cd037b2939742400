"""Build cleantext/data/cjkchars.json: how often words of Chinese, Japanese and Korean use each
Han, Kana and Hangul character.

    pip install wordfreq && python tools/build_cjkchars.py

Source: wordfreq's lists (the large ones where wordfreq has them: zh, ja; the small one for ko),
which share no text with the benchmarks' corpus. charfreq.json counts chardet's test files:
4,082 distinct Han characters seen twice or more, 1,165 of them five times at most. A common
character that half of those files happen not to hold ("氷", ice) costs, scored by that half
(`accuracy.py --held-out`), what a character no text writes costs ("灈"),
and the mixed decoder's two readings of one Japanese phrase, "などは氷を" and "などっ灈を",
are then priced by their kana alone. The scorer adds these shares to the counts (see
`score._Table`), so the counts speak for the web text they come from and the lists for the
breadth of the languages.

wordfreq's Korean list is of morphemes (MeCab's), not of words as written ("했다" is counted
as "하", "았" and "다"): its syllables' shares are still those of the stems, but its pairs
are not text's, so the pairs of Hangul come from Korean text (see tools/build_charfreq.py).

Per script, each language that writes it weighs the same (Japanese's Han as much as
Chinese's); a character's share is the frequency of the words that hold it, each time it
stands in them. wordfreq writes Chinese in Simplified characters, so a character only
Simplified text writes counts in its Traditional forms too (wordfreq's own table, as
tools/build_cjkpairs.py reads it; see `_traditional`): Big5 text is Traditional. Shares are
stored per ten million of their script, rounded; a character below half of one is left out
(the scorer's smoothing prices it).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import msgpack  # noqa: E402  (a dependency of wordfreq)
import wordfreq  # noqa: E402
from wordfreq.util import data_path  # noqa: E402

from cleantext.codecs import can_encode  # noqa: E402
from cleantext.scripts import script_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "cjkchars.json"
LISTS = {"zh": "large", "ja": "large", "ko": "small"}
SCRIPTS = frozenset({"Han", "Hiragana", "Katakana", "Hangul"})
PER = 10_000_000
#: conjoining jamo: what a word list holds where old Hangul does not compose, no legacy Korean
#: encoding's character
_CONJOINING = re.compile("[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]")


def _traditional() -> dict[str, tuple[str, ...]]:
    """The Traditional forms of each Simplified character that Traditional text does not
    write itself (语: 語; 发: 發, 髮), those Big5 holds: wordfreq's table also maps rare
    variants to characters both write (齣 to 出, 纔 to 才), which would be as common as those."""
    with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as f:
        simplified = msgpack.load(f, raw=False, strict_map_key=False)
    forms: dict[str, set[str]] = defaultdict(set)
    for traditional, simple in simplified.items():
        if (len(simple) == 1 and not can_encode("big5", simple)
                and can_encode("big5", chr(traditional))):
            forms[simple].add(chr(traditional))
    return {simple: tuple(sorted(these)) for simple, these in forms.items()}


def shares() -> dict[str, dict[str, float]]:
    """Per script, each character's share of the script's use (languages weighed alike)."""
    forms = _traditional()
    by_script: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for lang, size in LISTS.items():
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for word, freq in wordfreq.get_frequency_dict(lang, size).items():
            for ch in unicodedata.normalize("NFC", word):
                script = script_of(ch)
                if script not in SCRIPTS or unicodedata.combining(ch) or _CONJOINING.match(ch):
                    continue
                counts[script][ch] += freq
                # (a character of two forms, 发 as 發 or 髮, shares its use between them)
                for form in forms.get(ch, ()) if lang == "zh" else ():
                    counts[script][form] += freq / len(forms[ch])
        for script, chars in counts.items():
            total = sum(chars.values())
            for ch, n in chars.items():
                by_script[script][ch] += n / total
    return {script: {ch: n / sum(chars.values()) for ch, n in chars.items()}
            for script, chars in by_script.items()}


def main() -> None:
    table = {script: {ch: round(share * PER) for ch, share
                      in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))
                      if round(share * PER) > 0}
             for script, chars in sorted(shares().items())}
    OUT.write_text(json.dumps({"source": f"wordfreq {version('wordfreq')}: "
                               + " ".join(f"{lang} {size}" for lang, size in LISTS.items()),
                               "per": PER, "shares": table},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{s}={len(t)}" for s, t in table.items())
          + f", {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
