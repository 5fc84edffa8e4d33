"""Finding inputs (files, folders, stdin) and decoding their bytes into text.

The decoded text is what every offset points into: a leading BOM is removed and line endings are
kept exactly as they are (bytes are decoded directly, never through a newline-translating stream).
"""
from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .errors import DecodeError, InputError

STDIN = "-"

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "zip archive"),
    (b"%PDF", "PDF document"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon image"),
)

# C0 controls other than tab, newlines and form feed: a text file has (almost) none of them.
_CONTROL = frozenset(chr(c) for c in range(32)) - set("\t\n\r\x0b\x0c")


@dataclass(frozen=True)
class Source:
    """One input: ``name`` as the user gave it (or found in a folder), ``path`` None for stdin."""

    name: str
    path: Optional[Path]


def _binary_kind(data: bytes) -> Optional[str]:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """UTF-16 without a BOM: the high byte of every other byte pair is 0x00 (ASCII) or 0x06 (Arabic).

    Neither byte occurs in UTF-8 or Windows-1256 text, so the test does not mistake them for it.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    odd, even = data[1::2], data[0::2]

    def high(b: bytes) -> int:
        return b.count(0) + b.count(6)

    if high(odd) > 0.6 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if high(even) > 0.6 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for ch in text if ch in _CONTROL)
    return controls <= max(2, len(text) // 100) or controls / len(text) < 0.02


def _looks_like_cp1256(text: str) -> bool:
    """Windows-1256 bytes of Arabic text decode mostly to Arabic letters, not Latin accents."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return True
    arabic = sum(1 for ch in non_ascii if "\u0600" <= ch <= "\u06ff" or ch in "\u200c\u200d\u200e\u200f«»…–—“”‘’")
    return arabic / len(non_ascii) >= 0.6 and _looks_like_text(text)


def decode(data: bytes, encoding: Optional[str] = None) -> tuple[str, str]:
    """Decode bytes into (text, encoding name), detecting UTF-8/16/32 and Windows-1256.

    NUL padding at the very end of a file (old archives have it) is dropped; it shifts no offset.
    """
    text, enc = _decode(data, encoding)
    return text.rstrip("\x00"), enc


def _decode(data: bytes, encoding: Optional[str]) -> tuple[str, str]:
    if encoding:
        enc = encoding.lower().replace("_", "-")
        if enc in ("utf8", "utf-8"):
            enc = "utf-8-sig"  # a BOM is never part of the text
        try:
            text = data.decode(enc)
        except LookupError:
            raise DecodeError(f"unknown encoding '{encoding}'") from None
        except UnicodeDecodeError as e:
            raise DecodeError(f"not valid {encoding} (byte {e.start})") from None
        if text.startswith("\ufeff"):
            text = text[1:]
        return text, encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {enc} after its byte order mark (byte {e.start + len(bom)})") from None
            return text, enc
    kind = _binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if _looks_like_text(text.rstrip("\x00")):
                return text, utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e.start
    else:
        # Trailing NUL padding is dropped by decode(): it must not make a text file look binary.
        if not _looks_like_text(text.rstrip("\x00")):
            raise DecodeError("binary data (control bytes), not text")
        return text, "utf-8"
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _looks_like_cp1256(text.rstrip("\x00")):
        return text, "cp1256"
    raise DecodeError(f"not UTF-8 (invalid byte at {utf8_error}) nor Windows-1256 text; try --encoding")


def read_bytes(source: Source, max_bytes: Optional[int] = None) -> bytes:
    """Read an input's bytes, refusing one larger than ``max_bytes``."""
    if source.path is None:
        if sys.stdin is None:
            raise InputError("-: standard input is closed")
        stream = sys.stdin.buffer
        data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
        if max_bytes is not None and len(data) > max_bytes:
            raise InputError(f"standard input is larger than --max-bytes ({max_bytes:,} bytes); "
                             "raise --max-bytes or split the input")
        return data
    p = source.path
    try:
        if p.is_dir():
            # expand_inputs() yields a folder itself only when no file in it matched --glob,
            # or when the folder could not be listed at all.
            if not os.access(p, os.R_OK | os.X_OK):
                raise InputError(f"{source.name}: permission denied (a directory)")
            raise InputError(f"{source.name}: is a directory with no file matching --glob")
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{source.name}: {size:,} bytes is larger than --max-bytes ({max_bytes:,}); "
                             "raise --max-bytes or split the file")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source.name}: no such file") from None
    except PermissionError:
        raise InputError(f"{source.name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{source.name}: is a directory") from None
    except OSError as e:
        raise InputError(f"{source.name}: cannot read ({e.strerror or e.__class__.__name__})") from None


def read_text(source: Source, encoding: Optional[str] = None, max_bytes: Optional[int] = None) -> tuple[str, str]:
    """Read and decode one input into (text, encoding)."""
    data = read_bytes(source, max_bytes)
    try:
        return decode(data, encoding)
    except DecodeError as e:
        raise DecodeError(f"{source.name}: {e}") from None


def _walk(root: Path, patterns: tuple[str, ...]) -> Iterator[Path]:
    """Files below ``root`` matching a pattern, sorted, hidden entries and symlink loops skipped."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue  # a symlink loop, or a folder reached twice
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                subdirs.append(Path(entry.path))
            elif any(fnmatch.fnmatch(entry.name, pat) for pat in patterns):
                yield Path(entry.path)
        stack.extend(reversed(subdirs))


def expand_inputs(inputs: Iterable[str], glob: str = "*.txt") -> Iterator[Source]:
    """Turn the paths a user gave into Sources: files as given, folders walked recursively.

    A path that does not exist is still yielded, so that reading it fails for that input alone;
    so is a folder in which no file matches ``glob``, rather than being passed over in silence.
    """
    patterns = tuple(p.strip() for p in glob.split(",") if p.strip()) or ("*",)
    for item in inputs:
        if item == STDIN:
            yield Source(STDIN, None)
            continue
        p = Path(item)
        if p.is_dir():
            found = False
            for f in _walk(p, patterns):
                found = True
                yield Source(str(f), f)
            if not found:
                yield Source(item, p)
        else:
            yield Source(item, p)
