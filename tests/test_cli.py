"""newscli.cli on the real app: output formats, inputs, and every error path (one line, exit code)."""
from __future__ import annotations

import json
import shutil
import socket
from importlib import metadata
from pathlib import Path
from typing import Any, Iterator

import pytest
import typer
from typer.testing import CliRunner

from conftest import ARTICLE, DATA, assert_spans_exact
from newscli import __version__
from newscli.cli import app, main

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
DOC_KEYS = {"schema", "source", "encoding", "title", "text", "paragraphs", "sentences", "tokens",
            "quotes", "speakers", "warnings"}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):  # noqa: A002
    """Invoke the app; stdout and stderr stay apart."""
    return CliRunner().invoke(app, list(args), input=input, env=env)


def assert_error(result, *fragments: str, code: int = 1) -> None:
    """Exit code, one `Error: ...` line on stderr naming the fragments, and no traceback."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for f in fragments:
        assert f in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit)


def spans_in(obj: Any) -> Iterator[dict]:
    """Every {start, end, text} object anywhere in a JSON document."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(obj.get("text"), str):
            yield obj
        for v in obj.values():
            yield from spans_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from spans_in(v)


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    """A folder with the two fixture articles, a non-matching file and a hidden one."""
    d = tmp_path / "articles"
    d.mkdir()
    shutil.copy(DATA / "article_ar.txt", d / "a.txt")
    shutil.copy(DATA / "article2_ar.txt", d / "b.txt")
    (d / "skip.md").write_text("# ملاحظة", encoding="utf-8")
    (d / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    return d


# --- help and version ------------------------------------------------------------------------

def test_commands_exist() -> None:
    assert set(COMMANDS) >= {"parse", "quotes", "speakers", "normalize", "tokenize", "info"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    for flag in ("--help", "-h"):
        r = run(command, flag)
        assert r.exit_code == 0, r.stderr
        assert "Usage:" in r.stdout and command in r.stdout
        cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
        assert cmd.help and cmd.help.strip(), f"{command} has no help text"


def test_top_level_help_lists_commands() -> None:
    r = run("--help")
    assert r.exit_code == 0
    assert all(c in r.stdout for c in COMMANDS)


def test_no_arguments_shows_help() -> None:
    r = run()
    assert r.exit_code in (0, 2) and "Usage:" in r.stdout + r.stderr


def test_version() -> None:
    r = run("--version")
    assert r.exit_code == 0 and r.stdout == f"newscli {__version__}\n"


# --- parse: JSON structure -------------------------------------------------------------------

def test_parse_json_structure() -> None:
    r = run("parse", str(ARTICLE), "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert r.stderr == ""
    doc = json.loads(r.stdout)
    assert set(doc) == DOC_KEYS
    text = ARTICLE.read_text(encoding="utf-8")
    assert doc["schema"] == "newscli.document/1"
    assert doc["source"] == str(ARTICLE) and doc["encoding"] == "utf-8" and doc["text"] == text
    assert doc["title"]["text"] == "الحكومة تعلن خطة جديدة لدعم صغار المزارعين"
    assert len(doc["paragraphs"]) == 5
    assert [s["paragraph"] for s in doc["sentences"]] == [0, 1, 2, 3, 3, 3, 4, 4]
    assert doc["sentences"][5]["text"].startswith("يرى د. سامي حداد")       # no split after د.
    assert any(t["text"] == "3" for t in doc["tokens"]) and any(t["norm"] == "اعلنت" for t in doc["tokens"])
    assert all(set(t) == {"start", "end", "text", "norm"} for t in doc["tokens"])
    assert isinstance(doc["quotes"], list) and isinstance(doc["speakers"], list)
    assert isinstance(doc["warnings"], list)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_parse_every_span_is_exact(path: Path) -> None:
    r = run("parse", str(path), "--format", "json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    spans = list(spans_in({k: v for k, v in doc.items() if k != "text"}))
    assert len(spans) >= len(doc["tokens"])
    assert_spans_exact(doc["text"], spans)


def test_parse_json_keeps_arabic_unescaped() -> None:
    r = run("parse", str(ARTICLE), "--format", "json")
    assert "\\u06" not in r.stdout and "الحكومة" in r.stdout
    r = run("parse", str(ARTICLE), "--format", "jsonl")
    assert "\\u06" not in r.stdout and "الحكومة" in r.stdout


def test_parse_no_tokens() -> None:
    doc = json.loads(run("parse", str(ARTICLE), "--format", "json", "--no-tokens").stdout)
    assert "tokens" not in doc and doc["sentences"]


def test_parse_jsonl_one_object_per_line(files: Path) -> None:
    r = run("parse", str(files / "a.txt"), str(files / "b.txt"), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and r.stdout.endswith("\n")
    docs = [json.loads(line) for line in lines]
    assert [d["source"] for d in docs] == [str(files / "a.txt"), str(files / "b.txt")]
    assert all(set(d) == DOC_KEYS for d in docs)


def test_parse_auto_is_jsonl_when_piped() -> None:
    r = run("parse", str(ARTICLE))
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 1 and json.loads(r.stdout)["schema"] == "newscli.document/1"


def test_parse_json_of_several_documents_is_an_array(files: Path) -> None:
    r = run("parse", str(files), "--format", "json")
    assert r.exit_code == 0, r.stderr
    docs = json.loads(r.stdout)
    assert isinstance(docs, list) and len(docs) == 2


def test_parse_folder(files: Path) -> None:
    r = run("parse", str(files), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(files / "a.txt"), str(files / "b.txt")]


def test_parse_folder_glob(files: Path) -> None:
    r = run("parse", str(files), "--glob", "*.md", "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(files / "skip.md")]


@pytest.mark.parametrize("data", [
    "عنوان\n\nقال الوزير إن الوضع مستقر.\n".encode("utf-8"),
    "عنوان\n\nقال الوزير إن الوضع مستقر.\n".encode("cp1256"),
    "عنوان\n\nقال الوزير إن الوضع مستقر.\n".encode("utf-16"),
])
def test_parse_stdin(data: bytes) -> None:
    r = run("parse", "-", "--format", "json", input=data)
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source"] == "-" and doc["title"]["text"] == "عنوان"
    assert doc["text"] == "عنوان\n\nقال الوزير إن الوضع مستقر.\n"


def test_parse_stdin_twice_is_bad_usage() -> None:
    assert_error(run("parse", "-", "-", input=b"x"), "standard input", code=2)


def test_parse_encoding_override(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes("نص تجريبي".encode("cp1256"))
    doc = json.loads(run("parse", str(p), "--encoding", "cp1256", "--format", "json").stdout)
    assert doc["text"] == "نص تجريبي" and doc["encoding"] == "cp1256"


def test_parse_crlf_offsets(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes("عنوان\r\n\r\nجملة أولى. جملة ثانية\r\nفقرة\rأخرى".encode("utf-8"))
    doc = json.loads(run("parse", str(p), "--format", "json").stdout)
    assert "\r\n" in doc["text"] and "\r" in doc["text"].replace("\r\n", "")
    assert [s["text"] for s in doc["sentences"]] == ["عنوان", "جملة أولى.", "جملة ثانية", "فقرة", "أخرى"]
    assert_spans_exact(doc["text"], list(spans_in(doc["sentences"] + doc["tokens"] + doc["paragraphs"])))


def test_parse_table_format() -> None:
    r = run("parse", str(ARTICLE), "--format", "table")
    assert r.exit_code == 0, r.stderr
    assert "sentences" in r.stdout and "article_ar.txt" in r.stdout


def test_parse_english_only_file_is_fine() -> None:
    r = run("parse", str(DATA / "english.txt"), "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["title"]["text"] == "Quarterly report"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_parse_empty_input_is_a_valid_empty_result(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    r = run("parse", str(p), "--format", "json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["tokens"] == [] and doc["sentences"] == [] and doc["title"] is None


# --- normalize -------------------------------------------------------------------------------

NORMALIZE_CASES = [
    ([], "قالَ «الوزيرُ» إنّ ٣٫٥٪ مدرسةٍ جمـيلة\n", 'قال "الوزير" ان 3.5٪ مدرسه جميله\n'),
    (["--disable", "dediac"], "قالَ الوزيرُ\n", "قالَ الوزيرُ\n"),
    (["-d", "dediac", "-d", "alef"], "أَحمد\n", "أَحمد\n"),
    (["--disable", "quotes", "--disable", "digits"], "«٣»\n", "«٣»\n"),
    (["--disable", "teh_marbuta"], "مدرسة\n", "مدرسة\n"),
    ([], "سطر\r\nسطر\rسطر", "سطر\r\nسطر\rسطر"),
]


@pytest.mark.parametrize(("flags", "text", "expected"), NORMALIZE_CASES)
def test_normalize_stdin(flags: list[str], text: str, expected: str) -> None:
    r = run("normalize", "-", *flags, input=text.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes.decode("utf-8") == expected  # .stdout turns CRLF into LF


def test_normalize_defaults_to_stdin() -> None:
    r = run("normalize", input="مُحَمَّد\n".encode("utf-8"))
    assert r.exit_code == 0 and r.stdout == "محمد\n"


def test_normalize_enable_over_config(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("normalize:\n  dediac: false\n  alef: false\n", encoding="utf-8")
    r = run("normalize", "-", "--config", str(cfg), input="أَحمد\n".encode("utf-8"))
    assert r.stdout == "أَحمد\n"
    r = run("normalize", "-", "--config", str(cfg), "--enable", "dediac", input="أَحمد\n".encode("utf-8"))
    assert r.stdout == "أحمد\n"


def test_normalize_config_from_env(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("normalize:\n  digits: false\n", encoding="utf-8")
    r = run("normalize", "-", input="٣٫٥\n".encode("utf-8"), env={"NEWSCLI_CONFIG": str(cfg)})
    assert r.exit_code == 0 and r.stdout == "٣٫٥\n"


def test_normalize_enable_and_disable_same_step_is_bad_usage() -> None:
    r = run("normalize", "-", "--enable", "dediac", "--disable", "dediac", input=b"x\n")
    assert_error(r, "dediac", code=2)


def test_normalize_unknown_step_is_bad_usage() -> None:
    r = run("normalize", "-", "--disable", "vowels", input=b"x\n")
    assert r.exit_code == 2 and "Traceback" not in r.stderr


def test_normalize_file_and_json(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("الأخبار\r\nعاجلة".encode("cp1256"))
    r = run("normalize", str(p))
    assert r.exit_code == 0 and r.stdout_bytes.decode("utf-8") == "الاخبار\r\nعاجله"
    r = run("normalize", str(p), "--format", "json")
    assert json.loads(r.stdout) == {"source": str(p), "encoding": "cp1256", "text": "الاخبار\r\nعاجله"}


def test_normalize_utf16_stdin() -> None:
    r = run("normalize", "-", input="قالَ الوزيرُ\nسطر ثان\n".encode("utf-16"))
    assert r.exit_code == 0 and r.stdout == "قال الوزير\nسطر ثان\n"


# --- tokenize --------------------------------------------------------------------------------

TOKEN_TEXT = "قالَ الوزير: «نعم».\nثم غادر 3.5%\n"


def test_tokenize_lines() -> None:
    for args in (["tokenize", "-"], ["tokenize", "-", "--format", "lines"]):
        r = run(*args, input=TOKEN_TEXT.encode("utf-8"))
        assert r.exit_code == 0, r.stderr
        assert r.stdout.splitlines() == ["قالَ", "الوزير", ":", "«", "نعم", "»", ".", "ثم", "غادر", "3", ".", "5", "%"]


def test_tokenize_text() -> None:
    r = run("tokenize", "-", "--format", "text", input=TOKEN_TEXT.encode("utf-8"))
    assert r.stdout == "قالَ الوزير : « نعم » .\nثم غادر 3 . 5 %\n"
    r = run("tokenize", "-", "--format", "text", "--norm", input=TOKEN_TEXT.encode("utf-8"))
    assert r.stdout == 'قال الوزير : " نعم " .\nثم غادر 3 . 5 %\n'


def test_tokenize_json() -> None:
    r = run("tokenize", "-", "--format", "json", input=TOKEN_TEXT.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["source"] == "-" and d["encoding"] == "utf-8"
    assert [t["text"] for t in d["tokens"]][:3] == ["قالَ", "الوزير", ":"]
    assert d["tokens"][0]["norm"] == "قال"
    assert_spans_exact(TOKEN_TEXT, d["tokens"])


def test_tokenize_jsonl_folder(files: Path) -> None:
    r = run("tokenize", str(files), "--format", "jsonl")
    assert r.exit_code == 0
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(files / "a.txt"), str(files / "b.txt")]


# --- info ------------------------------------------------------------------------------------

@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_info_json_without_network(no_network: None, tmp_path: Path) -> None:
    (tmp_path / "data" / "morphology_db" / "calima-msa-r13").mkdir(parents=True)
    (tmp_path / "data" / "morphology_db" / "calima-msa-r13" / "morphology.db").write_text("x")
    (tmp_path / "data" / "ner" / "empty").mkdir(parents=True)
    r = run("info", "--format", "json", env={"CAMELTOOLS_DATA": str(tmp_path)})
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["newscli"] == __version__
    assert d["camel_tools"] == metadata.version("camel-tools")
    assert d["camel_tools_data_dir"] == str(tmp_path)
    assert d["camel_tools_data"] == ["morphology_db/calima-msa-r13"]
    assert d["config"] == "built-in defaults"
    assert d["settings"]["normalize"]["dediac"] is True


def test_info_reports_missing_data(no_network: None, tmp_path: Path) -> None:
    r = run("info", "--format", "json", env={"CAMELTOOLS_DATA": str(tmp_path / "nothing")})
    d = json.loads(r.stdout)
    assert isinstance(d["camel_tools_data"], str) and d["camel_tools_data"].startswith("none")
    assert not (tmp_path / "nothing").exists()  # looking does not create camel-tools' folder


def test_info_shows_config_in_use(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("normalize:\n  quotes: false\n", encoding="utf-8")
    d = json.loads(run("info", "--format", "json", "--config", str(cfg)).stdout)
    assert d["config"] == str(cfg) and d["settings"]["normalize"]["quotes"] is False


def test_info_table() -> None:
    r = run("info", "--format", "table")
    assert r.exit_code == 0 and "camel_tools" in r.stdout


# --- errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["parse", "tokenize", "normalize", "quotes", "speakers"])
def test_missing_file(command: str, tmp_path: Path) -> None:
    assert_error(run(command, str(tmp_path / "absent.txt")), "absent.txt", "no such file")


@pytest.mark.parametrize("command", ["parse", "tokenize", "normalize"])
def test_folder_where_a_file_is_needed(command: str, files: Path) -> None:
    """A folder in which no file matches --glob is an error, not silence."""
    assert_error(run(command, str(files), "--glob", "*.csv"), str(files), "directory")


@pytest.mark.parametrize("command", ["parse", "tokenize", "normalize"])
def test_unreadable_file(command: str, unreadable_file: Path) -> None:
    assert_error(run(command, str(unreadable_file)), "secret.txt", "permission denied")


@pytest.mark.parametrize("command", ["parse", "tokenize", "normalize"])
def test_permission_denied_even_as_root(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path where chmod cannot stop root: reading raises PermissionError."""
    p = tmp_path / "secret.txt"
    p.write_text("سر", encoding="utf-8")
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert_error(run(command, str(p)), "secret.txt", "permission denied")


@pytest.mark.parametrize("command", ["parse", "tokenize", "normalize"])
@pytest.mark.parametrize(("content", "reason"), [
    (PNG, "binary file (PNG image)"),
    (b"\x1f\x8b\x08\x00" + bytes(30), "gzip"),
    (b"caf\xe9 cr\xe8me br\xfbl\xe9e", "not UTF-8"),
])
def test_undecodable_file(command: str, content: bytes, reason: str, tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    assert_error(run(command, str(p)), "bad.txt", reason)


@pytest.mark.parametrize("command", ["parse", "tokenize", "normalize", "info"])
def test_unknown_config_key(command: str, tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("normalize:\n  diacritics: false\n", encoding="utf-8")
    args = [command, "--config", str(cfg)] + ([] if command == "info" else [str(ARTICLE)])
    assert_error(run(*args), "c.yaml", "normalize.diacritics")


def test_unknown_config_key_from_env(tmp_path: Path) -> None:
    cfg = tmp_path / "env.yaml"
    cfg.write_text("colour: red\n", encoding="utf-8")
    assert_error(run("parse", str(ARTICLE), env={"NEWSCLI_CONFIG": str(cfg)}), "env.yaml", "colour")


@pytest.mark.parametrize(("yaml_text", "fragment"), [
    ("normalize: [\n", "invalid YAML"),
    ("input:\n  max_bytes: lots\n", "input.max_bytes"),
    ("input:\n  encoding: klingon-8\n", "input.encoding"),
])
def test_bad_config(tmp_path: Path, yaml_text: str, fragment: str) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml_text, encoding="utf-8")
    assert_error(run("parse", str(ARTICLE), "-c", str(cfg)), fragment)


def test_max_bytes(tmp_path: Path) -> None:
    assert_error(run("parse", str(ARTICLE), "--max-bytes", "10"), "max-bytes")


@pytest.mark.parametrize("args", [
    ["parse", str(ARTICLE), "--bogus"],
    ["parse", str(ARTICLE), "--format", "xml"],
    ["tokenize", "-", "--format", "csv"],
    ["normalize", "-", "--format", "csv"],
    ["parse"],
    ["parse", str(ARTICLE), "--max-bytes", "0"],
    ["parse", str(ARTICLE), "--encoding", "klingon-8"],
    ["nosuchcommand"],
    ["parse", str(ARTICLE), "--config", "/nonexistent/c.yaml"],
])
def test_bad_usage_exits_2(args: list[str]) -> None:
    r = run(*args, input=b"")
    assert r.exit_code == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_batch_with_one_bad_file(files: Path) -> None:
    bad = files / "bad.txt"
    bad.write_bytes(PNG)
    r = run("parse", str(files / "a.txt"), str(bad), str(files / "absent.txt"), str(files / "b.txt"),
            "--format", "jsonl")
    assert r.exit_code == 1
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(files / "a.txt"), str(files / "b.txt")]
    *errors, summary = r.stderr.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("Error: ") for e in errors)
    assert "bad.txt" in errors[0] and "absent.txt" in errors[1]
    assert summary.startswith("newscli: 2 documents") and "2 failed" in summary


def test_batch_folder_with_one_bad_file(files: Path) -> None:
    (files / "c.txt").write_bytes(b"\x1f\x8b" + bytes(20))
    r = run("tokenize", str(files), "--format", "jsonl")
    assert r.exit_code == 1
    assert len(r.stdout.splitlines()) == 2
    assert r.stderr.startswith("Error: ") and "c.txt" in r.stderr


def test_normalize_batch_with_one_bad_file(files: Path) -> None:
    bad = files / "bad.txt"
    bad.write_bytes(PNG)
    r = run("normalize", str(files / "a.txt"), str(bad), str(files / "b.txt"))
    assert r.exit_code == 1
    assert "الحكومه" in r.stdout and "افتتاح" in r.stdout
    assert r.stderr.count("Error: ") == 1


# --- main() with capsys: the entry point the console script calls ------------------------------

def test_main_returns_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", str(ARTICLE), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["title"]["text"] and err == ""

    assert main(["parse", str(tmp_path / "absent.txt")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"Error: {tmp_path / 'absent.txt'}: no such file\n"

    assert main(["parse", "--bogus"]) == 2
    out, err = capsys.readouterr()
    assert "No such option" in err and "Traceback" not in err

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newscli {__version__}\n"


@pytest.mark.parametrize(("value", "ok"), [("2", True), ("0", False), ("x", False), ("+2", True), ("02", True)])
def test_jobs_checked_as_typer_checks_it(value: str, ok: bool) -> None:
    """newscli._typer_fast takes plain numbers itself and leaves the rest to Typer: same answers."""
    r = run("parse", str(DATA / "article_ar.txt"), "--format", "json", "--jobs", value)
    assert (r.exit_code == 0) is ok
    if not ok:
        assert "Invalid value for '--jobs'" in r.stderr
