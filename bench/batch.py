#!/usr/bin/env python3
"""Batch throughput: documents/s and MB/s of `newscli parse` with --jobs 1 and --jobs 2, side by side.

    python bench/batch.py                       # ../shared/corpus/bulk, --out-dir, jobs 1 and 2
    python bench/batch.py CORPUS --jobs 1 2 4 --output stdout --repeat 3 --json

Each run is a fresh process (`python -m newscli parse CORPUS ...`), timed from start to exit, so
start-up, worker start and writing are included. Peak memory comes from resource.getrusage inside
that process: its own maximum resident set (the main process) and the largest of its workers.
Other processes on the machine slow the parallel run most: the load average before and after each
run is printed beside the figures, and --repeat keeps the fastest of several runs.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
SUMMARY = re.compile(r"newscli: ([\d,]+) documents?, ([\d,]+) quotes, ([\d,]+) failed")


def child(report: str, argv: list[str]) -> int:
    """Run newscli in this process and write its resource usage to ``report`` (JSON)."""
    from newscli.cli import main

    rc = main(argv)
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(report).write_text(json.dumps({
        "main_peak_mb": me.ru_maxrss / 1024, "worker_peak_mb": kids.ru_maxrss / 1024,
        "main_cpu_s": me.ru_utime + me.ru_stime, "worker_cpu_s": kids.ru_utime + kids.ru_stime}))
    return rc


def corpus_size(corpus: Path, glob: str) -> tuple[int, int]:
    """(files, bytes) that newscli will read."""
    from newscli.readers import expand_inputs

    files = size = 0
    for src in expand_inputs([str(corpus)], glob):
        files += 1
        size += os.stat(src.path).st_size if src.path else 0
    return files, size


def one_run(corpus: Path, jobs: int, output: str, glob: str, extra: list[str]) -> dict:
    """Time one `newscli parse` process over the corpus."""
    work = Path(tempfile.mkdtemp(prefix="newscli-bench-"))
    try:
        args = ["parse", str(corpus), "--jobs", str(jobs), "--glob", glob, *extra]
        if output == "out-dir":
            args += ["--out-dir", str(work / "out")]
        elif output == "db":
            args += ["--db", str(work / "corpus.sqlite")]
        else:
            args += ["--format", "jsonl"]
        report = work / "usage.json"
        cmd = [sys.executable, __file__, "--child", str(report), "--", *args]
        load_before = os.getloadavg()[0]
        t0 = time.perf_counter()
        with open(os.devnull, "w") as devnull:
            p = subprocess.run(cmd, stdout=devnull, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - t0
        load_after = os.getloadavg()[0]
        m = SUMMARY.search(p.stderr)
        if p.returncode not in (0, 1) or not m:
            raise SystemExit(f"newscli failed (exit {p.returncode}):\n{p.stderr}")
        docs, quotes, failed = (int(g.replace(",", "")) for g in m.groups())
        return {"jobs": jobs, "documents": docs, "quotes": quotes, "failed": failed, "seconds": round(seconds, 3),
                "load_before": load_before, "load_after": load_after, **json.loads(report.read_text())}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    """Parse arguments, run each configuration, print the table or JSON."""
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        return child(sys.argv[2], sys.argv[4:] if sys.argv[3] == "--" else sys.argv[3:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to compare (default: 1 2)")
    ap.add_argument("--output", choices=["out-dir", "stdout", "db"], default="out-dir",
                    help="where documents go (default: out-dir)")
    ap.add_argument("--glob", default="*.txt")
    ap.add_argument("--repeat", type=int, default=1, help="runs per --jobs value; the fastest counts")
    ap.add_argument("--no-tokens", action="store_true", help="leave tokens out of the JSON")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args()
    if not a.corpus.is_dir():
        ap.error(f"{a.corpus}: not a folder")
    files, size = corpus_size(a.corpus, a.glob)
    extra = ["--no-tokens"] if a.no_tokens else []
    results = []
    for jobs in a.jobs:
        runs = [one_run(a.corpus, jobs, a.output, a.glob, extra) for _ in range(a.repeat)]
        best = min(runs, key=lambda r: r["seconds"])
        best["docs_per_s"] = round(best["documents"] / best["seconds"], 1)
        best["mb_per_s"] = round(size / 1e6 / best["seconds"], 2)
        best["all_seconds"] = [r["seconds"] for r in runs]
        results.append(best)
    base = results[0]["docs_per_s"]
    for r in results:
        r["speedup"] = round(r["docs_per_s"] / base, 2) if base else None
    info = {"corpus": str(a.corpus), "files": files, "mb": round(size / 1e6, 2), "output": a.output,
            "cpus": os.cpu_count(), "python": sys.version.split()[0], "results": results}
    if a.json:
        print(json.dumps(info, indent=2))
        return 0
    print(f"corpus {info['corpus']}: {files:,} files, {info['mb']} MB; output: {a.output}; "
          f"{info['cpus']} CPUs; best of {a.repeat}")
    head = ("jobs", "docs", "failed", "seconds", "docs/s", "MB/s", "speed-up", "main MB", "worker MB",
            "main CPU s", "worker CPU s", "load before→after")
    print("  ".join(f"{h:>10}" for h in head))
    for r in results:
        cells = (r["jobs"], f"{r['documents']:,}", r["failed"], f"{r['seconds']:.1f}", f"{r['docs_per_s']:.1f}",
                 f"{r['mb_per_s']:.2f}", f"{r['speedup']:.2f}x", f"{r['main_peak_mb']:.0f}",
                 f"{r['worker_peak_mb']:.0f}", f"{r['main_cpu_s']:.1f}", f"{r['worker_cpu_s']:.1f}",
                 f"{r['load_before']:.1f}→{r['load_after']:.1f}")
        print("  ".join(f"{c!s:>10}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
