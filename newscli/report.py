"""One self-contained HTML report of parsed documents: each article right-to-left with its quotes
highlighted in their speakers' colours, and for several articles an index and a chart.

The page needs no network: CSS, a small script and the SVG chart are inline, fonts are a
font-family stack. Every highlight is cut from ``Document.text`` by offsets, so the text of a
quote's highlight is exactly ``text[start:end]``; overlapping spans (a cue or mention inside or
across a quote, mentions inside mentions) are handled by splitting the text at every boundary.
"""
from __future__ import annotations

import html
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from . import __version__
from .errors import NewscliError
from .models import Document, Quote, SpeakerRef

#: Number of speaker colours (``.c0`` ... ``.c9`` in the CSS); speakers beyond it reuse them.
PALETTE_SIZE = 10
#: Colour index of quotes without a speaker.
NO_SPEAKER = "_none"
#: Speakers shown in the corpus chart.
CHART_TOP = 15

QUOTE, MENTION, CUE = 0, 1, 2  # nesting order: a quote holds mentions, a mention holds cues


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of a document's text: a quote, a speaker mention or a cue."""

    start: int
    end: int
    layer: int
    key: str                       # quote id for quotes and cues, speaker id for mentions
    colour: str                    # palette index as a string, or NO_SPEAKER
    quote: Optional[Quote] = None
    speaker: Optional[SpeakerRef] = None


def speaker_colours(doc: Document) -> dict[str, str]:
    """Palette index of each speaker id, in the order the document lists its speakers."""
    return {sp.id: str(i % PALETTE_SIZE) for i, sp in enumerate(doc.speakers)}


def quote_speakers(q: Quote) -> list[SpeakerRef]:
    """The speaker of a quote followed by its co-speakers (empty when nobody is named)."""
    return ([q.speaker] if q.speaker else []) + list(q.co_speakers)


def marks(doc: Document) -> list[Mark]:
    """Every quote, cue and speaker mention of a document as marks, empty spans left out."""
    colours = speaker_colours(doc)
    out: list[Mark] = []
    for q in doc.quotes:
        c = colours.get(q.speaker.id, "0") if q.speaker else NO_SPEAKER
        out.append(Mark(q.start, q.end, QUOTE, q.id, c, quote=q, speaker=q.speaker))
        if q.cue is not None:
            out.append(Mark(q.cue.start, q.cue.end, CUE, q.id, c, quote=q, speaker=q.speaker))
    seen: set[tuple[int, int, str]] = set()
    # A speaker's mentions, plus the mention each quote links to (normally among them already).
    refs = [SpeakerRef(sp.id, sp.name, sp.type, m) for sp in doc.speakers for m in sp.mentions]
    refs += [r for q in doc.quotes for r in quote_speakers(q) if r.mention is not None]
    for r in refs:
        m = r.mention
        assert m is not None
        if (m.start, m.end, r.id) in seen:
            continue
        seen.add((m.start, m.end, r.id))
        out.append(Mark(m.start, m.end, MENTION, r.id, colours.get(r.id, NO_SPEAKER), speaker=r))
    n = len(doc.text)
    return [m for m in out if 0 <= m.start < m.end <= n]


def _order(m: Mark) -> tuple[int, int, int, str]:
    # Outer marks first: quotes, then mentions (longest first), then cues. A mark that goes on
    # past a boundary keeps its place, so only marks that really cross another one are split.
    return (m.layer, m.start, -m.end, m.key)


def segments(ms: Iterable[Mark], start: int, end: int, cuts: Iterable[int] = ()
             ) -> Iterator[tuple[int, int, tuple[Mark, ...]]]:
    """Split [start, end) at every mark boundary (and at ``cuts``): (a, b, marks covering it, outer first)."""
    ms = [m for m in ms if m.start < end and m.end > start]
    bounds = {start, end}
    bounds.update(x for m in ms for x in (m.start, m.end) if start < x < end)
    bounds.update(x for x in cuts if start < x < end)
    points = sorted(bounds)
    by_start = sorted(ms, key=lambda m: m.start)
    active: list[Mark] = []
    i = 0
    for a, b in zip(points, points[1:]):
        active = [m for m in active if m.end > a]
        while i < len(by_start) and by_start[i].start <= a:
            if by_start[i].end > a:
                active.append(by_start[i])
            i += 1
        yield a, b, tuple(sorted(active, key=_order))


# --- HTML -----------------------------------------------------------------------------------------

def esc(s: str) -> str:
    """Text or attribute value escaped for HTML; a CR survives (parsers turn a raw CR into LF)."""
    return html.escape(s, quote=True).replace("\r", "&#13;")


def _safe_id(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", s)


def _excerpt(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def is_arabic(text: str) -> bool:
    """True when Arabic letters are at least as many as Latin ones (such text is shown right-to-left)."""
    return len(_ARABIC.findall(text)) >= max(1, len(_LATIN.findall(text)))


@dataclass
class _SpeakerRow:
    """One speaker across the corpus (name and type, as `newscli speakers` groups them)."""

    name: str
    type: str
    titles: list[str] = field(default_factory=list)
    quotes: list[tuple[int, Quote]] = field(default_factory=list)   # (document number, quote)
    articles: set[int] = field(default_factory=set)
    anchors: dict[int, str] = field(default_factory=dict)           # document number -> speaker id


@dataclass
class _Article:
    """What the index needs of one rendered article."""

    n: int
    heading: str
    source: str
    quotes: int
    kinds: Counter
    speakers: int
    warnings: int


class _Writer:
    """Renders one document's text as nested inline elements, block by block."""

    def __init__(self, doc: Document, n: int) -> None:
        self.doc, self.n = doc, n
        self.prefix = f"d{n}"
        self.names = {sp.id: sp.name for sp in doc.speakers}
        self.opened: set[str] = set()

    def qid(self, q: Quote) -> str:
        return f"{self.prefix}-{_safe_id(q.id)}"

    def _tip(self, q: Quote) -> str:
        who = q.speaker.name if q.speaker else "unknown"
        if q.co_speakers:
            who += " + " + " + ".join(s.name for s in q.co_speakers)
        cue = q.cue.text if q.cue else "— (colon)"
        return f"speaker: {who}\nkind: {q.kind}\ncue: {cue}"

    def open(self, m: Mark) -> str:
        if m.layer == QUOTE:
            q = m.quote
            assert q is not None
            sids = " ".join(_safe_id(r.id) for r in quote_speakers(q)) or NO_SPEAKER
            attrs = f' data-q="{esc(q.id)}" data-s="{esc(sids)}"'
            if q.id not in self.opened:
                self.opened.add(q.id)
                # Only the first piece of a quote is a tab stop and carries its description.
                attrs = (f' id="{self.qid(q)}"' + attrs + f' data-kind="{esc(q.kind)}" tabindex="0"'
                         f' title="{esc(self._tip(q))}"')
            else:
                attrs += f' data-ref="{self.qid(q)}"'
            return f'<mark class="q c{m.colour} k-{esc(q.kind)}"{attrs}>'
        if m.layer == MENTION:
            sp = m.speaker
            assert sp is not None
            name = self.names.get(sp.id, sp.name)
            return (f'<span class="m c{m.colour}" data-s="{esc(_safe_id(sp.id))}" data-at="{m.start}:{m.end}"'
                    f' title="{esc(name)}">')
        return f'<span class="cue c{m.colour}" data-q="{esc(m.key)}">'

    @staticmethod
    def close(m: Mark) -> str:
        return "</mark>" if m.layer == QUOTE else "</span>"

    def region(self, ms: list[Mark], a: int, b: int) -> str:
        """The text of [a, b) with its marks; every element opened here is closed here."""
        text = self.doc.text
        out: list[str] = []
        stack: list[Mark] = []
        for x, y, active in segments(ms, a, b):
            i = 0
            while i < len(stack) and i < len(active) and stack[i] is active[i]:
                i += 1
            out.extend(self.close(m) for m in reversed(stack[i:]))
            out.extend(self.open(m) for m in active[i:])
            stack = list(active)
            out.append(esc(text[x:y]))
        out.extend(self.close(m) for m in reversed(stack))
        return "".join(out)

    def text(self) -> str:
        """The whole text: the title as a heading, paragraphs as <p>, the whitespace between them kept."""
        doc = self.doc
        ms = marks(doc)
        out: list[str] = []
        pos = 0
        for i, p in enumerate(doc.paragraphs):
            if pos < p.start:
                out.append(self.region(ms, pos, p.start))
            body = self.region(ms, p.start, p.end)
            if doc.title is not None and i == 0 and (p.start, p.end) == (doc.title.start, doc.title.end):
                out.append(f'<h2 class="title" id="{self.prefix}-h">{body}</h2>')
            else:
                out.append(f"<p>{body}</p>")
            pos = p.end
        if pos < len(doc.text):
            out.append(self.region(ms, pos, len(doc.text)))
        return "".join(out)


def _kinds(doc: Document) -> Counter:
    return Counter(q.kind for q in doc.quotes)


def _speaker_list(doc: Document, w: _Writer) -> str:
    colours = speaker_colours(doc)
    kinds = _kinds(doc)
    items = []
    for sp in doc.speakers:
        titles = "، ".join(sp.titles)
        items.append(
            f'<li dir="rtl"><button type="button" class="sp c{colours[sp.id]}" id="{w.prefix}-{_safe_id(sp.id)}"'
            f' data-s="{esc(_safe_id(sp.id))}" aria-pressed="false">'
            f'<span class="sw" aria-hidden="true"></span>'
            f'<span class="nm" lang="ar">{esc(sp.name)}</span>'
            f'<span class="cnt">{sp.quotes}<span class="vh" lang="en"> quotes</span></span></button>'
            + (f'<div class="tt" lang="ar">{esc(titles)}</div>' if titles else "")
            + f'<div class="ty" lang="en"><bdi>{esc(sp.type)}{" · " + esc(sp.gender) if sp.gender else ""}</bdi></div></li>')
    orphans = sum(1 for q in doc.quotes if q.speaker is None)
    if orphans:
        items.append(
            f'<li><button type="button" class="sp c{NO_SPEAKER}" id="{w.prefix}-{NO_SPEAKER}" data-s="{NO_SPEAKER}"'
            f' aria-pressed="false"><span class="sw" aria-hidden="true"></span><span class="nm en">no speaker found</span>'
            f'<span class="cnt">{orphans}<span class="vh"> quotes</span></span></button></li>')
    kind_line = " · ".join(f"{k} {kinds[k]}" for k in ("direct", "indirect", "mixed") if kinds[k])
    body = f'<ul class="sps">{"".join(items)}</ul>' if items else '<p class="none">No quotes found.</p>'
    warn = ""
    if doc.warnings:
        warn = ('<details class="warn"><summary>' + f"{len(doc.warnings)} warning{'s' if len(doc.warnings) > 1 else ''}"
                "</summary><ul>" + "".join(f"<li>{esc(x.message)}</li>" for x in doc.warnings) + "</ul></details>")
    return (f'<aside class="side" aria-labelledby="{w.prefix}-sh"><h3 id="{w.prefix}-sh">Speakers</h3>'
            f'<p class="hint">Select a speaker to highlight their quotes.</p>{body}'
            + (f'<p class="kinds">{esc(kind_line)}</p>' if kind_line else "")
            + warn + '<p class="live" aria-live="polite"></p></aside>')


def render_article(doc: Document, n: int) -> tuple[str, _Article]:
    """One article as a <section>: its text with highlights and its side list of speakers."""
    w = _Writer(doc, n)
    text = w.text()
    source = os.path.basename(doc.source) if doc.source not in ("-", "") else "standard input"
    heading = doc.title.text if doc.title else source
    rtl = is_arabic(doc.text)
    lang = ' dir="rtl" lang="ar"' if rtl else ' dir="auto"'
    head = "" if doc.title else f'<h2 class="title src" id="{w.prefix}-h" dir="auto">{esc(source)}</h2>'
    kinds = _kinds(doc)
    where = doc.source if doc.source not in ("-", "") else source
    meta = (f'<p class="meta"><span dir="auto">{esc(where)}</span> · {len(doc.quotes)} quotes · '
            f'{len(doc.speakers)} speakers · {esc(doc.encoding)}</p>')
    section = (f'<section class="doc" id="{w.prefix}" aria-labelledby="{w.prefix}-h">{head}{meta}'
               f'<div class="layout"><div class="text"{lang}>{text}</div>{_speaker_list(doc, w)}</div></section>')
    return section, _Article(n, heading, source, len(doc.quotes), kinds, len(doc.speakers), len(doc.warnings))


def _index(arts: list[_Article]) -> str:
    rows = []
    for a in arts:
        rows.append(f'<tr><td class="num">{a.n}</td><td><a href="#d{a.n}" dir="auto">{esc(_excerpt(a.heading, 110))}</a>'
                    f'<div class="srcname" dir="auto">{esc(a.source)}</div></td><td class="num">{a.quotes}</td>'
                    + "".join(f'<td class="num">{a.kinds[k]}</td>' for k in ("direct", "indirect", "mixed"))
                    + f'<td class="num">{a.speakers}</td><td class="num">{a.warnings}</td></tr>')
    tot = Counter()
    for a in arts:
        tot.update(a.kinds)
    foot = (f'<tr><th scope="row" colspan="2">all articles</th><td class="num">{sum(a.quotes for a in arts)}</td>'
            + "".join(f'<td class="num">{tot[k]}</td>' for k in ("direct", "indirect", "mixed"))
            + f'<td class="num">{sum(a.speakers for a in arts)}</td><td class="num">{sum(a.warnings for a in arts)}</td></tr>')
    return ('<section class="index" id="index" aria-labelledby="index-h"><h2 id="index-h">Articles</h2>'
            '<div class="tablewrap"><table><thead><tr><th scope="col">#</th><th scope="col">article</th>'
            '<th scope="col">quotes</th><th scope="col">direct</th><th scope="col">indirect</th>'
            '<th scope="col">mixed</th><th scope="col">speakers</th><th scope="col">warnings</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody><tfoot>{foot}</tfoot></table></div></section>')


def _chart(rows: list[_SpeakerRow]) -> str:
    top = [r for r in rows if r.quotes][:CHART_TOP]
    if not top:
        return ('<section class="chart" id="chart" aria-labelledby="chart-h"><h2 id="chart-h">Most quoted speakers</h2>'
                '<p class="none">No quotes found.</p></section>')
    width, label_w, bar_h, gap, top_pad = 760, 250, 24, 8, 4
    bar_max = width - label_w - 70
    most = max(len(r.quotes) for r in top)
    height = top_pad + len(top) * (bar_h + gap)
    bars = []
    for i, r in enumerate(top):
        y = top_pad + i * (bar_h + gap)
        n = len(r.quotes)
        w = max(2, round(bar_max * n / most))
        label = f"{r.name}: {n} quotes in {len(r.articles)} article{'s' if len(r.articles) > 1 else ''}"
        bars.append(
            f'<a href="#sp-{i + 1}" aria-label="{esc(label)}"><title>{esc(label)}</title>'
            f'<rect class="hit" x="0" y="{y - gap // 2}" width="{width}" height="{bar_h + gap}"/>'
            f'<text class="lbl" x="{label_w - 10}" y="{y + bar_h // 2}" text-anchor="end" dominant-baseline="central">'
            f'{esc(_excerpt(r.name, 34))}</text>'
            f'<rect class="bar" x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="3"/>'
            f'<text class="val" x="{label_w + w + 8}" y="{y + bar_h // 2}" dominant-baseline="central">{n}</text></a>')
    return ('<section class="chart" id="chart" aria-labelledby="chart-h">'
            f'<h2 id="chart-h">Most quoted speakers</h2><p class="hint">Quotes across all articles (a statement with '
            f'several sources counts for each). Select a bar to list that speaker\'s quotes.</p>'
            f'<svg role="list" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'aria-label="Most quoted speakers" xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg></section>')


def _doc_anchor(n: int, speaker_id: Optional[str]) -> str:
    # The speaker's button in that article: following the link highlights the speaker's quotes.
    return f"#d{n}-{_safe_id(speaker_id)}" if speaker_id else f"#d{n}"


def _speaker_sections(rows: list[_SpeakerRow], headings: dict[int, str]) -> str:
    out = []
    for i, r in enumerate(rows):
        if not r.quotes:
            continue
        items = "".join(
            f'<li><a href="#d{n}-{_safe_id(q.id)}"><span dir="auto">{esc(_excerpt(q.text))}</span></a> '
            f'<span class="where">— {q.kind}, <a href="{_doc_anchor(n, r.anchors.get(n))}" dir="auto">'
            f'{esc(_excerpt(headings[n], 60))}</a></span></li>'
            for n, q in r.quotes)
        titles = "، ".join(r.titles)
        out.append(f'<section class="spk" id="sp-{i + 1}" aria-labelledby="sp-{i + 1}-h">'
                   f'<h3 id="sp-{i + 1}-h"><span dir="auto">{esc(r.name)}</span> '
                   f'<small>{len(r.quotes)} quotes · {len(r.articles)} articles · {esc(r.type)}</small></h3>'
                   + (f'<p class="tt" dir="auto">{esc(titles)}</p>' if titles else "")
                   + f'<ol dir="rtl" lang="ar">{items}</ol></section>')
    return ('<section class="byspeaker" id="speakers" aria-labelledby="speakers-h"><h2 id="speakers-h">Quotes by speaker'
            f'</h2>{"".join(out)}</section>')


def build_report(docs: Iterable[Document], *, title: Optional[str] = None) -> str:
    """The HTML page for the documents: articles with highlights; an index and a chart for several."""
    sections: list[str] = []
    arts: list[_Article] = []
    rows: dict[tuple[str, str], _SpeakerRow] = {}
    for n, doc in enumerate(docs, 1):
        # Render each document as it comes so only its HTML and a few counts stay in memory.
        section, art = render_article(doc, n)
        sections.append(section)
        arts.append(art)
        by_id = {sp.id: sp for sp in doc.speakers}
        for sp in doc.speakers:
            r = rows.setdefault((sp.name, sp.type), _SpeakerRow(sp.name, sp.type))
            r.titles.extend(t for t in sp.titles if t not in r.titles)
            r.anchors[n] = sp.id
        for q in doc.quotes:
            for ref in quote_speakers(q):
                sp = by_id.get(ref.id)
                key = (sp.name, sp.type) if sp else (ref.name, ref.type)
                r = rows.setdefault(key, _SpeakerRow(*key))
                r.quotes.append((n, q))
                r.articles.add(n)
    many = len(arts) > 1
    ranked = sorted(rows.values(), key=lambda r: (-len(r.quotes), -len(r.articles), r.name))
    page_title = title or (f"newscli report: {len(arts)} articles" if many
                           else f"newscli report: {arts[0].heading}" if arts else "newscli report")
    heading = title or (f"newscli report: {len(arts)} articles" if many else "newscli report")
    total_q = sum(a.quotes for a in arts)
    speakers_n = sum(1 for r in ranked if r.quotes)
    summary = (f"{len(arts)} article{'s' if len(arts) != 1 else ''} · {total_q} quotes · "
               f"{speakers_n} quoted speaker{'s' if speakers_n != 1 else ''}")
    parts = [f'<header class="top"><h1 dir="auto">{esc(heading)}</h1><p class="sum">{summary}</p>'
             '<p class="legend">Quotes are <mark class="q c0 demo">highlighted</mark> in their speaker\'s colour, '
             '<span class="cue c0">cues</span> underlined, <span class="m c0">speaker mentions</span> in bold. '
             'Hover or focus a quote for its speaker, kind and cue.</p></header>']
    if many:
        headings = {a.n: a.heading for a in arts}
        parts.append('<nav class="toc" aria-label="Report"><a href="#chart">Most quoted</a> · <a href="#index">Articles</a>'
                     ' · <a href="#speakers">Quotes by speaker</a></nav>')
        parts.append(_chart(ranked))
        parts.append(_index(arts))
        parts.append('<div class="articles">' + "".join(sections) + "</div>")
        parts.append(_speaker_sections(ranked, headings))
    else:
        parts.extend(sections)
        if not arts:
            parts.append('<p class="none">No documents.</p>')
    body = "".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="newscli {esc(__version__)}">'
            f'<title>{esc(page_title)}</title><style>{CSS}</style></head>\n'
            f'<body><a class="skip" href="#main">Skip to content</a><main id="main">{body}</main>'
            f'<footer>Made by newscli {esc(__version__)}. Every highlight is cut from the article by its offsets.'
            f'</footer><div id="tip" role="tooltip" hidden></div><script>{JS}</script></body></html>\n')


def save(page: str, path: Union[str, Path]) -> None:
    """Write the page as UTF-8, replacing the file only once it is complete."""
    p = Path(path)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        os.replace(tmp, p)
    except OSError as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise NewscliError(f"{path}: cannot write the report ({e.strerror or e})") from None


def _palette_css() -> str:
    # Tints keep body text above 11:1 and inks above 4.5:1 on the page and on every tint, in
    # both schemes (checked with the WCAG formula when the palette was chosen).
    light = [("#d0e4fb", "#1359aa"), ("#fbe4d0", "#8a480f"), ("#d0fbde", "#0c6a2b"), ("#edd0fb", "#8b16c5"),
             ("#fbd0d7", "#b3142e"), ("#d0f4fb", "#0d6273"), ("#fbf0d0", "#6e560c"), ("#fbd0ed", "#aa1378"),
             ("#defbd0", "#29650b"), ("#d7d0fb", "#3617cf")]
    dark = [("#283e58", "#a3c9f5"), ("#583e28", "#f2b988"), ("#285838", "#30e86e"), ("#482858", "#e1b6f7"),
            ("#582830", "#f6b1bd"), ("#285058", "#5ad4ed"), ("#584c28", "#eabf3e"), ("#582848", "#f6b1df"),
            ("#385828", "#6ee830"), ("#302858", "#c8bff8")]
    assert len(light) == len(dark) == PALETTE_SIZE
    lc = "".join(f".c{i}{{--tint:{t};--ink:{k}}}" for i, (t, k) in enumerate(light))
    dc = "".join(f".c{i}{{--tint:{t};--ink:{k}}}" for i, (t, k) in enumerate(dark))
    lc += f".c{NO_SPEAKER}{{--tint:#e6e6e3;--ink:#4d4d4d}}"
    dc += f".c{NO_SPEAKER}{{--tint:#34363c;--ink:#c4c4c4}}"
    return lc + "@media (prefers-color-scheme: dark){" + dc + "}"


CSS = """
:root{color-scheme:light dark;--bg:#fbfbf9;--fg:#1b1c20;--muted:#55585f;--panel:#f0f0ec;--line:#d6d6d0;
--link:#0b57a4;--focus:#c2185b;--bar:#2c5d98;--barh:#173c66;
--ui:system-ui,"Segoe UI","Noto Sans","DejaVu Sans","Noto Sans Arabic",Tahoma,sans-serif;
--ar:"Noto Naskh Arabic","Amiri","Scheherazade New","KacstBook","Traditional Arabic","Geeza Pro","Noto Sans Arabic",
"Segoe UI","DejaVu Sans",Tahoma,serif}
@media (prefers-color-scheme:dark){:root{--bg:#15161a;--fg:#e8e8eb;--muted:#a9acb3;--panel:#1e2026;--line:#3a3d46;
--link:#8fc1ff;--focus:#ffb454;--bar:#6fa8e8;--barh:#a9cdf7}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font-family:var(--ui);line-height:1.5}
body{margin:0 auto;max-width:78rem;padding:1rem 1.5rem 3rem}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0}.skip:focus{left:1rem;background:var(--bg);padding:.3rem .6rem;z-index:3}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
h1{font-size:1.5rem;margin:.4rem 0 .2rem}
h2{font-size:1.25rem}
.sum,.meta,.hint,.ty,.srcname,.where,footer,.kinds{color:var(--muted);font-size:.875rem}
.legend{font-size:.9rem;margin:.2rem 0 0}
.top{border-bottom:1px solid var(--line);padding-bottom:.6rem;margin-bottom:1rem}
.toc{margin:.5rem 0 1rem}
.doc{border-top:1px solid var(--line);padding-top:.6rem;margin-top:1.2rem;scroll-margin-top:.5rem}
.top+.doc,.articles>.doc:first-child{border-top:0;margin-top:0}
.doc .meta{margin:.2rem 0 .6rem}
.layout{display:grid;grid-template-columns:17rem minmax(0,1fr);grid-template-areas:"side text";gap:1.6rem;align-items:start}
.text{grid-area:text;font-family:var(--ar);font-size:1.2rem;line-height:2.1}
.text[dir=auto]{font-family:var(--ui);line-height:1.8;font-size:1.05rem}
.text p{margin:0 0 .9rem}
.text .title{font-size:1.5rem;line-height:1.7;margin:0 0 .9rem}
.title.src{font-family:var(--ui);font-size:1.15rem;margin:.2rem 0}
.side{grid-area:side;position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;background:var(--panel);
border:1px solid var(--line);border-radius:8px;padding:.6rem .7rem}
.side h3{margin:0;font-size:1rem}.side .hint{margin:.1rem 0 .5rem}
.sps{list-style:none;margin:0;padding:0}
.sps li{margin:0 0 .55rem}
.sp{display:flex;align-items:center;gap:.45rem;width:100%;font:inherit;color:inherit;background:transparent;
border:1px solid transparent;border-radius:6px;padding:.2rem .35rem;cursor:pointer;text-align:start}
.sp:hover{border-color:var(--line)}
.sp[aria-pressed=true]{border-color:var(--ink);background:var(--tint)}
.sp .sw{flex:none;width:.95rem;height:.95rem;border-radius:3px;background:var(--tint);border:2px solid var(--ink)}
.sp .nm{flex:1;font-family:var(--ar);font-size:1.05rem;font-weight:600}.sp .nm.en{font-family:var(--ui);font-size:.95rem}
.sp .cnt{flex:none;font-variant-numeric:tabular-nums;font-weight:700;color:var(--ink)}
.sps .tt{font-family:var(--ar);font-size:.95rem;line-height:1.6;padding-inline:1.85rem .3rem}
.sps .ty{padding-inline:1.85rem .3rem;line-height:1.4}
.warn{font-size:.85rem}
mark.q{background:var(--tint);color:inherit;border-radius:3px;padding:.1em 0;box-decoration-break:clone;
-webkit-box-decoration-break:clone;cursor:help}
mark.q.demo{cursor:default}
mark.q:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
mark.q:target{outline:3px solid var(--focus)}
.filtering mark.q:not(.sel){background:transparent;outline:0}
.filtering mark.q.sel{outline:2px solid var(--sel,var(--ink));outline-offset:1px}
.cue{text-decoration:underline;text-decoration-color:var(--ink);text-decoration-thickness:.14em;text-underline-offset:.35em}
.m{font-weight:700;color:var(--ink)}
.live{margin:.4rem 0 0;font-size:.85rem;min-height:1.2em}
#tip{position:fixed;z-index:5;max-width:24rem;background:var(--fg);color:var(--bg);border-radius:6px;padding:.35rem .6rem;
font-size:.9rem;line-height:1.5;pointer-events:none;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.chart svg{max-width:100%;height:auto;display:block}
.chart .lbl{font-family:var(--ar);font-size:15px;fill:var(--fg)}
.chart .val{font-size:13px;font-weight:700;fill:var(--fg);font-variant-numeric:tabular-nums}
.chart .bar{fill:var(--bar)}
.chart .hit{fill:transparent}
.chart a:hover .bar,.chart a:focus .bar{fill:var(--barh)}
.chart a:focus{outline:none}.chart a:focus .hit{fill:var(--panel);stroke:var(--focus);stroke-width:2}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
td a{font-family:var(--ar);font-size:1.02rem}
.num{text-align:end;font-variant-numeric:tabular-nums}
tfoot th,tfoot td{font-weight:700}
.spk{border-top:1px solid var(--line);scroll-margin-top:.5rem}
.spk h3{font-family:var(--ar);margin:.6rem 0 .1rem}.spk small{font-family:var(--ui);color:var(--muted);font-weight:400;font-size:.8rem}
.spk .tt{margin:0;color:var(--muted);font-family:var(--ar)}
.spk ol{font-family:var(--ar);line-height:1.9}
.spk:target{outline:3px solid var(--focus);outline-offset:4px}
.none{color:var(--muted)}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
@media (max-width:760px){.layout{grid-template-columns:1fr;grid-template-areas:"side" "text"}.side{position:static;max-height:none}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
@media print{.side{position:static}#tip,.skip{display:none}}
""".replace("\n", "") + _palette_css()

# The script only adds behaviour: without it quotes still show their description as a title.
JS = """
(()=>{"use strict";
const tip=document.getElementById("tip");
const first=m=>m.dataset.ref?document.getElementById(m.dataset.ref)||m:m;
for(const m of document.querySelectorAll("mark.q[title]")){m.dataset.tip=m.title;m.removeAttribute("title");
m.setAttribute("aria-describedby","tip");}
for(const m of document.querySelectorAll("span.m[title]")){m.dataset.tip="mention: "+m.title;m.removeAttribute("title");}
function show(m,men){const t=[m&&first(m).dataset.tip,men&&men.dataset.tip].filter(Boolean).join("\\n");if(!t)return;
tip.textContent="";m=m||men;
for(const line of t.split("\\n")){const d=document.createElement("div");d.dir="auto";d.textContent=line;tip.appendChild(d);}
tip.hidden=false;const r=m.getClientRects()[0]||m.getBoundingClientRect(),w=tip.offsetWidth,h=tip.offsetHeight;
let x=Math.min(Math.max(8,r.right-w),innerWidth-w-8),y=r.bottom+6;if(y+h>innerHeight-8)y=Math.max(8,r.top-h-6);
tip.style.left=x+"px";tip.style.top=y+"px";}
function hide(){tip.hidden=true;}
const q=e=>e.target instanceof Element?e.target.closest("mark.q[data-q]"):null;
const men=e=>e.target instanceof Element?e.target.closest("span.m[data-tip]"):null;
document.addEventListener("mouseover",e=>{const m=q(e),n=men(e);if(m||n)show(m,n);});
document.addEventListener("mouseout",e=>{if(q(e)||men(e))hide();});
document.addEventListener("focusin",e=>{const m=q(e);if(m)show(m);else hide();});
document.addEventListener("focusout",e=>{if(q(e))hide();});
function select(b,on){const sec=b.closest(".doc");if(!sec)return;
for(const x of sec.querySelectorAll("button.sp"))x.setAttribute("aria-pressed","false");
const id=b.dataset.s,ids=new Set();
for(const m of sec.querySelectorAll("mark.q")){const hit=on&&m.dataset.s.split(" ").includes(id);m.classList.toggle("sel",hit);
if(hit)ids.add(m.dataset.q);}
sec.classList.toggle("filtering",on);sec.style.setProperty("--sel",getComputedStyle(b).getPropertyValue("--ink"));b.setAttribute("aria-pressed",on?"true":"false");
const live=sec.querySelector(".live");if(live)live.textContent=on?ids.size+" quote"+(ids.size==1?"":"s")+" highlighted":"";
sec.dataset.selected=on?id:"";}
document.addEventListener("click",e=>{const b=e.target instanceof Element&&e.target.closest("button.sp");
if(b)select(b,b.getAttribute("aria-pressed")!=="true");});
document.addEventListener("keydown",e=>{if(e.key!=="Escape")return;hide();
for(const b of document.querySelectorAll('button.sp[aria-pressed="true"]'))select(b,false);});
function fromHash(){const id=decodeURIComponent(location.hash.slice(1));const el=id&&document.getElementById(id);
if(!el)return;if(el.matches("button.sp"))select(el,true);else if(el.matches("mark.q"))el.focus();}
addEventListener("hashchange",fromHash);fromHash();
document.documentElement.dataset.quotes=document.querySelectorAll("mark.q[data-tip]").length;
})();
"""
