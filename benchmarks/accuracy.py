"""Restoration accuracy, cleantext against ftfy, on real text in many languages.

    python benchmarks/accuracy.py [--limit N] [--no-ftfy] [--chars N] [--held-out]
                                  [--languages chinese,japanese,korean]

Corpus: the labelled test files of chardet 6.0.0 (see corpus.py; cached after one download).
For each document we keep the original text, generate damage chains from it (true encoding ×
wrong decoder, one or two layers, or one paragraph of it damaged inside the clean rest), and
count exact restorations per chain family and language, plus how many clean documents either
tool changed. Each document is cut to --chars characters (whole lines) to keep the run short.

The families are the rows of the detection issue's targets, plus two for the issue's other
wrong decoders: "utf-8 other" (UTF-8 read as cp437 or windows-1251) and "legacy other" (the CJK
encodings and the other scripts' code pages read as MacRoman or cp437). The Latin code pages
read as MacRoman or cp437, and legacy encodings read as windows-1251 (KOI8 aside), are not
generated: cleantext does not search those chains (see `targets` in cleantext/codecs.py), so
they would count 0%.

The character table cleantext scores with (cleantext/data/charfreq.json, characters and the
pairs of Hangul syllables) is counted from these very texts, so the plain run measures text
the table has seen. `--held-out` measures each half of the corpus with a table counted from the
other half only (two processes at once): the figures to expect on text the table has never
seen. (The tables built from wordfreq's lists share no text with these.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import ftfy  # noqa: E402

import cleantext  # noqa: E402
from cleantext.codecs import WRONG_DECODERS  # noqa: E402

from corpus import chardet_tests  # noqa: E402

# true encoding a document can be damaged through, by its language's script
LEGACY = {
    "korean": ["cp949"], "japanese": ["cp932", "euc_jp"], "chinese": ["gb18030", "big5"],
    "russian": ["cp1251", "koi8_r"], "ukrainian": ["cp1251", "koi8_u"],
    "bulgarian": ["cp1251"], "belarusian": ["cp1251"], "macedonian": ["cp1251"],
    "serbian": ["cp1251"], "greek": ["cp1253", "iso8859_7"], "hebrew": ["cp1255", "iso8859_8"],
    "arabic": ["cp1256"], "thai": ["cp874"], "turkish": ["cp1254", "iso8859_9"],
    "polish": ["cp1250", "iso8859_2"], "czech": ["cp1250", "iso8859_2"],
    "hungarian": ["cp1250"], "slovak": ["cp1250"], "slovene": ["cp1250"], "croatian": ["cp1250"],
    "romanian": ["cp1250"], "lithuanian": ["cp1257"], "latvian": ["cp1257"],
    "estonian": ["cp1257"], "vietnamese": ["cp1258"],
}
WRONG = ["latin-1", "cp1252", "mixed-latin-1"]
UTF8_WRONG = ["latin-1", "cp1252", "mac_roman"]
#: UTF-8 read as the other code pages of the detection issue's list, counted apart from the
#: family its target names: DOS's cp437, and windows-1251 (a Russian system opening UTF-8)
UTF8_OTHER = ["cp437", "cp1251"]
#: ... and legacy encodings read on a Mac or in a DOS console (those cleantext searches)
LEGACY_OTHER = ["mac_roman", "cp437"]
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > 0 else limit]


def exact_bytes(text: str, encoding: str) -> bytes | None:
    """The text's bytes in `encoding`, if they decode back to it: else no exact restoration
    exists (cp932 encodes U+301C WAVE DASH as 81 60, which it decodes as U+FF5E FULLWIDTH
    TILDE)."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return None
    return data if data.decode(encoding) == text else None


def chains_for(language: str, text: str) -> list[tuple[str, str, str]]:
    """(family, chain name, damaged text) for each chain that can carry `text`."""
    out = []
    for enc in LEGACY.get(language, []):
        if (data := exact_bytes(text, enc)) is None:
            continue
        for wrong in WRONG:
            out.append(("legacy", f"{enc}→{wrong}", WRONG_DECODERS[wrong].decode(data)))
        for wrong in LEGACY_OTHER:
            if enc in (WRONG_DECODERS[wrong].targets or ()):
                out.append(("legacy other", f"{enc}→{wrong}",
                            WRONG_DECODERS[wrong].decode(data)))
        if enc == "koi8_r":
            out.append(("koi8→cp1251", "koi8_r→cp1251", data.decode("cp1251", "replace")))
    if any(ord(c) > 127 for c in text):
        data = text.encode("utf-8")
        for family, wrongs in (("utf-8", UTF8_WRONG), ("utf-8 other", UTF8_OTHER)):
            for wrong in wrongs:
                try:
                    out.append((family, f"utf-8→{wrong}", WRONG_DECODERS[wrong].decode(data)))
                except UnicodeDecodeError:
                    continue
        try:
            once = WRONG_DECODERS["cp1252"].decode(data)
            twice = WRONG_DECODERS["cp1252"].decode(once.encode("utf-8"))
            out.append(("utf-8 ×2", "utf-8→cp1252→cp1252", twice))
        except UnicodeDecodeError:
            pass
    return out + paragraph_chains(language, text)


def paragraph_chains(language: str, text: str) -> list[tuple[str, str, str]]:
    """One damaged paragraph inside clean text: the line with the most non-ASCII characters
    (of a text of three lines or more, whose other lines hold some too) put through UTF-8 read
    as windows-1252 or Latin-1, or through the language's first legacy encoding read as
    windows-1252, the rest left as it is."""
    lines = text.split("\n")
    if sum(bool(line.strip()) for line in lines) < 3:
        return []
    counts = [sum(ord(c) > 127 for c in line) for line in lines]
    k = max(range(len(lines)), key=counts.__getitem__)
    if not counts[k] or sum(counts) == counts[k]:
        return []
    out = []
    for enc, wrong in [("utf-8", "cp1252"), ("utf-8", "latin-1"),
                       *[(e, "cp1252") for e in LEGACY.get(language, [])[:1]]]:
        try:
            data = lines[k].encode(enc)
            if data.decode(enc) != lines[k]:
                continue
            damaged = WRONG_DECODERS[wrong].decode(data)
        except UnicodeError:
            continue
        out.append(("paragraph", f"paragraph:{enc}→{wrong}",
                    "\n".join([*lines[:k], damaged, *lines[k + 1:]])))
    return out


def _fold(text: str) -> int:
    """Which half of the corpus a text is in: by its ASCII letters, so that one text saved in
    several encodings (chardet keeps many) falls in one half."""
    key = re.sub(r"[^A-Za-z]", "", text)[:600]
    return hashlib.sha1(key.encode()).digest()[0] % 2


def _score_with_table_of(fold: int) -> None:
    """Score with a character table (and its Hangul pairs) counted, as tools/build_charfreq.py
    counts it, from the texts of the other half only. (The scorer reads its table once,
    lazily: this runs before any text is scored.)"""
    from build_charfreq import count

    from cleantext.detect import score

    table, pairs, _ = count(sample.text for sample in chardet_tests()
                            if _fold(sample.text) != fold)
    score._table = cache(lambda: score._Table(table, pairs))


def _dashes_for_holes(text: str, repaired: str) -> bool:
    """Whether the repair differs from the original only by dashes where the original holds
    "?": the legacy original lost the character before the chain's damage, and repair restores
    it (lost.dash), right for a real pipeline, no exact restoration."""
    return text != repaired and len(text) == len(repaired) and all(
        a == b or (a == "?" and b == "\u2014") for a, b in zip(text, repaired, strict=True))


def measure(args: argparse.Namespace) -> dict:
    """Per chain family, chain and language: [documents, cleantext's exact restorations,
    ftfy's]; the clean documents and which of them were changed; every failure."""
    seen: set[str] = set()
    clean = {"cleantext": 0, "ftfy": 0, "docs": 0, "controls": 0}
    changed_docs: list[str] = []
    fam = defaultdict(lambda: [0, 0, 0])  # family -> [n, cleantext ok, ftfy ok]
    lang = defaultdict(lambda: [0, 0, 0])
    chain = defaultdict(lambda: [0, 0, 0])  # chain name -> [n, cleantext ok, ftfy ok]
    failures: list[str] = []
    on_controls = Counter()  # family -> failures whose original holds raw controls
    on_holes = Counter()  # family -> failures that only restore the original's "?" holes
    for sample in chardet_tests():
        if args.languages and sample.language not in args.languages:
            continue
        text = _cut(sample.text.replace("\r\n", "\n"), args.chars)
        if not text.strip() or text in seen:
            continue
        seen.add(text)
        if args.fold is not None and _fold(sample.text) != args.fold:
            continue
        if CONTROLS.search(text):
            # raw C0/C1 controls (EBCDIC and ISO-8859-16 files): not clean text; repairing the
            # controls is right, so these are counted apart
            clean["controls"] += 1
        else:
            clean["docs"] += 1
            if cleantext.repair(text).text != text:
                clean["cleantext"] += 1
                changed_docs.append(sample.path)
        if not args.no_ftfy and ftfy.fix_text(text) != text:
            clean["ftfy"] += 1
        for family, name, damaged in chains_for(sample.language, text):
            if damaged == text:
                continue
            repaired = cleantext.repair(damaged).text
            ok = repaired == text
            fok = (not args.no_ftfy) and ftfy.fix_text(damaged) == text
            for table, key in ((fam, family), (lang, sample.language), (chain, name)):
                table[key][0] += 1
                table[key][1] += ok
                table[key][2] += fok
            if not ok:
                failures.append(f"{name} {sample.path}")
                on_controls[family] += bool(CONTROLS.search(text))
                on_holes[family] += _dashes_for_holes(text, repaired)
        if args.limit and clean["docs"] >= args.limit:
            break
    return {"clean": clean, "changed": changed_docs, "family": fam, "chain": chain,
            "language": lang, "failures": failures, "on_controls": on_controls,
            "on_holes": on_holes}


def _held_out(args: argparse.Namespace) -> dict:
    """`measure` of each half with the other half's table, in two processes at once, summed."""
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / f"{fold}.json" for fold in (0, 1)]
        argv = [sys.executable, __file__, "--chars", str(args.chars), "--limit", str(args.limit),
                *(["--no-ftfy"] if args.no_ftfy else []),
                *(["--languages", ",".join(args.languages)] if args.languages else [])]
        procs = [subprocess.Popen([*argv, "--fold", str(fold), "--json", str(out)])
                 for fold, out in enumerate(outs)]
        if any(p.wait() for p in procs):
            sys.exit("a half failed")
        halves = [json.loads(out.read_text(encoding="utf-8")) for out in outs]
    total = halves[0]
    for half in halves[1:]:
        for key in ("clean", "on_controls", "on_holes"):
            total[key] = dict(Counter(total[key]) + Counter(half[key]))
        for key in ("family", "chain", "language"):
            for name, counts in half[key].items():
                mine = total[key].setdefault(name, [0, 0, 0])
                total[key][name] = [a + b for a, b in zip(mine, counts, strict=True)]
        total["changed"] += half["changed"]
        total["failures"] += half["failures"]
    total["clean"] = {k: total["clean"].get(k, 0) for k in ("cleantext", "ftfy", "docs",
                                                            "controls")}
    return total


def report(r: dict) -> None:
    def pct(a: int, n: int) -> str:
        return f"{100 * a / n:6.1f}%" if n else "     -"

    clean = r["clean"]
    print(f"clean documents: {clean['docs']}; changed by cleantext: {clean['cleantext']}, "
          f"by ftfy.fix_text: {clean['ftfy']} (left out: {clean['controls']} with raw controls)")
    for path in r["changed"][:20]:
        print(f"  changed clean: {path}")
    for title, key in (("chain family", "family"), ("chain", "chain"), ("language", "language")):
        print(f"\n{title:<24}{'docs':>6}{'cleantext':>11}{'ftfy':>9}")
        for name, (n, ok, fok) in sorted(r[key].items()):
            print(f"{name:<24}{n:>6}{pct(ok, n):>11}{pct(fok, n):>9}")
        if key == "family" and sum(r["on_controls"].values()):
            # the originals the clean count leaves out: their controls are damage already, and
            # a repair of them is right but is no exact restoration
            print("failures on originals that hold raw controls: " + ", ".join(
                f"{k} {v}" for k, v in sorted(r["on_controls"].items()) if v))
        if key == "family" and sum(r["on_holes"].values()):
            print("failures that only restore the original's \"?\" as a dash (lost.dash): "
                  + ", ".join(f"{k} {v}" for k, v in sorted(r["on_holes"].items()) if v))
    print(f"\nfailures ({len(r['failures'])}), first 30:")
    for f in r["failures"][:30]:
        print("  " + f)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="documents at most (0: all)")
    ap.add_argument("--chars", type=int, default=2000,
                    help="characters per document, cut at a line end (the README's figures "
                         "are at 2000 and 300: compare runs at one length only)")
    ap.add_argument("--no-ftfy", action="store_true")
    ap.add_argument("--failures", type=Path, help="write every failure (chain, path) here")
    ap.add_argument("--languages", type=lambda s: frozenset(s.split(",")), default=frozenset(),
                    help="only the texts in these languages (as chardet's folders name them: "
                    "chinese,japanese,korean): a quick check of a change to one script's scoring")
    ap.add_argument("--held-out", action="store_true",
                    help="score each half of the corpus with a character table counted from "
                    "the other half (the shipped table is counted from all of it)")
    ap.add_argument("--fold", type=int, choices=(0, 1), help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    t0 = time.time()
    if args.held_out:
        r = _held_out(args)
    else:
        if args.fold is not None:
            _score_with_table_of(args.fold)
        r = measure(args)
    if args.json:
        args.json.write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")
        return
    report(r)
    if args.failures:
        args.failures.write_text("".join(f"{f}\n" for f in r["failures"]), encoding="utf-8")
    print(f"\n{time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
