"""What the integrations share: checking repair options early, and the per-document report."""

from __future__ import annotations

import inspect
from collections import Counter
from typing import Any

from cleantext.model import Repaired
from cleantext.repair import repair


def check_options(options: dict[str, Any]) -> dict[str, Any]:
    """Fail on the driver, before any worker starts, when an option is not one of repair's."""
    allowed = [name for name, p in inspect.signature(repair).parameters.items()
               if p.kind is inspect.Parameter.KEYWORD_ONLY]
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise TypeError(f"unknown repair option(s) {', '.join(unknown)}; "
                        f"expected some of {', '.join(allowed)}")
    # a generator would be used up by the first document
    return {k: tuple(v) if k in ("lexicon_terms", "corpus_terms") else v
            for k, v in options.items()}


def summary(repaired: Repaired) -> dict[str, Any]:
    """The per-document report: what changed, by which rule, along which chains, every edit."""
    return {**repaired.to_dict(), "rules": dict(Counter(e.rule for e in repaired.edits))}


def requirement_error(module: str, extra: str) -> ImportError:
    return ImportError(f"cleantext.integrations.{extra} needs {module}: "
                       f"pip install 'cleantext[{extra}]'")
