"""Injected fragments: runs of a foreign script dropped into prose (SEO, gambling, adult spam).

Independent signals, each recorded as evidence:
- placement: the run splits a word (`word\\n<run> rest`), is glued to the start or end of a line,
  or sits between two words; in parentheses, quotes or on a line of its own it is normal;
- script: the run's script is foreign to the writing system of the document's prose (Japanese
  is Han and Kana, Korean Hangul and Han) and a small minority of its letters without the run;
- shape: digits glued to a word ("numbered"), or several lowercase words strung together, as
  spam strings keywords (a name is capitalised, a word talked about is one word);
- lexicon: spam vocabulary (cleantext/lexicon/*.txt plus the user's terms);
- recurrence: the same run, or the same spam term, more than once in the document.
Only an abnormal placement can remove a fragment; the other signals decide how abnormal is enough.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from cleantext import lexicon
from cleantext.codecs import can_encode, utf8_image
from cleantext.detect.score import lookalikes
from cleantext.model import Span
from cleantext.scripts import (
    GLUES_LATIN,
    NEUTRAL,
    SCRIPTS,
    bmp_ranges,
    class_of,
    non_ascii,
    outside,
    outside_class,
    script_of,
)

MINORITY = 0.15  # foreign letters at most this share of the document's letters
MAX_UNLISTED = 16  # letters: a longer run is prose (a quoted sentence), unless spam words say
                   # otherwise; injected keywords are short ...
MAX_GLUED = 40  # ... but prose is not glued to a word of another script, nor numbered: a run
                # glued so, or numbered, may hold a few words (not one of a script that glues
                # Latin words to its own, see GLUES_LATIN, in Latin text: that may be prose
                # quoting "RSS")
#: A script with this many runs placed as prose places them, and this share of its runs, is the
#: document's own: its runs glued to a word need a spam word to go (see `own_script`)
OWN_RUNS = 5
OWN_SHARE = 0.8
HAN_WORD = 4  # Han writes a word in one to four characters (names and set phrases included): a
              # longer run of Han is several words


@dataclass(frozen=True)
class Fragment:
    span: Span  # the foreign run itself
    remove: Span  # what removal takes out (the run and the whitespace it brought)
    placement: str  # split-word | line-start | line-end | between-words | normal
    signals: tuple[str, ...]
    removable: bool
    confidence: float

    @property
    def evidence(self) -> str:
        return f"{self.placement}; " + ", ".join(self.signals)


_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def _ascii_letters(text: str) -> tuple[int, int]:
    """(ASCII letters, non-ASCII characters) of the text, counted in C: the letters by deleting
    the rest from the text's ASCII bytes."""
    ascii_part = text.encode("ascii", "ignore")
    return (len(ascii_part.translate(None, _ASCII_NON_LETTERS)),
            len(text) - len(ascii_part))


#: Tags and character references: the markup of a scraped page is no part of its prose (a
#: Korean page in XML has more ASCII letters in its tags than Hangul in its text). A tag is
#: short and starts with a name, "/", "!" or "?"; a CDATA section's text is prose ("a < b"
#: and "<![CDATA[...]]>" are not tags).
_MARKUP = re.compile(r"<(?!!\[CDATA\[)[A-Za-z/!?][^<>]{0,300}>|&#?\w{1,10};")


def _prose(text: str) -> str:
    return _MARKUP.sub(" ", text) if "<" in text or "&" in text else text


#: The writing systems whose scripts share words (the pairs of scripts.COMPATIBLE): Japanese
#: writes Han and Kana, Korean Hangul and Han, Chinese Han and Bopomofo.
JAPANESE = frozenset({"Han", "Hiragana", "Katakana"})
KOREAN = frozenset({"Hangul", "Han"})
CHINESE = frozenset({"Han", "Bopomofo"})
_SYSTEMS = {"Hiragana": JAPANESE, "Katakana": JAPANESE, "Hangul": KOREAN, "Bopomofo": CHINESE}
#: Of Han, Korean prose writes Hanja: the traditional characters of its national character set
#: (KS X 1001, in cp949) and of Big5. A word of Han that holds any other character (赌场,
#: 学生: simplified Chinese, or Japanese) is foreign to it: the writing system of a Korean
#: host that holds one is Hangul and this pseudo-script (see `_counted`).
HANJA = "Hanja"
HANJA_ENCODINGS = ("cp949", "big5")
KOREAN_PROSE = frozenset({"Hangul", HANJA})
#: Kana beside a text's Han that make it Japanese: a few (Japanese with few Kana, judged
#: Chinese, would have its Kana taken for fragments) ...
KANA_SHARE = 0.05
#: ... and Hangul that make it Korean: many (Korean written mostly in Han is rare; a Hangul
#: fragment in a short Chinese text is not).
HANGUL_SHARE = 0.25


def host_system(host: str, per_script: Counter[str]) -> frozenset[str]:
    """The scripts of the host's writing system. Han is written in Chinese, Japanese and
    Korean alike: the Kana or Hangul beside it say which (a few of them are a fragment)."""
    if host != "Han":
        return _SYSTEMS.get(host, frozenset({host}))
    kana, hangul = per_script["Hiragana"] + per_script["Katakana"], per_script["Hangul"]
    if kana >= max(hangul, KANA_SHARE * per_script["Han"]):
        return JAPANESE
    return KOREAN if hangul >= HANGUL_SHARE * per_script["Han"] else CHINESE


def host_script(text: str) -> tuple[str | None, int, Counter[str]]:
    """The document's dominant letter script, its letter count, and counts per script, in its
    prose (markup left out).

    ASCII letters are counted apart (`_ascii_letters`), the other characters by a Counter (of
    the non-ASCII part alone when the text is mostly ASCII), then each distinct character's
    script looked up once."""
    return _count(_prose(text))


def _count(text: str) -> tuple[str | None, int, Counter[str]]:
    """`host_script` of prose."""
    ascii_letters, others = _ascii_letters(text)
    counts: Counter[str] = Counter()
    if ascii_letters:
        counts["Latin"] = ascii_letters
    rest = non_ascii(text) if 2 * others <= len(text) else text
    for ch, n in Counter(rest).items():
        if not ch.isascii() and ch.isalpha() and (s := script_of(ch)) not in NEUTRAL:
            counts[s] += n
    if not counts:
        return None, 0, counts
    script, _ = counts.most_common(1)[0]
    return script, sum(counts.values()), counts


_NAMED = frozenset(SCRIPTS) - NEUTRAL


#: a run is judged against the text it was dropped into: the text without the run (its own
#: letters, up to MAX_GLUED of them, are counted out of the minority test: a Korean page with
#: a few Latin words holds a minority of Latin, and a glued English phrase must not tip it)
_FORGIVEN = (1 - MINORITY) * MAX_GLUED


def minor_scripts(system: frozenset[str], letters: int,
                  per_script: Counter[str]) -> dict[str, float]:
    """The scripts foreign to the writing system that the text's prose may hold as a small
    minority of its letters, each with its letters beyond that share (`is_minority` weighs a
    run against them). Each writing system counts on its own: a Russian feed may be a third
    Latin (addresses, dates, names) and still hold a Thai fragment; a Korean page with lines
    of Japanese holds Hiragana and Katakana, each a minority, but their sum is not."""
    def excess(script: str) -> float:
        foreign = sum(per_script[s] for s in _SYSTEMS.get(script, {script}) - system)
        return foreign - MINORITY * letters

    out = {s: excess(s) for s in per_script if s not in system and s in _NAMED}
    return {s: e for s, e in out.items() if e <= _FORGIVEN}


def is_minority(script: str, run_letters: int, minor: dict[str, float]) -> bool:
    """Whether a run's script is a minority of the text without the run: foreign − r ≤
    MINORITY·(letters − r), for r the run's letters (at most MAX_GLUED)."""
    return script in minor and minor[script] <= (1 - MINORITY) * min(MAX_GLUED, run_letters)


#: what the shortcut for mostly-ASCII text says: every script but Latin a minority by any run
_EVERY_SCRIPT_MINOR = dict.fromkeys(_NAMED - {"Latin"}, 0.0)


def _host_and_minority(text: str) -> tuple[str | None, frozenset[str], dict[str, float]]:
    """The host script, its writing system, and the foreign scripts that are a small minority
    of its letters (`minor_scripts`).

    Mostly ASCII letters settle all three without a count: Latin then has more letters than
    all non-ASCII characters together, and those are all the foreign letters there can be."""
    prose = _prose(text)
    ascii_letters, others = _ascii_letters(prose)
    if others < ascii_letters and others <= MINORITY * ascii_letters:
        return "Latin", frozenset({"Latin"}), _EVERY_SCRIPT_MINOR
    return _counted(prose)


def host_and_minority(text: str) -> tuple[str | None, frozenset[str], dict[str, float]]:
    """`_host_and_minority` by a count of every letter, without its shortcut."""
    return _counted(_prose(text))


def _counted(prose: str) -> tuple[str | None, frozenset[str], dict[str, float]]:
    host, letters, per_script = _count(prose)
    if host is None:
        return None, frozenset(), {}
    system = host_system(host, per_script)
    if system == KOREAN and per_script["Han"] and not all(
            map(_hanja, set("".join(_HAN.findall(prose))))):
        # Han that Korean does not write: the words that hold it are foreign, and the Han
        # letters the minority test counts are theirs
        system, per_script = KOREAN_PROSE, per_script.copy()
        per_script["Han"] = sum(c.isalpha() for run in _foreign_han().findall(prose)
                                for c in run)
    return host, system, minor_scripts(system, letters, per_script)


_HAN = regex.compile(r"\p{Script=Han}+")


_LETTER = regex.compile(r"\p{L}")


def _one_script(text: str) -> bool | None:
    """Whether the text's letters are all of one script, by one compiled scan per script (each
    stops at the first letter of a script not yet seen); None when a letter's script is not
    one we name. (Scripts that share words may still be two writing systems: a Chinese text
    with a Japanese fragment holds Han and Kana, as Japanese does.)"""
    found: set[str] = set()
    pos = 0
    while (m := outside(frozenset(found | NEUTRAL)).search(text, pos)) is not None:
        pos, ch = m.end(), m.group()
        if ord(ch) > 0xFFFF and not _LETTER.match(ch):
            continue  # beyond the BMP, `outside` leaves the test to us
        script = script_of(ch)
        if script in found or script in NEUTRAL:
            continue
        if script not in SCRIPTS:
            return None
        if found:
            return False
        found.add(script)
    return True


def _foreign(system: frozenset[str], *, han: bool = True) -> str:
    """A letter or mark of no script of the host's writing system. Of a system that writes
    only some Han (HANJA), every Han letter is taken in (`han`: the gates, which look for where
    runs may be) or none (runs take in Han word by word, see `_foreign_han`)."""
    scripts = "".join(rf"\p{{Script={s}}}" for s in sorted(
        system - {HANJA} if han else {"Han" if s == HANJA else s for s in system}))
    return rf"[[\p{{L}}\p{{M}}]--[{scripts}]]"


@lru_cache(maxsize=1 << 16)
def _hanja(ch: str) -> bool:
    """Whether Korean writes the Han character `ch` (see HANJA), by the codecs' tables."""
    return any(can_encode(encoding, ch) for encoding in HANJA_ENCODINGS)


@lru_cache(maxsize=1)
def _foreign_han() -> regex.Pattern[str]:
    """A word of Han that holds a character Korean does not write, whole: it starts where Han
    starts (so each character is looked at once or twice: the scan stays linear)."""
    hanja = class_of((p, p) for lo, hi in bmp_ranges(r"\p{Script=Han}+")
                     for p in range(lo, hi + 1) if _hanja(chr(p)))
    return regex.compile(rf"(?V1)(?<!\p{{Script=Han}})\p{{Script=Han}}*?"
                         rf"[\p{{Script=Han}}--[{hanja}]]\p{{Script=Han}}*+")


def _run(letter: str, again: str, possessive: bool = False) -> str:
    """A run of `letter` (written `again` after its first use); digits inside or right after
    it belong to it ("바다신2게임", "슬롯77")."""
    q = "+" if possessive else ""
    return rf"{letter}+{q}(?:[0-9]+{q}{again}+{q}|[ ]{again}+{q})*{q}[0-9]*{q}"


@lru_cache(maxsize=64)
def _run_pattern(system: frozenset[str]) -> regex.Pattern[str]:
    foreign = _foreign(system, han=False)
    if HANJA in system:
        foreign = f"(?:{foreign}|{_foreign_han().pattern.removeprefix('(?V1)')})"
    # the letter's pattern is written once and called (Hanja's class is long to compile)
    return regex.compile("(?V1)" + _run(f"(?P<f>{foreign})", "(?&f)"))


@lru_cache(maxsize=64)
def _bmp_run_pattern(system: frozenset[str]) -> re.Pattern[str]:
    """`_run_pattern` for a text within the BMP, as a `re` pattern (`outside`), which scans
    several times faster."""
    letter = outside_class(system, marks=True)
    # (possessive: a letter, a digit and a space are three disjoint classes, so nothing
    # given back could match otherwise)
    return re.compile(_run(letter, letter, possessive=True))


_BEYOND_BMP = re.compile(r"[\ud800-\udfff\U00010000-\U0010ffff]")


def _runs_of(text: str, system: frozenset[str]) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The matches of `_run_pattern` in `text`; of `_bmp_run_pattern` where it finds the same
    (`outside` is exact on the BMP, surrogates aside)."""
    if HANJA in system or _BEYOND_BMP.search(text):
        return _run_pattern(system).finditer(text)
    return _bmp_run_pattern(system).finditer(text)


@lru_cache(maxsize=64)
def _at_line_end(system: frozenset[str]) -> regex.Pattern[str]:
    """A line end with a run right after it or right before it: where every placement but
    between-words is (found from the line ends, which a scan finds fast)."""
    foreign = _foreign(system)
    return regex.compile(rf"(?V1)\n(?:(?={foreign})|(?<={foreign}[0-9]*\n))")


@lru_cache(maxsize=64)
def _at_text_end(system: frozenset[str]) -> regex.Pattern[str]:
    """The start or end of the text with a run there (`_placement` takes them for line ends)."""
    foreign = _foreign(system)
    return regex.compile(rf"(?V1)\A(?={foreign})|(?<={foreign}[0-9]*)\Z")


def _touches_a_line_end(text: str, system: frozenset[str]) -> bool:
    return bool(_at_line_end(system).search(text) or _at_text_end(system).match(text)
                or _at_text_end(system).search(text, max(0, len(text) - 64)))


#: in the runs of a text, what a fragment between words is known by: a letter followed by a
#: digit (`_numbered`), or two words with no capital letter, or Han longer than a word
#: (`_phrase`)
_BETWEEN_WORDS_SPAM = regex.compile(
    rf"[^\d\s][0-9]|[^\d\sA-Z] +[^\d\sA-Z]|\p{{Script=Han}}{{{HAN_WORD + 1}}}")


def _is_host_letter(ch: str, system: frozenset[str]) -> bool:
    """Whether `ch` is a letter of the host's writing system, or a mark of its script (a Thai
    word may end in one: "แบรดชอว์"). Fullwidth and halfwidth forms (ＴＸ, ｶﾅ) belong to East
    Asian text whatever their script."""
    return ((ch.isalpha() or unicodedata.category(ch) in _MARKS) and not "\uff00" <= ch <= "\uffef"
            and (s := script_of(ch)) not in NEUTRAL
            and (s in system or (s == "Han" and HANJA in system and _hanja(ch))))


_MARKS = frozenset({"Mn", "Mc"})  # combining marks; enclosing ones (Me) end no word
_CLOSING = frozenset(".!?,;:)]\"'”’»。！？」』）")  # what may end a host word at a line's end


def _in_capitals(text: str, i: int) -> bool:
    """Whether the letter at `i` ends a word in capitals (no lowercase letter just before it)."""
    return text[i].isupper() and not (i > 0 and text[i - 1].islower())


def _placeable(text: str, start: int, end: int) -> bool:
    """Whether `_placement` can find the run anything but "normal": every other placement
    needs a line break (or the text's end) on one side, or a space on both."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    return "\n" in (before, after) or before == after == " "


def _placement(text: str, start: int, end: int, system: frozenset[str],
               wrapped: Callable[[], bool]) -> tuple[str, Span]:
    """Where a run stands, and what removal takes with it; `wrapped()` says whether the text
    is hard-wrapped (`_wrapped`, asked only of a run that may cut a word)."""
    # the ends of the text are line ends (streaming cuts a file at line ends too): a run glued
    # to the first or last word of a document is as abnormal as one glued to a line's
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if "\n" in (before, after) and (_line_is_foreign(text, start, end, system)
                                    or _glued_into_own(text, start, end)):
        return "normal", Span(start, end)  # the line's own prose, glued to nothing of the host
    if (before == "\n" and after == " " and start >= 2 and end + 1 < len(text)
            and _is_host_letter(text[start - 2], system) and _is_host_letter(text[end + 1], system)
            and (not text[end + 1].isupper() or _in_capitals(text, start - 2))):
        # (a capital after the run opens a sentence or a name, unless the word it cuts is
        # written in capitals: "ΕΡ\n<run> ΓΑΣΙΑ")
        if wrapped():
            return "between-words", Span(start, end + 1)
        return "split-word", Span(start - 1, end + 1)
    if before == "\n" and _is_host_letter(after, system):
        return "line-start", Span(start, end)
    if after == "\n" and (_is_host_letter(before, system) or (
            before in _CLOSING and start >= 2 and _is_host_letter(text[start - 2], system))):
        return "line-end", Span(start, end)  # glued to the line's last word or its full stop
    if (before == " " and after == " " and start >= 2 and end + 1 < len(text)
            and text[start - 2].isalnum() and text[end + 1].isalnum()
            and not _line_is_foreign(text, start, end, system)):
        return "between-words", Span(start, end + 1)
    return "normal", Span(start, end)


WRAPS = 3  # line breaks inside a sentence that make a text hard-wrapped (see `_wrapped`)
#: a line break between two lowercase letters: inside a sentence of a script with case (in
#: Thai, Chinese or Japanese a line may break inside a word, and Arabic or Hebrew show no
#: sentence's start)
_WRAP = re.compile(r"(?<=[^\W\d_])\n(?=[^\W\d_])")


def _wrapped(text: str, system: frozenset[str]) -> bool:
    """Whether the text breaks its lines inside sentences (mail, man pages, plain text filled
    to a width), WRAPS times or more between the host's own letters. There a line that ends in
    a word and a next one that opens with a foreign run are two words, not a word cut in two
    ("тексту\nterminfo і змінює"): the run is placed between words."""
    found = 0
    for m in _WRAP.finditer(text):
        i = m.start()
        if (text[i - 1].islower() and text[i + 1].islower()
                and _is_host_letter(text[i - 1], system) and _is_host_letter(text[i + 1], system)):
            found += 1
            if found >= WRAPS:
                return True
    return False


def _glued_into_own(text: str, start: int, end: int) -> bool:
    """Whether the run is glued to a word that holds letters of the run's own scripts beyond
    it: the run and the host's letters between are one foreign word or phrase that takes in a
    host word ("# 只有jp有實作" in a source file, "选定的(Marked)文件"), not a run dropped into
    the host's prose."""
    own = {script_of(c) for c in text[start:end] if c.isalpha()} - NEUTRAL
    glued = (_WORD_BEFORE.search(text, max(0, start - GLUED_REACH), start).group()
             + _WORD_AROUND.match(text, end).group())
    return any(c.isalpha() and script_of(c) in own for c in glued)


LINE_REACH = 256  # characters either side of a run in which its line's writing is counted


def _line_is_foreign(text: str, start: int, end: int, system: frozenset[str]) -> bool:
    """Whether the run's line, the run left out, holds more letters foreign to the host than
    the host's own: the line is prose in another language (a bilingual page's Korean line,
    "수정구 A 중원구 화성시 B", has two Latin letters; a man page's Russian line "Вы должны
    сделать все изменения NIS на сервере"), and a run in it stands in its own prose, not
    dropped into the host's. Counted in prose (markup left out: "…人。</description>" is a line
    of Chinese) within LINE_REACH, so work stays linear."""
    lo = max(text.rfind("\n", 0, start) + 1, start - LINE_REACH)
    hi = text.find("\n", end, end + LINE_REACH)
    hi = min(len(text), end + LINE_REACH) if hi < 0 else hi
    host = foreign = 0
    for ch in _prose(text[lo:start] + " " + text[end:hi]):
        if ch.isalpha():
            if _is_host_letter(ch, system):
                host += 1
            else:
                foreign += 1
    return foreign > host


def find_fragments(text: str, extra_terms: Iterable[str] = (), *,
                   removable_only: bool = False,
                   corpus_terms: Collection[str] = ()) -> list[Fragment]:
    """Foreign-script runs placed where prose never puts them, with their signals; `removable`
    when the signals add up. Returned are the removable ones and, for a report, those at a line
    end below the removal threshold (`removable_only` leaves these out). Runs in normal places
    (between spaces, in parentheses or quotes) are legitimate foreign text: most foreign runs
    are, so a text whose runs touch no line end and hold no spam word leaves after a count and
    two compiled scans. `corpus_terms` are words learned from their recurrence across a corpus
    (see `recurrence`): they count as spam words, with their own evidence."""
    found = _host(text)
    if found is None:
        return []
    host, system, minor = found
    if removable_only and not minor:
        return []
    learned = frozenset(corpus_terms)
    if not _touches_a_line_end(text, system):
        runs = "\n".join(m.group() for m in _runs_of(text, system))
        if not (lexicon.hits(runs, tuple(extra_terms)) or _BETWEEN_WORDS_SPAM.search(runs)
                or (learned and not learned.isdisjoint(run_words(runs)))):
            return []  # between words, only a spam word or its shape could make a fragment
    return placed_runs(text, host, system, minor, tuple(extra_terms), removable_only,
                       learned)


def _host(text: str) -> tuple[str, frozenset[str], dict[str, float]] | None:
    """`_host_and_minority` of a text that can hold foreign runs; None for one that cannot
    (one script, or a host in a script we do not model)."""
    one = _one_script(text)
    if one is None:  # a script we do not name: look at every character
        one = len(host_script(text)[2]) <= 1
    if one:
        return None  # one script: nothing can be foreign (most texts leave here)
    host, system, minor = _host_and_minority(text)
    if host is None or host not in SCRIPTS:
        return None  # a host in a script we do not model ("Other"): nothing is foreign to it
    return host, system, minor


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def run_words(run: str) -> list[str]:
    """The words of a run (digits and spaces part them; a script that writes no spaces makes
    the whole run one word), lowercased: what recurrence across a corpus is counted on."""
    return [w.lower() for w in _WORD.findall(run) if len(w) >= 2]


def _runs(text: str, system: frozenset[str]) -> Iterator[tuple[regex.Match[str], str, Span]]:
    """Each run of letters foreign to the writing system: (match, placement, what removal
    takes)."""
    wrapped = cache(lambda: _wrapped(text, system))
    for m in _runs_of(text, system):
        yield m, *_placement(text, m.start(), m.end(), system, wrapped)


def _kin(script: str) -> frozenset[str]:
    """The scripts written together with `script`: a Japanese document writes its Han, Kana
    and words of both apart ("新規作成", "開く", "名前を付けて保存")."""
    return frozenset({script}).union(*(s for s in (JAPANESE, KOREAN, CHINESE) if script in s))


def _run_script(run: str, system: frozenset[str]) -> str | None:
    """The script of a run, None when it is not foreign after all (its letters' scripts may
    include the system's) or holds a script we do not model ("Other": it may be the text's
    own). Han written with Kana, Hangul or Bopomofo goes by them: they name the writing
    system whose letters the minority test counts (a line of Japanese in Korean text)."""
    scripts = {script_of(c) for c in run if c.isalpha()} - NEUTRAL
    if not (scripts and scripts <= _NAMED and scripts.isdisjoint(system)):
        return None
    return min(scripts, key=lambda s: (s not in _SYSTEMS, s))


def foreign_runs(text: str) -> Iterator[tuple[regex.Match[str], str, str, str]]:
    """Every run of a script foreign to the text's writing system, wherever it stands:
    (its match, its script, placement, host script)."""
    found = _host(text)
    if found is None:
        return
    host, system, _ = found
    for m, placement, _ in _runs(text, system):
        if (script := _run_script(m.group(), system)) is not None:
            yield m, script, placement, host


def _numbered(run: str) -> bool:
    """A word of two letters or more with digits glued to it ("เกม59", "回复75", "바다신2게임"):
    how spam numbers its keywords. Between words of prose that is a signal of its own; a
    foreign word there without one may be a name or a word talked about ("the word 사랑").
    Marks count as letters: a Thai or Devanagari syllable is a letter and its vowel signs
    ("คู่57")."""
    return (any(c.isdigit() for c in run)
            and sum(not (c.isdigit() or c.isspace()) for c in run) >= 2)


def _phrase(run: str, script: str) -> bool:
    """Several words with no capital letter: strung keywords, as spam strings them, not a name
    or a title ("Слава Україні", "iTunes Music Store") nor one word talked about ("the word
    사랑"). Prose quotes a foreign phrase ("quoted phrases", in quotes or parentheses, are
    placed normally and never get here)."""
    if any(c.isupper() for c in run):
        return False
    # (words: a run of single letters between spaces is an alphabet listed, "ڪ ګ ك ڬ ڭ")
    words = [w for w in run.split() if sum(c.isalpha() for c in w) >= 2]
    return len(words) >= 2 or (
        script == "Han" and len(words) == 1 and sum(c.isalpha() for c in words[0]) > HAN_WORD)


def _latin_glued(run: str, host: str, placement: str, text: str, start: int) -> bool:
    """Whether a Latin run is glued into prose as no writer glues a Latin word.

    Latin words (brands, names, user names, "to travel life", "tonnes in") stand in text of
    every script, and Latin letters stand in for their look-alikes in Greek and Cyrillic ("H
    Μαρία", "MarwΜew"): made of look-alikes only, or in a word that holds Latin letters beyond
    the run, a run is never suspect by its placement; between words it needs a lowercase phrase
    with digits ("fund model matter40"). The scripts that glue Latin words to their own by
    grammar (GLUES_LATIN: "Windows는", "用Windows") glue single words and names, not a
    lowercase phrase ("…。defense across\n"). Elsewhere a Latin run glued to a line's first or
    last word, or cutting a word, is placed as spam is, unless it is a capitalised word alone,
    a name that may open a line ("Ford задумал"); after a full stop it may be a domain's ending
    ("сайт.com"), so there it needs more than one word or digits."""
    if sum(c.isalpha() for c in run) < 3 or _lookalikes_only(run, host):
        return False
    end = start + len(run)
    word = (_WORD_AROUND.match(text, end).group()
            + _WORD_BEFORE.search(text, max(0, start - GLUED_REACH), start).group())
    if any("a" <= c.lower() <= "z" for c in word):
        return False  # "MarwΜew": the word goes on in Latin after a look-alike
    if placement == "between-words":
        return _phrase(run, "Latin") and _numbered(run)
    if host in GLUES_LATIN:
        return _phrase(run, "Latin")
    several = " " in run.strip() or _numbered(run)
    if next(c for c in run if c.isalpha()).isupper() and not several:
        return False
    return not (placement == "line-end" and text[start - 1] in _CLOSING and not several)


def _lookalikes_only(run: str, host: str) -> bool:
    """Whether every letter of the run is printed like a letter of the host's script: a
    homoglyph typed in its words ("LETTER Oе", Cyrillic "е" after a Latin "O"), not a fragment."""
    return all(host in lookalikes().get(c, ()) for c in run if c.isalpha())


GLUED_REACH = 64  # characters of the words a run is glued to that are looked at
_WORD_AROUND = regex.compile(rf"\S{{0,{GLUED_REACH}}}")
_WORD_BEFORE = regex.compile(r"\S*\Z")


def placed_runs(text: str, host: str, system: frozenset[str], minor: dict[str, float],
                extra_terms: tuple[str, ...], removable_only: bool,
                corpus_terms: frozenset[str] = frozenset()) -> list[Fragment]:
    """`find_fragments` once host, its writing system and minor scripts are known: every
    foreign run looked at."""
    placed = []
    apart: Counter[str] = Counter()  # the runs standing where prose puts them, by their text
    wrapped = cache(lambda: _wrapped(text, system))
    for m in _runs_of(text, system):
        if not _placeable(text, *m.span()):
            apart[m.group()] += 1
            continue  # (most runs: words in markup, URLs)
        placement, remove = _placement(text, m.start(), m.end(), system, wrapped)
        if placement == "normal":
            apart[m.group()] += 1
        elif (script := _run_script(m.group(), system)) is not None:
            placed.append((m, script, placement, remove))
    # every run's text, counted once a fragment asks whether its own recurs
    texts = cache(lambda: Counter(m.group() for m in _runs_of(text, system)))
    misplaced = Counter(script for _, script, _, _ in placed)

    @cache
    def written_apart() -> Counter[str]:
        """Per script, the runs that stand where prose puts them (their scripts are asked
        only once a run is placed as spam is)."""
        counts: Counter[str] = Counter()
        for run, n in apart.items():
            if (script := _run_script(run, system)) is not None:
                counts[script] += n
        return counts

    def own_script(script: str) -> bool:
        """Whether the document writes the script itself: OWN_RUNS runs of it or more stand
        where prose puts them, OWN_SHARE of its runs at least. A translation table or a
        bilingual menu glues a word to a Latin one here and there ("tags作成", "Blockwise式
        選擇" among hundreds of Japanese or Chinese entries); spam is placed as spam, each
        time. (Not asked of Latin, which stands in text of every script, brands and names,
        as its spam does.)"""
        kin = _kin(script)
        apart = sum(written_apart()[s] for s in kin)
        return apart >= OWN_RUNS and apart >= OWN_SHARE * (
            apart + sum(misplaced[s] for s in kin))
    lowered = cache(text.lower)
    found = []
    for m, script, placement, remove in placed:
        terms = lexicon.hits(m.group(), extra_terms)
        learned = [w for w in run_words(m.group()) if w in corpus_terms]
        signals = [f"{script} in {host} text"]
        letters = sum(c.isalpha() for c in m.group())
        minority = is_minority(script, letters, minor)
        if minority:
            signals.append("script minority")
        if terms:
            signals.append("lexicon: " + "/".join(dict.fromkeys(terms)))
        if learned:
            signals.append("glued into the prose across the corpus: "
                           + "/".join(dict.fromkeys(learned)))
        numbered, phrase = _numbered(m.group()), _phrase(m.group(), script)
        # glued to a word or a line's end, numbered or strung: placed as spam is, not as prose
        placed_so = placement != "between-words" or numbered or phrase
        needs_lexicon = not (_latin_glued(m.group(), host, placement, text, m.start())
                             if script == "Latin"
                             else placed_so and not _lookalikes_only(m.group(), host))
        glue_is_prose = host == "Latin" and script in GLUES_LATIN
        long_run = letters > (
            MAX_GLUED if placed_so and not glue_is_prose else MAX_UNLISTED)
        # (last: a run that is UTF-8 shown by a wrong decoder, "a ВЈ2 bet" for "£2" read as
        # windows-1251, is damage the repair left, kept as it stands, not a fragment)
        removable = minority and (bool(terms or learned) or not (
            needs_lexicon or long_run or (script != "Latin" and own_script(script)))) and (
            not utf8_image(m.group()))
        if not removable and (removable_only or placement == "between-words"):
            continue
        recurs = texts()[m.group()] > 1 or any(lowered().count(t.lower()) > 1 for t in terms)
        signals += (["recurs"] * recurs + ["numbered"] * numbered
                    + ["several words"] * phrase)
        spam = bool(terms or learned) or recurs
        confidence = min(1.0, 0.6 + 0.2 * spam + 0.2 * minority)
        found.append(Fragment(Span(m.start(), m.end()), remove, placement,
                              tuple(signals), removable, confidence))
    return found
