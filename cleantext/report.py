"""Validation reports: text, JSON and SARIF 2.1.0. Pure: findings in, a string out."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence

from cleantext import __version__
from cleantext.model import Finding
from cleantext.rules import CODES

Results = Sequence[tuple[str, Sequence[Finding]]]
_SARIF_LEVEL = {"error": "error", "warning": "warning", "note": "note"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    # U+DC80..U+DCFF: a byte of a file name that is not UTF-8 (os.fsdecode's surrogateescape)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with lone surrogates (bytes of non-UTF-8 file names, stray JSON escapes) shown as
    \\xNN or \\uNNNN, so that it can be written as UTF-8 anywhere."""
    return _SURROGATE.sub(_escape_surrogate, text) if _SURROGATE.search(text) else text


def render(results: Results, fmt: str) -> str:
    if fmt == "json":
        return json.dumps([{"path": path, **f.to_dict()} for path, fs in results for f in fs],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        return json.dumps(sarif(results), ensure_ascii=False, indent=2) + "\n"
    return text(results)


def text(results: Results) -> str:
    lines = [f"{path}:{f.line}:{f.column}: {f.code} {f.message}" for path, fs in results
             for f in fs]
    counts = Counter(f.code for _, fs in results for f in fs)
    files = sum(1 for _, fs in results if fs)
    if counts:
        lines.append(f"Found {sum(counts.values())} problem(s) in {files} of {len(results)} "
                     "file(s): " + ", ".join(f"{c} ×{n}" for c, n in sorted(counts.items())))
    else:
        lines.append(f"All clean: {len(results)} file(s) checked.")
    return "\n".join(lines) + "\n"


def sarif(results: Results) -> dict:
    rules = [{"id": c.code, "name": c.name, "shortDescription": {"text": c.summary},
              "help": {"text": f"{c.summary}. Example: {c.example}"},
              "defaultConfiguration": {"level": _SARIF_LEVEL[c.severity]}}
             for c in CODES.values()]
    index = {c: i for i, c in enumerate(CODES)}
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cleantext", "version": __version__,
                                "informationUri": "https://pypi.org/project/cleantext/",
                                "rules": rules}},
            "results": [{
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": path.replace("\\", "/")},
                    "region": {"startLine": f.line, "startColumn": f.column,
                               "endLine": f.end_line, "endColumn": f.end_column},
                }}],
            } for path, fs in results for f in fs],
        }],
    }
