"""newscli.tokenize_: tokens equal camel-tools' simple_word_tokenize, offsets exact, structure."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from camel_tools.tokenizers.word import simple_word_tokenize
from newscli.normalization import normalize, normalizer
from newscli.tokenize_ import paragraphs, sentence_spans, sentences, title, token_spans, tokenize

# --- tokens equal camel-tools ----------------------------------------------------------------

SAMPLE = [
    "قال الوزير إن المحادثات مستمرة.",
    "وأضاف: «لن نتراجع»، مؤكداً أن “الحل” قريب!",
    "هل انتهى الاجتماع؟ نعم؛ انتهى (أخيراً) [كما قيل] {هكذا}.",
    "بلغ النمو 3.5% و٣٫٥٪ و۴٫۵ بالمئة، أي 1,000,000 دينار أو ١٬٠٠٠.",
    "-5 +7 3/4 2024-01-15 10:30 ص",
    "راجع https://example.com/news?id=12&lang=ar أو www.example.org/مسار.",
    "راسلنا على info@example.com أو أخبار@مثال.عرب",
    "#عاجل #Breaking_News @وكالة_الأنباء @user123",
    "😀 😀😀 👍🏽 👍🏿👋🏻 ✌️ ❤️ ☺",
    "🇸🇦🇪🇬 🇵🇸 🏳️‍🌈 🏴‍☠️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "1️⃣ #️⃣ *️⃣ 9⃣ ©️ ®️ ™",
    "👨‍👩‍👧‍👦 👩🏽‍💻 🧑‍🤝‍🧑 أسرة👨‍👩‍👧سعيدة",
    "جمـــيل ـــ ـ العربيـة",
    "مُحَمَّدٌ رَسُولُ ٱللَّهِ وَالسَّلَامُ عَلَيْكُمْ",
    "٣\u200f٫\u200f٥ مر\u200bحبا \u202bنص\u202c \u2066عربي\u2069 \u061cكلمة\ufeff",
    "سطر أول\r\nسطر ثان\rسطر ثالث\nسطر رابع",
    "عمود\tعمود\t\tعمود",
    "مسافة\u00a0غير\u00a0قابلة\u2009للكسر\u3000و\u202fغيرها",
    "The minister said: \"We will not back down\" (Reuters).",
    "Mixed نص عربي with English, and numbers 42!",
    "ﻻ ﺍﻟﺴﻼﻡ ﷲ ﷺ ﷼",
    "...!!!؟؟ -- — – … «» “” ‘’ „ ‹›",
    "$100 €50 £30 ¥20 ₪10 ٪ ‰ § ¶ © ® ° ± × ÷ ∞ ≠ ≤",
    "كلمة،كلمة؛كلمة:كلمة.كلمة",
    "a\u0301 é e\u0301 ﬁ",
    "\x00nul\x01ctl\x7fdel",
    "",
    "   \n\n\t  ",
]


@pytest.mark.parametrize("text", SAMPLE)
def test_tokens_equal_camel(text: str) -> None:
    assert [t.text for t in tokenize(text)] == simple_word_tokenize(text)


@pytest.mark.parametrize("text", SAMPLE)
def test_offsets_round_trip(text: str) -> None:
    toks = tokenize(text)
    prev = 0
    for t in toks:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= prev  # in order, never overlapping
        prev = t.end
    # Everything between tokens is whitespace (str.split's notion of it).
    covered = set()
    for t in toks:
        covered.update(range(t.start, t.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


EXPECTED = [
    ("قال الوزير: «نعم».", ["قال", "الوزير", ":", "«", "نعم", "»", "."]),
    ("بلغ 3.5% و٣٫٥٪", ["بلغ", "3", ".", "5", "%", "و٣", "٫", "٥", "٪"]),
    ("#عاجل @وكالة", ["#", "عاجل", "@", "وكالة"]),
    ("👍🏽👍", ["👍🏽", "👍"]),
    ("🇸🇦🇪🇬", ["🇸🇦", "🇪🇬"]),
    ("1️⃣2", ["1️⃣", "2"]),
    ("👨‍👩‍👧", ["👨‍👩‍👧"]),
    ("جمـــيل", ["جمـــيل"]),
    ("مُحَمَّدٌ", ["مُحَمَّدٌ"]),
    ("مر\u200bحبا", ["مر\u200bحبا"]),
    ("a\r\nb\rc", ["a", "b", "c"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_known_tokenizations(text: str, expected: list[str]) -> None:
    """A few hand-checked splits, so a change in camel-tools itself shows up too."""
    assert [t.text for t in tokenize(text)] == expected
    assert simple_word_tokenize(text) == expected


def test_token_norm_is_the_normalized_text() -> None:
    text = "قالَ «الوزيرُ» إنّ ٣٫٥٪ مدرسةٍ جمـيلة"
    toks = tokenize(text, normalizer())
    assert [t.norm for t in toks] == [normalize(t.text) for t in toks]
    assert [t.norm for t in toks] == ["قال", '"', "الوزير", '"', "ان", "3", ".", "5", "٪", "مدرسه", "جميله"]


def test_norm_defaults_to_identity() -> None:
    assert all(t.norm == t.text for t in tokenize("قالَ «الوزيرُ»"))


def test_package_api_tokenize() -> None:
    import newscli

    toks = newscli.tokenize("أعلنت الوزارة.")
    assert [(t.start, t.end, t.text, t.norm) for t in toks] == [
        (0, 5, "أعلنت", "اعلنت"), (6, 13, "الوزارة", "الوزاره"), (13, 14, ".", ".")]


# --- property: random text -------------------------------------------------------------------

_PIECES = (
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ")
    + list("٠١٢٣٤٥٦٧٨٩0123456789٫٬.,;:!?؟،؛«»“”‘’\"'()[]-—%٪$€#@*/_&+=<>|~^`{}…")
    + list(" \t\n\r\x0b\x0c\x1c\x1d\x85\u00a0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
    + list("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff")
    + list("\ufe0f\u20e3\U0001f3fb\U0001f3fd\U0001f3ff\U000e0067\U000e0062\U000e007f")
    + ["😀", "👍", "👍🏽", "❤", "❤️", "☺", "✌", "🇸", "🇦", "🇸🇦", "🏳", "🌈", "🏴", "👨", "👩", "👧",
       "🧑", "💻", "🤝", "👨‍👩‍👧", "1️⃣", "#️⃣", "©", "®", "™", "ﻻ", "ﷲ", "ﷺ", "﷼", "₪", "°"]
    + ["abc", "X", "é", "e\u0301", "ﬁ", "http://a.b/c", "a@b.c", "#وسم", "\x00", "\x01", "\x7f"]
)
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_tokens_equal_camel_property(text: str) -> None:
    toks = tokenize(text)
    assert [t.text for t in toks] == simple_word_tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_tokens_equal_camel_on_any_unicode(text: str) -> None:
    assert [text[a:b] for a, b in token_spans(text)] == simple_word_tokenize(text)


# --- sentences --------------------------------------------------------------------------------

def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


SENTENCE_CASES = [
    ("جاء الوزير. ثم غادر.", ["جاء الوزير.", "ثم غادر."]),
    ("هل جاء؟ نعم جاء", ["هل جاء؟", "نعم جاء"]),
    ("Did he come? Yes.", ["Did he come?", "Yes."]),
    ("يا له من يوم! ثم انتهى", ["يا له من يوم!", "ثم انتهى"]),
    ("الأول؛ الثاني", ["الأول؛", "الثاني"]),
    ("ماذا؟! لا أصدق", ["ماذا؟!", "لا أصدق"]),
    ("انتظر... ثم تكلم", ["انتظر...", "ثم تكلم"]),
    ("قال: «انتهى الأمر.» ثم غادر.", ["قال: «انتهى الأمر.»", "ثم غادر."]),
    ('قال: "انتهى." ثم غادر', ['قال: "انتهى."', "ثم غادر"]),
    ("(انتهى.) بدأ", ["(انتهى.)", "بدأ"]),
    # no split inside numbers
    ("بلغ النمو 3.5 في المئة. وارتفع", ["بلغ النمو 3.5 في المئة.", "وارتفع"]),
    ("السعر 1.250.000 دينار", ["السعر 1.250.000 دينار"]),
    ("بلغ ٣٫٥ في المئة. ثم", ["بلغ ٣٫٥ في المئة.", "ثم"]),
    ("الرقم 5. التالي", ["الرقم 5.", "التالي"]),
    # no split after abbreviations
    ("قال د. أحمد إن الوضع مستقر.", ["قال د. أحمد إن الوضع مستقر."]),
    ("بني عام 300 ق.م وما زال قائما. ويزوره الناس", ["بني عام 300 ق.م وما زال قائما.", "ويزوره الناس"]),
    ("العنوان ص.ب 123 عمان. انتهى", ["العنوان ص.ب 123 عمان.", "انتهى"]),
    ("توفي سنة 1200 هـ. في بغداد", ["توفي سنة 1200 هـ. في بغداد"]),
    ("Dr. Smith arrived. He spoke.", ["Dr. Smith arrived.", "He spoke."]),
    # a full stop inside a word, a URL or an e-mail is no end
    ("زر www.example.com الآن. انتهى", ["زر www.example.com الآن.", "انتهى"]),
    ("راسل info@example.com اليوم", ["راسل info@example.com اليوم"]),
    # odd input
    ("", []),
    ("   ", []),
    (".", ["."]),
    ("؟؟؟", ["؟؟؟"]),
    ("بلا نهاية", ["بلا نهاية"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentences_split_at_line_breaks() -> None:
    for nl in ("\n", "\r\n", "\r"):
        text = f"السطر الأول بلا نقطة{nl}السطر الثاني. جملة أخرى{nl}{nl}الأخير"
        paras = paragraphs(text)
        sents = sentences(text, paras)
        assert [s.text for s in sents] == ["السطر الأول بلا نقطة", "السطر الثاني.", "جملة أخرى", "الأخير"]
        assert [s.paragraph for s in sents] == [0, 1, 1, 2]
        assert all(text[s.start:s.end] == s.text for s in sents)


def test_sentence_spans_stay_inside_their_paragraph() -> None:
    text = "  أولى. ثانية؟  \nثالثة!"
    for p in paragraphs(text):
        for a, b in sentence_spans(text, p.start, p.end):
            assert p.start <= a < b <= p.end
            assert text[a:b] == text[a:b].strip()


# --- paragraphs and title ---------------------------------------------------------------------

def test_paragraphs_are_non_blank_lines_stripped() -> None:
    text = "العنوان\r\n\r\n  الفقرة الأولى.  \r\n\t\r\nالفقرة الثانية\rالثالثة\n"
    paras = paragraphs(text)
    assert [p.text for p in paras] == ["العنوان", "الفقرة الأولى.", "الفقرة الثانية", "الثالثة"]
    assert all(text[p.start:p.end] == p.text for p in paras)


TITLE_CASES = [
    ("عنوان الخبر\n\nنص الخبر.", "عنوان الخبر"),
    ("عنوان الخبر\r\n\r\nنص الخبر.", "عنوان الخبر"),
    ("عنوان الخبر\r\rنص الخبر.", "عنوان الخبر"),
    ("  عنوان الخبر  \n   \nنص الخبر.", "عنوان الخبر"),
    ("عنوان الخبر\n\n\n\nنص الخبر.", "عنوان الخبر"),
    ("سطر أول\nسطر ثان\n\nنص", None),      # no blank line right after the first line
    ("عنوان وحده\n\n", None),             # nothing follows the blank line
    ("عنوان وحده", None),
    ("\n\nنص الخبر", None),               # the first line is blank
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_title_rule(text: str, expected: str | None) -> None:
    t = title(text)
    if expected is None:
        assert t is None
    else:
        assert t is not None and t.text == expected and text[t.start:t.end] == expected


# --- the fast paths give what the plain ones give ------------------------------------------------

@pytest.mark.parametrize("text", SAMPLE)
def test_fast_tokens_are_plain_tokens(text: str) -> None:
    from dataclasses import FrozenInstanceError

    from newscli.models import Token

    toks = tokenize(text, normalizer())
    plain = [Token(t.start, t.end, t.text, t.norm) for t in toks]
    assert toks == plain and [hash(t) for t in toks] == [hash(t) for t in plain]
    assert [repr(t) for t in toks] == [repr(t) for t in plain]
    if toks:
        with pytest.raises(FrozenInstanceError):
            toks[0].start = 1  # type: ignore[misc]


@pytest.mark.parametrize("text", SAMPLE + ["ﷰ ﷽ ﷼ ﻻ ﺍ e\u0301 \u0301x ガ\u3099 ᄀ\u1161"])
def test_words_normalized_together_as_alone(text: str) -> None:
    from newscli.tokenize_ import _norms

    f = normalizer()
    strs = [text[a:b] for a, b in token_spans(text)]
    assert _norms(strs, f) == [f(s) for s in strs]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=30), st.lists(st.integers(0, 60), max_size=8))
def test_owners_as_bisect(starts: list[int], bounds: list[int]) -> None:
    import bisect

    from newscli.quotes import _owners

    starts, bounds = sorted(starts), sorted(set(bounds))
    assert _owners(starts, bounds) == [max(0, bisect.bisect_right(bounds, s) - 1) for s in starts]


def test_emoji_list_cached_as_the_package_has_it(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from emoji import EMOJI_DATA

    from newscli import cache
    from newscli.tokenize_ import _emoji_sequences

    monkeypatch.setenv(cache.ENV_CACHE, str(tmp_path))
    first = _emoji_sequences()
    assert list(tmp_path.glob("emoji-*.marshal"))
    assert first == _emoji_sequences() == frozenset(EMOJI_DATA)
