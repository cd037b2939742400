"""validate: residual damage as findings with stable codes and 1-based line:col. Pure.

`validate(text)` checks text; `validate_bytes(data)` adds the file-level checks (CT5xx) that
only raw bytes can show, then checks the decoded text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from cleantext.detect.broken import broken_words
from cleantext.detect.fragments import find_fragments
from cleantext.detect.lost import dash_placeholders
from cleantext.model import Edit, Finding, Repaired, Span
from cleantext.repair import repair
from cleantext.repair.edits import OffsetMap, apply, compose
from cleantext.repair.steps import fragment_edits
from cleantext.rules import CODES

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BIDI = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_ZERO_WIDTH = regex.compile(r"(?<=\p{L})[\u200b\u2060\ufeff]+(?=\p{L})"
                            r"|(?<=\p{Latin})[\u200c\u200d]+(?=\p{Latin})")
_PRIVATE = regex.compile(r"\p{Co}")
_NONCHAR = regex.compile("[\ufdd0-\ufdef" + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)) + "]")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_DOUBLE_QUOTES = regex.compile("[\u201c\u201d\u201e]")
_QUOTES = frozenset("\u201c\u201d\u2018\u2019\u00ab\u00bb\"'")


class LineIndex:
    """Offsets → 1-based (line, column) in code points."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in regex.finditer(r"\r\n|\r|\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def escape(s: str, limit: int = 40) -> str:
    """Quote input text safely: no raw control, escape or bidi characters ever reach a report."""
    out = []
    for ch in s[:limit]:
        o = ord(ch)
        if ch == "\n":
            out.append("\\n")
        elif o < 0x20 or 0x7F <= o < 0xA0 or _BIDI.match(ch) or 0xD800 <= o < 0xE000 \
                or ch in "\u200b\u200c\u200d\u2060\ufeff" or regex.match(r"\p{Cn}", ch):
            out.append(f"<U+{o:04X}>")
        else:
            out.append(ch)
    return "".join(out) + ("…" if len(s) > limit else "")


def _finding(lines: LineIndex, code: str, start: int, end: int, message: str) -> Finding:
    line, col = lines.at(start)
    end_line, end_col = lines.at(end)
    return Finding(code, CODES[code].severity, line, col, end_line, end_col, message)


def _char_findings(text: str, lines: LineIndex) -> Iterable[Finding]:
    for pattern, code, what in (
        (_CONTROL, "CT401", "control character"),
        (_BIDI, "CT402", "bidirectional control character"),
        (_ZERO_WIDTH, "CT403", "zero-width character inside a word"),
        (_PRIVATE, "CT404", "private-use character"),
        (_NONCHAR, "CT405", "noncharacter"),
        (_SURROGATE, "CT406", "lone surrogate"),
    ):
        for m in pattern.finditer(text):
            names = ", ".join(f"U+{ord(c):04X}" for c in m.group()[:4])
            yield _finding(lines, code, m.start(), m.end(), f"{what} {names}")
    for m in regex.finditer("\ufffd+", text):
        yield _finding(lines, "CT102", m.start(), m.end(),
                       f"{len(m.group())} replacement character(s) U+FFFD: lost in decoding")


def _unbalanced_quotes(text: str) -> Iterable[Span]:
    """A closing double quote that no opening one (“ or „) before it on its line (paragraph)
    accounts for. Openings left unclosed are normal (a quote running over several paragraphs
    reopens each), and so are paired ” … ” (Swedish, Finnish quote that way)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        closers = line.count("\u201d")
        if closers:
            depth, unmatched = 0, []
            for m in _DOUBLE_QUOTES.finditer(line):
                if m.group() != "\u201d":
                    depth += 1
                elif depth:
                    depth -= 1
                else:
                    unmatched.append(pos + m.start())
            if unmatched and (len(unmatched) < closers or len(unmatched) % 2):
                yield Span(unmatched[0], unmatched[0] + 1)
        pos += len(line)


def _mojibake_findings(edits: Iterable[Edit], lines: LineIndex) -> Iterable[Finding]:
    for e in edits:
        if not e.rule.startswith("mojibake."):
            continue
        code = "CT301" if e.replacement and all(c in _QUOTES for c in e.replacement) else "CT101"
        yield _finding(lines, code, e.span.start, e.span.end,
                       f"mojibake '{escape(e.original)}' reads '{escape(e.replacement)}': "
                       f"{e.evidence} (confidence {e.confidence:.2f})")


def _view_findings(text: str, view: Repaired, lines: LineIndex,
                   lexicon_terms: tuple[str, ...]) -> Iterable[Finding]:
    """Checks that need the text decoded first (a mis-decoded spam fragment is only foreign
    once decoded), reported at their place in the input."""
    decoded = view.text
    back = OffsetMap(view.edits)
    found = find_fragments(decoded, lexicon_terms)
    for f in found:  # the removable ones and those at a line end below the threshold
        span = back.span(f.span.start, f.span.end)
        shown = decoded[f.span.start:f.span.end]
        seen = text[span.start:span.end]
        as_seen = "" if seen == shown else f", mis-decoded as '{escape(seen)}'"
        yield _finding(lines, "CT201", span.start, span.end,
                       f"suspected injected fragment '{escape(shown)}'{as_seen} "
                       f"({f.evidence})"
                       + ("" if f.removable else "; below the removal threshold"))
    # Broken words and quotes are judged with the fragments gone: a fragment that split a
    # word or a quoted phrase is one finding (CT201), not three.
    stripped = fragment_edits(decoded, found)
    edits = compose(text, view.edits, stripped)
    clean, back = apply(decoded, stripped), OffsetMap(edits)
    for s in broken_words(clean):
        span = back.span(s.start, s.end)
        around = clean[max(0, s.start - 12):s.end + 12]
        yield _finding(lines, "CT202", span.start, span.end,
                       f"word broken across lines: '{escape(around)}'")
    for s in _unbalanced_quotes(clean):
        span = back.span(s.start, s.end)
        yield _finding(lines, "CT302", span.start, span.end,
                       "closing quotation mark U+201D without an opening one")


def validate(text: str, *, lexicon_terms: Iterable[str] = ()) -> list[Finding]:
    """Residual damage in `text`, sorted by position.

    Mojibake is what repair would undo (its chain search and ftfy), so validate and repair never
    disagree; the other checks look at what no repair step changes."""
    terms = tuple(lexicon_terms)
    lines = LineIndex(text)
    view = repair(text, strip_fragments=False, restore_lost=False, lexicon_terms=terms)
    findings: list[Finding] = list(_char_findings(text, lines))
    findings.extend(_mojibake_findings(view.edits, lines))
    findings.extend(_view_findings(text, view, lines, terms))
    for span in dash_placeholders(text):
        findings.append(_finding(lines, "CT103", span.start, span.end,
                                 "'?' between words: probably a character lost in encoding"))
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings


def validate_bytes(data: bytes, *, lexicon_terms: Iterable[str] = ()) -> list[Finding]:
    """File-level checks on raw bytes (CT5xx), then `validate` on the decoded text."""
    from cleantext.read import DecodeError, looks_binary, read

    if looks_binary(data):
        return [Finding("CT504", CODES["CT504"].severity, 1, 1, 1, 1,
                        "binary file (NUL bytes or a known binary signature)")]
    try:
        decoded = read(data)
    except DecodeError as err:  # a lying BOM, bytes no detector reads: damage to report
        return [Finding("CT501", CODES["CT501"].severity, 1, 1, 1, 1,
                        f"not valid UTF-8, and no encoding reads it: {err}")]
    findings: list[Finding] = []
    if decoded.bom:
        findings.append(Finding("CT502", CODES["CT502"].severity, 1, 1, 1, 1,
                                f"byte order mark ({decoded.bom})"))
    if decoded.encoding != "utf-8":
        findings.append(Finding("CT501", CODES["CT501"].severity, 1, 1, 1, 1,
                                f"not valid UTF-8: detected {decoded.encoding} "
                                f"(confidence {decoded.confidence:.2f})"))
    text = decoded.text
    crlf = text.count("\r\n")
    endings = {"\\r\\n": crlf, "\\n": text.count("\n") - crlf, "\\r": text.count("\r") - crlf}
    if sum(1 for n in endings.values() if n) > 1:
        findings.append(Finding("CT503", CODES["CT503"].severity, 1, 1, 1, 1,
                                "mixed line endings: " + ", ".join(
                                    f"{n} {e}" for e, n in endings.items() if n)))
    return findings + validate(text, lexicon_terms=lexicon_terms)
