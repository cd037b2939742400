"""Files for the shells (CLI, hooks): read bytes, decode, write atomically. The core never does I/O.

Errors are `InputError` with a one-line message; the CLI turns them into exit code 2.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from cleantext.read import Decoded, DecodeError, read

STDIN = "-"


class InputError(Exception):
    """A file that cannot be read or written; the message is one line, for people."""


def iter_paths(paths: Iterable[str],
               excluded: Callable[[str], bool] = lambda _: False) -> Iterator[str]:
    """Files named, and the files under the folders named (sorted, recursive; hidden ones
    skipped), minus what `excluded` says — named files included, as hooks name every file.

    Symlinked files are followed (dataset caches are made of them); symlinked folders are not,
    so a link loop cannot trap the walk."""
    for p in paths:
        if p == STDIN or not os.path.isdir(p):
            if p == STDIN or not excluded(p):
                yield p
            continue
        for folder, subfolders, files in os.walk(p):  # followlinks=False
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(files):
                sub = os.path.join(folder, name)
                if not name.startswith(".") and os.path.isfile(sub) and not excluded(sub):
                    yield sub


def read_bytes(path: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    with reading(path):
        return Path(path).read_bytes()


@contextmanager
def reading(path: str) -> Iterator[None]:
    """OS errors while reading `path`, as one-line InputErrors."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None


def read_text(path: str) -> tuple[bytes, Decoded]:
    data = read_bytes(path)
    try:
        return data, read(data)
    except DecodeError as err:
        raise InputError(f"{path}: {err}") from None


@functools.cache
def _new_file_mode() -> int:
    """What open() would give a new file under the process's umask (mkstemp gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file to write `path` through: a temporary file in the same folder, fsynced and
    renamed over `path` when the block ends without error, removed when it fails. Whenever the
    process dies, `path` is either the old file or the new one. An existing file keeps its
    permissions, a symlink stays a link (its target is rewritten), a new file gets the mode
    open() would give it."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        _fsync_folder(folder)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see `atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)
