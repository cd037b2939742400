"""A mixed dump through `cleantext repair`: exact restoration, throughput with 1 and 2 jobs, and
peak memory on one big file.

    python benchmarks/dump.py [--docs N] [--big-mb MB]

The dump is built from real text (chardet 6.0.0's test files, see corpus.py): clean UTF-8
files; the same texts mis-decoded (the chains of accuracy.py); raw bytes in cp949, shift_jis,
gbk, big5, cp1251 and cp1253, and in UTF-16 without a BOM, that have to be read in their own
encoding; the same texts with their first half of lines in UTF-8 and the rest in that encoding
(files concatenated: read per segment); and one JSONL file of all the texts, damaged, in a
nested field. Every output file
is compared with the original text. The big file (default 400 MB) repeats damaged and clean
paragraphs; its peak memory is the CLI process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import _cut, chains_for  # noqa: E402
from corpus import chardet_tests  # noqa: E402

RAW = {"korean": "cp949", "japanese": "shift_jis", "chinese": "gbk", "russian": "cp1251",
       "bulgarian": "cp1251", "greek": "cp1253"}


def build(folder: Path, limit: int) -> dict[str, str]:
    """Write the dump; return relative path → the text its repair must give back."""
    expected: dict[str, str] = {}
    seen: set[str] = set()
    jsonl = []
    for sample in chardet_tests():
        text = _cut(sample.text.replace("\r\n", "\n"), 4000)
        if not text.strip() or text in seen or not sample.encoding.startswith(("utf", "ascii")):
            continue
        seen.add(text)
        n = len(seen)
        expected[f"clean/{n}.txt"] = text
        for _, name, damaged in chains_for(sample.language, text)[:2]:
            rel = f"mis-decoded/{n}-{name.replace('→', '-')}.txt"
            expected[rel] = text
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(damaged, encoding="utf-8")
            jsonl.append((damaged, text))
        if sample.language in RAW:
            try:
                data = text.encode(RAW[sample.language])
            except UnicodeEncodeError:
                pass
            else:
                rel = f"raw/{n}-{RAW[sample.language]}.txt"
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                (folder / rel).write_bytes(data)
                expected[rel] = text
                # files concatenated: the first half of the lines in UTF-8, the rest not
                half = text.find("\n", len(text) // 2) + 1
                if 0 < half < len(text) and not text[:half].isascii():
                    rel = f"segments/{n}-utf-8+{RAW[sample.language]}.txt"
                    (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                    (folder / rel).write_bytes(text[:half].encode("utf-8")
                                              + text[half:].encode(RAW[sample.language]))
                    expected[rel] = text
        if n % 10 == 0:  # UTF-16 without a byte order mark, which only its NUL bytes show
            rel = f"raw/{n}-utf-16-le.txt"
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(text.encode("utf-16-le"))
            expected[rel] = text
        (folder / "clean").mkdir(exist_ok=True)
        (folder / f"clean/{n}.txt").write_text(text, encoding="utf-8")
        if limit and n >= limit:
            break
    with open(folder / "dump.jsonl", "w", encoding="utf-8") as fh:
        for i, (damaged, _) in enumerate(jsonl):
            fh.write(json.dumps({"id": i, "doc": {"text": damaged}}, ensure_ascii=False) + "\n")
    expected["dump.jsonl"] = "\n".join(
        json.dumps({"id": i, "doc": {"text": text}}, ensure_ascii=False)
        for i, (_, text) in enumerate(jsonl)) + "\n"
    return expected


def repair(args: list[str]) -> tuple[float, int]:
    """Run the CLI; seconds taken and peak resident memory (kB) of the process."""
    code = ("import resource, subprocess, sys; "
            "r = subprocess.run(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
            "sys.exit(r.returncode)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "cleantext",
                           "repair", "-q", *args], capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"cleantext failed: {done.stderr.strip()}")
    return took, int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300, help="source texts (0: all)")
    ap.add_argument("--big-mb", type=int, default=400, help="size of the big file (0: skip)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        dump = root / "dump"
        expected = build(dump, args.docs)
        size = sum(p.stat().st_size for p in dump.rglob("*") if p.is_file())
        print(f"dump: {len(expected)} files, {size / 1e6:.1f} MB "
              f"(clean, mis-decoded, raw legacy bytes, one JSONL of {len(expected) // 3}+ "
              "records)")
        times = {}
        files = len(expected) - 1
        tree = size - (dump / "dump.jsonl").stat().st_size
        for jobs in (1, 2):  # the files; the JSONL file alone is one job
            times[jobs], _ = repair(["-j", str(jobs), "--exclude", "dump.jsonl", str(dump),
                                     "-o", str(root / f"out{jobs}")])
        took_jsonl, _ = repair(["--field", "doc.text", str(dump / "dump.jsonl"),
                                "-o", str(root / "out1" / "dump.jsonl")])
        ok = {kind: [0, 0] for kind in ("clean", "mis-decoded", "raw", "segments")}
        for rel, text in expected.items():
            if rel != "dump.jsonl":
                kind = rel.split("/")[0]
                ok[kind][0] += 1
                ok[kind][1] += (root / "out1" / rel).read_text(encoding="utf-8") == text
        restored = sum(v[1] for v in ok.values())
        print(f"files restored exactly: {restored}/{files} ({100 * restored / files:.1f}%); "
              + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in ok.items()))
        got = (root / "out1" / "dump.jsonl").read_text(encoding="utf-8").split("\n")
        want = expected["dump.jsonl"].split("\n")
        print(f"JSONL records kept: {len(got)}/{len(want)}, restored exactly: "
              f"{sum(a == b for a, b in zip(got, want, strict=False))}/{len(want) - 1} "
              f"({took_jsonl:.1f} s)")
        for jobs, took in times.items():
            print(f"--jobs {jobs}: {tree / 1e6 / took:.2f} MB/s, {files / took:.1f} "
                  f"files/s ({took:.1f} s)")
        print(f"2 jobs vs 1: {times[1] / times[2]:.2f}×")
        same = all((root / "out1" / r).read_bytes() == (root / "out2" / r).read_bytes()
                   for r in expected if r != "dump.jsonl")
        print(f"outputs of 1 and 2 jobs identical: {same}")
        # corpus mode: the dump holds no injected spam, so nothing more may change
        took_corpus, _ = repair(["-j", "2", "--corpus", "--exclude", "dump.jsonl", str(dump),
                                 "-o", str(root / "corpus")])
        same = all((root / "out1" / r).read_bytes() == (root / "corpus" / r).read_bytes()
                   for r in expected if r != "dump.jsonl")
        print(f"--jobs 2 --corpus: {took_corpus:.1f} s ({took_corpus / times[2]:.2f}× the time "
              f"without), outputs identical to those without: {same}")
        if args.big_mb:
            big = root / "big.txt"
            unit = ("\n\n".join((root / "dump" / k).read_text(encoding="utf-8")
                                for k in list(expected)[:20] if not k.startswith("raw/")
                                and k != "dump.jsonl") + "\n\n").encode("utf-8")
            with open(big, "wb") as fh:
                for _ in range(args.big_mb * 1_000_000 // len(unit) + 1):
                    fh.write(unit)
            took, peak = repair([str(big), "-o", str(root / "big.out.txt")])
            print(f"big file {big.stat().st_size / 1e6:.0f} MB: {took:.0f} s "
                  f"({big.stat().st_size / 1e6 / took:.2f} MB/s), peak memory "
                  f"{peak / 1024:.0f} MB")
        shutil.rmtree(root / "out1", ignore_errors=True)


if __name__ == "__main__":
    main()
