"""ftfy's reading of a line, a second opinion beside the chain search.

ftfy knows UTF-8 mojibake whose bytes were mangled further (a no-break space lost to a space,
a byte lost to U+FFFD, CESU-8 emoji, inconsistent decodings), which no strict reading of the
chain search decodes; it knows nothing of legacy encodings. So, line by line:

- where the chain search read a line and ftfy reads it better by FTFY_MARGIN_BITS (and by
  ftfy's own measure), the line is ftfy's ("à¸ à¸²à¸©à¸²" of Thai "ภาษา" is not GBK Han);
- where the chain search read nothing on a line and ftfy's fix reads better, it is ftfy's.

ftfy's fix of a line that also holds clean text of another script is taken stretch by stretch
(`fix_line`).

Pure: ftfy is a library call, imported on first use (clean text never needs it).
"""

from __future__ import annotations

import bisect
import codecs
import re
from functools import cache, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

import regex

from cleantext.codecs import TRUE_ENCODINGS, WRONG_DECODERS
from cleantext.detect.prescan import images, re_class
from cleantext.detect.score import alphabet_letters, confidence, farther_from_alphabet, text_cost
from cleantext.model import Chain, Damage, Diagnosis, Span, chains_by_use

if TYPE_CHECKING:
    import ftfy

FTFY_MARGIN_BITS = 6.0  # ftfy's reading must make the line read this much better ...
#: ... or this much, where the document has shown UTF-8 mojibake, the only damage ftfy mends:
#: ftfy's is then a reading of the document's own chain, as FIT_MARGIN is for the chain search
#: ("Ã perturber … jusqu'Ã nos" beside "rÃ©flexion" is French "à", its no-break space lost
#: to a space)
FTFY_FIT_BITS = 1.0


@lru_cache(maxsize=1)
def ftfy_encoding_only() -> ftfy.TextFixerConfig:
    """ftfy restricted to encoding repairs: no quote uncurling, width folding, ligatures or NFC,
    which would damage CJK text and typography (see DESIGN.md). Its encoding fix is ftfy's
    own `fix_encoding` (which `fix_text` runs with its default settings, whatever these say),
    UTF-8 sequences that lost a byte included: they become U+FFFD."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
        restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
        fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=False,
    )


@lru_cache(maxsize=1)
def _explained() -> ftfy.TextFixerConfig:
    return ftfy_encoding_only()._replace(explain=True)


class Fix(NamedTuple):
    """ftfy's fix of a line and the chain it undid."""

    text: str
    chain: Chain


def fix_line(line: str) -> Fix | None:
    """ftfy's encoding fix of `line`, or None when ftfy sees nothing wrong with it.

    ftfy undoes a line as a whole only when all of it can be a code page's reading; where the
    line also holds clean text of another script, it mends only plain UTF-8 sequences. So the
    stretches a windows-1252 or Latin-1 decoder can have made are also fixed each on its own,
    and that reading taken when it reads better: "أكثر Ù…Ù† Ù Ù Ù¡", Arabic whose no-break
    spaces became spaces after a clean word, is "أكثر من ٠٠١"."""
    from ftfy.badness import is_bad

    if not is_bad(line):
        return None
    fixed = _fix(line)
    if _stretch().fullmatch(line) is None:
        stretched = _fix_stretches(line)
        if stretched is not None and cost(stretched.text) < cost(fixed.text):
            fixed = stretched
    return None if fixed.text == line else fixed


def _fix_stretches(line: str) -> Fix | None:
    """ftfy's fix of each stretch of `line` (see `_stretch`) that its measure flags, or None
    when it changes none; the chain is the first changed stretch's."""
    from ftfy.badness import is_bad

    out, done, chain = [], 0, None
    for m in _stretch().finditer(line):
        if not is_bad(m.group()):
            continue
        fix = _fix(m.group())
        if fix.text != m.group():
            out += (line[done:m.start()], fix.text)
            done, chain = m.end(), chain or fix.chain
    return None if chain is None else Fix("".join(out) + line[done:], chain)


def _fix(text: str) -> Fix:
    import ftfy

    fixed = ftfy.fix_and_explain(text, _explained())
    return Fix(fixed.text, _chain(fixed.explanation or []))


@lru_cache(maxsize=1)
def _stretch() -> re.Pattern[str]:
    """What the wrong decoders of UTF-8 ftfy knows best (windows-1252, Latin-1) make: the
    stretches of a line it can undo."""
    import ftfy.bad_codecs  # noqa: F401  (registers ftfy's sloppy codecs)

    made = images("sloppy-windows-1252", 0, 256) | images("latin-1", 0, 256)
    return re.compile(f"[{re_class(frozenset(made))}]+")


def _codec(name: str) -> str:
    """Our name of one of ftfy's codecs ("sloppy-windows-1252" is the browsers' cp1252)."""
    name = codecs.lookup(name.removeprefix("sloppy-")).name
    ours = (d for d, decoder in WRONG_DECODERS.items() if not decoder.mixed)
    return next((n for n in (*ours, *TRUE_ENCODINGS) if codecs.lookup(n).name == name), name)


def _chain(steps: list[tuple[str, str]]) -> Chain:
    """The chain of ftfy's explanation: each (encode, decode) pair undid one layer, outermost
    first. Its other steps mend UTF-8 read as windows-1252 inside text it leaves
    (`decode_inconsistent_utf8`), or windows-1252 punctuation read as Latin-1 (C1 controls)."""
    encoded = [_codec(p) for step, p in steps if step == "encode"]
    decoded = [_codec(p) for step, p in steps if step == "decode"]
    if decoded:
        return Chain(decoded[-1], tuple(reversed(encoded)))
    if any(p == "fix_c1_controls" for _, p in steps):
        return Chain("cp1252", ("latin-1",))
    return Chain("utf-8", ("cp1252",))


def badness(text: str) -> int:
    """ftfy's measure of mojibake left in `text`; U+FFFD, which ftfy writes for a lost byte,
    is not counted against it."""
    from ftfy.badness import badness as ftfy_badness

    return ftfy_badness(text.replace("\ufffd", ""))


def cost(text: str) -> float:
    """`text_cost` of a line as ftfy or we read it, U+FFFD not counted: a lost byte's mark, or
    the character itself, read back from its UTF-8 ("ï¿½"), not a reading's fault."""
    return text_cost(text.replace("\ufffd", ""))


def _apply(line: str, begin: int, damages: list[Damage]) -> str:
    out, done = [], 0
    for d in damages:  # (detect lists damages left to right)
        out += (line[done:d.span.start - begin], d.decoded)
        done = d.span.end - begin
    return "".join(out) + line[done:]


def _prefers_ftfy(fix: Fix, ours: str, margin: float, chains: set[Chain]) -> bool:
    """Whether ftfy's fix of a line wins over our reading of it (`ours`, by `chains`)."""
    if fix.text == ours:
        return False
    wins = ((chains == {fix.chain} and badness(fix.text) < badness(ours))
            # the same chain, read further: ftfy's measure still flags ours ("wÉ”", Akan
            # "wɔ", whose letter our tables never saw and priced above its mojibake)
            or (cost(fix.text) + margin <= cost(ours)
                # by ftfy's measure too: a fix it leaves half done, "»Ñ»ÉÅÂʵ۵۱ٷ", is
                # cheaper by character costs than the half-width katakana it was
                and badness(fix.text) <= badness(ours)))
    # and not where our reading leads there: a layer of several, which the next pass undoes
    # (ftfy's fix of our reading, asked last: it is the dear test)
    return wins and fix.text != getattr(fix_line(ours), "text", None)


def second_opinion(text: str, diagnosis: Diagnosis, utf8_shown: bool = False) -> Diagnosis:
    """`diagnosis` with ftfy's reading of the lines it reads better (see the module's
    docstring). `utf8_shown`: an earlier layer of the document was UTF-8 mojibake."""
    starts = list(accumulate(map(len, text.splitlines(keepends=True)), initial=0))
    by_line: dict[int, list[Damage]] = {}
    for d in diagnosis.damages:
        by_line.setdefault(bisect.bisect_right(starts, d.span.start) - 1, []).append(d)
    shown = utf8_shown or any(d.chain.true_encoding == "utf-8" for d in diagnosis.damages)
    # a text that is wholly the image of its chain (see detect's `_image_of`) is read by no
    # other: ftfy's Latin-1 "ñ" of MacRoman's "Ã±" is a combining macron below there
    image = next((d.chain for d in diagnosis.damages if d.by == "whole-text"), None)
    flagged = _flagged_lines(text, starts)
    letters = cache(lambda: alphabet_letters(text))
    damages: list[Damage] = []
    for i in range(len(starts) - 1):
        begin, end = starts[i], starts[i + 1]
        ours = by_line.get(i, [])
        if (ours and max(d.span.end for d in ours) > end) or (
                damages and damages[-1].span.end > begin):
            damages += ours  # (a damage across a line end: the lines are not the unit here)
            continue
        line = text[begin:end]
        fix = fix_line(line) if i in flagged else None
        if fix is None or (image is not None and fix.chain != image):
            damages += ours
            continue
        if ours:
            # a reading of UTF-8 like ours, where ftfy sees more (a lost no-break space)
            margin = (FTFY_FIT_BITS if all(d.chain.true_encoding == "utf-8" for d in ours)
                      else FTFY_MARGIN_BITS)
            if not _prefers_ftfy(fix, _apply(line, begin, ours), margin,
                                 {d.chain for d in ours}):
                damages += ours
                continue
        gain = text_cost(line) - text_cost(fix.text)
        if not ours and (gain < (FTFY_FIT_BITS if shown else FTFY_MARGIN_BITS)
                         or farther_from_alphabet(letters(), alphabet_letters(line),
                                                  alphabet_letters(fix.text))):
            continue  # (a reading of ftfy's alone that takes the document's letters farther
            # from an alphabet is what the chain search holds against a weak chain)
        damages += _line_damages(line, fix, begin, gain)
    if damages == list(diagnosis.damages):
        return diagnosis
    if not damages:
        return Diagnosis()
    chains = chains_by_use(damages)
    first = diagnosis.chains[:1] if diagnosis.chains and diagnosis.chains[0] in chains else ()
    return Diagnosis((*first, *(c for c in chains if c not in first)), tuple(damages),
                     diagnosis.confidence if first else max(d.confidence for d in damages))


def _flagged_lines(text: str, starts: list[int]) -> set[int]:
    """The lines (numbered as `starts` begins them) that ftfy's badness measure may flag, found
    by scans of the whole text, not one per line: where the measure's pattern matches in a line
    it matches in the text, save for its "^", which starts a line only at the text's start.
    Lines where it does not match leave `fix_line` at once."""
    from ftfy.badness import BADNESS_RE

    flagged, pos = set(), 0
    while pos < len(text) and (m := BADNESS_RE.search(text, pos)) is not None:
        line = bisect.bisect_right(starts, m.start()) - 1
        flagged.add(line)
        pos = starts[line + 1]
    flagged.update(bisect.bisect_right(starts, m.start()) - 1
                   for m in _BAD_LINE_START.finditer(text))
    return flagged


#: the measure's one anchored case, `^[ÃÂ][ ]`, at the start of any line (`str.splitlines`)
_BAD_LINE_START = re.compile("(?:^|(?<=[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]))[ÃÂ] ")

_TOKENS = regex.compile(r"\S+|\s+")


def _line_damages(line: str, fix: Fix, offset: int, gain: float) -> list[Damage]:
    """ftfy's fix of a line as damages, word by word when ftfy kept the words apart (it mends
    inside words), else one for the whole line. Linear, unlike a general diff."""
    a, b = _TOKENS.findall(line), _TOKENS.findall(fix.text)
    pairs = zip(a, b, strict=True) if len(a) == len(b) else [(line, fix.text)]
    damages, pos = [], offset
    for old, new in pairs:
        if old != new:
            damages.append(Damage(Span(pos, pos + len(old)), fix.chain, old, new,
                                  confidence(gain), gain, by="ftfy"))
        pos += len(old)
    return damages
