"""Hostile inputs, each with the exact behaviour expected of newscli: a correct result or one clear
`Error:` line, and a batch that carries on.

Everything is generated here (bytes written to tmp_path), so the suite needs no binary fixtures.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import assert_spans_exact
from newscli import pipeline
from newscli.cli import app
from newscli.config import Config
from newscli.errors import InputError

BIN = Path(sys.executable).parent / "newscli"
NEWSCLI = str(BIN) if BIN.exists() else shutil.which("newscli")
needs_binary = pytest.mark.skipif(NEWSCLI is None, reason="the newscli console script is not installed")
ENV = {k: v for k, v in os.environ.items() if k not in ("NEWSCLI_CONFIG", "NEWSCLI_BIDI")}
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

ARTICLE = ("الحكومة تعلن خطة جديدة\n\n"
           "وقال وزير الزراعة خالد العمري إن الخطة ستبدأ الشهر المقبل.\n"
           "وأضاف العمري: «لن نترك أي مزارع دون دعم».\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(64))
GZIP = gzip.compress(ARTICLE.encode("utf-8"))
LATIN1 = "Crème brûlée, café au lait, déjà vu, à bientôt, garçon!".encode("latin-1")


def run(*args: str, input: bytes | None = None):  # noqa: A002
    """Invoke the real app in-process; stdout and stderr stay apart."""
    return CliRunner().invoke(app, list(args), input=input)


def sh(cmd: str, stage: int = 0) -> subprocess.CompletedProcess[str]:
    """A bash pipeline; newscli's own exit code is echoed on stderr as newscli-status=N."""
    return subprocess.run(f'{cmd}; echo "newscli-status=${{PIPESTATUS[{stage}]}}" >&2', shell=True,
                          executable="/bin/bash", capture_output=True, text=True, timeout=120, env=ENV)


def error_lines(stderr: str) -> list[str]:
    """The Error lines on stderr (a batch's summary line, "newscli: N documents ...", aside)."""
    lines = [x for x in stderr.strip().splitlines() if not x.startswith("newscli: ")]
    assert all(x.startswith("Error: ") for x in lines), stderr
    assert "Traceback" not in stderr
    return lines


def spans_in(obj: Any) -> list[dict]:
    """Every {start, end, text} object in a JSON document (outside its "text")."""
    out = []
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(obj.get("text"), str):
            out.append(obj)
        for k, v in obj.items():
            if k != "text":
                out += spans_in(v)
    elif isinstance(obj, list):
        for v in obj:
            out += spans_in(v)
    return out


def parse_json(path: Path, *flags: str) -> dict:
    r = run("parse", str(path), "--format", "json", *flags)
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    doc = json.loads(r.stdout)
    assert_spans_exact(doc["text"], spans_in(doc))
    return doc


# --- nothing to find: a valid, empty result ---------------------------------------------------------

EMPTY_CASES = {
    "empty": b"",
    "spaces": b"   ",
    "whitespace-lines": b" \n\t\n\r\n  \r",
    "blank-utf8-bom": b"\xef\xbb\xbf",
    "blank-utf16-bom": b"\xff\xfe",
    "nul-padding-only": b"\x00" * 64,
    "english": b"Revenue grew 12% in 2023, the ministry said in a statement.\n",
    "numbers": b"2023 12.5 -7 3,000,000\n1 2 3\n",
    "url": b"https://example.com/news?id=42&lang=ar\n",
}


@pytest.mark.parametrize("data", list(EMPTY_CASES.values()), ids=list(EMPTY_CASES))
def test_nothing_to_find_is_a_valid_empty_result(data: bytes, tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    doc = parse_json(p)
    assert doc["quotes"] == [] and doc["speakers"] == [] and doc["warnings"] == []
    if not doc["text"].strip():
        assert doc["title"] is None and doc["paragraphs"] == [] and doc["sentences"] == [] and doc["tokens"] == []
    for command in ("quotes", "tokenize", "normalize"):
        r = run(command, str(p), "--format", "json")
        assert r.exit_code == 0 and r.stderr == "", (command, r.stderr)
        json.loads(r.stdout)
    r = run("speakers", str(p), "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []


# --- undecodable: an Error line naming the file and why, the batch goes on ------------------------

BAD_CASES = [
    # file name, bytes, the reason the Error line gives
    ("image.txt", PNG, "binary file (PNG image), not text"),
    ("archive.txt", GZIP, "binary file (gzip data), not text"),
    ("latin1.txt", LATIN1, "not UTF-8 (invalid byte at 2) nor Windows-1256 text; try --encoding"),
    ("controls.txt", bytes(range(1, 32)) * 8, "binary data (control bytes), not text"),
    ("broken-bom.txt", b"\xef\xbb\xbf\xff\xfe\xfd", "invalid utf-8-sig after its byte order mark (byte 3)"),
]


@pytest.mark.parametrize("command", ["parse", "quotes", "tokenize", "normalize", "speakers"])
def test_undecodable_files_fail_alone(command: str, tmp_path: Path) -> None:
    good1, good2 = tmp_path / "a.txt", tmp_path / "z.txt"
    good1.write_text(ARTICLE, encoding="utf-8")
    good2.write_bytes(ARTICLE.encode("cp1256"))
    bad = []
    for name, data, _ in BAD_CASES:
        (tmp_path / name).write_bytes(data)
        bad.append(str(tmp_path / name))
    fmt = [] if command in ("normalize",) else ["--format", "jsonl"]
    r = run(command, str(good1), *bad, str(good2), *fmt)
    assert r.exit_code == 1
    assert error_lines(r.stderr) == [f"Error: {path}: {reason}" for path, (_, _, reason) in zip(bad, BAD_CASES)]
    if command in ("parse", "quotes", "tokenize"):
        assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(good1), str(good2)]
    elif command == "normalize":
        assert r.stdout.count("خالد العمري") == 2
    else:
        assert json.loads(r.stdout.splitlines()[0])["name"] == "خالد العمري"


def test_undecodable_files_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for name, data, _ in BAD_CASES:
        (tmp_path / name).write_bytes(data)
    r = run("parse", str(tmp_path), "--format", "jsonl")
    assert r.exit_code == 1
    assert len(error_lines(r.stderr)) == len(BAD_CASES)
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(tmp_path / "a.txt")]


# --- encodings and line endings: decoded, offsets exact -------------------------------------------

ENCODED = {
    "utf8": (ARTICLE.encode("utf-8"), ARTICLE, "utf-8"),
    "utf8-bom": (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE, "utf-8-sig"),
    "utf16le-bom": (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), ARTICLE, "utf-16-le"),
    "utf16be-bom": (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE, "utf-16-be"),
    "utf16le-no-bom": (ARTICLE.encode("utf-16-le"), ARTICLE, "utf-16-le"),
    "utf32le-bom": (b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"), ARTICLE, "utf-32-le"),
    "cp1256": (ARTICLE.encode("cp1256"), ARTICLE, "cp1256"),
    "crlf": (ARTICLE.replace("\n", "\r\n").encode("utf-8"), ARTICLE.replace("\n", "\r\n"), "utf-8"),
    "lone-cr": (ARTICLE.replace("\n", "\r").encode("utf-8"), ARTICLE.replace("\n", "\r"), "utf-8"),
    "utf16-crlf": (b"\xff\xfe" + ARTICLE.replace("\n", "\r\n").encode("utf-16-le"), ARTICLE.replace("\n", "\r\n"),
                   "utf-16-le"),
    "cp1256-crlf": (ARTICLE.replace("\n", "\r\n").encode("cp1256"), ARTICLE.replace("\n", "\r\n"), "cp1256"),
    "nul-inside": (ARTICLE.replace("الزراعة", "الزراعة\x00").encode("utf-8"),
                   ARTICLE.replace("الزراعة", "الزراعة\x00"), "utf-8"),
    "nul-padding": (ARTICLE.encode("utf-8") + b"\x00" * 300, ARTICLE, "utf-8"),
    "utf16-nul-padding": (b"\xff\xfe" + ARTICLE.encode("utf-16-le") + b"\x00" * 8, ARTICLE, "utf-16-le"),
}


@pytest.mark.parametrize(("data", "text", "encoding"), list(ENCODED.values()), ids=list(ENCODED))
def test_encodings_and_line_endings_keep_offsets_exact(data: bytes, text: str, encoding: str,
                                                       tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    doc = parse_json(p)
    assert doc["text"] == text and doc["encoding"] == encoding
    # the same article whatever the bytes: the same paragraphs, sentences, words and quotes
    ref = pipeline.parse(ARTICLE).to_dict()
    assert [p["text"] for p in doc["paragraphs"]] == [p["text"].replace("\x00", "") for p in ref["paragraphs"]] \
        or "\x00" in text
    assert len(doc["sentences"]) == len(ref["sentences"])
    assert [t["norm"] for t in doc["tokens"] if "\x00" not in t["norm"]] == \
           [t["norm"] for t in ref["tokens"] if t["text"] != "الزراعة" or "\x00" not in text]
    assert [(q["kind"], q["text"].replace("\x00", ""), q["speaker"]["name"]) for q in doc["quotes"]] == \
           [(q["kind"], q["text"], q["speaker"]["name"]) for q in ref["quotes"]]
    assert doc["title"]["text"] == "الحكومة تعلن خطة جديدة"


def test_stdin_encodings(tmp_path: Path) -> None:
    for data, text, _ in ENCODED.values():
        r = run("parse", "-", "--format", "json", input=data)
        assert r.exit_code == 0, r.stderr
        doc = json.loads(r.stdout)
        assert doc["text"] == text
        assert_spans_exact(text, spans_in(doc))


# --- glyphs, tatweel, diacritics, invisible controls: normalized forms right, offsets exact ------------

NORM_CASES = [
    # text, the norm of each token
    ("ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﺇﻥ ﺍﻟﺨﻄﺔ ﻧﺎﺟﺤﺔ.", ["وقال", "الوزير", "ان", "الخطه", "ناجحه", "."]),       # U+FE70-FEFF
    ("ﻻ ﻷ ﻹ ﻵ", ["لا", "لا", "لا", "لا"]),                                                     # lam-alef ligatures
    ("ﷲ ﷺ ﷼", ["الله", "صلي الله عليه وسلم", "ريال"]),                                        # U+FB50-FDFF
    ("ﭘﭙﭼ ﮐﮑ", ["پپچ", "كك"]),                                                                # Persian forms
    ("وقـــال الـــوزير", ["وقال", "الوزير"]),                                                  # tatweel
    ("وَقَالَ الْوَزِيرُ إِنَّ الْخُطَّةَ نَاجِحَةٌ", ["وقال", "الوزير", "ان", "الخطه", "ناجحه"]),  # full diacritics
    ("ٱلْقُرْآنِ", ["القران"]),                                                                  # wasla, maddah
    ("وق\u200cال ال\u200dوزير", ["وقال", "الوزير"]),                                             # ZWNJ, ZWJ in words
    ("الو\u200bزير\u2060 م\u00adصر", ["الوزير", "مصر"]),                                        # ZWSP, word joiner, soft hyphen
    ("\u200fقال\u200f \u202bالوزير\u202c \u2067نعم\u2069 \u061cلا", ["قال", "الوزير", "نعم", "لا"]),  # bidi marks
    ("مر\ufeffحبا", ["مرحبا"]),                                                                 # BOM inside a word
    ("\u200f٣\u200e٥\u200f ١٢\u200f٣ ۱۲", ["35", "123", "12"]),                                 # bidi marks in numbers
    ("٣٫٥\u200f٪", ["3", ".", "5", "٪"]),                                                        # decimal separator
    ("ی ک ە", ["ي", "ك", "ه"]),                                                                  # Persian letters
]


@pytest.mark.parametrize(("text", "norms"), NORM_CASES, ids=[str(i) for i in range(len(NORM_CASES))])
def test_glyphs_and_invisibles_normalize_and_keep_offsets(text: str, norms: list[str]) -> None:
    doc = pipeline.parse(text)
    assert [t.norm for t in doc.tokens] == norms
    assert "".join(t.text for t in doc.tokens) == "".join(text.split())   # nothing lost, nothing added
    assert_spans_exact(text, spans_in(doc.to_dict()))


@pytest.mark.parametrize("text", [
    "ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﺇﻥ ﺍﻟﺨﻄﺔ ﻧﺎﺟﺤﺔ.",
    "وقـــال الـــوزير إن الخطـــة ناجحـــة.",
    "وَقَالَ الْوَزِيرُ إِنَّ الْخُطَّةَ نَاجِحَةٌ.",
    "وق\u200cال\u200f ال\u200bوزير إن\u202b الخطة ناجحة\u202c.",
])
def test_quotes_are_found_through_glyphs_and_invisibles(text: str) -> None:
    doc = pipeline.parse(text)
    # the canonical name as read: invisible format characters dropped (the mention keeps them)
    shown = "".join(c for c in doc.tokens[1].text if unicodedata.category(c) != "Cf")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in doc.quotes] == [("indirect", shown)]
    q = doc.quotes[0]
    assert q.cue is not None and q.cue.lemma == "قال"
    assert text[q.start:q.end] == q.text and text[q.cue.start:q.cue.end] == q.cue.text


# --- unbalanced quotation marks: warnings, no invented quotes, no exception ----------------------------

MARK_CASES = [
    # text, the warnings (code, the mark), the direct quotes' texts
    ("قال الوزير: «سنبدأ التنفيذ غدا.", [("unclosed-quote", "«")], []),
    ("قال الوزير: \"سنبدأ التنفيذ غدا.", [("unclosed-quote", '"')], []),
    ("قال الوزير إن الخطة» ناجحة.", [("unopened-quote", "»")], []),
    ("قال الوزير: سنبدأ التنفيذ« غدا.", [("unclosed-quote", "«")], []),
    # ” opens as often as it closes in Arabic typesetting: alone, it is reported as never closed
    ("قال الوزير: سنبدأ” التنفيذ غدا.", [("unclosed-quote", "”")], []),
    ("«««", [("unclosed-quote", "«")] * 3, []),
    ("»»»", [("unopened-quote", "»"), ("unopened-quote", "»"), ("unclosed-quote", "»")], []),
    ("»«قال الوزير»«", [("unopened-quote", "»"), ("unclosed-quote", "«")], []),
    # three deep, well nested: one quote, the inner marks inside it
    ("قال الوزير: «إن الحديث عن \"خطة ‹بديلة› جاهزة\" سابق لأوانه».", [],
     ["إن الحديث عن \"خطة ‹بديلة› جاهزة\" سابق لأوانه"]),
    # three deep, the innermost never closed
    ("قال الوزير: «إن الحديث عن \"خطة ‹بديلة جاهزة\" سابق لأوانه».", [("unclosed-quote", "‹")],
     ["إن الحديث عن \"خطة ‹بديلة جاهزة\" سابق لأوانه"]),
    # three deep, none closed
    ("قال الوزير: «إن \"الخطة ‹جاهزة", [("unclosed-quote", "«"), ("unclosed-quote", '"'), ("unclosed-quote", "‹")],
     []),
]


@pytest.mark.parametrize(("text", "warnings", "direct"), MARK_CASES, ids=[str(i) for i in range(len(MARK_CASES))])
def test_unbalanced_marks_are_reported_not_guessed(text: str, warnings: list[tuple[str, str]],
                                                   direct: list[str]) -> None:
    doc = pipeline.parse(text)
    got = sorted((w.code, text[w.start:w.end]) for w in doc.warnings)
    assert got == sorted(warnings)
    assert [q.text for q in doc.quotes if q.kind == "direct"] == direct
    assert_spans_exact(text, spans_in(doc.to_dict()))


MARKS = "«»“”\"'‹›‘’„"


@pytest.mark.parametrize("text", [
    "قال: \"نعم” ثم أضاف: “لا\" وانصرف.",          # straight and curly alternating
    "قال: “نعم\" ثم أضاف: \"لا” وانصرف.",
    "قال: “نعم“ ثم أضاف: ”لا” وانصرف.",
    "قال: ‘نعم’ و'لا‘ و’ربما'.",
    "\"“\"”\"“\"”",
    "«“‹‘'\"»”›’",
    "قال الوزير: «" + "نعم " * 200,
    "«\n«\n«\n»\n»",
])
def test_odd_marks_never_invent_a_quote(text: str) -> None:
    doc = pipeline.parse(text)
    for q in doc.quotes:
        if q.kind == "direct":
            # a direct quote lies between two marks that the text really has
            assert text[q.start - 1] in MARKS and text[q.end] in MARKS, q
    for w in doc.warnings:
        assert text[w.start:w.end] in MARKS
    assert_spans_exact(text, spans_in(doc.to_dict()))


# --- HTML fragments and entities --------------------------------------------------------------------

HTML_ARTICLE = ("<h1>الحكومة تعلن خطة جديدة</h1>\n"
                "<p>وقال وزير الزراعة <b>خالد العمري</b> إن الخطة ستبدأ الشهر المقبل.</p>"
                "<p>وأضاف العمري: &laquo;لن نترك أي مزارع دون دعم&raquo;.<br>"
                "وقالت النقابة إن &quot;الخطة&quot; خطوة &amp; بداية.&nbsp;</p>\n"
                "<script>document.write('<p>قال إن</p>');</script><style>p{}</style>\n")


@pytest.mark.parametrize("flags", [[], ["--html"]])
def test_html_is_stripped_and_offsets_point_into_the_markup(flags: list[str], tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(HTML_ARTICLE, encoding="utf-8")
    doc = parse_json(p, *flags)
    assert doc["text"] == HTML_ARTICLE
    assert doc["title"]["text"] == "الحكومة تعلن خطة جديدة"
    assert [x["text"] for x in doc["paragraphs"]][1:] == [
        "وقال وزير الزراعة <b>خالد العمري</b> إن الخطة ستبدأ الشهر المقبل.",
        "وأضاف العمري: &laquo;لن نترك أي مزارع دون دعم&raquo;.",
        "وقالت النقابة إن &quot;الخطة&quot; خطوة &amp; بداية.",
    ]
    tokens = {t["text"]: t["norm"] for t in doc["tokens"]}
    assert tokens["&laquo;"] == '"' and tokens["&quot;"] == '"' and tokens["&amp;"] == "&"
    assert not any(t in tokens for t in ("<p>", "p", "b", "script", "document", "write", "nbsp"))
    quotes = [(q["kind"], q["text"], q["speaker"]["name"]) for q in doc["quotes"]]
    assert quotes == [
        ("indirect", "الخطة ستبدأ الشهر المقبل", "خالد العمري"),
        ("direct", "لن نترك أي مزارع دون دعم", "خالد العمري"),
        ("mixed", "&quot;الخطة&quot; خطوة &amp; بداية", "النقابة"),
    ]
    assert [w["code"] for w in doc["warnings"]] == ([] if flags else ["html-detected"])


def test_no_html_reads_markup_as_text(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(HTML_ARTICLE, encoding="utf-8")
    doc = parse_json(p, "--no-html")
    assert "quot" in [t["text"] for t in doc["tokens"]] and doc["warnings"] == []


@pytest.mark.parametrize("command", ["quotes", "speakers"])
def test_html_flag_on_quotes_and_speakers(command: str, tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text("<p>قال الوزير إن &quot;الخطة&quot; ناجحة.</p>", encoding="utf-8")
    for flags in ([], ["--html"], ["--no-html"]):
        r = run(command, str(p), "--format", "json", *flags)
        assert r.exit_code == 0 and r.stderr == "", r.stderr
        json.loads(r.stdout)


def test_html_from_config(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text("قال الوزير إن &quot;الخطة&quot; ناجحة.", encoding="utf-8")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("input:\n  html: false\n", encoding="utf-8")
    assert "quot" in [t["text"] for t in parse_json(p, "-c", str(cfg))["tokens"]]
    assert "&quot;" in [t["text"] for t in parse_json(p, "-c", str(cfg), "--html")["tokens"]]
    cfg.write_text("input:\n  html: maybe\n", encoding="utf-8")
    r = run("parse", str(p), "-c", str(cfg))
    assert r.exit_code == 1 and error_lines(r.stderr) == [f"Error: {cfg}: input.html must be true, false or auto, "
                                                          "not 'maybe'"]


# --- paths: unreadable, missing, looping ------------------------------------------------------------

def test_unreadable_missing_and_good_files_in_one_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:   # root ignores chmod 000: make the read fail as it would
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    r = run("parse", str(secret), str(tmp_path / "absent.txt"), str(good), "--format", "jsonl")
    assert r.exit_code == 1
    assert error_lines(r.stderr) == [f"Error: {secret}: permission denied",
                                     f"Error: {tmp_path / 'absent.txt'}: no such file"]
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(good)]


def test_chmod_000_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("permissions are not enforced here (running as root)")
        r = run("parse", str(p))
        assert r.exit_code == 1 and error_lines(r.stderr) == [f"Error: {p}: permission denied"]
    finally:
        p.chmod(0o644)


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "a" / "b").mkdir(parents=True)
    (root / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "a" / "b" / "two.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        os.symlink(root, root / "a" / "b" / "loop")
        os.symlink(root / "a", root / "a" / "self")
        os.symlink(root / "nowhere", root / "dangling.txt")
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    r = run("parse", str(root), "--format", "jsonl")
    sources = [json.loads(x)["source"] for x in r.stdout.splitlines()]
    assert sorted(sources) == sorted([str(root / "one.txt"), str(root / "a" / "b" / "two.txt")])
    # the dangling link is a file that is not there: one Error line, the rest is processed
    assert r.exit_code == 1 and error_lines(r.stderr) == [f"Error: {root / 'dangling.txt'}: no such file"]


def test_closed_stdin_is_an_error() -> None:
    r = sh(f"{NEWSCLI} parse - <&-")
    assert r.stderr == "Error: -: standard input is closed\nnewscli-status=1\n"


# --- output that cannot be written, a reader that goes away ----------------------------------------------

@needs_binary
@pytest.mark.parametrize("command", ["parse", "normalize", "tokenize", "quotes"])
def test_full_disk_is_one_error_line(command: str, tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    r = sh(f"{NEWSCLI} {command} {p} > /dev/full")
    assert r.stderr == "Error: cannot write output: No space left on device\nnewscli-status=1\n"


@needs_binary
@pytest.mark.parametrize("command", ["parse", "normalize", "tokenize", "speakers"])
def test_closed_stdout_is_one_error_line(command: str, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    r = sh(f"{NEWSCLI} {command} {p} >&-")
    assert r.stderr == "Error: cannot write output: standard output is closed\nnewscli-status=1\n"


@needs_binary
@pytest.mark.parametrize("cmd", [
    "{bin} parse {big} | head -1",
    "{bin} quotes {big} --format csv | head -1",
    "{bin} speakers {big} | head -c 1",
    "{bin} tokenize {big} --format jsonl | head -c 1",
    "{bin} normalize {big} | head -1",
])
def test_reader_going_away_ends_quietly(cmd: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 300, encoding="utf-8")
    r = sh(cmd.format(bin=NEWSCLI, big=big))
    assert r.stdout and r.stderr == "newscli-status=0\n", r.stderr


# --- large inputs ----------------------------------------------------------------------------------

def test_over_max_bytes_is_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text(ARTICLE * 2000, encoding="utf-8")            # about 300 KB, one line per paragraph
    small.write_text(ARTICLE, encoding="utf-8")
    size = big.stat().st_size
    r = run("parse", str(big), str(small), "--max-bytes", "100000", "--format", "jsonl")
    assert r.exit_code == 1
    assert error_lines(r.stderr) == [f"Error: {big}: {size:,} bytes is larger than --max-bytes (100,000); "
                                     "raise --max-bytes or split the file"]
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(small)]


def test_over_max_bytes_on_stdin() -> None:
    r = run("parse", "-", "--max-bytes", "1000", input=ARTICLE.encode("utf-8") * 20)
    assert r.exit_code == 1
    assert error_lines(r.stderr) == ["Error: standard input is larger than --max-bytes (1,000 bytes); "
                                     "raise --max-bytes or split the input"]


def test_default_max_bytes_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"{Config().input.max_bytes // 1_000_000} MB" in readme
    assert "--max-bytes" in readme


def test_one_line_megabyte_text_has_exact_offsets(tmp_path: Path) -> None:
    """No line break at all: one paragraph of 150,000 words, done window by window."""
    line = " ".join(ARTICLE.split()) + " "
    p = tmp_path / "line.txt"
    p.write_text(line * 1300, encoding="utf-8")                 # ~ 250 KB, 33,800 tokens
    doc = pipeline.parse(p.read_text(encoding="utf-8"))
    assert len(doc.paragraphs) == 1 and len(doc.tokens) > pipeline.LONG_DOCUMENT
    assert len(doc.quotes) >= 2 * 1300 - 10
    text = doc.text
    assert all(text[q.start:q.end] == q.text for q in doc.quotes)
    assert [q.id for q in doc.quotes] == [f"q{i}" for i in range(1, len(doc.quotes) + 1)]
    ids = {s.id for s in doc.speakers}
    assert all(q.speaker is None or q.speaker.id in ids for q in doc.quotes)
    assert sum(s.quotes for s in doc.speakers) == sum(1 + len(q.co_speakers) for q in doc.quotes if q.speaker)
    for q in doc.quotes:
        s = doc.sentences[q.sentence]
        assert s.start <= q.start < s.end


def test_windows_give_the_quotes_of_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short articles one after another: windowed extraction finds the same quotes."""
    text = ARTICLE.replace("\n\n", "\n") * 40
    whole = pipeline.parse(text)
    monkeypatch.setattr(pipeline, "LONG_DOCUMENT", 100)
    monkeypatch.setattr(pipeline, "WINDOW", 60)
    windowed = pipeline.parse(text)
    assert [(q.kind, q.start, q.end, q.sentence) for q in windowed.quotes] == \
           [(q.kind, q.start, q.end, q.sentence) for q in whole.quotes]
    assert [(s.name, s.quotes) for s in windowed.speakers][:1] == [(s.name, s.quotes) for s in whole.speakers][:1]


def test_text_too_large_for_memory_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_available_memory", lambda: 100_000_000)
    with pytest.raises(InputError, match=r"big\.txt: 1,000,001 characters need about 0\.3 GB of memory"):
        pipeline.parse("ا" * 1_000_001, source="big.txt")
    monkeypatch.setattr(pipeline, "_available_memory", lambda: None)   # unknown: go ahead
    assert pipeline.parse("ا " * 500_001, config=replace(Config()), quotes=False).tokens


# --- the shared corpus: UTF-8 and Windows-1256 copies give the same documents --------------------------

@pytest.mark.skipif(not (CORPUS / "raw_cp1256").is_dir(), reason="the shared corpus is not beside the repo")
def test_corpus_utf8_and_cp1256_give_identical_results() -> None:
    r = run("parse", str(CORPUS / "articles"), str(CORPUS / "raw_cp1256"), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    assert "Error" not in r.stderr
    docs = {Path(d["source"]).parent.name + "/" + Path(d["source"]).name: d
            for d in map(json.loads, r.stdout.splitlines())}
    raw = [k for k in docs if k.startswith("raw_cp1256/")]
    assert len(docs) == len(list((CORPUS / "articles").glob("*.txt"))) + len(raw) and raw
    for k in raw:
        cp, utf = docs[k], docs["articles/" + k.split("/")[1].replace(".cp1256", "")]
        assert cp["encoding"] == "cp1256" and utf["encoding"].startswith("utf-8"), k
        for d in (cp, utf):
            assert_spans_exact(d["text"], spans_in(d))
        drop = ("source", "encoding")
        assert {x: v for x, v in cp.items() if x not in drop} == {x: v for x, v in utf.items() if x not in drop}, k
