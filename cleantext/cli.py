"""The command line: a thin typer shell over the library.

Exit codes: 0 success (validate: no findings), 1 validate found damage (or repair changed a file
with --exit-non-zero-on-fix), 2 usage error or a file that could not be read or written,
3 internal error. A file that fails is reported in one line, left untouched, and the run goes on.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:
    from cleantext.config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

app = typer.Typer(
    name="cleantext",
    help="Repair text damaged by scrapers and legacy systems, and report what damage is left.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # click's plain help and usage errors: rich's formatting (and the Markdown parser it
    # loads) would take half of `cleantext --help`'s start-up
    rich_markup_mode=None,
)


class DetectFormat(str, Enum):
    text = "text"
    json = "json"


class ValidateFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"


Paths = Annotated[list[str], typer.Argument(help="Files or folders; - reads standard input.",
                                            show_default=False)]
ConfigPath = Annotated[Optional[Path], typer.Option(
    "--config", help="pyproject.toml to read [tool.cleantext] from (default: the nearest).")]
Exclude = Annotated[Optional[list[str]], typer.Option(
    "--exclude", help="Glob of paths to leave out (repeatable; replaces the config's).")]


def _echo(message: str, err: bool = False) -> None:
    """All the CLI's text output goes through here: file names may hold undecodable bytes."""
    from cleantext.report import printable

    # not typer.echo: click strips ANSI escapes when not on a terminal, and texts may hold them
    stream = sys.stderr if err else sys.stdout
    stream.write(printable(message) + "\n")
    stream.flush()


def _error(message: str) -> None:
    _echo(f"cleantext: error: {message}", err=True)


def _escape(s: str) -> str:
    from cleantext.validate import escape

    return escape(s)


def _config(path: Optional[Path], exclude: Optional[list[str]]) -> Config:
    """The project configuration with the command line's overrides; exit 2 when unusable."""
    from dataclasses import replace

    from cleantext.config import ConfigError, load

    try:
        config = load(path)
    except ConfigError as err:
        _error(str(err))
        raise typer.Exit(EXIT_ERROR) from None
    return replace(config, exclude=tuple(exclude)) if exclude else config


def _codes(option: Optional[str]) -> Optional[tuple[str, ...]]:
    return tuple(c.strip() for c in option.split(",") if c.strip()) if option else None


class _Run:
    """Counts failures so the run goes on and the exit code tells."""

    def __init__(self) -> None:
        self.failed = 0

    def fail(self, message: str) -> None:
        self.failed += 1
        _error(message)


@app.command()
def detect(
    paths: Paths,
    fmt: Annotated[DetectFormat, typer.Option("--format", "-f", help="Output format.")]
    = DetectFormat.text,
    config_path: ConfigPath = None,
    exclude: Exclude = None,
) -> None:
    """Say how each file was mis-decoded: the chain, its spans and confidence."""
    from cleantext.detect import detect as run_detect
    from cleantext.io import InputError, iter_paths, read_text
    from cleantext.validate import LineIndex

    config = _config(config_path, exclude)
    run, reports = _Run(), []
    for path in iter_paths(paths, config.excluded):
        try:
            _, decoded = read_text(path)
        except InputError as err:
            run.fail(str(err))
            continue
        diagnosis = run_detect(decoded.text)
        if fmt is DetectFormat.json:
            reports.append({"path": path, "encoding": decoded.encoding, **diagnosis.to_dict()})
            continue
        head = f"{path}: "
        if decoded.encoding != "utf-8":
            head += f"bytes in {decoded.encoding}; "
        if not diagnosis.damaged:
            _echo(head + "no mojibake found")
            continue
        chain = diagnosis.chain
        assert chain is not None
        _echo(f"{head}{chain.describe()} [{chain}], {len(diagnosis.damages)} damaged "
                   f"span(s), confidence {diagnosis.confidence:.2f}")
        lines = LineIndex(decoded.text)
        for d in diagnosis.damages:
            (l1, c1), (l2, c2) = lines.at(d.span.start), lines.at(d.span.end)
            extra = "" if d.chain == chain else f" [{d.chain}]"
            _echo(f"  {l1}:{c1}-{l2}:{c2} '{_escape(d.original)}' → '{_escape(d.decoded)}' "
                       f"({d.confidence:.2f}){extra}")
    if fmt is DetectFormat.json:
        _echo(json.dumps(reports, ensure_ascii=False, indent=2))
    raise typer.Exit(EXIT_ERROR if run.failed else EXIT_OK)


@app.command()
def repair(
    paths: Paths,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Output file (one input) or folder (several inputs).")] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i",
                                           help="Rewrite the inputs (atomically).")] = False,
    backup_suffix: Annotated[Optional[str], typer.Option(
        help="With --in-place: keep each changed original as FILE+SUFFIX.")] = None,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff, write nothing.")]
    = False,
    field: Annotated[str, typer.Option(
        help="JSONL/NDJSON files: the string field to repair (dotted path for nested ones).")]
    = "text",
    strip_fragments: Annotated[Optional[bool], typer.Option(
        "--strip-fragments/--no-strip-fragments",
        help="Remove injected spam fragments.  [default: strip]", show_default=False)] = None,
    restore_lost: Annotated[Optional[bool], typer.Option(
        "--restore-lost/--no-restore-lost",
        help="Restore characters lost as '?' (guesses).  [default: restore]",
        show_default=False)] = None,
    use_ftfy: Annotated[Optional[bool], typer.Option(
        "--ftfy/--no-ftfy", help="Let ftfy fix what the chain search left.  [default: ftfy]",
        show_default=False)] = None,
    corpus: Annotated[bool, typer.Option(
        "--corpus", help="Learn spam words from the inputs first: a foreign word glued into "
        "the prose of several documents (and mostly glued where it stands) is stripped as a "
        "fragment wherever prose would not put it. Reads every file twice.")] = False,
    corpus_min_documents: Annotated[int, typer.Option(
        min=2, max=64, help="With --corpus: documents (files, JSONL records) a word must be "
        "glued into, in as many different places, before it is learned.")] = 3,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, help="Worker processes (0: one per core).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress bar and no summary.")] = False,
    report: Annotated[Optional[Path], typer.Option(
        help="Write a JSON report per file (encoding, chains, edits) to this file.")] = None,
    exit_non_zero_on_fix: Annotated[bool, typer.Option(
        "--exit-non-zero-on-fix", help="Exit 1 when a file was changed (for hooks and CI).")]
    = False,
    config_path: ConfigPath = None,
    exclude: Exclude = None,
) -> None:
    """Repair files, folders and JSONL dumps (.gz/.zst too). One input and no -o: the repaired
    text goes to standard output, byte-exact. Inputs are never modified unless --in-place."""
    import os

    from cleantext.batch import STDOUT, Options, Result, run, target_for
    from cleantext.io import STDIN, iter_paths

    config = _config(config_path, exclude)
    flags = {"strip_fragments": strip_fragments, "restore_lost": restore_lost,
             "use_ftfy": use_ftfy}
    choices = {**config.repair, **{k: v for k, v in flags.items() if v is not None}}
    files = list(iter_paths(paths, config.excluded))
    if in_place and output is not None:
        _error("--in-place and --output exclude each other")
        raise typer.Exit(EXIT_ERROR)
    if in_place and STDIN in files:
        _error("--in-place cannot rewrite standard input")
        raise typer.Exit(EXIT_ERROR)
    if backup_suffix is not None and not in_place:
        _error("--backup-suffix needs --in-place")
        raise typer.Exit(EXIT_ERROR)
    several = len(files) > 1 or any(Path(p).is_dir() for p in paths if p != STDIN)
    if several and not (in_place or diff or output is not None):
        _error("several inputs need --output FOLDER, --in-place or --diff")
        raise typer.Exit(EXIT_ERROR)
    roots = [Path(p) for p in paths if p != STDIN and Path(p).is_dir()]
    options = Options(**choices, lexicon_terms=config.lexicon_terms, field=field, diff=diff,
                      backup_suffix=backup_suffix, report=report is not None, corpus=corpus,
                      corpus_min_documents=corpus_min_documents)
    work = [(f, STDOUT if not (in_place or diff or output) else
             target_for(f, output, roots, several)) for f in files]
    results: list[Result] = []
    with _progress(files, quiet or STDOUT in (t for _, t in work)) as progress:
        def done(result: Result) -> None:
            results.append(result)
            if result.diff:
                _echo(result.diff.removesuffix("\n"))
            if result.status == "failed":
                _error(result.message)
            elif result.message:
                _echo(f"cleantext: {result.message}", err=True)
            progress.advance(result)

        def learned(found: Any, terms: dict[str, int]) -> None:
            progress.repairing()
            if not quiet:
                _echo(_learned(found.documents, terms), err=True)

        try:
            with _stopping_on_sigterm():
                run(work, options, jobs or os.cpu_count() or 1, done, learned,
                    progress.surveyed)
        except KeyboardInterrupt:
            _error(f"interrupted after {len(results)} of {len(work)} file(s); "
                   "files not reached are untouched")
            raise typer.Exit(EXIT_INTERRUPTED) from None
    if report is not None:
        from cleantext.io import write_atomic

        write_atomic(report, (json.dumps([r.to_dict() for r in results], ensure_ascii=False,
                                         indent=1) + "\n").encode("utf-8"))
    if not quiet and several:
        _echo(_summary(results), err=True)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(EXIT_ERROR)
    changed = any(r.status == "changed" for r in results)
    raise typer.Exit(EXIT_FINDINGS if exit_non_zero_on_fix and changed else EXIT_OK)


@contextmanager
def _stopping_on_sigterm():  # noqa: ANN202
    """SIGTERM (a scheduler stopping the job) stops a run like Ctrl-C: between files."""
    import signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (e.g. called from a test runner's thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _learned(documents: int, terms: dict[str, int], shown: int = 20) -> str:
    line = (f"cleantext: corpus: {documents} document(s) surveyed, {len(terms)} spam word(s) "
            "learned")
    if terms:
        line += ": " + ", ".join(f"{w} ({n})" for w, n in list(terms.items())[:shown])
        line += " …" if len(terms) > shown else ""
    return line


def _summary(results: list) -> str:
    from collections import Counter

    status = Counter(r.status for r in results)
    rules: Counter[str] = Counter()
    for r in results:
        rules.update(r.rules)
    size = sum(r.size for r in results) / 1e6
    line = (f"{len(results)} file(s), {size:.1f} MB: {status['changed']} changed, "
            f"{status['unchanged']} unchanged, {status['skipped']} skipped, "
            f"{status['failed']} failed")
    if rules:
        line += "; repairs: " + ", ".join(f"{k} ×{n}" for k, n in sorted(rules.items()))
    return line


class _Silent:
    """The progress of a run where no bar is shown."""

    def surveyed(self, sources: list[str]) -> None:
        """Corpus mode's first pass is done with these files."""

    def repairing(self) -> None:
        """The first pass is over: the bar starts again for the repair."""

    def advance(self, result: Any) -> None:
        """One file repaired."""


@contextmanager
def _progress(files: list[str], quiet: bool):  # noqa: ANN202
    """A progress bar on standard error (files, MB, MB/s, ETA), only on a terminal; corpus mode
    fills it twice, once for the survey and once for the repair."""
    if quiet or not sys.stderr.isatty():
        yield _Silent()
        return
    import os

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    def size(path: str) -> int:
        return os.path.getsize(path) if os.path.isfile(path) else 0

    total = sum(size(f) for f in files)
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                  TransferSpeedColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(f"repair 0/{len(files)} files", total=total)

        class Bar(_Silent):
            done = 0

            def _step(self, verb: str, files_done: int, advance: int) -> None:
                self.done += files_done
                bar.update(task, advance=advance,
                           description=f"{verb} {self.done}/{len(files)} files")

            def surveyed(self, sources: list[str]) -> None:
                self._step("survey", len(sources), sum(size(s) for s in sources))

            def repairing(self) -> None:
                self.done = 0
                bar.reset(task, total=total, description=f"repair 0/{len(files)} files")

            def advance(self, result: Any) -> None:
                self._step("repair", 1, result.size)

        yield Bar()


@app.command()
def validate(
    paths: Paths,
    fmt: Annotated[ValidateFormat, typer.Option("--format", "-f", help="Output format.")]
    = ValidateFormat.text,
    select: Annotated[Optional[str], typer.Option(
        help="Comma-separated codes or prefixes to report (e.g. CT1,CT201).")] = None,
    ignore: Annotated[Optional[str], typer.Option(
        help="Comma-separated codes or prefixes to leave out.")] = None,
    config_path: ConfigPath = None,
    exclude: Exclude = None,
) -> None:
    """Report residual damage as path:line:col: CODE message. Exit 0 clean, 1 damage found."""
    from cleantext.io import InputError, iter_paths, read_bytes
    from cleantext.report import render
    from cleantext.validate import validate_bytes

    config = _config(config_path, exclude)
    chosen = _codes(select) or config.select
    dropped = _codes(ignore) or config.ignore
    run, results = _Run(), []
    for path in iter_paths(paths, config.excluded):
        try:
            findings = validate_bytes(read_bytes(path), lexicon_terms=config.lexicon_terms)
        except InputError as err:
            run.fail(str(err))
            continue
        except Exception as err:  # noqa: BLE001 - one bad file must not stop the run
            run.fail(f"{path}: internal error: {type(err).__name__}: {err}")
            continue
        findings = [f for f in findings
                    if (chosen is None or any(f.code.startswith(c) for c in chosen))
                    and not any(f.code.startswith(c) for c in dropped)]
        results.append((path, findings))
    _echo(render(results, fmt.value).removesuffix("\n"))
    if run.failed:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if any(f for _, f in results) else EXIT_OK)


def main() -> None:
    """Console entry point: typer, with any unexpected error reduced to one line."""
    try:
        app()
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit:
        raise
    except Exception as err:  # noqa: BLE001 - the last line of defence: never a traceback
        _error(f"internal error: {type(err).__name__}: {err}")
        sys.exit(EXIT_INTERNAL)
