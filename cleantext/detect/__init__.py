"""detect: how was this text mis-decoded? Pure: text in, Diagnosis out.

1. The pre-scan finds runs that can be mojibake; text without any leaves at once.
2. Each run gets candidate readings (wrong decoder inverted, true encoding decoded strictly).
3. Each reading is scored against the run as it stands, in the context of the word around it:
   the gain is the drop in cost (bits, see score.py).
4. The document's chain is the one with the largest total gain over all runs; a run is repaired
   with it when it gains a little (consistency is evidence), and with a chain of its own only when
   it gains a lot (one damaged paragraph in otherwise clean text).
5. ftfy's encoding fixer gives a second opinion on UTF-8, line by line (`ftfy_reading`).
"""

from __future__ import annotations

import itertools
import math
import os
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, partial
from typing import NamedTuple

import regex

from cleantext.codecs import MULTIBYTE, TRUE_ENCODINGS, WRONG_DECODERS, utf8_under
from cleantext.detect.candidates import CACHED_RUN, Candidate, candidates, reading
from cleantext.detect.ftfy_reading import second_opinion
from cleantext.detect.languages import (
    LANGUAGE_PAIRS,
    Counts,
    best_languages,
    fewest,
    paired_scripts,
    total,
    unwritten,
)
from cleantext.detect.prescan import ftfy_traces, runs, suspicious
from cleantext.detect.score import (
    GLUED_BOX_BITS,
    UNSEEN_PAIR_BITS,
    WORD,
    Prior,
    alphabet_letters,
    alphabet_misfit,
    any_impossible,
    confidence,
    farther_from_alphabet,
    fewer_letters,
    glued_boxes,
    holds_a_word,
    in_word_symbols,
    is_letter,
    known_cjk_pairs,
    letter_scripts,
    lists_letters,
    memo_short,
    one_alphabet,
    reading_cost,
    script_mixes,
    system_prior,
    typeset_forms,
)
from cleantext.model import Chain, Damage, Diagnosis, Span, chains_by_use
from cleantext.scripts import compatible, non_ascii, script_of

LOW_MARGIN = 8.0  # bits a run must gain under the document's chain
#: Once the document's chain has this much evidence, a run it reads needs only to gain
#: FIT_MARGIN: the text went through that decoder, so its own readings are expected (a lone
#: "¹" after "chodz" is the ą of Polish read as Latin-1, not a footnote).
STRONG_DOC_BITS = 64.0
FIT_MARGIN = 1.0
NEUTRAL_BITS = 4.0  # a short reading that loses less than this does not vote against a chain
NEUTRAL_SIZE = 2  # characters
SEEN_SLACK_BITS = 12.0  # how much a reading seen elsewhere in the document may lose
HIGH_MARGIN = 24.0  # bits a run must gain under a chain of its own
MAJORITY = 0.7  # share of the runs a document chain reads that it must improve
#: ... or, when it makes hardly any of them worse, this share: one legacy Latin code page read
#: as another changes single letters (Turkish ı read as ý), each a little evidence, all of it
#: pointing one way
CONSISTENT = 0.95  # share of the runs read that gain at all
CONSISTENT_IMPROVED = 0.3
#: A chain whose readings leave the document in one language's alphabet, where it was in none
#: (Hungarian õ read back as ő next to its á, ö, ü), may be the document's however few runs
#: it reads (a lone "Jelentõs" gains little by character costs alone), and has that much
#: evidence on top of its gains once chosen.
ALPHABET_BITS = STRONG_DOC_BITS
#: What a letter pair a chain's readings make one language's, where no one language wrote it,
#: is worth beyond its pooled cost (see `written_by_one`)
LANGUAGE_PAIR_BITS = UNSEEN_PAIR_BITS / 2
#: The share of the runs a chain improves that may be Latin letters read as other letters
#: (`_latin_swap`) for its gains to make it the document's chain; past it, the alphabet must.
SWAP_SHARE = 0.5
MISFIT_SHARE = 0.05  # ... close to one: at most this share of its letters outside it
MIN_LETTERS = 3  # letters a run of its own must decode to
LONG_READING = 8  # letters: a reading this long brings its own evidence (see _plausible)
MIX_LETTERS = 50  # letters of a reading for each script mix it may add (see _score_run)
WIDE_READING = 3  # wide characters in a row that make a CJK legacy reading (_wide_evidence)
CONTEXT = 24  # letters of the surrounding word scored with the run
#: Legacy chains whose net gains are this close read the sample about as well: the one that
#: reads fewer of the document's letters away wins (see `_document_chain`)
CLOSE_BITS = LOW_MARGIN
SAMPLE_CHARS = 4000  # run characters read under every chain to choose the document's chain
FIRST_LOOK = 250  # ... looking whether the sample has decided already after this many, then
SAMPLE_STEP = 1000  # after twice as many, up to this step:
#: before FIRST_LOOK, looks after this many, twice as many ... whether the sample has settled
#: as clean text (a chain must also choose its decoder among those of its true encoding, which
#: read most runs alike: that takes the longer sample)
FIRST_CLEAN_LOOK = 64
DECISIVE_BITS = 256.0  # one chain leads every other by this much
#: ... and by this much, whatever its share, it has settled its true encoding: the rest of the
#: sample is read through that encoding only (and UTF-8, whose readings weigh on CJK ones), to
#: choose among its decoders, which read most runs alike (choosing them on the shorter sample
#: read a Japanese document's windows-1252 as Latin-1, and the words it reads apart wrongly)
ENCODING_BITS = 4 * DECISIVE_BITS

#: Prior cost in bits of a wrong decoder: how much evidence a chain through it needs. The
#: Latin-1 family is how most software mis-decodes; the others are rarer accidents.
DECODER_PRIOR = {"latin-1": 4.0, "cp1252": 4.0, "mixed-latin-1": 6.0, "mixed-cp1252": 6.0,
                 "mac_roman": 16.0, "cp437": 16.0, "cp1251": 12.0}

#: Chains whose gains tie read the sample alike: the tie goes to UTF-8, then to windows-1252,
#: the commonest legacy encoding (English with its curly quotes read as Latin-1 is windows-1252
#: text, though windows-1250 and -1251 hold those quotes at the same bytes), then in the order
#: of TRUE_ENCODINGS
_FIRST = ("utf-8", "cp1252")
_ORDER = {(e, d): (_FIRST.index(e) if e in _FIRST else len(_FIRST) + i, j)
          for i, e in enumerate(TRUE_ENCODINGS) for j, d in enumerate(WRONG_DECODERS)}


def _word_context(text: str, start: int, end: int) -> tuple[str, str]:
    left = start
    while left > 0 and start - left < CONTEXT and is_letter(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < CONTEXT and is_letter(text[right]):
        right += 1
    return text[left:start], text[end:right]


def _ascii_neighbours(text: str, start: int, end: int, reach: int = 40) -> set[str]:
    """"Latin" when the nearest letter on either side (within `reach`) is an ASCII letter."""
    for side in (range(start - 1, max(start - reach, 0) - 1, -1),
                 range(end, min(end + reach, len(text)))):
        for i in side:
            ch = text[i]
            if ch.isalpha():
                if ch.isascii():
                    return {"Latin"}
                break
    return set()


#: a mark of a script (Thai's vowel signs, Devanagari's matras) that follows no letter; the
#: marks of no script (Inherited) are left out: variation selectors follow symbols ("❤️")
_UNSEATED_MARK = regex.compile(r"(?:^|[^\p{L}\p{M}])"
                               r"[\p{M}--\p{Script=Inherited}--\p{Script=Common}]", regex.V1)


def _marks_only(decoded: str) -> bool:
    return all(unicodedata.category(c) in ("Mn", "Me") for c in decoded)


def _plausible(decoded: str, encoding: str, left: str, mixes_more: bool, run_impossible: bool,
               around: set[str]) -> bool:
    """Hard constraints on a reading: it brings no character that never stands in text (controls,
    private use, unassigned; U+FFFD in a short reading) where the run had none, nor a mark
    with no letter to sit on (a script's mark after a space, in a short reading), creates no
    script mixing inside a word (a long reading a few, see MIX_LETTERS), and a short one does
    not switch script against the plain-ASCII words `around` it: a reading that makes no letter
    switches to the script of its code page (a lone C1 control beside English words is no
    KOI8-R box drawing "│", while windows-1252's quotes stand in English)."""
    if _marks_only(decoded) and not (
            left and len(unicodedata.normalize("NFC", left[-1] + decoded)) == 1):
        return False  # marks with nothing to sit on. Vietnamese in windows-1258 puts its tone
        # marks after the letter ("có" is "o" and the byte EC, "oì" read as Latin-1): a
        # letter and its marks make one character there
    short = fewer_letters(decoded, LONG_READING)
    if short and _UNSEATED_MARK.search(left[-1:] + decoded):
        return False  # nor does a vowel sign or other mark of a script stand after a space:
        # "Ù Ù Ù¡", Arabic digits in UTF-8 whose byte A0 became a space, read as TIS-620 "ู ู ูก"
        # (a long reading may hold one: text has typos, Hindi "िनशा" for निशा among them)
    if not run_impossible and any_impossible(decoded) and (
            short or any_impossible(decoded.replace("\ufffd", ""))):
        return False  # a reading must not bring what never stands in text; a long one may
        # bring U+FFFD, which an earlier lossy decoding left in the text (and pays for it)
    if mixes_more:  # (than the run as it stands, in its word)
        return False
    if not around:
        return True
    # (the letters it makes, beyond ASCII: its ASCII is the run's own, as the trail byte's "e"
    # of Northern Sotho "dut\x9ae", which KOI8-R reads as a no-break space and an "e")
    if letter_scripts(non_ascii(decoded)):
        scripts = letter_scripts(decoded)
        words = WORD.findall(decoded)
        return (max(map(_word_weight, words), default=0) >= MIN_LETTERS
                or all(compatible(a, s) for a in around for s in scripts))
    pages = _code_page_scripts(encoding)
    return not pages or any(compatible(a, s) for a in around for s in pages)


@cache
def _code_page_scripts(encoding: str) -> frozenset[str]:
    """The scripts of a single-byte code page's letters (none for a multibyte encoding, whose
    symbols stand in text of every script it writes)."""
    if encoding in MULTIBYTE:
        return frozenset()
    return frozenset(letter_scripts(bytes(range(0x80, 0x100)).decode(encoding, "ignore")))


def _word_weight(word: str) -> int:
    """A word's different letters, and two more for each pair of CJK characters that real words
    hold: "格子" is a word as much as "ciao" is ("脙聽", GBK's reading of two layers of UTF-8
    mojibake, is not). One letter repeated is no word: Portuguese "Ôôô" is not Greek "Τττ"."""
    return len(set(word.casefold())) + 2 * known_cjk_pairs(word)


def _left_key(left: str) -> str:
    """What of the letters left of a run can change its score: the last letter with a script
    (the state script mixing is counted from) and the very last character (case switches)."""
    for i in range(len(left) - 1, -1, -1):
        if letter_scripts(left[i]):
            return left[i:] if i == len(left) - 1 else left[i] + left[-1]
    return left[-1:]


def _right_key(right: str) -> str:
    """The letters right of a run up to the first with a script: all that can change its score."""
    for i, ch in enumerate(right):
        if letter_scripts(ch):
            return right[:i + 1]
    return right


Scored = tuple[tuple[Candidate, float], ...]
#: The gain of a reading that `_plausible` rules out: in the chain search, a vote against its
#: chain (the chain cannot explain the run), never a reading to repair with.
RULED_OUT = -math.inf


def _mixed_only(c: Candidate) -> bool:
    """Whether only the mixed decoders make the reading."""
    return all(WRONG_DECODERS[d].mixed for d in c.decoders)


def _rare_only(c: Candidate) -> bool:
    """Whether only the rarer decoders (MacRoman, cp437, windows-1251: each mistaken only for
    the encodings it is met with) make the reading."""
    return all(WRONG_DECODERS[d].targets is not None for d in c.decoders)


def _score_run(run: str, left: str, right: str, ascii_around: bool,
               chain: Chain | None = None, prior: Prior = (),
               encodings: frozenset[str] | None = None) -> Scored:
    """Plausible readings of `run` (every candidate, or only `chain`'s) and their gains in bits.
    Character costs of the context cancel out of a gain, so the context comes reduced to its
    keys (above) and the result is cached: a text repeats its runs (every "ö" of a German text
    is one run) in few contexts. Under the document's chain, the document has shown what it
    is: ASCII words glued to its CJK ones are its own ("Windowsの"; `script_mixes`), and under
    a mixed decoder, `prior` says which writing systems it writes (`system_prior`)."""
    if chain is None:
        options: tuple[Candidate, ...] = candidates(run, encodings)
    else:
        one = reading(run, chain.true_encoding, chain.layers[0], prior)
        options = () if one is None else (one,)
    if not options:
        return ()
    glue = chain is not None
    base_mixes = script_mixes(left + run + right, glue)
    base = reading_cost(left + run + right, glue, base_mixes)
    run_impossible = any_impossible(run)
    run_typeset = typeset_forms(run)
    # (a run that holds letters of another script already, UTF-8 a mixed decoder kept, has
    # switched against the ASCII words around it before any reading: Big5 "－貓－影－" glued
    # to "CatShadow" is "¡пߡмv¡Ð")
    around = {"Latin"} if ascii_around and all(
        compatible("Latin", s) for s in letter_scripts(run)) else set()
    scored = []
    utf8_reads = any(c.encoding == "utf-8" for c in options)
    wide = {c: _wide_evidence(run, c, utf8_reads) for c in options}
    # (a mixed decoder's reading has the evidence of its encoding's reading through a single
    # decoder: where those bytes made CJK characters, the mixed decoder's choice of bytes did
    # not make them. Big5 "感謝再感謝~~搶救PSP", one UTF-8 pair kept, was ruled out for its
    # Han glued to "PSP" and lost to Latin-1's reading, "感薯A感謝", which a letter more let mix)
    shown = {c.encoding for c, w in wide.items() if w}
    for c in options:
        if chain is None and _marks_only(c.decoded):
            continue  # a lone tone mark (windows-1258's way with Vietnamese) is a reading for
            # a document that has shown its chain by letters: alone it read Italian "ciò" and
            # "lì" beside Danish "å" as "cị" and "ĺ"
        evidence = wide[c] or (c.encoding in shown and _mixed_only(c))
        if chain is None and _unproven(c, evidence):
            # (a vote against the chain, as a ruled-out reading is; told before any costs)
            scored.append((c, RULED_OUT))
            continue
        word = left + c.decoded + right
        # a long reading may add a few mixes, and pays for them: prose writes a Latin "o"
        # into a Cyrillic word now and then ("коoрдинација")
        allowed = base_mixes + (sum(map(str.isalpha, c.decoded)) // MIX_LETTERS
                                if len(c.decoded) >= MIX_LETTERS else 0)
        mixes = script_mixes(word, glue, limit=allowed)  # (exact up to the limit)
        mixes_more = mixes > allowed
        if mixes_more and glue:
            at_start, at_end = _english_glue(left, run, c.decoded)
            if at_start or at_end:
                # under the document's chain, a reading is ruled out by mixes inside it, not
                # by English letters it runs into or out of: Arabic prose that runs into
                # "jampad" and out of it (a space lost in the source). (In the chain search,
                # that let Greek or Japanese glued to a Latin name read as box drawing.)
                lead = _core(left) if at_start else left
                dec, raw = (_core(c.decoded), _core(run)) if at_end else (c.decoded, run)
                mixes_more = script_mixes(lead + dec, glue) > script_mixes(lead + raw, glue)
                mixes = script_mixes(word, glue)
        if not (_rare_only(c) and not run_typeset and typeset_forms(c.decoded)) and _plausible(
                c.decoded, c.encoding, left, mixes_more and not evidence, run_impossible,
                set() if evidence else around):
            # (nor may a reading through the rarer decoders only bring a letter of old
            # typesetting, "ſ" or "ﬁ": line art of box drawings and letters, "├┤a┼┐a┼┐a", read
            # as UTF-8 through cp437 is "ôaſaſa". A transcription of an old book writes "ſ",
            # and may well have been read as Latin-1; hardly on a DOS console)
            cost = reading_cost(word, glue, mixes) + FOREIGN_KANA_BITS * _foreign_kana(c)
            if c.encoding == "utf-8" and (below := _layer_below(c.decoded)) is not None:
                cost = min(cost, reading_cost(left + below + right, glue))
            scored.append((c, base - cost))
        elif chain is None:
            scored.append((c, RULED_OUT))
    return tuple(scored)


#: A kana read through an encoding made for Chinese or Korean, which hold the kana to quote
#: Japanese: EUC-JP's kana are GB2312's rows 4 and 5 byte for byte, so a Japanese text's kana
#: read alike through GBK, and its kanji alone chose ("ふるさとの駅" as GBK's "ふるさとの必",
#: whose Han character costs 2.6 bits less in a table of Chinese and Japanese alike)
FOREIGN_KANA_BITS = 1.0
_KANA_ABROAD = frozenset({"gb18030", "big5", "cp949"})
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


def _foreign_kana(c: Candidate) -> int:
    """How many kana the reading makes through an encoding made for Chinese or Korean."""
    return len(_KANA.findall(c.decoded)) if c.encoding in _KANA_ABROAD else 0


#: the decoders that make a layer of UTF-8 mojibake (see `_layer_below`)
_UTF8_LAYERS = tuple(d for d in WRONG_DECODERS.values()
                     if not d.mixed and (d.targets is None or "utf-8" in d.targets))


def _layer_below(decoded: str) -> str | None:
    """What a UTF-8 reading leads to when it is itself a layer of UTF-8 mojibake (valid UTF-8
    under a decoder's inverse, as in two layers of UTF-8 read as windows-1252): it is scored
    by that, as the next pass undoes it. Scored as it stands, the middle layer ("Ð˜Ð½Ñ‚",
    Cyrillic's first layer) gained less than a GBK reading of the run ("脨藴脨陆", Han is
    cheap), and a short Russian text came back as GBK mojibake."""
    if decoded.isascii():
        return None
    for dec in _UTF8_LAYERS:
        data = dec.invert(decoded)
        if data is None:
            continue
        try:
            below = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if below != decoded:
            return below
    return None


_THREE_BYTE_ROWS = re.compile("[\u0800-\U0010ffff]+")
_TWO_BYTE = re.compile("[\x80-\u07ff]")
_WIDE_ROWS = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]"
                           rf"{{{WIDE_READING},}}")


def _wide_evidence(run: str, c: Candidate, utf8_reads: bool) -> bool:
    """A reading that only multibyte characters can make: UTF-8 in which every character beyond
    ASCII was three bytes or more, or which holds WIDE_READING such characters in a row (the
    two-byte ones among them, a Greek "α" in Japanese, then mix in as the text's own); or
    WIDE_READING East Asian wide characters in a row (two bytes each in a CJK legacy encoding;
    the same "α" may stand with them), and as many different ones: a letter repeated in Latin
    text repeats a character (a Swedish "ååååååån" is cp932's "裹裹裹蚣"); or two side by side
    that words of Chinese, Japanese or Korean hold (`known_cjk_pairs`): a two-character title
    is a word as much as a three-letter one is ("MARZ 格子" through MacRoman had lost to
    ISO-8859-5's "Иёзг", the same four bytes).
    Such byte sequences come from UTF-8 or from a CJK legacy encoding, whose readings compete by
    their costs, not from Latin text: the reading needs no letters of its own against the
    English words around it ("MARZ 格子", which had lost to a longer wrong GBK reading), and one
    that mixes scripts is not ruled out but pays for its mixes ("블로그なの", a Korean blogger
    ending in Japanese; "andoのページ", Japanese glued to a Latin name as Japanese does, had
    lost to a windows-1251 reading of its bytes). Bytes that are UTF-8 too prove nothing
    (two-byte UTF-8, Arabic or Cyrillic, is GBK's Han pairs), nor do pairs that only a
    mixed decoder's choice of bytes makes (Polish "gęślą" in windows-1250, its "ó" taken for
    the UTF-8 pair C3 B3, reads as three Hangul syllables).
    """
    if c.encoding == "utf-8":
        if "Other" in letter_scripts(c.decoded):
            return False  # letters of a script we do not model prove nothing: Northern Sami
            # "ášš" is no Ogham "ᚚ"
        rows = _THREE_BYTE_ROWS.findall(c.decoded)
        wide = sum(map(len, rows))
        return wide > 0 and len(run) - len(c.decoded) >= 2 * wide and (
            _TWO_BYTE.search(c.decoded) is None or max(map(len, rows)) >= WIDE_READING)
    if utf8_reads or _mixed_only(c):
        return False
    return (len(set("".join(_WIDE_ROWS.findall(c.decoded)))) >= WIDE_READING
            or known_cjk_pairs(c.decoded) > 0)


def _unproven(c: Candidate, wide: bool) -> bool:
    """Whether `c` reads a legacy encoding through decoders whose legacy readings need words of
    their own (MacRoman, cp437) and has none: `wide` evidence (`_wide_evidence`) for a CJK
    encoding, a word of MIN_LETTERS different letters of its code page's script for the
    others. Those code pages put accented Latin letters on the bytes CJK characters and other
    scripts' letters are made of: without the rule, pairs of them read as CJK symbols ("óñ"
    as EUC-JP's "△" through cp437, Bulu and Navajo declarations as Japanese) and single ones
    as punctuation ("ë" as MacRoman's byte 91, windows-1251's "‘")."""
    if c.encoding == "utf-8" or not all(WRONG_DECODERS[d].legacy_needs_words
                                        for d in c.decoders):
        return False
    if c.encoding in MULTIBYTE:
        return not wide
    scripts = _code_page_scripts(c.encoding) - {"Latin"}
    return max((_word_weight(w) for w in WORD.findall(c.decoded)
                if (s := letter_scripts(w)) and s <= scripts), default=0) < MIN_LETTERS


def _core(text: str) -> str:
    """`text` without the ASCII letters at its end (a run's trail byte, an English word)."""
    return text.rstrip(string.ascii_letters)


def _english_glue(left: str, run: str, decoded: str) -> tuple[bool, bool]:
    """Whether a reading may start glued to the English letters left of it, and whether it may
    run into English letters at its end (see `_score_run`). Either needs a word's MIN_LETTERS
    and nothing that never stands in text; the end, the run's own ASCII letters there kept as
    they were (a reading that makes the "C" of "CatShadow" part of a Chinese character splits
    an English word). Ruled out, such readings lost to readings of their bytes that mix with
    nothing: Urdu "اورSabrina" to windows-1256's "ط§ظˆط±S", whose symbols keep the scripts
    apart; "الخطjampadكسارة الفك" and Persian "Cinematicketفروش" to Hangul or KOI8-R."""
    if sum(map(str.isalpha, decoded)) < MIN_LETTERS or any_impossible(decoded):
        return False, False
    return _core(left) != left, run[len(_core(run)):] == decoded[len(_core(decoded)):]


_score_run_cached = lru_cache(maxsize=1 << 16)(_score_run)


def _scorer(text: str) -> Callable[..., Scored]:
    def score(start: int, end: int, chain: Chain | None = None, prior: Prior = (),
              encodings: frozenset[str] | None = None) -> Scored:
        """Readings of a run (through the true `encodings` only, when given); under the
        document's `chain` a short word needs no evidence of its own against ASCII neighbours
        (the document gave it)."""
        left, right = _word_context(text, start, end)
        run = text[start:end]
        scorer = _score_run_cached if len(run) <= CACHED_RUN else _score_run
        scored = scorer(run, _left_key(left), _right_key(right),
                        chain is None and bool(_ascii_neighbours(text, start, end)), chain, prior,
                        encodings)
        # a word's context leaves digits out, and drawings stand apart from numbers too
        before, after = text[start - 1:start], text[end:end + 1]
        glued = glued_boxes(before + run + after)
        return tuple((c, g if g == RULED_OUT else
                      g - GLUED_BOX_BITS * (glued_boxes(before + c.decoded + after) - glued))
                     for c, g in scored)
    return score


def _letters_for_symbols(text: str, start: int, end: int, decoded: str) -> bool:
    """Whether the reading changes only symbols that stand against a letter ("£" of
    "£ukasz"), each into a letter: words are written in letters."""
    if len(decoded) != end - start:
        return False
    changed = [k for k in range(end - start) if text[start + k] != decoded[k]]
    return bool(changed) and all(
        not text[p].isalpha() and decoded[p - start].isalpha()
        and ((p > 0 and text[p - 1].isalpha()) or (p + 1 < len(text) and text[p + 1].isalpha()))
        for p in (start + k for k in changed))


def _foreign_to(run: str, letters: Iterable[str]) -> bool:
    """Whether `run` holds letters (see `alphabet_letters`) of a script none of `letters` is in."""
    return not {script_of(c) for c in alphabet_letters(run)} <= {script_of(c) for c in letters}


def _unwritten_letters(decoded: str, written: Callable[[], set[str]]) -> int:
    """The letters of a reading in scripts the document writes nowhere (`written()`: asked
    only of readings with letters of a script other than Latin, which every text may quote).
    A reading that holds a word (`holds_a_word`) counts as LONG_READING: "Новости", a
    title of Russian in an English page, brings its own evidence."""
    scripts = letter_scripts(decoded) - {"Latin"}
    if not scripts:
        return 0
    foreign = {s for s in scripts if not any(compatible(w, s) for w in written())}
    letters = sum(1 for ch in decoded if is_letter(ch) and script_of(ch) in foreign)
    return max(letters, LONG_READING) if letters and holds_a_word(decoded) else letters


@memo_short(1 << 14)  # (asked of the same readings for each chain, at every look)
def _latin_swap(run: str, decoded: str) -> bool:
    """Whether a reading only puts Latin letters, marks or symbols in place of Latin letters,
    one for one ("ës" as "ės", "ñ" as "ń", "ÿ" as windows-1257's "˙"): evidence of the letter
    model alone, which knows the languages of wordfreq's lists and not the hundreds of others
    written in Latin letters (Luxembourgish "dës", Wolof "sañ-sañ", Sango "pëpë" read better
    as Lithuanian "ė" and Polish "ń"). A chain whose evidence is mostly such readings must
    bring the document's letters close to one language's alphabet (see `_document_chain`). A
    reading that also adds a symbol, and takes none away, is no better evidence: under a mixed
    decoder, Yanomamö "ũ" (valid UTF-8) is windows-1257's "Å©" beside "ë" read as "ė"; nor is
    one that reads a letter away as a symbol (a "metal umlaut" line's "ëvërÿwhërë" as
    "ėvėr˙whėrė")."""
    if len(run) != len(decoded):
        run_letters, letters = _LETTERS.findall(run), _LETTERS.findall(decoded)
        if len(run_letters) != len(letters) or not set(_NON_LETTERS.findall(run)) <= set(
                _NON_LETTERS.findall(decoded)):
            return False
        run, decoded = "".join(run_letters), "".join(letters)
    return all(
        a == b or (a.isalpha() and script_of(a) == "Latin"
                   and (not b.isalpha() or script_of(b) == "Latin"))
        for a, b in zip(run, decoded, strict=True))


def _glued_symbols_read(before: str, run: str, decoded: str) -> bool:
    """Whether a reading puts Latin letters in place of Latin letters, and of symbols glued to
    a letter, one for one: ISO-8859-2's "š" read as Latin-1 is "¹", inside words (Inari Saami
    "julgá¹tus") and at their ends. A symbol that stands apart (a licence's "©" read as "Š")
    is no letter of a word."""
    if len(run) != len(decoded):
        return False
    text = before + run
    for i, (a, b) in enumerate(zip(run, decoded, strict=True), start=len(before)):
        if a == b:
            continue
        if not (b.isalpha() and script_of(b) == "Latin"):
            return False
        if a.isalpha():
            if script_of(a) != "Latin":
                return False
        elif not (text[i - 1:i].isalpha() or text[i + 1:i + 2].isalpha()):
            return False
    return True


def _letters_swapped(run: str, decoded: str) -> bool:
    """Whether a reading only puts Latin letters (or marks) in place of Latin letters, one
    for one: `_latin_swap` without symbols read for letters."""
    return _latin_swap(run, decoded) and len(_LETTERS.findall(decoded)) == len(
        _LETTERS.findall(run))


_LETTERS = regex.compile(r"[\p{L}\p{Mn}]")
_NON_LETTERS = regex.compile(r"[^\p{L}\p{Mn}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS_OR_BOXES = regex.compile(r"[\p{L}\p{Mn}\u2500-\u259f]")


def _apart(before: str, run: str, after: str) -> bool:
    """Whether a run is symbols standing apart: no letter or box drawing (cp437's image of
    letters) in it or glued to it, `before` and `after` being the characters around it."""
    return _LETTERS_OR_BOXES.search(before + run + after) is None


def _one_symbol(run: str) -> bool:
    """Whether the run's characters beyond ASCII are one symbol repeated: no letter, mark,
    digit or control (a C1 control is Latin-1's image of windows-1252's "š": Slovene
    "povi\x9aice"), twice or more."""
    found = _NON_ASCII.findall(run)
    return (len(found) > 1 and len(chars := set(found)) == 1
            and _LETTERS.match(ch := chars.pop()) is None
            and not ch.isdigit() and unicodedata.category(ch) != "Cc")


def _choose(run: str, options: Scored, written: Callable[[], set[str]], listing: bool = False,
            apart: bool = False) -> tuple[Chain, str, float, str] | None:
    """A run's reading under a chain of its own (not the document's): only when it gains a
    lot, by more than letters read as other letters, and makes a word or more of a script the
    document does not otherwise write (`_unwritten_letters`): a Wolof "SAÑ-SAÑ" is not
    Russian "С-SAС", nor a Saami "õõžžâst" Chinese "貂灋鈙t"; and never when the word it
    stands in is a `listing` of letters (`lists_letters`: a regular expression's
    "[AEIOUÁÉÍÓÚÀÈÌÒÙ…]" is no Chinese "辽陀诶忍屹率"); nor when it is one symbol repeated, a
    line drawn or an ornament: an xkb keymap's headings underlined "¯¯¯¯" are no Big5 "秤秤"
    (AF AF, a character whose two bytes are alike), nor "°°°°" halfwidth Katakana "ｰｰｰｰ".
    (Under the document's chain such a run is read: EUC-JP's ideographic spaces "¡¡¡¡", a
    Russian "ООО" read from KOI8-R through cp437, "∩∩∩".) Symbols standing `apart` (see
    `_apart`) are no single-byte chain's, as they are no document's (see `_document_chain`): a
    program's quote settings "„“‚‘" are no Cyrillic "увтд" through MacRoman, in a file whose
    comments write Cyrillic."""
    if listing or _one_symbol(run):
        return None
    # (the cheap test first: most runs of a clean text have no reading that gains enough)
    net = [(c, g - DECODER_PRIOR[c.decoders[0]]) for c, g in options
           if not (apart and c.encoding not in MULTIBYTE)]
    kept = [(c, g) for c, g in net if g >= HIGH_MARGIN and not _latin_swap(run, c.decoded)
            and not 0 < _unwritten_letters(c.decoded, written) < LONG_READING]
    if not kept:
        return None
    cand, gain = max(kept, key=lambda cg: cg[1])
    if not fewer_letters(cand.decoded, MIN_LETTERS):
        return cand.chain(), cand.decoded, gain, "chain"
    return None


class DocumentChain(NamedTuple):
    chain: Chain | None
    strength: float  # bits of evidence for it (0 without a chain)
    # the net gain of the best chain through another true encoding (-inf when there is none;
    # through the same one, decoders mostly read a sample alike); without a chain, of the best
    # chain that improves a run or gains at all
    rival: float
    # the languages that write the sample's letter pairs best, read so, where that is evidence
    # for the chain (see languages.py)
    languages: frozenset[str] = frozenset()


_MARK = regex.compile(r"\p{Mn}")


class Evidence:
    """What the runs read so far say of each chain (true encoding, decoder): runs are added in
    the order they are read, each once, so the looks at a growing sample cost one pass over it.
    """

    def __init__(self) -> None:
        self.tally: dict[tuple[str, str], float] = defaultdict(float)
        self.read: Counter[tuple[str, str]] = Counter()
        # the runs each chain improves, and their readings (a few of them asked, for a chain
        # that may win, whether they only swap letters)
        self.improving: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self.gaining: Counter[tuple[str, str]] = Counter()
        self.worse: Counter[tuple[str, str]] = Counter()
        # characters of the runs a chain reads plausibly, and of those it reads implausibly: a
        # chain must read more of the text than it cannot. A damaged paragraph in clean text
        # of another language is read whole, and the clean words it cannot read are short; one
        # Kurdish "û" read as Russian "ы" among hundreds of words it cannot read is no chain.
        self.covered: Counter[tuple[str, str]] = Counter()
        self.ruled_out: Counter[tuple[str, str]] = Counter()
        # per chain, the gains of the runs it reads, the runs, their readings and the
        # character before them: their letters are counted only for a chain that may win by
        # them, in a document whose letters are in no one alphabet
        self.readings: dict[tuple[str, str], list[tuple[float, str, str, str]]] = defaultdict(
            list)
        self.runs: list[str] = []  # the runs added, in order: each reading's known by number
        self.edges: list[tuple[str, str]] = []  # ... and the characters before and after each
        self.numbers: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._letters: dict[str, Counter[str]] = {}
        self.glued = 0  # symbols inside words, in the runs added
        self.listed: dict[str, bool] = {}  # each run: whether its words list letters, always
        # each run: whether it stands anything but `_apart`, anywhere it stands (symbols apart
        # make no single-byte chain, see `_document_chain`)
        self.in_words: dict[str, bool] = {}
        self.inside: dict[str, bool] = {}  # ... and whether it stands between two letters

    def letters(self, run: str) -> Counter[str]:
        """`alphabet_letters` of a run, counted once however many chains read it."""
        if run not in self._letters:
            self._letters[run] = alphabet_letters(run)
        return self._letters[run]

    def rival(self) -> float:
        """The net gain of the best chain that improves a run or gains at all: one that
        improves no run and loses overall is no rival, however little it read (one that rules
        out every run but one stays near 0 bits, and would keep a clean text's sample open to
        its end)."""
        return max((g - DECODER_PRIOR[k[1]] for k, g in self.tally.items()
                    if self.improving[k] or g > 0), default=-math.inf)

    def add(self, run: str, before: str, after: str, options: Scored, glued: int = 0,
            listing: bool = False) -> None:
        """One more run, the characters before and after it, its readings, the symbols inside
        words it holds (see `in_word_symbols`) and whether its words list letters
        (`lists_letters`)."""
        self.listed[run] = self.listed.get(run, True) and listing
        self.in_words[run] = self.in_words.get(run, False) or not _apart(before, run, after)
        self.inside[run] = self.inside.get(run, False) or bool(
            _LETTERS.match(before[-1:]) and _LETTERS.match(after[:1]))
        best: dict[tuple[str, str], tuple[float, str]] = {}
        for cand, gain in options:
            for dec in cand.decoders:
                key = (cand.encoding, dec)
                if key not in best or gain > best[key][0]:
                    best[key] = (gain, cand.decoded)
        for key, (gain, decoded) in best.items():
            if gain == RULED_OUT:
                self.ruled_out[key] += len(run)
                continue
            self.covered[key] += len(run)
            self.tally[key] += gain
            # a lone letter read about as well either way ("ą" for "¹") is no vote
            self.read[key] += len(decoded) > NEUTRAL_SIZE or not -NEUTRAL_BITS < gain < LOW_MARGIN
            if gain >= LOW_MARGIN:
                self.improving[key].append((run, decoded))
            self.gaining[key] += gain > 0
            self.worse[key] += gain <= -NEUTRAL_BITS
            self.readings[key].append((gain, run, decoded, before))
            self.numbers[key].append(len(self.runs))
        self.runs.append(run)
        self.edges.append((before, after))
        self.glued += glued


def _document_chain(evidence: Evidence, letters: Counter[str]) -> DocumentChain:
    """The chain that improves the document most, if it improves most of what it reads,
    reads more of it than it cannot, and (when most of what it improves is Latin letters read
    as other letters) brings its letters close to one language's alphabet; or if it leaves the
    `letters` of the document so far (see `alphabet_letters`) in one language's alphabet where
    they were in none, in the scripts they were in, and makes no run it reads clearly worse.
    A word with a symbol inside is in no language's alphabet either: each symbol inside a
    word of the runs read (`in_word_symbols`) counts as a letter no alphabet holds. Short
    Polish read as Latin-1 shows "ł" as "³" inside words ("by³a"), and its one letter beyond
    ASCII, "ê" of "ę", is Portuguese's: its letters alone were in one alphabet, which then
    could not call for the chain that reads them. A legacy chain that improves listings of
    letters only (`lists_letters`) is no document's.
    Of legacy chains that read about as well, one that could have made every run of the sample
    wins over a leader that could not have made some; of those through one decoder, or where
    only the table's costs speak for reading letters as other letters, the best of those that
    read fewer of the document's letters away than the leader wins; and windows-1252's chain
    wins over Latin-1's through the same true encoding when it reads every run that one reads,
    and more. `evidence` holds the runs read so far."""
    tally, read, improving = evidence.tally, evidence.read, evidence.improving
    gaining, worse = evidence.gaining, evidence.worse
    covered, ruled_out, readings = evidence.covered, evidence.ruled_out, evidence.readings
    glued = evidence.glued
    alphabet_unknown = not one_alphabet(letters)
    # (its letters alone in one: a chain must improve a run too; one stray symbol read as a
    # letter, "qu¿jecaroca" as "quæjecaroca", gains a few bits and is no evidence of a language)
    glued_only = glued > 0 and not alphabet_unknown
    alphabet_unknown = alphabet_unknown or glued_only
    written = {script_of(c) for c in letters}

    @cache  # (asked in the eligibility test and again of the winner)
    def one_language(k: tuple[str, str]) -> bool:
        """The alphabet as evidence: the runs the chain reads without loss leave the document
        in one language's alphabet, where it was in none; or, where it reads some runs clearly
        worse, rules none out and only reads Latin letters as other Latin letters, every run it
        reads, read so, does. The table prices a language it holds little text of by its
        neighbours' letters: Latvian "ķa" costs 7 bits more than "ía", its windows-1257 bytes
        read as Latin-1, and Czech "ů" more than "ù". A symbol glued to a letter may be read
        as a letter too (ISO-8859-2's "š" is Latin-1's "¹": Inari Saami "julgá¹tus"), but not
        one that stands apart: the "©" of a licence's names read as ISO-8859-2's "Š" gains a
        little each time, and "Smørgrav" as "Smřrgrav" brings Czech's alphabet."""
        if tally[k] <= 0 or (glued_only and not improving[k]) or all(
                evidence.listed[run] for g, run, _, _ in readings[k] if g > 0):
            return False  # (letters listed, or standing alone as a keymap lists them, are
            # no words of a language: "Ì" of "Ì\tŁ" is no Czech "Ě")
        if not worse[k]:
            after = letters_after(k, -NEUTRAL_BITS)
        elif ruled_out[k] or not all(_letters_swapped(run, read_as)
                                     or _glued_symbols_read(before, run, read_as)
                                     for _, run, read_as, before in readings[k]):
            return False
        else:
            after = letters_after(k, -math.inf)
        return after is not None and one_alphabet(after)

    # (the same for every chain)
    misfit_before = cache(lambda: alphabet_misfit(letters) + glued)

    @cache
    def pairs_as_they_stand() -> Counts:
        return total(unwritten(before, run, after)
                     for run, (before, after) in zip(evidence.runs, evidence.edges, strict=True))

    @cache
    def read_runs(k: tuple[str, str]) -> dict[int, str]:
        """The runs the chain reads (by number) and their readings, but for those it reads
        much worse than they stand (those a strong chain would not read)."""
        return {i: read_as for i, (g, _, read_as, _) in zip(evidence.numbers[k], readings[k],
                                                            strict=True) if g > -SEEN_SLACK_BITS}

    def pairs_of(k: tuple[str, str], runs: Iterable[int]) -> Counts:
        """`unwritten` pairs per language of the `runs` (by number), those the chain reads read
        so (see `read_runs`)."""
        read = read_runs(k)
        return total(unwritten(evidence.edges[i][0], read.get(i, evidence.runs[i]),
                               evidence.edges[i][1]) for i in runs)

    @cache
    def pairs_read(k: tuple[str, str]) -> Counts:
        return pairs_of(k, range(len(evidence.runs)))

    @cache
    def pairs_written(k: tuple[str, str]) -> int:
        """How many more of the document's letter pairs one language writes with the runs the
        chain reads read so (see `pairs_read`)."""
        return fewest(pairs_as_they_stand()) - fewest(pairs_read(k))

    @cache
    def written_by_one(k: tuple[str, str]) -> bool:
        """The letter pairs as evidence (see languages.py): the runs the chain reads (see
        `read_runs`) write LANGUAGE_PAIRS more of the document's pairs in one language, where as
        they stood no language wrote them all, and that language writes the readings' pairs
        (but for fewer than LANGUAGE_PAIRS: a foreign name). Khasi's "ïa" read as
        windows-1250's "ďa" is Czech's pair, and its "ñi" as "ńi" is not: no one language's.
        Pooled over languages, the pairs can price both alike:
        Latvian read as Latin-1 ("Tieðsaistes Tirdzniecîbâ") costs what Latvian costs, and
        Turkish "bankasý" ("bankası", windows-1254 read as Latin-1) what Czech "ý" costs.
        The readings must bring letters of the scripts the document writes and the table
        knows only: a reading into another leaves no pairs to judge (Latin letters listed,
        "[áéíóú]", read as Thai), or judges letters the text never wrote ("Ààà" as Greek).
        Where the document's letters are in no one language's alphabet, the readings must
        bring them close to one (see `closer_alphabet`): Akan's "ã" beside "ɛ" and "ɔ" read
        as windows-1257's "ć", Serbo-Croatian's pair, comes no closer. A short text may keep
        one letter outside, as it may one pair, where runs in LANGUAGE_PAIRS places or more
        are read: one word read against one left is no language, and a changelog's credits
        (French "Courtès", Czech "ř", German "ö") read as windows-1250 ("Courteč") write
        Slovak's pairs. A damaged word in a clean paragraph ("Tarým" beside "Makinaları")
        leaves none outside.
        Where the document's letters are one language's alphabet already, the chain must keep
        a language that wrote its pairs best: it mends a few letters of its language. Breton,
        which the lists lack, writes "eñ" and "ù", and read as windows-1257 ("eń", "ł") its
        pairs are Polish's more than Spanish's or Portuguese's, clean as it is."""
        unwritten_before = fewest(pairs_as_they_stand())
        if unwritten_before < LANGUAGE_PAIRS or ruled_out[k] > covered[k]:
            return False
        places = len({(evidence.runs[i], evidence.edges[i]) for i in read_runs(k)})
        if alphabet_unknown and not closer_alphabet(
                k, LANGUAGE_PAIRS - 1 if places >= LANGUAGE_PAIRS else 0):
            return False
        return (pairs_written(k) >= LANGUAGE_PAIRS
                and fewest(pairs_of(k, read_runs(k)), best_languages(pairs_read(k)))
                < LANGUAGE_PAIRS
                and tally[k] + LANGUAGE_PAIR_BITS * pairs_written(k) > 0
                and all(letter_scripts(read_as) <= written & paired_scripts()
                        for read_as in read_runs(k).values())
                and (not one_alphabet(letters) or not best_languages(pairs_read(k)).isdisjoint(
                    best_languages(pairs_as_they_stand()))))

    @cache
    def seated(k: tuple[str, str]) -> tuple[tuple[float, Counter[str], str, str], ...]:
        """The chain's readings each composed (NFC) with the character before it: a reading
        that starts with a mark is read with the letter it sits on (Ewe "wò" read as
        windows-1258's "w" and a dot below is "ẉ", which no alphabet holds)."""
        return tuple((g, evidence.letters(run), unicodedata.normalize("NFC", before + d), before)
                     for g, run, d, before in readings[k])

    def closer_alphabet(k: tuple[str, str], spare: int = 0) -> bool:
        """The alphabet as a test: read so, the document's letters come close to one
        language's alphabet (a foreign name may stay outside it: MISFIT_SHARE of the letters,
        or `spare` letters in a short text) and closer than they were."""
        after = letters_after(k, -math.inf)
        if after is None:
            return False
        # a letter read as a mark that makes no letter with the character before it counts
        # against: no alphabet is reached by reading letters away ("pòu" as "p̣u")
        misfit = alphabet_misfit(after) + sum(len(_MARK.findall(read_as))
                                              for _, _, read_as, _ in seated(k))
        return misfit <= max(MISFIT_SHARE * after.total(), spare) and misfit < misfit_before()

    def letters_after(k: tuple[str, str], floor: float) -> Counter[str] | None:
        """The letters once the runs the chain reads with a gain above `floor` are read so;
        None where no alphabet could rule (the letters were in one already, or no reading
        brings a letter of the scripts the document writes)."""
        if not alphabet_unknown:
            return None
        kept = [(read_as, before) for g, _, read_as, before in seated(k) if g > floor]
        new = (alphabet_letters("".join(read_as for read_as, _ in kept))
               - alphabet_letters("".join(before for _, before in kept)))
        if not new:
            return None  # an alphabet reached by reading letters away ("ciò" as "cị", the
            # ò read as windows-1258's lone dot below) is no evidence of a language
        if not {script_of(c) for c in new} <= written:
            return None  # nor one reached by bringing a script the document does not write:
            # a Norwegian "å" beside two raw controls read as ISO-8859-5's "х" (the controls
            # as "ХН") leaves Latin letters of one language and Cyrillic of another
        left = letters.copy()
        for g, run_letters, _, _ in seated(k):
            if g > floor:
                left.subtract(run_letters)
        return +left + new

    def swaps(k: tuple[str, str]) -> int:
        """How many of the runs the chain improves only have Latin letters swapped."""
        return sum(_latin_swap(run, decoded) for run, decoded in improving[k])

    def reads_no_language(k: tuple[str, str]) -> bool:
        """Whether a weak legacy chain only reads lone symbols as other symbols: each of its
        improving readings makes no letter, reads away no C1 control (windows-1252's quotes
        read as Latin-1) and reads one non-ASCII character (once or more), alone or with the
        ASCII after it.
        A symbol read as a quote ("jushaka¡n" as ISO-8859-7's "jushaka‘n"), or with the
        letter after it as one CJK punctuation mark (Big5's "jushaka》"), is the reading of a
        symbol, not of a text in that encoding; two symbols read as one mark (EUC-KR's "¡°"
        as "“") are a double-byte character's bytes, but not one symbol doubled (Spanish "¡¡",
        EUC-JP's ideographic space and Big5's "﹛"). Many lone readings alike are a text's
        too, so strong chains are not asked; nor UTF-8's, whose readings of punctuation take
        away the letters of their lead bytes ("â€™" is "’")."""
        if k[0] == "utf-8":
            return False
        return not any(Counter(_LETTERS.findall(decoded)) - Counter(_LETTERS.findall(run))
                       or any_impossible(run) or len(set(_NON_ASCII.findall(run))) > 1
                       for run, decoded in improving[k])

    def brings_a_few_letters(k: tuple[str, str]) -> bool:
        """Whether a weak legacy chain's improving readings bring a few letters (fewer than
        LONG_READING in all) of a script the document writes nowhere else: Latin letters listed
        in a clean text ("[áéíóú]", "äöü") read as Cyrillic "АИМСЗ" or Hebrew "בכס" are no
        text in that script; a damaged paragraph or name brings more. (`_choose` asks the same
        of a run read on its own.)"""
        if k[0] == "utf-8":
            return False
        brought = sum(_unwritten_letters(decoded, lambda: written)
                      for _, decoded in improving[k])
        return 0 < brought < LONG_READING

    def farther_alphabet(k: tuple[str, str]) -> bool:
        """Whether the runs the chain improves, read so, take the document's letters farther
        from the closest language's alphabet (`farther_from_alphabet`)."""
        removed, added = Counter[str](), Counter[str]()
        for g, run_letters, read_as, _ in seated(k):
            if g >= LOW_MARGIN:
                removed.update(run_letters)
                added.update(alphabet_letters(read_as))
        return farther_from_alphabet(letters, removed, added)

    @cache
    def read_without_loss(k: tuple[str, str]) -> tuple[Counter[str], Counter[str]]:
        """The letters of the runs the chain reads without loss, and the letters its readings
        of them bring (less the letter before each, which a reading may sit on)."""
        removed, added = Counter[str](), Counter[str]()
        for g, run_letters, read_as, before in seated(k):
            if g > -NEUTRAL_BITS:
                removed.update(run_letters)
                added.update(alphabet_letters(read_as) - alphabet_letters(before))
        return removed, added

    @cache
    def read_away(k: tuple[str, str]) -> dict[int, int]:
        """Per run the chain reads without loss (by its number), how many of the document's
        letters its reading reads as something else."""
        return {i: (run_letters - alphabet_letters(read_as)).total()
                for i, (g, run_letters, read_as, _) in zip(evidence.numbers[k], seated(k),
                                                           strict=True)
                if g > -NEUTRAL_BITS}

    def reads_fewer_away(k: tuple[str, str], than: tuple[str, str]) -> bool:
        """Whether chain `k` reads fewer of the document's letters away than chain `than`, on
        the runs each of them reads without loss or reads as they stand: one that rules out a
        run, or cannot decode it, reads none of its letters away, and is no evidence."""
        def away(i: int, chain: tuple[str, str]) -> int | None:
            runs = read_away(chain)
            return runs[i] if i in runs else (
                0 if _reads_as_itself(evidence.runs[i], *chain) else None)

        ours = theirs = 0
        for i in read_away(k).keys() | read_away(than).keys():
            if (n := away(i, k)) is not None and (m := away(i, than)) is not None:
                ours, theirs = ours + n, theirs + m
        return ours < theirs

    def letters_for_letters(k: tuple[str, str]) -> bool:
        """Whether the chain's readings only put letters of the scripts the document writes
        for its letters, and no alphabet calls for that: the document's letters are in one
        language's alphabet already, or in none, and the chain's readings make no letters of
        other scripts (a CJK chain's kana and Han) and bring them no closer to one. Its gains
        are then the character table's (Romansh "è" as windows-1250's "č", which costs 10
        bits less in a table counted mostly from Czech and Hungarian; Sarnami "sòche" as
        windows-1258's "ṣche", a dot below for the dear "ò")."""
        added = read_without_loss(k)[1]
        if not (added and {script_of(c) for c in added} <= written):
            return False
        return not alphabet_unknown or (
            all(letter_scripts(read_as) <= written
                for g, _, read_as, _ in readings[k] if g > -NEUTRAL_BITS)
            and not closer_alphabet(k))

    def reads_farther(k: tuple[str, str]) -> bool:
        """Whether the chain only reads the document's letters as other letters of their
        scripts, and the letters, with every run it reads without loss read so (as the
        document's chain would read them), are farther from the closest language's alphabet
        than they were. (Letters read as another script's are no swap: Yiddish in
        windows-1255 read as cp437 is Greek letters, each in the Greek alphabet, and its
        Hebrew letters may be in no alphabet of ours. Nor are UTF-8's readings, which make
        one character of two or more.)"""
        if k[0] == "utf-8":
            return False
        removed, added = read_without_loss(k)
        if not {script_of(c) for c in added} <= written:
            return False
        return alphabet_misfit(+(letters - removed) + added) > misfit_before()

    @cache
    def unexplained(k: tuple[str, str]) -> int:
        """Runs of the sample the chain could not have made: it neither reads them nor reads
        them as they stand."""
        numbers = set(evidence.numbers[k])
        return sum(i not in numbers and not _reads_as_itself(run, *k)
                   for i, run in enumerate(evidence.runs))

    def lone_symbols(k: tuple[str, str]) -> bool:
        """Whether the chain improves one run only, wherever it stands, and that run is
        symbols (no letter of its own) that stand inside no word (a letter on one side at
        most): "¹ ² ³" of "F¹ ² ³" as ISO-8859-2's "š ˛ ł" is the evidence a run read on its
        own gives, and needs the margin such a run needs. (Polish "by³a" read as Latin-1 is a
        symbol inside a word, "ł".)"""
        found = {run for run, _ in improving[k]}
        return (len(found) == 1 and not _LETTERS.search(run := found.pop())
                and not evidence.inside[run])

    eligible, net = {}, {}
    for k, g in tally.items():
        g = net[k] = g - DECODER_PRIOR[k[1]]
        improved = len(improving[k])
        if improved and k[0] != "utf-8" and all(evidence.listed[run]
                                                 for run, _ in improving[k]):
            continue  # (it reads listings of letters and lone letters only: `lists_letters`)
        if improved and k[0] not in MULTIBYTE and not any(evidence.in_words[run]
                                                           for run, _ in improving[k]):
            continue  # nor is a single-byte chain that improves symbols standing apart only:
            # an alphabet's words read through another code page show letters, its lowercase
            # above all (Russian "о" is MacRoman's "ﬁ", Latin-1's "Þ"), or cp437's box
            # drawings (KOI8-R's "юный" is "└╬┘╩"; drawings proper are no runs, see
            # `prescan.drawing`), or symbols inside words ("by³a"); symbols apart are a
            # program's or a keymap's own ("COM¹²³" read as ISO-8859-5's "COMЙВГ", quotes
            # "«»„“" as MacRoman's Cyrillic "ЧШув", "£££" as "ŁŁŁ"). (Both bytes of a CJK
            # character may be symbols: GBK's "啊" is Latin-1's "°¡".)
        if (improved and g >= LOW_MARGIN and ruled_out[k] <= covered[k] and (
                g >= HIGH_MARGIN or k[0] in MULTIBYTE or not lone_symbols(k)) and (
                improved >= MAJORITY * read[k]
                or (g >= STRONG_DOC_BITS and improved >= CONSISTENT_IMPROVED * read[k]
                    and gaining[k] >= CONSISTENT * read[k]))
                and (swaps(k) <= SWAP_SHARE * improved or closer_alphabet(k))
                and (g >= STRONG_DOC_BITS or not (farther_alphabet(k) or reads_no_language(k)
                                                  or brings_a_few_letters(k)))
                ) or one_language(k) or written_by_one(k):
            eligible[k] = g
    if not eligible:
        return DocumentChain(None, 0.0, evidence.rival())
    if len(eligible) > 1:
        # a chain whose readings take the document's letters farther from any one language's
        # alphabet yields to one that reads its damage and does not: Occitan in windows-1252
        # read as Latin-1, whose quotes (raw C1 controls) windows-1250 and -1257 read alike,
        # is no text of either with its "è" as "č" and "ê" as "ę", however little those cost
        plain = {k: g for k, g in eligible.items() if not reads_farther(k)}
        eligible = plain or eligible
        top = _leader(eligible)
        if top[0] != "utf-8" and unexplained(top):
            # a legacy chain that could not have made some run of the sample (neither reads it
            # nor reads it as it stands) yields to one about as good that could have made
            # every run: Croatian in windows-1250 read as windows-1252 keeps its "š" (9A in
            # both), which Latin-1 never makes and windows-1257 has no byte for, and its "ð"
            # read as windows-1257's "š" had cost half a bit less than as "đ"
            whole = {k: g for k, g in eligible.items() if k[0] != "utf-8"
                     and g >= eligible[top] - CLOSE_BITS and not unexplained(k)}
            eligible = whole or eligible
            top = _leader(eligible)
        if top[0] != "utf-8":
            # of legacy chains through the same decoder that read the sample about as well,
            # the best of those that read fewer of the document's letters away than the leader
            # does (a false repair is worse than a missed one; through another decoder, a
            # chain may read fewer away by reading fewer runs):
            # Corsican "maiò" next to windows-1252's C1 quotes, which windows-1258 reads alike,
            # is no "maị" (its F2 as a dot below), though the one letter costs 5 bits less
            fewer = {k: g for k, g in eligible.items()
                     if k[1] == top[1] and k[0] != "utf-8" and (
                         g >= eligible[top] - CLOSE_BITS or letters_for_letters(top))
                     and reads_fewer_away(k, top)}
            eligible = fewer or eligible
    key = _leader(eligible)
    if key[1] in _WIDER and (wider := (key[0], _WIDER[key[1]])) in eligible and set(
            evidence.numbers[key]) < set(evidence.numbers[wider]):
        # the same true encoding through windows-1252, which reads every run Latin-1 reads,
        # alike, and more: runs that hold what only windows-1252 makes ("š" and "ž", 9A and
        # 9E), which Latin-1 cannot have made of the text's bytes (Slovak "ïalšíc" of "ďalších"
        # was left as it was, Latin-1's chain leading by the runs it could not read)
        key = wider

    def reads_alike(k: tuple[str, str]) -> bool:
        """Whether chain `k` read every run of the sample as the winner did: a sister code
        page (KOI8-U of KOI8-R, ISO-8859-8 of windows-1255) that only more text could tell
        apart, where the two differ; it ties, and is no rival."""
        theirs, ours = readings[k], readings[key]
        return (ruled_out[k] == ruled_out[key] and len(theirs) == len(ours)
                and all(a[1:3] == b[1:3] for a, b in zip(theirs, ours, strict=True)))

    strength = eligible[key] + ALPHABET_BITS * one_language(key)
    if written_by_one(key):
        # (as strong as the alphabet makes a chain, and no stronger: the sample's look that
        # settles the decoder must not end before the runs only one of them makes)
        strength = max(strength, ALPHABET_BITS)
    return DocumentChain(Chain(key[0], (key[1],)), strength,
                         max((g for k, g in net.items() if k[0] != key[0] and not reads_alike(k)),
                             default=-math.inf),
                         best_languages(pairs_read(key)) if written_by_one(key) else frozenset())


#: Latin-1 and windows-1252, which makes the same characters of A0-FF and 27 more of 80-9F
#: where Latin-1 makes C1 controls. (Not their mixed decoders: valid UTF-8 makes any letter, so
#: an "š" may be C5 A1 under either; windows-1252's mixed decoder had taken a Japanese text's
#: chain from Latin-1's by reading one run more, wrongly.)
_WIDER = {"latin-1": "cp1252"}


def _reads_as_itself(run: str, encoding: str, decoder: str) -> bool:
    """Whether the chain's reading of `run` is the run as it stands (a letter both code pages
    hold at one byte)."""
    data = WRONG_DECODERS[decoder].invert(run)
    try:
        return data is not None and data.decode(encoding) == run
    except UnicodeDecodeError:
        return False


def _fit_margin(doc_gain: float) -> float:
    """What a run must gain under the document's chain: little once the chain is strong."""
    return FIT_MARGIN if doc_gain >= STRONG_DOC_BITS else LOW_MARGIN


def _image_of(text: str, doc_chain: Chain | None, doc_gain: float) -> bool:
    """Whether the whole text is the image of its chain, UTF-8 read by a single-byte decoder:
    its bytes under the decoder's inverse are UTF-8. Clean text beside the damage would not be
    (a clean "é" is a lone byte there), so every run is the chain's, read so whatever its
    reading costs alone: Adja "ʒ", unseen in our counts, shown as "Ê’" (ftfy, which judges
    whole texts, reads it so), a C1 control the text held before the damage. A weak chain's
    image must hold two characters (`_image_characters`): "»" read as windows-1251's "В»" in
    English gains 4.5 bits, where a run must gain 8 under a weak chain."""
    if doc_chain is None or doc_chain.true_encoding != "utf-8":
        return False
    if doc_gain >= STRONG_DOC_BITS:
        return utf8_under(WRONG_DECODERS[doc_chain.layers[0]], text) is not None
    return _image_characters(text, doc_chain.layers[0]) > 1


#: What each UTF-8 character of two bytes or more in a whole image is worth beyond the first,
#: in bits (see `_image_chain`): clean text whose non-ASCII characters all pair up as UTF-8
#: under a decoder's inverse is the rarer the more of them it holds.
IMAGE_CHAR_BITS = 4.0
_LEADING = re.compile(rb"[\xc2-\xf4]")


@cache
def _continuing(decoder: str) -> re.Pattern[bytes]:
    """A byte that continues a UTF-8 character and that `decoder` does not show as a no-break
    space (Latin-1's and windows-1251's A0; cp437 shows A0 as "á"): see `_image_characters`."""
    space = WRONG_DECODERS[decoder].invert("\xa0") or b""
    return re.compile(b"[" + b"".join(re.escape(bytes([b])) for b in range(0x80, 0xC0)
                                      if bytes([b]) != space) + b"]")


def _image_characters(text: str, decoder: str) -> int:
    """How many UTF-8 characters of two bytes or more the text holds as the single-byte
    `decoder` shows it, when it is such an image (see `_image_of`) and not only of characters
    that end in a byte the decoder shows as a no-break space: a capital and a no-break space
    is typesetting as often (Finnish "SELKÄ\xa0EDELLÄ", ftfy's negative case, against Maltese
    "Ġdida" shown as "Ä\xa0dida"). 0 otherwise. A weak chain's image holds two or more
    (ftfy's negative case "AHÅ™" is one): no clean text of ours is an image of two (none of
    chardet's 2,160 test texts, none of this machine's 5,223 UTF-8 files)."""
    data = utf8_under(WRONG_DECODERS[decoder], text)
    if data is None or _continuing(decoder).search(data) is None:
        return 0
    return len(_LEADING.findall(data))


def _image_chain(text: str, evidence: Evidence) -> tuple[Chain, float] | None:
    """Where no chain won the sample, the chain of UTF-8 read by a single-byte decoder whose
    image of two characters or more the text is, if the runs it read gain more than its prior, with
    IMAGE_CHAR_BITS for each character of the image beyond the first, and none was ruled
    out; and that net gain. A damaged text may gain little run by run: "»" read as
    windows-1251's "В»" in English, 4.5 bits each against the decoder's prior of 12; Italian
    "è" read so as "ГЁ", 2 bits each where the table has seen few "è"."""
    found = {k: net for k, g in evidence.tally.items()
             if k[0] == "utf-8" and not evidence.ruled_out[k]
             and (n := _image_characters(text, k[1])) > 1
             and (net := g + IMAGE_CHAR_BITS * (n - 1) - DECODER_PRIOR[k[1]]) > 0}
    if not found:
        return None
    key = _leader(found)
    return Chain(key[0], (key[1],)), found[key]


def _leader(chains: dict[tuple[str, str], float]) -> tuple[str, str]:
    """The chain with the largest gain (ties in a fixed order, `_ORDER`): in `_document_chain`
    the alphabet's evidence makes the winner strong, not a winner."""
    return min(chains, key=lambda k: (-round(chains[k], 6), _ORDER[k]))


def _settled(found: DocumentChain, alphabet_done: Callable[[], bool]) -> bool:
    """Whether more of the sample could hardly change the document's chain: it leads every
    chain through another true encoding by DECISIVE_BITS and by a quarter of its own gain, or
    no chain improves the text at all (clean text, which the later runs' own traces of damage
    still reopen) and the alphabet cannot call for one later (`alphabet_done`: the document's
    letters are one language's, or the sample has seen them all; no rule flags the "û" of a
    Hungarian paragraph read as windows-1252 further on, so no later run would reopen it)."""
    if found.chain is None:
        return found.rival < -DECISIVE_BITS and alphabet_done()
    lead = found.strength - max(found.rival, 0.0)
    return lead >= DECISIVE_BITS and lead >= found.strength / 4


def _mixed_sister(decoder: str) -> str | None:
    """The mixed decoder whose fallback is `decoder`'s code page (mixed-latin-1 of Latin-1)."""
    if WRONG_DECODERS[decoder].mixed:
        return None
    return next((d.name for d in WRONG_DECODERS.values()
                 if d.mixed and d.codec == WRONG_DECODERS[decoder].codec), None)


def _reads_more(score: Callable[..., Scored], text: str, mixed: Chain, single: Chain,
                prior: Prior) -> bool:
    """Whether the document reads better under `mixed`, the mixed sister of its chain, than
    under `single`, the chain the sample chose: the chain search reads the two alike where the
    single bytes decode (each ambiguous character taken as its byte), and the sample may hold
    nothing else. Under the mixed decoder each character's bytes are chosen by plausibility,
    and it reads characters the single one cannot invert: Russian in ISO-8859-5 shows "УЛ"
    (C3 BB, valid UTF-8) as "û", which as the single byte FB is "ћ"; Slovak "ášť" in
    windows-1250 (E1 9A 9D) is one Ogham letter, beyond Latin-1.
    Read over a sample's worth of the runs and every later one the single decoder cannot read
    (the chain search's sample may hold none of them), the mixed reading must gain
    more in all and make no more runs worse (by NEUTRAL_BITS) than better (a mixed reading of
    text damaged byte by byte pays for each pair it shows as two characters, see
    UNMADE_BITS); and it must gain HIGH_MARGIN more with more runs better, or bring the
    document's letters closer to one language's alphabet: capitals are where ISO-8859-5 makes
    pairs, and one all-capital word of a Russian text ("ПРЕАМБћА") differs by a few bits."""
    edge = DECODER_PRIOR[single.layers[0]] - DECODER_PRIOR[mixed.layers[0]]
    votes = 0
    ours, theirs = [], []  # the document's non-ASCII runs as each reads them
    budget = SAMPLE_CHARS  # (past a sample's worth, only runs the single decoder cannot read)
    for start, end in runs(text, any_seed=True):
        run = text[start:end]
        if budget <= 0 and WRONG_DECODERS[single.layers[0]].invert(run) is not None:
            continue
        budget -= end - start
        a = max(score(start, end, mixed, prior), key=lambda cg: cg[1], default=None)
        b = max(score(start, end, single, prior), key=lambda cg: cg[1], default=None)
        diff = (max(a[1], 0.0) if a else 0.0) - (max(b[1], 0.0) if b else 0.0)
        edge += diff
        votes += (diff >= NEUTRAL_BITS) - (diff <= -NEUTRAL_BITS)
        ours.append(a[0].decoded if a and a[1] > 0 else run)
        theirs.append(b[0].decoded if b and b[1] > 0 else run)
    if edge <= 0 or votes < 0:
        return False
    return (edge >= HIGH_MARGIN and votes > 0) or (
        alphabet_misfit(alphabet_letters(" ".join(ours)))
        < alphabet_misfit(alphabet_letters(" ".join(theirs))))


def _sample_reading(text: str, spans: list[tuple[int, int]], full: dict[int, Scored],
                    chain: Chain) -> str:
    """The sample as `chain` reads it, as far as it shows what the document is: its runs' readings
    and the ASCII between them (the rest of it, a mixed decoder's UTF-8, is not yet read)."""
    out, done = [], 0
    for i in sorted(full):
        start, end = spans[i]
        out += (text[done:start].encode("ascii", "ignore").decode("ascii"),
                next((c.decoded for c, g in full[i] if g > RULED_OUT
                      and c.encoding == chain.true_encoding
                      and chain.layers[0] in c.decoders), ""))
        done = end
    return "".join(out)


#: A UTF-8 chain with less evidence than this (a word or two) is weak: each letter it makes
#: must look like mojibake to ftfy's badness measure too (see `_looks_bad`), mend its word
#: (`_mends_word`) or take away a drawing glued to a word (`glued_boxes`: cp437's "pi├╣" for
#: "più", which ftfy's measure does not flag). Up to STRONG_DOC_BITS, 5 Maltese, Welsh and
#: English documents of accuracy.py were lost.
WEAK_DOC_BITS = HIGH_MARGIN
BADNESS_REACH = 8  # characters either side of a run that ftfy's badness measure looks at


def _looks_bad(text: str, span: Span) -> bool:
    """Whether ftfy's badness measure, tuned on millions of tweets, flags the run too: a second
    opinion, from outside our scoring, on UTF-8 mojibake, which it was made for. Our character
    costs take a product name "AHÅ™" for a Czech "ř" and "∆°" for MacRoman's Vietnamese "ơ"
    by about as many bits as "RÄ«ga" for "Rīga" (ftfy's own negative and positive cases);
    ftfy's measure tells them apart. It has no say on readings that make no letter (a lone
    "。", which it does not flag) or on legacy chains."""
    from ftfy.badness import is_bad

    return is_bad(text[max(0, span.start - BADNESS_REACH):span.end + BADNESS_REACH])


def _made(d: Damage) -> str:
    """What the reading made: its text without the end it shares with the run (the ASCII
    letter a run carries after it is no letter the reading makes: "‚Äêo" read as "‐o")."""
    tail = len(os.path.commonprefix([d.original[::-1], d.decoded[::-1]]))
    return d.decoded[:len(d.decoded) - tail]


#: a no-break space with a letter on each side
_SPACE_IN_WORD = regex.compile(r"(?<=\p{L})\xa0(?=\p{L})")


def _mends_word(text: str, span: Span, decoded: str) -> bool:
    """Whether the reading mends its word where ftfy's badness measure has no say: it takes
    away letters of another script from inside it ("mГ©dicament", French UTF-8 read as
    windows-1251), or a no-break space from between letters, making one word of a letter and
    the word after it (UTF-8 "Š" is C5 A0, which Latin-1 reads as "Å" and a no-break space:
    "Å\xa0koda" for "Škoda"). Typesetting puts no-break spaces between words
    ("Monsieur\xa0Dupont"): only a reading that takes one away counts."""
    left, right = _word_context(text, span.start, span.end)
    before, after = left + text[span.start:span.end] + right, left + decoded + right
    return (script_mixes(after) < script_mixes(before)
            or len(_SPACE_IN_WORD.findall(after)) < len(_SPACE_IN_WORD.findall(before)))


def detect(text: str, *, use_ftfy: bool = True, utf8_shown: bool = False) -> Diagnosis:
    """Guess how `text` was mis-decoded: the chains, and each damaged span with its reading.

    The chain search reads what it can (`_chain_search`); with `use_ftfy`, ftfy's encoding
    fixer gives its second opinion, line by line (`ftfy_reading`). `utf8_shown`: an earlier
    layer of the text was UTF-8 mojibake (repair undoes one layer at a time)."""
    diagnosis = _chain_search(text) if suspicious(text) else Diagnosis()
    if use_ftfy and (suspicious(text) or ftfy_traces(text)):  # (suspicious: cached)
        diagnosis = second_opinion(text, diagnosis, utf8_shown)
    return diagnosis


def _chain_search(text: str) -> Diagnosis:
    """The chains of a text that shows traces of mojibake (`suspicious`).

    The runs in the first SAMPLE_CHARS (fewer once one chain leads by far, see `_settled`)
    are read under every candidate chain (through one true encoding's once it leads by
    ENCODING_BITS), and choose the document's chain; later runs are
    read under that chain only, and under every chain when it does not fit them and they show
    traces of damage themselves (one damaged paragraph far into a clean text). Work stays
    linear, with a small constant, in the length of the text."""
    score = _scorer(text)
    spans = list(runs(text))
    full: dict[int, Scored] = {}  # run index → readings under every chain

    def sample_letters() -> Counter[str]:
        return alphabet_letters(text[:spans[max(full)][1]] if full else "")

    evidence, added = Evidence(), 0  # the runs of `full` added to the evidence so far

    @cache
    def listing(i: int) -> bool:
        """Whether run `i`, with the rest of its words, lists letters (`lists_letters`)."""
        left, right = _word_context(text, *spans[i])
        return lists_letters(left + text[slice(*spans[i])] + right)

    def evidence_so_far() -> Evidence:
        nonlocal added
        for i, options in itertools.islice(full.items(), added, None):
            start, end = spans[i]
            if _one_symbol(text[start:end]):
                continue  # (a line drawn is no evidence of a chain; see `_choose`)
            evidence.add(text[start:end], text[start - 1:start], text[end:end + 1], options,
                         in_word_symbols(text, start, end), listing(i))
        added = len(full)
        return evidence

    def chain_of_sample(letters: Counter[str] | None = None) -> DocumentChain:
        return _document_chain(evidence_so_far(),
                               sample_letters() if letters is None else letters)

    doc_letters = cache(lambda: alphabet_letters(text))

    def alphabet_done(letters: Counter[str]) -> bool:
        """Whether the alphabet cannot call for a chain beyond the sample (its `letters`)."""
        every = doc_letters()
        return every.keys() <= letters.keys() or one_alphabet(every)

    read, look, clean_look = 0, FIRST_LOOK, FIRST_CLEAN_LOOK
    settled: DocumentChain | None = None  # what the look that found the sample decided said
    through: frozenset[str] | None = None  # the encodings read, once one is settled
    narrowed: set[int] = set()  # the runs read through them only
    for i, (start, end) in enumerate(spans):
        if read >= SAMPLE_CHARS:
            break
        full[i] = score(start, end, encodings=through)
        if through is not None:
            narrowed.add(i)
        read += end - start
        if clean_look <= read < FIRST_LOOK:
            # a look at whether it settled as clean, which the rival says alone (one this far
            # behind leaves no chain eligible); the letters are counted only then
            clean_look = 2 * read
            found = DocumentChain(None, 0.0, evidence_so_far().rival())
            if _settled(found, lambda: alphabet_done(sample_letters())):
                settled = found
                break
        if through is None and look <= read < SAMPLE_CHARS:
            # a look at whether the sample has decided already (once the true encoding has
            # settled, the other encodings no longer read: only the whole sample decides)
            look = min(2 * read, read + SAMPLE_STEP)
            letters = sample_letters()
            found = chain_of_sample(letters)
            if _settled(found, partial(alphabet_done, letters)):
                settled = found
                break
            if found.chain is not None and found.strength - max(found.rival, 0.0) >= ENCODING_BITS:
                through = frozenset({found.chain.true_encoding, "utf-8"})
    sampled = len(full)
    doc_chain, doc_gain, _, doc_languages = (settled if settled is not None
                                             else chain_of_sample())
    image = None if doc_chain is not None else _image_chain(text, evidence_so_far())
    if image is not None:
        doc_chain, doc_gain = image
    if doc_chain is not None and doc_chain.true_encoding != "utf-8" and (
            sister := _mixed_sister(doc_chain.layers[0])) is not None and (
            # (asked only where the sample read so leaves its letters in no one language's
            # alphabet, or the text holds what the single decoder cannot have made: reading
            # every run under the mixed decoder costs as much as the chain search)
            WRONG_DECODERS[doc_chain.layers[0]].invert(text) is None or not one_alphabet(
                alphabet_letters(_sample_reading(text, spans, full, doc_chain)))):
        mixed = Chain(doc_chain.true_encoding, (sister,))
        if _reads_more(score, text, mixed, doc_chain,
                       system_prior(_sample_reading(text, spans, full, mixed))):
            doc_chain = mixed
    fit = _fit_margin(doc_gain)
    whole = image is not None or _image_of(text, doc_chain, doc_gain)
    # what the document's chain confidently made of which characters (runs that gain what a run
    # must to fit it: little, once the chain is strong): a run whose every non-ASCII character,
    # and every character of its reading, was seen there is read the same way even when its
    # own gain is small (a lone "¹" that is the ą of "gęślą" elsewhere; Slovene "č" read as
    # "è" at a word's end, "Izhajajoè", where its other "è" gain 2 to 7 bits each as "č")
    seen_damaged: set[str] = set()
    seen_read: set[str] = set()
    seen_letters: set[str] = set()  # what of seen_read an alphabet rules on
    prior: Prior = ()
    doc_best: dict[int, tuple[Candidate, float] | None] = {}  # run index → best doc reading

    def best_under(i: int, chain: Chain) -> tuple[Candidate, float] | None:
        """Run `i`'s best reading under `chain` and its gain (scored, no evidence taken)."""
        return max(score(*spans[i], chain, prior), key=lambda cg: cg[1], default=None)

    def read_under_doc(i: int) -> tuple[Candidate, float] | None:
        """The run's best reading under the document's chain, scored once; confident ones
        become evidence."""
        if i not in doc_best:
            assert doc_chain is not None
            best = best_under(i, doc_chain)
            if best is not None and best[1] >= fit:
                seen_damaged.update(ch for ch in text[slice(*spans[i])] if not ch.isascii())
                seen_read.update(best[0].decoded)
                seen_letters.update(alphabet_letters(best[0].decoded))
            doc_best[i] = best
        return doc_best[i]

    def under_doc(i: int) -> tuple[Candidate, float, str] | None:
        """The run's reading under the document's chain, its gain and what read it ("chain",
        or "whole-text" for a run read only because the whole text is the chain's image, with
        the document's gain), if it fits the document."""
        best = read_under_doc(i)
        if best is not None and fits(i, *best):
            return (*best, "chain")
        if whole and doc_chain is not None and (cand := reading(
                text[slice(*spans[i])], "utf-8", doc_chain.layers[0])) is not None:
            return cand, doc_gain, "whole-text"
        if best is not None and best[1] > -SEEN_SLACK_BITS and every_run_reads(doc_chain,
                                                                               doc_gain):
            return best[0], doc_gain, "whole-text"
        return None

    @cache
    def every_run_reads(chain: Chain | None, gain: float) -> bool:
        """Whether the text is wholly the image of its strong single-byte `chain` (of the
        document's `gain`): every run reads under it at a small cost at worst. Each run is
        then the chain's, read so even where it gains nothing alone (KOI8-R read as
        windows-1251: a title "у оз!", "С НГ!", between paragraphs the chain reads 20 to 300
        bits better). A clean paragraph beside the damage would not be: its words lose far
        more, read so, or have no reading (a clean "ő" beside Hungarian "õ" is no Latin-1
        byte)."""
        if (chain is None or gain < STRONG_DOC_BITS or chain.true_encoding in MULTIBYTE
                or WRONG_DECODERS[chain.layers[0]].mixed):
            return False
        for j in range(len(spans)):
            best = best_under(j, chain)
            if best is None or best[1] <= -SEEN_SLACK_BITS:
                return False
        return True

    def fits(i: int, cand: Candidate, gain: float) -> bool:
        start, end = spans[i]
        run = text[start:end]
        damaged = {ch for ch in run if not ch.isascii()}
        if gain >= fit or (gain > -SEEN_SLACK_BITS and damaged <= seen_damaged
                           and seen_read.issuperset(cand.decoded)):
            return True
        if gain > -SEEN_SLACK_BITS and doc_gain >= STRONG_DOC_BITS and doc_languages and (
                fewest(unwritten(text[start - 1:start], cand.decoded, text[end:end + 1]),
                       doc_languages)
                < fewest(unwritten(text[start - 1:start], run, text[end:end + 1]),
                         doc_languages)):
            # the document's languages write the run's letter pairs better read so (see
            # languages.py): Vietnamese "nhý" for "như" costs what Czech "ý" costs
            return True
        if gain > -SEEN_SLACK_BITS and doc_gain >= STRONG_DOC_BITS and seen_letters and (
                one_alphabet({*seen_letters, *alphabet_letters(cand.decoded)})
                and (not one_alphabet({*seen_letters, *alphabet_letters(run)})
                     or _letters_for_symbols(text, *spans[i], cand.decoded)
                     or _foreign_to(run, seen_letters))):
            # the document's letters write one language's alphabet with this reading and no
            # language's as the run stands (Turkish "ğ" read as "ð", which costs less alone),
            # or the run is symbols inside words ("£ukasz", Polish Ł read as Latin-1), or
            # letters of a script the chain's readings never make (Polish "Ż" read as
            # windows-1251's "Е»", a Cyrillic letter cheap in itself)
            return True
        return False

    if doc_chain is not None:
        if WRONG_DECODERS[doc_chain.layers[0]].mixed:
            # a mixed decoder keeps valid UTF-8: a damaged word may hold no single-byte trace
            # at all (EUC-JP 動物 is C6 B0 CA AA, two UTF-8 pairs: "ưʪ"). Read every non-ASCII
            # run under the document's chain, by the writing systems its sample reads in.
            prior = system_prior(_sample_reading(text, spans, full, doc_chain))
            spans, full, sampled = list(runs(text, any_seed=True)), {}, 0
            evidence, added, narrowed = Evidence(), 0, set()  # (of the old runs)
        budget = SAMPLE_CHARS  # the sample's evidence, before any run is judged by it
        for i, (start, end) in enumerate(spans):
            if budget <= 0:
                break
            read_under_doc(i)
            budget -= end - start
    fitted: dict[int, tuple[Candidate, float, str]] = {}  # run index → its reading under doc_chain
    for i in range(sampled, len(spans)):
        if doc_chain is not None:
            best = under_doc(i)
            if best is not None:
                fitted[i] = best
                continue
        if suspicious(text[slice(*spans[i])]):
            full[i] = score(*spans[i])
    if doc_chain is None and len(full) > sampled:  # damage that starts after the sample
        doc_chain, doc_gain, _, doc_languages = chain_of_sample()
        if doc_chain is not None:
            # the runs that show no trace alone ("òè", Ukrainian "ти" in windows-1251 read
            # as windows-1252) are read under it as they would have been had the sample found it
            fit = _fit_margin(doc_gain)
            whole = _image_of(text, doc_chain, doc_gain)
            for i in range(sampled, len(spans)):
                if i not in full and (best := under_doc(i)) is not None:
                    fitted[i] = best
    damages: list[Damage] = []
    written = cache(lambda: letter_scripts(text))  # (asked of few documents)
    for i, (start, end) in enumerate(spans):
        chosen: tuple[Chain, str, float, str] | None = None
        if i in fitted:
            cand, gain, by = fitted[i]
            chosen = (doc_chain, cand.decoded, gain, by)
        elif i not in full:
            continue
        else:
            # the document's chain first, read on its own (under a mixed decoder that reading
            # chooses each character's bytes, which the chain search does not)
            if doc_chain is not None:
                best = under_doc(i)
                if best is not None:
                    chosen = (doc_chain, best[0].decoded, best[1], best[2])
            if chosen is None and (
                    # (a run read through the settled encoding only is read through all here)
                    options := score(start, end) if i in narrowed else full[i]):
                chosen = _choose(text[start:end], options, written, listing(i),
                                 _apart(text[start - 1:start], text[start:end], text[end:end + 1]))
        if chosen is not None:
            chain, decoded, gain, by = chosen
            damages.append(Damage(Span(start, end), chain, text[start:end], decoded,
                                  confidence(gain), gain, by))
    if (doc_chain is not None and doc_chain.true_encoding == "utf-8" and doc_gain < WEAK_DOC_BITS
            and not whole):
        # (runs read under a chain of their own gained HIGH_MARGIN each: not weak)
        damages = [d for d in damages if d.chain != doc_chain
                   or not any(map(str.isalpha, _made(d))) or _looks_bad(text, d.span)
                   or _mends_word(text, d.span, d.decoded)
                   or glued_boxes(text[max(0, d.span.start - 1):d.span.end]) > 0]
    if not damages:
        return Diagnosis()
    return Diagnosis(chains_by_use(damages), tuple(damages), confidence(doc_gain))
