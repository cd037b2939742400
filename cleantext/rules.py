"""Stable ids: the validator's codes and the repair rules that map onto them.

Codes are part of the public interface (config files, CI gates, SARIF): never renumber one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: str  # "error" | "warning" | "note"
    summary: str
    example: str


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code("CT101", "mojibake", "error", "Text mis-decoded: a decode chain undoes it",
             "NARA¡¯s → Nara’s (EUC-KR read as Latin-1)"),
        Code("CT102", "replacement-character", "error",
             "U+FFFD: a character was lost when bytes failed to decode", "caf<U+FFFD>"),
        Code("CT103", "placeholder", "warning",
             "'?' standing where a character could not be encoded", "NARA ? South Korea"),
        Code("CT201", "injected-fragment", "error",
             "Foreign-script fragment injected into the prose (ad/spam)", "relationshi\\n릴게임 p"),
        Code("CT202", "broken-word", "warning",
             "Word cut in two by a line break in paragraph-per-line text", "relationshi\\np"),
        Code("CT301", "mojibake-quote", "error", "Quotation mark mis-decoded",
             "â€œquoteâ€ → “quote”"),
        Code("CT302", "unbalanced-quote", "warning",
             "Closing quotation mark with no opening one on its line", "said” he"),
        Code("CT401", "control-character", "error", "C0/C1 control character in text",
             "U+0093 where “ was meant"),
        Code("CT402", "bidi-control", "error",
             "Bidirectional control character (Trojan Source)", "U+202E"),
        Code("CT403", "zero-width-in-word", "warning", "Zero-width character inside a word",
             "pass<U+200B>word"),
        Code("CT404", "private-use", "warning", "Private-use character", "U+E000"),
        Code("CT405", "noncharacter", "error", "Unicode noncharacter", "U+FFFE"),
        Code("CT406", "lone-surrogate", "error", "Lone surrogate code point", "U+D800"),
        Code("CT501", "not-utf8", "error", "File is not valid UTF-8", "EUC-KR bytes"),
        Code("CT502", "bom", "warning", "File starts with a byte order mark", "EF BB BF"),
        Code("CT503", "mixed-line-endings", "warning", "File mixes line endings", "\\r\\n and \\n"),
        Code("CT504", "binary", "error", "File looks binary, not text", "NUL bytes"),
    )
}

#: Repair rule id → the validator code of the damage it repairs.
RULES: dict[str, str] = {
    "mojibake.chain": "CT101",
    "mojibake.ftfy": "CT101",
    "mojibake.whole-text": "CT101",
    "fragment.injected": "CT201",
    "lost.dash": "CT103",
}
