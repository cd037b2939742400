"""Injected spam fragments: are they stripped exactly, in any host language, and is legitimate
foreign text left alone?

    python benchmarks/fragments.py [--docs-per-language N] [--seed S]

Hosts are real texts (chardet 6.0.0's test files, see corpus.py) in 12+ languages, cut to whole
lines. Fragments are written in a script foreign to the host, in two kinds: *listed* (a term of
cleantext's own lexicon among other words) and *unlisted* (words from Faker's word lists for
that script, plus digits: vocabulary no lexicon of ours holds). Each is injected into a line of
the host's prose (no markup, mostly the host's own letters), beside the host's letters, at one
of the four placements the sample article shows:

- split-word: ``relationshi\\n<frag> p`` (a newline before it, a space after, a word cut)
- line-start: ``\\n<frag>President`` (glued to the start of a line)
- line-end:   ``... in Nara.<frag>\\n`` (glued to the end of a line)
- between:    ``word <frag> word`` (dropped between two words)

*Mis-decoded* documents are English hosts with Korean fragments, stored as EUC-KR and read as
"UTF-8 where valid, Latin-1 elsewhere", like the sample. *Controls* are legitimate mixed-script
documents that must come back unchanged: bilingual pages (alternating lines), native-script names
in parentheses, quoted foreign phrases, Korean text quoting English terms, and the edges of the
placement rules: a foreign word talked about between words of prose, a Greek symbol with an
index ("α1"), an English name opening a line of non-Latin prose.

Printed: documents restored exactly, fragment recall (injected fragments gone from the output),
host characters lost, per placement, fragment kind, shape and host language; controls changed.
A fragment is *control-shaped* when the controls hold its shape (one unlisted foreign word
between words, no digits; lowercase Latin words between words of other prose): no tool can strip
it without changing those controls, so the recall a tool that changes no control can reach is
printed as the ceiling.

`--corpus` runs corpus mode as `cleantext repair --corpus` does: every document (the controls
among them) is surveyed first, and the spam words learned from the whole set are then stripped.
Fragments are drawn from small word lists, so their words recur across documents, as a
campaign's do.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import cleantext  # noqa: E402
from cleantext.codecs import WRONG_DECODERS  # noqa: E402
from cleantext.detect.fragments import HAN_WORD  # noqa: E402
from cleantext.lexicon import builtin_terms  # noqa: E402

from corpus import chardet_tests  # noqa: E402
from wordlists import words  # noqa: E402

# host language → its script; fragment script → the Faker locale its unlisted words come from
HOSTS = {"english": "Latin", "german": "Latin", "french": "Latin", "spanish": "Latin",
         "russian": "Cyrillic", "bulgarian": "Cyrillic", "greek": "Greek", "hebrew": "Hebrew",
         "arabic": "Arabic", "korean": "Hangul", "japanese": "Han", "chinese": "Han",
         "thai": "Thai", "turkish": "Latin", "czech": "Latin"}
#: host language → the scripts its prose is written in, where it is more than HOSTS says
WRITTEN_IN = {"japanese": {"Han", "Hiragana", "Katakana"}, "korean": {"Hangul", "Han"}}
SPAM_LOCALE = {"Hangul": "ko_KR", "Han": "zh_CN", "Cyrillic": "ru_RU", "Latin": "en_US",
               "Thai": "th_TH"}
PLACEMENTS = ("split-word", "line-start", "line-end", "between")
NO_SPACES = {"ko_KR": " ", "zh_CN": "", "ru_RU": " ", "en_US": " ", "th_TH": ""}


def _script_of_term(term: str) -> str:
    from cleantext.scripts import script_of

    scripts = {script_of(c) for c in term if c.isalpha()} - {"Common", "Inherited"}
    return scripts.pop() if len(scripts) == 1 else ""


@cache
def _script_words(script: str) -> tuple[str, ...]:
    """Faker's words for the script that are written in it (its Korean building names hold
    "A", "B" … and the format placeholder "##")."""
    return tuple(w for w in words(SPAM_LOCALE[script]) if _script_of_term(w) == script)


def fragment(rng: random.Random, script: str, listed: bool) -> str:
    sep = NO_SPACES[SPAM_LOCALE[script]]
    picked = rng.sample(_script_words(script), rng.randint(1, 3))
    if listed:
        terms = [t for t in builtin_terms() if _script_of_term(t) == script]
        picked.insert(rng.randrange(len(picked) + 1), rng.choice(terms))
    text = sep.join(picked)
    if rng.random() < 0.5:
        text += str(rng.randint(1, 99))
    return text


#: markup: spam is injected into a page's prose, not into its tags and attributes
_MARKUP = re.compile(r"<[^<>]*>|&#?\w+;|<|>")


def inject(rng: random.Random, host: str, frag: str, placement: str,
           scripts: set[str]) -> str | None:
    """`host` with `frag` placed in a line of its prose (no markup, over 40 characters, mostly
    letters of the host's `scripts`), beside the host's letters; None when the host has no
    spot for that placement."""
    from cleantext.scripts import script_of

    def _ours(ch: str) -> bool:
        return ch.isalpha() and script_of(ch) in scripts

    lines = host.split("\n")
    spots = []  # (line, position)
    for i, line in enumerate(lines):
        if (len(line) <= 40 or _MARKUP.search(line)
                or 2 * sum(_ours(c) for c in line) <= sum(map(str.isalpha, line))):
            continue
        if placement == "split-word":
            spots += [(i, k) for k in range(21, len(line) - 1)
                      if _ours(line[k - 1]) and _ours(line[k])]
        elif placement == "between":
            spots += [(i, k) for k in range(1, len(line) - 1) if line[k] == " "
                      and _ours(line[k - 1]) and _ours(line[k + 1])]
        elif placement == "line-start" and _ours(line[0]):
            spots.append((i, 0))
        elif placement == "line-end" and (_ours(line[-1]) or (
                not line[-1].isspace() and _ours(line[-2]))):
            spots.append((i, len(line)))
    if not spots:
        return None
    i, k = rng.choice(spots)
    line = lines[i]
    if placement == "split-word":
        lines[i] = line[:k] + "\n" + frag + " " + line[k:]
    elif placement == "between":
        lines[i] = line[:k] + " " + frag + line[k:]
    else:
        lines[i] = line[:k] + frag + line[k:]
    return "\n".join(lines)


def control_shaped(frag: str, script: str, placement: str, kind: str) -> bool:
    """Whether an injected fragment has the shape of a control, so that nothing in the text
    tells it from legitimate foreign text: unlisted, between words, no digits, and one word of
    its script (the "foreign word in prose" controls; a script written without spaces shows no
    word boundary, save Han beyond a word's length) or lowercase Latin words (the "Korean
    quoting English" controls). Stripping these would change such controls too."""
    if placement != "between" or kind != "unlisted" or any(c.isdigit() for c in frag):
        return False
    if script == "Latin":
        return frag.islower()
    return " " not in frag and (script != "Han" or len(frag) <= HAN_WORD)


def hosts(per_language: int, chars: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for sample in chardet_tests():
        if sample.language not in HOSTS or len(out[sample.language]) >= per_language:
            continue
        text = sample.text.replace("\r\n", "\n")
        lines, size = [], 0
        for line in text.split("\n"):
            if size + len(line) > chars:
                break
            lines.append(line)
            size += len(line) + 1
        text = "\n".join(lines).strip("\n")
        # hosts must be clean to begin with: repair leaves them alone
        if len(text) > 300 and cleantext.repair(text).text == text:
            out[sample.language].append(text)
    return out


def lost_chars(expected: str, got: str) -> int:
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return len(expected) - sum(b.size for b in matcher.get_matching_blocks())


def controls(rng: random.Random, texts: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Legitimate mixed-script documents: (kind, text)."""
    out = []
    langs = [lang for lang in texts if texts[lang]]
    for lang in langs:
        host = rng.choice(texts[lang])
        other = rng.choice([g for g in langs if HOSTS[g] != HOSTS[lang]])
        a, b = host.split("\n"), rng.choice(texts[other]).split("\n")
        out.append(("bilingual", "\n".join(x for pair in zip(a, b, strict=False) for x in pair)))
        name_script = rng.choice([s for s in SPAM_LOCALE if s != HOSTS[lang]])
        name = fragment(rng, name_script, listed=False).rstrip("0123456789")
        k = host.find(" ", len(host) // 3)
        if k > 0:
            out.append(("name in parentheses", f"{host[:k]} ({name}){host[k:]}"))
            out.append(("quoted phrase", f"{host[:k]} «{name}»{host[k:]}"))
    korean = texts.get("korean", [])
    for host in korean:
        k = host.find(" ", len(host) // 2)
        if k > 0:
            term = " ".join(rng.sample(words("en_US"), 2))
            out.append(("Korean quoting English", f"{host[:k]} {term}{host[k:]}"))
    # the edges of the placement rules: what spam looks like there, and is not
    for lang in langs:
        scripts = WRITTEN_IN.get(lang, {HOSTS[lang]})
        host = rng.choice(texts[lang])
        script = rng.choice([s for s in SPAM_LOCALE if s not in scripts | {"Latin"}])
        placed = [("foreign word in prose", rng.choice(_script_words(script)), "between")]
        if HOSTS[lang] != "Greek":
            placed.append(("symbol with index", rng.choice("αβγδλμπσω") + "1", "between"))
        if HOSTS[lang] != "Latin":
            name = rng.choice(words("en_US")).capitalize()
            placed.append(("name opening a line", name + " ", "line-start"))
        for kind, text, placement in placed:
            if (doc := inject(rng, host, text, placement, scripts)) is not None:
                out.append((kind, doc))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs-per-language", type=int, default=8)
    ap.add_argument("--chars", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", action="store_true",
                    help="learn spam words from all documents first (corpus mode)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = hosts(args.docs_per_language, args.chars)
    tables: dict[str, dict[str, list[int]]] = {k: defaultdict(lambda: [0, 0, 0, 0, 0, 0])
                                               for k in ("placement", "kind", "shape", "host")}
    # [documents, restored, fragments, fragments gone, host chars, host chars lost]
    total = [0, 0, 0, 0, 0, 0]
    cases = []  # (lang, placement, kind, host, frag, doc, shape)
    for lang, docs in sorted(texts.items()):
        foreign = [s for s in SPAM_LOCALE if s != HOSTS[lang]]
        for host in docs:
            for placement in PLACEMENTS:
                for kind in ("listed", "unlisted", "mis-decoded"):
                    if kind == "mis-decoded" and lang != "english":
                        continue
                    script = "Hangul" if kind == "mis-decoded" else rng.choice(foreign)
                    frag = fragment(rng, script, listed=kind != "unlisted")
                    doc = inject(rng, host, frag, placement,
                                 WRITTEN_IN.get(lang, {HOSTS[lang]}))
                    if doc is None:
                        continue
                    if kind == "mis-decoded":
                        try:
                            data = doc.encode("cp949")
                        except UnicodeEncodeError:
                            continue
                        doc = WRONG_DECODERS["mixed-latin-1"].decode(data)
                    shape = ("control-shaped" if control_shaped(frag, script, placement, kind)
                             else "spam-shaped")
                    cases.append((lang, placement, kind, host, frag, doc, shape))
    control_docs = controls(rng, texts)
    learned: dict[str, int] = {}
    if args.corpus:
        from cleantext.detect.recurrence import Survey

        survey = Survey()
        for doc in [c[5] for c in cases] + [text for _, text in control_docs]:
            survey.add(cleantext.repair(doc, strip_fragments=False, restore_lost=False).text)
        learned = survey.terms()
    for lang, placement, kind, host, frag, doc, shape in cases:
        got = cleantext.repair(doc, corpus_terms=learned).text
        gone = frag not in got
        if kind == "mis-decoded":  # nor left in its damaged form
            gone = gone and WRONG_DECODERS["mixed-latin-1"].decode(
                frag.encode("cp949")).strip() not in got
        row = [1, got == host, 1, gone, len(host), lost_chars(host, got)]
        for table, key in (("placement", placement), ("kind", kind), ("shape", shape),
                           ("host", lang)):
            tables[table][key] = [a + b for a, b in zip(tables[table][key], row, strict=True)]
        total = [a + b for a, b in zip(total, row, strict=True)]

    def line(name: str, r: list[int]) -> str:
        return (f"{name:<24}{r[0]:>6}{100 * r[1] / r[0]:>10.1f}%{100 * r[3] / r[2]:>9.1f}%"
                f"{100 * r[5] / r[4]:>11.3f}%")

    print(f"hosts: {sum(map(len, texts.values()))} texts in {len(texts)} languages")
    if args.corpus:
        print(f"corpus mode: {len(learned)} words learned from {len(cases) + len(control_docs)}"
              " documents")
    for name, table in tables.items():
        print(f"\n{'by ' + name:<24}{'docs':>6}{'restored':>11}{'recall':>10}{'host lost':>12}")
        for key, r in sorted(table.items()):
            print(line(key, r))
    print("\n" + line("all", total))
    shaped = tables["shape"]["control-shaped"][2]
    print(f"recall ceiling with every control unchanged: {100 * (1 - shaped / total[2]):.1f}%"
          f" ({shaped} fragments are shaped as controls are)")
    changed = defaultdict(lambda: [0, 0])
    for kind, text in control_docs:
        changed[kind][0] += 1
        changed[kind][1] += cleantext.repair(text, corpus_terms=learned).text != text
    print(f"\n{'controls':<24}{'docs':>6}{'changed':>10}")
    for kind, (n, c) in sorted(changed.items()):
        print(f"{kind:<24}{n:>6}{c:>10}")


if __name__ == "__main__":
    main()
