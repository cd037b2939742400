"""Raw bytes read exactly: `cleantext.read` against charset-normalizer and chardet.

    python benchmarks/reading.py

Corpus: every labelled test file of chardet 6.0.0 (see corpus.py; cached after one download),
in its own encoding: UTF-8, UTF-16/32 with and without a byte order mark, legacy code pages.
A file counts when the tool's text equals the labelled text exactly. Per folder family
(`utf-16le`, `windows-1251`, `euc-jp` …), then in all. (Throughput is in speed.py.)
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chardet  # noqa: E402
import charset_normalizer  # noqa: E402

import cleantext  # noqa: E402

from corpus import chardet_tests  # noqa: E402


def _cleantext(data: bytes) -> str | None:
    try:
        return cleantext.read(data).text
    except cleantext.DecodeError:
        return None


def _charset_normalizer(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


def _chardet(data: bytes) -> str | None:
    name = chardet.detect(data).get("encoding")
    try:
        return data.decode(name) if name else None
    except (LookupError, UnicodeDecodeError):
        return None


TOOLS: dict[str, Callable[[bytes], str | None]] = {
    "cleantext": _cleantext, "charset-norm.": _charset_normalizer, "chardet": _chardet}


def main() -> None:
    t0 = time.time()
    by_family: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sample in chardet_tests():
        family = Path(sample.path).parent.name.rsplit("-", 1)[0]
        counts = by_family[family]
        counts["files"] += 1
        for name, tool in TOOLS.items():
            counts[name] += tool(sample.raw) == sample.text
    print(f"{'family':<18}{'files':>6}" + "".join(f"{name:>15}" for name in TOOLS))
    total: dict[str, int] = defaultdict(int)
    for family, counts in sorted(by_family.items()):
        for key, n in counts.items():
            total[key] += n
        print(f"{family:<18}{counts['files']:>6}"
              + "".join(f"{counts[name]:>15}" for name in TOOLS))
    shares = (f"{total[name]} ({100 * total[name] / total['files']:.1f}%)" for name in TOOLS)
    print(f"{'all':<18}{total['files']:>6}" + "".join(f"{share:>15}" for share in shares))
    print(f"\n{time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
