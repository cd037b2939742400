"""`[tool.cleantext]` in pyproject.toml: project defaults for the CLI and hooks. Flags override.

    [tool.cleantext]
    select = ["CT1", "CT2"]        # codes or prefixes validate reports (default: all)
    ignore = ["CT403"]             # codes or prefixes validate leaves out
    exclude = ["vendor", "raw/*.txt"]  # globs: without "/" any path part, with "/" the path
                                   # (or its end)
    lexicon = ["spam-terms.txt"]   # extra spam vocabulary, one term per line
    strip-fragments = true         # repair defaults
    restore-lost = true
    ftfy = true

The file is the nearest pyproject.toml, from the working folder up, that has the table; paths in
it are relative to its folder. A shell module: it reads files, the core never does.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from cleantext.io import InputError, read_text
from cleantext.lexicon import parse


class ConfigError(Exception):
    """A configuration that cannot be used; the message is one line."""


_LISTS = ("select", "ignore", "exclude", "lexicon")
#: repair defaults: config key → keyword of cleantext.repair
_BOOLS = {"strip-fragments": "strip_fragments", "restore-lost": "restore_lost", "ftfy": "use_ftfy"}


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    lexicon_terms: tuple[str, ...] = ()
    repair: dict[str, bool] = field(default_factory=dict)
    source: Path | None = None

    def excluded(self, path: str) -> bool:
        """Whether a path is left out: a glob without "/" matches any part of it (a file or a
        folder name), a glob with "/" the whole path or its end."""
        posix = PurePosixPath(Path(path).as_posix().removeprefix("./"))
        for pattern in self.exclude:
            if "/" in pattern.rstrip("/"):
                glob = pattern.strip("/")
                if fnmatch.fnmatch(str(posix), glob) or fnmatch.fnmatch(str(posix), f"*/{glob}"):
                    return True
            elif any(fnmatch.fnmatch(part, pattern.rstrip("/")) for part in posix.parts):
                return True
        return False


def find(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml with a [tool.cleantext] table, from `start` up."""
    folder = (start or Path.cwd()).resolve()
    for d in (folder, *folder.parents):
        candidate = d / "pyproject.toml"
        if not candidate.is_file():
            continue
        try:
            table = _parse(candidate)
        except ConfigError:
            if "[tool.cleantext" in candidate.read_text(encoding="utf-8", errors="replace"):
                raise
            continue  # someone else's broken file, not ours to judge
        if "cleantext" in table.get("tool", {}):
            return candidate
    return None


def _parse(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML ({err})") from None


def load(path: Path | None = None) -> Config:
    """The configuration in `path`, or in the nearest pyproject.toml; defaults when none."""
    source = path if path is not None else find()
    if source is None:
        return Config()
    if not source.is_file():
        raise ConfigError(f"{source}: no such configuration file")
    table = _parse(source).get("tool", {}).get("cleantext", {})
    unknown = sorted(set(table) - set(_LISTS) - set(_BOOLS))
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) in [tool.cleantext]: {', '.join(unknown)} "
                          f"(known: {', '.join((*_LISTS, *_BOOLS))})")
    for key in _LISTS:
        value = table.get(key, [])
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"{source}: [tool.cleantext] {key} must be a list of strings")
    for key in _BOOLS:
        if not isinstance(table.get(key, True), bool):
            raise ConfigError(f"{source}: [tool.cleantext] {key} must be true or false")
    terms: list[str] = []
    for name in table.get("lexicon", []):
        try:
            terms.extend(parse(read_text(str(source.parent / name))[1].text))
        except InputError as err:
            raise ConfigError(f"{source}: lexicon {err}") from None
    return Config(
        select=tuple(table["select"]) if "select" in table else None,
        ignore=tuple(table.get("ignore", [])),
        exclude=tuple(table.get("exclude", [])),
        lexicon_terms=tuple(terms),
        repair={keyword: table[key] for key, keyword in _BOOLS.items() if key in table},
        source=source,
    )
