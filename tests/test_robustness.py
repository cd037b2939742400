"""The CLI against a hostile file system: unreadable files, files that vanish mid-run, link
loops, names that are not UTF-8, a full disk, SIGINT and SIGTERM mid-run. Each gives a clear
one-line message and a documented exit code, and no file is ever half-written."""

import builtins
import errno
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleantext import batch
from cleantext.cli import app

from conftest import DAMAGED, EXPECTED, start_in_place_run

runner = CliRunner()


def cli(*args):
    return runner.invoke(app, list(map(str, args)))


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob(".*.tmp")]


def test_symlink_loop_and_links(tmp_path):
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    shutil.copy(DAMAGED, tree / "sub" / "a.txt")
    (tree / "sub" / "loop").symlink_to("..")  # a folder link back up: must not be walked
    (tree / "link.txt").symlink_to("sub/a.txt")  # a file link: followed
    (tree / "dangling.txt").symlink_to("nowhere")
    result = cli("repair", tree, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    out = sorted(p.relative_to(tmp_path / "out").as_posix()
                 for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert out == ["link.txt", "sub/a.txt"]
    assert (tmp_path / "out" / "link.txt").read_bytes() == EXPECTED.read_bytes()


def test_in_place_through_a_symlink_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    shutil.copy(DAMAGED, target)
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    result = cli("repair", "--in-place", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_bytes() == EXPECTED.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o640


def test_new_output_files_get_the_umask_mode_not_mkstemps_0600(tmp_path):
    old = os.umask(0o022)
    try:
        result = cli("repair", DAMAGED, "-o", tmp_path / "out.txt")
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644


def test_names_that_are_not_utf8(tmp_path):
    folder = os.fsencode(tmp_path / "d")
    os.mkdir(folder)
    name = os.path.join(folder, b"caf\xe9-\xff.txt")  # Latin-1 bytes: not a UTF-8 name
    with open(name, "wb") as fh:
        fh.write(DAMAGED.read_bytes())
    result = cli("validate", tmp_path / "d")
    assert result.exit_code == 1 and "CT101" in result.output
    result = cli("repair", "--in-place", tmp_path / "d")
    assert result.exit_code == 0, result.output
    assert open(name, "rb").read() == EXPECTED.read_bytes()


def test_unreadable_file_fails_alone(tmp_path, monkeypatch):
    locked, good = tmp_path / "locked.txt", tmp_path / "good.txt"
    shutil.copy(DAMAGED, locked)
    shutil.copy(DAMAGED, good)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: refuse it the way the kernel would
        real_open = builtins.open

        def guarded(file, *args, **kwargs):
            if str(file) == str(locked):
                raise PermissionError(errno.EACCES, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", guarded)
    result = cli("repair", "--in-place", tmp_path)
    locked.chmod(0o644)
    assert result.exit_code == 2
    assert "locked.txt: permission denied" in result.output
    assert "Traceback" not in result.output
    assert locked.read_bytes() == DAMAGED.read_bytes()
    assert good.read_bytes() == EXPECTED.read_bytes()


def test_file_that_vanishes_mid_run(tmp_path):
    names = [tmp_path / f"{i}.txt" for i in range(4)]
    for p in names:
        shutil.copy(DAMAGED, p)
    seen = []

    def on_result(result):
        seen.append(result)
        if len(seen) == 1:
            names[2].unlink()  # listed, then gone before its turn

    batch.run([(str(p), None) for p in names], batch.Options(), 1, on_result)
    assert [r.status for r in seen] == ["changed", "changed", "failed", "changed"]
    assert seen[2].message.endswith("2.txt: no such file")
    assert names[3].read_bytes() == EXPECTED.read_bytes()


def test_full_disk_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    src = tmp_path / "a.txt"
    shutil.copy(DAMAGED, src)

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    result = cli("repair", "--in-place", src)
    assert result.exit_code == 2
    assert result.output.strip().endswith("a.txt: cannot write (No space left on device)")
    assert src.read_bytes() == DAMAGED.read_bytes()
    assert leftovers(tmp_path) == []


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_mid_run_finishes_files_in_progress_and_starts_no_more(tmp_path, sig):
    original, repaired = DAMAGED.read_bytes(), EXPECTED.read_bytes()
    proc, paths = start_in_place_run(tmp_path / "dump", 1500, stderr=subprocess.PIPE, text=True)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.count("\n") == 1 and "interrupted after" in err and "Traceback" not in err
    states = [p.read_bytes() for p in paths]
    assert all(s in (original, repaired) for s in states)
    done = sum(s == repaired for s in states)
    assert 0 < done < 1500
    assert f"interrupted after {done} of 1500" in err  # every finished file was reported
    assert leftovers(tmp_path / "dump") == []
