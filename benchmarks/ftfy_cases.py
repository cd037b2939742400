"""ftfy's own published cases: cleantext against ftfy on the examples ftfy tests itself with.

    python benchmarks/ftfy_cases.py [--failures]

The cases (tests/test_cases.json of ftfy's sdist, downloaded once and cached by corpus.py) are
real-world mojibake from Twitter and the Common Crawl, negative examples (clean text that looks
odd) and ftfy's documented known failures. A case counts as passed when the text comes back as
ftfy's encoding fix gives it ("fixed-encoding", else "fixed"): the other fixes of ftfy's default
settings (uncurled quotes, NFC, ...) are no repair of damage. Negative cases are those whose
expected text is the original.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy  # noqa: E402

import cleantext  # noqa: E402

from corpus import ftfy_cases  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--failures", action="store_true", help="list every case cleantext fails")
    args = ap.parse_args()

    n: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    failed = []
    for case in ftfy_cases():
        kind = ("negative" if case.fixed == case.original else
                "known failure" if case.expect == "fail" else "mojibake")
        got = cleantext.repair(case.original).text
        ok, ftfy_ok = got == case.fixed, ftfy.fix_encoding(case.original) == case.fixed
        n[kind] += 1
        ours[kind] += ok
        theirs[kind] += ftfy_ok
        if kind == "mojibake" and ftfy_ok:
            n["ftfy passes"] += 1
            ours["ftfy passes"] += ok
        if not ok:
            failed.append((kind, case, got))
    print(f"{'cases':<16}{'n':>5}{'cleantext':>11}{'ftfy':>7}")
    for kind in ("mojibake", "negative", "known failure"):
        print(f"{kind:<16}{n[kind]:>5}{ours[kind]:>11}{theirs[kind]:>7}")
    print(f"\nof the {n['ftfy passes']} mojibake cases ftfy.fix_encoding passes, cleantext "
          f"passes {ours['ftfy passes']}")
    if args.failures:
        for kind, case, got in failed:
            print(f"\n[{kind}] {case.label}\n  in:   {case.original[:70]!r}\n"
                  f"  want: {case.fixed[:70]!r}\n  got:  {got[:70]!r}")


if __name__ == "__main__":
    main()
