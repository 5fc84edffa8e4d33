"""The installed entry point in a real process: help, version, pipes closed early, lean start-up."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLE

BIN = Path(sys.executable).parent / "newscli"
NEWSCLI = str(BIN) if BIN.exists() else shutil.which("newscli")
pytestmark = pytest.mark.skipif(NEWSCLI is None, reason="the newscli console script is not installed")

ENV = {k: v for k, v in os.environ.items() if k not in ("NEWSCLI_CONFIG", "NEWSCLI_BIDI")}


def sh(cmd: str, stage: int = 0) -> subprocess.CompletedProcess[str]:
    """Run a bash pipeline; newscli's own exit code (its PIPESTATUS) is echoed on stderr."""
    return subprocess.run(f'{cmd}; echo "newscli-status=${{PIPESTATUS[{stage}]}}" >&2', shell=True,
                          executable="/bin/bash", capture_output=True, text=True, timeout=60, env=ENV)


def test_entry_point_help() -> None:
    r = subprocess.run([NEWSCLI, "--help"], capture_output=True, text=True, timeout=60, env=ENV)
    assert r.returncode == 0 and "Usage:" in r.stdout and r.stderr == ""


def test_python_m_version() -> None:
    r = subprocess.run([sys.executable, "-m", "newscli", "--version"], capture_output=True, text=True,
                       timeout=60, env=ENV)
    from newscli import __version__

    assert r.returncode == 0 and r.stdout == f"newscli {__version__}\n" and r.stderr == ""


def test_parse_piped_to_head_small() -> None:
    r = sh(f"{NEWSCLI} parse {ARTICLE} | head -1")
    assert json.loads(r.stdout)["schema"] == "newscli.document/1"
    assert r.stderr == "newscli-status=0\n"


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Far more output than a pipe buffer holds, so the reader really goes away mid-write."""
    p = tmp_path_factory.mktemp("big") / "big.txt"
    p.write_text(("قال المتحدث إن الاجتماع انتهى. وأضاف: «سنعود غدا».\n" * 400), encoding="utf-8")
    return p


@pytest.mark.parametrize(("cmd", "stage"), [
    ("{bin} parse {big} --format json | head -1", 0),
    ("{bin} parse {big} {big} {big} --format jsonl | head -1", 0),
    ("{bin} tokenize {big} | head -1", 0),
    ("cat {big} {big} {big} | {bin} normalize - | head -1", 1),
    ("{bin} tokenize {big} --format json | head -c 10", 0),
])
def test_closed_pipe_ends_quietly(big: Path, cmd: str, stage: int) -> None:
    r = sh(cmd.format(bin=NEWSCLI, big=big), stage)
    assert r.stdout
    assert r.stderr == "newscli-status=0\n", r.stderr


def test_error_line_from_the_real_process(tmp_path: Path) -> None:
    r = subprocess.run([NEWSCLI, "parse", str(tmp_path / "absent.txt")], capture_output=True, text=True,
                       timeout=60, env=ENV)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr == f"Error: {tmp_path / 'absent.txt'}: no such file\n"


@pytest.mark.parametrize("args", [
    ["--help"],
    ["parse", str(ARTICLE), "--format", "json"],
    ["parse", str(ARTICLE), "--jobs", "1", "--max-bytes", "1000000"],
    ["tokenize", str(ARTICLE)],
    ["normalize", str(ARTICLE)],
    ["info", "--format", "json"],
])
def test_start_up_stays_lean(args: list[str]) -> None:
    """camel-tools (its charsets take ~0.6 s to build), torch and Pydantic (Typer's option checks,
    ~0.15 s; newscli._typer_fast) stay off the start-up path."""
    code = ("import sys, io, contextlib\n"
            "from newscli.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = main({args!r})\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'camel_tools', 'torch', 'transformers', 'pydantic'})\n"
            "print(rc, heavy)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=ENV)
    assert r.stdout.strip() == "0 []", r.stdout + r.stderr
