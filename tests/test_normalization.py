"""newscli.normalization: each step, equality with camel-tools' own functions, steps switched off."""
from __future__ import annotations

from dataclasses import fields, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)
from camel_tools.utils.normalize import normalize_unicode as camel_normalize_unicode
from newscli.config import NormalizeConfig
from newscli.normalization import (
    EXTRA_DIACRITICS,
    STEPS,
    dediac,
    normalize,
    normalize_alef,
    normalize_alef_maksura,
    normalize_digits,
    normalize_persian,
    normalize_teh_marbuta,
    normalize_unicode,
    normalizer,
    remove_controls,
    remove_tatweel,
    unify_quotes,
)

ALL_OFF = NormalizeConfig(**{f.name: False for f in fields(NormalizeConfig)})


def only(*steps: str) -> NormalizeConfig:
    """A config with just these steps on."""
    return replace(ALL_OFF, **{s: True for s in steps})


# --- each step on its own -----------------------------------------------------------------

STEP_CASES = [
    # unicode: presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) become letters
    (normalize_unicode, "\ufefb", "لا"),                                # ﻻ lam-alef ligature
    (normalize_unicode, "\ufef5", "لآ"),                                # ﻵ lam-alef with madda
    (normalize_unicode, "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"),                 # PDF copy-paste glyphs
    (normalize_unicode, "\ufe91\ufe8e\ufe91", "باب"),                   # initial/final forms
    (normalize_unicode, "\ufdf2", "الله"),                              # ﷲ
    (normalize_unicode, "\ufdfc", "ريال"),                              # ﷼ (camel-tools' fix)
    (normalize_unicode, "\ufdfd", "بسم الله الرحمن الرحيم"),            # ﷽ (camel-tools' fix)
    (normalize_unicode, "\ufbfc", "ی"),                                 # Farsi yeh isolated form
    (normalize_unicode, "\ufb50", "ٱ"),                                 # alef wasla isolated form
    (normalize_unicode, "ا\u0653", "آ"),                                # composition (NFC part)
    (normalize_unicode, "\uff02نص\uff02", '"نص"'),                     # fullwidth quote mark
    (normalize_unicode, "قال الوزير", "قال الوزير"),                   # plain text untouched
    # controls: zero-width and bidi controls
    (remove_controls, "مر\u200bحبا", "مرحبا"),
    (remove_controls, "\u200cال\u200dكتاب\u200e\u200f", "الكتاب"),
    (remove_controls, "\u202aعام\u202b 2024\u202c\u202d\u202e", "عام 2024"),
    (remove_controls, "\u2066١٢\u2067٣\u2068\u2069", "١٢٣"),
    (remove_controls, "\u061cنص\ufeff", "نص"),
    (remove_controls, "٣\u200f٫\u200f٥", "٣٫٥"),                        # marks inside a number
    (remove_controls, "قال\nالوزير\t«نعم»", "قال\nالوزير\t«نعم»"),      # whitespace is not a control
    # tatweel
    (remove_tatweel, "جمـــيل", "جميل"),
    (remove_tatweel, "ـالعربيةـ", "العربية"),
    # dediac (camel-tools dediac_ar, plus rarer Quranic marks)
    (dediac, "مُحَمَّدٌ", "محمد"),
    (dediac, "كِتَابًا وَقَلَمٍ", "كتابا وقلم"),
    (dediac, "عَلَىٰ", "على"),                                         # superscript alef
    (dediac, "السَّلَامُ عَلَيْكُمْ", "السلام عليكم"),
    (dediac, "الصلٰوةۖ", "الصلوة"),                                    # U+06D6 small high ligature
    (dediac, "أَإِآ", "أإآ"),                                           # hamza letters stay
    # alef
    (normalize_alef, "أحمد إبراهيم آمال ٱلكتاب", "احمد ابراهيم امال الكتاب"),
    (normalize_alef, "ا ء ؤ ئ", "ا ء ؤ ئ"),
    # alef maksura
    (normalize_alef_maksura, "مستشفى على", "مستشفي علي"),
    # teh marbuta
    (normalize_teh_marbuta, "مدرسة جميلة", "مدرسه جميله"),
    (normalize_teh_marbuta, "وتاريخ", "وتاريخ"),
    # persian and urdu letter variants
    (normalize_persian, "ی", "ي"),
    (normalize_persian, "ک", "ك"),
    (normalize_persian, "ە", "ه"),
    (normalize_persian, "کتابی پیشە", "كتابي پيشه"),                   # پ has no Arabic twin: kept
    (normalize_persian, "ۀ ہ ھ ې ڪ", "ة ه ه ي ك"),
    # digits
    (normalize_digits, "٠١٢٣٤٥٦٧٨٩", "0123456789"),
    (normalize_digits, "۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    (normalize_digits, "٣٫٥", "3.5"),
    (normalize_digits, "١٬٠٠٠ دينار", "1,000 دينار"),
    (normalize_digits, "عام 2024", "عام 2024"),
    # quotes
    (unify_quotes, "«نعم»", '"نعم"'),
    (unify_quotes, "“نعم” „لا‟", '"نعم" "لا"'),
    (unify_quotes, "‘نعم’ ‹لا›", "'نعم' 'لا'"),
    (unify_quotes, "\"نعم\" 'لا'", "\"نعم\" 'لا'"),
]


@pytest.mark.parametrize(("step", "text", "expected"), STEP_CASES,
                         ids=[f"{f.__name__}-{i}" for i, (f, _, _) in enumerate(STEP_CASES)])
def test_step(step, text: str, expected: str) -> None:
    assert step(text) == expected


@pytest.mark.parametrize(("step", "text", "expected"), STEP_CASES,
                         ids=[f"{f.__name__}-{i}" for i, (f, _, _) in enumerate(STEP_CASES)])
def test_step_through_config(step, text: str, expected: str) -> None:
    """Each step alone through NormalizeConfig gives the same as its function."""
    name = {normalize_unicode: "unicode", remove_controls: "controls", remove_tatweel: "tatweel",
            dediac: "dediac", normalize_alef: "alef", normalize_alef_maksura: "alef_maksura",
            normalize_teh_marbuta: "teh_marbuta", normalize_persian: "persian",
            normalize_digits: "digits", unify_quotes: "quotes"}[step]
    assert normalize(text, only(name)) == expected


def test_steps_are_the_config_fields_in_order() -> None:
    assert STEPS == tuple(f.name for f in fields(NormalizeConfig))


# --- all steps together ----------------------------------------------------------------------

DEFAULT_CASES = [
    ("قالَ الوزيرُ: «سنبدأ التنفيذ».", 'قال الوزير: "سنبدا التنفيذ".'),
    ("ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"),
    ("ﻻ", "لا"),
    ("بلغت النسبة ٣٫٥\u200f٪ في المئـــة", "بلغت النسبه 3.5٪ في المئه"),
    ("إلى مدرسةٍ أخرى", "الي مدرسه اخري"),
    ("کتابی ۱۲۳", "كتابي 123"),
    ("\ufeff\u202bالأخبار\u202c", "الاخبار"),
    ("Hello, world 3.5%", "Hello, world 3.5%"),
    ("", ""),
    ("\r\n\t ", "\r\n\t "),
]


@pytest.mark.parametrize(("text", "expected"), DEFAULT_CASES)
def test_default_normalization(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert normalizer()(text) == expected


# --- equality with camel-tools ---------------------------------------------------------------

CAMEL_SAMPLE = [
    "قالَ وزيرُ الخارجيةِ إنَّ المحادثاتِ «مستمرةٌ» حتى الآن.",
    "أعلنت الحكومة، يوم الأحد، عن إجراءات جديدة؛ وأكدت أنها ستُطبَّق فورًا!",
    "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ ﻻ ﻵ ﷲ ﷺ ﷼ ﷽",
    "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ",
    "مستشفى، مدرسة، على، إلى، أيضاً، آمال، إسلام",
    "بلغ النمو ٣٫٥٪ و۴۵ بالمئة عام 2023",
    "کتابی پیشە",
    "جمـــيل جداً",
    "Hello, عالم! 😀👍🏽 #وسم @حساب https://example.com/مسار",
    "\u200fنص\u200e مع \u202bعلامات\u202c اتجاه\ufeff",
    "ا\u0653 ي\u0654 و\u0654",
    "",
    "\t\n\r ",
]


def test_camel_sample_is_free_of_extra_marks() -> None:
    """The equality tests below are only meaningful on text dediac_ar fully handles."""
    assert not any(c in EXTRA_DIACRITICS for s in CAMEL_SAMPLE for c in s if c != "\u0653" and c != "\u0654")


@pytest.mark.parametrize("text", CAMEL_SAMPLE)
def test_unicode_equals_camel(text: str) -> None:
    assert normalize_unicode(text) == camel_normalize_unicode(text)


@pytest.mark.parametrize("text", CAMEL_SAMPLE)
def test_dediac_equals_camel(text: str) -> None:
    # Composed first, as in the pipeline: a lone U+0653/U+0654 is one of our extra marks.
    s = camel_normalize_unicode(text)
    assert dediac(s) == dediac_ar(s).translate({ord(c): None for c in EXTRA_DIACRITICS})
    if not any(c in EXTRA_DIACRITICS for c in s):
        assert dediac(s) == dediac_ar(s)


@pytest.mark.parametrize("text", CAMEL_SAMPLE)
def test_alef_equals_camel(text: str) -> None:
    assert normalize_alef(text) == normalize_alef_ar(text)


@pytest.mark.parametrize("text", CAMEL_SAMPLE)
def test_alef_maksura_equals_camel(text: str) -> None:
    assert normalize_alef_maksura(text) == normalize_alef_maksura_ar(text)


@pytest.mark.parametrize("text", CAMEL_SAMPLE)
def test_teh_marbuta_equals_camel(text: str) -> None:
    assert normalize_teh_marbuta(text) == normalize_teh_marbuta_ar(text)


@pytest.mark.parametrize("text", CAMEL_SAMPLE)
def test_camel_steps_composed_equal_camel(text: str) -> None:
    """The camel-tools steps together give camel-tools' functions applied in the same order."""
    expected = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(
        dediac_ar(camel_normalize_unicode(text)))))
    got = normalize(text, only("unicode", "dediac", "alef", "alef_maksura", "teh_marbuta"))
    assert got == expected


def test_dediac_removes_more_than_camel() -> None:
    """The Quranic marks dediac_ar leaves are removed (a documented difference)."""
    text = "الصلٰوةۖ قلىۛ"
    assert "\u06d6" in dediac_ar(text)
    assert dediac(text) == "الصلوة قلى"


_ALPHABET = st.sampled_from(list(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة" "ًٌٍَُِّْٰـ" "ی ک ە ۀ"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳0123456789٫٬" ".,;:!?؟،؛«»“”‘’\"'()-%٪"
    " \t\n\r\u00a0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u2066\u2069\u061c\ufeff"
    "ﻻﻵﺍﻟﺴﻡﷲﷺ﷼ﭐﯾﮐ" "😀👍🏽" "abcXYZé"))
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_camel_equality_property(text: str) -> None:
    assert normalize_unicode(text) == camel_normalize_unicode(text)
    assert normalize_alef(text) == normalize_alef_ar(text)
    assert normalize_alef_maksura(text) == normalize_alef_maksura_ar(text)
    assert normalize_teh_marbuta(text) == normalize_teh_marbuta_ar(text)
    assert dediac(text) == dediac_ar(text).translate({ord(c): None for c in EXTRA_DIACRITICS})


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_all_steps_off_is_identity(text: str) -> None:
    assert normalize(text, ALL_OFF) == text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_lines_are_kept(text: str) -> None:
    """No step adds or removes a line break, so a normalized line stays one line."""
    assert normalize(text).count("\n") == text.count("\n")
    assert normalize(text).count("\r") == text.count("\r")


# --- switching steps off ---------------------------------------------------------------------

DISABLE_CASES = [
    # step, input, with every step on, with only that step off
    ("unicode", "\ufefb", "لا", "\ufefb"),
    ("controls", "مر\u200fحبا", "مرحبا", "مر\u200fحبا"),
    ("tatweel", "جمـــيل", "جميل", "جمـــيل"),
    ("dediac", "مُحَمَّد", "محمد", "مُحَمَّد"),
    ("alef", "أحمد", "احمد", "أحمد"),
    ("alef_maksura", "مستشفى", "مستشفي", "مستشفى"),
    ("teh_marbuta", "مدرسة", "مدرسه", "مدرسة"),
    ("persian", "کتابی", "كتابي", "کتابی"),
    ("digits", "عام ٢٠٢٤", "عام 2024", "عام ٢٠٢٤"),
    ("quotes", "«نعم»", '"نعم"', "«نعم»"),
    # switching one step off leaves the others working
    ("dediac", "إلى مدرسةٍ", "الي مدرسه", "الي مدرسهٍ"),
    ("alef", "أَعلى", "اعلي", "أعلي"),
    ("digits", "«٣٫٥»", '"3.5"', '"٣٫٥"'),
]


@pytest.mark.parametrize(("step", "text", "on", "off"), DISABLE_CASES)
def test_disabling_a_step(step: str, text: str, on: str, off: str) -> None:
    assert normalize(text) == on
    cfg = replace(NormalizeConfig(), **{step: False})
    assert normalize(text, cfg) == off
    assert normalizer(cfg)(text) == off


def test_unicode_off_keeps_presentation_forms_for_later_steps() -> None:
    """With NFKC off, a presentation-form alef with hamza is not an alef the alef step knows."""
    text = "\ufe83"  # ﺃ ALEF WITH HAMZA ABOVE ISOLATED FORM
    assert normalize(text) == "ا"
    assert normalize(text, replace(NormalizeConfig(), unicode=False)) == text
