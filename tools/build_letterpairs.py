"""Build cleantext/data/letterpairs.json: the pairs of adjacent letters that real words hold.

    pip install wordfreq && pip install --no-deps pythainlp && python tools/build_letterpairs.py

Sources: wordfreq's word-frequency lists (Wikipedia, subtitles, news, books, web text, in some
40 languages), and for Thai, which wordfreq lacks, the Thai National Corpus word frequencies that
PyThaiNLP ships (corpus/tnc_freq.txt, CC0); neither shares text with the benchmarks' corpus
(chardet's test files). A script written without spaces between words (Thai) also gets the pairs
that words make where they meet: the last letter of one word next to the first of the next, as
often as independent words give them (their ends' and starts' frequencies multiplied). For each
alphabetic script, a pair of letters of that script with at least one non-ASCII letter is kept
when, in some language, words holding it make up at least MIN_SHARE of that language's letter
pairs (weighted by word frequency). Mojibake of one script's legacy bytes read as another's puts
letters side by side that no language writes ("bakýlmýþ": Turkish in windows-1254 read as
Latin-1), which character frequencies alone cannot see. Each kept pair also carries its
association, log2 P(ab) / (P(a·) P(·b)), in the language where it is strongest: how much likelier
the pair is than its letters side by side by chance, which tells readings of one word apart
that character costs tie ("пулюм" and "οσλώμ" are the same windows-125x bytes).

For an unspaced language (Thai) the file also keeps the triples of letters its words hold, and
the letters and pairs its words start and end with (see `_triples`): a triple no word holds and
no two words can make where they meet is one Thai does not write. Under a mixed decoder a Thai
text's bytes are ambiguous, and a pair is too short to see what the reading broke: "ขนมครกขาย"
and "ขนมคแขาย" are the same mojibake (C3 A1 is UTF-8 "á", so is the byte E1 alone), and only
the second writes "แขา", which no Thai word holds and no two words make.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import wordfreq  # noqa: E402

from cleantext.scripts import script_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "letterpairs.json"
SCRIPTS = ("Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai")
MIN_SHARE = 1e-6
#: (Of the triples of real Thai web text, 1 in 3,000 is then unknown: "คัั", a vowel typed twice)
MIN_TRIPLE_SHARE = 1e-7
TRIPLE_KINDS = ("triples", "ends1", "ends2", "starts1", "starts2", "words1")
EDGE = " "  # where a word starts or ends
#: Scripts whose letters at word edges the lists speak for: those whose languages they hold.
#: Thai is the only language of its script; the others serve languages the lists lack, which
#: start or end words with letters no listed language does (Albanian "është" starts with "ë",
#: Ancient Greek "ἱστορία" with "ἱ").
EDGE_SCRIPTS = ("Thai",)
#: Scripts whose pairs each spaced language's own table keeps (see `_written`)
LANGUAGE_SCRIPTS = ("Latin", "Cyrillic", "Greek", "Arabic", "Hebrew")
#: languages written without spaces between words, with their word lists beyond wordfreq's
UNSPACED = {"th": ("pythainlp", "corpus/tnc_freq.txt")}


def _letter(c: str) -> bool:
    # Thai writes its vowels above and below, and its tone marks, as combining marks (Mn)
    return c.isalpha() or unicodedata.category(c) == "Mn"


def _word_frequencies(lang: str) -> dict[str, float]:
    if lang not in UNSPACED:
        return wordfreq.get_frequency_dict(lang, "small")
    package, name = UNSPACED[lang]
    spec = importlib.util.find_spec(package)  # the file only: importing the package is slow
    assert spec is not None and spec.submodule_search_locations, f"pip install {package}"
    path = Path(spec.submodule_search_locations[0]) / name
    return {word: float(n) for word, n in (line.split("\t") for line in path.read_text(
        encoding="utf-8").splitlines() if "\t" in line)}


def _pairs(words: dict[str, float], spaced: bool) -> Iterator[tuple[str, str, float]]:
    """Each pair of adjacent characters in the words, with its weight, and each word's first
    and last letter next to EDGE; for an unspaced language, also the pairs where independent
    words meet."""
    ends: dict[str, float] = defaultdict(float)
    starts: dict[str, float] = defaultdict(float)
    for word, freq in words.items():
        word = unicodedata.normalize("NFC", word.casefold())  # as wordfreq does
        for a, b in zip(word, word[1:], strict=False):
            yield a, b, freq
        if word:
            ends[word[-1]] += freq
            starts[word[0]] += freq
    for a, n in starts.items():
        yield EDGE, a, n
    for a, n in ends.items():
        yield a, EDGE, n
    if spaced:
        return
    tokens = sum(starts.values())
    for a, n in ends.items():
        for b, m in starts.items():
            yield a, b, n * m / tokens


def _triples(words: dict[str, float]) -> dict[str, list[str]]:
    """For an unspaced language: the triples of adjacent letters its words hold, and what its
    words start and end with (one letter, two), and its words of one letter; each kept when it
    makes up MIN_TRIPLE_SHARE of its kind (words' triples, or words). A triple two words make
    where they meet is known by their edges (see score.unseen_triples), not counted here:
    weighed as often as independent words would make it, a junction real text writes ("พพ้" of
    "ภาพ|พ้น", 1.9e-7) weighs no more than a mojibake's ("งกข" of "ต้อง|ก|ขึ้น", 2.1e-7)."""
    counts: dict[str, dict[str, float]] = {kind: defaultdict(float) for kind in TRIPLE_KINDS}
    triples = tokens = 0.0
    for word, freq in words.items():
        word = unicodedata.normalize("NFC", word.casefold())
        if not word or not all(map(_letter, word)):
            continue
        tokens += freq
        for i in range(len(word) - 2):
            counts["triples"][word[i:i + 3]] += freq
            triples += freq
        for n in (1, 2):
            if len(word) >= n:
                counts[f"ends{n}"][word[-n:]] += freq
                counts[f"starts{n}"][word[:n]] += freq
        if len(word) == 1:
            counts["words1"][word] += freq
    return {kind: sorted(k for k, w in counted.items()
                         if w / (triples if kind == "triples" else tokens) >= MIN_TRIPLE_SHARE
                         and {script_of(c) for c in k} <= set(EDGE_SCRIPTS))  # (not Latin)
            for kind, counted in counts.items()}


def _written(lang: str, weights: dict[str, float], total: float,
             edge_weights: dict[str, float], edge_total: float) -> str:
    """The pairs of LANGUAGE_SCRIPTS' letters, one of them beyond ASCII, and of such a letter
    next to EDGE, that make up MIN_SHARE of the language's pairs (of its edges): all of them
    joined, for `languages.py` to tell which one language writes a text."""
    if lang in UNSPACED:
        return ""
    kept = sorted({pair for pair, w in weights.items() if w / total >= MIN_SHARE}
                  | {edge for edge, w in edge_weights.items() if w / edge_total >= MIN_SHARE})
    return "".join(p for p in kept
                   if all(c == EDGE or script_of(c) in LANGUAGE_SCRIPTS for c in p))


def main() -> None:
    best: dict[str, float] = defaultdict(float)  # pair → its largest share in one language
    pmi: dict[str, float] = {}  # pair → its largest association in a language that writes it
    edges: set[str] = set()  # a letter next to EDGE: it starts (ends) words of some language
    written: dict[str, str] = {}  # language → the pairs it writes (see `_written`)
    languages = sorted(set(wordfreq.available_languages("small")) | set(UNSPACED))
    for lang in languages:
        weights: dict[str, float] = defaultdict(float)
        firsts: dict[str, float] = defaultdict(float)  # letters as the first of a pair ...
        seconds: dict[str, float] = defaultdict(float)  # ... and as the second
        total = 0.0
        edge_weights: dict[str, float] = defaultdict(float)
        edge_total = 0.0
        for a, b, freq in _pairs(_word_frequencies(lang), lang not in UNSPACED):
            if EDGE in (a, b):
                edge_total += freq
                letter = b if a == EDGE else a
                if _letter(letter) and not letter.isascii():
                    edge_weights[a + b] += freq
                continue
            total += freq
            if _letter(a) and _letter(b):
                firsts[a] += freq
                seconds[b] += freq
                if (not (a.isascii() and b.isascii()) and script_of(a) == script_of(b)
                        and script_of(a) in SCRIPTS):
                    weights[a + b] += freq
        edges.update(edge for edge, w in edge_weights.items() if w / edge_total >= MIN_SHARE
                     and script_of(edge.strip()) in EDGE_SCRIPTS)
        if written_pairs := _written(lang, weights, total, edge_weights, edge_total):
            written[lang] = written_pairs
        for pair, w in weights.items():
            best[pair] = max(best[pair], w / total)
            if w / total >= MIN_SHARE:
                # log2 P(ab) / (P(a·) P(·b)): what the pair says beyond its letters' costs
                value = math.log2(w * total / (firsts[pair[0]] * seconds[pair[1]]))
                pmi[pair] = max(pmi.get(pair, -math.inf), value)
    triples = {lang: _triples(_word_frequencies(lang)) for lang in UNSPACED}
    table: dict[str, list[str]] = {s: [] for s in SCRIPTS}
    for pair, share in sorted(best.items()):
        if share >= MIN_SHARE:
            table[script_of(pair[0])].append(pair)
    OUT.write_text(json.dumps({"source": f"wordfreq {version('wordfreq')} small lists: "
                               + " ".join(languages) + f"; th: pythainlp {version('pythainlp')} "
                               + "corpus/tnc_freq.txt (Thai National Corpus)",
                               "min_share": MIN_SHARE,
                               "pairs": {s: "".join(p) for s, p in table.items()},
                               "pmi": {s: [round(pmi[p], 1) for p in ps]
                                       for s, ps in table.items()},
                              "starts": {s: "".join(sorted(e[1] for e in edges if e[0] == EDGE
                                                           and script_of(e[1]) == s))
                                         for s in EDGE_SCRIPTS},
                              "ends": {s: "".join(sorted(e[0] for e in edges if e[1] == EDGE
                                                         and script_of(e[0]) == s))
                                       for s in EDGE_SCRIPTS},
                               "languages": written,
                               "min_triple_share": MIN_TRIPLE_SHARE,
                               "triples": {lang: {kind: "".join(ks) for kind, ks in kinds.items()}
                                           for lang, kinds in triples.items()}},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{s}={len(p)}" for s, p in table.items())
          + "; triples " + ", ".join(f"{lang}={len(k['triples'])}" for lang, k in triples.items()))


if __name__ == "__main__":
    main()
