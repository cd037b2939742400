from pathlib import Path

import pytest

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
