#!/usr/bin/env python3
"""newscli's performance beside camel-tools', measured side by side in one run.

    python bench/run.py                          # ../shared/corpus/bulk, table on stdout
    python bench/run.py CORPUS --json out.json   # also write every figure and sample as JSON
    python bench/run.py --quick                  # fewer repeats and documents, for a first look

1. Cold start, whole processes: `newscli --help`, `newscli parse ARTICLE --format json` and
   camel-tools' own `camel_word_tokenize ARTICLE`.
2. Throughput in one process (texts read beforehand, so file reading is outside every timed
   loop): newscli's normalize, tokenize and full parse (quotes and speakers) beside camel-tools'
   normalize_unicode + dediac_ar + simple_word_tokenize on the same texts.
3. Peak memory (ru_maxrss of a child process) of a streaming `newscli parse --format jsonl
   --no-tokens --jobs 1` over a folder of 1,000 and one of 5,000 files (copies of the corpus'
   first files, in a temporary folder), output to /dev/null.
4. `--jobs 1` against `--jobs 2` (whole processes, 1,000 documents), when newscli has --jobs.

The machine may be shared: every repeat runs the contenders one after the other, in an order
that rotates from repeat to repeat, and the figures are medians over the repeats. Ratios are what
the targets are about; absolute figures move with the load of the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent


def _exe(name: str) -> str:
    p = BIN / name
    return str(p) if p.exists() else name


def corpus_files(corpus: Path) -> list[Path]:
    """Every .txt file under the corpus (or the file itself), in a stable order."""
    if corpus.is_file():
        return [corpus]
    return sorted(p for p in corpus.rglob("*.txt") if p.is_file())


def default_article(files: list[Path]) -> Path:
    """One news article of ordinary length for the cold-start runs."""
    for cand in (SHARED / "articles" / "aawsat_001.txt", ROOT / "tests" / "data" / "article_ar.txt"):
        if cand.exists():
            return cand
    return files[0]


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def rotate(items: list[Any], k: int) -> list[Any]:
    k %= len(items)
    return items[k:] + items[:k]


# --- 1. cold start -------------------------------------------------------------------------------

def wall(cmd: list[str]) -> float:
    """Wall-clock seconds of one process, its output discarded."""
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def cold_start(article: Path, repeats: int) -> dict[str, list[float]]:
    cmds = {
        "newscli --help": [_exe("newscli"), "--help"],
        "newscli parse --format json": [_exe("newscli"), "parse", str(article), "--format", "json"],
        "camel_word_tokenize": [_exe("camel_word_tokenize"), str(article)],
    }
    for cmd in cmds.values():   # warm the page cache and the .pyc files once
        wall(cmd)
    samples: dict[str, list[float]] = {k: [] for k in cmds}
    for r in range(repeats):
        for name in rotate(list(cmds), r):
            samples[name].append(wall(cmds[name]))
    return samples


# --- 2. throughput -------------------------------------------------------------------------------

def throughput(texts: list[str], repeats: int) -> dict[str, list[float]]:
    """Seconds per pass over ``texts`` for each contender."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_unicode

    import newscli
    from newscli.config import Config
    from newscli.normalization import normalizer
    from newscli.pipeline import parse
    from newscli.render import dumps
    from newscli.tokenize_ import tokenize

    cfg = Config()
    norm = normalizer(cfg.normalize)

    def camel(xs: list[str]) -> None:
        for t in xs:
            simple_word_tokenize(dediac_ar(normalize_unicode(t)))

    def normalize(xs: list[str]) -> None:
        for t in xs:
            newscli.normalize(t)

    def tokens(xs: list[str]) -> None:
        for t in xs:
            tokenize(t, norm)

    def full(xs: list[str]) -> None:
        for t in xs:
            parse(t, config=cfg)

    def full_json(xs: list[str]) -> None:
        for t in xs:
            dumps(parse(t, config=cfg).to_dict())

    runs: dict[str, Callable[[list[str]], None]] = {
        "camel-tools normalize+dediac+tokenize": camel, "newscli normalize": normalize,
        "newscli tokenize": tokens, "newscli parse (quotes)": full, "newscli parse (quotes) + JSON": full_json}
    for fn in runs.values():    # warm up: lexicons, caches, camel-tools' tables
        fn(texts[:20])
    samples: dict[str, list[float]] = {k: [] for k in runs}
    for r in range(repeats):
        for name in rotate(list(runs), r):
            t = time.perf_counter()
            runs[name](texts)
            samples[name].append(time.perf_counter() - t)
    return samples


# --- 3. memory, 4. jobs ---------------------------------------------------------------------------

_PEAK = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
         "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(peak resident set in MB, wall seconds) of one process, measured from a fresh parent so that
    ru_maxrss of RUSAGE_CHILDREN is this command's alone."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, *cmd], capture_output=True, text=True, check=True).stdout
    dt = time.perf_counter() - t
    kb, rc = out.split()
    if rc != "0":
        raise RuntimeError(f"{cmd[:3]} exited {rc}")
    return int(kb) / 1024, dt


def has_jobs() -> bool:
    out = subprocess.run([_exe("newscli"), "parse", "--help"], capture_output=True, text=True).stdout
    return "--jobs" in out


def subset_folder(corpus: Path, files: list[Path], n: int, work: Path) -> Path:
    """A folder holding copies of the first ``n`` files, in their sub-folders as in the corpus
    (outside the repository; removed at the end of the run)."""
    dest = work / f"{n}"
    if not dest.exists():
        for f in files[:n]:
            rel = f.relative_to(corpus) if corpus.is_dir() else Path(f.name)
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, dest / rel)
    return dest


def memory(folders: dict[int, Path], repeats: int, jobs_flag: list[str]) -> dict[str, list[float]]:
    """Peak memory of a streaming parse over each folder. Folders rather than thousands of paths
    on the command line: CPython keeps several copies of its argv (about 1 kB a path)."""
    base = [_exe("newscli"), "parse", "--format", "jsonl", "--no-tokens", *jobs_flag]
    sizes = sorted(folders)
    samples: dict[str, list[float]] = {f"{n} documents": [] for n in sizes}
    for r in range(repeats):
        for n in rotate(sizes, r):
            samples[f"{n} documents"].append(peak_rss_mb(base + [str(folders[n])])[0])
    return samples


def jobs_scaling(folder: Path, repeats: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"--jobs 1": [], "--jobs 2": []}
    for r in range(repeats):
        for name in rotate(list(samples), r):
            cmd = [_exe("newscli"), "parse", "--format", "jsonl", "--no-tokens", "--quiet", *name.split(), str(folder)]
            samples[name].append(wall(cmd))
    return samples


# --- report ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=SHARED / "bulk",
                    help="folder of .txt articles (default: ../shared/corpus/bulk)")
    ap.add_argument("--article", type=Path, help="the article for the cold-start runs")
    ap.add_argument("--json", metavar="FILE", nargs="?", const="-",
                    help="write the figures as JSON to FILE (- or no FILE: standard output, instead of the table)")
    ap.add_argument("--repeats", type=int, default=5, help="repeats of each throughput, memory and jobs run")
    ap.add_argument("--cold-repeats", type=int, default=15, help="repeats of each cold-start run")
    ap.add_argument("--limit", type=int, default=0, help="throughput over the first N documents only (0: all)")
    ap.add_argument("--jobs-docs", type=int, default=1000, help="documents for the --jobs runs")
    ap.add_argument("--quick", action="store_true", help="3 repeats, 1,000 documents: a first look")
    ap.add_argument("--skip", action="append", default=[], choices=["cold", "throughput", "memory", "jobs"])
    a = ap.parse_args(argv)
    if a.quick:
        a.repeats, a.cold_repeats, a.limit = 3, 7, a.limit or 1000

    files = corpus_files(a.corpus)
    if not files:
        ap.error(f"{a.corpus}: no .txt files")
    article = a.article or default_article(files)
    res: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_before": os.getloadavg()[0]},
        "corpus": str(a.corpus), "article": str(article)}
    log = (lambda *x: None) if a.json == "-" else (lambda *x: print(*x, file=sys.stderr, flush=True))
    jobs = has_jobs()

    if "cold" not in a.skip:
        log(f"cold start: {article.name}, {a.cold_repeats} repeats ...")
        s = cold_start(article, a.cold_repeats)
        res["cold_start_s"] = {k: {"median": median(v), "samples": v} for k, v in s.items()}

    if "throughput" not in a.skip:
        tp_files = files[:a.limit] if a.limit else files
        texts = [f.read_text(encoding="utf-8-sig") for f in tp_files]
        mb = sum(len(f.read_bytes()) for f in tp_files) / 1e6
        log(f"throughput: {len(texts)} documents, {mb:.1f} MB, {a.repeats} repeats ...")
        s = throughput(texts, a.repeats)
        res["throughput"] = {"documents": len(texts), "mb": mb, "runs": {
            k: {"median_s": median(v), "mb_per_s": mb / median(v), "docs_per_s": len(texts) / median(v),
                "samples_s": v} for k, v in s.items()}}

    work = Path(tempfile.mkdtemp(prefix="newscli-bench-"))
    try:
        if "memory" not in a.skip:
            flag = ["--jobs", "1"] if jobs else []
            sizes = [n for n in (1000, 5000) if n <= len(files)] or [len(files)]
            folders = {n: subset_folder(a.corpus, files, n, work) for n in sizes}
            log(f"memory: streaming parse {' '.join(flag)} over folders of {', '.join(map(str, sizes))} "
                f"documents, {a.repeats} repeats ...")
            s = memory(folders, a.repeats, flag)
            res["memory_mb"] = {"command": "newscli parse --format jsonl --no-tokens " + " ".join(flag) + " FOLDER",
                                **{k: {"median": median(v), "samples": v} for k, v in s.items()}}

        if "jobs" not in a.skip:
            if jobs:
                n = min(a.jobs_docs, len(files))
                log(f"jobs: {n} documents, {a.repeats} repeats ...")
                s = jobs_scaling(subset_folder(a.corpus, files, n, work), a.repeats)
                res["jobs"] = {"documents": n, "runs": {
                    k: {"median_s": median(v), "docs_per_s": n / median(v), "samples_s": v}
                    for k, v in s.items()}}
            else:
                res["jobs"] = {"skipped": "this newscli has no --jobs option"}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res["machine"]["load_after"] = os.getloadavg()[0]
    res["summary"] = summary(res)

    if a.json is not None:
        text = json.dumps(res, indent=2, ensure_ascii=False) + "\n"
        if a.json == "-":
            sys.stdout.write(text)
            return 0
        Path(a.json).write_text(text, encoding="utf-8")
    print(table(res))
    return 0


def summary(res: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of the table: what, figure, ratio, target, met."""
    rows: list[dict[str, Any]] = []
    cs = res.get("cold_start_s")
    if cs:
        camel = cs["camel_word_tokenize"]["median"]
        for name in ("newscli --help", "newscli parse --format json", "camel_word_tokenize"):
            m = cs[name]["median"]
            row = {"what": f"cold start: {name}", "figure": f"{m:.3f} s", "ratio": f"{m / camel:.2f}× camel"}
            if name == "newscli --help":
                row.update(target="< 0.2 s", met=m < 0.2)
            elif name.startswith("newscli parse"):
                row.update(target="≤ 0.5× camel", met=m / camel <= 0.5)
            rows.append(row)
    tp = res.get("throughput")
    if tp:
        runs = tp["runs"]
        camel = runs["camel-tools normalize+dediac+tokenize"]["mb_per_s"]
        for name, r in runs.items():
            row = {"what": f"throughput: {name}", "figure": f"{r['mb_per_s']:.2f} MB/s, {r['docs_per_s']:.0f} docs/s",
                   "ratio": f"{r['mb_per_s'] / camel:.2f}× camel"}
            if name == "newscli parse (quotes)":
                row.update(target="≥ 2× camel", met=r["mb_per_s"] / camel >= 2)
            rows.append(row)
    mem = res.get("memory_mb")
    if mem:
        keys = [k for k in mem if k.endswith("documents")]
        for k in keys:
            rows.append({"what": f"peak memory, streaming parse: {k}", "figure": f"{mem[k]['median']:.1f} MB",
                         "ratio": ""})
        if len(keys) == 2:
            g = mem[keys[1]]["median"] / mem[keys[0]]["median"]
            rows[-1].update(ratio=f"{g:.3f}× {keys[0]}", target="≤ 1.10×", met=g <= 1.10)
    jb = res.get("jobs")
    if jb and "runs" in jb:
        one, two = jb["runs"]["--jobs 1"]["docs_per_s"], jb["runs"]["--jobs 2"]["docs_per_s"]
        rows.append({"what": "parse --jobs 1", "figure": f"{one:.0f} docs/s", "ratio": ""})
        rows.append({"what": "parse --jobs 2", "figure": f"{two:.0f} docs/s", "ratio": f"{two / one:.2f}× --jobs 1",
                     "target": "≥ 1.7×", "met": two / one >= 1.7})
    elif jb:
        rows.append({"what": "parse --jobs 1 / --jobs 2", "figure": "skipped", "ratio": jb["skipped"]})
    return rows


def table(res: dict[str, Any]) -> str:
    rows = res["summary"]
    head = ("what", "figure", "ratio", "target")
    cells = [[r["what"], r["figure"], r["ratio"],
              (r["target"] + (" ✓" if r["met"] else " ✗")) if "target" in r else ""] for r in rows]
    w = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(head)]
    line = lambda c: "| " + " | ".join(x.ljust(w[i]) for i, x in enumerate(c)) + " |"  # noqa: E731
    out = [line(head), "|" + "|".join("-" * (x + 2) for x in w) + "|", *map(line, cells)]
    m = res["machine"]
    tp = res.get("throughput")
    out.append("")
    out.append(f"{m['cpus']} cores, Python {m['python']}, load average {m['load_before']:.2f} -> "
               f"{m['load_after']:.2f}" + (f"; throughput over {tp['documents']:,} documents ({tp['mb']:.1f} MB)"
                                           if tp else "") + "; medians over repeats, run side by side.")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
