"""The shared vocabulary: plain frozen dataclasses, JSON-serialisable through `to_dict`.

Offsets are code points into the text the producing stage received, `[start, end)`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Chain:
    """How bytes became the text we see: the true encoding, then the wrong decoder(s).

    `layers` lists the wrong decoders applied, innermost first; `true_encoding` is a Python codec
    name. A two-layer UTF-8 → windows-1252 → windows-1252 has layers ("cp1252", "cp1252").
    """

    true_encoding: str
    layers: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.true_encoding} → " + " → ".join(self.layers)

    def describe(self) -> str:
        """The chain in plain words, for people."""
        from cleantext.codecs import describe_chain

        return describe_chain(self)


@dataclass(frozen=True)
class Edit:
    """One change: `span` of the input replaced by `replacement`, with its reason.

    `rule` is a stable id (see cleantext.rules); `guess` marks a change that restores something
    the damage destroyed, so it is plausible rather than proven.
    """

    span: Span
    original: str
    replacement: str
    rule: str
    evidence: str = ""
    confidence: float = 1.0
    guess: bool = False


@dataclass(frozen=True)
class Damage:
    """One span that detect found mis-decoded, and the chain that undoes it; `by` says what
    read it: the chain search ("chain"; "whole-text" for a span read so only because the whole
    text is the chain's image), or ftfy's encoding fixer ("ftfy", a second opinion on UTF-8)."""

    span: Span
    chain: Chain
    original: str
    decoded: str
    confidence: float
    gain_bits: float
    by: str = "chain"


def chains_by_use(damages: Iterable[Damage]) -> tuple[Chain, ...]:
    """The chains the damages were read under, the most used first."""
    counts = Counter(d.chain for d in damages)
    return tuple(sorted(counts, key=lambda c: -counts[c]))


@dataclass(frozen=True)
class Diagnosis:
    """What detect found: the chains (the document-level one first) and each damaged span."""

    chains: tuple[Chain, ...] = ()
    damages: tuple[Damage, ...] = ()
    confidence: float = 0.0

    @property
    def chain(self) -> Chain | None:
        """The chain of the document (the most frequent), or None when nothing was found."""
        return self.chains[0] if self.chains else None

    @property
    def damaged(self) -> bool:
        return bool(self.damages)

    def to_dict(self) -> dict[str, Any]:
        return {
            "chains": [
                {"chain": str(c), "description": c.describe(), **asdict(c)} for c in self.chains
            ],
            "confidence": round(self.confidence, 3),
            "damages": [
                {"start": d.span.start, "end": d.span.end, "chain": str(d.chain),
                 "original": d.original, "decoded": d.decoded,
                 "confidence": round(d.confidence, 3), "gain_bits": round(d.gain_bits, 1),
                 "by": d.by}
                for d in self.damages
            ],
        }


@dataclass(frozen=True)
class Repaired:
    """The result of repair: the new text, the edits that made it (offsets into the input)."""

    text: str
    edits: tuple[Edit, ...] = ()
    diagnosis: Diagnosis = field(default_factory=Diagnosis)

    @property
    def changed(self) -> bool:
        return bool(self.edits)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed": self.changed,
            "diagnosis": self.diagnosis.to_dict(),
            "edits": [
                {"start": e.span.start, "end": e.span.end, "original": e.original,
                 "replacement": e.replacement, "rule": e.rule, "evidence": e.evidence,
                 "confidence": round(e.confidence, 3), "guess": e.guess}
                for e in self.edits
            ],
        }


@dataclass(frozen=True)
class Finding:
    """One piece of residual damage that validate reports. Lines and columns are 1-based and
    count code points; `end_*` point just past the damage."""

    code: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
