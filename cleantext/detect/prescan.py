"""The fast pre-scan: where in a text *can* there be mojibake?

A seed is a character some wrong decoder makes of a byte ≥ 0x80. A run starts at a seed and
extends over seeds, over other non-ASCII characters (a mixed decoder turns valid UTF-8 byte runs
into arbitrary characters) and across short ASCII gaps before the next seed (double-byte
encodings have ASCII trail bytes; words are separated by spaces).

Before any run is looked for, `suspicious` asks whether the text shows a trace that mojibake
leaves at all; clean text (ASCII, Hangul, but also accented Latin and Cyrillic, which are full
of seeds) leaves there.
"""

from __future__ import annotations

import itertools
import operator
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from cleantext.codecs import WRONG_DECODERS
from cleantext.detect.languages import LANGUAGE_PAIRS, fewest, judged, total, unwritten
from cleantext.detect.score import alphabet_letters, memo_short, one_alphabet
from cleantext.scripts import script_of

MAX_GAP = 3  # ASCII characters bridged between two seeds of one run
#: ASCII bytes that are the second byte of a double-byte character (Shift_JIS, Big5, GBK, UHC)
TRAIL = r"[\x40-\x7e]"
MAX_LEAD = 8  # non-ASCII characters glued before a run's first seed that it takes in
MAX_RUN = 4096  # characters: longer runs are cut at a space (cutting shorter costs accuracy)
_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=1)
def seed_chars() -> frozenset[str]:
    high = bytes(range(0x80, 0x100))
    chars: set[str] = set()
    for dec in WRONG_DECODERS.values():
        if dec.mixed:
            continue
        for b in high:
            try:
                chars.update(dec.decode(bytes([b])))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _char_class(chars: frozenset[str]) -> str:
    return "".join(regex.escape(c) for c in sorted(chars))


@lru_cache(maxsize=2)
def _run_pattern(any_seed: bool = False) -> regex.Pattern[str]:
    seed = r"[^\x00-\x7f]" if any_seed else f"[{_char_class(seed_chars())}]"
    # any non-ASCII character, NBSP and NEL included: Latin-1 turns UTF-8 continuation bytes
    # A0 and 85 into them, and cutting a run there splits a UTF-8 sequence in two
    other = r"[^\x00-\x7f]"
    # ASCII between two seeds; or inside a word, before any non-ASCII character: the trail
    # byte of a double-byte character may be followed by a pair a mixed decoder read as UTF-8
    # (Big5 刑警 is A6 44 C4 B5: "¦Dĵ"), and cutting there leaves both halves unreadable
    gap = rf"[\x20-\x7e]{{1,{MAX_GAP}}}(?={seed})|[\x21-\x7e]{{1,{MAX_GAP}}}(?={other})"
    # a run may end in the ASCII trail byte of a double-byte character (Shift_JIS ア is 83 41,
    # "ƒA" in Latin-1): without it, the run's last lead byte cannot be decoded
    return regex.compile(rf"{seed}(?:{other}|{gap})*{TRAIL}?")


def decoder_images(dec_name: str, lo: int, hi: int) -> set[str]:
    """What the wrong decoder `dec_name` makes of each of the bytes lo..hi (inclusive)."""
    dec = WRONG_DECODERS[dec_name]
    out: set[str] = set()
    for b in range(lo, hi + 1):
        try:
            out.update(dec.decode(bytes([b])))
        except UnicodeDecodeError:
            continue
    return out


#: Non-letters that stand next to letters in clean text: apostrophes, quotation marks and
#: guillemets, the middle dot (Catalan l·l), the soft hyphen, dashes and the ellipsis (Chinese
#: doubles them: ——, ……).
_CLEAN_PUNCTUATION = frozenset("\u2019\u2018\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"
                               "\u00b7\u00ad\u2013\u2014\u2026")


_QUOTES = frozenset("\u2019\u2018\u201c\u201d\u201e")

#: A character class per position (adjacent characters), and what must not come before them.
Rule = tuple[tuple[frozenset[str], ...], str]


@lru_cache(maxsize=1)
def _suspicious_rules() -> tuple[tuple[Rule, re.Pattern[str]], ...]:
    """Adjacent characters that clean text hardly ever shows and one layer of damage leaves
    all over a text, derived from the wrong decoders' tables:
    - a UTF-8 lead byte's image followed by a continuation byte's image (`Ã©`, `Ã ` where a
      no-break space was lost); a lowercase lead only with a non-letter after it, as clean
      Central European text writes `íž`; a three-byte lead's image (punctuation too) only
      with two continuations' images after it that are not punctuation or spaces; for
      decoders whose lead images are non-Latin letters (windows-1251), a lead and a
      continuation glued to an ASCII letter (`creГ«ren`), or twice in a row with a
      continuation that is no capital (`РїСѓ`);
    - two images of high bytes side by side, one of them not a letter (`¸±`, `©Ã`), or a
      word that starts lowercase and goes on in capitals (`рТЙЧЕФ`: KOI8-R read as cp1251);
    - an image that is not a letter inside a word (`by³o`);
    - three non-ASCII Latin letters in a row (`Ïðè`: windows-1251 read as Latin-1);
    - a C1 control (windows-1252 punctuation read as Latin-1), which no clean text holds.
    Texts without any of these have nothing for candidate scoring (or ftfy) to find; what this
    lets through is measured by benchmarks/speed.py."""
    rules: list[Rule] = []
    high: set[str] = set()
    ascii_letters = set(string.ascii_letters)
    for name, dec in WRONG_DECODERS.items():
        if dec.mixed:
            continue
        high |= decoder_images(name, 0x80, 0xFF)
        lead = decoder_images(name, 0xC2, 0xF4) - _CLEAN_PUNCTUATION
        cont = decoder_images(name, 0x80, 0xBF)
        if sum(_foreign_letter(c) for c in lead) > len(lead) / 2:
            # its lead images are another script's letters, which clean text of that script
            # holds side by side: the trace is a pair glued to a Latin word ("creГ«ren",
            # "Г©lan", "itвЂ™s"), or two pairs in a row not all in capitals ("РїСѓР»СЋРј" of
            # "пулюм": case switches to and fro; a Kazakh heading writes "ТІНІ")
            lead2 = decoder_images(name, 0xC2, 0xDF)
            small = {c for c in cont if not c.isupper()}
            rules += [(ascii_letters, lead, cont), (lead, cont, ascii_letters),
                      (lead2, small, lead2, cont), (lead2, cont, lead2, small)]
            continue
        symbols = {c for c in cont if not c.isalpha() and c not in _CLEAN_PUNCTUATION}
        rules.append(({c for c in lead if not c.islower()}, cont))
        # a lead whose image is clean punctuation glued to a Latin word's letters and then a
        # continuation's letter: MacRoman's "…ô" is IPA "ə", its "«é" Pinyin "ǎ" ("Wowurt…ôg…ô";
        # not the quotes and apostrophes, which clean text glues so: "l’été")
        glued = decoder_images(name, 0xC2, 0xDF) & (_CLEAN_PUNCTUATION - _QUOTES)
        if glued:
            rules.append((ascii_letters, glued, {c for c in cont if c.isalpha()}))
        rules.append(({c for c in lead if c.islower()}, symbols))
        # a three-byte character whole, whatever its lead's image: "„ÄÇ" is MacRoman's "。"
        # (a German quote before a capital "Ä" is clean, before two such images it is not)
        strange = cont - _CLEAN_PUNCTUATION - {"\xa0"}
        rules.append((decoder_images(name, 0xE0, 0xEF), strange, strange))
        if dec.targets is None:  # the Latin-1 family: a no-break space lost to a space
            rules.append((decoder_images(name, 0xC2, 0xC3), {" "}))
    other = {c for c in high if not c.isalpha() and c not in _CLEAN_PUNCTUATION}
    lower = {c for c in high if c.islower()}
    upper = {c for c in high if c.isupper()}
    latin1_letters = {c for c in high if c.isalpha() and "\u00c0" <= c <= "\u00ff"}
    rules += [(other, high), (high, other), (ascii_letters, other, ascii_letters),
              (latin1_letters,) * 3, ({chr(c) for c in range(0x80, 0xA0)},)]
    found: list[Rule] = [(tuple(frozenset(c) for c in rule), "") for rule in rules]
    # a word that starts lowercase and goes on in capitals (camel-cased names do not start so)
    found.append(((frozenset(lower), frozenset(upper), frozenset(upper)), r"(?<!\w)"))
    return tuple(((classes, prefix), _anchored(classes, prefix)) for classes, prefix in found)


def _anchored(classes: tuple[frozenset[str], ...], prefix: str) -> re.Pattern[str]:
    """The pattern of adjacent `classes` (after `prefix`), written to start at the class with
    the fewest lowercase letters, which text holds least of: a pattern that starts with a
    character class is scanned for that class in C, and the classes before it are checked
    behind it only where it is found."""
    anchor = min(range(len(classes)), key=lambda i: sum(c.islower() for c in classes[i]))
    parts = [f"[{re_class(c)}]" for c in classes]
    behind = prefix + "".join(parts[:anchor + 1])
    return re.compile(parts[anchor] + (f"(?<={behind})" if anchor or prefix else "")
                      + "".join(parts[anchor + 1:]))


def _foreign_letter(ch: str) -> bool:
    return ch.isalpha() and "LATIN" not in unicodedata.name(ch, "LATIN")


def re_class(chars: frozenset[str]) -> str:
    """The inside of a `re` character class of `chars`."""
    return "".join(re.escape(c) for c in sorted(chars))


# (asked of each run after a document's sample, and twice of a text no step changed, which
# may be large: the last two long ones are kept)
@memo_short(1 << 12, long_maxsize=2)
def suspicious(text: str) -> bool:
    """Whether `text` shows a trace that mojibake leaves (see `_suspicious_rules`), letters
    that no one language writes together (a legacy Latin code page read as another keeps
    every letter a letter: Hungarian "ő" read as "õ" next to its own "ö"), or a double-byte
    encoding's lead byte repeated between its trail bytes (see `_alternating_lead`).

    The images of high bytes that the text holds (gathered in C) rule out most rules before
    any scan."""
    present = set("".join(_image_runs().findall(text)))
    return bool(present) and (any(
        all(not present.isdisjoint(c) for c in needed) and pattern.search(text)
        for needed, pattern in _gated_rules()) or not one_alphabet(latin_letters(present))
        or _alternating_lead().search(text) is not None or _unwritten_together(text))


PAIR_SAMPLE = 256  # runs of Latin letters beyond ASCII that `_unwritten_together` reads
#: ... and the share of their pairs no one language may write before they call for a search
PAIR_SHARE = 0.1
# (not compatibility forms: fullwidth "ｋｍ" in Japanese is no Latin word)
_LATIN_RUN = regex.compile(r"(?V1)[[\p{Latin}--\p{ASCII}]"
                           r"&&[\p{Decomposition_Type=Canonical}\p{Decomposition_Type=None}]]+")


def _unwritten_together(text: str) -> bool:
    """Whether the text's Latin letters beyond ASCII (its first PAIR_SAMPLE runs of them) are
    in one language's alphabet, and no one language writes LANGUAGE_PAIRS or more of the
    letter pairs around them (see languages.py). A legacy Latin code page read as another may
    keep its letters in one alphabet: Turkish "bankası" read as Latin-1 is "bankasý", beside
    "ö" and "ü" the letters of Turkmen's alphabet; Hungarian "előttem" is "elõttem", beside
    "ó", "é" and "á" Portuguese's. Their pairs are no one language's. (Letters in no one
    alphabet, a list of names from many languages, are judged by the high bytes' images the
    rules see, above: "Jiří" beside "Hervé" shows no trace.) Only runs inside words count: a
    pattern's range of letters, "[a-zA-Z0-9À-ÿ]", is no word of any language's. And a share
    of the pairs (PAIR_SHARE) at least: a code page misread misreads a letter wherever it
    stands, while the word lists miss a few pairs of any clean text (Turkish, Polish or
    Finnish news: 1 or 2 in 100), and the search that would clear it costs time."""
    found = list(itertools.islice(
        (m for m in _LATIN_RUN.finditer(text)
         if text[m.start() - 1:m.start()].isalpha() or text[m.end():m.end() + 1].isalpha()),
        PAIR_SAMPLE))
    if not one_alphabet(alphabet_letters("".join(m.group() for m in found))):
        return False
    counts = total(unwritten(text[m.start() - 1:m.start()], m.group(), text[m.end():m.end() + 1])
                   for m in found)
    return fewest(counts) >= max(LANGUAGE_PAIRS, PAIR_SHARE * judged(counts))


@lru_cache(maxsize=1)
def _alternating_lead() -> re.Pattern[str]:
    """One image of a high byte, not a capital, three times, every other character, with an
    ASCII capital or symbol of the trail bytes' range (40-60, 7B-7E) between two of them: the
    lead byte a double-byte encoding's neighbouring characters share, and their trail bytes
    (Shift_JIS エルエル, 83 47 83 8B 83 47 83 8B, read as windows-1252 is "ƒGƒ‹ƒGƒ‹", as cp437
    "âGâïâGâï"). Each image is a letter or clean punctuation, which no rule of
    `_suspicious_rules` flags. Vowel harmony repeats a letter so with lowercase consonants
    between (Hungarian "örökö", Turkish "ığını", Sango "ödörö"), hyphens and commas follow
    one ("с-сос", "ατα,α"): none of accuracy.py's texts or the UDHR's match."""
    lead = re_class(frozenset(c for c in seed_chars() if not c.isupper()))
    trail = "[@-`{-~]"
    return re.compile(rf"([{lead}])(?:{trail}\1\S|\S\1{trail})\1")


def latin_letters(chars: Iterable[str]) -> Counter[str]:
    """What of `chars` the alphabet test judges: Latin letters. A Latin code page read as
    another keeps them letters; the only wrong decoder whose images are letters of another
    script (windows-1251) switches their case, which the rules see (and Kazakh or Belarusian
    text that quotes a Russian word fits no one alphabet, clean as it is)."""
    return Counter({c: n for c, n in alphabet_letters("".join(chars)).items()
                    if script_of(c) == "Latin"})


@lru_cache(maxsize=1)
def _image_runs() -> re.Pattern[str]:
    """Runs of the characters the rules' classes hold beyond ASCII."""
    chars = frozenset().union(*(c for needed, _ in _gated_rules() for c in needed))
    return re.compile(f"[{re_class(chars)}]+")


@lru_cache(maxsize=1)
def _gated_rules() -> tuple[tuple[tuple[frozenset[str], ...], re.Pattern[str]], ...]:
    """Each rule's pattern with the classes of non-ASCII characters it needs present."""
    return tuple((tuple(c for c in classes if not c & _ASCII), pattern)
                 for (classes, _), pattern in _suspicious_rules())


#: box-drawing and block characters and spaces only, one of them three times in a row: a line
#: drawn, or a letter of a banner ("█████╗ ██╗")
_DRAWN_LINE = re.compile(r"(?=[\u2500-\u259f ]*([\u2500-\u259f])\1\1)[\u2500-\u259f ]+")
#: a frame's edge: a corner or a side's tee, horizontals and tees, and the piece that closes
#: that row on the right (every code page's letters there pair so in no word)
_FRAME_EDGE = re.compile("|".join(f"{left}[─═┬┴┼╤╧╪╦╩╬╥╨╫]+{right}" for left, right in (
    "┌┐", "└┘", "├┤", "╔╗", "╚╝", "╠╣", "╒╕", "╘╛", "╞╡", "╓╖", "╙╜", "╟╢")))


def drawing(run: str) -> bool:
    """Whether a run is part of a drawing: box-drawing characters only, one of them drawn as a
    line ("╚════╝", spaces between) or making a frame's edge ("┌─┬─┐"). DOS code pages put
    letters there (cp437's "─" is windows-1251's "Д", its "═" TIS-620's "อ"), but three of one
    letter in a row is no word of prose, nor is a word that starts and ends with letters whose
    bytes are a drawing's corners ("ЪДДї", KOI8-R's "зд©"); a table's frame read so is the
    worst repair there is."""
    return _DRAWN_LINE.fullmatch(run) is not None or _FRAME_EDGE.fullmatch(run) is not None


#: a tree's branch ("├── src"): a drawing too, where a stretch of box drawings stands apart
_TREE_BRANCH = re.compile("[├└╠╚]──+")
_BOXES = re.compile(r"[\u2500-\u259f]")
#: box-drawing and block characters standing apart from other non-ASCII characters
_BOXES_APART = re.compile(r"(?<![^\x00-\x7f])[\u2500-\u259f]+(?![^\x00-\x7f])")

DRAWING_SHARE = 0.9  # of a text's box drawings, those that stand apart in a drawing


def _drawing_boxes(text: str) -> list[tuple[int, int]]:
    """The spans of box drawings standing apart (ASCII around them: a frame, a table's bars, a
    tree's branches, "|████| 346 kB"), when one of them is, whole, a drawing (`drawing`, or a
    tree's branch) and nearly all of the text's box drawings stand so: then all are a
    drawing's. A text read as cp437 is full of box drawings too (a double-byte text's bytes
    B0-DF), mostly glued to its other images ("╟╤╛τ░Φ"); its words made of box drawings alone
    ("└╟" of Korean "의") may draw by chance, and a KOI8-R word read so *holds* a frame's edge
    ("юный" is "└╬┘╩"), which is why the whole stretch must be one."""
    if "\u2500" > max(text):
        return []
    apart = list(_BOXES_APART.finditer(text))
    if not any(drawing(m.group()) or _TREE_BRANCH.fullmatch(m.group()) for m in apart) or sum(
            m.end() - m.start() for m in apart) < DRAWING_SHARE * len(_BOXES.findall(text)):
        return []
    return [m.span() for m in apart]


LISTING = 5  # characters in code-point order that make a listing (see `_listings`)
_NON_ASCII_STRETCH = re.compile(rf"[^\x00-\x7f]{{{LISTING},}}")


def _listings(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of LISTING or more non-ASCII characters, each one code point after the one
    before: an alphabet listed ("ÀÁÂÃÄÅ…", "ßàáâã…"), no word of any language. Its bytes are
    a listing in every single-byte code page, which reads them as another alphabet ("юабцд…",
    KOI8-R's order) and would make a clean text's one listing the chain of the whole text."""
    for m in _NON_ASCII_STRETCH.finditer(text):
        codes = list(map(ord, m.group()))
        # a byte per pair of neighbours, 1 where the second follows the first (built in C)
        steps = bytes(map((1).__eq__, map(operator.sub, codes[1:], codes)))
        for listed in _IN_ORDER.finditer(steps):
            yield m.start() + listed.start(), m.start() + listed.end() + 1


_IN_ORDER = re.compile(rb"\x01{%d,}" % (LISTING - 1))

#: Ranges of letters side by side, glued to no other letter, in a regular expression's
#: character class ("[A-Za-zÀ-ÖØ-öø-ÿ]", vim's "[[:alnum:]à-öø-ÿÀ-ÖØ-ß_]"): a "[" open before
#: them on their line, and a "]" after, within CLASS_REACH characters
_RANGES = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]-[^\W\d_])+(?![^\W\d_])")
_BY_A_HYPHEN = re.compile(r"[^\x00-\x7f]-|-[^\x00-\x7f]")  # (what a range we cut holds)
CLASS_REACH = 64


def _ranges(text: str) -> Iterator[tuple[int, int]]:
    """The letters beyond ASCII that end ranges of letters in a character class, every range
    of the stretch in code-point order: a listing too ("À-Ö" is every letter between), no
    word. Read through another code page, its letters are another alphabet's ("ΰ-φψ-Γ",
    windows-1253), and a lone "[À-Þ]" is windows-1258's "[À-̃]". (Outside a class, "Í-Ú" may
    be a word's letters: Hebrew's "ך-ע" read as MacRoman.)"""
    if "[" not in text or _BY_A_HYPHEN.search(text) is None:
        return  # (a scan in C: the ranges' own pattern is 30 times slower on code)
    for m in _RANGES.finditer(text):
        start, end = m.span()
        before = text[max(0, start - CLASS_REACH):start].rpartition("\n")[2]
        after = text[end:end + CLASS_REACH].partition("\n")[0]
        stretch = m.group()
        if (before.count("[") > before.count("]") and "]" in after
                and all(stretch[i] < stretch[i + 2] for i in range(0, len(stretch), 3))):
            yield from ((i, i + 1) for i, ch in enumerate(stretch, start) if not ch.isascii())


def _unwritten_as_breaks(text: str) -> str:
    """The text with what stands in it but is no writing turned to line breaks, which end every
    run: a drawing's box drawings (`_drawing_boxes`), alphabets listed (`_listings`) and the
    letters that end ranges (`_ranges`). The same length: the runs' spans stand in the text."""
    if text.isascii():
        return text
    cuts = _drawing_boxes(text) + list(_listings(text)) + list(_ranges(text))
    if not cuts:
        return text
    parts, last = [], 0
    for start, end in sorted(cuts):
        start = max(start, last)
        parts += [text[last:start], "\n" * (end - start)]
        last = max(last, end)
    return "".join(parts) + text[last:]


def runs(text: str, any_seed: bool = False) -> Iterator[tuple[int, int]]:
    """[start, end) of every run that may hold mojibake, left to right, non-overlapping; a long
    run is cut at spaces into pieces of at most MAX_RUN characters (a space is a byte of its own
    in every encoding we know, never part of a character), so each is scored in bounded time.

    A run starts at a character some wrong decoder makes of a single byte; with `any_seed`, at
    any non-ASCII character (under a mixed decoder, a word may be all valid UTF-8 pairs). A
    drawing (`drawing`) is no run, nor part of one (`_unwritten_as_breaks`)."""
    text = _unwritten_as_breaks(text)
    last = 0
    for m in _run_pattern(any_seed).finditer(text):
        start, end = m.span()
        if "\u2500" <= text[start] <= "\u259f" and drawing(m.group()):
            last = end
            continue
        # a mixed decoder reads a pair as UTF-8 ("카" is C4 AB in EUC-KR: "ī"), which may
        # open a damaged word before its first single-byte image: the run takes in the
        # non-ASCII characters glued before it (a few, so work stays linear)
        floor = max(last, start - MAX_LEAD)
        while start > floor and not text[start - 1].isascii():
            start -= 1
        last = end
        while end - start > MAX_RUN:
            cut = text.rfind(" ", start + MAX_RUN // 2, start + MAX_RUN)
            if cut < 0:
                cut = text.find(" ", start + MAX_RUN, end)
                if cut < 0:
                    break
            yield start, cut
            start = cut + 1
        yield start, end


def ftfy_traces(text: str) -> bool:
    """Whether `text` shows a trace of UTF-8 read under one of the code pages ftfy undoes that
    `suspicious` has no rules for (windows-1250, -1253, -1254, -1257, ISO-8859-2; windows-1251
    punctuation, "вЂ“"): the image of a UTF-8 lead byte, then the image of a continuation
    byte that is not a lowercase letter, or U+FFFD (a byte lost), then after a three-byte lead
    any continuation's image ("Ă¨" of "è", "Ř±" of "ر"); or a Latin three-byte lead's image
    and any two continuations' ("âœ”" of "✔"). A two-byte lead's image is not a lowercase
    letter either (Polish "ół" is clean) nor a letter of another script (Cyrillic and Greek
    capitals stand together in headings), and none is punctuation clean text doubles ("……",
    "——"). Only the gate of ftfy's second opinion (`ftfy_reading`): ftfy's measure and the
    text's costs then decide, so this only has to be cheap."""
    return _ftfy_trace_pattern().search(text) is not None


def images(encoding: str, lo: int, hi: int) -> set[str]:
    """What `encoding` makes of the bytes lo..hi-1."""
    return set(bytes(range(lo, hi)).decode(encoding))


@lru_cache(maxsize=1)
def _ftfy_trace_pattern() -> re.Pattern[str]:
    """The traces, as one pattern that starts with the class of their first characters (a
    pattern that starts with a class is scanned for it in C; an alternation is tried at every
    character)."""
    traces = ftfy_trace_classes()
    each = "|".join(f"(?<=[{re_class(first)}])" + "".join(f"[{re_class(c)}]" for c in rest)
                    for first, *rest in traces)
    return re.compile(f"[{re_class(frozenset().union(*(t[0] for t in traces)))}](?:{each})")


@lru_cache(maxsize=1)
def ftfy_trace_classes() -> tuple[tuple[frozenset[str], ...], ...]:
    """Each trace `ftfy_traces` looks for, as the classes of its adjacent characters."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)
    from ftfy.chardata import CHARMAP_ENCODINGS

    lead2, lead3, cont, last = set(), set(), {"\ufffd"}, set()
    for name in CHARMAP_ENCODINGS:
        lead2 |= images(name, 0xC2, 0xE0)
        lead3 |= images(name, 0xE0, 0xF0)
        last |= images(name, 0x80, 0xC0)
    cont |= {c for c in last if not c.islower()}
    lead2 = {c for c in lead2 if not c.islower() and not _foreign_letter(c)}
    latin3 = {c for c in lead3 if not _foreign_letter(c)}
    lead2, lead3, latin3, cont, mid = (s - _ASCII - _CLEAN_PUNCTUATION
                                       for s in (lead2, lead3, latin3, cont, last))
    return tuple(tuple(map(frozenset, trace))
                 for trace in ((lead2, cont), (lead3, cont, last), (latin3, mid, last)))

