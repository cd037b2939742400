"""read: bytes → str. The byte layer in front of the three stages; pure (bytes in, text out).

BOM first, then UTF-16/32 without one (NUL bytes that are the high bytes of code units), then
strict UTF-8, otherwise detection: charset-normalizer, with chardet as a second
opinion; where they disagree, the reading that scores as more plausible text wins. A file whose
lines are partly UTF-8 (beyond ASCII) and partly not (files concatenated, a paragraph pasted
from a legacy page) is read per segment: UTF-8 lines as UTF-8, the others in the encoding
detected on them alone.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

from cleantext.detect.prescan import latin_letters
from cleantext.detect.score import one_alphabet, text_cost

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
          b"\x28\xb5\x2f\xfd", b"\x7fELF", b"MZ", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!",
          b"OggS", b"RIFF", b"ID3", b"\x00\x00\x01\x00", b"SQLite format 3")


class DecodeError(ValueError):
    """Bytes that no encoding reads as text."""


@dataclass(frozen=True)
class Decoded:
    text: str
    #: Python codec name of the bytes ("utf-8" when valid UTF-8); "utf-8+<codec>" for a file
    #: read per segment, whose other lines are in `segments_in`
    encoding: str
    confidence: float
    bom: str | None = None
    segments_in: str | None = None


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16/32, with a BOM or without) or a known binary signature."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    return _sniff(data)[0]


def _sniff(data: bytes) -> tuple[bool, str | None]:
    """Whether `data` (no BOM) is binary, and the codec of UTF-16/32 without a BOM if it is that:
    a known signature, or NUL bytes that are not the high bytes of wide code units."""
    if data.startswith(_MAGIC):
        return True, None
    if b"\x00" not in data[:WIDE_SAMPLE]:
        return False, None
    wide = _wide(data)
    return wide is None, wide


#: What no text holds: C0 and C1 controls (not tab, line ends, form feed), private use,
#: surrogates, unassigned code points.
_NOT_TEXT = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\p{Co}\p{Cs}\p{Cn}]")
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
WIDE_SAMPLE = 1 << 16  # bytes of a file that decide whether it is UTF-16/32 without a BOM
#: ... and what a character of the reading may cost at most, on average (real text in the
#: benchmark corpus's 556 such files: at most 10 bits; binary read so: rare Han and worse)
WIDE_MAX_BITS = 14.0


def _wide(data: bytes) -> str | None:
    """The codec of UTF-16 or UTF-32 text without a byte order mark (its NUL bytes are the
    high bytes of code units): of the readings of the first WIDE_SAMPLE bytes that hold
    nothing no text holds and read as text (WIDE_MAX_BITS), the most plausible. Binary data
    read so is full of controls, unassigned code points and rare characters."""
    sample = data[:WIDE_SAMPLE]
    readings = {}
    for codec in _WIDE:
        try:  # (the sample may end inside a character)
            text = codecs.getincrementaldecoder(codec)("strict").decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        if text and not _NOT_TEXT.search(text) and (cost := _cost(text)) <= WIDE_MAX_BITS:
            readings[codec] = cost
    return min(readings, key=readings.__getitem__, default=None)


def _bom(data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, bom.hex(" ").upper()
    return None


def read(data: bytes) -> Decoded:
    """Decode bytes of unknown encoding. Raises DecodeError for binary data."""
    found = _bom(data)
    if found:
        codec, bom = found
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as err:
            raise DecodeError(f"byte order mark says {codec}, but the bytes are not: {err}") \
                from None
        return Decoded(text.lstrip("\ufeff") if codec != "utf-8-sig" else text,
                       codec.replace("-sig", ""), 1.0, bom)
    binary, wide = _sniff(data)
    if binary:
        raise DecodeError("binary data (NUL bytes or a known binary signature)")
    if wide is not None:
        try:
            return Decoded(data.decode(wide), wide, 0.9)
        except UnicodeDecodeError as err:
            raise DecodeError(f"not {wide} after all: {err}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    return _segments(data) or _legacy(data)


def _utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: Lines beyond ASCII that must read as UTF-8 for a file to be read per segment: one can be
#: valid UTF-8 by chance (EUC-JP "略" is the bytes of UTF-8 "ά").
MIN_UTF8_LINES = 2


def _segments(data: bytes) -> Decoded | None:
    """The file read per segment (see above), when some of its lines are UTF-8 beyond ASCII
    and some are not UTF-8 at all; None otherwise."""
    lines = data.splitlines(keepends=True)
    valid = list(map(_utf8, lines))
    if not any(ok and not line.isascii() for line, ok in zip(lines, valid, strict=True)):
        return None  # (no UTF-8 beyond ASCII: one legacy encoding for the whole file)
    found = _legacy(b"".join(line for line, ok in zip(lines, valid, strict=True) if not ok),
                    segments=True)
    if not found.confidence:
        return None
    try:
        text, utf8_lines = _decode_lines(lines, found.encoding)
    except UnicodeDecodeError:
        return None
    if utf8_lines < MIN_UTF8_LINES:
        return None  # (a legacy file, with a line or none that is valid UTF-8 by chance)
    return Decoded(text, f"utf-8+{found.encoding}", found.confidence,
                   segments_in=found.encoding)


def decode_lines(data: bytes, other: str) -> str:
    """`data` line by line: UTF-8 where a line is valid UTF-8, else strictly as `other`."""
    return _decode_lines(data.splitlines(keepends=True), other)[0]


def _decode_lines(lines: list[bytes], other: str) -> tuple[str, int]:
    """The lines read (see `decode_lines`), and how many beyond ASCII were read as UTF-8. A
    line that is valid UTF-8 but reads better in `other` is read so: a short line of EUC-KR
    can be valid UTF-8 by chance."""
    out, utf8_lines = [], 0
    for line in lines:
        if line.isascii():
            out.append(line.decode("ascii"))
        elif _utf8(line):
            text = line.decode("utf-8")
            try:
                legacy = line.decode(other)
            except UnicodeDecodeError:
                legacy = None
            if legacy is not None and text_cost(legacy) < text_cost(text):
                text = legacy
            else:
                utf8_lines += 1
            out.append(text)
        else:
            out.append(line.decode(other))
    return "".join(out), utf8_lines


def _cost(text: str) -> float:
    return text_cost(text) / max(len(text), 1)


def _legacy(data: bytes, segments: bool = False) -> Decoded:
    """Bytes in one encoding that is not UTF-8, by the detectors. For the segments of a file,
    often a line or two, too little for a detector, windows-1252 (the web's legacy default)
    is a candidate too, and a reading whose Latin letters write one language's alphabet comes
    first (a French line read as windows-1250 does not: "coűte trčs")."""
    options: dict[str, str] = {}
    if segments:
        options["cp1252"] = data.decode("cp1252", "ct-c1-cp1252")
    import chardet  # imported here: a second or more of start-up that pure text never needs
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        options[codecs.lookup(best.encoding).name] = str(best)
    guess = chardet.detect(data)
    if guess.get("encoding"):
        try:
            name = codecs.lookup(guess["encoding"]).name
            options.setdefault(name, data.decode(name))
        except (LookupError, UnicodeDecodeError):
            pass
    if not options:
        return Decoded(data.decode("utf-8", "replace"), "utf-8", 0.0)
    if len(options) == 1:
        (name, text), = options.items()
        return Decoded(text, name, 0.8 if best is not None else 0.5)
    name = min(options, key=lambda n: (
        segments and not one_alphabet(latin_letters(options[n])), _cost(options[n])))
    return Decoded(options[name], name, 0.6)
