"""The encodings we know: wrong decoders (with their inverses) and true encodings.

Everything runs on Python's C codecs; the two "mixed" decoders and the browsers' windows-1252 and
windows-1251 are Python codecs plus registered error handlers, so that neither direction loops
per character.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

from cleantext.model import Chain


def _c1_holes(codec: str) -> frozenset[int]:
    """The bytes 0x80–0x9F a windows code page leaves undefined (windows-1252: 81 8D 8F 90 9D,
    windows-1251: 98), which browsers (WHATWG) decode to the C1 control of the same number."""
    holes = set()
    for b in range(0x80, 0xA0):
        try:
            bytes([b]).decode(codec)
        except UnicodeDecodeError:
            holes.add(b)
    return frozenset(holes)


def _c1_handler(codec: str) -> Callable[[UnicodeError], tuple[str | bytes, int]]:
    """The error handler that makes `codec` the browsers' code page: its holes are the C1
    controls of the same number, both ways. (A charmap codec's error names no codec, hence one
    handler per code page.)"""
    holes = _c1_holes(codec)

    def handle(err: UnicodeError) -> tuple[str | bytes, int]:
        if isinstance(err, UnicodeDecodeError):
            if err.object[err.start] in holes:
                return chr(err.object[err.start]), err.start + 1
        elif isinstance(err, UnicodeEncodeError) and ord(err.object[err.start]) in holes:
            return bytes([ord(err.object[err.start])]), err.start + 1
        raise err
    return handle


_CP1252_HOLES = _c1_holes("cp1252")


def _decode_latin1(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("latin-1"), err.end


def _decode_cp1252_web(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("cp1252", "ct-c1-cp1252"), err.end


def _encode_utf8(err: UnicodeEncodeError) -> tuple[bytes, int]:
    return err.object[err.start:err.end].encode("utf-8", "surrogatepass"), err.end


def _encode_c1_or_utf8(err: UnicodeEncodeError) -> tuple[bytes, int]:
    ch = err.object[err.start]
    if ord(ch) in _CP1252_HOLES:
        return bytes([ord(ch)]), err.start + 1
    return ch.encode("utf-8", "surrogatepass"), err.start + 1


codecs.register_error("ct-latin1", _decode_latin1)
codecs.register_error("ct-cp1252web", _decode_cp1252_web)
for _codec in ("cp1252", "cp1251"):
    codecs.register_error(f"ct-c1-{_codec}", _c1_handler(_codec))
codecs.register_error("ct-utf8", _encode_utf8)
codecs.register_error("ct-c1-utf8", _encode_c1_or_utf8)


@dataclass(frozen=True)
class WrongDecoder:
    """A decoder that was wrongly applied to bytes, and how to undo it."""

    name: str
    label: str
    codec: str
    decode_errors: str
    encode_errors: str
    mixed: bool = False
    #: True encodings this decoder is realistically mistaken for (None: all of them).
    targets: frozenset[str] | None = None
    #: Whether a legacy encoding's reading through it needs words of its own in the chain
    #: search (see detect's `_unproven`): it puts accented Latin letters on the bytes other
    #: scripts are written with, and Latin text rich in them reads as some of their letters.
    legacy_needs_words: bool = False

    def decode(self, data: bytes) -> str:
        """Reproduce the damage: what this decoder makes of `data`."""
        if self.mixed:
            return data.decode("utf-8", self.decode_errors)
        return data.decode(self.codec, self.decode_errors)

    def invert(self, text: str) -> bytes | None:
        """The bytes this decoder was given, or None when `text` cannot be its output.

        For the mixed decoders this is the preferred inverse (characters U+0080–U+00FF taken as
        single bytes); `detect` searches the alternatives when it does not decode.
        """
        try:
            return text.encode(self.codec, self.encode_errors)
        except UnicodeEncodeError:
            return None

    def invert_char(self, ch: str) -> bytes | None:
        """`invert` of one character, cached (the mixed-decoder search goes char by char)."""
        cache = _CHAR_INVERSES.setdefault(self.name, {})
        if ch not in cache:
            cache[ch] = self.invert(ch)
        return cache[ch]


_CHAR_INVERSES: dict[str, dict[str, bytes | None]] = {}


#: Encodings where one character takes several bytes: their mojibake shrinks when undone.
MULTIBYTE = frozenset({"utf-8", "cp949", "cp932", "euc_jp", "gb18030", "big5"})
#: Single-byte encodings of scripts other than Latin.
NON_LATIN = frozenset({"cp1251", "cp1253", "cp1255", "cp1256", "cp874", "koi8_r", "koi8_u",
                       "iso8859_5", "iso8859_7", "iso8859_8"})

WRONG_DECODERS: dict[str, WrongDecoder] = {
    d.name: d
    for d in (
        WrongDecoder("latin-1", "Latin-1", "latin-1", "strict", "strict"),
        WrongDecoder("cp1252", "windows-1252", "cp1252", "ct-c1-cp1252", "ct-c1-cp1252"),
        WrongDecoder("mixed-latin-1", "UTF-8 with Latin-1 fallback", "latin-1",
                     "ct-latin1", "ct-utf8", mixed=True),
        WrongDecoder("mixed-cp1252", "UTF-8 with windows-1252 fallback", "cp1252",
                     "ct-cp1252web", "ct-c1-utf8", mixed=True),
        # Rarer accidents: each mistaken only for the encodings it is met with in the wild.
        # A Mac or a DOS console shows UTF-8, the CJK encodings and the other scripts' code
        # pages so (Shift_JIS "ファイル" on a Mac is "ÉtÉ@ÉCÉã", windows-1251 "Привет"
        # "œË‚ÂÚ"); Latin code pages are left out, whose text read so is a Latin letter
        # swapped for another, as Latin text in another language is.
        WrongDecoder("mac_roman", "MacRoman", "mac_roman", "strict", "strict",
                     targets=MULTIBYTE | NON_LATIN, legacy_needs_words=True),
        WrongDecoder("cp437", "DOS cp437", "cp437", "strict", "strict",
                     targets=MULTIBYTE | NON_LATIN, legacy_needs_words=True),
        WrongDecoder("cp1251", "windows-1251", "cp1251", "ct-c1-cp1251", "ct-c1-cp1251",
                     targets=frozenset({"utf-8", "koi8_r", "koi8_u", "iso8859_5"})),
    )
}

#: True encodings, with their names for people. cp949 ⊃ EUC-KR, cp932 ⊃ Shift_JIS,
#: gb18030 ⊃ GBK ⊃ GB2312, cp874 ⊃ TIS-620: the superset decodes everything the subset does.
TRUE_ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "cp949": "EUC-KR (cp949)",
    "cp932": "Shift_JIS (cp932)",
    "euc_jp": "EUC-JP",
    "gb18030": "GBK/GB18030",
    "big5": "Big5",
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "cp1258": "windows-1258",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
    "iso8859_2": "ISO-8859-2",
    "iso8859_5": "ISO-8859-5",
    "iso8859_7": "ISO-8859-7",
    "iso8859_8": "ISO-8859-8",
    "iso8859_9": "ISO-8859-9",
    "cp874": "TIS-620 (cp874)",
}


def label(name: str) -> str:
    """The name people know an encoding or a wrong decoder by."""
    if name in WRONG_DECODERS:
        return WRONG_DECODERS[name].label
    return TRUE_ENCODINGS.get(name, name)


def describe_chain(chain: Chain) -> str:
    """e.g. 'EUC-KR (cp949) text decoded as UTF-8 with Latin-1 fallback'."""
    words = f"{label(chain.true_encoding)} text decoded as {label(chain.layers[0])}"
    for layer in chain.layers[1:]:
        words += f", then encoded back and decoded again as {label(layer)}"
    return words


def can_encode(encoding: str, ch: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def utf8_under(decoder: WrongDecoder, text: str) -> bytes | None:
    """The bytes the single-byte `decoder` was given to show `text`, when they are UTF-8: the
    text is UTF-8 as that decoder shows it. None otherwise."""
    if decoder.mixed or (data := decoder.invert(text)) is None:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return data


def utf8_image(text: str) -> bool:
    """Whether non-ASCII `text` is UTF-8 as some single-byte wrong decoder shows it. Text of a
    script's own hardly ever is ("ВЈ" is "£" read as windows-1251; a Russian word's letters
    are lead bytes in a row)."""
    return not text.isascii() and any(utf8_under(d, text) is not None
                                      for d in WRONG_DECODERS.values())
