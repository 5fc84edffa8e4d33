"""Batch runs at corpus scale: worker processes, ordered streaming, --out-dir, --db, --resume.

Three layers, as in trafilatura: ``cli.py`` turns flags into ``BatchOptions``; this module plans
the inputs into units (one per file or stdin) and tasks (one per document), runs the tasks in a
``concurrent.futures.ProcessPoolExecutor`` and writes what comes back; ``newscli.pipeline`` parses
one document. Workers receive paths (or, for JSON Lines and TREC entries, the document's text)
and send back rendered JSON, so the main process only writes.

Why the main process stays flat on 100,000 documents: inputs are expanded lazily, at most
``jobs * 4`` chunks are in flight, results are written as they arrive, and nothing per document
is kept after it is written (only the names of outputs written, to refuse two inputs writing one
file).
"""
from __future__ import annotations

import json
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional

from . import formats, readers
from .config import Config, InputConfig
from .errors import InputError, Interrupted, NewscliError, UsageError
from .models import Document, Speaker

SCHEMAS = {"parse": "newscli.document/1", "quotes": "newscli.quotes/1", "speakers": "newscli.speakers/1"}
_IN_FLIGHT_PER_JOB = 4      # chunks queued per worker: enough to keep it busy, few enough to stay flat
_MAX_CHUNK = 16             # documents per round trip to a worker
JSONL_GLOB = "*.jsonl,*.ndjson,*.jsonl.txt"


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class BatchOptions:
    """How one batch run reads, parallelizes, writes and reports (built once, by the CLI)."""

    command: str = "parse"             # parse | quotes | speakers: what each document becomes
    fmt: str = "jsonl"                 # stdout: jsonl | json | csv | table (table and speakers: docs to the caller)
    tokens: bool = True                # parse: include tokens
    jobs: int = 1
    ordered: bool = True
    chunk: int = 0                     # documents per round trip to a worker; 0: 1, 2, 4 ... 16
    out_dir: Optional[Path] = None
    db: Optional[Path] = None
    resume: bool = False
    errors: Optional[Path] = None
    input_format: str = "auto"         # auto | text | jsonl | trec
    text_field: str = "text"
    id_field: str = "id"
    quiet: bool = False
    verbose: bool = False
    progress: Optional[bool] = None    # None: when stderr is a terminal (and stdout is not)

    def check(self, inputs: list[str]) -> None:
        """Refuse combinations that cannot work, before any input is read."""
        if self.command not in SCHEMAS:
            raise UsageError(f"unknown batch command '{self.command}'")
        if self.input_format not in formats.INPUT_FORMATS:
            raise UsageError(f"unknown input format '{self.input_format}'")
        if self.jobs < 1:
            raise UsageError("--jobs must be at least 1")
        if inputs.count(readers.STDIN) > 1:
            raise UsageError("standard input (-) can be read only once")
        if self.resume and self.out_dir is None and self.db is None:
            raise UsageError("--resume needs --out-dir or --db: they are what a rerun compares inputs with")
        if self.out_dir is not None and self.out_dir.exists() and not self.out_dir.is_dir():
            raise UsageError(f"--out-dir {self.out_dir}: exists and is not a directory")


@dataclass(frozen=True)
class Summary:
    """What a batch run did."""

    documents: int      # documents parsed and written
    quotes: int
    failed: int         # documents (or whole inputs) that failed
    skipped: int        # inputs skipped by --resume
    nbytes: int         # input bytes of the documents parsed
    seconds: float

    def line(self) -> str:
        """One line for stderr: documents, quotes, failures, skipped, time and rate."""
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.documents:,} document{'s' if self.documents != 1 else ''}", f"{self.quotes:,} quotes",
                 f"{self.failed:,} failed"]
        if self.skipped:
            parts.append(f"{self.skipped:,} inputs skipped (up to date)")
        size = f"{self.nbytes / 1e6:,.1f} MB" if self.nbytes >= 100_000 else f"{self.nbytes / 1e3:,.1f} kB"
        return f"newscli: {', '.join(parts)}; {size} in {self.seconds:,.1f} s ({rate:,.1f} documents/s)"


@dataclass(frozen=True)
class Task:
    """One document to parse, as sent to a worker: a path to read, or the text itself."""

    unit: int
    index: int                      # position of the document inside its input
    name: str                       # the input as given (the document's `source`)
    path: Optional[str] = None      # read by the worker (plain text files)
    text: Optional[str] = None      # JSON Lines and TREC entries, standard input
    encoding: str = "utf-8"
    doc_id: Optional[str] = None
    line: Optional[int] = None      # where the entry starts in its container (for messages)
    nbytes: int = 0
    error: Optional[str] = None     # an entry that is no document: the worker only reports it
    out: Optional[str] = None       # --out-dir file the worker writes itself (plain inputs)


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back for one task: rendered output, database rows, or the failure."""

    unit: int
    index: int
    source: str
    doc_id: Optional[str]
    error: Optional[str] = None
    error_type: Optional[str] = None
    payload: Optional[str] = None   # the JSON (or CSV rows) of the document
    rows: Optional[tuple[Any, ...]] = None
    doc: Optional[Document] = None  # table output and speaker aggregation
    quotes: int = 0
    nbytes: int = 0
    line: Optional[int] = None
    written: bool = False           # the worker wrote the document's --out-dir file


@dataclass(frozen=True)
class _Plan:
    """What workers produce for each document (sent once to each worker)."""

    command: str
    payload: Optional[str]   # None | jsonl | json | csv
    tokens: bool
    rows: bool
    doc: Optional[str]       # None | full | speakers


# --- the worker side --------------------------------------------------------------------------

class _Worker:
    """Parses documents and renders them; one per worker process (or the main one, --jobs 1)."""

    def __init__(self, cfg: Config, plan: _Plan) -> None:
        from .lexicons import load_lexicons
        from .normalization import normalizer

        # Loaded once per process, not per document.
        normalizer(cfg.normalize)
        load_lexicons(cfg)
        self.cfg, self.plan = cfg, plan
        self._dirs: set[str] = set()

    def run(self, task: Task) -> Outcome:
        """Parse one document; any failure becomes the Outcome's error, never an exception."""
        from .errors import InternalError
        from .pipeline import parse, parse_source

        label = task.name if task.line is None else f"{task.name}:{task.line}"
        base = Outcome(task.unit, task.index, task.name, task.doc_id, nbytes=task.nbytes, line=task.line)
        if task.error is not None:
            return replace(base, error=f"{label}: {task.error}", error_type="InputError")
        try:
            if task.path is not None:
                doc = parse_source(readers.Source(task.name, Path(task.path)), self.cfg)
                try:
                    nbytes = os.stat(task.path).st_size
                except OSError:
                    nbytes = len(doc.text.encode("utf-8"))
                base = replace(base, nbytes=nbytes)
            else:
                doc = parse(task.text or "", source=task.name, encoding=task.encoding, config=self.cfg,
                            doc_id=task.doc_id)
            outcome = self._render(doc, base)
        except NewscliError as e:
            return replace(base, error=str(e), error_type=e.__class__.__name__)
        except Exception as e:  # noqa: BLE001 - a bug of ours must cost one document, never the batch
            err = InternalError(f"{label}: internal error ({e.__class__.__name__}: {e}); "
                                "please report it with this document")
            return replace(base, error=str(err), error_type="InternalError")
        if task.out is None or outcome.payload is None:
            return outcome
        # Plain inputs: the worker writes the file, so that writing scales with the workers too.
        try:
            parent = os.path.dirname(task.out)
            if parent not in self._dirs:
                os.makedirs(parent, exist_ok=True)
                self._dirs.add(parent)
            write_atomic(task.out, outcome.payload + "\n")
        except OSError as e:
            return replace(base, error=f"{label}: cannot write {task.out} ({e.strerror or e.__class__.__name__})",
                           error_type="OutputError")
        return replace(outcome, payload=None, written=True)

    def _render(self, doc: Document, base: Outcome) -> Outcome:
        plan = self.plan
        payload = None
        if plan.payload == "jsonl" and plan.command == "parse":
            payload = doc.to_json(tokens=plan.tokens)
        elif plan.payload in ("jsonl", "json"):
            from .render import dumps

            payload = dumps(document_object(plan.command, doc, tokens=plan.tokens),
                            indent=2 if plan.payload == "json" else None)
        elif plan.payload == "csv":
            payload = _csv_rows(doc)
        keep: Optional[Document] = None
        if plan.doc == "full":
            keep = doc
        elif plan.doc == "speakers":
            keep = _speakers_only(doc.source, doc.id, [(s.name, s.type, s.titles, s.gender, s.quotes)
                                                       for s in doc.speakers])
        return replace(base, payload=payload, rows=_db_rows(doc) if plan.rows else None, doc=keep,
                       quotes=len(doc.quotes))


def write_atomic(path: str, text: str) -> None:
    """Write a file that is only ever seen complete: a hidden temp file beside it, then a rename."""
    folder, name = os.path.split(path)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:  # an error, Ctrl-C or SIGTERM: no temp file stays behind
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def document_object(command: str, doc: Document, *, tokens: bool = True) -> dict[str, Any]:
    """The JSON object a command prints for one document."""
    if command == "parse":
        return doc.to_dict(tokens=tokens)
    d: dict[str, Any] = {"schema": SCHEMAS[command], "source": doc.source}
    if doc.id is not None:
        d["id"] = doc.id
    if command == "quotes":
        d["quotes"] = [q.to_dict() for q in doc.quotes]
    d["speakers"] = [s.to_dict() for s in doc.speakers]
    if command == "quotes":
        d["warnings"] = [w.to_dict() for w in doc.warnings]
    return d


def _csv_rows(doc: Document) -> str:
    """The quote rows of one document, as `newscli quotes --format csv` writes them; a document with
    an id (JSON Lines, TREC) has ``path#id`` as its source, so that its rows stay apart."""
    import io

    from .render import QuoteCsvWriter

    if doc.id is not None:
        doc = replace(doc, source=f"{doc.source}#{doc.id}")
    buf = io.StringIO()
    w = QuoteCsvWriter(buf)
    buf.seek(0)
    buf.truncate()  # the header is written once, by the main process
    w.write(doc)
    return buf.getvalue()


def _speakers_only(source: str, doc_id: Optional[str], rows: Iterable[tuple[Any, ...]]) -> Document:
    """A Document that carries only its speakers (no text, no mentions): enough to aggregate."""
    speakers = tuple(Speaker(f"s{n}", name, typ, tuple(titles), gender, (), int(quotes))
                     for n, (name, typ, titles, gender, quotes) in enumerate(rows, 1))
    return Document(source=source, encoding="", text="", title=None, paragraphs=(), sentences=(), tokens=(),
                    speakers=speakers, id=doc_id)


def _db_rows(doc: Document) -> tuple[Any, ...]:
    """(document row, speaker rows, quote rows) for the database, as plain tuples."""
    document = (doc.id, doc.title.text if doc.title else None, doc.encoding, len(doc.text), len(doc.paragraphs),
                len(doc.sentences), len(doc.tokens), len(doc.quotes), len(doc.speakers), len(doc.warnings),
                doc.text)
    speakers = [(s.id, s.name, s.type, s.gender, json.dumps(list(s.titles), ensure_ascii=False), s.quotes,
                 len(s.mentions)) for s in doc.speakers]
    quotes = []
    for q in doc.quotes:
        sp, cue = q.speaker, q.cue
        m = sp.mention if sp else None
        co = json.dumps([c.name for c in q.co_speakers], ensure_ascii=False) if q.co_speakers else None
        quotes.append((q.id, q.kind, q.start, q.end, q.text, cue.text if cue else None, cue.lemma if cue else None,
                       cue.start if cue else None, cue.end if cue else None, sp.id if sp else None,
                       sp.name if sp else None, sp.type if sp else None, m.text if m else None,
                       m.start if m else None, m.end if m else None, q.sentence, co))
    return document, speakers, quotes


# One per worker process, set by _init_worker (the executor's idiom for per-process state).
_worker: Optional[_Worker] = None
_stop: Any = None


def _init_worker(cfg: Config, plan: _Plan, stop: Any) -> None:
    """Worker start: Ctrl-C is the main process's business; config and lexicons load once."""
    global _worker, _stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker, _stop = _Worker(cfg, plan), stop


def _run_chunk(tasks: list[Task]) -> list[Outcome]:
    """Run a few tasks in a worker (a chunk saves a round trip per document); stop early when the
    main process was interrupted."""
    assert _worker is not None, "worker not initialised"
    out = []
    for t in tasks:
        if _stop is not None and _stop.is_set():
            break
        out.append(_worker.run(t))
    return out


class _InlineExecutor(Executor):
    """--jobs 1: the same tasks, run in this process when submitted."""

    def __init__(self, worker: _Worker) -> None:
        self.worker = worker

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:  # type: ignore[override]
        f: Future = Future()
        f.set_result([self.worker.run(t) for t in args[0]])
        return f


def _stop_pool(executor: Executor, stop: Any) -> None:
    """Stop soon: queued chunks are dropped, and each worker ends the document in hand (a file it
    writes is completed, never cut) and skips the rest; --resume redoes what did not come back."""
    if stop is not None:
        stop.set()
    # Waiting (for one document per worker) rather than terminating keeps to the public API and
    # lets the executor close its pipes itself: shutdown(wait=False) races with the interpreter's
    # exit in Python 3.11 ("Exception ignored ... Bad file descriptor").
    executor.shutdown(wait=True, cancel_futures=True)


# --- inputs: units and tasks ------------------------------------------------------------------

class _Unit:
    """One input (a file or standard input) while it is being processed: main-process bookkeeping."""

    __slots__ = ("id", "name", "path", "kind", "out", "mtime_ns", "size", "total", "done", "ok", "failed",
                 "quotes", "next", "pending", "tmp", "fh", "written", "error")

    def __init__(self, uid: int, name: str, path: Optional[Path], kind: str, out: Optional[Path],
                 st: Optional[os.stat_result]) -> None:
        self.id, self.name, self.path, self.kind, self.out = uid, name, path, kind, out
        self.mtime_ns = st.st_mtime_ns if st else None
        self.size = st.st_size if st else None
        self.total: Optional[int] = 1 if kind == "text" else None  # containers: known at their end
        self.done = self.ok = self.failed = self.quotes = 0
        self.next = 0                                   # next document index to write (containers)
        self.pending: dict[int, Optional[str]] = {}     # payloads that came early (unordered)
        self.tmp: Optional[Path] = None
        self.fh: Optional[IO[str]] = None
        self.written = 0
        self.error: Optional[str] = None                # a write failed: the unit is lost

    @property
    def container(self) -> bool:
        return self.kind != "text"


def _is_under(path: str, folder: Optional[str]) -> bool:
    return folder is not None and (path == folder or path.startswith(folder.rstrip(os.sep) + os.sep))


# --- outputs ----------------------------------------------------------------------------------

class _OutDir:
    """One JSON file per input under --out-dir, written to a hidden temp file and renamed.

    A plain text input gives one document object; a JSON Lines or TREC input gives an array of its
    documents in input order. A file is only ever seen complete: an interrupted run leaves no file
    (its temp files are removed) and --resume redoes that input.
    """

    def __init__(self, root: Path, schema: str) -> None:
        self.root, self.schema = root, schema
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise UsageError(f"--out-dir {root}: cannot create ({e.strerror or e.__class__.__name__})") from None
        self._dirs: set[str] = set()
        self._claimed: set[str] = set()
        self._n = 0

    def target(self, arg: str, path: Optional[Path], arg_is_dir: bool) -> Path:
        """Where an input's JSON goes: its path below the folder given, plus .json."""
        if path is None:
            rel = Path("stdin")
        elif arg_is_dir:
            rel = path.relative_to(arg)
        else:
            rel = Path(path.name)
        return self.root / rel.parent / (rel.name + ".json")

    def claim(self, out: Path) -> bool:
        """False when another input of this run already writes ``out``."""
        key = str(out)
        if key in self._claimed:
            return False
        self._claimed.add(key)
        return True

    def up_to_date(self, out: Path, mtime_ns: Optional[int]) -> bool:
        """The output exists, is at least as new as the input and holds this command's JSON."""
        if mtime_ns is None:
            return False
        try:
            if out.stat().st_mtime_ns < mtime_ns:
                return False
            with open(out, "rb") as fh:
                head = fh.read(120)
        except OSError:
            return False
        return f'"schema": "{self.schema}"'.encode() in head

    def open(self, unit: _Unit) -> None:
        """Start the unit's temp file beside its target (same file system, so rename is atomic)."""
        assert unit.out is not None
        parent = unit.out.parent
        if str(parent) not in self._dirs:
            parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(str(parent))
        self._n += 1
        unit.tmp = parent / f".{unit.out.name}.{os.getpid()}-{self._n}.tmp"
        unit.fh = open(unit.tmp, "x", encoding="utf-8", newline="\n")
        if unit.container:
            unit.fh.write("[")

    def write(self, unit: _Unit, payload: str) -> None:
        """Add one document's JSON to the unit's file."""
        if unit.fh is None:
            self.open(unit)
        assert unit.fh is not None
        if unit.container:
            unit.fh.write(("\n" if unit.written == 0 else ",\n") + payload)
        else:
            unit.fh.write(payload + "\n")
        unit.written += 1

    def commit(self, unit: _Unit) -> None:
        """Close the temp file and rename it over the target."""
        if unit.fh is None:
            if not unit.container:
                return  # a failed plain input: no output, so --resume retries it
            self.open(unit)
        assert unit.fh is not None and unit.tmp is not None and unit.out is not None
        if unit.container:
            unit.fh.write("\n]\n" if unit.written else "]\n")
        unit.fh.close()
        unit.fh = None
        os.replace(unit.tmp, unit.out)
        unit.tmp = None

    def discard(self, unit: _Unit) -> None:
        """Drop the unit's temp file (a failed write, or an interrupted run)."""
        if unit.fh is not None:
            try:
                unit.fh.close()
            except OSError:
                pass
            unit.fh = None
        if unit.tmp is not None:
            try:
                unit.tmp.unlink()
            except OSError:
                pass
            unit.tmp = None


class _ErrorLog:
    """--errors FILE: one JSON object per failure (source, id, line, type, error)."""

    def __init__(self, path: Path) -> None:
        try:
            self.fh: IO[str] = open(path, "w", encoding="utf-8")
        except OSError as e:
            raise UsageError(f"--errors {path}: cannot write ({e.strerror or e.__class__.__name__})") from None

    def add(self, source: str, doc_id: Optional[str], line: Optional[int], kind: str, message: str) -> None:
        """Record one failure."""
        rec = {"source": source, "id": doc_id, "line": line, "type": kind, "error": message}
        self.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        """Close the file."""
        self.fh.close()


# --- people-talk on stderr --------------------------------------------------------------------

class _Reporter:
    """Errors, --verbose lines, the progress bar (on a terminal only) and the summary, on stderr."""

    def __init__(self, opts: BatchOptions, stderr: IO[str]) -> None:
        self.opts, self.err = opts, stderr
        self.progress: Any = None
        self.task: Any = None
        self.docs = 0
        self.t0 = time.perf_counter()
        self._last = 0.0

    def start_progress(self, total_bytes: Optional[int]) -> None:
        """Show the bar (over input bytes when their total is known)."""
        # rich only on a terminal, imported there: pipes and --help never pay for it.
        from .render import progress_bar

        self.progress = progress_bar(self.err)
        self.task = self.progress.add_task(self.opts.command, total=total_bytes, docs="0", rate="—")
        self.progress.start()

    def _line(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            self.err.write(text + "\n")
            self.err.flush()

    def error(self, message: str) -> None:
        """One failed document or input."""
        self._line(f"Error: {message}")

    def info(self, message: str) -> None:
        """A --verbose line."""
        if self.opts.verbose and not self.opts.quiet:
            self._line(f"newscli: {message}")

    def advance(self, docs: int, nbytes: int) -> None:
        """Count finished documents for the bar."""
        self.docs += docs
        if self.progress is None:
            return
        now = time.perf_counter()
        self.progress.advance(self.task, nbytes)
        if now - self._last > 0.25:
            self._last = now
            rate = self.docs / (now - self.t0) if now > self.t0 else 0.0
            self.progress.update(self.task, docs=f"{self.docs:,}", rate=f"{rate:,.1f}")

    def stop(self) -> None:
        """Remove the bar."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


# --- the run ----------------------------------------------------------------------------------

class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main process where Ctrl-C would be, so both stop the same way."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_sigterm(signum: int, _frame: Any) -> None:
    raise _Terminated(signum)


class Batch:
    """One batch run: iterate it for the documents in output order; outputs, errors and progress are
    handled as they come. Use as a context manager, so that an interrupted run cleans up.

        with Batch(inputs, cfg, opts) as b:
            for outcome in b:
                ...
        b.summary
    """

    def __init__(self, inputs: list[str], cfg: Config, opts: BatchOptions, *, stderr: Optional[IO[str]] = None) -> None:
        opts.check(inputs)
        self.inputs, self.cfg, self.opts = inputs, cfg, opts
        self.stderr = stderr if stderr is not None else sys.stderr
        self.summary: Optional[Summary] = None
        self.single = False              # one plain document expected: `--format json` prints one object
        self._units: dict[int, _Unit] = {}
        self._n_units = 0
        self._docs = self._quotes = self._failed = self._skipped = self._bytes = 0
        self._executor: Optional[Executor] = None
        self._outdir = _OutDir(opts.out_dir, SCHEMAS[opts.command]) if opts.out_dir is not None else None
        self._db: Any = None
        self._errors: Optional[_ErrorLog] = None
        self._reporter: Optional[_Reporter] = None
        self._t0 = time.perf_counter()
        self._old_sigterm: Any = None
        self._stored: deque[Document] = deque()  # speakers of inputs --resume skipped
        self._stop: Any = None
        self._closed = False
        self._skip_under = os.path.abspath(opts.out_dir) if opts.out_dir is not None else None

    # context management: the one place that turns interruptions into an error and cleans up

    def __enter__(self) -> "Batch":
        if threading.current_thread() is threading.main_thread():
            self._old_sigterm = signal.signal(signal.SIGTERM, _on_sigterm)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        interrupted = isinstance(exc, KeyboardInterrupt)
        try:
            self._close(aborted=exc is not None)
        finally:
            if self._old_sigterm is not None:
                signal.signal(signal.SIGTERM, self._old_sigterm)
                self._old_sigterm = None
        if interrupted:
            signum = exc.signum if isinstance(exc, _Terminated) else signal.SIGINT
            name = signal.Signals(signum).name
            hint = "; run it again with --resume to go on" if self.opts.out_dir or self.opts.db else ""
            raise Interrupted(f"interrupted ({name}) after {self._docs:,} documents{hint}",
                              exit_code=128 + int(signum)) from None

    # planning

    def _plan(self) -> _Plan:
        o = self.opts
        to_stdout = o.out_dir is None and o.db is None
        if o.command == "speakers":
            payload = "jsonl" if o.out_dir is not None else None
            doc = "speakers"
        elif o.out_dir is not None:
            payload, doc = "jsonl", None
        elif not to_stdout:
            payload, doc = None, None
        elif o.fmt == "table":
            payload, doc = None, "full"
        else:
            payload, doc = o.fmt, None
        return _Plan(o.command, payload, o.tokens, o.db is not None, doc)

    def _glob(self) -> str:
        glob = self.cfg.input.glob
        if self.opts.input_format == "jsonl" and glob == InputConfig().glob:
            return JSONL_GLOB  # folders of JSON Lines hold no *.txt
        return glob

    def _units_and_tasks(self) -> Iterator[Task]:
        """Every input expanded into units, and each unit's documents into tasks, lazily."""
        glob = self._glob()
        for arg in self.inputs:
            arg_is_dir = arg != readers.STDIN and os.path.isdir(arg)
            for src in readers.expand_inputs([arg], glob):
                if src.path is not None and arg_is_dir and _is_under(os.path.abspath(src.path), self._skip_under):
                    continue  # our own outputs, when --out-dir lies inside an input folder
                yield from self._unit_tasks(arg, src, arg_is_dir)

    def _unit_tasks(self, arg: str, src: readers.Source, arg_is_dir: bool) -> Iterator[Task]:
        uid = self._n_units
        self._n_units += 1
        st = None
        if src.path is not None:
            try:
                st = src.path.stat()
            except OSError:
                st = None
        out = self._outdir.target(arg, src.path, arg_is_dir) if self._outdir is not None else None
        regular = st if st is not None and stat.S_ISREG(st.st_mode) else None
        if self.opts.resume:
            # --resume compares before reading anything: a skipped input costs two stat calls.
            probe = _Unit(uid, src.name, src.path, "text", out, regular)
            if self._up_to_date(probe):
                self._skipped += 1
                self._info(f"skipped {src.name}: output up to date")
                if self.opts.command == "speakers":
                    self._stored.extend(self._stored_docs(probe))
                return
        kind, text, enc = self._kind(src, st)
        unit = _Unit(uid, src.name, src.path, kind, out, regular)
        if uid == 0:
            self.single = len(self.inputs) == 1 and not arg_is_dir and kind == "text"
        if out is not None and not self._outdir.claim(out):  # type: ignore[union-attr]
            self._fail_unit(unit, f"{src.name}: its output {out} is written by another input of this run")
            return
        if isinstance(text, NewscliError):
            self._fail_unit(unit, str(text), text.__class__.__name__)
            return
        self._units[uid] = unit
        if kind == "text":
            if text is None:
                yield Task(uid, 0, src.name, path=str(src.path), out=str(out) if out is not None else None)
            else:
                yield Task(uid, 0, src.name, text=text, encoding=enc, nbytes=len(text.encode("utf-8")))
            return
        n = 0
        for n, item in enumerate(self._items(unit, text, enc), 1):
            yield Task(uid, n - 1, src.name, text=item.text, encoding=enc, doc_id=item.doc_id, line=item.line,
                       nbytes=item.nbytes, error=item.error)
        unit.total = n
        self._maybe_finish(unit)

    def _kind(self, src: readers.Source, st: Optional[os.stat_result]) -> tuple[str, Any, str]:
        """(kind, text or error, encoding): what the input holds. Plain files are read by workers;
        standard input and TREC files are read here, JSON Lines lazily, line by line."""
        fmt = self.opts.input_format
        cfg = self.cfg.input
        regular = st is not None and stat.S_ISREG(st.st_mode)
        if fmt == "jsonl":
            if src.path is None and sys.stdin is None:
                return "jsonl", InputError("-: standard input is closed"), ""
            if src.path is not None and not regular:
                try:  # the reader's own words for a missing file or a folder without matches
                    readers.read_bytes(src, 0)
                except NewscliError as e:
                    return "jsonl", e, ""
            return "jsonl", None, "utf-8"
        if src.path is not None and fmt in ("auto", "text"):
            if fmt == "text" or not regular:
                return "text", None, ""
            try:
                with open(src.path, "rb") as fh:
                    head = fh.read(256)
            except OSError:
                return "text", None, ""  # the worker reports why it cannot be read
            if not formats.is_trec(head):
                return "text", None, ""
        try:
            text, enc = readers.read_text(src, cfg.encoding, cfg.max_bytes)
        except NewscliError as e:
            return "trec" if fmt == "trec" else "text", e, ""
        if fmt == "trec" or formats.is_trec(text[:256].encode("utf-8")):
            return "trec", text, enc
        return "text", text, enc

    def _items(self, unit: _Unit, text: Any, enc: str) -> Iterator[formats.Item]:
        if unit.kind == "trec":
            yield from formats.trec_items(text)
            return
        o, max_bytes = self.opts, self.cfg.input.max_bytes
        if unit.path is None:
            yield from formats.jsonl_items(sys.stdin.buffer, text_field=o.text_field, id_field=o.id_field,
                                           max_bytes=max_bytes)
            return
        try:
            fh = open(unit.path, "rb")
        except OSError as e:
            yield formats.Item(None, None, 0, 0, f"cannot read ({e.strerror or e.__class__.__name__})")
            return
        with fh:
            yield from formats.jsonl_items(fh, text_field=o.text_field, id_field=o.id_field, max_bytes=max_bytes)

    def _up_to_date(self, unit: _Unit) -> bool:
        if unit.path is None or unit.mtime_ns is None:
            return False
        if self._outdir is not None and not self._outdir.up_to_date(unit.out, unit.mtime_ns):  # type: ignore[arg-type]
            return False
        if self._db is not None and not self._db.up_to_date(unit.name, unit.mtime_ns, unit.size):
            return False
        return True

    def _stored_docs(self, unit: _Unit) -> list[Document]:
        """For `speakers --resume`: the speakers of a skipped input, from its stored output."""
        if self._outdir is not None and unit.out is not None:
            try:
                data = json.loads(unit.out.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = []
            objs = data if isinstance(data, list) else [data]
            return [_speakers_only(o.get("source", unit.name), o.get("id"),
                                   [(s["name"], s["type"], s.get("titles", []), s.get("gender"), s.get("quotes", 0))
                                    for s in o.get("speakers", [])]) for o in objs if isinstance(o, dict)]
        if self._db is not None:
            return [_speakers_only(unit.name, doc_id, rows) for doc_id, rows in self._db.stored_speakers(unit.name)]
        return []

    # results

    def _info(self, message: str) -> None:
        if self._reporter is not None:
            self._reporter.info(message)

    def _fail_unit(self, unit: _Unit, message: str, kind: str = "InputError") -> None:
        self._failed += 1
        self._report_error(unit.name, None, None, kind, message)

    def _report_error(self, source: str, doc_id: Optional[str], line: Optional[int], kind: str, message: str) -> None:
        if self._reporter is not None:
            self._reporter.error(message)
        if self._errors is not None:
            self._errors.add(source, doc_id, line, kind, message)

    def _handle(self, o: Outcome) -> bool:
        """Account for and store one outcome; True when the caller should see it."""
        unit = self._units.get(o.unit)
        assert self._reporter is not None
        self._reporter.advance(1, o.nbytes)
        if unit is None:  # pragma: no cover - an outcome for a unit already closed
            return False
        unit.done += 1
        if o.error is not None:
            unit.failed += 1
            self._failed += 1
            self._report_error(o.source, o.doc_id, o.line, o.error_type or "Error", o.error)
            if self._outdir is not None and unit.container:
                self._place(unit, o.index, None)
            self._maybe_finish(unit)
            return False
        unit.ok += 1
        unit.quotes += o.quotes
        self._docs += 1
        self._quotes += o.quotes
        self._bytes += o.nbytes
        if self._outdir is not None and o.payload is not None and not o.written and unit.error is None:
            self._place(unit, o.index, o.payload)
        if self._db is not None:
            assert o.rows is not None
            self._db.add(unit.name, str(o.index + 1) if unit.container else "", o.rows)
        self._maybe_finish(unit)
        return True

    def _place(self, unit: _Unit, index: int, payload: Optional[str]) -> None:
        """Write payloads to the unit's file in input order, whatever order they finish in."""
        assert self._outdir is not None
        unit.pending[index] = payload
        while unit.next in unit.pending and unit.error is None:
            p = unit.pending.pop(unit.next)
            unit.next += 1
            if p is None:
                continue
            try:
                self._outdir.write(unit, p)
            except OSError as e:
                self._write_failed(unit, e)
        if unit.error is not None:
            unit.pending.clear()

    def _write_failed(self, unit: _Unit, e: OSError) -> None:
        assert self._outdir is not None
        self._outdir.discard(unit)
        unit.error = f"{unit.name}: cannot write {unit.out} ({e.strerror or e.__class__.__name__})"

    def _maybe_finish(self, unit: _Unit) -> None:
        """Close a unit whose documents are all back: rename its file, mark it loaded."""
        if unit.total is None or unit.done < unit.total or unit.id not in self._units:
            return
        if self._outdir is not None and unit.error is None and (unit.ok or unit.container):
            try:
                self._outdir.commit(unit)
            except OSError as e:
                self._write_failed(unit, e)
        # only now: an interruption before the rename leaves the temp file to _close()
        del self._units[unit.id]
        if unit.error is not None:
            self._outdir.discard(unit)  # type: ignore[union-attr]
            # its documents were parsed but not written: they count as one failed input
            self._docs -= unit.ok
            self._quotes -= unit.quotes
            self._failed += 1
            self._report_error(unit.name, None, None, "OutputError", unit.error)
            return
        if self._db is not None and unit.path is not None and (unit.ok or unit.container):
            self._db.finish(unit.name, unit.mtime_ns, unit.size, unit.ok, unit.failed)
        if unit.ok or unit.container:
            where = f" -> {unit.out}" if unit.out is not None else ""
            self._info(f"done {unit.name}{where} ({unit.ok} document{'s' if unit.ok != 1 else ''})")

    # the loop

    def __iter__(self) -> Iterator[Outcome]:
        """Successful outcomes, in input order unless --unordered."""
        o = self.opts
        if o.errors is not None:
            self._errors = _ErrorLog(o.errors)
        if o.db is not None:
            from .database import Database

            self._db = Database(o.db)
        self._reporter = _Reporter(o, self.stderr)
        tasks = iter(self._units_and_tasks())
        # A pool only pays off for more than one document.
        first = list(islice(tasks, 2))
        jobs = o.jobs if len(first) > 1 else 1
        tasks = chain(first, tasks)
        plan = self._plan()
        if jobs == 1:
            self._executor = _InlineExecutor(_Worker(self.cfg, plan))
        else:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            ctx = multiprocessing.get_context()
            if ctx.get_start_method() == "fork":
                _Worker(self.cfg, plan)  # lexicons loaded once here are inherited by every worker
            self._stop = ctx.Event()
            # Workers start at the first submit, before the progress thread and any temp file.
            # (The database is open by then: forked workers inherit it but never touch it.)
            self._executor = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                                 initargs=(self.cfg, plan, self._stop))
        chunk = o.chunk or (1 if jobs == 1 else 0)
        window = 1 if jobs == 1 else jobs * _IN_FLIGHT_PER_JOB
        chunks = _chunks(tasks, chunk)
        results = _ordered(self._executor, chunks, window) if o.ordered else _unordered(self._executor, chunks, window)
        results = _then(results, self._start_progress)
        for outcome in results:
            if self._handle(outcome):
                yield outcome
            yield from self._drain_stored()
        yield from self._drain_stored()

    def _drain_stored(self) -> Iterator[Outcome]:
        while self._stored:
            doc = self._stored.popleft()
            yield Outcome(-1, 0, doc.source, doc.id, doc=doc)

    def documents(self) -> Iterator[Document]:
        """The documents (for tables and speaker aggregation), then the summary line when all are done."""
        for o in self:
            if o.doc is not None:
                yield o.doc
        self.close()
        self.report_summary()

    def _start_progress(self) -> None:
        if self._show_progress() and self._reporter is not None:
            self._reporter.start_progress(self._total_bytes())

    def _show_progress(self) -> bool:
        o = self.opts
        if o.quiet:
            return False
        if o.progress is not None:
            return o.progress
        try:
            if not self.stderr.isatty():
                return False
        except (AttributeError, ValueError):
            return False
        # A bar and results streaming onto the same terminal would garble each other; the speakers
        # table and the quotes table are printed only once every document is in.
        streams = o.out_dir is None and o.db is None and o.command != "speakers" and \
            not (o.command == "quotes" and o.fmt == "table")
        if not streams:
            return True
        try:
            return not sys.stdout.isatty()
        except (AttributeError, ValueError):
            return True

    def _total_bytes(self) -> Optional[int]:
        """Input size for the bar's ETA (a second, cheap walk over the inputs)."""
        if readers.STDIN in self.inputs:
            return None
        total = 0
        for src in readers.expand_inputs(self.inputs, self._glob()):
            try:
                total += os.stat(src.path).st_size if src.path is not None else 0
            except OSError:
                pass
        return total or None

    def _close(self, aborted: bool) -> None:
        if self._closed:
            return
        self._closed = True
        if aborted and threading.current_thread() is threading.main_thread():
            # a second Ctrl-C must not cut the clean-up short
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            try:
                self._cleanup(aborted)
            finally:
                signal.signal(signal.SIGINT, signal.default_int_handler)
            return
        self._cleanup(aborted)

    def _cleanup(self, aborted: bool) -> None:
        if self._executor is not None:
            if aborted:
                _stop_pool(self._executor, self._stop)
            else:
                self._executor.shutdown(wait=True)
        if self._reporter is not None:
            self._reporter.stop()
        for unit in list(self._units.values()):
            if self._outdir is not None:
                self._outdir.discard(unit)
        if self._db is not None:
            self._db.close()
        if self._errors is not None:
            self._errors.close()
        self.summary = Summary(self._docs, self._quotes, self._failed, self._skipped, self._bytes,
                               time.perf_counter() - self._t0)

    def close(self) -> Summary:
        """Finish a run that went to its end; the summary."""
        self._close(aborted=False)
        assert self.summary is not None
        return self.summary

    def report_summary(self, *, force: bool = False) -> None:
        """The summary line on stderr (unless --quiet): for runs of more than one document, or with
        an output other than stdout."""
        s = self.summary
        if s is None or self.opts.quiet:
            return
        if force or self.opts.out_dir or self.opts.db or self.opts.verbose or s.documents + s.failed + s.skipped > 1:
            self.stderr.write(s.line() + "\n")
            self.stderr.flush()


def _then(results: Iterator[Outcome], hook: Callable[[], None]) -> Iterator[Outcome]:
    """``results``, calling ``hook`` once the first work has been submitted (workers are up)."""
    it = iter(results)
    try:
        first = next(it)
    except StopIteration:
        hook()
        return
    hook()
    yield first
    yield from it


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    """Tasks in chunks of ``size``; 0 ramps up 1, 2, 4 ... 16, so that a few documents still spread
    over the workers while a large batch pays one round trip per 16 documents."""
    n = size or 1
    while True:
        chunk = list(islice(tasks, n))
        if not chunk:
            return
        yield chunk
        if not size:
            n = min(n * 2, _MAX_CHUNK)


def _ordered(executor: Executor, chunks: Iterator[list[Task]], window: int) -> Iterator[Outcome]:
    """Results in submission order, with at most ``window`` chunks in flight."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(executor.submit(_run_chunk, chunk))
        while len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _unordered(executor: Executor, chunks: Iterator[list[Task]], window: int) -> Iterator[Outcome]:
    """Results as they finish, with at most ``window`` chunks in flight."""
    pending: set[Future] = set()
    for chunk in chunks:
        pending.add(executor.submit(_run_chunk, chunk))
        if len(pending) >= window:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield from f.result()
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for f in done:
            yield from f.result()


class _Stdout:
    """Pre-rendered documents on stdout: JSON Lines, one JSON object or a streamed array, CSV."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out, self.fmt, self.count = out, fmt, 0
        if fmt == "csv":
            from .render import QuoteCsvWriter

            QuoteCsvWriter(out)  # the header

    def write(self, payload: str, single: bool) -> None:
        """One document."""
        if self.fmt == "json" and not single:
            self.out.write(("[\n" if self.count == 0 else ",\n") + payload)
        elif self.fmt == "csv":
            self.out.write(payload)
        else:
            self.out.write(payload + "\n")
        self.count += 1
        self.out.flush()

    def close(self, single: bool) -> None:
        """Close a JSON array."""
        if self.fmt == "json" and not single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
            self.out.flush()


def run(inputs: list[str], cfg: Config, opts: BatchOptions, out: Optional[IO[str]] = None,
        stderr: Optional[IO[str]] = None) -> Summary:
    """Run a batch whose documents go to stdout (as ``opts.fmt``), --out-dir or --db."""
    out = out if out is not None else sys.stdout
    to_stdout = opts.out_dir is None and opts.db is None
    with Batch(inputs, cfg, opts, stderr=stderr) as b:
        w = _Stdout(out, opts.fmt) if to_stdout else None
        for o in b:
            if w is not None and o.payload is not None:
                w.write(o.payload, b.single)
        if w is not None:
            w.close(b.single)
        summary = b.close()
    b.report_summary()
    return summary
