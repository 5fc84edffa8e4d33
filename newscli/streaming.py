"""Line-by-line reading for commands that can start printing before end of input."""
from __future__ import annotations

import codecs
import sys
from typing import Iterator, Optional

from .errors import DecodeError, InputError
from .readers import Source, decode, read_text


def _stdin_lines(encoding: Optional[str], max_bytes: Optional[int]) -> Iterator[str]:
    stream = sys.stdin.buffer
    first = stream.readline()
    total = len(first)
    if not first:
        return
    if encoding is None:
        # The first line settles the encoding: a BOM, else UTF-8 if it decodes, else Windows-1256.
        try:
            _, enc = decode(first if len(first) > 1 else first + stream.peek(64)[:64])
        except DecodeError:
            enc = "utf-8"
    else:
        enc = encoding
    if enc.startswith(("utf-16", "utf-32")):
        # Lines of a wide encoding do not end at b"\n": decode incrementally instead.
        dec = codecs.getincrementaldecoder(enc.replace("-sig", ""))()
        rest = first[2 if enc.startswith("utf-16") else 4:] if first[:2] in (b"\xff\xfe", b"\xfe\xff") or \
            first[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") else first
        buf = dec.decode(rest)
        for chunk in iter(lambda: stream.read(65536), b""):
            buf += dec.decode(chunk)
            *done, buf = buf.split("\n")
            for line in done:
                yield line + "\n"
        buf += dec.decode(b"", final=True)
        if buf:
            yield buf
        return
    line = first
    n = 0
    while line:
        if max_bytes is not None and total > max_bytes:
            raise InputError(f"standard input is larger than --max-bytes ({max_bytes:,} bytes)")
        try:
            text = line.decode("utf-8-sig" if n == 0 and enc == "utf-8-sig" else enc.replace("-sig", ""))
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1256")
            except UnicodeDecodeError:
                raise DecodeError(f"-: line {n + 1} is neither {enc} nor Windows-1256") from None
        if n == 0 and text.startswith("\ufeff"):
            text = text[1:]
        yield text
        n += 1
        line = stream.readline()
        total += len(line)


def stream_lines(src: Source, encoding: Optional[str] = None, max_bytes: Optional[int] = None) -> Iterator[str]:
    """Lines of an input with their line endings; stdin is read as it arrives."""
    if src.path is None:
        yield from _stdin_lines(encoding, max_bytes)
        return
    text, _ = read_text(src, encoding, max_bytes)
    yield from text.splitlines(keepends=True)
