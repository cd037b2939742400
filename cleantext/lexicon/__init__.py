"""Spam vocabulary, as data files in this folder (one term per line), loaded lazily.

Users add their own files (same format) through configuration; the shells read them and pass
the terms in, so the core does no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import regex


def parse(text: str) -> list[str]:
    """Terms of a lexicon file's text."""
    return [t.strip() for t in text.splitlines() if t.strip() and not t.lstrip().startswith("#")]


def builtin_terms() -> list[str]:
    folder = resources.files(__name__)
    return [t for f in sorted(folder.iterdir(), key=lambda p: p.name) if f.name.endswith(".txt")
            for t in parse(f.read_text(encoding="utf-8"))]


@lru_cache(maxsize=16)
def matcher(extra_terms: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """One compiled alternation of every term (built-in plus the user's), longest first."""
    terms = builtin_terms() + list(extra_terms)
    unique = sorted(set(terms), key=lambda t: (-len(t), t))
    return regex.compile("|".join(regex.escape(t) for t in unique), regex.IGNORECASE)


def hits(text: str, extra_terms: Iterable[str] = ()) -> list[str]:
    return [m.group() for m in matcher(tuple(extra_terms)).finditer(text)]
