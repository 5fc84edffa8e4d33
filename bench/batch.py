#!/usr/bin/env python3
"""Batch throughput: documents/s and MB/s of `newscli parse` with --jobs 1 and --jobs 2, side by side.

    python bench/batch.py                       # ../shared/corpus/bulk, --out-dir, jobs 1 and 2
    python bench/batch.py CORPUS --jobs 1 2 4 --output stdout --repeat 3 --json

Each run is a fresh process (`python -m newscli parse CORPUS ...`), timed from start to exit, so
start-up, worker start and writing are included. Peak memory comes from resource.getrusage inside
that process: its own maximum resident set (the main process) and the largest of its workers.
Other processes on the machine slow the parallel run most: the CPU seconds they took during each
run (all CPU time used on the machine, from /proc/stat, less the run's own) are printed beside the
figures, and --repeat keeps the fastest of several runs. --ceiling adds
a run of two independent `--jobs 1` processes, each on half of the corpus, at the same time: what
this machine gives two processes at that moment, the most --jobs 2 could reach.
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


def busy_cpu_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (Linux /proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def corpus_files(corpus: Path, glob: str) -> tuple[list[str], int]:
    """(files, bytes) that newscli will read."""
    from newscli.readers import expand_inputs

    files, size = [], 0
    for src in expand_inputs([str(corpus)], glob):
        files.append(str(src.path))
        size += os.stat(src.path).st_size if src.path else 0
    return files, size


def one_run(inputs: list[list[str]], jobs: int, output: str, glob: str, extra: list[str]) -> dict:
    """Time `newscli parse` processes, one per list of inputs, started together."""
    work = Path(tempfile.mkdtemp(prefix="newscli-bench-"))
    try:
        cmds = []
        for n, paths in enumerate(inputs):
            args = ["parse", *paths, "--jobs", str(jobs), "--glob", glob, *extra]
            if output == "out-dir":
                args += ["--out-dir", str(work / f"out{n}")]
            elif output == "db":
                args += ["--db", str(work / f"corpus{n}.sqlite")]
            else:
                args += ["--format", "jsonl"]
            cmds.append([sys.executable, __file__, "--child", str(work / f"usage{n}.json"), "--", *args])
        load_before = os.getloadavg()[0]
        busy0 = busy_cpu_seconds()
        t0 = time.perf_counter()
        with open(os.devnull, "w") as devnull:
            procs = [subprocess.Popen(c, stdout=devnull, stderr=subprocess.PIPE, text=True) for c in cmds]
            errs = [p.communicate()[1] for p in procs]
        seconds = time.perf_counter() - t0
        busy = busy_cpu_seconds() - busy0
        load_after = os.getloadavg()[0]
        totals = {"documents": 0, "quotes": 0, "failed": 0}
        usage = {"main_peak_mb": 0.0, "worker_peak_mb": 0.0, "main_cpu_s": 0.0, "worker_cpu_s": 0.0}
        for n, (p, err) in enumerate(zip(procs, errs)):
            m = SUMMARY.search(err)
            if p.returncode not in (0, 1) or not m:
                raise SystemExit(f"newscli failed (exit {p.returncode}):\n{err}")
            for k, g in zip(totals, m.groups()):
                totals[k] += int(g.replace(",", ""))
            u = json.loads((work / f"usage{n}.json").read_text())
            for k in usage:
                usage[k] = max(usage[k], u[k]) if k.endswith("_mb") else usage[k] + u[k]
        # What other processes took meanwhile: all CPU time used on the machine, less this run's.
        others = max(0.0, busy - usage["main_cpu_s"] - usage["worker_cpu_s"])
        return {"jobs": jobs, "processes": len(cmds), **totals, "seconds": round(seconds, 3),
                "load_before": load_before, "load_after": load_after, "others_cpu_s": round(others, 1), **usage}
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
    ap.add_argument("--ceiling", action="store_true",
                    help="also time two independent --jobs 1 processes on the two halves of the corpus")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args()
    if not a.corpus.is_dir():
        ap.error(f"{a.corpus}: not a folder")
    paths, size = corpus_files(a.corpus, a.glob)
    files = len(paths)
    extra = ["--no-tokens"] if a.no_tokens else []
    results = []
    configs: list[tuple[int, list[list[str]]]] = [(jobs, [[str(a.corpus)]]) for jobs in a.jobs]
    if a.ceiling:
        configs.append((1, [paths[0::2], paths[1::2]]))
    for jobs, inputs in configs:
        runs = [one_run(inputs, jobs, a.output, a.glob, extra) for _ in range(a.repeat)]
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
            "main CPU s", "worker CPU s", "others CPU s")
    print("  ".join(f"{h:>10}" for h in head))
    for r in results:
        cells = (r["jobs"] if r["processes"] == 1 else "2 × 1", f"{r['documents']:,}", r["failed"], f"{r['seconds']:.1f}", f"{r['docs_per_s']:.1f}",
                 f"{r['mb_per_s']:.2f}", f"{r['speedup']:.2f}x", f"{r['main_peak_mb']:.0f}",
                 f"{r['worker_peak_mb']:.0f}", f"{r['main_cpu_s']:.1f}", f"{r['worker_cpu_s']:.1f}",
                 f"{r['others_cpu_s']:.1f}")
        print("  ".join(f"{c!s:>10}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
