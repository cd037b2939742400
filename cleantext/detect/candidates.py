"""Candidate readings of one suspicious run: invert each wrong decoder, decode with each true
encoding, keep what decodes strictly and differs from the run.

A mixed decoder (valid UTF-8 kept, other bytes single-byte) is not uniquely invertible: `é` may
have been the byte E9 or the pair C3 A9. We start from single bytes and, where the true
encoding then fails to decode, switch the nearest ambiguous character before the failure to its
UTF-8 form; a bounded number of switches keeps this linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from cleantext.codecs import TRUE_ENCODINGS, WRONG_DECODERS, WrongDecoder
from cleantext.model import Chain

MAX_SWITCHES = 16
#: Short runs repeat (every "ö" of a German text); long ones hardly, and would fill memory.
CACHED_RUN = 64


@dataclass(frozen=True)
class Candidate:
    """One reading: `decoded` under `encoding`, consistent with each decoder in `decoders`."""

    encoding: str
    decoders: tuple[str, ...]
    decoded: str

    def chain(self, decoder: str | None = None) -> Chain:
        return Chain(self.encoding, (decoder or self.decoders[0],))


def _mixed_pieces(dec: WrongDecoder, run: str) -> tuple[list[bytes], list[int]] | None:
    """The preferred inverse of `run` per character, and the (sorted) indices of the characters
    with a second inverse: a byte ≥ 0x80 that may have been the character's UTF-8 bytes."""
    pieces: list[bytes] = []
    ambiguous: list[int] = []
    for ch in run:
        single = dec.invert_char(ch)
        if single is None:
            return None
        if len(single) == 1 and single[0] >= 0x80:
            ambiguous.append(len(pieces))
        pieces.append(single)
    return pieces, ambiguous


def _decode_mixed(split: tuple[list[bytes], list[int]], run: str, encoding: str) -> str | None:
    """Strictly decode the preferred inverse of `run`, switching the last ambiguous character
    at or before the failing byte to its UTF-8 bytes, at most MAX_SWITCHES times."""
    pieces, ambiguous = list(split[0]), list(split[1])
    for _ in range(MAX_SWITCHES + 1):
        try:
            return b"".join(pieces).decode(encoding)
        except UnicodeDecodeError as err:
            fail = err.start
        ends = list(accumulate(map(len, pieces)))
        # ambiguous pieces are still single bytes: each starts one byte before its end
        k = bisect.bisect_right(ambiguous, fail, key=lambda i: ends[i] - 1)
        if k == 0:
            return None
        target = ambiguous.pop(k - 1)
        pieces[target] = run[target].encode("utf-8")
    return None


def candidates(run: str) -> tuple[Candidate, ...]:
    """Every distinct strict reading of `run` under one layer of damage (cached for short runs,
    which repeat).

    Decoders whose inverses give the same bytes share one candidate, so a document-level tally
    can credit each of them.
    """
    return _cached_candidates(run) if len(run) <= CACHED_RUN else tuple(_candidates(run))


@lru_cache(maxsize=1 << 14)
def _cached_candidates(run: str) -> tuple[Candidate, ...]:
    return tuple(_candidates(run))


def _candidates(run: str) -> Iterator[Candidate]:
    groups: dict[bytes, list[WrongDecoder]] = {}
    splits: dict[str, tuple[list[bytes], list[int]] | None] = {}
    for dec in WRONG_DECODERS.values():
        data = dec.invert(run)
        if data is not None:
            groups.setdefault(data, []).append(dec)
    for data, decs in groups.items():
        for enc in TRUE_ENCODINGS:
            usable = tuple(d for d in decs if enc != d.codec and not (d.mixed and enc == "utf-8")
                           and (d.targets is None or enc in d.targets))
            if not usable:
                continue
            try:
                decoded = data.decode(enc)
            except UnicodeDecodeError:
                for dec in usable:
                    if dec.mixed:
                        if dec.name not in splits:
                            splits[dec.name] = _mixed_pieces(dec, run)
                        split = splits[dec.name]
                        alt = None if split is None else _decode_mixed(split, run, enc)
                        if alt is not None and alt != run:
                            yield Candidate(enc, (dec.name,), alt)
                continue
            if decoded != run:
                yield Candidate(enc, tuple(d.name for d in usable), decoded)


def reading(run: str, encoding: str, decoder: str) -> Candidate | None:
    """The one reading of `run` under a known chain (the document's), or None."""
    dec = WRONG_DECODERS[decoder]
    data = dec.invert(run)
    if data is None:
        return None
    try:
        decoded = data.decode(encoding)
    except UnicodeDecodeError:
        split = _mixed_pieces(dec, run) if dec.mixed else None
        decoded = None if split is None else _decode_mixed(split, run, encoding)
    if decoded is None or decoded == run:
        return None
    return Candidate(encoding, (decoder,), decoded)
