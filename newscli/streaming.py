"""Line-by-line reading for commands that can start printing before end of input."""
from __future__ import annotations

import codecs
import sys
from typing import IO, Iterator, Optional

from .errors import DecodeError, InputError
from .readers import Source, decode, read_text


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _wide_lines(stream: IO[bytes], head: bytes, enc: str, max_bytes: Optional[int]) -> Iterator[str]:
    """Lines of UTF-16/32 input: such lines do not end at b"\n", so decode incrementally."""
    dec = codecs.getincrementaldecoder(enc)()
    total = len(head)
    try:
        buf = dec.decode(head)
        if buf.startswith("\ufeff"):
            buf = buf[1:]  # an explicit utf-16-le/-be decoder keeps the BOM as a character
        read1 = getattr(stream, "read1", stream.read)  # what has arrived, not a full 64 KiB
        for chunk in iter(lambda: read1(65536), b""):
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:
                raise InputError(f"standard input is larger than --max-bytes ({max_bytes:,} bytes)")
            buf += dec.decode(chunk)
            *done, buf = buf.split("\n")
            for line in done:
                yield line + "\n"
        buf += dec.decode(b"", final=True)
    except UnicodeError as e:  # UnicodeDecodeError, or a BOM the decoder insists on
        raise DecodeError(f"-: not valid {enc} ({e.reason if isinstance(e, UnicodeDecodeError) else e})") from None
    if buf:
        yield buf


def _stdin_lines(encoding: Optional[str], max_bytes: Optional[int]) -> Iterator[str]:
    if sys.stdin is None:
        raise InputError("-: standard input is closed")
    stream = sys.stdin.buffer
    # The first bytes, read apart from the first line: a UTF-16/32 BOM is not followed by b"\n".
    # read1() returns what has arrived, so a short first line typed or piped is not held back.
    head = b""
    read1 = getattr(stream, "read1", stream.read)
    while len(head) < 4 and b"\n" not in head:
        chunk = read1(4 - len(head))
        if not chunk:
            break
        head += chunk
    if not head:
        return
    enc = encoding
    if enc is None:
        for bom, wide in _WIDE_BOMS:
            if head.startswith(bom):
                yield from _wide_lines(stream, head[len(bom):], wide, max_bytes)
                return
    else:
        try:
            wide_given = codecs.lookup(enc).name.startswith(("utf-16", "utf-32"))
        except LookupError:
            raise DecodeError(f"-: unknown encoding '{enc}'") from None
        if wide_given:
            name = codecs.lookup(enc).name
            if name in ("utf-16", "utf-32") and not any(head.startswith(b) for b, _ in _WIDE_BOMS):
                # bytes.decode("utf-16") takes BOM-less input in native order; its incremental
                # decoder refuses it instead. Give the same result as a file would.
                name += "-le" if sys.byteorder == "little" else "-be"
            yield from _wide_lines(stream, head, name, max_bytes)
            return
    at_eof = len(head) < 4 and b"\n" not in head
    first = head if head.endswith(b"\n") or at_eof else head + stream.readline()
    if enc is None:
        # The first line settles the encoding: UTF-8 (with or without BOM) if it decodes, else Windows-1256.
        # An odd-length first line of UTF-16-LE ends in b"\n" without its high byte: probe without it.
        probe = first[:-1] if len(first) % 2 and first.endswith(b"\n") else first
        try:
            _, enc = decode(probe)
        except DecodeError:
            enc = "utf-8"
        if enc.startswith("utf-16"):
            # BOM-less UTF-16 (readers' test: 0x00/0x06 high bytes, never seen in UTF-8 or
            # Windows-1256). Its first "line" ends inside a character: decode from the start.
            yield from _wide_lines(stream, first, enc, max_bytes)
            return
    total = len(first)
    n = 0
    pending = first.split(b"\n")
    # The first read may have taken more than one line ("a\nb\n"): yield them one by one.
    lines_ = [p + b"\n" for p in pending[:-1]]
    tail = pending[-1]
    if tail:
        lines_.append(tail)
    line = lines_.pop(0) if lines_ else b""
    while line:
        if max_bytes is not None and total > max_bytes:
            raise InputError(f"standard input is larger than --max-bytes ({max_bytes:,} bytes)")
        try:
            text = line.decode(enc.replace("-sig", ""))
        except UnicodeDecodeError:
            if encoding is not None:  # the user named the encoding: no second guess
                raise DecodeError(f"-: line {n + 1} is not valid {encoding}") from None
            try:
                text = line.decode("cp1256")
            except UnicodeDecodeError:
                raise DecodeError(f"-: line {n + 1} is neither {enc} nor Windows-1256") from None
        if n == 0 and text.startswith("\ufeff"):
            text = text[1:]
        yield text
        n += 1
        if lines_:
            line = lines_.pop(0)
        else:
            line = stream.readline()
            total += len(line)


def stream_lines(src: Source, encoding: Optional[str] = None, max_bytes: Optional[int] = None) -> Iterator[str]:
    """Lines of an input with their line endings; stdin is read as it arrives."""
    if src.path is None:
        yield from _stdin_lines(encoding, max_bytes)
        return
    text, _ = read_text(src, encoding, max_bytes)
    yield from text.splitlines(keepends=True)
