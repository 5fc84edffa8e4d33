"""Properties of newscli.parse over random text: Arabic news words mixed with quote marks,
punctuation, control characters, HTML remnants and arbitrary Unicode.

Whatever the text, parse never raises; every span lies inside the text and is exactly its slice;
no quote overlaps its own cue; and the JSON output parses back to the same data and encodes to UTF-8.
"""
from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from conftest import spans_of

from newscli.config import Config
from newscli.pipeline import parse

WORDS = ("قال وقال أكد وأضاف أضافت مضيفا أشار إلى أن إن بأن بحسب وفقا ل الوزير وزير الخارجية الروسي سيرغي لافروف "
         "العمري خالد المتحدثة باسم الوزارة مصادر مسؤولون الحكومة تعلن خطة جديدة المحادثات كانت مثمرة نعم لا "
         "د. سامي حداد يرى النمو قد يبلغ في المئة وتابع قائلا وأوضح الرئيس بيان نقابة المزارعين الـــوزير "
         "الْعَرَبِيَّةُ ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﻻ ﷲ ٣٫٥ ۱۲ 3.5 2023 Reuters said that").split()
MARKS = list("«»“”\"'‹›‘’„‚〝〞＂")
PUNCT = list(".،,:؛;؟?!()[]-…—/%٪") + [": ", ". ", "، ", "\n\n"]
CONTROLS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
            "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\ufeff", "\u2060", "\u00ad", "\x00", "\x07", "\t",
            "\r", "\n", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\xa0", "\u0640", "\u064e", "\u0651"]
HTML = ["<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<h1>", "</h1>", "<div class=\"x\">", "</div>", "&quot;",
        "&#39;", "&amp;", "&nbsp;", "&laquo;", "&raquo;", "&#1602;", "&#x627;", "&hellip;", "<!-- c -->",
        "<script>x<1</script>", "<style>", "&bogus;", "<", ">", "&", "<a href='/x'>", "<!--", "-->", "</script>",
        "&#10;", "&rlm;", "<td>", "<li>"]
# Any character but lone surrogates, which no decoded input can hold.
ANY = st.characters(blacklist_categories=("Cs",))

PIECE = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(PUNCT),
                  st.sampled_from(CONTROLS), st.sampled_from(HTML), st.text(ANY, min_size=1, max_size=3))
SEP = st.sampled_from([" ", " ", " ", "", "\n", "  "])
TEXT = st.lists(st.tuples(PIECE, SEP), max_size=60).map(lambda xs: "".join(a + b for a, b in xs))
HTML_MODE = st.sampled_from([None, True, False])

# Known bug in newscli/quotes.py, reported, not yet fixed: a reporting verb followed by an
# attribution phrase gives a quote whose content holds the phrase, its own cue, e.g.
# parse("قال بحسب الوزير ") -> indirect "قال بحسب الوزير" with cue بحسب (4-8); also "قال وفقا « ".
# 11 of 766 quotes of the shared corpus have this shape. Any other overlap of a quote and its cue
# fails this test; set this to False once the extractor is fixed.
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, html=HTML_MODE)
def test_parse_never_raises_and_every_span_is_exact(text: str, html: bool | None) -> None:
    cfg = Config()
    cfg = replace(cfg, input=replace(cfg.input, html=html))
    doc = parse(text, config=cfg)
    assert doc.text == text
    d = doc.to_dict()
    n = len(text)
    for s in spans_of(doc):
        assert 0 <= s["start"] <= s["end"] <= n, s
        assert text[s["start"]:s["end"]] == s["text"], s
    for w in d["warnings"]:
        if "start" in w:
            assert 0 <= w["start"] <= w["end"] <= n, w
    for t in doc.tokens:
        assert t.start < t.end, t
    for q in doc.quotes:
        if q.cue is not None:
            assert q.cue.end <= q.start or q.end <= q.cue.start, (q.cue, q)
    for s in doc.sentences:
        assert 0 <= s.paragraph < len(doc.paragraphs)
    # the JSON newscli prints: parses back to the same data, and can be written as UTF-8
    out = json.dumps(d, ensure_ascii=False)
    assert json.loads(out) == d
    out.encode("utf-8")
    # the fast path `parse --format jsonl` takes writes exactly those bytes
    assert doc.to_json() == out
    assert doc.to_json(tokens=False) == json.dumps(doc.to_dict(tokens=False), ensure_ascii=False)
