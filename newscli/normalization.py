"""Arabic normalization: small ``str -> str`` steps composed in one fixed order.

Each step gives exactly the output of its camel-tools counterpart where one exists
(``normalize_unicode``, ``dediac_ar``, ``normalize_alef_ar``, ``normalize_alef_maksura_ar``,
``normalize_teh_marbuta_ar``; tests/test_normalize.py proves it), except that ``dediac`` also
removes the rarer Quranic marks that ``dediac_ar`` leaves (EXTRA_DIACRITICS). They are written as character
tables here because camel-tools' ``dediac_ar`` imports ``camel_tools.utils.charsets``, which
builds tables over all of Unicode at import (about 0.6 s), and because every character-level step
then folds into one ``str.translate`` call.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable, Optional

from .config import NormalizeConfig

# Step order: NFKC first (it turns presentation-form glyphs into letters the later steps know).
STEPS = ("unicode", "controls", "tatweel", "dediac", "alef", "alef_maksura", "teh_marbuta",
         "persian", "digits", "quotes")

TATWEEL = "\u0640"
# camel-tools AR_DIAC_CHARSET: fathatan .. sukun, and superscript alef.
CAMEL_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
# Rarer marks camel-tools leaves: maddah/hamza above and below, Quranic annotation signs.
EXTRA_DIACRITICS = ("".join(map(chr, range(0x0653, 0x0660))) + "".join(map(chr, range(0x0610, 0x061b)))
                    + "".join(map(chr, range(0x06D6, 0x06DD))) + "".join(map(chr, range(0x06DF, 0x06E9)))
                    + "".join(map(chr, range(0x06EA, 0x06EE))))
CONTROLS = ("".join(map(chr, range(0x200B, 0x2010))) + "".join(map(chr, range(0x202A, 0x202F)))
            + "".join(map(chr, range(0x2066, 0x206A))) + "\u061c\ufeff\u2060\u00ad")
ALEFS = "\u0625\u0623\u0671\u0622"   # إ أ ٱ آ, as camel-tools' _ALEF_NORMALIZE_AR_RE
PERSIAN = {"\u06cc": "\u064a", "\u06d0": "\u064a", "\u06a9": "\u0643", "\u06aa": "\u0643",
           "\u06d5": "\u0647", "\u06c1": "\u0647", "\u06be": "\u0647", "\u06c0": "\u0629"}
DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
          "\u066b": ".", "\u066c": ","}
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02\u301d\u301e"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a"

_TABLES: dict[str, dict[int, Optional[str]]] = {
    "controls": {ord(c): None for c in CONTROLS},
    "tatweel": {ord(TATWEEL): None},
    "dediac": {ord(c): None for c in CAMEL_DIACRITICS + EXTRA_DIACRITICS},
    "alef": {ord(c): "\u0627" for c in ALEFS},
    "alef_maksura": {ord("\u0649"): "\u064a"},
    "teh_marbuta": {ord("\u0629"): "\u0647"},
    "persian": {ord(k): v for k, v in PERSIAN.items()},
    "digits": {ord(k): v for k, v in DIGITS.items()},
    "quotes": {**{ord(c): '"' for c in DOUBLE_QUOTES}, **{ord(c): "'" for c in SINGLE_QUOTES}},
}


def normalize_unicode(s: str) -> str:
    """NFKC, with camel-tools' fixes for the ligatures ﷼ and ﷽ (as its normalize_unicode)."""
    if "\ufdfc" in s or "\ufdfd" in s:
        s = s.replace("\ufdfc", "ريال").replace("\ufdfd", "بسم الله الرحمن الرحيم")
    if unicodedata.is_normalized("NFKC", s):
        return s
    return unicodedata.normalize("NFKC", s)


def _step(name: str) -> Callable[[str], str]:
    table = _TABLES[name]
    return lambda s: s.translate(table)


remove_controls = _step("controls")
remove_controls.__doc__ = "Remove zero-width and bidi control characters."
remove_tatweel = _step("tatweel")
remove_tatweel.__doc__ = "Remove tatweel (kashida)."
dediac = _step("dediac")
dediac.__doc__ = "Remove Arabic diacritics (camel-tools dediac_ar, plus rarer Quranic marks)."
normalize_alef = _step("alef")
normalize_alef.__doc__ = "Map أ إ آ ٱ to ا (camel-tools normalize_alef_ar)."
normalize_alef_maksura = _step("alef_maksura")
normalize_alef_maksura.__doc__ = "Map ى to ي (camel-tools normalize_alef_maksura_ar)."
normalize_teh_marbuta = _step("teh_marbuta")
normalize_teh_marbuta.__doc__ = "Map ة to ه (camel-tools normalize_teh_marbuta_ar)."
normalize_persian = _step("persian")
normalize_persian.__doc__ = "Map Persian/Urdu letter variants (ی ک ە ...) to Arabic letters."
normalize_digits = _step("digits")
normalize_digits.__doc__ = "Map Arabic-Indic and Persian digits (and ٫ ٬) to ASCII."
unify_quotes = _step("quotes")
unify_quotes.__doc__ = "Map every double quotation mark to \" and every single one to '."


@lru_cache(maxsize=32)
def _table_for(options: NormalizeConfig) -> dict[int, Optional[str]]:
    table: dict[int, Optional[str]] = {}
    for name in STEPS[1:]:
        if getattr(options, name):
            for k, v in _TABLES[name].items():
                table.setdefault(k, v)
    return table


def normalize(text: str, options: Optional[NormalizeConfig] = None) -> str:
    """Apply the enabled normalization steps, in STEPS order, to ``text``."""
    opts = options or NormalizeConfig()
    if opts.unicode:
        text = normalize_unicode(text)
    return text.translate(_table_for(opts))


def normalizer(options: Optional[NormalizeConfig] = None) -> Callable[[str], str]:
    """A one-argument normalizer for ``options`` (its table is built once)."""
    opts = options or NormalizeConfig()
    table = _table_for(opts)
    if opts.unicode:
        f = lambda s: normalize_unicode(s).translate(table)  # noqa: E731
    else:
        f = lambda s: s.translate(table)  # noqa: E731
    # Each line is normalized alone: NFKC neither changes a line feed nor lets it combine, and no
    # table entry maps to one. The tokenizer normalizes a document's words in one call thanks to it.
    f.per_line = True  # type: ignore[attr-defined]
    return f
