"""Repairing files and dumps: streaming, JSONL records, compression, atomic output, a process pool.

A shell between the CLI and the pure core: it reads and writes files, and calls `repair` on
text. Every file is read as a stream and repaired in chunks cut at paragraph (else line)
boundaries, so memory stays bounded whatever the file's size; output goes to a temporary file
that replaces the target only when the whole file succeeded, so a file is always either its old
self or fully repaired, and a file that fails is left untouched.

JSONL/NDJSON files (`.jsonl`, `.ndjson`, optionally `.gz`/`.zst`) are repaired record by record
in one string field (`--field`, a dotted path for nested objects); a record whose field did not
change is written back byte for byte, and a changed one has only that value replaced, so every
other field, the record order and the key order stay exactly as they were.
"""

from __future__ import annotations

import codecs
import difflib
import gzip
import io
import json
import os
import shutil
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from cleantext.detect.recurrence import MIN_DOCUMENTS, Survey
from cleantext.io import STDIN, InputError, atomic_output, reading
from cleantext.model import Edit, Repaired
from cleantext.read import DecodeError, decode_lines, looks_binary, read
from cleantext.repair import repair

HEAD_BYTES = 1 << 20  # bytes read to find the encoding
CHUNK_CHARS = 1 << 20  # characters repaired at a time (a paragraph is never cut)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
STDOUT = "-"


@dataclass(frozen=True)
class Options:
    """What to do with each file; travels to the worker processes once."""

    strip_fragments: bool = True
    restore_lost: bool = True
    use_ftfy: bool = True
    lexicon_terms: tuple[str, ...] = ()
    corpus: bool = False  # learn spam words from the run's own files first (`survey`)
    corpus_min_documents: int = MIN_DOCUMENTS
    corpus_terms: tuple[str, ...] = ()  # what was learned
    field: str = "text"
    diff: bool = False
    backup_suffix: str | None = None
    report: bool = False
    chunk_chars: int = CHUNK_CHARS

    def repair(self, text: str) -> Repaired:
        return repair(text, strip_fragments=self.strip_fragments,
                      restore_lost=self.restore_lost, use_ftfy=self.use_ftfy,
                      lexicon_terms=self.lexicon_terms, corpus_terms=self.corpus_terms)


@dataclass
class Result:
    """What happened to one file (picklable: it comes back from a worker process)."""

    path: str
    status: str = "unchanged"  # unchanged | changed | skipped | failed
    message: str = ""
    encoding: str = ""
    size: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    chains: list[str] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    diff: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {"path": self.path, "status": self.status, "encoding": self.encoding,
               "bytes": self.size, "rules": dict(self.rules), "chains": self.chains,
               "edits": self.edits}
        if self.message:
            out["message"] = self.message
        return out


def is_jsonl(path: str) -> bool:
    name = path.lower().removesuffix(".gz").removesuffix(".zst")
    return name.endswith(JSONL_SUFFIXES)


def _compression(path: str) -> str:
    lower = path.lower()
    return "gz" if lower.endswith(".gz") else "zst" if lower.endswith(".zst") else ""


def _zstd() -> Any:
    try:
        import zstandard
    except ImportError:
        raise InputError("reading .zst needs the zstandard package: "
                         "pip install 'cleantext[zstd]'") from None
    return zstandard


@contextmanager
def _open_in(path: str) -> Iterator[IO[bytes]]:
    kind = _compression(path)
    with reading(path):
        raw = sys.stdin.buffer if path == STDIN else open(path, "rb")  # noqa: SIM115
    try:
        if kind == "gz":
            yield gzip.GzipFile(fileobj=raw, mode="rb")
        elif kind == "zst":
            yield _zstd().ZstdDecompressor().stream_reader(raw)
        else:
            yield raw
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


@contextmanager
def _compressed(path: str, out: IO[bytes]) -> Iterator[IO[bytes]]:
    kind = _compression(path)
    if kind == "gz":
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
            yield gz
    elif kind == "zst":
        with _zstd().ZstdCompressor().stream_writer(out, closefd=False) as zst:
            yield zst
    else:
        yield out


def _decoded_chunks(stream: IO[bytes], path: str, result: Result,
                    limit: int) -> Iterator[str]:
    """The file's text in chunks of about `limit` characters, cut after a blank line (else a
    line end). The encoding is found on the first megabyte; the rest is decoded strictly."""
    head = stream.read(HEAD_BYTES)
    if looks_binary(head):
        raise _Skip(f"{path}: binary file (NUL bytes or a known binary signature), skipped")
    more = len(head) == HEAD_BYTES
    sample = head[: head.rfind(b"\n") + 1 or len(head)] if more else head
    try:
        found = read(sample)
    except DecodeError as err:
        raise InputError(f"{path}: {err}") from None
    if not found.confidence:
        raise InputError(f"{path}: not UTF-8, and no encoding could be recognised")
    codec = "utf-8-sig" if found.bom == "EF BB BF" else found.encoding
    result.encoding = found.encoding
    decoder = (_SegmentDecoder(found.segments_in) if found.segments_in
               else codecs.getincrementaldecoder(codec)("strict"))
    buffer, data, emitted = "", head, False
    while True:
        try:
            buffer += decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            raise InputError(f"{path}: not {found.encoding} after all ({err.reason} "
                             f"at byte {err.start} of a block)") from None
        if not data:
            break
        while len(buffer) > limit and (cut := _cut(buffer, limit)):
            yield buffer[:cut]
            emitted, buffer = True, buffer[cut:]
        data = stream.read(HEAD_BYTES)
    if buffer or not emitted:
        yield buffer


class _SegmentDecoder:
    """The incremental form of `read.decode_lines`: whole lines, UTF-8 where valid, else
    strictly in `other` (a file read per segment)."""

    def __init__(self, other: str) -> None:
        self.other, self.pending = other, b""

    def decode(self, data: bytes, final: bool = False) -> str:
        data = self.pending + data
        cut = len(data) if final else data.rfind(b"\n") + 1
        self.pending = data[cut:]
        return decode_lines(data[:cut], self.other)


def _cut(buffer: str, limit: int) -> int:
    """Where to end a chunk: after the last blank line before `limit`, else after the last line
    end, else after the first line end past it (0: no line end yet, read on)."""
    paragraph = buffer.rfind("\n\n", 0, limit)
    if paragraph >= 0:
        return paragraph + 2
    return buffer.rfind("\n", 0, limit) + 1 or buffer.find("\n", limit) + 1


class _Skip(Exception):
    """A file that is not text: named in one line, never written."""


def _record(result: Result, edits: Iterable[Edit], offset: int, keep: bool,
            **where: Any) -> None:
    for e in edits:
        result.rules[e.rule] += 1
        if keep:
            result.edits.append({**where, "start": offset + e.span.start,
                                 "end": offset + e.span.end, "rule": e.rule,
                                 "original": e.original, "replacement": e.replacement,
                                 "evidence": e.evidence, "guess": e.guess})


def _chains(result: Result, repaired: Repaired) -> None:
    for chain in repaired.diagnosis.chains:
        if str(chain) not in result.chains:
            result.chains.append(str(chain))


def _repair_text(chunks: Iterable[str], out: IO[bytes], options: Options,
                 result: Result) -> Iterator[tuple[str, str]]:
    offset = 0
    for chunk in chunks:
        repaired = options.repair(chunk)
        _record(result, repaired.edits, offset, options.report)
        _chains(result, repaired)
        out.write(repaired.text.encode("utf-8", "surrogateescape"))
        offset += len(chunk)
        yield chunk, repaired.text


def _field_span(line: str, path: list[str]) -> tuple[int, int] | None:
    """Where the value at `path` stands in one JSON object's text (the last of duplicate keys,
    as json.loads takes it), found by scanning, so the rest of the line can stay as it is."""
    decoder = json.JSONDecoder()
    ws = json.decoder.WHITESPACE

    def skip(i: int) -> int:
        return ws.match(line, i).end()

    def find(i: int, keys: list[str]) -> tuple[int, int] | None:
        i = skip(i)
        if i >= len(line) or line[i] != "{":
            return None
        i, found = skip(i + 1), None
        if line[i] == "}":
            return None
        while True:
            key, i = json.decoder.scanstring(line, i + 1)
            i = skip(skip(i) + 1)  # past ":"
            _, end = decoder.raw_decode(line, i)
            if key == keys[0]:
                found = (i, end) if len(keys) == 1 else find(i, keys[1:])
            i = skip(end)
            if line[i] == "}":
                return found
            i = skip(i + 1)  # past ","

    return find(0, path)


def _lines(chunk: str) -> Iterator[str]:
    """Lines ending at "\n" only: JSON strings may hold U+2028, U+0085 … that
    str.splitlines would cut at."""
    start = 0
    while start < len(chunk):
        end = chunk.find("\n", start) + 1 or len(chunk)
        yield chunk[start:end]
        start = end


def _record_value(line: str, keys: list[str], path: str, number: int) -> tuple[str, Any]:
    """A JSONL line's body (without its line end) and the value at `keys` (None: none)."""
    body = line.rstrip("\r\n")
    try:
        value = json.loads(body) if body.strip() else None
    except json.JSONDecodeError as err:
        raise InputError(f"{path}:{number}: not a JSON record ({err.msg})") from None
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return body, value


def _repair_jsonl(chunks: Iterable[str], out: IO[bytes], options: Options,
                  result: Result, path: str) -> Iterator[tuple[str, str]]:
    keys = options.field.split(".")
    number = 0
    for chunk in chunks:
        new_lines = []
        for line in _lines(chunk):
            number += 1
            body, value = _record_value(line, keys, path, number)
            if isinstance(value, str):
                repaired = options.repair(value)
                if repaired.changed:
                    span = _field_span(body, keys)
                    assert span is not None  # json.loads found it
                    _record(result, repaired.edits, 0, options.report, line=number)
                    _chains(result, repaired)
                    line = (body[:span[0]] + json.dumps(repaired.text, ensure_ascii=False)
                            + body[span[1]:] + line[len(body):])
            new_lines.append(line)
        new = "".join(new_lines)
        out.write(new.encode("utf-8"))
        yield chunk, new


def survey(source: str, options: Options) -> Survey:
    """Corpus mode's first pass over one file: its texts (a JSONL file's records), repaired
    with their fragments left in, counted for recurrence. A file that cannot be read counts
    nothing here; the second pass reports it."""
    found = Survey()
    view = replace(options, strip_fragments=False, restore_lost=False)
    try:
        with _open_in(source) as stream:
            chunks = _decoded_chunks(stream, source, Result(source), options.chunk_chars)
            if not is_jsonl(source):
                for chunk in chunks:
                    found.add(view.repair(chunk).text)
                return found
            keys, number = options.field.split("."), 0
            for chunk in chunks:
                for line in _lines(chunk):
                    number += 1
                    _, value = _record_value(line, keys, source, number)
                    if isinstance(value, str):
                        found.add(view.repair(value).text)
    except Exception:  # noqa: BLE001, S110 - the second pass reports what failed
        pass
    return found


def process(source: str, target: str | None, options: Options) -> Result:
    """Repair one file: into `target` (None: in place; "-": standard output), atomically.
    Never raises: a failure is the result's status, and the target is left as it was."""
    result = Result(source)
    try:
        if source != STDIN:
            with reading(source):
                result.size = os.path.getsize(source)
        destination = source if target is None else target
        with _open_in(source) as stream, _sink(destination, options) as out:
            chunks = _decoded_chunks(stream, source, result, options.chunk_chars)
            with _compressed(destination, out) as body:
                pairs = (_repair_jsonl(chunks, body, options, result, source) if is_jsonl(source)
                         else _repair_text(chunks, body, options, result))
                changed = False
                for old, new in pairs:
                    changed = changed or old != new
                    if options.diff and old != new:
                        result.diff += "".join(difflib.unified_diff(
                            old.splitlines(keepends=True), new.splitlines(keepends=True),
                            f"a/{source}", f"b/{source}"))
            recoded = result.encoding != "utf-8"
            result.status = "changed" if changed or recoded else "unchanged"
            if target is None and result.status == "unchanged":
                raise _Unchanged  # the temporary output is dropped, the file stays untouched
            if target is None and options.backup_suffix and not options.diff:
                shutil.copy2(source, source + options.backup_suffix)
    except _Unchanged:
        pass
    except _Skip as why:
        result.status, result.message = "skipped", str(why)
    except InputError as err:
        result.status, result.message = "failed", str(err)
    except Exception as err:  # noqa: BLE001 - one bad file must not stop the run
        result.status = "failed"
        result.message = f"{source}: internal error: {type(err).__name__}: {err}"
    return result


class _Unchanged(Exception):
    """Nothing to write: the temporary output is dropped and the file stays untouched."""


@contextmanager
def _sink(destination: str, options: Options) -> Iterator[IO[bytes]]:
    if options.diff:
        yield io.BytesIO()
    elif destination == STDOUT:
        yield _Unclosable(sys.stdout.buffer)
    else:
        with atomic_output(destination) as out:
            yield out


class _Unclosable(io.RawIOBase):
    """Standard output for a compressor that would close what it writes to."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._raw.write(data)
        return len(data)

    def flush(self) -> None:
        self._raw.flush()


_OPTIONS = Options()
_STOP: Any = None  # a multiprocessing Event in the workers: set when the run is interrupted


def _init(options: Options, stop: Any) -> None:
    """Worker start: keep the options, and leave SIGINT to the parent, which stops the run
    between files instead of killing workers mid-write."""
    global _OPTIONS, _STOP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is not for workers
    _OPTIONS, _STOP = options, stop


Job = tuple[str, str | None]  # (source, target: None in place, "-" standard output)


def _work(task: tuple[list[Job], tuple[str, ...]]) -> list[Result | None]:
    # (None: interrupted before this file started; it stays as it was)
    batch, corpus_terms = task
    options = replace(_OPTIONS, corpus_terms=corpus_terms)
    return [None if _STOP is not None and _STOP.is_set() else process(source, target, options)
            for source, target in batch]


def _survey_work(batch: list[Job]) -> Survey:
    found = Survey()
    for source, _ in batch:
        if _STOP is not None and _STOP.is_set():
            break
        found.update(survey(source, _OPTIONS))
    return found


#: Files a worker takes at a time: neighbours in a dump are alike (one site, one language,
#: one damage), and a worker that repairs them together finds its caches warm; files split
#: one by one between workers made each do a sixth more work than one process alone.
BATCH_FILES = 16
BATCHES_PER_WORKER = 4  # ... but batches shrink as the work left does (guided scheduling),
                        # so that the workers finish together


def _batches(jobs: list[Job], workers: int) -> Iterator[list[Job]]:
    i = 0
    while i < len(jobs):
        size = max(1, min(BATCH_FILES, (len(jobs) - i) // (workers * BATCHES_PER_WORKER)))
        yield jobs[i:i + size]
        i += size


def _learn(parts: Iterable[tuple[list[Job], Survey]], options: Options,
           on_survey: Callable[[Survey, dict[str, int]], None],
           on_surveyed: Callable[[list[str]], None]) -> tuple[str, ...]:
    """Corpus mode: the surveys of all files merged, and the spam words they teach."""
    found = Survey()
    for batch, part in parts:
        found.update(part)
        on_surveyed([source for source, _ in batch])
    terms = found.terms(options.corpus_min_documents)
    on_survey(found, terms)
    return tuple(terms)


def run(jobs: list[Job], options: Options, workers: int,
        on_result: Callable[[Result], None],
        on_survey: Callable[[Survey, dict[str, int]], None] = lambda found, terms: None,
        on_surveyed: Callable[[list[str]], None] = lambda sources: None,
        ) -> None:
    """Process `jobs` with `workers` processes, fed lazily; `on_result` sees each result in
    input order. In corpus mode every file is surveyed first (`on_surveyed` sees the sources
    as they are done, for progress; `on_survey` the whole survey and the words learned, with
    the documents each was glued into), and the words learned are then stripped as spam
    vocabulary.

    On KeyboardInterrupt the files being written are finished, no new one is started, and the
    interrupt is raised again once the workers are idle (a second one stops them at once; even
    then a target is never half-written, see `io.atomic_output`)."""
    if workers <= 1 or len(jobs) <= 1:
        terms = (_learn((([job], survey(job[0], options)) for job in jobs), options,
                        on_survey, on_surveyed) if options.corpus else ())
        for source, target in jobs:
            on_result(process(source, target, replace(options, corpus_terms=terms)))
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    stop = context.Event()
    with context.Pool(workers, initializer=_init, initargs=(options, stop)) as pool:
        if options.corpus:
            parts = list(_batches(jobs, workers))
            terms = _learn(zip(parts, pool.imap(_survey_work, parts), strict=True), options,
                           on_survey, on_surveyed)
        else:
            terms = ()
        # chunksize 1 (a chunk is a batch of files): with larger chunks imap returns a
        # generator, which an interrupt closes, and the drain below would see nothing
        batches = pool.imap(_work, ((batch, terms) for batch in _batches(jobs, workers)))
        try:
            for batch in batches:
                for result in batch:
                    assert result is not None
                    on_result(result)
        except KeyboardInterrupt:
            stop.set()
            for batch in batches:  # drain: files in progress finish, the rest are passed by
                for result in batch:
                    if result is not None:
                        on_result(result)
            raise


def target_for(source: str, output: Path | None, roots: list[Path], several: bool) -> str | None:
    """Where a source's repaired form goes: None in place, the mirror path under `output`."""
    if output is None:
        return None
    if not several:
        return str(output)
    root = next((r for r in roots if Path(source).is_relative_to(r)), None)
    rel = Path(source).relative_to(root) if root else Path(Path(source).name)
    return str(output / rel)
