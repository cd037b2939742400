"""Throughput, cleantext against its peers, on the same documents, each tool in a fresh process.

    python benchmarks/speed.py [--docs N] [--chars N] [--repeat N] [--no-damaged]

- repair: `cleantext.repair` against `ftfy.fix_text` with its default settings and with
  encoding-only settings (what cleantext itself asks of ftfy), on clean text in every language
  of the corpus and on the same texts damaged (the chains of benchmarks/accuracy.py);
- read: `cleantext.read` against charset-normalizer and chardet on the corpus's raw bytes in
  their own encodings (UTF-8, legacy, UTF-16 …);
- start-up: `import cleantext` and `cleantext --help` in fresh processes, and the first calls
  (tables built on first use), timed apart from the throughput figures.

Each document is processed once per tool (a corpus run sees each text once; caches carry over
between documents as they would in a real run), each tool in a process of its own, warmed up on
a few texts the corpus does not hold: the peers memoise too, and a tool timed after another
on the same documents would be credited with the other's work. Ratios come from one run, so
they hold on a noisy machine; on clean text and raw bytes each tool runs `--repeat` times,
in turn with the others, and its fastest run counts. Corpus: chardet 6.0.0's test files
(corpus.py, cached).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chardet  # noqa: E402
import charset_normalizer  # noqa: E402
import ftfy  # noqa: E402

import cleantext  # noqa: E402
from cleantext.detect.ftfy_reading import ftfy_encoding_only  # noqa: E402

from accuracy import _cut, chains_for  # noqa: E402
from corpus import chardet_tests  # noqa: E402


def throughput(fn: Callable[[object], object], docs: Sequence[object], size: int) -> float:
    """MB/s of `fn` over `docs` (each once), `size` bytes in all."""
    gc.collect()
    start = time.perf_counter()
    for d in docs:
        fn(d)
    return size / 1e6 / (time.perf_counter() - start)


def _repair_tools() -> dict[str, Callable[[str], object]]:
    return {"cleantext": cleantext.repair, "ftfy default": ftfy.fix_text,
            "ftfy enc-only": lambda t: ftfy.fix_text(t, ftfy_encoding_only())}


def _read_tools() -> dict[str, Callable[[bytes], object]]:
    return {"cleantext": _read, "charset-norm.": lambda b: charset_normalizer.from_bytes(b).best(),
            "chardet": chardet.detect}


def measure(kind: str, tool: str, docs: int, chars: int) -> tuple[float, float]:
    """In a fresh process: (seconds of the first calls on WARM_UP, MB/s over the corpus).

    Every tool starts cold, as in a run of its own: the libraries memoise (charset-normalizer
    runs ten times faster over bytes it has seen), so a tool timed after another on the same
    documents would be credited with the other's work."""
    clean, damaged, raw = corpus(docs, chars)
    if kind == "read":
        fn = _read_tools()[tool]
        first = warm_up(lambda t: [fn(t.encode(e, "replace")) for e in ("utf-8", "cp1252", "big5")])
        return first, throughput(fn, raw, sum(map(len, raw)))
    texts = clean if kind == "clean" else damaged
    first = warm_up(_repair_tools()[tool])
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    return first, throughput(_repair_tools()[tool], texts, size)


def corpus(limit: int, chars: int) -> tuple[list[str], list[str], list[bytes]]:
    clean, damaged, raw, seen = [], [], [], set()
    for sample in chardet_tests():
        text = _cut(sample.text.replace("\r\n", "\n"), chars)
        if not text.strip() or text in seen:
            continue
        seen.add(text)
        clean.append(text)
        damaged.extend(d for _, _, d in chains_for(sample.language, text) if d != text)
        raw.append(sample.raw)
        if limit and len(clean) >= limit:
            break
    return clean, damaged, raw


#: A few short texts in several scripts, clean and damaged, for the first calls.
WARM_UP = ["Grüße aus Köln", "GrÃ¼ÃŸe aus KÃ¶ln", "Привет, мир", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "안녕하세요 world",
           "¾È³çÇÏ¼¼¿ä", "こんにちは、世界", "The minister (김민석) said\n카지노 hello"]


def warm_up(fn: Callable[[str], object]) -> float:
    """Seconds the first calls of `fn` take on WARM_UP."""
    start = time.perf_counter()
    for text in WARM_UP:
        fn(text)
    return time.perf_counter() - start


def startup(command: list[str], runs: int = 5) -> float:
    """Median seconds of `command`, with its bytecode cached as an installed package has it
    (`pip install` compiles it; PYTHONDONTWRITEBYTECODE would time the compiler), after a run
    that writes the cache."""
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="clean documents at most (0: all)")
    ap.add_argument("--chars", type=int, default=20000, help="characters per document")
    ap.add_argument("--no-damaged", action="store_true",
                    help="leave out damaged text (its cleantext run takes about 15 minutes)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per tool on clean text and raw bytes (the best is shown)")
    args = ap.parse_args()
    clean, damaged, raw = corpus(args.docs, args.chars)
    nbytes = {name: sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
              for name, texts in (("clean", clean), ("damaged", damaged))}
    ascii_share = sum(t.isascii() for t in clean) / len(clean)
    print(f"corpus: {len(clean)} clean documents ({nbytes['clean'] / 1e6:.1f} MB, "
          f"{ascii_share:.0%} pure ASCII), {len(damaged)} damaged "
          f"({nbytes['damaged'] / 1e6:.1f} MB), {len(raw)} raw files "
          f"({sum(map(len, raw)) / 1e6:.1f} MB)\n")

    spawn = multiprocessing.get_context("spawn")

    def fresh(kind: str, tools: Sequence[str]) -> dict[str, tuple[float, float]]:
        """Each tool's best run of `args.repeat` (one for damaged text, which takes minutes),
        the tools' runs taken in turn: load on a shared machine only ever slows a run down,
        and it comes and goes within minutes."""
        best: dict[str, tuple[float, float]] = {}
        for _ in range(1 if kind == "damaged" else args.repeat):
            for tool in tools:
                with ProcessPoolExecutor(1, mp_context=spawn) as pool:
                    got = pool.submit(measure, kind, tool, args.docs, args.chars).result()
                if tool not in best or got[1] > best[tool][1]:
                    best[tool] = got
        return best

    print(f"{'repair':<10}{'cleantext':>12}{'ftfy default':>14}{'ftfy enc-only':>15}"
          f"{'× default':>11}{'× enc-only':>12}")
    firsts = {}
    for name in ("clean",) if args.no_damaged else ("clean", "damaged"):
        got = fresh(name, list(_repair_tools()))
        firsts.update({tool: first for tool, (first, _) in got.items()})
        ours, default, enc_only = (mbs for _, mbs in got.values())
        print(f"{name:<10}{ours:>9.2f} MB/s{default:>9.2f} MB/s{enc_only:>10.2f} MB/s"
              f"{ours / default:>10.1f}×{ours / enc_only:>11.1f}×")
    got = fresh("read", list(_read_tools()))
    ours, cn, cd = (mbs for _, mbs in got.values())
    print(f"\n{'read':<10}{'cleantext':>12}{'charset-norm.':>15}{'chardet':>14}"
          f"{'× c-n':>9}{'× chardet':>11}")
    print(f"{'raw bytes':<10}{ours:>9.2f} MB/s{cn:>10.2f} MB/s{cd:>9.2f} MB/s"
          f"{ours / cn:>8.1f}×{ours / cd:>10.1f}×")
    print("\nfirst calls (tables built once per process, not in the figures above): "
          + ", ".join(f"{tool} {1000 * t:.0f} ms" for tool, t in firsts.items())
          + ", read: " + ", ".join(f"{tool} {1000 * t:.0f} ms" for tool, (t, _) in got.items()))

    imp = startup([sys.executable, "-c", "import cleantext"])
    base = startup([sys.executable, "-c", "pass"])
    cli = startup([sys.executable, "-m", "cleantext", "--help"])
    print(f"\nstart-up (bytecode cached): import cleantext {1000 * (imp - base):.0f} ms "
          f"(+{1000 * base:.0f} ms for the interpreter), `python -m cleantext --help` "
          f"{1000 * cli:.0f} ms")


def _read(data: bytes) -> object:
    try:
        return cleantext.read(data)
    except cleantext.DecodeError:
        return None


if __name__ == "__main__":
    main()
