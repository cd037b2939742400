"""Words broken across lines: `relationshi\\np`, left where a line break was injected into a word
(by a removed fragment, a bad re-flow or a scraper joining blocks).

Only in paragraph-per-line text: where most lines end a sentence, a line that ends inside a
word and a next line that carries on in lower case are one word cut in two. Hard-wrapped text
(lines cut at a width) breaks between words all the time and is left alone.
"""

from __future__ import annotations

import regex

from cleantext.model import Span

PARAGRAPH_LINES = 0.6  # share of lines ending a sentence for text to count as paragraph-per-line
MIN_LINES = 3
SYSTEMATIC = 0.1  # more breaks than this share of lines: a wrapping style, not damage
_SENTENCE_END = regex.compile(r"[\p{Po}\p{Pf}\p{Pe}]\s*$")
_BREAK = regex.compile(r"(?<=\p{Ll})(-?)\n[ \t]*(?=\p{Ll})")


def broken_words(text: str) -> list[Span]:
    """Spans of the line breaks (with a dangling hyphen, if any) that cut a word in two.

    A break counts when it is an anomaly: the text is paragraph-per-line, such breaks are rare
    in it (hard-wrapped text has them on most lines), and the line it ends is a paragraph's
    length, not a heading or byline."""
    if "\n" not in text:
        return []
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES:
        return []
    if sum(1 for line in lines if _SENTENCE_END.search(line)) < PARAGRAPH_LINES * len(lines):
        return []
    breaks = list(_BREAK.finditer(text))
    if len(breaks) > max(1, SYSTEMATIC * len(lines)):
        return []
    typical = sorted(len(line) for line in lines)[len(lines) // 2]
    found = []
    for m in breaks:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start >= typical:
            found.append(Span(m.start(), m.end()))
    return found
