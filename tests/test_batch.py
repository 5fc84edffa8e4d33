"""newscli.batch through the real CLI: input forms, ordering, --out-dir, --resume, --db, errors, reporting."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import assert_spans_exact
from newscli import batch
from newscli.cli import app
from newscli.config import Config
from newscli.database import TOP_SPEAKERS_SQL

ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)

PEOPLE = [("وزير الخارجية", "سامي حداد"), ("وزيرة الصحة", "ليلى منصور"), ("رئيس الوزراء", "خالد العمري"),
          ("المتحدث باسم الجيش", "يوسف الكردي"), ("محافظ البنك المركزي", "عمر الشامي")]


def article(n: int) -> str:
    """A small article: a title, a direct and an indirect quote, speakers varying with n."""
    title, name = PEOPLE[n % len(PEOPLE)]
    _, other = PEOPLE[(n + 1) % len(PEOPLE)]
    return (f"خبر رقم {n}: اجتماع في العاصمة\n\n"
            f"وقال {title} {name} في مؤتمر صحفي: «سنواصل العمل على الخطة رقم {n} حتى نهاية العام».\n"
            f"وأضاف {name.split()[-1]} أن المحادثات كانت مثمرة.\n"
            f"من جهته، أكد {other} أن الاتفاق سيوقع قريبا.\n")


def run(*args: str, input: bytes | str | None = None):  # noqa: A002
    """Invoke the app; stdout and stderr stay apart."""
    return CliRunner().invoke(app, list(args), input=input)


def lines(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def error_lines(stderr: str) -> list[str]:
    return [x for x in stderr.splitlines() if x.startswith("Error: ")]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Twelve articles in a nested tree, a hidden file and a file that --glob leaves out."""
    root = tmp_path / "corpus"
    for n in range(12):
        d = root / ("a" if n < 5 else "b/c")
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{n:02d}.txt").write_text(article(n), encoding="utf-8")
    (root / ".hidden.txt").write_text(article(99), encoding="utf-8")
    (root / "notes.md").write_text("# ملاحظات", encoding="utf-8")
    return root


def trec(*docs: tuple[str, str, str]) -> str:
    """A TREC/SGML file of (docno, title, text) documents."""
    return "".join(f"<DOC>\n<DOCNO>{no}</DOCNO>\n<URL>http://example.org/{no}</URL>\n<TITLE>{title}</TITLE>\n"
                   f"<ABSTRACT>\n{text[:30]}\n</ABSTRACT>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n" for no, title, text in docs)


# --- input forms ------------------------------------------------------------------------------

def test_files_in_argument_order(corpus: Path) -> None:
    b, a = corpus / "b/c/07.txt", corpus / "a/01.txt"
    r = run("parse", str(b), str(a), "--jobs", "2", "-f", "jsonl")
    assert r.exit_code == 0, r.stderr
    docs = lines(r.stdout)
    assert [d["source"] for d in docs] == [str(b), str(a)]
    for d in docs:
        assert_spans_exact(d["text"], d["paragraphs"] + d["sentences"] + d["tokens"] + d["quotes"])


def test_folder_recursive_sorted_and_hidden_skipped(corpus: Path) -> None:
    r = run("quotes", str(corpus), "--jobs", "2", "-f", "jsonl")
    assert r.exit_code == 0, r.stderr
    sources = [d["source"] for d in lines(r.stdout)]
    assert len(sources) == 12 and not any(".hidden" in s or s.endswith(".md") for s in sources)
    assert sources == [str(corpus / "a" / f"{n:02d}.txt") for n in range(5)] + \
        [str(corpus / "b/c" / f"{n:02d}.txt") for n in range(5, 12)]


def test_stdin_text() -> None:
    r = run("parse", "-", "-f", "json", input=article(3).encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source"] == "-" and doc["text"] == article(3) and doc["quotes"]


def test_jsonl_file_keeps_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    rows = [json.dumps({"id": f"n{n}", "body": article(n), "url": "x"}, ensure_ascii=False) for n in range(4)]
    rows.insert(2, "{not json")
    rows.insert(4, json.dumps({"id": 7, "title": "بلا نص"}))
    f.write_text("\n".join(rows) + "\n\n", encoding="utf-8")
    errs = tmp_path / "errors.jsonl"
    r = run("parse", str(f), "--input-format", "jsonl", "--text-field", "body", "--jobs", "2", "-f", "jsonl",
            "--errors", str(errs))
    assert r.exit_code == 1
    docs = lines(r.stdout)
    assert [d["id"] for d in docs] == ["n0", "n1", "n2", "n3"]
    assert all(d["source"] == str(f) for d in docs)
    for d in docs:
        assert_spans_exact(d["text"], d["sentences"] + d["tokens"] + d["quotes"])
    assert docs[0]["text"] == article(0)
    errors = error_lines(r.stderr)
    assert len(errors) == 2
    assert f"{f}:3: not a JSON object" in errors[0] and f"{f}:5: text field 'body' is missing" in errors[1]
    recorded = lines(errs.read_text(encoding="utf-8"))
    assert [(e["source"], e["line"], e["id"]) for e in recorded] == [(str(f), 3, None), (str(f), 5, "7")]


def test_jsonl_folder_and_missing_file(tmp_path: Path) -> None:
    d = tmp_path / "feeds"
    (d / "2018").mkdir(parents=True)
    for name, n in (("a.jsonl", 0), ("2018/b.ndjson", 1)):
        (d / name).write_text(json.dumps({"text": article(n), "id": name}, ensure_ascii=False) + "\n", encoding="utf-8")
    (d / "notes.txt").write_text("ليس JSON", encoding="utf-8")
    r = run("quotes", str(d), str(tmp_path / "absent.jsonl"), "--input-format", "jsonl", "-f", "jsonl", "-q")
    assert r.exit_code == 1
    assert [x["id"] for x in lines(r.stdout)] == ["a.jsonl", "2018/b.ndjson"]  # a folder's files, then its folders
    assert error_lines(r.stderr) == [f"Error: {tmp_path / 'absent.jsonl'}: no such file"]


def test_jsonl_from_stdin_quotes() -> None:
    data = "".join(json.dumps({"text": article(n), "id": n}, ensure_ascii=False) + "\n" for n in range(3))
    r = run("quotes", "-", "--input-format", "jsonl", "-f", "jsonl", input=data.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    docs = lines(r.stdout)
    assert [d["id"] for d in docs] == ["0", "1", "2"]
    assert all(d["schema"] == "newscli.quotes/1" and d["quotes"] for d in docs)


def test_trec_file_detected_with_exact_offsets(tmp_path: Path) -> None:
    f = tmp_path / "wire.txt"  # a .txt name: TREC is detected by its content
    f.write_text(trec(("AR-1", "عنوان الخبر الأول", article(1)), ("AR-2", "عنوان الخبر الثاني", article(2))),
                 encoding="utf-8")
    r = run("parse", str(f), "-f", "jsonl", "--jobs", "2")
    assert r.exit_code == 0, r.stderr
    docs = lines(r.stdout)
    assert [d["id"] for d in docs] == ["AR-1", "AR-2"]
    for d, n in zip(docs, (1, 2)):
        assert d["source"] == str(f)
        assert d["title"]["text"] == ("عنوان الخبر الأول" if n == 1 else "عنوان الخبر الثاني")
        assert d["text"] == f"{d['title']['text']}\n\n{article(n).rstrip()}"
        assert "<" not in d["text"] and "example.org" not in d["text"]
        assert_spans_exact(d["text"], [d["title"]] + d["paragraphs"] + d["sentences"] + d["tokens"] + d["quotes"])
        assert d["quotes"]


def test_trec_headline_paragraphs_entities_and_broken_docs(tmp_path: Path) -> None:
    f = tmp_path / "gigaword.sgml"
    f.write_text('<DOC id="AFA_1" type="story" >\n<HEADLINE>\nالسلام &amp; التنمية\n</HEADLINE>\n<TEXT>\n'
                 "<P>\nوقال الوزير سامي حداد إن\nالمحادثات كانت مثمرة.\n</P>\n<P>\nفقرة ثانية.\n</P>\n</TEXT>\n</DOC>\n"
                 "<DOC>\n<DOCNO>NO-TEXT</DOCNO>\n<TITLE>بلا نص</TITLE>\n</DOC>\n"
                 "<DOC>\n<DOCNO>CUT</DOCNO>\n<TEXT>\nنص مقطوع\n", encoding="utf-8")
    r = run("parse", str(f), "--input-format", "trec", "-f", "jsonl", "--jobs", "1")
    assert r.exit_code == 1
    (d,) = lines(r.stdout)
    assert d["id"] == "AFA_1"
    assert d["text"] == "السلام & التنمية\n\nوقال الوزير سامي حداد إن المحادثات كانت مثمرة.\nفقرة ثانية."
    assert d["quotes"][0]["text"] == "المحادثات كانت مثمرة"
    assert_spans_exact(d["text"], d["sentences"] + d["tokens"] + d["quotes"])
    errors = error_lines(r.stderr)
    assert len(errors) == 2 and "no <TEXT>" in errors[0] and "without its </DOC>" in errors[1]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_trec_detected_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "wire.txt"
    f.write_bytes(trec(("E-1", "عنوان", article(4))).encode(encoding))
    r = run("quotes", str(f), "-f", "jsonl")
    assert r.exit_code == 0, r.stderr
    (d,) = lines(r.stdout)
    assert d["id"] == "E-1" and d["quotes"]


def test_input_format_text_reads_markup_as_text(tmp_path: Path) -> None:
    f = tmp_path / "doc.txt"
    f.write_text(trec(("X", "عنوان", "نص.")), encoding="utf-8")
    r = run("parse", str(f), "--input-format", "text", "-f", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["text"].startswith("<DOC>")


# --- ordering ---------------------------------------------------------------------------------

def test_jobs_2_output_equals_jobs_1(corpus: Path) -> None:
    one = run("parse", str(corpus), "--jobs", "1", "-f", "jsonl", "-q")
    two = run("parse", str(corpus), "--jobs", "2", "-f", "jsonl", "-q")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 12


def test_json_format_is_one_array(corpus: Path) -> None:
    r = run("quotes", str(corpus), "--jobs", "2", "-f", "json", "-q")
    assert r.exit_code == 0
    assert len(json.loads(r.stdout)) == 12


def test_unordered_is_complete(corpus: Path) -> None:
    r = run("parse", str(corpus), "--jobs", "2", "--unordered", "-f", "jsonl", "--no-tokens", "-q")
    assert r.exit_code == 0, r.stderr
    sources = [d["source"] for d in lines(r.stdout)]
    assert sorted(sources) == sorted(str(p) for p in corpus.rglob("[0-9]*.txt")) and len(set(sources)) == 12


def test_csv_of_quotes_has_one_header(corpus: Path) -> None:
    r = run("quotes", str(corpus), "--jobs", "2", "-f", "csv", "-q")
    assert r.exit_code == 0
    rows = r.stdout.splitlines()
    assert rows[0].startswith("source,id,kind") and sum(x.startswith("source,") for x in rows) == 1
    assert len(rows) > 12


def test_csv_rows_of_jsonl_documents_name_their_id(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text("".join(json.dumps({"text": article(n), "id": f"d{n}"}, ensure_ascii=False) + "\n"
                         for n in range(2)), encoding="utf-8")
    r = run("quotes", str(f), "--input-format", "jsonl", "-f", "csv", "-q")
    assert r.exit_code == 0
    sources = {row.split(",")[0] for row in r.stdout.splitlines()[1:]}
    assert sources == {f"{f}#d0", f"{f}#d1"}


def test_speakers_aggregate_over_folder(corpus: Path) -> None:
    one = run("speakers", str(corpus), "--jobs", "1", "-f", "json", "-q")
    two = run("speakers", str(corpus), "--jobs", "2", "-f", "json", "-q")
    assert one.exit_code == 0 and one.stdout == two.stdout
    rows = json.loads(one.stdout)
    assert rows[0]["quotes"] >= rows[-1]["quotes"] and {"name", "type", "titles", "quotes", "articles"} <= set(rows[0])


# --- --out-dir: atomic, mirrored --------------------------------------------------------------

def test_out_dir_mirrors_tree_atomically(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = run("parse", str(corpus), "--out-dir", str(out), "--jobs", "2")
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [f"a/{n:02d}.txt.json" for n in range(5)] + [f"b/c/{n:02d}.txt.json" for n in range(5, 12)]
    assert not list(out.rglob("*.tmp"))
    doc = json.loads((out / "b/c/07.txt.json").read_text(encoding="utf-8"))
    assert doc["source"] == str(corpus / "b/c/07.txt") and doc["text"] == article(7)


def test_out_dir_containers_hold_arrays(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/wire.txt").write_text(trec(("A", "أ", article(1)), ("B", "ب", article(2))), encoding="utf-8")
    feed = tmp_path / "in/feed.jsonl"
    feed.write_text(json.dumps({"text": article(3), "id": "z"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = run("quotes", str(tmp_path / "in/wire.txt"), "--out-dir", str(out), "-q")
    assert r.exit_code == 0, r.stderr
    assert [d["id"] for d in json.loads((out / "wire.txt.json").read_text(encoding="utf-8"))] == ["A", "B"]
    r = run("quotes", str(feed), "--input-format", "jsonl", "--out-dir", str(out), "-q")
    assert r.exit_code == 0, r.stderr
    assert json.loads((out / "feed.jsonl.json").read_text(encoding="utf-8"))[0]["id"] == "z"


def test_failing_write_leaves_no_partial_file(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.replace

    def flaky(src: str | os.PathLike, dst: str | os.PathLike) -> None:
        if str(dst).endswith("03.txt.json"):
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(batch.os, "replace", flaky)
    out = tmp_path / "out"
    errs = tmp_path / "errors.jsonl"
    r = run("parse", str(corpus), "--out-dir", str(out), "--jobs", "1", "--errors", str(errs))
    assert r.exit_code == 1
    (err,) = error_lines(r.stderr)
    assert "03.txt" in err and "cannot write" in err and "No space left" in err
    assert not (out / "a/03.txt.json").exists()
    assert len(list(out.rglob("*.json"))) == 11 and not list(out.rglob("*.tmp"))
    assert lines(errs.read_text(encoding="utf-8"))[0]["type"] == "OutputError"
    assert "11 documents" in r.stderr.splitlines()[-1] and "1 failed" in r.stderr.splitlines()[-1]


def test_out_dir_that_is_a_file_is_usage_error(tmp_path: Path, corpus: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    assert run("parse", str(corpus), "--out-dir", str(f)).exit_code == 2


# --- --resume ---------------------------------------------------------------------------------

def test_resume_skips_done_inputs_and_redoes_newer_ones(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run("parse", str(corpus), "--out-dir", str(out), "--jobs", "2", "-v")
    assert first.exit_code == 0 and first.stderr.count("newscli: done ") == 12
    second = run("parse", str(corpus), "--out-dir", str(out), "--jobs", "2", "--resume", "-v")
    assert second.exit_code == 0
    assert second.stderr.count("newscli: skipped ") == 12 and "newscli: done " not in second.stderr
    assert "0 documents" in second.stderr and "12 inputs skipped" in second.stderr
    changed = corpus / "b/c/09.txt"
    changed.write_text(article(42), encoding="utf-8")
    later = (out / "b/c/09.txt.json").stat().st_mtime + 10
    os.utime(changed, (later, later))
    third = run("parse", str(corpus), "--out-dir", str(out), "--jobs", "2", "--resume", "-v")
    done = [x for x in third.stderr.splitlines() if x.startswith("newscli: done ")]
    assert len(done) == 1 and "09.txt" in done[0]
    assert json.loads((out / "b/c/09.txt.json").read_text(encoding="utf-8"))["text"] == article(42)


def test_resume_redoes_outputs_of_another_command(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("quotes", str(corpus), "--out-dir", str(out), "-q").exit_code == 0
    r = run("parse", str(corpus), "--out-dir", str(out), "--resume", "-v")
    assert r.stderr.count("newscli: done ") == 12


def test_resume_needs_a_destination(corpus: Path) -> None:
    r = run("parse", str(corpus), "--resume")
    assert r.exit_code == 2 and "--resume needs --out-dir or --db" in r.stderr


def test_speakers_resume_counts_skipped_inputs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    full = run("speakers", str(corpus), "-f", "json", "-q", "--out-dir", str(out))
    resumed = run("speakers", str(corpus), "-f", "json", "-q", "--out-dir", str(out), "--resume")
    assert full.exit_code == resumed.exit_code == 0
    assert json.loads(resumed.stdout) == json.loads(full.stdout)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_interrupted_run_resumes_without_doing_anything_twice(tmp_path: Path, signum: int) -> None:
    """Stopped half-way: no partial file; --resume finishes, every output valid, none done twice."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    text = "".join(article(n) for n in range(4))
    for n in range(300):
        (corpus / f"{n:03d}.txt").write_text(f"{n}\n\n{text}", encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "newscli", "parse", str(corpus), "--out-dir", str(out), "--jobs", "2", "-v"]
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSCLI_CONFIG", "NEWSCLI_BIDI")}
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.rglob("*.json"))) < 30:
        time.sleep(0.01)
    p.send_signal(signum)
    _, err1 = p.communicate(timeout=60)
    assert p.returncode == 128 + signum, err1
    assert f"Error: interrupted ({signal.Signals(signum).name})" in err1 and "--resume" in err1
    assert not list(out.rglob("*.tmp"))
    written = {p.name for p in out.glob("*.json")}
    assert 30 <= len(written) < 300
    for f in out.glob("*.json"):
        json.loads(f.read_text(encoding="utf-8"))
    r = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    done = {Path(x.split(" -> ")[1].split(" (")[0]).name for x in r.stderr.splitlines() if x.startswith("newscli: done ")}
    assert r.stderr.count("newscli: skipped ") == len(written)
    assert not done & written and len(done) + len(written) == 300
    assert len(list(out.glob("*.json"))) == 300 and not list(out.rglob("*.tmp"))
    for f in out.glob("*.json"):
        json.loads(f.read_text(encoding="utf-8"))


# --- --db -------------------------------------------------------------------------------------

def test_sqlite_schema_rerun_and_top_speakers(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.sqlite"
    r = run("parse", str(corpus), "--db", str(db), "--jobs", "2")
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    con = sqlite3.connect(db)
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "quotes", "speakers", "inputs"} <= tables
    indexes = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"quotes_document", "quotes_speaker", "speakers_name", "speakers_document"} <= indexes

    def counts() -> tuple[int, int, int]:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "quotes", "speakers"))

    before = counts()
    assert before[0] == 12 and before[1] > 12
    # offsets point into the stored text
    for text, start, end, quote in con.execute(
            "SELECT d.text, q.char_start, q.char_end, q.text FROM quotes q JOIN documents d ON d.id = q.document_id"):
        assert text[start:end] == quote
    # a rerun replaces rows instead of adding them
    assert run("quotes", str(corpus), "--db", str(db), "-q").exit_code == 0
    assert counts() == before
    # the README's query gives what `newscli speakers` gives
    top = con.execute(TOP_SPEAKERS_SQL).fetchall()
    rows = json.loads(run("speakers", str(corpus), "-f", "json", "-q").stdout)
    assert top == [(r["name"], r["type"], r["quotes"], r["articles"]) for r in rows[:20]]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert TOP_SPEAKERS_SQL in readme
    con.close()


def test_sqlite_resume_and_changed_input(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    assert run("parse", str(corpus), "--db", str(db), "-q").exit_code == 0
    r = run("parse", str(corpus), "--db", str(db), "--resume", "-v")
    assert r.stderr.count("newscli: skipped ") == 12
    f = corpus / "a/02.txt"
    f.write_text(article(2) + "وقال سامي حداد إن العمل مستمر.\n", encoding="utf-8")
    os.utime(f, (time.time() + 5, time.time() + 5))
    r = run("parse", str(corpus), "--db", str(db), "--resume", "-v")
    assert r.stderr.count("newscli: done ") == 1
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 12
    assert con.execute("SELECT COUNT(*) FROM documents WHERE text LIKE '%العمل مستمر%'").fetchone()[0] == 1
    con.close()


def test_sqlite_keeps_ids_of_container_documents(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": article(n), "id": f"x{n}"}, ensure_ascii=False) + "\n"
                            for n in range(3)), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    for _ in range(2):
        assert run("quotes", str(feed), "--input-format", "jsonl", "--db", str(db), "-q").exit_code == 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT doc_key, doc_id FROM documents ORDER BY id").fetchall() == \
        [("1", "x0"), ("2", "x1"), ("3", "x2")]
    con.close()


# --- failures, exit codes, reporting ----------------------------------------------------------

def test_failures_are_counted_and_recorded(corpus: Path, tmp_path: Path) -> None:
    (corpus / "a/bad.txt").write_bytes(PNG)
    errs = tmp_path / "errors.jsonl"
    r = run("parse", str(corpus), str(tmp_path / "absent.txt"), "--jobs", "2", "-f", "jsonl", "--errors", str(errs))
    assert r.exit_code == 1
    assert len(lines(r.stdout)) == 12
    errors = error_lines(r.stderr)
    assert len(errors) == 2 and "bad.txt: binary file" in errors[0] and "absent.txt: no such file" in errors[1]
    recorded = lines(errs.read_text(encoding="utf-8"))
    assert [e["type"] for e in recorded] == ["DecodeError", "InputError"]
    assert recorded[0]["source"] == str(corpus / "a/bad.txt")
    summary = r.stderr.splitlines()[-1]
    assert summary.startswith("newscli: 12 documents, ") and ", 2 failed" in summary and " s (" in summary


def test_all_ok_exits_0_with_empty_errors_file(corpus: Path, tmp_path: Path) -> None:
    errs = tmp_path / "errors.jsonl"
    r = run("quotes", str(corpus), "--errors", str(errs), "-f", "jsonl")
    assert r.exit_code == 0 and errs.read_text() == ""


@pytest.mark.parametrize("args", [
    ["--jobs", "0"],
    ["--input-format", "xml"],
    ["--out-dir", "OUT", "-f", "csv"],
    ["--quiet", "--verbose"],
])
def test_bad_batch_usage_exits_2(corpus: Path, tmp_path: Path, args: list[str]) -> None:
    args = [str(tmp_path / "o") if a == "OUT" else a for a in args]
    r = run("quotes", str(corpus), *args)
    assert r.exit_code == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_summary_line_and_quiet(corpus: Path, tmp_path: Path) -> None:
    r = run("parse", str(corpus), "-f", "jsonl", "--no-tokens")
    assert r.stderr.splitlines() == [r.stderr.strip()] and r.stderr.startswith("newscli: 12 documents")
    assert run("parse", str(corpus), "-f", "jsonl", "-q").stderr == ""
    single = run("parse", str(corpus / "a/00.txt"), "-f", "jsonl")
    assert single.exit_code == 0 and single.stderr == ""
    assert run("parse", str(corpus / "a/00.txt"), "--out-dir", str(tmp_path / "o")).stderr.startswith("newscli: 1 document,")


def test_no_progress_when_stderr_is_not_a_terminal(corpus: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSCLI_CONFIG", "NEWSCLI_BIDI")}
    r = subprocess.run([sys.executable, "-m", "newscli", "parse", str(corpus), "--out-dir", str(tmp_path / "o")],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("newscli: 12 documents")
    assert "\x1b" not in r.stderr and "\r" not in r.stderr and "ETA" not in r.stderr


def test_progress_bar_when_asked(corpus: Path) -> None:
    import io

    err = io.StringIO()
    opts = batch.BatchOptions(command="quotes", fmt="jsonl", jobs=1, progress=True)
    summary = batch.run([str(corpus)], Config(), opts, out=io.StringIO(), stderr=err)
    assert summary.documents == 12 and summary.failed == 0
    assert err.getvalue().rstrip().endswith(summary.line())
