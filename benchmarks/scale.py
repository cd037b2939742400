"""One JSONL dump through the three ways of running on more than one core: the CLI's own
process pool (`--jobs`), Ray Data (`cleantext.integrations.ray`) and datatrove's local executor
(`cleantext.integrations.datatrove`), all with 2 workers, in one run; each engine's output is
checked against `cleantext.repair` record by record.

    python benchmarks/scale.py [--docs N] [--shards S]

Needs the extras: pip install -e '.[ray,datatrove]'. The dump is chardet 6.0.0's texts, clean and
mis-decoded (the chains of accuracy.py), in S shard files. Times are wall clock including each
engine's start-up (`ray.init`, the executor's workers); Ray's start-up is also shown apart.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cleantext  # noqa: E402

from accuracy import _cut, chains_for  # noqa: E402
from corpus import chardet_tests  # noqa: E402


def build(folder: Path, docs: int, shards: int) -> list[dict]:
    """Write the shards; return the records in order."""
    records: list[dict] = []
    for sample in chardet_tests():
        text = _cut(sample.text.replace("\r\n", "\n"), 4000)
        if not text.strip() or not sample.encoding.startswith(("utf", "ascii")):
            continue
        records.append({"id": f"c{len(records)}", "lang": sample.language, "text": text})
        for _, _, damaged in chains_for(sample.language, text)[:1]:
            records.append({"id": f"d{len(records)}", "lang": sample.language, "text": damaged})
        if docs and len(records) >= docs:
            break
    folder.mkdir(parents=True)
    for s in range(shards):
        with open(folder / f"part{s:03d}.jsonl", "w", encoding="utf-8") as fh:
            for record in records[s::shards]:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def read_out(folder: Path) -> dict[str, str]:
    # split at "\n" only: JSON strings may hold U+2028, which splitlines() cuts at
    return {r["id"]: r["text"] for f in sorted(folder.rglob("*.json*"))
            for line in f.read_text(encoding="utf-8").split("\n") if line
            for r in [json.loads(line)]}


def run_cli(src: Path, dst: Path, jobs: int) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cleantext", "repair", "-q", "-j", str(jobs),
                           str(src), "-o", str(dst)], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"cleantext failed: {done.stderr.strip()}")
    return time.perf_counter() - start


def run_ray(src: Path, dst: Path) -> tuple[float, float]:
    import ray

    from cleantext.integrations.ray import repair_dataset

    start = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    started = time.perf_counter() - start
    repair_dataset(ray.data.read_json(str(src))).write_json(str(dst))
    took = time.perf_counter() - start
    ray.shutdown()
    return took, started


def run_datatrove(src: Path, dst: Path, logs: Path) -> float:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from datatrove.utils.logging import logger

    from cleantext.integrations.datatrove import CleantextRepair

    logger.remove()  # its per-task log lines would bury the table
    shards = len(list(src.glob("*.jsonl")))
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        LocalPipelineExecutor(
            pipeline=[JsonlReader(str(src), id_key="id"), CleantextRepair(metadata_key=None),
                      JsonlWriter(str(dst), compression=None)],
            tasks=shards, workers=2, logging_dir=str(logs)).run()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=600, help="records (0: all)")
    ap.add_argument("--shards", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        records = build(root / "in", args.docs, args.shards)
        size = sum(p.stat().st_size for p in (root / "in").iterdir())
        want = {r["id"]: cleantext.repair(r["text"]).text for r in records}
        print(f"dump: {len(records)} records in {args.shards} shards, {size / 1e6:.2f} MB")
        rows = []
        for jobs in (1, 2):
            took = run_cli(root / "in", root / f"cli{jobs}", jobs)
            rows.append((f"CLI --jobs {jobs}", took, read_out(root / f"cli{jobs}"), ""))
        took, started = run_ray(root / "in", root / "ray")
        rows.append(("Ray Data, 2 CPUs", took, read_out(root / "ray"),
                     f"of which ray.init {started:.1f} s"))
        took = run_datatrove(root / "in", root / "datatrove", root / "logs")
        rows.append(("datatrove local, 2 workers", took, read_out(root / "datatrove"), ""))
        print(f"{'engine':28} {'seconds':>8} {'MB/s':>6} {'records/s':>10}  same as library")
        for name, took, got, extra in rows:
            same = got == want
            print(f"{name:28} {took:8.1f} {size / 1e6 / took:6.2f} {len(records) / took:10.1f}"
                  f"  {same}  {extra}")


if __name__ == "__main__":
    main()
