"""newscli.html: a same-length plain view of marked-up text, and spans mapped back to the markup."""
from __future__ import annotations

import pytest

import newscli
from conftest import assert_spans_exact, spans_of
from newscli.config import Config, InputConfig
from newscli.html import JOINER, View, decode_entity, looks_like_html, view
from newscli.normalization import normalizer
from newscli.pipeline import parse

HTML_ON = Config(input=InputConfig(html=True))
HTML_OFF = Config(input=InputConfig(html=False))


def toks(text: str) -> list[tuple[str, str]]:
    """(original slice, norm) of every token of the view."""
    v = view(text)
    return [(text[t.start:t.end], t.norm) for t in v.tokens(normalizer())]


# --- detection ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("<p>نص</p>", True),
    ("سطر<br>سطر", True),
    ("سطر<BR/>سطر", True),
    ('<a href="https://example.com/a?b=1&c=2">رابط</a>', True),
    ("<div class='x'>", True),
    ("<!-- تعليق -->", True),
    ("<!DOCTYPE html>", True),
    ("قال &quot;نعم&quot;", True),
    ("منطقة &#39;عطاروت&#39;", True),
    ("&#x627;", True),
    ("أ&nbsp;ب", True),
    ("الشركة &amp; شركاؤها", True),
    # not HTML
    ("", False),
    ("نص عادي بلا وسوم", False),
    ("إذا كان x < y و y > z", False),
    ("AT&T و R&D", False),
    ("&notanentity; &; &#;", False),
    ("<DOC>\n<DOCNO>AL-1</DOCNO>\n<TEXT>\nنص\n</TEXT>\n</DOC>", False),   # TREC/SGML wrappers
    ("<TITLE>عنوان</TITLE>", False),
    ("<ب>", False),
])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize(("entity", "decoded"), [
    ("&quot;", '"'), ("&#39;", "'"), ("&amp;", "&"), ("&lt;", "<"), ("&nbsp;", "\xa0"), ("&laquo;", "«"),
    ("&raquo;", "»"), ("&#1602;", "ق"), ("&#x642;", "ق"), ("&#X642;", "ق"), ("&hellip;", "…"), ("&rlm;", "\u200f"),
    ("&#0;", "\ufffd"), ("&#x110000;", "\ufffd"), ("&acE;", "\u223e\u0333"),
    ("&bogus;", None), ("&Quot;", None),
])
def test_decode_entity(entity: str, decoded: str | None) -> None:
    assert decode_entity(entity) == decoded


# --- the view ------------------------------------------------------------------------------------

VIEW_CASES = [
    # original, view
    ("<p>نعم</p>", "   نعم\n   "),
    ("<b>نعم</b>", "   نعم    "),
    ("&quot;نعم&quot;", '"     نعم"     '),
    ("أ&nbsp;ب", "أ\xa0     ب"),
    ("مح<b>مد</b>", "مح" + JOINER * 3 + "مد    "),                              # a tag inside a word
    ("&#1602;&#1575;", "ق" + JOINER * 6 + "ا" + JOINER * 6),                    # letters as references
    ("سطر<br>سطر", "سطر\n   سطر"),
    ("<br>سطر", "\n   سطر"),                                                    # <br> always breaks
    ("<p><p>سطر", "      سطر"),                                                 # blocks break lines with text
    ("<h1>عنوان</h1><p>نص</p>", "    عنوان\n\n   " + "   نص\n   "),             # a heading reads as a title
    ("أ<script>if (a<b) x = '<p>';</script>ب", "أ\n" + " " * 35 + "ب"),
    ("أ<style>p{}</style>ب", "أ\n" + " " * 17 + "ب"),
    ("أ<script>بلا نهاية", "أ\n       بلا نهاية"),                          # no end tag: only the tag goes
    ("أ<!-- <p>تعليق</p> -->ب", "أ" + " " * 21 + "ب"),
    ("أ<!-- بلا نهاية", "أ<!-- بلا نهاية"),                                    # unterminated: left as text
    ('<a title="x>y" href=\'/z\'>نص</a>', " " * 25 + "نص    "),
    ("<div\nclass='c'>نص</div>", " " * 15 + "نص\n     "),
    ("x < y > z", "x < y > z"),
    ("&bogus; &amp", "&bogus; &amp"),                                           # unknown or unfinished: text
    ("سطر\r\n<p>سطر</p>\r", "سطر\r\n   سطر\n   \r"),
]


@pytest.mark.parametrize(("original", "expected"), VIEW_CASES)
def test_view(original: str, expected: str) -> None:
    v = view(original)
    assert v.text == expected
    assert len(v.text) == len(original)


def test_view_tokens_keep_entities_and_tags_whole() -> None:
    text = "<p>قال &quot;نعم&quot; و&#1602;&#1575;&#1604; مح<b>مد</b> &amp; علي&hellip;</p>"
    assert toks(text) == [
        ("قال", "قال"), ("&quot;", '"'), ("نعم", "نعم"), ("&quot;", '"'),
        ("و&#1602;&#1575;&#1604;", "وقال"), ("مح<b>مد", "محمد"), ("&amp;", "&"), ("علي", "علي"),
        ("&hellip;", "..."),                                                  # NFKC, as for …
    ]


def test_snap() -> None:
    text = "أ &quot;ب&quot; <b>ج</b>"
    v = View(text)
    q = text.index("&quot;")
    assert v.snap(q, q + 1) == (q, q + 6)          # an end inside an entity takes all of it
    assert v.snap(q + 3, q + 7) == (q + 6, q + 7)  # a start inside its padding starts after it
    b = text.index("<b>")
    assert v.snap(b + 1, b + 4) == (b + 3, b + 4)  # a start inside a tag starts after it
    assert v.snap(b - 1, b + 2) == (b - 1, b)      # an end inside a tag stops before it
    assert v.decoded(0, len(text)) == 'أ "ب" ج'   # what the markup stands for


# --- through the pipeline -------------------------------------------------------------------------

ARTICLE = ("<html><head><title>خبر</title><style>p {color: red}</style></head><body>\n"
           "<h1>الحكومة تعلن خطة جديدة</h1>\n"
           "<p>وقال وزير الزراعة <b>خالد العمري</b> إن الخطة &quot;ستبدأ الشهر المقبل&quot; وإنها تشمل قروضا.</p>\n"
           "<p>وأضاف العمري: &laquo;لن نترك أي مزارع دون دعم&raquo;.<br>وتابع أن&nbsp;الدعم سيصل &amp; يستمر.</p>\n"
           "<script>var x = \"<p>قال إن</p>\";</script>\n</body></html>\n")
PLAIN = ("خبر\n\nالحكومة تعلن خطة جديدة\n"
         "وقال وزير الزراعة خالد العمري إن الخطة \"ستبدأ الشهر المقبل\" وإنها تشمل قروضا.\n"
         "وأضاف العمري: «لن نترك أي مزارع دون دعم».\nوتابع أن الدعم سيصل & يستمر.\n")


def test_html_article_offsets_point_into_the_markup() -> None:
    doc = parse(ARTICLE)
    assert doc.text == ARTICLE
    assert_spans_exact(ARTICLE, spans_of(doc))
    assert doc.title is not None and doc.title.text == "خبر"
    assert [p.text for p in doc.paragraphs][1] == "الحكومة تعلن خطة جديدة"
    assert not any("var" in t.norm or "color" in t.norm for t in doc.tokens)       # script and style are not text
    assert [w.code for w in doc.warnings] == ["html-detected"]


def test_html_article_gives_the_quotes_of_its_plain_text() -> None:
    html_doc, plain = parse(ARTICLE), parse(PLAIN)
    assert [t.norm for t in html_doc.tokens] == [t.norm for t in plain.tokens]
    assert len(html_doc.sentences) == len(plain.sentences)
    key = [(q.kind, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in html_doc.quotes]
    assert key == [(q.kind, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
                   for q in plain.quotes]
    assert [q.text.replace("&quot;", '"').replace("&amp;", "&").replace("&nbsp;", " ") for q in html_doc.quotes] \
        == [q.text for q in plain.quotes]
    # an entity inside a quote is reported as written
    assert '&quot;ستبدأ الشهر المقبل&quot;' in html_doc.quotes[0].text
    # a speaker's name never carries markup
    assert {s.name for s in html_doc.speakers} == {s.name for s in plain.speakers}


def test_html_mode_switches() -> None:
    text = "قال الوزير إن الخطة &quot;ناجحة&quot;."
    auto, on, off = parse(text), parse(text, config=HTML_ON), parse(text, config=HTML_OFF)
    assert [w.code for w in auto.warnings] == ["html-detected"]
    assert not on.warnings                                   # asked for: nothing to report
    assert [t.text for t in on.tokens] == [t.text for t in auto.tokens]
    assert "&quot;" in [t.text for t in on.tokens]
    assert "&quot;" not in [t.text for t in off.tokens] and "quot" in [t.text for t in off.tokens]
    plain = "قال الوزير إن الخطة ناجحة."
    assert parse(plain, config=HTML_ON).to_dict() == parse(plain).to_dict()   # nothing to strip: same result


@pytest.mark.parametrize("text", [
    "<", ">", "&", "&;", "<p", "</p>", "<p>", "<br>", "&quot;", "&#1602;", "<b>«</b>", "«<b>نعم</b>»",
    "&laquo;&laquo;&raquo;", "<p>«نعم</p><p>لا»</p>", "مح<b>مد</b>&#1602;", "<script>", "<!--", "&acE;&acE;",
    "قال:&quot;", "&quot;\n&quot;", "\r<br>\r\n<p>\r", "<p>" * 50, "&#13;&#10;قال إن", "\ufeff<p>\u200f&rlm;</p>",
])
def test_html_edge_cases_never_break_offsets(text: str) -> None:
    doc = parse(text, config=HTML_ON)
    assert doc.text == text
    assert_spans_exact(text, spans_of(doc))
    for t in doc.tokens:
        assert 0 <= t.start < t.end <= len(text)


def test_public_api_detects_html() -> None:
    doc = newscli.parse("<p>قال الوزير إن &quot;الخطة&quot; ناجحة.</p>")
    assert doc.quotes and doc.quotes[0].text == "&quot;الخطة&quot; ناجحة"
