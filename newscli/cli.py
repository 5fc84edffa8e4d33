"""The command-line interface: thin commands over the library (newscli.pipeline and friends).

Each command validates its arguments, loads the config, calls the core and hands the result to a
renderer. Errors from the core (newscli.errors) become one ``Error: ...`` line on stderr here.
"""
from __future__ import annotations

import errno
import functools
import os
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator, Optional

import typer

from . import __version__, _typer_fast
from .config import Config, load_config
from .errors import NewscliError, UsageError

_typer_fast.install()   # no Pydantic for plain options: a tenth of a second off every run


def _rich_help() -> bool:
    """Help drawn with rich on a terminal only: rich's help imports its markdown parser (0.1 s)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


app = typer.Typer(
    name="newscli",
    help="Arabic news text: normalization, tokenization, quotes and speakers, with offsets into the original text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich" if _rich_help() else None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    """Output formats of document commands."""

    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"


class QuoteFormat(str, Enum):
    """Output formats of quote and speaker listings."""

    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TokenFormat(str, Enum):
    """Output formats of `tokenize`."""

    auto = "auto"
    lines = "lines"
    text = "text"
    table = "table"
    json = "json"
    jsonl = "jsonl"


class TextFormat(str, Enum):
    """Output formats of `normalize`."""

    auto = "auto"
    text = "text"
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Step(str, Enum):
    """Normalization steps that --enable / --disable switch."""

    unicode = "unicode"
    controls = "controls"
    tatweel = "tatweel"
    dediac = "dediac"
    alef = "alef"
    alef_maksura = "alef_maksura"
    teh_marbuta = "teh_marbuta"
    persian = "persian"
    digits = "digits"
    quotes = "quotes"


Inputs = Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or - for standard input.",
                                             show_default=False)]
OptInputs = Annotated[Optional[list[str]], typer.Argument(help="Files, folders or - for standard input (default: -).",
                                                          show_default=False)]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", help="YAML config file (default: $NEWSCLI_CONFIG).",
                                                   exists=True, dir_okay=False, show_default=False)]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", "-e", help="Input encoding; detected when not given "
                                                    "(UTF-8, UTF-16/32 with BOM, Windows-1256).", show_default=False)]
GlobOpt = Annotated[Optional[str], typer.Option("--glob", "-g", help="File name patterns for folders, comma-separated "
                                                "[default: *.txt].", show_default=False)]
MaxBytesOpt = Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this "
                                                    "[default: 10000000].", show_default=False)]
HtmlOpt = Annotated[Optional[bool], typer.Option("--html/--no-html", help="Read inputs as HTML: strip tags, decode "
                                                 "entities; offsets still point into the markup [default: when an "
                                                 "input holds tags or entities].", show_default=False)]
DisableOpt = Annotated[Optional[list[Step]], typer.Option("--disable", "-d", help="Switch a normalization step off "
                                                          "(repeatable).", show_default=False)]
EnableOpt = Annotated[Optional[list[Step]], typer.Option("--enable", help="Switch a normalization step on (repeatable).",
                                                         show_default=False)]
BidiOpt = Annotated[Optional[bool], typer.Option("--bidi/--no-bidi", help="Shape and reorder Arabic in tables for "
                                                 "terminals that do not (default: $NEWSCLI_BIDI).", show_default=False)]


class InputFormat(str, Enum):
    """How inputs hold documents (--input-format)."""

    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    trec = "trec"


# Batch options, shared by parse, quotes and speakers (newscli.batch does the work).
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes [default: number of "
                                                "cores]; 1 runs in this process.", show_default=False)]
UnorderedOpt = Annotated[bool, typer.Option("--unordered", help="Write documents as they finish, not in input order.")]
OutDirOpt = Annotated[Optional[Path], typer.Option("--out-dir", file_okay=False, help="Write one JSON file per input "
                                                   "here, mirroring the input tree (atomically); stdout stays empty.",
                                                   show_default=False)]
DbOpt = Annotated[Optional[Path], typer.Option("--db", dir_okay=False, help="Load documents, quotes and speakers into "
                                               "this SQLite database (a rerun replaces an input's rows).",
                                               show_default=False)]
ResumeOpt = Annotated[bool, typer.Option("--resume", help="Skip inputs whose --out-dir file (or --db rows) is newer "
                                         "than the input.")]
ErrorsOpt = Annotated[Optional[Path], typer.Option("--errors", dir_okay=False, help="Also record failures in this "
                                                   "file, as JSON Lines.", show_default=False)]
InputFormatOpt = Annotated[InputFormat, typer.Option("--input-format", help="auto: text, or TREC/SGML when a file "
                                                     "starts with <DOC>; jsonl: one JSON object per line.")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSON Lines: the field holding the text.")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSON Lines: the field kept as the document's id.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary line (errors are still "
                                        "reported).")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Report each input written or skipped.")]


def _fail(message: str) -> None:
    sys.stderr.write(f"Error: {message}\n")
    sys.stderr.flush()


def _config(config: Optional[Path], encoding: Optional[str] = None, glob: Optional[str] = None,
            max_bytes: Optional[int] = None, disable: Optional[list[Step]] = None,
            enable: Optional[list[Step]] = None, html: Optional[bool] = None) -> Config:
    """Defaults, then the YAML file, then flags."""
    cfg = load_config(config)
    inp = cfg.input
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding '{encoding}'") from None
        inp = replace(inp, encoding=encoding)
    if glob is not None:
        inp = replace(inp, glob=glob)
    if max_bytes is not None:
        inp = replace(inp, max_bytes=max_bytes)
    if html is not None:
        inp = replace(inp, html=html)
    both = set(disable or ()) & set(enable or ())
    if both:
        raise UsageError(f"step '{sorted(both)[0].value}' is both enabled and disabled")
    steps = {s.value: False for s in disable or ()} | {s.value: True for s in enable or ()}
    return replace(cfg, input=inp, normalize=replace(cfg.normalize, **steps))


def _resolve(fmt: str) -> str:
    from .render import stdout_is_terminal

    if fmt == "auto":
        return "table" if stdout_is_terminal() else "jsonl"
    return fmt


def _bidi(flag: Optional[bool]) -> bool:
    from .render import bidi_default

    return bidi_default() if flag is None else flag


class Tally:
    """Counts the inputs of one command run that succeeded and failed."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0

    def error(self, err: Exception) -> None:
        """Report one failed input on stderr; the run goes on."""
        self.failed += 1
        _fail(str(err))

    def finish(self) -> None:
        """Exit 1 when any input failed."""
        if self.failed:
            raise typer.Exit(1)


def _documents(inputs: list[str], cfg: Config, tally: Tally, *, quotes: bool = True) -> Iterator[Any]:
    """Parsed documents in input order; each failing input is reported and counted."""
    from .pipeline import parse_many

    if inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    for _src, doc, err in parse_many(inputs, cfg, quotes=quotes):
        if err is not None:
            tally.error(err)
            continue
        tally.ok += 1
        yield doc


def guarded(fn: Callable[..., None]) -> Callable[..., None]:
    """Turn newscli errors into one `Error:` line and an exit code; end quietly on a closed pipe."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
            sys.stdout.flush()
        except NewscliError as e:
            _fail(str(e))
            raise typer.Exit(e.exit_code) from None
        except BrokenPipeError:
            # The reader went away (`| head -1`): stop quietly, and keep Python from
            # complaining when it flushes stdout at exit.
            _silence_stdout()
            raise typer.Exit(0) from None
        except OSError as e:
            # A full disk, a closed or failing stdout: no output can be trusted, say so once.
            if e.errno not in _OUTPUT_ERRNOS:
                raise
            _silence_stdout()
            _fail(f"cannot write output: {e.strerror or e}")
            raise typer.Exit(1) from None

    return wrapper


# Errors of writing, not reading (readers turn those into InputError before they get here).
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit neither fails nor complains."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives until exit


class _ClosedStdout:
    """Stands for a standard output that was closed before newscli started (`newscli ... >&-`)."""

    encoding = "utf-8"

    def write(self, s: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def writelines(self, lines: Any) -> None:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _single(inputs: list[str]) -> bool:
    return len(inputs) == 1 and (inputs[0] == "-" or not os.path.isdir(inputs[0]))


def _batch_options(command: str, fmt: str, explicit_format: bool, jobs: Optional[int], unordered: bool,
                   out_dir: Optional[Path], db: Optional[Path], resume: bool, errors: Optional[Path],
                   input_format: InputFormat, text_field: str, id_field: str, quiet: bool, verbose: bool,
                   tokens: bool = True) -> Any:
    """BatchOptions from a document command's flags; --out-dir and --db take the place of stdout."""
    from .batch import BatchOptions, default_jobs

    if (out_dir is not None or db is not None) and explicit_format and command != "speakers":
        raise UsageError("--out-dir and --db write the documents themselves: leave out --format")
    if quiet and verbose:
        raise UsageError("--quiet and --verbose do not go together")
    return BatchOptions(command=command, fmt=fmt, tokens=tokens, jobs=jobs or default_jobs(), ordered=not unordered,
                        out_dir=out_dir, db=db, resume=resume, errors=errors, input_format=input_format.value,
                        text_field=text_field, id_field=id_field, quiet=quiet, verbose=verbose)


def _batch_exit(summary: Any) -> None:
    """Exit 1 when any document or input of a batch failed."""
    if summary is not None and summary.failed:
        raise typer.Exit(1)


@app.command()
@guarded
def parse(
    inputs: Inputs,
    format: Annotated[Format, typer.Option("--format", "-f", help="auto: a table on a terminal, JSON Lines otherwise.")] = Format.auto,
    tokens: Annotated[bool, typer.Option("--tokens/--no-tokens", help="Include tokens in JSON output.")] = True,
    config: ConfigOpt = None,
    encoding: EncodingOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = None,
    html: HtmlOpt = None,
    disable: DisableOpt = None,
    enable: EnableOpt = None,
    bidi: BidiOpt = None,
    jobs: JobsOpt = None,
    unordered: UnorderedOpt = False,
    out_dir: OutDirOpt = None,
    db: DbOpt = None,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Parse documents: title, paragraphs, sentences, tokens, quotes and speakers."""
    from . import batch

    cfg = _config(config, encoding, glob, max_bytes, disable, enable, html=html)
    fmt = _resolve(format.value)
    opts = _batch_options("parse", fmt, format is not Format.auto, jobs, unordered, out_dir, db, resume, errors,
                          input_format, text_field, id_field, quiet, verbose, tokens)
    if fmt == "table" and out_dir is None and db is None:
        from .render import Display, console, print_document_summary

        show, con = Display(_bidi(bidi)), console()
        with batch.Batch(inputs, cfg, opts) as b:
            for doc in b.documents():
                print_document_summary(doc, show, con)
        _batch_exit(b.summary)
    else:
        _batch_exit(batch.run(inputs, cfg, opts))


@app.command()
@guarded
def quotes(
    inputs: Inputs,
    format: Annotated[QuoteFormat, typer.Option("--format", "-f", help="auto: a table on a terminal, JSON Lines otherwise; csv: one row per quote.")] = QuoteFormat.auto,
    config: ConfigOpt = None,
    encoding: EncodingOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = None,
    html: HtmlOpt = None,
    bidi: BidiOpt = None,
    jobs: JobsOpt = None,
    unordered: UnorderedOpt = False,
    out_dir: OutDirOpt = None,
    db: DbOpt = None,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """List quotes with their kind, cue and speaker."""
    from . import batch

    cfg = _config(config, encoding, glob, max_bytes, html=html)
    fmt = _resolve(format.value)
    opts = _batch_options("quotes", fmt, format is not QuoteFormat.auto, jobs, unordered, out_dir, db, resume, errors,
                          input_format, text_field, id_field, quiet, verbose)
    if fmt == "table" and out_dir is None and db is None:
        from .render import Display, print_quotes

        with batch.Batch(inputs, cfg, opts) as b:
            print_quotes(b.documents(), Display(_bidi(bidi)))
        _batch_exit(b.summary)
    else:
        _batch_exit(batch.run(inputs, cfg, opts))


@app.command()
@guarded
def speakers(
    inputs: Inputs,
    format: Annotated[QuoteFormat, typer.Option("--format", "-f", help="auto: a table on a terminal, JSON Lines otherwise.")] = QuoteFormat.auto,
    config: ConfigOpt = None,
    encoding: EncodingOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = None,
    html: HtmlOpt = None,
    bidi: BidiOpt = None,
    jobs: JobsOpt = None,
    unordered: UnorderedOpt = False,
    out_dir: OutDirOpt = None,
    db: DbOpt = None,
    resume: ResumeOpt = False,
    errors: ErrorsOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = "id",
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Who is quoted across all given articles: quotes, articles and titles per speaker."""
    from . import batch
    from .speakers import aggregate

    cfg = _config(config, encoding, glob, max_bytes, html=html)
    fmt = _resolve(format.value)
    opts = _batch_options("speakers", fmt, format is not QuoteFormat.auto, jobs, unordered, out_dir, db, resume,
                          errors, input_format, text_field, id_field, quiet, verbose)
    with batch.Batch(inputs, cfg, opts) as b:
        rows = aggregate(b.documents())
    tally = Tally()
    tally.failed = b.summary.failed if b.summary is not None else 0
    if fmt == "table":
        from .render import Display, print_speakers

        print_speakers(rows, Display(_bidi(bidi)))
    elif fmt == "csv":
        from .render import write_csv

        write_csv(sys.stdout, ["name", "type", "titles", "gender", "quotes", "articles"], rows)
    else:
        from .render import dumps

        if fmt == "json":
            sys.stdout.write(dumps(rows, indent=2) + "\n")
        else:
            for r in rows:
                sys.stdout.write(dumps(r) + "\n")
    tally.finish()


@app.command()
@guarded
def normalize(
    inputs: OptInputs = None,
    format: Annotated[TextFormat, typer.Option("--format", "-f", help="auto and text: normalized text, streamed line "
                                               "by line (a filter in pipes too); table: each line before and after.")] = TextFormat.auto,
    config: ConfigOpt = None,
    encoding: EncodingOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = None,
    disable: DisableOpt = None,
    enable: EnableOpt = None,
    bidi: BidiOpt = None,
) -> None:
    """Normalize Arabic text (camel-tools' normalizers and more; each step switchable)."""
    from .normalization import normalizer
    from .readers import expand_inputs

    cfg = _config(config, encoding, glob, max_bytes, disable, enable)
    inputs = inputs or ["-"]
    tally = Tally()
    norm = normalizer(cfg.normalize)
    fmt = format.value
    if fmt in ("auto", "text"):
        from .streaming import stream_lines

        for src in expand_inputs(inputs, cfg.input.glob):
            try:
                for line in stream_lines(src, cfg.input.encoding, cfg.input.max_bytes):
                    sys.stdout.write(norm(line))
                    if src.path is None:
                        sys.stdout.flush()
                tally.ok += 1
            except NewscliError as e:
                tally.error(e)
        sys.stdout.flush()
    elif fmt == "table":
        from rich.table import Table

        from .render import Display, console
        from .streaming import stream_lines

        show, con = Display(_bidi(bidi)), console()
        for src in expand_inputs(inputs, cfg.input.glob):
            t = Table(title=src.name, title_justify="left", show_lines=True)
            t.add_column("#", justify="right")
            t.add_column("original", overflow="fold")
            t.add_column("normalized", overflow="fold")
            try:
                for n, line in enumerate(stream_lines(src, cfg.input.encoding, cfg.input.max_bytes), 1):
                    if line.strip():
                        t.add_row(str(n), show(line), show(norm(line)))
                tally.ok += 1
            except NewscliError as e:
                tally.error(e)
                continue
            con.print(t)
    else:
        from .readers import read_text
        from .render import JsonWriter

        w = JsonWriter(sys.stdout, fmt, _single(inputs))
        for src in expand_inputs(inputs, cfg.input.glob):
            try:
                text, enc = read_text(src, cfg.input.encoding, cfg.input.max_bytes)
            except NewscliError as e:
                tally.error(e)
                continue
            tally.ok += 1
            w.write({"source": src.name, "encoding": enc, "text": norm(text)})
        w.close()
    tally.finish()


@app.command()
@guarded
def tokenize(
    inputs: OptInputs = None,
    format: Annotated[TokenFormat, typer.Option("--format", "-f", help="lines: one token per line; text: space-joined, "
                                                 "a line per input line; auto: lines.")] = TokenFormat.auto,
    norm: Annotated[bool, typer.Option("--norm/--no-norm", help="Print normalized forms in lines/text formats.")] = False,
    config: ConfigOpt = None,
    encoding: EncodingOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = None,
    disable: DisableOpt = None,
    enable: EnableOpt = None,
    bidi: BidiOpt = None,
) -> None:
    """Split text into tokens (as camel-tools' simple_word_tokenize) with offsets and normalized forms."""
    from .normalization import normalizer
    from .readers import expand_inputs, read_text
    from .tokenize_ import lines, tokenize as tok

    cfg = _config(config, encoding, glob, max_bytes, disable, enable)
    inputs = inputs or ["-"]
    tally = Tally()
    f = normalizer(cfg.normalize)
    fmt = "lines" if format.value == "auto" else format.value
    w = None
    if fmt in ("json", "jsonl"):
        from .render import JsonWriter

        w = JsonWriter(sys.stdout, fmt, _single(inputs))
    for src in expand_inputs(inputs, cfg.input.glob):
        try:
            text, enc = read_text(src, cfg.input.encoding, cfg.input.max_bytes)
        except NewscliError as e:
            tally.error(e)
            continue
        tally.ok += 1
        toks = tok(text, f)
        if w is not None:
            w.write({"source": src.name, "encoding": enc, "tokens": [t.to_dict() for t in toks]})
        elif fmt == "lines":
            sys.stdout.writelines((t.norm if norm else t.text) + "\n" for t in toks)
        elif fmt == "text":
            i = 0
            for a, b in lines(text):
                words = []
                while i < len(toks) and toks[i].start < b:
                    words.append(toks[i].norm if norm else toks[i].text)
                    i += 1
                sys.stdout.write(" ".join(words) + "\n")
        else:
            from rich.table import Table

            from .render import Display, console

            show = Display(_bidi(bidi))
            t = Table(title=src.name, title_justify="left")
            for col in ("#", "start", "end", "token", "norm"):
                t.add_column(col, justify="right" if col in ("#", "start", "end") else "left")
            for i, tk in enumerate(toks):
                t.add_row(str(i), str(tk.start), str(tk.end), show(tk.text), show(tk.norm))
            console().print(t)
    if w is not None:
        w.close()
    tally.finish()


@app.command()
@guarded
def report(
    inputs: Inputs,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="HTML file to write (- for standard output, "
                                                  "when it is not a terminal).", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the page.", show_default=False)] = None,
    config: ConfigOpt = None,
    encoding: EncodingOpt = None,
    glob: GlobOpt = None,
    max_bytes: MaxBytesOpt = None,
) -> None:
    """Write one self-contained HTML page: articles with quotes coloured by speaker, an index and a chart."""
    from .render import stdout_is_terminal

    if output in (None, "-") and stdout_is_terminal():
        raise UsageError("give the file to write with -o report.html (or redirect standard output)")
    if output not in (None, "-") and os.path.isdir(output):
        raise UsageError(f"{output}: is a folder; give -o a file name")
    from .report import build_report, save

    cfg = _config(config, encoding, glob, max_bytes)
    tally = Tally()
    page = build_report(_documents(inputs, cfg, tally), title=title)
    if tally.ok == 0:
        # Every input failed: writing an empty page would hide that.
        tally.finish()
    if output in (None, "-"):
        sys.stdout.write(page)
    else:
        save(page, output)
    tally.finish()


@app.command()
@guarded
def info(
    format: Annotated[Format, typer.Option("--format", "-f", help="auto: a table on a terminal, JSON otherwise.")] = Format.auto,
    config: ConfigOpt = None,
) -> None:
    """Version, configuration in use, camel-tools and whether its optional data is installed."""
    from .camel import camel_info

    cfg = _config(config)
    data = {"newscli": __version__, "python": sys.version.split()[0], "config": cfg.source or "built-in defaults",
            "settings": cfg.to_dict(), **camel_info()}
    fmt = _resolve(format.value)
    from .render import dumps

    if fmt == "table":
        from rich.table import Table

        from .render import console

        t = Table(title="newscli", title_justify="left", show_header=False)
        t.add_column("key")
        t.add_column("value", overflow="fold")
        for k, v in data.items():
            if k == "settings":
                continue
            t.add_row(k, dumps(v) if isinstance(v, (dict, list)) else str(v))
        t.add_row("normalize", ", ".join(k for k, v in data["settings"]["normalize"].items() if v) or "—")
        console().print(t)
    else:
        sys.stdout.write(dumps(data, indent=2 if fmt == "json" else None) + "\n")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newscli {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Arabic news text: normalization, tokenization, quotes and speakers, with exact offsets."""


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point: run the app and return its exit code; usage errors exit 2."""
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()  # type: ignore[assignment]
    try:
        rv = app(args=argv, standalone_mode=False, prog_name="newscli")
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("Error: interrupted\n")
        return 130
    except Exception as e:
        # Typer's usage errors (bad option, missing argument) know how to show themselves.
        if callable(getattr(e, "show", None)) and isinstance(getattr(e, "exit_code", None), int):
            e.show()
            return e.exit_code
        raise
    return rv if isinstance(rv, int) else 0


def run() -> None:
    """Console-script entry."""
    sys.exit(main())
