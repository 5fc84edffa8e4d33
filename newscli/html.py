"""HTML remnants in news text: a plain view of marked-up text, of exactly the same length.

Scraped articles arrive with tags (<p>, <br>, <a href=...>), script and style blocks, comments and
entities (&quot; &#39; &amp; &nbsp;). Offsets must point into the text as decoded, so the markup
cannot simply be deleted. Instead the pipeline runs on a *view* in which every markup item is
overwritten in place:

1. a tag, comment, or script/style element becomes spaces; a block tag (<p>, </p>, <div>, <li>,
   <br> ...) starts with a line break, so that paragraphs and sentences end where the page ends them
   (two for </h1>-</h6> and </title>, so that a heading is a title as a first line followed by a
   blank line is in plain text);
2. an inline tag between two letters (مح<b>مد</b>) is filled with WORD JOINER instead, so that
   the word stays one token;
3. an entity becomes its character followed by padding up to the entity's length: spaces after
   punctuation and spaces, WORD JOINER after a letter, digit or mark (so &#1602;&#1575;&#1604; is
   still one word).

Each index of the view is an index of the original. Token boundaries are snapped outward so that
no span starts or ends inside an entity, and every span finally takes its text from the original
slice: ``text[start:end] == span.text`` still holds, an entity inside a quote is reported as
written (``&quot;``), while ``Token.norm`` holds the decoded, normalized form.
"""
from __future__ import annotations

import bisect
import html as _html
import re
import unicodedata
from dataclasses import replace
from html.entities import html5
from typing import Any, Callable, Iterable, Optional

from .models import Cue, Document, Sentence, Span, Speaker, SpeakerRef, Token, Warning_
from .tokenize_ import token_spans

JOINER = "\u2060"   # WORD JOINER: no whitespace, no punctuation, so the tokenizer keeps a word whole

# Elements whose start and end break a line (a newline is inserted only when the line has text).
BLOCK = frozenset("""address article aside blockquote body caption center dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe legend li main menu nav
ol option p pre section summary table tbody td tfoot th thead title tr ul""".split())
# Ends that leave a blank line after them: a heading followed by text reads as title and body.
HEADING_END = frozenset("h1 h2 h3 h4 h5 h6 title".split())
# Elements whose whole content is not text.
HIDDEN = frozenset("script style noscript template svg".split())

# A tag: name, then attributes (a quoted value may hold anything but <); bounded and possessive,
# so that a stray "<" in text costs a short scan, never a backtracking search.
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9:-]{0,40}+)((?:[^<>"']|"[^"<]{0,2000}+"|'[^'<]{0,2000}+'){0,2000}+)>""")
_OTHER = re.compile(r"<!--|<![A-Za-z\[][^<>]{0,2000}+>|<\?[^<>]{0,2000}+>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = re.compile(f"{_TAG.pattern}|{_OTHER.pattern}|{_ENTITY.pattern}")
_DETECT_TAG = re.compile(
    r"<(?:/?(?:p|br|div|span|a|b|i|u|em|strong|h[1-6]|ul|ol|li|table|tr|td|th|tbody|thead|img|script|style|"
    r"html|body|head|meta|link|blockquote|figure|figcaption|iframe|section|article|header|footer|nav|hr|sup|"
    r"sub|font|center|small|pre|code|noscript)(?=[\s/>])[^<>]{0,2000}>|!--|!doctype\s)", re.I)


def decode_entity(entity: str) -> Optional[str]:
    """The characters an entity stands for (&quot; -> "), or None when it is not one."""
    if entity[1] != "#" and entity[1:] not in html5:
        return None
    out = _html.unescape(entity)
    return out if out != entity and 0 < len(out) < len(entity) else None


def looks_like_html(text: str) -> bool:
    """True when the text holds an HTML tag of a common element, a comment, or a known entity.

    TREC/SGML wrappers (<DOC>, <TEXT>, <TITLE>) are not HTML elements here; they are not detected.
    """
    if "<" in text and _DETECT_TAG.search(text):
        return True
    if "&" in text:
        for m in _ENTITY.finditer(text):
            if decode_entity(m[0]) is not None:
                return True
    return False


def _wordlike(ch: str) -> bool:
    """Letters, digits, marks and format controls (ZWNJ, RLM, JOINER): what a word is made of."""
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc", "Me", "Nd", "Nl", "No", "Cf")


class View:
    """The same-length plain view of a marked-up text, and the way back to the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        # Markup regions, in order: [start, end) of the original, the first ``keep`` characters of
        # which are decoded text in the view (an entity's character); the rest is padding.
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.keeps: list[int] = []
        self.text = self._build(original)
        assert len(self.text) == len(original)

    # --- building ------------------------------------------------------------------------------
    def _add(self, start: int, end: int, keep: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.keeps.append(keep)

    def _build(self, s: str) -> str:
        out: list[str] = []
        pos = 0
        line_has_text = False     # the view's current line holds something other than spaces
        closer_missing: set[str] = set()   # hidden elements (and "<!--") with no end further on

        def text_run(chunk: str) -> None:
            nonlocal line_has_text
            if not chunk:
                return
            out.append(chunk)
            cut = max(chunk.rfind("\n"), chunk.rfind("\r"))
            if cut >= 0:
                line_has_text = bool(chunk[cut + 1:].strip())
            elif chunk.strip():
                line_has_text = True

        def blank(start: int, end: int, breaks: int, always: bool = False) -> None:
            """Overwrite [start, end) with spaces, led by ``breaks`` line breaks when the line has text
            (``always``: even when it has none, as <br> does)."""
            nonlocal line_has_text
            n = end - start
            if breaks and (line_has_text or always):
                k = min(breaks, n)
                out.append("\n" * k + " " * (n - k))
                line_has_text = False
            else:
                out.append(" " * n)
            self._add(start, end, 0)

        for m in _MARKUP.finditer(s):
            a, b = m.span()
            if a < pos:
                continue   # inside a hidden element already blanked
            tok = m[0]
            if tok[0] == "&":
                dec = decode_entity(tok)
                if dec is None:
                    continue
                text_run(s[pos:a])
                text_run(dec)
                out.append((JOINER if all(map(_wordlike, dec)) else " ") * (b - a - len(dec)))
                self._add(a, b, len(dec))
                pos = b
                continue
            if tok == "<!--":
                # a comment runs to the next -->; without one it is text (nothing is lost)
                end = -1 if "--" in closer_missing else s.find("-->", b)
                if end < 0:
                    closer_missing.add("--")
                    continue
                text_run(s[pos:a])
                blank(a, end + 3, 0)
                pos = end + 3
                continue
            text_run(s[pos:a])
            name = (m[2] or "").lower()
            if name in HIDDEN and not m[1] and name not in closer_missing and not m[3].rstrip().endswith("/"):
                close = re.compile(rf"</{name}\s*>", re.I).search(s, b)
                if close is None:
                    closer_missing.add(name)
                else:
                    b = close.end()
                blank(a, b, 1)
            elif name == "br":
                blank(a, b, 1, always=True)
            elif name in BLOCK:
                blank(a, b, 2 if m[1] and name in HEADING_END else 1)
            elif name and a > 0 and b < len(s) and out and _wordlike(out[-1][-1]) and _wordlike(s[b]):
                # an inline tag inside a word: the word stays whole
                out.append(JOINER * (b - a))
                self._add(a, b, 0)
            else:
                blank(a, b, 0)
            pos = b
        text_run(s[pos:])
        return "".join(out)

    # --- mapping back ---------------------------------------------------------------------------
    def _region(self, p: int) -> int:
        """Index of the markup region holding position p strictly inside it, or -1."""
        r = bisect.bisect_right(self.starts, p) - 1
        if r >= 0 and self.starts[r] < p < self.ends[r]:
            return r
        return -1

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen or narrow (start, end) so that neither falls inside an entity or a tag."""
        r = self._region(start)
        if r >= 0:
            start = self.starts[r] if start < self.starts[r] + self.keeps[r] else self.ends[r]
        r = self._region(end)
        if r >= 0:
            end = self.ends[r] if self.keeps[r] else self.starts[r]
        return start, max(start, end)

    def decoded(self, start: int, end: int) -> str:
        """The view's text of [start, end) without padding: what the markup stands for."""
        piece = self.text[start:end]
        r = bisect.bisect_right(self.starts, end - 1) - 1
        if r < 0 or self.ends[r] <= start:
            return piece   # the common case: no markup inside
        cuts = []
        while r >= 0 and self.ends[r] > start:
            cuts.append((max(start, self.starts[r] + self.keeps[r]), min(end, self.ends[r])))
            r -= 1
        for a, b in cuts:   # right to left, so earlier cut offsets stay valid
            if a < b:
                piece = piece[:a - start] + piece[b - start:]
        return piece

    def tokens(self, norm: Callable[[str], str]) -> list[Token]:
        """Tokens of the view, snapped to whole entities; ``text`` is the decoded form."""
        out: list[Token] = []
        cache: dict[str, str] = {}
        last_end = -1
        for a, b in token_spans(self.text):
            a, b = self.snap(a, b)
            if a >= b:
                continue
            if a < last_end:
                # two characters of one entity (&acE; decodes to two): one token
                prev = out.pop()
                a, b = prev.start, max(b, prev.end)
            s = self.decoded(a, b)
            if not s:
                continue
            n = cache.get(s)
            if n is None:
                n = cache[s] = norm(s)
            out.append(Token(a, b, s, n))
            last_end = b
        return out

    def spans(self, spans: Iterable[Any]) -> list[Any]:
        """Spans (or sentences) of the view snapped off markup interiors; their text is the view's."""
        out = []
        for sp in spans:
            a, b = self.snap(sp.start, sp.end)
            out.append(replace(sp, start=a, end=b, text=self.text[a:b]))
        return out

    # --- the document in original terms -----------------------------------------------------------
    def _span(self, sp: Optional[Span]) -> Optional[Span]:
        if sp is None:
            return None
        a, b = self.snap(sp.start, sp.end)
        return Span(a, b, self.original[a:b])

    def _ref(self, ref: Optional[SpeakerRef]) -> Optional[SpeakerRef]:
        if ref is None:
            return None
        return SpeakerRef(ref.id, clean(ref.name), ref.type, self._span(ref.mention))

    def restore(self, doc: Document) -> Document:
        """The document parsed on the view, with the original text and every span's text from it."""
        o = self.original
        quotes = []
        for q in doc.quotes:
            a, b = self.snap(q.start, q.end)
            cue = None
            if q.cue is not None:
                ca, cb = self.snap(q.cue.start, q.cue.end)
                cue = Cue(ca, cb, o[ca:cb], q.cue.lemma)
            quotes.append(replace(q, start=a, end=b, text=o[a:b], cue=cue, speaker=self._ref(q.speaker),
                                  co_speakers=tuple(self._ref(r) for r in q.co_speakers)))
        speakers = [Speaker(s.id, clean(s.name), s.type, tuple(clean(t) for t in s.titles), s.gender,
                            tuple(self._span(m) for m in s.mentions), s.quotes) for s in doc.speakers]
        warnings = []
        for w in doc.warnings:
            if w.start is not None and w.end is not None:
                a, b = self.snap(w.start, w.end)
                w = replace(w, start=a, end=b)
            warnings.append(w)
        return replace(doc, text=o, title=self._span(doc.title),
                       paragraphs=tuple(Span(p.start, p.end, o[p.start:p.end]) for p in doc.paragraphs),
                       sentences=tuple(Sentence(s.start, s.end, o[s.start:s.end], s.paragraph) for s in doc.sentences),
                       tokens=tuple(Token(t.start, t.end, o[t.start:t.end], t.norm) for t in doc.tokens),
                       quotes=tuple(quotes), speakers=tuple(speakers), warnings=tuple(warnings))


def clean(s: str) -> str:
    """A name or title taken from the view: padding removed, spaces collapsed."""
    return " ".join(s.replace(JOINER, "").split())


def view(text: str) -> View:
    """The same-length plain view of ``text`` (see the module's docstring)."""
    return View(text)


DETECTED = Warning_("html-detected", "HTML markup detected: tags and entities were read as the text they stand "
                                     "for, offsets still point into the markup (--no-html reads it as plain text)")

__all__ = ["JOINER", "View", "view", "looks_like_html", "decode_entity", "clean", "DETECTED"]
