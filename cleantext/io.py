"""Files for the shells (CLI, hooks): read bytes, decode, write atomically. The core never does I/O.

Errors are `InputError` with a one-line message; the CLI turns them into exit code 2.
"""

from __future__ import annotations

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
    skipped), minus what `excluded` says — named files included, as hooks name every file."""
    for p in paths:
        if p == STDIN:
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and not excluded(str(sub)) and not any(
                        part.startswith(".") for part in sub.relative_to(path).parts):
                    yield str(sub)
        elif not excluded(p):
            yield p


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


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file to write `path` through: a temporary file in the same folder, fsynced and
    renamed over `path` when the block ends without error, removed when it fails. Whenever the
    process dies, `path` is either the old file or the new one. An existing file's permissions
    are kept."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = target.stat().st_mode & 0o7777 if target.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see `atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)
