"""No harm on real files of the kinds our corpora lack: the UTF-8 text files on this machine.

    python benchmarks/local_files.py [ROOT ...] [--limit N]

Documentation, man pages in many languages, changelogs, locale and keymap files, editor
syntax files and Python sources hold what web text seldom does: tables and trees drawn with box
characters, progress bars, alphabets listed in code, names in many scripts, translations line by
line. Every file under the roots (by default /usr/share, /usr/lib/python3 and this Python's
site-packages) that is UTF-8 (gzip-compressed too), holds non-ASCII text and no NUL is
repaired; the files repair changes are printed with their first edits.

Not every changed file is a false repair: some hold real damage (a changelog's "Ã§"). So the
list is for judging by eye, and its length is an upper bound on the harm. The files differ from
machine to machine; the figure compares code on one machine.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleantext  # noqa: E402

MAX_BYTES = 2_000_000
#: packages whose files hold mojibake on purpose (their tests and tables) or are our own
SKIP = ("ftfy", "chardet", "charset_normalizer", "cleantext")


def texts(roots: list[str]) -> Iterator[tuple[str, str]]:
    """(path, text) of each distinct UTF-8 text file with non-ASCII under the roots."""
    seen: set[int] = set()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not any(s in d for s in SKIP))
            for name in sorted(files):
                path = os.path.join(folder, name)
                try:
                    if os.path.islink(path) or os.path.getsize(path) > MAX_BYTES:
                        continue
                    data = Path(path).read_bytes()
                    if name.endswith(".gz"):
                        data = gzip.decompress(data)
                    text = data.decode("utf-8")
                except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile):
                    continue
                if text.isascii() or "\0" in text or hash(text) in seen:
                    continue
                seen.add(hash(text))
                yield path, text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("roots", nargs="*", default=[
        r for r in ("/usr/share", "/usr/lib/python3", sysconfig.get_paths()["purelib"])
        if os.path.isdir(r)])
    ap.add_argument("--limit", type=int, default=0, help="files at most (0: all)")
    args = ap.parse_args()
    n = 0
    changed = []
    for path, text in texts(args.roots):
        n += 1
        fixed = cleantext.repair(text)
        if fixed.text != text:
            changed.append((path, fixed.edits))
        if args.limit and n >= args.limit:
            break
    for path, edits in changed:
        print(path)
        for e in edits[:2]:
            print(f"    {e.rule}: {e.original[:40]!r} -> {e.replacement[:40]!r} "
                  f"({e.evidence[:70]})")
    print(f"\nfiles: {n} UTF-8 texts with non-ASCII; changed by repair: {len(changed)}")


if __name__ == "__main__":
    main()
