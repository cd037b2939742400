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
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy  # noqa: E402

import cleantext  # noqa: E402

from corpus import udhr_texts  # noqa: E402

_C1 = re.compile("[\x80-\x9f]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=2, help="edits shown per changed document")
    args = ap.parse_args()

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


if __name__ == "__main__":
    main()
