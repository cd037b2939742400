"""The CLI through typer's CliRunner: outputs, byte-exactness, exit codes, one-line errors."""

import json

from typer.testing import CliRunner

from cleantext.cli import app

from conftest import CLEAN, DAMAGED, EXPECTED

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(map(str, args)), input=input)


def test_help_lists_the_three_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("detect", "repair", "validate"):
        assert command in result.output


def test_repair_one_file_writes_byte_exact_stdout():
    result = run("repair", DAMAGED)
    assert result.exit_code == 0
    assert result.stdout_bytes == EXPECTED.read_bytes()


def test_repair_reads_stdin():
    result = run("repair", "-", input=DAMAGED.read_bytes())
    assert result.exit_code == 0
    assert result.stdout_bytes == EXPECTED.read_bytes()


def test_repair_to_output_file_leaves_input_alone(tmp_path):
    out = tmp_path / "out.txt"
    before = DAMAGED.read_bytes()
    result = run("repair", DAMAGED, "-o", out)
    assert result.exit_code == 0
    assert out.read_bytes() == EXPECTED.read_bytes()
    assert DAMAGED.read_bytes() == before


def test_repair_in_place_and_exit_non_zero_on_fix(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(DAMAGED.read_bytes())
    clean = tmp_path / "clean.txt"
    clean.write_bytes(CLEAN[0].read_bytes())
    result = run("repair", "--in-place", "--exit-non-zero-on-fix", target, clean)
    assert result.exit_code == 1
    assert target.read_bytes() == EXPECTED.read_bytes()
    assert clean.read_bytes() == CLEAN[0].read_bytes()
    again = run("repair", "--in-place", "--exit-non-zero-on-fix", target, clean)
    assert again.exit_code == 0


def test_repair_folder_mirrors_tree(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "d.txt").write_bytes(DAMAGED.read_bytes())
    (src / "c.txt").write_bytes(CLEAN[0].read_bytes())
    result = run("repair", src, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "sub" / "d.txt").read_bytes() == EXPECTED.read_bytes()
    assert (tmp_path / "out" / "c.txt").read_bytes() == CLEAN[0].read_bytes()


def test_repair_no_strip_fragments_keeps_them():
    result = run("repair", "--no-strip-fragments", DAMAGED)
    assert result.exit_code == 0
    assert "바다이야기" in result.stdout_bytes.decode("utf-8")


def test_repair_reads_legacy_bytes_and_writes_utf8(tmp_path):
    text = "Привет, мир! Это проверка кодировки windows-1251 для русского текста."
    src = tmp_path / "ru.txt"
    src.write_bytes(text.encode("cp1251"))
    result = run("repair", src)
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == text


def test_detect_names_the_chain_in_plain_words_and_json():
    result = run("detect", DAMAGED)
    assert result.exit_code == 0
    assert "EUC-KR (cp949) text decoded as UTF-8 with Latin-1 fallback" in result.output
    data = json.loads(run("detect", "--format", "json", DAMAGED).output)
    assert data[0]["chains"][0]["true_encoding"] == "cp949"
    assert data[0]["damages"] and 0 < data[0]["damages"][0]["confidence"] <= 1


def test_validate_exit_codes_and_locations(tmp_path):
    assert run("validate", *CLEAN).exit_code == 0
    assert run("validate", EXPECTED).exit_code == 0
    damaged = run("validate", DAMAGED)
    assert damaged.exit_code == 1
    first = damaged.output.splitlines()[0]
    assert first.startswith(f"{DAMAGED}:2:6: CT103")


def test_validate_json_and_sarif_shapes():
    rows = json.loads(run("validate", "--format", "json", DAMAGED).output)
    assert {"path", "line", "column", "end_line", "end_column", "code", "severity",
            "message"} <= set(rows[0])
    sarif = json.loads(run("validate", "--format", "sarif", DAMAGED).output)
    assert sarif["version"] == "2.1.0"
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "cleantext" and driver["rules"]
    res = sarif["runs"][0]["results"][0]
    region = res["locations"][0]["physicalLocation"]["region"]
    assert res["ruleId"].startswith("CT") and region["startLine"] >= 1


def test_validate_select_and_ignore():
    only = run("validate", "--select", "CT103", DAMAGED)
    assert only.exit_code == 1
    assert all(" CT103 " in line for line in only.output.splitlines()[:-1])
    none = run("validate", "--ignore", "CT1,CT2,CT3", DAMAGED)
    assert none.exit_code == 0


def test_missing_file_is_one_line_exit_2_and_the_run_goes_on(tmp_path):
    result = run("validate", tmp_path / "nope.txt", CLEAN[0])
    assert result.exit_code == 2
    assert "nope.txt: no such file" in result.output
    assert "Traceback" not in result.output
    assert "All clean: 1 file(s) checked." in result.output


def test_several_inputs_without_destination_is_a_usage_error():
    result = run("repair", DAMAGED, CLEAN[0])
    assert result.exit_code == 2
    assert "several inputs" in result.output


def test_binary_file_is_skipped_by_name_and_left_alone(tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = run("repair", "--in-place", binary)
    assert result.exit_code == 0  # skipping a binary file is not a failure
    assert "x.bin: binary file" in result.output and "skipped" in result.output
    assert binary.read_bytes() == b"\x89PNG\r\n\x1a\n\x00\x00"
    assert list(tmp_path.iterdir()) == [binary]  # no temporary file left behind


def test_detect_reports_the_reading_repair_makes(tmp_path):
    # UTF-8 mojibake whose no-break spaces were lost: ftfy's fixer reads it; the chain
    # search's best guess alone was ISO-8859-2, which repair does not take
    src = tmp_path / "fr.txt"
    src.write_text("Il est allÃ© lÃ  bas, voilÃ tout.\n", encoding="utf-8")
    result = run("detect", src)
    assert "UTF-8 text decoded as Latin-1" in result.output
    assert "ISO-8859-2" not in result.output
    data = json.loads(run("detect", "--format", "json", src).output)
    assert {d["by"] for d in data[0]["damages"]} == {"ftfy"}
