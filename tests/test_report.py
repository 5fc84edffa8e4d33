"""newscli.report (the HTML page), the `report` command, the highlighted text under `parse` tables,
and the page in a real headless Chromium."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE, DATA
from newscli.cli import app
from newscli.models import Cue, Document, Quote, Span, Speaker, SpeakerRef
from newscli.pipeline import parse
from newscli.render import Display, highlighted_paragraphs
from newscli.report import CUE, MENTION, QUOTE, Mark, build_report, segments

ARTICLE2 = DATA / "article2_ar.txt"
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Page(HTMLParser):
    """Collects what the tests look at: text per quote, cue and mention, the article text, ids, links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, Optional[str]]]] = []
        self.quotes: dict[str, str] = defaultdict(str)     # "d1-q1" -> highlighted text
        self.cues: dict[str, str] = defaultdict(str)
        self.mentions: dict[str, str] = defaultdict(str)   # "d1 3:9" -> text
        self.texts: dict[str, str] = defaultdict(str)      # article id -> its text container's text
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tags: list[tuple[str, dict[str, Optional[str]]]] = []
        self.doc = ""
        self.all_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            assert a["id"] not in self.ids, f"duplicate id {a['id']}"
            self.ids.add(a["id"])
        if a.get("href"):
            self.hrefs.append(a["href"])
        if a.get("src"):
            self.srcs.append(a["src"])
        if tag == "section" and "doc" in (a.get("class") or "").split():
            self.doc = a["id"] or ""
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        self.tags.append((tag, dict(attrs)))
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data: str) -> None:
        self.all_text += data
        in_script = any(t in ("script", "style") for t, _ in self.stack)
        if in_script:
            return
        for tag, a in self.stack:
            cls = (a.get("class") or "").split()
            if tag == "mark" and "q" in cls and a.get("data-q"):
                self.quotes[f"{self.doc}-{a['data-q']}"] += data
            elif tag == "span" and "cue" in cls and a.get("data-q"):
                self.cues[f"{self.doc}-{a['data-q']}"] += data
            elif tag == "span" and "m" in cls and a.get("data-at"):
                self.mentions[f"{self.doc} {a['data-at']}"] += data
            elif tag == "div" and "text" in cls:
                self.texts[self.doc] += data


def page_of(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    assert not p.stack, f"unclosed elements: {[t for t, _ in p.stack]}"
    return p


def assert_highlights_exact(p: Page, docs: list[Document]) -> None:
    """Each quote's, cue's and mention's highlighted text is exactly text[start:end]; the article is whole."""
    for n, doc in enumerate(docs, 1):
        d = f"d{n}"
        assert p.texts[d] == doc.text
        for q in doc.quotes:
            assert p.quotes[f"{d}-{q.id}"] == doc.text[q.start:q.end] == q.text
            if q.cue:
                assert p.cues[f"{d}-{q.id}"] == doc.text[q.cue.start:q.cue.end]
        for sp in doc.speakers:
            for m in sp.mentions:
                assert p.mentions[f"{d} {m.start}:{m.end}"] == doc.text[m.start:m.end]
    assert len(p.quotes) == sum(len(d.quotes) for d in docs)


def doc_of(path: Path) -> Document:
    return parse(path.read_text(encoding="utf-8"), source=str(path))


def made_up() -> Document:
    """A document built by hand with every kind of overlap the renderer must survive."""
    text = "عنوان الخبر\n\nقال الوزير أحمد سالم إن «الحل قريب جدا» اليوم.\r\nوأضاف سالم: «نحن\nمستعدون» & <ok>.\n"

    def span(s: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return Span(i, i + len(s), s)

    m_full = span("الوزير أحمد سالم")          # a mention holding another one
    m_inner = span("أحمد سالم")
    m_cross = span("جدا» اليوم")               # a mention that leaves the quote
    m_late = span("سالم", 1)
    q1s, q2s = span("الحل قريب جدا"), span("نحن\nمستعدون")   # the second one spans two paragraphs
    s1 = Speaker("s1", "أحمد سالم", "person", ("الوزير",), "male", (m_full, m_late), 2)
    s2 = Speaker("s2", "سالم & <b>", "person", (), None, (m_inner, m_cross), 1)
    ref1 = SpeakerRef("s1", s1.name, "person", m_full)
    cue_in = span("قريب")                      # a cue inside its quote
    q1 = Quote("q1", "direct", q1s.start, q1s.end, q1s.text, Cue(cue_in.start, cue_in.end, cue_in.text, "قرب"),
               ref1, 1, (SpeakerRef("s2", s2.name, "person", m_inner),))
    cue2 = span("وأضاف")
    q2 = Quote("q2", "direct", q2s.start, q2s.end, q2s.text, Cue(cue2.start, cue2.end, cue2.text, "أضاف"),
               SpeakerRef("s1", s1.name, "person", m_late), 2)
    cue3 = span("إن")
    q3s = span("<ok>")
    q3 = Quote("q3", "indirect", q3s.start, q3s.end, q3s.text, Cue(cue3.start, cue3.end, cue3.text, "إن"), None, 3)
    paras = tuple(span(s) for s in ("عنوان الخبر", "قال الوزير أحمد سالم إن «الحل قريب جدا» اليوم.",
                                    "وأضاف سالم: «نحن", "مستعدون» & <ok>."))
    return Document("made-up.txt", "utf-8", text, paras[0], paras, (), (), (q1, q2, q3), (s1, s2))


# --- segments ----------------------------------------------------------------------------------

def mk(start: int, end: int, layer: int, key: str = "x") -> Mark:
    return Mark(start, end, layer, key, "0")


@pytest.mark.parametrize(("marks", "expected"), [
    ([], [(0, 10, [])]),
    ([mk(2, 5, QUOTE)], [(0, 2, []), (2, 5, [QUOTE]), (5, 10, [])]),
    # a mention that starts inside a quote and ends after it
    ([mk(0, 6, QUOTE), mk(4, 8, MENTION)], [(0, 4, [QUOTE]), (4, 6, [QUOTE, MENTION]), (6, 8, [MENTION]),
                                            (8, 10, [])]),
    # a cue inside a mention inside a quote: outer first
    ([mk(5, 6, CUE), mk(0, 10, QUOTE), mk(3, 7, MENTION)],
     [(0, 3, [QUOTE]), (3, 5, [QUOTE, MENTION]), (5, 6, [QUOTE, MENTION, CUE]), (6, 7, [QUOTE, MENTION]),
      (7, 10, [QUOTE])]),
    # two mentions crossing each other
    ([mk(1, 5, MENTION, "a"), mk(3, 8, MENTION, "b")],
     [(0, 1, []), (1, 3, [MENTION]), (3, 5, [MENTION, MENTION]), (5, 8, [MENTION]), (8, 10, [])]),
])
def test_segments_split_at_every_boundary(marks: list[Mark], expected: list) -> None:
    got = [(a, b, [m.layer for m in active]) for a, b, active in segments(marks, 0, 10)]
    assert got == expected


def test_segments_keep_the_outer_mark_first() -> None:
    outer, inner = mk(0, 8, MENTION, "a"), mk(2, 4, MENTION, "b")
    pieces = list(segments([inner, outer], 0, 8))
    assert [[m.key for m in act] for _, _, act in pieces] == [["a"], ["a", "b"], ["a"]]


# --- the page ----------------------------------------------------------------------------------

def test_single_article_page_parses_and_highlights_exactly() -> None:
    doc = doc_of(ARTICLE)
    assert doc.quotes and doc.speakers
    html = build_report([doc])
    p = page_of(html)
    assert_highlights_exact(p, [doc])
    assert ("div", {"class": "text", "dir": "rtl", "lang": "ar"}) in p.tags
    assert "index" not in p.ids and "chart" not in p.ids   # one article: no index, no chart


def test_overlapping_spans_and_crlf_are_exact() -> None:
    doc = made_up()
    p = page_of(build_report([doc]))
    assert_highlights_exact(p, [doc])
    assert "\r" in p.texts["d1"]                           # written as &#13;, so browsers keep it too
    # the quote across two paragraphs is one tab stop; its second piece points to the first
    pieces = [a for t, a in p.tags if t == "mark" and a.get("data-q") == "q2"]
    assert len(pieces) == 3 and [a.get("tabindex") for a in pieces] == ["0", None, None]
    assert all(a["data-ref"] == "d1-q2" for a in pieces[1:])
    # a quote with a co-speaker belongs to both; a quote with nobody is marked so
    q1 = next(a for t, a in p.tags if t == "mark" and a.get("id") == "d1-q1")
    assert q1["data-s"] == "s1 s2" and "speaker: أحمد سالم + سالم & <b>" in q1["title"]
    q3 = next(a for t, a in p.tags if t == "mark" and a.get("id") == "d1-q3")
    assert q3["data-s"] == "_none" and "c_none" in q3["class"]


def test_quote_description_names_speaker_kind_and_cue() -> None:
    doc = doc_of(ARTICLE)
    p = page_of(build_report([doc]))
    for q in doc.quotes:
        a = next(a for t, a in p.tags if t == "mark" and a.get("id") == f"d1-{q.id}")
        assert a["tabindex"] == "0" and a["data-kind"] == q.kind
        assert a["title"].splitlines() == [f"speaker: {q.speaker.name if q.speaker else 'unknown'}",
                                           f"kind: {q.kind}", f"cue: {q.cue.text if q.cue else '— (colon)'}"]


def test_text_is_escaped() -> None:
    text = ("خبر عن <script>alert(1)</script>\n\n"
            "وقال الوزير خالد العمري إن «<script>alert(2)</script> & <img src=x onerror=alert(3)>».\n")
    doc = parse(text, source='<b>"x".txt')
    html = build_report([doc], title="<i>title</i>")
    p = page_of(html)
    assert html.count("<script") == 1                      # ours, at the end
    assert "<img" not in html and "<b>" not in html and "<i>" not in html
    assert p.texts["d1"] == text
    assert "<script>alert(1)</script>" in p.all_text and "<i>title</i>" in p.all_text
    assert_highlights_exact(p, [doc])


def test_speaker_list_names_titles_and_counts() -> None:
    doc = doc_of(ARTICLE)
    p = page_of(build_report([doc]))
    buttons = {a["data-s"]: a for t, a in p.tags if t == "button" and "sp" in (a.get("class") or "")}
    assert set(buttons) == {sp.id for sp in doc.speakers}
    html = build_report([doc])
    for sp in doc.speakers:
        assert buttons[sp.id]["aria-pressed"] == "false" and buttons[sp.id]["type"] == "button"
        assert (f'<span class="nm" lang="ar">{sp.name}</span><span class="cnt">{sp.quotes}'
                '<span class="vh" lang="en"> quotes</span>') in html
        for title in sp.titles:
            assert title in html


def test_page_needs_no_network() -> None:
    html = build_report([doc_of(ARTICLE), doc_of(ARTICLE2)])
    p = page_of(html)
    assert not p.srcs
    assert all(h.startswith("#") for h in p.hrefs)
    assert not any(t in ("link", "img", "iframe", "object", "embed") for t, _ in p.tags)
    assert "@import" not in html and "url(" not in html and "@font-face" not in html
    assert "prefers-color-scheme:dark" in html             # and a dark scheme


def test_several_articles_give_index_chart_and_speaker_sections() -> None:
    docs = [doc_of(ARTICLE), doc_of(ARTICLE2), made_up()]
    html = build_report(docs)
    p = page_of(html)
    assert_highlights_exact(p, docs)
    assert {"index", "chart", "speakers", "d1", "d2", "d3"} <= p.ids
    # every link lands somewhere on the page
    assert all(h[1:] in p.ids for h in p.hrefs), [h for h in p.hrefs if h[1:] not in p.ids]
    # index: one row per article with its counts
    for n, doc in enumerate(docs, 1):
        assert f'<tr><td class="num">{n}</td><td><a href="#d{n}"' in html
        kinds = [sum(q.kind == k for q in doc.quotes) for k in ("direct", "indirect", "mixed")]
        row = html.split(f'<tr><td class="num">{n}</td>', 1)[1].split("</tr>", 1)[0]
        nums = [int(x.split("<")[0]) for x in row.split('<td class="num">')[1:]]
        assert nums == [len(doc.quotes), *kinds, len(doc.speakers), len(doc.warnings)]
    # chart: an SVG bar per quoted speaker, most quoted first, each a link to that speaker's quotes
    bars = [a for t, a in p.tags if t == "a" and a.get("href", "").startswith("#sp-")]
    assert [t for t, _ in p.tags].count("svg") == 1 and bars
    counts = [int(b["aria-label"].rsplit(": ", 1)[1].split()[0]) for b in bars]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2      # most quoted first
    quoted = {(r.name, r.type) for d in docs for q in d.quotes for r in ([q.speaker] if q.speaker else [])
              + list(q.co_speakers)}
    assert len(bars) == len(quoted)
    assert all(b["href"][1:] in p.ids for b in bars)


def test_no_documents_is_an_empty_page() -> None:
    p = page_of(build_report([]))
    assert "No documents." in p.all_text


# --- the command -------------------------------------------------------------------------------

def run(*args: str, input: Optional[str] = None):  # noqa: A002
    return CliRunner().invoke(app, list(args), input=input)


def test_report_command_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = run("report", str(ARTICLE), "-o", str(out))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == "" and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert_highlights_exact(page_of(out.read_text(encoding="utf-8")), [doc_of(ARTICLE)])


def test_report_command_folder_glob_and_stdout(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(ARTICLE, d / "a.txt")
    shutil.copy(ARTICLE2, d / "b.text")
    r = run("report", str(d), "--glob", "*.txt,*.text")   # stdout is no terminal here: the page goes there
    assert r.exit_code == 0, r.stderr
    p = page_of(r.stdout)
    assert {"d1", "d2", "index", "chart"} <= p.ids


def test_report_command_goes_on_after_a_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = run("report", str(tmp_path / "missing.txt"), str(ARTICLE), "-o", str(out))
    assert r.exit_code == 1 and "missing.txt" in r.stderr
    assert out.exists() and "d1" in page_of(out.read_text(encoding="utf-8")).ids


def test_report_command_writes_nothing_when_every_input_fails(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    r = run("report", str(tmp_path / "missing.txt"), "-o", str(out))
    assert r.exit_code == 1 and r.stderr.startswith("Error: ") and not out.exists()


def test_report_command_refuses_a_folder_as_output(tmp_path: Path) -> None:
    r = run("report", str(ARTICLE), "-o", str(tmp_path))
    assert r.exit_code == 2 and "folder" in r.stderr


def test_report_command_reports_an_unwritable_output(tmp_path: Path) -> None:
    r = run("report", str(ARTICLE), "-o", str(tmp_path / "no" / "such" / "r.html"))
    assert r.exit_code == 1 and r.stderr.startswith("Error: ") and "cannot write" in r.stderr
    assert "Traceback" not in r.stderr


def test_report_command_reads_stdin_and_options(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    src = tmp_path / "a.txt"
    src.write_bytes("خبر\n\nوقال الوزير خالد العمري إن الخطة جاهزة.\n".encode("cp1256"))
    r = run("report", str(src), "--encoding", "cp1256", "--max-bytes", "100000", "-o", str(out), "--title", "T")
    assert r.exit_code == 0, r.stderr
    assert "<title>T</title>" in out.read_text(encoding="utf-8")
    r = run("report", "-", "-o", str(out), input=ARTICLE.read_text(encoding="utf-8"))
    assert r.exit_code == 0 and "standard input" in out.read_text(encoding="utf-8")


# --- the terminal ------------------------------------------------------------------------------

def test_parse_table_shows_the_highlighted_text() -> None:
    r = run("parse", str(ARTICLE), "--format", "table")
    assert r.exit_code == 0, r.stderr
    tail = r.stdout.split("quotes in their speaker's colour", 1)[1]
    doc = doc_of(ARTICLE)
    assert doc.paragraphs[-1].text.split()[-1] in tail and doc.speakers[0].name in tail


def test_terminal_paragraphs_style_the_quotes_by_offsets() -> None:
    doc = made_up()
    texts = highlighted_paragraphs(doc, Display(False), 80)
    assert [t.plain for t in texts] == [p.text for p in doc.paragraphs]
    for t, para in zip(texts, doc.paragraphs):
        for q in doc.quotes:
            a, b = max(q.start, para.start) - para.start, min(q.end, para.end) - para.start
            for i in range(a, b):
                st = t.get_style_at_offset(_console(), i)
                assert st.color is not None or st.italic, (q.id, i)
        for i, ch in enumerate(para.text):
            inside = any(q.start <= para.start + i < q.end for q in doc.quotes)
            inside |= any(m.start <= para.start + i < m.end for sp in doc.speakers for m in sp.mentions)
            if not inside:
                assert t.get_style_at_offset(_console(), i).color is None, (i, ch)


def _console():
    from rich.console import Console

    return Console(width=80, color_system="truecolor", force_terminal=True)


def test_terminal_bidi_lines_are_reordered_with_their_styles() -> None:
    from bidi import get_display

    from newscli.render import _reshape_same_length, _wrap

    doc = doc_of(ARTICLE)
    con = _console()
    texts = [t for t in highlighted_paragraphs(doc, Display(True), 60) if t.plain]
    lines = [(p, a, b) for p in doc.paragraphs for a, b in _wrap(doc.text, p.start, p.end, 60)]
    assert len(texts) == len(lines)
    in_quote = {i for q in doc.quotes for i in range(q.start, q.end)}
    in_mention = {i for sp in doc.speakers for m in sp.mentions for i in range(m.start, m.end)}
    for t, (p, a, b) in zip(texts, lines):
        shaped = _reshape_same_length(p.text)[a - p.start:b - p.start]
        # the line shows what the bidi algorithm shows for the whole line ...
        assert t.plain == get_display(shaped.rstrip(), base_dir="R")
        # ... and its letters carry the styles of their offsets
        quoted = sorted(shaped[i - a] for i in range(a, b) if i in in_quote and i not in in_mention
                        and shaped[i - a].isalpha())
        bold = sorted(shaped[i - a] for i in range(a, b) if i in in_mention and shaped[i - a].isalpha())
        styles = [t.get_style_at_offset(con, i) for i in range(len(t.plain))]
        assert sorted(c for c, st in zip(t.plain, styles) if c.isalpha() and st.color and not st.bold) == quoted
        assert sorted(c for c, st in zip(t.plain, styles) if c.isalpha() and st.bold) == bold


# --- a real browser ----------------------------------------------------------------------------

CHROMIUM = os.environ.get("NEWSCLI_CHROMIUM") or next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian: apt-get install "
                                    "chromium; or set NEWSCLI_CHROMIUM): the browser test cannot run")


def chromium(tmp_path: Path, url: str, *args: str) -> str:
    """Headless Chromium with no network, a throwaway profile and no background services."""
    assert CHROMIUM is not None
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-extensions", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
           f"--user-data-dir={tmp_path / 'profile'}", *args, url]
    # bytes, not text=True: universal newlines would turn the page's CRs into LFs
    r = subprocess.run(cmd, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-2000:]
    return r.stdout.decode("utf-8")


@needs_chromium
def test_report_in_headless_chromium(tmp_path: Path) -> None:
    docs = [doc_of(ARTICLE), doc_of(ARTICLE2), made_up()]
    page = tmp_path / "report.html"
    page.write_text(build_report(docs), encoding="utf-8")
    url = page.as_uri()

    # 1. The DOM after the script ran: every quote highlighted and described, articles right-to-left.
    dom = chromium(tmp_path, url, "--dump-dom")
    p = page_of(dom)
    total = sum(len(d.quotes) for d in docs)
    html_tag = next(a for t, a in p.tags if t == "html")
    assert html_tag.get("data-quotes") == str(total), "the page's script did not run or missed quotes"
    firsts = [a for t, a in p.tags if t == "mark" and a.get("tabindex") == "0"]
    assert len(firsts) == total
    assert all(a.get("data-tip") and "title" not in a and a.get("aria-describedby") == "tip" for a in firsts)
    texts = [a for t, a in p.tags if t == "div" and a.get("class") == "text"]
    assert len(texts) == 3 and all(a.get("dir") == "rtl" and a.get("lang") == "ar" for a in texts)
    assert_highlights_exact(p, docs)

    # 2. A link to a speaker selects them: that speaker's quotes (co-speaker ones too) are highlighted.
    dom = chromium(tmp_path, url + "#d3-s2", "--dump-dom")
    p = page_of(dom)
    sec = next(a for t, a in p.tags if t == "section" and a.get("id") == "d3")
    assert "filtering" in sec["class"].split() and sec.get("data-selected") == "s2"
    selected = {a["data-q"] for t, a in p.tags if t == "mark" and "sel" in (a.get("class") or "").split()}
    assert selected == {"q1"}
    assert ("button", "true") in {(t, a.get("aria-pressed")) for t, a in p.tags if a.get("id") == "d3-s2"}

    # 3. A screenshot: a PNG of the window size, with something drawn on it.
    shot = tmp_path / "report.png"
    chromium(tmp_path, url, f"--screenshot={shot}", "--window-size=1000,700", "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1000, 700)
    assert len(data) > 20_000, "the screenshot looks blank"
