"""Injected fragments: runs of a foreign script dropped into prose (SEO, gambling, adult spam).

Independent signals, each recorded as evidence:
- placement: the run splits a word (`word\\n<run> rest`), is glued to the start or end of a line,
  or sits between two words; in parentheses, quotes or on a line of its own it is normal;
- script: the run's script is foreign to the document and a small minority of its letters;
- lexicon: spam vocabulary (cleantext/lexicon/*.txt plus the user's terms);
- recurrence: the same run, or the same spam term, more than once in the document.
Only an abnormal placement can remove a fragment; the other signals decide how abnormal is enough.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from cleantext import lexicon
from cleantext.model import Span
from cleantext.scripts import NEUTRAL, SCRIPTS, compatible, script_of

MINORITY = 0.15  # foreign letters at most this share of the document's letters
MAX_UNLISTED = 16  # letters: a longer run is prose (a quoted sentence), unless spam words say
                   # otherwise; injected keywords are short


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


def host_script(text: str) -> tuple[str | None, int, Counter[str]]:
    """The document's dominant letter script, its letter count, and counts per script."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():  # counted in C; scripts looked up once per character
        if ch.isalpha() and (s := script_of(ch)) not in NEUTRAL:
            counts[s] += n
    if not counts:
        return None, 0, counts
    script, _ = counts.most_common(1)[0]
    return script, sum(counts.values()), counts


@lru_cache(maxsize=64)
def _run_pattern(host: str) -> regex.Pattern[str]:
    foreign = rf"[[\p{{L}}\p{{M}}]--\p{{Script={host}}}]"  # a letter or mark not of the host
    # digits inside or right after it belong to it ("바다신2게임", "슬롯77")
    return regex.compile(rf"(?V1){foreign}+(?:[0-9]+{foreign}+|[ ]{foreign}+)*[0-9]*")


def _is_host_letter(ch: str, host: str) -> bool:
    # fullwidth and halfwidth forms (ＴＸ, ｶﾅ) belong to East Asian text whatever their script
    # (a Japanese host's letters are Han, Hiragana and Katakana alike)
    return (ch.isalpha() and not "\uff00" <= ch <= "\uffef"
            and (s := script_of(ch)) not in NEUTRAL and compatible(s, host))


_CLOSING = frozenset(".!?,;:)]\"'”’»。！？」』）")  # what may end a host word at a line's end


def _placement(text: str, start: int, end: int, host: str) -> tuple[str, Span]:
    # the ends of the text are not line ends: a document may be cut anywhere (by a length
    # limit, a streaming chunk), and a run that reaches the cut says nothing about placement
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if (before == "\n" and after == " " and start >= 2 and end + 1 < len(text)
            and _is_host_letter(text[start - 2], host) and _is_host_letter(text[end + 1], host)
            and not text[end + 1].isupper()):
        return "split-word", Span(start - 1, end + 1)
    if before == "\n" and _is_host_letter(after, host):
        return "line-start", Span(start, end)
    if after == "\n" and (_is_host_letter(before, host) or (
            before in _CLOSING and start >= 2 and _is_host_letter(text[start - 2], host))):
        return "line-end", Span(start, end)  # glued to the line's last word or its full stop
    if (before == " " and after == " " and start >= 2 and end + 1 < len(text)
            and text[start - 2].isalnum() and text[end + 1].isalnum()):
        return "between-words", Span(start, end + 1)
    return "normal", Span(start, end)


def find_fragments(text: str, extra_terms: Iterable[str] = ()) -> list[Fragment]:
    """Foreign-script runs placed where prose never puts them, with their signals; `removable`
    when the signals add up. Runs in normal places (between spaces, in parentheses or quotes)
    are legitimate foreign text and are not returned: most foreign runs are, so they cost no
    more than a count."""
    scripts = {script_of(ch) for ch in set(text) if ch.isalpha()} - NEUTRAL
    if all(compatible(a, b) for a in scripts for b in scripts):
        return []  # one writing system: nothing can be foreign (most texts leave here)
    host, letters, per_script = host_script(text)
    if host is None or host not in SCRIPTS:
        return []  # a host in a script we do not model ("Other"): nothing is foreign to it
    foreign = sum(n for s, n in per_script.items() if not compatible(host, s))
    minority = foreign <= MINORITY * letters
    texts: Counter[str] = Counter()  # every run: identical text has identical scripts
    placed = []
    for m in _run_pattern(host).finditer(text):
        texts[m.group()] += 1
        placement, remove = _placement(text, m.start(), m.end(), host)
        if placement == "normal":
            continue
        scripts = {script_of(c) for c in m.group() if c.isalpha()} - NEUTRAL
        if scripts and not any(compatible(host, s) for s in scripts):
            placed.append((m, min(scripts), placement, remove))
    lowered = text.lower() if placed else ""
    found = []
    for m, script, placement, remove in placed:
        terms = lexicon.hits(m.group(), tuple(extra_terms))
        signals = [f"{script} in {host} text"]
        if minority:
            signals.append("script minority")
        if terms:
            signals.append("lexicon: " + "/".join(dict.fromkeys(terms)))
        if texts[m.group()] > 1 or any(lowered.count(t.lower()) > 1 for t in terms):
            signals.append("recurs")
        spam = bool(terms) or "recurs" in signals
        # Latin words (brands, names, user names) stand in text of every script: only
        # vocabulary makes one suspect there.
        needs_lexicon = script == "Latin" or placement == "between-words"
        long_run = sum(c.isalpha() for c in m.group()) > MAX_UNLISTED
        removable = minority and (bool(terms) or not (needs_lexicon or long_run))
        confidence = min(1.0, 0.6 + 0.2 * spam + 0.2 * minority)
        found.append(Fragment(Span(m.start(), m.end()), remove, placement,
                              tuple(signals), removable, confidence))
    return found
