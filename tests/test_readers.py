"""newscli.readers: finding inputs and decoding their bytes; offsets point into the decoded text."""
from __future__ import annotations

import gzip
import io
import os
import sys
from pathlib import Path

import pytest

from newscli.errors import DecodeError, InputError
from newscli.readers import STDIN, Source, decode, expand_inputs, read_bytes, read_text
from newscli.tokenize_ import tokenize

SENTENCE = "قال وزير المالية إن العجز «تراجع» إلى 3.5% هذا العام، وأضاف: سنواصل الإصلاح."
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


# --- decoding --------------------------------------------------------------------------------

DECODE_CASES = [
    # bytes, decoded text, encoding reported
    (SENTENCE.encode("utf-8"), SENTENCE, "utf-8"),
    (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE, "utf-8-sig"),
    (SENTENCE.encode("utf-16"), SENTENCE, "utf-16-le"),  # Python writes a LE BOM here
    (b"\xff\xfe" + SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16-le"),
    (b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16-be"),
    (b"\xff\xfe\x00\x00" + SENTENCE.encode("utf-32-le"), SENTENCE, "utf-32-le"),
    (b"\x00\x00\xfe\xff" + SENTENCE.encode("utf-32-be"), SENTENCE, "utf-32-be"),
    (SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16-le"),      # no BOM: Arabic high bytes 0x06
    (SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16-be"),
    ("English only".encode("utf-16-le"), "English only", "utf-16-le"),
    (SENTENCE.encode("cp1256"), SENTENCE, "cp1256"),
    (b"", "", "utf-8"),
    (b"  \n\t\n", "  \n\t\n", "utf-8"),
    (b"Revenue grew 12% in 2023.", "Revenue grew 12% in 2023.", "utf-8"),
    # line endings are kept exactly
    ("سطر\r\nسطر\rسطر\n".encode("utf-8"), "سطر\r\nسطر\rسطر\n", "utf-8"),
    ("سطر\r\nسطر\rسطر\n".encode("cp1256"), "سطر\r\nسطر\rسطر\n", "cp1256"),
    (b"\xff\xfe" + "سطر\r\nسطر\r".encode("utf-16-le"), "سطر\r\nسطر\r", "utf-16-le"),
    # trailing NUL padding is dropped, NULs inside are kept
    (SENTENCE.encode("utf-8") + b"\x00" * 7, SENTENCE, "utf-8"),
    (SENTENCE.encode("utf-8") + b"\x00" * 500, SENTENCE, "utf-8"),
    (SENTENCE.encode("cp1256") + b"\x00" * 40, SENTENCE, "cp1256"),
    (b"\xff\xfe" + SENTENCE.encode("utf-16-le") + b"\x00\x00\x00\x00", SENTENCE, "utf-16-le"),
    ("نص\x00قصير".encode("utf-8"), "نص\x00قصير", "utf-8"),
    ("نص\x00قصير\x00\x00".encode("utf-8"), "نص\x00قصير", "utf-8"),
]


DECODE_IDS = ['utf8', 'utf8-bom', 'utf16-python', 'utf16le-bom', 'utf16be-bom', 'utf32le-bom', 'utf32be-bom', 'utf16le-nobom', 'utf16be-nobom', 'utf16le-latin-nobom', 'cp1256', 'empty', 'whitespace', 'ascii', 'utf8-crlf-cr', 'cp1256-crlf-cr', 'utf16-crlf-cr', 'utf8-nul-pad', 'utf8-long-nul-pad', 'cp1256-nul-pad', 'utf16-nul-pad', 'internal-nul', 'internal-and-trailing-nul']


@pytest.mark.parametrize(("data", "text", "encoding"), DECODE_CASES, ids=DECODE_IDS)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_cp1256_gives_the_same_text_as_utf8() -> None:
    article = "عنوان الخبر\r\n\r\nقالت المتحدثة باسم الوزارة إن «الاجتماع» سيعقد غدا.\r\nوأكدت أن جدول الأعمال مفتوح؛ ولم تذكر تفاصيل أخرى.\r\n"
    a, enc_a = decode(article.encode("cp1256"))
    b, enc_b = decode(article.encode("utf-8"))
    assert (enc_a, enc_b) == ("cp1256", "utf-8")
    assert a == b == article


@pytest.mark.skipif(not (CORPUS / "raw_cp1256").is_dir(), reason="shared corpus not beside the repo")
def test_corpus_cp1256_files_equal_their_utf8_versions() -> None:
    pairs = 0
    for p in sorted((CORPUS / "raw_cp1256").glob("*.txt")):
        u = CORPUS / "articles" / p.name.replace(".cp1256", "")
        if not u.exists():
            continue
        a, enc_a = read_text(Source(str(p), p))
        b, enc_b = read_text(Source(str(u), u))
        assert enc_a == "cp1256" and enc_b.startswith("utf-8"), p.name
        assert a == b, p.name
        pairs += 1
    assert pairs > 0


def test_bom_removed_and_offsets_exact() -> None:
    for data in (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE.encode("utf-16"),
                 b"\xfe\xff" + SENTENCE.encode("utf-16-be")):
        text, _ = decode(data)
        assert not text.startswith("\ufeff")
        toks = tokenize(text)
        assert toks[0].start == 0 and toks[0].text == "قال"
        assert all(text[t.start:t.end] == t.text for t in toks)


def test_bom_inside_the_text_is_kept() -> None:
    """Only a leading BOM is an encoding signature; one inside is text (normalize removes it)."""
    text, _ = decode("أ\ufeffب".encode("utf-8"))
    assert text == "أ\ufeffب"


BINARY_CASES = [
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(40)), "PNG"),
    (gzip.compress(SENTENCE.encode("utf-8")), "gzip"),
    (b"GIF89a" + bytes(30), "GIF"),
    (b"\xff\xd8\xff\xe0" + bytes(30), "JPEG"),
    (b"PK\x03\x04" + bytes(30), "zip"),
    (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
    (b"\x7fELF\x02\x01\x01" + bytes(40), "executable"),
    (bytes(range(32)) * 4, "control bytes"),
]


@pytest.mark.parametrize(("data", "reason"), BINARY_CASES)
def test_binary_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


INVALID_CASES = [
    b"caf\xe9 au lait, cr\xe8me br\xfbl\xe9e",              # Latin-1 French: not plausible cp1256
    b"\xe9\xe8\xe0\xf9\xe7\xe2\xea\xee\xf4\xfb",           # accents only
    "قال".encode("utf-8") + b"\xc3\x28 \xa0\xa1",           # broken UTF-8 with Latin leftovers
    bytes(range(128, 256)),                                  # every high byte
]


@pytest.mark.parametrize("data", INVALID_CASES, ids=["latin1-french", "accents", "broken-utf8", "high-bytes"])
def test_invalid_utf8_that_is_not_cp1256_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="not UTF-8"):
        decode(data)


def test_invalid_after_a_bom_is_refused() -> None:
    with pytest.raises(DecodeError, match="utf-8"):
        decode(b"\xef\xbb\xbf\xff\xfe\xfd")


ENCODING_OVERRIDE_CASES = [
    (SENTENCE.encode("cp1256"), "cp1256", SENTENCE),
    (SENTENCE.encode("cp1256"), "windows-1256", SENTENCE),
    (SENTENCE.encode("utf-8"), "utf-8", SENTENCE),
    (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8", SENTENCE),   # BOM still removed
    (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "UTF_8", SENTENCE),
    (SENTENCE.encode("utf-16"), "utf-16", SENTENCE),
    ("سلام عليكم".encode("iso-8859-6"), "iso-8859-6", "سلام عليكم"),
    ("café".encode("latin-1"), "latin-1", "café"),                      # detection would refuse it
    ("مرحبا".encode("utf-8"), "latin-1", "مرحبا".encode("utf-8").decode("latin-1")),  # obeyed, not second-guessed
]


@pytest.mark.parametrize(("data", "encoding", "text"), ENCODING_OVERRIDE_CASES,
                         ids=[c[1] + f"-{i}" for i, c in enumerate(ENCODING_OVERRIDE_CASES)])
def test_encoding_override(data: bytes, encoding: str, text: str) -> None:
    got, enc = decode(data, encoding)
    assert got == text and enc == encoding


def test_encoding_override_errors() -> None:
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode(SENTENCE.encode("cp1256"), "utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"abc", "klingon-8")


# --- reading files and stdin -----------------------------------------------------------------

def test_read_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(SENTENCE.encode("cp1256"))
    assert read_text(Source(str(p), p)) == (SENTENCE, "cp1256")
    assert read_text(Source(str(p), p), encoding="cp1256") == (SENTENCE, "cp1256")


def test_read_text_names_the_file_in_decode_errors(tmp_path: Path) -> None:
    p = tmp_path / "picture.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    with pytest.raises(DecodeError, match="picture.txt: binary file"):
        read_text(Source(str(p), p))


def test_missing_path_is_yielded_and_fails_on_reading(tmp_path: Path) -> None:
    missing = str(tmp_path / "absent.txt")
    sources = list(expand_inputs([missing]))
    assert sources == [Source(missing, Path(missing))]
    with pytest.raises(InputError, match="absent.txt: no such file"):
        read_text(sources[0])


def test_directory_as_a_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(Source(str(tmp_path), tmp_path))


def test_unreadable_file(unreadable_file: Path) -> None:
    with pytest.raises(InputError, match="permission denied"):
        read_text(Source(str(unreadable_file), unreadable_file))


def test_max_bytes(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(SENTENCE.encode("utf-8"))
    size = p.stat().st_size
    assert read_text(Source(str(p), p), max_bytes=size)[0] == SENTENCE
    with pytest.raises(InputError, match="larger than --max-bytes"):
        read_text(Source(str(p), p), max_bytes=size - 1)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("data", [SENTENCE.encode("utf-8"), SENTENCE.encode("cp1256"), SENTENCE.encode("utf-16")])
def test_read_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    _stdin(monkeypatch, data)
    src = next(expand_inputs([STDIN]))
    assert src == Source("-", None)
    assert read_text(src)[0] == SENTENCE


def test_read_stdin_max_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"x" * 100)
    with pytest.raises(InputError, match="standard input is larger"):
        read_text(Source(STDIN, None), max_bytes=99)


# --- folders ---------------------------------------------------------------------------------

@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    for rel in ("b.txt", "a.txt", "notes.md", "sub/c.txt", "sub/deeper/d.txt", "sub/e.TXT",
                ".hidden.txt", "sub/.also_hidden.txt", ".git/config.txt"):
        (root / rel).write_text("نص", encoding="utf-8")
    return root


def names(sources, root: Path) -> list[str]:
    return [Path(s.name).relative_to(root).as_posix() for s in sources]


def test_folder_walk_default_glob(tree: Path) -> None:
    sources = list(expand_inputs([str(tree)]))
    assert names(sources, tree) == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]
    assert all(s.path is not None and s.path.is_file() for s in sources)


@pytest.mark.parametrize(("glob", "expected"), [
    ("*.md", ["notes.md"]),
    ("*.txt,*.md", ["a.txt", "b.txt", "notes.md", "sub/c.txt", "sub/deeper/d.txt"]),
    (" *.TXT , ", ["sub/e.TXT"]),
    ("a*", ["a.txt"]),
    ("*", ["a.txt", "b.txt", "notes.md", "sub/c.txt", "sub/e.TXT", "sub/deeper/d.txt"]),
    ("", ["a.txt", "b.txt", "notes.md", "sub/c.txt", "sub/e.TXT", "sub/deeper/d.txt"]),
])
def test_folder_walk_glob(tree: Path, glob: str, expected: list[str]) -> None:
    assert names(expand_inputs([str(tree)], glob), tree) == expected


def test_hidden_files_and_folders_skipped(tree: Path) -> None:
    found = names(expand_inputs([str(tree)], "*"), tree)
    assert not any(part.startswith(".") for f in found for part in f.split("/"))


def test_explicit_file_is_taken_whatever_the_glob(tree: Path) -> None:
    f = str(tree / "notes.md")
    assert list(expand_inputs([f], "*.txt")) == [Source(f, Path(f))]


def test_inputs_keep_their_order(tree: Path) -> None:
    a, b = str(tree / "b.txt"), str(tree / "a.txt")
    assert [s.name for s in expand_inputs([a, STDIN, b])] == [a, "-", b]


def test_symlink_loop_is_walked_once(tree: Path) -> None:
    try:
        os.symlink(tree, tree / "sub" / "loop")
        os.symlink(tree / "sub", tree / "sub" / "deeper" / "up")
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    found = names(expand_inputs([str(tree)]), tree)
    assert found == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]


def test_symlinked_file_is_read(tree: Path) -> None:
    try:
        os.symlink(tree / "a.txt", tree / "link.txt")
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    assert "link.txt" in names(expand_inputs([str(tree)]), tree)


def test_folder_with_no_matching_file_fails_on_reading(tree: Path) -> None:
    """Not silently nothing: the folder itself is yielded and reading it says why."""
    sources = list(expand_inputs([str(tree)], "*.csv"))
    assert sources == [Source(str(tree), tree)]
    with pytest.raises(InputError, match="is a directory with no file matching"):
        read_text(sources[0])


def test_empty_folder(tmp_path: Path) -> None:
    sources = list(expand_inputs([str(tmp_path)]))
    assert len(sources) == 1
    with pytest.raises(InputError):
        read_text(sources[0])


def test_permission_error_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same translation, shown even where root can read a chmod 000 file."""
    p = tmp_path / "secret.txt"
    p.write_text("سر", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match="secret.txt: permission denied"):
        read_text(Source(str(p), p))
