"""A small on-disk cache for data that is slow to build and the same from run to run.

Built lexicons and the emoji list the tokenizer needs are kept as ``marshal`` files (plain
strings, tuples, sets and dicts only) in ``$NEWSCLI_CACHE_DIR`` (empty: no cache), else
``$XDG_CACHE_HOME/newscli`` or ``~/.cache/newscli``. Each entry's name carries a key of
everything it was built from, so a stale entry is never read; a cache that cannot be read or
written is no error, the data is built again.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable, Optional

ENV_CACHE = "NEWSCLI_CACHE_DIR"
FORMAT = 1
KEEP = 8   # entries kept per name (several configs may be in use at once)


def cache_dir() -> Optional[Path]:
    """The cache folder, or None when $NEWSCLI_CACHE_DIR is set empty."""
    env = os.environ.get(ENV_CACHE)
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscli"


def key(*parts: Any, files: Iterable[str] = ()) -> str:
    """A key over ``parts`` (their repr), the Python version and the bytes of ``files``."""
    h = hashlib.sha256(repr((FORMAT, sys.version, parts)).encode())
    for name in files:
        try:
            h.update(b"\0" + Path(name).read_bytes())
        except OSError:
            h.update(b"\0?")
    return h.hexdigest()[:32]


def load(name: str, k: str) -> Any:
    """The value stored as ``name`` under key ``k``, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return marshal.loads((folder / f"{name}-{k}.marshal").read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store(name: str, k: str, value: Any) -> None:
    """Keep ``value`` (marshal-able) as ``name`` under key ``k``, atomically."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        data = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, folder / f"{name}-{k}.marshal")
        except OSError:
            os.unlink(tmp)
            raise
        _prune(folder, name)
    except (OSError, ValueError):
        pass


def _prune(folder: Path, name: str) -> None:
    """Keep the KEEP newest entries of ``name``: every edit of a word list makes a new one."""
    entries = sorted(folder.glob(f"{name}-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
