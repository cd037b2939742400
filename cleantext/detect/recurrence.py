"""Spam words learned from a corpus: a campaign glues the same words into the prose of many
pages, where a legitimate foreign word stands where prose puts it (between spaces, in
parentheses, on a line of its own).

A word of a foreign run is learned when it is glued into the prose (splitting a word, glued to a
line's first or last word) in at least `min_documents` documents, in at least half of the
documents where it stands at all, and in different places: injected words land anywhere, while
a site's boilerplate (or a page copied) stands in the same place every time and is not learned
however often it recurs ("MarwΜew", a Greek name written with Latin look-alikes, on every copy
of a page). A place is the host text either side of the run.

Counts are per document (one page repeating a word is one vote) and merge across workers, so
a batch run surveys its files in parallel and learns from all of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from cleantext.detect.fragments import foreign_runs, run_words
from cleantext.scripts import GLUES_LATIN

GLUED = frozenset({"split-word", "line-start", "line-end"})
MIN_DOCUMENTS = 3  # documents a word must be glued into before it is learned
MIN_GLUED_SHARE = 0.5  # ... and the share of the documents holding it where it is glued
CONTEXT_CHARS = 8  # host characters either side of a glued run that make its place
MAX_MIN_DOCUMENTS = 64  # places counted per word: the most `min_documents` can ask for
MAX_SAME_PLACE = 0.5  # the share of a word's documents that may have it in one same place


@dataclass
class Survey:
    """Per word of the foreign runs: the documents where it stands, and where it is glued."""

    documents: int = 0
    seen: Counter[str] = field(default_factory=Counter)
    glued: Counter[str] = field(default_factory=Counter)
    #: per word, the documents it was glued into per place, for up to MAX_MIN_DOCUMENTS places
    places: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, text: str) -> None:
        """Count one document (a repaired text: fragments are looked for after repair)."""
        self.documents += 1
        seen: set[str] = set()
        glued: dict[str, set[str]] = {}  # word -> the places it is glued into
        for m, script, placement, host in foreign_runs(text):
            if script == "Latin" and host in GLUES_LATIN:
                continue
            words = run_words(m.group())
            seen.update(words)
            if placement in GLUED:
                place = (text[max(0, m.start() - CONTEXT_CHARS):m.start()] + "\0"
                         + text[m.end():m.end() + CONTEXT_CHARS])
                for w in words:
                    glued.setdefault(w, set()).add(place)
        self.seen.update(seen)
        self.glued.update(glued.keys())
        for w, places in glued.items():
            self._place(w, Counter(places))

    def _place(self, word: str, places: Counter[str]) -> None:
        known = self.places.setdefault(word, Counter())
        for place, n in places.items():
            if place in known or len(known) < MAX_MIN_DOCUMENTS:
                known[place] += n

    def update(self, other: Survey) -> None:
        """Add another survey's counts (a worker's)."""
        self.documents += other.documents
        self.seen.update(other.seen)
        self.glued.update(other.glued)
        for word, places in other.places.items():
            self._place(word, places)

    def terms(self, min_documents: int = MIN_DOCUMENTS) -> dict[str, int]:
        """The learned words, each with the number of documents it was glued into."""
        need = min(min_documents, MAX_MIN_DOCUMENTS)
        return {w: n for w, n in sorted(self.glued.items(), key=lambda kv: (-kv[1], kv[0]))
                if n >= need and len(self.places[w]) >= need
                and n >= MIN_GLUED_SHARE * self.seen[w]
                and max(self.places[w].values()) <= MAX_SAME_PLACE * n}
