#!/usr/bin/env python3
"""Score newscli on the held-out gold sets kept in bench/heldout/, beside the development set.

    python bench/heldout.py                 # every set, per set and pooled, with the installed newscli
    python bench/heldout.py DK DL DM        # some sets only
    python bench/heldout.py --run "python -m newscli quotes --format jsonl"

Each bench/heldout/<SET>.jsonl is one gold set in ../shared/corpus/ANNOTATION.md's format, with
offsets only: no string of the articles is in the repository (they are other outlets' texts).
The articles are found by file name under ../shared/corpus/bulk/ and their sha256 checked by
../shared/tools/score_quotes.py, which recovers the strings from the texts. The sets' names and
which were never read are listed in bench/heldout/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "bench" / "heldout"
SHARED = ROOT.parent / "shared"
BULK = SHARED / "corpus" / "bulk"
SCORER = SHARED / "tools" / "score_quotes.py"
KEYS = ("gold_quotes", "precision@30", "recall@30", "f1@30", "f1@80", "speaker_accuracy", "cue_accuracy",
        "kind_accuracy")
NEVER_READ = ("DN", "DO", "DP", "DQ", "DR", "DS", "DT", "DU", "DV", "DW", "DX", "DY", "DZ", "EA")


def score(gold_lines: list[str], texts: Path, run: str) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        f.write("".join(gold_lines))
        path = f.name
    try:
        out = subprocess.run([sys.executable, str(SCORER), "--gold", path, "--texts", str(texts), "--run", run,
                              "--json"], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return json.loads(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (default: every file in bench/heldout/)")
    ap.add_argument("--run", default="newscli quotes --format jsonl", help="command that prints prediction lines")
    args = ap.parse_args()
    if not SCORER.is_file() or not BULK.is_dir():
        print(f"Error: {SHARED}: the shared corpus and scorer are needed beside the checkout", file=sys.stderr)
        return 1
    names = args.sets or sorted(p.stem for p in HELDOUT.glob("*.jsonl"))
    golds = {}
    for n in names:
        p = HELDOUT / f"{n}.jsonl"
        if not p.is_file():
            print(f"Error: {p}: no such set", file=sys.stderr)
            return 1
        golds[n] = p.read_text(encoding="utf-8").splitlines(keepends=True)
    wanted = {json.loads(line)["doc"] for lines in golds.values() for line in lines}
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp)
        for path in BULK.rglob("*.txt"):
            if path.name in wanted:
                (texts / path.name).symlink_to(path)
        missing = wanted - {p.name for p in texts.iterdir()}
        if missing:
            print(f"Error: {len(missing)} articles not found under {BULK}", file=sys.stderr)
            return 1
        print("| set | " + " | ".join(KEYS) + " |")
        print("|---" * (len(KEYS) + 1) + "|")
        for n in names:
            r = score(golds[n], texts, args.run)
            print(f"| {n}{' (never read)' if n in NEVER_READ else ''} | " + " | ".join(str(r[k]) for k in KEYS) + " |")
        groups = [("never read", [n for n in names if n in NEVER_READ]),
                  ("read", [n for n in names if n not in NEVER_READ]), ("all", names)]
        for label, group in groups:
            if len(group) > 1:
                r = score([line for n in group for line in golds[n]], texts, args.run)
                print(f"| pooled: {label} ({len(group)} sets) | " + " | ".join(str(r[k]) for k in KEYS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
