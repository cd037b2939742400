"""validate: each check fires on its damage, at the right line:col, and not on clean text."""

from pathlib import Path

import pytest

import cleantext
from cleantext.rules import CODES
from cleantext.validate import escape


@pytest.mark.parametrize(("text", "code", "line", "column"), [
    ("ok\nbad \x93quote", "CT401", 2, 5),
    ("x = 1 \u202e// evil", "CT402", 1, 7),
    ("pass\u200bword", "CT403", 1, 5),
    ("private \ue000 use", "CT404", 1, 9),
    ("non \ufffe char", "CT405", 1, 5),
    ("lone \ud800 surrogate", "CT406", 1, 6),
    ("caf\ufffd au lait", "CT102", 1, 4),
    ("first line\nNARA ? South Korea", "CT103", 2, 6),
    ("he said” and left", "CT302", 1, 8),
    ("Das ist schÃ¶n und grÃ¼n.", "CT101", 1, 12),
])
def test_each_check_reports_its_code_at_line_and_column(text, code, line, column):
    findings = [f for f in cleantext.validate(text) if f.code == code]
    assert findings, cleantext.validate(text)
    assert (findings[0].line, findings[0].column) == (line, column)
    assert findings[0].end_line >= findings[0].line


def test_quotes_that_open_across_paragraphs_are_not_flagged():
    text = "“First paragraph of a long quote.\n“Second paragraph, closed.”"
    assert cleantext.validate(text) == []


def test_file_level_checks_on_bytes():
    codes = {f.code for f in cleantext.validate_bytes("Привет, мир".encode("cp1251"))}
    assert "CT501" in codes
    assert {f.code for f in cleantext.validate_bytes(b"\xef\xbb\xbfhi\r\nthere\n")} == {
        "CT502", "CT503"}
    assert [f.code for f in cleantext.validate_bytes(b"\x00\x01binary")] == ["CT504"]
    assert cleantext.validate_bytes(b"clean text\n") == []


def test_escape_never_lets_control_or_bidi_characters_through():
    out = escape("a\x1b[31mb\u202ec\n")
    assert "\x1b" not in out and "\u202e" not in out
    assert "<U+001B>" in out and "<U+202E>" in out


def test_read_handles_boms_and_legacy_bytes():
    assert cleantext.read("héllo".encode("utf-16")).text == "héllo"
    decoded = cleantext.read("Привет, как дела? Всё хорошо, спасибо.".encode("cp1251"))
    assert decoded.text == "Привет, как дела? Всё хорошо, спасибо."
    assert decoded.encoding != "utf-8"
    with pytest.raises(cleantext.DecodeError):
        cleantext.read(b"\x89PNG\r\n\x1a\n\x00")


PROSE = ("The delegation arrived on Tuesday and met the minister.\n"
         "Talks covered trade, security and the shared relationshi\n"
         "p between the two countries.\n"
         "Both sides agreed to meet again next year.\n")


def test_word_broken_across_lines_in_paragraph_text():
    findings = [f for f in cleantext.validate(PROSE) if f.code == "CT202"]
    assert [(f.line, f.column) for f in findings] == [(2, 57)]


def test_hard_wrapped_text_is_not_a_broken_word():
    wrapped = ("The delegation arrived on Tuesday and met\nthe minister. Talks covered trade,\n"
               "security and the shared relationship\nbetween the two countries.\n")
    assert cleantext.validate(wrapped) == []


def test_mis_decoded_fragment_is_reported_where_it_stands_in_the_input(damaged):
    fragments = [f for f in cleantext.validate(damaged) if f.code == "CT201"]
    assert [f.line for f in fragments] == [3, 5, 6, 7, 9]
    assert all(f.column == 1 and "mis-decoded as" in f.message for f in fragments)
    lines = damaged.splitlines()
    assert all(lines[f.line - 1][0] in "¸¾¹" for f in fragments)


def test_suspected_fragment_below_threshold_is_still_reported():
    # a Latin run glued to the start of a line in Korean text, with no spam vocabulary: kept by
    # repair (names and brands stand in text of every script), reported by validate
    text = ("서울에서 두 나라 정상의 회담이 열렸다.\nzorblax회담은 두 시간 동안 이어졌다.\n"
            "양국은 경제와 안보 분야에서 협력을 강화하기로 약속했다.")
    assert cleantext.repair(text).text == text
    findings = [f for f in cleantext.validate(text) if f.code == "CT201"]
    assert findings and "below the removal threshold" in findings[0].message
    assert (findings[0].line, findings[0].column) == (2, 1)


def test_damaged_sample_findings_have_distinct_codes_on_their_lines(damaged, expected):
    by_code = {}
    for f in cleantext.validate(damaged):
        by_code.setdefault(f.code, set()).add(f.line)
    assert by_code["CT103"] == {2, 23, 38, 39}
    assert by_code["CT201"] == {3, 5, 6, 7, 9}
    assert {2, 5} <= by_code["CT301"]
    assert cleantext.validate(expected) == []


def test_every_code_is_documented_in_the_readme_with_its_example():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for c in CODES.values():
        assert f"| `{c.code}` | {c.name} | {c.severity} | {c.summary} | `{c.example}` |" in readme
