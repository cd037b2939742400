"""Real words in many scripts for property tests: the word lists of Faker's locales (its lorem
lists where it has real ones, else place and person names), so that generated "clean text" is
made of words a language really has, never of random letters."""

from __future__ import annotations

import importlib
from functools import cache

# locale → the Faker providers and attributes whose entries are real words of that language
SOURCES: dict[str, list[tuple[str, str]]] = {
    "ar_AA": [("lorem", "word_list")], "bn_BD": [("lorem", "word_list")],
    "cs_CZ": [("lorem", "word_list")], "da_DK": [("lorem", "word_list")],
    "de_DE": [("lorem", "word_list")], "el_GR": [("lorem", "word_list")],
    "es_ES": [("lorem", "word_list")], "fa_IR": [("lorem", "word_list")],
    "fr_FR": [("lorem", "word_list")], "he_IL": [("lorem", "word_list")],
    "hy_AM": [("lorem", "word_list")], "it_IT": [("lorem", "word_list")],
    "ja_JP": [("lorem", "word_list")], "mk_MK": [("lorem", "word_list")],
    "nl_NL": [("lorem", "word_list")], "pl_PL": [("lorem", "word_list")],
    "ru_RU": [("lorem", "word_list")], "th_TH": [("lorem", "word_list")],
    "uk_UA": [("lorem", "word_list")], "vi_VN": [("lorem", "word_list")],
    "zh_CN": [("lorem", "word_list")], "zh_TW": [("lorem", "word_list")],
    "az_AZ": [("lorem", "word_list")], "en_US": [("lorem", "word_list")],
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
