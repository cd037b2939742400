"""Candidate readings of one suspicious run: invert each wrong decoder, decode with each true
encoding, keep what decodes strictly and differs from the run.

A mixed decoder (valid UTF-8 kept, other bytes single-byte) is not uniquely invertible: `é` may
have been the byte E9 or the pair C3 A9. The chain search reads from single bytes and, where
the true encoding then fails to decode, switches the nearest ambiguous character before the
failure to its UTF-8 form. Under the document's chain, each word (between bytes that are one
character in every encoding) is read by a Viterbi search over the choices. Both are linear.
"""

from __future__ import annotations

import bisect
import codecs
import importlib
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import accumulate
from typing import Any

import regex

from cleantext.codecs import MULTIBYTE, TRUE_ENCODINGS, WRONG_DECODERS, WrongDecoder
from cleantext.detect.prescan import decoder_images, re_class
from cleantext.detect.score import (
    SCRIPT_SWITCH_BITS,
    Prior,
    cjk_pair_bits,
    prior_cost,
    reading_cost,
    script_switches,
    text_cost,
    triple_context,
)
from cleantext.detect.segment import (
    doubtful_spans,
    explained,
    segment_cost,
    thai_runs,
    unknown_letters,
)
from cleantext.model import Chain

#: Short runs repeat (every "ö" of a German text); long ones hardly, and would fill memory.
CACHED_RUN = 64
#: Bytes whose high bytes make three- and four-byte UTF-8 characters in this share (and this
#: many such characters at least) are UTF-8, broken or it would have decoded, not a single-byte
#: code page's text: there a letter is seldom followed by two symbols of the 80-BF row. Thai in
#: TIS-620, whose leading vowels are such leads and its consonants such trails, reaches 9 % in
#: a whole document, and none of the 43,573 runs of accuracy.py's single-byte texts is taken.
UTF8_SHAPED_SHARE = 0.25
UTF8_SHAPED_MIN = 3
#: Single bytes that make a UTF-8 character together, a mixed decoder that reads byte by byte
#: would have read as that character: Thai "ลยท" in TIS-620 (C5 C2 B7) is "Å·", C5 alone and
#: C2 B7 as "·", and "Å·" as the single bytes C5 B7 ("ลท") would have been "ŷ". But not every
#: such decoder reads byte by byte (the sample article's Korean holds "Ù´" for D9 B4 of 바다,
#: which is UTF-8), so a reading that takes such bytes apart pays this much, not ruled out:
#: more than Thai letter pairs tell "ลท" from "ลยท" by (4-6 bits), less than the gap between
#: real Korean words and the syllables read otherwise (18 bits and more in the sample).
UNMADE_BITS = 8.0
_UTF8_LONG = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")


@dataclass(frozen=True)
class Candidate:
    """One reading: `decoded` under `encoding`, consistent with each decoder in `decoders`."""

    encoding: str
    decoders: tuple[str, ...]
    decoded: str

    def chain(self, decoder: str | None = None) -> Chain:
        return Chain(self.encoding, (decoder or self.decoders[0],))


#: A run under a mixed decoder: each character's preferred inverse, and the (sorted) indices of
#: those with a second (see `_mixed_pieces`).
Split = tuple[list[bytes], list[int]]


def _mixed_pieces(dec: WrongDecoder, run: str) -> Split | None:
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


MAX_SWITCHES = 16
#: Bytes below 0x30 (space, punctuation, line ends) are one character in every true encoding:
#: no lead, trail or GB18030 digit byte is below it, so a run can be read word by word.
SYNC_BELOW = 0x30
_SYNC = re.compile(b"[\\x00-\\x%02x]" % (SYNC_BELOW - 1))
_SYNC_CHAR = re.compile("[\\x00-\\x%02x]" % (SYNC_BELOW - 1))


def _switch_on_failure(split: Split, run: str, encoding: str,
                       private_fails: bool) -> str | None:
    """The reading for the chain search: the preferred inverse of `run` strictly decoded, with
    as few ambiguous characters switched to their UTF-8 bytes as it takes, found quickly when
    it can be (`_switch_greedily`), else searched (`_fewest_switches`). (Choosing each
    character's form by plausibility, as `_decode_mixed` does, would let every wrong chain fit
    the text too: it is kept for the reading under the document's chain.) With
    `private_fails`, a reading that holds private use is searched past as if it had failed
    (see `_PRIVATE`)."""
    if (undefined := _undefined_bytes(encoding)) is not None:
        return _switch_single_byte(split, run, encoding, undefined)
    quick = _switch_greedily(split, run, encoding, private_fails)
    return quick if quick is not None else _fewest_switches(split, run, encoding, private_fails)


def _switch_greedily(split: Split, run: str, encoding: str,
                     private_fails: bool) -> str | None:
    """Strictly decode the preferred inverse of `run`, switching the last ambiguous character
    at or before the failing byte to its UTF-8 bytes, at most MAX_SWITCHES times."""
    pieces, ambiguous = split
    data = bytearray(b"".join(pieces))
    ends = list(accumulate(map(len, pieces)))
    # the byte offset of each ambiguous piece (still a single byte), kept up to date in place
    offsets = [ends[i] - 1 for i in ambiguous]
    order = list(ambiguous)
    for _ in range(MAX_SWITCHES + 1):
        try:
            read = data.decode(encoding)
        except UnicodeDecodeError as err:
            fail = err.start
        else:
            return None if private_fails and _PRIVATE.search(read) else read
        k = bisect.bisect_right(offsets, fail)
        if k == 0 or _SYNC.search(data, offsets[k - 1] + 1, fail):
            # (a switch before the word of the failure cannot mend it: see SYNC_BELOW)
            return None
        at, target = offsets.pop(k - 1), order.pop(k - 1)
        utf8 = run[target].encode("utf-8")
        data[at:at + 1] = utf8
        grown = len(utf8) - 1
        offsets[k - 1:] = [o + grown for o in offsets[k - 1:]]
    return None


def _fewest_switches(split: Split, run: str, encoding: str,
                     private_fails: bool) -> str | None:
    """The strict reading with the fewest characters switched to their UTF-8 bytes, word by
    word (see SYNC_BELOW), when the greedy switching finds none: switching the last character
    before the failure is not always the mend. In EUC-JP "実−" (BC C2 A1 DD) under a mixed
    decoder, C2 A1 was read as "¡" and DD alone as "Ý": the failure is DD, left unfinished, and
    the mend is the "¡" before it. At most MAX_SWITCHES in all, as for the greedy search, and
    only readings the mixed decoder could have made: a character read as a single byte that
    begins UTF-8 (a lone lead) is never followed by a byte that finishes it, or the decoder
    would have read them as one. (Without that, GBK readings of two layers of UTF-8 mojibake,
    "Ã\x90Â\x90", became strict: the greedy search had failed on them.)"""
    out: list[bytes] = []
    switches = 0
    for pieces, ambiguous, word, sync in _words(split, run):
        found = _fewest_switches_in_word(pieces, ambiguous, word, encoding, private_fails)
        if found is None or (switches := switches + found[0]) > MAX_SWITCHES:
            return None
        out += (*found[1], sync.encode("ascii"))
    try:
        return b"".join(out).decode(encoding)
    except UnicodeDecodeError:
        return None


def _words(split: Split,
           run: str) -> Iterator[tuple[tuple[bytes, ...], tuple[int, ...], str, str]]:
    """The words of `run` (see SYNC_BELOW): each one's pieces, the indices of its ambiguous
    ones, its characters, and the character that ends it ("" for the last)."""
    pieces, ambiguous = split
    start = k = 0
    # (a character below SYNC_BELOW is ASCII, its own single byte under any decoder)
    for end in [m.start() for m in _SYNC_CHAR.finditer(run)] + [len(run)]:
        first = k
        while k < len(ambiguous) and ambiguous[k] < end:
            k += 1
        yield (tuple(pieces[start:end]), tuple(i - start for i in ambiguous[first:k]),
               run[start:end], run[end:end + 1])
        start = end + 1


@lru_cache(maxsize=1 << 12)  # (words repeat; a line of Japanese is one word, so not many)
def _fewest_switches_in_word(pieces: tuple[bytes, ...], ambiguous: tuple[int, ...], word: str,
                             encoding: str, private_fails: bool,
                             ) -> tuple[float, tuple[bytes, ...]] | None:
    """The bytes of one word with the fewest switches, and their number."""
    try:
        read = b"".join(pieces).decode(encoding)
    except UnicodeDecodeError:
        pass
    else:
        if not (private_fails and _PRIVATE.search(read)):
            return 0, pieces  # (most words: no search)
    if not ambiguous:
        return None
    found = _cheapest(pieces, ambiguous, word, encoding, b"",
                      _switch_step if private_fails else _switch_step_to_private)
    return None if found is None else found[:2]


def _switch_step(lead: bytes, form: bytes, out: str, switched: bool) -> tuple[bytes, float] | None:
    """A step of `_fewest_switches_in_word`: what it carries is the lone lead that ends the
    reading so far (`_lone_lead`), and a switch costs one; private use fails."""
    if _PRIVATE.search(out):
        return None
    return _switch_step_to_private(lead, form, out, switched)


def _switch_step_to_private(lead: bytes, form: bytes, out: str,
                            switched: bool) -> tuple[bytes, float] | None:
    """`_switch_step` that reads private use as any character."""
    if lead and len(form) == 1 and _completes(lead, form):
        return None  # the mixed decoder would have read these bytes as one character
    return _lone_lead(lead, form), float(switched)


Step = Callable[[Any, bytes, str, bool], tuple[Any, float] | None]


def _cheapest(pieces: tuple[bytes, ...], ambiguous: tuple[int, ...], word: str, encoding: str,
              start: object, step: Step, finish: Callable[[Any], float] | None = None,
              ) -> tuple[float, tuple[bytes, ...], str] | None:
    """The cheapest strict reading of one word whose ambiguous pieces may each be taken as
    their UTF-8 bytes instead: a Viterbi search whose states are the true encoding's
    incremental-decoder states (the bytes of a character begun) and what `step` carries from
    one piece to the next (beginning with `start`), so that every way of aligning the bytes is
    explored in time linear in the word. `step(carried, form, decoded, switched)` gives what
    to carry on and the cost of the step, or None when the step is ruled out; `finish(carried)`,
    what the end costs. The cost, the bytes taken and the text they decode to; ties go to the
    single byte."""
    decoder = codecs.getincrementaldecoder(encoding)()
    # (decoder state, carried) → (cost so far, the steps as a linked list (form, out, previous))
    states: dict[tuple[object, object], tuple[float, tuple | None]] = {
        (decoder.getstate(), start): (0.0, None)}
    choices = set(ambiguous)
    for i, piece in enumerate(pieces):
        forms = (piece, word[i].encode("utf-8")) if i in choices else (piece,)
        following: dict[tuple[object, object], tuple[float, tuple | None]] = {}
        for (state, carried), (cost, chosen) in states.items():
            for form in forms:  # the single byte first: it wins ties
                decoder.setstate(state)
                try:
                    out = decoder.decode(form, final=False)
                except UnicodeDecodeError:
                    continue
                moved = step(carried, form, out, form is not piece)
                if moved is None:
                    continue
                key = (decoder.getstate(), moved[0])
                if key not in following or cost + moved[1] < following[key][0]:
                    following[key] = (cost + moved[1], (form, out, chosen))
        if not following:
            return None
        states = following
    best: tuple[float, tuple | None, str] | None = None
    for (state, carried), (cost, chosen) in states.items():
        decoder.setstate(state)
        try:
            tail = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue  # a character left unfinished
        if finish is not None:
            cost += finish(carried)
        if best is None or cost < best[0]:
            best = (cost, chosen, tail)
    if best is None:
        return None
    cost, chosen, tail = best
    forms_taken, outs = [], [tail]
    while chosen is not None:
        forms_taken.append(chosen[0])
        outs.append(chosen[1])
        chosen = chosen[2]
    return cost, tuple(reversed(forms_taken)), "".join(reversed(outs))


@lru_cache(maxsize=4096)
def _lone_lead(lead: bytes, form: bytes) -> bytes:
    """The bytes that end the reading so far, when they are single bytes (characters the mixed
    decoder read as Latin-1) that begin a UTF-8 sequence."""
    if len(form) != 1 or form[0] < 0x80:
        return b""  # a complete UTF-8 form, or ASCII: nothing begun
    if form[0] >= 0xC2:
        return form if form[0] <= 0xF4 else b""
    grown = lead + form  # a continuation byte
    return grown if lead and _utf8_prefix(grown) else b""


def _utf8_prefix(data: bytes) -> bool:
    """Whether `data` begins a UTF-8 character without finishing it."""
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data) == ""
    except UnicodeDecodeError:
        return False


@lru_cache(maxsize=4096)
def _completes(lead: bytes, form: bytes) -> bool:
    """Whether the single byte `form` finishes a UTF-8 character begun by `lead`."""
    try:
        return len((lead + form).decode("utf-8")) == 1
    except UnicodeDecodeError:
        return False


@cache
def _undefined_bytes(encoding: str) -> re.Pattern[bytes] | None:
    """The bytes a single-byte encoding has no character for; None for other encodings."""
    name = codecs.lookup(encoding).name.replace("-", "_")
    try:
        table = importlib.import_module(f"encodings.{name}").decoding_table
    except (ImportError, AttributeError):
        return None
    return re.compile(b"[" + b"".join(re.escape(bytes([b])) for b, ch in enumerate(table)
                                      if ch == "\ufffe") + b"]")


def _switch_single_byte(split: Split, run: str, encoding: str,
                        undefined: re.Pattern[bytes]) -> str | None:
    """`_switch_on_failure` for a single-byte encoding, in one pass. Each byte is a character
    of its own there, so a byte the encoding lacks is mended only by switching that very
    character; one it lacks in a character with no second form, or in a switched character's
    UTF-8 bytes, can never be: the search ends as the switching would, with nothing."""
    pieces, ambiguous = split
    data = b"".join(pieces)
    ends = list(accumulate(map(len, pieces)))
    second_form = {ends[i] - 1: i for i in ambiguous}
    out, done = [], 0
    for n, m in enumerate(undefined.finditer(data)):
        i = second_form.get(m.start())
        if i is None or n == MAX_SWITCHES:
            return None
        out += (data[done:m.start()], run[i].encode("utf-8"))
        done = m.end()
    try:
        return (b"".join(out) + data[done:]).decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_mixed(split: Split, run: str, encoding: str,
                  prior: Prior) -> str | None:
    """The most plausible strict reading of `run` under a mixed decoder, each ambiguous
    character taken as its single byte or as its UTF-8 bytes. (A strict decode alone cannot
    choose: in EUC-KR text read as UTF-8 with a Latin-1 fallback, "õ" came from the pair C3 B5
    of 천, but the single byte F5 decodes too, as 村.) Read word by word, as words repeat,
    each next to the characters that end the words around it."""
    out: list[str] = []
    before = ""
    for pieces, ambiguous, word, sync in _words(split, run):
        read = _read_word(pieces, ambiguous, word, encoding, prior, before, sync)
        if read is None:
            return None
        out += (read, sync)
        before = sync
    return "".join(out)


@lru_cache(maxsize=1 << 15)
def _read_word(pieces: tuple[bytes, ...], ambiguous: tuple[int, ...], word: str,
               encoding: str, prior: Prior, before: str = "", after: str = "") -> str | None:
    """The cheapest strict reading of one word by the text it makes (`_cheapest`, carrying the
    last character read: what the next one is scored next to, beginning with the character
    `before` the word and ending next to the one `after` it: "แรก" and "รกแ" are the same
    bytes under a mixed decoder, and only the second ends a word with a leading vowel), its
    letters priced by the document's writing systems too (`prior`, see
    `score.system_prior`); a phrase of Thai then cut into words (`_worded`)."""
    if not ambiguous:
        try:
            return b"".join(pieces).decode(encoding)
        except UnicodeDecodeError:
            return None
    found = _cheapest(pieces, ambiguous, word, encoding, (before, b""),
                      partial(_text_step, prior),
                      lambda carried: _next_to(carried[0], after, prior) if after else 0.0)
    if found is None:
        return None
    _, forms, text = found
    if thai_runs(text) and len(text) == sum(map(len, forms)):  # (a single-byte code page's)
        return _worded(pieces, ambiguous, word, encoding, forms, text)
    return text


SEGMENT_MARGIN = 1.0  # bits the words must gain for a character's other form (see _worded)
#: Bounds on `_worded`, which keep it linear: a phrase longer than this, one with more letters
#: no word covers (a name, or no Thai at all) or more places in doubt, is left as read.
WORDED_CHARS = 256
WORDED_UNKNOWN = 4
WORDED_SUSPECTS = 32
WORDED_ROUNDS = 4
_NOT_THAI = regex.compile(r"\P{Thai}+")


def _worded(pieces: tuple[bytes, ...], ambiguous: tuple[int, ...], word: str, encoding: str,
            forms: tuple[bytes, ...], text: str) -> str:
    """The reading of a word of Thai (a phrase: Thai writes no spaces between its words) whose
    characters near a letter left alone or a rare word of the cheapest cut into words
    (`segment.doubtful_spans`) take their other form, one or two side by side at a time, while
    the words gain: pairs and triples price "ต้องยกขึ้น" and "ต้องกขึ้น" (the same mojibake)
    alike, the words do not. A change must leave the whole phrase cut into words, and the
    words around it of two letters or more (`segment.explained`): a name no list holds has
    words inside it that a misread byte would make. Only Thai letters may change, and only as
    the mixed decoder could have read them (no single bytes that make a UTF-8 character)."""
    if len(text) > WORDED_CHARS or unknown_letters(text) > WORDED_UNKNOWN:
        return text
    current, cost = list(forms), segment_cost(text)
    others = _NOT_THAI.findall(text)
    choices = set(ambiguous)
    for _ in range(WORDED_ROUNDS):  # (each round takes one change, or ends)
        ends = list(accumulate(map(len, current)))
        doubtful = doubtful_spans(text)
        suspects = [i for i in ambiguous
                    if any(a - 1 <= ends[i] and ends[i] - len(current[i]) <= b
                           for a, b in doubtful)]
        if len(suspects) > WORDED_SUSPECTS:
            break
        # one character's other form, or two side by side ("แรง" is E1 C3 A7 and "รก็" C3 A1
        # E7: the same "áç", whose two characters both change)
        trials = []  # (the words' cost, the bytes, their reading, the characters changed)
        for flips in [(i,) for i in suspects] + [(i, i + 1) for i in suspects
                                                 if i + 1 in choices]:
            trial = current.copy()
            for i in flips:
                trial[i] = pieces[i] if current[i] != pieces[i] else word[i].encode("utf-8")
            try:
                read = b"".join(trial).decode(encoding)
            except UnicodeDecodeError:
                continue
            if _NOT_THAI.findall(read) == others and _mixed_could_make(trial) and (
                    gained := segment_cost(read)) < cost - SEGMENT_MARGIN:
                start = sum(map(len, trial[:flips[0]]))
                trials.append((gained, trial, read,
                               (start, start + sum(len(trial[i]) for i in flips))))
        taken = next(((gained, trial, read) for gained, trial, read, changed
                      in sorted(trials, key=lambda t: t[0])
                      if explained(read, *changed) and unknown_letters(read) == 0), None)
        if taken is None:
            break
        cost, current, text = taken
    return text


def _mixed_could_make(forms: list[bytes]) -> bool:
    """Whether the mixed decoder could have read these bytes so (`_switch_step_to_private`:
    no single byte finishes a UTF-8 character that the single bytes before it began)."""
    lead = b""
    for form in forms:
        moved = _switch_step_to_private(lead, form, "", False)
        if moved is None:
            return False
        lead = moved[0]
    return True


def _text_step(prior: Prior, carried: tuple[str, bytes], form: bytes, out: str,
               switched: bool) -> tuple[tuple[str, bytes], float]:
    """A step of `_read_word`: what `out` adds next to the last character (a script mix, a
    case switch, a switch of writing system, a pair of characters real words hold; read under
    the document's chain, whose ASCII words glue to its CJK ones), and what its letters cost
    by the document's writing systems (`prior`). It carries the last character (the last two
    when both are capitals: a lowercase letter after them switches case, as Serbian "ј" read
    as "УИ" inside a lowercase word does; or both Thai, whose triples are priced, see
    `score.unseen_triples`) and the lone lead (`_lone_lead`): a single byte that
    finishes a UTF-8 character the single bytes before it began costs UNMADE_BITS."""
    last, lead = carried
    unmade = bool(lead) and len(form) == 1 and _completes(lead, form)
    lead = _lone_lead(b"" if unmade else lead, form)
    if not out:
        return (last, lead), UNMADE_BITS * unmade
    tail = (last + out)[-2:]
    two = len(tail) == 2 and ((tail[0].isupper() and tail[1].isupper()) or triple_context(tail))
    return (tail if two else tail[-1:], lead), (
        _next_to(last, out, prior) + UNMADE_BITS * unmade)


@lru_cache(maxsize=1 << 16)  # (the search prices the same pairs from several states)
def _next_to(last: str, out: str, prior: Prior) -> float:
    """What `out` costs next to `last`, the character or two before it (see `_text_step`)."""
    both = last + out
    return (text_cost(both, True) - text_cost(last, True)
            - (cjk_pair_bits(both) - cjk_pair_bits(last))
            + SCRIPT_SWITCH_BITS * (script_switches(both) - script_switches(last))
            + prior_cost(out, prior))


def candidates(run: str, encodings: frozenset[str] | None = None) -> tuple[Candidate, ...]:
    """Every distinct strict reading of `run` under one layer of damage (through the true
    `encodings` only, when given; cached for short runs, which repeat).

    Decoders whose inverses give the same bytes share one candidate, so a document-level tally
    can credit each of them.
    """
    return (_cached_candidates(run, encodings) if len(run) <= CACHED_RUN
            else tuple(_candidates(run, encodings)))


@lru_cache(maxsize=1 << 14)
def _cached_candidates(run: str, encodings: frozenset[str] | None) -> tuple[Candidate, ...]:
    return tuple(_candidates(run, encodings))


def _utf8_shaped(data: bytes) -> bool:
    """Whether `data` is UTF-8 that no single-byte code page wrote (see UTF8_SHAPED_SHARE): ftfy's
    "hopeless garble", several layers of UTF-8 mojibake in lowercase, read as windows-1251
    ("г†вЂ™гѓвЂ"), is a worse garble, not Russian."""
    long = _UTF8_LONG.findall(data)
    return len(long) >= UTF8_SHAPED_MIN and (
        sum(map(len, long)) >= UTF8_SHAPED_SHARE * len(_HIGH.findall(data)))


def _candidates(run: str, encodings: frozenset[str] | None = None) -> Iterator[Candidate]:
    groups: dict[bytes, list[WrongDecoder]] = {}
    splits: dict[str, Split | None] = {}
    for dec in WRONG_DECODERS.values():
        data = dec.invert(run)
        if data is not None:
            groups.setdefault(data, []).append(dec)

    def split_of(dec: WrongDecoder) -> Split | None:
        if dec.name not in splits:
            splits[dec.name] = _mixed_pieces(dec, run)
        return splits[dec.name]

    for data, decs in groups.items():
        shaped = _utf8_shaped(data)
        for enc in TRUE_ENCODINGS:
            if (shaped and enc not in MULTIBYTE) or (encodings is not None
                                                     and enc not in encodings):
                continue
            usable = tuple(d for d in decs if enc != d.codec and not (d.mixed and enc == "utf-8")
                           and (d.targets is None or enc in d.targets))
            if not usable:
                continue
            try:
                decoded: str | None = data.decode(enc)
            except UnicodeDecodeError:
                decoded = None
            readings: dict[str, list[str]] = {}
            for dec in usable:
                read = (_mixed_reading(dec, partial(split_of, dec), run, enc, decoded,
                                       mend=not shaped) if dec.mixed else decoded)
                if read is not None and read != run:
                    readings.setdefault(read, []).append(dec.name)
            for read, names in readings.items():
                yield Candidate(enc, tuple(names), read)


#: Private use: what GB18030 makes of GBK's user-defined rows (AA-AF, F8-FE), strictly. No text
#: holds it (see score.impossible), so the switching search takes it for a failure.
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _mixed_reading(dec: WrongDecoder, split_of: Callable[[], Split | None], run: str,
                   encoding: str, decoded: str | None, *, mend: bool) -> str | None:
    """The chain search's reading of `run` under the mixed decoder `dec`: the preferred inverse
    strictly decoded (`decoded`), or where that fails (or reads private use) the fewest switches
    (`_switch_on_failure`); then, of a multibyte encoding, the reading that makes no UTF-8
    (`_made_reading`) and the one that reads no trail byte alone (`_glued_reading`). Private
    use, UTF-8 made and trail bytes are mended only where the bytes may be a code page's
    (`mend`; see `_utf8_shaped`): of layers of UTF-8 mojibake, a reading with fewer rule-outs
    is no better ("an absolutely hopeless garble", one of ftfy's cases, read as GBK). The split
    into pieces is asked for only when it is needed."""
    if decoded is None or (mend and _PRIVATE.search(decoded)):
        if (split := split_of()) is None:
            return decoded
        decoded = _switch_on_failure(split, run, encoding, mend) or decoded
    if not mend or decoded is None or encoding not in MULTIBYTE:
        return decoded
    if _unmade_hint().search(run) is not None:
        decoded = _made_reading(dec, split_of(), run, encoding, decoded)
    if _letter_trails(encoding) and _GLUED_WIDE.search(decoded) is not None:
        decoded = _glued_reading(split_of(), run, encoding, decoded)
    return decoded


@lru_cache(maxsize=1)
def _unmade_hint() -> re.Pattern[str]:
    """Two characters that may be single bytes making a UTF-8 character: a lead byte's image
    under a mixed decoder's fallback and a continuation byte's. A run without them makes none."""
    mixed = [name for name, d in WRONG_DECODERS.items() if d.mixed]
    lead = frozenset().union(*(decoder_images(name, 0xC2, 0xF4) for name in mixed))
    cont = frozenset().union(*(decoder_images(name, 0x80, 0xBF) for name in mixed))
    return re.compile(f"[{re_class(lead)}][{re_class(cont)}]")


def _made_reading(dec: WrongDecoder, split: Split | None, run: str,
                  encoding: str, decoded: str) -> str:
    """The chain search's reading of `run` under the mixed decoder `dec`, given the one found by
    strict decoding with the fewest switches (`decoded`): when its bytes hold single bytes that
    make UTF-8 characters, which a decoder reading byte by byte would have read as one, the
    reading with the fewest switches that makes none, if it costs less than `decoded` with
    UNMADE_BITS for each character made (not every mixed decoder reads byte by byte, see
    UNMADE_BITS). GBK "温将" (CE C2 BD AB) is "Î½«" so, C2 BD being "½": as single bytes,
    CE BD AB ... is strict GBK of other characters ("谓蠓"), and so the rest of the line, which
    lost the chain search to a Korean reading of Chinese text."""
    if split is None:
        return decoded
    try:
        made_by = dec.decode(decoded.encode(encoding))
    except UnicodeEncodeError:
        return decoded
    if made_by == run:
        return decoded
    out: list[bytes] = []
    switches = 0
    for pieces, ambiguous, word, sync in _words(split, run):
        found = _made_word(pieces, ambiguous, word, encoding) if ambiguous else (0, pieces)
        if found is None or (switches := switches + found[0]) > MAX_SWITCHES:
            return decoded  # (as many as `_switch_on_failure` may make)
        out += (*found[1], sync.encode("ascii"))
    try:
        made = b"".join(out).decode(encoding)
    except UnicodeDecodeError:
        return decoded
    unmade = max(1, len(run) - len(made_by))
    return made if reading_cost(made) < reading_cost(decoded) + UNMADE_BITS * unmade else decoded


@lru_cache(maxsize=1 << 12)
def _made_word(pieces: tuple[bytes, ...], ambiguous: tuple[int, ...], word: str,
               encoding: str) -> tuple[float, tuple[bytes, ...]] | None:
    """The bytes of one word with the fewest switches that make no UTF-8 (see `_made_reading`),
    and their number."""
    found = _cheapest(pieces, ambiguous, word, encoding, b"", _switch_step)
    return None if found is None else found[:2]


#: an ASCII letter after a wide letter (Han, Kana, Hangul) and before another non-ASCII
#: character: a trail byte among double-byte characters, not a Latin word's letters (Latin
#: text read as GBK is "醩zl贸")
_GLUED_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}][A-Za-z]"
                            r"(?=[^\x00-\x7f])")
_ASCII_LETTERS = frozenset(string.ascii_letters)


@cache
def _letter_trails(encoding: str) -> bool:
    """Whether an ASCII letter may be the trail byte of a double-byte character of `encoding`
    (Big5, GBK, UHC, Shift_JIS; not EUC-JP)."""
    def one_char(data: bytes) -> bool:
        try:
            return len(data.decode(encoding)) == 1
        except UnicodeDecodeError:
            return False
    return any(one_char(bytes([lead, ord(c)])) for lead in range(0x81, 0xFF)
               for c in string.ascii_letters)


def _glued_reading(split: Split | None, run: str, encoding: str, decoded: str) -> str:
    """The chain search's reading of `run`, given `decoded`, which holds an ASCII letter glued
    to a wide character: that letter may be the trail byte of a double-byte character whose
    lead, the byte before it, was the last of a UTF-8 pair (Big5 威利 is AB C2 A7 51, "«§Q";
    as single bytes, AB A7 is 咩 and "Q" stands alone). The characters before ASCII letters may
    switch, each chosen by plausibility (`_decode_mixed`); the reading wins if it costs less.
    Only those: free to switch any, the readings of wrong chains fit too (Japanese half-width
    katakana read as Korean)."""
    if split is None:
        return decoded
    pieces, ambiguous = split
    before_letter = [i for i in ambiguous if run[i + 1:i + 2] in _ASCII_LETTERS]
    text = _decode_mixed((pieces, before_letter), run, encoding, ()) if before_letter else None
    return (text if text is not None and _PRIVATE.search(text) is None
            and reading_cost(text) < reading_cost(decoded) else decoded)


def reading(run: str, encoding: str, decoder: str, prior: Prior = ()) -> Candidate | None:
    """The one reading of `run` under a known chain (the document's), or None. Under a mixed
    decoder, each ambiguous character's form is chosen by plausibility (`_decode_mixed`), with
    the document's writing systems as `prior`."""
    dec = WRONG_DECODERS[decoder]
    data = dec.invert(run)
    if data is None:
        return None
    if dec.mixed:
        split = _mixed_pieces(dec, run)
        decoded = None if split is None else _decode_mixed(split, run, encoding, prior)
    else:
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            decoded = None
    if decoded is None or decoded == run:
        return None
    return Candidate(encoding, (decoder,), decoded)
