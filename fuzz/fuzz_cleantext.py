"""Coverage-guided fuzz target (atheris/libFuzzer) for read, detect, repair and validate.

    python fuzz/fuzz_cleantext.py CORPUS_COPY -seed=1 -runs=3000      # what CI runs (via pytest)
    python fuzz/fuzz_cleantext.py CORPUS_COPY -max_total_time=3600 -jobs=2   # a longer, random run

(libFuzzer adds what it finds to the corpus directory: give it a copy of fuzz/corpus.)

The first byte picks how the rest becomes text: read() on the raw bytes (what the CLI does with
a file), UTF-8 with lone surrogates allowed (what JSON escapes can give), or a legacy codec's
reading of the bytes (mojibake-shaped input). Each stage must return without raising, and its
output must be consistent: edits apply to the input and give the output, and validate's
positions point inside the text. (Idempotence is checked on realistic text by the hypothesis
properties; on fuzzed soup of several damaged encodings the bounded number of passes may stop
before a fixpoint, which is not a defect of robustness.) Any crash libFuzzer finds is
written as crash-<sha1>; add it to tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

with atheris.instrument_imports(include=["cleantext"]):
    import cleantext
    from cleantext.read import DecodeError

from invariants import check_edits, check_positions  # noqa: E402

DECODERS = ("latin-1", "cp1252", "cp1251", "mac_roman", "cp437", "koi8_r", "cp949", "cp932",
            "gb18030", "big5", "euc_jp", "cp874", "cp1256", "iso8859_7")


def to_text(data: bytes) -> str | None:
    if not data:
        return ""
    mode, rest = data[0] % 4, data[1:]
    if mode == 0:
        try:
            return cleantext.read(rest).text
        except DecodeError:
            return None  # binary: the documented outcome, nothing more to check
    if mode == 1:
        return rest.decode("utf-8", "surrogatepass") if _valid(rest) else rest.decode(
            "utf-8", "replace")
    if mode == 2:
        # UTF-8 bytes of some text, read by a wrong decoder: mojibake-shaped input
        codec = DECODERS[rest[0] % len(DECODERS)] if rest else "latin-1"
        return rest[1:].decode("utf-8", "replace").encode("utf-8").decode(codec, "replace")
    codec = DECODERS[rest[0] % len(DECODERS)] if rest else "latin-1"
    return rest[1:].decode(codec, "replace")


def _valid(data: bytes) -> bool:
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def check(text: str) -> None:
    result = cleantext.repair(text)
    check_edits(text, result)
    cleantext.detect(text)
    check_positions(text, cleantext.validate(text))


def test_one_input(data: bytes) -> None:
    cleantext.validate_bytes(data)  # raw bytes, as the validator's CLI sees a file
    text = to_text(data)
    if text is not None:
        check(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
