"""newscli.streaming: line-by-line reading, so `newscli normalize -` prints before end of input."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from newscli.errors import DecodeError, InputError
from newscli.readers import Source
from newscli.streaming import stream_lines

TEXT = "قال الوزير: «سنبدأ غدا».\nسطر ثان\r\nسطر ثالث\rوأخير"
STDIN = Source("-", None)


class Trickle(io.RawIOBase):
    """A pipe that hands out a few bytes per read and records how far it was read."""

    def __init__(self, data: bytes, step: int = 3) -> None:
        self.data, self.pos, self.step = data, 0, step

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # noqa: ANN001
        n = min(self.step, len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def feed(monkeypatch: pytest.MonkeyPatch, data: bytes, step: int = 0) -> None:
    raw: io.RawIOBase | io.BytesIO = Trickle(data, step) if step else io.BytesIO(data)
    buf = io.BufferedReader(raw) if step else raw  # BytesIO has no peek(): like CliRunner's stdin
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buf))


ENCODED = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 BOM", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("utf-16", TEXT.encode("utf-16")),
    ("utf-16-le BOM", b"\xff\xfe" + TEXT.encode("utf-16-le")),
    ("utf-16-be BOM", b"\xfe\xff" + TEXT.encode("utf-16-be")),
    ("utf-16-le", TEXT.encode("utf-16-le")),
    ("utf-16-be", TEXT.encode("utf-16-be")),
    ("utf-32", TEXT.encode("utf-32")),
    ("cp1256", TEXT.encode("cp1256")),
]


@pytest.mark.parametrize("step", [0, 1, 3, 4096])
@pytest.mark.parametrize(("name", "data"), ENCODED, ids=[n for n, _ in ENCODED])
def test_stdin_lines_decode_like_a_file(monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, step: int) -> None:
    feed(monkeypatch, data, step)
    lines = list(stream_lines(STDIN))
    assert "".join(lines) == TEXT
    assert all(line.endswith("\n") for line in lines[:-1])


@pytest.mark.parametrize(("data", "expected"), [
    (b"", []),
    (b"\n", ["\n"]),
    (b"a", ["a"]),
    (b"a\nb", ["a\n", "b"]),
    (b"a\nb\nc\n", ["a\n", "b\n", "c\n"]),
    (b"\n\nabc\n", ["\n", "\n", "abc\n"]),
    (b"\xef\xbb\xbf\n", ["\n"]),
    ("\n\ufeffنص\n".encode("utf-8"), ["\n", "\ufeffنص\n"]),   # a BOM after line 1 is text
], ids=["empty", "newline", "one-char", "no-final-newline", "three-lines", "blank-first", "bom-newline",
        "bom-on-line-2"])
def test_stdin_line_boundaries(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[str]) -> None:
    feed(monkeypatch, data)
    assert list(stream_lines(STDIN)) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1256"])
def test_stdin_starts_yielding_before_the_end(monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    data = ("سطر\n" * 10000).encode(encoding)
    raw = Trickle(data, 64)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw, buffer_size=64)))
    it = stream_lines(STDIN)
    assert next(it) == "سطر\n"
    assert raw.pos < len(data) // 10


def test_stdin_utf8_first_line_then_cp1256(monkeypatch: pytest.MonkeyPatch) -> None:
    feed(monkeypatch, b"ascii first\n" + "ثم عربي\n".encode("cp1256"))
    assert list(stream_lines(STDIN)) == ["ascii first\n", "ثم عربي\n"]


@pytest.mark.parametrize(("encoding", "data", "text"), [
    ("cp1256", TEXT.encode("cp1256"), TEXT),
    ("utf-8", TEXT.encode("utf-8"), TEXT),
    ("utf-16", TEXT.encode("utf-16"), TEXT),
    ("utf-16", TEXT.encode("utf-16-le"), TEXT),         # BOM-less: native order, as bytes.decode
    ("utf-16-be", TEXT.encode("utf-16-be"), TEXT),
    ("utf-16-le", b"\xff\xfe" + TEXT.encode("utf-16-le"), TEXT),
], ids=["cp1256", "utf-8", "utf-16-bom", "utf-16-nobom", "utf-16-be", "utf-16-le-bom"])
def test_stdin_encoding_given(monkeypatch: pytest.MonkeyPatch, encoding: str, data: bytes, text: str) -> None:
    if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and sys.byteorder != "little":
        pytest.skip("native order is big-endian here")
    feed(monkeypatch, data)
    assert "".join(stream_lines(STDIN, encoding)) == text


def test_stdin_encoding_given_is_not_second_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    feed(monkeypatch, b"ok\n" + "عربي\n".encode("cp1256"))
    it = stream_lines(STDIN, "utf-8")
    assert next(it) == "ok\n"
    with pytest.raises(DecodeError, match="line 2 is not valid utf-8"):
        next(it)


def test_stdin_bad_utf16(monkeypatch: pytest.MonkeyPatch) -> None:
    feed(monkeypatch, b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(DecodeError):
        list(stream_lines(STDIN))


def test_stdin_unknown_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    feed(monkeypatch, b"abc\n")
    with pytest.raises(DecodeError, match="unknown encoding"):
        list(stream_lines(STDIN, "klingon-8"))


@pytest.mark.parametrize("data", [b"x\n" * 100, "س\n".encode("utf-16") * 50], ids=["utf-8", "utf-16"])
def test_stdin_max_bytes(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    feed(monkeypatch, data)
    with pytest.raises(InputError, match="larger than --max-bytes"):
        list(stream_lines(STDIN, max_bytes=50))


def test_file_lines_keep_line_endings(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode("cp1256"))
    lines = list(stream_lines(Source(str(p), p)))
    assert "".join(lines) == TEXT and len(lines) == 4


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(stream_lines(Source("absent.txt", tmp_path / "absent.txt")))
