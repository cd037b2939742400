"""validate: each check fires on its damage, at the right line:col, and not on clean text."""

import pytest

import cleantext
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
