"""No harm to clean text in languages the letter model never saw: the Universal Declaration of
Human Rights in some 500 languages (corpus.udhr_texts), each repaired by cleantext and by
ftfy.fix_text side by side.

    python benchmarks/unseen_languages.py [--edits N]

Our character and letter-pair tables come from wordfreq's 40-odd languages; hundreds of others
are written in the same scripts with letters in combinations those tables call rare (Wolof
"sañ-sañ", Luxembourgish "dës", Sango "pëpë"). Every document here is clean, so every change is
a false repair, except where a declaration itself holds raw C1 controls (windows-1252 text read
as Latin-1, which both tools mend): those are left out. ftfy's default settings also change
quotes and normalise; its encoding fix alone (ftfy.fix_encoding) is the fair comparison.

`--damage latin-1,cp1252,mac_roman` measures restoration there instead: each declaration that
holds non-ASCII (cut to --chars characters, whole lines) is put through UTF-8 read by each
wrong decoder, and the share that cleantext and ftfy's encoding fix restore exactly is printed
per decoder: the languages our tables never saw, as the held-out text we are judged on holds.

`--legacy` does the same for the legacy code pages of the detection issue: each declaration is
encoded in every code page of its main script's that holds it exactly (the Latin ones for a Latin
text, windows-1251 and the KOI8s for a Cyrillic one, the CJK encodings for Han, Kana or Hangul),
and each encoding is read as Latin-1, windows-1252 and the mixed decoder (and as MacRoman and
cp437 where cleantext searches those chains); each distinct damaged form counts once. The
character table (charfreq.json) is counted from chardet's test files, which accuracy.py measures
on: this is the held-out measure of legacy restoration.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy  # noqa: E402

import cleantext  # noqa: E402

from corpus import udhr_texts  # noqa: E402

_C1 = re.compile("[\x80-\x9f]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=2, help="edits shown per changed document")
    ap.add_argument("--damage", help="wrong decoders of UTF-8, comma-separated: measure "
                    "restoration instead of harm")
    ap.add_argument("--legacy", action="store_true", help="measure restoration of the legacy "
                    "code pages read as Latin-1, windows-1252 or mixed")
    ap.add_argument("--chars", type=int, default=2000, help="characters per declaration "
                    "(with --damage)")
    args = ap.parse_args()
    if args.damage:
        restoration(args.damage.split(","), args.chars)
        return
    if args.legacy:
        legacy_restoration(args.chars)
        return

    docs = controls = ours = theirs = encoding_only = 0
    seconds = 0.0
    for code, text in udhr_texts():
        if _C1.search(text):
            controls += 1
            continue
        docs += 1
        start = time.perf_counter()
        repaired = cleantext.repair(text)
        seconds += time.perf_counter() - start
        theirs += ftfy.fix_text(text) != text
        encoding_only += ftfy.fix_encoding(text) != text
        if repaired.text != text:
            ours += 1
            print(f"changed: {code} ({len(repaired.edits)} edits)")
            for e in repaired.edits[:args.edits]:
                around = text[max(0, e.span.start - 12):e.span.end + 12].replace("\n", " ")
                print(f"    {e.rule}: {around!r}: {e.original!r} -> {e.replacement!r}")
    print(f"\nclean declarations: {docs} (left out: {controls} holding raw C1 controls)")
    print(f"changed by cleantext: {ours} ({100 * ours / docs:.1f}%), "
          f"by ftfy.fix_text: {theirs} ({100 * theirs / docs:.1f}%; its encoding fix alone: "
          f"{encoding_only})")
    print(f"cleantext: {seconds:.1f} s")


def restoration(decoders: list[str], chars: int) -> None:
    from cleantext.codecs import WRONG_DECODERS

    from accuracy import _cut

    n, ours, theirs = Counter(), Counter(), Counter()
    failed: dict[str, list[str]] = {d: [] for d in decoders}
    for code, text in udhr_texts():
        text = _cut(text, chars)
        if _C1.search(text) or text.isascii():
            continue
        for name in decoders:
            try:
                damaged = WRONG_DECODERS[name].decode(text.encode("utf-8"))
            except UnicodeDecodeError:
                continue
            n[name] += 1
            ok = cleantext.repair(damaged).text == text
            ours[name] += ok
            theirs[name] += ftfy.fix_encoding(damaged) == text
            if not ok:
                failed[name].append(code)
    print(f"{'UTF-8 read as':<16}{'docs':>6}{'cleantext':>11}{'ftfy':>8}")
    for name in decoders:
        print(f"{name:<16}{n[name]:>6}{100 * ours[name] / n[name]:>10.1f}%"
              f"{100 * theirs[name] / n[name]:>7.1f}%")
    for name in decoders:
        print(f"\nnot restored, {name}: {' '.join(failed[name])}")


#: the detection issue's legacy encodings, by the script of the letters they hold beyond ASCII
#: (GBK stands for GB18030, which encodes any text: no Chinese page wrote Hindi in it)
LEGACY = {
    "Latin": ["cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "iso8859_2", "iso8859_9"],
    "Cyrillic": ["cp1251", "koi8_r", "koi8_u", "iso8859_5"],
    "Greek": ["cp1253", "iso8859_7"], "Hebrew": ["cp1255", "iso8859_8"], "Arabic": ["cp1256"],
    "Thai": ["cp874"], "Hangul": ["cp949"], "Hiragana": ["cp932", "euc_jp"],
    "Katakana": ["cp932", "euc_jp"], "Han": ["gbk", "big5", "cp932", "euc_jp", "cp949"],
}


def legacy_restoration(chars: int) -> None:
    from cleantext.codecs import WRONG_DECODERS
    from cleantext.scripts import script_of

    from accuracy import _cut, exact_bytes

    n, ours, theirs = Counter(), Counter(), Counter()
    failed: dict[str, list[str]] = {}
    for code, text in udhr_texts():
        text = _cut(text, chars)
        letters = Counter(script_of(c) for c in text if not c.isascii() and c.isalpha())
        if _C1.search(text) or not letters:
            continue
        seen = {text}
        for enc in LEGACY.get(letters.most_common(1)[0][0], ()):
            if (data := exact_bytes(text, enc)) is None:
                continue
            for wrong, decoder in WRONG_DECODERS.items():
                if wrong == "mixed-cp1252" or (decoder.targets is not None
                                               and enc not in decoder.targets):
                    continue
                damaged = decoder.decode(data)
                if damaged in seen:
                    continue
                seen.add(damaged)
                chain = f"{enc}→{wrong}"
                n[chain] += 1
                if cleantext.repair(damaged).text == text:
                    ours[chain] += 1
                else:
                    failed.setdefault(chain, []).append(code)
                theirs[chain] += ftfy.fix_encoding(damaged) == text
    print(f"{'chain':<24}{'docs':>6}{'cleantext':>11}{'ftfy':>8}")
    for chain in sorted(n):
        print(f"{chain:<24}{n[chain]:>6}{100 * ours[chain] / n[chain]:>10.1f}%"
              f"{100 * theirs[chain] / n[chain]:>7.1f}%")
    total = n.total()
    print(f"{'all':<24}{total:>6}{100 * ours.total() / total:>10.1f}%"
          f"{100 * theirs.total() / total:>7.1f}%")
    for chain in sorted(failed):
        print(f"\nnot restored, {chain}: {' '.join(failed[chain])}")


if __name__ == "__main__":
    main()
