"""The coverage-guided fuzz target: a short real run in CI, and every crash it ever found
replayed as a regression test (inputs in tests/fuzz_crashes/, named by libFuzzer)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))

FUZZ_RUNS = 3000  # about a minute on a 2-core machine
CRASHES = sorted((ROOT / "tests" / "fuzz_crashes").glob("crash-*"))


@pytest.mark.parametrize("crash", CRASHES, ids=[p.name[:14] for p in CRASHES])
def test_every_crash_found_so_far_stays_fixed(crash):
    import fuzz_cleantext  # imports atheris: installed by the dev extra

    fuzz_cleantext.test_one_input(crash.read_bytes())


@pytest.mark.slow
def test_fuzz_target_runs_clean_for_a_minute(tmp_path):
    # A fixed seed and a fixed number of inputs: CI's run is reproducible with the same command
    # (a crash found on a clean clone is found again on a laptop), and each code change still
    # takes the fuzzer somewhere new, since coverage steers its mutations.
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)  # libFuzzer adds to it: keep ours clean
    done = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_cleantext.py"), str(corpus),
         "-seed=1", f"-runs={FUZZ_RUNS}", "-rss_limit_mb=2048", "-timeout=20",
         f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, timeout=900)
    found = sorted(tmp_path.glob("crash-*")) + sorted(tmp_path.glob("timeout-*"))
    # what a red CI log must carry to replay the crash: the input itself and Python's traceback
    inputs = {p.name: p.read_bytes().hex() for p in found}
    traceback = done.stderr[done.stderr.find("Traceback"):][:4000] if found else ""
    assert done.returncode == 0 and not found, f"{inputs}\n{traceback}"
    assert "Done" in done.stderr  # libFuzzer's own end-of-run line: it really ran
