import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import settings

# CI: the same examples on every run (a red build must be reproducible); locally: new ones each
# run, to explore. No deadline: the first call of a test pays for loading tables.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
DAMAGED = SAMPLES / "damaged-korea-herald-euckr-spam.txt"
EXPECTED = SAMPLES / "expected" / DAMAGED.name
CLEAN = sorted(SAMPLES.glob("clean-*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.fixture
def damaged() -> str:
    return read(DAMAGED)


@pytest.fixture
def expected() -> str:
    return read(EXPECTED)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_in_place_run(tree: Path, files: int, **popen) -> tuple[subprocess.Popen, list[Path]]:
    """`files` copies of the damaged sample in `tree`, and `repair --in-place -j 2` over them,
    returned once a few are repaired: the run is then surely mid-way."""
    tree.mkdir()
    paths = [tree / f"{i:04}.txt" for i in range(files)]
    original, repaired = DAMAGED.read_bytes(), EXPECTED.read_bytes()
    for path in paths:
        path.write_bytes(original)
    # (SIGINT as a terminal leaves it: a test run started in the background, as `cmd &` in a
    # script, has it ignored, and Python then installs no KeyboardInterrupt for the child)
    proc = subprocess.Popen([sys.executable, "-m", "cleantext", "repair", "--in-place", "-j",
                             "2", str(tree)], preexec_fn=_default_sigint, **popen)
    deadline = time.monotonic() + 60  # (the wall clock of a shared machine can jump)
    while sum(p.read_bytes() == repaired for p in paths[:40:4]) < 3:
        assert time.monotonic() < deadline and proc.poll() is None, "the run never got going"
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    return proc, paths
