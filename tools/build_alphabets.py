"""Build cleantext/data/alphabets.json: the letters each language writes beyond ASCII.

    pip install wordfreq babel && python tools/build_alphabets.py

A document is written in one language's alphabet. Text in a legacy Latin code page read
through another keeps every letter a letter, but leaves the text with letters no one language
writes together: Turkish "ı" read as "ý" next to its own "ç", Hungarian "ő" read as "õ" next to
its "ö". Two sources, neither shared with the benchmarks' corpus (chardet's test files):
- wordfreq's word lists (some 40 languages): a letter that makes up at least MIN_SHARE of the
  language's letters, weighted by word frequency;
- CLDR's locale data as Babel ships it (languages wordfreq lacks: Estonian, Welsh, Maltese,
  Azerbaijani, Kazakh, Belarusian, Serbian …): a letter found in at least MIN_NAMES of the
  locale's own names of languages, countries, scripts, currencies, units, months and days.
A language both know gets the union. Only letters of the scripts the letter pairs model count.
A language that writes s or t with a comma below (Romanian ș ț) writes them with a cedilla too
(ş ţ): Unicode told the two apart only in 1999, and the legacy code pages hold the cedilla alone.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import wordfreq  # noqa: E402
from babel import Locale, localedata  # noqa: E402

from cleantext.scripts import script_of  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "cleantext" / "data" / "alphabets.json"
SCRIPTS = ("Latin", "Cyrillic", "Greek", "Arabic", "Hebrew")
MIN_SHARE = 1e-4
MIN_NAMES = 4
_NAMES = ("languages", "territories", "scripts", "currency_names", "unit_display_names")
_CALENDAR = ("months", "days")


def _letters(word: str) -> set[str]:
    return {ch for ch in unicodedata.normalize("NFC", word.casefold())
            if ch.isalpha() and not ch.isascii() and script_of(ch) in SCRIPTS}


def from_wordfreq() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for lang in wordfreq.available_languages("small"):
        weights: Counter[str] = Counter()
        total = 0.0
        for word, freq in wordfreq.get_frequency_dict(lang, "small").items():
            letters = [ch for ch in unicodedata.normalize("NFC", word.casefold())
                       if ch.isalpha()]
            total += freq * len(letters)
            for ch in letters:
                weights[ch] += freq
        out[lang] = {ch for ch, w in weights.items() if w / total >= MIN_SHARE
                     and _letters(ch)}
    return out


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):  # (Babel's LocaleDataDict is no dict)
        return [s for v in value.values() for s in _strings(v)]
    return []


def from_cldr() -> dict[str, set[str]]:
    """Per base language (no territory or script variant), from its own names."""
    out: dict[str, set[str]] = {}
    for name in localedata.locale_identifiers():
        if "_" in name:
            continue
        data = Locale.parse(name)._data
        seen: Counter[str] = Counter()
        for key in _NAMES + _CALENDAR:
            for text in _strings(data.get(key) or {}):
                seen.update(_letters(text))
        letters = {ch for ch, n in seen.items() if n >= MIN_NAMES}
        if letters:
            out[name] = letters
    return out


#: Letters with a comma below, and the cedilla forms written for them (see above).
_CEDILLA = {"ș": "ş", "ț": "ţ"}


def main() -> None:
    alphabets: dict[str, set[str]] = defaultdict(set)
    for source in (from_wordfreq(), from_cldr()):
        for lang, letters in source.items():
            alphabets[lang] |= letters | {_CEDILLA[c] for c in letters & _CEDILLA.keys()}
    table = {lang: "".join(sorted(letters)) for lang, letters in sorted(alphabets.items())
             if letters}
    OUT.write_text(json.dumps({"source": f"wordfreq {version('wordfreq')} small lists "
                               f"(share >= {MIN_SHARE}); CLDR via babel {version('babel')} "
                               f"(in >= {MIN_NAMES} names)", "alphabets": table},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(table)} languages")


if __name__ == "__main__":
    main()
