"""Adversarial inputs: does the time of each stage grow linearly with the input?

    python benchmarks/adversarial.py [--sizes 10000,100000,1000000] [--stages repair,validate]

For each input shape and size, prints seconds and microseconds per character; the last column
is the growth of time against the growth of size from the previous row (1.0 = linear; a
quadratic stage shows ~10 at each tenfold step). The shapes are what a hostile or broken page
can hold: millions of one suspicious character, deeply layered mojibake, one huge line,
alternating scripts at every character, random bytes read as Latin-1.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

import cleantext

SAMPLE = (Path(__file__).resolve().parents[1] / "samples"
          / "damaged-korea-herald-euckr-spam.txt").read_text(encoding="utf-8")


def layered(text: str, layers: int) -> str:
    for _ in range(layers):
        text = text.encode("utf-8").decode("cp1252", "replace")
    return text


def mixed_thai(text: str) -> str:
    """Thai in TIS-620 read as UTF-8 where valid, Latin-1 elsewhere: each phrase is cut into
    words by the Thai word list (`candidates._worded`)."""
    from cleantext.codecs import WRONG_DECODERS

    return WRONG_DECODERS["mixed-latin-1"].decode(text.encode("cp874"))


THAI = ("เขาต้องยกกล่องหนักขึ้นไปชั้นสอง แล้วพักดื่มน้ำ ข่าวสารของบริษัทประกาศเมื่อวานนี้ "
        "ยายปลูกกระเจี๊ยบไว้หลังบ้าน ")
THAI_LETTERS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยร"


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "one char 'Ã' repeated": lambda n: "Ã" * n,
    "one char '¡' repeated": lambda n: "¡" * n,
    "U+FFFD and '?' repeated": lambda n: _fill("\ufffd?", n),
    "3 layers of UTF-8→cp1252": lambda n: _fill(layered("Grüße aus Köln, schöne Straße. ", 3), n),
    "damaged sample, one line": lambda n: _fill(SAMPLE.replace("\n", " "), n),
    "scripts alternate per char": lambda n: _fill("aаαאاअ가漢ก", n),
    "random bytes as Latin-1": lambda n: random.Random(n).randbytes(n).decode("latin-1"),
    "Thai, mixed decoder": lambda n: _fill(mixed_thai(THAI), n),
    "Thai, mixed, no spaces": lambda n: _fill(mixed_thai(THAI.replace(" ", "")), n),
    "Thai letters listed, mixed": lambda n: _fill(mixed_thai(THAI_LETTERS), n),
    # a Korean host's Han words are scanned whole for a character Korean does not write
    "long Hanja words in Korean": lambda n: _fill("한국어 문장 " * 300 + "大韓" * 2000 + "学\n", n),
}

STAGES: dict[str, Callable[[str], object]] = {
    "repair": cleantext.repair, "validate": cleantext.validate, "detect": cleantext.detect,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--stages", default="repair,validate")
    ap.add_argument("--shapes", default="", help="only the shapes whose names hold this")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':30} {'stage':9} {'chars':>10} {'seconds':>9} {'µs/char':>8} {'growth':>7}")
    for name, make in SHAPES.items():
        if args.shapes not in name:
            continue
        for stage in args.stages.split(","):
            previous = None
            for n in sizes:
                text = make(n)
                start = time.perf_counter()
                STAGES[stage](text)
                took = time.perf_counter() - start
                growth = ("" if previous is None
                          else f"{(took / previous[1]) / (n / previous[0]):.2f}")
                print(f"{name:30} {stage:9} {n:10,} {took:9.3f} {took / n * 1e6:8.2f} {growth:>7}",
                      flush=True)
                previous = (n, max(took, 1e-9))


if __name__ == "__main__":
    main()
