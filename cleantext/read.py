"""read: bytes → str. The byte layer in front of the three stages; pure (bytes in, text out).

BOM first, then strict UTF-8, otherwise detection: charset-normalizer, with chardet as a second
opinion; where they disagree, the reading that scores as more plausible text wins.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from cleantext.detect.score import text_cost

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
    encoding: str  # Python codec name of the bytes ("utf-8" when valid UTF-8)
    confidence: float
    bom: str | None = None


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16/32 with a BOM) or a known binary signature."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    return data.startswith(_MAGIC) or b"\x00" in data[:65536]


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
    if looks_binary(data):
        raise DecodeError("binary data (NUL bytes or a known binary signature)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    options: dict[str, str] = {}
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
    name = min(options, key=lambda n: text_cost(options[n]) / max(len(options[n]), 1))
    return Decoded(options[name], name, 0.6)
