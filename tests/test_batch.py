"""Dumps: JSONL records, compression, streaming in chunks, legacy bytes, parallel runs, reports,
and nothing lost when the process is killed."""

import gzip
import json
import os
import shutil
import signal
import subprocess

import pytest
import zstandard
from typer.testing import CliRunner

from cleantext.batch import Options, _field_span, process, run
from cleantext.cli import app

from conftest import CLEAN, DAMAGED, EXPECTED, read, start_in_place_run

runner = CliRunner()


def cli(*args):
    return runner.invoke(app, list(map(str, args)))


def records(damaged: str) -> list[str]:
    return [
        '{"id": 1, "meta": {"url": "http://x/a", "text": ' + json.dumps(damaged)
        + '}, "score": 1.50, "tag": "caf\\u00e9"}',
        '{"id":2,"meta":{"text":"plain clean text","lang":"en"},"n":[1, 2 ,3]}',
        "",
        '{"id": 3, "other": "no field here"}',
    ]


def test_jsonl_field_is_repaired_and_everything_else_kept_byte_for_byte(tmp_path, damaged,
                                                                       expected):
    lines = records(damaged)
    src = tmp_path / "dump.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = cli("repair", "--field", "meta.text", src, "-o", out)
    assert result.exit_code == 0, result.output
    new = out.read_text(encoding="utf-8").split("\n")
    assert new[1:] == lines[1:] + [""]  # untouched records, blank line and order kept
    first = json.loads(new[0])
    assert first["meta"]["text"] == expected
    assert list(first) == ["id", "meta", "score", "tag"]
    assert new[0].startswith('{"id": 1, "meta": {"url": "http://x/a", "text": ')
    assert new[0].endswith('}, "score": 1.50, "tag": "caf\\u00e9"}')  # not re-serialised


@pytest.mark.parametrize(("suffix", "opener"), [
    (".jsonl.gz", lambda p, m: gzip.open(p, m)),
    (".jsonl.zst", lambda p, m: zstandard.open(p, m)),
])
def test_compressed_dumps_round_trip(tmp_path, damaged, expected, suffix, opener):
    src = tmp_path / f"dump{suffix}"
    with opener(src, "wb") as fh:
        fh.write(("\n".join(records(damaged)) + "\n").encode("utf-8"))
    out = tmp_path / "out" / src.name
    assert cli("repair", "--field", "meta.text", src, "-o", out).exit_code == 0
    with opener(out, "rb") as fh:
        first = json.loads(fh.read().decode("utf-8").split("\n")[0])
    assert first["meta"]["text"] == expected


def test_a_bad_record_fails_its_file_only(tmp_path, damaged):
    bad, good = tmp_path / "bad.jsonl", tmp_path / "good.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": broken\n', encoding="utf-8")
    good.write_text(json.dumps({"text": damaged}) + "\n", encoding="utf-8")
    before = bad.read_bytes()
    result = cli("repair", "--in-place", bad, good)
    assert result.exit_code == 2
    assert "bad.jsonl:2: not a JSON record" in result.output
    assert bad.read_bytes() == before
    assert json.loads(good.read_text(encoding="utf-8"))["text"] != damaged


def test_field_span_finds_the_value_as_written():
    line = '{"a": {"b": "x", "t": "v\\u00e9"}, "t": 1, "a": {"t": "last"}}'
    start, end = _field_span(line, ["a", "t"])
    assert line[start:end] == '"last"'
    assert _field_span('{"a": 1}', ["b"]) is None


def test_streaming_in_small_chunks_repairs_each_paragraph(tmp_path, damaged, expected):
    src = tmp_path / "big.txt"
    src.write_text("\n\n".join([damaged] * 6), encoding="utf-8")
    out = tmp_path / "big.out.txt"
    result = process(str(src), str(out), Options(chunk_chars=len(damaged) // 2))
    assert result.status == "changed", result.message
    assert out.read_text(encoding="utf-8") == "\n\n".join([expected] * 6)


def test_legacy_bytes_come_out_as_utf8_and_the_encoding_is_reported(tmp_path):
    text = "서울에서 두 나라 정상의 회담이 열렸다. 양국은 협력을 강화하기로 약속했다.\n" * 20
    src = tmp_path / "ko.txt"
    src.write_bytes(text.encode("cp949"))
    report = tmp_path / "report.json"
    result = cli("repair", "--in-place", "--report", report, src)
    assert result.exit_code == 0, result.output
    assert src.read_text(encoding="utf-8") == text
    (entry,) = json.loads(report.read_text(encoding="utf-8"))
    assert entry["status"] == "changed" and entry["encoding"] in ("cp949", "euc_kr")


@pytest.mark.parametrize(("legacy", "encoding"), [
    ("А эти строки вставлены из старой страницы в windows-1251.\nИ ещё одна такая строка.\n",
     "cp1251"),
    ("이 줄은 EUC-KR로 저장된 오래된 문서에서 왔습니다.\n", "cp949"),
    ("Ça coûte très cher à Paris, a dit le maire.\n", "cp1252"),
])
def test_a_file_of_utf8_and_legacy_lines_is_read_per_segment(tmp_path, legacy, encoding):
    # concatenated files: UTF-8 lines stay UTF-8, the others are read in their own encoding
    # (which a single encoding for the whole file gets wrong one way or the other), also
    # when the file streams in chunks smaller than its segments
    utf8 = "Первая строка в UTF-8: 안녕하세요, Grüße.\nВторая строка тоже в UTF-8.\n"
    src = tmp_path / "mixed.txt"
    src.write_bytes((utf8.encode() + legacy.encode(encoding)) * 4 + utf8.encode())
    out = tmp_path / "mixed.out.txt"
    result = process(str(src), str(out), Options(chunk_chars=40))
    assert result.status == "changed", result.message
    assert result.encoding == f"utf-8+{encoding}"
    assert out.read_text(encoding="utf-8") == (utf8 + legacy) * 4 + utf8


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_bom_are_text_not_binary(tmp_path, codec):
    # their NUL bytes are the high bytes of code units; binary data read so holds controls
    # and unassigned code points (and real binaries stay skipped: test_robustness)
    text = "Grüße aus Köln.\nПривет из Москвы.\n東京からこんにちは。\n" * 50
    src = tmp_path / "wide.txt"
    src.write_bytes(text.encode(codec))
    out = tmp_path / "wide.out.txt"
    result = process(str(src), str(out), Options(chunk_chars=100))
    assert result.status == "changed", result.message
    assert result.encoding == codec
    assert out.read_text(encoding="utf-8") == text


def test_parallel_run_equals_serial_and_keeps_backups(tmp_path):
    tree = tmp_path / "in"
    for i in range(6):
        (tree / f"d{i % 2}").mkdir(parents=True, exist_ok=True)
        shutil.copy(DAMAGED if i % 3 else CLEAN[0], tree / f"d{i % 2}" / f"f{i}.txt")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert cli("repair", "-j", "1", tree, "-o", serial).exit_code == 0
    assert cli("repair", "-j", "2", tree, "-o", parallel).exit_code == 0
    files = sorted(p.relative_to(serial) for p in serial.rglob("*.txt"))
    assert len(files) == 6
    for rel in files:
        assert (serial / rel).read_bytes() == (parallel / rel).read_bytes()
    assert (serial / "d1" / "f1.txt").read_bytes() == EXPECTED.read_bytes()
    result = cli("repair", "-j", "2", "--in-place", "--backup-suffix", ".orig", tree)
    assert result.exit_code == 0
    assert (tree / "d1" / "f1.txt.orig").read_bytes() == DAMAGED.read_bytes()
    assert not (tree / "d0" / "f0.txt.orig").exists()  # unchanged files get no backup


def test_empty_file_is_fine(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli("repair", "--in-place", empty).exit_code == 0
    assert empty.read_bytes() == b""


@pytest.mark.slow
def test_kill_9_during_in_place_leaves_every_file_whole(tmp_path):
    original, repaired = DAMAGED.read_bytes(), EXPECTED.read_bytes()
    proc, paths = start_in_place_run(tmp_path / "dump", 300, start_new_session=True,
                                     stderr=subprocess.DEVNULL)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    states = [p.read_bytes() for p in paths]
    assert all(s in (original, repaired) for s in states)
    assert 0 < sum(s == repaired for s in states) < 300  # killed mid-run, really
    assert read(EXPECTED) == repaired.decode("utf-8")


def test_jsonl_lines_end_at_newlines_only(tmp_path):
    src = tmp_path / "seps.jsonl"
    src.write_text(json.dumps({"text": "a\u2028b\x85c\u2029d Ã©"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    result = cli("repair", "--in-place", src)
    assert result.exit_code == 0, result.output
    text = json.loads(src.read_text(encoding="utf-8"))["text"]
    assert text.startswith("a\u2028b") and text.endswith("c\u2029d é")


def test_missing_and_undecodable_files_fail_in_one_line_and_the_run_goes_on(tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_bytes(bytes(range(0x80, 0x100)) * 3 + b"\x01\x02")
    good = tmp_path / "good.txt"
    shutil.copy(DAMAGED, good)
    result = cli("repair", "--in-place", tmp_path / "missing.txt", good)
    assert result.exit_code == 2
    assert "missing.txt: no such file" in result.output and "Traceback" not in result.output
    assert good.read_bytes() == EXPECTED.read_bytes()
    before = odd.read_bytes()
    result = cli("repair", "--in-place", odd)
    assert "internal error" not in result.output
    assert odd.read_bytes() == before or result.exit_code == 0


def test_corpus_mode_learns_spam_words_from_the_run_and_strips_them(tmp_path):
    lines = ["The council met on Tuesday to discuss the new budget for the city parks.",
             "Several members asked for more money to repair the old bridges downtown."]
    word = "Закладкишоп"  # in no lexicon of ours
    src = tmp_path / "in"
    src.mkdir()
    for i in range(4):  # glued to a line's end in four pages, each in its own place ...
        (src / f"page{i}.txt").write_text(f"{lines[0]} Item {i} went{word}\n{lines[1]}\n")
    between = f"{lines[0]}\nSeveral members asked for {word} more money.\n"
    quoted = f"{lines[0]}\nThe shop ({word}) is named in parentheses.\n"
    (src / "between.txt").write_text(between)  # ... and dropped between words in one
    (src / "quoted.txt").write_text(quoted)  # legitimate: where prose puts a foreign name
    records = [json.dumps({"id": i, "text": f"{lines[1]} Record {i} ends{word}\n{lines[0]}"})
               for i in range(2)]
    (src / "dump.jsonl").write_text("\n".join(records) + "\n")

    plain = cli("repair", src, "-o", tmp_path / "plain", "-j", "1")
    assert plain.exit_code == 0, plain.output
    assert (tmp_path / "plain" / "between.txt").read_text() == between  # needs vocabulary
    outputs = {}
    for jobs in (1, 2):
        out = tmp_path / f"corpus{jobs}"
        result = cli("repair", src, "-o", out, "-j", jobs, "--corpus")
        assert result.exit_code == 0, result.output
        assert "8 document(s) surveyed, 1 spam word(s) learned: закладкишоп (6)" in result.output
        outputs[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert outputs[1] == outputs[2]
    got = outputs[1]
    assert got["between.txt"].decode() == between.replace(f"{word} ", "")
    assert got["quoted.txt"].decode() == quoted
    assert got["page0.txt"].decode() == f"{lines[0]} Item 0 went\n{lines[1]}\n"
    assert word not in got["dump.jsonl"].decode("utf-8")
    strict = cli("repair", src, "-o", tmp_path / "strict", "--corpus",
                 "--corpus-min-documents", "7")
    assert "0 spam word(s) learned" in strict.output


@pytest.mark.parametrize("workers", [1, 2])
def test_corpus_survey_reports_every_file_before_the_first_repair(tmp_path, workers):
    sources = []
    for i in range(5):
        path = tmp_path / f"f{i}.txt"
        shutil.copy(DAMAGED if i % 2 else CLEAN[0], path)
        sources.append(str(path))
    events = []
    run([(s, str(tmp_path / f"out{i}.txt")) for i, s in enumerate(sources)],
        Options(corpus=True), workers, lambda result: events.append(("repaired", result.path)),
        lambda found, terms: events.append(("learned", found.documents)),
        lambda batch: events.extend(("surveyed", s) for s in batch))
    assert events == ([("surveyed", s) for s in sources] + [("learned", 5)]
                      + [("repaired", s) for s in sources])
