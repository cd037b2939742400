"""ftfy's own published cases: cleantext against ftfy on the examples ftfy tests itself with.

    python benchmarks/ftfy_cases.py [--failures]

The cases (tests/test_cases.json of ftfy's sdist, downloaded once and cached by corpus.py) are
real-world mojibake from Twitter and the Common Crawl, negative examples (clean text that looks
odd) and ftfy's documented known failures. A case counts as passed when the text comes back as
ftfy's encoding fix gives it ("fixed-encoding", else "fixed"): the other fixes of ftfy's default
settings (uncurled quotes, NFC, ...) are no repair of damage: where the expected text is
"fixed", both tools' outputs are given those style fixes (and no other) before they are compared.
Negative cases are those whose expected text is the original.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy  # noqa: E402

import cleantext  # noqa: E402

from corpus import FtfyCase, ftfy_cases  # noqa: E402

#: ftfy's fixes of style only, none of damage: what its "fixed" texts have beyond a repair
_STYLE = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_encoding=False, restore_byte_a0=False,
    replace_lossy_sequences=False, decode_inconsistent_utf8=False, fix_c1_controls=False,
    remove_control_chars=False, fix_surrogates=False, explain=False)


def _styled(text: str, case: FtfyCase) -> str:
    return ftfy.fix_text(text, _STYLE) if case.styled else text


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
        ok = _styled(got, case) == case.fixed
        ftfy_ok = _styled(ftfy.fix_encoding(case.original), case) == case.fixed
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
