import os
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
