"""Real words in many scripts for property tests: the word lists of Faker's locales (its lorem
lists where it has real ones, else place and person names), so that generated "clean text" is
made of words a language really has, never of random letters."""

from __future__ import annotations

import importlib
from functools import cache

#: Faker locales with a real lorem word list
LOREM = ("ar_AA", "az_AZ", "bn_BD", "cs_CZ", "da_DK", "de_DE", "el_GR", "en_US", "es_ES", "fa_IR",
         "fr_FR", "he_IL", "hy_AM", "it_IT", "ja_JP", "mk_MK", "nl_NL", "pl_PL", "ru_RU", "th_TH",
         "uk_UA", "vi_VN", "zh_CN", "zh_TW")
# locale → the Faker providers and attributes whose entries are real words of that language
SOURCES: dict[str, list[tuple[str, str]]] = {
    **{locale: [("lorem", "word_list")] for locale in LOREM},
    "ko_KR": [("address", "cities"), ("address", "road_names"), ("address", "boroughs"),
              ("address", "building_dongs")],
    "hi_IN": [("person", "first_names"), ("person", "last_names"), ("address", "cities")],
    "tr_TR": [("person", "first_names"), ("person", "last_names")],
}

#: the legacy encodings each locale's text is really stored in (besides UTF-8)
LEGACY: dict[str, list[str]] = {
    "ru_RU": ["cp1251", "koi8_r", "iso8859_5"], "uk_UA": ["cp1251", "koi8_u"],
    "mk_MK": ["cp1251"], "el_GR": ["cp1253", "iso8859_7"], "he_IL": ["cp1255", "iso8859_8"],
    "ar_AA": ["cp1256"], "fa_IR": ["cp1256"], "th_TH": ["cp874"],
    "ja_JP": ["cp932", "euc_jp"], "zh_CN": ["gb18030"], "zh_TW": ["big5"],
    "ko_KR": ["cp949"], "cs_CZ": ["cp1250", "iso8859_2"], "pl_PL": ["cp1250", "iso8859_2"],
    "tr_TR": ["cp1254", "iso8859_9"], "vi_VN": ["cp1258"], "de_DE": ["cp1252"],
    "fr_FR": ["cp1252"], "es_ES": ["cp1252"], "da_DK": ["cp1252"],
}


@cache
def words(locale: str) -> tuple[str, ...]:
    out: list[str] = []
    for provider, attribute in SOURCES[locale]:
        module = importlib.import_module(f"faker.providers.{provider}.{locale}")
        for entry in getattr(module.Provider, attribute):
            out.extend(w for w in str(entry).split() if w)
    return tuple(dict.fromkeys(out))
