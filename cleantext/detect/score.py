"""How plausible is a piece of text as real writing? A cost in bits; lower reads better.

Each character costs -log2 P(char | its script), from character counts of real text in many
languages (cleantext/data/charfreq.json, built by tools/build_charfreq.py). Conditioning on the
script keeps a language with a big corpus from outweighing one with a small corpus. On top of
that, letters of incompatible scripts inside one word ("cafй"), characters that never stand
in text (C0/C1 controls, U+FFFD, private use, unassigned) and pairs of letters that no language
writes (cleantext/data/letterpairs.json, built from wordfreq's lists) cost extra.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache, wraps
from importlib import resources
from itertools import repeat
from typing import TypeVar

import regex

from cleantext.scripts import (
    GLUES_LATIN,
    NEUTRAL,
    bmp_ranges,
    class_of,
    compatible,
    non_ascii,
    script_of,
)

ALPHA = 0.5  # additive smoothing per character
#: Rough size of each script's repertoire, for smoothing unseen characters.
REPERTOIRE = {"Han": 30000, "Hangul": 11172, "Common": 4000, "Other": 50000}
DEFAULT_REPERTOIRE = 1500
SCRIPT_MIX_BITS = 12.0  # letters of incompatible scripts side by side in one word
IMPOSSIBLE_BITS = 30.0  # controls, U+FFFD, private use, unassigned: never real text
GENERIC_MARK_BITS = 12.0  # a combining mark of no script: rare in NFC text
GLUED_BOX_BITS = 8.0  # a drawing character glued to a word or number (see glued_boxes)
STRANDED_MARK_BITS = 12.0  # ... and on a letter it makes no character with (see below)
CASE_SWITCH_BITS = 4.0  # a case switch inside a word (see case_switches)
IN_WORD_SYMBOL_BITS = 8.0  # a symbol between two letters of a word (see in_word_symbols)
WIDE_FORM_BITS = 8.0  # a fullwidth form of ASCII beyond its ASCII form (see char_cost)
CAPS_WORD_BITS = 3.0  # a word of four or more capitals (see caps_words)
UNSEEN_PAIR_BITS = 6.0  # two letters side by side that no language writes (see pair_cost)
PAIR_WEIGHT = 0.5  # ... and of the pairs languages write, how much their association counts
#: Scripts with letter case, whose words never contain joiners or other format characters.
CASED = frozenset({"Latin", "Cyrillic", "Greek", "Armenian", "Georgian"})


class _Table:
    """Character costs from counts of real text (charfreq.json's "counts"), and the pairs of
    Hangul syllables that text writes with their association ("hangul_pairs", see
    `_cjk_table`)."""

    def __init__(self, data: dict[str, dict[str, int]],
                 hangul_pairs: dict[str, int] | None = None) -> None:
        self.cost: dict[str, float] = {}
        self.unseen: dict[str, float] = {}
        self.hangul_pairs = hangul_pairs or {}
        shares = _cjk_shares()
        for script, counts in data.items():
            # case-folded: a heading in capitals is as plausible as the same words in lowercase;
            # case is scored separately, as switches inside words
            folded: dict[str, float] = {}
            for ch, n in counts.items():
                key = ch.lower()[0]  # (İ lowers to i and a combining dot)
                folded[key] = folded.get(key, 0) + n
            # the word lists' shares weigh as much as the counts (see cjkchars.json)
            counted = sum(folded.values())
            for ch, share in shares.get(script, {}).items():
                folded[ch] = folded.get(ch, 0) + share * counted
            v = REPERTOIRE.get(script, DEFAULT_REPERTOIRE)
            total = sum(folded.values()) + ALPHA * v
            for ch, n in folded.items():
                self.cost[ch] = -math.log2((n + ALPHA) / total)
            self.unseen[script] = -math.log2(ALPHA / total)
        # letters some language's alphabet holds that the counts never saw (Akan "ɔ", Hausa
        # "ɗ": no text of theirs was counted) cost what the script's counted letters beyond
        # ASCII cost in the middle, not what a character no text writes costs: priced so, a
        # letter cost more than its own UTF-8 mojibake ("É”")
        for alphabets in _alphabets().values():
            letters = {c for a in alphabets for c in a if len(c) == 1}
            seen = sorted(self.cost[c] for c in letters if c in self.cost and not c.isascii())
            for c in letters if seen else ():
                self.cost.setdefault(c, seen[len(seen) // 2])


@lru_cache(maxsize=1)
def _cjk_shares() -> dict[str, dict[str, float]]:
    """Per CJK script, each character's share of the use words of Chinese, Japanese and Korean
    make of it (cleantext/data/cjkchars.json, built by tools/build_cjkchars.py from wordfreq's
    lists): the counts of chardet's files miss common characters their texts do not hold."""
    data = json.loads(resources.files("cleantext.data").joinpath("cjkchars.json")
                      .read_text(encoding="utf-8"))
    return {script: {ch: n / data["per"] for ch, n in chars.items()}
            for script, chars in data["shares"].items()}


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = json.loads(resources.files("cleantext.data").joinpath("charfreq.json")
                      .read_text(encoding="utf-8"))
    return _Table(data["counts"], data["hangul_pairs"])


@lru_cache(maxsize=1)
def letter_data() -> dict:
    """cleantext/data/letterpairs.json, built by tools/build_letterpairs.py from wordfreq's
    lists (and the Thai National Corpus's)."""
    return json.loads(resources.files("cleantext.data").joinpath("letterpairs.json")
                      .read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _letter_pairs() -> dict[str, tuple[dict[str, float], frozenset[str]]]:
    """Per alphabetic script, the pairs of adjacent letters (one of them non-ASCII) that words
    of some language hold, each with its association in the language that writes it most
    (log2 of how much likelier the pair is than its letters side by side by chance); and the
    letters they know."""
    data = letter_data()
    return {script: (dict(zip((joined[i:i + 2] for i in range(0, len(joined), 2)),
                              data["pmi"][script], strict=True)),
                     frozenset(joined)) for script, joined in data["pairs"].items()}


@lru_cache(maxsize=1)
def _word_edges() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Of the letters the pairs know, beyond ASCII, in the scripts whose edges the lists speak
    for (see tools/build_letterpairs.py), those that start no word, each after a space or
    punctuation; and those that end none, each before one."""
    data = letter_data()
    known = frozenset(c for script in data["starts"] for c in _letter_pairs()[script][1]
                      if not c.isascii())
    never_start = "".join(sorted(known - frozenset("".join(data["starts"].values()))))
    never_end = "".join(sorted(known - frozenset("".join(data["ends"].values()))))
    return (regex.compile(rf"(?<=[\s\p{{P}}])[{regex.escape(never_start)}]"),
            regex.compile(rf"[{regex.escape(never_end)}](?=[\s\p{{P}}])"))


@lru_cache(maxsize=1)
def _alphabets() -> dict[str, tuple[frozenset[str], ...]]:
    """Per script, each language's alphabet in it: the non-ASCII letters its words use
    (cleantext/data/alphabets.json, built by tools/build_alphabets.py)."""
    data = json.loads(resources.files("cleantext.data").joinpath("alphabets.json")
                      .read_text(encoding="utf-8"))["alphabets"]
    by_script: dict[str, set[frozenset[str]]] = {}
    for letters in data.values():
        for script in {script_of(c) for c in letters}:
            by_script.setdefault(script, set()).add(
                frozenset(c for c in letters if script_of(c) == script))
    return {script: tuple(alphabets) for script, alphabets in by_script.items()}


#: An alphabet this many times larger than any other of its script (Vietnamese's 65 Latin
#: letters, its tones on every vowel, against 17 at most) holds most sets of letters the Latin
#: code pages make: Slovak "č" and "ň" read as Latin-1's "è" and "ò", beside its own "á",
#: "í", "ú" and "ý", were "in one alphabet". Its text shows letters of its own: such a loose
#: alphabet holds a text's letters only with one that is not both another language's letter and
#: one a wrong decoder makes of a byte ("ư", "ạ", "đ", "ị"; not "à" or "è"). (Greek's is loose
#: too, beside the "μ" and "ε" of other languages' unit names: every other Greek letter is its
#: own, and cp437's "Γ" still reads back as "γ" in "IL2RÎ³cKO".)
LOOSE_RATIO = 2


@lru_cache(maxsize=1)
def _loose_alphabets() -> dict[str, tuple[tuple[frozenset[str], ...],
                                          dict[frozenset[str], frozenset[str]]]]:
    """Per script, its alphabets that are not loose (see LOOSE_RATIO), and each loose one with
    its own letters: all but those another language writes that a single-byte wrong decoder
    also makes of a byte (how another language's mojibake lands in the loose alphabet)."""
    from cleantext.codecs import WRONG_DECODERS

    made = frozenset("".join(d.decode(bytes(range(0x80, 0x100))).casefold()
                             for d in WRONG_DECODERS.values() if not d.mixed))
    split = {}
    for script, alphabets in _alphabets().items():
        loose = {}
        for a in alphabets:
            others = [b for b in alphabets if b is not a]
            if others and len(a) > LOOSE_RATIO * max(map(len, others)):
                loose[a] = a - (made & frozenset().union(*others))
        split[script] = (tuple(a for a in alphabets if a not in loose), loose)
    return split


def _held(script: str, letters: frozenset[str]) -> set[frozenset[str]]:
    """What of `letters` (of one script) each of its alphabets holds, each distinct set once
    (found by set operations in C): a loose alphabet holds them only with one of its own
    letters among them (see LOOSE_RATIO)."""
    plain, loose = _loose_alphabets()[script]
    held = set(map(letters.__and__, plain))
    held.update(h for a, own in loose.items() if not own.isdisjoint(h := letters & a))
    return held


def confidence(bits: float) -> float:
    """A gain in bits as a confidence in [0, 1): 8 bits make one half."""
    return 1.0 - math.pow(2.0, -max(bits, 0.0) / 8.0)


def alphabet_letters(text: str) -> Counter[str]:
    """The letters of `text` that an alphabet can rule on (non-ASCII, case-folded, of a script
    some language's alphabet is known in), counted."""
    counts = Counter(non_ascii(text).casefold())  # (counted in C, then judged per letter)
    return Counter({c: n for c, n in counts.items() if _alphabet_letter(c)})


@lru_cache(maxsize=65536)
def _alphabet_letter(c: str) -> bool:
    # (of a cased script, only letters with case: the ordinal indicators ª and º are no
    # language's letters; nor are compatibility forms, such as a fullwidth "ｂ" in Japanese)
    return (not c.isascii() and c.isalpha() and (s := script_of(c)) in _alphabets()
            and (s not in CASED or c.upper() != c)
            and not unicodedata.decomposition(c).startswith("<"))


def _by_script(letters: Iterable[str]) -> dict[str, Counter[str]]:
    """`letters` (or a Counter of them) counted per script."""
    by_script: dict[str, Counter[str]] = {}
    for c, n in Counter(letters).items():
        by_script.setdefault(script_of(c), Counter())[c] = n
    return by_script


def one_alphabet(letters: Iterable[str]) -> bool:
    """Whether, in each script, one language writes all of `letters` (see `alphabet_letters`,
    and `_held`): a Russian text may quote French, but a Latin text holding "ı" and "ý" is no
    language's."""
    split = _loose_alphabets()
    # (of a script no alphabet knows: no say)
    return all(script not in split or any(group.keys() <= a for a in split[script][0])
               or any(group.keys() <= a and not own.isdisjoint(group)
                      for a, own in split[script][1].items())
               for script, group in _by_script(letters).items())


def alphabet_misfit(letters: Counter[str]) -> int:
    """How many of `letters` (see `alphabet_letters`, counted) the closest language's alphabet
    lacks, script by script: how far a text is from being written in one language."""
    alphabets = _alphabets()
    misfit = 0
    for script, group in _by_script(letters).items():
        if script in alphabets:
            # (what an alphabet covers depends only on which of the letters it holds)
            misfit += group.total() - max((sum(map(group.__getitem__, h))
                                           for h in _held(script, frozenset(group))), default=0)
    return misfit


def farther_from_alphabet(letters: Counter[str], removed: Counter[str],
                          added: Counter[str]) -> bool:
    """Whether a reading that takes the `removed` letters out of a document's `letters` (see
    `alphabet_letters`) and brings the `added` ones leaves them farther from the closest
    language's alphabet: a few pairs of the document's own letters read as one letter it does
    not write (Ewe "ƒã", which it writes, read as MacRoman's "ċ")."""
    return alphabet_misfit(+(letters - removed) + added) > alphabet_misfit(letters)


def _fold(a: str, b: str) -> str:
    """The pair as wordfreq writes it: case-folded (ß is "ss", ς is σ), of which the letters
    that meet."""
    return a.casefold()[-1] + b.casefold()[0]


@lru_cache(maxsize=1 << 17)
def pair_cost(a: str, b: str) -> float:
    """For letters `a` and `b` side by side, of one modelled script (lowercase, where the
    script has case), one of them non-ASCII and both known to the model: UNSEEN_PAIR_BITS when
    no language's words hold them so, else minus PAIR_WEIGHT times their association (bounded by
    UNSEEN_PAIR_BITS): a pair a language writes often saves bits, a rare one costs some, which
    is how "пулюм" reads better than "οσλώμ" from the same bytes; 0 for any other pair.
    Lowercase only in cased scripts: a layer of UTF-8 mojibake starts each character with a
    capital ("Ã", "Ð"), and its next layer must not look worse for it (case switches are scored
    apart). Known letters only: of a language the lists lack (Azerbaijani ə) it knows nothing."""
    pair = _fold(a, b)
    if pair.isascii():
        return 0.0
    script = script_of(a)
    if (script not in _letter_pairs() or script_of(b) != script
            or (script in CASED and not (a.islower() and b.islower()))):
        return 0.0
    pairs, letters = _letter_pairs()[script]
    if not (pair[0] in letters and pair[1] in letters):
        return 0.0
    if pair in pairs:
        return -PAIR_WEIGHT * max(-UNSEEN_PAIR_BITS, min(UNSEEN_PAIR_BITS, pairs[pair]))
    return UNSEEN_PAIR_BITS


# lowercase letters around a non-ASCII one, and runs of the uncased scripts the pairs know:
# the only places `pair_cost` can be other than 0
_PAIRED_RUN = regex.compile(r"(?V1)\p{Lowercase}*[\p{Lowercase}--\p{ASCII}]\p{Lowercase}*"
                            r"|[\p{Arabic}\p{Hebrew}\p{Thai}]{2,}")


def misplaced_edges(text: str) -> int:
    """Letters that start a word where no word starts with them, or end one where none ends
    with them: Thai writes its leading vowels before the consonant ("แรก"), and the
    same bytes under a mixed decoder also read as "รกแ", which ends a word with one; nor
    does a word start with a vowel sign or a tone mark. Words meet spaces and punctuation
    in any script, in Thai too, which puts no spaces between its words but only between
    phrases."""
    starts, ends = _word_edges()
    return len(starts.findall(text)) + len(ends.findall(text))


def _chunks(joined: str, n: int) -> frozenset[str]:
    return frozenset(joined[i:i + n] for i in range(0, len(joined), n))


@lru_cache(maxsize=1)
def _letter_triples() -> tuple[Callable[[str], bool], frozenset[str], regex.Pattern[str]]:
    """Whether a triple of letters is one the words of an unspaced language hold, or two words
    make where they meet (one's last two letters and the next one's first, one's last letter
    and the next one's first two, or a word of one letter between two others); the letters of
    those languages (Thai), and a run of three or more of them. See
    tools/build_letterpairs.py."""
    tables = [{kind: _chunks(joined, 3 if kind == "triples" else int(kind[-1]))
               for kind, joined in kinds.items()} for kinds in letter_data()["triples"].values()]

    def known(t: str) -> bool:
        return any(t in k["triples"] or (t[:2] in k["ends2"] and t[2] in k["starts1"])
                   or (t[0] in k["ends1"] and t[1:] in k["starts2"])
                   or (t[0] in k["ends1"] and t[1] in k["words1"] and t[2] in k["starts1"])
                   for k in tables)

    letters = frozenset("".join(kinds["triples"] for kinds in letter_data()["triples"].values()))
    return known, letters, regex.compile(f"[{regex.escape(''.join(sorted(letters)))}]{{3,}}")


def unseen_triples(text: str) -> int:
    """Triples of letters no word holds and no two words make where they meet, though words hold
    both their pairs: Thai under a mixed decoder reads "ขนมครกขาย" and "ขนมคแขาย" from the
    same mojibake, and only the second writes such a triple ("แขา"). (A triple with an unseen
    pair adds nothing: `pair_cost` has priced it.)"""
    known, _, runs = _letter_triples()
    unseen = 0
    for run in runs.findall(text):
        pairs = _letter_pairs()[script_of(run[0])][0]
        unseen += sum(not known(run[i:i + 3]) and run[i:i + 2] in pairs
                      and run[i + 1:i + 3] in pairs for i in range(len(run) - 2))
    return unseen


def triple_context(tail: str) -> bool:
    """Whether both characters of `tail` are letters whose triples are known: what a reading
    must carry to price its next letter by `unseen_triples`."""
    letters = _letter_triples()[1]
    return len(tail) == 2 and tail[0] in letters and tail[1] in letters


WORD_PAIRS = 4  # pairs of letters in a row, each one real words write (see holds_a_word)
# lowercase letters (and the marks on them), or a run of an uncased script's
_CASED_RUN = regex.compile(rf"[\p{{Ll}}\p{{Mn}}]{{{WORD_PAIRS + 1},}}"
                           rf"|[\p{{Lo}}\p{{Mn}}]{{{WORD_PAIRS + 1},}}")


def holds_a_word(text: str) -> bool:
    """Whether `text` holds a word of WORD_PAIRS letter pairs or more, each with a letter
    beyond ASCII and each one that real words write more often than its letters meet by
    chance (`pair_cost` saves bits): "новости" does, where "аимсз" (Latin letters listed in a
    clean text, read as Cyrillic) holds pairs no language favours."""
    return any(all(pair_cost(a, b) < 0 for a, b in zip(w, w[1:], strict=False))
               for w in _CASED_RUN.findall(text))


LISTED_LETTERS = 3  # letters beyond ASCII in a word that may be a listing (see lists_letters)


@lru_cache(maxsize=4096)
def _base_letter(ch: str) -> str:
    """The letter under its marks, in lowercase: a listing orders "á" with "a"."""
    return unicodedata.normalize("NFD", ch)[0].lower()


def _in_order(letters: str) -> bool:
    """Whether the letters run in order (of the letters under their marks) in stretches of
    LISTED_LETTERS or more: "áéíóú", "aáeéiíoóöõuúüûy", "àâè|çñó", "AEIOU|ÁÉÍÓÚ|ÀÈÌÒÙ"."""
    stretch = 1
    for a, b in itertools.pairwise(map(_base_letter, letters)):
        if b < a:
            if stretch < LISTED_LETTERS:
                return False
            stretch = 0
        stretch += 1
    return stretch >= LISTED_LETTERS


def _case_pairs(letters: str) -> bool:
    """Whether the letters come in pairs of one letter in both cases, as a keymap lists
    them ("хХ", "уУюЮ"): no word is written so."""
    return len(letters) % 2 == 0 and all(
        letters[i] != letters[i + 1] and letters[i].lower() == letters[i + 1].lower()
        for i in range(0, len(letters), 2))


def lists_letters(text: str) -> bool:
    """Whether every word of `text` with letters beyond ASCII lists letters: it holds nothing
    beyond ASCII but letters, and its letters are one alone or LISTED_LETTERS or more beyond
    ASCII, in order (`_in_order`), or in pairs of one letter in both cases (`_case_pairs`); or
    it is one character beyond ASCII alone, a letter or a symbol, quoted or not (a keymap's
    "ž", a table's "'÷',"). Source code, manuals and keyboard maps list letters so
    ("[àâèçñó]", "áéíóú", "aáeéiíoóöõuúüûy", "à   ô   é", "хХ уУюЮ"): no word, and none of
    its readings ("авизсу", KOI8-R's "АИМСЗ") is text. (One word in eight of Russian read as
    Latin-1 lists so too, its one-letter words, "â" for "в", and a few in order, "äëÿ" for
    "для": a chain must read more. An alphabet listed in code-point order, "ÀÁÂÃÄÅ", no text
    holds: the prescan takes it out of the runs altogether.)"""
    listed = False
    for word in text.split():
        if word.isascii():
            continue
        if len(core := word.strip(string.punctuation)) == 1 and unicodedata.category(
                core) != "Cc":
            # a character standing alone, quoted or not, as keymaps and tables list them
            # ("ž", "'÷',"); a C1 control alone is windows-1252's punctuation read as Latin-1
            listed = True
            continue
        letters = "".join(filter(str.isalpha, word))
        if any(not c.isascii() and not c.isalpha() for c in word) or not letters:
            return False
        if _case_pairs(letters):
            listed = True
            continue
        if len(letters) > 1 and (sum(not c.isascii() for c in letters) < LISTED_LETTERS
                                 or not _in_order(letters)):
            return False
        listed = True
    return listed


def letter_pair_costs(text: str) -> float:
    """Bits for letter pairs: those no language writes ("ýþ" in "bakýlmýþ", Turkish read
    through the wrong code page) cost UNSEEN_PAIR_BITS, and those languages write cost or save
    by their association (see `pair_cost`): the evidence character frequencies cannot give."""
    return sum(sum(map(pair_cost, w, w[1:])) for w in _PAIRED_RUN.findall(text))


CJK_PAIR_BITS = 4.0  # a pair of CJK characters that words of Chinese, Japanese or Korean hold
#: ... or, where that is more, this share of the pair's association (log2 P(ab) / (P(a·) P(·b)),
#: see tools/build_cjkpairs.py): a word, "忙碌" (15 bits), saves 11. (On accuracy.py's CJK
#: texts, 0.75 and 0.9 mended two documents and broke none; 1.0 broke one, 1.25 six.)
CJK_ASSOCIATION_WEIGHT = 0.75


@lru_cache(maxsize=1)
def _cjk_table() -> tuple[frozenset[str], str, dict[str, float]]:
    """Adjacent Han, Kana and Hangul characters that real words hold
    (cleantext/data/cjkpairs.json, built by tools/build_cjkpairs.py from wordfreq's lists, and
    the Hangul pairs of Korean text the character table holds: wordfreq's Korean is of
    morphemes, see tools/build_charfreq.py), the lowest character of any of them, and the bits
    beyond CJK_PAIR_BITS that the strongly associated ones save (filed by their association in
    bits)."""
    filed = json.loads(resources.files("cleantext.data").joinpath("cjkpairs.json")
                       .read_text(encoding="utf-8"))["pairs"]
    association: dict[str, int] = {}
    for bits, joined in filed.items():
        association.update(dict.fromkeys((joined[i:i + 2] for i in range(0, len(joined), 2)),
                                         int(bits)))
    for pair, bits in _table().hangul_pairs.items():
        association[pair] = max(association.get(pair, 0), bits)
    extra = {pair: more for pair, bits in association.items()
             if (more := CJK_ASSOCIATION_WEIGHT * bits - CJK_PAIR_BITS) > 0}
    return frozenset(association), min("".join(association), default=""), extra


def _cjk_adjacent(text: str) -> list[str]:
    """The adjacent pairs of `text`, or none where it holds no character of a known pair."""
    _, lowest, _ = _cjk_table()
    if len(text) < 2 or max(text) < lowest:
        return []  # (no character of any pair: most readings, told by one scan in C)
    return list(map(str.__add__, text, text[1:]))


def known_cjk_pairs(text: str) -> int:
    """How many adjacent pairs of `text` are pairs of CJK characters real words hold."""
    return sum(map(_cjk_table()[0].__contains__, _cjk_adjacent(text)))


def cjk_pair_bits(text: str) -> float:
    """Bits the pairs of CJK characters real words hold save: the evidence that chooses
    between readings of the same bytes under a mixed decoder (EUC-KR 어쨌든 and 어력든 are
    the same mojibake), which character costs alone decide for the commoner syllables or for
    fewer characters. CJK_PAIR_BITS each, and a strongly associated pair more: GBK "忙碌了"
    and "娴了" are the same mojibake too, and the one character costs less than the two."""
    pairs, _, extra = _cjk_table()
    adjacent = _cjk_adjacent(text)
    return (CJK_PAIR_BITS * sum(map(pairs.__contains__, adjacent))
            + sum(map(extra.get, adjacent, repeat(0.0))))


def impossible(ch: str) -> bool:
    """C0/C1 controls, U+FFFD, private use, unassigned and surrogates: never real text."""
    return char_cost(ch) == IMPOSSIBLE_BITS


def any_impossible(text: str) -> bool:
    """Whether `text` holds an `impossible` character. Printable text holds no control, private
    use, unassigned or surrogate (told in C by the same Unicode database): of those, only
    U+FFFD is left to look for."""
    if text.isprintable():
        return "\ufffd" in text
    return any(map(impossible, text))


#: Latin letters Unicode keeps only for compatibility with old typesetting and code pages
#: (long s "ſ", the ligatures "ﬁ", "ĳ", the digraphs "ǆ"): their decomposition is marked
#: <compat>, and text written today spells them out
_TYPESET_FORMS = regex.compile(r"(?V1)[\p{Latin}&&\p{L}&&\p{Decomposition_Type=Compat}]")


def typeset_forms(text: str) -> bool:
    """Whether `text` holds a Latin letter's typesetting form (`_TYPESET_FORMS`)."""
    return _TYPESET_FORMS.search(text) is not None


def fewer_letters(text: str, n: int) -> bool:
    """Whether `text` holds fewer than `n` letters (`is_letter`), counted only as far as the
    n-th (a long reading has them at once)."""
    if len(text) < n:
        return True
    for ch in text:
        if is_letter(ch):
            n -= 1
            if not n:
                return False
    return True


@lru_cache(maxsize=65536)
def char_cost(ch: str) -> float:
    """Bits for one character, given its script."""
    o = ord(ch)
    if ch in "\t\n\r " :
        return 0.0
    if o < 0x20 or 0x7F <= o < 0xA0 or o == 0xFFFD:
        return IMPOSSIBLE_BITS
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cs"):
        return IMPOSSIBLE_BITS
    table = _table()
    cost = table.cost.get(ch.lower()[0])
    if 0xFF01 <= o <= 0xFF5E:
        # a fullwidth form of ASCII: CJK typography ("ＢＳデジタル"), which the counts of a
        # script written mostly in ASCII hardly see; at most what its ASCII form costs, and
        # WIDE_FORM_BITS more
        ascii_cost = char_cost(chr(o - 0xFEE0)) + WIDE_FORM_BITS
        cost = ascii_cost if cost is None else min(cost, ascii_cost)
    if cost is None:
        script = script_of(ch)
        # a letter of a script the counts hold no text of (Thaana, Syriac) is as likely as
        # any letter of it: the unseen cost of an empty count, not the dearest script's
        if script in table.unseen:
            cost = table.unseen[script]
        elif ch.isalpha():
            cost = math.log2(REPERTOIRE.get(script, DEFAULT_REPERTOIRE))
        else:
            cost = max(table.unseen.values())
    if cat == "Mn" and script_of(ch) == "Inherited":
        cost = max(cost, GENERIC_MARK_BITS)
    return cost


def is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


_FORMAT, _OTHER, _ASCII, _ASCII_LOWER = "Format", "", "ASCII", "ascii"
_ASCII_CLASSES = (_ASCII, _ASCII_LOWER)
#: Of the scripts that glue Latin words to their own (GLUES_LATIN), the one that writes
#: spaces between its words: its letters between two ASCII letters are inside an English
#: word, not glued to one (see `script_mixes`).
SPACED_GLUE = frozenset({"Hangul"})


@lru_cache(maxsize=65536)
def _mix_class(ch: str) -> str | None:
    """What `script_mixes` needs of a character: "Format" for a format character (not the soft
    hyphen), its script for a letter of a script, None for a neutral letter or mark, "" for
    anything else (a word boundary)."""
    if unicodedata.category(ch) == "Cf" and ch != "\u00ad":
        return _FORMAT
    if is_letter(ch):
        if "\uff21" <= ch <= "\uff5a":
            return None  # fullwidth Latin (ＳＪＩＳ) is CJK typography, at home in CJK words
        if ch.isascii():
            return _ASCII if ch.isupper() else _ASCII_LOWER
        if ch in _KANA_MARKS:
            return "Katakana"
        s = script_of(ch)
        return None if s in NEUTRAL else s
    return _OTHER


#: the prolonged sound mark and the halfwidth voicing marks: letters of no script to Unicode
#: (Common), which only kana write ("Nieﾟen" is Shift_JIS's reading of a German "Nießen")
_KANA_MARKS = frozenset("\u30fc\uff70\uff9e\uff9f")


def _joins(a: str, b: str, cjk_glue: bool) -> bool:
    """May letters of classes a and b stand side by side in a word? With `cjk_glue`: Chinese,
    Japanese and Korean write English words and abbreviations into their own without a space
    ("Windowsの", "MB악법", "用Python写"), so an ASCII letter joins their scripts (but see
    `script_mixes` for CJK inside an English word)."""
    if cjk_glue and (a in _ASCII_CLASSES or b in _ASCII_CLASSES):
        other = b if a in _ASCII_CLASSES else a
        return other in _ASCII_CLASSES or other == "Latin" or other in GLUES_LATIN
    return compatible(a if a not in _ASCII_CLASSES else "Latin",
                      b if b not in _ASCII_CLASSES else "Latin")


@lru_cache(maxsize=1)
def lookalikes() -> dict[str, frozenset[str]]:
    """Per letter, the scripts of the letters it is printed like (cleantext/data/
    lookalikes.json): Latin "a" looks Cyrillic and Greek capital "Ι" looks Latin."""
    data = json.loads(resources.files("cleantext.data").joinpath("lookalikes.json")
                      .read_text(encoding="utf-8"))["pairs"]
    out: dict[str, set[str]] = {}
    for script, pairs in data.items():
        for latin, other in pairs.split():
            out.setdefault(latin, set()).add(script)
            out.setdefault(other, set()).add("Latin")
    return {ch: frozenset(scripts) for ch, scripts in out.items()}


def _looks_like(ch: str, kind: str) -> bool:
    """Whether `ch` is printed like a letter of the script of mix class `kind`."""
    return (kind if kind not in _ASCII_CLASSES else "Latin") in lookalikes().get(ch, ())


def script_mixes(text: str, cjk_glue: bool = False, limit: int = sys.maxsize) -> int:
    """How often letters of incompatible scripts meet inside a word ("cafй" has one).

    `cjk_glue` is for text known to be CJK or Thai (read under the document's chain): ASCII
    letters then join their letters ("Windows CE的Palm", "ถัดมาPittsburgh"), except Hangul
    with ASCII letters on both sides ("sp횄짝ndende", a Danish æ through two layers of damage
    read as Korean), which counts once: Korean puts spaces between its words, and glues
    English words to its own, not its own into English words. Without it, the glue counts: a
    Polish "chodz¹" read as GBK ("chodz鹿") must not look like Chinese. With it too, a letter
    printed like one of the other script's does not mix with it ("минутa" with a Latin "a",
    "MarwΜew"): the document has shown its script, and text writes look-alikes into words by
    mistake or design. Between capitals that holds without it too ("ΙV" with a Greek Iota,
    "ΤV"): one such Roman numeral or acronym ruled out the reading of a whole run (in the chain
    search, lower-case look-alikes lost 32 documents and changed 3 clean ones).

    Counting stops once past `limit`, for a caller who only asks whether it is passed."""
    kinds = set(map(_mix_class, set(text))) - {None, _OTHER}
    if _FORMAT not in kinds and all(_joins(a, b, cjk_glue) for a in kinds for b in kinds) and not (
            cjk_glue and kinds & SPACED_GLUE and kinds & set(_ASCII_CLASSES)):
        return 0  # no two letters that meet can mix (most readings)
    mixes = 0
    prev_script = ""
    prev_letter = ""
    inside_ascii = False  # in Hangul that came right after ASCII letters of this word
    for ch, kind in zip(text, map(_mix_class, text), strict=True):
        if kind == _FORMAT:
            cased = prev_script in CASED or prev_script in _ASCII_CLASSES
            mixes += cased
            prev_script = _FORMAT if cased or not prev_script else prev_script
            inside_ascii = False
            continue
        if prev_script == _FORMAT:
            prev_script = ""
            if kind in CASED or kind in _ASCII_CLASSES:
                mixes += 1
        if kind is None:
            continue
        if kind:
            alike = False  # a look-alike of the word's letters, as good as one of them
            if prev_script and not _joins(prev_script, kind, cjk_glue):
                # (in capitals, anywhere: "ΙV", "ΤV" are Roman numerals and acronyms)
                capitals = ch.isupper() and prev_letter.isupper()
                alike = (cjk_glue or capitals) and _looks_like(ch, prev_script)
                # (a word that starts with a Greek or Cyrillic look-alike may go on in Latin:
                # "ΙV"; one that starts in Latin letters goes on in them, look-alike or not)
                mixes += not (alike or (cjk_glue or capitals) and not prev_letter.isascii()
                              and _looks_like(prev_letter, kind))
            if kind in SPACED_GLUE:
                # (without the glue, the ASCII–Hangul meetings have counted already)
                inside_ascii = cjk_glue and (inside_ascii or prev_script in _ASCII_CLASSES)
            else:
                mixes += inside_ascii and kind in _ASCII_CLASSES
                inside_ascii = False
            prev_script = prev_script if alike else kind
            prev_letter = ch
        else:
            prev_script = prev_letter = ""
            inside_ascii = False
        if mixes > limit:
            break
    return mixes


# lower→UPPER, or two capitals then lowercase ("ГСЗЦн": windows-1256 Arabic read as Latin-1
# and then as windows-1251); "PDFs" pays it too, which only one short word can afford
_CASE_SWITCH = regex.compile(r"\p{Lowercase}(?=\p{Uppercase})|\p{Uppercase}{2}(?=\p{Lowercase})")


def case_switches(text: str) -> int:
    """Case switches inside a word: "ÃƒÂ", "пРИВЕТ" (KOI8-R read as windows-1251), "ГСЗЦн"."""
    return len(_CASE_SWITCH.findall(text))


# a non-ASCII symbol, superscript, quote or digit, or two, between two lowercase letters of a
# cased script: "Za¿ó³æ" (Polish in windows-1250 read as Latin-1), "wi๑gi" (Umbundu "wiñgi" read
# as TIS-620). Apostrophes and the Catalan middle dot stand there. After a lowercase letter, or
# a capital inside a word: UTF-8's lead byte read as a capital glued to a lowercase letter
# ("cÃ«hnn", "cГ«hnn": Zapotec "cëhnn", whose pairs no language of ours writes, had read as
# well either way). A capital that opens a word does not count ("Ð›Ð°" is a layer of
# mojibake whose next layer must not look worse for it), nor do capitals in a row. The spacing
# circumflex and caron count as symbols: Unicode makes them modifier letters, the code pages
# that hold them (windows-1252's 0x88, windows-1250's 0xA1) hold them as accents on their own,
# and no orthography writes them inside a word ("jushaka¡n" is not windows-1250's "jushakaˇn").
_CASED_LETTER = r"[[\p{Latin}\p{Cyrillic}\p{Greek}]&&\p{Ll}]"
_IN_WORD_SYMBOL = regex.compile(
    rf"(?V1)(?<={_CASED_LETTER}\p{{Lu}}?)"
    r"[[\p{S}\p{N}\p{Pi}\p{Pf}\p{Po}\u02c6\u02c7]--[\x00-\x7f\u00b7\u2018\u2019\u02bc\u2027]]{1,2}"
    rf"(?={_CASED_LETTER})")


def in_word_symbols(text: str, start: int = 0, end: int | None = None) -> int:
    """Symbols inside words, each of a pair counted: UTF-8 read as MacRoman puts two there
    ("Tlaxc√°lan", the lead byte's "√" and the continuation's "°"). With `end`, only those
    from `start` up to it, with the words around them read in the whole text (a run's)."""
    if end is None:
        return sum(map(len, _IN_WORD_SYMBOL.findall(text, start)))
    return sum(len(m.group()) for m in _IN_WORD_SYMBOL.finditer(text, start, end + 1)
               if m.start() < end)


@lru_cache(maxsize=1)
def _script_sign() -> re.Pattern[str]:
    """A digit, sign or punctuation mark of one script (Thai "๏" and "๑", Arabic "٪") in the
    BMP, as a `re` class of ranges: most text holds none, and is scanned once."""
    return re.compile("[" + class_of(bmp_ranges(
        r"(?V1)[[\p{P}\p{S}\p{N}]--[\p{Script=Common}\p{Script=Inherited}\x00-\x7f]]+"))
        + "]")


def glued_signs(text: str) -> int:
    """Signs of one script (`_script_sign`) glued to a letter of a script that is not its own:
    a reading that puts Thai "๏" into Khasi "ïa" mixes scripts as one that puts a Thai letter
    there does, but a sign may stand beside another script's letters where a keyboard puts it
    (Persian "T٪٪boli" with an Arabic percent sign), so it pays for the mix (SCRIPT_MIX_BITS)
    and is not ruled out for it."""
    if text.isascii():
        return 0
    glued = 0
    for m in _script_sign().finditer(text):
        i, script = m.start(), script_of(m.group())
        glued += any(
            0 <= k < len(text) and is_letter(text[k]) and not compatible(script, script_of(text[k]))
            for k in (i - 1, i + 1))
    return glued


# a word of four or more capitals: rarer than the same word in lowercase, which the case-folded
# character costs cannot see (KOI8-R read as windows-1251 turns every lowercase word into one)
_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}{4,}(?![\p{L}\p{M}])")


def caps_words(text: str) -> int:
    return len(_CAPS_WORD.findall(text))


_GENERIC_MARK = regex.compile(r"[\p{Mn}&&\p{Script=Inherited}]", regex.V1)


#: a word: letters and the marks on them
WORD = regex.compile(r"[\p{L}\p{M}]+")


def stranded_marks(text: str) -> int:
    """Combining marks that make no character with the letter they follow ("v" and an acute):
    decomposed text (Vietnamese in windows-1258 writes its tone marks apart) composes; a mark
    some wrong reading strands does not. A mark named for a script, in a word whose letters
    are all of that script, makes no character either and is no stranded one: Arabic's harakat
    ("قُدُماً"), which cost so much each that vowelled Arabic in windows-1256 was read as
    Greek. (CJK bytes under a mixed decoder make Arabic letters and harakat too, among
    Latin-1's letters: "Ø§Ù" and a fathatan stay stranded.)"""
    if not _GENERIC_MARK.search(text):
        return 0
    stranded = 0
    for word in WORD.findall(text):
        scripts = None
        for m in _GENERIC_MARK.finditer(word):
            i = m.start()
            if not (i > 0 and word[i - 1].isalpha()
                    and len(unicodedata.normalize("NFC", word[i - 1:i + 1])) != 1):
                continue
            if scripts is None:
                scripts = {script_of(c) for c in word if c.isalpha()}
            stranded += scripts != {script_of(m.group())}
    return stranded


#: a box-drawing or block character right after a letter or digit: drawings stand apart from
#: words and numbers, a mis-read byte stands in them ("54,5┴" for "54,5‰", KOI8-R's reading of
#: windows-1252's per mille sign)
_GLUED_BOX = re.compile(r"(?<=[^\W_])[\u2500-\u259f]")


def glued_boxes(text: str) -> int:
    """Box-drawing and block characters right after a letter or digit."""
    return len(_GLUED_BOX.findall(text)) if not text.isascii() else 0


STRETCH_BITS = 2.0  # a letter's third and later repeats in a row ("Ååååån", "sooo")
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)


def stretch_discount(text: str) -> float:
    """Bits taken off the repeats of a stretched letter: writers stretch words in alphabets,
    and a rare letter repeated seven times is one stretched word, not seven rare letters (a
    Swedish "Ååååååån" had read better as Big5's "驚槫槫幩"). Not Han, Kana or Hangul, whose
    repeats are no stretching (GBK's "亖亖亖亖" is a row of Shift_JIS "＝")."""
    return sum(max(0.0, char_cost(m.group(1)) - STRETCH_BITS) * (len(m.group()) - 2)
               for m in _STRETCHED.finditer(text)
               if unicodedata.east_asian_width(m.group(1)) not in ("W", "F")
               ) if len(text) > 2 else 0.0


T = TypeVar("T")

#: Strings longer than this together are not memoised by `memo_short`: a cache of a few
#: thousand readings must not hold whole lines of a large file.
MEMO_CHARS = 256


def memo_short(maxsize: int, long_maxsize: int = 0
               ) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """`lru_cache` of calls on short strings (MEMO_CHARS in all): readings of runs repeat
    (the same word is read for each chain, at every look of the sample), long lines do not;
    of calls on longer strings, the last `long_maxsize` (a whole text asked about twice)."""
    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        long_calls = lru_cache(maxsize=long_maxsize)(fn) if long_maxsize else fn

        @wraps(fn)
        def call(*args: object, **kwargs: object) -> T:
            size = 0  # (a plain loop: this runs on every reading priced)
            for a in (args, kwargs.values()) if kwargs else (args,):
                for v in a:
                    if isinstance(v, str):
                        size += len(v)
            return cached(*args, **kwargs) if size <= MEMO_CHARS else long_calls(*args, **kwargs)

        return call
    return wrap


@memo_short(1 << 16)  # (half the readings priced in a run are priced again)
def text_cost(text: str, cjk_glue: bool = False, mixes: int | None = None) -> float:
    """Total bits of `text`: character costs (a stretched letter's repeats cheap), script
    mixing (see `script_mixes` for `cjk_glue`; `mixes` when the caller has counted them), case
    switches, symbols inside words, signs of one script glued to another's letters (see
    `glued_signs`), words in capitals, letter pairs (see `pair_cost`), letters where no word
    starts or ends with them (`misplaced_edges`), triples of letters no word holds
    (`unseen_triples`) and stranded marks."""
    if mixes is None:
        mixes = script_mixes(text, cjk_glue)
    return (sum(map(char_cost, text)) - stretch_discount(text) + SCRIPT_MIX_BITS * mixes
            + CASE_SWITCH_BITS * case_switches(text)
            + IN_WORD_SYMBOL_BITS * in_word_symbols(text) + CAPS_WORD_BITS * caps_words(text)
            + SCRIPT_MIX_BITS * glued_signs(text)
            + letter_pair_costs(text)
            + UNSEEN_PAIR_BITS * (misplaced_edges(text) + unseen_triples(text))
            + STRANDED_MARK_BITS * stranded_marks(text))


def reading_cost(text: str, cjk_glue: bool = False, mixes: int | None = None) -> float:
    """What a reading costs in the chain search: `text_cost`, less what the pairs of CJK
    characters real words hold save (`cjk_pair_bits`: EUC-JP's "ふるさとの辺り" against GBK's
    "ふるさとの收り", which has the cheaper characters)."""
    return text_cost(text, cjk_glue, mixes) - cjk_pair_bits(text)


SCRIPT_SWITCH_BITS = 6.0  # adjacent letters of two writing systems (see script_switches)
#: Scripts one writing system mixes letter by letter: Japanese writes kanji and kana together.
#: (Korean's Hangul and Han are two here: Hanja stand apart from Hangul, where they stand;
#: fragments.py, which asks what a document may hold, not what stands side by side, joins them.)
_ONE_SYSTEM = {"Hiragana": "Han", "Katakana": "Han"}


@lru_cache(maxsize=65536)
def _system(ch: str) -> str | None:
    """The writing system of a letter (ASCII letters are Latin), None for anything else: of
    `_mix_class`'s classes (fullwidth Latin, "ｋｍ", is CJK typography there too)."""
    kind = _mix_class(ch)
    if not kind or kind == _FORMAT:
        return None
    return "Latin" if kind in _ASCII_CLASSES else _ONE_SYSTEM.get(kind, kind)


def script_switches(text: str) -> int:
    """Adjacent letters of two writing systems: "典妤N於", "めΑΑΑβ", "乏彭로". Writers glue
    words of another system to their own ("用Python写"), but a reading of the same bytes that
    does so more often reads worse."""
    systems = list(map(_system, text))
    return sum(a is not None and b is not None and a != b
               for a, b in zip(systems, systems[1:], strict=False))


#: A writing system's letters cost at most this much more than the document's commonest's ...
SYSTEM_PRIOR_CAP = 8.0
#: ... and nothing when they are at least 2**-SYSTEM_PRIOR_FREE as common: a Korean page in XML
#: has more ASCII letters than Hangul, and its Hangul must not cost for it (readings with fewer
#: letters would win: "릿다" for "맞는다")
SYSTEM_PRIOR_FREE = 3.0
#: A letter the document writes at least this often, and more often than the character table
#: expects of its script, is priced by both (see `system_prior`) ...
DOC_LETTER_MIN = 3
#: ... when that makes it this much cheaper: smaller discounts only add entries to the prior
DOC_LETTER_BITS = 1.0
#: Per writing system, the bits a letter of it costs beyond its cost within its script (""
#: for a system the document lacks); per letter (a key of one character, lowercase), the bits
#: it costs less in this document.
Prior = tuple[tuple[str, float], ...]


def system_prior(text: str) -> Prior:
    """What a letter of each writing system costs in a document that reads as `text`, beyond
    its cost within its script (`char_cost`): log2 of how much rarer the system's letters are
    there than the commonest system's, less SYSTEM_PRIOR_FREE, at most SYSTEM_PRIOR_CAP (""
    for a system it lacks). Character costs are conditioned on the script so that no language
    outweighs another; the document says which scripts it writes (Greek letters are cheap
    Greek, not cheap Japanese), and which of their letters it writes often (`_doc_letters`).
    Rounded, so that documents alike share cached readings (fewer do since the letters came
    in: their entries differ from document to document)."""
    counts = Counter(filter(None, map(_system, text)))
    if not counts:
        return ()
    top = max(counts.values()) + 0.5

    def bits(n: float) -> float:
        return round(max(0.0, min(SYSTEM_PRIOR_CAP, math.log2(top / n) - SYSTEM_PRIOR_FREE)), 1)

    return (("", bits(0.5)), *sorted((s, bits(n + 0.5)) for s, n in counts.items()),
            *_doc_letters(text))


def _doc_letters(text: str) -> list[tuple[str, float]]:
    """The letters `text` writes often that the character table, counted over all the languages
    of their script, prices high, each with the bits it costs less when priced by an even
    mixture of the table and the document's own letter counts (a cache model): Serbian "ј",
    "љ", "њ" and "ћ" are rare in the table's Cyrillic, which is mostly Russian, and a mixed
    decoder's reading of their bytes chose two common capitals instead ("ø" as C3 B8, "УИ",
    where F8 is "ј")."""
    letters = Counter(ch.lower()[0] for ch in text if ch.isalpha())
    per_script = Counter[str]()
    for ch, n in letters.items():
        per_script[script_of(ch)] += n
    out = []
    for ch, n in letters.items():
        if n < DOC_LETTER_MIN or not _alphabet_letter(ch):
            continue  # (only letters an alphabet rules on: a Han word the chain search misread
            # repeats as the word does, and made cheap, the misreading took the document)
        ratio = (n / per_script[script_of(ch)]) / 2 ** -char_cost(ch)
        discount = round(math.log2((1 + ratio) / 2), 1)
        if discount >= DOC_LETTER_BITS:
            out.append((ch, discount))
    return sorted(out)


@lru_cache(maxsize=64)
def _prior_table(prior: Prior) -> dict[str, float]:
    return dict(prior)


def prior_cost(text: str, prior: Prior) -> float:
    """Bits `prior` (see `system_prior`) puts on the letters of `text`."""
    if not prior:
        return 0.0
    table = _prior_table(prior)
    return sum(table.get(s, table[""]) - table.get(ch.lower()[0], 0.0)
               for ch, s in zip(text, map(_system, text), strict=True) if s is not None)


def letter_scripts(text: str) -> set[str]:
    return set(map(_letter_script, set(text))) - {None} - NEUTRAL  # type: ignore[return-value]


@lru_cache(maxsize=65536)
def _letter_script(ch: str) -> str | None:
    return script_of(ch) if is_letter(ch) else None
