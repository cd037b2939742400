"""Lost characters: `?` standing where an encoding could not hold a character.

An encoder with errors="replace" writes `?` for what the target encoding lacks; between two
words (` ? `) that was a dash far more often than a question, which attaches to its word in most
typographies. Documents that space their punctuation (French: `quoi ?`, `« `) are left alone.
"""

from __future__ import annotations

import regex

from cleantext.model import Span

_DASH_HOLE = regex.compile(r"(?<=[\p{L}\p{N}\p{Pe}\p{Pf}.,]) \?(?= [\p{L}\p{N}\p{Ps}\p{Pi}\"'])")
_SPACED_PUNCTUATION = regex.compile(r"\p{L} [;!:](?=\s)|« | »")


def dash_placeholders(text: str) -> list[Span]:
    """Spans of the `?` that stand between two words, unless the text spaces its punctuation."""
    if "?" not in text or _SPACED_PUNCTUATION.search(text):
        return []
    return [Span(m.start() + 1, m.end()) for m in _DASH_HOLE.finditer(text)]
